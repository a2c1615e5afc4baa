"""The HTML report of ``check`` (and ``cites``): one self-contained file, readable offline.

The page holds its CSS and a little script inline and fetches nothing. Every piece of text from an
article or the store goes through :func:`lawref.render.escape.esc`; a Content-Security-Policy that
admits only the report's own script (by hash) is a second line of defence, not the first.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from importlib import resources

from lawref._version import __version__
from lawref.render.article import Span, citation_span, markup, quote_ids, quote_span
from lawref.render.escape import esc
from lawref.render.facts import (
    VERDICT_LABELS,
    VERDICT_MEANING,
    Lines,
    article_label,
    documents_of,
    is_problem,
    place,
    problem_reasons,
    shown_source,
    text_for,
    verdict_counts,
)
from lawref.render.panels import (
    Anchors,
    badge,
    quote_panel,
    short_title,
    statute_section,
    title_pair,
)
from lawref.report import Document, Quote, Report
from lawref.store.files import Store
from lawref.store.schema import article_sort_key
from lawref.text.wording import counted

EXCERPT_CHARS = 80
CONTENTS_CHARS = 60  # the first words of each quotation in the list of quotations
# A stretch of the article this many lines long with no quotation or citation in it is folded
# (page furniture, comments, related links); FOLD_CONTEXT lines stay open around each span.
FOLD_MIN_LINES = 12
FOLD_CONTEXT = 2

# Extra HTML for a quote's details panel, given (document number, quote number, quote): what an
# embedding application adds (the web app's review controls, a reviewer's decision). The caller
# escapes what it returns.
PanelExtra = Callable[[int, int, Quote], str]


@cache
def _asset(name: str) -> str:
    return resources.files("lawref.render.assets").joinpath(name).read_text(encoding="utf-8")


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy() -> str:
    """The policy of the self-contained report: only its own inline style and script (by hash)."""
    css, js = _asset("report.css"), _asset("report.js")
    return (
        f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _head(title: str) -> str:
    css, js = _asset("report.css"), _asset("report.js")
    policy = content_security_policy()
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="lawref {esc(__version__)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n<script>{js}</script>\n</head>\n"
    )


def _excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _counts_html(documents: Sequence[Document]) -> str:
    items = []
    for verdict, count in verdict_counts(documents).items():
        zero = ' class="zero"' if count == 0 else ""
        items.append(
            f'<li{zero} data-verdict="{esc(verdict)}" data-count="{count}" '
            f'title="{esc(VERDICT_MEANING[verdict])}">{badge(verdict)}<b>{count}</b></li>'
        )
    quotes = [q for d in documents for q in d.quotes]
    attribution = Counter(q.attribution for q in quotes)
    unquoted = sum(1 for q in quotes if q.marks == "none")
    notes = (
        f"{counted(len(quotes), 'quotation')}; {attribution['misattributed']} misattributed, "
        f"{attribution['unverified']} unverified, {attribution['uncited']} uncited; "
        f"{unquoted} reproduced without quotation marks"
    )
    return f'<ul class="counts">{"".join(items)}</ul><p class="meta">{esc(notes)}</p>'


def _problems_html(documents: Sequence[Document], texts: Sequence[str]) -> str:
    rows = []
    for doc, document in enumerate(documents):
        lines = Lines(text_for(texts, doc))
        for index, quote in enumerate(document.quotes):
            if not is_problem(quote):
                continue
            mark_id, _ = quote_ids(doc, index)
            labels = "".join(
                badge(r) if r in VERDICT_LABELS else f'<span class="badge {r}">{r}</span>'
                for r in problem_reasons(quote)
            )
            where = f"{shown_source(document.source)}, {place(quote, lines)}"
            law = ""
            if quote.match is not None:
                label = esc(article_label(quote.match.article))
                law = f" — {label}, {short_title(quote.match.title)}"
            rows.append(
                f'<li><a href="#{mark_id}">{labels} “{esc(_excerpt(quote.text))}”</a>'
                f"{law} <small>({esc(where)})</small></li>"
            )
    if not rows:
        return "<p>No problems found: no quotation is altered or misattributed.</p>"
    return f'<ol class="problems">{"".join(rows)}</ol>'


def _contents_html(documents: Sequence[Document], texts: Sequence[str]) -> str:
    """Every quotation, in the order of the text: its verdict, first words and place, linked."""
    rows = []
    several = len(documents) > 1
    for doc, document in enumerate(documents):
        lines = Lines(text_for(texts, doc))
        order = sorted(range(len(document.quotes)), key=lambda i: document.quotes[i].start)
        for index in order:
            quote = document.quotes[index]
            mark_id, _ = quote_ids(doc, index)
            labels = badge(quote.verdict) + "".join(
                f'<span class="badge {r}">{r}</span>'
                for r in problem_reasons(quote)
                if r not in VERDICT_LABELS
            )
            where = place(quote, lines)
            if several:
                where = f"{shown_source(document.source)}, {where}"
            rows.append(
                f'<li><a href="#{mark_id}">{labels} “{esc(_excerpt(quote.text, CONTENTS_CHARS))}”'
                f"</a> <small>{esc(where)}</small></li>"
            )
    if not rows:
        return "<p>No quotations found.</p>"
    return f'<ol class="contents">{"".join(rows)}</ol>'


def _authorities_html(documents: Sequence[Document], anchors: Anchors) -> str:
    mentions: Counter[str] = Counter()
    quoted: Counter[str] = Counter()
    articles: dict[str, set[str]] = {}
    unknown: Counter[str] = Counter()
    for document in documents:
        # "Articles 7 and 14 of X" is one mention that cites two articles (two citations, one span).
        spans: set[tuple[str, int, int]] = set()
        for citation in document.citations:
            if citation.statute is None:
                unknown[" ".join(citation.text.split())] += 1
                continue
            if (citation.statute, citation.start, citation.end) not in spans:
                spans.add((citation.statute, citation.start, citation.end))
                mentions[citation.statute] += 1
            if citation.article:
                articles.setdefault(citation.statute, set()).add(citation.article)
        for quote in document.quotes:
            if quote.match is not None:
                quoted[quote.match.statute] += 1
                articles.setdefault(quote.match.statute, set()).add(quote.match.article)
    rows = []
    for statute_id in sorted(set(mentions) | set(quoted)):
        statute = anchors.store.get(statute_id)
        names = esc(statute_id)
        if statute is not None:
            names = title_pair(statute.title_original, statute.title_en)
        section = anchors.target(statute_id)
        if section:
            names = f'<a href="#{esc(section)}">{names}</a>'
        cited = []
        for number in sorted(articles.get(statute_id, ()), key=article_sort_key):
            target = anchors.target(statute_id, number)
            label = esc(article_label(number))
            cited.append(f'<a href="#{esc(target)}">{label}</a>' if target else label)
        rows.append(
            f'<tr data-statute="{esc(statute_id)}"><td>{names}</td><td>{", ".join(cited)}</td>'
            f"<td>{mentions[statute_id]}</td><td>{quoted[statute_id]}</td></tr>"
        )
    for text, count in sorted(unknown.items()):
        rows.append(
            f"<tr><td>{esc(text)}<br><small>not in the store</small></td><td></td>"
            f"<td>{count}</td><td>0</td></tr>"
        )
    if not rows:
        return "<p>No statute is cited or quoted.</p>"
    return (
        '<table class="authorities"><thead><tr><th>Statute</th><th>Articles</th>'
        f"<th>Mentions</th><th>Quotes</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _document_html(
    doc: int, document: Document, text: str, anchors: Anchors, extra: PanelExtra | None
) -> str:
    spans = [quote_span(doc, i, q, len(text)) for i, q in enumerate(document.quotes)]
    spans += [
        citation_span(doc, j, c, len(text), anchors.target)
        for j, c in enumerate(document.citations)
    ]
    body = _folded_markup(text, [s for s in spans if s is not None])
    order = sorted(range(len(document.quotes)), key=lambda i: document.quotes[i].start)
    lines = Lines(text)
    panels = "".join(
        quote_panel(
            doc,
            i,
            document.quotes[i],
            place(document.quotes[i], lines),
            anchors,
            extra(doc, i, document.quotes[i]) if extra else "",
        )
        for i in order
    )
    aside = ""
    if document.quotes:
        aside = (
            f'<aside class="details" id="details{doc}" aria-label="quotation details">'
            '<p class="hint">Click, tap or focus a highlighted quotation to see how it compares '
            f"with the statute.</p>{panels}</aside>"
        )
    return (
        f'<section class="document" id="d{doc}"><h2>{esc(shown_source(document.source))}</h2>'
        f'<div class="doc"><div class="text" lang="und">{body}</div>{aside}</div></section>'
    )


def _folded_markup(text: str, spans: Sequence[Span]) -> str:
    """The marked-up text, each long stretch without a quotation or citation folded into a
    closed <details> that says how many lines it holds (a click opens it)."""
    line_starts = [0] + [found.end() for found in re.finditer("\n", text)]
    count = len(line_starts)
    busy = [False] * count
    for span in spans:
        first = bisect.bisect_right(line_starts, span.start) - 1
        last = bisect.bisect_right(line_starts, max(span.start, span.end - 1)) - 1
        for line in range(max(0, first - FOLD_CONTEXT), min(count, last + FOLD_CONTEXT + 1)):
            busy[line] = True
    pieces: list[tuple[int, int, bool]] = []  # (start, end, folded)
    line = 0
    while line < count:
        end = line
        while end < count and busy[end] == busy[line]:
            end += 1
        start_offset = line_starts[line]
        end_offset = line_starts[end] if end < count else len(text)
        folded = not busy[line] and end - line >= FOLD_MIN_LINES
        if pieces and not folded and not pieces[-1][2]:
            pieces[-1] = (pieces[-1][0], end_offset, False)
        else:
            pieces.append((start_offset, end_offset, folded))
        line = end
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    out = []
    for start, end, folded in pieces:
        inside = [
            replace(s, start=s.start - start, end=s.end - start)
            for s in ordered[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        ]
        html = markup(text[start:end], inside)
        if folded:
            lines = text.count("\n", start, end)
            words = f"{lines} lines without quotations or citations"
            html = f'<details class="fold"><summary>… {esc(words)} …</summary>{html}</details>'
        out.append(html)
    return "".join(out)


def _page(
    documents: Sequence[Document],
    texts: Sequence[str],
    store: Store,
    quotes: bool,
    *,
    panel_extra: PanelExtra | None = None,
    summary_extra: str = "",
    fragment: bool = False,
) -> str:
    anchors = Anchors.for_documents(documents, store)
    sources = ", ".join(shown_source(d.source) for d in documents) or "no documents"
    kind = "quotation check" if quotes else "citations"
    summary = [
        '<header class="summary">',
        f"<h1>lawref {kind}</h1>",
        f'<p class="meta">{esc(sources)} · lawref {esc(__version__)}</p>',
    ]
    if quotes:
        summary += [
            "<h2>Verdicts</h2>",
            _counts_html(documents),
            "<h2>Problems</h2>",
            _problems_html(documents, texts),
            '<h2 id="contents">Quotations</h2>',
            _contents_html(documents, texts),
        ]
    summary.append(summary_extra)
    summary += ["<h2>Authorities</h2>", _authorities_html(documents, anchors), "</header>"]
    body = "".join(
        _document_html(doc, document, text_for(texts, doc), anchors, panel_extra)
        for doc, document in enumerate(documents)
    )
    statutes = "".join(
        statute_section(store.statutes[statute_id], anchors) for statute_id in anchors.statutes
    )
    if statutes:
        statutes = f'<section class="statutes"><h2>Statutes</h2>{statutes}</section>'
    content = (
        "".join(summary)
        + f"\n<main>{body}{statutes}</main>\n"
        + f"<footer>Made by lawref {esc(__version__)}. Verdicts compare each quotation with the "
        "statute texts of the store; the stored texts and their sources are listed above.</footer>"
    )
    if fragment:
        return content
    return _head(f"lawref {kind}: {sources}") + "<body>\n" + content + "\n</body>\n</html>\n"


def render_html(
    report: Report,
    documents_text: Sequence[str],
    store: Store,
    *,
    panel_extra: PanelExtra | None = None,
    summary_extra: str = "",
    fragment: bool = False,
) -> str:
    """The HTML report of ``check``: ``documents_text[i]`` is the decoded text of document i
    (the text that the report's offsets index).

    For an application that shows the report inside a page of its own: ``panel_extra`` adds HTML
    to each quote's panel, ``summary_extra`` (HTML) goes after the problems list, and
    ``fragment=True`` returns the body's content only (no ``<head>``: the page links
    report.css and report.js itself)."""
    return _page(
        report.documents,
        documents_text,
        store,
        quotes=True,
        panel_extra=panel_extra,
        summary_extra=summary_extra,
        fragment=fragment,
    )


def render_cites_html(
    report: Report | Sequence[Document], documents_text: Sequence[str], store: Store
) -> str:
    """The HTML of ``cites``: the article text with its citations linked, the authorities table
    and the statutes cited (quotes, if any, are not shown)."""
    documents = [d.model_copy(update={"quotes": []}) for d in documents_of(report)]
    return _page(documents, documents_text, store, quotes=False)
