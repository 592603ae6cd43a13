"""Amendment pages without script: proposing by a plain form, the preview the page shows while
typing, the filtered list, and officials' decisions posted from it."""

from __future__ import annotations

import re
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendments_api import as_official, as_user, propose

HTML = {"Accept": "text/html"}


def post_form(client: TestClient, url: str, data: dict[str, str]) -> Any:
    return client.post(url, data=data, headers=HTML, follow_redirects=False)


def amendment_items(page: str) -> list[str]:
    return re.findall(r'<li class="amendment [^"]*" id="amendment-(\d+)"', page)


def test_a_citizen_proposes_through_the_form_without_script(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/bills/{bill['id']}/articles/{bill['art1']}/amend"
    form = client.get(url, headers=HTML).text
    assert 'for="proposed">Texte proposé</label>' in form and "six mois à compter" in form
    assert "Exposé des motifs" in form and "Déposer l’amendement" in form

    text = bill["text1"].replace("six mois", "un an")
    previewed = post_form(client, url, {"text": text, "justification": "Plus long.", "action": "preview"})
    assert previewed.status_code == 200
    assert "<del>six mois</del><ins>un an</ins>" in previewed.text
    assert "Au premier alinéa" in previewed.text or "six mois" in previewed.text.split("Instruction")[1]

    sent = post_form(
        client, url, {"text": text, "justification": "Plus long.", "base_version": "1", "action": "submit"}
    )
    assert sent.status_code == 303
    assert re.fullmatch(rf"/bills/{bill['id']}/articles/{bill['art1']}#amendment-\d+", sent.headers["location"])
    listed = client.get(f"/bills/{bill['id']}/amendments", params={"article": bill["art1"]}, headers=HTML).text
    assert "<del>six mois</del><ins>un an</ins>" in listed and "Plus long." in listed


def test_an_unchanged_text_is_refused_with_a_french_message_and_the_draft_kept(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/bills/{bill['id']}/articles/{bill['art1']}/amend"
    sent = post_form(client, url, {"text": bill["text1"], "justification": "Mes motifs gardés", "action": "submit"})
    assert sent.status_code == 422
    assert "Le texte proposé est celui de l’article" in sent.text and "Mes motifs gardés" in sent.text


def test_signed_out_readers_are_sent_to_sign_in_first(client: TestClient, bill: dict[str, Any]) -> None:
    client.cookies.clear()
    url = f"/bills/{bill['id']}/articles/{bill['art1']}/amend"
    response = client.get(url, headers=HTML, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/signin?next=/bills/")


def test_the_preview_shows_the_redline_the_instruction_and_who_changes_the_same_passage(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "dominique@example.org")
    other = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    as_user(services, client, "camille@example.org")
    url = f"/bills/{bill['id']}/articles/{bill['art1']}/amend/preview"
    colliding = client.post(url, json={"text": bill["text1"].replace("six mois", "un an"), "base_version": 1}).json()
    assert "<del>six mois</del><ins>un an</ins>" in colliding["html"]
    assert "six mois" in colliding["instruction"]["fr"] and "un an" in colliding["instruction"]["fr"]
    assert [c["id"] for c in colliding["collisions"]] == [other["id"]]
    assert "1 amendement en attente modifie le même passage" in colliding["html"]

    elsewhere = bill["text1"].replace("Journal officiel", "Bulletin officiel")
    apart = client.post(url, json={"text": elsewhere, "base_version": 1}).json()
    assert apart["collisions"] == [] and "même passage" not in apart["html"]
    assert client.post(url, json={"text": 42}).status_code == 422
    assert client.post(url, content=b"not json", headers={"Content-Type": "application/json"}).status_code == 422


def test_the_list_is_newest_first_filters_by_article_and_mine_and_officials_decide_from_it(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "dominique@example.org")
    theirs = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    as_user(services, client, "camille@example.org")
    mine = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    on_art2 = propose(client, bill, "Le présent article entre en vigueur le 1er juillet 2027.", article=bill["art2"])
    base = f"/bills/{bill['id']}/amendments"

    page = client.get(base, headers=HTML).text
    assert amendment_items(page) == [str(on_art2["id"]), str(mine["id"]), str(theirs["id"])]
    assert ">Rejeter<" not in page  # a citizen does not decide
    only_art1 = client.get(base, params={"article": bill["art1"]}, headers=HTML).text
    assert amendment_items(only_art1) == [str(mine["id"]), str(theirs["id"])]
    only_mine = client.get(base, params={"mine": "1"}, headers=HTML).text
    assert amendment_items(only_mine) == [str(on_art2["id"]), str(mine["id"])]

    as_official(client)
    page = client.get(base, headers=HTML).text
    assert page.count(">Accepter</button>") == 3 and page.count(">Rejeter</button>") == 3
    assert page.count(">Motif</label>") == 3
    refused = post_form(
        client, f"/amendments/{theirs['id']}/decision", {"decision": "reject", "reason": " ", "next": base}
    )
    assert refused.status_code == 303
    shown = client.get(refused.headers["location"], headers=HTML).text
    assert "Indiquez le motif de la décision." in shown

    reason = "Le délai de six mois suffit."
    done = post_form(
        client, f"/amendments/{theirs['id']}/decision", {"decision": "reject", "reason": reason, "next": base}
    )
    assert done.status_code == 303 and done.headers["location"] == f"{base}#amendment-{theirs['id']}"
    rejected = client.get(base, params={"status": "rejected"}, headers=HTML).text
    assert amendment_items(rejected) == [str(theirs["id"])]
    assert "rejeté" in rejected and reason in rejected and "Décision de Rapporteure" in rejected


def test_text_and_reasons_with_markup_are_shown_as_text(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    attack = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    propose(client, bill, bill["text1"] + "\n" + attack, justification=attack)
    page = client.get(f"/bills/{bill['id']}/amendments", headers=HTML).text
    assert "<script>alert(2)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    preview = client.post(
        f"/bills/{bill['id']}/articles/{bill['art1']}/amend/preview", json={"text": bill["text1"] + attack}
    ).json()
    assert "<script>" not in preview["html"] and "&lt;script&gt;" in preview["html"]


def test_the_amendment_pages_speak_english_when_asked(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    propose(client, bill, bill["text1"].replace("six mois", "un an"))
    client.cookies.set("drafting_lang", "en")
    listed = client.get(f"/bills/{bill['id']}/amendments", headers=HTML).text
    assert "<h1>Amendments</h1>" in listed and "Newest first" in listed and "pending" in listed
    assert "Les plus récents" not in listed and "en attente" not in listed
    form = client.get(f"/bills/{bill['id']}/articles/{bill['art1']}/amend", headers=HTML).text
    assert "Proposed text" in form and "Table the amendment" in form and "Texte proposé" not in form
    preview = client.post(
        f"/bills/{bill['id']}/articles/{bill['art1']}/amend/preview",
        json={"text": bill["text1"].replace("six mois", "trois mois")},
    ).json()
    assert "1 pending amendment changes the same passage" in preview["html"]
    assert "Amending instruction" in preview["html"]


def test_the_article_page_shows_its_amendments_pending_and_decided_with_the_reason(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    kept = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    refused = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    other = propose(client, bill, "Le présent article entre en vigueur le 1er juillet 2027.", article=bill["art2"])
    as_official(client)
    reason = "Le Journal officiel reste la référence."
    post_form(client, f"/amendments/{refused['id']}/decision", {"decision": "reject", "reason": reason, "next": "/"})
    page = client.get(f"/bills/{bill['id']}/articles/{bill['art1']}", headers=HTML).text
    slot = page.split('id="amendments"', 1)[1]
    assert f'/amendments?article={bill["art1"]}" data-pending-link>1 amendement en attente' in slot
    assert amendment_items(slot.split("Décidés", 1)[0]) == [str(kept["id"])]
    decided = slot.split("Décidés", 1)[1]
    assert amendment_items(decided) == [str(refused["id"])] and "rejeté" in decided and reason in decided
    assert str(other["id"]) not in amendment_items(slot)  # another article's
    assert slot.count(">Accepter</button>") == 1  # the official decides from the article page too
