"""British and American spellings of one word, folded to one form for comparing quotations.

"organisation" and "organization", "behaviour" and "behavior", "judgement" and "judgment",
"licence" and "license" are the same word: a quotation that differs from a stored rendering only
in such spellings is ``minor``, never ``altered``. Only known patterns are folded, on whole
lower-case words, so that no two different words become one ("four" is not "for": the -our
ending is folded only after the stems listed).
"""

from __future__ import annotations

from functools import lru_cache

from lawref.text.regex_code import constant

# -ise/-ize, -isation/-ization (organisational), -isable/-izable, -yse/-yze: every form folds to the z spelling. Words that take
# -ise in both spellings (advise, exercise, otherwise) fold the same on both sides, so folding
# them does no harm.
_IZE = constant(r"(?<=[a-z]{2})is(e|es|ed|ing|ation|ations|ational|ationally|er|ers|able|ably)$")
_YZE = constant(r"(?<=[a-z]{2})ys(e|es|ed|ing)$")
# -our/-or only after these stems (behaviour, labour, honour …).
_OUR_STEMS = (
    "behavi",
    "lab",
    "hon",
    "fav",
    "col",
    "neighb",
    "harb",
    "rum",
    "endeav",
    "vig",
    "arm",
    "savi",
    "parl",
    "hum",
    "flav",
    "vap",
    "rig",
    "val",
    "clam",
    "splend",
    "od",
    "fervo",
)
_OUR = constant(r"^(" + "|".join(_OUR_STEMS) + r")our(s|ed|ing|able|ably|ite|ites|er|ers)?$")
# Whole words (and their inflections by suffix).
_WORDS = {
    "licence": "license",
    "licences": "licenses",
    "licenced": "licensed",
    "defence": "defense",
    "defences": "defenses",
    "offence": "offense",
    "offences": "offenses",
    "pretence": "pretense",
    "judgement": "judgment",
    "judgements": "judgments",
    "acknowledgement": "acknowledgment",
    "acknowledgements": "acknowledgments",
    "centre": "center",
    "centres": "centers",
    "centred": "centered",
    "programme": "program",
    "programmes": "programs",
    "catalogue": "catalog",
    "catalogues": "catalogs",
    "dialogue": "dialog",
    "fulfil": "fulfill",
    "fulfils": "fulfills",
    "fulfilment": "fulfillment",
    "enrol": "enroll",
    "enrols": "enrolls",
    "enrolment": "enrollment",
    "instalment": "installment",
    "instalments": "installments",
    "skilful": "skillful",
    "wilful": "willful",
    "wilfully": "willfully",
    "ageing": "aging",
    "grey": "gray",
    "cheque": "check",
    "sceptical": "skeptical",
    "manoeuvre": "maneuver",
    "aluminium": "aluminum",
    "tyre": "tire",
    "tyres": "tires",
    "storey": "story",
    "plough": "plow",
    "mould": "mold",
    "theatre": "theater",
    "metre": "meter",
    "metres": "meters",
    "litre": "liter",
    "fibre": "fiber",
}
# Doubled l before an ending: travelled/traveled, cancelled/canceled, labelling/labeling.
_DOUBLE_L = constant(r"(?<=[aeiou][a-z])ll(ed|ing|er|ers|or|ors)$")
_DOUBLE_L_STEMS = ("travel", "cancel", "label", "model", "signal", "counsel", "level", "fuel")


@lru_cache(maxsize=8192)
def fold_spelling(word: str) -> str:
    """The American spelling of a lower-case Latin word, or the word itself."""
    if not word.isascii() or len(word) < 4:
        return word
    found = _WORDS.get(word)
    if found is not None:
        return found
    our = _OUR.match(word)
    if our:
        return f"{our.group(1)}or{our.group(2) or ''}"
    if any(word.startswith(stem) for stem in _DOUBLE_L_STEMS):
        word = _DOUBLE_L.sub(r"l\1", word)
    word = _IZE.sub(r"iz\1", word)
    return _YZE.sub(r"yz\1", word)


def same_word(a: str, b: str) -> bool:
    """Whether two lower-case words are one word spelt the British and the American way."""
    return a == b or fold_spelling(a) == fold_spelling(b)


def spelling_variants_only(quoted: list[str], stored: list[str]) -> bool:
    """Whether two word lists differ, and only by British/American spellings."""
    return (
        quoted != stored
        and len(quoted) == len(stored)
        and all(same_word(a, b) for a, b in zip(quoted, stored, strict=True))
    )
