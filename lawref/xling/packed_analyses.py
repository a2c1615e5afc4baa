"""Chinese analyses kept compactly: flat integer arrays over one table of distinct tokens.

What the cross-lingual index keeps in the compiled cache (xling/index.py): a token's glosses depend
only on its word, so each distinct token is a template at offset 0 and every occurrence is four
numbers; an article's analysis is rebuilt from them exactly as :func:`lawref.xling.zh.analyse`
made it.
"""

from __future__ import annotations

import pickle
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from lawref.store.mapped import Packed, PackedBytes
from lawref.xling.zh import ZhAnalysis, ZhToken


def _template(token: ZhToken) -> ZhToken:
    """``token`` at offset 0 of sentence and clause 0, its strings interned: shared by every use."""
    return ZhToken(
        sys.intern(token.text),
        0,
        token.end - token.start,
        0,
        0,
        sys.intern(token.kind),
        sys.intern(token.gloss),
        frozenset(sys.intern(s) for s in token.stems),
        tuple(tuple(sys.intern(s) for s in p) for p in token.patterns),
        token.strength,
        token.scope,
        tuple(
            replace(_template(p), start=p.start - token.start, end=p.end - token.start)
            for p in token.parts
        ),
    )


def _placed(template: ZhToken, start: int, sentence: int, clause: int) -> ZhToken:
    # A part lies in its phrase, so it shares the phrase's sentence and clause. (Built directly:
    # dataclasses.replace costs several times more, and a quote rebuilds ~40 articles.)
    return ZhToken(
        template.text,
        template.start + start,
        template.end + start,
        sentence,
        clause,
        template.kind,
        template.gloss,
        template.stems,
        template.patterns,
        template.strength,
        template.scope,
        tuple([_placed(p, start, sentence, clause) for p in template.parts])
        if template.parts
        else (),
    )


def _fields(token: ZhToken) -> tuple[Any, ...]:
    return (*(getattr(token, f) for f in _TOKEN_FIELDS), tuple(_fields(p) for p in token.parts))


def _from_fields(fields: tuple[Any, ...]) -> ZhToken:
    return ZhToken(*fields[:-1], tuple(_from_fields(p) for p in fields[-1]))  # type: ignore[arg-type]


_TOKEN_FIELDS = [f for f in ZhToken.__dataclass_fields__ if f != "parts"]


class PackedAnalyses:
    """Analyses kept as flat integer arrays over one table of distinct tokens.

    A token's glosses depend only on its word, so a big store's millions of tokens are a few
    thousand distinct templates plus (template, start, sentence, clause) per occurrence; this
    pickles to a fraction of the objects and ``analysis(n, text)`` rebuilds one article exactly.
    """

    def __init__(self, analyses: Iterable[ZhAnalysis]) -> None:
        ids: dict[ZhToken, int] = {}
        # A template is pickled on its own as a tuple of its fields (__getstate__) and made a
        # ZhToken when first used: unpickling thousands costs more than the few a quote needs.
        self.templates: list[ZhToken | tuple[Any, ...] | None] = []
        rows = array("I")  # template, start, sentence, clause of every token, in order
        self.bounds = array("I", [0])  # article n's tokens are rows[4*bounds[n] : 4*bounds[n+1]]
        self.clauses = array("I")
        for analysis in analyses:
            for token in analysis.tokens:
                template = _template(token)
                tid = ids.setdefault(template, len(ids))
                if tid == len(self.templates):
                    self.templates.append(template)
                if _placed(template, token.start, token.sentence, token.clause) != token:
                    raise ValueError(f"token {token.text!r} cannot be rebuilt from its template")
                rows.extend((tid, token.start, token.sentence, token.clause))
            self.bounds.append(len(rows) // 4)
            self.clauses.append(analysis.clauses)
        # in the compiled cache's mapped section: a run reads the rows of the articles it scores
        self.rows = Packed(rows)

    def __len__(self) -> int:
        return len(self.clauses)

    def __getstate__(self) -> dict[str, Any]:
        # Each template pickled on its own in the compiled cache's mapped section: a run unpickles
        # the few hundred a quotation reaches, not the thousands of the store.
        state = {k: v for k, v in self.__dict__.items() if k not in ("templates", "_pickled")}
        fields = (_fields(self._template(tid)) for tid in range(len(self.templates)))
        state["_pickled"] = PackedBytes(
            {tid: pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL) for tid, f in enumerate(fields)}
        )
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.templates = [None] * len(state["_pickled"])

    def _template(self, tid: int) -> ZhToken:
        found = self.templates[tid]
        if found is None:
            # (the bytes are checked against the signed digests before they are unpickled)
            found = self.templates[tid] = _from_fields(pickle.loads(self._pickled[tid]))
        elif isinstance(found, tuple):
            found = self.templates[tid] = _from_fields(found)
        return found

    def _rows(self, n: int) -> Sequence[int]:
        """The rows of article ``n``'s tokens (four numbers each)."""
        return self.rows.span(4 * self.bounds[n], 4 * self.bounds[n + 1])

    def analysis(self, n: int, text: str) -> ZhAnalysis:
        """The analysis of article ``n``, whose text is ``text``."""
        rows = self._rows(n)
        tokens = tuple(
            _placed(self._template(rows[i]), rows[i + 1], rows[i + 2], rows[i + 3])
            for i in range(0, len(rows), 4)
        )
        return ZhAnalysis(text, tokens, self.clauses[n])

    def clauses_and_templates(self, n: int) -> Iterator[tuple[int, int]]:
        """(clause, template number) of each token of article ``n``, in order: what choosing a
        window reads (``template(number)`` differs from the token in its offsets only)."""
        rows = self._rows(n)
        return zip(rows[3::4], rows[0::4], strict=True)

    def template(self, tid: int) -> ZhToken:
        """Template number ``tid``: a token at offset 0 of sentence and clause 0."""
        return self._template(tid)

    def bag(self, n: int) -> frozenset[str]:
        """What ``analysis(n, ...).bag()`` is, without building the tokens."""
        out: set[str] = set()
        for tid in self._rows(n)[::4]:
            template = self._template(tid)
            out |= template.stems
            for part in template.parts:
                out |= part.stems
        return frozenset(out)
