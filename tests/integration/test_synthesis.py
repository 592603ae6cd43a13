"""The synthesis of a consultation, as HTML and PDF: per-article votes, arguments, amendments and
annotations; the most supported contributions with the officials' answers; the decisions; and the
participation over time as SVG drawn on the server. Hidden contributions stay out."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from lxml import html as lxml_html
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.services.demo import load_demo_if_empty
from tests.integration.test_amendments_api import as_official, as_user, decide, propose
from tests.integration.test_moderation import as_moderator
from tests.readback import normalise, pdf_pages


def _consultation(services: Services, client: TestClient, bill: dict[str, Any]) -> dict[str, Any]:
    votes = f"/api/bills/{bill['id']}/articles/{bill['art1']}/votes"
    arguments = f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments"
    for email, value in (("a@example.org", "agree"), ("b@example.org", "agree"), ("c@example.org", "disagree")):
        as_user(services, client, email)
        assert client.post(votes, json={"value": value}).status_code == 200
    pro = client.post(arguments, json={"stance": "for", "body": "Un délai plus long protège les justiciables."})
    con = client.post(arguments, json={"stance": "against", "body": "ARGUMENT-MASQUE injurieux."})
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"), justification="Laisser le temps.")
    for email in ("a@example.org", "b@example.org"):
        as_user(services, client, email)
        assert client.post(f"/api/amendments/{amendment['id']}/votes", json={"value": "agree"}).status_code == 200
    as_moderator(services, client)
    hide = {"type": "argument", "id": con.json()["id"], "action": "hide", "reason": "propos injurieux"}
    assert client.post("/api/moderation", json=hide).status_code == 200
    as_official(client)
    answer = {"body": "Nous retenons un an : c’est le délai du droit commun."}
    assert client.post(f"/api/amendments/{amendment['id']}/comments", json=answer).status_code == 201
    assert decide(client, amendment["id"], reason="Avis favorable : délai harmonisé.").status_code == 200
    client.cookies.clear()
    return {"pro": pro.json(), "amendment": amendment}


def test_the_synthesis_answers_citizens_article_by_article(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    made = _consultation(services, client, bill)
    response = client.get(f"/api/bills/{bill['id']}/synthesis")
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-disposition"].endswith('-synthese.html"')
    page = lxml_html.document_fromstring(response.text)
    assert not page.xpath("//script") and page.xpath("//svg")  # charts drawn on the server
    first = page.xpath("//h2[@id='articles']/following::table[1]/tbody/tr[1]")
    row = normalise(first[0].text_content())
    assert "2 · 0 · 1" in row and "1 / 0" in row and "1 adoptés" in row
    text = normalise(page.text_content())
    assert "Un délai plus long protège les justiciables." in text
    assert "ARGUMENT-MASQUE" not in text
    # the most supported amendment, with both of the officials' answers
    assert f"Amendement — n° {made['amendment']['number']} — Article 1er — 2 soutiens" in text
    assert "Nous retenons un an : c’est le délai du droit commun." in text
    assert "Avis favorable : délai harmonisé." in text
    decisions = page.xpath("//h2[@id='decisions']/following::table[1]/tbody/tr")
    assert len(decisions) == 1 and "Adopté le " in decisions[0].text_content()


def test_the_synthesis_pdf_holds_the_same_answers(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    _consultation(services, client, bill)
    response = client.get(f"/api/bills/{bill['id']}/synthesis?format=pdf")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    text = normalise(" ".join(pdf_pages(response.content)))
    assert "Synthèse de la consultation" in text and "Avis favorable : délai harmonisé." in text
    assert "ARGUMENT-MASQUE" not in text
    assert client.get(f"/api/bills/{bill['id']}/synthesis?format=docx").status_code == 422


def test_the_demo_synthesis_shows_the_2015_consultation_counts(services: Services, client: TestClient) -> None:
    bill = load_demo_if_empty(services)
    assert bill is not None
    shipped = json.loads((files("drafting") / "data" / "demo" / "votes-2015.json").read_text(encoding="utf-8"))
    page = lxml_html.document_fromstring(client.get(f"/api/bills/{bill}/synthesis").text)
    rows = page.xpath("//h2[@id='articles']/following::table[1]/tbody/tr")
    assert len(rows) == len(shipped)
    for row, number in zip(rows, sorted(shipped, key=int), strict=True):
        counts = shipped[number]
        assert normalise(row.xpath("./th")[0].text_content()).startswith(f"Article {number} ")
        assert f"{counts['agree']} · {counts['mixed']} · {counts['disagree']}" in row.text_content()
    total = sum(c["agree"] + c["mixed"] + c["disagree"] for c in shipped.values())
    figures = normalise(page.xpath("//ul[@class='figures']")[0].text_content())
    assert f"{total:,}".replace(",", " ") + " votes sur les articles" in figures and "3994 arguments" in figures
