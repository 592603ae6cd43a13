"""The last resort: an error no handler expected is logged and answered with the JSON error body,
and the connection stays open for the client's next request.

Starlette's own last resort re-raises after answering, which makes uvicorn close a keep-alive
connection; this middleware sits inside it and does not.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from drafting.web.errors import unexpected_response

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
        except Exception:
            log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise  # half an answer is out: only closing the connection tells the client
            response = await unexpected_response(Request(scope, receive))  # a page for a browser's page
            await response(scope, receive, send)
