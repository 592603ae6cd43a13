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


def test_threads_and_annotations_of_unknown_targets_are_404_with_a_message(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    for url, named in (
        ("/api/amendments/99999/comments", "no amendment 99999"),
        ("/api/annotations/99999/comments", "no annotation 99999"),
        (f"/api/bills/{bill['id']}/articles/nope/comments", "no version of bill"),
        (f"/api/bills/{bill['id']}/annotations?article=nope", "has an article 'nope'"),
        (f"/api/bills/{bill['id']}/annotations?version=99", "no version 99"),
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert named in response.json()["error"]["message"], url
    as_user(services, client, "auteur@example.org")
    draft = propose(client, bill, bill["text1"].replace("six mois", "un an"), draft=True)
    client.cookies.clear()
    assert client.get(f"/api/amendments/{draft['id']}/comments").status_code == 404  # a draft is private
    assert client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments").json()["items"] == []


def test_the_thread_of_an_article_a_later_version_removed_can_still_be_read(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments"
    assert client.post(url, json={"body": "À garder."}).status_code == 201
    created = annotate(client, bill["id"], bill["art1"], "six mois").json()
    deletion = propose(client, bill, "", kind="delete")
    as_official(client)
    assert decide(client, deletion["id"]).status_code == 200
    assert [c["body"] for c in client.get(url).json()["items"]] == ["À garder."]
    listed = client.get(f"/api/bills/{bill['id']}/annotations", params={"article": bill["art1"]}).json()["items"]
    assert [(a["id"], a["orphaned"]) for a in listed] == [(created["id"], True)]
    refused = client.post(url, json={"body": "Trop tard."})  # new comments need the article in the head
    assert refused.status_code == 404


def test_annotations_say_which_version_their_position_is_on(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "lecteur@example.org")
    on_art1 = annotate(client, bill["id"], bill["art1"], "Journal officiel").json()
    on_art2 = annotate(client, bill["id"], bill["art2"], "1er janvier 2027").json()
    amendment = propose(client, bill, bill["text1"].replace("de recours", "de recours contentieux"))
    as_official(client)
    decide(client, amendment["id"])
    as_user(services, client, "lecteur@example.org")
    later = annotate(client, bill["id"], bill["art1"], "six mois").json()
    listing = client.get(f"/api/bills/{bill['id']}/annotations").json()
    assert listing["head_version"] == 2
    by_id = {a["id"]: a for a in listing["items"]}
    # moved by the accepted change: its position is on version 2, the head
    head_text = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()["text"]
    moved = by_id[on_art1["id"]]
    assert moved["version"] == 2 and moved["original"]["version"] == 1
    assert head_text[moved["position"]["start"] : moved["position"]["end"]] == "Journal officiel"
    # article 2 did not change: its position was placed on version 1 and still holds on the head
    kept = by_id[on_art2["id"]]
    art2_head = client.get(f"/api/bills/{bill['id']}/articles/{bill['art2']}").json()["text"]
    assert kept["version"] == 1 and art2_head[kept["position"]["start"] : kept["position"]["end"]] == "1er janvier 2027"
    # ?version=1 keeps those first written on version 1 or before, positions still as anchored now
    written_on_1 = client.get(f"/api/bills/{bill['id']}/annotations?version=1").json()["items"]
    assert later["id"] in by_id and {a["id"] for a in written_on_1} == {on_art1["id"], on_art2["id"]}
    assert next(a for a in written_on_1 if a["id"] == on_art1["id"])["position"] == moved["position"]
