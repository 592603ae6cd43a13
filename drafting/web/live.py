"""`/api/bills/{bill}/live`: the websocket that pushes a bill's events, replay and presence
(protocol in docs/realtime.md); the work is done by the hub in drafting/realtime/hub.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import re

from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from drafting.realtime import protocol
from drafting.realtime.hub import Connection, Hub
from drafting.web.auth import current_actor, origin_allowed

_AFTER = re.compile(r"[0-9]{1,18}")
PONG = protocol.encode({"type": "pong"})


async def live(websocket: WebSocket) -> None:
    origin = websocket.headers.get("origin")
    # A page of another site must not read what the reader's cookie lets them see (closing
    # before accept answers the handshake with 403). No Origin: not a browser, allowed.
    if origin is not None and not origin_allowed(websocket, origin):
        await websocket.close(protocol.CLOSE_POLICY)
        return
    after_text = websocket.query_params.get("after")
    if after_text is not None and not _AFTER.fullmatch(after_text):
        await websocket.close(protocol.CLOSE_POLICY)
        return
    hub: Hub = websocket.app.state.hub
    bill = await hub.resolve(websocket.path_params["bill"])
    actor = await current_actor(websocket)
    await websocket.accept()
    if bill is None:
        await websocket.close(protocol.CLOSE_UNKNOWN_BILL, "no such bill")
        return
    conn = Connection(websocket.send_text)
    conn.user_id = actor.id if actor else None
    after = int(after_text) if after_text is not None else None
    follow = asyncio.create_task(hub.follow(conn, bill, after))
    tasks = [follow, asyncio.create_task(_receive(websocket, hub, conn)), asyncio.create_task(_grace(conn))]
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
        code = 1011  # the log could not be read
    if code is not None:
        # Bounded: a client that reads nothing would make the close frame wait for ever; and the
        # client may be gone already.
        with contextlib.suppress(Exception):
            await asyncio.wait_for(websocket.close(code), 1.0)


async def _receive(websocket: WebSocket, hub: Hub, conn: Connection) -> int | None:
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
            hub.view(conn, parsed["article"])
        else:
            conn.push(PONG)


async def _grace(conn: Connection) -> int:
    """A dropped client gets a moment to take its resync message, then its socket is closed."""
    await conn.dropped.wait()
    await asyncio.sleep(protocol.DROP_GRACE)
    return protocol.CLOSE_TOO_SLOW


routes = [WebSocketRoute("/api/bills/{bill}/live", live)]
