"""The amendment rules that proved wrong when tried as users would (issue 13, point 3)."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendments_api import as_official, as_user, decide, propose


def test_a_change_already_made_falls_with_a_reason(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    first = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_user(services, client, "b@example.org")
    same = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    both = propose(client, bill, bill["text1"].replace("six mois", "un an").replace("Journal", "Bulletin"))
    as_official(client)
    assert decide(client, first["id"]).status_code == 200
    fallen = client.get(f"/api/amendments/{same['id']}").json()
    assert fallen["status"] == "fallen" and fallen["colliding"] is False
    assert fallen["history"][-1]["reason"] == f"the change it proposes was already made by amendment {first['label']}"
    # one of its changes was made: the other still stands, on the new text
    rest = client.get(f"/api/amendments/{both['id']}").json()
    assert rest["status"] == "submitted" and rest["colliding"] is False and rest["base_version"] == 2
    assert decide(client, both["id"]).status_code == 200
    text = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()["text"]
    assert "un an" in text and "Bulletin officiel" in text


def test_an_amendment_on_an_article_deleted_at_the_head_is_refused_at_submission(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    deletion = propose(client, bill, "", kind="delete")
    as_official(client)
    assert decide(client, deletion["id"]).status_code == 200
    as_user(services, client, "late@example.org")
    url = f"/api/bills/{bill['id']}/amendments"
    body = {"article": bill["art1"], "base_version": 1, "text": bill["text1"].replace("six mois", "un an")}
    refused = client.post(url, json=body)
    assert refused.status_code == 409, refused.text
    message = refused.json()["error"]["message"]
    assert f"article {bill['art1']} was deleted" in message and "version 2" in message
    after = {"kind": "insert", "after": bill["art1"], "base_version": 1, "num": "1er bis", "text": "Nouveau."}
    assert client.post(url, json=after).status_code == 409
    assert client.get(url, params={"status": "submitted"}).json()["items"] == []


def test_article_numbers_are_unique_and_contradictory_bodies_are_refused(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    url = f"/api/bills/{bill['id']}/amendments"
    twice = client.post(url, json={"kind": "insert", "after": bill["art1"], "num": "2", "text": "Doublon."})
    assert twice.status_code == 409 and "article 2" in twice.json()["error"]["message"]
    spaced = client.post(url, json={"kind": "insert", "after": bill["art2"], "num": " 2 ", "text": "Doublon."})
    assert spaced.status_code == 409
    both = {"kind": "insert", "after": bill["art1"], "division": bill["art1"], "num": "1er bis", "text": "x"}
    refused = client.post(url, json=both)
    assert refused.status_code == 422 and "after" in refused.json()["error"]["message"]
    deletion = client.post(url, json={"kind": "delete", "article": bill["art2"], "text": "Autre chose."})
    assert deletion.status_code == 422 and "delete" in deletion.json()["error"]["message"]
    # two pending insertions of the same number: the second accepted is refused, the text keeps one
    first = propose(client, bill, "Premier.", kind="insert", after=bill["art1"], num="1er bis")
    second = propose(client, bill, "Second.", kind="insert", after=bill["art2"], num="1er bis")
    as_official(client)
    assert decide(client, first["id"]).status_code == 200
    late = decide(client, second["id"])
    assert late.status_code == 409 and "1er bis" in late.json()["error"]["message"]
    nums = [n["num"] for n in client.get(f"/api/bills/{bill['id']}").json()["tree"]["children"]]
    assert nums == ["1er", "1er bis", "2"]


def test_an_annotation_whose_words_an_amendment_replaced_is_orphaned(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    amended = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_official(client)
    assert decide(client, amended["id"]).status_code == 200
    quote = {"exact": "un an", "prefix": "recours est de ", "suffix": " à compter"}
    body = {"article": bill["art1"], "version": 2, "quote": quote, "body": "Trop long."}
    noted = client.post(f"/api/bills/{bill['id']}/annotations", json=body).json()
    as_user(services, client, "b@example.org")
    again = propose(client, bill, bill["text1"].replace("six mois", "deux ans"))  # on the current text
    as_official(client)
    assert decide(client, again["id"]).status_code == 200
    carried = client.get(f"/api/annotations/{noted['id']}").json()
    assert carried["orphaned"] is True and carried["original"]["exact"] == "un an", carried


def test_each_bill_numbers_its_amendments_from_one(
    services: Services, client: TestClient, bill: dict[str, Any], official: Any
) -> None:
    other = client.post("/api/bills", json={"source": "# Autre\n\n## Article 1er\n\nTexte.\n", "label": "v1"}).json()
    assert client.patch(f"/api/bills/{other['id']}", json={"status": "open"}).status_code == 200
    other_art = client.get(f"/api/bills/{other['id']}").json()["tree"]["children"][0]["eid"]
    as_user(services, client, "a@example.org")
    first = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    elsewhere = client.post(
        f"/api/bills/{other['id']}/amendments", json={"article": other_art, "text": "Autre texte."}
    ).json()
    second = propose(client, bill, bill["text1"].replace("Journal", "Bulletin"))
    assert (first["number"], elsewhere["number"], second["number"]) == (1, 1, 2)
    assert second["label"] == "n° 2" and second["id"] != 2
    as_official(client)
    assert decide(client, second["id"]).status_code == 200
    assert client.get(f"/api/bills/{bill['id']}/versions").json()[-1]["label"] == "amendement n° 2 adopté"
    page = client.get(f"/bills/{bill['id']}/amendments")
    assert page.status_code == 200 and "n° 1" in page.text


def test_an_amendment_edited_after_submission_is_rectified_and_keeps_its_earlier_texts(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "author@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    url = f"/api/amendments/{amendment['id']}"
    assert amendment["label"] == "n° 1" and amendment["revision"] == 0
    as_user(services, client, "voter@example.org")
    assert client.post(f"{url}/votes", json={"value": "agree"}).status_code == 200
    argued = client.post(f"{url}/arguments", json={"stance": "for", "body": "Un an suffit."})
    assert argued.status_code == 201 and argued.json()["revision"] == 0
    as_user(services, client, "author@example.org")
    first = client.patch(url, json={"text": bill["text1"].replace("six mois", "deux ans")}).json()
    assert first["label"] == "n° 1 rect." and first["revision"] == 1
    # the justification alone is no rectification
    assert client.patch(url, json={"justification": "Plus clair."}).json()["label"] == "n° 1 rect."
    second = client.patch(url, json={"text": bill["text1"].replace("six mois", "trois ans")}).json()
    assert second["label"] == "n° 1 rect. bis"
    got = client.get(url).json()
    assert [(t["label"], "un an" in t["text"], "deux ans" in t["text"]) for t in got["texts"]] == [
        ("n° 1", True, False),
        ("n° 1 rect.", False, True),
    ]
    assert "trois ans" in got["text"]
    assert got["votes_by_revision"] == [{"revision": 0, "agree": 1, "mixed": 0, "disagree": 0}]
    as_user(services, client, "voter@example.org")
    assert client.post(f"{url}/votes", json={"value": "mixed"}).json()["revision"] == 2
    assert client.get(url).json()["votes_by_revision"] == [{"revision": 2, "agree": 0, "mixed": 1, "disagree": 0}]
    listed = client.get(f"{url}/arguments").json()
    assert [a["revision"] for a in listed["items"]] == [0]


def test_a_sub_amendments_words_are_credited_to_it_in_the_footprint(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    parent = propose(client, bill, bill["text1"].replace("six mois", "un an").replace("Journal", "Bulletin"))
    as_user(services, client, "dominique@example.org")
    sub = propose(client, bill, parent["text"].replace("un an", "deux ans"), parent=parent["id"])
    as_official(client)
    assert decide(client, sub["id"]).status_code == 200
    assert decide(client, parent["id"]).status_code == 200
    footprint = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}/footprint").json()
    by_text = {s["text"]: s["origin"] for s in footprint["spans"]}
    credited = {
        "kind": "amendment",
        "ref": sub["id"],
        "label": sub["label"],
        "author": "Dominique",
        "decision": "Avis favorable.",
    }
    assert by_text["deux ans"] == credited
    assert by_text["Bulletin"]["ref"] == parent["id"] and by_text["Bulletin"]["author"] == "Camille"
    assert by_text["Bulletin"]["decision"] == "Avis favorable."


def test_a_point_in_time_read_names_one_version_or_one_moment_not_both(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}"
    both = client.get(url, params={"version": 1, "at": "2100-01-01T00:00:00Z"})
    assert both.status_code == 422 and "not both" in both.json()["error"]["message"]
    assert client.get(url, params={"version": 1}).status_code == 200
    assert client.get(url, params={"at": "2100-01-01T00:00:00Z"}).status_code == 200

