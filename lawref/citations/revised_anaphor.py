"""An anaphor that calls the law revised — "the revised law", "the amended law", Japanese 改正法,
Chinese 修订后的法律 — points back to the law the text called revised, not to another law named
after it.

A report says "China's top legislative body passed the revised Law on Guarding State Secrets",
mentions in passing that "last April, there was a comprehensive update to Beijing's anti-espionage
law", and goes on "the revised law now includes a mandate …". The law named last is the
Counter-espionage Law; the law the writer called revised is the State Secrets Law, and "the
revised law" is that one. So an anaphor holding the word is read as the last law cited with the
word right before its name ("the revised …", 改正『…』, 修订后的《…》) or cited by such an anaphor
already read; when that law is one the store lacks, the anaphor cites nothing; when the text
called no law revised, the law named before, as any anaphor.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.citations.scan_records import Named, replace_named
from lawref.spans import CitationSpan
from lawref.text.regex_code import constant

# The word that calls a law revised, in an anaphor's own words: "the revised law", 改正法,
# 修订后的法律, 新法 (the grammar's anaphor templates: en.yaml en-anaphor, ja.yaml
# ja-anaphor-revised, cn.yaml cn-anaphor-revised and cn-anaphor-new-law).
_REVISED = constant(
    r"(?i:\b(?:revised|amended)\s{1,2}(?:law|act|legislation|statute|regulations?)\b)"
    r"|改正法|修[订訂改](?:后|後)?的法[律案]"
    r"|^新法$"  # 新法, "the new law" (cn.yaml cn-anaphor-new-law): the law just revised
)
# …and right before a law's name: "the revised Law on …", "the amended 2019 law", 改正『…』,
# 中国の改正…, 修订后的《…》, 新修订的《…》. Searched at the end of the words before the name.
_CALLED_REVISED = constant(
    r"(?i:\b(?:revised|amended)\s{1,3}(?:(?:version\s{1,3}of\s{1,3})?(?:the\s{1,3})?)$)"
    r"|改正\s{0,2}[『「《]?$"
    r"|修[订訂改](?:后|後)?的\s{0,2}[《「『]?$"
)
_BEFORE = 30  # characters before a name the word may stand in
_WORD = constant(r"(?i:revised|amended)|改正|修[订訂改]")


def revised_word_before(text: str, start: int) -> str:
    """The word that calls the law named at ``start`` revised ("revised", 改正), or ""."""
    called = _CALLED_REVISED.search(text, max(0, start - _BEFORE), start)
    return _WORD.search(called.group()).group() if called is not None else ""  # type: ignore[union-attr]


def called_revised(text: str, cited: CitationSpan) -> bool:
    """Whether the text calls the law of ``cited`` revised where it cites it: the word right
    before its name, or in its own words ("the revised law" read already)."""
    own = _REVISED.search(cited.text) is not None
    return own or revised_word_before(text, cited.start) != ""


def revised_reading(
    anaphor: str, text: str, found: Sequence[CitationSpan], named_before: Named | None
) -> Named | None:
    """The law an anaphor points back to: for one calling the law revised, the last law cited as
    revised (None when the store lacks it); otherwise, or when no law was called revised,
    ``named_before``."""
    if _REVISED.search(anaphor) is None:
        return named_before
    for cited in reversed(found):
        if not called_revised(text, cited):
            continue
        if cited.statute is None or cited.ambiguous:
            return None  # the revised law meant is one the store lacks
        if named_before is not None and named_before.statute == cited.statute:
            return named_before
        name = cited.name or cited.text
        named = Named(cited.start, cited.end, name, cited.statute, version=cited.version)
        return replace_named(named, note=f"called revised before: {name}")
    return named_before
