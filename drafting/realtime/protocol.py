"""The live protocol's messages, limits and close codes (documented in docs/realtime.md).

Server messages are JSON objects with a "type"; events from the log also carry their per-bill "id".
"""

from __future__ import annotations

import json
from typing import Any

from drafting.domain import bounded_json
from drafting.domain.events import RECIPIENT

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

# Handshakes are refused with an HTTP response whose body is {"error": {"code", "message"}} (the
# ASGI websocket denial response): 400 for a malformed `after`, 403 for a cross-site Origin, 404 for
# an unknown bill, 503 when the bill cannot be looked up. A server without that extension refuses
# before accepting (a bare 403) for a bad Origin, and otherwise accepts, then closes with
# CLOSE_POLICY (bad `after`), CLOSE_UNKNOWN_BILL or 1011 and the message as the close reason.
REFUSE_BAD_QUERY = 400
REFUSE_BAD_ORIGIN = 403
REFUSE_UNKNOWN_BILL = 404
REFUSE_UNAVAILABLE = 503

CLOSE_POLICY = 1008  # fallback for a malformed `after` (see above)
CLOSE_TOO_BIG = 1009
CLOSE_ERROR = 1011  # the event log could not be read
CLOSE_TOO_SLOW = 4008
CLOSE_UNKNOWN_BILL = 4404  # fallback for an unknown bill (see above)
# uvicorn closes every open websocket with 1012 (service restart) when it shuts down; not sent by us.
CLOSE_SERVICE_RESTART = 1012

# Event types whose successive values supersede each other: only the latest per key is sent,
# the key being the type and these fields. New coalescible types are added here and nowhere else.
# A tally is the tally of one target: `tally.changed` carries {"target_type", "target_id", "tally"}
# (drafting/services/votes.py), so tallies of different articles or amendments never merge.
COALESCIBLE: dict[str, tuple[str, ...]] = {"tally.changed": ("target_type", "target_id")}


def coalesce_key(event: dict[str, Any]) -> tuple[str, ...] | None:
    fields = COALESCIBLE.get(str(event.get("type")))
    if fields is None or any(f not in event for f in fields):
        return None  # an event without its key is never taken for another one: it is sent as is
    # The JSON form keeps 3 (an amendment id) apart from "3", and makes any field value hashable.
    return (str(event["type"]), *(json.dumps(event.get(f), sort_keys=True) for f in fields))


def for_reader(event: dict[str, Any], user: int | None) -> dict[str, Any] | None:
    """The event as this reader (`user`: the id their session cookie names, None when signed out)
    gets it: a personal notice only by the user it names, without that name; None for the others,
    for whom its id is skipped as coalescing skips ids."""
    recipient = event.get(RECIPIENT)
    if recipient is None:
        return event
    if user is None or recipient != user:
        return None
    return {k: v for k, v in event.items() if k != RECIPIENT}


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
    """How many read the bill, and each article; never who. `bill` repeats `readers` for clients
    written before it was named so (deprecated: `bill` elsewhere is a bill's id)."""
    return {"type": "presence", "readers": readers, "articles": articles, "bill": readers}


def error(message: str) -> dict[str, Any]:
    return {"type": "error", "message": message}


def parse_client(text: str) -> dict[str, Any]:
    """A client message, checked; raises ValueError with a message fit for the client."""
    if len(text) > MAX_CLIENT_MESSAGE:
        raise ValueError("message too long")
    message = bounded_json.loads(text)  # 1,024 characters may still nest 1,000 deep
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
