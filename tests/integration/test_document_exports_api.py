"""Exports of a version through the API and the command line: the right media type, a file name
`<slug>-v<n>.<ext>`, and a document that reads back as the version."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import docx
import odfdo
import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from drafting.formats.markdown import TRACE_MARK
from tests.integration.test_bills_api import SMALL, create, stage
from tests.integration.test_cli import run
from tests.readback import docx_paragraphs, normalise, odt_paragraphs, pdf_body, text_of


@pytest.mark.parametrize(
    "fmt, media_type, ext",
    [
        ("txt", "text/plain; charset=utf-8", "txt"),
        ("md", "text/markdown; charset=utf-8", "md"),
        ("html", "text/html; charset=utf-8", "html"),
        ("akn", "application/akn+xml", "xml"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        ("odt", "application/vnd.oasis.opendocument.text", "odt"),
        ("pdf", "application/pdf", "pdf"),
    ],
)
def test_each_format_has_its_media_type_and_a_file_name(
    client: TestClient, official: Actor, shared: Path, fmt: str, media_type: str, ext: str
) -> None:
    bill = create(client, stage(shared, 0))
    response = client.get(f"/api/bills/{bill['id']}/versions/1/export?format={fmt}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == media_type
    disposition = response.headers["content-disposition"]
    assert disposition.endswith(f'filename="{bill["slug"]}-v1.{ext}"')
    assert disposition.startswith("attachment" if fmt in ("docx", "odt", "pdf") else "inline")


def test_the_documents_served_read_back_as_the_stored_version(
    client: TestClient, official: Actor, shared: Path
) -> None:
    bill = create(client, stage(shared, 0))
    base = f"/api/bills/{bill['id']}/versions/1/export?format="
    text = client.get(base + "md").text.split(TRACE_MARK)[0]  # the trace (who changed what) follows the text
    lines = [line.lstrip("#").strip() for line in text.split("\n\n") if line.strip()][1:]  # title first
    docx_body = docx_paragraphs(client.get(base + "docx").content)
    assert [t for s, t in docx_body if s not in ("Title", "Drafting Meta", "Drafting Trace")] == lines
    odt_body = odt_paragraphs(client.get(base + "odt").content)[4:]
    assert [t for s, t in odt_body if "DraftingTrace" not in s] == lines
    body = pdf_body(client.get(base + "pdf").content)
    assert text_of(body) == normalise(" ".join(lines))
    assert "Aucune modification depuis le texte initial." in body


def test_an_unknown_format_is_refused_with_the_formats_offered(client: TestClient, official: Actor) -> None:
    bill = create(client)
    response = client.get(f"/api/bills/{bill['id']}/versions/1/export?format=rtf")
    assert response.status_code == 422
    assert "docx" in response.json()["error"]["message"] and "pdf" in response.json()["error"]["message"]


def test_the_command_line_writes_a_pdf_to_a_file_and_refuses_none_to_a_terminal(
    shared: Path, services: Services, tmp_path: Path
) -> None:
    source = next((shared / "bills/fr_loi-2020-290_urgence-covid19").glob("00_*.md"))
    created = run(services, "import", str(source))
    assert created.returncode == 0, created.stderr
    out = tmp_path / "loi.pdf"
    result = run(services, "export", "1", "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and out.read_bytes().startswith(b"%PDF-")
    md = run(services, "export", "1", "--format", "md").stdout
    lines = [line.lstrip("#").strip() for line in md.split(TRACE_MARK)[0].split("\n\n") if line.strip()][1:]
    assert text_of(pdf_body(out.read_bytes())) == normalise(" ".join(lines))
    # standard output redirected to a file (not a terminal): the document goes there
    redirected = tmp_path / "loi.docx"
    with redirected.open("wb") as stdout:
        env = {**os.environ, "DRAFTING_DATABASE_URL": services.db.url}
        env["DRAFTING_DATA_DIR"] = str(services.settings.data_dir)
        command = [sys.executable, "-m", "drafting", "export", "1", "--format", "docx"]
        assert subprocess.run(command, stdout=stdout, env=env, timeout=120).returncode == 0
    skipped = ("Title", "Drafting Meta", "Drafting Trace")
    body = [t for s, t in docx_paragraphs(redirected.read_bytes()) if s not in skipped]
    assert body == lines


@pytest.mark.parametrize(
    "fmt, media_type",
    [
        ("html", "text/html; charset=utf-8"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("odt", "application/vnd.oasis.opendocument.text"),
        ("pdf", "application/pdf"),
    ],
)
def test_the_tableau_comparatif_of_two_stages_is_served_in_each_format(
    client: TestClient, official: Actor, shared: Path, fmt: str, media_type: str
) -> None:
    bill = create(client, stage(shared, 0))
    added = client.post(f"/api/bills/{bill['id']}/versions", json={"source": stage(shared, 6), "label": "loi"})
    assert added.status_code == 201, added.text
    response = client.get(f"/api/bills/{bill['id']}/compare?from=1&to=2&format={fmt}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == media_type
    assert response.headers["content-disposition"].endswith(f'filename="{bill["slug"]}-v1-v2.{fmt}"')
    # the renumbered article 7 of the bill sits beside article 11 of the law
    if fmt == "html":
        assert "<del>" in response.text and "<ins>" in response.text
        assert response.text.index("Article 7") < response.text.index("Article 11")
    elif fmt == "docx":
        rows = docx.Document(BytesIO(response.content)).tables[0].rows
        pairs = [(r.cells[0].paragraphs[0].text, r.cells[1].paragraphs[0].text) for r in rows]
        assert ("Article 7", "Article 11") in pairs
    json_default = client.get(f"/api/bills/{bill['id']}/compare?from=1&to=2")
    assert json_default.headers["content-type"] == "application/json"


def test_an_unknown_compare_format_is_refused(client: TestClient, official: Actor) -> None:
    bill = create(client)
    response = client.get(f"/api/bills/{bill['id']}/compare?from=1&to=1&format=xls")
    assert response.status_code == 422
    assert "docx" in response.json()["error"]["message"]


def test_the_command_line_writes_the_tableau_comparatif(shared: Path, services: Services, tmp_path: Path) -> None:
    folder = shared / "bills/fr_loi-2020-290_urgence-covid19"
    assert run(services, "import", str(next(folder.glob("00_*.md")))).returncode == 0
    assert run(services, "import", str(next(folder.glob("06_*.md"))), "--bill", "1").returncode == 0
    out = tmp_path / "tableau.odt"
    result = run(services, "compare", "1", "1", "2", "--format", "odt", "-o", str(out))
    assert result.returncode == 0, result.stderr
    document = odfdo.Document(BytesIO(out.read_bytes()))
    cells = [[p.inner_text for p in cell.get_paragraphs()][:1] for cell in document.body.get_table(0).traverse()]
    assert ["Article 11"] in cells
    as_json = json.loads(run(services, "compare", "1", "1", "2").stdout)
    assert as_json["from"] == 1 and as_json["to"] == 2


def test_a_version_pdf_is_drawn_once_then_served_from_the_data_dir(
    client: TestClient, official: Actor, services: Services
) -> None:
    """A version never changes, so its PDF (over a minute of drawing for a whole code) is kept in the
    data dir and a second download reads it; another version, or any change to what the PDF shows,
    is drawn anew."""
    source = SMALL.replace("Projet de loi relatif aux essais", "Projet de loi relatif aux documents gardés")
    bill = create(client, source)
    folder = services.settings.data_dir / "cache" / "pdf"
    kept_before = set(folder.glob("*.pdf"))
    url = f"/api/bills/{bill['id']}/versions/{{}}/export?format="
    first = client.get(url.format(1) + "pdf").content
    md = client.get(url.format(1) + "md").text.split(TRACE_MARK)[0]  # the trace follows the text
    lines = [line.lstrip("#").strip() for line in md.split("\n\n")][1:]
    assert text_of(pdf_body(first)) == normalise(" ".join(line for line in lines if line))
    (kept,) = set(folder.glob("*.pdf")) - kept_before
    assert kept.read_bytes() == first
    # the second download is the kept file, not a new drawing
    kept.write_bytes(first + b"%kept\n")
    assert client.get(url.format(1) + "pdf").content == first + b"%kept\n"
    # a new version is drawn and kept apart; the first is still served as it was
    changed = source.replace("s’applique aux essais.", "s’applique aux essais gardés.")
    assert changed != source
    response = client.post(
        f"/api/bills/{bill['id']}/versions", json={"format": "markdown", "source": changed, "label": "v2"}
    )
    assert response.status_code == 201, response.text
    second = client.get(url.format(2) + "pdf").content
    assert "aux essais gardés" in pdf_body(second) and "aux essais gardés" not in pdf_body(first)
    assert len(set(folder.glob("*.pdf")) - kept_before) == 2
    assert client.get(url.format(1) + "pdf").content == first + b"%kept\n"
