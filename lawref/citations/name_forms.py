"""The forms a statute's name is compared in: Simplified script, a folded key, place words off.

A name as a writer gives it ("China's 2017 National Intelligence Law", 中華人民共和國網路安全法) and
as the store holds it meet in these forms; the citation finder also scans a text in Simplified
(``simplified_in_place``) so that one name matches in either script.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lawref.citations.pattern_pieces import CJK
from lawref.citations.templates import CitationGrammar, shipped_grammar
from lawref.text.folds import t2s_converter
from lawref.text.regex_code import constant
from lawref.text.regional import fold_regional

CJK_CHARACTER = constant(f"[{CJK}]")  # a Chinese character anywhere in a text
HANGUL_CHARACTER = constant("[\uac00-\ud7a3]")  # a Korean syllable anywhere in a text
_NON_KEY = constant(r"[\W_]+")
_POSSESSIVE = constant(r"['’]s\b")
_LEADING_THE = constant(r"^the\s+")
_LEADING_YEAR = constant(r"^(?:19|20)\d{2}\s+")
_REF_WORD = constant(r"^\s*(?P<kw>[A-Za-z]+\.?|§§?)")
# 第702条, 第702节 (第702條, 第702節): a Chinese reference by an Arabic number, in a citation form
# ("外国情报监视法第702节"); 节 is a section, 条 an article.
_CJK_REF = constant(r"^第\s{0,2}(?P<num>[0-9]{1,5})\s{0,2}(?P<kind>条款|條款|条|條|节|節)$")


def simplified(text: str) -> str:
    """Traditional characters to Simplified (OpenCC's t2s) and Taiwanese words to the mainland's
    (text/regional.py, as the matching form folds them: 網路 → 网络); text without Chinese as it
    is. Every name and every scanned text is compared in this form."""
    if not CJK_CHARACTER.search(text):
        return text
    return fold_regional(t2s_converter().convert(text))  # type: ignore[attr-defined]


def simplified_in_place(text: str) -> str:
    """The text with Traditional characters made Simplified where that keeps every offset (as
    it does for all but rare phrase conversions); otherwise the text itself. Citations are found
    in this form, so that one Simplified name matches a name written in either script."""
    converted = simplified(text)
    return converted if len(converted) == len(text) else text


@lru_cache(maxsize=8192)
def key(name: str) -> str:
    """A name as compared: width, script, case, possessives, spacing and punctuation folded."""
    text = simplified(unicodedata.normalize("NFKC", name)).casefold()
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    return _NON_KEY.sub("", text)


def regional_names(name: str, grammar: CitationGrammar) -> set[str]:
    """A Chinese name (in Simplified) and its names in another region's words, by the grammar's
    pairs (joins.yaml: words cn_regional_name_words, "数据 资料": 数据安全法 is 资料安全法 in
    Taiwan). Only names are varied: the words are common in the text of laws themselves."""
    names = {name}
    for pair in grammar.words.get("cn_regional_name_words", ()):
        mainland, regional = pair.split()
        names |= {other.replace(mainland, regional) for other in names if mainland in other}
    return names


PlaceRules = tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]


@lru_cache(maxsize=1)
def _shipped_place_rules() -> PlaceRules:
    return place_rules(shipped_grammar())


def place_rules(grammar: CitationGrammar) -> PlaceRules:
    """The grammar's words that place a statute rather than name it (joins.yaml: windows
    place_before, place_after; words cn_place_prefixes, longest first)."""
    prefixes = sorted(grammar.words.get("cn_place_prefixes", ()), key=len, reverse=True)
    return grammar.windows["place_before"], grammar.windows["place_after"], tuple(prefixes)


def strip_place(name: str, rules: PlaceRules | None = None) -> str:
    """ "China's 2017 National Intelligence Law" → "National Intelligence Law"; 中华人民共和国网络安全法
    → 网络安全法 (by a grammar's ``rules``, or the shipped grammar's)."""
    before, after, cn_prefixes = rules or _shipped_place_rules()
    text = " ".join(name.split())
    text = before.sub("", text)
    text = _LEADING_YEAR.sub("", text)
    text = before.sub("", text)
    text = after.sub("", text)
    for prefix in cn_prefixes:
        if text.startswith(prefix) and len(text) > len(prefix) + 1:
            text = text[len(prefix) :]
            break
    return text


def ref_key(words: str, grammar: CitationGrammar) -> str | None:
    """ "Sec. 301" / "§ 301" / "section 301" → "section 301"; "Art. 7" → "article 7"; 第702节 →
    "section 702", 第702条 → "article 702"."""
    chinese = _CJK_REF.match(words)
    if chinese is not None:
        kind = "section" if chinese["kind"] in ("节", "節") else "article"
        return f"{kind} {chinese['num']}"
    match = _REF_WORD.match(words)
    found = grammar.match_start(("reference",), words)
    if match is None or found is None:
        return None
    numbers = {item.number for item in found[0].items(words, 0, len(found[1]))}
    if len(numbers) != 1:
        return None
    word = match["kw"].lower()
    kind = "section" if word.startswith(("s", "§")) or "§" in words[:4] else "article"
    return f"{kind} {numbers.pop()}"
