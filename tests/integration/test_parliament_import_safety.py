"""What a Parliament import must not do: apply another law's listing to the articles that share its numbers,
leave « À vérifier » in the public exposé of a draft an official wrote out, fail with a 500 on a number it
cannot read, or answer a 500 when a long import holds SQLite's one write lock. Through the real app (the
import API and page, the command line) on the real database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from drafting.formats.demo import demo_source
from drafting.services.demo import system_actor
from drafting.services.parliament_import import TO_CHECK
from drafting.storage.models import Amendment
from drafting.web.errors import BUSY_RETRY_AFTER
from tests.integration.test_amendments_api import as_official
from tests.integration.test_cli import run
from tests.integration.test_parliament_amendments import ESR
from tests.integration.test_parliament_pages import HTML, ROWS, listing, text_of, upload

JSON = {"Content-Type": "application/json"}
SENATE_2013 = f"{ESR}/amendements_senat_seance_texte-20122013-660.json"


def foreign_rows() -> list[dict[str, Any]]:
    """Six amendments of another law, on article numbers this bill has (1er, 2) and one it has not (9): the
    words they change are not in this bill; « Rédiger ainsi cet article » would fit any article."""
    def one(numero: str, sujet: str, texte: str) -> dict[str, Any]:
        return {"numero": numero, "sujet": sujet, "texte": texte, "texteloi_id": "20122013-660",
                "signataires": "M. Autre", "sort": "Adopté"}  # fmt: skip

    return [
        one("101", "Article 1er",
            "Alinéa 1\n\nRemplacer les mots :\n\n« établissement public »\n\npar le mot :\n\n« université »"),
        one("102", "Article 1er", "Alinéa 2\n\nAprès le mot : « recherche », insérer les mots : « et d’innovation »"),
        one("103", "Article 2", "Supprimer les mots : « conseil académique »"),
        one("104", "Article 2", "Rédiger ainsi cet article :\n\n« Le conseil d’administration délibère. »"),
        one("105", "Article 9", "Alinéa 3\n\nSupprimer cet alinéa."),
        one("106", "Article 1er", "Remplacer le mot : « technologique » par les mots : « culturel et social »"),
        one("107", "Article 2", "Supprimer la phrase : « Les statuts sont approuvés par décret. »"),
    ]  # fmt: skip


def stored(client: TestClient, bill: dict[str, Any]) -> list[dict[str, Any]]:
    return list(client.get(f"/api/bills/{bill['id']}/amendments", params={"per_page": 200}).json()["items"])


# --- 1. a listing for another law --------------------------------------------------------------------------


def test_a_listing_for_another_law_is_refused_saying_why_and_imported_only_when_the_official_confirms(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    api = f"/api/bills/{bill['id']}/amendments/import"
    refused = client.post(api, content=listing(*foreign_rows()), headers=JSON)
    assert refused.status_code == 409, refused.text
    error = refused.json()["error"]
    assert error["code"] == "listing_mismatch"
    assert error["details"]["fitting"] == 0 and error["details"]["not_fitting"] == 6  # 104 says nothing either way
    assert error["details"]["text_ids"] == ["20122013-660"]
    assert error["details"]["examples"][0] == {"numero": "101", "why": "« établissement public » is not in article 1er"}
    assert {"numero": "105", "why": "no article 9 in the bill"} in error["details"]["examples"]
    assert "Nothing was imported" in error["message"] and "20122013-660" in error["message"]
    assert stored(client, bill) == []

    # the page says the same in French, and offers to import anyway once the file is chosen again
    page = upload(client, bill, listing(*foreign_rows()), "amendements_autre_loi.json")
    assert page.status_code == 409
    seen = text_of(page.text)
    assert "Cette liste ne semble pas porter sur ce texte" in seen
    assert "Sur 6 amendements dont l’article et les mots cités se vérifient, 0 correspondent au texte et 6 non." in seen
    assert "Texte du Parlement de cette liste : 20122013-660" in seen
    assert "n° 101 : « établissement public » n’est pas dans l’article 1er" in seen
    assert "n° 105 : pas d’article 9 dans ce texte" in seen
    assert '<input type="checkbox" id="force" name="force" value="1">' in page.text
    assert stored(client, bill) == []

    files = {"listing": ("amendements_autre_loi.json", listing(*foreign_rows()), "application/json")}
    forced = client.post(f"/bills/{bill['id']}/amendments/import", files=files, data={"force": "1"}, headers=HTML)
    assert forced.status_code == 200, forced.text[:500]
    assert "Résultat de l’import" in text_of(forced.text)
    assert {a["parliament_number"] for a in stored(client, bill)} >= {"104"}


def test_a_listing_for_this_bill_imports_as_before_even_with_a_few_rows_the_text_has_moved_past(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    api = f"/api/bills/{bill['id']}/amendments/import"
    fits = [{**ROWS[0], "numero": str(n)} for n in range(1, 5)]  # « six mois » is in article 1er
    moved = [{**row, "numero": str(n)} for n, row in enumerate(foreign_rows()[:3], 5)]  # 3 of 7 do not fit
    done = client.post(api, content=listing(*fits, *moved), headers=JSON)
    assert done.status_code == 200, done.text
    assert done.json()["applied"] == ["1", "2", "3", "4"] and set(done.json()["flagged"]) == {"5", "6", "7"}
    # too few rows to judge by: imported, each flagged as it would be
    few = client.post(api, content=listing(*[{**r, "numero": f"F-{i}"} for i, r in enumerate(foreign_rows()[:4])]),
                      headers=JSON)  # fmt: skip
    assert few.status_code == 200, few.text


def test_the_2013_senate_listing_on_the_republique_numerique_bill_is_refused_by_the_command_line_unless_forced(
    shared: Path, services: Services
) -> None:
    title, source = demo_source()
    demo = services.bills.create(system_actor(services), source=source, fmt="markdown", title=title,
                                 label="texte soumis à consultation", status="open")  # fmt: skip
    wrong = shared / SENATE_2013
    refused = run(services, "import-amendments", str(demo["id"]), str(wrong))
    assert refused.returncode == 1, refused.stdout
    assert "does not seem to be for this bill" in refused.stderr and "20122013-660" in refused.stderr
    assert "Nothing was imported" in refused.stderr and "--force" in refused.stderr
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Amendment)) == 0
    forced = run(services, "import-amendments", str(demo["id"]), str(wrong), "--force")
    assert forced.returncode == 0, forced.stderr
    assert json.loads(forced.stdout)["applied"] > 0  # what the official asked for, as before


# --- 2. « À vérifier » goes once the draft is written out ----------------------------------------------------


def test_a_flagged_draft_written_out_and_submitted_loses_its_to_check_line_and_keeps_parliaments_words(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    com2 = {**ROWS[1], "expose": "Cet alinéa est inutile."}
    done = client.post(f"/api/bills/{bill['id']}/amendments/import", content=listing(com2), headers=JSON)
    assert list(done.json()["flagged"]) == ["COM-2"]
    [draft] = client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "draft"}).json()["items"]
    before = client.get(f"/api/amendments/{draft['id']}").json()["justification"]
    assert f"{TO_CHECK} : " in before
    # a justification an official saves while still a draft keeps it: the draft is still to check
    kept = client.patch(f"/api/amendments/{draft['id']}", json={"justification": before})
    assert kept.status_code == 200 and f"{TO_CHECK} : " in kept.json()["justification"]
    written = bill["text1"].replace("La décision", "La décision motivée")
    # the page's form sends the justification back as it was shown, « À vérifier » line and all
    sent = client.patch(f"/api/amendments/{draft['id']}", json={"text": written, "justification": before,
                                                                 "submit": True})  # fmt: skip
    assert sent.status_code == 200, sent.text
    after = sent.json()["justification"]
    assert TO_CHECK not in after
    assert after.startswith("Amendement n° COM-2, présenté par M. Petit (Adopté)\n\nInstructions :\n\n")
    assert after.endswith("Objet :\n\nCet alinéa est inutile.")
    page = text_of(client.get(f"/amendments/{draft['id']}", headers=HTML).text)
    assert "À vérifier&nbsp;:" not in page and "Sort au Parlement : Adopté" in page
    # the history keeps why it was to check
    history = client.get(f"/api/amendments/{draft['id']}").json()["history"]
    assert any("alinéa 9" in (step.get("reason") or "") for step in history)
    # and adoption keeps it out
    accept = {"decision": "accept", "reason": "Avis favorable."}
    decided = client.post(f"/api/amendments/{draft['id']}/decision", json=accept)
    assert decided.status_code == 200, decided.text
    assert TO_CHECK not in client.get(f"/api/amendments/{draft['id']}").json()["justification"]


def test_a_flagged_draft_written_out_on_its_page_loses_its_to_check_line_as_a_browser_sends_it(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    client.post(f"/api/bills/{bill['id']}/amendments/import", content=listing(ROWS[1]), headers=JSON)
    [draft] = client.get(f"/api/bills/{bill['id']}/amendments", params={"status": "draft"}).json()["items"]
    before = client.get(f"/api/amendments/{draft['id']}").json()["justification"]
    written = bill["text1"].replace("La décision", "La décision motivée")
    form = {"text": written, "justification": before.replace("\n", "\r\n"), "action": "submit"}  # a textarea's CRLF
    sent = client.post(f"/amendments/{draft['id']}/edit", data=form, headers=HTML, follow_redirects=False)
    assert sent.status_code == 303, sent.text[:500]
    after = client.get(f"/api/amendments/{draft['id']}").json()
    assert after["status"] == "submitted" and TO_CHECK not in after["justification"]
    assert "Amendement n° COM-2, présenté par M. Petit (Adopté)" in after["justification"]


# --- 3. numbers that are not numbers ------------------------------------------------------------------------


def test_only_ascii_digits_make_a_whole_number_and_leading_zeros_are_the_same_number(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    api = f"/api/bills/{bill['id']}/amendments/import"
    rows = [{**ROWS[0], "numero": n} for n in ("²", "١")]
    done = client.post(api, content=listing(*rows), headers=JSON)
    assert done.status_code == 200, done.text
    numbers = {a["parliament_number"]: a["number"] for a in stored(client, bill)}
    assert set(numbers) == {"²", "١"} and sorted(numbers.values()) == [1, 2]  # labels: the next free numbers
    again = client.post(api, content=listing({**ROWS[0], "numero": "07"}, {**ROWS[0], "numero": " 7 "}), headers=JSON)
    assert again.status_code == 200, again.text
    assert again.json()["skipped"] == {"7": "listed more than once in this file"}
    assert {a["parliament_number"]: a["number"] for a in stored(client, bill)}["7"] == 7


def test_a_lone_surrogate_in_a_number_is_refused_on_the_page_without_a_server_error(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    raw = listing({**ROWS[0], "numero": "@@"}).replace(b'"@@"', b'"1\\ud800"')
    page = upload(client, bill, raw)
    assert page.status_code == 422, page.text[:300]
    assert "&#39;numero&#39; holds a lone surrogate (\\ud800)" in page.text
    api = client.post(f"/api/bills/{bill['id']}/amendments/import", content=raw, headers=JSON)
    assert api.status_code == 422
    assert api.json()["error"]["message"] == (
        "amendment 1 of the list: 'numero' holds a lone surrogate (\\ud800), which is not a character"
    )
    assert stored(client, bill) == []


# --- 4. the database busy with a long write -----------------------------------------------------------------


@pytest.fixture
def short_busy_timeout(services: Services) -> Any:
    """SQLite's busy timeout at 0.2 s instead of 30, for this test's connections only."""
    if not services.db.is_sqlite:
        pytest.skip("SQLite's one writer at a time")

    def short(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=200")

    services.db.engine.dispose()
    event.listen(services.db.engine, "connect", short)
    yield
    event.remove(services.db.engine, "connect", short)
    services.db.engine.dispose()


def test_a_write_while_another_holds_the_sqlite_lock_answers_503_with_retry_after(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor, short_busy_timeout: None
) -> None:
    as_official(client)
    holder = sqlite3.connect(services.db.engine.url.database or "", isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # what a long import does: one write transaction
        api = client.post(f"/api/bills/{bill['id']}/amendments",
                          json={"article": bill["art1"], "kind": "modify", "text": bill["text1"] + " Ajout.",
                                "justification": "Parce que."})  # fmt: skip
        assert api.status_code == 503, api.text
        assert api.headers["Retry-After"] == str(BUSY_RETRY_AFTER)
        assert api.json()["error"]["code"] == "database_busy"
        files = {"listing": ("a.json", listing(ROWS[0]), "application/json")}
        page = client.post(f"/bills/{bill['id']}/amendments/import", files=files, headers=HTML)
        assert page.status_code == 503 and page.headers["Retry-After"] == str(BUSY_RETRY_AFTER)
        assert "Base de données occupée" in page.text and "réessayez" in page.text
    finally:
        holder.rollback() if holder.in_transaction else None
        holder.close()
    assert client.post(f"/api/bills/{bill['id']}/amendments/import", content=listing(ROWS[0]),
                       headers=JSON).status_code == 200  # fmt: skip
