"""The per-bill event log: ids that grow per bill, written in the transaction of the change."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from drafting.domain.events import Event
from drafting.storage.models import Event as EventRow


def append(session: Session, event: Event, at: datetime) -> dict[str, Any]:
    """Log `event`; the caller holds the bill's write lock, so seq cannot be taken twice.

    The last seq is read once per transaction and then counted in the session, so that an accept
    that rebases 200 amendments logs 200 events without 200 queries.
    """
    key = f"drafting.seq.{event.bill}"
    last = session.info.get(key)
    if last is None:
        last = session.scalar(select(func.max(EventRow.seq)).where(EventRow.bill_id == event.bill)) or 0
    session.info[key] = last + 1
    payload = {"id": last + 1, **event.payload()}
    session.add(EventRow(bill_id=event.bill, seq=last + 1, type=event.type, payload=payload, created_at=at))
    return payload


def since(session: Session, bill_id: int, after: int, limit: int = 1000) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(EventRow.payload)
        .where(EventRow.bill_id == bill_id, EventRow.seq > after)
        .order_by(EventRow.seq)
        .limit(limit)
    )
    return list(rows)
