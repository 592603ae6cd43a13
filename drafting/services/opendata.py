"""Open data: everything public about a bill, with stable ids, as JSON or as a zip of CSV files.

People appear by display name only. A contribution hidden by moderation, or a comment its author
deleted, stays in its table as a masked row: its id, what it is on and when, with `hidden` (or
`deleted`) true and its author and text null; so every id another row refers to is there, and a
re-user drops masked rows by that flag, never by matching a placeholder text. See docs/opendata.md.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from typing import cast

from drafting.domain.serialize import tree_json
from drafting.domain.tree import Article
from drafting.services import visibility
from drafting.services.amendment_views import diff_segments, transition_json
from drafting.services.annotations import web_annotation
from drafting.services.bill_views import bill_json, version_json
from drafting.services.memo import memo
from drafting.services.views.opendata import (
    OpenAmendment,
    OpenArgument,
    OpenArticle,
    OpenComment,
    OpenDataTables,
    OpenDecision,
)
from drafting.storage import bills as bill_rows
from drafting.storage import contributions
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Amendment, AmendmentTransition, Argument, Comment

# A masked annotation has no `creator` and no `body`: its CSV has these columns all the same.
ANNOTATION_COLUMNS = ("@context", "id", "type", "created", "creator", "body", "target", "hidden")


class OpenData:
    def __init__(self, db: Database) -> None:
        self.db = db

    def tables(self, bill_ref: str | int, base_url: str) -> OpenDataTables:
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            versions = version_rows.list_versions(session, bill.id)
            head = version_rows.load_tree(session, versions[-1])
            articles: list[OpenArticle] = [
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
            # hidden amendments by id: their authors' own steps (submit, withdraw) are masked, and the
            # texts of their sub-amendments, which repeat theirs
            hidden = {a.id: a for a in records.amendments if a.hidden_reason is not None}
            return {
                "bill": bill_json(bill),
                "versions": [version_json(v) for v in versions],
                "articles": articles,
                "head": tree_json(head),
                "amendments": [_amendment(a, a.parent_id in hidden) for a in records.amendments],
                "decisions": [_transition(t, hidden) for t in records.transitions],
                "arguments": [_argument(a) for a in records.arguments],
                "comments": [_comment(c) for c in records.comments],
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
            for name, value in tables.items():
                if name == "head":
                    continue
                # every table is a list of rows, but `bill`: one row
                rows = cast(Sequence[Mapping[str, object]], [value] if isinstance(value, dict) else value)
                archive.writestr(f"{name}.csv", _csv(rows, ANNOTATION_COLUMNS if name == "annotations" else ()))
        return buffer.getvalue()


def _csv(rows: Sequence[Mapping[str, object]], first: tuple[str, ...] = ()) -> str:
    """The `first` columns, then any other key in order of first appearance; a missing value and a
    null are both an empty cell."""
    out = io.StringIO()
    columns = list(dict.fromkeys([*first, *(c for row in rows for c in row)]))
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(_cell(row.get(c)) for c in columns)
    return out.getvalue()


def _cell(value: object) -> object:
    """Nested values as JSON, and booleans as JSON spells them (`true`, not Python's `True`)."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list, bool)) else value


def _amendment(a: Amendment, parent_hidden: bool) -> OpenAmendment:
    hidden = a.hidden_reason is not None
    row: OpenAmendment = {
        "id": a.id,
        "kind": a.kind,
        "article": a.article_eid,
        "parent": a.parent_id,
        "author": None if hidden else a.author_name,
        "status": a.status,
        "base_version": a.base_version,
        "decided_version": a.decided_version,
        "text": None if hidden else a.proposed_text,
        "diff": None if hidden else memo("readable_diff", a.base_text, a.proposed_text, diff_segments),
        "justification": None if hidden else a.justification,
        "support": a.support,
        "hidden": hidden,
        "created_at": a.created_at.isoformat(),
    }
    if parent_hidden:  # a sub-amendment's text repeats its hidden parent's
        row["text"], row["diff"] = None, None
    return row


def _transition(t: AmendmentTransition, hidden: dict[int, Amendment]) -> OpenDecision:
    """A step of an amendment. Those its author took (submitting, withdrawing with a reason) name
    the author and carry their words: masked like the amendment while it is hidden. Officials'
    decisions are public acts and always shown."""
    row: OpenDecision = {"amendment": t.amendment_id, **transition_json(t)}
    amendment = hidden.get(t.amendment_id)
    return visibility.mask_step(row, t, amendment) if amendment is not None else row


def _argument(a: Argument) -> OpenArgument:
    hidden = a.hidden_reason is not None
    return {
        "id": a.id,
        "target_type": a.target_type,
        "target_id": a.target_id,
        "stance": a.stance,
        "author": None if hidden else a.author_name,
        "body": None if hidden else a.body,
        "useful": a.useful,
        "hidden": hidden,
        "created_at": a.created_at.isoformat(),
    }


def _comment(c: Comment) -> OpenComment:
    deleted, hidden = c.deleted_at is not None, c.hidden_reason is not None
    shown = not deleted and not hidden
    return {
        "id": c.id,
        "target_type": c.target_type,
        "target_id": c.target_id,
        "parent": c.parent_id,
        "author": c.author_name if shown else None,
        "body": c.body if shown else None,
        "hidden": hidden,
        "deleted": deleted,
        "created_at": c.created_at.isoformat(),
        "edited_at": c.edited_at.isoformat() if c.edited_at else None,
    }
