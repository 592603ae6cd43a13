"""The footprint of an article: for each passage of its text, the import or amendment that put it there.

Spans ride through each accepted change's diff: the latest footprint updates without replaying history.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from drafting.domain.errors import InvalidInput
from drafting.domain.rebase import Edit, edits_of

OriginKind = Literal["import", "amendment", "edit"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Who put a passage there: the import of the bill, an amendment (`ref` its number or id) or an
    official's direct edit; `decision` is the decision that accepted it, if any."""

    kind: OriginKind
    ref: str | int | None = None
    author: str | None = None
    decision: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "ref": self.ref, "author": self.author, "decision": self.decision}


@dataclass(frozen=True, slots=True)
class Span:
    """`text[start:end]` was put there by `origin`."""

    start: int
    end: int
    origin: Origin

    def as_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "origin": self.origin.as_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        o = data["origin"]
        origin = Origin(o["kind"], o.get("ref"), o.get("author"), o.get("decision"))
        return cls(data["start"], data["end"], origin)


def advance(
    spans: Sequence[Span],
    before: str,
    after: str,
    origin: Origin,
    edits: Sequence[Edit] | None = None,
    *,
    credits: Sequence[Span] = (),
) -> list[Span]:
    """The footprint of `after`, given the footprint of `before` and the change's origin.

    Kept characters keep their origin, deleted ones drop, inserted ones get `origin`, or, where
    `credits` (spans over `after`) cover them, the origin those give: the words a sub-amendment put
    into the amendment are its own. Changes are counted in whole words (as amendments are), so a
    reworded word belongs to the change. `edits`, if given, must be `edits_of(before, after)`: a
    caller that has it already saves the diff.
    """
    if sum(s.end - s.start for s in spans) != len(before) or (spans and spans[-1].end != len(before)):
        raise InvalidInput(f"the footprint does not cover the {len(before)} characters of the text before")
    out: list[Span] = []
    pos = shift = 0
    for edit in edits_of(before, after) if edits is None else edits:
        out += _kept(spans, pos, edit.start, shift)
        if edit.replacement:
            start = edit.start + shift
            out += _credited(credits, start, start + len(edit.replacement), origin)
        shift += len(edit.replacement) - (edit.end - edit.start)
        pos = edit.end
    out += _kept(spans, pos, len(before), shift)
    return _merged(out)


def footprint(chain: Sequence[tuple[Origin, str, str]]) -> list[Span]:
    """The footprint of the last text of `chain`, the article's successive changes in order as
    `(origin, text before, text after)`; the first is usually the import, from "".

    Text present before the first change is attributed to the first change's origin.
    """
    if not chain:
        return []
    origin, first, _ = chain[0]
    spans = [Span(0, len(first), origin)] if first else []
    previous = first
    for step, (origin, before, after) in enumerate(chain, 1):
        if before != previous:
            raise InvalidInput(f"change {step} does not start from the text the change before it left")
        spans = advance(spans, before, after, origin)
        previous = after
    return spans


def _credited(credits: Sequence[Span], start: int, end: int, origin: Origin) -> list[Span]:
    """[start, end) of the new text, each part with its credited origin, `origin` where none is."""
    out, pos = [], start
    for part in _kept(credits, start, end, 0):
        if part.start > pos:
            out.append(Span(pos, part.start, origin))
        out.append(part)
        pos = part.end
    if pos < end:
        out.append(Span(pos, end, origin))
    return out


def _kept(spans: Sequence[Span], start: int, end: int, shift: int) -> list[Span]:
    """The parts of `spans` within [start, end), moved by `shift`."""
    if start >= end:
        return []
    out = []
    for span in spans[bisect_right(spans, start, key=lambda s: s.end) :]:
        if span.start >= end:
            break
        out.append(Span(max(span.start, start) + shift, min(span.end, end) + shift, span.origin))
    return out


def _merged(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if out and out[-1].origin == span.origin and out[-1].end == span.start:
            out[-1] = Span(out[-1].start, span.end, span.origin)
        else:
            out.append(span)
    return out
