"""Record in a statute's new version how its articles continue the old version's, from the
amending decision in the corpus, after checking the result against both stored texts.

usage: python statutes/renumber.py CORPUS STORE STATUTE OLD NEW DECISION-FILE

DECISION-FILE is the corpus file of the amending decision (cut into its numbered items); its
provenance comes from MANIFEST.tsv. The decision is not stored as a statute of its own: its items
quote the new articles word for word, so a quotation would link to the decision instead of the law.
Every article the decision only moves must read the same in both versions (NFKC, whitespace and
renumbered cross-references aside), or nothing is written and the exit status is 1.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from lawref.ingest.amendments import check_renumbering, renumbering_from_decision
from lawref.ingest.splitter import split_text
from lawref.store.files import collect
from lawref.store.schema import Provenance, Renumbering, Statute
from lawref.store.write import atomic_write, find_statute_files, validated_text


def main(argv: list[str]) -> int:
    if len(argv) != 6:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    corpus, store = Path(argv[0]), Path(argv[1])
    statute_id, old, new, decision_file = argv[2:]
    statutes, problems = collect([store])
    if problems:
        print(f"renumber: {problems[0]}", file=sys.stderr)
        return 2
    statute = statutes.statutes[statute_id]
    decision = split_text((corpus / decision_file).read_text(encoding="utf-8"), decision_file)
    old_texts = {a.number: a.text for a in statute.articles_in(old)}
    new_texts = {a.number: a.text for a in statute.articles_in(new)}
    derived = renumbering_from_decision(
        [item.text for item in decision.articles], list(old_texts), list(new_texts)
    )
    failures = check_renumbering(derived, old_texts, new_texts)
    if failures:
        print("renumber: " + "; ".join(failures), file=sys.stderr)
        return 1
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle, delimiter="\t") if r["path"] == decision_file)
    source = Provenance(
        source=row["source_repo"],
        path=row["source_path"],
        commit=row["source_commit"],
        licence=row["license_status"],
        note=f"The amending decision, as in the lawref corpus file {decision_file} (see its "
        "PROVENANCE.md).",
    )
    record = Renumbering(
        previous=old,
        continues=derived.continues,
        new=derived.new,
        removed=derived.removed,
        source=source,
        note=(
            f"From the {len(decision.articles)} items of the amending decision; the articles it does not "
            "name fill the remaining numbers in order (对条文顺序作相应调整). Checked by "
            f"statutes/renumber.py: the {len(derived.implied)} articles only moved read the same "
            "in both texts after NFKC normalisation, with whitespace removed and cross-references "
            f"renumbered; articles {', '.join(sorted(derived.rewritten, key=int))} are changed "
            f"by the decision and new articles {', '.join(derived.new)} continue none."
        ),
    )
    versions = [
        v.model_copy(update={"renumbering": record}) if v.id == new else v for v in statute.versions
    ]
    updated = Statute.model_validate(statute.model_copy(update={"versions": versions}).model_dump())
    path = find_statute_files(store)[statute_id]
    atomic_write(path, validated_text(updated, path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
