"""The server-rendered pages, the OpenAPI document and the README stay true to the app."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from drafting.services.demo import load_demo_if_empty
from drafting.services.participation import Target
from tests.conftest import make_user, sign_in
from tests.integration.test_bills_api import SMALL, create

ROOT = Path(__file__).resolve().parents[2]


def test_the_home_page_lists_bills_and_links_to_their_text(client: TestClient, official: Actor) -> None:
    empty = client.get("/")
    assert empty.status_code == 200 and "Aucun texte" in empty.text
    bill = create(client, SMALL.replace("s’applique aux essais", "s’applique aux <script>alert(1)</script>"))
    home = client.get("/")
    assert "Projet de loi relatif aux essais" in home.text and f"/bills/{bill['slug']}" in home.text
    assert "brouillon" in home.text and "0 vote" in home.text
    page = client.get(f"/bills/{bill['slug']}")
    assert page.status_code == 200 and "brouillon" in page.text
    links = re.findall(rf'href="{bill["slug"]}/articles/([^"]+)"', page.text)  # the table of contents
    assert len(links) == 2 and "Article 2 bis — Définitions" in page.text
    text = client.get(f"/bills/{bill['slug']}/articles/{links[0]}").text  # each article on its own page
    assert "<script>alert" not in text and "&lt;script&gt;" in text
    assert text.count('<li class="alinea"') >= 1 and "Aucun vote pour l’instant." in text
    assert 'Arguments pour : <data value="0">' in text
    assert f'rel="next" href="/bills/{bill["slug"]}/articles/{links[1]}"' in text

    staged = client.post(f"/api/bills/{bill['id']}/versions", json={"source": SMALL, "label": "texte de la commission"})
    assert staged.status_code == 201, staged.text
    earlier = client.get(f"/bills/{bill['slug']}?version=1").text  # participation is on the current text
    assert "Vous lisez la version 1." in earlier and 'class="figures"' not in earlier
    old_article = client.get(f"/bills/{bill['slug']}/articles/{links[0]}?version=1").text
    assert "Vous lisez la version 1." in old_article and 'id="votes"' not in old_article


def _toc_entry(page: str, eid: str) -> str:
    """One article's line in a bill page's table of contents: its link and its counts."""
    start = page.index(f'<li class="toc-article" data-eid="{eid}"')
    return page[start : page.index("</li>", start)]


def test_the_demo_bill_shows_its_consultation_on_its_pages(services: Services, client: TestClient) -> None:
    bill_id = load_demo_if_empty(services)
    assert bill_id is not None
    bill = services.bills.detail(bill_id)
    first = bill["tree"]["children"][0]["children"][0]
    assert first["kind"] == "article" and first["num"] == "1"
    page = client.get(f"/bills/{bill['slug']}")
    assert page.status_code == 200
    figures = page.text[page.text.index('<dl class="figures"') : page.text.index("</dl>")]
    assert '<data value="30">' in figures  # articles
    assert '<data value="1096">1\u202f096</data>' in figures  # arguments on the articles
    assert '<data value="666">' in figures  # the citizen proposals, pending amendments
    assert "consultation ouverte" in page.text and "sans date de clôture" in page.text

    summary = services.arguments.summary(bill_id)  # every article's figures are the services' aggregates
    pending = services.amendments.pending_counts(bill_id)
    eids = re.findall(r'<li class="toc-article" data-eid="([^"]+)"', page.text)
    assert len(eids) == 30 and sum(pending.values()) == 666
    for eid in eids:
        entry = _toc_entry(page.text, eid)
        count = sum(summary.get(eid, {}).get(stance, {"count": 0})["count"] for stance in ("for", "against"))
        assert (f">{count} argument" in entry) if count else ("argument" not in entry)
        expected = pending.get(eid, 0)
        assert (f">{expected} amendement" in entry) if expected else ("amendement" not in entry)
    third = bill["tree"]["children"][0]["children"][2]  # the proposals of section 1 come after its last article
    assert "159 amendements en attente" in _toc_entry(page.text, third["eid"])

    article = client.get(f"/bills/{bill['slug']}/articles/{first['eid']}").text  # the real 2015 tally of article 1
    assert 'D’accord&nbsp;: <data value="2237">2\u202f237</data>' in article
    assert 'Mitigé&nbsp;: <data value="161">161</data>' in article
    assert 'Pas d’accord&nbsp;: <data value="49">49</data>' in article
    shares = "D’accord 91\u202f%, Mitigé 7\u202f%, Pas d’accord 2\u202f%"
    assert f'role="img" aria-label="Votes sur l’article 1 : {shares}"' in article
    assert 'Arguments pour : <data value="50">' in article and 'Arguments contre : <data value="45">' in article
    assert article.count('<li class="argument argument-for"') == 10  # all of them, ten a page
    assert article.count('<li class="argument argument-against"') == 10
    against = services.arguments.listing(None, Target.article(bill_id, first["eid"]), stance="against", sort="useful")
    assert f'id="argument-{against["items"][0]["id"]}"' in article and "utile pour 29 personnes" in article
    last = client.get(f"/bills/{bill['slug']}/articles/{first['eid']}?contre=5").text
    assert last.count('<li class="argument argument-against"') == 5 and 'href="?contre=4#arguments"' in last
    shown = re.findall(r'<li class="argument argument-against" id="argument-(\d+)"', last)
    assert shown == [str(a["id"]) for a in against["items"][40:45]]

    # newest first by default (a new amendment is on page 1); ranked by support on demand
    ranked = client.get(f"/bills/{bill['slug']}/amendments?status=submitted&sort=support")
    assert ranked.status_code == 200
    assert ranked.text.count('<li class="amendment ') == 20
    assert 'rel="next" href="?status=submitted&amp;sort=support&amp;page=2"' in ranked.text
    top = ranked.text.index('<li class="amendment ')
    assert "e-sport" in ranked.text[top : top + 900] and '<data value="4031">+4\u202f031</data>' in ranked.text
    # the 2015 proposals are named by their place, « Article additionnel après l’article 8 », not « (nouveau) »
    assert "Article additionnel après l’article " in ranked.text
    assert "additionnel après l&#39;article" not in ranked.text  # was « … l'article 8 (nouveau) »
    assert "il est inséré un article additionnel ainsi rédigé" in ranked.text
    english = client.get(
        f"/bills/{bill['slug']}/amendments?status=submitted&sort=support", headers={"Accept-Language": "en"}
    ).text
    assert "Additional article after article " in english
    second = client.get(f"/bills/{bill['slug']}/amendments?status=submitted&sort=support&page=2").text
    assert '<ol class="amendments" start="21"' in second
    assert 'rel="prev" href="?status=submitted&amp;sort=support&amp;page=1"' in second


def test_contributions_on_the_pages_stay_escaped(services: Services, client: TestClient, official: Actor) -> None:
    bill = create(client)
    slug, bill_id = bill["slug"], bill["id"]
    period = {"status": "open", "opens_at": "2015-09-26T10:00:00Z", "closes_at": "2099-10-18T21:59:00Z"}
    assert client.patch(f"/api/bills/{bill_id}", json=period).status_code == 200
    eid = services.bills.detail(bill_id)["tree"]["children"][0]["children"][0]["eid"]
    make_user(services, "mallory@example.org", name="<b onmouseover=alert(1)>Mallory</b>")
    client.cookies.clear()
    sign_in(client, "mallory@example.org")
    hostile = "<script>alert(1)</script> [lien](javascript:alert(2)) <img src=x onerror=alert(3)>"
    base = f"/api/bills/{bill_id}/articles/{eid}"
    assert client.post(f"{base}/arguments", json={"stance": "against", "body": f"**Non** {hostile}"}).status_code == 201
    assert client.post(f"{base}/votes", json={"value": "disagree"}).status_code == 200
    assert client.post(f"{base}/comments", json={"body": hostile}).status_code == 201
    proposal = {"kind": "insert", "after": eid, "num": "1er bis", "heading": hostile, "text": hostile}
    response = client.post(f"/api/bills/{bill_id}/amendments", json={**proposal, "justification": hostile})
    assert response.status_code == 201, response.text

    page = client.get(f"/bills/{slug}").text
    assert "1 amendement en attente" in _toc_entry(page, eid) and ">1 argument<" in _toc_entry(page, eid)
    assert 'du <time datetime="2015-09-26T10:00:00+00:00">26 septembre 2015 à 12 h 00</time>' in page
    assert 'au <time datetime="2099-10-18T21:59:00+00:00">18 octobre 2099 à 23 h 59</time> (heure de Paris)' in page
    article = client.get(f"/bills/{slug}/articles/{eid}").text
    assert "<strong>Non</strong>" in article  # the argument's Markdown, rendered by the services
    assert 'Pas d’accord&nbsp;: <data value="1">1</data>' in article
    assert 'Arguments contre : <data value="1">' in article
    assert "&lt;b onmouseover=alert(1)&gt;Mallory&lt;/b&gt;" in article
    assert client.post(f"{base}/votes", json={"value": "agree"}).status_code == 200  # the page follows at once
    changed = client.get(f"/bills/{slug}/articles/{eid}").text
    assert 'D’accord&nbsp;: <data value="1">' in changed and 'Pas d’accord&nbsp;: <data value="0">' in changed
    ranked = client.get(f"/bills/{slug}/amendments").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in ranked
    for text in (page, article, ranked):
        assert "<script>alert" not in text and 'href="javascript' not in text
        assert "<img" not in text and "<b onmouseover" not in text


@pytest.mark.backends("sqlite")  # the routes do not depend on the database
def test_every_api_route_is_in_the_openapi_document(client: TestClient) -> None:
    document = client.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    documented = {(path, method.upper()) for path, ops in document["paths"].items() for method in ops}
    for route in client.app.routes:  # type: ignore[attr-defined]
        if isinstance(route, Route) and route.path.startswith("/api"):
            for method in route.methods or ():
                if method != "HEAD":
                    assert (route.path, method) in documented, f"{method} {route.path} is not documented"


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    source = (ROOT / "drafting" / "config.py").read_text(encoding="utf-8")
    for name in set(re.findall(r'"(DRAFTING_[A-Z_]+)"', source)):
        assert name in readme, f"{name} is read from the environment but not documented in the README"


def test_the_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash)?\n(.*?)```", readme, re.S)
    test_command = [line for line in blocks[1].splitlines() if line.strip() and not line.startswith("#")][-1]
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_a_missing_page_is_a_readable_404_for_browsers(client: TestClient) -> None:
    page = client.get("/bills/nothing-here", headers={"accept": "text/html"})
    assert page.status_code == 404 and "<h1>Page introuvable</h1>" in page.text
    api = client.get("/api/bills/nothing-here", headers={"accept": "text/html"})
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"


def test_page_forms_take_hostile_numbers_without_a_server_error(
    services: Services, client: TestClient, official: Actor
) -> None:
    bill = create(client)
    slug, bill_id = bill["slug"], bill["id"]
    period = {"status": "open", "opens_at": "2015-09-26T10:00:00Z", "closes_at": "2099-10-18T21:59:00Z"}
    assert client.patch(f"/api/bills/{bill_id}", json=period).status_code == 200
    eid = services.bills.detail(bill_id)["tree"]["children"][0]["children"][0]["eid"]
    make_user(services, "alice@example.org")
    client.cookies.clear()
    sign_in(client, "alice@example.org")
    for number in ("9" * 5000, "²", "1_000", "-3"):
        comment = client.post(
            f"/bills/{slug}/articles/{eid}/comment",
            data={"body": f"reply to {number[:8]}", "reply_to": number},
            headers={"Accept": "text/html"},
            follow_redirects=False,
        )
        assert comment.status_code < 500, comment.text[:300]
        amend = client.post(
            f"/bills/{slug}/articles/{eid}/amend",
            data={"text": "Un texte nouveau.", "justification": "Parce que.", "base_version": number},
            headers={"Accept": "text/html"},
            follow_redirects=False,
        )
        assert amend.status_code < 500, amend.text[:300]
    # a comment whose reply_to was not a number is posted as a new thread, not lost
    assert "reply to ²" in client.get(f"/bills/{slug}/articles/{eid}").text
