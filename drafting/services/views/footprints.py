"""The shapes of footprints: which import or amendment put each passage of an article there
(`GET /api/bills/{bill}/.../footprint`, the article and footprint pages)."""

from __future__ import annotations

from typing import TypedDict


class OriginView(TypedDict):
    """Who put a passage there (`domain.footprint.Origin`): kind import, amendment or edit; `ref` the
    amendment's id or number; `author` None while a hidden amendment's author is masked."""

    kind: str
    ref: str | int | None
    author: str | None
    decision: str | None


class FootprintSpan(TypedDict):
    """`text[start:end]` of the article, and who put it there."""

    start: int
    end: int
    origin: OriginView
    text: str


class FootprintArticle(TypedDict):
    """One article's text cut into the spans of its footprint."""

    eid: str
    num: str
    text: str
    spans: list[FootprintSpan]
