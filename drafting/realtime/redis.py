"""The Redis bus: pub/sub carries the whole event when it is small (no database read to relay
it), else only {"bill", "id"} and listeners read it from the log. `redis` is imported only here.
"""

from __future__ import annotations

import json
from typing import Any

from drafting.realtime.relay import ReadLog, RelayBus

CHANNEL = "drafting:events"
INLINE_LIMIT = 16_000


class RedisBus(RelayBus):
    def __init__(self, url: str, read_log: ReadLog) -> None:
        super().__init__(read_log)
        self.url = url
        self._client: Any = None

    def _send(self, events: list[dict[str, Any]]) -> None:
        import redis

        if self._client is None:
            self._client = redis.Redis.from_url(self.url, socket_timeout=5)
        with self._client.pipeline(transaction=False) as pipe:
            for event in events:
                message = json.dumps({"bill": event["bill"], "id": event["id"], "event": event})
                if len(message) > INLINE_LIMIT:
                    message = json.dumps({"bill": event["bill"], "id": event["id"]})
                pipe.publish(CHANNEL, message)
            pipe.execute()

    def _close_sender(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _listen(self) -> None:
        import redis

        client: Any = redis.Redis.from_url(self.url, health_check_interval=10, client_name=self.name)
        pubsub = client.pubsub()
        try:
            pubsub.subscribe(CHANNEL)
            while not self._stop.is_set():
                message = pubsub.get_message(timeout=0.5)
                if message is None:
                    continue
                if message["type"] == "subscribe":
                    # Also after redis-py reconnected by itself: the same catch-up is needed.
                    self._subscribed()
                elif message["type"] == "message":
                    self._on_message(message["data"])
        finally:
            pubsub.close()
            client.close()

    def _on_message(self, data: bytes) -> None:
        try:
            message = json.loads(data)
            bill, seq = int(message["bill"]), int(message["id"])
        except (ValueError, KeyError, TypeError):
            return
        event = message.get("event")
        self._arrived(bill, seq, event if isinstance(event, dict) else None)
