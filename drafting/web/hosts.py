"""Which hosts and origins are this site's: the configured public URL (DRAFTING_PUBLIC_URL), or by
default the address and port the connection reached, plus DRAFTING_ALLOWED_ORIGINS and
DRAFTING_ALLOWED_HOSTS. Never the Host header: a page of evil.example that names itself in Host
must not pass as this site (DNS rebinding, forged Origin checks).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket

from drafting.config import Settings
from drafting.web.context import services_of
from drafting.web.errors import error_response

_DEFAULT_PORTS = {"http": 80, "https": 443}
_LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]")


def _origin(scheme: str, host: str, port: int | None) -> str:
    host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    shown = "" if port is None or port == _DEFAULT_PORTS.get(scheme) else f":{port}"
    return f"{scheme}://{host.lower()}{shown}"


def _reached(scope: Scope) -> tuple[str, int | None] | None:
    server = scope.get("server")
    return (str(server[0]), server[1]) if server else None


def own_origins(scope: Scope, settings: Settings) -> set[str]:
    if settings.public_url:
        parts = urlsplit(settings.public_url)
        return {_origin(parts.scheme, parts.hostname or "", parts.port)}
    reached = _reached(scope)
    if reached is None:
        return set()
    scheme = "https" if scope.get("scheme") in {"https", "wss"} else "http"
    host, port = reached
    names = {host, *_LOCAL_NAMES} if host in {"127.0.0.1", "::1", "localhost"} else {host}
    return {_origin(scheme, name, port) for name in names}


def origin_allowed(conn: HTTPConnection, origin: str) -> bool:
    settings: Settings = services_of(conn).settings
    return origin.lower() in own_origins(conn.scope, settings) or origin in settings.allowed_origins


def _host_name(header: str) -> str:
    """`example.org:8000` -> `example.org`; `[::1]:8000` -> `::1`."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def host_allowed(scope: Scope, settings: Settings, host: str) -> bool:
    name = _host_name(host)
    allowed = set(settings.allowed_hosts)
    if "*" in allowed:
        return True
    if settings.public_url:
        allowed.add((urlsplit(settings.public_url).hostname or "").lower())
    if (reached := _reached(scope)) is not None:
        allowed.add(reached[0].lower().strip("[]"))
    return name in allowed or any(a.startswith("*.") and name.endswith(a[1:]) for a in allowed)


class HostCheck:
    """Refuses requests whose Host header names a host this site does not answer for (400)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in {"http", "websocket"}:
            host = Headers(scope=scope).get("host", "")
            if not host_allowed(scope, self.settings, host):
                shown = host if len(host) <= 80 else host[:80] + "…"
                message = f"this site does not answer for the host {shown!r}; see DRAFTING_ALLOWED_HOSTS"
                response = error_response(400, "bad_host", message)
                if scope["type"] == "http":
                    await response(scope, receive, send)
                elif "websocket.http.response" in scope.get("extensions", {}):  # the JSON, as a denial
                    await WebSocket(scope, receive, send).send_denial_response(response)
                else:
                    await send({"type": "websocket.close", "code": 1008})  # a bare 403
                return
        await self.app(scope, receive, send)
