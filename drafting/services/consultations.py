"""Consultation opened / closed: announced when an official changes a bill's status or period, and
when an end of the period passes, by a clock each app process runs in its lifespan.

Each bill remembers what was last announced (`Bill.consultation_open`), under its write lock, so
several processes whose clocks see the same end announce it once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from drafting.domain import events
from drafting.realtime.bus import MemoryBus
from drafting.services.participation import consultation_refusal
from drafting.storage import bills as bill_rows
from drafting.storage import eventlog
from drafting.storage.database import Database
from drafting.storage.models import Bill


def takes_contributions(bill: Bill, now: datetime) -> bool:
    return consultation_refusal(bill, now) is None


def announce(session: Session, bill: Bill, now: datetime) -> None:
    """Log consultation.opened or .closed when whether the bill takes contributions at `now`
    differs from what was last announced; the caller holds the bill's write lock."""
    is_open = takes_contributions(bill, now)
    known, bill.consultation_open = bill.consultation_open, is_open
    if known is None or known == is_open:
        return
    eventlog.append(
        session,
        events.consultation_changed(
            bill.id,
            is_open,
            bill.opens_at.isoformat() if bill.opens_at else None,
            bill.closes_at.isoformat() if bill.closes_at else None,
        ),
        now,
    )


class Consultations:
    def __init__(self, db: Database, bus: MemoryBus) -> None:
        self.db = db
        self.bus = bus

    def tick(self, now: datetime | None = None) -> timedelta | None:
        """Announce the ends of consultation periods that passed; returns how long until the next
        one (None when no period is pending)."""
        now = now or datetime.now(UTC)
        with self.db.read() as session:
            bills = bill_rows.with_consultation(session)
            # None (a bill older than the announcements) is set silently, once
            due = [b.id for b in bills if b.consultation_open != takes_contributions(b, now)]
            ahead = [end for b in bills for end in (b.opens_at, b.closes_at) if end is not None and end >= now]
        for bill_id in due:
            with self.db.write(self.bus.publish) as session:  # one transaction per bill; its lock settles races
                announce(session, bill_rows.get(session, bill_id, lock=True), now)
        # `closes_at` itself is still within the period: the close is due just after it.
        return min(ahead) - now + timedelta(milliseconds=1) if ahead else None
