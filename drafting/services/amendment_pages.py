"""What the amendment pages show beyond the listing: why each closed amendment was closed, and a
user's own amendments on every bill (`/me`)."""

from __future__ import annotations

from collections.abc import Sequence

from drafting.services.amendment_views import amendment_json
from drafting.services.views.amendments import ClosingView, Contributions, MyAmendment
from drafting.storage import amendment_reads
from drafting.storage import amendments as amendment_rows
from drafting.storage import bills as bill_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database

MINE_LIMIT = 200


def closings(db: Database, amendment_ids: Sequence[int]) -> dict[int, ClosingView]:
    """For each closed amendment: its fate, who closed it, when, at which version and the public reason."""
    with db.read() as session:
        found = amendment_reads.last_closing(session, amendment_ids)
        return {
            i: {
                "status": t.to_status,
                "by": t.actor_name,
                "reason": t.reason,
                "at": t.at.isoformat(),
                "version": t.version,
            }
            for i, t in found.items()
        }


def contributions(db: Database, author_id: int) -> Contributions:
    """`/me`: the user's amendments, arguments and annotations, newest first, each with its bill."""
    with db.read() as session:
        arguments = amendment_reads.arguments_by(session, author_id, MINE_LIMIT)
        annotations = amendment_reads.annotations_by(session, author_id, MINE_LIMIT)
        bill_ids = {x.bill_id for x in arguments} | {x.bill_id for x in annotations}
        slugs = {b: bill_rows.get(session, b).slug for b in bill_ids}
        return {
            "amendments": mine(db, author_id),
            "arguments": [
                {
                    "id": x.id,
                    "bill_slug": slugs[x.bill_id],
                    "target_type": x.target_type,
                    "target": x.target_id,
                    "stance": x.stance,
                    "body": x.body,
                    "useful": x.useful,
                    "hidden": x.hidden_reason is not None,
                    "created_at": x.created_at.isoformat(),
                }
                for x in arguments
            ],
            "annotations": [
                {
                    "id": x.id,
                    "bill_slug": slugs[x.bill_id],
                    "article": x.article_eid,
                    "exact": x.exact,
                    "body": x.body,
                    "orphaned": x.orphaned,
                    "created_at": x.created_at.isoformat(),
                }
                for x in annotations
            ],
        }


def mine(db: Database, author_id: int) -> list[MyAmendment]:
    """The user's amendments (drafts included), newest first, each with its bill and its closing."""
    with db.read() as session:
        rows = amendment_reads.by_author(session, author_id, MINE_LIMIT)
        bills = {b: bill_rows.get(session, b) for b in {a.bill_id for a in rows}}
        nums = {}  # each bill's article numbers as they now stand, to name what an amendment is on
        for bill in bills.values():
            head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
            nums[bill.id] = {article.eid: article.num for article in head.articles()}
        closed = amendment_reads.last_closing(session, [a.id for a in rows])
        # a sub-amendment repeats its parent's text: masked while the parent is hidden (visibility.py)
        hidden_parents = amendment_rows.hidden_among(session, [a.parent_id for a in rows if a.parent_id])
        out: list[MyAmendment] = []
        for a in rows:
            bill = bills[a.bill_id]
            t = closed.get(a.id)
            out.append(
                {
                    **amendment_json(a, parent_hidden=a.parent_id in hidden_parents),
                    "bill_slug": bill.slug,
                    "bill_title": bill.title,
                    "article_num": nums[bill.id].get(a.article_eid) or a.num,
                    "closing": {"by": t.actor_name, "reason": t.reason, "at": t.at.isoformat()} if t else None,
                }
            )
        return out
