"""showcase: a curated résumé plus live GitHub metadata, rendered as a profile README and pages."""

__version__ = "0.1.0"
