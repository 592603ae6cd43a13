"""Open data: everything public about a bill, with stable ids, as JSON or as a zip of CSV files.

People appear by display name only; hidden contributions are listed without their text.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

from drafting.domain.serialize import tree_json
from drafting.domain.tree import Article
from drafting.services.amendments import diff_segments, transition_json
from drafting.services.annotations import web_annotation
from drafting.services.bills import bill_json, version_json
from drafting.services.memo import memo
from drafting.storage import bills as bill_rows
from drafting.storage import contributions
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Amendment, AmendmentTransition, Argument, Comment

MASKED = "masqué par la modération"


class OpenData:
    def __init__(self, db: Database) -> None:
        self.db = db

    def tables(self, bill_ref: str | int, base_url: str) -> dict[str, Any]:
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            versions = version_rows.list_versions(session, bill.id)
            head = version_rows.load_tree(session, versions[-1])
            articles = [
                {
                    "eid": node.eid,
                    "num": node.num,
                    "heading": node.heading,
                    "path": " / ".join(f"{a.kind} {a.num}" for a in ancestors),
                    "text": node.text,
                }
                for node, ancestors in head.walk()
                if isinstance(node, Article)
            ]
            records = contributions.public_records(session, bill.id)
            return {
                "bill": bill_json(bill),
                "versions": [version_json(v) for v in versions],
                "articles": articles,
                "head": tree_json(head),
                "amendments": [_amendment(a) for a in records.amendments],
                "decisions": [_transition(t) for t in records.transitions],
                "arguments": [_argument(a) for a in records.arguments],
                "comments": [_comment(c) for c in records.comments if c.deleted_at is None],
                "tallies": [
                    {
                        "target_type": t.target_type,
                        "target_id": t.target_id,
                        "agree": t.agree,
                        "mixed": t.mixed,
                        "disagree": t.disagree,
                    }
                    for t in records.tallies
                ],
                "annotations": [web_annotation(a, base_url) for a in records.annotations],
            }

    def as_zip(self, bill_ref: str | int, base_url: str) -> bytes:
        """One CSV per table; nested values (diffs, selectors) as JSON in their cell."""
        tables = self.tables(bill_ref, base_url)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, rows in tables.items():
                if name == "head":
                    continue
                rows = [rows] if isinstance(rows, dict) else rows
                archive.writestr(f"{name}.csv", _csv(rows))
        return buffer.getvalue()


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    columns = list(rows[0]) if rows else []
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            json.dumps(row[c], ensure_ascii=False) if isinstance(row[c], (dict, list)) else row[c] for c in columns
        )
    return out.getvalue()


def _amendment(a: Amendment) -> dict[str, Any]:
    hidden = a.hidden_reason is not None
    return {
        "id": a.id,
        "kind": a.kind,
        "article": a.article_eid,
        "parent": a.parent_id,
        "author": a.author_name,
        "status": a.status,
        "base_version": a.base_version,
        "decided_version": a.decided_version,
        "text": None if hidden else a.proposed_text,
        "diff": None if hidden else memo("diff", a.base_text, a.proposed_text, diff_segments),
        "justification": MASKED if hidden else a.justification,
        "support": a.support,
        "created_at": a.created_at.isoformat(),
    }


def _transition(t: AmendmentTransition) -> dict[str, Any]:
    return {"amendment": t.amendment_id, **transition_json(t)}


def _argument(a: Argument) -> dict[str, Any]:
    hidden = a.hidden_reason is not None
    return {
        "id": a.id,
        "target_type": a.target_type,
        "target_id": a.target_id,
        "stance": a.stance,
        "author": None if hidden else a.author_name,
        "body": MASKED if hidden else a.body,
        "useful": a.useful,
        "created_at": a.created_at.isoformat(),
    }


def _comment(c: Comment) -> dict[str, Any]:
    hidden = c.hidden_reason is not None
    return {
        "id": c.id,
        "target_type": c.target_type,
        "target_id": c.target_id,
        "parent": c.parent_id,
        "author": None if hidden else c.author_name,
        "body": MASKED if hidden else c.body,
        "created_at": c.created_at.isoformat(),
    }
