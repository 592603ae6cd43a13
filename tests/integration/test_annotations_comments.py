"""Annotations that survive edits, and comment threads, through the HTTP API."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendments_api import as_official, as_user, decide, propose

REPEATED = """# Projet de loi relatif au représentant de l'État

## Article 1er

{sentences}

Un décret en Conseil d'État précise les modalités.
""".format(
    sentences="Le représentant de l'État dans le département est informé. "
    "Le maire saisit le représentant de l'État dans le département. "
    "En cas d'urgence, le représentant de l'État dans le département décide."
)


def annotate(client: TestClient, bill_id: int, article: str, exact: str, prefix: str = "", suffix: str = "") -> Any:
    body = {"article": article, "quote": {"exact": exact, "prefix": prefix, "suffix": suffix}, "body": "Pourquoi ?"}
    return client.post(f"/api/bills/{bill_id}/annotations", json=body)


def test_an_annotation_is_anchored_by_its_quote_and_follows_accepted_changes(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "lecteur@example.org")
    response = annotate(client, bill["id"], bill["art1"], "Journal officiel")
    assert response.status_code == 201, response.text
    created = response.json()
    start = bill["text1"].index("Journal officiel")
    assert created["position"] == {"start": start, "end": start + len("Journal officiel")}
    assert created["orphaned"] is False and created["version"] == 1
    amendment = propose(client, bill, bill["text1"].replace("de recours", "de recours contentieux"))
    as_official(client)
    decide(client, amendment["id"])
    moved = client.get(f"/api/annotations/{created['id']}").json()
    assert moved["version"] == 2 and moved["quote"]["exact"] == "Journal officiel"
    assert moved["position"]["start"] == start + len(" contentieux") and moved["orphaned"] is False


def test_an_annotation_on_a_rewritten_passage_is_orphaned_and_kept(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "lecteur@example.org")
    created = annotate(client, bill["id"], bill["art1"], "La décision est publiée au Journal officiel.").json()
    rewritten = bill["text1"].replace(
        "La décision est publiée au Journal officiel.", "Aucune publication n'est requise."
    )
    amendment = propose(client, bill, rewritten)
    as_official(client)
    decide(client, amendment["id"])
    orphan = client.get(f"/api/annotations/{created['id']}").json()
    assert orphan["orphaned"] is True and orphan["original"]["exact"] == "La décision est publiée au Journal officiel."
    listed = client.get(f"/api/bills/{bill['id']}/annotations", params={"article": bill["art1"]}).json()["items"]
    assert [a["id"] for a in listed] == [created["id"]]


def test_an_annotation_on_a_repeated_phrase_never_jumps_to_another_occurrence(
    services: Services, client: TestClient, official: Any
) -> None:
    created_bill = client.post("/api/bills", json={"source": REPEATED}).json()
    client.patch(f"/api/bills/{created_bill['id']}", json={"status": "open"})
    article = client.get(f"/api/bills/{created_bill['id']}").json()["tree"]["children"][0]
    phrase = "le représentant de l'État dans le département"
    second = article["text"].index(phrase, article["text"].index(phrase) + 1)
    as_user(services, client, "lecteur@example.org")
    prefix = article["text"][second - 20 : second]
    response = annotate(client, created_bill["id"], article["eid"], phrase, prefix=prefix)
    assert response.json()["position"]["start"] == second
    # The second occurrence is deleted: the annotation is orphaned, not moved to the first or third.
    text = article["text"][:second] + "le préfet" + article["text"][second + len(phrase) :]
    context = {"id": created_bill["id"], "art1": article["eid"], "text1": article["text"]}
    amendment = propose(client, context, text)
    as_official(client)
    decide(client, amendment["id"])
    after = client.get(f"/api/annotations/{response.json()['id']}").json()
    assert after["orphaned"] is True


def test_a_quote_that_is_not_in_the_article_is_refused(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "lecteur@example.org")
    response = annotate(client, bill["id"], bill["art1"], "un passage imaginaire")
    assert response.status_code == 422 and "not in the article" in response.json()["error"]["message"]
    assert annotate(client, bill["id"], "art_404", "délai").status_code == 404


def test_comment_threads_on_articles_with_replies_edits_and_tombstones(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments"
    first = client.post(url, json={"body": "Un délai **trop court**."}).json()
    as_user(services, client, "b@example.org")
    reply = client.post(url, json={"body": "Je ne suis pas d'accord.", "reply_to": first["id"]}).json()
    assert client.patch(f"/api/comments/{first['id']}", json={"body": "Changé"}).status_code == 403
    as_user(services, client, "a@example.org")
    edited = client.patch(f"/api/comments/{first['id']}", json={"body": "Un délai **bien trop court**."})
    assert edited.status_code == 200 and edited.json()["edited_at"]
    history = client.get(f"/api/comments/{first['id']}/history").json()
    assert [h["body"] for h in history] == ["Un délai **trop court**."]
    assert client.delete(f"/api/comments/{first['id']}").status_code == 200
    thread = client.get(url).json()["items"]
    assert thread[0]["deleted"] is True and thread[0]["body"] is None and thread[0]["notice"] == "commentaire supprimé"
    assert thread[1]["id"] == reply["id"] and thread[1]["parent"] == first["id"] and thread[1]["body"]


def test_replies_to_an_annotation_form_its_thread(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    as_user(services, client, "a@example.org")
    created = annotate(client, bill["id"], bill["art1"], "six mois").json()
    url = f"/api/annotations/{created['id']}/comments"
    assert client.post(url, json={"body": "Trop court."}).status_code == 201
    assert [c["body"] for c in client.get(url).json()["items"]] == ["Trop court."]
    assert client.post("/api/annotations/999/comments", json={"body": "x"}).status_code == 404


def test_open_data_lists_everything_public_with_stable_ids(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    import csv
    import io
    import zipfile

    as_user(services, client, "camille@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    annotate(client, bill["id"], bill["art1"], "Journal officiel")
    client.post(f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments", json={"body": "Bien."})
    as_official(client)
    decide(client, amendment["id"])
    data = client.get(f"/api/bills/{bill['id']}/opendata").json()
    assert [v["number"] for v in data["versions"]] == [1, 2]
    assert data["amendments"][0]["id"] == amendment["id"] and data["amendments"][0]["status"] == "accepted"
    assert ["+", "un an"] in data["amendments"][0]["diff"]
    assert [d["to"] for d in data["decisions"]] == ["submitted", "accepted"]
    assert data["comments"][0]["author"] == "Camille" and "email" not in str(data).lower()
    web = data["annotations"][0]
    assert web["type"] == "Annotation" and web["target"]["selector"][0]["exact"] == "Journal officiel"
    archive = zipfile.ZipFile(io.BytesIO(client.get(f"/api/bills/{bill['id']}/opendata?format=csv").content))
    assert {"versions.csv", "amendments.csv", "arguments.csv", "tallies.csv"} <= set(archive.namelist())
    rows = list(csv.DictReader(io.StringIO(archive.read("amendments.csv").decode())))
    assert rows[0]["id"] == str(amendment["id"])
    assert client.get(f"/api/bills/{bill['id']}/opendata?format=xls").status_code == 422
