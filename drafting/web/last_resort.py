"""The last resort: an error no handler expected is logged and answered by `on_unexpected` (the
JSON error body; an error page for a browser's page), and the connection stays open for the
client's next request.

Starlette's own last resort re-raises after answering, which makes uvicorn close a keep-alive
connection; this middleware sits inside it and does not.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from drafting.web.errors import on_unexpected

log = logging.getLogger(__name__)


class LastResort:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            if started:
                log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
                raise  # half an answer is out: only closing the connection tells the client
            response = await on_unexpected(Request(scope), exc)  # logs it
            await response(scope, receive, send)
