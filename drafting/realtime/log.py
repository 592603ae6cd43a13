"""Reads of the event log for the live layer: replay, catch-up after a gap, a bill's last event id.

Blocking (database) calls: the hub runs them in worker threads, the buses in their listener thread.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from drafting.domain.errors import NotFound
from drafting.storage import bills as bill_rows
from drafting.storage import eventlog
from drafting.storage.database import Database
from drafting.storage.models import Event


class LogReader:
    def __init__(self, db: Database) -> None:
        self.db = db

    def bill_id(self, ref: str) -> int | None:
        with self.db.read() as session:
            try:
                return bill_rows.get(session, ref).id
            except NotFound:
                return None

    def head(self, bill: int) -> int:
        with self.db.read() as session:
            return int(session.scalar(select(func.max(Event.seq)).where(Event.bill_id == bill)) or 0)

    def since(self, bill: int, after: int, limit: int) -> list[dict[str, Any]]:
        with self.db.read() as session:
            return eventlog.since(session, bill, after, limit)

    def snapshot(self, bill: int, after: int | None, limit: int) -> tuple[int, list[dict[str, Any]]]:
        """The last id and, if `after` is given, up to `limit` events after it, read together."""
        with self.db.read() as session:
            head = int(session.scalar(select(func.max(Event.seq)).where(Event.bill_id == bill)) or 0)
            if after is None or after >= head:
                return head, []
            return head, eventlog.since(session, bill, after, limit)
