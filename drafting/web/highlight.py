"""Annotated passages as `<mark>`s: an article's alinéas cut into pieces, each piece with the ids
of the annotations that cover it. Positions count code points of the article's text (alinéas
joined by "\\n"), as `domain/anchors.py` stores them, which is how Python indexes a `str`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    annotations: tuple[int, ...]  # empty: plain text


def pieces(alineas: Sequence[str], spans: Sequence[tuple[int, int, int]]) -> list[list[Piece]]:
    """For each alinéa, its pieces; `spans` are (start, end, annotation id) over the joined text.
    Overlapping annotations split the text where any of them starts or ends."""
    result: list[list[Piece]] = []
    offset = 0
    for alinea in alineas:
        start, end = offset, offset + len(alinea)
        inside = [(max(s, start) - start, min(e, end) - start, i) for s, e, i in spans if s < end and e > start]
        cuts = sorted({0, len(alinea), *(s for s, _e, _i in inside), *(e for _s, e, _i in inside)})
        parts = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            ids = tuple(sorted(i for s, e, i in inside if s <= a and e >= b))
            parts.append(Piece(alinea[a:b], ids))
        result.append(parts or [Piece("", ())])
        offset = end + 1  # the "\n" between alinéas
    return result
