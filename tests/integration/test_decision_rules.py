"""Decisions that dropped or invented changes, and sub-amendments left undecidable (API audit, repros 6, 7, 9)."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.storage.models import Amendment
from tests.integration.test_amendments_api import as_official, as_user, decide, propose


def _versions(client: TestClient, bill: dict[str, Any]) -> int:
    return int(client.get(f"/api/bills/{bill['id']}").json()["head_version"])


def test_a_deletion_accepted_with_an_edited_text_is_refused_and_the_article_stays(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    deletion = propose(client, bill, "", kind="delete", article=bill["art2"])
    as_official(client)
    refused = decide(client, deletion["id"], text="Le ministre remet un rapport.")
    assert refused.status_code == 422, refused.text
    assert "a deletion is accepted as it is" in refused.json()["error"]["message"]
    assert client.get(f"/api/amendments/{deletion['id']}").json()["status"] == "submitted"
    assert client.get(f"/api/bills/{bill['id']}/articles/{bill['art2']}").status_code == 200
    assert _versions(client, bill) == 1
    assert decide(client, deletion["id"]).status_code == 200  # as it is: the article goes


def test_accepting_with_the_current_text_is_refused_rather_than_making_an_empty_version(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    amendment = propose(client, bill, bill["text1"] + "\n\nNouvel alinéa.")
    parent = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    sub = propose(client, bill, parent["text"].replace("un an", "deux ans"), parent=parent["id"])
    as_official(client)
    refused = decide(client, amendment["id"], text=bill["text1"])
    assert refused.status_code == 422, refused.text
    assert "would change nothing" in refused.json()["error"]["message"]
    assert _versions(client, bill) == 1
    # a sub-amendment accepted with its parent's own text changes nothing either
    refused = decide(client, sub["id"], text=parent["text"])
    assert refused.status_code == 422 and "would change nothing" in refused.json()["error"]["message"]
    assert client.get(f"/api/amendments/{sub['id']}").json()["status"] == "submitted"
    assert decide(client, amendment["id"], text=bill["text1"] + "\n\nAutre alinéa.").status_code == 200


def test_a_rectification_may_not_undo_an_adopted_sub_amendment(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    text = bill["text1"]
    as_user(services, client, "author@example.org")
    parent = propose(client, bill, text.replace("six mois", "un an"))
    as_user(services, client, "other@example.org")
    reworded = propose(client, bill, parent["text"].replace("Journal", "Bulletin"), parent=parent["id"])
    cut = propose(client, bill, parent["text"].replace(" à compter de la notification", ""), parent=parent["id"])
    as_official(client)
    assert decide(client, reworded["id"]).status_code == 200
    assert decide(client, cut["id"]).status_code == 200
    adopted = client.get(f"/api/amendments/{parent['id']}").json()["text"]
    assert "Bulletin" in adopted and "notification" not in adopted

    as_user(services, client, "author@example.org")
    url = f"/api/amendments/{parent['id']}"
    for undoing, sub in [
        (text.replace("six mois", "deux ans"), reworded),  # its words dropped
        (adopted.replace("Bulletin", "Recueil"), reworded),  # its words reworded
        (adopted.replace("de un an", "de un an à compter de la notification"), cut),  # its deletion restored
    ]:
        refused = client.patch(url, json={"text": undoing})
        assert refused.status_code == 409, refused.text
        assert f"sub-amendment {sub['label']} was adopted" in refused.json()["error"]["message"]
    assert client.get(url).json()["text"] == adopted and client.get(url).json()["revision"] == 0
    # other words may still change
    kept = adopted.replace("un an", "deux ans")
    assert client.patch(url, json={"text": kept}).status_code == 200
    as_official(client)
    assert decide(client, parent["id"]).status_code == 200
    law = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()["text"]
    assert "deux ans" in law and "Bulletin officiel" in law and "notification" not in law


def test_a_sub_amendment_is_not_sub_amended(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    as_user(services, client, "a@example.org")
    parent = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    sub = propose(client, bill, parent["text"].replace("un an", "deux ans"), parent=parent["id"])
    body = {"parent": sub["id"], "kind": "modify", "text": sub["text"].replace("deux ans", "trois ans")}
    refused = client.post(f"/api/bills/{bill['id']}/amendments", json=body)
    assert refused.status_code == 422, refused.text
    message = refused.json()["error"]["message"]
    assert "cannot be sub-amended" in message and f"sub-amendment of amendment {parent['label']}" in message
    listed = client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "submitted"}).json()["items"]
    assert sorted(a["id"] for a in listed) == [parent["id"], sub["id"]]


def test_nothing_stays_pending_once_what_it_changes_is_closed(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    parent = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    sub = propose(client, bill, parent["text"].replace("un an", "deux ans"), parent=parent["id"])
    # a sub-amendment of a sub-amendment filed before they were refused (or brought by an import)
    legacy = propose(client, bill, parent["text"].replace("Journal", "Bulletin"), parent=parent["id"])
    with services.db.write() as session:
        row = session.get(Amendment, legacy["id"])
        assert row is not None
        row.parent_id = sub["id"]
    draft = propose(client, bill, parent["text"].replace("Journal", "Recueil"), parent=parent["id"], draft=True)
    as_official(client)
    assert decide(client, sub["id"]).status_code == 200
    fallen = client.get(f"/api/amendments/{legacy['id']}").json()
    assert fallen["status"] == "fallen" and f"amendment {sub['label']} was adopted" in fallen["history"][-1]["reason"]
    assert decide(client, parent["id"]).status_code == 200
    assert client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "submitted"}).json()["items"] == []
    # a draft sub-amendment of an amendment since adopted cannot be submitted: it would wait for ever
    as_user(services, client, "a@example.org")
    refused = client.patch(f"/api/amendments/{draft['id']}", json={"submit": True})
    assert refused.status_code == 409, refused.text
    assert client.get(f"/api/amendments/{draft['id']}").json()["status"] == "draft"
