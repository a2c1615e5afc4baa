"""Unquoted reuse: statute text that a document reproduces without quotation marks."""
