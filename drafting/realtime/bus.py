"""The event bus that carries committed events to live listeners, chosen by URL: memory:// (this
process only), postgresql:// (LISTEN/NOTIFY) or redis:// (pub/sub) to reach every process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drafting.storage.database import Database

Listener = Callable[[dict[str, Any]], None]
log = logging.getLogger(__name__)


class MemoryBus:
    """Delivers each published event to this process's listeners, in the publisher's thread.

    Listeners must not block: the hub's listener only hands the event to the event loop.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._resume: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def on_resume(self, callback: Callable[[], None]) -> Callable[[], None]:
        """`callback` runs when a cross-process bus reconnects and events may have been missed (it
        lets the hub catch up bills whose events it never heard of); never called in memory."""
        with self._lock:
            self._resume.append(callback)

        def cancel() -> None:
            with self._lock:
                if callback in self._resume:
                    self._resume.remove(callback)

        return cancel

    def publish(self, event: dict[str, Any]) -> None:
        self._deliver(event)

    def _deliver(self, event: dict[str, Any]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:  # one broken listener must not stop the others
                log.exception("event listener failed")

    def _resumed(self) -> None:
        with self._lock:
            callbacks = list(self._resume)
        for callback in callbacks:
            try:
                callback()
            except Exception:
                log.exception("resume callback failed")

    def start(self, wait: float = 5.0) -> None:
        """Start listening to other processes (nothing to do in memory); blocking."""

    def close(self) -> None:
        """Stop listening and flush what is still to be sent (nothing to do in memory)."""


def make_bus(url: str, db: Database) -> MemoryBus:
    """The bus named by `url`; by default PostgreSQL's own LISTEN/NOTIFY when the database is
    PostgreSQL (several processes share it), else memory (SQLite means one process)."""
    from sqlalchemy.engine import make_url

    from drafting.realtime.log import LogReader

    if not url:
        url = (
            "memory://"
            if db.is_sqlite
            else make_url(db.url).set(drivername="postgresql").render_as_string(hide_password=False)
        )
    scheme = url.split("://", 1)[0].lower()
    if scheme == "memory":
        return MemoryBus()
    if scheme in {"postgresql", "postgres"} or scheme.startswith("postgresql+"):
        from drafting.realtime.postgres import PostgresBus

        libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        return PostgresBus(libpq, LogReader(db).since)
    if scheme in {"redis", "rediss", "unix"}:
        from drafting.realtime.redis import RedisBus

        return RedisBus(url, LogReader(db).since)
    raise ValueError(f"DRAFTING_BUS_URL: unknown scheme {scheme!r}; use memory://, postgresql:// or redis://")
