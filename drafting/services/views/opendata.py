"""Views of open data: `GET /api/bills/{bill}/opendata` (JSON, or a zip with one CSV per table).

Rows masked by moderation (or deleted by their author) keep their ids, with author and text None
and `hidden` (or `deleted`) true; see docs/opendata.md.
"""

from __future__ import annotations

from typing import TypedDict

from drafting.domain.serialize import TreeJson
from drafting.services.views.amendments import TransitionView
from drafting.services.views.bills import BillView, VersionView
from drafting.services.views.participation import WebAnnotation


class OpenArticle(TypedDict):
    """An article of the head version; `path` its divisions as « kind num / kind num »."""

    eid: str
    num: str
    heading: str | None
    path: str
    text: str


class OpenAmendment(TypedDict):
    """`diff` the readable redline, [op, text] segments."""

    id: int
    kind: str
    article: str
    parent: int | None
    author: str | None
    status: str
    base_version: int
    decided_version: int | None
    text: str | None
    diff: list[list[str]] | None
    justification: str | None
    support: int
    hidden: bool
    created_at: str


class OpenDecision(TransitionView):
    """A step of an amendment (submitted, withdrawn, accepted ...), with the amendment it is of."""

    amendment: int


class OpenArgument(TypedDict):
    id: int
    target_type: str
    target_id: str
    stance: str
    author: str | None
    body: str | None
    useful: int
    hidden: bool
    created_at: str


class OpenComment(TypedDict):
    id: int
    target_type: str
    target_id: str
    parent: int | None
    author: str | None
    body: str | None
    hidden: bool
    deleted: bool
    created_at: str
    edited_at: str | None


class OpenTally(TypedDict):
    target_type: str
    target_id: str
    agree: int
    mixed: int
    disagree: int


class OpenDataTables(TypedDict):
    """Everything public about a bill; each key but `head` (the tree) is a CSV file of the zip."""

    bill: BillView
    versions: list[VersionView]
    articles: list[OpenArticle]
    head: TreeJson
    amendments: list[OpenAmendment]
    decisions: list[OpenDecision]
    arguments: list[OpenArgument]
    comments: list[OpenComment]
    tallies: list[OpenTally]
    annotations: list[WebAnnotation]
