"""Segments.of keeps the latest documents' segments: what it hands back must be what a fresh
Segments of the same text and quotations gives, never another quotation set's."""

from lawref.text.sentences import Segments

# A quotation the quote finder gave without marks: a full stop inside it ends no sentence.
TEXT = "The report quoted The law applies. It binds all. Then he left. Critics disagreed."
QUOTE = (TEXT.index("The law"), TEXT.index("all.") + 4)


def test_kept_segments_follow_the_quotations_given() -> None:
    plain = Segments.of(TEXT)
    quoted = Segments.of(TEXT, [QUOTE])
    again = Segments.of(TEXT)
    assert plain.sentence_starts != quoted.sentence_starts  # (the quotation matters here)
    for kept, quotations in ((plain, []), (quoted, [QUOTE]), (again, [])):
        fresh = Segments(TEXT, quotations)
        assert kept.sentence_starts == fresh.sentence_starts
        assert kept.paragraph_starts == fresh.paragraph_starts


def test_a_changed_text_is_segmented_again() -> None:
    first = Segments.of(TEXT)
    other = TEXT.replace("Then he left.", "Then he left. He came back.")
    assert Segments.of(other).sentence_starts == Segments(other).sentence_starts
    assert Segments.of(TEXT) is first
