"""Hostile pages cannot hide a misquote: any nesting depth is read to the end, look-alike letters
make a quotation altered (never verbatim or unmatched), and bidi or invisible controls are
reported and shown visibly, never raw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
