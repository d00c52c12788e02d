"""SVG cards rendered locally (no third-party card service to be rate-limited or paused).

Each card has a light and a dark variant; text is sized by display columns so CJK fits.
"""

from __future__ import annotations

import hashlib

from showcase.format import compact
from showcase.merge import LanguageShare, Profile, language_shares
from showcase.models import Settings
from showcase.textwidth import width

# GitHub's linguist colours for common languages; others get a stable colour from their name.
COLORS = {
    "C": "#555555",
    "C#": "#178600",
    "C++": "#f34b7d",
    "CSS": "#563d7c",
    "Dart": "#00B4AB",
    "Dockerfile": "#384d54",
    "Go": "#00ADD8",
    "HTML": "#e34c26",
    "Java": "#b07219",
    "JavaScript": "#f1e05a",
    "Jupyter Notebook": "#DA5B0B",
    "Kotlin": "#A97BFF",
    "Lua": "#000080",
    "Makefile": "#427819",
    "PHP": "#4F5D95",
    "Python": "#3572A5",
    "Ruby": "#701516",
    "Rust": "#dea584",
    "Scala": "#c22d40",
    "Shell": "#89e051",
    "Swift": "#F05138",
    "TypeScript": "#3178c6",
    "Vue": "#41b883",
    "Zig": "#ec915c",
    "Other": "#8b949e",
}
THEMES = {
    "light": {"bg": "#ffffff", "border": "#d0d7de", "title": "#1f2328", "text": "#1f2328", "muted": "#59636e"},
    "dark": {"bg": "#0d1117", "border": "#3d444d", "title": "#f0f6fc", "text": "#f0f6fc", "muted": "#9198a1"},
}
FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Noto Sans', Helvetica, Arial, 'PingFang SC', 'Microsoft YaHei', sans-serif"
CHAR_PX = 7.2  # one display column at 12px


def color(name: str) -> str:
    if name in COLORS:
        return COLORS[name]
    hue = int(hashlib.sha256(name.encode()).hexdigest()[:4], 16) % 360
    return f"hsl({hue}, 55%, 50%)"


def card_languages(profile: Profile, settings: Settings) -> list[LanguageShare]:
    ignored = {name.lower() for name in settings.cards.ignore_languages}
    merged: dict[str, int] = {}
    for share in profile.languages:
        if share.name.lower() not in ignored:
            merged[share.name] = share.bytes
    return language_shares(merged, top=settings.cards.top_languages)


def text_px(text: str) -> float:
    return width(text) * CHAR_PX


def _languages_layout(languages: list[LanguageShare], title: str) -> dict[str, object]:
    rows = (len(languages) + 1) // 2
    col_w = max(text_px(lang.name) for lang in languages) + 90  # swatch, name, gap, percentage
    w = max(col_w * 2 + 40, text_px(title) * 1.3 + 40, 380)
    return {"rows": rows, "col_w": round(col_w), "w": round(w), "h": 78 + rows * 22}


def _stats_rows(profile: Profile, settings: Settings, messages: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    totals = profile.totals
    rows = [
        (str(messages["total_stars"]), compact(totals.stars, settings.significance)),
        (str(messages["repositories"]), compact(totals.repositories, settings.significance)),
        (str(messages["followers"]), compact(totals.followers, settings.significance)),
    ]
    if totals.top_project:
        rows.append((str(messages["top_project"]), totals.top_project))
    return rows


def render_cards(env, profile: Profile, settings: Settings, messages: dict) -> dict[str, str]:  # type: ignore[no-untyped-def,type-arg]
    languages = card_languages(profile, settings)
    stats = _stats_rows(profile, settings, messages) if profile.user is not None else []
    languages_layout = _languages_layout(languages, str(messages["language_breakdown"])) if languages else {}
    stats_w = 0
    if stats:
        label_w = max(text_px(label) for label, _ in stats)
        value_w = max(text_px(value) for _, value in stats)
        stats_w = round(max(label_w + value_w + 80, text_px(str(messages["stats"])) * 1.3 + 40, 300))
    outputs: dict[str, str] = {}
    for theme in ("light", "dark"):
        suffix = "" if theme == "light" else "-dark"
        common = {"theme": THEMES[theme], "font": FONT, "t": messages}
        if languages:
            outputs[f"assets/languages{suffix}.svg"] = env.get_template("cards/languages.svg.j2").render(
                languages=[(lang, color(lang.name)) for lang in languages], **languages_layout, **common
            )
        if stats:
            outputs[f"assets/stats{suffix}.svg"] = env.get_template("cards/stats.svg.j2").render(
                rows=stats, login=profile.login, w=stats_w, h=58 + len(stats) * 24, **common
            )
    return outputs
