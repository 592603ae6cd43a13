"""What the page of one amendment shows beyond `Amendments.get`: its sub-amendments, as the
listings show amendments (others' drafts left out, hidden ones and those of a hidden parent masked)."""

from __future__ import annotations

from drafting.domain.permissions import Actor
from drafting.services.amendment_views import amendment_json
from drafting.services.views.amendments import AmendmentView
from drafting.storage import amendment_reads
from drafting.storage import amendments as rows
from drafting.storage.database import Database


def sub_amendments(db: Database, actor: Actor | None, parent_id: int) -> list[AmendmentView]:
    """The amendments that change `parent_id`'s text, oldest first; the caller has checked that
    `actor` may see the parent (`Amendments.get`)."""
    with db.read() as session:
        parent = rows.get(session, parent_id)
        found = amendment_reads.children(session, parent_id, actor.id if actor else None)
        hidden_parent = parent.hidden_reason is not None
        return [amendment_json(a, parent_hidden=hidden_parent) for a in found]
