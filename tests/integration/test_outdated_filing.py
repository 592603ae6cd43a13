"""An amendment written while the text moved (browser audit): filed on an older version, it is carried
onto the current text as pending ones are when a version is made, or refused at filing with the
passages when its words were rewritten, never stored as an amendment nobody can accept. An official
whose « Accepter » meets a text that moved is told which passages and by which amendments, and the
way out (« Accepter avec un texte modifié »), not a generic line."""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendment_pages import HTML, post_form
from tests.integration.test_amendments_api import as_official, as_user, decide, propose


def amend_form(client: TestClient, bill: dict[str, Any]) -> tuple[str, str]:
    """The propose page as a citizen opens it: its address and the version it is written on."""
    url = f"/bills/{bill['id']}/articles/{bill['art1']}/amend"
    page = client.get(url, headers=HTML).text
    found = re.search(r'name="base_version" value="(\d+)"', page)
    assert found
    return url, found.group(1)


def adopt(services: Services, client: TestClient, bill: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """Someone else's amendment, accepted by the official: version 2."""
    as_user(services, client, "dominique@example.org")
    other = propose(client, bill, bill["text1"].replace(old, new))
    as_official(client)
    assert decide(client, other["id"]).status_code == 200
    return other


def mine(client: TestClient, bill: dict[str, Any]) -> list[Any]:
    listing = client.get(f"/api/bills/{bill['id']}/amendments", params={"mine": "1"}).json()["items"]
    return [a for a in listing if a["author"] == "Camille"]


def test_filed_on_an_older_version_whose_words_were_rewritten_it_is_refused_with_the_passages(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url, base = amend_form(client, bill)
    assert base == "1"
    other = adopt(services, client, bill, "six mois", "neuf mois")
    as_user(services, client, "camille@example.org")
    mine_text = bill["text1"].replace("six mois", "un an")
    filed = post_form(client, url, {"base_version": base, "text": mine_text, "justification": "Plus long."})
    assert filed.status_code == 409, filed.text[:300]
    page = html_lib.unescape(filed.text)
    assert "Rien n’a été déposé : vous écriviez sur la version 1 du texte, qui est maintenant à la version 2" in page
    assert f"par l’amendement {other['label']}, adopté depuis" in page
    assert "« six mois » devait devenir « un an », mais le texte dit maintenant « neuf mois »" in page
    assert "Votre texte est conservé ci-dessous" in page and mine_text in page and "Plus long." in page
    assert 'name="base_version" value="2"' in filed.text  # the form is now on the current text
    assert mine(client, bill) == []  # nothing stored that nobody could accept

    api = f"/api/bills/{bill['id']}/amendments"
    refused = client.post(api, json={"article": bill["art1"], "base_version": 1, "text": mine_text})
    assert refused.status_code == 409
    error = refused.json()["error"]
    assert error["details"]["passages"] == [{"was": "six mois", "proposed": "un an", "now": "neuf mois"}]
    assert error["details"]["accepted_since"] == [{"id": other["id"], "label": other["label"]}]
    assert error["details"]["base_version"] == 1 and error["details"]["head_version"] == 2
    assert "Nothing was filed" in error["message"]
    made = bill["text1"].replace("six mois", "neuf mois")
    already = client.post(api, json={"article": bill["art1"], "base_version": 1, "text": made})
    assert already.status_code == 409 and "already made" in already.json()["error"]["message"]

    english = post_form(client, f"{url}?lang=en", {"base_version": "1", "text": mine_text, "justification": ""})
    assert english.status_code == 409


def test_filed_on_an_older_version_elsewhere_in_the_article_it_is_carried_onto_the_current_text(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url, base = amend_form(client, bill)
    adopt(services, client, bill, "six mois", "neuf mois")
    as_user(services, client, "camille@example.org")
    filed = post_form(client, url, {"base_version": base, "text": bill["text1"].replace("Journal", "Bulletin")})
    assert filed.status_code == 303
    (a,) = mine(client, bill)
    carried = client.get(f"/api/amendments/{a['id']}").json()
    assert carried["base_version"] == 2 and carried["colliding"] is False
    assert "neuf mois" in carried["text"] and "Bulletin officiel" in carried["text"]
    assert [(r["from_version"], r["to_version"], r["outcome"]) for r in carried["rebases"]] == [(1, 2, "clean")]
    as_official(client)
    assert decide(client, a["id"]).status_code == 200
    text = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()["text"]
    assert "neuf mois" in text and "Bulletin officiel" in text


def test_an_official_whose_accept_meets_a_moved_text_is_told_the_passages_and_the_way_out(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    rival = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    other = adopt(services, client, bill, "six mois", "neuf mois")  # the rival is now colliding
    url = f"/amendments/{rival['id']}"
    refused = post_form(client, f"{url}/decision", {"decision": "accept", "reason": "Oui.", "next": url})
    assert refused.status_code == 303
    page = html_lib.unescape(client.get(refused.headers["location"], headers=HTML).text)
    assert "Le texte a changé entre-temps. Rechargez la page" not in page
    assert "L’amendement ne peut pas être adopté tel quel : il est écrit sur la version 1" in page
    assert f"par l’amendement {other['label']}, adopté depuis" in page
    assert "« six mois » devait devenir « un an », mais le texte dit maintenant « neuf mois »" in page
    assert "« Accepter avec un texte modifié »" in page
    # the way out works: an edited text on the current one
    kept = bill["text1"].replace("six mois", "un an et demi")
    edited = {"decision": "accept", "reason": "Oui.", "text": kept, "next": url}
    accepted = post_form(client, f"{url}/decision", edited)
    assert accepted.status_code == 303 and "problem" not in accepted.headers["location"]
    # the queue and the list say it too
    listing = f"/bills/{bill['id']}/amendments?problem=amend.error.text_moved&on={rival['id']}"
    assert "problem" in listing and client.get(listing, headers=HTML).status_code == 200


def test_the_same_amendment_sent_again_after_back_is_refused_with_a_link_to_the_first(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url, base = amend_form(client, bill)
    form = {"base_version": base, "text": bill["text1"].replace("six mois", "un an"), "justification": "Parce que."}
    assert post_form(client, url, form).status_code == 303
    (first,) = mine(client, bill)
    again = post_form(client, url, form)  # Back, then « Déposer » once more
    assert again.status_code == 409
    page = html_lib.unescape(again.text)
    assert "vous avez déjà déposé cet amendement" in page
    assert f'<a href="/amendments/{first["id"]}">Voir votre amendement {first["label"]}</a>' in page
    assert len(mine(client, bill)) == 1
    api = client.post(f"/api/bills/{bill['id']}/amendments", json={"article": bill["art1"], "text": form["text"]})
    assert api.status_code == 409 and api.json()["error"]["details"]["duplicate_of"]["id"] == first["id"]
    # another text, or someone else's same text, is no duplicate
    assert post_form(client, url, {**form, "text": bill["text1"].replace("six mois", "deux ans")}).status_code == 303
    as_user(services, client, "dominique@example.org")
    assert post_form(client, url, form).status_code == 303


def test_the_moved_text_line_in_an_address_tells_nothing_to_others(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    rival = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    adopt(services, client, bill, "six mois", "neuf mois")
    client.cookies.clear()
    for on in (rival["id"], 999_999):
        page = client.get(f"/amendments/{rival['id']}?problem=amend.error.text_moved&on={on}", headers=HTML)
        assert page.status_code == 200 and "« six mois » devait devenir" not in html_lib.unescape(page.text)
        listing = client.get(f"/bills/{bill['id']}/amendments?problem=amend.error.text_moved&on={on}", headers=HTML)
        assert listing.status_code == 200
