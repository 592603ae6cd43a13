"""The PostgreSQL bus: NOTIFY carries only {"bill", "id"} (payloads must stay under 8,000 bytes);
each listening process reads the full event from the event log.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg

from drafting.realtime.relay import ReadLog, RelayBus

CHANNEL = "drafting_events"


class PostgresBus(RelayBus):
    def __init__(self, url: str, read_log: ReadLog) -> None:
        super().__init__(read_log)
        self.url = url
        self._notifier: psycopg.Connection[Any] | None = None

    def _send(self, events: list[dict[str, Any]]) -> None:
        # The services publish after their commit, so the NOTIFY goes on a connection of our own,
        # kept open between bursts; one transaction delivers a burst together.
        if self._notifier is None or self._notifier.closed:
            self._notifier = psycopg.connect(self.url, autocommit=True, application_name="drafting-notify")
        with self._notifier.transaction(), self._notifier.cursor() as cur:
            for event in events:
                note = json.dumps({"bill": event["bill"], "id": event["id"]})
                cur.execute("SELECT pg_notify(%s, %s)", (CHANNEL, note))

    def _close_sender(self) -> None:
        if self._notifier is not None:
            self._notifier.close()
            self._notifier = None

    def _listen(self) -> None:
        with psycopg.connect(self.url, autocommit=True, application_name=self.name) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._subscribed()
            while not self._stop.is_set():
                # A short timeout so that close() is noticed; a dropped connection raises here.
                for note in conn.notifies(timeout=0.5):
                    try:
                        message = json.loads(note.payload)
                        bill, seq = int(message["bill"]), int(message["id"])
                    except (ValueError, KeyError, TypeError):
                        continue
                    self._arrived(bill, seq, None)
