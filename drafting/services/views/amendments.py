"""The shapes of amendments as services return them: one amendment, its history, the listing, the
decisions and previews. The JSON of `/api/amendments...` and what the amendment pages render."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from drafting.storage.participation import TallyCounts

if TYPE_CHECKING:  # the import service reads these views: named for the type checker only
    from drafting.services.parliament_import import Imported

# A readable redline: [op, text] pairs, op one of "=", "-", "+" (`textdiff.Segment.as_json`).
Diff = list[list[str]]


class InstructionView(TypedDict):
    """The amendment's instruction in legal French and in English (« À l'alinéa 2, remplacer … »)."""

    fr: str
    en: str


class AmendmentRef(TypedDict):
    """Another amendment as readers name it: its id addresses it (URLs), its number in the bill and
    label (« n° 3 rect. ») name it."""

    id: int
    number: int
    label: str


class AmendmentView(TypedDict):
    """One amendment as everyone sees it (`amendment_views.amendment_json`): the base of every
    amendment shape. A hidden amendment's words and author, and a sub-amendment's texts while its
    parent is hidden, are None (`visibility.mask_amendment`). `parent` and `collides_with` are ids;
    `parent_number`, `parent_label` and `collides_with_refs` name those amendments to readers."""

    id: int
    number: int
    label: str
    revision: int
    bill: int
    kind: str
    article: str
    after: str | None
    division: str | None
    parent: int | None
    parent_number: int | None
    parent_label: str | None
    num: str | None
    heading: str | None
    status: str
    author: str | None
    author_id: int | None
    base_version: int
    base_text: str | None
    text: str | None
    diff: Diff | None
    patch: str | None
    instruction: InstructionView | None
    justification: str | None
    justification_html: str
    hidden: bool
    colliding: bool
    collides_with: list[int]
    collides_with_refs: list[AmendmentRef]
    support: int
    decided_version: int | None
    parliament_number: str | None  # « 42 », « COM-3 »: imported from Parliament (drafts: flagged for a human)
    created_at: str
    updated_at: str


class ProposedAmendment(AmendmentView):
    """`POST /api/bills/{bill}/amendments` and `PATCH /api/amendments/{id}`: the amendment and the
    pending ones whose changes its own overlap (empty for a draft)."""

    collisions: list[int]


class AmendmentListItem(AmendmentView):
    """An amendment in `GET /api/bills/{bill}/amendments`, the amendment pages and the liasse."""

    tally: TallyCounts


class AmendmentPage(TypedDict):
    """`GET /api/bills/{bill}/amendments`: one page of the listing."""

    items: list[AmendmentListItem]
    page: int
    next_page: int | None


# A step of an amendment's history (`amendment_views.transition_json`), in `GET /api/amendments/{id}`
# and the open data; "from" is a keyword, hence the functional form. `by` and `reason` are None in a
# hidden amendment's steps its author took (`visibility.mask_step`).
TransitionView = TypedDict(
    "TransitionView",
    {
        "from": str | None,
        "to": str,
        "by": str | None,
        "reason": str | None,
        "version": int | None,
        "at": str,
    },
)


class RebaseView(TypedDict):
    """How the amendment was carried to a new version (`GET /api/amendments/{id}`, `rebases`)."""

    from_version: int
    to_version: int
    outcome: str  # clean | colliding | fallen | repaired
    caused_by: int | None
    at: str


class EarlierText(TypedDict):
    """A text a rectified amendment had before (`GET /api/amendments/{id}`, `texts`)."""

    revision: int
    label: str
    base_version: int
    text: str
    heading: str | None
    diff: Diff
    justification: str
    replaced_at: str


class AmendmentDetail(AmendmentListItem):
    """`GET /api/amendments/{id}` and the amendment's page: with its history, rebases, earlier texts
    (empty while it or its parent is hidden) and the votes on each revision."""

    history: list[TransitionView]
    rebases: list[RebaseView]
    texts: list[EarlierText]
    # [{"revision", "agree", "mixed", "disagree"}], as `storage.participation.votes_by_revision` counts
    votes_by_revision: list[dict[str, int]]


class CollisionGroup(TypedDict):
    """Pending amendments of one article whose changes overlap, to be discussed together."""

    article: str
    amendments: list[int]


class Discussions(TypedDict):
    """`GET /api/bills/{bill}/discussions` and the officials' queue: groups at the head version."""

    version: int
    groups: list[CollisionGroup]


class DraftCollision(TypedDict):
    """A pending amendment whose change overlaps the one being written; `author` None while hidden."""

    id: int
    number: int
    label: str
    author: str | None
    kind: str


class DraftPreview(TypedDict):
    """What a text being written would change (`POST /bills/{bill}/articles/{eid}/amend/preview`,
    the propose page): redline, instruction (None while unchanged) and overlapping amendments."""

    article: str
    base_version: int
    changed: bool
    diff: Diff
    instruction: InstructionView | None
    collisions: list[DraftCollision]


class InstructionsPreview(DraftPreview):
    """What instructions pasted in legal French would make of the article (the propose page's
    instructions mode and its live preview): the redline and the text they give."""

    text: str


class DeletionPreview(InstructionsPreview):
    """Instructions that delete the article: the whole article struck, `text` "" and `deleted` True
    (the key is absent from an `InstructionsPreview` that keeps the article)."""

    deleted: bool


class DecisionResult(TypedDict):
    """`POST /api/amendments/{id}/decision`: the new status, and the version an adoption made."""

    id: int
    status: str
    version: int | None
    reason: str


class PreviewArticle(TypedDict):
    """An article that accepting the previewed amendments would change or add, with its redline."""

    eid: str
    num: str
    text: str
    diff: Diff


class RemovedArticle(TypedDict):
    """An article that accepting the previewed amendments would delete."""

    eid: str
    num: str


class PreviewCollision(TypedDict):
    """A previewed amendment that no longer applies once those before it are accepted."""

    amendment: int
    message: str


class AcceptancePreview(TypedDict):
    """`POST /api/bills/{bill}/preview`: the text accepting these amendments in order would give."""

    base_version: int
    articles: list[PreviewArticle]
    removed: list[RemovedArticle]
    collisions: list[PreviewCollision]


class ClosingView(TypedDict):
    """Why a closed amendment was closed (`amendment_pages.closings`): shown beside it on the article,
    listing, queue and footprint pages."""

    status: str
    by: str
    reason: str | None
    at: str
    version: int | None


class ShownAmendment(AmendmentListItem):
    """An amendment as the article, listing and queue pages show it: with why it was closed (None
    while it is open)."""

    closing: ClosingView | None
    parliament: str | None  # « Amendement n° 42, présenté par … (Adopté) » for one imported from Parliament
    imported: Imported | None  # that head read into its parts, with its instructions and exposé
    expose_html: str  # an imported one's exposé (« Objet »), rendered: its statement without the head


class MyClosing(TypedDict):
    """Who closed one of the user's amendments, when and why (`/me`)."""

    by: str
    reason: str | None
    at: str


class MyAmendment(AmendmentView):
    """One of the user's amendments on `/me`, with its bill, the article's number and its closing."""

    bill_slug: str
    bill_title: str
    article_num: str | None
    closing: MyClosing | None


class MyArgument(TypedDict):
    """One of the user's arguments on `/me`."""

    id: int
    bill_slug: str
    target_type: str
    target: str
    stance: str
    body: str
    useful: int
    hidden: bool
    created_at: str


class MyAnnotation(TypedDict):
    """One of the user's annotations on `/me`."""

    id: int
    bill_slug: str
    article: str
    exact: str
    body: str
    orphaned: bool
    created_at: str


class Contributions(TypedDict):
    """`/me`: the user's amendments, arguments and annotations, newest first."""

    amendments: list[MyAmendment]
    arguments: list[MyArgument]
    annotations: list[MyAnnotation]


class EditedFields(TypedDict):
    """The fields an edit writes, of an amendment or of one of its kept texts."""

    text: str | None
    heading: str | None
    justification: str | None
    base_version: int


class CurrentState(EditedFields):
    """An amendment as it now stands, for an editor whose edit came from an older state (409 `stale_edit`)."""

    revision: int
    label: str
    updated_at: str
    status: str


class PassageView(TypedDict):
    """A passage in the way: the words `was` meant to become `proposed`, where the text now reads `now`."""

    was: str
    proposed: str
    now: str


class AcceptedSince(TypedDict):
    id: int
    label: str


class Obstacle(TypedDict, total=False):
    """Why accepting a pending amendment as it is would be refused because the text moved under it."""

    message: str
    base_version: int
    head_version: int
    current_text: str | None
    collided_with: list[int]
    accepted_since: list[AcceptedSince]
    passages: list[PassageView]
    conflicts: list[tuple[int, int, str, str]]  # start, end, words meant, words now
