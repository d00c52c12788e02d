"""The résumé PDF (issue 18, part 2): typeset by Typst from the same sections as the README, read
back with a PDF text extractor (pypdf): one page, the name, every job, live facts, links, metadata,
the same bytes twice, hostile text shown as text, and a clear failure without a CJK font."""

from __future__ import annotations

import io
import os
import re

import pytest
from pypdf import PdfReader

from showcase import api, pdf
from showcase.config import load_resumes
from showcase.errors import ShowcaseError
from showcase.merge import merge
from showcase.models import Resume
from showcase.render import render_all
from showcase.resources import example_dir
from showcase.snapshot import Release, RepoData, Snapshot, UserData


def read(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(text.split())


@pytest.mark.parametrize(("language", "name"), [("en", "resume.pdf"), ("zh", "resume.zh.pdf")])
def test_the_example_resume_is_one_page_with_the_name_every_job_and_live_stars(demo, language, name):
    if language == "zh" and pdf.cjk_font() is None and not os.environ.get("CI"):
        pytest.skip("no CJK font (apt-get install fonts-noto-cjk; make test does it as root)")
    resume = load_resumes(example_dir() / "showcase.yaml")[language]
    reader, text = read((demo / name).read_bytes())
    assert len(reader.pages) == 1
    assert resume.basics.name in text
    for job in resume.work:
        assert job.name in text, job.name
    assert "rust_http_proxy Rust · ★ 128" in text  # the live star count beside the curated text
    title = {"en": "Résumé", "zh": "简历"}[language]
    assert reader.metadata.title == f"{resume.basics.name} · {title}" and reader.metadata.author == resume.basics.name
    assert not re.search("[\x00\ufffd]", text)  # no tofu


def test_links_in_the_pdf_are_clickable(demo):
    reader, _ = read((demo / "resume.pdf").read_bytes())
    targets = {
        annotation.get_object()["/A"]["/URI"]
        for annotation in reader.pages[0].get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link"
    }
    assert "https://github.com/arloor/rust_http_proxy" in targets and "mailto:admin@arloor.com" in targets


def test_a_second_build_changes_no_byte(demo, tmp_path):
    again = tmp_path / "again"
    api.demo(again)
    assert (again / "resume.pdf").read_bytes() == (demo / "resume.pdf").read_bytes()


def test_the_readme_and_the_site_link_the_pdf(demo):
    link = "https://github.com/arloor/arloor/blob/HEAD/resume.pdf"
    assert f"[Résumé (PDF)]({link})" in (demo / "README.md").read_text()
    assert f'href="{link}"' in (demo / "site" / "index.html").read_text()


def render(basics: dict, locale: str = "en") -> bytes:
    resume = Resume.model_validate(
        {
            "basics": basics,
            "work": [{"name": "Engines Ltd", "position": "Programmer", "startDate": "2020-01"}],
            "projects": [{"name": "Tool", "repo": "me/tool", "highlights": ["Did *a* thing"]}],
            "showcase": {"github": "me", "locale": locale, "outputs": {"pdf": True, "cards": False}},
        }
    )
    repo = RepoData(
        full_name="me/tool",
        name="tool",
        owner="me",
        html_url="https://github.com/me/tool",
        stars=1234,
        language="Rust",
        latest_release=Release(tag="v2.1.0", published_at="2026-03-01T00:00:00Z"),
    )
    profile, _ = merge(resume, Snapshot(user=UserData(login="me"), repos={"me/tool": repo}))
    content = render_all(profile, resume.showcase)["resume.pdf"]
    assert isinstance(content, bytes)
    return content


def test_live_facts_and_curated_markdown_as_plain_words():
    _, text = read(render({"name": "Ada", "summary": "Builds **engines** and `tools`."}))
    assert "Rust · ★ 1.2K · v2.1.0 (Mar 1, 2026)" in text
    assert "Builds engines and tools." in text and "Did a thing" in text and "**" not in text


HOSTILE = '#set page(width: 1cm) #read("/etc/passwd") ] } $x^2$ <label> @ref \\ *bold* = Heading'


def test_hostile_text_is_shown_as_text_never_typeset():
    reader, text = read(render({"name": "Eve", "label": HOSTILE, "summary": HOSTILE}))
    assert len(reader.pages) == 1 and float(reader.pages[0].mediabox.width) > 500  # no page change
    assert text.count('#set page(width: 1cm) #read("/etc/passwd")') == 2
    assert "root:" not in text


def test_cjk_text_without_a_cjk_font_is_one_clear_failure(monkeypatch):
    monkeypatch.setattr(pdf, "installed_fonts", lambda: frozenset({"Libertinus Serif"}))
    with pytest.raises(ShowcaseError) as failed:
        render({"name": "刘港欢"}, locale="zh")
    assert failed.value.exit_code == 1 and "no CJK font" in failed.value.message
    assert "fonts-noto-cjk" in (failed.value.hint or "") and "cjk-font: true" in (failed.value.hint or "")


def test_the_same_build_fails_cleanly_from_the_command_line(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from showcase.cli import app

    monkeypatch.setattr(pdf, "installed_fonts", lambda: frozenset())
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: 刘港欢}\nshowcase: {github: me, outputs: {pdf: true}}\n", encoding="utf-8")
    (tmp_path / ".showcase").mkdir()
    (tmp_path / ".showcase" / "snapshot.json").write_text('{"schema_version": 1}', encoding="utf-8")
    result = CliRunner().invoke(app, ["render", "-c", str(config)])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("error: the résumé has Chinese, Japanese or Korean text and no CJK font is installed")
    assert lines[1].startswith("hint: install a CJK font") and len(lines) == 2
    assert not (tmp_path / "README.md").exists()  # nothing on disk changed


@pytest.mark.skipif(
    pdf.cjk_font() is None and not os.environ.get("CI"), reason="no CJK font (apt-get install fonts-noto-cjk)"
)
def test_a_chinese_resume_shows_its_characters():
    _, text = read(render({"name": "刘港欢", "label": "软件工程师", "summary": "专注于可观测性。"}, locale="zh"))
    assert "刘港欢" in text and "软件工程师" in text and "专注于可观测性。" in text
    assert not re.search("[\x00\ufffd]", text)  # no tofu


def test_doctor_names_the_fonts_and_fails_without_a_cjk_one_for_cjk_text(tmp_path, monkeypatch):
    from showcase.doctor import check_pdf_fonts

    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: 刘港欢}\n", encoding="utf-8")
    monkeypatch.setattr(pdf, "installed_fonts", lambda: frozenset({"Libertinus Serif", "Noto Serif CJK SC"}))
    check = check_pdf_fonts(config, tmp_path)
    assert check.status == "ok" and check.detail.endswith("Noto Serif CJK SC for CJK text")
    monkeypatch.setattr(pdf, "installed_fonts", lambda: frozenset({"Libertinus Serif"}))
    check = check_pdf_fonts(config, tmp_path)
    assert check.status == "fail" and "fonts-noto-cjk" in (check.fix or "")
    config.write_text("basics: {name: Ada}\n", encoding="utf-8")
    assert check_pdf_fonts(config, tmp_path).status == "ok"
