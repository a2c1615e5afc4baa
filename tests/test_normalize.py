"""The matching forms: what they fold, what they keep, and that offsets lead back to the source."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.text import folds, normalize
from lawref.text.normalize import (
    letters_form,
    letters_text,
    skeleton,
    skeleton_text,
    verbatim_form,
)
from lawref.text.tokens import token_texts, tokenize

ART7 = "任何组织和公民都应当依法支持、协助和配合国家情报工作，保守所知悉的国家情报工作秘密。"
ART7_TRADITIONAL = (
    "任何組織和公民都應當依法支持、協助和配合國家情報工作，保守所知悉的國家情報工作秘密。"
)


def _source_of(text: str, form, start: int, end: int) -> str:  # type: ignore[no-untyped-def]
    a, b = form.to_source(start, end)
    return text[a:b]


def test_traditional_quote_maps_to_simplified() -> None:
    assert skeleton(ART7_TRADITIONAL).text == skeleton(ART7).text
    assert verbatim_form(ART7_TRADITIONAL).text == verbatim_form(ART7).text
    # Offsets still point into the Traditional original, character for character.
    form = skeleton(ART7_TRADITIONAL)
    at = form.text.index("国家情报")
    assert _source_of(ART7_TRADITIONAL, form, at, at + 4) == "國家情報"


def test_ascii_and_full_width_chinese_punctuation_fold_together() -> None:
    ascii_punct = ART7.replace("，", ",").replace("、", ",").replace("。", ".")
    assert verbatim_form(ascii_punct).text == verbatim_form(ART7).text
    assert verbatim_form("ＡＢＣ１２３").text == "ABC123"


def test_whitespace_quote_and_dash_styles() -> None:
    a = verbatim_form("shall  protect \u201cnational\u201d\nsecrets \u2014 all")
    b = verbatim_form("shall protect 'national' secrets-all")
    assert a.text == b.text
    # Whitespace between CJK characters is scraping noise, not text.
    assert verbatim_form("国家 情报\n工作").text == "国家情报工作"
    # Case is not a verbatim difference to ignore, only a skeleton one.
    assert verbatim_form("They").text != verbatim_form("they").text
    assert skeleton("They").text == skeleton("they").text


def test_ellipsis_styles_unify() -> None:
    forms = {
        skeleton(f"law{e}and").text for e in ("\u2026", "...", ". . .", "\u22ef", "\u2026\u2026")
    }
    assert forms == {"law\u2026and"}


def test_broken_words_are_joined() -> None:
    assert skeleton("T\n\nhey must").text == "they must"
    assert skeleton("sup-\nport").text == "support"
    assert skeleton("sup-  \n  port").text == "support"
    # Words on their own are not glued to the next line.
    assert skeleton("a\nlaw").text == "a law"
    assert skeleton("I\nthink").text == "i think"
    assert skeleton("T\n\nHey").text == "t hey"  # next word capitalised: not a fragment
    assert skeleton("well-\nKnown").text == "well-known"
    # A plain space is not a line break: "T hey" stays two words in the skeleton.
    assert skeleton("T hey").text == "t hey"
    # The verbatim form keeps the damage (it is a minor difference, not verbatim).
    assert verbatim_form("T\n\nhey").text == "T hey"
    assert letters_form("T\n\nhey must").text == letters_form("They must").text


def test_letters_form_keeps_only_letters_and_digits() -> None:
    assert letters_form("Art. 7(1): \u201cShall\u201d—support!").text == "art71shallsupport"
    assert letters_form(ART7_TRADITIONAL).text == letters_form(ART7).text


def test_span_maps_back_to_the_original() -> None:
    text = "All organizations and citizens shall\nsup-\nport, assist, and cooperate"
    form = skeleton(text)
    at = form.text.index("support")
    assert _source_of(text, form, at, at + len("support")) == "sup-\nport"
    assert form.to_source(len(form.text), len(form.text)) == (len(text), len(text))


def test_tokens() -> None:
    tokens = [t.text for t in tokenize(skeleton("Art. 7: 国家情报 work’s 2017年"))]
    assert tokens == ["art", "7", "国", "家", "情", "报", "work", "s", "2017", "年"]


def test_punctuation_is_never_a_token() -> None:
    """The katakana middle dot lies inside the kana block but separates list items like "、"."""
    assert token_texts(skeleton("支持\u30fb协助")) == ["支", "持", "协", "助"]
    assert token_texts(skeleton("支持\uff65协助")) == ["支", "持", "协", "助"]  # half-width
    assert token_texts(skeleton("シークレット")) == list("シークレット")  # "ー" is a letter


# --- properties -------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("abcXYZ  \n\n-.,'\u201c\u201d\u2014\u2026")
    + list(ART7_TRADITIONAL[:12])
    + ["ﬁ", "ß", "\u00ad"]
)
_TEXTS = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_offsets_are_monotonic_and_in_range(text: str) -> None:
    for make in (verbatim_form, skeleton, letters_form):
        form = make(text)
        assert len(form.offsets) == len(form.ends) == len(form.text)
        previous_start = previous_end = 0
        for start, end in zip(form.offsets, form.ends, strict=True):
            assert 0 <= start < end <= len(text)
            assert start >= previous_start and end >= previous_end
            previous_start, previous_end = start, end


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_token_spans_round_trip(text: str) -> None:
    """A run of tokens maps to an original span whose own skeleton is that run again."""
    form = skeleton(text)
    tokens = tokenize(form)
    for i in range(len(tokens)):
        for j in range(i, min(len(tokens), i + 4)):
            piece = form.text[tokens[i].start : tokens[j].end]
            a, b = form.to_source(tokens[i].start, tokens[j].end)
            assert skeleton(text[a:b]).text == piece


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_skeleton_text_equals_the_skeleton(text: str) -> None:
    """The index's offset-free fast path gives the same text as the full skeleton."""
    assert skeleton_text(text) == skeleton(text).text


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_letters_text_equals_the_letters_form(text: str) -> None:
    """The offset-free letters the rules compare are the letters form's text."""
    assert letters_text(text) == letters_form(text).text


def test_letters_text_equals_the_letters_form_where_folds_change_lengths() -> None:
    # a ligature and ß (longer folds), a combining accent, a soft hyphen, Traditional script
    # with a phrase OpenCC converts, regional words, full-width letters, a Cyrillic look-alike
    for text in (
        "Straße ﬁle e\u0301te\u0301 co\u00adoperate",
        "乾燥 後來 網路 資訊安全 個人資料保護法第20條",
        "Ａｒｔｉｃｌｅ　１２ аrticle ǅ ŉ",
        "",
        "……",
    ):
        assert letters_text(text) == letters_form(text).text
        assert letters_text(text) == letters_form(text).text  # (the kept one)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_forms_are_idempotent(text: str) -> None:
    for make in (verbatim_form, letters_form):
        once = make(text).text
        assert make(once).text == once


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=40)))
def test_tokens_are_exactly_the_letters(text: str) -> None:
    """Tokens hold every letter and digit and nothing else: a word-level difference can never be
    punctuation alone, and equal tokens mean equal letters (a minor difference at most)."""
    assert "".join(token_texts(skeleton(text))) == letters_form(text).text


def _skeleton_stage_by_stage(text: str) -> tuple[str, list[int], list[int]]:
    folded, starts, ends = normalize._skeleton_triple(text)
    return folded, list(starts), list(ends)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=40)))
def test_the_skeleton_made_from_the_verbatim_form_is_the_skeleton(text: str) -> None:
    """Without a line break the skeleton is made from the verbatim form (normalize.skeleton):
    text and offsets exactly those of the stages run one by one."""
    made = skeleton(text)
    assert (made.text, list(made.offsets), list(made.ends)) == _skeleton_stage_by_stage(text)


def test_folding_makes_a_line_break_of_no_other_character() -> None:
    """What lets normalize.skeleton test the text itself, not its folded form, for a line break
    (a broken word is joined only across one)."""
    makes_one = [
        code
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000
        and code != 10
        and "\n" in folds.fold(chr(code))[0] + folds.fold("a" + chr(code) + "\u0301")[0]
    ]
    assert makes_one == []


_FOLD_ALPHABET = st.sampled_from(
    list("abc XYZ\n,.'\"-")
    + list("第一条网络安全法，。、《》“”（）：；…—")
    + list(ART7_TRADITIONAL[:12])
    + ["ﬁ", "ß", "\u00ad", "\u0301", "\u200b", "\uff21", "\U00020021", "\u3000", "\x00"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FOLD_ALPHABET, min_size=0, max_size=400).map("".join))
def test_the_vectorised_fold_is_the_translation(text: str) -> None:
    """Once NumPy is loaded, a long text is folded by one table look-up (text/folds.py): the same
    text as ``str.translate`` with the fold table, character for character, and the same forms."""
    import numpy  # noqa: F401  (loaded: the vectorised path is taken for long texts)

    from lawref.text import folds

    assert folds._translated(text) == text.translate(folds._FOLD_TABLE)
    assert folds.fold(text)[0] == folds._fold_slow(text)[0]


def test_every_whitespace_but_the_space_is_unprintable() -> None:
    """What lets normalize._spaces_rewritten skip the whitespace scan of a text that holds no " "
    and is printable: no other character ``\\s`` matches is printable."""
    space = re.compile(r"\s")
    printable_spaces = [
        code
        for code in range(0x110000)
        if code != 0x20 and space.match(chr(code)) and chr(code).isprintable()
    ]
    assert printable_spaces == []


_RUN_ALPHABET = st.sampled_from(
    list("ab 第条\n\t\u3000\u00a0\u2028.-\u2026\u2014") + ["...", "--", ". . .", "——"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_RUN_ALPHABET, max_size=40).map("".join))
def test_the_guarded_rewrites_are_the_rewrites(text: str) -> None:
    """normalize's whitespace and punctuation-run stages, skipped where their patterns cannot
    match, give what rewriting unconditionally gives: text and offsets."""
    triple = folds.fold(text)
    spaced = folds.rewrite(triple, normalize._SPACE_RE, normalize._space)
    assert normalize._spaces_rewritten(triple) == spaced
    # (folded, and as it is: folding makes "…" "..." and "—" "-", so the text as it is holds them)
    for start in (spaced, (text, range(len(text)), range(1, len(text) + 1))):
        runs = folds.rewrite(
            folds.rewrite(start, normalize._ELLIPSIS_RE, normalize._ellipsis),
            normalize._DASH_RUN_RE,
            normalize._dash_run,
        )
        made = normalize._punctuation_runs(start)
        assert (made[0], list(made[1]), list(made[2])) == (runs[0], list(runs[1]), list(runs[2]))
