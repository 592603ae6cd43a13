"""Reads of the event log for the live layer: replay, catch-up after a gap, a bill's last event id.

Blocking (database) calls: the hub runs them in worker threads, the buses in their listener thread.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select

from drafting.domain.errors import NotFound
from drafting.storage import bills as bill_rows
from drafting.storage import eventlog
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import MAX_INT, Event

_ID = re.compile(r"[0-9]{1,10}")
_SLUG = re.compile(r"[a-z0-9-]{1,120}")


class LogReader:
    def __init__(self, db: Database) -> None:
        self.db = db

    def bill_id(self, ref: str) -> int | None:
        """The id of the bill `ref` names (its id or its slug), or None when there is no such bill.

        Whatever a URL carries, the answer is an id or None, never an error: ids are ASCII digits
        (not "²", which str.isdigit() accepts) within an `integer` column (PostgreSQL refuses to
        compare one with a bigger number, SQLite with one beyond 64 bits); slugs are what
        `storage.bills.unique_slug` makes (no NUL, which PostgreSQL refuses in a string)."""
        if _ID.fullmatch(ref):
            if int(ref) > MAX_INT:
                return None
        elif not _SLUG.fullmatch(ref):
            return None
        with self.db.read() as session:
            try:
                return bill_rows.get(session, ref).id
            except NotFound:
                return None

    def articles(self, bill: int) -> frozenset[str]:
        """The eIds of the articles of the bill's head version (presence accepts only these)."""
        with self.db.read() as session:
            head = bill_rows.get(session, bill).head_version
            tree = version_rows.load_tree(session, version_rows.get_version(session, bill, head))
            return frozenset(article.eid for article in tree.articles())

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
