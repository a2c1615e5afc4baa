"""The words around the pieces of a citation: what joins "Article 7" to the name after it, what
makes "Article 7 of the contract" not a statute's, where a year or "the revised" sits before a
name, how an unknown Chinese law's name ends. Generic grammar only; every pattern is bounded and
is applied to a bounded window of text next to a piece, never to the whole text.
"""

from __future__ import annotations

import re

from lawref.citations.grammar import CJK, YEAR

# How far (in characters) a year or a place word may sit before or after the name it qualifies.
WINDOW = 48

GAP_REF_NAME = re.compile(
    r"^\s{0,3}(?:(?i:of)\s{1,3}(?:Chapter|Part|Title|Section|CHAPTER|PART)\s{1,3}[IVXLC0-9]{1,6}\s{1,3})?"
    r"(?:(?i:of|in|under|from)\s{1,3})?(?:(?i:the|its|this|that|their)\s{1,3})?"
    r"(?:[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,20})?['’]s?\s{1,3})?"
    rf"(?:{YEAR}\s{{1,3}})?(?:(?:new|revised|amended|original|same)\s{{1,3}})?$"
)
GAP_NAME_REF = re.compile(
    r"^(?:['’]s)?\s{0,3}(?:[,，(（]\s{0,3})?$"
    r"|^[》〉]?\s{0,2}(?:[(（][^()（）\n]{1,16}[)）])?\s{0,2}的?\s{0,2}$"
)
GAP_PARENTHESIS = re.compile(r"^\s{0,2}[(（]\s{0,2}(?:or\s|i\.e\.\s?|即)?$")
CLOSE_PARENTHESIS = re.compile(r"^\s{0,2}[)）]")
BINDS_RIGHT = re.compile(r"^\s{1,3}of\s", re.I)
OF_SOMETHING = re.compile(r"^\s{1,3}of\s{1,3}", re.I)
ANAPHOR_AFTER = re.compile(
    r"^\s{1,3}(?:of|in|under)\s{1,3}(?:the|this|that|said)\s{1,3}(?:same\s{1,3})?"
    rf"(?:(?P<year>{YEAR})\s{{1,3}})?(?:law|act|statute|regulation|legislation|code|ordinance"
    r"|directive|revision|amendment|(?:revised|amended)\s{1,3}law)(?![A-Za-z])",
    re.I,
)
ANAPHOR_BEFORE = re.compile(
    r"(?:\bits|\b(?:the|this|that)\s{1,3}(?:law|act|statute|regulation|legislation|code|directive)"
    r"['’]s)\s{1,3}$|(?:该|本|此|同|这部|上述)(?:法律?|法规|条例)的?\s{0,2}$|其\s{0,2}$",
    re.I,
)
YEAR_RE = re.compile(YEAR)
OWNER_BEFORE = re.compile(r"[A-Za-z][\w.-]{0,30}['’]s\s{1,3}$")
CN_NOT_LAW_BEFORE = re.compile(
    r"(?:合同|协议|協議|合约|章程|报告|報告|文件|通知|公约草案)的?\s{0,2}$"
)
ACRONYM_AFTER = re.compile(
    r"^(?P<name>(?:(?:FY|[Ff]iscal\s(?:[Yy]ear\s)?)\s?(?:19|20)?\d{2}\s{1,2}|"
    + YEAR
    + r"\s{1,2})?[A-Z][A-Z0-9&]{0,7}[ALRCD])(?![A-Za-z0-9])"
)
CN_UNKNOWN_BEFORE = re.compile(
    rf"(?P<name>[{CJK}]{{1,24}}?(?:法|条例|條例|法典|公约|条约|办法|細則|细则))$"
)
CN_FILLER = re.compile(
    r"^(?:根据|依据|依照|按照|参照|违反|援引|引用|引述|称|指出|表示|以及|以|及|和|与|或|是|在|对|了|"
    r"即|如|由|经|将|把|被|新|修订|修改|后|依|按|据|中|该|其)"
)
CN_LAW_NAME = re.compile(
    r"(?:法|条例|條例|法典|公约|條約|条约|办法|辦法|细则|細則|规定|規定|决定|決定|解释)(?:[(（][^()（）]{1,10}[)）])?$"
)
YEAR_BEFORE = re.compile(
    rf"(?:(?P<y1>{YEAR})(?:['’]s)?\s{{1,3}}(?:(?:revised|amended|original|new|updated)\s{{1,3}})?"
    rf"|(?P<y2>{YEAR})\s{{1,3}}(?:revision|amendment|version|text)s?\s{{1,3}}(?:of|to)\s{{1,3}}"
    r"(?:the\s{1,3})?(?:[A-Z][A-Za-z.]{1,20}['’]s\s{1,3})?"
    rf"|(?P<y3>{YEAR})\s?年(?:\s?\d{{1,2}}\s?月(?:\s?\d{{1,2}}\s?日)?)?"
    r"(?:修订|修正|修改|通过|颁布|施行|制定|出台|版)?后?的?[《〈]?)$"
)
# "the revised Counter-espionage Law", 新修订的反间谍法: the latest version.
REVISED_BEFORE = re.compile(
    r"(?:\b(?:revised|amended|newly\s{1,3}revised|updated|new)\s{1,3}"
    r"|(?:新修订|修订后|修正后|新修正)的?[《〈]?)$",
    re.I,
)
YEAR_AFTER = re.compile(
    rf"^(?:\s{{0,2}}[(（]\s?(?P<y1>{YEAR})\s?年?(?:\s?(?:version|revision|amendment|text))?"
    r"(?:修订|修正|修改|版|本)?\s?[)）]"
    rf"|,?\s{{1,3}}(?:as\s{{1,3}})?(?:amended|revised)\s{{1,3}}in\s{{1,3}}(?P<y2>{YEAR})"
    rf"|['’]s\s{{1,3}}(?P<y3>{YEAR})\s{{1,3}}(?:revision|version|amendment)"
    rf"|\s{{1,2}}of\s{{1,2}}(?P<y4>{YEAR}))(?![0-9])"
)
LAWPHRASE_TOKEN = re.compile(r"(?:[A-Z][A-Za-z'’\-.&]{0,24}|(?:19|20)\d{2}|FY\s?\d{2,4})$")
_PHRASE_STOP_LIST = (
    "the a an this that these those under in on of for by to from with and or but as per "
    "according while when where why how what whether if its their his her our your it is was "
    "are were be been has have had will would should may might must can could said says say"
)
PHRASE_STOP = frozenset(_PHRASE_STOP_LIST.split())
# An unknown law's name is taken as one only after "the" or a possessive ("the Trade Act",
# "China's new Foreign Investment Law"), not from any capitalised run ending in "Law".
LED = re.compile(
    r"(?:\bthe|['’]s)\s{1,3}(?:(?:new|revised|amended|draft|proposed|landmark|so-called)\s{1,3})?$",
    re.I,
)
_PLACE_WORD_LIST = (
    "china chinese prc beijing us u.s. america american eu europe european new revised"
)
PLACE_WORDS = frozenset(_PLACE_WORD_LIST.split())


def word_before(text: str, pos: int, floor: int) -> int | None:
    """Where the word that ends (with one or two spaces) just before ``pos`` starts."""
    end = pos
    while end > floor and pos - end < 2 and text[end - 1] in " \t\n":
        end -= 1
    if end == pos or end <= floor:
        return None
    start = end
    while start > floor and end - start < 30 and not text[start - 1].isspace():
        start -= 1
    if start > floor and not text[start - 1].isspace():
        return None
    return start


def cn_name(words: str) -> str:
    """The law's name at the end of a run of Chinese characters: 根据反恐怖主义法 → 反恐怖主义法."""
    if "的" in words:
        words = words[words.rfind("的") + 1 :]
    for _ in range(6):
        match = CN_FILLER.match(words)
        if match is None or len(words) - match.end() < 3:
            break
        words = words[match.end() :]
    return words
