"""Cross-lingual verification: an English quote checked against the Chinese original."""
