"""Reports and moderation: hidden contributions are kept, shown as a notice, restored with their text."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.errors import Conflict
from drafting.domain.permissions import Actor
from drafting.storage import eventlog
from drafting.storage.models import Comment
from tests.conftest import make_user, sign_in
from tests.integration.test_amendments_api import BILL, as_official, as_user, propose


@pytest.fixture
def bill(client: TestClient, official: Actor) -> dict[str, Any]:
    created = client.post("/api/bills", json={"source": BILL}).json()
    assert client.patch(f"/api/bills/{created['id']}", json={"status": "open"}).status_code == 200
    articles = client.get(f"/api/bills/{created['id']}").json()["tree"]["children"]
    return {"id": created["id"], "art1": articles[0]["eid"], "text1": articles[0]["text"]}


def as_moderator(services: Services, client: TestClient) -> None:
    client.cookies.clear()
    with contextlib.suppress(Conflict):
        make_user(services, "moderatrice@example.org", "moderator", "Modératrice")
    sign_in(client, "moderatrice@example.org")


def argue(client: TestClient, bill: dict[str, Any], body: str) -> dict[str, Any]:
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments"
    response = client.post(url, json={"stance": "against", "body": body})
    assert response.status_code == 201, response.text
    return response.json()


def test_a_reported_argument_is_hidden_with_a_notice_then_restored_with_its_text(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "troll@example.org")
    argument = argue(client, bill, "Les rapporteurs sont tous des *incapables*.")
    as_user(services, client, "lecteur@example.org")
    report = client.post("/api/reports", json={"type": "argument", "id": argument["id"], "reason": "Insultant"})
    assert report.status_code == 201
    again = client.post("/api/reports", json={"type": "argument", "id": argument["id"], "reason": "Encore"})
    assert again.status_code == 409

    as_moderator(services, client)
    open_reports = client.get(f"/api/bills/{bill['id']}/reports").json()["items"]
    assert len(open_reports) == 1 and open_reports[0]["reason"] == "Insultant"
    assert "incapables" in open_reports[0]["content"]["text"]
    hide = {"type": "argument", "id": argument["id"], "action": "hide", "reason": "propos injurieux"}
    hidden = client.post("/api/moderation", json=hide)
    assert hidden.status_code == 200 and hidden.json()["hidden"] is True and hidden.json()["resolved_reports"] == 1
    assert client.post("/api/moderation", json=hide).status_code == 409
    assert client.get(f"/api/bills/{bill['id']}/reports").json()["items"] == []

    as_user(services, client, "lecteur@example.org")
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments"
    shown = client.get(url).json()["items"][0]
    assert shown["hidden"] is True and shown["body"] is None
    assert shown["html"] == "masqué par la modération : propos injurieux"
    assert "incapables" not in client.get(url).text
    assert client.post(f"/api/arguments/{argument['id']}/useful").status_code == 409

    as_official(client)  # the bill's officials moderate too
    restore = {"type": "argument", "id": argument["id"], "action": "restore", "reason": "réexaminé"}
    assert client.post("/api/moderation", json=restore).json()["hidden"] is False
    back = client.get(url).json()["items"][0]
    assert back["hidden"] is False and back["body"] == "Les rapporteurs sont tous des *incapables*."
    assert "<em>incapables</em>" in back["html"]

    log = client.get(f"/api/bills/{bill['id']}/moderation-log").json()["items"]
    assert [(a["action"], a["by"], a["reason"]) for a in log] == [
        ("restore", "Rapporteure", "réexaminé"),
        ("hide", "Modératrice", "propos injurieux"),
    ]
    with services.db.read() as session:
        types = [e["type"] for e in eventlog.since(session, bill["id"], 0)]
    assert "argument.hidden" in types and "argument.restored" in types


def test_citizens_report_but_cannot_hide_list_reports_or_read_the_log(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "auteur@example.org")
    argument = argue(client, bill, "Un argument.")
    client.cookies.clear()
    report = {"type": "argument", "id": argument["id"], "reason": "x"}
    assert client.post("/api/reports", json=report).status_code == 401
    as_user(services, client, "citoyen@example.org")
    hide = {"type": "argument", "id": argument["id"], "action": "hide", "reason": "je n'aime pas"}
    refused = client.post("/api/moderation", json=hide)
    assert refused.status_code == 403 and "moderat" in refused.json()["error"]["message"]
    assert client.get(f"/api/bills/{bill['id']}/reports").status_code == 403
    assert client.get(f"/api/bills/{bill['id']}/moderation-log").status_code == 403
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments"
    assert client.get(url).json()["items"][0]["hidden"] is False


def test_comments_and_amendments_are_hidden_in_place(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "auteur@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un jour"))
    with services.db.write() as session:
        comment = Comment(
            bill_id=bill["id"],
            target_type="amendment",
            target_id=str(amendment["id"]),
            author_id=None,
            author_name="Anonyme",
            body="Spam spam spam",
            created_at=datetime.now(UTC),
        )
        session.add(comment)
        session.flush()
        comment_id = comment.id
    as_user(services, client, "lecteur@example.org")
    client.post("/api/reports", json={"type": "comment", "id": comment_id, "reason": "publicité"})
    as_moderator(services, client)
    for kind, target in (("comment", comment_id), ("amendment", amendment["id"])):
        body = {"type": kind, "id": target, "action": "hide", "reason": "hors sujet"}
        assert client.post("/api/moderation", json=body).status_code == 200
    with services.db.read() as session:
        kept = session.get(Comment, comment_id)
        assert kept is not None and kept.body == "Spam spam spam" and kept.hidden_reason == "hors sujet"
        types = [e["type"] for e in eventlog.since(session, bill["id"], 0)]
    assert "comment.hidden" in types and "amendment.hidden" in types
    assert client.get(f"/api/bills/{bill['id']}/reports").json()["items"] == []


def test_bad_reports_and_moderation_requests_are_4xx(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_moderator(services, client)
    assert client.post("/api/reports", json={"type": "argument", "id": 999, "reason": "x"}).status_code == 404
    assert client.post("/api/reports", json={"type": "vote", "id": 1, "reason": "x"}).status_code == 422
    assert client.post("/api/reports", json={"type": "argument", "id": 0, "reason": "x"}).status_code == 422
    as_user(services, client, "auteur@example.org")
    argument = argue(client, bill, "Un argument.")
    as_moderator(services, client)
    blank = {"type": "argument", "id": argument["id"], "action": "hide", "reason": " "}
    no_reason = client.post("/api/moderation", json=blank)
    assert no_reason.status_code == 422 and "reason" in no_reason.json()["error"]["message"]
    restore = {"type": "argument", "id": argument["id"], "action": "restore", "reason": "rien"}
    assert client.post("/api/moderation", json=restore).status_code == 409
    bad_action = {"type": "argument", "id": argument["id"], "action": "delete", "reason": "x"}
    assert client.post("/api/moderation", json=bad_action).status_code == 422
    assert client.get("/api/bills/nope/reports").status_code == 404
