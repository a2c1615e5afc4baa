"""Linking a quotation to the stored text it comes from, and judging how faithfully it quotes it."""
