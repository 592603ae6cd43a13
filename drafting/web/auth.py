"""Sessions from the cookie, and the Origin check that every write passes (cross-site request forgery).

Browsers send `Origin` with every unsafe request; a request without it (curl, scripts) carries no
ambient cookie risk beyond what its own author chose, so it is let through.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection, Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from drafting.domain.permissions import Actor
from drafting.web import hosts
from drafting.web.context import services_of
from drafting.web.errors import error_response

COOKIE = "drafting_session"
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


async def current_actor(conn: HTTPConnection) -> Actor | None:
    try:
        cached: Actor | None = conn.state.actor
        return cached
    except AttributeError:
        pass
    token = conn.cookies.get(COOKIE)
    accounts = services_of(conn).accounts
    actor: Actor | None = await run_in_threadpool(accounts.actor_for, token) if token else None
    conn.state.actor = actor
    return actor


def set_session_cookie(response: Response, request: Request, token: str, max_age: int) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax")


def origin_allowed(conn: HTTPConnection, origin: str) -> bool:
    """The public URL's origin (by default the address reached) or an allowed one; never what the
    Host header says."""
    return hosts.origin_allowed(conn, origin)


class OriginCheck:
    """Refuses unsafe requests whose Origin is another site's."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in UNSAFE:
            conn = HTTPConnection(scope)
            origin = conn.headers.get("origin")
            if origin is not None and not origin_allowed(conn, origin):
                response = error_response(
                    403, "bad_origin", f"requests from {origin} are not allowed to change anything here"
                )
                await response(scope, receive, send)
                return
            if origin is None and conn.headers.get("sec-fetch-site") == "cross-site":
                response = error_response(403, "bad_origin", "cross-site requests may not change anything")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
