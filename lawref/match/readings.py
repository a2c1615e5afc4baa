"""Pinyin readings scraped into Chinese text after its characters ("國(guó)", "為(wei) 了"):
not the writer's words nor the law's, so matching reads past them."""

from __future__ import annotations

from lawref.text.regex_code import constant

# A pinyin reading scraped in after a Chinese character ("國(guó)", "會(huì )"): a tone mark is
# required, as for citations (lawref/citations/annotations.py).
_READING = constant(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（] ?[a-zü]{0,6}"
    r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6} ?[)）]"
)


# A reading without its tone mark ("為(wei) 了", "會(hui)"): a whole pinyin syllable of two letters
# or more. Read as one only when the text holds two of them at least (one may be a word).
_TONELESS = constant(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（] ?"
    r"((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai"
    r"|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|a|o|e|i|u)) ?[)）]"
)
_TONELESS_MIN = 2


def reading_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds pinyin readings scraped in after its characters: the bracketed
    syllables, brackets included, with a tone mark ("國(guó)") or, when the text holds two or
    more, without one ("為(wei) 了"); several readings of one character and a toneless one beside
    other readings too (match/reading_choices.py)."""
    if "(" not in text and "（" not in text:
        return []
    from lawref.match.reading_choices import choice_spans
    from lawref.match.repeated_readings import repeated_after

    spans = [m.span() for m in _READING.finditer(text)]
    toneless = [m.span() for m in _TONELESS.finditer(text) if len(m.group(1)) >= 2]
    # Readings of several pronunciations ("和(hé / huò)"), and a lone toneless one beside
    # other readings ("的(de)"): match/reading_choices.py.
    extra = choice_spans(text, spans, toneless)
    if len(toneless) >= _TONELESS_MIN:
        extra = [*extra, *toneless]
    found = set(spans) | set(extra)
    # A reading scraped in twice ("用(yong)(yong)"): match/repeated_readings.py.
    return sorted(found | set(repeated_after(text, sorted(found))))


def without_readings(text: str) -> str:
    """``text`` without the pinyin readings scraped in after its characters."""
    spans = reading_spans(text)
    if not spans:
        return text
    out, at = [], 0
    for start, end in spans:
        if start >= at:
            out.append(text[at:start])
            at = end
    out.append(text[at:])
    return "".join(out)
