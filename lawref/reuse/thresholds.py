"""Every threshold of the unquoted-reuse scan: how long and how particular a run must be to count
(the scan's work bounds, WINDOW, STRIDE and the rest, stay in lawref/reuse/runs.py)."""

# Kept: at least this many matching characters (CJK characters; letters and digits of Latin
# words), with the token similarity of an altered quotation at least.
MIN_CJK_CHARS = 20
MIN_LATIN_CHARS = 70
# A shorter run is kept when it is a whole sentence of the stored text reproduced word for word as
# a whole sentence or clause of the document (reuse/scan.py ``_whole_sentence``), at least this
# long. (How it was chosen: at the end of this file.)
SENTENCE_MIN_CJK_CHARS = 12
# In Latin script only a list's lead-in copied with its colon is kept so (reuse/scan.py
# ``_whole_sentence``), at least this many letters. (How it was chosen: at the end of this file.)
SENTENCE_MIN_LATIN_LETTERS = 40
# A run the matcher finds exactly in more articles than this is boilerplate ("构成犯罪的，依法
# 追究刑事责任"), kept only when at least GENERIC_FACTOR times the minimum length.
GENERIC_ARTICLES = 3
GENERIC_FACTOR = 2.0
# A run's edge across a blank line holding fewer letters than this is the alignment's margin
# reaching into the next paragraph (a lone "The" matched to the next point's "the"), not part of
# the reproduction: it is cut off (reuse/scan.py ``_without_stray_edges``). Two or three short
# words; a reproduction's own paragraph is a clause at least (MIN_*_CHARS).
STRAY_MAX_LATIN_LETTERS = 12
STRAY_MAX_CJK_CHARS = 4


# --- how the length thresholds were set --------------------------------------------------------
# tests/test_reuse.py::test_thresholds_separate_the_sets (run with -s), shipped store of 612
# texts, 30 positive and 28 negative articles. Dense runs (token similarity >= 0.8) that the
# matcher links, boilerplate shared by several laws aside:
#   negatives, longest CJK run:   16 characters  (个人信息应当遵循合法、正当、必要原则)
#   negatives, longest Latin run: 56 letters     (an unacceptable risk to the national security
#                                                 of the United States)
#   positives, shortest CJK reproduction:   25 characters (one clause of NIL Art. 7)
#   positives, shortest Latin reproduction: 107 letters   (that clause in China Law Translate's
#                                                          English)
# With the boilerplate the longest negative CJK run is 36 characters (构成违反治安管理行为的，依法
# 给予治安管理处罚；构成犯罪的，依法追究刑事责任: in three laws, dropped by _linked).
# MIN_CJK_CHARS = 20 and MIN_LATIN_CHARS = 70 sit 25% above the longest shared phrase and below
# the shortest reproduction (by 5 characters / 37 letters): a single stock clause of a dozen
# characters or words never triggers, one full clause of an article does.
#
# SENTENCE_MIN_CJK_CHARS (a whole sentence of a law, word for word, as a whole sentence or clause
# of the document): on tests/realworld (all five sets, 2026-12) the rule links 3 labelled
# reproductions (NSL Art. 14 twice, 15-16 characters; Cryptography Law Art. 6, 17) and nothing
# else at any bound from 6 to 16; none of tests/test_reuse.py's 28 negative texts holds such a
# sentence. 12 sits below the shortest found; shorter whole sentences are mostly closing formulas
# (本法自公布之日起施行。), which several laws share and _linked drops in any case.
#
# SENTENCE_MIN_LATIN_LETTERS (a list's lead-in, "… all of the following:", reproduced as a line of
# its own with its colon): on tests/realworld (every read set, dev to heldout14, 2026-12) the rule
# links 3 labelled reproductions (GDPR Art. 27(2)'s lead-in, 59 letters; Art. 54(1)'s twice, 52)
# and an AI Act Art. 3 lead-in inside a labelled reproduction of the article (56 letters), and
# nothing else, even with whole sentences ending in a full stop let in and a bound of 30. 40 sits a
# quarter below the shortest found; the shortest stock lead-ins a writer may use as their own ("The
# Member States shall ensure that:", 30 letters; "Member States shall provide for the following:",
# 39) stay below it. Full stops are not let in: a short English sentence is stock wording a writer
# may use (tests/test_whole_sentence_reuse.py).
