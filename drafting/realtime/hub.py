"""The live hub of one process: the bus's events handed to the rooms of the bills being followed,
and each connection's writing, so that publishing never waits for any client.
"""

from __future__ import annotations

import asyncio
import logging
import types
from collections.abc import Awaitable, Callable, Generator
from typing import Any

from drafting.realtime import protocol
from drafting.realtime.bus import MemoryBus
from drafting.realtime.log import LogReader
from drafting.realtime.presence import PresenceShare
from drafting.realtime.relay import RelayBus
from drafting.realtime.room import Room

log = logging.getLogger(__name__)


class Connection:
    """One follower. Until its replay is sent, live events are held back (`held`). Then a message is
    written at once, in the publisher's turn of the event loop, as long as the client keeps up; once
    a write has to wait (the client's socket buffer is full), it and the messages after it are left
    to this connection's own task (`pump`), the later ones in a bounded queue: a client that lets it
    fill is dropped. A task switch and a queue per message cost more than the write itself."""

    def __init__(self, send: Callable[[str], Awaitable[None]], queue_size: int = protocol.QUEUE_SIZE) -> None:
        self._send = send
        self.queue: asyncio.Queue[str | None] = asyncio.Queue(queue_size)
        self.held: list[tuple[Any, str]] | None = []
        self.floor = 0  # id of the last event this client has (or was replayed)
        self.viewing: str | None = None
        self.dropped = asyncio.Event()
        self.room: Room | None = None
        self.user_id: int | None = None
        # While true, messages go to the queue: the replay is not all sent, or a write waits, or
        # older messages do. Only `pump` sets it back, once it has caught up.
        self._queueing = True
        self._stalled: Awaitable[None] | None = None  # a write begun here that has to wait
        self._failed: Exception | None = None  # a write begun here failed: the client is gone
        self._wake = asyncio.Event()

    def deliver(self, event: dict[str, Any], text: str) -> None:
        seq = event.get("id")
        if self.held is not None:
            if len(self.held) >= self.queue.maxsize + protocol.MAX_REPLAY:
                self.drop("too slow")
            else:
                self.held.append((seq, text))
        elif not (isinstance(seq, int) and seq <= self.floor):
            self.push(text)

    def push(self, text: str) -> None:
        """Never blocks: a client that cannot keep up is dropped instead."""
        if self.dropped.is_set():
            return
        if self._queueing:
            try:
                self.queue.put_nowait(text)
            except asyncio.QueueFull:
                self.drop("too slow")
            return
        # Run the write by hand: it normally ends without waiting (the server buffers it), so no
        # task has to be woken. If it has to wait, `pump` takes it over where it stopped.
        write = self._send(text).__await__()
        try:
            waiting = write.send(None)
        except StopIteration:
            return
        except Exception as exc:
            self._failed = exc  # raised by `pump`, as if it had made the write
        else:
            self._stalled = _resume(write, waiting)
        self._queueing = True
        self._wake.set()

    def drop(self, reason: str) -> None:
        if self.dropped.is_set():
            return
        self.dropped.set()
        while not self.queue.empty():  # what it has not taken yet is worthless: it will refetch
            self.queue.get_nowait()
        self.queue.put_nowait(protocol.encode(protocol.resync(reason)))
        self.queue.put_nowait(None)
        self._queueing = True
        self._wake.set()

    async def send(self, text: str) -> None:
        await self._send(text)

    def go_live(self, floor: int) -> None:
        self.floor = floor
        held, self.held = self.held or [], None
        for seq, text in held:
            if not (isinstance(seq, int) and seq <= floor):
                self.push(text)

    async def pump(self) -> None:
        """Sends what could not be written at once, in order; returns once a dropped client was
        sent its resync message, raises if a write failed."""
        while True:
            if self._failed is not None:
                raise self._failed
            if self._stalled is not None:
                stalled, self._stalled = self._stalled, None
                await stalled
            while not self.queue.empty():
                if (text := self.queue.get_nowait()) is None:
                    return
                await self._send(text)
            self._queueing = False
            await self._wake.wait()
            self._wake.clear()


@types.coroutine
def _resume(write: Generator[Any, Any, None], waiting: Any) -> Generator[Any, Any, None]:
    """Goes on with `write`, begun by hand, which yielded `waiting` (the future it waits for) to its
    caller: what a task does with an awaited coroutine, from where it stopped."""
    while True:
        try:
            value = yield waiting
        except BaseException as exc:  # a cancellation, mostly: it belongs to the write
            try:
                waiting = write.throw(exc)
            except StopIteration:
                return
        else:
            try:
                waiting = write.send(value)
            except StopIteration:
                return


class Hub:
    def __init__(self, bus: MemoryBus, reader: LogReader) -> None:
        self.bus = bus
        self.reader = reader
        self.rooms: dict[int, Room] = {}
        self._cancel: list[Callable[[], None]] = []
        self._bills: dict[str, int] = {}
        # Only a bus that reaches other processes means there are other processes to count.
        self.presence = PresenceShare(reader.db, lambda: self.rooms) if isinstance(bus, RelayBus) else None
        self._sharing: asyncio.Task[None] | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()

        # Bus listeners run in the publisher's (or the bus's) thread: hand over, never block it.
        def on_event(event: dict[str, Any]) -> None:
            loop.call_soon_threadsafe(self._on_event, event)

        def on_resume() -> None:
            loop.call_soon_threadsafe(self._resume)

        self._cancel = [self.bus.subscribe(on_event), self.bus.on_resume(on_resume)]
        if self.presence is not None:
            self._sharing = loop.create_task(self.presence.run())

    async def stop(self) -> None:
        for cancel in self._cancel:
            cancel()
        self._cancel = []
        for room in list(self.rooms.values()):
            room.close()
        if self._sharing is not None:
            self._sharing.cancel()
            self._sharing = None
        if self.presence is not None:
            await self.presence.stop()

    def _on_event(self, event: dict[str, Any]) -> None:
        room = self.rooms.get(event.get("bill"))  # type: ignore[arg-type]
        if room is not None:
            room.offer(event)

    def _resume(self) -> None:
        for room in list(self.rooms.values()):
            room.fill()

    def _forget(self, room: Room) -> None:
        if self.rooms.get(room.bill) is room:
            del self.rooms[room.bill]

    async def resolve(self, ref: str) -> int | None:
        # Bills keep their id and slug: a crowd joining one bill costs one lookup, not thousands.
        if (bill := self._bills.get(ref)) is None:
            bill = await asyncio.to_thread(self.reader.bill_id, ref)
            if bill is not None and len(self._bills) < 10_000:
                self._bills[ref] = bill
        return bill

    async def follow(self, conn: Connection, bill: int, after: int | None) -> None:
        """Join the bill's room, replay what the client missed, then send live messages until the
        task is cancelled or the client is dropped."""
        room = self.rooms.get(bill)
        if room is None:
            room = self.rooms[bill] = Room(bill, self.reader, self._forget)
            asyncio.get_running_loop().create_task(room.open())
        room.joining += 1
        try:
            await asyncio.shield(room.ready)
        finally:
            room.joining -= 1
        conn.room = room
        # In the room before reading the log: anything newer than the read is held, not lost.
        room.add(conn)
        if after is None:
            # Starting now: every event after the room's last reaches the room, hence this client.
            # Read once: events the room accepts while hello is being sent are held for this
            # client, and must go out after it (reading `room.last` again would skip them).
            last = room.last
            assert last is not None
            await conn.send(protocol.encode(protocol.hello(bill, last)))
            conn.go_live(last)
            await conn.pump()
            return
        limit = protocol.MAX_REPLAY
        head, events = await asyncio.to_thread(self.reader.snapshot, bill, after, limit + 1)
        # The log no longer has some of them (trimmed), or there are too many to replay.
        gone = after < head and (not events or events[0]["id"] != after + 1)
        if after > head or len(events) > limit or gone:
            await conn.send(protocol.encode(protocol.hello(bill, head)))
            reason = "ahead of the log" if after > head else "too far behind"
            await conn.send(protocol.encode(protocol.resync(reason, head)))
            conn.go_live(head)
        else:
            await conn.send(protocol.encode(protocol.hello(bill, after)))
            for event in _coalesce(events):
                if (shown := protocol.for_reader(event, conn.user_id)) is not None:
                    await conn.send(protocol.encode(shown))
            conn.go_live(max([after, *(e["id"] for e in events)]))
        await conn.pump()

    def leave(self, conn: Connection) -> None:
        if conn.room is not None:
            conn.room.remove(conn)
            conn.room = None

    async def view(self, conn: Connection, bill: int, article: str | None) -> str | None:
        """Count the reader on `article` (None: on no article); returns why it was refused, if it
        was: only the articles of the bill's head version are counted, anything else is ignored."""
        if article is not None:
            room = conn.room or self.rooms.get(bill)
            try:
                known = await room.articles() if room is not None else None
            except Exception:
                log.exception("live: reading the articles of bill %s failed", bill)
                known = None
            if known is None:
                return "the bill's articles cannot be read now; try again"
            if article not in known:
                return f"no article {article!r} in the current version of this bill"
        if conn.viewing != article:
            conn.viewing = article
            if conn.room is not None:  # else the room counts it when the connection joins
                conn.room.presence_changed()
        return None

    def stats(self) -> dict[str, int]:
        return {"rooms": len(self.rooms), "connections": sum(len(r.conns) for r in self.rooms.values())}


def _coalesce(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A replay sends only the latest of superseded values, as live delivery would."""
    latest: dict[tuple[str, ...], int] = {}
    for i, event in enumerate(events):
        if (key := protocol.coalesce_key(event)) is not None:
            latest[key] = i
    keep = set(latest.values())
    return [e for i, e in enumerate(events) if protocol.coalesce_key(e) is None or i in keep]
