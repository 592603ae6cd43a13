"""docs/api.md names every route of the API, with its method."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"
METHODS = "GET|POST|PUT|PATCH|DELETE"
# `GET /api/...`, `GET\|POST /api/...?query`: the methods, then the path up to a query or the backtick
DOCUMENTED = re.compile(rf"`((?:{METHODS})(?:\\?\|(?:{METHODS}))*) (/api/[^`?\s]*)")


def documented_routes() -> set[tuple[str, str]]:
    found = set()
    for methods, path in DOCUMENTED.findall(API_MD.read_text(encoding="utf-8")):
        for method in re.split(r"\\?\|", methods):
            found.add((method, path))
    return found


# the docs are checked against the routes, which do not depend on the database: one backend
pytestmark = pytest.mark.backends("sqlite")


def test_every_api_route_is_in_the_api_docs(client: TestClient) -> None:
    documented = documented_routes()
    missing = []
    for route in client.app.routes:  # type: ignore[attr-defined]
        if isinstance(route, WebSocketRoute) and route.path.startswith("/api"):
            missing += [] if ("GET", route.path) in documented else [f"GET {route.path} (websocket)"]
        elif isinstance(route, Route) and route.path.startswith("/api"):
            missing += [
                f"{method} {route.path}"
                for method in sorted(route.methods or ())
                if method != "HEAD" and (method, route.path) not in documented
            ]
    assert missing == [], f"not in docs/api.md: {missing}"


def test_the_api_docs_name_no_route_that_does_not_exist(client: TestClient) -> None:
    served = set()
    for route in client.app.routes:  # type: ignore[attr-defined]
        if isinstance(route, WebSocketRoute):
            served.add(("GET", route.path))
        elif isinstance(route, Route):
            served |= {(method, route.path) for method in route.methods or ()}
    assert documented_routes() - served == set()


def test_the_docs_and_the_cli_help_name_every_role() -> None:
    from typer.testing import CliRunner

    from drafting.cli import app
    from drafting.domain.permissions import ROLES

    roles_line = re.search(r"^Roles:(.*?)\n\n", API_MD.read_text(encoding="utf-8"), re.S | re.M)
    assert roles_line is not None
    shown = CliRunner().invoke(app, ["user", "create", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert shown.exit_code == 0, shown.output
    help_text = " ".join(shown.output.replace("│", " ").split())
    for role in ROLES:
        assert role in roles_line.group(1), f"docs/api.md's Roles line leaves out {role}"
        assert role in help_text, f"`drafting user create --help` leaves out {role}"
