"""What happens to pending amendments around them: a new stage imported, a collision repaired by its
author, sub-amendments left behind, discussion commune, and the order followers read events in."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.storage import eventlog
from tests.integration.test_amendments_api import BILL, as_official, as_user, decide, propose


def stage(client: TestClient, bill: dict[str, Any], source: str) -> dict[str, Any]:
    response = client.post(
        f"/api/bills/{bill['id']}/versions", json={"source": source, "label": "texte de la commission"}
    )
    assert response.status_code == 201, response.text
    return response.json()


def article(client: TestClient, bill: dict[str, Any], eid: str) -> dict[str, Any]:
    return client.get(f"/api/bills/{bill['id']}/articles/{eid}").json()


def test_a_new_stage_carries_pending_amendments_and_annotations_over(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    elsewhere = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    overridden = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    quote = {"exact": "six mois", "prefix": "recours est de ", "suffix": " à compter"}
    body = {"article": bill["art1"], "version": 1, "quote": quote, "body": "Trop court."}
    noted = client.post(f"/api/bills/{bill['id']}/annotations", json=body).json()
    kept = {**body, "quote": {"exact": "Journal officiel", "prefix": "publiée au ", "suffix": "."}}
    journal = client.post(f"/api/bills/{bill['id']}/annotations", json=kept).json()
    as_official(client)
    stage(client, bill, "Nouvel alinéa liminaire.\n\n" + BILL.replace("six mois", "deux mois").split("\n", 1)[1])

    moved = client.get(f"/api/amendments/{elsewhere['id']}").json()
    assert moved["base_version"] == 2 and "deux mois" in moved["text"] and "Bulletin officiel" in moved["text"]
    flagged = client.get(f"/api/amendments/{overridden['id']}").json()
    assert flagged["colliding"] is True and flagged["rebases"][-1]["outcome"] == "colliding"
    text = article(client, bill, bill["art1"])["text"]
    carried = client.get(f"/api/annotations/{journal['id']}").json()
    assert (
        carried["version"] == 2
        and text[carried["position"]["start"] : carried["position"]["end"]] == "Journal officiel"
    )
    rewritten = client.get(f"/api/annotations/{noted['id']}").json()
    # « six mois » -> « deux mois »: 0.56 similar on whole words, under the threshold (not 0.875 on « eux mois »)
    assert rewritten["orphaned"] is True and rewritten["original"]["exact"] == "six mois", rewritten


def test_the_author_repairs_a_colliding_amendment_and_it_can_be_accepted(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    mine = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_user(services, client, "b@example.org")
    theirs = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    as_official(client)
    decide(client, theirs["id"])
    assert client.get(f"/api/amendments/{mine['id']}").json()["colliding"] is True

    as_user(services, client, "a@example.org")
    current = article(client, bill, bill["art1"])["text"]
    repaired = client.patch(f"/api/amendments/{mine['id']}", json={"text": current.replace("trois mois", "un an")})
    assert repaired.status_code == 200, repaired.text
    assert repaired.json()["colliding"] is False and repaired.json()["base_version"] == 2
    assert repaired.json()["diff"] == [
        ["=", current.split("trois")[0]],
        ["-", "trois mois"],
        ["+", "un an"],
        ["=", current.split("mois", 1)[1]],
    ]
    as_official(client)
    assert decide(client, mine["id"]).json()["version"] == 3
    assert "un an" in article(client, bill, bill["art1"])["text"]


def test_sub_amendments_fall_when_their_amendment_is_adopted_or_withdrawn(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    parent = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    withdrawn = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    as_user(services, client, "b@example.org")
    late = propose(client, bill, parent["text"].replace("un an", "deux ans"), parent=parent["id"])
    orphan = propose(client, bill, withdrawn["text"].replace("Bulletin", "Recueil"), parent=withdrawn["id"])
    assert late["instruction"]["fr"].startswith("Au premier alinéa")

    as_user(services, client, "a@example.org")
    assert client.post(f"/api/amendments/{withdrawn['id']}/withdraw", json={}).status_code == 200
    fallen = client.get(f"/api/amendments/{orphan['id']}").json()
    assert fallen["status"] == "fallen" and "withdrawn" in fallen["history"][-1]["reason"]
    as_official(client)
    decide(client, parent["id"])
    fallen = client.get(f"/api/amendments/{late['id']}").json()
    assert fallen["status"] == "fallen"
    assert f"amendment {parent['label']} was adopted" in fallen["history"][-1]["reason"]  # its number, not id
    assert decide(client, late["id"]).status_code == 409


def test_an_official_cannot_accept_an_empty_text(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    as_user(services, client, "a@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_official(client)
    refused = decide(client, amendment["id"], text="  \n ")
    assert refused.status_code == 422 and "delete amendment" in refused.json()["error"]["message"]
    assert len(client.get(f"/api/bills/{bill['id']}/versions").json()) == 1
    assert article(client, bill, bill["art1"])["text"] == bill["text1"]


def test_overlapping_amendments_are_grouped_for_discussion_and_leave_the_group_when_withdrawn(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    b = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    c = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    other = propose(client, bill, "Le présent article entre en vigueur le 1er mars 2027.", article=bill["art2"])
    grouped = client.get(f"/api/bills/{bill['id']}/discussions").json()
    assert grouped["groups"] == [{"article": bill["art1"], "amendments": [a["id"], b["id"]]}]
    assert c["id"] not in client.get(f"/api/amendments/{a['id']}").json()["collides_with"]
    assert other["collisions"] == []

    client.post(f"/api/amendments/{b['id']}/withdraw", json={})
    assert client.get(f"/api/amendments/{a['id']}").json()["collides_with"] == []
    assert client.get(f"/api/bills/{bill['id']}/discussions").json()["groups"] == []


def test_listed_insertions_carry_their_amending_instruction(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    body = {
        "kind": "insert",
        "after": bill["art1"],
        "num": "1er bis",
        "text": "Un article nouveau.",
        "justification": "",
    }
    assert client.post(f"/api/bills/{bill['id']}/amendments", json=body).status_code == 201
    [listed] = client.get(f"/api/bills/{bill['id']}/amendments").json()["items"]
    assert "Après l'article 1er" in listed["instruction"]["fr"] and "After article 1" in listed["instruction"]["en"]


def test_followers_read_a_decision_before_what_it_caused(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    first = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    as_official(client)
    decide(client, first["id"])
    with services.db.read() as session:
        types = [e["type"] for e in eventlog.since(session, bill["id"], 0)]
    caused = types[types.index("amendment.decided") :]
    assert "version.published" in caused and "amendment.rebased" in caused
