"""Amendments through the HTTP API: propose, collide, decide, rebase, fall, footprint."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.errors import Conflict
from drafting.domain.permissions import Actor
from tests.conftest import make_user, sign_in

BILL = """# Projet de loi relatif aux délais

## Article 1er

Le délai de recours est de six mois à compter de la notification.

La décision est publiée au Journal officiel.

## Article 2

Le présent article entre en vigueur le 1er janvier 2027.
"""


@pytest.fixture
def bill(client: TestClient, official: Actor) -> dict[str, Any]:
    response = client.post("/api/bills", json={"source": BILL, "label": "texte soumis à consultation"})
    assert response.status_code == 201
    created = response.json()
    assert client.patch(f"/api/bills/{created['id']}", json={"status": "open"}).status_code == 200
    detail = client.get(f"/api/bills/{created['id']}").json()
    articles = detail["tree"]["children"]
    return {
        "id": created["id"],
        "art1": articles[0]["eid"],
        "art2": articles[1]["eid"],
        "text1": articles[0]["text"],
    }


def as_user(services: Services, client: TestClient, email: str) -> None:
    client.cookies.clear()
    with contextlib.suppress(Conflict):  # already created by an earlier call in this test
        make_user(services, email)
    sign_in(client, email)


def as_official(client: TestClient) -> None:
    client.cookies.clear()
    sign_in(client, "rapporteure@example.org")


def propose(client: TestClient, bill: dict[str, Any], text: str, **extra: Any) -> dict[str, Any]:
    body = {"article": bill["art1"], "kind": "modify", "text": text, "justification": "Parce que.", **extra}
    response = client.post(f"/api/bills/{bill['id']}/amendments", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def decide(client: TestClient, amendment_id: int, decision: str = "accept", **extra: Any) -> Any:
    return client.post(
        f"/api/amendments/{amendment_id}/decision",
        json={"decision": decision, "reason": "Avis favorable.", **extra},
    )


def test_a_citizen_proposes_an_amendment_and_sees_its_diff_and_instruction(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    text = bill["text1"].replace("six mois", "un an")
    amendment = propose(client, bill, text, justification="Un **délai** plus long.")
    assert amendment["status"] == "submitted" and amendment["base_version"] == 1
    assert ["-", "six mois"] in amendment["diff"] and ["+", "un an"] in amendment["diff"]
    assert "six mois" in amendment["instruction"]["fr"] and "un an" in amendment["instruction"]["fr"]
    assert "premier alinéa" in amendment["instruction"]["fr"]
    assert "first paragraph" in amendment["instruction"]["en"]
    assert "<strong>délai</strong>" in amendment["justification_html"]
    assert amendment["collisions"] == []
    got = client.get(f"/api/amendments/{amendment['id']}").json()
    assert got["history"][0]["to"] == "submitted" and got["history"][0]["by"] == "Camille"


def test_proposing_needs_an_account_and_an_open_consultation(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    client.cookies.clear()
    body = {"article": bill["art1"], "text": "Autre texte."}
    assert client.post(f"/api/bills/{bill['id']}/amendments", json=body).status_code == 401
    as_official(client)
    client.patch(f"/api/bills/{bill['id']}", json={"status": "closed"})
    as_user(services, client, "late@example.org")
    closed = client.post(f"/api/bills/{bill['id']}/amendments", json=body)
    assert closed.status_code == 403 and "closed" in closed.json()["error"]["message"]


def test_bad_amendments_are_refused_with_a_reason(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/api/bills/{bill['id']}/amendments"
    same = client.post(url, json={"article": bill["art1"], "text": bill["text1"]})
    assert same.status_code == 422 and "must change something" in same.json()["error"]["message"]
    missing = client.post(url, json={"article": "art_99", "text": "x"})
    assert missing.status_code == 404
    assert client.post(url, json={"article": bill["art1"], "kind": "rewrite", "text": "x"}).status_code == 422
    assert client.post(url, json={"article": bill["art1"], "base_version": 7, "text": "x"}).status_code == 404


def test_overlapping_amendments_are_announced_at_submission(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    first = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_user(services, client, "b@example.org")
    second = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    elsewhere = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    assert second["collisions"] == [first["id"]]
    assert elsewhere["collisions"] == []
    assert client.get(f"/api/amendments/{first['id']}").json()["collides_with"] == [second["id"]]


def test_accepting_makes_a_version_and_rebases_or_flags_the_pending_ones(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    longer = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_user(services, client, "b@example.org")
    shorter = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    bulletin = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    as_official(client)
    accepted = decide(client, shorter["id"])
    assert accepted.status_code == 200 and accepted.json()["version"] == 2
    article = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()
    assert "trois mois" in article["text"] and article["version"] == 2
    label = client.get(f"/api/bills/{bill['id']}/versions").json()[-1]["label"]
    assert label == f"amendement {shorter['label']} adopté"
    # The amendment on another passage moved to the new text, keeping its own change only.
    moved = client.get(f"/api/amendments/{bulletin['id']}").json()
    assert moved["base_version"] == 2 and "trois mois" in moved["text"] and "Bulletin officiel" in moved["text"]
    assert moved["rebases"][-1]["outcome"] == "clean"
    # The one written against "six mois" must not silently override the decision.
    flagged = client.get(f"/api/amendments/{longer['id']}").json()
    assert flagged["colliding"] is True and shorter["id"] in flagged["collides_with"]
    assert flagged["rebases"][-1]["outcome"] == "colliding"
    refused = decide(client, longer["id"])
    assert refused.status_code == 409
    error = refused.json()["error"]
    assert "written against version 1" in error["message"]
    assert f"rewritten by amendment {shorter['label']}:" in error["message"]  # named by its number
    assert "trois mois" in error["details"]["current_text"] and error["details"]["collided_with"] == [shorter["id"]]
    assert "six mois" not in client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()["text"]
    # The official may still accept it with an edited text.
    edited = article["text"].replace("trois mois", "un an")
    assert decide(client, longer["id"], text=edited).json()["version"] == 3
    assert "un an" in client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()["text"]
    assert decide(client, bulletin["id"]).json()["version"] == 4
    final = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()["text"]
    assert "un an" in final and "Bulletin officiel" in final


def test_deleting_an_article_makes_the_amendments_on_it_fall(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    pending = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    deletion = propose(client, bill, "", kind="delete")
    assert deletion["instruction"]["fr"] == "Cet article est supprimé."
    as_official(client)
    assert decide(client, deletion["id"]).status_code == 200
    fallen = client.get(f"/api/amendments/{pending['id']}").json()
    assert fallen["status"] == "fallen" and "deleted" in fallen["history"][-1]["reason"]
    tree = client.get(f"/api/bills/{bill['id']}").json()["tree"]
    assert [n["eid"] for n in tree["children"]] == [bill["art2"]]


def test_an_inserted_article_takes_its_place_after_another(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    body = {"kind": "insert", "after": bill["art1"], "num": "1er bis", "text": "Un article nouveau."}
    response = client.post(f"/api/bills/{bill['id']}/amendments", json=body)
    assert response.status_code == 201, response.text
    insertion = response.json()
    assert insertion["instruction"]["fr"].startswith("Après l'article 1er, il est inséré un article 1er bis")
    as_official(client)
    assert decide(client, insertion["id"]).status_code == 200
    tree = client.get(f"/api/bills/{bill['id']}").json()["tree"]
    assert [n["num"] for n in tree["children"]] == ["1er", "1er bis", "2"]
    assert tree["children"][1]["eid"] == insertion["article"]


def test_only_authors_edit_and_withdraw_and_only_officials_decide(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "author@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    edited = client.patch(f"/api/amendments/{amendment['id']}", json={"text": bill["text1"].replace("six", "neuf")})
    assert edited.status_code == 200 and "neuf mois" in edited.json()["text"]
    as_user(services, client, "other@example.org")
    assert client.patch(f"/api/amendments/{amendment['id']}", json={"text": "x"}).status_code == 403
    assert client.post(f"/api/amendments/{amendment['id']}/withdraw", json={}).status_code == 403
    assert decide(client, amendment["id"]).status_code == 403
    as_user(services, client, "author@example.org")
    withdrawn = client.post(f"/api/amendments/{amendment['id']}/withdraw", json={"reason": "Satisfait."})
    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "withdrawn"
    as_official(client)
    late = decide(client, amendment["id"])
    assert late.status_code == 409 and "withdrawn" in late.json()["error"]["message"]


def test_rejection_needs_a_public_reason(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    as_user(services, client, "a@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_official(client)
    blank = client.post(f"/api/amendments/{amendment['id']}/decision", json={"decision": "reject", "reason": " "})
    assert blank.status_code == 422
    assert decide(client, amendment["id"], "reject").json()["status"] == "rejected"
    history = client.get(f"/api/amendments/{amendment['id']}").json()["history"]
    assert history[-1]["to"] == "rejected" and history[-1]["reason"] == "Avis favorable."
    assert client.get(f"/api/bills/{bill['id']}").json()["head_version"] == 1


def test_a_sub_amendment_changes_the_amendment_it_targets(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    parent = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_user(services, client, "b@example.org")
    sub = propose(client, bill, parent["text"].replace("un an", "deux ans"), parent=parent["id"])
    assert sub["parent"] == parent["id"]
    as_official(client)
    assert decide(client, sub["id"]).json()["status"] == "accepted"
    assert "deux ans" in client.get(f"/api/amendments/{parent['id']}").json()["text"]
    assert decide(client, parent["id"]).status_code == 200
    assert "deux ans" in client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()["text"]


def test_preview_applies_pending_amendments_without_committing(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    one = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    two = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    three = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    preview = client.post(f"/api/bills/{bill['id']}/preview", json={"amendments": [one["id"], three["id"], two["id"]]})
    assert preview.status_code == 200
    body = preview.json()
    assert "un an" in body["articles"][0]["text"] and "Bulletin officiel" in body["articles"][0]["text"]
    assert [c["amendment"] for c in body["collisions"]] == [two["id"]]
    assert client.get(f"/api/bills/{bill['id']}").json()["head_version"] == 1


def test_the_footprint_names_the_amendment_behind_each_span(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_official(client)
    decide(client, amendment["id"])
    footprint = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}/footprint").json()
    by_text = {s["text"]: s["origin"] for s in footprint["spans"]}
    assert by_text["un an"] == {
        "kind": "amendment",
        "ref": amendment["id"],
        "label": amendment["label"],
        "author": "Camille",
        "decision": "Avis favorable.",
    }
    assert any(o["kind"] == "import" for o in by_text.values())
    assert "".join(s["text"] for s in footprint["spans"]) == footprint["text"]
    whole = client.get(f"/api/bills/{bill['id']}/versions/2/footprint").json()
    assert len(whole["articles"]) == 2
    before = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}/footprint?version=1").json()
    assert [s["origin"]["kind"] for s in before["spans"]] == ["import"]


def test_the_text_as_it_stood_at_a_moment(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    first = client.get(f"/api/bills/{bill['id']}/versions").json()[0]["created_at"]
    as_user(services, client, "a@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_official(client)
    decide(client, amendment["id"])
    then = client.get(f"/api/bills/{bill['id']}/text", params={"at": first, "format": "md"})
    assert then.status_code == 200 and then.headers["x-drafting-version"] == "1" and "six mois" in then.text
    now = client.get(f"/api/bills/{bill['id']}/text", params={"at": "2100-01-01T00:00:00Z"})
    assert now.headers["x-drafting-version"] == "2" and "un an" in now.text


def test_amendments_are_listed_filtered_and_paginated(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    ids = [propose(client, bill, bill["text1"].replace("six", word))["id"] for word in ("un", "deux", "trois")]
    other = client.post(
        f"/api/bills/{bill['id']}/amendments",
        json={"article": bill["art2"], "text": "Entrée en vigueur immédiate."},
    ).json()
    url = f"/api/bills/{bill['id']}/amendments"
    assert [a["id"] for a in client.get(url, params={"article": bill["art1"]}).json()["items"]] == ids[::-1]
    page = client.get(url, params={"per_page": 2}).json()
    assert len(page["items"]) == 2 and page["next_page"] == 2
    assert len(client.get(url, params={"per_page": 2, "page": 2}).json()["items"]) == 2
    assert client.get(url, params={"status": "accepted"}).json()["items"] == []
    assert other["id"] in [a["id"] for a in client.get(url, params={"sort": "support"}).json()["items"]]
    assert client.get(url, params={"sort": "mood"}).status_code == 422


def test_pending_amendments_are_counted_by_the_article_they_change_or_follow(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    first = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    propose(client, bill, "Autre texte.", parent=first["id"])  # a sub-amendment counts on its article
    propose(client, bill, "Un nouvel article.", kind="insert", after=bill["art1"], num="1er bis")
    propose(client, bill, "Un article liminaire.", kind="insert", num="liminaire")  # at the start: ""
    propose(client, bill, bill["text1"].replace("six mois", "deux ans"), draft=True)  # private: not pending
    withdrawn = propose(client, bill, bill["text1"].replace("notification", "signification"))
    assert client.post(f"/api/amendments/{withdrawn['id']}/withdraw", json={}).status_code == 200
    rejected = propose(client, bill, "", kind="delete", article=bill["art2"])
    as_official(client)
    assert decide(client, rejected["id"], "reject").status_code == 200
    hide = {"type": "amendment", "id": first["id"], "action": "hide", "reason": "hors sujet"}
    assert client.post("/api/moderation", json=hide).status_code == 200  # masked, still pending

    counts = services.amendments.pending_counts(bill["id"])
    assert counts == {bill["art1"]: 4, "": 1}
    pending = services.amendments.listing(None, bill["id"], status="submitted")["items"]
    assert sum(counts.values()) == len(pending) == 5


def test_comment_threads_render_markdown_safely(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    as_user(services, client, "a@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    url = f"/api/amendments/{amendment['id']}/comments"
    first = client.post(url, json={"body": "Je **soutiens** <script>alert(1)</script>"})
    assert first.status_code == 201
    reply = client.post(url, json={"body": "D'accord.", "reply_to": first.json()["id"]}).json()
    thread = client.get(url).json()["items"]
    assert [c["id"] for c in thread] == [first.json()["id"], reply["id"]] and thread[1]["parent"] == thread[0]["id"]
    assert "<strong>soutiens</strong>" in thread[0]["html"] and "<script>" not in thread[0]["html"]


def test_a_field_that_does_not_go_with_the_kind_or_contradicts_the_parent_is_refused_by_name(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/api/bills/{bill['id']}/amendments"
    shorter = "Alinéa 1\n\nRemplacer les mots :\n\n« six mois »\n\npar les mots :\n\n« un an »"
    text = bill["text1"].replace("six mois", "un an")
    sent = {
        "instructions": {"kind": "modify", "article": bill["art1"], "instructions": shorter, "text": text},
        "instructions ": {"kind": "delete", "article": bill["art1"], "instructions": shorter},
        "after": {"kind": "instructions", "article": bill["art1"], "instructions": shorter, "after": bill["art2"]},
        "num": {"kind": "modify", "article": bill["art1"], "text": text, "num": "3 bis"},
        "heading": {"kind": "delete", "article": bill["art1"], "heading": "Entrée en vigueur"},
    }
    for field, body in sent.items():
        refused = client.post(url, json={**body, "justification": "Parce que."})
        assert refused.status_code == 422, (field, refused.text)
        error = refused.json()["error"]
        assert error["details"]["field"] == field.strip() and f'"{field.strip()}"' in error["message"], error
    parent = propose(client, bill, text)
    on_other = {"kind": "instructions", "parent": parent["id"], "article": bill["art2"],
                "instructions": "Remplacer les mots :\n\n« un an »\n\npar les mots :\n\n« deux ans »"}  # fmt: skip
    contradicted = client.post(url, json=on_other)
    assert contradicted.status_code == 422
    error = contradicted.json()["error"]
    assert error["details"]["field"] == "article" and f"changes article '{bill['art1']}'" in error["message"]
    # nothing was made but the parent; the same sub-amendment on the parent's article is made
    assert [a["id"] for a in client.get(url).json()["items"]] == [parent["id"]]
    made = client.post(url, json={**on_other, "article": bill["art1"]})
    assert made.status_code == 201, made.text
    assert made.json()["text"] == bill["text1"].replace("six mois", "deux ans")
