"""Hostile pages cannot hide a misquote: any nesting depth is read to the end, look-alike letters
make a quotation altered (never verbatim or unmatched), and bidi or invisible controls are
reported and shown visibly, never raw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.cli import run
from lawref.read.html_text import extract_html

# NIL article 7 in China Law Translate's words, and the same sentence with "shall" made "may".
EXACT = (
    "All organizations and citizens shall support, assist, and cooperate with national "
    "intelligence efforts in accordance with law"
)
ALTERED = EXACT.replace("shall support", "may support")
INTRO = "Article 7 of China's National Intelligence Law says: "


def page(body: str, depth: int, tag: str = "div") -> str:
    return (
        "<!doctype html><html><head><title>t</title></head><body><article><p>Intro.</p>"
        + f"<{tag}>" * depth
        + body
        + f"</{tag}>" * depth
        + "<p>The end.</p></article></body></html>"
    )


def check_json(
    capsys: pytest.CaptureFixture[str], path: Path, *extra: str
) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    code = run(["check", str(path), "--format", "json", *extra])
    out = capsys.readouterr().out
    return code, json.loads(out)["documents"][0]["quotes"]


# --- depth ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [10, 2100])
def test_an_altered_quote_at_any_depth_is_altered(
    depth: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.html"
    path.write_text(page(f"<p>{INTRO}“{ALTERED}.”</p>", depth), encoding="utf-8")
    code, quotes = check_json(capsys, path)
    assert code == 1
    assert [q["verdict"] for q in quotes] == ["altered"]


SHALLOW_TEXT = extract_html(
    page("<p>Some <b>bold</b> words.</p><blockquote>Set off.</blockquote>", 1)
)


@pytest.mark.parametrize("tag", ["div", "span", "section", "b", "li", "blockquote"])
@pytest.mark.parametrize("depth", [2046, 2047, 2048, 2100, 6000])
def test_the_text_does_not_depend_on_depth(tag: str, depth: int) -> None:
    body = "<p>Some <b>bold</b> words.</p><blockquote>Set off.</blockquote>"
    text, spans = extract_html(page(body, depth, tag))
    assert "Some bold words." in text and "Set off." in text and text.endswith("The end.")
    if tag != "blockquote":  # (nested blockquotes make one outermost span of their own)
        assert (text, spans) == SHALLOW_TEXT


@pytest.mark.parametrize("hider", ["<div hidden>", "<nav>", "<span style='display: none'>"])
def test_hidden_content_stays_hidden_at_any_depth(hider: str) -> None:
    closer = "</" + hider[1:].split()[0].rstrip(">") + ">"
    body = f"<p>Seen.</p>{hider}<p>Unseen.</p>{closer}<script>var x = '<div>';</script>"
    for depth in (5, 3000):
        text, _ = extract_html(page(body, depth))
        assert "Seen." in text and "Unseen" not in text and "var x" not in text
        assert text.endswith("The end.")


# --- look-alike letters --------------------------------------------------------------------------

CYRILLIC_FOR_LATIN = {"a": "а", "o": "о", "e": "е", "c": "с", "p": "р", "x": "х", "y": "у"}


def lookalike(text: str, letters: str) -> str:
    return "".join(CYRILLIC_FOR_LATIN[c] if c in letters else c for c in text)


@pytest.mark.parametrize(
    "quoted",
    [
        EXACT.replace("shall", "shаll"),  # one Cyrillic а
        lookalike(EXACT, "aoecpxy"),  # every look-alike letter Cyrillic
        EXACT.replace("national", "nαtiοnal"),  # Greek alpha and omicron
    ],
)
def test_lookalike_letters_make_a_quote_altered(
    quoted: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{INTRO}“{quoted}.”", encoding="utf-8")
    code, quotes = check_json(capsys, path)
    assert code == 1
    (quote,) = quotes
    assert quote["verdict"] == "altered"
    confusable = [d for d in quote["differences"] if d["op"] == "confusable"]
    assert confusable and all(d["quote"] != d["statute"] for d in confusable)
    changed = {w for w in quoted.split() if not w.isascii()}
    assert {d["quote"] for d in confusable} == {w.strip(",.") for w in changed}


def test_the_text_report_names_the_lookalike_letters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{INTRO}“{EXACT.replace('shall', 'shаll')}.”", encoding="utf-8")
    assert run(["check", str(path)]) == 1
    assert "а (Cyrillic) for a" in capsys.readouterr().out


def test_a_plain_quote_stays_verbatim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{INTRO}“{EXACT}.”", encoding="utf-8")
    code, quotes = check_json(capsys, path)
    assert code == 0 and quotes[0]["verdict"] == "verbatim" and quotes[0]["differences"] == []


def test_latin_letters_in_cyrillic_words_are_found_too() -> None:
    from lawref.text.confusables import confusable_words
    from lawref.text.normalize import skeleton

    stored = "Закон о свободе слова"
    quoted = "Закoн о свобoде слова"  # two Latin o's
    assert skeleton(stored).text == skeleton(quoted).text
    assert confusable_words(quoted, stored) == [("Закoн", "Закон"), ("свобoде", "свободе")]
    assert confusable_words(stored, stored) == []


@given(
    st.lists(st.sampled_from(["shall", "protect", "national", "secrets", "cooperate"]), min_size=1),
    st.data(),
)
@settings(max_examples=60, deadline=None)
def test_exactly_the_respelled_words_are_reported(words: list[str], data: st.DataObject) -> None:
    from lawref.text.confusables import confusable_words
    from lawref.text.normalize import skeleton

    stored = " ".join(words)
    respelled = [lookalike(w, "aoecpxy") if data.draw(st.booleans(), label=w) else w for w in words]
    quoted = " ".join(respelled)
    assert skeleton(quoted).text == skeleton(stored).text  # it still finds its source
    expected = list(dict.fromkeys(q for q, w in zip(respelled, words, strict=True) if q != w))
    assert [q for q, _ in confusable_words(quoted, stored)] == expected


# --- bidi controls and invisible characters ------------------------------------------------------

RLO = "\u202e"
PDF = "\u202c"


def test_a_bidi_override_makes_a_quote_altered_and_is_never_shown_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = EXACT.split(" ")
    words[6] = RLO + words[6]
    words[8] = words[8] + PDF
    path = tmp_path / "a.txt"
    path.write_text(f"{INTRO}“{' '.join(words)}.”", encoding="utf-8")
    code = run(["check", str(path), "--format", "json"])
    out = capsys.readouterr().out
    assert code == 1 and RLO not in out and "\\u202e" in out
    (quote,) = json.loads(out)["documents"][0]["quotes"]
    assert quote["verdict"] == "altered" and RLO in quote["text"]  # the data itself is kept
    assert {"op": "hidden", "quote": RLO + PDF, "statute": ""} in quote["differences"]
    assert run(["check", str(path)]) == 1
    text_report = capsys.readouterr().out
    assert RLO not in text_report and "⟨U+202E⟩" in text_report
    html_path = tmp_path / "report.html"
    assert run(["check", str(path), "--format", "html", "-o", str(html_path)]) == 1
    html = html_path.read_text(encoding="utf-8")
    assert RLO not in html and PDF not in html and "⟨U+202E⟩" in html


@pytest.mark.parametrize("char", ["\u200b", "\u2066", "\ufeff", "\u2060", "\U000e0041"])
def test_invisible_characters_are_reported(char: str) -> None:
    from lawref.match.characters import character_differences

    found = character_differences(f"shall {char}protect", "shall protect")
    assert [d.op for d in found] == ["hidden"]


@pytest.mark.parametrize("char", ["\u00ad", "\u200d", "\u200c"])
def test_soft_hyphens_and_joiners_are_not_reported(char: str) -> None:
    from lawref.match.characters import character_differences

    assert character_differences(f"shall pro{char}tect", "shall protect") == []


def test_every_renderer_shows_hidden_characters_visibly() -> None:
    from lawref.render.escape import esc
    from lawref.render.text import clean

    for shown in (esc(f"a{RLO}b\u2066c\u200bd"), clean(f"a{RLO}b\u2066c\u200bd")):
        assert shown == "a⟨U+202E⟩b⟨U+2066⟩c⟨U+200B⟩d"


def test_the_track_changes_view_names_lookalike_letters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{INTRO}“{EXACT.replace('shall', 'shаll')}.”", encoding="utf-8")
    html_path = tmp_path / "r.html"
    assert run(["check", str(path), "--format", "html", "-o", str(html_path)]) == 1
    assert "shа⟨Cyrillic⟩ll" in html_path.read_text(encoding="utf-8")
