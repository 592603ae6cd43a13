"""Optimistic concurrency on an amendment's edits: an edit says which state of the amendment it was
written from (`expected_revision`, its « rect. » count; `expected_updated_at`, its last change) and is
refused when the amendment changed since, so two tabs or two devices never silently undo each other.

Why both: the revision moves only when a tabled amendment's text is rectified; `updated_at` moves with
every edit (an exposé, a draft's text) and every carry-over onto a new version of the bill.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from drafting.domain.amendments import amendment_label
from drafting.domain.errors import StaleEdit
from drafting.services.commands import AmendmentChanges
from drafting.services.views.amendments import CurrentState, EditedFields
from drafting.storage import amendments as rows
from drafting.storage.models import Amendment


def in_utc(moment: datetime) -> datetime:
    """The same instant, time zone aware: the databases give back naive UTC times."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def stamp(amendment: Amendment) -> str:
    """`updated_at` as an edit form carries it (ISO 8601, UTC)."""
    return in_utc(amendment.updated_at).isoformat()


def check_fresh(session: Session, amendment: Amendment, changes: AmendmentChanges) -> None:
    """Refuse `changes` written from an older state of `amendment` (call it with the row locked)."""
    changed: list[str] = []
    expected = changes.expected_revision
    if expected is not None and expected != amendment.revision:
        changed.append("revision")
        kept = next((t for t in rows.earlier_texts(session, amendment.id) if t.revision == expected), None)
        if kept is not None:
            now, then = _fields(amendment), _fields(kept)
            changed += [k for k in ("text", "heading", "justification", "base_version") if now[k] != then[k]]
    moment = changes.expected_updated_at
    if moment is not None and in_utc(moment) != in_utc(amendment.updated_at):
        changed.append("updated_at")
    if not changed:
        return
    label = amendment_label(amendment.number, amendment.revision)
    raise StaleEdit(
        f"amendment {label} (id {amendment.id}) changed since it was read (expected revision "
        f"{expected if expected is not None else '-'}, updated at {moment.isoformat() if moment else '-'}; it is "
        f"now revision {amendment.revision}, updated at {stamp(amendment)}): nothing was saved. Read its "
        f'current text and send your changes again with "expected_revision": {amendment.revision} and '
        f'"expected_updated_at": "{stamp(amendment)}"',
        changed=sorted(set(changed)),
        current=current_state(amendment),
    )


def current_state(amendment: Amendment) -> CurrentState:
    """What the editor must see before writing again: the amendment as it now stands."""
    return {
        "revision": amendment.revision,
        "label": amendment_label(amendment.number, amendment.revision),
        "updated_at": stamp(amendment),
        "status": amendment.status,
        "text": amendment.proposed_text,
        "heading": amendment.heading,
        "justification": amendment.justification,
        "base_version": amendment.base_version,
    }


def _fields(row: Any) -> EditedFields:
    """The fields an edit writes, of an amendment or of one of its kept texts."""
    return {
        "text": row.proposed_text,
        "heading": row.heading,
        "justification": row.justification,
        "base_version": row.base_version,
    }
