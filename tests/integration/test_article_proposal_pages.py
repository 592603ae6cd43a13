"""Proposing a new article and an article's deletion through the pages, without script: the forms,
their previews, their refusals in plain words (number taken, empty text, signed out, consultation
closed) with what was typed kept, and the amendments list and the official's queue showing them."""

from __future__ import annotations

import re
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendment_pages import HTML, amendment_items, post_form
from tests.integration.test_amendments_api import as_official, as_user

CHAPTERS = """# Projet de loi relatif aux chapitres

## Chapitre Ier — Dispositions générales

### Article 1er

Le présent chapitre s'applique à tous.

## Chapitre II — Dispositions finales

### Article 2

La présente loi entre en vigueur le 1er janvier 2027.
"""


def new_article_url(bill: dict[str, Any], **where: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in where.items())
    return f"/bills/{bill['id']}/new-article" + (f"?{query}" if query else "")


def fields_of(page: str) -> dict[str, str]:
    """The hidden inputs of the page's form, to post as the browser would."""
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', page))


def test_a_citizen_proposes_a_new_article_after_another_and_lands_on_it(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    page = client.get(new_article_url(bill, after=bill["art1"]), headers=HTML).text
    assert "Proposer un article additionnel" in page
    assert "entre l’article 1er et l’article 2" in page
    assert 'value="1er bis"' in page  # suggested as Parliament numbers them, editable
    assert '<label for="new-num">Numéro de l’article</label>' in page

    form = {**fields_of(page), "num": "1er bis", "heading": "Recours gracieux"}
    form |= {"text": "Un recours gracieux est possible.\n\nIl suspend le délai.", "justification": "Plus simple."}
    previewed = post_form(client, new_article_url(bill), {**form, "action": "preview"})
    assert previewed.status_code == 200
    assert "Article 1er bis — Recours gracieux" in previewed.text
    assert '<li class="alinea">Il suspend le délai.</li>' in previewed.text
    assert "Après l&#39;article 1er, il est inséré un article 1er bis ainsi rédigé" in previewed.text

    sent = post_form(client, new_article_url(bill), {**form, "action": "submit"})
    assert sent.status_code == 303
    landing = sent.headers["location"]
    assert re.fullmatch(r"/amendments/\d+", landing)  # its own page
    shown = client.get(landing, headers=HTML).text
    assert "Il suspend le délai." in shown and "Plus simple." in shown
    listed = client.get(f"/bills/{bill['id']}/amendments", params={"article": bill["art1"]}, headers=HTML).text
    assert "Article 1er bis (nouveau) — Recours gracieux" in listed and "Il suspend le délai." in listed
    created = client.get(f"/api/amendments/{landing.rsplit('/', 1)[1]}").json()
    assert (created["kind"], created["after"], created["num"], created["status"]) == (
        "insert",
        bill["art1"],
        "1er bis",
        "submitted",
    )


def test_a_number_already_in_the_text_is_refused_in_plain_words_and_the_typing_kept(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    page = client.get(new_article_url(bill, after=bill["art1"]), headers=HTML).text
    form = {**fields_of(page), "num": "2", "text": "Mon article à moi.", "justification": "Mes raisons."}
    refused = post_form(client, new_article_url(bill), form)
    assert refused.status_code == 409
    assert "Le texte a déjà un article 2 : choisissez un autre numéro, par exemple « 1er bis »." in refused.text
    assert 'id="new-num-error"' in refused.text and 'aria-describedby="new-num-hint new-num-error"' in refused.text
    assert '<a href="#new-num">' in refused.text  # the summary leads to the field
    assert "Mon article à moi." in refused.text and "Mes raisons." in refused.text
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []


def test_an_empty_text_and_a_missing_number_are_said_at_their_fields(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    page = client.get(new_article_url(bill, after=bill["art2"]), headers=HTML).text
    refused = post_form(client, new_article_url(bill), {**fields_of(page), "num": " ", "text": "\n \n"})
    assert refused.status_code == 422
    assert "Écrivez le texte du nouvel article." in refused.text
    assert "Indiquez le numéro du nouvel article, par exemple « 2 bis »." in refused.text
    assert 'id="new-text" name="text"' in refused.text and 'aria-invalid="true"' in refused.text
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []


def test_the_preview_while_typing_warns_of_a_taken_number(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    url = f"/bills/{bill['id']}/new-article/preview"
    taken = client.post(url, json={"after": bill["art1"], "num": "2", "text": "Un texte."}).json()
    assert taken["taken"] is True and "l’article 2 existe déjà" in taken["html"]
    free = client.post(url, json={"after": bill["art1"], "num": "1er bis", "text": "Un.\n\nDeux."}).json()
    assert free["taken"] is False and '<li class="alinea">Deux.</li>' in free["html"]
    client.cookies.set("drafting_lang", "en")
    english = client.post(url, json={"after": bill["art1"], "num": "1er bis", "text": "Un."}).json()
    assert "After article 1er, the following article 1er bis is inserted" in english["html"]
    assert "The article as it would read" not in english["html"] and "Article 1er bis" in english["html"]


def test_a_new_article_at_the_start_of_a_chapter(services: Services, client: TestClient, official: Any) -> None:
    created = client.post("/api/bills", json={"source": CHAPTERS, "label": "texte soumis"}).json()
    assert client.patch(f"/api/bills/{created['id']}", json={"status": "open"}).status_code == 200
    tree = client.get(f"/api/bills/{created['id']}").json()["tree"]
    chapter2 = tree["children"][1]["eid"]
    bill_page = client.get(f"/bills/{created['id']}", headers=HTML).text
    assert f'<option value="{chapter2}">Au début : Chapitre II — Dispositions finales</option>' in bill_page

    as_user(services, client, "camille@example.org")
    chosen = client.get(f"/bills/{created['id']}/new-article", params={"place": chapter2}, headers=HTML)
    assert "au début de : Chapitre II — Dispositions finales" in chosen.text
    assert 'value="2 A"' in chosen.text  # before its first article, article 2
    form = {**fields_of(chosen.text), "num": "2 A", "text": "Un article liminaire du chapitre."}
    sent = post_form(client, f"/bills/{created['id']}/new-article", form)
    assert sent.status_code == 303
    amendment = client.get(f"/api/amendments/{sent.headers['location'].rsplit('/', 1)[1]}").json()
    assert amendment["division"] == chapter2 and amendment["after"] is None
    assert "Au début du chapitre II" in amendment["instruction"]["fr"]

    as_official(client)  # the official's queue has a place for new articles that follow no article
    queue = client.get(f"/bills/{created['id']}/queue", headers=HTML).text
    assert '/queue?article=start" aria-current="page">' in queue
    assert "Nouveaux articles en tête de division</a> (1)" in queue
    assert amendment_items(queue) == [str(amendment["id"])]
    assert "Article 2 A (nouveau)" in queue


def test_a_citizen_proposes_to_delete_an_article_with_a_reason(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    client.post(
        f"/api/bills/{bill['id']}/amendments",
        json={"article": bill["art2"], "text": "Le présent article entre en vigueur demain."},
    )
    url = f"/bills/{bill['id']}/articles/{bill['art2']}/deletion"
    page = client.get(url, headers=HTML).text
    assert "Proposer la suppression de l’article 2" in page
    assert "Le présent article entre en vigueur le 1er janvier 2027." in page  # the article as it stands
    assert "Si elle est adoptée, l’article 2 sera retiré du texte." in page
    assert "1 amendement en attente sur cet article tomberait alors." in page

    unexplained = post_form(client, url, {**fields_of(page), "justification": "  "})
    assert unexplained.status_code == 422
    assert "Expliquez pourquoi cet article devrait être supprimé." in unexplained.text

    sent = post_form(client, url, {**fields_of(page), "justification": "Il est **inutile**."})
    assert sent.status_code == 303
    landing = sent.headers["location"]
    assert re.fullmatch(r"/amendments/\d+", landing)
    assert "<strong>inutile</strong>" in client.get(landing, headers=HTML).text
    listed = client.get(f"/bills/{bill['id']}/amendments", params={"article": bill["art2"]}, headers=HTML).text
    assert "Suppression de l’article 2" in listed and "Cet article est supprimé." in listed
    assert "<strong>inutile</strong>" in listed
    again = client.get(url, headers=HTML).text  # the next reader is pointed at it before tabling another
    assert "La suppression de cet article est déjà proposée" in again
    assert f'<a href="{landing}">n° 2</a>' in again


def test_signed_out_readers_are_sent_to_sign_in_and_come_back(client: TestClient, bill: dict[str, Any]) -> None:
    client.cookies.clear()
    for url in (new_article_url(bill, after=bill["art1"]), f"/bills/{bill['id']}/articles/{bill['art1']}/deletion"):
        response = client.get(url, headers=HTML, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/signin?next=/bills/")
    posted = post_form(client, new_article_url(bill), {"after": bill["art1"], "num": "1er bis", "text": "Un."})
    assert posted.status_code == 303 and posted.headers["location"].startswith("/signin?next=")
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []


def test_once_the_consultation_is_closed_the_forms_say_so_and_keep_the_typing(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    page = client.get(new_article_url(bill, after=bill["art1"]), headers=HTML).text
    deletion_page = client.get(f"/bills/{bill['id']}/articles/{bill['art2']}/deletion", headers=HTML).text
    as_official(client)
    assert client.patch(f"/api/bills/{bill['id']}", json={"status": "closed"}).status_code == 200
    as_user(services, client, "camille@example.org")

    shown = client.get(new_article_url(bill, after=bill["art1"]), headers=HTML).text
    assert "La consultation n’accepte pas de contributions en ce moment." in shown and "<textarea" not in shown
    form = {**fields_of(page), "num": "1er bis", "text": "Mon texte gardé.", "justification": "Mes raisons."}
    refused = post_form(client, new_article_url(bill), form)
    assert refused.status_code == 403
    assert "La consultation n’accepte pas de contributions en ce moment" in refused.text
    assert "Mon texte gardé." in refused.text and "Mes raisons." in refused.text
    url = f"/bills/{bill['id']}/articles/{bill['art2']}/deletion"
    refused = post_form(client, url, {**fields_of(deletion_page), "justification": "Inutile."})
    assert refused.status_code == 403 and "Inutile." in refused.text
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []


def test_the_queue_and_the_article_list_show_new_articles_and_deletions(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/api/bills/{bill['id']}/amendments"
    added = client.post(url, json={"kind": "insert", "after": bill["art1"], "num": "1er bis", "text": "Nouveau."})
    deleted = client.post(url, json={"kind": "delete", "article": bill["art1"], "justification": "Inutile."})
    ids = {added.json()["id"], deleted.json()["id"]}
    as_official(client)
    queue = client.get(f"/bills/{bill['id']}/queue", params={"article": bill["art1"]}, headers=HTML).text
    assert {int(i) for i in amendment_items(queue)} == ids  # the count the queue gives, and its items
    assert "Article 1er bis (nouveau)" in queue and "Suppression de l’article 1er" in queue
    assert "Texte supprimé" in queue and "<del>Le délai de recours est de six mois" in queue
    listed = client.get(f"/bills/{bill['id']}/amendments", params={"article": bill["art1"]}, headers=HTML).text
    assert {int(i) for i in amendment_items(listed)} == ids
