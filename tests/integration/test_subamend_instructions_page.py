"""Sub-amending from an amendment's page by pasting instructions in legal French, without script
(`/amendments/{id}?subamend=instructions`, pages_subamend.py): the form, its preview of the
amendment's text, the sub-amendment filed as the API files one, and each refusal said in the page's
language next to the form with what was pasted kept, never a 500."""

from __future__ import annotations

import html as entities
import re
from typing import Any

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendment_page import page, section
from tests.integration.test_amendment_pages import HTML, post_form
from tests.integration.test_amendments_api import as_official, as_user, decide, propose

CHANGE = "Remplacer les mots : « un an » par les mots : « deux ans »"


@pytest.fixture
def parent(services: Services, client: TestClient, bill: dict[str, Any]) -> dict[str, Any]:
    """Amendment n° 1 (« un an » for « six mois »), seen by another citizen, who sub-amends it."""
    as_user(services, client, "camille@example.org")
    made = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    assert made["number"] == 1
    as_user(services, client, "dominique@example.org")
    return made


def sub_form(html: str) -> str:
    """The « Sous-amender » box of a page."""
    found = re.search(r'<details class="subamend-box".*?</form>\s*</details>', html, re.S)
    assert found, "no sub-amendment form"
    return found.group(0)


def textarea(html: str, name: str) -> str:
    found = re.search(rf'<textarea [^>]*name="{name}"[^>]*>(.*?)</textarea>', html, re.S)
    assert found, f"no textarea {name!r}"
    return entities.unescape(found.group(1))


def count(services: Services, bill: dict[str, Any]) -> int:
    return len(services.amendments.listing(None, bill["id"], per_page=100)["items"])


def test_the_form_offers_both_modes_and_the_instructions_mode_shows_the_amendments_alineas(
    client: TestClient, parent: dict[str, Any]
) -> None:
    closed = sub_form(page(client, parent["id"]))
    assert 'class="subamend-box" id="subamend">' in closed  # closed until asked for
    assert re.search(r'href="/amendments/\d+\?subamend=text#subamend" aria-current="page">Modifier le texte', closed)
    assert 'name="text"' in closed and 'name="instructions"' not in closed

    response = client.get(f"/amendments/{parent['id']}?subamend=instructions", headers=HTML)
    form = sub_form(response.text)
    assert 'id="subamend" open>' in form
    assert re.search(r'\?subamend=instructions#subamend" aria-current="page">Coller des instructions', form)
    assert '<nav class="propose-modes" aria-label="Façon de sous-amender">' in form
    assert '<label for="sub-instructions">Instructions du sous-amendement</label>' in form
    assert "«\u00a0Alinéa 1 de l’amendement n°\u00a01 : remplacer les mots" in form  # its own number in the example
    assert 'aria-describedby="sub-instructions-hint"' in form and 'lang="fr"' in form
    assert "Texte que propose l’amendement, ses 2 alinéas numérotés" in form
    assert "<li>Le délai de recours est de un an à compter de la notification.</li>" in form
    assert "Collez des instructions pour voir ce qu’elles changent." in form
    assert 'data-preview="/amendments/' in form and "Prévisualiser" in form
    assert '<label for="sub-justification">' in form

    text_mode = sub_form(client.get(f"/amendments/{parent['id']}?subamend=text", headers=HTML).text)
    assert 'id="subamend" open>' in text_mode and 'name="text"' in text_mode


def test_pasted_instructions_are_previewed_then_filed_as_a_sub_amendment(
    services: Services, client: TestClient, bill: dict[str, Any], parent: dict[str, Any]
) -> None:
    url = f"/amendments/{parent['id']}/subamend"
    before = count(services, bill)
    named = f"Alinéa 1 de l’amendement n° 1\n\n{CHANGE}"
    fields = {"mode": "instructions", "instructions": named, "justification": "Plutôt deux.", "action": "preview"}
    previewed = post_form(client, url, fields)
    assert previewed.status_code == 200 and count(services, bill) == before  # nothing filed
    form = sub_form(previewed.text)
    assert "<del>un an</del><ins>deux ans</ins>" in form  # the redline of the amendment's text
    assert '<h4 class="preview-heading">Modification</h4>' in form  # under the preview's h3
    assert "Le délai de recours est de deux ans à compter de la notification." in form
    assert textarea(form, "instructions") == named and textarea(form, "justification") == "Plutôt deux."

    filed = post_form(client, url, {**fields, "action": "submit"})
    assert filed.status_code == 303
    child_id = int(filed.headers["location"].rsplit("/", 1)[1])
    child = services.amendments.get(None, child_id)  # the API's sub-amendment
    assert child["parent"] == parent["id"] and child["justification"] == "Plutôt deux."
    assert child["text"] == parent["text"].replace("un an", "deux ans")
    html = page(client, child_id)
    assert "<h1>Sous-amendement n° 2</h1>" in html and "<del>un an</del><ins>deux ans</ins>" in section(html, "changes")

    extend = "Alinéa 2\n\nCompléter cet alinéa par les mots : « , sans délai »"
    bare = post_form(client, url, {"mode": "instructions", "instructions": extend, "action": "submit"})
    assert bare.status_code == 303  # « Alinéa 2 » alone: the amendment's own alinéa 2
    made = services.amendments.get(None, int(bare.headers["location"].rsplit("/", 1)[1]))
    assert made["text"].endswith("Journal officiel, sans délai.")


def test_the_preview_route_answers_the_redline_or_the_refusal_as_html(
    services: Services, client: TestClient, parent: dict[str, Any]
) -> None:
    url = f"/amendments/{parent['id']}/subamend/preview"
    ok = client.post(url, json={"instructions": f"Alinéa 1 : {CHANGE}"})
    assert ok.status_code == 200 and ok.json()["changed"] is True and ok.json()["refused"] is None
    assert "<del>un an</del><ins>deux ans</ins>" in ok.json()["html"]
    wrong = client.post(url, json={"instructions": f"Alinéa 7 : {CHANGE}"})
    assert wrong.status_code == 200 and wrong.json()["changed"] is False
    assert "Le texte de l’amendement n’a pas cet alinéa." in wrong.json()["html"]
    assert client.post(url, json={"instructions": 3}).status_code == 422
    for wrong_body in (b"{", b"[1]", b'"Alin\xc3\xa9a 1"'):  # not a JSON object: said, never a 500
        answered = client.post(url, content=wrong_body, headers={"Content-Type": "application/json"})
        assert answered.status_code in (400, 422) and answered.json()["error"]["message"]
    assert client.post(url, json={"instructions": "x" * 100_001}).status_code == 422
    empty = client.post(url, json={"instructions": "  "})
    assert empty.status_code == 200 and "Collez des instructions" in empty.json()["html"]

    as_user(services, client, "camille@example.org")  # someone's draft is no one else's to preview
    draft = propose(client, {"id": parent["bill"], "art1": parent["article"]}, "Un brouillon.", draft=True)
    as_user(services, client, "dominique@example.org")
    assert client.post(f"/amendments/{draft['id']}/subamend/preview", json={"instructions": CHANGE}).status_code == 404
    assert client.post("/amendments/2000000000/subamend/preview", json={"instructions": CHANGE}).status_code == 404


REFUSALS = [
    # (instructions, the plain message next to the form, the parser's reason in French below it)
    (
        f"Alinéa 5\n\n{CHANGE}",
        "Le texte de l’amendement n’a pas cet alinéa.",
        'Détail : <span lang="fr">l’article n’a pas d’alinéa 5 (il en a 2)',
    ),
    (
        f"À l’alinéa 1 de l’amendement n° 12, {CHANGE[0].lower()}{CHANGE[1:]}",
        "Ces instructions désignent un autre amendement que celui-ci",
        "l’instruction désigne l’amendement 12, alors que ce sous-amendement porte sur l’amendement 1",
    ),
    (
        "Alinéa 1\n\nRemplacer les mots : « six mois » par les mots : « an »",
        "Les mots cités ne se trouvent pas à l’endroit indiqué.",
        "les mots « six mois » ne figurent pas à l’alinéa 1",
    ),
    (
        "Supprimer cet article.",
        "Ces instructions suppriment tout le texte de l’amendement",
        "Détail : <span lang=\"fr\">les instructions suppriment tout le texte",
    ),
    (
        "Alinéa 1 : remplacer les mots : « un an » par les mots : « un an »",
        "Ces instructions laissent le texte de l’amendement tel qu’il est.",
        "Détail :",
    ),
    (
        "Bonjour, je voudrais plus de temps.",
        "Cette phrase n’est pas d’une forme connue",
        "le mot « bonjour » ne désigne aucun endroit",
    ),
    ("   ", "Collez le texte des instructions.", ""),
    (
        "x" * 100_001,
        "Ces instructions ne peuvent pas s’appliquer au texte de l’amendement",
        "100 001 caractères ; 100 000 au plus",
    ),
]


@pytest.mark.parametrize(("pasted", "message", "detail"), REFUSALS)
def test_a_refusal_is_said_next_to_the_form_in_french_with_what_was_pasted_kept(
    services: Services,
    client: TestClient,
    bill: dict[str, Any],
    parent: dict[str, Any],
    pasted: str,
    message: str,
    detail: str,
) -> None:
    before = count(services, bill)
    fields = {"mode": "instructions", "instructions": pasted, "justification": "Mes motifs gardés", "action": "submit"}
    refused = post_form(client, f"/amendments/{parent['id']}/subamend", fields)
    assert refused.status_code == 422, refused.text[:300]
    assert count(services, bill) == before
    form = sub_form(refused.text)
    assert 'id="subamend" open>' in form
    error = re.search(r'<(div|p) class="form-error" id="subamend-error" role="alert">(.*?)</\1>', form, re.S)
    assert error and message in entities.unescape(error.group(2))
    said = entities.unescape(error.group(2))
    assert detail in said.replace("\u202f", " ").replace("\xa0", " ")  # the parser's reason, next to the form
    assert entities.unescape(form).count(message) == 1  # said once there, not again in the preview box
    assert 'aria-invalid="true"' in form and 'aria-describedby="sub-instructions-hint subamend-error"' in form
    assert textarea(form, "instructions") == pasted and textarea(form, "justification") == "Mes motifs gardés"
    assert '<a href="#sub-instructions">' in refused.text  # the summary at the top leads to the field
    assert not re.search(r"\b(?:is|not|found|the|amendment)\b", said)  # not a word of English


def test_the_stopping_sentence_is_shown_and_the_english_page_says_it_in_english(
    client: TestClient, parent: dict[str, Any]
) -> None:
    url = f"/amendments/{parent['id']}/subamend"
    pasted = "Alinéa 1 : supprimer les mots : « trois ans et demi »"
    fields = {"mode": "instructions", "instructions": pasted, "action": "submit"}
    french = sub_form(post_form(client, url, fields).text)
    assert '<span class="failed-part" lang="fr">Alinéa 1 : supprimer les mots : « trois ans et demi »</span>' in french
    assert "La lecture s’est arrêtée à :" in french
    assert re.search(r'Détail : <span lang="fr">[^<]*ne figurent pas à l’alinéa 1', french)

    client.cookies.set("drafting_lang", "en")
    english = sub_form(post_form(client, url, fields).text)
    assert "The quoted words are not at the place given." in english and "Reading stopped at:" in english
    assert re.search(r'Detail: <span lang="en">[^<]*is not found in alinéa 1', english)
    assert '<label for="sub-instructions">Sub-amending instructions</label>' in english


def test_a_closed_amendment_takes_no_sub_amendment_and_a_stranger_is_sent_to_sign_in(
    services: Services, client: TestClient, parent: dict[str, Any]
) -> None:
    as_official(client)
    assert decide(client, parent["id"], "reject").status_code == 200
    as_user(services, client, "dominique@example.org")
    assert "subamend-box" not in page(client, parent["id"])
    fields = {"mode": "instructions", "instructions": f"Alinéa 1 : {CHANGE}", "action": "submit"}
    late = post_form(client, f"/amendments/{parent['id']}/subamend", fields)
    assert late.status_code == 409 and "ne reçoit plus de votes, d’arguments ni de sous-amendements" in late.text
    previewed = client.post(f"/amendments/{parent['id']}/subamend/preview", json={"instructions": CHANGE})
    assert previewed.status_code == 409

    client.cookies.clear()
    stranger = post_form(client, f"/amendments/{parent['id']}/subamend", fields)
    assert stranger.status_code == 303 and stranger.headers["location"].startswith("/signin?next=")
