"""How a bill is shown: the JSON of a bill, of a version, and of a version's tree with the vote
tallies of its articles. Shared by the bill use cases (`services/bills.py`), pages and open data.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from drafting.domain.serialize import article_node_json, node_base
from drafting.domain.tree import Article, BillTree, Node
from drafting.services.views.bills import BillView, TalliedArticle, TalliedDivision, TalliedTree, VersionView
from drafting.storage import participation as p_rows
from drafting.storage.models import Bill, Version
from drafting.storage.participation import TallyCounts


def bill_json(bill: Bill) -> BillView:
    return {
        "id": bill.id,
        "slug": bill.slug,
        "title": bill.title,
        "status": bill.status,
        "language": bill.language,
        "head_version": bill.head_version,
        "created_at": bill.created_at.isoformat(),
        "updated_at": bill.updated_at.isoformat(),
        "opens_at": bill.opens_at.isoformat() if bill.opens_at else None,
        "closes_at": bill.closes_at.isoformat() if bill.closes_at else None,
    }


def version_json(version: Version) -> VersionView:
    return {
        "number": version.number,
        "parent": version.parent_number,
        "label": version.label,
        "author": version.author_name,
        "created_at": version.created_at.isoformat(),
        "hash": version.content_hash,
    }


def tree_with_tallies(session: Session, bill_id: int, tree: BillTree) -> TalliedTree:
    """The tree's JSON (`domain.serialize.tree_json`) with each article's vote tally (d'accord /
    mitigé / pas d'accord)."""
    tallies = p_rows.tallies_for(session, bill_id, "article", [a.eid for a in tree.articles()])
    return {"title": tree.title, "children": [_tallied(n, tallies) for n in tree.children]}


def _tallied(node: Node, tallies: dict[str, TallyCounts]) -> TalliedArticle | TalliedDivision:
    if isinstance(node, Article):
        return {**article_node_json(node), "tally": tallies[node.eid]}
    return {**node_base(node), "children": [_tallied(c, tallies) for c in node.children]}
