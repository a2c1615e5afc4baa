"""An article's heading, 第二十三條 or "Article 23", as the pipeline's checks look for it.

The Chinese form counts with the citation grammar's numeral alphabet (``cn_numeral`` in
statutes/grammar/cn.yaml; :data:`lawref.text.numerals.NUMERAL_PATTERN`): ordinary, formal and
Traditional digits, the whole tens 廿 卄 卅 卌, ASCII and full-width digits. Every piece is
bounded, so a pattern built from them runs in time linear in the text.
"""

from __future__ import annotations

import re

from lawref.text.numerals import NUMERAL_PATTERN
from lawref.text.regex_code import Deferred, constant

__all__ = ["ARTICLE_HEADING", "LATIN_ARTICLE", "PROSE_AFTER_ARTICLE", "chinese_article"]


def chinese_article(group: str | None = None, space: str = "") -> str:
    """第N条 (or 條) as a pattern: N in the grammar's numerals, captured as ``group`` when named,
    with ``space`` (a pattern: ``r"\\s?"`` as the citation grammar has it) between 第, the number
    and 条; none by default, as a law's text prints its headings."""
    number = f"(?P<{group}>{NUMERAL_PATTERN})" if group else NUMERAL_PATTERN
    return rf"第{space}{number}{space}[条條]"


# "Article 5", "Art. 5", "art.5" (the pattern that uses it says whether case matters).
LATIN_ARTICLE = r"Art(?:icle|\.)\s*\d{1,3}"

# An article heading alone at the head of a line, with its colon or full stop: "第五条：",
# "Article 5. " (case ignored). What a line's head may be besides a list number.
ARTICLE_HEADING = Deferred(
    rf"\s*(?:{chinese_article()}|{LATIN_ARTICLE}[a-z]?)\s*(?:[:：.]\s*)?", re.IGNORECASE
)

# Words right after 第N条 that make it a reference in prose (第七条规定，…, 第七條中的…), not a
# heading of the text that follows, in either script (read by citations/headings.py on the
# Simplified form, and by pipeline/instruments.py on the page's own).
PROSE_AFTER_ARTICLE = constant(
    r"[ \t\u3000]*(?:规定|規定|指出|明确|明確|中(?![华華国國])|的|所|之|和|与|與|及|至|到|、|，|,|第)"
)
