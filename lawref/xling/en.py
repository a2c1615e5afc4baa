"""The English side of the cross-lingual check: words, stems, and the modal/negation/scope markers.

Words are compared by their Snowball (Porter 2) stem: "organizations"/"organisation"/"organize"
all meet their gloss, "assistance"/"assist" and "cooperation"/"cooperate" too. Snowball needs no
data download and is deterministic; a lemmatiser would need a tagger for no gain in this use.

Markers are what the check compares beside plain words: modal strength (may < shall < must),
negation (not/no/never/without), and scope (any/all/every vs some/relevant).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from lawref.text.regex_code import constant

StrengthName = Literal["permission", "duty", "generic-duty", "strong-duty", "prohibition"]

# Articles are ignored when glossary phrases are matched ("in accordance with (the) law").
ARTICLES = frozenset({"a", "an", "the"})

_STOPWORD_TEXT = """a an the of to in on at for with by from into onto upon about as and or but nor if then
    than that which who whom whose what when where while this these those it its they them their
    theirs he him his she her hers we us our you your i me my be is are was were been being am do
    does did done have has had having so such there here also both either neither other others
    own same too very just only s t will would shall should may might must can could ought
    not no never any all every each some certain whether upon within without etc via per
    one ones said thereof therein thereto hereby herein how why"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

# One-word modals and their strength; two-word ones below. "shall" is also the declarative of
# legal English ("This Law shall apply"), so a "shall" without a Chinese modal is not an addition.
_MODALS: dict[str, StrengthName] = {
    "shall": "duty",
    "should": "duty",
    "ought": "duty",
    "must": "strong-duty",
    "may": "permission",
    "can": "permission",
    "could": "permission",
    "might": "permission",
    "cannot": "prohibition",
}
_TWO_WORD_MODALS: dict[tuple[str, str], StrengthName] = {
    ("have", "to"): "strong-duty",
    ("has", "to"): "strong-duty",
    ("had", "to"): "strong-duty",
    ("required", "to"): "generic-duty",
    ("obliged", "to"): "generic-duty",
    ("obligated", "to"): "generic-duty",
    ("bound", "to"): "generic-duty",
    ("duty", "to"): "generic-duty",
    ("obligation", "to"): "generic-duty",
    ("compelled", "to"): "strong-duty",
    ("forced", "to"): "strong-duty",
    ("allowed", "to"): "permission",
    ("permitted", "to"): "permission",
    ("entitled", "to"): "permission",
    ("right", "to"): "permission",
    ("power", "to"): "permission",
}
_PROHIBITION_STEMS = ("prohibit", "forbid", "forbad", "ban", "barred")
_NEGATIONS = frozenset(
    {"not", "no", "never", "without", "unless", "nor", "neither", "none", "nobody"}
)
# A duty said with a participle: "are obliged by law to", "is required under … to".
_DUTY_PARTICIPLES = frozenset({"obliged", "obligated", "required", "compelled", "forced"})
_NUMERIC_NOT = frozenset({"less", "more", "fewer", "exceeding", "over", "only"})
_PRE_NEGATIONS = frozenset({"no", "nor", "neither", "none", "nobody"})
UNIVERSAL = frozenset({"any", "all", "every", "each", "whatever"})
RESTRICTED = frozenset(
    {"some", "certain", "relevant", "concerned", "related", "pertinent", "specific", "particular"}
)
_SENTENCE_ENDS = frozenset(".;:|?!")
_WORD = constant(r"[A-Za-z]+(?:'[A-Za-z]+)?|[.;:|?!]")
_PHRASE_WORD = constant(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_BRITISH_ISE = constant(r"is(e|ed|es|ing|ation|ations)$")


@dataclass(frozen=True, slots=True)
class EnToken:
    """A word of an English quote: where it stands, its lower-case form and stem."""

    text: str  # the word as written (a sentence mark for sentence boundaries)
    start: int
    end: int
    lower: str
    stem: str
    content: bool  # counts for alignment and coverage
    sentence: int
    boundary: bool = False  # a sentence mark, not a word


@dataclass(frozen=True, slots=True)
class EnMarker:
    """A modal, negation or scope word of an English quote."""

    kind: Literal["modal", "negation", "scope"]
    value: str  # a strength, "negation", "universal" or "restricted"
    first: int  # token indices, inclusive
    last: int
    text: str  # the words as written ("shall not", "must", "all")
    verb: bool = False  # a prohibiting verb ("prohibits", "banned"), not a modal


# Past participles Snowball cannot bring back to their verb ("stolen" must meet 窃取 "to steal").
_IRREGULAR_TEXT = """arisen arise bore bear borne bear bought buy brought bring broke break broken break
    caught catch chose choose chosen choose dealt deal done do drawn draw drew draw driven drive
    fallen fall fought fight forbade forbid forbidden forbid forgiven forgive found find froze freeze
    frozen freeze gave give given give gone go went go held hold hid hide hidden hide kept keep
    knew know known know laid lay led lead left leave lent lend lost lose made make meant mean
    met meet paid pay rose rise risen rise ran run said say saw see seen see sold sell sent send
    shown show sought seek spoke speak spoken speak spent spend stole steal stolen steal swore swear
    sworn swear taken take took take taught teach thought think told tell undertaken undertake
    undertook undertake understood understand withdrawn withdraw withdrew withdraw won win wrote
    write written write"""
_IRREGULAR = dict(zip(_IRREGULAR_TEXT.split()[::2], _IRREGULAR_TEXT.split()[1::2], strict=True))
# Words with a negating prefix ("unauthorized", "non-public") can render 未经授权, 非公开.
_NOT_NEGATING = ("uni", "under", "until", "unless", "none", "nonethe")


def weak_negation(word: str) -> str | None:
    """The word without its negating prefix ("unauthorized" -> "authorized"), or None."""
    word = word.lower()
    if word.startswith(_NOT_NEGATING) or len(word) < 6:
        return None
    for prefix in ("non-", "non", "un"):
        if word.startswith(prefix):
            return word[len(prefix) :]
    return None


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    return _english_stemmer_module().EnglishStemmer()


def _english_stemmer_module():  # type: ignore[no-untyped-def]
    """snowballstemmer's English stemmer module alone.

    The package's ``__init__`` imports every language's stemmer (about 30 of them, 30-70 ms), and
    importing a submodule runs it first. So, unless the package is loaded already, a bare stand-in
    for the package (its ``__path__`` only) is put in ``sys.modules`` while the submodule loads,
    then taken out again: a later ``import snowballstemmer`` runs the real ``__init__``, which finds
    the English module loaded and reuses it.
    """
    import importlib
    import importlib.util
    import sys
    import types

    name = "snowballstemmer"
    if name in sys.modules:
        return importlib.import_module(f"{name}.english_stemmer")
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"No module named {name!r}")
    stand_in = types.ModuleType(name)
    stand_in.__path__ = list(spec.submodule_search_locations)
    sys.modules[name] = stand_in
    try:
        return importlib.import_module(f"{name}.english_stemmer")
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    word = _IRREGULAR.get(word, word)
    # British and American spellings meet: organisation/organization, authorise/authorize.
    word = _BRITISH_ISE.sub(r"iz\1", word) if len(word) > 6 else word
    return str(_stemmer().stemWord(word))


def stems_of(phrase: str, *, keep_stopwords: bool = False) -> tuple[str, ...]:
    """A phrase as a tuple of stems (articles always dropped; other stopwords when asked)."""
    words = [w.lower() for w in _PHRASE_WORD.findall(phrase)]
    return tuple(
        stem(w) for w in words if w not in ARTICLES and (keep_stopwords or w not in STOPWORDS)
    )


def tokenize(text: str) -> list[EnToken]:
    tokens: list[EnToken] = []
    sentence = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word in _SENTENCE_ENDS:
            tokens.append(
                EnToken(word, match.start(), match.end(), word, "", False, sentence, True)
            )
            sentence += 1
            continue
        lower = word.lower()
        if lower.endswith("n't"):  # "can't", "mustn't": the modal, then its negation
            base = "can" if lower == "can't" else lower[:-3]
            cut = match.start() + len(word) - 3
            tokens.append(EnToken(word[:-3], match.start(), cut, base, stem(base), False, sentence))
            tokens.append(EnToken("n't", cut, match.end(), "not", "not", False, sentence))
            continue
        content = (
            lower not in STOPWORDS
            and lower not in UNIVERSAL
            and lower not in RESTRICTED
            and len(lower) > 1
        )
        tokens.append(
            EnToken(word, match.start(), match.end(), lower, stem(lower), content, sentence)
        )
    return tokens


def find_markers(tokens: list[EnToken]) -> list[EnMarker]:
    """Modals (with their negation folded in), plain negations and scope words, in order."""
    markers: list[EnMarker] = []
    used: set[int] = set()
    words = [t.lower for t in tokens]
    for i, word in enumerate(words):
        if i in used or tokens[i].boundary:
            continue
        pair = (word, words[i + 1]) if i + 1 < len(words) else None
        strength: StrengthName | None = None
        last = i
        verb = False
        if pair in _TWO_WORD_MODALS:
            strength, last = _TWO_WORD_MODALS[pair], i + 1  # type: ignore[index]
        elif word in _MODALS and not (word == "may" and tokens[i].text == "May"):
            strength = _MODALS[word]
        elif word in _DUTY_PARTICIPLES and "to" in words[i + 1 : i + 5]:
            strength = "strong-duty" if word in ("compelled", "forced") else "generic-duty"
        elif word.startswith(_PROHIBITION_STEMS) and not word.startswith(("bank", "banner")):
            strength, verb = "prohibition", True
        if strength is not None:
            if last + 1 < len(words) and words[last + 1] in ("not", "never"):
                last += 1
                strength = "prohibition"
            elif any(
                words[j] in _PRE_NEGATIONS and j not in used
                for j in range(max(0, i - 4), i)
                if tokens[j].sentence == tokens[i].sentence
            ):
                strength = "prohibition"
                used.update(j for j in range(max(0, i - 4), i) if words[j] in _PRE_NEGATIONS)
            used.update(range(i, last + 1))
            text = " ".join(t.text for t in tokens[i : last + 1])
            markers.append(EnMarker("modal", strength, i, last, text, verb))
            continue
        if word in UNIVERSAL or word in RESTRICTED:
            following = words[i + 1] if i + 1 < len(words) else ""
            if word == "any" and following == "of":
                continue  # "any of the following acts" is 之一 "one of", not a universal
            if following in UNIVERSAL or following in RESTRICTED:
                continue  # "any relevant organ": the word nearer the noun says the scope
            value = "universal" if word in UNIVERSAL else "restricted"
            markers.append(EnMarker("scope", value, i, i, tokens[i].text))
    for i, word in enumerate(words):
        if i in used or word not in _NEGATIONS:
            continue
        if (
            word == "not"
            and i >= 2
            and words[i - 1] == "or"
            and "whether" in words[max(0, i - 6) : i]
        ):
            continue  # "whether or not" negates nothing
        if word == "not" and i + 1 < len(words) and words[i + 1] in _NUMERIC_NOT:
            continue  # "not less than ten years" is 十年以上
        markers.append(EnMarker("negation", "negation", i, i, tokens[i].text))
    return sorted(markers, key=lambda m: m.first)
