"""Record in a statute's new version how its articles continue the old version's, from the
amending decision the store holds, after checking the result against both texts.

usage: python statutes/renumber.py STORE STATUTE OLD NEW DECISION

DECISION is the id of the stored amending decision (its articles are the decision's items). Every
article the decision only moves must read the same in both versions (NFKC, whitespace and
renumbered cross-references aside), or nothing is written and the exit status is 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lawref.ingest.amendments import check_renumbering, renumbering_from_decision
from lawref.store.files import collect
from lawref.store.schema import Renumbering, Statute
from lawref.store.write import atomic_write, find_statute_files, validated_text


def main(argv: list[str]) -> int:
    if len(argv) != 5:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    store, statute_id, old, new, decision_id = Path(argv[0]), *argv[1:]
    statutes, problems = collect([store])
    if problems:
        print(f"renumber: {problems[0]}", file=sys.stderr)
        return 2
    statute, decision = statutes.statutes[statute_id], statutes.statutes[decision_id]
    old_texts = {a.number: a.text for a in statute.articles_in(old)}
    new_texts = {a.number: a.text for a in statute.articles_in(new)}
    derived = renumbering_from_decision(
        [a.text for a in decision.articles], list(old_texts), list(new_texts)
    )
    failures = check_renumbering(derived, old_texts, new_texts)
    if failures:
        print("renumber: " + "; ".join(failures), file=sys.stderr)
        return 1
    title = decision.title.get(decision.language, decision_id)
    record = Renumbering(
        previous=old,
        continues=derived.continues,
        new=derived.new,
        removed=derived.removed,
        source=decision.source,
        note=(
            f"From the items of {title} (stored as {decision_id}); the articles it does not "
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
