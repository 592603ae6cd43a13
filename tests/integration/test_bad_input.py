"""Bad input gets a clear 4xx with a JSON body, never a 500, and never loses stored data."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.integration.test_bills_api import SMALL, create


def _error(response, status: int) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["code"] and body["message"]
    return str(body["message"])


def test_malformed_json_is_a_400_that_says_so(client: TestClient, official: Actor) -> None:
    response = client.post("/api/bills", content=b"{not json", headers={"content-type": "application/json"})
    assert "not valid JSON" in _error(response, 400)
    assert "JSON object" in _error(client.post("/api/bills", json=[1, 2]), 400)


def test_missing_and_unknown_fields_are_named(client: TestClient, official: Actor) -> None:
    assert "source" in _error(client.post("/api/bills", json={"format": "markdown"}), 422)
    assert "colour" in _error(client.post("/api/bills", json={"source": SMALL, "colour": "red"}), 422)
    assert "format" in _error(client.post("/api/bills", json={"source": SMALL, "format": "docx"}), 422)


def test_a_text_without_articles_is_refused(client: TestClient, official: Actor) -> None:
    message = _error(client.post("/api/bills", json={"source": "Just a sentence."}), 422)
    assert "article" in message.lower()


def test_invalid_akoma_ntoso_is_refused_with_the_reason(client: TestClient, official: Actor) -> None:
    message = _error(client.post("/api/bills", json={"format": "akn", "source": "<akomaNtoso><oops"}), 422)
    assert "XML" in message or "xml" in message


def test_oversized_bodies_are_refused_with_413(client: TestClient, official: Actor, services: Services) -> None:
    limit = services.settings.max_body_bytes
    response = client.post("/api/bills", json={"source": "x" * (limit + 10)})
    assert "limit" in _error(response, 413) or "at most" in _error(response, 413)


@pytest.mark.parametrize(
    "path, status",
    [
        ("/api/bills/999", 404),
        ("/api/bills/nope", 404),
        ("/api/bills/{id}/versions/0", 422),
        ("/api/bills/{id}/versions/abc", 422),
        ("/api/bills/{id}/versions/9", 404),
        ("/api/bills/{id}/versions/1/export?format=pdf", 422),
        ("/api/bills/{id}/compare?from=1", 422),
        ("/api/bills/{id}/compare?from=x&to=1", 422),
        ("/api/bills/{id}/articles/art_404", 404),
        ("/api/bills/{id}/articles/art_1?at=yesterday", 422),
        ("/api/bills/{id}/articles/art_1?at=2020-01-01T00:00:00", 422),
        ("/api/bills?page=-1", 422),
        ("/api/nothing-here", 404),
    ],
)
def test_bad_reads_get_a_json_error(client: TestClient, official: Actor, path: str, status: int) -> None:
    bill = create(client)
    _error(client.get(path.replace("{id}", str(bill["id"]))), status)


def test_a_failed_stage_import_leaves_the_bill_as_it_was(client: TestClient, official: Actor) -> None:
    bill = create(client)
    before = client.get(f"/api/bills/{bill['id']}").json()
    _error(client.post(f"/api/bills/{bill['id']}/versions", json={"source": "nothing", "label": "broken"}), 422)
    assert client.get(f"/api/bills/{bill['id']}").json() == before
