"""Every score and threshold of the matcher (match/); other stages keep theirs in their own thresholds.py.

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
# Chinese is compared character by character, and common characters (的, 国家, 法律法规) make any
# two sentences look alike: a mostly-CJK quotation needs more to be a paraphrase.
PARAPHRASE_MIN_CJK = 53.0
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

# search: hits below this partial ratio are not shown (a display cut set by reading the output of
# a few searches, not measured: at 60 unrelated Section 301 text showed up for a Section 230
# phrase; misremembered wordings of NIL Art. 7 score 85-96, Art. 25's shared clause 75).
SEARCH_MIN_SCORE = 70.0

# --- measurement ------------------------------------------------------------------------------
# 1. tests/test_matcher.py::test_labelled_set_precision_recall (run with -s), shipped store of
#    2025 (16 statutes, 612 texts), 102 labelled quotations, all run. Best candidate's similarity
#    by expected verdict (quotations of at least 4 word units and 5 tokens):
#        altered     latin 82.9 .. 98.7 (n=17)   cjk 92.0 .. 98.7 (n=11)
#        paraphrase  latin 50.0 .. 78.6 (n=8)    cjk 68.6 .. 76.2 (n=4)
#        unmatched   latin 15.4 .. 32.0 (n=5)    cjk 14.5 .. 32.6 (n=4)
#    (Re-measured when stored words beyond a quotation's first and last word stopped counting
#    against it, align._settle_edges, which raised some paraphrase and unmatched scores by a few
#    points. Before, with 85 quotations: paraphrase latin 48.3 .. 78.6, cjk 64.9 .. 76.2;
#    unmatched latin 14.3 .. 30.0, cjk 10.0 .. 31.8.)
#    (lowest altered: four edits in a 17-word Section 230 sentence, then two words changed in
#    thirteen at 84.6; highest paraphrase: PROVENANCE's "are required to support, assist and
#    cooperate with national intelligence work".) The test asserts the thresholds stay in the gaps.
#    Result: linking precision 1.000, recall 1.000, every verdict as labelled.
# 2. Non-statute Chinese news sentences (tests/benchmarks/bench_linking.py's list) against the big
#    store (cn-laws-all, 58,661 texts): best similarity up to 48.9 ("该平台发言人称，公司一直遵守
#    所在国家和地区的法律法规。"), so with PARAPHRASE_MIN = 40 three of them came out as paraphrases
#    of some regulation. Hence PARAPHRASE_MIN_CJK = 53: above that maximum, below the lowest CJK
#    paraphrase; PARAPHRASE_MIN = 40 lies between the Latin unmatched and paraphrase ranges.
# Verbatim, minor and elided need no threshold: they are string equalities. One word changed in
# n words gives a similarity of about 100·(1 − 1/n): quotations of five or more words with one
# change stay altered; a four-word quotation with one change falls to paraphrase (and under
# SHORT_QUOTE_UNITS nothing fuzzy is linked at all).
