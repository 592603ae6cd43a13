"""/api/openapi.json is exact: every reference in it resolves, and the server is as strict about
types as it says (the operations' statuses and bodies are fuzzed in test_api_fuzz.py)."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from drafting.domain.permissions import Actor
from tests.integration.test_amendments_api import BILL


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "$ref"] + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_every_reference_in_the_api_description_resolves(client: TestClient) -> None:
    document = client.get("/api/openapi.json").json()
    refs = set(_refs(document))
    assert "#/components/schemas/Quote" in refs  # the nested model of an annotation's body
    for ref in refs:
        assert ref.startswith("#/"), ref
        node = document
        for part in ref[2:].split("/"):
            assert isinstance(node, dict) and part in node, f"{ref} does not resolve"
            node = node[part]


def test_operations_that_create_are_described_with_201(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/bills", "/api/bills/{bill}/amendments", "/api/amendments/{id}/comments", "/api/users"):
        assert "201" in paths[path]["post"]["responses"], path
    assert "204" in paths["/api/session"]["delete"]["responses"]


def test_true_is_not_taken_for_the_number_1(client: TestClient, official: Actor) -> None:
    bill = client.post("/api/bills", json={"source": BILL, "label": "texte"}).json()["id"]
    article = client.get(f"/api/bills/{bill}").json()["tree"]["children"][0]["eid"]
    url = f"/api/bills/{bill}/articles/{article}/comments"
    first = client.post(url, json={"body": "Premier."})
    assert first.status_code == 201
    reply = client.post(url, json={"body": "Réponse.", "reply_to": True})
    assert reply.status_code == 422 and "reply_to" in reply.json()["error"]["message"]
    as_text = client.post(f"/api/bills/{bill}/amendments", json={"article": article, "text": "x", "draft": "yes"})
    assert as_text.status_code == 422 and "draft" in as_text.json()["error"]["message"]
