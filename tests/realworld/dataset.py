"""The labelled real-world passages: reading them and checking that they are well-formed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PASSAGES = Path(__file__).parent / "passages"
# Passages collected after every threshold was chosen on PASSAGES, scored apart: nothing may be
# tuned on them (tests/realworld/README.md, "Held-out passages").
HELDOUT = Path(__file__).parent / "heldout"
# A second held-out set, collected after the first had been used to tune lawref (issue 14).
HELDOUT2 = Path(__file__).parent / "heldout2"
# A third held-out set, collected while the second was being used to tune lawref (issue 14):
# labelled against the store and committed before lawref was run on any of it.
HELDOUT3 = Path(__file__).parent / "heldout3"
# A fourth held-out set, collected after the third had been used to tune lawref (issue 14):
# labelled against the store and committed before lawref was run on any of it.
HELDOUT4 = Path(__file__).parent / "heldout4"
# A fifth held-out set, collected after the fourth had been used to tune lawref (issue 14):
# labelled against the store and committed before lawref was run on any of it.
HELDOUT5 = Path(__file__).parent / "heldout5"
# A sixth held-out set, collected while the fifth was being used to tune lawref (issue 14):
# labelled against the store and committed before lawref was run on any of it.
HELDOUT6 = Path(__file__).parent / "heldout6"
# A seventh held-out set, collected while the sixth was being used to tune lawref (issue 14):
# labelled against the store and committed before lawref was run on any of it.
HELDOUT7 = Path(__file__).parent / "heldout7"
# An eighth held-out set, collected while the seventh was being read to tune lawref (issue 14):
# labelled against the store and committed before lawref was run on any of it.
HELDOUT8 = Path(__file__).parent / "heldout8"
# A ninth held-out set, collected while the eighth was being read to tune lawref (issue 14):
# labelled against the store and committed before lawref was run on any of it.
HELDOUT9 = Path(__file__).parent / "heldout9"
# A tenth held-out set, collected while the ninth was being read to tune lawref (issue 14):
# labelled against the store and committed before lawref was run on any of it.
HELDOUT10 = Path(__file__).parent / "heldout10"
# An eleventh held-out set, collected while the tenth was being read to tune lawref (issue 14):
# labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT11 = Path(__file__).parent / "heldout11"
# A twelfth held-out set, collected while the eleventh was being read to tune lawref (issue 14):
# labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT12 = Path(__file__).parent / "heldout12"
# A thirteenth held-out set, collected while the twelfth was being read to tune lawref (issue 14):
# labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT13 = Path(__file__).parent / "heldout13"
# A fourteenth held-out set, collected while the thirteenth was being read to tune lawref (issue
# 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT14 = Path(__file__).parent / "heldout14"
# A fifteenth held-out set, collected while the fourteenth was being read to tune lawref (issue
# 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT15 = Path(__file__).parent / "heldout15"
# A sixteenth held-out set, collected while the fifteenth was being read to tune lawref (issue
# 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT16 = Path(__file__).parent / "heldout16"
# A seventeenth held-out set, collected while the sixteenth was being read to tune lawref (issue
# 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT17 = Path(__file__).parent / "heldout17"
# An eighteenth held-out set, collected while the seventeenth was being read to tune lawref (issue
# 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT18 = Path(__file__).parent / "heldout18"
# A nineteenth held-out set, collected while the eighteenth was being read to tune lawref (issue
# 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT19 = Path(__file__).parent / "heldout19"
# A twentieth held-out set, collected while the nineteenth was being read to tune lawref (issue
# 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT20 = Path(__file__).parent / "heldout20"
# A twenty-first held-out set, collected while the twentieth was being read to tune lawref (issue
# 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT21 = Path(__file__).parent / "heldout21"
# A twenty-second held-out set, collected while the twenty-first was being read to tune lawref
# (issue 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT22 = Path(__file__).parent / "heldout22"
# A twenty-third held-out set, collected while the twenty-second was being read to tune lawref
# (issue 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT23 = Path(__file__).parent / "heldout23"
# A twenty-fourth held-out set, collected while the twenty-third was being read to tune lawref
# (issue 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT24 = Path(__file__).parent / "heldout24"
# A twenty-fifth held-out set, collected while the twenty-fourth was being read to tune lawref
# (issue 14): labelled by hand against the store and committed before lawref was run on any of it.
HELDOUT25 = Path(__file__).parent / "heldout25"
# Sets kept unseen until the lead scores them: "all" and score.py --side-by-side leave them out,
# so that helpers tuning lawref in parallel never see their figures (score.py --set NAME still
# scores one on purpose). heldout7 to heldout24 were each sealed while they were collected, scored
# on the code before the round that read the set before them and after it, and then unsealed.
# heldout25 is sealed now: the lead alone scores it.
SEALED: tuple[str, ...] = ("heldout25",)
SETS: dict[str, tuple[Path, ...]] = {
    "dev": (PASSAGES,),
    "heldout": (HELDOUT,),
    "heldout2": (HELDOUT2,),
    "heldout3": (HELDOUT3,),
    "heldout4": (HELDOUT4,),
    "heldout5": (HELDOUT5,),
    "heldout6": (HELDOUT6,),
    "heldout7": (HELDOUT7,),
    "heldout8": (HELDOUT8,),
    "heldout9": (HELDOUT9,),
    "heldout10": (HELDOUT10,),
    "heldout11": (HELDOUT11,),
    "heldout12": (HELDOUT12,),
    "heldout13": (HELDOUT13,),
    "heldout14": (HELDOUT14,),
    "heldout15": (HELDOUT15,),
    "heldout16": (HELDOUT16,),
    "heldout17": (HELDOUT17,),
    "heldout18": (HELDOUT18,),
    "heldout19": (HELDOUT19,),
    "heldout20": (HELDOUT20,),
    "heldout21": (HELDOUT21,),
    "heldout22": (HELDOUT22,),
    "heldout23": (HELDOUT23,),
    "heldout24": (HELDOUT24,),
    "heldout25": (HELDOUT25,),
}
# every set but the sealed ones
SETS["all"] = tuple(path for name, paths in SETS.items() if name not in SEALED for path in paths)
VERDICTS = ("verbatim", "minor", "elided", "altered", "paraphrase", "unmatched")
ATTRIBUTIONS = ("consistent", "misattributed", "uncited", "unverified")
MARKS = ("quoted", "block", "none")
PASSAGE_KEYS = {"id", "url", "retrieved", "kind", "language", "text", "quotes", "citations", "note"}
QUOTE_KEYS = {
    "text",
    "occurrence",
    "statute",
    "article",
    "also",
    "verdict",
    "attribution",
    "marks",
    "score",
    "store_may_lack",
    "note",
}
CITATION_KEYS = {
    "text",
    "occurrence",
    "statute",
    "articles",
    "in_store",
    "store_may_lack",
    "score",
    "note",
}


@dataclass
class Item:
    """A labelled quote or citation, with its place in the passage's text."""

    label: dict[str, Any]
    start: int
    end: int

    @property
    def scored(self) -> bool:
        return self.label.get("score", True) is not False


@dataclass
class Passage:
    label: dict[str, Any]
    path: Path
    quotes: list[Item] = field(default_factory=list)
    citations: list[Item] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.label["id"])

    @property
    def text(self) -> str:
        return str(self.label["text"])


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Offsets of the ``occurrence``-th appearance of ``needle`` in ``text`` (1-based)."""
    start = -1
    for _ in range(max(occurrence, 1)):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


class _StrictLoader(yaml.SafeLoader):
    """A key given twice in one mapping is an error, not a silent overwrite of the first."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"key {key!r} given twice (lines {seen[key]} and {key_node.start_mark.line + 1})",
                key_node.start_mark,
            )
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load(folder: Path = PASSAGES) -> tuple[list[Passage], list[str]]:
    """Every passage of every YAML file in ``folder``, and the problems found reading them."""
    passages: list[Passage] = []
    problems: list[str] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader) or []
        except yaml.YAMLError as exc:
            problems.append(f"{path.name}: not YAML: {' '.join(str(exc).split())}")
            continue
        if not isinstance(data, list):
            problems.append(f"{path.name}: not a list of passages")
            continue
        for entry in data:
            passage, found = _passage(entry, path)
            problems += found
            if passage is not None:
                passages.append(passage)
    seen: set[str] = set()
    for passage in passages:
        if passage.id in seen:
            problems.append(f"{passage.path.name}: {passage.id}: duplicate id")
        seen.add(passage.id)
    return passages, problems


def load_set(name: str) -> tuple[list[Passage], list[str]]:
    """The passages of a named set (``dev``, ``heldout``…``heldout8``, ``all``); ids unique."""
    passages: list[Passage] = []
    problems: list[str] = []
    for folder in SETS[name]:
        found, trouble = load(folder)
        passages += found
        problems += trouble
    seen: dict[str, Path] = {}
    for passage in passages:
        if passage.id in seen and seen[passage.id] != passage.path:
            problems.append(f"{passage.path.name}: {passage.id}: id used in {seen[passage.id]}")
        seen.setdefault(passage.id, passage.path)
    return passages, problems


def _passage(entry: Any, path: Path) -> tuple[Passage | None, list[str]]:
    if not isinstance(entry, dict) or "id" not in entry:
        return None, [f"{path.name}: an entry without an id"]
    where = f"{path.name}: {entry['id']}"
    problems = [f"{where}: unknown key {k!r}" for k in entry if k not in PASSAGE_KEYS]
    for key in ("url", "retrieved", "kind", "language", "text"):
        if not entry.get(key):
            problems.append(f"{where}: no {key}")
    if not str(entry.get("url", "")).startswith(("http://", "https://")):
        problems.append(f"{where}: url is not an http(s) address")
    passage = Passage(entry, path)
    text = str(entry.get("text", ""))
    for n, quote in enumerate(entry.get("quotes") or []):
        item, found = _item(quote, text, f"{where}: quotes[{n}]", QUOTE_KEYS)
        problems += found
        if item is None:
            continue
        if quote.get("verdict") not in VERDICTS:
            problems.append(f"{where}: quotes[{n}]: verdict {quote.get('verdict')!r}")
        if quote.get("attribution") not in ATTRIBUTIONS:
            problems.append(f"{where}: quotes[{n}]: attribution {quote.get('attribution')!r}")
        if quote.get("marks", "quoted") not in MARKS:
            problems.append(f"{where}: quotes[{n}]: marks {quote.get('marks')!r}")
        if (quote.get("statute") is None) != (quote.get("article") is None):
            problems.append(f"{where}: quotes[{n}]: statute and article go together")
        if quote.get("statute") is None and quote.get("verdict") != "unmatched":
            problems.append(f"{where}: quotes[{n}]: no statute, so the verdict is unmatched")
        passage.quotes.append(item)
    for n, citation in enumerate(entry.get("citations") or []):
        item, found = _item(citation, text, f"{where}: citations[{n}]", CITATION_KEYS)
        problems += found
        if item is None:
            continue
        if not isinstance(citation.get("articles", []), list):
            problems.append(f"{where}: citations[{n}]: articles is not a list")
        passage.citations.append(item)
    return passage, problems


def _item(label: Any, text: str, where: str, keys: set[str]) -> tuple[Item | None, list[str]]:
    if not isinstance(label, dict) or not label.get("text"):
        return None, [f"{where}: no text"]
    problems = [f"{where}: unknown key {k!r}" for k in label if k not in keys]
    span = locate(text, str(label["text"]), int(label.get("occurrence", 1)))
    if span is None:
        return None, [*problems, f"{where}: text does not occur in the passage"]
    return Item(label, *span), problems


def in_store(citation: dict[str, Any]) -> bool:
    """A citation's ``in_store`` label (default: true when it names a statute id)."""
    return bool(citation.get("in_store", citation.get("statute") is not None))


def store_problems(passages: list[Passage], store: Any) -> list[str]:
    """Labels that name a statute or article the store lacks without saying it may (store_may_lack)."""
    problems = []
    for passage in passages:
        for kind, items in (("quote", passage.quotes), ("citation", passage.citations)):
            for item in items:
                label = item.label
                statute = label.get("statute")
                if statute is None or label.get("store_may_lack"):
                    continue
                found = store.get(statute)
                where = f"{passage.path.name}: {passage.id}: {kind} {label['text'][:40]!r}"
                if found is None:
                    problems.append(f"{where}: statute {statute} is not in the store")
                    continue
                numbers = {str(a.number) for a in found.articles}
                wanted = [label.get("article")] if kind == "quote" else label.get("articles") or []
                for article in wanted:
                    if str(article) not in numbers:
                        problems.append(f"{where}: {statute} has no article {article}")
    return problems
