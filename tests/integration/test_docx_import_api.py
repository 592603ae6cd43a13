"""Word import through the API and the command line: a bill, and a later stage, from a .docx; a bad
file is refused with a message and changes nothing."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.integration.test_bills_api import create, stage
from tests.integration.test_cli import run


def _docx_of(client: TestClient, bill: int, version: int) -> str:
    response = client.get(f"/api/bills/{bill}/versions/{version}/export?format=docx")
    assert response.status_code == 200
    return base64.b64encode(response.content).decode("ascii")


def _strip_ids(node: dict) -> dict:
    keep = {k: v for k, v in node.items() if k in ("kind", "num", "heading", "alineas")}
    return {**keep, "children": [_strip_ids(c) for c in node.get("children", [])]}


def test_a_bill_exported_to_word_is_imported_as_a_new_bill_with_the_same_text(
    client: TestClient, official: Actor, shared: Path
) -> None:
    original = create(client, stage(shared, 0))
    created = client.post("/api/bills", json={"format": "docx", "source": _docx_of(client, original["id"], 1)})
    assert created.status_code == 201, created.text
    assert created.json()["articles"] == original["articles"]
    before = client.get(f"/api/bills/{original['id']}").json()
    after = client.get(f"/api/bills/{created.json()['id']}").json()
    assert after["title"] == before["title"]
    assert [_strip_ids(n) for n in after["tree"]["children"]] == [_strip_ids(n) for n in before["tree"]["children"]]


def test_a_later_stage_comes_from_word_and_keeps_the_stable_ids(
    client: TestClient, official: Actor, shared: Path
) -> None:
    bill = create(client, stage(shared, 0))
    other = create(client, stage(shared, 6))
    body = {"format": "docx", "source": _docx_of(client, other["id"], 1), "label": "loi"}
    added = client.post(f"/api/bills/{bill['id']}/versions", json=body)
    assert added.status_code == 201, added.text
    compared = client.get(f"/api/bills/{bill['id']}/compare?from=1&to=2").json()
    renumbered = {(r["from"], r["to"]) for r in compared["articles"]["renumbered"]}
    assert ("7", "11") in renumbered  # matched by text, as a Markdown stage would be


def test_a_bad_file_is_refused_and_changes_nothing(client: TestClient, official: Actor) -> None:
    bill = create(client)
    before = client.get("/api/bills").json()
    for source, message in (
        (base64.b64encode(b"not a zip at all").decode(), "zip archive"),
        ("%%% not base64 %%%", "base64"),
    ):
        refused = client.post("/api/bills", json={"format": "docx", "source": source})
        assert refused.status_code == 422 and message in refused.json()["error"]["message"]
        stage_refused = client.post(
            f"/api/bills/{bill['id']}/versions", json={"format": "docx", "source": source, "label": "x"}
        )
        assert stage_refused.status_code == 422
    assert client.get("/api/bills").json() == before
    assert len(client.get(f"/api/bills/{bill['id']}/versions").json()) == 1


def test_drafting_import_reads_a_word_file(shared: Path, services: Services, tmp_path: Path) -> None:
    source = next((shared / "bills/fr_loi-2020-290_urgence-covid19").glob("00_*.md"))
    assert run(services, "import", str(source)).returncode == 0
    out = tmp_path / "projet.docx"
    assert run(services, "export", "1", "--format", "docx", "-o", str(out)).returncode == 0
    imported = run(services, "import", str(out))
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["articles"] == 11
    first = run(services, "export", "1", "--format", "md").stdout
    second = run(services, "export", str(json.loads(imported.stdout)["bill"]), "--format", "md").stdout
    assert first == second
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really")
    failed = run(services, "import", str(broken))
    assert failed.returncode == 1 and failed.stdout == "" and "cannot be read" in failed.stderr
