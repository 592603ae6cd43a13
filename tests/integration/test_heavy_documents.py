"""Heavy documents (the liasse and the tableau comparatif as PDF) are drawn once per state of what they
show and only a few at once; stored texts hold no control characters and a title shows something."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.formats import pdf
from drafting.services import heavy
from tests.integration.test_amendments_api import BILL, as_official, as_user, decide, propose


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The HTML of every PDF actually drawn (not read from the cache) during the test."""
    calls: list[str] = []
    real: Callable[[str], bytes] = pdf.render

    def spy(html: str) -> bytes:
        calls.append(html)
        return real(html)

    monkeypatch.setattr(pdf, "render", spy)
    return calls


def _liasse(client: TestClient, bill: int) -> Any:
    return client.get(f"/api/bills/{bill}/amendments/export", params={"format": "pdf"})


def test_the_liasse_pdf_is_drawn_once_per_state_of_the_amendments(
    services: Services, client: TestClient, bill: dict[str, Any], drawn: list[str]
) -> None:
    as_user(services, client, "camille@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", f"un an {uuid.uuid4().hex}"))
    client.cookies.clear()  # anonymous, as in the audit
    first = _liasse(client, bill["id"])
    assert first.status_code == 200 and first.headers["content-type"] == "application/pdf"
    assert _liasse(client, bill["id"]).content == first.content
    assert len(drawn) == 1  # the second was read from the cache
    as_official(client)
    assert decide(client, amendment["id"], "reject", reason="Non.").status_code == 200
    client.cookies.clear()
    again = _liasse(client, bill["id"])
    assert again.status_code == 200 and again.content != first.content
    assert len(drawn) == 2  # a decision changes what the liasse shows: drawn anew


def test_the_tableau_comparatif_pdf_is_drawn_once(
    client: TestClient, bill: dict[str, Any], drawn: list[str]
) -> None:
    later = BILL.replace("six mois", f"un an ({uuid.uuid4().hex})")
    stage = client.post(f"/api/bills/{bill['id']}/versions", json={"source": later, "label": "texte adopté"})
    assert stage.status_code == 201, stage.text
    client.cookies.clear()
    url = f"/api/bills/{bill['id']}/compare?from=1&to=2&format=pdf"
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content and len(drawn) == 1


def test_over_the_limit_of_renders_a_new_pdf_is_refused_with_retry_after_but_a_kept_one_is_served(
    services: Services, client: TestClient, bill: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_user(services, client, "camille@example.org")
    propose(client, bill, bill["text1"].replace("six mois", f"deux ans {uuid.uuid4().hex}"))
    client.cookies.clear()
    kept = _liasse(client, bill["id"])
    assert kept.status_code == 200
    monkeypatch.setattr(heavy, "SLOTS", heavy.RenderSlots(0))  # every slot taken by other renders
    assert _liasse(client, bill["id"]).content == kept.content
    busy = client.get(f"/api/bills/{bill['id']}/amendments/export", params={"format": "pdf", "status": "rejected"})
    assert busy.status_code == 503, busy.text
    assert busy.json()["error"]["code"] == "busy"
    assert int(busy.headers["Retry-After"]) > 0


# --- stored text hygiene ------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x85"])  # NUL: refused by the request parser
def test_an_amendment_text_with_a_control_character_is_refused_naming_field_and_character(
    services: Services, client: TestClient, bill: dict[str, Any], char: str
) -> None:
    as_user(services, client, "camille@example.org")
    body = {"article": bill["art1"], "kind": "modify", "text": bill["text1"] + char, "justification": "J."}
    response = client.post(f"/api/bills/{bill['id']}/amendments", json=body)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["details"]["field"] == "text"
    assert error["details"]["character"] == f"U+{ord(char):04X}"
    body = {**body, "text": bill["text1"].replace("six", "neuf"), "justification": "Motif\x1b[31m"}
    response = client.post(f"/api/bills/{bill['id']}/amendments", json=body)
    assert response.status_code == 422 and response.json()["error"]["details"]["field"] == "justification"


def test_line_breaks_and_tabs_stay_allowed_in_an_amendment(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    propose(client, bill, bill["text1"].replace("six mois", "un an"), justification="Un\r\nmotif\tlong.")


def test_a_comment_with_a_control_character_is_refused(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments"
    response = client.post(url, json={"body": "Bien \x07 vu"})
    assert response.status_code == 422 and response.json()["error"]["details"]["field"] == "body"
    assert client.post(url, json={"body": "Bien vu"}).status_code == 201


def test_an_imported_bill_loses_its_control_characters_and_the_txt_export_is_clean(
    client: TestClient, official: Any
) -> None:
    source = BILL.replace("six mois", "six\x07 mois\x1b").replace("Journal officiel", "Journal\x85officiel")
    created = client.post("/api/bills", json={"source": source, "title": "Projet propre"})
    assert created.status_code == 201, created.text
    text = client.get(f"/api/bills/{created.json()['id']}/versions/1/export", params={"format": "txt"}).text
    assert "six mois" in text and "Journal" in text
    assert not any(c in text for c in "\x07\x1b\x85")
    stage = client.post(f"/api/bills/{created.json()['id']}/versions", json={"source": source + "\x0b", "label": "2"})
    assert stage.status_code == 201
    text = client.get(f"/api/bills/{created.json()['id']}/versions/2/export", params={"format": "txt"}).text
    assert not any(c in text for c in "\x07\x0b\x1b\x85")


@pytest.mark.parametrize("title", ["\u202e", "\u202e\u202e \u200b", "\u00a0\u2028"])
def test_a_title_without_a_visible_character_is_refused(client: TestClient, official: Any, title: str) -> None:
    response = client.post("/api/bills", json={"source": BILL, "title": title})
    assert response.status_code == 422, response.text
    assert "title" in response.json()["error"]["message"]


def test_a_title_with_a_control_character_is_refused_on_update(
    client: TestClient, bill: dict[str, Any]
) -> None:
    response = client.patch(f"/api/bills/{bill['id']}", json={"title": "Projet\x07"})
    assert response.status_code == 422 and response.json()["error"]["details"]["field"] == "title"
    response = client.patch(f"/api/bills/{bill['id']}", json={"title": "\u202e"})
    assert response.status_code == 422
