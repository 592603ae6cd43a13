"""Exports of a version through the API and the command line: the right media type, a file name
`<slug>-v<n>.<ext>`, and a document that reads back as the version."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.integration.test_bills_api import create, stage
from tests.integration.test_cli import run
from tests.readback import docx_paragraphs, normalise, odt_paragraphs, pdf_body


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
    text = client.get(base + "md").text
    lines = [line.lstrip("#").strip() for line in text.split("\n\n") if line.strip()][1:]  # title first
    docx_body = docx_paragraphs(client.get(base + "docx").content)
    assert [t for s, t in docx_body if s not in ("Title", "Drafting Meta")] == lines
    assert [t for _s, t in odt_paragraphs(client.get(base + "odt").content)[4:]] == lines
    assert pdf_body(client.get(base + "pdf").content) == normalise(" ".join(lines))


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
    lines = [line.lstrip("#").strip() for line in md.split("\n\n") if line.strip()][1:]
    assert pdf_body(out.read_bytes()) == normalise(" ".join(lines))
    # standard output redirected to a file (not a terminal): the document goes there
    redirected = tmp_path / "loi.docx"
    with redirected.open("wb") as stdout:
        env = {**os.environ, "DRAFTING_DATABASE_URL": services.db.url}
        env["DRAFTING_DATA_DIR"] = str(services.settings.data_dir)
        command = [sys.executable, "-m", "drafting", "export", "1", "--format", "docx"]
        assert subprocess.run(command, stdout=stdout, env=env, timeout=120).returncode == 0
    body = [t for s, t in docx_paragraphs(redirected.read_bytes()) if s not in ("Title", "Drafting Meta")]
    assert body == lines
