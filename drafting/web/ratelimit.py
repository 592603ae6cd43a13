"""Rate limits: slow a flood down, never lock anyone out for everyone else.

Counts live in the `limits` library's storage: in memory for one process, in Redis when several
processes must share them (`Settings.resolved_rate_limit_storage`). Each rule is a list of moving
windows ("10/minute;60/hour": a burst and a sustained rate). Sign-ups and sign-ins are counted per
address, failed sign-ins per (account, address) and per address, writes per account: many people
share one address (a school, an office), so writes never count per address. No rule counts an
account alone, so an attacker elsewhere cannot lock a victim out. A preview by a caller signed out
(it parses up to 100,000 characters of instructions) counts per address, no account being known.

The client address is computed in one place, `client_address`: the connection's peer, or what
`X-Forwarded-For` says when the peer is one of `DRAFTING_TRUSTED_PROXIES` (`forwarded_middleware`).
"""

from __future__ import annotations

import math
import re
import time

from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from drafting.config import Settings
from drafting.domain.errors import TooManyRequests
from drafting.web.auth import UNSAFE, current_actor
from drafting.web.errors import error_response, on_domain_error

# Decisions of officials, admins and moderators, through the API or the pages: a sitting may decide
# hundreds in an hour. The routes check the caller's right themselves; only callers who hold one
# skip the write limit.
_DECISIONS = re.compile(r"(/api)?/amendments/[^/]+/decision|/api/moderation|/bills/[^/]+/consultation")
_DECIDERS = {"official", "moderator", "admin"}
# Routes with their own limits, per address (sign-up, sign-in) or none (sign-out, language).
_ACCOUNT_ROUTES = {"/api/users", "/api/session", "/signin", "/signup", "/signout", "/language"}


class RateLimits:
    def __init__(self, settings: Settings) -> None:
        self.limiter = MovingWindowRateLimiter(storage_from_string(settings.resolved_rate_limit_storage))
        self.sign_ups = parse_many(settings.rate_limit_sign_ups)
        self.sign_ins = parse_many(settings.rate_limit_sign_ins)
        self.failed_sign_ins = parse_many(settings.rate_limit_failed_sign_ins)
        self.failed_per_address = parse_many(settings.rate_limit_failed_sign_ins_per_address)
        self.writes = parse_many(settings.rate_limit_writes)
        self.anonymous_previews = parse_many(settings.rate_limit_anonymous_previews)

    def _wait(self, rule: list[RateLimitItem], *key: str) -> float:
        """Seconds until `rule` allows one more for `key`; 0 when it allows one now."""
        waits = [
            self.limiter.get_window_stats(item, *key).reset_time - time.time()
            for item in rule
            if not self.limiter.test(item, *key)
        ]
        return max(waits, default=0.0)

    def _take(self, rule: list[RateLimitItem], *key: str) -> float:
        """Counts one for `key` when `rule` allows it (0 returned); otherwise the wait, counting nothing."""
        wait = self._wait(rule, *key)
        if wait == 0.0:
            for item in rule:
                self.limiter.hit(item, *key)
        return wait

    def sign_up(self, address: str) -> float:
        return self._take(self.sign_ups, "sign-up", address)

    def sign_in(self, email: str, address: str) -> float:
        """Counts a sign-in attempt; the wait when this address, or this account from this
        address, must slow down (its password is then not even checked)."""
        wait = max(
            self._wait(self.failed_sign_ins, "failed-sign-in", email, address),
            self._wait(self.failed_per_address, "failed-sign-in", address),
        )
        return wait or self._take(self.sign_ins, "sign-in", address)

    def failed_sign_in(self, email: str, address: str) -> None:
        for item in self.failed_sign_ins:
            self.limiter.hit(item, "failed-sign-in", email, address)
        for item in self.failed_per_address:
            self.limiter.hit(item, "failed-sign-in", address)

    def write(self, user_id: int) -> float:
        return self._take(self.writes, "write", str(user_id))

    def anonymous_preview(self, address: str) -> float:
        """Counts a preview by a caller signed out (the write limit counts those signed in): per address, as
        no account is known."""
        return self._take(self.anonymous_previews, "anonymous-preview", address)


def too_many(wait: float, what: str) -> JSONResponse:
    """A 429 that says when to come back, in the header and in the body."""
    seconds = max(1, math.ceil(wait))
    response = error_response(429, "too_many_requests", f"{what}; try again in {seconds} s", retry_after=seconds)
    response.headers["Retry-After"] = str(seconds)
    return response


def client_address(conn: HTTPConnection) -> str:
    """The one place the client's address is read; `forwarded_middleware` has already replaced the peer
    by the forwarded client when the peer is a trusted proxy."""
    return conn.client.host if conn.client else "unknown"


def forwarded_middleware(settings: Settings) -> list[Middleware]:
    """Believe X-Forwarded-For and X-Forwarded-Proto only from `settings.trusted_proxies` (uvicorn's
    middleware: the client is the rightmost address that is not a trusted proxy)."""
    if not settings.trusted_proxies:
        return []
    return [Middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))]


class WriteThrottle:
    """Limits each account's writes, through the API and the pages' forms alike (sign-up and
    sign-in have their own limits, per address); decisions by those who may take them are never
    limited."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in UNSAFE and scope["path"] not in _ACCOUNT_ROUTES:
            conn = HTTPConnection(scope)
            actor = await current_actor(conn)
            decision = actor is not None and actor.role in _DECIDERS and _DECISIONS.fullmatch(scope["path"])
            if actor is not None and not decision:
                limits: RateLimits = conn.app.state.rate_limits
                if wait := await run_in_threadpool(limits.write, actor.id):
                    await _refuse(scope, receive, send, wait)
                    return
        await self.app(scope, receive, send)


async def _refuse(scope: Scope, receive: Receive, send: Send, wait: float) -> None:
    """The 429 of `too_many`, as an HTML page for a browser's form and as JSON for the API."""
    seconds = max(1, math.ceil(wait))
    message = f"too many changes from this account; try again in {seconds} s"
    response = await on_domain_error(Request(scope), TooManyRequests(message, retry_after=seconds))
    response.headers["Retry-After"] = str(seconds)
    await response(scope, receive, send)
