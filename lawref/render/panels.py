"""The parts of the HTML report that explain: one details panel per quote, and one section per
statute the article cites or quotes (the anchors citations link to)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lawref.render.article import quote_ids
from lawref.render.escape import esc, link
from lawref.render.facts import (
    MARKS_LABELS,
    VERDICT_LABELS,
    VERDICT_MEANING,
    article_label,
    attribution_words,
    difference_words,
    evidence_items,
    matched_rendering,
    matched_span,
    provenance_words,
    quote_diff,
    statute_provenance,
)
from lawref.report import Document, Quote
from lawref.store.files import Store
from lawref.store.schema import Article, Statute


@dataclass
class Anchors:
    """Ids of the statute sections (and their articles) that the report links to."""

    store: Store
    statutes: dict[str, str] = field(default_factory=dict)  # statute id -> section id
    articles: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def for_documents(cls, documents: Sequence[Document], store: Store) -> Anchors:
        wanted: dict[str, set[str]] = {}
        for document in documents:
            for citation in document.citations:
                if citation.statute:
                    wanted.setdefault(citation.statute, set())
                    if citation.article:
                        wanted[citation.statute].add(citation.article)
            for quote in document.quotes:
                if quote.match is not None:
                    wanted.setdefault(quote.match.statute, set()).add(quote.match.article)
        anchors = cls(store)
        for statute_id in sorted(s for s in wanted if store.get(s) is not None):
            section = f"s{len(anchors.statutes)}"
            anchors.statutes[statute_id] = section
            statute = store.statutes[statute_id]
            for position, article in enumerate(statute.articles):
                if article.number in wanted[statute_id]:
                    key = (statute_id, article.number)
                    anchors.articles.setdefault(key, f"{section}-a{position}")
        return anchors

    def target(self, statute: str | None, article: str | None = None) -> str | None:
        if statute is None:
            return None
        if article is not None and (statute, article) in self.articles:
            return self.articles[(statute, article)]
        return self.statutes.get(statute)


def badge(verdict: str) -> str:
    return f'<span class="badge v-{esc(verdict)}">{esc(VERDICT_LABELS[verdict])}</span>'


def _row(name: str, value_html: str) -> str:
    return f"<dt>{esc(name)}</dt><dd>{value_html}</dd>" if value_html else ""


# A title longer than this is shortened (at a word) in summaries, with the whole on hover.
TITLE_CHARS = 90


def short_title(title: str) -> str:
    """``title`` as HTML: whole when short, else its first words and "…", whole on hover."""
    flat = " ".join(title.split())
    if len(flat) <= TITLE_CHARS:
        return esc(flat)
    cut = flat[: TITLE_CHARS - 1]
    if " " in cut[TITLE_CHARS // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return f'<span class="long" title="{esc(flat)}">{esc(cut.rstrip(" ,;:"))}…</span>'


def title_pair(original: str, english: str) -> str:
    """The original title and, when it differs, the English one beneath it (each once)."""
    if " ".join(original.split()) == " ".join(english.split()):
        return short_title(original)
    return f"{short_title(original)}<br><span class=en>{short_title(english)}</span>"


def _titles(original: str, english: str, anchor: str | None) -> str:
    shown = title_pair(original, english)
    return f'<a href="#{esc(anchor)}">{shown}</a>' if anchor else shown


def _diff_html(quote: Quote) -> str:
    pieces = quote_diff(quote)
    if not pieces:
        return ""
    tags = {"delete": "del", "insert": "ins"}
    body = "".join(
        f"<{tags[op]}>{esc(text)}</{tags[op]}>" if op in tags else esc(text) for op, text in pieces
    )
    return (
        "<h4>Changes <small>(struck: in the statute, not in the quote; "
        "underlined: in the quote, not in the statute)</small></h4>"
        f'<p class="diff">{body}</p>'
    )


def _differences_html(quote: Quote) -> str:
    if not quote.differences:
        return ""
    items = "".join(
        f"<li><b>{esc(d.op)}</b> {esc(difference_words(d.op, d.quote, d.statute))}</li>"
        for d in quote.differences
    )
    return f'<h4>Differences found</h4><ul class="differences">{items}</ul>'


def _stored_html(quote: Quote) -> str:
    if quote.match is None:
        return ""
    text = quote.match.text
    start, end = matched_span(quote.match)
    return (
        f'<h4>Stored text <small>(the matched part marked)</small></h4><p class="stored" '
        f'lang="{esc(quote.match.language)}">{esc(text[:start])}<mark class="span">'
        f"{esc(text[start:end])}</mark>{esc(text[end:])}</p>"
    )


def _evidence_html(quote: Quote) -> str:
    rows = "".join(_row(name, esc(words)) for name, words in evidence_items(quote.evidence))
    return f'<h4>Cross-language evidence</h4><dl class="facts">{rows}</dl>' if rows else ""


def quote_panel(
    doc: int, index: int, quote: Quote, where: str, anchors: Anchors, extra: str = ""
) -> str:
    """One quote's details; ``extra`` is HTML an embedding page adds at its end (already escaped)."""
    mark_id, panel_id = quote_ids(doc, index)
    rows = [
        _row("Verdict", f"{badge(quote.verdict)} {esc(VERDICT_MEANING[quote.verdict])}"),
        _row("Set off", esc(MARKS_LABELS[quote.marks])),
    ]
    match = quote.match
    if match is not None:
        rendering = matched_rendering(match, anchors.store)
        source = link(rendering.url) if rendering.url else esc(rendering.provenance)
        rows += [
            _row(
                "Statute",
                _titles(match.title_original, match.title, anchors.target(match.statute)),
            ),
            _row(
                "Article",
                _titles(
                    article_label(match.article),
                    article_label(match.article),
                    anchors.target(match.statute, match.article),
                ),
            ),
            _row("Version", esc(match.version or "any (unchanged across versions)")),
            _row("Rendering matched", esc(rendering.label)),
            _row("Score", esc(f"{quote.score:.1f}")),
            _row("Source", source),
        ]
    else:
        rows.append(_row("Score", esc(f"{quote.score:.1f}")))
    rows.append(_row("Attribution", esc(attribution_words(quote))))
    rows += [_row("Note", esc(note)) for note in quote.notes]
    return (
        f'<section class="panel v-{esc(quote.verdict)}" id="{panel_id}" '
        f'aria-labelledby="{panel_id}-h">'
        f'<h3 id="{panel_id}-h">{badge(quote.verdict)} Quote {index + 1} '
        f"<small>{esc(where)}</small></h3>"
        f'<p class="nav"><a href="#{mark_id}">show in the text</a> '
        '<button type="button" class="close" aria-label="close">×</button></p>'
        f'<blockquote class="qtext">{esc(quote.text)}</blockquote>{_diff_html(quote)}'
        f'<dl class="facts">{"".join(rows)}</dl>'
        f"{_differences_html(quote)}{_stored_html(quote)}"
        f"{_evidence_html(quote)}{extra}</section>"
    )


def _versions(statute: Statute) -> str:
    parts = []
    for version in statute.versions:
        dates = [
            f"{name} {value.isoformat()}"
            for name, value in (
                ("adopted", version.adopted),
                ("amended", version.amended),
                ("revised", version.revised),
                ("effective", version.effective),
            )
            if value is not None
        ]
        parts.append(f"{version.id} ({', '.join(dates)})" if dates else version.id)
    return "; ".join(parts)


def _article_html(statute: Statute, article: Article, anchor: str) -> str:
    renderings = "".join(
        f'<li><p lang="{esc(t.language)}">{esc(t.text)}</p><p class="src">{esc(t.publisher)}'
        f"{' · ' + link(t.url) if t.url else ''} · {esc(t.reuse)}</p></li>"
        for t in article.translations
    )
    more = (
        f"<details><summary>Translations ({len(article.translations)})</summary>"
        f'<ul class="renderings">{renderings}</ul></details>'
        if renderings
        else ""
    )
    return (
        f'<article class="law" id="{esc(anchor)}"><h4>{esc(article_label(article.number))}</h4>'
        f'<p class="stored" lang="{esc(statute.language)}">{esc(article.text)}</p>{more}</article>'
    )


def _section_titles(statute: Statute) -> str:
    """The statute's titles in full (its own section is where a long title is read whole)."""
    original = f'<span lang="{esc(statute.language)}">{esc(statute.title_original)}</span>'
    if statute.title_en == statute.title_original:
        return original
    return f'{original}<br><span lang="en">{esc(statute.title_en)}</span>'


def statute_section(statute: Statute, anchors: Anchors) -> str:
    section = anchors.statutes[statute.id]
    source = statute_provenance(statute, None)
    articles = "".join(
        _article_html(statute, article, f"{section}-a{position}")
        for position, article in enumerate(statute.articles)
        # An article number in several versions has several entries: show the one linked to.
        if anchors.articles.get((statute.id, article.number)) == f"{section}-a{position}"
    )
    return (
        f'<section class="statute" id="{esc(section)}">'
        f"<h3>{_section_titles(statute)}</h3>"
        f'<dl class="facts">{_row("Id", esc(statute.id))}'
        f"{_row('Jurisdiction', esc(statute.jurisdiction))}"
        f"{_row('Versions', esc(_versions(statute)))}"
        f"{_row('Source', esc(provenance_words(source)))}"
        f"{_row('Source page', link(source.url) if source.url else '')}</dl>"
        f"{articles}</section>"
    )
