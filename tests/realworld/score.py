"""Score lawref against the hand-labelled real-world passages: ``python tests/realworld/score.py``.

Runs ``lawref.Checker`` with the shipped store on every passage of a set -- ``--set dev`` (the
default: tests/realworld/passages/, where thresholds were chosen), ``--set heldout``
(tests/realworld/heldout/, collected afterwards), ``--set heldout2`` (tests/realworld/heldout2/,
collected after the first held-out set had been used for tuning), ``--set heldout3``
(tests/realworld/heldout3/, collected while the second was being used for tuning), ``--set heldout4``
(tests/realworld/heldout4/, collected after the third had been used for tuning), ``--set heldout5``
(tests/realworld/heldout5/, collected after the fourth had been used for tuning), ``--set heldout6``
(tests/realworld/heldout6/, collected while the fifth was being used for tuning), ``--set heldout7``
(tests/realworld/heldout7/, collected and sealed while the sixth was being read: scored on the code
before that round and after it) or ``--set all`` (every set not sealed: dataset.SEALED)
-- pairs lawref's quotations and citations with the labelled ones by text overlap (offsets are
recomputed by finding each labelled text in its passage) and prints the figures; ``--json``
prints them as JSON. Definitions of every figure: tests/realworld/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from dataset import SEALED, SETS, Item, Passage, load, load_set  # noqa: E402

OVERLAP = 0.5  # a lawref span and a labelled span pair when they share this share of the shorter


@dataclass
class Found:
    """What lawref said about one labelled quotation (None: lawref did not report it)."""

    link: tuple[str, str] | None
    verdict: str
    attribution: str | None


def article_exists(store: Any, statute: str | None, article: str | None) -> bool:
    found = store.get(statute) if statute else None
    return found is not None and any(str(a.number) == str(article) for a in found.articles)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return shared / union if shared > 0 and union > 0 else 0.0


def pair(items: list[Item], spans: list[tuple[int, int]]) -> dict[int, int]:
    """Labelled item index -> lawref span index, one to one: pairs whose overlap is at least
    OVERLAP of the shorter span, the most alike (by intersection over union) first."""
    candidates = sorted(
        (-jaccard((item.start, item.end), span), i, j)
        for i, item in enumerate(items)
        for j, span in enumerate(spans)
        if overlap((item.start, item.end), span) >= OVERLAP
    )
    paired: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in candidates:
        if i not in paired and j not in used:
            paired[i] = j
            used.add(j)
    return paired


def inside(span: tuple[int, int], items: list[Item]) -> Item | None:
    """The labelled item that holds most of ``span`` (a piece lawref split off a quotation)."""
    for item in items:
        shared = min(span[1], item.end) - max(span[0], item.start)
        if shared >= OVERLAP * (span[1] - span[0]):
            return item
    return None


def ratio(num: float, den: float) -> float | None:
    return round(num / den, 3) if den else None


def f1(p: float | None, r: float | None) -> float | None:
    return round(2 * p * r / (p + r), 3) if p and r else None


class Tally:
    """Counts across all passages."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.disagreements: list[dict[str, Any]] = []

    def quote(self, passage: Passage, item: Item, found: Found, store: Any) -> None:
        label = item.label
        if not item.scored:
            return
        c = self.c
        statute, article = label.get("statute"), label.get("article")
        gold = (statute, str(article)) if article_exists(store, statute, article) else None
        # A renumbered revision: the same text under another number is also right.
        also = {
            (statute, str(a)) for a in label.get("also") or [] if article_exists(store, statute, a)
        }
        if found.link in also:
            gold = found.link
        c["quotes"] += 1
        c["quotes_gold_link"] += gold is not None
        if statute and gold is None:
            c["quotes_store_lacks"] += 1
        # linking
        if found.link is not None and found.link == gold:
            c["link_tp"] += 1
        else:
            c["link_fp"] += found.link is not None
            c["link_fn"] += gold is not None
        if gold is not None and label.get("marks", "quoted") != "none":
            c["quoted_gold"] += 1
            c["quoted_hit"] += found.link == gold
        # the text lawref can check word by word: every labelled verdict but a retelling
        if gold is not None and label["verdict"] != "paraphrase":
            c["reproduced_gold"] += 1
            c["reproduced_hit"] += found.link == gold
        if statute is None:
            c["nonstatute"] += 1
            c["nonstatute_linked"] += found.link is not None
        # verdicts (a quote whose article the store lacks is, for the store, from no statute)
        expected = label["verdict"] if gold is not None or statute is None else "unmatched"
        c["verdict_total"] += 1
        c["verdict_agree"] += found.verdict == expected
        if expected == "altered":
            c["altered"] += 1
            c["altered_called_verbatim"] += found.verdict == "verbatim"
            c["altered_called_minor"] += found.verdict == "minor"
        # attribution ('unverified' names a law the store lacked; once it holds it, consistent)
        attribution = label["attribution"]
        if attribution == "unverified" and label.get("store_may_lack") and gold is not None:
            attribution = "consistent"
        if statute is not None:
            c["attribution_total"] += 1
            c["attribution_agree"] += found.attribution == attribution
        if attribution == "misattributed" and gold is not None:
            c["misattributed"] += 1
            c["misattributed_flagged"] += found.attribution == "misattributed"
        if found.attribution == "misattributed" and attribution != "misattributed":
            c["false_misattribution"] += 1
        accused = found.attribution == "misattributed"
        # (a false accusation, or a missed one, is listed even when verdict and link agree)
        if (
            found.verdict != expected
            or (found.link or None) != gold
            or accused != (attribution == "misattributed")
        ):
            self.disagreements.append(
                {
                    "passage": passage.id,
                    "quote": label["text"][:80],
                    "expected": [expected, gold and "/".join(gold), attribution],
                    "lawref": [
                        found.verdict,
                        found.link and "/".join(found.link),
                        found.attribution,
                    ],
                }
            )

    def extra_quote(
        self, passage: Passage, quote: Any, link: tuple[str, str] | None, attribution: str
    ) -> None:
        """A quotation lawref reported that no label pairs with."""
        self.disagreements.append(
            {
                "passage": passage.id,
                "unlabelled_quote": quote.text[:80],
                "lawref": [quote.verdict, link and "/".join(link), attribution],
            }
        )
        self.c["extra_quotes"] += 1
        self.c["link_fp"] += link is not None
        self.c["extra_linked"] += link is not None
        self.c["false_misattribution"] += attribution == "misattributed"

    def citation(self, passage: Passage, item: Item, found: list[Any], store: Any) -> None:
        label = item.label
        if not item.scored:
            return
        c = self.c
        statute = label.get("statute")
        articles = [str(a) for a in label.get("articles") or []]
        missed = False
        if statute is not None and store.get(statute) is not None:
            c["cite_gold"] += 1
            hit = any(f.statute == statute for f in found)
            c["cite_statute_hit"] += hit
            missed = not hit
            if articles:
                c["cite_articles_gold"] += len(articles)
                got = {str(f.article) for f in found if f.statute == statute}
                c["cite_articles_hit"] += sum(a in got for a in articles)
                missed = missed or not set(articles) <= got
        else:  # a law the store lacks (or a document's own heading)
            c["cite_absent"] += 1
            resolved = any(f.statute is not None for f in found)
            c["cite_absent_resolved"] += resolved
            missed = resolved
        if missed:
            self.disagreements.append(
                {
                    "passage": passage.id,
                    "citation": label["text"],
                    "expected": [statute, articles],
                    "lawref": [[f.text, f.statute, f.article] for f in found],
                }
            )

    def predicted_citation(self, passage: Passage, cited: Any, labels: list[Item]) -> None:
        """A citation lawref resolved to a statute: right when a paired label names it."""
        if cited.statute is None or any(not item.scored for item in labels):
            return
        self.c["cite_pred"] += 1
        for item in labels:
            if item.scored and item.label.get("statute") == cited.statute:
                self.c["cite_pred_right"] += 1
                articles = [str(a) for a in item.label.get("articles") or []]
                if cited.article is not None:
                    self.c["cite_pred_article"] += 1
                    self.c["cite_pred_article_right"] += str(cited.article) in articles
                return
        self.disagreements.append(
            {
                "passage": passage.id,
                "lawref_citation": [cited.text, cited.statute, cited.article],
                "labelled": [[i.label["text"], i.label.get("statute")] for i in labels],
            }
        )

    def figures(self) -> dict[str, Any]:
        c = self.c
        precision = ratio(c["link_tp"], c["link_tp"] + c["link_fp"])
        recall = ratio(c["link_tp"], c["link_tp"] + c["link_fn"])
        return {
            "passages": c["passages"],
            "quotes_scored": c["quotes"],
            "quotes_linkable": c["quotes_gold_link"],
            "quotes_store_lacks": c["quotes_store_lacks"],
            "link_precision": precision,
            "link_recall": recall,
            "link_f1": f1(precision, recall),
            "link_recall_quoted": ratio(c["quoted_hit"], c["quoted_gold"]),
            "link_recall_reproduced": ratio(c["reproduced_hit"], c["reproduced_gold"]),
            "verdict_agreement": ratio(c["verdict_agree"], c["verdict_total"]),
            "altered": c["altered"],
            "altered_called_verbatim": c["altered_called_verbatim"],
            "altered_called_minor": c["altered_called_minor"],
            "nonstatute_quotes": c["nonstatute"],
            "nonstatute_linked_share": ratio(c["nonstatute_linked"], c["nonstatute"]),
            "extra_quotes": c["extra_quotes"],
            "extra_quotes_linked": c["extra_linked"],
            "attribution_agreement": ratio(c["attribution_agree"], c["attribution_total"]),
            "misattributions": c["misattributed"],
            "misattributions_flagged": c["misattributed_flagged"],
            "false_misattributions_per_100": ratio(100 * c["false_misattribution"], c["quotes"]),
            "citations_in_store": c["cite_gold"],
            "citation_statute_recall": ratio(c["cite_statute_hit"], c["cite_gold"]),
            "citation_article_recall": ratio(c["cite_articles_hit"], c["cite_articles_gold"]),
            "citation_precision": ratio(c["cite_pred_right"], c["cite_pred"]),
            "citation_article_precision": ratio(
                c["cite_pred_article_right"], c["cite_pred_article"]
            ),
            "citations_not_in_store": c["cite_absent"],
            "not_in_store_resolved_to_a_statute": c["cite_absent_resolved"],
        }


def score(passages: list[Passage], store: Any) -> Tally:
    from lawref.pipeline.checker import Checker

    checker = Checker(store)
    tally = Tally()
    for passage in passages:
        tally.c["passages"] += 1
        document = checker.check_text(passage.text, passage.id)
        quotes = document.quotes
        paired = pair(passage.quotes, [(q.start, q.end) for q in quotes])
        for i, item in enumerate(passage.quotes):
            if i in paired:
                q = quotes[paired[i]]
                linked = q.match is not None and q.verdict != "unmatched"
                link = (q.match.statute, str(q.match.article)) if linked and q.match else None
                found = Found(link, q.verdict, q.attribution)
            else:
                found = Found(None, "unmatched", None)
            tally.quote(passage, item, found, store)
        for j, q in enumerate(quotes):
            if j not in paired.values():
                linked = q.match is not None and q.verdict != "unmatched"
                link = (q.match.statute, str(q.match.article)) if linked and q.match else None
                holder = inside((q.start, q.end), passage.quotes)
                if holder is not None and (
                    link is None
                    or not holder.scored
                    or link == (holder.label.get("statute"), str(holder.label.get("article")))
                ):
                    continue  # a piece of a labelled quotation, linked like it: not an extra
                tally.extra_quote(passage, q, link, q.attribution)
        spans = [(c.start, c.end) for c in document.citations]
        for item in passage.citations:
            found = [
                c
                for c, s in zip(document.citations, spans, strict=True)
                if overlap((item.start, item.end), s)
            ]
            tally.citation(passage, item, found, store)
        for cited, span in zip(document.citations, spans, strict=True):
            labels = [i for i in passage.citations if overlap((i.start, i.end), span)]
            tally.predicted_citation(passage, cited, labels)
    return tally


ROWS = [
    ("passages", "passages"),
    ("quotes_scored", "labelled quotations scored"),
    ("quotes_linkable", "  of which from an article the store holds"),
    ("quotes_store_lacks", "  of which from an article the store lacks"),
    ("link_precision", "quote->article linking precision"),
    ("link_recall", "quote->article linking recall"),
    ("link_f1", "quote->article linking F1"),
    ("link_recall_quoted", "  recall on text in quotation marks only"),
    ("link_recall_reproduced", "  recall on reproduced text (not paraphrase)"),
    ("verdict_agreement", "verdict agreement"),
    ("altered", "altered quotations"),
    ("altered_called_verbatim", "  altered called verbatim"),
    ("altered_called_minor", "  altered called minor"),
    ("nonstatute_quotes", "non-statute quotations"),
    ("nonstatute_linked_share", "  share linked to an article"),
    ("extra_quotes", "unlabelled quotations lawref reported"),
    ("extra_quotes_linked", "  of which linked to an article"),
    ("attribution_agreement", "attribution agreement (statute quotes)"),
    ("misattributions", "real misattributions"),
    ("misattributions_flagged", "  flagged misattributed"),
    ("false_misattributions_per_100", "false misattribution claims per 100 quotes"),
    ("citations_in_store", "labelled citations of stored statutes"),
    ("citation_statute_recall", "citation recall (right statute)"),
    ("citation_article_recall", "citation recall (right article, where named)"),
    ("citation_precision", "citation precision (statute)"),
    ("citation_article_precision", "citation precision (article)"),
    ("citations_not_in_store", "labelled citations of laws the store lacks"),
    ("not_in_store_resolved_to_a_statute", "  resolved to a stored statute anyway"),
]


def table(figures: dict[str, Any]) -> str:
    width = max(len(label) for _, label in ROWS)
    lines = []
    for key, label in ROWS:
        value = figures[key]
        shown = "n/a" if value is None else f"{value:.3f}" if isinstance(value, float) else value
        lines.append(f"{label:<{width}}  {shown}")
    return "\n".join(lines)


def columns(named: list[tuple[str, dict[str, Any]]]) -> str:
    """Several sets' figures side by side, one column a set."""
    width = max(len(label) for _, label in ROWS)
    heads = [name for name, _ in named]
    cell = max(9, *(len(h) for h in heads))
    lines = [" " * width + "".join(f"  {h:>{cell}}" for h in heads)]
    for key, label in ROWS:
        shown = []
        for _, figures in named:
            value = figures[key]
            shown.append(
                "n/a" if value is None else f"{value:.3f}" if isinstance(value, float) else value
            )
        lines.append(f"{label:<{width}}" + "".join(f"  {v:>{cell}}" for v in shown))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--set", choices=sorted(SETS), default="dev", help="which passages (default: dev)"
    )
    parser.add_argument("--passages", type=Path, help="a folder of YAML files instead of a set")
    parser.add_argument(
        "--side-by-side",
        action="store_true",
        help="every set's figures in columns (dev, each held-out set, all)",
    )
    parser.add_argument(
        "--disagreements", action="store_true", help="also list quotes lawref got wrong"
    )
    args = parser.parse_args(argv)
    if args.side_by_side:
        return side_by_side()
    passages, problems = load(args.passages) if args.passages else load_set(args.set)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 2
    import lawref

    tally = score(passages, lawref.load_store())
    figures = tally.figures()
    if args.json:
        out: dict[str, Any] = {"figures": figures}
        if args.disagreements:
            out["disagreements"] = tally.disagreements
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(table(figures))
        if args.disagreements:
            for d in tally.disagreements:
                print(json.dumps(d, ensure_ascii=False))
    return 0


def side_by_side_sets(sealed: tuple[str, ...] = SEALED) -> list[str]:
    """The sets --side-by-side shows, in column order: each set as collected, then all of them.

    Sealed sets are left out (their figures wait for the lead's one scoring: --set NAME).
    """
    return [n for n in SETS if n != "all" and n not in sealed] + ["all"]


def side_by_side() -> int:
    import lawref

    store = lawref.load_store()
    named = []
    for name in side_by_side_sets():
        passages, problems = load_set(name)
        if problems:
            for problem in problems:
                print(problem, file=sys.stderr)
            return 2
        named.append((name, score(passages, store).figures()))
    print(columns(named))
    return 0


if __name__ == "__main__":
    sys.exit(main())
