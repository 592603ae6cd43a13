"""The official's queue (discussions communes, accept with an edited text and a version label, the
consultation opened and closed) and the history pages: compare, text at a date, footprint, exports, /me."""

from __future__ import annotations

import re
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendment_pages import HTML, amendment_items, post_form
from tests.integration.test_amendments_api import as_official, as_user, propose


def test_the_queue_groups_colliding_amendments_and_an_official_accepts_an_edited_text(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "dominique@example.org")
    three = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    as_user(services, client, "camille@example.org")
    year = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    apart = propose(client, bill, "Le présent article entre en vigueur le 1er juillet 2027.", article=bill["art2"])
    queue = f"/bills/{bill['id']}/queue"
    assert client.get(queue, headers=HTML).status_code == 403  # citizens have no queue

    as_official(client)
    page = client.get(queue, headers=HTML).text
    joint = page.split("Discussion commune (2 amendements)", 1)[1].split("</section>")[0]
    assert sorted(amendment_items(joint)) == sorted([str(three["id"]), str(year["id"])])
    assert "Accepter avec un texte modifié" in page and "3 amendements en attente" in page
    # one article at a time, the first with pending amendments; the others a link away
    assert str(apart["id"]) not in amendment_items(page) and f'queue?article={bill["art2"]}">' in page
    assert amendment_items(client.get(queue, params={"article": bill["art2"]}, headers=HTML).text) == [str(apart["id"])]

    edited = bill["text1"].replace("six mois", "neuf mois")
    form = {"decision": "accept", "reason": "Compromis.", "text": edited, "label": "texte de la commission"}
    assert post_form(client, f"/amendments/{year['id']}/decision", {**form, "next": queue}).status_code == 303
    article = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()
    assert "neuf mois" in article["text"] and article["version"] == 2
    assert client.get(f"/api/bills/{bill['id']}/versions").json()[-1]["label"] == "texte de la commission"
    after = client.get(queue, headers=HTML).text  # the other one now collides: its author must revise it
    card = after.split(f'id="amendment-{three["id"]}"', 1)[1].split("</li>", 1)[0]
    assert "Le passage qu’il modifie a été réécrit" in card and str(year["id"]) not in amendment_items(after)

    assert post_form(client, f"/bills/{bill['id']}/consultation", {"status": "closed"}).status_code == 303
    assert client.get(f"/api/bills/{bill['id']}").json()["status"] == "closed"
    assert "Ouvrir la consultation" in client.get(queue, headers=HTML).text


def test_compare_footprint_exports_and_me_after_an_accepted_amendment(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    amendment = propose(client, bill, bill["text1"].replace("la notification", "les notifications"))
    as_official(client)
    reason = "Plus clair au pluriel."
    post_form(client, f"/amendments/{amendment['id']}/decision", {"decision": "accept", "reason": reason, "next": "/"})

    compared = client.get(f"/bills/{bill['id']}/compare", params={"from": 1, "to": 2}, headers=HTML).text
    assert "<del>la notification</del>" in compared and "<ins>les notifications</ins>" in compared
    assert 'class="side-by-side redline"' in compared and compared.count('<p class="after">') == 1
    redline = client.get(f"/bills/{bill['id']}/compare", params={"from": 1, "to": 2, "view": "redline"}).text
    assert "<del>la notification</del><ins>les notifications</ins>" in redline

    footprint = client.get(f"/bills/{bill['id']}/articles/{bill['art1']}/footprint", headers=HTML).text
    marked = re.search(r'<a class="origin origin-amendment"[^>]*title="([^"]*)"[^>]*>([^<]*)</a>', footprint)
    assert marked is not None and "es notifications" in marked.group(2)
    assert f"Amendement n° {amendment['id']} de Camille" in marked.group(1) and "Rapporteure" in marked.group(1)
    assert reason in footprint

    exports = client.get(f"/bills/{bill['id']}/exports", headers=HTML).text
    slug = client.get(f"/api/bills/{bill['id']}").json()["slug"]
    for name in (f"{slug}-v2.md", f"{slug}-v1.xml", f"{slug}-v2.pdf", f"{slug}-v2.html"):
        assert f'download="{name}"' in exports
    # the officials' documents are offered too, and each link serves its file
    documents = re.findall(r'href="(/api/bills/[^"]*(?:amendments/export|synthesis)\?format=[a-z]+)"', exports)
    documents += re.findall(r'href="(/api/bills/[^"]*/compare\?[^"]*format=[a-z]+)"', compared)
    assert len(documents) == 11, documents
    for link in documents:
        served = client.get(link.replace("&amp;", "&"))
        assert served.status_code == 200 and "filename=" in served.headers["content-disposition"], link

    at_start = client.get(f"/bills/{bill['id']}/at", params={"date": "2000-01-01"}, headers=HTML).text
    assert "le texte n’existait pas encore" in at_start
    today = client.get(f"/bills/{bill['id']}/at", headers=HTML).text
    assert "version 2" in today and "les notifications" in today
    assert client.get(f"/bills/{bill['id']}/at", params={"date": "hier"}, headers=HTML).status_code == 422

    as_user(services, client, "camille@example.org")
    me = client.get("/me", headers=HTML).text
    assert f"Amendement n° {amendment['id']}" in me and "adopté" in me and reason in me
    assert "· Article 1" in me and bill["art1"] + "</h3>" not in me  # named by number, not by eid
    client.cookies.clear()
    assert client.get("/me", headers=HTML, follow_redirects=False).headers["location"] == "/signin?next=/me"
