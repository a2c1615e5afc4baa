"""An English anaphor — "the law", "the Act", "the new law", "the Regulation", "the legislation",
"the statute" — cites the law the text named last before it.

Reporting names a law once and then goes on about "the law": "China passed the Export Control Law
on Saturday. The law applies to …". A fact-checker reads such a mention as a citation of that law
(the labelling policy of the real-world sets, "B. Anaphors", which every set follows since the
thirteenth round), as lawref already reads 该法 and 同法. The grammar's template ``en-anaphor``
(statutes/grammar/en.yaml) finds the words; this rule says when they point back to a law:

- never when "the law" is the law in general: "in accordance with the law", "according to the
  law", "above the law", "equal before the law", "obey the law", "break the law", "the rule of
  the law", "enforcement of the law", and the law as the first word of a compound ("the law
  enforcement agencies", "the law firm", "the law applicable to the case");
- "the Act" and "the Regulation" only when the law named before is an act or a regulation by its
  own names (citations/anaphor_kind.py): "the Regulation" after China's Export Control Law is some
  regulation the text does not name;
- never right after a quotation's closing mark ("“the best of intentions,” the law makes it clear
  what their duty is"): there it would be read as the quotation's credit, and the words quoted
  are a speaker's, not the law's;
- never in the sentence an article of that law was cited in, or the one after ("Article 7 of the
  Intelligence Law … The law states: “…”"): the article stays the one in the air, and a quotation
  there is credited to it rather than to the law alone;
- never when the anaphor is part of a reference that already reads it ("Article 7 of the law",
  "the law's Article 3"), nor when the words around it name it ("The new law, known as the
  Reforming Intelligence and Securing America Act", "the NIL, as the statute is known").

"this Law", "this Regulation" and "this Act" are not read: they are mostly a law's own words in
its reproduced text, which the sets leave unlabelled there as they leave 本法 (of 187 uses of
"this" with a law's head word on the read sets, 37 are labelled citations); nor "the bill",
"the draft law" or "the first draft of the law" (a draft, not the law named before), lower-case
"the act" (an action as often as a law), "the rules" or "the code". Nor an anaphor after a law
the store lacks: it says no more than the name did, and a citation of a law the store lacks may
keep a quotation near it from being linked (a heldout13 definition under "the Law" after a
section heading read as a name lost its link that way).
"""

from __future__ import annotations

from lawref.text.regex_code import constant

# Words before "the law" that make it the law in general, not a law named before. Each ends
# right before the anaphor, so the window is searched at its end.
_GENERAL_BEFORE = constant(
    r"(?i:\b(?:accordance\s{1,3}(?:with|to)|according\s{1,3}to|above|before|obey(?:s|ed|ing)?|"
    r"observes?|observing|abid(?:e|es|ing)\s{1,3}by|break(?:s|ing)?|broke(?:n)?|breaking|"
    r"rule\s{1,3}of|enforc(?:e|es|ed|ing|ement\s{1,3}of)|in\s{1,3}line\s{1,3}with|"
    r"respects?|uph[eo]ld(?:s|ing)?)\s{1,3}$)"
)
# A quotation's closing mark right before "the law": "“the best of intentions,” the law makes it
# clear …" would read as the quotation's credit, when the words quoted are a speaker's and the
# sentence goes on about the law (the attribution credits a citation so placed).
_AFTER_QUOTATION = constant(r"[”\"»」』]\s{0,3}$|’\s{1,3}$")
# Words after "the law" that make it the first word of a compound noun or the law in general.
_GENERAL_AFTER = constant(
    r"(?i:^\s{1,3}(?:enforcement|firms?|schools?|society|professors?|students?|reviews?|"
    r"journals?|faculty|makers?|degrees?|clerks?|offices?|agenda|applicable|practices?|"
    r"library|department|centre|center|graduates?)\b|"
    # "The new law, known as the Reforming Intelligence … Act", "the NIL, as the statute is known":
    # named by the words around it
    r"^,?\s{1,3}(?:(?:is|was)\s{1,3})?(?:known|called|named|dubbed|titled|entitled)\b)"
)
# "the first draft of the law", "earlier drafts of the Act": a draft of it, not the law (as "the
# draft law" is not read).
_DRAFT_OF_BEFORE = constant(r"(?i:\bdrafts?\s{1,3}of\s{1,3}$)")
_WINDOW = 40  # characters read on either side of the anaphor


def reads_as_named_law(text: str, start: int, end: int) -> bool:
    """Whether the English anaphor ``text[start:end]`` ("the law") points back to a law named
    before it, rather than to the law in general ("in accordance with the law") or to the first
    word of a compound ("the law firm")."""
    before = text[max(0, start - _WINDOW) : start]
    after = text[end : end + _WINDOW]
    return (
        _GENERAL_BEFORE.search(before) is None
        and _GENERAL_AFTER.match(after) is None
        and _AFTER_QUOTATION.search(before) is None
        and _DRAFT_OF_BEFORE.search(before) is None
    )
