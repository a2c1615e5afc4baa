"""English under an article heading (pipeline/headed.py) linked on a lower score when the heading's
article is also the clear best (xling/thresholds.py XLING_HEADED_BEST_MIN), and a headed text
that opens with a quotation mark. The renderings are written for these tests from the Chinese
text of the Cryptography Law; none is a stored text.
"""

from __future__ import annotations

import pytest

from lawref.pipeline.checker import Checker
from lawref.store.load import load_store

CL = "cn-cryptography-law"
TITLE = "Cryptography Law of the People's Republic of China\n\n"
# Art. 24, loosely worded: below the open bar, the best article by a clear lead.
ART_24 = (
    "Commercial cryptography businesses shall, in activities involving commercial cryptography, "
    "comply with the technical requirements laid down in relevant laws, administrative "
    "regulations, compulsory national standards and the standards the businesses themselves "
    "publish."
)
# Art. 24 again, worded so loosely that Art. 22 comes close: no clear lead.
ART_24_LOOSER = (
    "Entities in the commercial cryptography business shall, whenever they engage in work "
    "touching on commercial cryptography, follow the technical requirements set by the relevant "
    "laws and administrative regulations, by mandatory national standards, and by standards "
    "those entities have made public themselves."
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


def _linked(checker: Checker, text: str) -> list[tuple[str, str]]:
    return [
        (q.match.statute, q.match.article)
        for q in checker.check_text(text).quotes
        if q.match is not None and q.verdict != "unmatched"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{TITLE}Article 24  {ART_24}\n", [(CL, "24")]),
        (f"{TITLE}Article 24: {ART_24}\n", [(CL, "24")]),
        # the heading names another article: the words do not agree with it
        (f"{TITLE}Article 22  {ART_24}\n", []),
        # no clear lead over the next article: the open bar still holds
        (f"{TITLE}Article 24  {ART_24_LOOSER}\n", []),
    ],
)
def test_a_headed_rendering_whose_article_is_the_clear_best(
    checker: Checker, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _linked(checker, text) == expected


def test_a_headed_text_may_open_with_a_quotation_mark(checker: Checker) -> None:
    text = (
        f'{TITLE}Article 2: "Cryptography" as referred to in this Law means the technologies, '
        "products and services that use specific transformation methods to encrypt information "
        "and to authenticate it for security.\n"
    )
    assert _linked(checker, text) == [(CL, "2")]
