"""Who, then what: every write route checks the caller before it reads the body. Walked over the
app's own route table, so a route added later is covered too."""

from __future__ import annotations

import json
from typing import Any

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from drafting.web.auth import UNSAFE
from tests.conftest import make_user, sign_in
from tests.hostile_shapes import LINES

GARBAGE: dict[str, bytes] = {
    "empty": b"",
    "not JSON": b"{",
    "not UTF-8": b"\xff\xfe{",
    "a list": b"[]",
    "nested 1,000 deep": b"[" * 1000 + b"]" * 1000,
    "a 5,000-digit number": b'{"source": ' + b"9" * 5000 + b"}",
    "wrong types": json.dumps({"source": 1, "text": [], "decision": {}, "reason": None}).encode(),
    "unknown fields": json.dumps({"nothing": "here"}).encode(),
    "hostile source": json.dumps({"source": LINES["adverb run (STRUCTURE)"], "label": "x"}).encode(),
}


def write_routes(client: TestClient) -> list[tuple[str, str]]:
    """(method, path) of every unsafe API route, path parameters filled with the bill and an amendment."""
    found = []
    for route in client.app.router.routes:  # type: ignore[attr-defined]
        if isinstance(route, Route) and route.path.startswith("/api/"):
            for method in sorted((route.methods or set()) & UNSAFE):
                open_ = getattr(route.endpoint, "open_to_anonymous", False)
                if not open_:
                    found.append((method, route.path))
    assert len(found) >= 20, found  # the walk did find the routes
    return found


def fill(path: str, scene: dict[str, Any]) -> str:
    return (
        path.replace("{bill}", str(scene["bill"]))
        .replace("{eid}", scene["eid"])
        .replace("{id}", str(scene["amendment"]))
        .replace("{n}", "1")
        .replace("{comment}", str(scene.get("comment", 1)))
    )


@pytest.fixture
def scene(client: TestClient, official: Actor) -> dict[str, Any]:
    source = "# Loi\n\n## Article 1er\n\nTexte.\n"
    bill = client.post("/api/bills", json={"source": source}).json()
    assert client.patch(f"/api/bills/{bill['id']}", json={"status": "open"}).status_code == 200
    eid = client.get(f"/api/bills/{bill['id']}").json()["tree"]["children"][0]["eid"]
    amendment = client.post(f"/api/bills/{bill['id']}/amendments", json={"article": eid, "text": "Autre."})
    assert amendment.status_code == 201, amendment.text
    comment = client.post(f"/api/bills/{bill['id']}/articles/{eid}/comments", json={"body": "Un avis."})
    assert comment.status_code == 201, comment.text
    client.cookies.clear()
    return {"bill": bill["id"], "eid": eid, "amendment": amendment.json()["id"], "comment": comment.json()["id"]}


def test_an_anonymous_write_is_a_401_whatever_its_body(client: TestClient, scene: dict[str, Any]) -> None:
    for method, template in write_routes(client):
        path = fill(template, scene)
        for name, body in GARBAGE.items():
            response = client.request(method, path, content=body, headers={"Content-Type": "application/json"})
            assert response.status_code == 401, (method, path, name, response.text)
            assert response.json()["error"]["code"] == "unauthenticated"


def test_an_anonymous_write_to_a_bill_that_does_not_exist_is_a_401_too(client: TestClient) -> None:
    response = client.post("/api/bills/nowhere/versions", content=b"{")
    assert response.status_code == 401


OFFICIAL_ROUTES = [
    ("POST", "/api/bills"),
    ("PATCH", "/api/bills/{bill}"),
    ("POST", "/api/bills/{bill}/versions"),
    ("POST", "/api/amendments/{id}/decision"),
    ("POST", "/api/moderation"),
    # the author's alone
    ("PATCH", "/api/amendments/{id}"),
    ("POST", "/api/amendments/{id}/withdraw"),
    ("PATCH", "/api/comments/{comment}"),
]


def test_a_citizen_without_the_right_is_refused_before_the_body_is_read(
    client: TestClient, services: Services, scene: dict[str, Any]
) -> None:
    make_user(services, "citoyenne@example.org")
    sign_in(client, "citoyenne@example.org")
    for method, template in OFFICIAL_ROUTES:
        path = fill(template, scene)
        for name, body in GARBAGE.items():
            response = client.request(method, path, content=body, headers={"Content-Type": "application/json"})
            assert response.status_code == 403, (method, path, name, response.text)


def test_a_missing_bill_is_a_404_before_the_body_is_read(client: TestClient, official: Actor) -> None:
    for method, path in [("PATCH", "/api/bills/nowhere"), ("POST", "/api/bills/nowhere/versions")]:
        response = client.request(method, path, content=b"{")
        assert response.status_code == 404, (method, path, response.text)
    assert client.post("/api/amendments/999999/decision", content=b"{").status_code == 404


def test_routes_open_to_anonymous_callers_still_read_their_body(client: TestClient) -> None:
    assert client.post("/api/session", content=b"{").status_code == 400
    assert client.post("/api/users", content=b"{").status_code == 400
    assert client.delete("/api/session").status_code == 204
