"""Views of what citizens contribute: annotations, arguments, comments and votes (the
`/api/...annotations`, `arguments`, `comments`, `votes` and `tallies` routes, and the article and
amendment pages that show them).

A contribution hidden by moderation keeps its place with its author and words None and `html` the
notice that replaces it; a deleted comment likewise.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

from drafting.storage.participation import TallyCounts as TallyCounts  # the counts of a tally, read as stored

# --- annotations ----------------------------------------------------------------------------------


class Quote(TypedDict):
    exact: str
    prefix: str
    suffix: str


class Position(TypedDict):
    start: int
    end: int


class OriginalQuote(TypedDict):
    """The passage as first annotated, kept when the annotation is carried or orphaned."""

    exact: str
    version: int


class AnnotationView(TypedDict):
    """`GET /api/annotations/{id}`, each item of `GET /api/bills/{bill}/annotations`."""

    id: int
    bill: int
    article: str
    version: int
    quote: Quote
    position: Position
    orphaned: bool
    anchored_by: str
    original: OriginalQuote
    author: str | None
    body: str | None
    html: str
    hidden: bool
    created_at: str


class AnnotationPage(TypedDict):
    """`GET /api/bills/{bill}/annotations`: a page of annotations, and the head they are read against."""

    head_version: int
    items: list[AnnotationView]
    page: int
    next_page: int | None


class WebAnnotationCreator(TypedDict):
    type: str
    name: str


class TextualBody(TypedDict):
    type: str
    value: str
    format: str


class WebAnnotationTarget(TypedDict):
    """`selector`: TextQuote and TextPosition selectors, as `domain.anchors.Anchor.as_selectors`
    gives them (an orphan's: its original quote only)."""

    source: str
    selector: list[dict[str, str | int]]


# The W3C Web Annotation (JSON-LD) form, in open data; a hidden one has no `creator` and no `body`.
WebAnnotation = TypedDict(
    "WebAnnotation",
    {
        "@context": str,
        "id": str,
        "type": str,
        "created": str,
        "creator": NotRequired[WebAnnotationCreator],
        "body": NotRequired[TextualBody],
        "target": WebAnnotationTarget,
        "hidden": bool,
    },
)

# --- arguments ------------------------------------------------------------------------------------


class ArgumentView(TypedDict):
    """An argument for or against: `POST`/`GET .../arguments`; `target_id` is an eid (article) or an
    amendment id; `marked_useful` only for a signed-in reader; `revision` the amendment's text it
    argues on (None on an article)."""

    id: int
    bill: int
    target_type: str
    target_id: str | int
    stance: str
    author: str | None
    author_id: int | None
    body: str | None
    html: str
    hidden: bool
    useful: int
    created_at: str
    revision: int | None
    marked_useful: NotRequired[bool]


class StanceSummary(TypedDict):
    """How many visible arguments take a stance, and the most useful of them."""

    count: int
    top: list[ArgumentView]


# Per target: the arguments for and against (the bill page's and amendment list's summaries).
ArgumentSides = TypedDict("ArgumentSides", {"for": StanceSummary, "against": StanceSummary})


class UsefulMark(TypedDict):
    """`POST`/`DELETE /api/arguments/{id}/useful`: the argument's count and the reader's mark."""

    argument: int
    useful: int
    marked_useful: bool


# --- comments -------------------------------------------------------------------------------------


class CommentTarget(TypedDict):
    type: str
    id: str


class CommentView(TypedDict):
    """A comment in a thread (`.../comments`); `notice` says why a deleted or hidden one is blank."""

    id: int
    target: CommentTarget
    parent: int | None
    author: str | None
    body: str | None
    html: str
    notice: str | None
    deleted: bool
    hidden: bool
    created_at: str
    edited_at: str | None


class CommentRevisionView(TypedDict):
    """`GET /api/comments/{id}/history`: a text the comment had, and when it was replaced."""

    body: str
    replaced_at: str


# --- votes ----------------------------------------------------------------------------------------


class VoteResult(TypedDict):
    """`POST`/`DELETE .../votes`: the target's tally and the voter's vote (None once retracted);
    on an amendment, the `revision` of its text the vote stands on."""

    tally: TallyCounts
    mine: str | None
    revision: NotRequired[int | None]
