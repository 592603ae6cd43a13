"""One bill's followers in this process: events put back in id order (gaps filled from the log),
coalescible events and presence sent at most a few times a second, each message encoded once.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from drafting.domain.events import RECIPIENT
from drafting.realtime import protocol

if TYPE_CHECKING:
    from drafting.realtime.hub import Connection
    from drafting.realtime.log import LogReader

log = logging.getLogger(__name__)


class Room:
    def __init__(self, bill: int, reader: LogReader, on_empty: Callable[[Room], None]) -> None:
        self.bill = bill
        self.reader = reader
        self.on_empty = on_empty
        self.conns: set[Connection] = set()
        self.joining = 0
        self.last: int | None = None  # id of the last event handed to the connections
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending: dict[int, dict[str, Any]] = {}  # arrived ahead of a missing one
        self._filling = False
        self._coalesced: dict[tuple[str, ...], dict[str, Any]] = {}
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._sent_at: dict[str, float] = {}
        # The head version's article eIds, read when a reader first says what it views and again
        # after each version.published; the generation tells a read that a newer version overtook it.
        self._articles: frozenset[str] | None = None
        self._articles_generation = 0
        self._articles_read: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        # Readers of this bill in the other processes (see presence.py), added to our own.
        self._elsewhere: tuple[int, Counter[str]] = (0, Counter())
        self.closed = False

    async def open(self) -> None:
        """Start from the log's last id; events that arrive meanwhile wait in `_pending`."""
        try:
            head = await asyncio.to_thread(self.reader.head, self.bill)
        except Exception as exc:
            self.ready.set_exception(exc)
            self.ready.exception()  # retrieved here: every joiner sees it through `await ready`
            self.close()
            return
        self.last = head
        self.ready.set_result(None)
        self._drain()

    # --- events ---------------------------------------------------------------------------------

    def offer(self, event: dict[str, Any]) -> None:
        seq = event.get("id")
        if not isinstance(seq, int):
            self._emit(event)  # not from the log: nothing to order it by
            return
        if self.last is not None and seq <= self.last:
            return  # a duplicate (already read from the log)
        self._pending[seq] = event
        self._drain()

    def _drain(self, refill: bool = True) -> None:
        if self.last is None or self.closed:
            return
        while self.last + 1 in self._pending:
            self.last += 1
            self._accept(self._pending.pop(self.last))
        for seq in [s for s in self._pending if s <= self.last]:
            del self._pending[seq]
        if self._pending and refill:
            self.fill()

    def fill(self) -> None:
        """Read what is missing from the log: an event overtaken by a later one, or events
        broadcast while the bus was disconnected."""
        if not self._filling and not self.closed and self.last is not None:
            self._filling = True
            asyncio.get_running_loop().create_task(self._fill())

    async def _fill(self) -> None:
        waiting = set(self._pending)  # these had arrived before the read: it must see their gaps
        try:
            assert self.last is not None
            events = await asyncio.to_thread(self.reader.since, self.bill, self.last, protocol.MAX_REPLAY)
        except Exception:
            log.exception("live: reading the log of bill %s failed; retrying", self.bill)
            asyncio.get_running_loop().call_later(1.0, self.fill)
            return
        finally:
            self._filling = False
        assert self.last is not None  # set before any fill, and only ever raised
        for event in events:
            if event["id"] > self.last:
                self._pending.setdefault(event["id"], event)
        self._drain(refill=False)
        if self._pending and self.last is not None and self.last + 1 not in self._pending:
            if min(self._pending) in waiting:
                # The log does not have the missing ids (trimmed, or events never logged): go on
                # from the next one rather than wait for ever.
                self.last = min(self._pending) - 1
                self._drain()
            else:
                self.fill()  # a newer gap, opened while reading

    def _accept(self, event: dict[str, Any]) -> None:
        if event.get("type") == "version.published":
            self._head_changed()
        key = protocol.coalesce_key(event)
        if key is None:
            self._flush_coalesced()  # older coalesced values go first: ids only grow on the wire
            self._emit(event)
        else:
            self._coalesced.pop(key, None)
            self._coalesced[key] = event
            self._schedule("coalesce", protocol.COALESCE_INTERVAL, self._flush_coalesced)

    def _flush_coalesced(self) -> None:
        events, self._coalesced = list(self._coalesced.values()), {}
        for event in events:
            self._emit(event)

    def _emit(self, event: dict[str, Any]) -> None:
        if event.get(RECIPIENT) is not None:  # a personal notice: its recipient's connections only
            shown = protocol.for_reader(event, event[RECIPIENT])
            assert shown is not None
            text = protocol.encode(shown)
            for conn in [c for c in self.conns if c.user_id == event[RECIPIENT]]:
                conn.deliver(event, text)
            return
        text = protocol.encode(event)
        for conn in list(self.conns):
            conn.deliver(event, text)

    # --- presence -------------------------------------------------------------------------------

    async def articles(self) -> frozenset[str]:
        """The eIds a reader may say it views: the articles of the bill's head version. One read
        serves every reader who asks meanwhile; raises if the database cannot be read."""
        while self._articles is None:
            if self._articles_read is None:
                self._articles_read = asyncio.get_running_loop().create_task(
                    self._read_articles(self._articles_generation)
                )
            await asyncio.shield(self._articles_read)
        return self._articles

    async def _read_articles(self, generation: int) -> None:
        try:
            found = await asyncio.to_thread(self.reader.articles, self.bill)
        finally:
            self._articles_read = None
        if generation == self._articles_generation:  # else a newer version came: read again
            self._articles = found

    def _head_changed(self) -> None:
        self._articles, self._articles_generation = None, self._articles_generation + 1
        if any(c.viewing is not None for c in self.conns):
            task = asyncio.get_running_loop().create_task(self._forget_removed_articles())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _forget_removed_articles(self) -> None:
        """Readers of an article the new version removed view nothing any more."""
        try:
            articles = await self.articles()
        except Exception:
            log.exception("live: reading the articles of bill %s failed", self.bill)
            return
        gone = [c for c in self.conns if c.viewing is not None and c.viewing not in articles]
        for conn in gone:
            conn.viewing = None
        if gone:
            self.presence_changed()

    def presence_changed(self) -> None:
        interval = max(protocol.PRESENCE_INTERVAL, len(self.conns) / protocol.PRESENCE_BUDGET)
        self._schedule("presence", interval, self._send_presence)

    def local_presence(self) -> tuple[int, Counter[str]]:
        """This process's readers of the bill, and of each article."""
        return len(self.conns), Counter(c.viewing for c in self.conns if c.viewing is not None)

    def set_elsewhere(self, counts: tuple[int, Counter[str]]) -> None:
        if counts != self._elsewhere:
            self._elsewhere = counts
            self.presence_changed()

    def _send_presence(self) -> None:
        readers, viewing = self.local_presence()
        text = protocol.encode(protocol.presence(readers + self._elsewhere[0], dict(viewing + self._elsewhere[1])))
        for conn in list(self.conns):
            conn.push(text)

    def _schedule(self, name: str, interval: float, flush: Callable[[], None]) -> None:
        """Run `flush` soon, but not twice within `interval`: a burst becomes one message."""
        if name in self._timers or self.closed:
            return
        loop = asyncio.get_running_loop()
        delay = max(0.0, self._sent_at.get(name, 0.0) + interval - loop.time())

        def run() -> None:
            del self._timers[name]
            self._sent_at[name] = loop.time()
            flush()

        self._timers[name] = loop.call_later(delay, run)

    # --- membership -----------------------------------------------------------------------------

    def add(self, conn: Connection) -> None:
        self.conns.add(conn)
        self.presence_changed()

    def remove(self, conn: Connection) -> None:
        self.conns.discard(conn)
        self.presence_changed()
        if not self.conns and not self.joining:
            self.close()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        self.on_empty(self)
