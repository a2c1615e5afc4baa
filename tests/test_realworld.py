"""lawref against hand-labelled passages from real public pages (tests/realworld/).

The dataset must be well-formed, and lawref's figures on it must not fall below floors set a
little under what it reaches today, so that a regression in linking, verdicts, attribution or
citation finding fails here. Set LAWREF_TEST_FIGURES=1 to print the figures (the same table as
``python tests/realworld/score.py``).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import lawref

REALWORLD = Path(__file__).parent / "realworld"


def _module(name: str) -> ModuleType:
    if str(REALWORLD) not in sys.path:
        sys.path.insert(0, str(REALWORLD))
    spec = importlib.util.spec_from_file_location(name, REALWORLD / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


dataset = _module("dataset")
score = _module("score")

# Floors: a little below the figures of lawref when they were set (see tests/realworld/README.md
# for each figure's definition). "max" entries are ceilings on counts and rates of mistakes.
# Measured when set (164 passages): linking precision 0.825, recall 0.825 (0.852 on quoted text),
# verdicts 0.686, citations 0.788 / 0.700 / 0.819 / 0.994; 4 altered called verbatim, 0.207 of
# non-statute quotes linked, 6.28 false misattribution claims per 100, 1 of 2 misattributions.
# Raised with issue 14's rules (same 164 passages): linking precision 0.934, verdicts 0.762,
# 3 altered called verbatim, 0.057 of non-statute quotes linked, 0 false misattribution claims.
# Raised again (list items cut short or spliced are altered; short altered phrases and names in
# 《》 are not linked; the law quoted inside a speaker's quoted sentence is the inner quotation):
# linking precision 0.961, recall 0.837 (0.873 quoted), verdicts 0.778, 0 altered called
# verbatim, 0.023 of non-statute quotes linked.
# Citation floors raised with issue 15's second round (labels for the laws the store gained and
# for repeated mentions; grammar fixes): citations 0.940 / 0.911 / 0.965 / 1.000.
# With the held-out set (issue 14): no false misattribution claim on the 164 passages (0.418 per
# 100 before: a heading's article number took its law from a name inside the reproduced text).
# Raised with issue 14's citation-guided links (English under an article heading, the cited
# article's lower bar, inner quotations in straight marks, Japanese renderings): linking
# precision 0.971, recall 0.925 (0.937 quoted), F1 0.947, verdicts 0.833.
# Lowered with the thirteenth round's relabelling (tests/realworld/README.md, "Labelling policy
# (round thirteen)"), not by a change of lawref: the dev set gained 115 labelled retellings beside
# citations (`paraphrase`, most of which lawref does not link) and 59 anaphor citations, so its
# linking recall went 0.946 → 0.534 (F1 0.696), verdicts 0.887 → 0.599, attribution 0.829 →
# 0.483 and citation recall 0.954 → 0.858 on the same output. What lawref checks word by word is
# guarded on its own: recall on reproduced text (every label but paraphrase) 0.975.
FLOORS: dict[str, float] = {
    "link_precision": 0.94,
    "link_recall": 0.50,
    "link_f1": 0.67,
    "link_recall_quoted": 0.90,
    "link_recall_reproduced": 0.95,
    "verdict_agreement": 0.57,
    "citation_statute_recall": 0.83,
    "citation_article_recall": 0.89,
    "citation_precision": 0.95,
    "citation_article_precision": 0.98,
    "attribution_agreement": 0.46,
    "misattributions_flagged": 1,
}
CEILINGS: dict[str, float] = {
    "altered_called_verbatim": 0,
    "nonstatute_linked_share": 0.04,
    "false_misattributions_per_100": 1.0,
}
MIN_PASSAGES = 150

# The held-out set (tests/realworld/heldout/): passages collected after the floors above and every
# threshold were set, never tuned on. Its floors and ceilings are regression guards a little
# beyond what lawref does on it today, not the acceptance targets, several of which it
# misses there (measured when set, 80 passages: linking precision 0.827, recall 0.851, verdicts
# 0.697, 3 altered called verbatim, 0.146 of non-statute quotes linked, 3.5 false misattribution
# claims per 100, 1 of 2 real misattributions flagged; citations 0.805 / 0.717 / 0.793 / 0.938).
# Issue 14's precision round studied this set's failures (so it is no longer unseen text; a second
# held-out set gives the final figures) and fixed their classes with general rules tested on
# sentences of their own: linking precision 0.937, recall 0.881, F1 0.908, verdicts 0.775, no
# altered quotation called verbatim, 0.049 of non-statute quotes linked (measured together with
# the attribution rules below).
# Raised with issue 14's attribution rules (credits under a quotation, article headings under a
# title or a foot credit, headings of another instrument, unquoted statute-level echoes, other
# instruments named after a stored law): the held-out set was studied for these classes of error
# (a fresh second held-out set gives the final figures). Measured then: attribution agreement
# 0.673 (0.485 before), no false misattribution claim (3.5 per 100), citations 0.911 / 0.858 /
# 0.831 / 0.950; the dev set unchanged (attribution 0.678, no false claim).
# Lowered with the thirteenth round's relabelling (29 retellings and 8 anaphor citations added to
# the held-out set; lawref's output unchanged): linking recall 0.931 → 0.736, F1 0.959 → 0.848,
# verdicts 0.873 → 0.735; recall on reproduced text 0.953 is guarded on its own.
HELDOUT_FLOORS: dict[str, float] = {
    "link_precision": 0.90,
    "link_recall": 0.70,
    "link_f1": 0.82,
    "link_recall_reproduced": 0.93,
    "verdict_agreement": 0.71,
    "attribution_agreement": 0.65,
    "citation_statute_recall": 0.89,
    "citation_article_recall": 0.83,
    "citation_precision": 0.81,
    "misattributions_flagged": 1,
}
HELDOUT_CEILINGS: dict[str, float] = {
    "altered_called_verbatim": 0,
    "nonstatute_linked_share": 0.09,
    "false_misattributions_per_100": 1.0,
}
# The held-out sets, in the order they were collected, each from pages in none of the sets before
# it (nor among the store's sources) and labelled against the store before lawref was run on it:
# (name, fewest passages, the prefix of its ids where it has one, whether each page gives one
# passage: the second set takes two passages from some pages). Each was scored once unseen and
# then used to tune the next round; only the first one's figures are guarded here (above), the
# others' are reported by score.py --set NAME and --side-by-side. A sealed set (dataset.SEALED)
# gets the dataset checks below and nothing that scores it: no test here runs lawref on it.
HELDOUT_SETS: list[tuple[str, int, str | None, bool]] = [
    ("heldout", 60, None, True),
    ("heldout2", 60, None, False),
    ("heldout3", 70, "h3-", True),
    ("heldout4", 50, "h4-", True),
    ("heldout5", 60, "h5-", True),
    ("heldout6", 60, "h6-", True),
    ("heldout7", 100, "h7-", True),
    ("heldout8", 100, "h8-", True),
    ("heldout9", 100, "h9-", True),
    ("heldout10", 100, "h10-", True),
    ("heldout11", 100, "h11-", True),
    ("heldout12", 100, "h12-", True),
    ("heldout13", 100, "h13-", True),
    ("heldout14", 100, "h14-", True),
    ("heldout15", 100, "h15-", True),
    ("heldout16", 100, "h16-", True),
    ("heldout17", 100, "h17-", True),
    ("heldout18", 110, "h18-", True),
    ("heldout19", 96, "h19-", True),
    ("heldout20", 91, "h20-", True),
    ("heldout21", 94, "h21-", True),
    ("heldout22", 82, "h22-", True),
    ("heldout23", 82, "h23-", True),
    ("heldout24", 82, "h24-", True),
    ("heldout25", 94, "h25-", True),
]


@pytest.fixture(scope="module")
def passages() -> list[Any]:
    loaded, problems = dataset.load()
    assert problems == [], "\n".join(problems)
    return loaded


@pytest.fixture(scope="module")
def measured(passages: list[Any]) -> dict[str, Any]:
    return score.score(passages, lawref.load_store()).figures()


@pytest.fixture(scope="module")
def heldout() -> list[Any]:
    loaded, problems = dataset.load_set("heldout")
    assert problems == [], "\n".join(problems)
    return loaded


@pytest.fixture(scope="module")
def every_set() -> dict[str, list[Any]]:
    """Each set's passages by name (dev and the held-out sets)."""
    loaded: dict[str, list[Any]] = {}
    for name in ["dev", *(name for name, *_ in HELDOUT_SETS)]:
        loaded[name], problems = dataset.load_set(name)
        assert problems == [], "\n".join(problems)
    return loaded


@pytest.fixture(scope="module")
def heldout_measured(heldout: list[Any]) -> dict[str, Any]:
    return score.score(heldout, lawref.load_store()).figures()


def test_print_the_figures(measured: dict[str, Any], figures: Callable[..., None]) -> None:
    """The table of tests/realworld/score.py, shown with -s or LAWREF_TEST_FIGURES=1."""
    figures("", score.table(measured))


def test_print_the_heldout_figures(
    heldout_measured: dict[str, Any], figures: Callable[..., None]
) -> None:
    """The table of ``tests/realworld/score.py --set heldout``."""
    figures("held-out", score.table(heldout_measured))


def test_dataset_is_large_enough_and_every_passage_has_an_address(passages: list[Any]) -> None:
    assert len(passages) >= MIN_PASSAGES
    for passage in passages:
        assert str(passage.label["url"]).startswith(("http://", "https://")), passage.id
        assert passage.label["retrieved"], passage.id


def test_every_labelled_text_occurs_in_its_passage(passages: list[Any]) -> None:
    for passage in passages:
        for item in passage.quotes + passage.citations:
            assert passage.text[item.start : item.end] == item.label["text"], passage.id


def test_labelled_statutes_and_articles_exist_unless_marked(passages: list[Any]) -> None:
    problems = dataset.store_problems(passages, lawref.load_store())
    assert problems == [], "\n".join(problems)


def test_a_broken_label_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "- id: x\n  url: ftp://example.org\n  retrieved: '2026-01-01'\n  kind: news\n"
        "  language: en\n  text: Article 7 says so.\n"
        "  quotes:\n  - text: not in the text\n    statute: null\n    article: null\n"
        "    verdict: unmatched\n    attribution: uncited\n",
        encoding="utf-8",
    )
    _, problems = dataset.load(tmp_path)
    assert any("url is not an http(s) address" in p for p in problems)
    assert any("does not occur in the passage" in p for p in problems)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_stays_above_its_floor(measured: dict[str, Any], name: str) -> None:
    assert measured[name] is not None and measured[name] >= FLOORS[name], (name, measured[name])


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_mistakes_stay_below_their_ceiling(measured: dict[str, Any], name: str) -> None:
    assert measured[name] is not None and measured[name] <= CEILINGS[name], (name, measured[name])


def test_the_dataset_holds_real_misattributions(measured: dict[str, Any]) -> None:
    assert measured["misattributions"] >= 2


def test_the_sets_load_together_with_unique_ids(every_set: dict[str, list[Any]]) -> None:
    every, problems = dataset.load_set("all")
    assert problems == []
    unsealed = [name for name in every_set if name not in dataset.SEALED]
    assert len(every) == sum(len(every_set[name]) for name in unsealed)
    ids = [p.id for passages in every_set.values() for p in passages]
    assert len(ids) == len(set(ids))


def test_sealed_sets_stay_out_of_all_and_the_side_by_side() -> None:
    """Helpers tuning lawref must not see a sealed set's figures through "all" or the columns."""
    for name in dataset.SEALED:
        assert name in dataset.SETS
        assert not set(dataset.SETS[name]) & set(dataset.SETS["all"])
        assert name not in score.side_by_side_sets()
    # and the mechanism itself, whether or not a set is sealed today
    assert "heldout7" not in score.side_by_side_sets(sealed=("heldout7",))
    assert score.side_by_side_sets(sealed=())[-2:] == ["heldout25", "all"]
    unsealed = [n for n in dataset.SETS if n != "all" and n not in dataset.SEALED]
    assert set(dataset.SETS["all"]) == {p for n in unsealed for p in dataset.SETS[n]}


@pytest.mark.parametrize("position", range(len(HELDOUT_SETS)), ids=[n for n, *_ in HELDOUT_SETS])
def test_heldout_set_is_large_and_shares_no_address_with_the_sets_before_it(
    every_set: dict[str, list[Any]], position: int
) -> None:
    name, least, prefix, one_per_page = HELDOUT_SETS[position]
    held = every_set[name]
    assert len(held) >= least
    earlier = [
        p
        for before in ["dev", *(n for n, *_ in HELDOUT_SETS[:position])]
        for p in every_set[before]
    ]
    earlier_urls = {str(p.label["url"]) for p in earlier}
    earlier_ids = {p.id for p in earlier}
    seen: set[str] = set()
    for passage in held:
        url = str(passage.label["url"])
        assert url.startswith(("http://", "https://")), passage.id
        assert passage.label["retrieved"], passage.id
        assert url not in earlier_urls, passage.id
        assert not one_per_page or url not in seen, passage.id
        assert passage.id not in earlier_ids, passage.id
        assert prefix is None or passage.id.startswith(prefix), passage.id
        seen.add(url)


@pytest.mark.parametrize("name", [n for n, *_ in HELDOUT_SETS])
def test_heldout_set_shares_no_address_with_the_store_sources(
    every_set: dict[str, list[Any]], name: str
) -> None:
    statutes = Path(__file__).resolve().parent.parent / "statutes"
    sources = "\n".join(p.read_text(encoding="utf-8") for p in statutes.rglob("*.yaml"))
    for passage in every_set[name]:
        assert str(passage.label["url"]) not in sources, passage.id


@pytest.mark.parametrize("name", [n for n, *_ in HELDOUT_SETS])
def test_heldout_labels_occur_and_name_stored_articles(
    every_set: dict[str, list[Any]], name: str
) -> None:
    held = every_set[name]
    for passage in held:
        for item in passage.quotes + passage.citations:
            assert passage.text[item.start : item.end] == item.label["text"], passage.id
    problems = dataset.store_problems(held, lawref.load_store())
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_figure_stays_above_its_floor(heldout_measured: dict[str, Any], name: str) -> None:
    value = heldout_measured[name]
    assert value is not None and value >= HELDOUT_FLOORS[name], (name, value)


@pytest.mark.parametrize("name", sorted(HELDOUT_CEILINGS))
def test_heldout_mistakes_stay_below_their_ceiling(
    heldout_measured: dict[str, Any], name: str
) -> None:
    value = heldout_measured[name]
    assert value is not None and value <= HELDOUT_CEILINGS[name], (name, value)


def test_third_heldout_set_holds_real_misattributions(every_set: dict[str, list[Any]]) -> None:
    """Issue 14's 'two thirds of real misattributions flagged' needs real cases to count."""
    store = lawref.load_store()
    real = [
        (passage.id, item.label["text"][:40])
        for passage in every_set["heldout3"]
        for item in passage.quotes
        if item.scored
        and item.label["attribution"] == "misattributed"
        and score.article_exists(store, item.label.get("statute"), item.label.get("article"))
    ]
    assert len(real) >= 6, real


def test_side_by_side_shows_the_twenty_fourth_set_after_the_twenty_third_and_before_all() -> None:
    """The twenty-fourth set, scored and unsealed, is the last column before all."""
    assert score.side_by_side_sets() == [
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "all",
    ]


def test_the_readme_table_of_sets_is_what_the_labels_count() -> None:
    """README's table of the sets' make-up is composition.py's output, not counts kept by hand:
    a set added or relabelled without the table regenerated fails here."""
    composition = _module("composition")
    readme = (REALWORLD.parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- sets: python tests/realworld/composition.py -->\n")
    end = readme.index("<!-- /sets -->", start)
    shown = readme[start:end].split("\n", 1)[1].strip()
    assert shown == composition.table()
    # and the table counts what a reader expects: every set, the sealed ones marked
    assert [line.split(" | ")[0].lstrip("| ") for line in shown.splitlines()[2:]] == [
        f"{name} (sealed)" if name in dataset.SEALED else name
        for name in dataset.SETS
        if name != "all"
    ]
