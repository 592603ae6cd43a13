"""Who, then what: an anonymous write to the API is refused (401) before its body is read, parsed
or validated, whatever that body holds. Endpoints open to anonymous callers (signing up, signing
in, previews) say so with `@open_to_anonymous`.

Routes that need a right on a bill (officials, moderators) check it themselves, still before the
body: see `Bills.check_official` and `Decisions.check_official`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from starlette.requests import Request
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from drafting.domain.errors import Unauthenticated
from drafting.web.auth import UNSAFE, current_actor
from drafting.web.errors import on_domain_error

F = TypeVar("F", bound=Callable[..., Any])


def open_to_anonymous(endpoint: F) -> F:
    endpoint.open_to_anonymous = True  # type: ignore[attr-defined]
    return endpoint


def _endpoint(scope: Scope) -> Any:
    for route in scope["app"].router.routes:
        match, _ = route.matches(scope)
        if match == Match.FULL:
            return getattr(route, "endpoint", None)
    return None


class SignedInWrites:
    """Refuses anonymous unsafe requests to /api/ routes, before the endpoint reads anything."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in UNSAFE and scope["path"].startswith("/api/"):
            endpoint = _endpoint(scope)
            if endpoint is not None and not getattr(endpoint, "open_to_anonymous", False):
                request = Request(scope)
                if await current_actor(request) is None:
                    problem = Unauthenticated("sign in first: this action needs an account (POST /api/session)")
                    await (await on_domain_error(request, problem))(scope, receive, send)
                    return
        await self.app(scope, receive, send)
