"""The page of one amendment (`/amendments/{id}`) without script: what it says to a reader, its forms
(vote, argue, sub-amend; the author's edit and withdrawal; the official's decision), each calling the
services the API calls, and who may see what (drafts, hidden amendments)."""

from __future__ import annotations

import re
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.conftest import PASSWORD
from tests.integration.test_amendment_pages import HTML, post_form
from tests.integration.test_amendments_api import as_official, as_user, propose
from tests.integration.test_moderation import as_moderator


def page(client: TestClient, amendment_id: int) -> str:
    response = client.get(f"/amendments/{amendment_id}", headers=HTML)
    assert response.status_code == 200, response.text[:500]
    return response.text


def same_page(html: str, amendment_id: int) -> str:
    """A page with the amendment's address taken out (the language switch and sign-in links repeat it)."""
    return html.replace(f"/amendments/{amendment_id}", "/amendments/ID")


def section(html: str, name: str) -> str:
    """The HTML of the page's `<section id=name>`."""
    found = re.search(rf'\n  <section[^>]* id="{name}".*?\n  </section>', html, re.S)
    assert found, f"no section {name!r}"
    return found.group(0)


def test_a_reader_sees_what_it_changes_why_where_it_stands_and_each_text_it_had(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    first = bill["text1"].replace("six mois", "neuf mois")
    a = propose(client, bill, first, justification="Un **délai** plus long.")
    rectified = bill["text1"].replace("six mois", "un an")
    assert client.patch(f"/api/amendments/{a['id']}", json={"text": rectified}).status_code == 200
    as_user(services, client, "dominique@example.org")
    rival = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    client.cookies.clear()

    html = page(client, a["id"])
    assert re.search(rf"En discussion commune avec\s*<a href=\"/amendments/{rival['id']}\">n° 2</a>", html)
    assert "<h1>Amendement n° 1 rect.</h1>" in html
    assert re.search(rf'Modifie l’<a href="/bills/[^/"]+/articles/{bill["art1"]}">article 1er</a>', html)
    assert "Modifie l’" in html and "en attente" in html and "Déposé par Camille" in html
    changes = section(html, "changes")
    assert "<del>six mois</del><ins>un an</ins>" in changes
    instruction = re.search(r'<p class="instruction" lang="fr">([^<]+)</p>', changes)
    said = r"Au premier alinéa, les mots\W+six mois\W+sont remplacés par les mots\W+un an\W+"
    assert instruction and re.fullmatch(said, instruction.group(1))
    assert "un an à compter de la notification" in changes  # the resulting text
    assert "<strong>délai</strong>" in section(html, "justification")
    history = section(html, "history")
    assert "Amendement n° 1 rect. —" in history
    assert "texte actuel" in history
    assert "Amendement n° 1 —" in history and "<ins>neuf</ins>" in history  # the first text stays readable
    assert "Déposé par Camille" in history
    assert 'href="/signin?next=' in section(html, "votes")  # signed out: invited to sign in, no form
    assert 'action="/amendments/' not in html


def test_votes_and_arguments_from_the_page_say_which_text_they_were_cast_on(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_user(services, client, "dominique@example.org")
    url = f"/amendments/{a['id']}"
    voted = post_form(client, f"{url}/vote", {"value": "agree"})
    assert voted.status_code == 303 and voted.headers["location"] == f"{url}#votes"
    argued = post_form(client, f"{url}/argue", {"stance": "against", "body": "Un an, c’est trop long."})
    assert argued.status_code == 303 and argued.headers["location"] == f"{url}#arguments"

    as_user(services, client, "camille@example.org")
    rectified = bill["text1"].replace("six mois", "neuf mois")
    assert client.patch(f"/api/amendments/{a['id']}", json={"text": rectified}).status_code == 200
    as_user(services, client, "eve@example.org")
    post_form(client, f"{url}/vote", {"value": "disagree"})
    post_form(client, f"{url}/argue", {"stance": "for", "body": "Neuf mois, c’est juste."})

    html = page(client, a["id"])
    votes = section(html, "votes")
    assert 'Pour&nbsp;: <data value="1">1</data>' in votes and 'Contre&nbsp;: <data value="1">1</data>' in votes
    table = votes.split("<table", 1)[1]
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th>((?:<td>.*?</td>)+)</tr>', table)
    cells = {label: re.findall(r'<data value="(\d+)"', tds) for label, tds in rows}
    assert cells == {"n° 1": ["1", "0", "0"], "n° 1 rect.": ["0", "1", "0"]}  # pour, contre, abstention
    arguments = section(html, "arguments")
    assert re.search(r"trop long.*?sur le texte n° 1<", arguments, re.S)
    assert re.search(r"c’est juste.*?sur le texte n° 1 rect\.<", arguments, re.S)
    assert 'aria-pressed="true">Contre<' in votes

    retracted = post_form(client, f"{url}/vote", {"value": "retract"})
    assert retracted.status_code == 303
    eve = services.accounts.sign_in("eve@example.org", PASSWORD)[1]
    assert services.votes.mine(eve, bill["id"], "amendment") == {}


def test_an_empty_argument_and_a_vote_on_a_decided_amendment_are_refused_with_a_message(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    url = f"/amendments/{a['id']}"
    empty = post_form(client, f"{url}/argue", {"stance": "for", "body": "   "})
    assert empty.status_code == 422 and "Écrivez votre argument" in empty.text
    assert 'href="#argument-body"' in empty.text  # the error summary leads to the field

    as_official(client)
    rejected = post_form(client, f"{url}/decision", {"decision": "reject", "reason": "Non.", "next": url})
    assert rejected.status_code == 303
    as_user(services, client, "camille@example.org")
    late = post_form(client, f"{url}/vote", {"value": "agree"})
    assert late.status_code == 409 and "ne reçoit plus de votes" in late.text
    html = page(client, a["id"])
    assert f'action="{url}/vote"' not in html and f'action="{url}/argue"' not in html
    assert f'action="{url}/subamend"' not in html and f'action="{url}/edit"' not in html
    outcome = html.split('aria-labelledby="outcome-title"', 1)[1].split("</section>", 1)[0]
    assert "Rejeté le" in outcome and "par Rapporteure" in outcome and "Non." in outcome


def test_a_citizen_sub_amends_from_the_page_by_editing_the_amendments_text(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    parent = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_user(services, client, "dominique@example.org")
    html = page(client, parent["id"])
    subs = section(html, "sub-amendments")
    assert "Aucun sous-amendement." in subs and "Sous-amender" in subs
    assert "un an à compter de la notification" in subs  # the form starts from the parent's proposal

    url = f"/amendments/{parent['id']}/subamend"
    same = post_form(client, url, {"text": bill["text1"].replace("six mois", "un an"), "justification": "Gardé"})
    assert same.status_code == 422 and "Le sous-amendement doit changer" in same.text and "Gardé" in same.text

    text = bill["text1"].replace("six mois", "un an et demi")
    sent = post_form(client, url, {"text": text, "justification": "Un compromis."})
    assert sent.status_code == 303
    child_id = int(sent.headers["location"].rsplit("/", 1)[1])
    child = page(client, child_id)
    assert "<h1>Sous-amendement n° 2</h1>" in child
    assert f'<a href="/amendments/{parent["id"]}">amendement n° 1</a>' in child
    assert "un an <ins>et demi </ins>à compter" in section(child, "changes")
    assert services.amendments.get(None, child_id)["parent"] == parent["id"]  # the API's path
    listed = section(page(client, parent["id"]), "sub-amendments")
    assert f'<a href="/amendments/{child_id}">Sous-amendement n° 2</a>' in listed and "Dominique" in listed

    as_official(client)  # accepting it rewrites the parent's text, which stays pending
    assert "Accepter reporte ce texte dans l’amendement n° 1" in section(page(client, child_id), "decide")
    url = f"/amendments/{child_id}"
    accepted = post_form(client, f"{url}/decision", {"decision": "accept", "reason": "Compromis.", "next": url})
    assert accepted.status_code == 303
    parent_now = services.amendments.get(None, parent["id"])
    assert parent_now["status"] == "submitted" and "un an et demi" in parent_now["text"]


def test_the_author_rectifies_after_being_told_and_withdraws_with_a_reason(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    url = f"/amendments/{a['id']}"
    html = page(client, a["id"])
    tools = section(html, "author-tools")
    assert "changer son texte le rectifie" in tools and "deviendra l’amendement n° 1 rect." in tools
    assert "Rectifier l’amendement" in tools and "Retirer l’amendement" in tools

    as_user(services, client, "dominique@example.org")
    assert "author-tools" not in page(client, a["id"])
    other = post_form(client, f"{url}/edit", {"text": "Autre chose."})
    assert other.status_code == 403
    assert post_form(client, f"{url}/withdraw", {"confirm": "1"}).status_code == 403

    as_user(services, client, "camille@example.org")
    edited = post_form(
        client, f"{url}/edit", {"text": bill["text1"].replace("six mois", "dix-huit mois"), "justification": "Mieux."}
    )
    assert edited.status_code == 303
    html = page(client, a["id"])
    assert "<h1>Amendement n° 1 rect.</h1>" in html and "dix-huit mois à compter" in section(html, "changes")
    empty = post_form(client, f"{url}/edit", {"text": ""})
    assert empty.status_code == 422 and "Le texte proposé doit changer" in empty.text

    unconfirmed = post_form(client, f"{url}/withdraw", {"reason": "Je me suis trompé."})
    assert unconfirmed.status_code == 422 and "Cochez la case" in unconfirmed.text
    assert "Je me suis trompé." in unconfirmed.text  # kept
    done = post_form(client, f"{url}/withdraw", {"reason": "Je me suis trompé.", "confirm": "1"})
    assert done.status_code == 303
    html = page(client, a["id"])
    assert "Retiré par son auteur le" in html and "Je me suis trompé." in html
    assert "author-tools" not in html and services.amendments.get(None, a["id"])["status"] == "withdrawn"


def test_a_draft_is_its_authors_alone_and_a_404_to_others_exactly_as_a_missing_id(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    draft = propose(client, bill, bill["text1"].replace("six mois", "BROUILLONSECRET"), draft=True)
    html = page(client, draft["id"])
    assert "Ce brouillon n’est visible que par vous" in html and "Enregistrer et déposer" in html
    assert 'id="votes"' not in html and 'id="comments"' not in html  # nothing to vote on or discuss yet

    missing = 2_000_000_000
    for who in (None, "dominique@example.org", "rapporteure@example.org"):
        client.cookies.clear()
        if who == "rapporteure@example.org":
            as_official(client)
        elif who:
            as_user(services, client, who)
        hidden_one = client.get(f"/amendments/{draft['id']}", headers=HTML)
        unknown = client.get(f"/amendments/{missing}", headers=HTML)
        assert hidden_one.status_code == unknown.status_code == 404
        assert same_page(hidden_one.text, draft["id"]) == same_page(unknown.text, missing)  # but for the address
        assert "BROUILLONSECRET" not in hidden_one.text
        for action, data in (("vote", {"value": "agree"}), ("argue", {"stance": "for", "body": "Oui"})):
            mine = post_form(client, f"/amendments/{draft['id']}/{action}", data)
            nobody = post_form(client, f"/amendments/{missing}/{action}", data)
            if who is None:  # signed out: asked to sign in, whether the amendment exists or not
                assert mine.status_code == nobody.status_code == 303
                assert mine.headers["location"].replace(str(draft["id"]), "") == nobody.headers["location"].replace(
                    str(missing), ""
                )
            else:
                assert mine.status_code == nobody.status_code == 404
                assert same_page(mine.text, draft["id"]) == same_page(nobody.text, missing)
        if who is not None:
            data = {"text": "Un texte.", "justification": ""}
            mine = post_form(client, f"/amendments/{draft['id']}/subamend", data)
            nobody = post_form(client, f"/amendments/{missing}/subamend", data)
            assert mine.status_code == nobody.status_code == 404
            assert same_page(mine.text, draft["id"]) == same_page(nobody.text, missing)

    as_user(services, client, "camille@example.org")
    submitted = post_form(
        client, f"/amendments/{draft['id']}/edit", {"text": draft["text"], "justification": "", "action": "submit"}
    )
    assert submitted.status_code == 303 and services.amendments.get(None, draft["id"])["status"] == "submitted"


def test_a_hidden_amendment_is_masked_and_nobody_builds_on_it(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "hortense@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "MOTCACHE"), justification="JUSTIFCACHEE")
    as_moderator(services, client)
    hide = {"type": "amendment", "id": a["id"], "action": "hide", "reason": "hors sujet"}
    hidden = client.post("/api/moderation", json=hide)
    assert hidden.status_code == 200
    for who in (None, "victor@example.org", "hortense@example.org"):
        client.cookies.clear()
        if who:
            as_user(services, client, who)
        html = page(client, a["id"])
        assert "MOTCACHE" not in html and "JUSTIFCACHEE" not in html and "Hortense" not in html.split("</header>", 1)[1]
        assert "masqué par la modération" in html and "hors sujet" in html
        assert f'action="/amendments/{a["id"]}/vote"' not in html and "Sous-amender" not in html
        assert f'action="/amendments/{a["id"]}/comment"' not in html
    as_user(services, client, "victor@example.org")
    refused = post_form(client, f"/amendments/{a['id']}/vote", {"value": "agree"})
    assert refused.status_code == 409 and "masqué par la modération" in refused.text


def test_an_official_accepts_with_an_edited_text_and_a_label_or_is_asked_for_a_reason(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    assert "Décider" not in page(client, a["id"])
    as_official(client)
    url = f"/amendments/{a['id']}"
    html = page(client, a["id"])
    decide = section(html, "decide")
    assert f'action="{url}/decision"' in decide and f'name="next" value="{url}"' in decide
    assert "Accepter avec un texte modifié" in decide and "Libellé de la nouvelle version" in decide

    no_reason = post_form(client, f"{url}/decision", {"decision": "accept", "reason": "", "next": url})
    assert no_reason.status_code == 303
    assert "Indiquez le motif de la décision." in client.get(no_reason.headers["location"], headers=HTML).text

    kept = bill["text1"].replace("six mois", "un an et un jour")
    accepted = post_form(
        client,
        f"{url}/decision",
        {"decision": "accept", "reason": "Oui.", "text": kept, "label": "texte de la commission", "next": url},
    )
    assert accepted.status_code == 303 and accepted.headers["location"] == f"{url}#amendment-{a['id']}"
    html = page(client, a["id"])
    assert "Adopté le" in html and '<q class="reason">Oui.</q>' in html and "version 2 du texte" in html
    versions = services.bills.versions(bill["id"])
    assert versions[-1]["label"] == "texte de la commission"
    assert "un an et un jour" in services.bills.article(bill["id"], bill["art1"])["text"]
    assert 'id="decide"' not in html


def test_the_page_speaks_english_and_every_list_links_to_it(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    link = f'<a href="/amendments/{a["id"]}">'
    assert link in client.get(f"/bills/{bill['id']}/amendments", headers=HTML).text
    assert link in client.get(f"/bills/{bill['id']}/articles/{bill['art1']}", headers=HTML).text
    assert link in client.get("/me", headers=HTML).text
    as_official(client)
    slug = services.bills.detail(bill["id"])["slug"]
    assert link in client.get(f"/bills/{slug}/queue", headers=HTML).text

    as_user(services, client, "camille@example.org")
    client.cookies.set("drafting_lang", "en")
    html = page(client, a["id"])
    assert "<h1>Amendment no. 1</h1>" in html and "Statement of reasons" in html and "Withdraw the amendment" in html
    assert "What the amendment proposes" in html and "Tabled by Camille" in html
    assert "Déposé" not in html and "Retirer" not in html


def test_a_new_article_and_a_deletion_read_as_what_they_do(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/api/bills/{bill['id']}/amendments"
    body = {"kind": "insert", "after": bill["art1"], "num": "1er bis", "heading": "Publicité", "text": "Un texte neuf."}
    inserted = client.post(url, json=body).json()
    deleted = client.post(url, json={"kind": "delete", "article": bill["art2"], "justification": "Inutile."}).json()

    html = page(client, inserted["id"])
    assert re.search(r"Insère un article 1er bis après l’<a href=\"[^\"]+/articles/art_1\">article 1er</a>", html)
    changes = section(html, "changes")
    assert "Article 1er bis — Publicité" in changes and "Un texte neuf." in changes
    assert "inséré un article 1er bis" in changes  # the instruction
    assert 'id="edit-heading"' in section(html, "author-tools")  # a new article's heading is the author's

    html = page(client, deleted["id"])
    assert re.search(r"Supprime l’<a href=\"[^\"]+/articles/art_2\">article 2</a>", html)
    changes = section(html, "changes")
    assert "L’article serait supprimé." in changes and "Cet article est supprimé." in changes
    tools = section(html, "author-tools")
    assert 'id="edit-text"' not in tools and 'id="edit-justification"' in tools  # nothing to rewrite but the reasons
    assert "Sous-amender" not in html  # a deletion proposes no text to change


def test_the_amendment_has_its_discussion_with_replies(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    a = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    url = f"/amendments/{a['id']}"
    as_user(services, client, "dominique@example.org")
    said = post_form(client, f"{url}/comment", {"body": "Pourquoi *un an* ?"})
    assert said.status_code == 303 and said.headers["location"] == f"{url}#comments"
    question = services.comments.thread("amendment", str(a["id"]))["items"][0]
    as_user(services, client, "camille@example.org")
    answer = post_form(client, f"{url}/comment", {"body": "Comme en matière civile.", "reply_to": str(question["id"])})
    assert answer.status_code == 303
    empty = post_form(client, f"{url}/comment", {"body": " "})
    assert empty.status_code == 422 and "Écrivez votre commentaire." in empty.text

    discussion = section(page(client, a["id"]), "comments")
    assert "Pourquoi <em>un an</em> ?" in discussion and "Dominique" in discussion
    assert re.search(r'class="comment reply" id="comment-\d+">\s*<div class="comment-body"><p>Comme en', discussion)
    assert "Réponse à Dominique" in discussion  # one can answer each comment
