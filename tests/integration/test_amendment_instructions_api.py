"""Amendments given as instructions in legal French through the API: computed text, diff and the
regenerated instruction, or a 422 saying which sentence was refused and why."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.integration.test_amendments_api import BILL, as_user


@pytest.fixture
def bill(client: TestClient, official: Actor) -> dict[str, Any]:
    created = client.post("/api/bills", json={"source": BILL, "label": "texte soumis à consultation"}).json()
    assert client.patch(f"/api/bills/{created['id']}", json={"status": "open"}).status_code == 200
    article = client.get(f"/api/bills/{created['id']}").json()["tree"]["children"][0]
    return {"id": created["id"], "art1": article["eid"], "text1": article["text"]}


def post(client: TestClient, bill: dict[str, Any], instructions: str, **extra: Any) -> Any:
    body = {"kind": "instructions", "article": bill["art1"], "instructions": instructions, **extra}
    return client.post(f"/api/bills/{bill['id']}/amendments", json={"justification": "Parce que.", **body})


def test_instructions_become_an_amendment_with_its_text_diff_and_instruction(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_user(services, client, "camille@example.org")
    instructions = "Alinéa 1\n\nRemplacer les mots :\n\nsix mois\n\npar les mots :\n\nun an"
    response = post(client, bill, instructions, base_version=1)
    assert response.status_code == 201, response.text
    amendment = response.json()
    assert amendment["kind"] == "modify" and amendment["justification"] == "Parce que."
    assert amendment["text"] == bill["text1"].replace("six mois", "un an")
    assert ["-", "six mois"] in amendment["diff"] and ["+", "un an"] in amendment["diff"]
    assert "un an" in amendment["instruction"]["fr"]
    read = client.get(f"/api/amendments/{amendment['id']}").json()
    assert read["text"] == amendment["text"]


def test_deleting_the_article_by_instruction_is_a_delete_amendment(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_user(services, client, "camille@example.org")
    response = post(client, bill, "Supprimer cet article.")
    assert response.status_code == 201, response.text
    assert response.json()["kind"] == "delete"


@pytest.mark.parametrize(
    ("instructions", "says"),
    [
        ("Alinéa 7\n\nSupprimer cet alinéa.", "the article has no alinéa 7 (it has 2 alinéas)"),
        ("Alinéa 1\n\nSupprimer les mots : « trois ans »", "« trois ans » is not found in alinéa 1"),
        ("Au II de cet article, supprimer le mot : « mois »", "no alinéa of the article opens with the mark « II »"),
        ("Au paragraphe II, supprimer le mot : « mois »", "do not name a place in this article"),
    ],
)
def test_instructions_that_cannot_be_applied_are_refused_saying_where(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor, instructions: str, says: str
) -> None:
    as_user(services, client, "camille@example.org")
    response = post(client, bill, instructions)
    assert response.status_code == 422
    error = response.json()["error"]
    assert says in error["message"], error
    assert error["details"]["part"]  # the sentence where reading stopped
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []


def test_a_sub_amendment_given_as_instructions_changes_the_amendments_text(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_user(services, client, "camille@example.org")
    parent = post(client, bill, "Alinéa 1\n\nRemplacer les mots :\n\nsix mois\n\npar les mots :\n\nun an").json()
    url = f"/api/bills/{bill['id']}/amendments"
    sub = {"kind": "instructions", "parent": parent["id"], "justification": "Plutôt deux."}
    done = client.post(url, json={**sub, "instructions": "Remplacer les mots : « un an » par les mots : « deux ans »"})
    assert done.status_code == 201, done.text
    assert done.json()["parent"] == parent["id"]
    assert done.json()["text"] == parent["text"].replace("un an", "deux ans")  # not an empty text
    refused = client.post(url, json={**sub, "instructions": "Remplacer les mots : « six mois » par le mot : « an »"})
    assert refused.status_code == 422 and "« six mois » is not found" in refused.json()["error"]["message"]
    whole = client.post(url, json={**sub, "instructions": "Supprimer cet article."})
    assert whole.status_code == 422 and "strike the amendment's whole text" in whole.json()["error"]["message"]
    empty = client.post(url, json={"kind": "modify", "parent": parent["id"], "justification": "?"})
    assert empty.status_code == 422 and '"text" is empty' in empty.json()["error"]["message"]
    stored = client.get(url).json()["items"]
    assert sorted(a["text"] for a in stored) == sorted([parent["text"], done.json()["text"]])


def test_instructions_holding_a_lone_surrogate_are_refused_saying_so(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_user(services, client, "camille@example.org")
    body = '{"kind": "instructions", "article": "%s", "instructions": "Supprimer le mot : \\u00ab d\\ud800lai \\u00bb"}'
    sent = client.post(f"/api/bills/{bill['id']}/amendments", content=(body % bill["art1"]).encode(),
                       headers={"Content-Type": "application/json"})  # fmt: skip
    assert sent.status_code == 422
    said = "instructions: holds a lone surrogate (\\ud800 to \\udfff), which is not a character"
    assert sent.json()["error"]["message"] == said
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []


def test_a_refusal_names_the_words_the_user_quoted_not_the_parsers_placeholders(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_user(services, client, "camille@example.org")
    refused = post(client, bill, "Alinéa 2, supprimer les mots : « licorne ».")
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["details"]["part"].startswith("Alinéa 2, supprimer les mots : « licorne »")
    assert "« licorne »" in error["message"] and "¤" not in refused.text and "« … »" not in refused.text
    # long quoted words are shortened, keeping their start and end
    long = "une licorne " + "très " * 100 + "bleue"
    shortened = post(client, bill, f"Alinéa 2, supprimer les mots : « {long} ».").json()["error"]["details"]["part"]
    assert shortened.startswith("Alinéa 2, supprimer les mots : « une licorne très") and "[…]" in shortened
    assert "très bleue »" in shortened and len(shortened) < 150


def test_a_sub_amendment_may_name_its_amendment_by_its_number_as_parliament_writes_it(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    other_bill = client.post("/api/bills", json={"source": BILL, "label": "autre texte"}).json()
    assert client.patch(f"/api/bills/{other_bill['id']}", json={"status": "open"}).status_code == 200
    as_user(services, client, "camille@example.org")
    elsewhere = {**bill, "id": other_bill["id"]}
    for words in ("six mois", "de recours", "de la notification"):  # ids and numbers in this bill part ways
        assert post(client, elsewhere, f"Alinéa 1\n\nSupprimer les mots :\n\n{words}").status_code == 201
    post(client, bill, "Alinéa 1\n\nRemplacer les mots :\n\nsix mois\n\npar les mots :\n\nneuf mois")  # n° 1
    parent = post(client, bill, "Alinéa 1\n\nRemplacer les mots :\n\nsix mois\n\npar les mots :\n\nun an").json()
    assert parent["number"] == 2 and parent["id"] != 2  # the app shows « n° 2 »
    url = f"/api/bills/{bill['id']}/amendments"
    sub = {"kind": "instructions", "parent": parent["id"], "justification": "Plutôt deux."}
    change = "remplacer les mots : « un an » par les mots : « deux ans »"
    wanted = parent["text"].replace("un an", "deux ans")
    for written in (f"Sous-amendement n° 2 : Alinéa 1, {change}", f"À l'alinéa 1 de l'amendement n° 2, {change}"):
        done = client.post(url, json={**sub, "instructions": written})
        assert done.status_code == 201, done.text
        assert done.json()["text"] == wanted and done.json()["parent"] == parent["id"]
        # the same sub-amendment twice would be refused as a duplicate: withdrawn, the next phrasing is read
        assert client.post(f"/api/amendments/{done.json()['id']}/withdraw", json={}).status_code == 200
    other = client.post(url, json={**sub, "instructions": f"À l'alinéa 1 de l'amendement n° 12, {change}"})
    assert other.status_code == 422
    said = "it names amendment 12, but this sub-amendment is filed on amendment 2"
    assert said in other.json()["error"]["message"] and other.json()["error"]["code"] == "conflict"
    lone = post(client, bill, f"Amendement n° 12 : Alinéa 1, {change}")
    assert lone.status_code == 422
    message = lone.json()["error"]["message"]
    assert "it names amendment 12: to change that amendment's text, file it as a sub-amendment" in message
    assert "not among them" not in message and lone.json()["error"]["code"] == "not_applicable"
    assert len(client.get(url).json()["items"]) == 4  # the two amendments and the two sub-amendments
