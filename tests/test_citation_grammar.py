"""The citation grammar as data: every template's examples, the checks that keep a template
linear, a test jurisdiction added by a YAML file alone, numerals in every written form, and the
context rules that decide which statute a generic name means."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawref.citations.find import CitationFinder
from lawref.citations.grammar_data import grammar_files
from lawref.citations.templates import CompiledTemplate, load_grammar, shipped_grammar
from lawref.errors import StoreError
from lawref.store.files import shipped_store_path, yaml_files
from lawref.store.load import load_store
from lawref.text.numerals import cn_to_int, words_to_int

TEST_JURISDICTION = Path(__file__).parent / "data" / "jurisdiction"
HK = "cn-hong-kong-national-security-law"
NSL = "cn-national-security-law"


def _templates() -> list[CompiledTemplate]:
    return load_grammar([shipped_store_path(), TEST_JURISDICTION]).templates


def _example_cases() -> list[object]:
    return [
        pytest.param(template, example, id=f"{template.name}:{example.text}")
        for template in _templates()
        for example in template.template.examples
    ]


@pytest.mark.parametrize(("template", "example"), _example_cases())
def test_template_example(template: CompiledTemplate, example: object) -> None:
    whole = example.before + example.text + example.after  # type: ignore[attr-defined]
    start, end = len(example.before), len(example.before) + len(example.text)  # type: ignore[attr-defined]
    match = template.regex.match(whole, start)
    assert match is not None and match.group() == example.text  # type: ignore[attr-defined]
    items = template.items(whole, start, end)
    if example.articles:  # type: ignore[attr-defined]
        assert [item.number for item in items] == example.articles  # type: ignore[attr-defined]
    if example.subdivisions is not None:  # type: ignore[attr-defined]
        assert [item.subdivision for item in items] == example.subdivisions  # type: ignore[attr-defined]
    groups = template.groups(whole, start)
    for name, value in example.groups.items():  # type: ignore[attr-defined]
        assert groups.get(name) == value


def test_template_counter_examples() -> None:
    checked = 0
    for template in _templates():
        for text in template.template.not_examples:
            assert template.regex.fullmatch(text) is None, (template.name, text)
            checked += 1
    assert checked >= 10


def test_every_shipped_template_has_examples_and_the_grammar_ships_with_the_store() -> None:
    files = grammar_files([shipped_store_path()])
    assert {f.stem for f in files} >= {"en", "us", "eu", "cn"}
    # The statute loader skips the grammar folder, as it skips the glossary.
    assert not [p for p in yaml_files(shipped_store_path()) if "grammar" in p.parts]
    grammar = shipped_grammar()
    kinds = {t.template.kind for t in grammar.templates}
    assert {"reference", "code", "act-number", "title", "subsection"} <= kinds


# --- a new jurisdiction is a YAML file -------------------------------------------------------------


def test_a_test_jurisdiction_works_from_its_yaml_file_alone() -> None:
    store = load_store([TEST_JURISDICTION], include_shipped=False, use_cache=False)
    finder = CitationFinder(store)
    text = (
        "Under FC 12-345 every controller keeps records. Paras. 7 and 9 of the Freedonian Data "
        "Act limit collection."
    )
    found = [(c.text, c.statute, c.article) for c in finder.find(text)]
    assert found == [
        ("FC 12-345", "xf-data-act", "345"),
        ("Paras. 7 and 9 of the Freedonian Data Act", "xf-data-act", "7"),
        ("Paras. 7 and 9 of the Freedonian Data Act", "xf-data-act", "9"),
    ]
    # Another paragraph of the same title, which no citation form of the store spells out: read
    # by the template; without the grammar file, not read at all.
    text = "FC 12-9 limits how long data are kept."
    assert [(c.statute, c.article) for c in finder.find(text)] == [("xf-data-act", "9")]
    bare = CitationFinder(store, grammar=load_grammar([shipped_store_path()]))
    assert [(c.statute, c.article) for c in bare.find(text)] == []


def _grammar_file(tmp_path: Path, pattern: str, extra: str = "") -> Path:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "grammar: bad\n"
        f"{extra}"
        "templates:\n"
        "  - name: greedy\n"
        "    kind: law-head\n"
        "    starts: word\n"
        f"    pattern: '{pattern}'\n"
        "    examples:\n"
        "      - text: Act\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        (r"[A-Z]\w+ Act", "not linear: '+'"),
        (r"(?:\w )* Act", "not linear: '*'"),
        (r"\w{2,} Act", "not linear: '{n,}'"),
        (r"(\w)\1 Act", "back-reference"),
        (r"{nowhere} Act", "unknown token {nowhere}"),
        (r"(?:Act)?", "matches the empty text"),
    ],
)
def test_a_template_that_is_not_linear_is_refused(
    tmp_path: Path, pattern: str, problem: str
) -> None:
    path = _grammar_file(tmp_path, pattern)
    with pytest.raises(StoreError) as error:
        load_grammar([], [path])
    assert str(path) in str(error.value) and "greedy" in str(error.value)
    assert problem in str(error.value)


def test_a_wrong_field_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    path = _grammar_file(tmp_path, "Act", extra="tokenz: {}\n")
    with pytest.raises(StoreError) as error:
        load_grammar([], [path])
    assert f"{path}:2: tokenz" in str(error.value)


# --- numerals ---------------------------------------------------------------------------------------


def test_chinese_numerals_agree_with_cn2an_in_every_form() -> None:
    cn2an = pytest.importorskip("cn2an")
    for number in range(0, 10000):
        for mode in ("low", "up"):
            written = cn2an.an2cn(number, mode)
            assert cn_to_int(written) == number, written
    # Forms cn2an reads too: 两, 〇 written digit by digit, Traditional formal digits.
    for written in ("两百", "一〇一", "贰拾叁", "陸", "十壹", "叁拾陆"):
        assert cn_to_int(written) == cn2an.cn2an(written, "smart")


def test_english_number_words() -> None:
    cases = {"fourteen": 14, "Seven": 7, "seventh": 7, "twenty-one": 21, "twenty first": 21}
    for words, number in cases.items():
        assert words_to_int(words) == number
    with pytest.raises(ValueError):
        words_to_int("sevenfold")


# --- context --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def finder() -> CitationFinder:
    store = load_store(use_cache=False)
    if not {HK, NSL} <= set(store.statutes):
        pytest.skip("the shipped store lacks the national security laws")
    return CitationFinder(store)


def test_a_hong_kong_story_means_the_hong_kong_law(finder: CitationFinder) -> None:
    text = (
        "HONG KONG — Police arrested three activists on Tuesday under the national security "
        "law.\n\nArticle 38 claims jurisdiction over offences committed abroad by non-residents."
    )
    found = [(c.text, c.statute, c.article, c.note) for c in finder.find(text)]
    assert found == [
        ("national security law", HK, None, "context: Hong Kong"),
        ("Article 38", HK, "38", "context: Hong Kong"),
    ]


def test_a_mainland_story_means_the_2015_law(finder: CitationFinder) -> None:
    text = "《国家安全法》第七十七条规定了公民和组织应当履行的维护国家安全的义务。"
    assert [(c.statute, c.article) for c in finder.find(text)] == [(NSL, "77")]


def test_without_a_cue_a_generic_name_stays_ambiguous(finder: CitationFinder) -> None:
    (citation,) = finder.find("评论人士说，国安法的适用范围很广。")
    assert citation.statute is None
    assert set(citation.ambiguous) == {HK, NSL}


def test_the_mainland_law_in_a_hong_kong_story_keeps_its_reading(finder: CitationFinder) -> None:
    text = "Hong Kong's law was modelled on the mainland's national security law, passed in 2015."
    found = [(c.statute, c.note) for c in finder.find(text)]
    assert (NSL, None) in found


def test_an_ambiguous_name_is_the_candidate_named_just_before(finder: CitationFinder) -> None:
    text = (
        "The Data Security Law took effect in 2021. The Security Law, as officials call it, "
        "restricts exports."
    )
    found = [(c.text, c.statute, c.note) for c in finder.find(text)]
    assert found[1] == (
        "Security Law",
        "cn-data-security-law",
        "named before: Data Security Law",
    )
    # With no candidate named before, it stays ambiguous and lists them all.
    (alone,) = finder.find("The Security Law is vague, a lawyer in Shanghai said.")
    assert alone.statute is None and len(alone.ambiguous) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a draft is not the law in force; its articles are numbered otherwise
        ("Article 35 of the second draft of the Data Security Law was dropped.", [(None, "35")]),
        ("数据安全法草案第三十五条后来被删除。", [(None, "35")]),
        # the statute did not exist in that year: another law of the same name
        ("1993年《国家安全法》主要规定了反间谍工作。", [(None, None)]),
        # an article of an instrument the store does not know, named by its acronym
        ("Article 16(1) TFEU gives everyone a right to data protection.", [(None, "16")]),
        # a section numbered with a letter; a regulation's section is not a statute's
        ("The surveillance program rests on 50 U.S.C. § 1881a.", [("us-50-usc-1881a", "1881a")]),
        ("Agencies must follow 2 CFR §200.216 when buying equipment.", [(None, "200.216")]),
        # a name in quotation marks, a name with 中国 before it, an article without 第
        (
            "Article 21 of the “Cryptography Law” covers commercial cryptography.",
            [("cn-cryptography-law", "21")],
        ),
        ("《中国国家情报法》第7条要求配合。", [("cn-national-intelligence-law", "7")]),
        ("《國家情報法》14條也被引用。", [("cn-national-intelligence-law", "14")]),
        (
            "Consider the article seven of the 2017 National Intelligence Law.",
            [("cn-national-intelligence-law", "7")],
        ),
    ],
)
def test_forms_met_in_real_reporting(
    finder: CitationFinder, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(c.statute, c.article) for c in finder.find(text)] == expected


def test_a_taiwan_story_means_taiwans_own_act(finder: CitationFinder) -> None:
    (taiwan,) = finder.find("立法院昨日審議《國家安全法》修正案，行政院表示將加重刑責。")
    assert (taiwan.statute, taiwan.ambiguous) == (None, ())
    assert taiwan.note == "context: Taiwan (a law the store does not have)"
    # The PRC's law named as such in a Taiwan story keeps its reading.
    (prc,) = finder.find("立法院議員指出，中國《國家安全法》第七十七條要求公民配合。")
    assert (prc.statute, prc.article) == (NSL, "77")
    # Cues of both places: not guessed.
    (both,) = finder.find("香港與立法院都有人討論國安法的影響。")
    assert both.statute is None and both.ambiguous == (HK,)
    assert "not guessed" in (both.note or "")


def _window_cases() -> list[object]:
    from lawref.citations.grammar_data import read_grammar_files

    files = read_grammar_files(grammar_files([shipped_store_path()]))
    return [
        pytest.param(name, example, id=f"{name}:{example.text}")
        for _, grammar in files
        for name, window in grammar.windows.items()
        for example in window.examples
    ]


@pytest.mark.parametrize(("name", "example"), _window_cases())
def test_window_example(name: str, example: object) -> None:
    """Each window finds what its examples in the grammar files say (or nothing)."""
    found = shipped_grammar().windows[name].search(example.text)  # type: ignore[attr-defined]
    assert (found.group() if found else None) == example.finds  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "stripped"),
    [
        ("China's 2017 National Intelligence Law", "National Intelligence Law"),
        ("Cybersecurity Law of the People's Republic of China", "Cybersecurity Law"),
        ("the new EU AI Act", "AI Act"),
        ("中华人民共和国网络安全法", "网络安全法"),
        ("中国反间谍法", "反间谍法"),
        ("中国法", "中国法"),
    ],
)
def test_place_words_come_from_the_grammar(name: str, stripped: str) -> None:
    from lawref.citations.name_forms import strip_place

    assert strip_place(name) == stripped


def test_roman_annex_numbers_round_trip() -> None:
    from lawref.text.numerals import int_to_roman, roman_to_int

    assert [roman_to_int(r) for r in ("I", "iv", "IX", "XIII", "3")] == [1, 4, 9, 13, 3]
    assert [int_to_roman(n) for n in (1, 4, 9, 13)] == ["I", "IV", "IX", "XIII"]
    for bad in ("IIII", "VX", "Is", ""):
        with pytest.raises(ValueError):
            roman_to_int(bad)
