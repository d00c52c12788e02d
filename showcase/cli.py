"""The `showcase` command: parse options, call one api function, report.

Every failure becomes one line (plus a hint) and an exit code: 0 done, 1 runtime failure,
2 usage or config error.

# Imported inside functions: the library (PyGithub, requests-cache, pydantic, Jinja) takes
# about 0.3 s to import and `showcase --help` about 0.05 s without it (measured with
# `/usr/bin/time .venv/bin/showcase --help` and `python -X importtime -c "import showcase.api"`),
# so each command imports what it uses.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from showcase import __version__, actions
from showcase.errors import ConfigError, ShowcaseError
from showcase.resources import output_root
from showcase.terminal import clean, clean_lines

app = typer.Typer(
    name="showcase",
    help="Turn a curated résumé plus your live GitHub repositories into a profile README and pages.\n\n"
    "Example: showcase build -c showcase.yaml",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

ConfigOpt = Annotated[Path, typer.Option("-c", "--config", help="Config file.", show_default=True)]
OutOpt = Annotated[
    Path | None, typer.Option("-o", "--out", help="Root of every output. Default: the config file's folder.")
]
ApiOpt = Annotated[
    str | None, typer.Option("--api-url", help="API base URL. Default: $GITHUB_API_URL or api.github.com.")
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace a README.md that has no showcase markers.")]
VerboseOpt = Annotated[bool, typer.Option("-v", "--verbose", help="Print each HTTP request and how it was answered.")]
DEFAULT_CONFIG = Path("showcase.yaml")
RestOpt = Annotated[
    bool,
    typer.Option("--rest", help="Use the REST API even with a token (GraphQL is used when there is one)."),
]


def _console(stderr: bool = True) -> Any:
    from rich.console import Console

    return Console(
        stderr=stderr, highlight=False, emoji=False, no_color=bool(os.environ.get("NO_COLOR")), soft_wrap=True
    )


def _say(text: object, prefix: str = "") -> None:
    """One line on stderr: server text inside can't add lines or control the terminal."""
    _console().print(prefix + clean(text), markup=False)


def _hint(text: str) -> None:
    for index, line in enumerate(clean_lines(text)):
        _console().print(("hint: " if index == 0 else "") + line, markup=False)


def _run(action: Callable[[], Any]) -> Any:
    """Call `action`; turn a ShowcaseError into its one-line message and exit code."""
    try:
        return action()
    except ShowcaseError as exc:
        for problem in exc.problems if isinstance(exc, ConfigError) else [exc.message]:
            _say(problem, "error: ")
        if exc.hint:
            _hint(exc.hint)
        if actions.running():
            for line in actions.error_commands(exc):
                typer.echo(line)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        _say("interrupted; nothing half-written was left behind")
        raise typer.Exit(130) from None
    except OSError as exc:
        _say(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), "error: ")
        raise typer.Exit(1) from None


def _client_options(api_url: str | None, verbose: bool = False, rest: bool = False) -> Any:
    """Options for the API client; a malformed token is exit 2 before any request."""
    return _run(lambda: _make_client_options(api_url, verbose, rest))


def _make_client_options(api_url: str | None, verbose: bool, rest: bool) -> Any:
    from showcase.client import ClientOptions, default_cache_dir, resolve_api_url, resolve_token

    credentials = resolve_token()
    if credentials.token is None:
        _say(
            "warning: no token (GH_TOKEN, GITHUB_TOKEN or `gh auth token`); GitHub allows 60 requests/hour without one"
        )
    log = _say if verbose else None
    return ClientOptions(
        api_url=resolve_api_url(api_url),
        token=credentials.token,
        cache_dir=default_cache_dir(),
        log=log,
        graphql=not rest,
    )


def _report(result: Any, out: Path) -> None:
    if actions.running():
        actions.write_summary(actions.job_summary(result.written, result.deleted, result.reasons))
    _print_report(result, out)


def _print_report(result: Any, out: Path) -> None:
    for warning in result.warnings:
        _say(warning, "warning: ")
    if result.requests is not None:
        points = f", {result.points} GraphQL points" if result.points else ""
        _say(f"fetched: {result.requests} requests, {result.not_modified} unchanged (304){points}")
    if result.changed or result.snapshot_written:
        for path in result.written:
            _say(f"wrote {out / path}")
        for path in result.deleted:
            _say(f"removed {out / path}")
    else:
        _say(f"up to date: {out}")


def _out(config: Path, out: Path | None) -> Path:
    return output_root(config, out)


@app.command()
def build(
    config: ConfigOpt = DEFAULT_CONFIG,
    out: OutOpt = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Render from the snapshot; never open a connection.")
    ] = False,
    force: ForceOpt = False,
    api_url: ApiOpt = None,
    verbose: VerboseOpt = False,
    rest: RestOpt = False,
) -> None:
    """Fetch live metadata (unless --offline), then render. The everyday command.

    Example: GH_TOKEN=$(gh auth token) showcase build -c showcase.yaml
    """
    from showcase import api

    options = None if offline else _client_options(api_url, verbose, rest)
    result = _run(lambda: api.build(config, out, offline=offline, force=force, options=options))
    _report(result, _out(config, out))


@app.command()
def fetch(
    config: ConfigOpt = DEFAULT_CONFIG,
    out: OutOpt = None,
    api_url: ApiOpt = None,
    verbose: VerboseOpt = False,
    rest: RestOpt = False,
) -> None:
    """Fetch live metadata into .showcase/snapshot.json; render nothing.

    Example: showcase fetch -c showcase.yaml
    """
    from showcase import api

    options = _client_options(api_url, verbose, rest)
    result = _run(lambda: api.fetch(config, out, options=options))
    _report(result, _out(config, out))


@app.command()
def render(config: ConfigOpt = DEFAULT_CONFIG, out: OutOpt = None, force: ForceOpt = False) -> None:
    """Render outputs from the snapshot and the config. No network.

    Example: showcase render -c showcase.yaml -o .
    """
    from showcase import api

    result = _run(lambda: api.render(config, out, force=force))
    _report(result, _out(config, out))


@app.command()
def check(config: ConfigOpt = DEFAULT_CONFIG, out: OutOpt = None) -> None:
    """Exit 1 and list the files `render` would change; write nothing.

    Example: showcase check -c showcase.yaml || showcase render
    """
    from showcase import api

    stale = _run(lambda: api.check(config, out))
    for line in _run(lambda: api.untranslated(config)):
        _say(line, "untranslated: ")
    for path in stale:
        typer.echo(path)
    if stale:
        _say(f"{len(stale)} file(s) would change; run `showcase render`")
        raise typer.Exit(1)
    _say("up to date")


@app.command()
def validate(config: ConfigOpt = DEFAULT_CONFIG) -> None:
    """Validate the config only.

    Example: showcase validate -c showcase.yaml
    """
    from showcase import api

    resume = _run(lambda: api.load_config(config))
    _say(
        f"{config}: valid ({len(resume.projects)} projects, {len(resume.work)} jobs, GitHub: {resume.login or 'none'})"
    )


@app.command()
def schema() -> None:
    """Print the config's JSON Schema (draft 2020-12), for editors.

    Example: showcase schema > showcase.schema.json
    """
    from showcase.jsonresume import schema_text

    typer.echo(schema_text())


@app.command()
def demo(
    out: Annotated[Path, typer.Option("-o", "--out", help="Where to write.")] = Path("showcase-demo"),
) -> None:
    """Render the bundled example (examples/arloor) offline into OUT.

    Example: showcase demo -o showcase-demo
    """
    from showcase import api

    result = _run(lambda: api.demo(out))
    _report(result, out)


@app.command()
def doctor(config: ConfigOpt = DEFAULT_CONFIG, out: OutOpt = None, api_url: ApiOpt = None) -> None:
    """Preflight: config, token, API, README markers, snapshot, writable outputs. Writes nothing.

    Example: showcase doctor -c showcase.yaml
    """
    from showcase.doctor import FAIL, WARN, diagnose

    checks = diagnose(config, out, api_url)
    marks = {"ok": "✓", WARN: "!", FAIL: "✗"}
    for check in checks:
        typer.echo(f"{marks[check.status]} {check.name}: {clean(check.detail)}")
        if check.fix:
            typer.echo(f"    fix: {clean(check.fix)}")
    failed = [c for c in checks if c.status == FAIL]
    typer.echo(f"{len(failed)} problem(s)" if failed else "ready")
    if failed:
        raise typer.Exit(1)


@app.command()
def init(
    user: Annotated[str | None, typer.Option("--user", help="GitHub login. Default: the token's `gh` user.")] = None,
    dir: Annotated[Path, typer.Option("--dir", help="Folder to write into (your LOGIN/LOGIN checkout).")] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Replace existing files.")] = False,
    api_url: ApiOpt = None,
    action: Annotated[
        str | None,
        typer.Option(
            "--action", help="OWNER/REPO@SHA of showcase's action. Default: where this showcase was installed from."
        ),
    ] = None,
) -> None:
    """Write showcase.yaml from your live profile, plus a daily refresh workflow pinned by SHA.

    Example: showcase init --user octocat --dir . --action OWNER/showcase@FULL_COMMIT_SHA
    """
    from showcase.init import init as make_files

    login = user or _gh_login()
    if not login:
        _say("error: no login; pass --user LOGIN")
        raise typer.Exit(2)
    options = _client_options(api_url)
    written = _run(lambda: make_files(login, dir, options, force=force, action=action))
    for path in written:
        _say(f"wrote {path}")
    _say("next: showcase build -c " + str(dir / "showcase.yaml"))


def _gh_login() -> str | None:
    import shutil
    import subprocess

    if not shutil.which("gh"):
        return None
    done = subprocess.run(
        ["gh", "api", "user", "--jq", ".login"], capture_output=True, text=True, timeout=10, check=False
    )
    return done.stdout.strip() or None if done.returncode == 0 else None


@app.command("import")
def import_(
    source: Annotated[Path, typer.Argument(help="A JSON Resume document (resume.json).")],
    out: Annotated[Path, typer.Option("-o", "--out", help="The showcase.yaml to write.")] = DEFAULT_CONFIG,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Turn a JSON Resume document into a commented showcase.yaml (github.com project URLs become repo:).

    Example: showcase import resume.json -o showcase.yaml
    """
    from showcase.jsonresume import import_file

    written = _run(lambda: import_file(source, out, force=force))
    for path in written:
        _say(f"wrote {path}")


@app.command()
def export(
    config: ConfigOpt = DEFAULT_CONFIG,
    format: Annotated[str, typer.Option("--format", help="json-resume or json-schema.")] = "json-resume",
    include_hidden: Annotated[bool, typer.Option("--include-hidden", help="Keep showcase.hide fields.")] = False,
    locale: Annotated[
        str | None, typer.Option("--locale", help="The language to print (default: the first of showcase.locales).")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("-o", "--out", help="Write one document per language here: resume.json, resume.LANG.json."),
    ] = None,
) -> None:
    """Print the résumé as JSON Resume (hidden fields left out), or the config's JSON Schema.

    Example: showcase export -c showcase.yaml --format json-resume > resume.json
    """
    import json

    from showcase.jsonresume import export as to_json_resume
    from showcase.jsonresume import schema_text

    if format == "json-schema":
        typer.echo(schema_text())
        return
    if format != "json-resume":
        _say(f"error: unknown --format {format!r}; use json-resume or json-schema")
        raise typer.Exit(2)
    from showcase import api

    resumes = _run(lambda: api.load_configs(config))
    if out is not None:
        for path in _run(lambda: api.export_all(resumes, out, include_hidden)):
            _say(f"wrote {path}")
        return
    language = locale or next(iter(resumes))
    if language not in resumes:
        _say(f"error: --locale {language!r} is not one of showcase.locales ({', '.join(resumes)})")
        raise typer.Exit(2)
    typer.echo(json.dumps(to_json_resume(resumes[language], include_hidden), indent=2, ensure_ascii=False))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"showcase {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn a curated résumé plus your live GitHub repositories into a profile README and pages."""


def main() -> None:
    try:
        app()
    except SystemExit:
        raise
    except Exception as exc:  # a bug: still one line, no traceback (SHOWCASE_DEBUG=1 shows it)
        if os.environ.get("SHOWCASE_DEBUG"):
            raise
        print(f"error: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("hint: please report this; SHOWCASE_DEBUG=1 shows the traceback", file=sys.stderr)
        sys.exit(1)
