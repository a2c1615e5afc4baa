"""Text primitives shared by the stages: matching forms with offset maps, numerals, sentences."""
