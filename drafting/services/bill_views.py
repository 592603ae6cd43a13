"""How a bill is shown: the JSON of a bill, of a version, and of a version's tree with the vote
tallies of its articles. Shared by the bill use cases (`services/bills.py`), pages and open data.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from drafting.domain.serialize import tree_json
from drafting.domain.tree import BillTree
from drafting.storage import participation as p_rows
from drafting.storage.models import Bill, Version


def bill_json(bill: Bill) -> dict[str, Any]:
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


def version_json(version: Version) -> dict[str, Any]:
    return {
        "number": version.number,
        "parent": version.parent_number,
        "label": version.label,
        "author": version.author_name,
        "created_at": version.created_at.isoformat(),
        "hash": version.content_hash,
    }


def tree_with_tallies(session: Session, bill_id: int, tree: BillTree) -> dict[str, Any]:
    """The tree's JSON with each article's vote tally (d'accord / mitigé / pas d'accord)."""
    tallies = p_rows.tallies_for(session, bill_id, "article", [a.eid for a in tree.articles()])
    data = tree_json(tree)

    def visit(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            if node["kind"] == "article":
                node["tally"] = tallies[node["eid"]]
            else:
                visit(node["children"])

    visit(data["children"])
    return data
