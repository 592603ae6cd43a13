"""Security headers on every response, the strict policy our pages keep to (no inline script or
style), and the sandbox that HTML exports are served in."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from starlette.testclient import TestClient

from drafting.app import create_app
from drafting.bootstrap import Services
from drafting.domain.permissions import Actor

CSP = (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SOURCE = "# Loi sur les essais\n\n## Article 1er\n\nLe présent texte s'applique aux *essais*.\n"


@pytest.fixture
def bill(client: TestClient, official: Actor) -> dict[str, Any]:
    created = client.post("/api/bills", json={"source": SOURCE}).json()
    assert client.patch(f"/api/bills/{created['id']}", json={"status": "open"}).status_code == 200
    eid = client.get(f"/api/bills/{created['id']}").json()["tree"]["children"][0]["eid"]
    return {"id": created["id"], "eid": eid}


def assert_protected(response: Any) -> None:
    where = f"{response.request.method} {response.request.url} -> {response.status_code}"
    assert response.headers.get("content-security-policy") == CSP, where
    assert response.headers.get("x-content-type-options") == "nosniff", where
    assert response.headers.get("referrer-policy") == "strict-origin-when-cross-origin", where
    assert "strict-transport-security" not in response.headers, where  # plain http


def test_every_kind_of_response_carries_the_headers(client: TestClient, bill: dict[str, Any]) -> None:
    html = {"Accept": "text/html"}
    responses = [
        client.get("/", headers=html),
        client.get(f"/bills/{bill['id']}", headers=html),
        client.get(f"/bills/{bill['id']}/articles/{bill['eid']}", headers=html),
        client.get("/nowhere", headers=html),
        client.get("/api/bills"),
        client.get("/api/nowhere"),
        client.get("/static/style.css"),
        client.get("/api/openapi.json"),
        client.get(f"/api/bills/{bill['id']}/versions/1/export?format=txt"),
        client.get("/api/bills", headers={"Host": "evil.example"}),
        client.post("/api/bills", content=b"{", headers={"Origin": "https://evil.example"}),
    ]
    client.cookies.clear()
    responses.append(client.post("/api/bills", content=b"{"))
    assert {r.status_code for r in responses} >= {200, 400, 401, 403, 404}
    for response in responses:
        assert_protected(response)


def test_hsts_is_sent_over_https_only(services: Services) -> None:
    with TestClient(create_app(services.settings, services), base_url="https://testserver") as client:
        response = client.get("/api/bills")
    assert response.headers["strict-transport-security"].startswith("max-age=")


def test_html_exports_are_sandboxed(client: TestClient, bill: dict[str, Any]) -> None:
    response = client.get(f"/api/bills/{bill['id']}/versions/1/export?format=html")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    policy = [part.strip() for part in response.headers["content-security-policy"].split(";")]
    assert "sandbox" in policy  # no script, no same-origin access, even opened from this site
    assert "default-src 'none'" in policy and not any(part.startswith("script-src") for part in policy)


class _Inline(HTMLParser):
    """Collects what a strict policy would block: inline scripts, style elements and attributes,
    event handler attributes, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        # a JSON data block is not run, so the policy has nothing to allow for it
        if tag == "script" and not names.get("src") and names.get("type") != "application/json":
            self.found.append("<script> without src")
        if tag == "style":
            self.found.append("<style>")
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:...>")


def test_our_pages_need_no_inline_script_or_style(client: TestClient, bill: dict[str, Any]) -> None:
    html = {"Accept": "text/html"}
    for path in [
        "/",
        f"/bills/{bill['id']}",
        f"/bills/{bill['id']}/articles/{bill['eid']}",
        f"/bills/{bill['id']}/amendments",
        "/signin",
        "/signup",
        "/nowhere",
    ]:
        response = client.get(path, headers=html)
        assert response.headers["content-type"].startswith("text/html"), path
        parser = _Inline()
        parser.feed(response.text)
        assert parser.found == [], (path, parser.found)
