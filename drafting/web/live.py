"""`/api/bills/{bill}/live`: the websocket that pushes a bill's events, replay and presence
(protocol in docs/realtime.md); the work is done by the hub in drafting/realtime/hub.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import re

from starlette.routing import WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket

from drafting.realtime import protocol
from drafting.realtime.hub import Connection, Hub
from drafting.web.auth import current_actor, origin_allowed
from drafting.web.errors import error_response

_AFTER = re.compile(r"[0-9]{1,18}")
PONG = protocol.encode({"type": "pong"})
log = logging.getLogger(__name__)
# Set once this connection's handshake was answered with a denial response (see _QuietDenials).
_denied: contextvars.ContextVar[bool] = contextvars.ContextVar("drafting_live_denied", default=False)


class _QuietDenials(logging.Filter):
    """uvicorn's default websocket implementation (websockets-sansio, up to 0.54 at least) logs
    "ASGI callable returned without completing handshake." at ERROR after every denial response,
    although the client got it (Kludex/uvicorn#3138). That line is dropped for connections this
    route refused, and only for them: the record is logged in the connection's task, whose context
    `_denied` was set in."""

    MESSAGE = "ASGI callable returned without completing handshake."

    def filter(self, record: logging.LogRecord) -> bool:
        return not (_denied.get() and record.msg == self.MESSAGE)


_uvicorn_log = logging.getLogger("uvicorn.error")
if not any(isinstance(f, _QuietDenials) for f in _uvicorn_log.filters):
    _uvicorn_log.addFilter(_QuietDenials())


class Live:
    """The route as an ASGI app rather than a `func(websocket)` endpoint, to have the server's `send`:
    messages go to it directly, not through `WebSocket.send_text` (state checks, and one more
    wrapper that Starlette puts around endpoints), once per follower and event."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await live(WebSocket(scope, receive, send), send)


async def live(websocket: WebSocket, send: Send) -> None:
    """`send` is the ASGI send `websocket` was made with."""
    origin = websocket.headers.get("origin")
    # A page of another site must not read what the reader's cookie lets them see. No Origin: not
    # a browser, allowed.
    if origin is not None and not origin_allowed(websocket, origin):
        message = f"pages of {_shown(origin)} may not follow bills here (only this site's own and those it allows)"
        await _refuse(websocket, protocol.REFUSE_BAD_ORIGIN, "bad_origin", message, None)
        return
    after_text = websocket.query_params.get("after")
    if after_text is not None and not _AFTER.fullmatch(after_text):
        message = (
            "after is the id of the last event you have: a whole number from 0 to 999999999999999999, "
            f"got {_shown(after_text)}"
        )
        await _refuse(websocket, protocol.REFUSE_BAD_QUERY, "bad_request", message, protocol.CLOSE_POLICY)
        return
    hub: Hub = websocket.app.state.hub
    ref = websocket.path_params["bill"]
    try:
        bill = await hub.resolve(ref)
    except Exception:
        log.exception("live: looking up bill %r failed", ref)
        message = "the bill cannot be looked up now; try again later"
        await _refuse(websocket, protocol.REFUSE_UNAVAILABLE, "unavailable", message, protocol.CLOSE_ERROR)
        return
    if bill is None:
        message = f"no bill {_shown(ref)}"
        await _refuse(websocket, protocol.REFUSE_UNKNOWN_BILL, "not_found", message, protocol.CLOSE_UNKNOWN_BILL)
        return
    actor = await current_actor(websocket)
    await websocket.accept()
    conn = Connection(lambda text: send({"type": "websocket.send", "text": text}))
    conn.user_id = actor.id if actor else None
    after = int(after_text) if after_text is not None else None
    follow = asyncio.create_task(hub.follow(conn, bill, after))
    tasks = [follow, asyncio.create_task(_receive(websocket, hub, conn, bill)), asyncio.create_task(_grace(conn))]
    try:
        done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        hub.leave(conn)
    code = next((r for r in results if isinstance(r, int)), None)
    if conn.dropped.is_set():
        code = protocol.CLOSE_TOO_SLOW
    elif follow in done and isinstance(results[0], Exception):
        code = protocol.CLOSE_ERROR  # the log could not be read
    if code is not None:
        # Bounded: a client that reads nothing would make the close frame wait for ever; and the
        # client may be gone already.
        with contextlib.suppress(Exception):
            await asyncio.wait_for(websocket.close(code), 1.0)


async def _receive(websocket: WebSocket, hub: Hub, conn: Connection, bill: int) -> int | None:
    """Reads the client's messages; returns a close code, or None when the client left."""
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return None
        text = message.get("text")
        if text is None:
            conn.push(protocol.encode(protocol.error("send JSON text messages")))
            continue
        if len(text) > protocol.MAX_CLIENT_MESSAGE:
            return protocol.CLOSE_TOO_BIG
        try:
            parsed = protocol.parse_client(text)
        except ValueError as exc:
            conn.push(protocol.encode(protocol.error(str(exc))))
            continue
        if parsed["type"] == "viewing":
            if (refused := await hub.view(conn, bill, parsed["article"])) is not None:
                conn.push(protocol.encode(protocol.error(refused)))
        else:
            conn.push(PONG)


async def _refuse(websocket: WebSocket, status: int, code: str, message: str, close_code: int | None) -> None:
    """Answer the handshake with `status` and {"error": {"code", "message"}} (the websocket denial
    response). Servers without that ASGI extension: a bare 403 when `close_code` is None, else the
    connection is accepted, then closed with `close_code` and the message as the close reason."""
    if "websocket.http.response" in websocket.scope.get("extensions", {}):
        await websocket.send_denial_response(error_response(status, code, message))
        _denied.set(True)
    elif close_code is None:
        await websocket.close(protocol.CLOSE_POLICY)  # before accepting: HTTP 403
    else:
        await websocket.accept()
        # A close reason has at most 123 bytes of UTF-8.
        await websocket.close(close_code, message.encode()[:123].decode(errors="ignore"))


def _shown(value: str) -> str:
    """A value from the request, quoted and cut short, for an error message."""
    return repr(value if len(value) <= 60 else value[:57] + "...")


async def _grace(conn: Connection) -> int:
    """A dropped client gets a moment to take its resync message, then its socket is closed."""
    await conn.dropped.wait()
    await asyncio.sleep(protocol.DROP_GRACE)
    return protocol.CLOSE_TOO_SLOW


routes = [WebSocketRoute("/api/bills/{bill}/live", Live(), name="live")]
