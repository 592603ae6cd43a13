"""The trace in a version's exports: two amendments by two authors, accepted by the official, are
named in every export of the consolidated text (PDF, DOCX, ODT, HTML, Markdown, text), with the
passages each put there; a version 1 says briefly that nothing changed."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import docx
import odfdo
import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.formats.markdown import parse
from tests.integration.test_amendments_api import as_official, as_user, bill, decide, propose  # noqa: F401
from tests.readback import normalise, pdf_pages


def _two_amendments(services: Services, client: TestClient, bill: dict[str, Any]) -> str:  # noqa: F811
    """Camille changes « six mois » into « un an » in article 1; Dominique rewrites article 2."""
    as_user(services, client, "camille@example.org")
    first = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_user(services, client, "dominique@example.org")
    second = propose(
        client, bill, "Le présent article entre en vigueur le 1er juillet 2027.", article=bill["art2"]
    )
    as_official(client)
    assert decide(client, first["id"]).status_code == 200
    assert decide(client, second["id"], reason="Date alignée sur la loi de finances.").status_code == 200
    return f"/api/bills/{bill['id']}/versions/3/export?format="


def _docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(BytesIO(data)).paragraphs)


def _odt_text(data: bytes) -> str:
    document = odfdo.Document(BytesIO(data))
    return "\n".join(e.inner_text for e in document.body.children if e.tag in ("text:p", "text:h"))


def _pdf_text(data: bytes) -> str:
    return normalise(" ".join(pdf_pages(data)))


READERS = {
    "pdf": _pdf_text,
    "docx": _docx_text,
    "odt": _odt_text,
    "html": lambda data: data.decode(),
    "md": lambda data: data.decode(),
    "txt": lambda data: data.decode(),
}


@pytest.mark.parametrize("fmt", list(READERS))
def test_each_export_names_both_amendments_their_authors_and_passages(
    services: Services,
    client: TestClient,
    bill: dict[str, Any],  # noqa: F811
    fmt: str,
) -> None:
    base = _two_amendments(services, client, bill)
    response = client.get(base + fmt)
    assert response.status_code == 200, response.text
    text = normalise(READERS[fmt](response.content)).replace("&#39;", "'")
    assert "historique des modifications" in text.lower()
    # each version, the decision that made it, and the official who took it
    assert "Version 2" in text and "Version 3" in text
    assert "amendement n° 1 de camille" in text.lower() and "amendement n° 2 de dominique" in text.lower()
    assert text.count("adopté par") == 2
    assert "Motif : Date alignée sur la loi de finances." in text
    assert "Articles modifiés : Article 1er." in text and "Articles modifiés : Article 2." in text
    # the passages, each with the amendment that put it there
    assert "« un an »" in text
    assert "« juillet »" in text or "« 1er juillet »" in text or "juillet" in text.split("Origine des passages")[1]
    origins = text.split("Origine des passages")[1]
    assert "amendement n° 1 (" in origins and "amendement n° 2 (" in origins
    assert origins.index("Article 1er") < origins.index("un an") < origins.index("Article 2")


def test_an_exported_markdown_or_word_file_imports_again_without_its_trace(
    services: Services,
    client: TestClient,
    bill: dict[str, Any],  # noqa: F811
) -> None:
    base = _two_amendments(services, client, bill)
    tree = parse(client.get(base + "md").text)
    assert [a.num for a in tree.articles()] == ["1er", "2"]
    assert tree.articles()[-1].alineas == ("Le présent article entre en vigueur le 1er juillet 2027.",)
    assert parse(client.get(base + "txt").text).articles()[-1].alineas == tree.articles()[-1].alineas
    from drafting.formats.docx_import import parse_bytes

    assert parse_bytes(client.get(base + "docx").content).articles()[-1].alineas == tree.articles()[-1].alineas


def test_a_first_version_says_briefly_that_nothing_changed(
    client: TestClient,
    bill: dict[str, Any],  # noqa: F811
) -> None:
    text = client.get(f"/api/bills/{bill['id']}/versions/1/export?format=txt").text
    trace = text.split("HISTORIQUE DES MODIFICATIONS")[1]
    assert "Version 1" in trace and "Aucune modification depuis le texte initial." in trace
    assert "Origine des passages" not in trace


def test_the_kept_pdf_is_drawn_again_when_the_trace_changes(
    services: Services,
    client: TestClient,
    bill: dict[str, Any],  # noqa: F811
) -> None:
    """A version never changes, but its trace may (a moderator hides an amendment's author): the PDF
    cache is keyed by the HTML drawn, trace included, so the kept PDF follows."""
    base = _two_amendments(services, client, bill)
    bills = services.bills
    tree, meta = bills.document(bill["id"], 3)
    from dataclasses import replace

    from drafting.formats import pdf

    with_trace = pdf.page_html(tree, replace(meta, trace=bills.trace(meta, tree)))
    assert pdf.fingerprint(with_trace) != pdf.fingerprint(pdf.page_html(tree, meta))
    assert "dominique" in _pdf_text(client.get(base + "pdf").content).lower()
