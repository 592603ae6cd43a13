"""The one way routes reach the services, typed so that mypy checks every call a route makes."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from drafting.bootstrap import Services


def services_of(conn: HTTPConnection) -> Services:
    """The services the app was built with (`app.state.services`, set by `drafting.app`)."""
    services: Services = conn.app.state.services
    return services
