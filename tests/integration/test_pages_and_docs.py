"""The server-rendered pages, the OpenAPI document and the README stay true to the app."""

from __future__ import annotations

import re
from pathlib import Path

from starlette.routing import Route
from starlette.testclient import TestClient

from drafting.domain.permissions import Actor
from tests.integration.test_bills_api import SMALL, create

ROOT = Path(__file__).resolve().parents[2]


def test_the_home_page_lists_bills_and_links_to_their_text(client: TestClient, official: Actor) -> None:
    empty = client.get("/")
    assert empty.status_code == 200 and "Aucun texte" in empty.text
    bill = create(client, SMALL.replace("s’applique aux essais", "s’applique aux <script>alert(1)</script>"))
    home = client.get("/")
    assert "Projet de loi relatif aux essais" in home.text and f"/bills/{bill['slug']}" in home.text
    page = client.get(f"/bills/{bill['slug']}")
    assert page.status_code == 200
    assert 'href="#' in page.text and "Article 2 bis — Définitions" in page.text
    assert "<script>alert" not in page.text and "&lt;script&gt;" in page.text


def test_every_api_route_is_in_the_openapi_document(client: TestClient) -> None:
    document = client.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    documented = {(path, method.upper()) for path, ops in document["paths"].items() for method in ops}
    for route in client.app.routes:  # type: ignore[attr-defined]
        if isinstance(route, Route) and route.path.startswith("/api"):
            for method in route.methods or ():
                if method != "HEAD":
                    assert (route.path, method) in documented, f"{method} {route.path} is not documented"


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    source = (ROOT / "drafting" / "config.py").read_text(encoding="utf-8")
    for name in set(re.findall(r'"(DRAFTING_[A-Z_]+)"', source)):
        assert name in readme, f"{name} is read from the environment but not documented in the README"


def test_the_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash)?\n(.*?)```", readme, re.S)
    test_command = [line for line in blocks[1].splitlines() if line.strip() and not line.startswith("#")][-1]
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_a_missing_page_is_a_readable_404_for_browsers(client: TestClient) -> None:
    page = client.get("/bills/nothing-here", headers={"accept": "text/html"})
    assert page.status_code == 404 and "<h1>Page introuvable</h1>" in page.text
    api = client.get("/api/bills/nothing-here", headers={"accept": "text/html"})
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"
