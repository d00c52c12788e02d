"""Links that work where the profile is read (issue 19): the README rendered as GitHub renders it
(cmark-gfm, then an allowlist like GitHub's sanitizer), every href/src/srcset resolved as the
profile page (github.com/LOGIN), the repository page and a clone would: each must reach a file
in the output, or be an absolute address of somewhere else."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import nh3
import pytest
from gfm import to_html
from github_view import ATTRIBUTES, TAGS

from showcase import links
from showcase.doctor import check_links
from showcase.merge import merge
from showcase.models import Resume
from showcase.render import render_all
from showcase.snapshot import RepoData, Snapshot, UserData


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [value or "" for name, value in attrs if name in {"href", "src", "srcset"}]


def references(markdown: str) -> list[str]:
    """Every address in the Markdown as github.com shows it."""
    shown = nh3.clean(to_html(markdown), tags=TAGS, attributes=ATTRIBUTES, link_rel=None)
    parser = _References()
    parser.feed(shown)
    return parser.found


def reached(address: str, repository: str, out: Path) -> Path | None:
    """The output file an absolute address reaches when it points into the profile repository."""
    parts = urlsplit(address)
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    for prefix in (
        f"https://github.com/{repository}/blob/HEAD/",
        f"https://raw.githubusercontent.com/{repository}/HEAD/",
    ):
        if address.startswith(prefix):
            return out / unquote(address.removeprefix(prefix))
    return None


def check_every_reference(text: str, page: str, out: Path, login: str, repository: str) -> list[str]:
    """Broken references of `page` (a path under `out`) seen from the profile page, the repository
    page and a clone."""
    bases = {
        "profile page": f"https://github.com/{login}",
        "repository page": f"https://github.com/{repository}/blob/HEAD/{page}",
        "clone": (out / page).as_uri(),
    }
    broken = []
    for address in references(text):
        if address.startswith("#") or address.startswith("mailto:"):
            continue
        for where, base in bases.items():
            resolved = urljoin(base, address)
            target = reached(resolved, repository, out)
            if target is not None and not target.is_file():
                broken.append(f"{address} from the {where}: no {target}")
            elif target is None and not urlsplit(address).scheme:
                broken.append(f"{address} from the {where}: {resolved} is outside the profile repository")
    return broken


@pytest.mark.parametrize("name", ["README.md", "README.zh.md"])
def test_every_link_and_image_of_the_example_readme_reaches_an_output_file(demo, name):
    readme = (demo / name).read_text(encoding="utf-8")
    assert check_every_reference(readme, name, demo, "arloor", "arloor/arloor") == []
    inside = [a for a in references(readme) if reached(a, "arloor/arloor", demo)]
    assert len(inside) >= 3 + 4  # the project pages and both variants of each card


def test_every_project_page_links_back_to_the_profile(demo):
    pages = sorted((demo / "projects").glob("*.md"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        if page.name.endswith(".zh.md"):  # the Chinese pages go back to the Chinese README
            assert "[← 返回主页](https://github.com/arloor/arloor/blob/HEAD/README.zh.md)" in text
        else:
            assert "[← Back to profile](https://github.com/arloor)" in text
        assert check_every_reference(text, f"projects/{page.name}", demo, "arloor", "arloor/arloor") == []


def test_relative_links_would_break_on_the_profile_page(tmp_path):
    """What the check catches: today's relative links, on github.com/LOGIN."""
    out = tmp_path / "out"
    (out / "projects").mkdir(parents=True)
    (out / "projects" / "x.md").write_text("x")
    broken = check_every_reference("[x](projects/x.md)\n", "README.md", out, "me", "me/me")
    assert broken == [
        "projects/x.md from the profile page: https://github.com/projects/x.md is outside the profile repository"
    ]


ME = UserData(login="me", html_url="https://github.com/me")


def render(settings: dict, user: UserData = ME):
    resume = Resume.model_validate(
        {
            "basics": {"name": "Me", "label": "Maker"},
            "projects": [{"name": "Tool", "repo": "me/tool", "highlights": ["Does a thing"]}],
            "showcase": {"github": "me", **settings},
        }
    )
    repo = RepoData(full_name="me/tool", name="tool", owner="me", html_url="https://github.com/me/tool", stars=3)
    profile, _ = merge(resume, Snapshot(user=user, repos={"me/tool": repo}))
    return render_all(profile, resume.showcase)


def test_relative_links_when_the_readme_is_not_in_a_repository_showcase_knows():
    outputs = render({"repository": False})
    assert "[Tool](projects/tool.md)" in outputs["README.md"]
    assert 'src="assets/stats.svg"' in outputs["README.md"]
    assert "[← Back to profile](../README.md)" in outputs["projects/tool.md"]


def test_another_repository_gets_its_own_addresses_and_pages_site():
    outputs = render({"repository": "me/portfolio", "outputs": {"html": True}})
    readme = outputs["README.md"]
    assert "[Tool](https://github.com/me/portfolio/blob/HEAD/projects/tool.md)" in readme
    assert 'src="https://raw.githubusercontent.com/me/portfolio/HEAD/assets/stats.svg"' in readme
    assert "[Portfolio site](https://me.github.io/portfolio/)" in readme
    assert "[← Back to profile](https://github.com/me/portfolio/blob/HEAD/README.md)" in outputs["projects/tool.md"]


def test_github_enterprise_addresses_come_from_the_servers_web_url():
    outputs = render({}, UserData(login="me", html_url="https://ghe.example.com/me"))
    readme = outputs["README.md"]
    assert "[Tool](https://ghe.example.com/me/me/blob/HEAD/projects/tool.md)" in readme
    assert 'src="https://ghe.example.com/me/me/raw/HEAD/assets/stats.svg"' in readme
    assert "[← Back to profile](https://ghe.example.com/me)" in outputs["projects/tool.md"]


@pytest.mark.parametrize(
    "html_url",
    ['https://evil.example/me)"><script>', "javascript:alert(1)//github.com/me", "https://a b/me", "//x/me"],
)
def test_a_strange_user_address_from_the_server_falls_back_to_github(html_url):
    assert links.web_url(UserData(login="me", html_url=html_url)) == "https://github.com"
    readme = render({}, UserData(login="me", html_url=html_url))["README.md"]
    assert re.findall(r"\]\((https://github\.com/me/me/blob/HEAD/projects/tool\.md)\)", readme)


def test_doctor_says_which_link_style_and_why(tmp_path):
    resume = Resume.model_validate({"basics": {"name": "Me"}, "showcase": {"github": "me"}})
    check = check_links(resume, tmp_path)
    assert check.status == "ok"
    assert check.detail == "absolute links into https://github.com/me/me, because me/me is the profile repository of me"
    relative = Resume.model_validate({"basics": {"name": "Me"}, "showcase": {"github": "me", "repository": False}})
    check = check_links(relative, tmp_path)
    assert check.status == "warn" and "because showcase.repository is false" in check.detail
    assert "not on a profile page" in check.detail and "showcase.repository" in (check.fix or "")


def test_doctor_warns_when_the_output_is_a_clone_of_another_repository(tmp_path):
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(
        ["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:me/portfolio.git"], check=True
    )
    resume = Resume.model_validate({"basics": {"name": "Me"}, "showcase": {"github": "me"}})
    check = check_links(resume, tmp_path)
    assert check.status == "warn" and "is a clone of me/portfolio" in check.detail
    assert "showcase.repository: me/portfolio" in (check.fix or "")
    set_right = Resume.model_validate(
        {"basics": {"name": "Me"}, "showcase": {"github": "me", "repository": "me/portfolio"}}
    )
    assert check_links(set_right, tmp_path).status == "ok"
