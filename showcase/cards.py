"""SVG cards rendered locally (no third-party card service to be rate-limited or paused).

Each card has a light and a dark variant; text is sized by display columns so CJK fits.
"""

from __future__ import annotations

import colorsys
import hashlib

from showcase import contributions, i18n
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


# The two cards sit side by side in the README column (1012 px less GitHub's padding), same height.
ROW_WIDTH = 960
GAP = 4  # the space between two images on one line
STATS_MIN_WIDTH = 340
MIN_CONTRAST = 3.0  # WCAG's minimum for graphics against their background
LEGEND_COLUMNS = 3


def color(name: str, background: str | None = None) -> str:
    """The language's colour (GitHub's linguist colours, else one derived from the name), moved
    towards white or black until it stands out 3:1 against `background`."""
    if name in COLORS:
        base = COLORS[name].lower()
    else:
        hue = int(hashlib.sha256(name.encode()).hexdigest()[:4], 16) % 360
        red, green, blue = colorsys.hls_to_rgb(hue / 360, 0.5, 0.55)
        base = _hex((red, green, blue))
    return base if background is None else readable(base, background)


def readable(foreground: str, background: str) -> str:
    toward = (1.0, 1.0, 1.0) if _luminance(background) < 0.5 else (0.0, 0.0, 0.0)
    rgb = _rgb(foreground)
    for step in range(21):
        mixed = tuple(c + (t - c) * step / 20 for c, t in zip(rgb, toward, strict=True))
        if contrast(_hex(mixed), background) >= MIN_CONTRAST:
            return _hex(mixed)
    return _hex(toward)


def contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rgb(value: str) -> tuple[float, float, float]:
    value = value.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def _hex(rgb: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _luminance(value: str) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _rgb(value))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def card_languages(profile: Profile, settings: Settings) -> list[LanguageShare]:
    ignored = {name.lower() for name in settings.cards.ignore_languages}
    merged: dict[str, int] = {}
    for share in profile.languages:
        if share.name.lower() not in ignored:
            merged[share.name] = share.bytes
    return language_shares(merged, top=settings.cards.top_languages)


def text_px(text: str) -> float:
    return width(text) * CHAR_PX


def _stats_rows(profile: Profile, settings: Settings, messages: dict) -> list[list[tuple[str, str]]]:  # type: ignore[type-arg]
    """The stats card's columns: the profile's counts, then (with GraphQL) last year's contributions."""
    totals = profile.totals

    def n(value: int) -> str:
        return compact(value, settings.significance, settings.locale)

    rows = [
        (str(messages["total_stars"]), n(totals.stars)),
        (str(messages["repositories"]), n(totals.repositories)),
        (str(messages["followers"]), n(totals.followers)),
    ]
    if totals.top_project:
        rows.append((str(messages["top_project"]), totals.top_project))
    if profile.calendar is None:
        return [rows]
    last_year = profile.calendar.totals
    contributed = [
        (str(messages["commits"]), n(last_year.commits)),
        (str(messages["pull_requests"]), n(last_year.pull_requests)),
        (str(messages["issues"]), n(last_year.issues)),
        (str(messages["reviews"]), n(last_year.reviews)),
        (str(messages["contributed_to"]), n(last_year.repositories)),
    ]
    return [rows, contributed]


def _column_width(rows: list[tuple[str, str]]) -> float:
    return max(text_px(label) for label, _ in rows) + max(text_px(value) for _, value in rows) + 40


# GitHub's own calendar colours, none to most, for each theme.
CALENDAR_LEVELS = {
    "light": ("#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"),
    "dark": ("#151b23", "#033a16", "#196c2e", "#2ea043", "#56d364"),
}
CELL, PITCH = 13, 16  # a day's square, and the distance from one to the next
CALENDAR_X0, CALENDAR_Y0, CALENDAR_HEIGHT = 56, 62, 200


def render_calendar(env, profile: Profile, settings: Settings, messages: dict) -> dict[str, str]:  # type: ignore[no-untyped-def,type-arg]
    """The contribution calendar card, light and dark, as wide as the README column."""
    calendar = profile.calendar
    if calendar is None or not settings.contributions.calendar:
        return {}
    words = contributions.words(calendar, messages, settings.locale, settings.significance)
    weekdays = i18n.weekday_abbreviations(settings.locale)
    common = {
        "calendar": calendar,
        "months": [(week, i18n.month_abbreviation(day, settings.locale)) for week, day in calendar.months],
        "weekdays": [(1, weekdays[0]), (3, weekdays[2]), (5, weekdays[4])],  # rows from Sunday
        "x0": CALENDAR_X0,
        "y0": CALENDAR_Y0,
        "cell": CELL,
        "pitch": PITCH,
        "w": ROW_WIDTH,
        "h": CALENDAR_HEIGHT,
        "legend_x": ROW_WIDTH - 20 - round(text_px(str(messages["more"]))) - 3 - 5 * PITCH,
        "font": FONT,
        "t": messages,
        **words,
    }
    template = env.get_template("cards/contributions.svg.j2")
    return {
        f"assets/contributions{'' if theme == 'light' else '-dark'}.svg": template.render(
            theme=THEMES[theme], levels=CALENDAR_LEVELS[theme], **common
        )
        for theme in ("light", "dark")
    }


def render_cards(env, profile: Profile, settings: Settings, messages: dict) -> dict[str, str]:  # type: ignore[no-untyped-def,type-arg]
    languages = card_languages(profile, settings)
    columns = _stats_rows(profile, settings, messages) if profile.user is not None else []
    stats_w = col_w = 0
    if columns:
        col_w = round(max(max(_column_width(rows) for rows in columns), (STATS_MIN_WIDTH - 40) / len(columns)))
        stats_w = round(
            max(col_w * len(columns) + 40 + 24 * (len(columns) - 1), text_px(str(messages["stats"])) * 1.3 + 40)
        )
    # A designed pair: one height, and together as wide as the README column; a narrow languages
    # card (beside two stats columns) lays its legend out in two columns.
    languages_w = ROW_WIDTH - stats_w - GAP if columns else ROW_WIDTH
    legend_columns = LEGEND_COLUMNS if languages_w >= 480 else 2
    rows = -(-len(languages) // legend_columns)
    tallest = max((len(rows_) for rows_ in columns), default=0)
    height = max(58 + tallest * 24 if columns else 0, 78 + rows * 22 if languages else 0)
    outputs: dict[str, str] = {}
    for theme in ("light", "dark"):
        suffix = "" if theme == "light" else "-dark"
        palette = THEMES[theme]
        common = {"theme": palette, "font": FONT, "t": messages, "h": height}
        if languages:
            outputs[f"assets/languages{suffix}.svg"] = env.get_template("cards/languages.svg.j2").render(
                languages=[(lang, color(lang.name, palette["bg"])) for lang in languages],
                rows=rows,
                legend_columns=legend_columns,
                col_w=round((languages_w - 40) / legend_columns),
                w=languages_w,
                **common,
            )
        if columns:
            outputs[f"assets/stats{suffix}.svg"] = env.get_template("cards/stats.svg.j2").render(
                columns=columns, col_w=col_w, login=profile.login, w=stats_w, **common
            )
    return outputs | render_calendar(env, profile, settings, messages)
