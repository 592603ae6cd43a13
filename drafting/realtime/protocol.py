"""The live protocol's messages, limits and close codes (documented in docs/realtime.md).

Server messages are JSON objects with a "type"; events from the log also carry their per-bill "id".
"""

from __future__ import annotations

import json
from typing import Any

# Messages waiting for one client; a client that lets more pile up is told to resync and dropped.
QUEUE_SIZE = 256
# Missed events replayed on reconnect; a client further behind is told to refetch instead.
MAX_REPLAY = 1000
# Presence and coalescible events are sent at most once per interval per bill.
PRESENCE_INTERVAL = 0.25
# Presence goes to every reader: with many, it is sent less often, to stay within this many messages
# a second per bill (1,000 readers: every second; 5,000: every 5 s). A join storm must not be O(N²).
PRESENCE_BUDGET = 1000
COALESCE_INTERVAL = 0.5
# Time given to a dropped client to take its resync message before its socket is closed.
DROP_GRACE = 5.0
MAX_CLIENT_MESSAGE = 1024
MAX_EID = 200

CLOSE_GOING_AWAY = 1001
CLOSE_POLICY = 1008  # bad Origin (refused before the handshake completes: HTTP 403) or bad query
CLOSE_TOO_BIG = 1009
CLOSE_TOO_SLOW = 4008
CLOSE_UNKNOWN_BILL = 4404

# Event types whose successive values supersede each other: only the latest per key is sent,
# the key being the type and these fields. New coalescible types are added here and nowhere else.
COALESCIBLE: dict[str, tuple[str, ...]] = {"tally.changed": ("target",)}


def coalesce_key(event: dict[str, Any]) -> tuple[str, ...] | None:
    fields = COALESCIBLE.get(str(event.get("type")))
    if fields is None:
        return None
    # Targets may be objects ({"type": "amendment", "id": 3}): their JSON form is hashable.
    return (str(event["type"]), *(json.dumps(event.get(f), sort_keys=True) for f in fields))


def encode(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))


def hello(bill: int, last: int) -> dict[str, Any]:
    """First message: events after `last` follow (replayed, then live)."""
    return {"type": "hello", "bill": bill, "last": last}


def resync(reason: str, last: int | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"type": "resync", "reason": reason}
    if last is not None:
        message["last"] = last
    return message


def presence(readers: int, articles: dict[str, int]) -> dict[str, Any]:
    """How many read the bill, and each article; never who."""
    return {"type": "presence", "bill": readers, "articles": articles}


def error(message: str) -> dict[str, Any]:
    return {"type": "error", "message": message}


def parse_client(text: str) -> dict[str, Any]:
    """A client message, checked; raises ValueError with a message fit for the client."""
    if len(text) > MAX_CLIENT_MESSAGE:
        raise ValueError("message too long")
    message = json.loads(text)
    if not isinstance(message, dict):
        raise ValueError("expected a JSON object")
    kind = message.get("type")
    if kind == "viewing":
        article = message.get("article")
        if article is not None and (not isinstance(article, str) or not 0 < len(article) <= MAX_EID):
            raise ValueError("article must be an article eId or null")
        return {"type": "viewing", "article": article}
    if kind == "ping":
        return {"type": "ping"}
    raise ValueError(f"unknown message type {kind!r}")
