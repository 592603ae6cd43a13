"""The pages speak Parliament's language: a citizen proposes by pasting amending instructions (with
the preview, and refusals that say where reading stopped), and an official imports the amendments
tabled in Parliament from a NosDéputés / NosSénateurs file, then reads what became of each."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.conftest import PASSWORD, sign_in
from tests.integration.test_amendments_api import as_official, as_user
from tests.integration.test_parliament_amendments import ESR, _senate_bill

HTML = {"Accept": "text/html"}
ONE_YEAR = "Alinéa 1\n\nRemplacer les mots :\n\n« six mois »\n\npar les mots :\n\n« un an »"


def amend_url(bill: dict[str, Any]) -> str:
    return f"/bills/{bill['id']}/articles/{bill['art1']}/amend"


def post_form(client: TestClient, url: str, data: dict[str, str]) -> Any:
    return client.post(url, data=data, headers=HTML, follow_redirects=False)


def text_of(html: str) -> str:
    """The page's words without tags, spaces collapsed, for assertions on what a reader sees."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- pasting instructions ---------------------------------------------------------------------------


def test_the_paste_mode_is_its_own_page_with_the_article_numbered_by_alinea(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    text_mode = client.get(amend_url(bill), headers=HTML).text
    assert re.search(r'href="/bills/[^"]+/amend\?mode=instructions">Coller des instructions</a>', text_mode)
    page = client.get(amend_url(bill), params={"mode": "instructions"}, headers=HTML).text
    assert 'aria-current="page">Coller des instructions</a>' in page
    assert '<textarea id="instructions" name="instructions"' in page and 'name="text"' not in page
    assert '<input type="hidden" name="mode" value="instructions">' in page
    alineas = re.search(r'<ol class="alineas"[^>]*>(.*?)</ol>', page, re.S)
    assert alineas and text_of(alineas.group(1)).split(" La ")[0].strip().startswith("Le délai de recours")
    assert alineas.group(1).count("<li>") == 2  # « Alinéa 2 » is the second item a reader counts
    english = client.get(amend_url(bill), params={"mode": "instructions"}, headers={**HTML, "Accept-Language": "en"})
    assert ">Paste instructions</a>" in english.text and "Amending instructions" in english.text


def test_pasted_instructions_preview_without_script_then_table_an_amendment(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    form = {"mode": "instructions", "instructions": ONE_YEAR, "justification": "Un an suffit.", "base_version": "1"}
    previewed = post_form(client, amend_url(bill), {**form, "action": "preview"})
    assert previewed.status_code == 200
    assert "<del>six mois</del><ins>un an</ins>" in previewed.text
    result = re.search(r'<ol class="alineas result">(.*?)</ol>', previewed.text, re.S)
    assert result and "Le délai de recours est de un an à compter de la notification." in result.group(1)
    assert "Un an suffit." in previewed.text and "« six mois »" in previewed.text  # the form kept

    sent = post_form(client, amend_url(bill), {**form, "action": "submit"})
    assert sent.status_code == 303, sent.text
    assert re.fullmatch(rf"/bills/{bill['id']}/articles/{bill['art1']}#amendment-\d+", sent.headers["location"])
    made = client.get(f"/api/amendments/{sent.headers['location'].rsplit('-', 1)[1]}").json()
    assert made["kind"] == "modify" and made["status"] == "submitted" and made["justification"] == "Un an suffit."
    assert made["text"] == bill["text1"].replace("six mois", "un an")


def test_instructions_that_delete_the_article_make_a_delete_amendment_from_the_page(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    form = {"mode": "instructions", "instructions": "Supprimer cet article.", "justification": "Inutile."}
    previewed = post_form(client, amend_url(bill), {**form, "action": "preview"})
    assert "Ces instructions suppriment l’article." in previewed.text
    sent = post_form(client, amend_url(bill), {**form, "action": "submit"})
    assert sent.status_code == 303
    made = client.get(f"/api/amendments/{sent.headers['location'].rsplit('-', 1)[1]}").json()
    assert made["kind"] == "delete"


def test_a_refused_instruction_says_why_and_where_reading_stopped_and_keeps_the_form(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    wrong = "Alinéa 7\n\nSupprimer cet alinéa."
    form = {"mode": "instructions", "instructions": wrong, "justification": "Motifs gardés", "action": "submit"}
    sent = post_form(client, amend_url(bill), form)
    assert sent.status_code == 422
    seen = text_of(sent.text)
    assert "L’amendement n’a pas été déposé" in seen
    assert "L’article n’a pas cet alinéa." in seen
    assert "La lecture s’est arrêtée à : Supprimer cet alinéa." in seen
    # set apart and in bold, with no quotes of its own round the instruction's « »
    assert '<span class="failed-part" lang="fr">Supprimer cet alinéa.</span>' in sent.text
    # the field the error is about says so
    assert 'aria-describedby="instructions-hint form-error" aria-invalid="true"' in sent.text
    # the parser's reason, as detail, in French too
    assert '<span lang="fr">l’article n’a pas d’alinéa 7 (il en a 2)</span>' in sent.text
    assert "Détail : l’article n’a pas d’alinéa 7 (il en a 2)" in seen
    assert "has no" not in seen and "anglais" not in seen
    assert "Motifs gardés" in sent.text and "Alinéa 7" in sent.text  # nothing typed is lost
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []

    absent = "Alinéa 1\n\nSupprimer les mots : « trois ans »"
    missing = post_form(client, amend_url(bill), {"mode": "instructions", "instructions": absent, "action": "preview"})
    assert missing.status_code == 200
    seen = text_of(missing.text)
    assert "Les mots cités ne se trouvent pas à l’endroit indiqué." in seen
    assert "Supprimer les mots : « trois ans »" in seen  # the words the user quoted
    assert "Détail : les mots « trois ans » ne figurent pas à l’alinéa 1" in seen
    assert "¤" not in missing.text

    # a division the article does not have is said so, not taken for words not found
    division = "Au II de cet article, supprimer le mot : « mois »"
    form = {"mode": "instructions", "instructions": division, "action": "preview"}
    undivided = post_form(client, amend_url(bill), form)
    seen = text_of(undivided.text)
    assert "L’article n’a pas cette division" in seen and "Les mots cités" not in seen
    assert "Détail : aucun alinéa de l’article ne commence par « II »" in seen

    # in English, the parser's own words
    english = client.post(amend_url(bill), data={"mode": "instructions", "instructions": absent, "action": "preview"},
                          headers={**HTML, "Accept-Language": "en"}, follow_redirects=False)  # fmt: skip
    seen = text_of(english.text)
    assert "The quoted words are not at the place given." in seen
    assert 'Detail: <span lang="en">« trois ans » is not found in alinéa 1</span>' in english.text
    assert "figurent" not in seen
    # and the API, for developers, answers in English whatever the language asked
    api = client.post(f"/api/bills/{bill['id']}/amendments", json={"kind": "instructions", "article": bill["art1"],
                      "instructions": wrong}, headers={"Accept-Language": "fr"})  # fmt: skip
    assert api.status_code == 422 and "the article has no alinéa 7 (it has 2 alinéas)" in api.json()["error"]["message"]


def test_the_live_preview_reads_instructions_and_answers_a_refusal_as_something_to_show(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"{amend_url(bill)}/preview"
    good = client.post(url, json={"instructions": ONE_YEAR, "base_version": 1})
    assert good.status_code == 200 and good.json()["changed"] and good.json()["refused"] is None
    assert "<del>six mois</del><ins>un an</ins>" in good.json()["html"] and "un an" in good.json()["instruction"]["fr"]
    refused = client.post(url, json={"instructions": "Au paragraphe II, supprimer le mot : « mois »"})
    assert refused.status_code == 200
    body = refused.json()
    assert body["changed"] is False and body["refused"]["part"] == "Au paragraphe II, supprimer le mot : « mois »"
    assert "ne désigne pas un endroit de l’article" in body["html"]
    english = client.post(url, json={"instructions": "Alinéa 1\n\nSupprimer cet article et rien."},
                          headers={"Accept-Language": "en"}).json()  # fmt: skip
    assert english["refused"] and "could not be applied" in english["html"]
    empty = client.post(url, json={"instructions": "  "}).json()
    assert "Collez des instructions pour voir ce qu’elles changent." in empty["html"]
    assert client.post(url, json={"instructions": 12}).status_code == 422


def test_the_live_previews_refuse_json_they_cannot_read_with_a_422_saying_why(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    json_type = {"Content-Type": "application/json"}
    for url in (f"{amend_url(bill)}/preview", f"/bills/{bill['id']}/new-article/preview"):
        deep = client.post(url, content=b'{"instructions": ' + b"[" * 100_000, headers=json_type)
        assert deep.status_code == 422, (url, deep.text)
        assert "the JSON is nested more than 64 levels deep" in deep.json()["error"]["message"]
        for field in ("instructions", "text"):
            odd = client.post(url, content=f'{{"{field}": "Alin\\ud800a 1"}}'.encode(), headers=json_type)
            assert odd.status_code == 422, (url, field, odd.text)
            said = odd.json()["error"]["message"]
            assert said == "a string holds a lone surrogate (\\ud800), which is not a character"


def test_instructions_leaving_the_article_unchanged_are_refused_in_plain_words(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    same = "Alinéa 1\n\nRemplacer les mots :\n\n« six mois »\n\npar les mots :\n\n« six mois »"
    sent = post_form(client, amend_url(bill), {"mode": "instructions", "instructions": same, "action": "submit"})
    assert sent.status_code == 422 and "Ces instructions laissent l’article tel qu’il est." in sent.text


def test_a_form_whose_article_was_deleted_meanwhile_says_so_and_keeps_what_was_written(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/bills/{bill['id']}/articles/{bill['art2']}/amend"
    assert 'name="base_version" value="1"' in client.get(url, params={"mode": "instructions"}, headers=HTML).text
    delete = {"kind": "delete", "article": bill["art2"], "justification": "Inutile."}
    deletion = client.post(f"/api/bills/{bill['id']}/amendments", json=delete).json()
    as_official(client)
    assert client.post(f"/api/amendments/{deletion['id']}/decision",
                       json={"decision": "accept", "reason": "Oui."}).status_code == 200  # fmt: skip
    as_user(services, client, "camille@example.org")
    pasted = "Remplacer les mots : « 1er janvier » par les mots : « 1er juillet »"
    gone = "Cet article a été supprimé du texte depuis la version 1, sur laquelle vous écriviez"
    for action in ("preview", "submit"):
        sent = post_form(client, url, {"mode": "instructions", "instructions": pasted, "justification": "Plus tard.",
                                       "base_version": "1", "action": action})  # fmt: skip
        assert sent.status_code in (200, 422) and gone in text_of(sent.text), (action, sent.status_code)
        assert f">{pasted}</textarea>" in sent.text.replace("&#34;", '"').replace("&#39;", "'")
    typed = post_form(client, url, {"text": "Le présent article entre en vigueur le 1er juillet 2027.",
                                    "justification": "Plus tard.", "base_version": "1"})  # fmt: skip
    assert typed.status_code == 422 and gone in text_of(typed.text) and "1er juillet 2027" in typed.text
    listed = client.get(f"/api/bills/{bill['id']}/amendments", params={"article": bill["art2"]}).json()["items"]
    assert [a["id"] for a in listed] == [deletion["id"]]


# --- importing Parliament's amendments ----------------------------------------------------------------


def listing(*rows: dict[str, Any]) -> bytes:
    return json.dumps({"amendements": [{"amendement": r} for r in rows]}, ensure_ascii=False).encode()


ROWS = [
    {"numero": "7", "sujet": "Article 1er", "texte": ONE_YEAR, "expose": "Un an suffit.",
     "signataires": "Mme Martin, M. Durand", "sort": "Adopté", "date": "2013-06-20"},
    {"numero": "COM-2", "sujet": "Article 1er", "texte": "Alinéa 9\n\nSupprimer cet alinéa.",
     "signataires": "M. Petit", "sort": "Adopté", "date": "2013-06-20"},
    {"numero": "12", "sujet": "Intitulé du projet de loi", "texte": "Rédiger ainsi l'intitulé …",
     "signataires": "M. Petit", "date": "2013-06-20"},
]  # fmt: skip


def upload(client: TestClient, bill: dict[str, Any], content: bytes, name: str = "amendements.json") -> Any:
    files = {"listing": (name, content, "application/json")}
    return client.post(f"/bills/{bill['id']}/amendments/import", files=files, headers=HTML, follow_redirects=False)


def test_an_official_imports_a_file_and_reads_what_was_applied_and_what_to_check(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    form = client.get(f"/bills/{bill['id']}/amendments/import", headers=HTML)
    assert form.status_code == 200 and 'enctype="multipart/form-data"' in form.text
    assert '<input type="file" id="listing" name="listing"' in form.text

    done = upload(client, bill, listing(*ROWS), "amendements_senat.json")
    assert done.status_code == 200, done.text
    seen = text_of(done.text)
    assert "Résultat de l’import" in seen and "Fichier : amendements_senat.json" in seen
    assert "1 amendement lu et appliqué" in seen and "1 amendement à vérifier" in seen
    # why, all in French: the parser's reason, and why the third one was not imported
    # each row links the amendment it became, by its number here (COM-2 is not a number: the next free one)
    flagged_row = re.search(r'<tr><th scope="row">COM-2</th><td><a href="/amendments/(\d+)">n° (\d+)</a></td>'
                            r'<td lang="fr">([^<]*)</td></tr>', done.text)  # fmt: skip
    why = "instruction « Supprimer cet alinéa. » : l’article n’a pas d’alinéa 9 (il en a 2)"
    assert flagged_row and flagged_row.group(3) == why
    draft_id, draft_number = flagged_row.group(1), int(flagged_row.group(2))
    assert re.search(r'<tr><th scope="row">7</th><td><a href="/amendments/\d+">n° 7</a></td></tr>', done.text)
    assert client.get(f"/api/amendments/{draft_id}").json()["number"] == draft_number
    assert "1 amendement non importé" in seen
    skipped = "« Intitulé du projet de loi » est un intitulé ou une division, pas un article : non importé"
    assert skipped in seen.replace("&#39;", "'")
    assert 'lang="en"' not in done.text.split("<main", 1)[1]
    assert re.search(r'href="/bills/[^"/]+/amendments\?status=submitted"', done.text)
    # the drafts to check are where every official of the bill finds them, however they were imported
    assert re.search(r'<a href="/bills/[^"/]+/queue#to-check">Voir les amendements importés à vérifier</a>', done.text)
    queue = client.get(f"/bills/{bill['id']}/queue", headers=HTML).text
    assert 'id="to-check"' in queue and f'href="/amendments/{draft_id}"' in queue

    # the list shows the applied one with its number, authors and outcome in Parliament
    pending = text_of(client.get(f"/bills/{bill['id']}/amendments", params={"status": "submitted"}, headers=HTML).text)
    assert "Amendement n° 7 au Parlement, présenté par Mme Martin, M. Durand · Sort au Parlement : Adopté" in pending
    assert pending.count("Mme Martin, M. Durand") == 1  # its authors, once: in Parliament's line
    # the drafts to check, the reason in view
    drafts = client.get(f"/bills/{bill['id']}/amendments", params={"status": "draft", "mine": "1"}, headers=HTML)
    assert drafts.status_code == 200
    seen = text_of(drafts.text)
    assert "À vérifier" in seen
    assert "Amendement n° COM-2 au Parlement, présenté par M. Petit · Sort au Parlement : Adopté" in seen
    # the lists fold what each one says: its head once, its instructions and exposé a click away
    assert "<details" in drafts.text and " open>" not in drafts.text.split('<ol class="amendments"', 1)[1]
    assert seen.count("présenté par M. Petit") == 1
    page = client.get(f"/amendments/{draft_id}", headers=HTML)
    shown = text_of(page.text)
    # its page says first that it is to check, and why (in French), as the list does
    banner = re.search(r'<div class="to-check-banner"[^>]*>(.*?)</div>', page.text, re.S)
    assert banner and f"À vérifier : {why}" in text_of(banner.group(1)).replace("&nbsp;", " ")
    assert shown.index("À vérifier&nbsp;:") < shown.index("Ce que propose l’amendement")
    # no empty redline: a sentence, and the way to write the text; Parliament's instructions as tabled
    assert "[…" not in shown and "Aucune modification n’a pu être calculée" in shown
    assert '<a href="#edit-text">Rédiger le texte proposé</a>' in page.text
    assert 'id="edit-text"' in page.text.split('<details class="edit-box" open>', 1)[1]
    tabled = re.search(r'<div class="tabled-instructions" lang="fr">(.*?)</div>', page.text, re.S)
    assert tabled and text_of(tabled.group(1)).split() == ["Alinéa", "9", "Supprimer", "cet", "alinéa."]
    # Parliament's date and number, and who imported it, each said as what it is
    assert "Importé du Parlement (n° COM-2, déposé le 20 juin 2013) par Rapporteure" in shown
    assert f'Déposé au Parlement (n° COM-2) ; importé par Rapporteure : <q lang="fr">{why}</q>' in page.text
    assert "Brouillon commencé" not in shown and "has no" not in shown
    english = client.get(f"/amendments/{draft_id}", headers={**HTML, "Accept-Language": "en"}).text
    # in English, the reason as the parser gives it; Parliament's words stay in French
    said = "amendment COM-2 « Supprimer cet alinéa. »: the article has no alinéa 9 (it has 2 alinéas)"
    banner = re.search(r'<div class="to-check-banner"[^>]*>(.*?)</div>', english, re.S)
    assert banner and f"To check: {said}" in text_of(banner.group(1))
    assert "No change could be computed from Parliament’s instructions" in text_of(english)
    assert "Outcome in Parliament: Adopted" in text_of(english)
    assert f'<q lang="en">{said}</q>' in english
    api = client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "submitted"}).json()["items"]
    assert [(a["number"], a["text"]) for a in api] == [(7, bill["text1"].replace("six mois", "un an"))]


def test_loading_a_grown_listing_again_brings_in_only_the_new_amendments(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    assert upload(client, bill, listing(*ROWS[:2])).status_code == 200
    new = {"numero": "20", "sujet": "Article 2", "texte": "Supprimer cet article.", "signataires": "M. Petit"}
    again = upload(client, bill, listing(*ROWS[:2], new))  # the same file, one amendment tabled since
    assert again.status_code == 200
    seen = text_of(again.text)
    assert "1 amendement lu et appliqué" in seen and "0 amendement à vérifier" in seen
    assert "2 amendements non importés" in seen
    assert again.text.count('<td lang="fr">déjà importé d’un fichier précédent</td>') == 2
    stored = client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "submitted"}).json()["items"]
    assert sorted((a["number"], a["kind"]) for a in stored) == [(7, "modify"), (20, "delete")]
    files = {"listing": ("amendements.json", listing(*ROWS[:2], new), "application/json")}
    english = client.post(f"/bills/{bill['id']}/amendments/import", files=files,
                          headers={**HTML, "Accept-Language": "en"})  # fmt: skip
    assert english.text.count('<td lang="en">already imported from an earlier file</td>') == 3


def test_a_wrong_file_is_refused_with_a_clear_message_and_nothing_imported(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    not_json = upload(client, bill, b"numero;sujet\n1;Article 1er\n", "amendements.csv")
    assert not_json.status_code == 422 and "Ce fichier n’est pas du JSON lisible." in not_json.text
    other_json = upload(client, bill, json.dumps({"articles": []}).encode())
    assert other_json.status_code == 422
    assert "Ce fichier est du JSON, mais pas une liste d’amendements NosDéputés/NosSénateurs." in other_json.text
    nothing = client.post(f"/bills/{bill['id']}/amendments/import", data={"x": "1"}, headers=HTML)
    assert nothing.status_code == 422 and "Choisissez un fichier JSON à importer." in nothing.text
    too_big = upload(client, bill, b" " * (5 * 1024 * 1024 + 1))
    assert too_big.status_code == 413 and "Le fichier dépasse 5 Mo" in too_big.text
    english = client.post(
        f"/bills/{bill['id']}/amendments/import",
        files={"listing": ("a.json", b"{", "application/json")},
        headers={**HTML, "Accept-Language": "en"},
    )
    assert english.status_code == 422 and "This file is not readable JSON." in english.text
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []


def test_only_officials_of_the_bill_see_and_use_the_import(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    url = f"/bills/{bill['id']}/amendments/import"
    as_official(client)
    link = 'href="/bills/{slug}/amendments/import"'.format(slug=client.get(f"/api/bills/{bill['id']}").json()["slug"])
    assert link in client.get(f"/bills/{bill['id']}/queue", headers=HTML).text
    assert link in client.get(f"/bills/{bill['id']}/amendments", headers=HTML).text
    as_user(services, client, "camille@example.org")
    assert link not in client.get(f"/bills/{bill['id']}/amendments", headers=HTML).text
    assert client.get(url, headers=HTML).status_code == 403
    refused = upload(client, bill, listing(*ROWS))
    assert refused.status_code == 403
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []
    client.cookies.clear()
    away = client.get(url, headers=HTML, follow_redirects=False)
    assert away.status_code == 303 and away.headers["location"].startswith("/signin?next=/bills/")
    assert upload(client, {"id": 999_999}, listing(*ROWS)).status_code in (303,)  # signed out: sign in first


def test_the_import_api_answers_the_report_and_checks_who_before_reading(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    url = f"/api/bills/{bill['id']}/amendments/import"
    as_user(services, client, "camille@example.org")
    # not an official: refused before the body is read, however broken it is
    assert client.post(url, content=b"{not json", headers={"Content-Type": "application/json"}).status_code == 403
    client.cookies.clear()
    assert client.post(url, json={"amendements": []}).status_code == 401
    as_official(client)
    assert client.post(url, json={"articles": []}).status_code == 422
    bad_item = client.post(url, json={"amendements": [{"amendement": {"sujet": "Article 1er"}}]})
    assert bad_item.status_code == 422 and "each item must be" in bad_item.json()["error"]["message"]
    done = client.post(url, content=listing(*ROWS), headers={"Content-Type": "application/json"})
    assert done.status_code == 200, done.text
    report = done.json()
    assert report["applied"] == ["7"] and list(report["flagged"]) == ["COM-2"] and list(report["skipped"]) == ["12"]
    assert "alinéa 9" in report["flagged"]["COM-2"]


def test_the_senate_floor_amendments_of_2013_upload_and_the_report_matches_what_was_stored(
    shared: Path, tmp_path: Path, services: Services, client: TestClient, official: Actor
) -> None:
    source = _senate_bill(shared, tmp_path).read_text(encoding="utf-8")
    created = client.post("/api/bills", json={"source": source, "label": "texte de la commission"})
    assert created.status_code == 201, created.text
    bill = {"id": created.json()["id"]}
    real = (shared / ESR / "amendements_senat_seance_texte-20122013-660.json").read_bytes()  # 0.9 MB
    done = upload(client, bill, real, "amendements_senat_seance_texte-20122013-660.json")
    assert done.status_code == 200, done.text[:500]
    seen = text_of(done.text)
    applied = int(re.search(r"(\d+) amendements lus et appliqués", seen).group(1))  # type: ignore[union-attr]
    flagged = int(re.search(r"(\d+) amendements? à vérifier", seen).group(1))  # type: ignore[union-attr]
    ended = int(re.search(r"(\d+) amendements clos au Parlement", seen).group(1))  # type: ignore[union-attr]
    # adopted or not recorded: pending; rejected, withdrawn, fallen...: closed (the listing's 281)
    assert applied > 80 and flagged >= 1 and ended > 250 and re.search(r"\d+ amendements? non importés?", seen)
    table = re.search(r'<table class="flagged">(.*?)</table>', done.text, re.S)
    assert table and table.group(1).count('<th scope="row">') == flagged
    stored = client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "submitted", "per_page": 200})
    pages, items = stored.json(), stored.json()["items"]
    page = 2
    while pages["next_page"]:
        pages = client.get(f"/api/bills/{bill['id']}/amendments",
                           params={"status": "submitted", "per_page": 200, "page": page}).json()  # fmt: skip
        items += pages["items"]
        page += 1
    assert len(items) == applied


# --- listings a careless or hostile export holds ----------------------------------------------------------


def _raw_listing(row: dict[str, Any], field: str, escaped: str) -> bytes:
    """A listing of one row whose `field` is the JSON string `escaped` as written (« \\ud800 »)."""
    return listing({**row, field: "@@"}).replace(b'"@@"', f'"{escaped}"'.encode())


def test_a_lone_surrogate_or_nul_in_a_listing_is_refused_saying_where_and_nothing_is_stored(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    api = f"/api/bills/{bill['id']}/amendments/import"
    json_type = {"Content-Type": "application/json"}
    broken = client.post(api, content=_raw_listing(ROWS[0], "signataires", "Mme \\ud800Martin"), headers=json_type)
    assert broken.status_code == 422, broken.text
    assert broken.json()["error"]["message"] == (
        "amendment 1 of the list (n° 7): 'signataires' holds a lone surrogate (\\ud800), which is not a character"
    )
    page = upload(client, bill, _raw_listing(ROWS[0], "texte", "Alin\\udc00a 1"))
    assert page.status_code == 422
    assert "Ce fichier est du JSON, mais pas une liste d’amendements NosDéputés/NosSénateurs." in page.text
    assert "&#39;texte&#39; holds a lone surrogate (\\udc00)" in page.text
    nul = upload(client, bill, _raw_listing(ROWS[0], "expose", "Un an\\u0000suffit."))
    assert nul.status_code == 422 and "&#39;expose&#39; holds the NUL character" in nul.text
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []
    # the file put right goes in
    assert client.post(api, content=listing(ROWS[0]), headers=json_type).json()["applied"] == ["7"]


def test_a_number_listed_twice_or_that_cannot_be_read_back_never_makes_two_amendments(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    api = f"/api/bills/{bill['id']}/amendments/import"
    twice = client.post(api, json={"amendements": [{"amendement": ROWS[0]}, {"amendement": ROWS[0]}]})
    assert twice.status_code == 200, twice.text
    assert twice.json() == {"applied": ["7"], "flagged": {}, "skipped": {"7": "listed more than once in this file"},
                            "ended": {}}  # fmt: skip
    page = upload(client, bill, listing(*ROWS[:2], ROWS[1]))
    assert '<td lang="fr">figure plusieurs fois dans ce fichier</td>' in page.text
    # a number the import could not find again in the justification's head would come in on every load
    rectified = {**ROWS[0], "numero": "8 (rect.)"}
    for _ in range(2):
        again = client.post(api, json={"amendements": [{"amendement": rectified}]})
        assert again.status_code == 422
        assert "\"numero\" '8 (rect.)' is not an amendment number" in again.json()["error"]["message"]
    for numero in ([8], True, None, 8.5):
        odd = client.post(api, json={"amendements": [{"amendement": {**ROWS[0], "numero": numero}}]})
        assert odd.status_code == 422 and ("numero" in odd.text), odd.text
    stored = client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "submitted"}).json()["items"]
    assert [a["number"] for a in stored] == [7]


def test_a_draft_written_out_by_hand_is_not_imported_again_when_the_listing_is_loaded_again(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    api = f"/api/bills/{bill['id']}/amendments/import"
    first = client.post(api, content=listing(*ROWS[:2]), headers={"Content-Type": "application/json"}).json()
    assert list(first["flagged"]) == ["COM-2"]
    mine = {"status": "draft", "author": official.id}
    draft = client.get(f"/api/bills/{bill['id']}/amendments", params=mine).json()["items"][0]
    # the official writes it out: a text of their own, and a justification in their own words
    written = bill["text1"].replace("La décision", "La décision motivée")
    changes = {"text": written, "justification": "Repris à la main (COM-2).", "submit": True}
    edited = client.patch(f"/api/amendments/{draft['id']}", json=changes)
    assert edited.status_code == 200, edited.text
    again = client.post(api, content=listing(*ROWS[:2]), headers={"Content-Type": "application/json"}).json()
    assert again == {"applied": [], "flagged": {}, "ended": {}, "skipped": {
        "7": "already imported from an earlier file", "COM-2": "already imported from an earlier file"}}  # fmt: skip
    stored = client.get(f"/api/bills/{bill['id']}/amendments", params={"per_page": 50}).json()["items"]
    assert sorted(a["text"] for a in stored) == sorted([bill["text1"].replace("six mois", "un an"), written])
    assert client.get(f"/api/bills/{bill['id']}/amendments", params=mine).json()["items"] == []


# --- the drafts an import flagged for a human are the bill's officials' -----------------------------------


def test_drafts_the_command_line_import_flags_are_in_the_queue_and_every_official_writes_them_out(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor, tmp_path: Path
) -> None:
    from tests.integration.test_cli import run

    file = tmp_path / "amendements.json"
    file.write_bytes(listing(*ROWS))
    done = run(services, "import-amendments", str(bill["id"]), str(file))
    assert done.returncode == 0, done.stderr
    assert list(json.loads(done.stdout)["flagged"]) == ["COM-2"]  # owned by import@system.invalid
    # another official of the bill, who did not import it
    services.accounts.create_user("greffe@example.org", PASSWORD, "Greffe", "official", bill["id"])
    client.cookies.clear()
    sign_in(client, "greffe@example.org")
    drafts = client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "draft"})
    assert drafts.status_code == 200, drafts.text
    [draft] = drafts.json()["items"]
    assert draft["parliament_number"] == "COM-2" and draft["status"] == "draft"
    assert client.get(f"/api/amendments/{draft['id']}").status_code == 200
    queue = client.get(f"/bills/{bill['id']}/queue", headers=HTML).text
    assert "1 amendement importé à vérifier" in text_of(queue)
    assert f'href="/amendments/{draft["id"]}"' in queue.split('id="to-check"')[1].split("</section>")[0]
    page = client.get(f"/amendments/{draft['id']}", headers=HTML)
    assert page.status_code == 200 and 'id="author-tools"' in page.text
    assert "Amendement importé du Parlement, à la main des responsables du texte" in page.text
    # a citizen still knows nothing of it
    as_user(services, client, "camille@example.org")
    assert client.get(f"/api/amendments/{draft['id']}").status_code == 404
    assert client.get(f"/amendments/{draft['id']}", headers=HTML).status_code == 404
    assert client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "draft"}).status_code == 403
    assert client.patch(f"/api/amendments/{draft['id']}", json={"submit": True}).status_code == 404
    # the official writes it out and submits it: public from then on
    client.cookies.clear()
    sign_in(client, "greffe@example.org")
    written = bill["text1"].replace("La décision", "La décision motivée")
    edited = client.patch(f"/api/amendments/{draft['id']}", json={"text": written, "submit": True})
    assert edited.status_code == 200, edited.text
    assert edited.json()["status"] == "submitted" and edited.json()["text"] == written
    assert "amendement importé à vérifier" not in text_of(client.get(f"/bills/{bill['id']}/queue", headers=HTML).text)
    as_user(services, client, "camille@example.org")
    assert client.get(f"/api/amendments/{draft['id']}").json()["status"] == "submitted"


def test_drafts_an_official_imports_through_the_api_are_seen_and_withdrawn_by_another_official(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    api = f"/api/bills/{bill['id']}/amendments/import"
    assert list(client.post(api, json={"amendements": [{"amendement": r} for r in ROWS]}).json()["flagged"]) == [
        "COM-2"
    ]
    services.accounts.create_user("greffe@example.org", PASSWORD, "Greffe", "official", bill["id"])
    client.cookies.clear()
    sign_in(client, "greffe@example.org")
    [draft] = client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "draft"}).json()["items"]
    assert draft["author"] == "M. Petit" and draft["parliament_number"] == "COM-2"
    assert client.get(f"/amendments/{draft['id']}", headers=HTML).status_code == 200
    gone = client.post(f"/api/amendments/{draft['id']}/withdraw", json={"reason": "Déjà satisfait."})
    assert gone.status_code == 200 and gone.json()["status"] == "withdrawn"
    # an official of another bill, like a citizen, does not know of it
    other = client.post("/api/bills", json={"source": "# Autre loi\n\n## Article 1er\n\nUn texte.\n"})
    assert other.status_code == 201, other.text
    services.accounts.create_user("autre@example.org", PASSWORD, "Autre", "official", other.json()["id"])
    client.cookies.clear()
    sign_in(client, "autre@example.org")
    assert client.get(f"/api/amendments/{draft['id']}").status_code == 404
    assert client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "draft"}).status_code == 403


def test_a_row_over_the_limits_of_the_api_is_not_imported_and_the_report_says_why(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    api = f"/api/bills/{bill['id']}/amendments/import"
    rows = [  # 4.4 MB in all: a body takes at most 5 MB
        {**ROWS[0], "numero": "7", "expose": "Un an suffit. " * 150_000},  # 2.1 MB
        {**ROWS[0], "numero": "8", "texte": ONE_YEAR + "\n\n" + "Et ainsi de suite. " * 120_000},  # 2.3 MB
        {**ROWS[0], "numero": "9", "signataires": ["Mme Martin", "M. Durand"], "sort": "Adopté"},
        {**ROWS[0], "numero": "10", "sort": {"code": 1, "label": "Adopté"}},
    ]
    done = client.post(api, json={"amendements": [{"amendement": r} for r in rows]})
    assert done.status_code == 200, done.text[:300]
    report = done.json()
    assert report["applied"] == ["9"] and report["flagged"] == {}
    assert report["skipped"] == {
        "7": "its 'expose' has 2,100,000 characters; at most 20,000",
        "8": "its 'texte' has 2,280,073 characters; at most 100,000",
        "10": "its 'sort' is an object: expected text",
    }
    [stored] = client.get(f"/api/bills/{bill['id']}/amendments").json()["items"]
    # the authors given as a list read as a list of names, not as Python would print it
    assert stored["author"] == "Mme Martin, M. Durand"
    assert stored["justification"].startswith("Amendement n° 9, présenté par Mme Martin, M. Durand (Adopté)")
    # the page says the same in French
    page = upload(client, bill, listing(*rows))
    assert page.status_code == 200
    seen = text_of(page.text).replace("&#39;", "'")
    assert "son champ 'expose' compte 2 100 000 caractères ; 20 000 au plus" in seen.replace("\u202f", " ")
    assert "son champ 'sort' n’est pas du texte" in seen
    assert len(page.text) < 100_000


def test_a_page_form_posted_wrong_answers_an_html_page_whatever_the_client_accepts(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    no_accept = {"Accept": "*/*"}  # as a script or curl sends a form; a browser asks for HTML
    posted = [
        (f"/bills/{bill['id']}/articles/nope/amend", {"text": "Un texte.", "justification": "J."}, 404),
        (amend_url(bill), {"text": "Un texte.", "justification": "J.", "base_version": "99"}, 404),
        (amend_url(bill), {"text": "Un\x00texte.", "justification": "J."}, 422),
        (amend_url(bill), {"mode": "instructions", "instructions": "Supprimer cet article.", "base_version": "9"}, 404),
    ]
    for url, data, status in posted:
        answer = client.post(url, data=data, headers=no_accept, follow_redirects=False)
        assert answer.status_code == status, (url, data, answer.text[:200])
        assert answer.headers["content-type"].startswith("text/html"), (url, data, answer.text[:200])
        assert "<!doctype html>" in answer.text and '{"error"' not in answer.text
    # the API keeps answering JSON
    api = client.post(f"/api/bills/{bill['id']}/amendments", data={"x": "1"}, headers=no_accept)
    assert api.status_code in (400, 415, 422) and api.headers["content-type"].startswith("application/json")
    assert client.get(f"/api/bills/{bill['id']}/amendments").json()["items"] == []


def test_parliaments_outcome_reads_as_a_label_in_the_readers_language(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    sorts = {"30": "Tombe", "31": "Non soutenu", "32": "Indéfini", "33": "Irrecevable", "34": "Retiré", "35": "Curieux"}
    rows = [{"numero": n, "sujet": "Article 1er", "texte": ONE_YEAR, "signataires": "M. Petit", "sort": sort,
             "expose": f"Exposé {n}.", "date": "2013-06-20"} for n, sort in sorts.items()]  # fmt: skip
    assert upload(client, bill, listing(*rows)).status_code == 200
    url = f"/bills/{bill['id']}/amendments"
    french = text_of(client.get(url, headers=HTML).text)  # closed by Parliament's outcome or pending, all listed
    for label in ("Tombé", "Non soutenu", "Non renseigné", "Irrecevable", "Retiré", "Curieux"):
        assert f"Sort au Parlement : {label}" in french
    assert "(Tombe)" not in french and "Tombe " not in french
    english = client.get(url, headers={**HTML, "Accept-Language": "en"}).text
    for label in ("Fell", "Not moved", "Not recorded", "Inadmissible", "Withdrawn", "Curieux"):
        assert f"Outcome in Parliament: {label}" in text_of(english)
    # the exposé once, folded; the head is not repeated in it
    assert french.count("présenté par M. Petit") == len(sorts) and french.count("Exposé 30.") == 1
    first = client.get(f"/api/bills/{bill['id']}/amendments").json()["items"][0]["id"]
    page = text_of(client.get(f"/amendments/{first}", headers=HTML).text)
    assert "Sort au Parlement :" in page and "Importé du Parlement (n° 3" in page and "À vérifier" not in page
