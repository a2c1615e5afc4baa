"""Finding quotations: a table of reporting-style passages, properties, and bounded work.

Statute wording comes from the shipped store (byte-exact copies of ../shared/corpus), never typed
in here: a template names it as {NAME} and the same name stands in the expected quote.
⟦ and ⟧ in a template mark a span the markup set off (an HTML <blockquote>): they are cut out and
passed as ``blockquotes``.
"""

from __future__ import annotations

import functools
import re
import textwrap
from typing import Any

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawref.quotes.find import (
    MAX_QUOTE_CHARS,
    MAX_QUOTE_PARAGRAPHS,
    STEPS_PER_CHAR,
    find_quotes,
    scan_quotes,
)
from lawref.store.load import load_store


def _article(statute: str, number: str) -> Any:
    store = load_store(use_cache=False)
    found = [a for a in store.statutes[statute].articles if a.number == number]
    assert found, f"{statute} Art. {number} is not in the store"
    return found[0]


def _translation(statute: str, number: str, publisher_start: str) -> str:
    for translation in _article(statute, number).translations:
        if translation.publisher.startswith(publisher_start):
            return str(translation.text)
    raise AssertionError(f"no {publisher_start!r} translation of {statute} Art. {number}")


def _line(text: str, prefix: str) -> str:
    """The line of ``text`` that starts with ``prefix`` (after any item label)."""
    for line in text.split("\n"):
        body = re.sub(r"^(\d+\.|\([a-z]\))\s+", "", line)
        if body.startswith(prefix):
            return body
    raise AssertionError(f"no line starting {prefix!r}")


@functools.cache
def law() -> dict[str, str]:
    """Statute wording by name, cut from the store's texts."""
    nil7 = _article("cn-national-intelligence-law", "7").text.split("\n\n")
    gdpr17 = _article("eu-gdpr", "17").text
    gdpr5 = _article("eu-gdpr", "5").text
    s230 = _article("us-47-usc-230", "230").text
    hk20 = _article("cn-hong-kong-national-security-law", "20").text.split("\n\n")
    to_hk = opencc.OpenCC("s2hk")
    words = {
        "NIL7": nil7[0],
        "NIL7_P2": nil7[1],
        "NIL7_HK": to_hk.convert(nil7[0]),
        "NIL14": _article("cn-national-intelligence-law", "14").text,
        "NIL14_HK": to_hk.convert(_article("cn-national-intelligence-law", "14").text),
        "CSL28": _article("cn-cybersecurity-law", "28").text,
        "CSL37_1": _article("cn-cybersecurity-law", "37").text.split("。")[0] + "。",
        "DSL36": _article("cn-data-security-law", "36").text,
        "HK20_1": hk20[1],
        "HK20_2": hk20[2],
        "HK20_3": hk20[3],
        "NIL7_CLT": _translation("cn-national-intelligence-law", "7", "China Law Translate"),
        "NIL7_TANNER": _translation("cn-national-intelligence-law", "7", "Murray Scot Tanner"),
        "NIL14_TANNER": _translation("cn-national-intelligence-law", "14", "Murray Scot Tanner"),
        "NIL14_CJO": _translation("cn-national-intelligence-law", "14", "China Justice Observer"),
        "CSL28_PSI": _translation("cn-cybersecurity-law", "28", "US Senate"),
        "GDPR17": _line(gdpr17, "The data subject shall have the right").split(" where ")[0],
        "GDPR17A": _line(gdpr17, "the personal data are no longer necessary"),
        "GDPR5A": _line(gdpr5, "processed lawfully").removesuffix(";"),
        "S230C1": _line(s230, "No provider or user of an interactive computer service"),
    }
    # Hard-wrapped, as a Markdown or e-mail text wrapped at 60-odd columns has it.
    words["NIL7_CLT_WRAPPED"] = textwrap.fill(words["NIL7_CLT"], width=60)
    return words


def fill(template: str) -> str:
    words = law()
    return re.sub(r"\{([A-Z0-9_]+)\}", lambda m: words[m.group(1)], template)


def prepare(template: str) -> tuple[str, list[tuple[int, int]]]:
    """The text, and the spans marked with ⟦ ⟧ (markers removed)."""
    filled = fill(template)
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    length = 0
    start = -1
    for char in filled:
        if char == "⟦":
            start = length
        elif char == "⟧":
            spans.append((start, length))
        else:
            out.append(char)
            length += 1
    return "".join(out), spans


Q, B = "quoted", "block"

# (id, template, [(quote text, marks) or (quote text, marks, lead-in)])
CASES: list[tuple[str, str, list[tuple[str, ...]]]] = [
    # --- English: inline quotations ---------------------------------------------------------
    (
        "nil7-curly",
        "China's 2017 National Intelligence Law requires that “{NIL7_CLT}” Critics say that "
        "leaves no room to refuse.",
        [("{NIL7_CLT}", Q)],
    ),
    (
        "nil7-straight",
        'Article 7 says "{NIL7_CLT}", according to China Law Translate.',
        [("{NIL7_CLT}", Q)],
    ),
    (
        "nil14-two-renderings",
        'Tanner translated Article 14 as "{NIL14_TANNER}" while another version reads '
        '"{NIL14_CJO}"',
        [("{NIL14_TANNER}", Q), ("{NIL14_CJO}", Q)],
    ),
    (
        "s230-between-dashes",
        "The 26 words of Section 230 — “{S230C1}” — created the modern internet, its defenders say.",
        [("{S230C1}", Q)],
    ),
    (
        "csl28-partial",
        "Under Article 28 of the Cybersecurity Law, “{CSL28_PSI}” when asked.",
        [("{CSL28_PSI}", Q)],
    ),
    (
        "scare-quote",
        'Critics call the clause an "extraordinary outreach program" for the security services.',
        [("extraordinary outreach program", Q)],
    ),
    (
        "three-single-words",
        'The law speaks of "support", "assistance" and "cooperation" but never of refusal.',
        [("support", Q), ("assistance", Q), ("cooperation", Q)],
    ),
    (
        "em-dash-adjacent",
        'Critics—citing the words "shall support, assist, and cooperate"—say firms cannot refuse.',
        [("shall support, assist, and cooperate", Q)],
    ),
    (
        "british-single-with-comma",
        "'We have never been asked to hand over data,' Huawei's chairman said in Shenzhen.",
        [("We have never been asked to hand over data,", Q)],
    ),
    (
        "german-low-high",
        "Der Sprecher nannte es „ein Gesetz wie jedes andere“, berichtete die Zeitung.",
        [("ein Gesetz wie jedes andere", Q)],
    ),
    (
        "french-guillemets-spaced",
        "Le porte-parole a parlé d'« une loi comme les autres » et de « coopération ».",
        [("une loi comme les autres", Q), ("coopération", Q)],
    ),
    (
        "inside-spaces-trimmed",
        "The statute's own words, “ {NIL14} ”, were read out.",
        [("{NIL14}", Q)],
    ),
    (
        "empty-quotes-ignored",
        'The form left the field "" blank, and the field “ ” as well.',
        [],
    ),
    # --- apostrophe traps -------------------------------------------------------------------------
    (
        "apostrophes-only",
        "Huawei's founder said it's a myth; in the '90s the company's lawyers read China's law "
        "differently, and that's that.",
        [],
    ),
    (
        "rock-n-roll",
        "The rock 'n' roll of Beijing's tech policy isn't new, the firm's counsel argued.",
        [],
    ),
    (
        "plural-possessives",
        "The companies' obligations and the users' rights are not spelled out, critics' reports say.",
        [],
    ),
    (
        "possessive-inside-single-quote",
        "Officials called it 'the operators' duty to assist' under Article 28.",
        [("the operators' duty to assist", Q)],
    ),
    (
        "possessive-ends-single-quote",
        "The ministry spoke only of 'the users' and nothing else.",
        [("the users", Q)],
    ),
    (
        "typographic-apostrophes",
        "It’s the law’s “catch-all” clause, the ’90s-era lawyers’ favourite.",
        [("catch-all", Q)],
    ),
    (
        "autocorrected-90s",
        "In the ‘90s, Beijing’s rules already said “cooperate” with the state.",
        [("cooperate", Q)],
    ),
    (
        "inch-mark",
        'The phone has a 6.1" screen, and Huawei calls it "secure by design".',
        [("secure by design", Q)],
    ),
    # --- nesting --------------------------------------------------------------------------------
    (
        "nested-single-in-double",
        "“The law says organizations must ‘{NIL7_TANNER}’, and that is the problem,” a researcher "
        "said.",
        [
            (
                "The law says organizations must ‘{NIL7_TANNER}’, and that is the problem,",
                Q,
            )
        ],
    ),
    (
        "nested-straight-in-curly",
        '“Lawyers call it "a blank cheque" for the agencies,” she wrote.',
        [('Lawyers call it "a blank cheque" for the agencies,', Q)],
    ),
    (
        "gdpr-statute-own-inner-quote",
        "Article 5 requires that personal data be “{GDPR5A}”.",
        [("{GDPR5A}", Q)],
    ),
    (
        "zh-nested-corner-brackets",
        "他說：「法律寫明『{NIL14_HK}』，我們無法拒絕。」",
        [("法律寫明『{NIL14_HK}』，我們無法拒絕。", Q)],
    ),
    # --- several paragraphs -----------------------------------------------------------------------
    (
        "multi-paragraph-gdpr",
        "The regulation is blunt.\n\n“{GDPR17}\n\n“{GDPR17A}”\n\nThe right is not absolute.",
        [("{GDPR17}\n\n“{GDPR17A}", Q)],
    ),
    (
        "multi-paragraph-straight",
        'He went on:\n\n"{NIL7_CLT}\n\n"{NIL14_TANNER}"\n\nThen he left.',
        [('{NIL7_CLT}\n\n"{NIL14_TANNER}', Q)],
    ),
    (
        "hard-wrapped-quote",
        "The clause says that “{NIL7_CLT_WRAPPED}” in China Law Translate's rendering.\n\n"
        "A second paragraph.",
        [("{NIL7_CLT_WRAPPED}", Q)],
    ),
    # --- block quotes ---------------------------------------------------------------------------
    (
        "block-quoted-after-provides",
        "Article 17(1) of the GDPR provides:\n\n“{GDPR17}”\n\nThe right is not absolute.",
        [("{GDPR17}", B, "provides:")],
    ),
    (
        "block-indented-after-reads",
        "Section 230(c)(1) reads:\n\n    {S230C1}\n\nCourts have read it broadly.",
        [("{S230C1}", B, "reads:")],
    ),
    (
        "block-plain-after-states",
        "The key sentence of Section 230 states:\n\n{S230C1}\n\nCourts have read it broadly.",
        [("{S230C1}", B, "states:")],
    ),
    (
        "block-straight-quotes-after-stipulates",
        'Article 14 stipulates:\n\n"{NIL14_CJO}"\n\nThat is the clause that worries companies.',
        [("{NIL14_CJO}", B, "stipulates:")],
    ),
    (
        "lead-in-but-quote-not-whole-paragraph",
        "Article 7 states:\n\n“{NIL7_CLT}” That is China Law Translate's version.",
        [("{NIL7_CLT}", Q)],
    ),
    (
        "block-after-bare-citation",
        "From the 2016 law, Article 28:\n\n“{CSL28_PSI}”\n\nThat is the part companies cite.",
        [("{CSL28_PSI}", B, "Article 28:")],
    ),
    (
        "block-after-reads-in-part",
        "Article 17 reads in part:\n\n{GDPR17}\n\nRegulators have fined companies under it.",
        [("{GDPR17}", B, "reads in part:")],
    ),
    (
        "lead-in-needs-word-boundary",
        "Read more in our essays:\n\nHuawei and the law, a timeline.",
        [],
    ),
    (
        "recorded-blockquote-with-lead-in",
        "Section 230(c)(1) reads:\n\n⟦{S230C1}⟧\n\nCourts have read it broadly.",
        [("{S230C1}", B, "reads:")],
    ),
    (
        "recorded-blockquote-in-quote-marks",
        "From the law:\n\n⟦“{NIL7_CLT}”⟧\n\nMore.",
        [("{NIL7_CLT}", B)],
    ),
    (
        "recorded-blockquote-hides-inner-quotes",
        "⟦The ministry said the law “{NIL7_CLT}” and applied to all.⟧ After it, “a remark”.",
        [
            ("The ministry said the law “{NIL7_CLT}” and applied to all.", B),
            ("a remark", Q),
        ],
    ),
    # --- Chinese ----------------------------------------------------------------------------------
    ("zh-inline", "《国家情报法》第七条规定，“{NIL7}”", [("{NIL7}", Q)]),
    (
        "zh-block-after-guiding",
        "《国家情报法》第七条规定：\n\n“{NIL7}”\n\n评论人士认为，这一条款赋予情报机构广泛权力。",
        [("{NIL7}", B, "规定：")],
    ),
    (
        "zh-block-plain-after-guiding",
        "《网络安全法》第二十八条规定：\n\n{CSL28}\n\n专家表示，这意味着企业难以拒绝。",
        [("{CSL28}", B, "规定：")],
    ),
    (
        "zh-multi-paragraph-block",
        "该法第七条写明：\n\n“{NIL7}\n\n“{NIL7_P2}”\n\n外交部发言人此前表示，中国政府从未要求企业这样做。",
        [("{NIL7}\n\n“{NIL7_P2}", B, "写明：")],
    ),
    (
        "zh-indented-block-after-mingque",
        "该法第三十六条明确：\n\n　　{DSL36}\n\n外交部发言人对此未予置评。",
        [("{DSL36}", B, "明确：")],
    ),
    (
        "zh-enumerated-items-block",
        "《香港国安法》第二十条规定：\n\n{HK20_1}\n\n{HK20_2}\n\n{HK20_3}\n\n多名被告据此被起诉。",
        [("{HK20_1}\n\n{HK20_2}\n\n{HK20_3}", B, "规定：")],
    ),
    (
        "zh-block-after-bare-article-number",
        "《网络安全法》第三十七条：\n\n{CSL37_1}\n\n这一规定被称为数据本地化要求。",
        [("{CSL37_1}", B, "第三十七条：")],
    ),
    (
        "zh-spokesperson-lead-in",
        "外交部发言人说：\n\n“中国政府从来没有要求企业违反当地法律收集数据。”\n\n他没有回答后续问题。",
        [("中国政府从来没有要求企业违反当地法律收集数据。", B, "说：")],
    ),
    (
        "zh-scare-quotes",
        "所谓“后门”问题，以及“一带一路”倡议，都被外界反复提及。",
        [("后门", Q), ("一带一路", Q)],
    ),
    (
        "zh-hk-corner-brackets",
        "《國家情報法》第七條規定「{NIL7_HK}」，引起外國企業關注。",
        [("{NIL7_HK}", Q)],
    ),
    (
        "zh-ascii-quotes",
        '网络安全法第二十八条要求"{CSL28}"，引发外界关注。',
        [("{CSL28}", Q)],
    ),
    (
        "zh-ascii-quotes-between-ideographs",
        '所谓的"一带一路"倡议与"数字丝绸之路"计划。',
        [("一带一路", Q), ("数字丝绸之路", Q)],
    ),
    (
        "zh-book-title-marks-are-not-quotes",
        "根据《网络安全法》第三十七条，数据应当在境内存储。",
        [],
    ),
    (
        "mixed-original-and-rendering",
        "The original reads “{NIL14}”, which Tanner rendered as “{NIL14_TANNER}”",
        [("{NIL14}", Q), ("{NIL14_TANNER}", Q)],
    ),
    # --- unbalanced marks -----------------------------------------------------------------------
    (
        "unbalanced-straight-dropped",
        'He said "the law is clear.\n\nNo one at the ministry would comment on the matter.',
        [],
    ),
    (
        "unbalanced-then-good-quote",
        "The spokesman said “we follow the law.\n\nAnother official added that the rules were "
        '"fully transparent".',
        [("fully transparent", Q)],
    ),
    (
        "unclosed-outer-keeps-inner",
        "“The term ‘intelligence work’ is never defined, he said.\n\nNext paragraph.",
        [("intelligence work", Q)],
    ),
    (
        "one-paragraph-per-line",
        'He said "it is fine.\nOfficials said "no comment" on Tuesday.\nThe end.',
        [("no comment", Q)],
    ),
    (
        "zh-unbalanced-dropped",
        "发言人说：“我们一直依法办事。\n\n记者追问时，他没有回答。",
        [],
    ),
    (
        "zh-unbalanced-then-quote",
        "发言人说：“我们一直依法办事。\n\n评论人士称之为“正常的法律”。",
        [("正常的法律", Q)],
    ),
    (
        "stray-closers-ignored",
        "Nothing opened here” and nothing here either’ nor there」, but “this” counts.",
        [("this", Q)],
    ),
]


def test_case_count() -> None:
    assert len(CASES) >= 40
    assert len({case[0] for case in CASES}) == len(CASES)


@pytest.mark.parametrize(
    ("template", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_quotes_found(template: str, expected: list[tuple[str, ...]]) -> None:
    text, blockquotes = prepare(template)
    quotes = find_quotes(text, blockquotes)
    got = [(q.text, q.marks, q.lead_in) for q in quotes]
    want = [(fill(e[0]), e[1], e[2] if len(e) > 2 else None) for e in expected]
    assert got == want
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text


def test_block_quote_after_lead_in_keeps_only_what_follows() -> None:
    text = fill("Article 7 states:\n\n“{NIL7_CLT}”\n\nThe state protects those who help.")
    (quote,) = find_quotes(text)
    assert quote.lead_in == "states:"
    assert text[quote.start - 1] == "“" and text[quote.end] == "”"


def test_overlong_quote_is_dropped() -> None:
    body = " ".join(["word"] * (MAX_QUOTE_CHARS // 4))
    assert find_quotes(f"He said “{body}” and left.") == []
    shorter = body[:999]
    assert find_quotes(f"He said “{shorter}” and left.")[0].text == shorter


def test_quote_over_too_many_paragraphs_is_bounded() -> None:
    paragraphs = [f"“Paragraph {n} of a speech that never closes." for n in range(60)]
    assert find_quotes("\n\n".join(paragraphs)) == []
    closing = "\n\n".join(paragraphs[:30]) + "”"
    for quote in find_quotes(closing):
        assert quote.text.count("\n\n") < MAX_QUOTE_PARAGRAPHS


def test_inner_quote_of_closed_outer_not_reported() -> None:
    text = fill("“{GDPR5A}”")
    quotes = find_quotes(text)
    assert len(quotes) == 1 and "‘lawfulness, fairness and transparency’" in quotes[0].text


def test_crlf_text_from_library_callers() -> None:
    text = fill("Section 230(c)(1) reads:\r\n\r\n“{S230C1}”\r\n\r\nMore.")
    (quote,) = find_quotes(text)
    assert quote.text == law()["S230C1"] and quote.marks == "block"


# --- properties and bounded work ------------------------------------------------------------------

_INTERESTING = list("\"'‘’‚“”„«»‹›「」『』〝〞〟＂＇") + [
    " ",
    "\n",
    "\n\n",
    "a",
    "s",
    "9",
    ".",
    ",",
    ":",
    "：",
    "中",
    "。",
    "　",
    "\t",
    ">",
    "(1) ",
    "states:",
    "规定：",
    "it's",
    "'90s",
    " 'n' ",
]
_texts = st.lists(st.one_of(st.sampled_from(_INTERESTING), st.text(max_size=3)), max_size=120).map(
    "".join
)


def _check(text: str, blockquotes: list[tuple[int, int]]) -> None:
    scan = scan_quotes(text, blockquotes)
    previous_end = 0
    for quote in scan.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.text and quote.text == quote.text.strip()
        assert quote.start >= previous_end  # sorted, disjoint
        previous_end = quote.end
        assert quote.marks in ("quoted", "block")
        if quote.marks == "quoted":
            assert len(quote.text) <= MAX_QUOTE_CHARS
    assert scan.steps <= STEPS_PER_CHAR * (len(text) + len(blockquotes)) + 64


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=3))
def test_spans_exact_and_work_bounded(text: str, raw: list[tuple[int, int]]) -> None:
    _check(text, raw)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    _check(text, [])


@settings(max_examples=60, deadline=None)
@given(_texts)
def test_work_grows_linearly(text: str) -> None:
    """Four times the text, about four times the work (a quadratic scan would do sixteen; the
    slack is for the stack filling up over the first repetitions)."""
    base = scan_quotes(text * 16).steps
    assert scan_quotes(text * 64).steps <= 6 * base + 64


def test_five_megabytes_of_unbalanced_marks() -> None:
    chunk = (
        "He said \"the law is “clear and « the rule ‘may apply. It's the '90s; students' "
        'rights " and 「规定 『任何组织 „nie ‚so \n'
        "第七条规定：“任何组织和公民都应当依法支持 — « le texte\n\n"
    )
    text = chunk * (5_000_000 // len(chunk))
    assert len(text) > 4_900_000
    scan = scan_quotes(text)
    assert scan.steps <= STEPS_PER_CHAR * len(text)
    assert scan.steps <= 2 * len(text)  # what it takes in practice: about one step a mark
    assert all(len(q.text) <= MAX_QUOTE_CHARS for q in scan.quotes if q.marks == "quoted")
    assert all("\n\n" not in q.text for q in scan.quotes)  # nothing swallowed a paragraph break
    one_line = text.replace("\n", " ")
    scan = scan_quotes(one_line)
    assert scan.steps <= 2 * len(one_line)
    assert all(len(q.text) <= MAX_QUOTE_CHARS for q in scan.quotes)
