"""Views of bills and their versions: `/api/bills...` and the pages that show a bill."""

from __future__ import annotations

from typing import TypedDict

from drafting.domain.compare import ChangeCounts, ComparisonJson
from drafting.domain.serialize import ArticleJson, NodeJson, PlacedArticleJson
from drafting.services.views.footprints import FootprintArticle
from drafting.storage.participation import TallyCounts


class BillView(TypedDict):
    """A bill: `GET /api/bills/{bill}` (with its head) and each item of `GET /api/bills`."""

    id: int
    slug: str
    title: str
    status: str
    language: str
    head_version: int
    created_at: str
    updated_at: str
    opens_at: str | None
    closes_at: str | None


class CreatedBill(BillView):
    """`POST /api/bills`: the new bill, its first version and how many articles it has."""

    version: int
    articles: int


class VersionView(TypedDict):
    """A version: `GET /api/bills/{bill}/versions` lists them; `hash` chains it to its parent."""

    number: int
    parent: int | None
    label: str
    author: str
    created_at: str
    hash: str


class TalliedArticle(ArticleJson):
    """An article of a tree shown with its votes."""

    tally: TallyCounts


class TalliedDivision(NodeJson):
    children: list[TalliedArticle | TalliedDivision]


class TalliedTree(TypedDict):
    """A version's tree with each article's tally (d'accord / mitigé / pas d'accord)."""

    title: str
    children: list[TalliedArticle | TalliedDivision]


class BillDetail(BillView):
    """`GET /api/bills/{bill}`: the bill, its head version and the head's tree with tallies."""

    head: VersionView
    tree: TalliedTree


class VersionDetail(VersionView):
    """`GET /api/bills/{bill}/versions/{n}`: a version and its tree with tallies."""

    tree: TalliedTree


class ArticleDetail(PlacedArticleJson):
    """`GET /api/bills/{bill}/articles/{eid}`: one article of a version, where it sits, its tally."""

    version: int
    tally: TallyCounts


class StageArticle(TypedDict):
    """An article named in a stage's report; `num` and `heading` are None if the tree lacks it."""

    eid: str
    num: str | None
    heading: str | None


class StageImport(TypedDict):
    """`POST /api/bills/{bill}/versions`: the new stage, which articles were recognised and which
    were new or gone, and the counts of changes (`domain.compare.summary`)."""

    bill: int
    version: int
    matched: int
    unmatched_new: list[StageArticle]
    unmatched_gone: list[StageArticle]
    summary: ChangeCounts


class ArticleFootprintAt(FootprintArticle):
    """`GET /api/bills/{bill}/articles/{eid}/footprint`: one article's footprint at a version."""

    version: int


class BillFootprint(TypedDict):
    """`GET /api/bills/{bill}/versions/{n}/footprint`: every article's footprint at a version."""

    version: int
    articles: list[FootprintArticle]


_Versions = TypedDict("_Versions", {"from": int, "to": int, "ignore_typography": bool})


class VersionComparison(_Versions, ComparisonJson):
    """`GET /api/bills/{bill}/compare?from=&to=`: what changed between two versions."""
