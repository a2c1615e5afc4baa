"""Every score and threshold of the matcher, in one place.

Scores are 0-100. ``similarity`` is the token-level ratio of a quotation and the stored stretch it
aligns with (2 × matched tokens / all tokens on both sides; Latin words, CJK characters), computed
after ellipses and [bracketed] insertions are taken out.

How the values were chosen: see the measurement block at the end of this file, produced by
``tests/test_matcher.py::test_labelled_set_precision_recall`` (run with ``-s`` to print it) on
tests/data/labelled_quotes.yaml against the store of the time.
"""

from __future__ import annotations

# A quotation whose aligned stretch reaches this similarity "follows a stored text closely": with
# a word-level difference it is altered. Below it, but still at PARAPHRASE_MIN, it is about the
# article without following it (another translation, a loose rendering).
ALTERED_MIN = 80.0
PARAPHRASE_MIN = 40.0
# A paraphrase must share at least this many tokens with the article in aligned order.
PARAPHRASE_MIN_MATCHED = 5

# Quotations shorter than this many word units (a Latin word = 1, a CJK character = 2/3, so four
# words or six characters) are linked only on strong evidence: an exact (verbatim or minor) match
# of at least SHORT_MIN_TOKENS tokens found in one article only.
SHORT_QUOTE_UNITS = 4.0
SHORT_MIN_TOKENS = 2
# An exact match found in more articles than this is too generic to link without a citation
# beside it, unless the quotation is at least GENERIC_MAX_UNITS long.
GENERIC_ARTICLES = 3
GENERIC_MAX_UNITS = 8.0

# Retrieval: texts aligned per quotation (consecutive-article joins come on top, at most two per
# candidate), and how close two candidates' scores must be for a citation nearby to decide.
CANDIDATE_LIMIT = 12
# Of the candidates that cannot hold the quotation exactly, this many (the closest by a quick
# partial ratio of letters) are aligned word by word.
FUZZY_CANDIDATES = 3
PREFER_MARGIN = 5.0
# Longer quotations are not aligned (a 6,000-character "quotation" is a parsing accident).
MAX_QUOTE_CHARS = 6000

# search: hits below this score are not shown.
SEARCH_MIN_SCORE = 60.0

# --- measurement ------------------------------------------------------------------------------
# tests/test_matcher.py::test_labelled_set_precision_recall, shipped store of 2025 (16 statutes,
# 612 texts), 80 labelled quotations, all run. Best candidate's similarity by expected verdict
# (quotations of at least 4 word units and 5 tokens):
#     altered     82.9 .. 98.7   (n=21; lowest: four edits in a 17-word Section 230 sentence,
#                                 then 84.6: two words changed in thirteen)
#     paraphrase  48.3 .. 78.6   (n=8;  highest: "are required to support, assist and cooperate
#                                 with national intelligence work", PROVENANCE's paraphrase)
#     unmatched   10.0 .. 30.4   (n=7)
# ALTERED_MIN = 80 and PARAPHRASE_MIN = 40 sit in the two gaps (about their middles); the test
# asserts they still do. With them: linking precision 1.000, recall 1.000; every verdict as
# labelled. Verbatim, minor and elided need no threshold: they are string equalities.
# One word changed in n words gives a similarity of about 100·(1 − 1/n): quotations of five or
# more words with one change stay altered; a four-word quotation with one change falls to
# paraphrase (and under SHORT_QUOTE_UNITS nothing fuzzy is linked at all).
