"""What Parliament did with the amendments an official imports: its outcome closes what it closed there,
a sub-amendment is read on the amendment it changes, and an « article additionnel » is a new article.
Through the real app (the import API and page, the lists, the amendment's page) on the real database."""

from __future__ import annotations

import re
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.integration.test_amendments_api import as_official, as_user
from tests.integration.test_parliament_pages import HTML, ONE_YEAR, listing, text_of, upload

JSON = {"Content-Type": "application/json"}


def row(numero: str, sort: str | None = "Adopté", **more: Any) -> dict[str, Any]:
    base = {"numero": numero, "sujet": "Article 1er", "texte": ONE_YEAR, "signataires": "M. Petit",
            "expose": f"Exposé {numero}.", "date": "2013-06-20"}  # fmt: skip
    return {**base, **({"sort": sort} if sort else {}), **more}


def imported(client: TestClient, bill: dict[str, Any], *rows: dict[str, Any]) -> dict[str, Any]:
    done = client.post(f"/api/bills/{bill['id']}/amendments/import", content=listing(*rows), headers=JSON)
    assert done.status_code == 200, done.text
    return dict(done.json())


def stored(client: TestClient, bill: dict[str, Any], **params: str) -> dict[str, dict[str, Any]]:
    """The bill's amendments by number in Parliament."""
    items = client.get(f"/api/bills/{bill['id']}/amendments", params={"per_page": "100", **params}).json()["items"]
    return {a["parliament_number"]: a for a in items}


# --- 1. Parliament's outcome ----------------------------------------------------------------------------


def test_what_parliament_rejected_withdrew_or_let_fall_comes_in_closed_and_out_of_the_queue(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    sorts = {"30": "Rejeté", "31": "Tombe", "32": "Retiré", "33": "Non soutenu", "34": "Irrecevable",
             "35": "Satisfait ou sans objet", "36": "Adopté", "37": "Indéfini", "38": None}  # fmt: skip
    report = imported(client, bill, *[row(n, s) for n, s in sorts.items()])
    assert report["applied"] == ["36", "37", "38"] and report["flagged"] == {}
    assert report["ended"] == {"30": "rejected", "31": "fallen", "32": "withdrawn", "33": "withdrawn",
                               "34": "rejected", "35": "fallen"}  # fmt: skip
    everything = stored(client, bill)
    assert {n: a["status"] for n, a in everything.items()} == {**report["ended"], **dict.fromkeys(["36", "37", "38"],
                                                                "submitted")}  # fmt: skip
    # each with its redline: read and applied, only closed
    changed = bill["text1"].replace("six mois", "un an")
    assert all(a["text"] == changed for a in everything.values())
    # out of the officials' queue: pending are only those an official decides on
    assert set(stored(client, bill, status="submitted")) == {"36", "37", "38"}
    assert set(stored(client, bill, status="rejected")) == {"30", "34"}
    assert set(stored(client, bill, status="withdrawn")) == {"32", "33"}
    queue = client.get(f"/bills/{bill['id']}/queue", headers=HTML).text
    for closed in report["ended"]:
        assert f'href="/amendments/{everything[closed]["id"]}"' not in queue
    # the list filtered by status shows them readably: Parliament's outcome, the redline
    rejected = text_of(client.get(f"/bills/{bill['id']}/amendments", params={"status": "rejected"}, headers=HTML).text)
    assert "Sort au Parlement : Rejeté" in rejected and "Sort au Parlement : Irrecevable" in rejected
    assert "Rejeté au Parlement ; importé clos le 20 juin 2013 par Rapporteure" in rejected
    assert "Déclaré irrecevable au Parlement ; importé clos le 20 juin 2013" in rejected
    assert "Décision de" not in rejected  # no one here decided it

    # its page: closed by the import with Parliament's outcome, the history saying so in one step
    page = client.get(f"/amendments/{everything['30']['id']}", headers=HTML)
    assert page.status_code == 200
    seen = text_of(page.text)
    assert "Rejeté au Parlement ; importé clos le 20 juin 2013 par Rapporteure" in seen
    assert "<del>six mois</del><ins>un an</ins>" in page.text
    assert re.search(r"importé par Rapporteure :\s*<q>Rejeté au Parlement</q>", page.text)
    assert "Rejeté par Rapporteure" not in seen and "Brouillon" not in seen
    english_page = client.get(f"/amendments/{everything['31']['id']}", headers={**HTML, "Accept-Language": "en"})
    english = text_of(english_page.text)
    assert "Fell in Parliament; imported closed on" in english and "Outcome in Parliament: Fell" in english
    assert "Tabled in Parliament (no. 31); imported by Rapporteure:" in english

    # public, like everything tabled in Parliament: a citizen sees the withdrawn ones too
    as_user(services, client, "camille@example.org")
    assert client.get(f"/api/amendments/{everything['32']['id']}").json()["status"] == "withdrawn"
    assert client.get(f"/amendments/{everything['33']['id']}", headers=HTML).status_code == 200
    assert set(stored(client, bill)) == set(sorts)
    # and an official cannot decide what Parliament closed
    as_official(client)
    decided = client.post(f"/api/amendments/{everything['30']['id']}/decision", json={"decision": "accept",
                          "reason": "Oui."})  # fmt: skip
    assert decided.status_code == 409


def test_one_parliament_closed_that_the_parser_cannot_read_is_closed_too_with_why_and_nothing_to_write(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    unreadable = row("COM-9", "Rejeté", texte="Alinéa 9\n\nSupprimer cet alinéa.")
    report = imported(client, bill, unreadable, row("COM-10", "Adopté", texte="Alinéa 9\n\nSupprimer cet alinéa."))
    assert report["ended"] == {"COM-9": "rejected"} and list(report["flagged"]) == ["COM-10"]
    everything = stored(client, bill)
    closed = everything["COM-9"]
    assert closed["status"] == "rejected" and closed["text"] == closed["base_text"]
    why = "À vérifier : instruction « Supprimer cet alinéa. » : l’article n’a pas d’alinéa 9"
    assert why in closed["justification"]
    # not among the drafts to check: nothing for anyone to write out
    queue = client.get(f"/bills/{bill['id']}/queue", headers=HTML).text
    to_check = queue.split('id="to-check"')[1].split("</section>")[0]
    assert f'href="/amendments/{everything["COM-10"]["id"]}"' in to_check
    assert f'href="/amendments/{closed["id"]}"' not in to_check
    page = client.get(f"/amendments/{closed['id']}", headers=HTML)
    seen = text_of(page.text)
    assert "L’import n’a pas pu lire ses instructions ; clos au Parlement, il n’est pas à rédiger." in seen
    assert "l’article n’a pas d’alinéa 9" in seen and 'class="to-check-banner"' not in page.text
    assert 'id="edit-text"' not in page.text and "[…" not in seen
    listed = text_of(client.get(f"/bills/{bill['id']}/amendments", params={"status": "rejected"}, headers=HTML).text)
    assert "À vérifier" not in listed and "Rejeté au Parlement" in listed


# --- 2. sub-amendments ----------------------------------------------------------------------------------


def test_a_sub_amendment_is_read_on_its_parents_text_and_stored_as_the_api_makes_one(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    words = "Remplacer les mots :\n\n« un an »\n\npar les mots :\n\n« deux ans »"
    sub = row("40", "Adopté", sous_amendement_de="7", texte=words)
    unreadable = row("41", "Adopté", sous_amendement_de="7", texte="Alinéa 3\n\nSupprimer cet alinéa.")
    orphan = row("42", "Adopté", sous_amendement_de="99")
    # listed before their parent: the parent comes in first all the same
    report = imported(client, bill, sub, unreadable, orphan, row("7", "Adopté"))
    assert report["applied"] == ["7", "40"]
    assert set(report["flagged"]) == {"41", "42"}
    assert report["flagged"]["42"] == "a sub-amendment of amendment 99"
    assert "alinéa 3" in report["flagged"]["41"]
    everything = stored(client, bill)
    parent, child = everything["7"], everything["40"]
    one_year = bill["text1"].replace("six mois", "un an")
    assert parent["text"] == one_year and parent["parent"] is None
    assert child["parent"] == parent["id"] and child["parent_number"] == 7 and child["kind"] == "modify"
    assert child["status"] == "submitted" and child["article"] == parent["article"]
    assert child["base_text"] == one_year and child["text"] == bill["text1"].replace("six mois", "deux ans")
    # one that cannot be read: a draft sub-amendment of its parent, for a human, the parser's reason given
    drafts = stored(client, bill, status="draft")
    assert drafts["41"]["parent"] == parent["id"] and drafts["41"]["text"] == one_year
    # one whose parent is not in the bill: kept on the article, as before
    assert drafts["42"]["parent"] is None and drafts["42"]["article"] == bill["art1"]
    # an official writes out the draft sub-amendment on its parent's text and tables it
    written = one_year.replace("La décision", "La décision motivée")
    edited = client.patch(f"/api/amendments/{drafts['41']['id']}", json={"text": written, "submit": True})
    assert edited.status_code == 200, edited.text
    made = edited.json()
    assert (made["status"], made["parent"], made["text"]) == ("submitted", parent["id"], written)
    # the amendment's page lists its sub-amendment; the sub-amendment's page names its parent
    page = text_of(client.get(f"/amendments/{parent['id']}", headers=HTML).text)
    assert "n° 40" in page
    child_page = client.get(f"/amendments/{child['id']}", headers=HTML)
    assert child_page.status_code == 200 and f'href="/amendments/{parent["id"]}"' in child_page.text
    assert "<del>un an</del><ins>deux ans</ins>" in child_page.text
    # the official accepts the sub-amendment into its parent's text, as any sub-amendment
    accepted = client.post(f"/api/amendments/{child['id']}/decision", json={"decision": "accept", "reason": "Oui."})
    assert accepted.status_code == 200, accepted.text
    assert client.get(f"/api/amendments/{parent['id']}").json()["text"] == bill["text1"].replace("six mois", "deux ans")


def test_a_sub_amendment_finds_a_parent_imported_earlier_and_falls_with_one_parliament_closed(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    imported(client, bill, row("7", "Adopté"), row("8", "Rejeté"))
    words = "Remplacer les mots :\n\n« un an »\n\npar les mots :\n\n« deux ans »"
    report = imported(client, bill, row("50", "Adopté", sous_amendement_de="7", texte=words),
                      row("51", "Adopté", sous_amendement_de="8", texte=words),
                      row("52", "Rejeté", sous_amendement_de="7", texte=words))  # fmt: skip
    assert report["applied"] == ["50"] and report["ended"] == {"51": "fallen", "52": "rejected"}
    everything = stored(client, bill)
    assert everything["50"]["parent"] == everything["7"]["id"]
    assert everything["51"]["parent"] == everything["8"]["id"] and everything["51"]["status"] == "fallen"
    assert everything["52"]["parent"] == everything["7"]["id"]
    page = text_of(client.get(f"/amendments/{everything['51']['id']}", headers=HTML).text)
    assert "Tombé : l’amendement qu’il modifie n’est plus en discussion" in page


# --- 3. articles additionnels -----------------------------------------------------------------------------


def test_an_additional_article_in_the_usual_form_is_a_new_article_where_it_says(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    after = row("60", "Adopté", sujet="Article additionnel après l'article 1er", texte=(
        "<p>Après l’article 1<sup>er</sup>, insérer un article additionnel ainsi rédigé :</p>"
        "<p>« Le recours est gratuit. »</p><p>« Il est ouvert à tous. »</p>"))  # fmt: skip
    before = row("61", "Rejeté", sujet="Article additionnel avant l'article 2", texte=(
        "<p>Avant l'article 2</p><p>Insérer un article additionnel ainsi rédigé :</p>"
        "<p>Le délai est franc.</p>"))  # fmt: skip
    odd = row("62", "Adopté", sujet="Article additionnel après l'article 2", texte="<p>Insérer l'article suivant :</p>"
              "<p>Le présent article est curieux.</p>")  # fmt: skip
    first = row("63", "Adopté", sujet="Article additionnel avant l'article 1er", texte=(
        "<p>Avant l'article 1er, insérer un article additionnel ainsi rédigé :</p><p>« Premier. »</p>"))  # fmt: skip
    refused = row("66", "Adopté", sujet="Article additionnel après l'article 2", texte=(
        "Après l'article 2, insérer un article additionnel ainsi rédigé :\n\nAu premier alinéa, après les mots : "
        "« et concourt »\n\nInsérer les mots : « à leur réussite »"))  # fmt: skip
    title = row("64", "Adopté", sujet="Intitulé du projet de loi", texte="Rédiger ainsi l'intitulé : « Loi »")
    division = row("65", "Adopté", sujet="Division additionnelle après l'article 2", texte="Insérer une division …")
    report = imported(client, bill, after, before, odd, first, title, division, refused)
    assert report["applied"] == ["60"] and report["ended"] == {"61": "rejected"}
    # the parser's refusal said of the words tabled
    assert report["flagged"].pop("66").startswith(
        "amendment 66 « Après l'article 2, insérer un article additionnel ainsi rédigé : « Au premier alinéa")
    assert report["flagged"] == {
        "62": "not the usual form « Après l'article N, insérer un article additionnel ainsi rédigé : »"}
    assert report["skipped"] == {
        "63": "« Article additionnel avant l'article 1er »: article 1er is not in the current text, or has no "
              "place before it",
        "64": "« Intitulé du projet de loi » is a title or a division, not an article: not imported",
        "65": "« Division additionnelle après l'article 2 » is a title or a division, not an article: not imported",
    }  # fmt: skip
    everything = stored(client, bill)
    new = everything["60"]
    assert (new["kind"], new["after"], new["num"]) == ("insert", bill["art1"], "additionnel après l'article 1er")
    assert new["text"] == "Le recours est gratuit.\nIl est ouvert à tous." and new["status"] == "submitted"
    assert new["instruction"]["fr"].startswith("Après l'article 1er, il est inséré un article additionnel")
    # « avant l'article 2 » is after article 1er
    assert (everything["61"]["after"], everything["61"]["text"]) == (bill["art1"], "Le délai est franc.")
    # not the usual form: a draft new article where the subject puts it, its text to write
    draft = stored(client, bill, status="draft")["62"]
    assert (draft["kind"], draft["after"], draft["text"]) == ("insert", bill["art2"], "")
    page = client.get(f"/amendments/{new['id']}", headers=HTML)
    assert page.status_code == 200 and "Le recours est gratuit." in page.text
    assert "Insère un article additionnel après l’ article 1er" in text_of(page.text)
    assert client.get(f"/amendments/{draft['id']}", headers=HTML).status_code == 200
    changes = {"text": "Le présent article est écrit.", "submit": True}
    written = client.patch(f"/api/amendments/{draft['id']}", json=changes)
    assert written.status_code == 200, written.text
    assert (written.json()["status"], written.json()["kind"]) == ("submitted", "insert")
    # the official accepts the new article: it is in the bill's text, after article 1er
    accepted = client.post(f"/api/amendments/{new['id']}/decision", json={"decision": "accept", "reason": "Oui."})
    assert accepted.status_code == 200, accepted.text
    tree = client.get(f"/api/bills/{bill['id']}").json()["tree"]["children"]
    assert [a["text"] for a in tree][:2] == [bill["text1"], "Le recours est gratuit.\nIl est ouvert à tous."]
    # the page's report says it too
    page = upload(client, bill, listing(after, before, odd))
    assert page.status_code == 200 and "3 amendements non importés" in text_of(page.text)
