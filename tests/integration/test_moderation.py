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
    shown = client.get(f"/api/amendments/{amendment['id']}").json()
    assert shown["hidden"] is True and shown["status"] == "submitted"
    assert [shown[k] for k in ("author", "text", "diff", "justification")] == [None] * 4
    assert "un jour" not in str(client.get(f"/api/bills/{bill['id']}/amendments").json())


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


def test_a_hidden_comment_cannot_be_edited_by_its_author_until_restored(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments"
    as_user(services, client, "auteur@example.org")
    comment = client.post(url, json={"body": "Un propos limite."}).json()
    as_moderator(services, client)
    hide = {"type": "comment", "id": comment["id"], "action": "hide", "reason": "propos injurieux"}
    assert client.post("/api/moderation", json=hide).status_code == 200

    as_user(services, client, "auteur@example.org")
    edit = client.patch(f"/api/comments/{comment['id']}", json={"body": "Tout autre chose, jamais relue."})
    assert edit.status_code == 409
    message = edit.json()["error"]["message"]
    assert "hidden by moderation (propos injurieux)" in message and "cannot be edited while hidden" in message
    assert client.get(f"/api/comments/{comment['id']}/history").status_code == 404  # nothing was kept of it

    as_moderator(services, client)
    restore = {"type": "comment", "id": comment["id"], "action": "restore", "reason": "réexaminé"}
    assert client.post("/api/moderation", json=restore).status_code == 200
    back = client.get(url).json()["items"][0]
    assert back["body"] == "Un propos limite." and back["edited_at"] is None  # what the moderator read
    as_user(services, client, "auteur@example.org")
    assert client.patch(f"/api/comments/{comment['id']}", json={"body": "Reformulé."}).status_code == 200


def test_a_hidden_argument_shows_no_author_like_hidden_comments_and_annotations(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "troll@example.org")
    argument = argue(client, bill, "Un argument injurieux.")
    comment = client.post(
        f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments", json={"body": "Un commentaire injurieux."}
    ).json()
    quote = {"exact": "Journal officiel"}
    annotation = client.post(
        f"/api/bills/{bill['id']}/annotations", json={"article": bill["art1"], "quote": quote, "body": "Injurieux."}
    ).json()
    as_moderator(services, client)
    for kind, target in (("argument", argument["id"]), ("comment", comment["id"]), ("annotation", annotation["id"])):
        hide = {"type": kind, "id": target, "action": "hide", "reason": "injures"}
        assert client.post("/api/moderation", json=hide).status_code == 200

    client.cookies.clear()
    hidden_argument = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments").json()["items"][0]
    hidden_comment = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments").json()["items"][0]
    hidden_annotation = client.get(f"/api/annotations/{annotation['id']}").json()
    for shown in (hidden_argument, hidden_comment, hidden_annotation):
        assert shown["hidden"] is True and shown["author"] is None and shown["body"] is None
    assert hidden_argument["author_id"] is None
    assert "Troll" not in str([hidden_argument, hidden_comment, hidden_annotation])

    as_moderator(services, client)
    restore = {"type": "argument", "id": argument["id"], "action": "restore", "reason": "réexaminé"}
    assert client.post("/api/moderation", json=restore).status_code == 200
    back = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments").json()["items"][0]
    assert back["author"] == "Troll" and back["author_id"] == argument["author_id"] is not None


def test_open_data_keeps_hidden_and_deleted_contributions_as_masked_rows(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    import csv
    import io
    import zipfile

    thread = f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments"
    as_user(services, client, "troll@example.org")
    rude = client.post(thread, json={"body": "SECRET-comment"}).json()
    regretted = client.post(thread, json={"body": "SECRET-deleted"}).json()
    argument = argue(client, bill, "SECRET-argument")
    annotation = client.post(
        f"/api/bills/{bill['id']}/annotations",
        json={"article": bill["art1"], "quote": {"exact": "Journal officiel"}, "body": "SECRET-annotation"},
    ).json()
    amendment = propose(client, bill, bill["text1"].replace("six mois", "SECRET-amendment"))
    assert client.delete(f"/api/comments/{regretted['id']}").status_code == 200
    as_user(services, client, "lecteur@example.org")
    reply = client.post(thread, json={"body": "Je réponds.", "reply_to": rude["id"]}).json()
    on_annotation = client.post(f"/api/annotations/{annotation['id']}/comments", json={"body": "Et alors ?"}).json()
    as_moderator(services, client)
    for kind, target in (
        ("comment", rude["id"]),
        ("argument", argument["id"]),
        ("annotation", annotation["id"]),
        ("amendment", amendment["id"]),
    ):
        hide = {"type": kind, "id": target, "action": "hide", "reason": "injures"}
        assert client.post("/api/moderation", json=hide).status_code == 200

    client.cookies.clear()
    response = client.get(f"/api/bills/{bill['id']}/opendata")
    assert "SECRET" not in response.text and "Troll" not in response.text and "masqué" not in response.text
    data = response.json()
    comments = {c["id"]: c for c in data["comments"]}
    assert comments[rude["id"]] | {"created_at": None} == {
        "id": rude["id"],
        "target_type": "article",
        "target_id": bill["art1"],
        "parent": None,
        "author": None,
        "body": None,
        "hidden": True,
        "deleted": False,
        "created_at": None,
        "edited_at": None,
    }
    assert comments[regretted["id"]]["deleted"] is True and comments[regretted["id"]]["body"] is None
    # every id a row refers to is in the export: the reply's parent, the annotation commented on
    assert comments[reply["id"]]["parent"] in comments and comments[reply["id"]]["body"] == "Je réponds."
    annotation_ids = {a["id"].rsplit("/", 1)[1]: a for a in data["annotations"]}
    assert comments[on_annotation["id"]]["target_id"] in annotation_ids
    masked = annotation_ids[str(annotation["id"])]
    assert masked["hidden"] is True and "body" not in masked and "creator" not in masked
    assert masked["target"]["selector"][0]["exact"] == "Journal officiel"  # the bill's words, not theirs
    (hidden_argument,) = data["arguments"]
    assert hidden_argument["hidden"] is True and hidden_argument["author"] is None and hidden_argument["body"] is None
    (hidden_amendment,) = data["amendments"]
    assert hidden_amendment["hidden"] is True
    assert [hidden_amendment[k] for k in ("author", "text", "diff", "justification")] == [None] * 4

    archive = zipfile.ZipFile(io.BytesIO(client.get(f"/api/bills/{bill['id']}/opendata?format=csv").content))
    assert not any("SECRET" in archive.read(name).decode() for name in archive.namelist())
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(archive.read("comments.csv").decode()))}
    assert rows[str(rude["id"])]["hidden"] == "true" and rows[str(rude["id"])]["body"] == ""
    annotations = list(csv.DictReader(io.StringIO(archive.read("annotations.csv").decode())))
    assert {"creator", "body", "hidden"} <= set(annotations[0]) and annotations[0]["body"] == ""
