"""The quote marks: which marks close which opener, which re-open a continuing paragraph."""

from __future__ import annotations

from lawref.text.regex_code import constant

__all__ = [
    "APOSTROPHES",
    "CLOSERS",
    "CONTINUERS",
    "ELISIONS",
    "MARKS",
    "OPENERS",
    "SINGLE",
    "SYMMETRIC",
]

# opener -> the marks that close it
CLOSERS = {
    "“": "”",
    "„": "”“",
    "‘": "’",
    "‚": "’‘",
    "«": "»",
    "»": "«",  # »Danish/German style«
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "〝": "〞〟",
    '"': '"',
    "'": "'",
    "＂": "＂",
    "＇": "＇",
}
# opener -> marks that re-open it at the start of a continuing paragraph
CONTINUERS = {opener: opener for opener in CLOSERS}
CONTINUERS["«"] = "«»"  # French continuation paragraphs open with »
OPENERS = "".join(CLOSERS)
SYMMETRIC = "\"'＂＇"
SINGLE = "'＇‘‚"
APOSTROPHES = "'’‘＇"
MARKS = constant("[\"'‘’‚“”„«»‹›「」『』〝〞〟＂＇]")
ELISIONS = ("em", "til", "tis", "twas", "cause", "bout", "round", "cos", "n")
