"""Attach the attributed English renderings of the corpus to the statutes build.sh imported.

usage: python statutes/curate.py CORPUS STORE

Every entry of CORPUS/en/renderings.yaml becomes a Translation of its article (through
``lawref add``), in the version whose text comes from the entry's corpus_file. Then the pieces of
the HK NSL English excerpts file that renderings.yaml does not already hold are added.

How two cases are stored:
- NSL77-PSI quotes four separate fragments; renderings.yaml joins them with " | " in `text`,
  a separator of its own. Each fragment is stored as its own Translation (same ref, a note
  "fragment k of 4"), so that no text of ours enters a translation.
- A copy that ends mid-word is stored up to its last whole word with truncated: true and the
  exact string in source_form (the convention renderings.yaml itself follows).
- Fields the store has no place for (seen_at, publisher_page) are kept in the note.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from lawref.cli import run
from lawref.ingest.splitter import split_text
from lawref.store.files import collect

EXCERPTS = "en/hk-nsl_en_2020_art1-20-37-38_excerpts.txt"


def add(store: Path, *argv: str) -> None:
    code = run(["add", *argv, "--store", str(store)])
    if code != 0:
        raise SystemExit(f"curate: lawref add {' '.join(argv[:2])} failed ({code})")


def corpus_versions(corpus: Path, store: Path) -> dict[str, tuple[str, str]]:
    """Corpus file → (statute id, version id), through the provenance paths of MANIFEST.tsv."""
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    by_source = {row["source_path"]: row["path"] for row in rows}
    found: dict[str, tuple[str, str]] = {}
    statutes, problems = collect([store])
    if problems:
        raise SystemExit(f"curate: {problems[0]}")
    for statute in statutes:
        for version in statute.versions:
            source = version.source or statute.source
            corpus_file = by_source.get(source.path or "") or by_source.get(source.url or "")
            if corpus_file and any(
                version.id in (a.versions or [version.id]) for a in statute.articles
            ):
                found[corpus_file] = (statute.id, version.id)
    return found


def note_of(entry: dict[str, Any], prefix: str = "") -> str:
    parts = [prefix, entry.get("note") or ""]
    if entry.get("seen_at"):
        parts.append("Also seen at: " + "; ".join(entry["seen_at"]) + ".")
    if entry.get("publisher_page"):
        parts.append(f"Publisher's page: {entry['publisher_page']}.")
    return " ".join(p for p in parts if p).strip()


# Renderings seen only as quotations in reporting: an analyst's or reporter's own rendering, or
# one whose translator is not identified (inferred attributions included). They are stored with
# primary: false, so that a quotation is never verified only against the reporting it may come
# from (issue 14). Published translations (an official one, China Law Translate's, a
# translation site's) are primary even when the copy recorded was seen quoted.
SECONDARY = frozenset(
    {
        "CEL23-1-JURIST",  # news report, translation not identified
        "CEL14-22-PSI",  # US Senate staff report's own quotation
        "CSL28-CLT",  # the same report, quoting an unnamed translation
        "CSL37-CLP",  # a law publisher's article quoting the article
        "NIL7-NPCMT",  # unattributed English in Wikipedia, attribution inferred
        "NIL7-TANNER",  # an analyst's own rendering in an article
        "NIL7-ASPI",  # analysts' rendering in an article
        "NIL7-CAVE-ASPI-2018",  # seen only in the news story that quotes it
        "NIL9-VARIANT-EN",  # quoted without attribution by a blog
        "NIL14-TANNER",
        "NIL14-PKU",  # a summary's wording, no article number
        "NIL14-CLT",  # attribution inferred
        "NIL14-NPCMT",
        "NIL18-CLT",  # attribution inferred
        "NSL77-EN",  # rendering of a news post
        "NSL77-PSI",  # fragments in a staff report
        "PIPL41-LAITIMES",  # rendering of a commentary post
    }
)


def translation_args(entry: dict[str, Any], text: str, note: str) -> list[str]:
    args = [
        "--translation", entry["language"],
        "--text", text,
        "--publisher", entry["publisher"],
        "--reuse", entry["reuse"],
        "--ref", entry["id"],
        "--official" if entry.get("official") else "--unofficial",
        "--note", note,
    ]  # fmt: skip
    if entry.get("url"):
        args += ["--url", entry["url"]]
    if entry.get("truncated"):
        args.append("--truncated")
    if entry["id"] in SECONDARY:
        args.append("--secondary")
    if entry.get("source_form"):
        args += ["--source-form", entry["source_form"]]
    return args


def add_renderings(corpus: Path, store: Path, versions: dict[str, tuple[str, str]]) -> None:
    entries = yaml.safe_load((corpus / "en" / "renderings.yaml").read_text(encoding="utf-8"))
    for entry in entries:
        statute, version = versions[entry["corpus_file"]]
        target = [statute, str(entry["article"]), "--version", version]
        fragments = entry.get("fragments") or [entry["text"]]
        for k, fragment in enumerate(fragments, 1):
            prefix = ""
            if len(fragments) > 1:
                prefix = (
                    f"Fragment {k} of {len(fragments)} of {entry['id']}: the source quotes the "
                    "fragments separately; each is stored on its own, without the ' | ' that "
                    "joins them in the rendering list."
                )
            add(store, *target, *translation_args(entry, fragment, note_of(entry, prefix)))


def excerpt_pieces(corpus: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Article → [(text as published, where seen, collector's note)] from the excerpts file."""
    text = (corpus / EXCERPTS).read_text(encoding="utf-8")
    pieces: dict[str, list[tuple[str, str, str]]] = {}
    for article in split_text(text, EXCERPTS).articles:
        chunk: list[str] = []
        note = ""
        for line in article.text.split("\n"):
            if line.startswith("Source"):
                body = "\n".join(chunk).strip("\n")
                pieces.setdefault(article.number, []).append((body, line, note))
                chunk, note = [], ""
            elif re.fullmatch(r"\[[^\]]*\]", line.strip()):
                note = line.strip()
            else:
                chunk.append(line)
    return pieces


def add_excerpts(corpus: Path, store: Path, versions: dict[str, tuple[str, str]]) -> None:
    statute, version = versions["cn/zh_hk-national-security-law_2020-06-30.txt"]
    entries = yaml.safe_load((corpus / "en" / "renderings.yaml").read_text(encoding="utf-8"))
    for number, pieces in excerpt_pieces(corpus).items():
        known = [
            e["text"]
            for e in entries
            if e["statute_en"] == "Hong Kong National Security Law" and str(e["article"]) == number
        ]
        for published, seen, collector_note in pieces:
            if any(published in k for k in known):
                continue  # renderings.yaml holds it already
            url = re.search(r"https?://\S+", seen)
            text, truncated = published, bool(collector_note)
            if truncated:
                text = published[: published.rstrip().rfind(" ")].rstrip(" ,;:")  # last whole word
            args = [
                statute, number, "--version", version,
                "--translation", "en", "--text", text,
                "--publisher", "HKSAR Government, English translation of the HK NSL (Gazette G.N. (E.) 72 of 2020, 'published for information')",
                "--reuse", "HKSAR Government copyright, reuse terms not verified; short excerpts quoted for verification",
                "--ref", f"{Path(EXCERPTS).name}#{number}",
                "--official",
                "--note", f"From the corpus excerpts file {EXCERPTS}. {seen} {collector_note}".strip(),
            ]  # fmt: skip
            if url:
                args += ["--url", url[0].rstrip(".,;)")]
            if truncated:
                args += ["--truncated", "--source-form", published]
            add(store, *args)


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit("usage: curate.py CORPUS STORE")
    corpus, store = Path(argv[0]), Path(argv[1])
    versions = corpus_versions(corpus, store)
    add_renderings(corpus, store, versions)
    add_excerpts(corpus, store, versions)


if __name__ == "__main__":
    main(sys.argv[1:])
