"""What the cross-process buses share: a sender thread, so that `publish` never blocks the service
that calls it, and a listener thread that reconnects and catches up from the event log.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from typing import Any, Protocol

from drafting.realtime.bus import MemoryBus
from drafting.realtime.protocol import MAX_REPLAY

log = logging.getLogger(__name__)


class ReadLog(Protocol):
    def __call__(self, bill: int, after: int, limit: int) -> list[dict[str, Any]]: ...


class RelayBus(MemoryBus):
    """Local listeners hear every event through the listener thread only (the broker echoes our own
    messages back to us), never directly as well: each event arrives once, in per-bill order, whichever
    process made it. Gaps (a message lost while disconnected, or overtaken by a later one) are filled
    from the log, which is the truth; the bus remembers the last id it delivered for each bill."""

    def __init__(self, read_log: ReadLog) -> None:
        super().__init__()
        self._read_log = read_log
        self._outbox: queue.SimpleQueue[dict[str, Any] | None] = queue.SimpleQueue()
        self._seen: dict[int, int] = {}  # bill -> last id delivered; listener thread only
        self._stop = threading.Event()
        self._threads_lock = threading.Lock()
        self._sender: threading.Thread | None = None
        self._listener: threading.Thread | None = None
        self._sessions = 0
        self.name = f"drafting-listener-{uuid.uuid4().hex[:12]}"  # to find our connection on the broker
        self.listening = threading.Event()  # set while subscribed (tests and the bench wait on it)
        self.reconnects = 0

    # --- the subclass's side: one broker --------------------------------------------------------

    def _send(self, events: list[dict[str, Any]]) -> None:
        """Broadcast `events` (sender thread); raise if the broker cannot be reached."""
        raise NotImplementedError

    def _listen(self) -> None:
        """Subscribe, call `_subscribed()`, then `_arrived(...)` per message until `_stop` is set;
        raise when the connection is lost. Runs in the listener thread."""
        raise NotImplementedError

    def _close_sender(self) -> None:
        """Release the sender's connection."""

    # --- publishing -----------------------------------------------------------------------------

    def publish(self, event: dict[str, Any]) -> None:
        if not isinstance(event.get("bill"), int) or not isinstance(event.get("id"), int):
            self._deliver(event)  # not in the log, so other processes could not read it: local only
            return
        with self._threads_lock:
            if self._sender is None:
                self._sender = threading.Thread(target=self._send_loop, name="bus-sender", daemon=True)
                self._sender.start()
        self._outbox.put(event)

    def _send_loop(self) -> None:
        while True:
            first = self._outbox.get()
            if first is None:
                break
            batch = [first]
            stop = False
            while not stop:  # everything already queued goes in one round trip
                try:
                    item = self._outbox.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stop = True
                else:
                    batch.append(item)
            self._send_with_retries(batch)
            if stop:
                break
        self._close_sender()

    def _send_with_retries(self, batch: list[dict[str, Any]]) -> None:
        for attempt in range(5):
            try:
                self._send(batch)
                return
            except Exception as exc:
                log.warning("bus: broadcast failed (%s), attempt %d", exc, attempt + 1)
                self._close_sender()
                if self._stop.wait(0.2 * 2**attempt):
                    break
        # Listeners elsewhere will still get these events: from the log, with the next event of the
        # bill (a gap) or when their own connection comes back.
        log.error("bus: %d events not broadcast", len(batch))

    # --- listening ------------------------------------------------------------------------------

    def start(self, wait: float = 5.0) -> None:
        """Start listening; wait (a little) until subscribed, so that a process that starts
        serving does not miss the first events of its followers."""
        with self._threads_lock:
            if self._listener is None and not self._stop.is_set():
                self._listener = threading.Thread(target=self._listen_loop, name="bus-listener", daemon=True)
                self._listener.start()
        if not self._stop.is_set() and not self.listening.wait(wait):
            log.warning("bus: not listening yet; events will be caught up from the log once it is")

    def _listen_loop(self) -> None:
        delay = 0.1
        while not self._stop.is_set():
            sessions = self._sessions
            try:
                self._listen()
            except Exception as exc:
                log.warning("bus: listener connection lost (%s); reconnecting", exc)
            self.listening.clear()
            if self._sessions != sessions:
                delay = 0.1  # it had connected: retry soon
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, 5.0)

    def _subscribed(self) -> None:
        self._sessions += 1
        self.reconnects = self._sessions - 1
        # Whatever was broadcast while we were away (or before we first listened) is in the log.
        for bill, last in list(self._seen.items()):
            self._catch_up(bill, last)
        self._resumed()
        self.listening.set()

    def _arrived(self, bill: int, seq: int, event: dict[str, Any] | None) -> None:
        last = self._seen.get(bill)
        if last is not None and seq <= last:
            return  # already delivered, read from the log while filling a gap
        if event is not None and (last is None or seq == last + 1):
            self._record(event)
        else:
            self._catch_up(bill, seq - 1 if last is None else last)

    def _catch_up(self, bill: int, after: int) -> None:
        while True:
            events = self._read_log(bill, after, MAX_REPLAY)
            for event in events:
                self._record(event)
                after = event["id"]
            if len(events) < MAX_REPLAY:
                return

    def _record(self, event: dict[str, Any]) -> None:
        self._seen[event["bill"]] = event["id"]
        self._deliver(event)

    def close(self) -> None:
        with self._threads_lock:
            sender, listener = self._sender, self._listener
            self._stop.set()
        if sender is not None:
            self._outbox.put(None)  # after what is queued: pending events are still broadcast
            sender.join(timeout=10)
        if listener is not None:
            listener.join(timeout=10)
