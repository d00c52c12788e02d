"""Where the profile README's own files are read from: links that work on github.com/LOGIN.

The profile README is shown on the profile page (github.com/LOGIN), on its repository's page and
in a clone. A relative link (`projects/x.md`) resolves against the page's URL, which on the
profile page is github.com/LOGIN, not the repository, so it only works where GitHub rewrites it.
When the README belongs to a known repository, its links to pages showcase wrote are absolute
(`https://github.com/OWNER/REPO/blob/HEAD/projects/x.md`) and its images are too: on github.com
`https://raw.githubusercontent.com/OWNER/REPO/HEAD/assets/x.svg`, the raw host GitHub itself
redirects `blob/…?raw=true` to (one hop less for every image of every view); on GitHub Enterprise
Server `https://HOST/OWNER/REPO/raw/HEAD/assets/x.svg`, its documented raw path. `HEAD` is the
default branch, whichever it is.

Pure: everything comes from the config and the snapshot (the web URL of the user GitHub sent), so
the same inputs give the same bytes wherever showcase runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from showcase.models import Settings
from showcase.snapshot import UserData

GITHUB_WEB = "https://github.com"
_HOST = re.compile(r"^[A-Za-z0-9.-]+(?::[0-9]{1,5})?$")
_PREFIX = re.compile(r"^(/[A-Za-z0-9._-]+)*$")  # a server under a path, e.g. /github


@dataclass(frozen=True)
class Links:
    repository: str | None  # OWNER/REPO whose root the README is, or None: relative links
    web: str  # the GitHub server's web URL, https://github.com or https://HOST
    why: str  # said by `showcase doctor`
    site: str | None = None  # where the site (outputs.html) is published
    language: str = ""  # the language written; "" or the first: files without a language suffix
    languages: tuple[str, ...] = ()  # every language written, the first one unsuffixed

    def page(self, path: str, language: str | None = None) -> str:
        """A file showcase wrote (path relative to the output root), in this language or `language`."""
        path = in_language(path, language or self.language, self.languages)
        if self.repository is None:
            return _quoted(path)
        return f"{self.web}/{self.repository}/blob/HEAD/{_quoted(path)}"

    def image(self, path: str) -> str:
        path = in_language(path, self.language, self.languages)
        if self.repository is None:
            return _quoted(path)
        if self.web == GITHUB_WEB:
            return f"https://raw.githubusercontent.com/{self.repository}/HEAD/{_quoted(path)}"
        return f"{self.web}/{self.repository}/raw/HEAD/{_quoted(path)}"

    def from_site(self, path: str) -> str:
        """A file beside the README, linked from the site (published from site/ alone)."""
        if self.repository is None:
            return "../" + _quoted(in_language(path, self.language, self.languages))
        return self.page(path)

    def readme(self, language: str) -> str:
        """The README in `language`: the profile page for the first language of a profile repository."""
        owner, _, name = (self.repository or "/").partition("/")
        if self.repository and owner.lower() == name.lower() and not suffix(language, self.languages):
            return f"{self.web}/{owner}"
        return self.page("README.md", language)

    def back(self) -> str:
        """From a project page to where its README is read: the profile page for the first language
        of a profile repository, else that language's README."""
        if self.repository is None:
            return "../" + _quoted(in_language("README.md", self.language, self.languages))
        owner, name = self.repository.split("/")
        if owner.lower() == name.lower() and not suffix(self.language, self.languages):
            return f"{self.web}/{owner}"
        return self.page("README.md")

    @property
    def style(self) -> str:
        if self.repository is None:
            return "relative links (projects/…, assets/…)"
        return f"absolute links into {self.web}/{self.repository}"


def suffix(language: str, languages: tuple[str, ...] | list[str]) -> str:
    """ "" for the first language (README.md), ".LANG" for the others (README.zh.md)."""
    return "" if not languages or language == languages[0] else f".{language}"


def in_language(path: str, language: str, languages: tuple[str, ...] | list[str]) -> str:
    """`projects/x.md` → `projects/x.zh.md` for a language after the first."""
    tail = suffix(language, languages)
    if not tail:
        return path
    folder, _, name = path.rpartition("/")
    stem, dot, extension = name.rpartition(".")
    named = f"{stem}{tail}.{extension}" if dot else f"{name}{tail}"
    return f"{folder}/{named}" if folder else named


def links(settings: Settings, login: str | None, user: UserData | None) -> Links:
    web = web_url(user)
    if settings.repository is False:
        found = Links(None, web, "showcase.repository is false")
    elif settings.repository:
        found = Links(settings.repository, web, "showcase.repository is set")
    elif login:
        found = Links(f"{login}/{login}", web, f"{login}/{login} is the profile repository of {login}")
    else:
        found = Links(None, web, "no GitHub login: the profile repository is unknown")
    return Links(
        found.repository,
        web,
        found.why,
        _site(settings, found.repository, web),
        settings.locale,
        tuple(settings.languages),
    )


def _site(settings: Settings, repository: str | None, web: str) -> str | None:
    """The published site: `site_url`, else GitHub Pages' address of a github.com repository."""
    if not settings.outputs.html:
        return None
    if settings.site_url:
        return settings.site_url
    if repository is None or web != GITHUB_WEB:
        return None  # Enterprise Pages addresses vary by server: set site_url
    owner, name = repository.split("/")
    if name.lower() == f"{owner.lower()}.github.io":
        return f"https://{owner.lower()}.github.io/"
    return f"https://{owner.lower()}.github.io/{name}/"


def web_url(user: UserData | None) -> str:
    """The server's web URL from the user's page GitHub sent (https://HOST/LOGIN); github.com without one."""
    if user is None or not user.html_url:
        return GITHUB_WEB
    parts = urlsplit(user.html_url)
    if parts.scheme not in ("https", "http") or not _HOST.match(parts.netloc):
        return GITHUB_WEB
    path = parts.path.rstrip("/")
    prefix = path[: -len(user.login) - 1]
    if not path.lower().endswith("/" + user.login.lower()) or not _PREFIX.match(prefix) or parts.query:
        return GITHUB_WEB  # not the page of this user: nothing to build addresses on
    return f"{parts.scheme}://{parts.netloc}{prefix}"


def _quoted(path: str) -> str:
    return quote(path, safe="/.-_~")
