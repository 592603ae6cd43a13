"""Votes and arguments on articles and amendments, through the HTTP API."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.errors import InvalidInput
from drafting.domain.permissions import Actor
from drafting.services.participation import Target
from drafting.storage import eventlog
from tests.integration.test_amendments_api import BILL, as_official, as_user, propose


@pytest.fixture
def bill(client: TestClient, official: Actor) -> dict[str, Any]:
    created = client.post("/api/bills", json={"source": BILL}).json()
    assert client.patch(f"/api/bills/{created['id']}", json={"status": "open"}).status_code == 200
    articles = client.get(f"/api/bills/{created['id']}").json()["tree"]["children"]
    return {"id": created["id"], "art1": articles[0]["eid"], "art2": articles[1]["eid"], "text1": articles[0]["text"]}


def events_of(services: Services, bill_id: int) -> list[dict[str, Any]]:
    with services.db.read() as session:
        return eventlog.since(session, bill_id, 0)


def test_one_vote_per_person_that_moves_the_tally_when_changed(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/votes"
    as_user(services, client, "a@example.org")
    first = client.post(url, json={"value": "agree"})
    assert first.status_code == 200
    assert first.json() == {"tally": {"agree": 1, "mixed": 0, "disagree": 0}, "mine": "agree"}
    again = client.post(url, json={"value": "agree"}).json()
    assert again["tally"] == {"agree": 1, "mixed": 0, "disagree": 0}
    changed = client.post(url, json={"value": "disagree"}).json()
    assert changed == {"tally": {"agree": 0, "mixed": 0, "disagree": 1}, "mine": "disagree"}

    as_user(services, client, "b@example.org")
    assert client.post(url, json={"value": "mixed"}).json()["tally"] == {"agree": 0, "mixed": 1, "disagree": 1}
    tallies = client.get(f"/api/bills/{bill['id']}/tallies?type=article").json()
    assert tallies["tallies"] == {bill["art1"]: {"agree": 0, "mixed": 1, "disagree": 1}}
    assert tallies["mine"] == {bill["art1"]: "mixed"}

    removed = client.delete(url)
    assert removed.json() == {"tally": {"agree": 0, "mixed": 0, "disagree": 1}, "mine": None}
    assert client.delete(url).json()["mine"] is None  # removing twice changes nothing
    client.cookies.clear()
    signed_out = client.get(f"/api/bills/{bill['id']}/tallies?type=article").json()
    assert signed_out["tallies"][bill["art1"]]["disagree"] == 1 and signed_out["mine"] == {}

    changes = [e for e in events_of(services, bill["id"]) if e["type"] == "tally.changed"]
    assert len(changes) == 4  # a's repeated vote and b's second delete were no change
    assert changes[-1]["target_type"] == "article" and changes[-1]["target_id"] == bill["art1"]
    assert changes[-1]["tally"] == {"agree": 0, "mixed": 0, "disagree": 1}


def test_votes_on_amendments_are_their_support(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    as_user(services, client, "author@example.org")
    liked = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    disliked = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    for voter, liked_value, disliked_value in (
        ("a@example.org", "agree", "disagree"),
        ("b@example.org", "agree", "mixed"),
        ("c@example.org", "disagree", "disagree"),
    ):
        as_user(services, client, voter)
        assert client.post(f"/api/amendments/{liked['id']}/votes", json={"value": liked_value}).status_code == 200
        assert client.post(f"/api/amendments/{disliked['id']}/votes", json={"value": disliked_value}).status_code == 200
    assert client.get(f"/api/amendments/{liked['id']}").json()["support"] == 1
    assert client.get(f"/api/amendments/{disliked['id']}").json()["support"] == -2
    ranked = client.get(f"/api/bills/{bill['id']}/amendments?sort=support").json()["items"]
    assert [a["id"] for a in ranked] == [liked["id"], disliked["id"]]
    tallies = client.get(f"/api/bills/{bill['id']}/tallies?type=amendment").json()["tallies"]
    assert tallies[str(liked["id"])] == {"agree": 2, "mixed": 0, "disagree": 1}

    client.delete(f"/api/amendments/{disliked['id']}/votes")  # c takes back a disagree
    assert client.get(f"/api/amendments/{disliked['id']}").json()["support"] == -1


def test_votes_need_an_account_a_known_target_and_a_known_value(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/votes"
    client.cookies.clear()
    assert client.post(url, json={"value": "agree"}).status_code == 401
    as_user(services, client, "a@example.org")
    assert client.post(f"/api/bills/{bill['id']}/articles/art_99/votes", json={"value": "agree"}).status_code == 404
    assert client.post("/api/bills/nope/articles/art_1/votes", json={"value": "agree"}).status_code == 404
    assert client.post("/api/amendments/999/votes", json={"value": "agree"}).status_code == 404
    bad = client.post(url, json={"value": "yes"})
    assert bad.status_code == 422 and "value" in bad.json()["error"]["message"]
    assert client.post(url, json={}).status_code == 422
    assert client.post("/api/amendments/zero/votes", json={"value": "agree"}).status_code == 422
    assert client.get(f"/api/bills/{bill['id']}/tallies?type=comment").status_code == 422
    assert client.get(f"/api/bills/{bill['id']}/tallies").status_code == 422


def test_a_withdrawn_amendment_takes_no_more_votes_or_arguments(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "author@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    client.post(f"/api/amendments/{amendment['id']}/withdraw", json={})
    vote = client.post(f"/api/amendments/{amendment['id']}/votes", json={"value": "agree"})
    assert vote.status_code == 409 and "withdrawn" in vote.json()["error"]["message"]
    argument = client.post(f"/api/amendments/{amendment['id']}/arguments", json={"stance": "for", "body": "Oui."})
    assert argument.status_code == 409


def test_arguments_for_and_against_sorted_by_usefulness(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments"
    as_user(services, client, "pour@example.org")
    pro = client.post(url, json={"stance": "for", "body": "Un délai **plus long** protège les justiciables."})
    assert pro.status_code == 201
    assert "<strong>plus long</strong>" in pro.json()["html"] and pro.json()["author"] == "Pour"
    as_user(services, client, "contre@example.org")
    con = client.post(url, json={"stance": "against", "body": "La sécurité juridique en souffre."}).json()
    con2 = client.post(url, json={"stance": "against", "body": "Les tribunaux seront encombrés."}).json()

    against = client.get(f"{url}?stance=against").json()["items"]
    assert [a["id"] for a in against] == [con["id"], con2["id"]]
    assert all(a["stance"] == "against" and a["marked_useful"] is False for a in against)

    for reader in ("r1@example.org", "r2@example.org"):
        as_user(services, client, reader)
        marked = client.post(f"/api/arguments/{con2['id']}/useful")
        assert marked.status_code == 200 and marked.json()["marked_useful"] is True
    assert client.post(f"/api/arguments/{con2['id']}/useful").json()["useful"] == 2  # once per person
    client.post(f"/api/arguments/{pro.json()['id']}/useful")
    by_use = client.get(f"{url}?sort=useful").json()["items"]
    assert [a["id"] for a in by_use] == [con2["id"], pro.json()["id"], con["id"]]
    assert [a["useful"] for a in by_use] == [2, 1, 0] and by_use[0]["marked_useful"] is True

    assert client.delete(f"/api/arguments/{con2['id']}/useful").json()["useful"] == 1
    page = client.get(f"{url}?per_page=2&page=1").json()
    assert len(page["items"]) == 2 and page["next_page"] == 2
    assert len(client.get(f"{url}?per_page=2&page=2").json()["items"]) == 1
    assert len(client.get(f"{url}?per_page=5000").json()["items"]) == 3  # capped, not refused

    as_user(services, client, "author@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    on_amendment = client.post(f"/api/amendments/{amendment['id']}/arguments", json={"stance": "for", "body": "Oui."})
    assert on_amendment.status_code == 201 and on_amendment.json()["target_id"] == amendment["id"]
    assert len(client.get(f"/api/amendments/{amendment['id']}/arguments").json()["items"]) == 1


def test_the_argument_summary_counts_visible_arguments_and_keeps_the_most_useful(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments"
    as_user(services, client, "a@example.org")
    posted = [
        client.post(url, json={"stance": stance, "body": f"Argument {n}."}).json()
        for n, stance in enumerate(("for", "against", "against", "against", "for"))
    ]
    lone = client.post(url.replace(bill["art1"], bill["art2"]), json={"stance": "for", "body": "Seul."}).json()
    for reader in ("r1@example.org", "r2@example.org"):  # useful: [2] twice, [3] and [4] once
        as_user(services, client, reader)
        client.post(f"/api/arguments/{posted[2]['id']}/useful")
    client.post(f"/api/arguments/{posted[3]['id']}/useful")
    client.post(f"/api/arguments/{posted[4]['id']}/useful")
    as_official(client)  # officials moderate their bill's contributions
    for hidden in (posted[3], lone):
        hide = {"type": "argument", "id": hidden["id"], "action": "hide", "reason": "hors sujet"}
        assert client.post("/api/moderation", json=hide).status_code == 200

    summary = services.arguments.summary(bill["id"], top=2)
    assert set(summary) == {bill["art1"]}  # art2's only argument is hidden: neither counted nor shown
    sides = summary[bill["art1"]]
    assert sides["for"]["count"] == 2 and [a["id"] for a in sides["for"]["top"]] == [posted[4]["id"], posted[0]["id"]]
    assert sides["against"]["count"] == 2
    assert [a["id"] for a in sides["against"]["top"]] == [posted[2]["id"], posted[1]["id"]]
    target = Target.article(bill["id"], bill["art1"])
    listing = services.arguments.listing(None, target, stance="against", sort="useful")
    assert sides["against"]["top"] == [a for a in listing["items"] if not a["hidden"]]  # the listing's JSON
    one = services.arguments.summary(bill["id"], top=1)[bill["art1"]]
    assert [len(one[s]["top"]) for s in ("for", "against")] == [1, 1] and one["against"]["count"] == 2
    counts_only = services.arguments.summary(bill["id"], top=0)[bill["art1"]]
    assert counts_only == {"for": {"count": 2, "top": []}, "against": {"count": 2, "top": []}}

    as_user(services, client, "author@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    client.post(f"/api/amendments/{amendment['id']}/arguments", json={"stance": "against", "body": "Trop long."})
    on_amendments = services.arguments.summary(bill["id"], "amendment")
    assert list(on_amendments) == [amendment["id"]]  # keyed by id, as the tallies are
    assert on_amendments[amendment["id"]]["against"]["count"] == 1
    assert on_amendments[amendment["id"]]["for"] == {"count": 0, "top": []}
    with pytest.raises(InvalidInput):
        services.arguments.summary(bill["id"], "comment")
    with pytest.raises(InvalidInput):
        services.arguments.summary(bill["id"], top=-1)


def test_bad_arguments_are_refused_with_a_reason(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments"
    client.cookies.clear()
    assert client.post(url, json={"stance": "for", "body": "Oui."}).status_code == 401
    as_official(client)
    as_user(services, client, "a@example.org")
    assert client.post(url, json={"stance": "maybe", "body": "Oui."}).status_code == 422
    empty = client.post(url, json={"stance": "for", "body": "   "})
    assert empty.status_code == 422 and "empty" in empty.json()["error"]["message"]
    unknown = f"/api/bills/{bill['id']}/articles/art_99/arguments"
    assert client.post(unknown, json={"stance": "for", "body": "x"}).status_code == 404
    assert client.get(f"{url}?sort=loudest").status_code == 422
    assert client.get(f"{url}?stance=neutral").status_code == 422
    assert client.get(f"{url}?page=0").status_code == 422
    assert client.post("/api/arguments/999/useful").status_code == 404
