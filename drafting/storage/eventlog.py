"""The per-bill event log: ids that grow per bill, written in the transaction of the change.

The next id is the bill's last one plus one, so trimming old events always keeps each bill's last
event: ids never start again, and a client told `hello.last` never sees an id it already had.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from drafting.domain.events import Event
from drafting.storage.database import LOGGED
from drafting.storage.models import Event as EventRow


def append(session: Session, event: Event, at: datetime) -> dict[str, Any]:
    """Log `event`, published when the write commits (`Database.write`); the caller holds the bill's
    write lock, so seq cannot be taken twice.

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
    session.info.setdefault(LOGGED, []).append(payload)
    return payload


def since(session: Session, bill_id: int, after: int, limit: int = 1000) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(EventRow.payload)
        .where(EventRow.bill_id == bill_id, EventRow.seq > after)
        .order_by(EventRow.seq)
        .limit(limit)
    )
    return list(rows)


def trim_points(session: Session, *, before: datetime, keep: int) -> dict[int, tuple[int, int]]:
    """For each bill with events to delete, its first id and the id up to which its events may go:
    those logged before `before`, except the last `keep` (at least 1: the last event stays). Always
    a prefix of the bill's log, so that what remains has no hole (ids follow commit order, which
    timestamps, taken before the bill's lock, may not)."""
    if keep < 1:
        raise ValueError("keep at least the last event of each bill")
    bounds = session.execute(
        select(EventRow.bill_id, func.min(EventRow.seq), func.max(EventRow.seq)).group_by(EventRow.bill_id)
    )
    ends = {bill: (first, last) for bill, first, last in bounds}
    old = session.execute(
        select(EventRow.bill_id, func.max(EventRow.seq)).where(EventRow.created_at < before).group_by(EventRow.bill_id)
    )
    points = {}
    for bill, seq in old:
        first, last = ends[bill]
        through = min(seq, last - keep)
        if through >= first:
            points[bill] = (first, through)
    return points


def delete_through(session: Session, bill_id: int, seq: int) -> int:
    """Delete the bill's events up to id `seq`; returns how many there were."""
    result = session.execute(delete(EventRow).where(EventRow.bill_id == bill_id, EventRow.seq <= seq))
    return int(getattr(result, "rowcount", 0) or 0)
