"""The consultation period: contributions are taken between opens_at and closes_at, reading always."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.integration.test_amendments_api import BILL, as_official, as_user


@pytest.fixture
def bill(client: TestClient, official: Actor) -> dict[str, Any]:
    created = client.post("/api/bills", json={"source": BILL}).json()
    assert client.patch(f"/api/bills/{created['id']}", json={"status": "open"}).status_code == 200
    articles = client.get(f"/api/bills/{created['id']}").json()["tree"]["children"]
    return {"id": created["id"], "art1": articles[0]["eid"], "text1": articles[0]["text"]}


def contribute(client: TestClient, bill: dict[str, Any]) -> list[Any]:
    base = f"/api/bills/{bill['id']}"
    return [
        client.post(f"{base}/articles/{bill['art1']}/votes", json={"value": "agree"}),
        client.post(f"{base}/articles/{bill['art1']}/arguments", json={"stance": "for", "body": "Oui."}),
        client.post(f"{base}/amendments", json={"article": bill["art1"], "text": "Un autre texte."}),
    ]


def test_before_it_opens_contributions_are_refused_with_the_dates(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    period = {"opens_at": "2099-09-26T12:00:00+02:00", "closes_at": "2099-10-18T23:59:00Z"}
    changed = client.patch(f"/api/bills/{bill['id']}", json=period)
    assert changed.status_code == 200
    assert changed.json()["opens_at"] == "2099-09-26T10:00:00+00:00"
    assert client.get(f"/api/bills/{bill['id']}").json()["closes_at"] == "2099-10-18T23:59:00+00:00"

    as_user(services, client, "tot@example.org")
    for response in contribute(client, bill):
        assert response.status_code == 403
        message = response.json()["error"]["message"]
        assert "opens on 26 September 2099 10:00 UTC" in message and "18 October 2099 23:59 UTC" in message
    assert client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments").status_code == 200
    assert client.get(f"/api/bills/{bill['id']}/tallies?type=article").status_code == 200

    as_official(client)  # officials may always contribute
    assert [r.status_code for r in contribute(client, bill)] == [200, 201, 201]


def test_after_it_closes_contributions_are_refused_and_clearing_the_end_reopens(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    period = {"opens_at": "2015-09-26T10:00:00Z", "closes_at": "2015-10-18T23:59:00Z"}
    assert client.patch(f"/api/bills/{bill['id']}", json=period).status_code == 200
    as_user(services, client, "late@example.org")
    for response in contribute(client, bill):
        assert response.status_code == 403
        assert response.json()["error"]["message"] == (
            "the consultation ran from 26 September 2015 10:00 UTC to 18 October 2015 23:59 UTC; "
            "contributions are closed"
        )
    as_official(client)
    reopened = client.patch(f"/api/bills/{bill['id']}", json={"closes_at": None})
    assert reopened.json()["closes_at"] is None and reopened.json()["opens_at"] == "2015-09-26T10:00:00+00:00"
    as_user(services, client, "late@example.org")
    assert [r.status_code for r in contribute(client, bill)] == [200, 201, 201]


def test_a_period_needs_time_zones_and_an_end_after_its_start(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    naive = client.patch(f"/api/bills/{bill['id']}", json={"opens_at": "2099-09-26T10:00:00"})
    assert naive.status_code == 422 and "opens_at" in naive.json()["error"]["message"]
    assert client.patch(f"/api/bills/{bill['id']}", json={"closes_at": "next week"}).status_code == 422
    backwards = {"opens_at": "2099-10-18T10:00:00Z", "closes_at": "2099-09-26T10:00:00Z"}
    refused = client.patch(f"/api/bills/{bill['id']}", json=backwards)
    assert refused.status_code == 422 and "close after it opens" in refused.json()["error"]["message"]
    assert client.get(f"/api/bills/{bill['id']}").json()["opens_at"] is None  # nothing was changed
    as_user(services, client, "citoyen@example.org")
    assert client.patch(f"/api/bills/{bill['id']}", json={"closes_at": "2099-09-26T10:00:00Z"}).status_code == 403


def test_comments_are_edited_and_deleted_only_while_the_consultation_is_open(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments"
    as_user(services, client, "citoyenne@example.org")
    mine = client.post(url, json={"body": "Écrit pendant la consultation."}).json()
    as_official(client)
    theirs = client.post(url, json={"body": "Réponse de la rapporteure."}).json()
    period = {"opens_at": "2015-09-26T10:00:00Z", "closes_at": "2015-10-18T23:59:00Z"}
    assert client.patch(f"/api/bills/{bill['id']}", json=period).status_code == 200

    as_user(services, client, "citoyenne@example.org")
    closed = (
        "the consultation ran from 26 September 2015 10:00 UTC to 18 October 2015 23:59 UTC; contributions are closed"
    )
    for response in (
        client.patch(f"/api/comments/{mine['id']}", json={"body": "Changé après la clôture."}),
        client.delete(f"/api/comments/{mine['id']}"),
    ):
        assert response.status_code == 403 and response.json()["error"]["message"] == closed
    shown = client.get(url).json()["items"][0]
    assert shown["body"] == "Écrit pendant la consultation." and shown["deleted"] is False and not shown["edited_at"]

    as_official(client)  # officials of the bill may always contribute, and so edit and delete
    assert client.patch(f"/api/comments/{theirs['id']}", json={"body": "Précisée."}).status_code == 200
    assert client.delete(f"/api/comments/{theirs['id']}").status_code == 200
    assert client.patch(f"/api/bills/{bill['id']}", json={"closes_at": None}).status_code == 200
    as_user(services, client, "citoyenne@example.org")
    assert client.patch(f"/api/comments/{mine['id']}", json={"body": "Rouvert."}).status_code == 200
