"""Security headers on every response: a strict Content-Security-Policy (no inline script or style
on our pages), nosniff, a referrer policy, framing refused, and HSTS over https. HTML exports, which
carry their own inline style and hold text anyone may have written, get a sandboxing policy instead:
no script runs in them, even opened from this site.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
EXPORT_CSP = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
HSTS = "max-age=31536000"  # a year; subdomains are the operator's call, not ours
COMMON = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
}


def _is_export(scope: Scope, headers: MutableHeaders) -> bool:
    html = headers.get("content-type", "").startswith("text/html")
    return html and (scope["path"].startswith("/api/") or "content-disposition" in headers)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in COMMON.items():
                    headers.setdefault(name, value)
                headers["Content-Security-Policy"] = EXPORT_CSP if _is_export(scope, headers) else CSP
                if scope.get("scheme") == "https":
                    headers.setdefault("Strict-Transport-Security", HSTS)
            await send(message)

        await self.app(scope, receive, with_headers)
