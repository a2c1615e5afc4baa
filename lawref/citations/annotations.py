"""Pinyin scraped into Chinese text ("中华人民(mín)共和國(guó)国家情报(bào)法"): a page that shows the
reading of some characters above them loses the layout when copied, and the readings land in
brackets inside the words. Citations are found in the text without them, and their places mapped
back to the text as written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lawref.spans import CitationSpan
from lawref.text.regex_code import constant

# A bracketed syllable with a tone mark right after a Chinese character: "(bào)", "（guó）". A tone
# mark is required, so that a part cited by its letter (第1款(f)项) is never taken for one.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
ANNOTATION = constant(
    rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（][a-zü]{{0,6}}[{_TONED}][a-zü]{{0,6}}[)）]"
)

# A toneless syllable in brackets with a space after it ("反恐怖主義(yi) 法", "會(hui) 議"): a page
# whose readings carry no tone marks, copied with the space that set them apart. The space is
# required (after it, a Chinese character or punctuation), so that a point cited by its letters
# or a Roman numeral (第1款(f) 项, (ii) 项: one letter, or letters i, v, x alone) is never taken
# for one.
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TONELESS = constant(
    rf"(?<=[{_CJK}])[(（](?![ivx]+[)）])(?=[a-zü]{{2}})(?:[bcdfghjklmnpqrstwxyz]{{1,2}})?[aeiouü][a-zü]{{0,4}}[)）] "
    rf"(?=[{_CJK}，、。；：,;:》」』〉])"
)


@dataclass(frozen=True)
class Unannotated:
    """A text without its pinyin annotations, and where each of its characters stands in the
    text as written."""

    text: str
    places: list[int]

    def as_written(self, citation: CitationSpan, written: str) -> CitationSpan:
        """``citation`` (found in :attr:`text`) with the place and words of ``written``."""
        start = self.places[citation.start] if citation.start < len(self.places) else len(written)
        end = self.places[citation.end - 1] + 1 if citation.end > citation.start else start
        return replace(citation, text=written[start:end], start=start, end=end)


def without_annotations(text: str) -> Unannotated | None:
    """``text`` without its pinyin annotations; None when it has none."""
    if "(" not in text and "（" not in text:
        return None
    pieces: list[str] = []
    places: list[int] = []
    last = 0
    found = sorted([*ANNOTATION.finditer(text), *TONELESS.finditer(text)], key=lambda m: m.start())
    for match in found:
        if match.start() < last:
            continue
        pieces.append(text[last : match.start()])
        places.extend(range(last, match.start()))
        last = match.end()
    if not pieces:
        return None
    pieces.append(text[last:])
    places.extend(range(last, len(text)))
    return Unannotated("".join(pieces), places)
