"""Edits from a stale copy are refused, never written over a newer state (optimistic concurrency): the
page's edit form and the API's PATCH carry the amendment as they read it (browser audit: two tabs)."""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendment_pages import HTML, post_form
from tests.integration.test_amendments_api import as_official, as_user, decide, propose


def edit_form(client: TestClient, amendment_id: int) -> dict[str, str]:
    """The hidden fields of the author's edit form, as a tab holds them once the page is open."""
    page = client.get(f"/amendments/{amendment_id}", headers=HTML).text
    form = re.search(r'<form method="post" action="/amendments/\d+/edit".*?</form>', page, re.S)
    assert form, "no edit form"
    hidden = re.findall(r'<input type="hidden" name="(expected_[a-z_]+)" value="([^"]*)">', form.group(0))
    assert {name for name, _ in hidden} == {"expected_revision", "expected_updated_at"}
    return {name: html_lib.unescape(value) for name, value in hidden}


def test_two_tabs_the_second_save_is_refused_with_the_input_kept_and_the_current_text_shown(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "un an"), justification="Parce que.")
    url = f"/amendments/{a['id']}"
    tab1, tab2 = edit_form(client, a["id"]), edit_form(client, a["id"])
    text1 = bill["text1"].replace("six mois", "dix-huit mois")
    saved = post_form(client, f"{url}/edit", {**tab1, "text": text1, "justification": "Parce que.", "action": "save"})
    assert saved.status_code == 303

    # tab 2 still shows the first text; only its exposé was changed
    old_text = bill["text1"].replace("six mois", "un an")
    stale = {**tab2, "text": old_text, "justification": "Un exposé plus clair.", "action": "save"}
    refused = post_form(client, f"{url}/edit", stale)
    assert refused.status_code == 409
    page = refused.text
    assert "Rien n’a été enregistré : l’amendement a été modifié entre-temps" in page
    assert "Un exposé plus clair.</textarea>" in page  # the person's input, kept
    current = re.search(r'<div class="stale-current" id="edit-current">.*?</div>', page, re.S)
    assert current and "n° 1 rect." in current.group(0) and "dix-huit mois à compter" in current.group(0)
    now = client.get(f"/api/amendments/{a['id']}").json()
    assert now["revision"] == 1 and now["text"] == text1 and now["justification"] == "Parce que."

    # the refused page carries the current state: saving from it is a deliberate choice, and works
    again = dict(re.findall(r'<input type="hidden" name="(expected_[a-z_]+)" value="([^"]*)">', page))
    assert again["expected_revision"] == "1"
    kept = {**again, "text": text1, "justification": "Un exposé plus clair.", "action": "save"}
    assert post_form(client, f"{url}/edit", kept).status_code == 303
    done = client.get(f"/api/amendments/{a['id']}").json()
    assert done["revision"] == 1 and done["text"] == text1 and done["justification"] == "Un exposé plus clair."

    # in English too
    english = post_form(client, f"{url}/edit?lang=en", stale)
    assert english.status_code == 409


def test_the_api_refuses_a_stale_revision_or_updated_at_and_says_what_changed(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    api = f"/api/amendments/{a['id']}"
    read = client.get(api).json()
    text1 = bill["text1"].replace("six mois", "deux ans")
    first = client.patch(api, json={"text": text1, "expected_revision": 0, "expected_updated_at": read["updated_at"]})
    assert first.status_code == 200 and first.json()["revision"] == 1

    late = client.patch(api, json={"justification": "Autre.", "expected_revision": 0})
    assert late.status_code == 409
    error = late.json()["error"]
    assert error["code"] == "stale_edit" and "nothing was saved" in error["message"]
    assert {"revision", "text"} <= set(error["details"]["changed"])
    assert error["details"]["current"]["text"] == text1 and error["details"]["current"]["label"] == "n° 1 rect."

    # an exposé changed without a rectification: only updated_at tells
    fresh = client.get(api).json()
    better = client.patch(api, json={"justification": "Mieux.", "expected_updated_at": fresh["updated_at"]})
    assert better.status_code == 200
    stale = client.patch(api, json={"justification": "Écrase.", "expected_updated_at": fresh["updated_at"]})
    assert stale.status_code == 409 and stale.json()["error"]["details"]["changed"] == ["updated_at"]
    naive = client.get(api).json()["updated_at"].replace("+00:00", "")  # sent back without a zone: UTC
    assert client.patch(api, json={"justification": "Enfin.", "expected_updated_at": naive}).status_code == 200
    assert client.get(api).json()["justification"] == "Enfin."
    assert client.patch(api, json={"justification": "Sans contrôle."}).status_code == 200  # optional
    assert client.patch(api, json={"expected_revision": "1"}).status_code == 422

    described = client.get("/api/openapi.json").json()
    patch = described["paths"]["/api/amendments/{id}"]["patch"]
    body = patch["requestBody"]["content"]["application/json"]["schema"]
    assert {"expected_revision", "expected_updated_at"} <= set(body["properties"])
    assert "stale_edit" in body["properties"]["expected_revision"]["description"]


def test_a_form_read_before_the_amendment_was_carried_onto_a_new_version_is_stale(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    """An accepted amendment elsewhere in the article moves this one onto the new text: saving the text
    the form still shows would silently undo that change in this amendment."""
    as_user(services, client, "camille@example.org")
    mine = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    form = edit_form(client, mine["id"])
    as_user(services, client, "dominique@example.org")
    other = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    as_official(client)
    assert decide(client, other["id"]).status_code == 200
    carried = client.get(f"/api/amendments/{mine['id']}").json()
    assert carried["base_version"] == 2 and "Bulletin officiel" in carried["text"]
    as_user(services, client, "camille@example.org")
    old = bill["text1"].replace("six mois", "neuf mois")  # still on the first version's words
    refused = post_form(client, f"/amendments/{mine['id']}/edit", {**form, "text": old, "action": "save"})
    assert refused.status_code == 409
    assert "Bulletin officiel" in client.get(f"/api/amendments/{mine['id']}").json()["text"]
