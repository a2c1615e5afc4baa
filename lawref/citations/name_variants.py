"""A Chinese law's name in a Japanese rendering's words (ネットワークセキュリティ法 for 网络安全法).

Made from the grammar's word pairs (``statutes/grammar/ja.yaml``: words ``ja_name_words``),
applied to the store's names only: no statute text is touched. (Taiwan's and Hong Kong's words
for a name: citations/name_forms.py ``regional_names``.)
"""

from __future__ import annotations

from collections.abc import Iterable

from lawref.citations.templates import CitationGrammar


def _varied(name: str, pairs: Iterable[str]) -> set[str]:
    """``name`` and every name made by replacing some of the pairs' first words by their second
    (each pair "mainland other", space-separated)."""
    names = {name}
    for pair in sorted(pairs):
        mainland, other = pair.split()
        names |= {n.replace(mainland, other) for n in names if mainland in n}
    return names


def japanese_names(name: str, grammar: CitationGrammar, prefixes: Iterable[str]) -> dict[str, bool]:
    """A Chinese name's (in Simplified) Japanese renderings, by the grammar's pairs (ja.yaml: words
    ja_name_words, "数据 データ": 数据安全法 is データセキュリティ法), each with whether it may be
    read without the state's name before it. A rendering that is also a name Japanese writing
    gives another country's law (ja.yaml: words ja_names_of_other_laws: 個人情報保護法 is
    Japan's own act, and Taiwan's) names the Chinese law only after one of ``prefixes``
    (中华人民共和国, 中国): those prefixed forms are returned instead, not to be read without it."""
    others = grammar.words.get("ja_names_of_other_laws", frozenset())
    prefixes = tuple(prefixes)
    out: dict[str, bool] = {}
    for variant in _varied(name, grammar.words.get("ja_name_words", ())) - {name}:
        bare = next((variant[len(p) :] for p in prefixes if variant.startswith(p)), variant)
        if bare in others:
            for prefix in prefixes:
                out[prefix + bare] = False
        else:
            out[variant] = True
    return out
