"""Each bill numbers its amendments from 1, as Parliament does; ids stay global and only address
them. On a second bill, whose amendments' ids are larger than their numbers, every page, preview,
footprint and live event names an amendment « n° N » by its number, never by its id."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from starlette.testclient import TestClient
from websockets.sync.client import connect

from drafting.bootstrap import Services
from tests.integration.test_amendments_api import BILL, as_official, as_user, decide, propose

HTML = {"Accept": "text/html"}


@pytest.fixture
def second(services: Services, client: TestClient, bill: dict[str, Any]) -> dict[str, Any]:
    """A second bill, after three amendments on the first: its amendments n° 1, 2, 3 have ids above 3.
    A (Camille) and B (Dominique) change the same words and collide; S sub-amends A."""
    as_user(services, client, "padding@example.org")
    for words in ("un mois", "deux mois", "trois mois"):
        propose(client, bill, bill["text1"].replace("six mois", words))
    as_official(client)
    created = client.post("/api/bills", json={"source": BILL, "title": "Second projet", "label": "texte"})
    assert created.status_code == 201, created.text
    other = created.json()["id"]
    assert client.patch(f"/api/bills/{other}", json={"status": "open"}).status_code == 200
    article = client.get(f"/api/bills/{other}").json()["tree"]["children"][0]
    scene = {"id": other, "art1": article["eid"], "art2": "", "text1": article["text"]}
    as_user(services, client, "camille@example.org")
    a = propose(client, scene, scene["text1"].replace("six mois", "un an"))
    as_user(services, client, "dominique@example.org")
    b = propose(client, scene, scene["text1"].replace("six mois", "deux ans"))
    s = propose(client, scene, a["text"].replace("un an", "dix-huit mois"), parent=a["id"])
    assert [(x["number"], x["label"]) for x in (a, b, s)] == [(1, "n° 1"), (2, "n° 2"), (3, "n° 3")]
    assert min(x["id"] for x in (a, b, s)) > 3  # ids and numbers differ: a page mixing them shows
    return {**scene, "a": a, "b": b, "s": s}


def no_id_as_number(page: str, scene: dict[str, Any]) -> None:
    """No amendment of the scene is named by its id (« n° 5 » for the amendment numbered 2)."""
    for key in ("a", "b", "s"):
        assert not re.search(rf"(n°|no\.)\s*{scene[key]['id']}\b", page), f"amendment {key} named by its id"


def test_the_listing_names_amendments_parents_and_collisions_by_their_number(
    services: Services, client: TestClient, second: dict[str, Any]
) -> None:
    a, b = second["a"], second["b"]
    api = client.get(f"/api/amendments/{b['id']}").json()
    assert api["collides_with"] == [a["id"]]  # ids address amendments ...
    assert api["collides_with_refs"] == [{"id": a["id"], "number": 1, "label": "n° 1"}]  # ... numbers name them
    sub = client.get(f"/api/amendments/{second['s']['id']}").json()
    assert (sub["parent"], sub["parent_number"], sub["parent_label"]) == (a["id"], 1, "n° 1")

    page = client.get(f"/bills/{second['id']}/amendments", headers=HTML).text
    assert "Sous-amendement à l’amendement n° 1" in page
    card_b = page.split(f'id="amendment-{b["id"]}"')[1].split("</li>")[0]
    assert "n° 2 ·" in card_b  # its own number in the meta line
    assert f'<a href="#amendment-{a["id"]}">n° 1</a>' in card_b  # the one it collides with: number shown, id linked
    no_id_as_number(page, second)
    own = client.get(f"/amendments/{b['id']}", headers=HTML).text  # B's own page names A likewise
    assert f'<a href="/amendments/{a["id"]}">n° 1</a>' in own
    no_id_as_number(own, second)
    opened = client.get(f"/api/bills/{second['id']}/opendata").json()["amendments"]
    assert sorted((x["id"], x["number"], x["label"]) for x in opened) == [
        (a["id"], 1, "n° 1"),
        (b["id"], 2, "n° 2"),
        (second["s"]["id"], 3, "n° 3"),
    ]
    english = client.get(f"/bills/{second['id']}/amendments", headers={**HTML, "Accept-Language": "en"}).text
    assert "Sub-amendment to amendment no. 1" in english
    no_id_as_number(english, second)


def test_my_page_and_the_preview_name_amendments_by_their_number(
    services: Services, client: TestClient, second: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    mine = client.get("/me", headers=HTML).text
    assert "Amendement n° 1</a>" in mine
    no_id_as_number(mine, second)

    url = f"/bills/{second['id']}/articles/{second['art1']}/amend/preview"
    answer = client.post(url, json={"text": second["text1"].replace("six mois", "trois ans")}).json()
    assert {(c["id"], c["label"]) for c in answer["collisions"]} == {
        (second["a"]["id"], "n° 1"),
        (second["b"]["id"], "n° 2"),
    }
    assert f'#amendment-{second["a"]["id"]}">n° 1</a>' in answer["html"]
    no_id_as_number(answer["html"], second)


def test_footprints_fall_reasons_and_live_events_name_the_number(
    services: Services, client: TestClient, second: dict[str, Any], live_url: str
) -> None:
    a, b, s = second["a"], second["b"], second["s"]
    as_official(client)
    assert decide(client, a["id"]).status_code == 200  # B now collides with the text, S falls

    footprint = client.get(f"/bills/{second['id']}/articles/{second['art1']}/footprint", headers=HTML).text
    assert "Amendement n° 1 de Camille" in footprint
    no_id_as_number(footprint, second)
    article = client.get(f"/bills/{second['id']}/articles/{second['art1']}", headers=HTML).text
    assert "Amendement n° 1 de Camille" in article
    no_id_as_number(article, second)
    fallen = client.get(f"/api/amendments/{s['id']}").json()
    assert fallen["history"][-1]["reason"] == "amendment n° 1 was adopted before it"

    as_user(services, client, "dominique@example.org")  # author of B and S: gets their notices
    cookie = {"Cookie": f"drafting_session={client.cookies['drafting_session']}"}
    events: list[dict[str, Any]] = []
    url = f"{live_url.replace('http', 'ws', 1)}/api/bills/{second['id']}/live?after=0"
    with connect(url, open_timeout=10, additional_headers=cookie) as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "hello"
        while not events or events[-1].get("about") != "amendment.colliding":  # B's notice comes last
            events.append(json.loads(ws.recv(timeout=10)))
    named = {(e["type"], e.get("about"), e["amendment"], e["number"]) for e in events if "amendment" in e}
    assert {
        ("amendment.submitted", None, a["id"], 1),
        ("amendment.submitted", None, b["id"], 2),
        ("amendment.submitted", None, s["id"], 3),
        ("amendment.decided", None, a["id"], 1),
        ("amendment.fallen", None, s["id"], 3),
        ("notice", "amendment.fallen", s["id"], 3),
        ("amendment.colliding", None, b["id"], 2),
        ("notice", "amendment.colliding", b["id"], 2),
    } <= named
