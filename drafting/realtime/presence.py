"""Presence across processes. Each process counts its own readers in its rooms; with several
processes (a cross-process bus), each also writes its counts to the `presence` table every couple
of seconds and adds up the other processes' fresh rows, so that every reader sees the whole count.

A table rather than the bus: a NOTIFY carries under 8,000 bytes, and the readers of each article of
a 2,000-article bill would not fit; rows also expire by themselves when a process dies.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from drafting.storage import presence as presence_rows
from drafting.storage.database import Database
from drafting.storage.presence import Counts

if TYPE_CHECKING:
    from drafting.realtime.room import Room

SHARE_INTERVAL = 2.0  # seconds: how late a reader in another process may be counted
HEARTBEAT = 5.0  # unchanged counts are written again this often, so that they stay fresh
STALE_AFTER = 15.0  # rows older than this are a process that stopped without saying so

log = logging.getLogger(__name__)


class PresenceShare:
    def __init__(self, db: Database, rooms: Callable[[], Mapping[int, Room]]) -> None:
        self.db = db
        self.rooms = rooms
        self.process = f"{socket.gethostname()[:16]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._written: dict[int, Counts] = {}
        self._written_at = 0.0

    async def run(self) -> None:
        while True:
            await asyncio.sleep(SHARE_INTERVAL)
            try:
                await self.exchange()
            except Exception:  # the database may be away for a while; presence is not worth dying for
                log.exception("live: sharing presence with the other processes failed")

    async def exchange(self) -> None:
        rooms = dict(self.rooms())
        counts = {bill: room.local_presence() for bill, room in rooms.items() if not room.closed}
        loop_time = asyncio.get_running_loop().time()
        write = counts != self._written or (bool(counts) and loop_time - self._written_at >= HEARTBEAT)
        if not write and not counts:
            return
        elsewhere = await asyncio.to_thread(self._exchange, counts, write)
        if write:
            self._written, self._written_at = counts, loop_time
        for bill, room in rooms.items():
            room.set_elsewhere(elsewhere.get(bill, (0, Counter())))

    def _exchange(self, counts: dict[int, Counts], write: bool) -> dict[int, Counts]:
        now = datetime.now(UTC)
        if write:
            with self.db.write() as session:
                presence_rows.share(session, self.process, counts, now, stale=now - timedelta(seconds=STALE_AFTER))
        with self.db.read() as session:
            return presence_rows.others(session, self.process, counts, now - timedelta(seconds=STALE_AFTER))

    async def stop(self) -> None:
        """Take this process's readers out of the others' counts at once."""
        try:
            await asyncio.to_thread(self._forget)
        except Exception:
            log.exception("live: removing this process's presence failed; it expires by itself")

    def _forget(self) -> None:
        with self.db.write() as session:
            presence_rows.forget(session, self.process)
