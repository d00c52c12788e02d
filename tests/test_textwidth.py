from __future__ import annotations

from showcase.textwidth import cut, width


def test_wide_characters_count_two_columns():
    assert width("abc") == 3 and width("中文") == 4 and width("ｆｕｌｌ") == 8


def test_short_text_is_untouched():
    assert cut("fits", 10) == "fits"


def test_cut_prefers_a_sentence_end_in_range():
    assert cut("First sentence is here. Second one is much longer than the room.", 40) == "First sentence is here."


def test_cut_at_a_word_boundary_with_ellipsis():
    result = cut("alpha beta gamma delta epsilon zeta eta theta", 20)
    assert result == "alpha beta gamma…" and width(result) <= 20


def test_cjk_is_cut_by_display_width_at_any_character():
    text = "一个基于Rust构建的高性能多功能HTTP代理服务器使用hyper和rustls实现"
    result = cut(text, 20)
    assert width(result) <= 20 and result.endswith("…")
    assert width(result) >= 16  # it uses the room: CJK may break between any two characters


def test_cjk_sentence_end_counts():
    assert cut("这是第一句话。这是第二句话，它比较长，放不下了。", 24) == "这是第一句话。"


def test_never_splits_a_grapheme():
    family = "👩‍👩‍👧‍👦"
    result = cut(family * 6, 7)
    assert result.replace("…", "").count(family) * len(family) == len(result.replace("…", ""))


def test_combining_marks_stay_with_their_letter():
    text = "e\u0301" * 30
    result = cut(text, 10)
    assert not result.replace("…", "").endswith("e")


def test_a_mark_inside_quotes_or_brackets_ends_no_sentence():
    from showcase.textwidth import first_sentence

    assert first_sentence('"Time for pills?" - a family medicine tracker. More.') == (
        '"Time for pills?" - a family medicine tracker.'
    )
    assert first_sentence("「今日は？」という問いに答える道具。次の文。") == "「今日は？」という問いに答える道具。"
    assert first_sentence("A tool (really!) for maps. More.") == "A tool (really!) for maps."
