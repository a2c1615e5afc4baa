"""Reports built by hand from the store's real texts, for the renderer tests (which must not
depend on the matcher): an article in the style of the news, with one quote of every verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lawref.report import Citation, CitedAs, Difference, Document, Match, Quote, Report
from lawref.store.files import Store
from lawref.store.load import load_store
from lawref.store.schema import Statute

NIL = "cn-national-intelligence-law"
HOSTILE_SNIPPETS = (
    "<script>window.__pwned = 1; alert(1)</script>",
    '"><img src=x onerror="window.__pwned = 2; alert(2)">',
    "</textarea><svg onload=alert(3)>",
)


def shipped_store() -> Store:
    return load_store(include_shipped=True)


def translation(statute: Statute, article: str, ref: str) -> Any:
    found = statute.article(article)
    assert found is not None
    return next(t for t in found.translations if t.ref == ref)


@dataclass
class ArticleBuilder:
    """Writes an article piece by piece, recording where each quote and citation lands."""

    parts: list[str] = field(default_factory=list)
    size: int = 0
    quotes: list[Quote] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def add(self, text: str) -> ArticleBuilder:
        self.parts.append(text)
        self.size += len(text)
        return self

    def quote(self, text: str, **fields: Any) -> ArticleBuilder:
        start = self.size
        self.add(text)
        defaults: dict[str, Any] = {
            "score": 100.0,
            "match": None,
            "differences": [],
            "attribution": "uncited",
            "cited_as": None,
        }
        self.quotes.append(Quote(text=text, start=start, end=self.size, **{**defaults, **fields}))
        return self

    def cite(
        self, text: str, statute: str | None, article: str | None, version: str | None = None
    ) -> ArticleBuilder:
        start = self.size
        self.add(text)
        self.citations.append(
            Citation(
                text=text,
                start=start,
                end=self.size,
                statute=statute,
                article=article,
                version=version,
            )
        )
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def document(self, source: str) -> Document:
        return Document(source=source, quotes=self.quotes, citations=self.citations)


def match_for(
    statute: Statute, article: str, stored: str, part: str, publisher: str | None, lang: str
) -> Match:
    """A Match of ``part`` (a piece of ``stored``) in the given article's text."""
    start = stored.index(part)
    return Match(
        statute=statute.id,
        title=statute.title_en,
        title_original=statute.title_original,
        article=article,
        version="2018",
        language=lang,
        translation=publisher,
        text=stored,
        span=(start, start + len(part)),
    )


def sample_report(store: Store, source: str = "intelligence-law.txt") -> tuple[Report, str]:
    """One quote of every verdict, a misattributed one, an unquoted paraphrase and citations."""
    nil = store.statutes[NIL]
    clt = translation(nil, "7", "NIL7-CLT")
    tanner7 = translation(nil, "7", "NIL7-TANNER")
    cave = translation(nil, "7", "NIL7-CAVE-ASPI-2018")
    tanner14 = translation(nil, "14", "NIL14-TANNER")
    art7 = nil.article("7")
    assert art7 is not None
    zh_first = art7.text.split("\n\n")[0]
    art7_cite = CitedAs(
        text="Article 7 of China's National Intelligence Law", statute=NIL, article="7"
    )

    verbatim = clt.text
    altered = clt.text.replace("shall support", "must support").replace(
        " in accordance with law,", ""
    )
    minor = tanner7.text[0].upper() + tanner7.text[1:].replace("assist, and", "assist and")
    first, _, rest = cave.text.partition(", in accordance with the law, ")
    elided = f"{first} … {rest.split('. ')[0]}"
    tail14 = tanner14.text[tanner14.text.index("may demand") :].rstrip(".")
    paraphrase = "organisations must help the intelligence services whenever they are asked"

    a = ArticleBuilder()
    a.add("Why critics keep citing China's intelligence law\n\n")
    a.add("BEIJING — Western officials who distrust Chinese equipment point to ")
    a.cite(art7_cite.text, NIL, "7", None)
    a.add(', which says that "')
    a.quote(
        verbatim,
        verdict="verbatim",
        match=match_for(nil, "7", clt.text, verbatim, clt.publisher, "en"),
        attribution="consistent",
        cited_as=art7_cite,
    )
    a.add('"\n\nIn the original, ')
    a.cite("《国家情报法》第七条", NIL, "7")
    a.add("规定：“")
    a.quote(
        zh_first,
        verdict="verbatim",
        match=match_for(nil, "7", art7.text, zh_first, None, "zh"),
        attribution="consistent",
        cited_as=CitedAs(text="《国家情报法》第七条", statute=NIL, article="7"),
    )
    a.add('”\n\nA widely shared summary claimed instead that "')
    a.quote(
        altered,
        verdict="altered",
        score=91.4,
        match=match_for(nil, "7", clt.text, clt.text, clt.publisher, "en"),
        differences=[
            Difference(op="replace", quote="must", statute="shall"),
            Difference(op="delete", quote="", statute="in accordance with law,"),
        ],
        attribution="consistent",
        cited_as=art7_cite,
    )
    a.add('"\n\nA 2019 briefing put it more loosely: "')
    a.quote(
        minor,
        verdict="minor",
        score=98.9,
        match=match_for(nil, "7", tanner7.text, tanner7.text, tanner7.publisher, "en"),
        attribution="uncited",
    )
    a.add('"\n\nAn analyst told lawmakers that "')
    a.quote(
        elided,
        verdict="elided",
        score=97.0,
        match=match_for(nil, "7", cave.text, cave.text.split(". ")[0], cave.publisher, "en"),
        attribution="uncited",
    )
    a.add('".\n\nOne newsletter wrote that ')
    a.cite("Article 7", NIL, "7")
    a.add(" lets the state's spies \"")
    a.quote(
        tail14,
        verdict="verbatim",
        match=match_for(nil, "14", tanner14.text, tail14, tanner14.publisher, "en"),
        attribution="misattributed",
        cited_as=CitedAs(text="Article 7", statute=NIL, article="7"),
    )
    a.add('."\n\nThe law, in short, says that ')
    a.quote(
        paraphrase,
        verdict="paraphrase",
        score=55.0,
        marks="none",
        match=match_for(nil, "7", art7.text, zh_first, None, "zh"),
        attribution="uncited",
        evidence={  # the shape of the contract's `evidence` (docs/json-contract.md)
            "covered": [
                {"term": "组织", "gloss": "organization", "quote": "organisations"},
                {
                    "term": "支持、协助和配合",
                    "gloss": "support, assist and cooperate",
                    "quote": "help",
                },
            ],
            "omitted": [
                {"term": "依法", "gloss": "in accordance with law", "kind": "legal-basis"},
                {"term": "保守…秘密", "gloss": "keep secrets", "kind": "phrase"},
            ],
            "added": [
                {
                    "text": "whenever they are asked",
                    "start": paraphrase.index("whenever"),
                    "end": len(paraphrase),
                }
            ],
            "modality": [
                {
                    "kind": "modality",
                    "change": "strengthened",
                    "term": "应当",
                    "gloss": "shall",
                    "quote": "must",
                    "note": "应当 (shall) rendered as must",
                }
            ],
            "faithfulness": 42.0,
        },
    )
    a.add(".\n\nChina's ")
    a.cite("Cybersecurity Law", None, None)
    a.add(' points the same way, an embassy spokesperson called the concerns "')
    a.quote("an extraordinary outreach program", verdict="unmatched", score=12.0)
    a.add('".\n')
    report = Report(lawref_version="test", documents=[a.document(source)])
    return report, a.text


def hostile_store() -> Store:
    """The shipped statute with hostile titles and script URLs, as a shared store file could be."""
    nil = shipped_store().statutes[NIL]
    data = nil.model_dump(mode="json")
    data["title"]["en"] = "National <script>window.__pwned = 3</script> Law \"'><b>"
    data["source"]["url"] = "javascript:window.__pwned=4"
    for article in data["articles"]:
        for item in article["translations"]:
            item["url"] = "data:text/html,<script>window.__pwned=5</script>"
            item["publisher"] = '<img src=x onerror="window.__pwned=6">'
    store = Store()
    store.add(Statute.model_validate(data), Path("hostile.yaml"))
    return store


def hostile_report(store: Store) -> tuple[Report, str]:
    """The sample article with hostile markup around and inside quotes, CJK and astral text."""
    nil = store.statutes[NIL]
    clt = translation(nil, "7", "NIL7-CLT")
    art14 = nil.article("14")
    assert art14 is not None
    a = ArticleBuilder()
    a.add(HOSTILE_SNIPPETS[0] + "\n\n🇨🇳📱 𠀀𠀁 Emoji first, then ")
    a.cite("《国家情报法》第十四条", NIL, "14")
    a.add("：“")
    a.quote(
        art14.text,
        verdict="verbatim",
        match=match_for(nil, "14", art14.text, art14.text, None, "zh"),
        attribution="consistent",
        cited_as=CitedAs(text="《国家情报法》第十四条", statute=NIL, article="14"),
    )
    a.add("”😀 " + HOSTILE_SNIPPETS[1] + '\n\nA post said "')
    hostile_quote = f"All organizations {HOSTILE_SNIPPETS[2]} shall support"
    a.quote(
        hostile_quote,
        verdict="altered",
        score=80.0,
        match=match_for(
            nil, "7", clt.text, "All organizations and citizens shall support", clt.publisher, "en"
        ),
        differences=[Difference(op="replace", quote=HOSTILE_SNIPPETS[2], statute="and citizens")],
        attribution="uncited",
    )
    a.add('" 🙂 and "')
    a.quote(HOSTILE_SNIPPETS[1], verdict="unmatched", score=0.0)
    a.add('".\n')
    report = Report(lawref_version="test", documents=[a.document('<b>"hostile".txt')])
    return report, a.text
