"""The reviewer's record: a decision per quotation (confirm lawref's verdict or override it, with a
note and a time), the reviewed report as JSON and as HTML, and the records kept with ``--data``.

A review names its quote by position and by its offsets in the checked text, so a decision can
never land on another quotation than the one the reviewer saw.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from lawref.errors import InputError
from lawref.render.article import quote_ids
from lawref.render.escape import esc
from lawref.render.facts import VERDICT_LABELS
from lawref.render.html import PanelExtra
from lawref.render.panels import badge
from lawref.report import VERDICTS, Quote, Report, Verdict
from lawref.store.write import atomic_write

Decision = Literal["confirmed", "overridden"]
NOTE_CHARS = 1000
DECISION_WORDS = {"confirmed": "Confirmed", "overridden": "Overridden"}


class QuoteReview(BaseModel):
    """One decision, as the page sends it."""

    model_config = ConfigDict(extra="forbid")

    document: int = Field(0, ge=0)
    quote: int = Field(ge=0, description="index of the quotation in the document's quotes")
    start: int = Field(ge=0, description="the quotation's start, as the report gave it")
    end: int = Field(ge=0)
    decision: Decision
    verdict: Verdict | None = Field(None, description="the reviewer's verdict (when overridden)")
    note: str = Field("", max_length=NOTE_CHARS)
    time: dt.datetime | None = Field(None, description="when decided (default: when received)")

    @model_validator(mode="after")
    def _override_names_a_verdict(self) -> QuoteReview:
        if self.decision == "overridden" and self.verdict is None:
            raise ValueError("an overridden verdict needs the reviewer's verdict")
        return self


def _utc(moment: dt.datetime | None) -> str:
    moment = moment or dt.datetime.now(dt.timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def decisions(
    report: Report, reviews: Sequence[QuoteReview]
) -> dict[tuple[int, int], dict[str, Any]]:
    """The ``review`` object of each reviewed quote, keyed by (document, quote); the last decision
    on a quote stands. InputError when a review does not match a quotation of the report."""
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for review in reviews:
        documents = report.documents
        if review.document >= len(documents) or review.quote >= len(
            documents[review.document].quotes
        ):
            raise InputError(
                f"review of quote {review.quote + 1}: the report has no such quotation"
            )
        quote = documents[review.document].quotes[review.quote]
        if (quote.start, quote.end) != (review.start, review.end):
            raise InputError(
                f"review of quote {review.quote + 1}: it was made on another text "
                f"(offsets {review.start}-{review.end}, the quotation is at {quote.start}-{quote.end})"
            )
        found[(review.document, review.quote)] = {
            "decision": review.decision,
            "verdict": review.verdict if review.decision == "overridden" else quote.verdict,
            "note": review.note,
            "time": _utc(review.time),
        }
    return found


def reviewed_json(
    report: Report, reviewed: dict[tuple[int, int], dict[str, Any]]
) -> dict[str, Any]:
    """The ``check --format json`` contract with a ``review`` object (or null) on every quote."""
    data = report.model_dump(mode="json")
    for doc, document in enumerate(data["documents"]):
        for index, quote in enumerate(document["quotes"]):
            quote["review"] = reviewed.get((doc, index))
    data["reviewed"] = _utc(None)
    return data


# --- HTML ------------------------------------------------------------------------------------


def _decision_words(review: dict[str, Any], quote: Quote) -> str:
    verdict = review["verdict"]
    shown = f"{DECISION_WORDS[review['decision']]} {badge(verdict)}"
    if review["decision"] == "overridden":
        shown += f" <small>(lawref said {esc(VERDICT_LABELS[quote.verdict])})</small>"
    note = f" — {esc(review['note'])}" if review["note"] else ""
    return f"{shown}{note} <small>{esc(review['time'])}</small>"


def recorded_panel(reviewed: dict[tuple[int, int], dict[str, Any]]) -> PanelExtra:
    """The panel hook of the exported report: the reviewer's decision on each quote."""

    def extra(doc: int, index: int, quote: Quote) -> str:
        review = reviewed.get((doc, index))
        body = _decision_words(review, quote) if review else "Not reviewed."
        return f'<h4>Review</h4><p class="review-record">{body}</p>'

    return extra


def review_summary(report: Report, reviewed: dict[tuple[int, int], dict[str, Any]]) -> str:
    """The exported report's "Review" section: every decision, with a link to its quote."""
    total = sum(len(d.quotes) for d in report.documents)
    confirmed = sum(1 for r in reviewed.values() if r["decision"] == "confirmed")
    words = (
        f"{len(reviewed)} of {total} quotations reviewed: {confirmed} confirmed, "
        f"{len(reviewed) - confirmed} overridden."
    )
    rows = []
    for (doc, index), review in sorted(reviewed.items()):
        quote = report.documents[doc].quotes[index]
        mark_id, _ = quote_ids(doc, index)
        excerpt = " ".join(quote.text.split())
        excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
        rows.append(
            f'<tr data-decision="{esc(review["decision"])}"><td><a href="#{mark_id}">'
            f"Quote {index + 1}</a> “{esc(excerpt)}”</td><td>{badge(quote.verdict)}</td>"
            f"<td>{esc(DECISION_WORDS[review['decision']])} {badge(review['verdict'])}</td>"
            f"<td>{esc(review['note'])}</td><td>{esc(review['time'])}</td></tr>"
        )
    table = ""
    if rows:
        table = (
            '<table class="review-table"><thead><tr><th>Quotation</th><th>lawref</th>'
            "<th>Reviewer</th><th>Note</th><th>Time (UTC)</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    return f'<h2>Review</h2><p class="meta">{esc(words)}</p>{table}'


def review_controls(doc: int, index: int, quote: Quote) -> str:
    """The panel hook of the app's page: confirm the verdict, or override it with a note."""
    options = "".join(
        f'<option value="{v}">{esc(VERDICT_LABELS[v])}</option>'
        for v in VERDICTS
        if v != quote.verdict
    )
    label = esc(VERDICT_LABELS[quote.verdict])
    return (
        f'<div class="review" data-doc="{doc}" data-quote="{index}" data-start="{quote.start}" '
        f'data-end="{quote.end}" data-verdict="{esc(quote.verdict)}">'
        '<h4>Your review</h4><p class="decision" aria-live="polite">Not reviewed yet.</p>'
        f'<label>Note <input type="text" class="note" maxlength="{NOTE_CHARS}" '
        'placeholder="why (optional)"></label>'
        f'<p class="actions"><button type="button" class="confirm">Confirm: {label}</button> '
        f'<label>or <select class="override-verdict" aria-label="your verdict">{options}</select></label> '
        '<button type="button" class="override">Override</button></p></div>'
    )


# --- records kept on disk (--data DIR) -------------------------------------------------------

RECORD_NAME = re.compile(r"^[0-9]{8}T[0-9]{6}Z-[a-z0-9-]{0,40}-[0-9a-f]{10}$")
_SLUG = re.compile(r"[^a-z0-9]+")
LISTED_RECORDS = 500


def save_record(folder: Path, data: dict[str, Any], html: str) -> str:
    """Write the reviewed report (JSON, then HTML) into ``folder``; each file appears whole or
    not at all. Returns the record's name."""
    body = json.dumps(data, ensure_ascii=False, indent=2)
    source = data["documents"][0]["source"] if data["documents"] else "report"
    slug = _SLUG.sub("-", source.lower()).strip("-")[-40:].strip("-")
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    name = f"{stamp}-{slug}-{hashlib.sha256(body.encode()).hexdigest()[:10]}"
    atomic_write(folder / f"{name}.html", html)
    atomic_write(folder / f"{name}.json", body + "\n")  # the JSON last: it marks a whole record
    return name


def list_records(folder: Path) -> list[dict[str, Any]]:
    """The records in ``folder``, newest first: name, source, time, quotes and decisions."""
    names = sorted(
        (p.stem for p in folder.glob("*.json") if RECORD_NAME.match(p.stem)), reverse=True
    )
    records = []
    for name in names[:LISTED_RECORDS]:
        try:
            data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
            quotes = [q for d in data["documents"] for q in d["quotes"]]
            records.append(
                {
                    "name": name,
                    "source": ", ".join(d["source"] for d in data["documents"]),
                    "reviewed": data.get("reviewed", ""),
                    "quotes": len(quotes),
                    "confirmed": sum(
                        1 for q in quotes if (q.get("review") or {}).get("decision") == "confirmed"
                    ),
                    "overridden": sum(
                        1 for q in quotes if (q.get("review") or {}).get("decision") == "overridden"
                    ),
                }
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a file that is not a record of this app is not listed
    return records
