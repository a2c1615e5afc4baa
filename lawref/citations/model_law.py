"""A law named as the model another law followed — 《个人信息保护法》借鉴欧盟GDPR, 借鏡歐盟GDPR,
"the PIPL, modelled on the EU's GDPR" — is cited where it stands, but it is not what the text goes
on about: "the said law" and its articles after it (依該法第3條, "the law's Article 3") are still
the law named before it, the sentence's subject. Without this rule a Taiwanese note on the PIPL
read 依該法第3條 as Article 3 of the GDPR (the tenth held-out set). The words that mark a model
are the window ``model_before`` of statutes/grammar/joins.yaml."""

from __future__ import annotations

from lawref.citations.windows import Windows

# How far before a name its model words may begin (借鉴了欧盟的《: 8 characters; "modelled on the
# EU's ": 21).
MODEL_REACH = 28


def named_as_model(windows: Windows, text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` (in Simplified script) is named as the model
    another law followed."""
    return bool(windows.model_before.search(text[max(0, start - MODEL_REACH) : start]))
