"""Bills and versions through the HTTP API, on the real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.conftest import make_user, sign_in

SMALL = """# Projet de loi relatif aux essais

## TITRE Ier

## Dispositions générales

### Article 1er

Le présent texte s’applique aux essais.

Il entre en vigueur le 1er janvier.

### Article 2 bis — Définitions

1° Un essai est une tentative ;

2° Une erreur est un essai manqué.
"""

COVID = "bills/fr_loi-2020-290_urgence-covid19"


def create(client: TestClient, source: str = SMALL, **extra: str) -> dict:
    response = client.post("/api/bills", json={"format": "markdown", "source": source, **extra})
    assert response.status_code == 201, response.text
    return response.json()


def stage(shared: Path, n: int) -> str:
    return next((shared / COVID).glob(f"{n:02d}_*.md")).read_text(encoding="utf-8")


def test_an_official_creates_a_bill_and_reads_it_back_as_a_tree(client: TestClient, official: Actor) -> None:
    bill = create(client)
    assert bill["id"] and bill["version"] == 1 and bill["title"] == "Projet de loi relatif aux essais"
    got = client.get(f"/api/bills/{bill['id']}").json()
    assert got["status"] == "draft" and got["head_version"] == 1
    titre = got["tree"]["children"][0]
    assert (titre["kind"], titre["num"], titre["heading"]) == ("titre", "Ier", "Dispositions générales")
    art1, art2 = titre["children"]
    assert art1["kind"] == "article" and art1["num"] == "1er" and art1["heading"] is None
    assert art1["alineas"] == [
        "Le présent texte s’applique aux essais.",
        "Il entre en vigueur le 1er janvier.",
    ]
    assert art1["text"] == "\n".join(art1["alineas"])
    assert art2["num"] == "2 bis" and art2["heading"] == "Définitions"
    assert art2["alineas"][0].startswith("1° ")
    assert art1["eid"] != art2["eid"] and art1["eid"].startswith(titre["eid"])
    # The bill is listed, and reachable by its slug too.
    listing = client.get("/api/bills").json()
    assert [b["id"] for b in listing["items"]] == [bill["id"]]
    assert client.get(f"/api/bills/{bill['slug']}").json()["id"] == bill["id"]


def test_only_officials_create_bills(services: Services, client: TestClient) -> None:
    anonymous = client.post("/api/bills", json={"format": "markdown", "source": SMALL})
    assert anonymous.status_code == 401
    make_user(services, "citoyen@example.org")
    sign_in(client, "citoyen@example.org")
    citizen = client.post("/api/bills", json={"format": "markdown", "source": SMALL})
    assert citizen.status_code == 403
    assert client.get("/api/bills").json()["items"] == []


def test_officials_of_one_bill_cannot_change_another(services: Services, client: TestClient, official: Actor) -> None:
    bill = create(client)
    make_user(services, "other@example.org", "official")
    sign_in(client, "other@example.org")
    response = client.patch(f"/api/bills/{bill['id']}", json={"status": "open"})
    assert response.status_code == 403
    assert client.get(f"/api/bills/{bill['id']}").json()["status"] == "draft"


def test_officials_open_and_rename_a_bill(client: TestClient, official: Actor) -> None:
    bill = create(client)
    response = client.patch(f"/api/bills/{bill['id']}", json={"status": "open", "title": "Nouveau titre"})
    assert response.status_code == 200
    got = client.get(f"/api/bills/{bill['id']}").json()
    assert (got["status"], got["title"]) == ("open", "Nouveau titre")
    bad = client.patch(f"/api/bills/{bill['id']}", json={"status": "published"})
    assert bad.status_code == 422 and "status" in bad.json()["error"]["message"]


def test_later_stages_become_versions_that_keep_article_ids(
    shared: Path, services: Services, client: TestClient, official: Actor
) -> None:
    bill = create(client, stage(shared, 0), label="Texte du projet de loi")
    first = client.get(f"/api/bills/{bill['id']}/versions/1").json()
    first_ids = {a["num"]: a["eid"] for a in _articles(first["tree"])}
    for n in range(1, 7):
        response = client.post(
            f"/api/bills/{bill['id']}/versions",
            json={"format": "markdown", "source": stage(shared, n), "label": f"stage {n}"},
        )
        assert response.status_code == 201, response.text
        assert response.json()["version"] == n + 1
    versions = client.get(f"/api/bills/{bill['id']}/versions").json()
    assert [v["number"] for v in versions] == list(range(1, 8))
    assert versions[0]["label"] == "Texte du projet de loi" and versions[1]["parent"] == 1
    assert len({v["hash"] for v in versions}) == 7
    # Article 2 of the government's bill became article 20 of the law: renumbered, same id.
    final = client.get(f"/api/bills/{bill['id']}/versions/7").json()
    final_nums = {a["eid"]: a["num"] for a in _articles(final["tree"])}
    assert final_nums[first_ids["2"]] == "20"
    renumbered = client.get(f"/api/bills/{bill['id']}/compare?from=1&to=7").json()["articles"]["renumbered"]
    assert {"eid": first_ids["2"], "from": "2", "to": "20"} in renumbered
    # Unchanged articles are shared between versions, not copied.
    from sqlalchemy import func, select

    from drafting.storage.models import NodeRevision

    total_nodes = sum(
        len(_articles(client.get(f"/api/bills/{bill['id']}/versions/{v}").json()["tree"])) for v in range(1, 8)
    )
    with services.db.read() as session:
        stored = session.scalar(select(func.count()).select_from(NodeRevision).where(NodeRevision.kind == "article"))
    assert stored < total_nodes


def test_comparing_versions_shows_added_removed_and_modified_articles(client: TestClient, official: Actor) -> None:
    bill = create(client)
    changed = SMALL.replace("aux essais.", "aux essais et aux erreurs.").replace(
        SMALL[SMALL.index("### Article 2 bis") :],
        "### Article 3\n\nUn article nouveau.\n",
    )
    client.post(f"/api/bills/{bill['id']}/versions", json={"source": changed, "label": "v2"})
    result = client.get(f"/api/bills/{bill['id']}/compare?from=1&to=2").json()
    modified = result["articles"]["modified"]
    assert len(modified) == 1 and ["+", " et aux erreurs"] in modified[0]["diff"]
    assert [a["num"] for a in result["articles"]["added"]] == ["3"]
    assert [a["num"] for a in result["articles"]["removed"]] == ["2 bis"]


def test_typography_only_changes_can_be_ignored(client: TestClient, official: Actor) -> None:
    bill = create(client)
    typo = SMALL.replace("s’applique", "s'applique").replace("1er janvier", "1er\u00a0janvier")
    client.post(f"/api/bills/{bill['id']}/versions", json={"source": typo, "label": "typographie"})
    strict = client.get(f"/api/bills/{bill['id']}/compare?from=1&to=2").json()
    assert len(strict["articles"]["modified"]) == 1
    lenient = client.get(f"/api/bills/{bill['id']}/compare?from=1&to=2&ignore_typography=true").json()
    assert lenient["articles"]["modified"] == []


@pytest.mark.parametrize(
    "fmt, marker",
    [("txt", "Article 1er"), ("md", "### Article 1er"), ("html", "<!doctype html"), ("akn", "<akomaNtoso")],
)
def test_every_version_exports_in_each_format(client: TestClient, official: Actor, fmt: str, marker: str) -> None:
    bill = create(client)
    response = client.get(f"/api/bills/{bill['id']}/versions/1/export?format={fmt}")
    assert response.status_code == 200
    assert marker.lower() in response.text.lower()
    assert "Il entre en vigueur le 1er janvier." in response.text


def test_the_akoma_ntoso_export_validates_against_the_oasis_schema(client: TestClient, official: Actor) -> None:
    from drafting.formats.akn import validate

    bill = create(client)
    xml = client.get(f"/api/bills/{bill['id']}/versions/1/export?format=akn").text
    assert validate(xml) == []


def test_one_article_by_stable_id_at_a_version_or_a_moment(client: TestClient, official: Actor) -> None:
    bill = create(client)
    eid = _articles(client.get(f"/api/bills/{bill['id']}").json()["tree"])[0]["eid"]
    client.post(
        f"/api/bills/{bill['id']}/versions",
        json={"source": SMALL.replace("essais.", "tests."), "label": "v2"},
    )
    v1 = client.get(f"/api/bills/{bill['id']}/articles/{eid}?version=1").json()
    head = client.get(f"/api/bills/{bill['id']}/articles/{eid}").json()
    assert "essais." in v1["text"] and "tests." in head["text"] and head["version"] == 2
    assert v1["path"][0]["kind"] == "titre"
    created = client.get(f"/api/bills/{bill['id']}/versions").json()[0]["created_at"]
    at_v1 = client.get(f"/api/bills/{bill['id']}/articles/{eid}", params={"at": created}).json()
    assert at_v1["version"] == 1
    before = client.get(f"/api/bills/{bill['id']}/articles/{eid}", params={"at": "2000-01-01T00:00:00Z"})
    assert before.status_code == 404


def test_verify_detects_a_rewritten_history(services: Services, client: TestClient, official: Actor) -> None:
    from sqlalchemy import update

    from drafting.storage.models import NodeRevision

    bill = create(client)
    client.post(
        f"/api/bills/{bill['id']}/versions",
        json={"source": SMALL.replace("essais.", "tests."), "label": "v2"},
    )
    assert services.bills.verify(bill["id"]) == []
    with services.db.write() as session:
        session.execute(update(NodeRevision).where(NodeRevision.kind == "article").values(alineas=["Texte falsifié."]))
    problems = services.bills.verify(bill["id"])
    assert problems and problems[0].startswith("version 1:")


def _articles(tree: dict) -> list[dict]:
    out = []
    for node in tree["children"]:
        out.extend([node] if node["kind"] == "article" else _articles(node))
    return out


def test_verify_detects_a_changed_label_author_or_amendment(
    services: Services, client: TestClient, official: Actor
) -> None:
    from sqlalchemy import update

    from drafting.storage.models import Version

    bill = create(client)
    client.post(f"/api/bills/{bill['id']}/versions", json={"source": SMALL.replace("essais.", "tests."), "label": "v2"})
    assert services.bills.verify(bill["id"]) == []
    with services.db.write() as session:
        session.execute(update(Version).where(Version.number == 2).values(label="texte adopté par le Sénat"))
    problems = services.bills.verify(bill["id"])
    assert len(problems) == 1 and problems[0].startswith("version 2:") and "label" in problems[0]
    with services.db.write() as session:
        session.execute(update(Version).where(Version.number == 2).values(label="v2", author_name="Quelqu'un"))
    assert [p[:10] for p in services.bills.verify(bill["id"])] == ["version 2:"]
    with services.db.write() as session:
        session.execute(update(Version).where(Version.number == 2).values(author_name=official.display_name))
    assert services.bills.verify(bill["id"]) == []
