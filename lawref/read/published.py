"""When a document was published: an HTML page's metadata, or a JSON Lines document's "date".

A page says it in a ``<meta>`` tag (``article:published_time``, ``datePublished``, ``pubdate``,
``date``, ``DC.date.issued`` …), in JSON-LD (``"datePublished": "2026-01-05T…"``) or in a
``<time datetime=… itemprop="datePublished">``. Only the head of the page is searched, with
bounded patterns: linear in its length, whatever the page holds.
"""

from __future__ import annotations

import datetime as dt
import re

_HEAD_CHARS = 512 * 1024
_TAG = re.compile(r"<(?:meta|time)\b[^<>]{0,2000}>", re.IGNORECASE)
_ATTRIBUTE = re.compile(
    r"""([a-zA-Z_:.-]{1,40})\s{0,4}=\s{0,4}(?:"([^"]{0,400})"|'([^']{0,400})'|([^\s"'>]{1,400}))"""
)
_JSON_LD = re.compile(r'"datePublished"\s{0,4}:\s{0,4}"([^"]{1,60})"')
_PUBDATE = re.compile(r"\spubdate\b", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d])")
# Names (lower case) that carry the publication date, best first.
_NAMES = (
    "article:published_time",
    "datepublished",
    "og:article:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)


def iso_date(value: object) -> dt.date | None:
    """The date a value starts with ("2026-01-05", "2026-01-05T08:00:00Z"); None otherwise."""
    if not isinstance(value, str):
        return None
    found = _DATE.match(value.strip())
    if found is None:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def published_date(html: str) -> dt.date | None:
    """The publication date an HTML page declares, or None."""
    head = html[:_HEAD_CHARS]
    found: dict[str, dt.date] = {}
    for tag in _TAG.finditer(head):
        attributes = {
            name.lower(): next((v for v in values if v), "")
            for name, *values in _ATTRIBUTE.findall(tag[0])
        }
        key = (
            attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or ""
        ).lower()
        is_time = tag[0][1:5].lower() == "time"
        if is_time and (_PUBDATE.search(tag[0]) is not None or key == "datepublished"):
            key = key or "pubdate"
            value = attributes.get("datetime")
        else:
            value = attributes.get("content")
        day = iso_date(value)
        if key in _NAMES and day is not None:
            found.setdefault(key, day)
    if "datepublished" not in found:
        ld = _JSON_LD.search(head)
        day = iso_date(ld[1]) if ld else None
        if day is not None:
            found["datepublished"] = day
    return next((found[name] for name in _NAMES if name in found), None)
