"""Private stays private: drafts never submitted are their author's alone, hidden contributions are
masked everywhere but for moderators and their author, no public event names anyone, and what
concerns one user (their amendment collides, or fell) reaches that user alone.

The main test is generic: it crawls every GET route of the app (API, pages, exports, open data)
with the query parameters the OpenAPI table lists, and the event stream, as an anonymous reader and
as another citizen, and asserts that no hidden or private word, and no hidden author, shows.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.testclient import TestClient
from websockets.sync.client import ClientConnection, connect

from drafting import formats
from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from drafting.web.openapi import OPERATIONS
from tests.conftest import PASSWORD, make_user, sign_in
from tests.integration.test_amendments_api import decide, propose
from tests.integration.test_live import app, live, server
from tests.integration.test_moderation import as_moderator

__all__ = ["app", "live", "server"]  # fixtures of the live tests, used here

STATUSES = ("draft", "submitted", "accepted", "rejected", "withdrawn", "fallen")
# Keys that would name a person in an event.
PERSONAL_KEYS = {"author", "author_id", "user", "user_id", "recipient", "by", "actor", "name"}
# Without permessage-deflate: under load on PostgreSQL a client once failed to inflate a message
# ("invalid distance too far back"), reported apart; these tests are about who gets what.
OPTIONS: dict[str, Any] = {"open_timeout": 60, "compression": None}
HIDDEN_AUTHOR = "Hortense Cachemire"
DRAFT_AUTHOR = "Dorothée Brouillard"
SECRETS = ("MOTCACHEAMENDEMENT", "JUSTIFCACHEE", "ARGUMENTCACHE", "ANNOTATIONCACHEE", "COMMENTAIRECACHE")
DRAFTS = ("BROUILLONGARDE", "BROUILLONRETIRE", "JUSTIFBROUILLON")


def be(services: Services, client: TestClient, email: str, name: str) -> Actor:
    """A new citizen, signed in on `client`."""
    client.cookies.clear()
    actor = make_user(services, email, "citizen", name)
    sign_in(client, email)
    return actor


def ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def hide(services: Services, client: TestClient, kind: str, target: int) -> None:
    as_moderator(services, client)
    ok(client.post("/api/moderation", json={"type": kind, "id": target, "action": "hide", "reason": "hors sujet"}), 200)


@pytest.fixture
def scene(services: Services, client: TestClient, official: Actor) -> dict[str, Any]:
    """A bill with public, hidden and private contributions. Hortense wrote only what was hidden,
    Dorothée only drafts; every hidden or private text carries a word found nowhere else."""
    created = ok(client.post("/api/bills", json={"source": BILL}))
    bill_id = created["id"]
    ok(client.patch(f"/api/bills/{bill_id}", json={"status": "open"}), 200)
    articles = client.get(f"/api/bills/{bill_id}").json()["tree"]["children"]
    bill = {"id": bill_id, "art1": articles[0]["eid"], "art2": articles[1]["eid"], "text1": articles[0]["text"]}
    text2 = articles[1]["text"]
    art1 = f"/api/bills/{bill_id}/articles/{bill['art1']}"

    hortense = be(services, client, "hortense@example.org", HIDDEN_AUTHOR)
    hidden = propose(
        client, bill, bill["text1"].replace("six mois", "six mois MOTCACHEAMENDEMENT"), justification="JUSTIFCACHEE"
    )
    rectified = bill["text1"].replace("six mois", "sept mois MOTCACHEAMENDEMENT")
    ok(client.patch(f"/api/amendments/{hidden['id']}", json={"text": rectified}), 200)  # its earlier text is kept
    adopted = propose(client, {**bill, "art1": bill["art2"]}, text2.replace("2027", "2028"))
    argument = ok(client.post(f"{art1}/arguments", json={"stance": "for", "body": "ARGUMENTCACHE"}))
    quote = {"exact": "six mois"}
    annotation = ok(
        client.post(
            f"/api/bills/{bill_id}/annotations",
            json={"article": bill["art1"], "quote": quote, "body": "ANNOTATIONCACHEE"},
        )
    )
    comment = ok(client.post(f"{art1}/comments", json={"body": "COMMENTAIRECACHE"}))

    victor = be(services, client, "victor@example.org", "Victor Visible")
    sub_text = rectified.replace("sept mois", "huit mois")
    sub = propose(client, bill, sub_text, parent=hidden["id"], justification="Je précise.")
    ok(client.patch(f"/api/amendments/{sub['id']}", json={"text": sub_text + " Et plus."}), 200)
    public = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    ok(client.post(f"{art1}/arguments", json={"stance": "against", "body": "Un argument public."}))
    ok(client.post(f"{art1}/comments", json={"body": "Un commentaire public."}))

    dorothee = be(services, client, "dorothee@example.org", DRAFT_AUTHOR)
    kept = propose(
        client, bill, bill["text1"].replace("six mois", "BROUILLONGARDE"), draft=True, justification="JUSTIFBROUILLON"
    )
    withdrawn = propose(client, bill, bill["text1"].replace("six mois", "BROUILLONRETIRE"), draft=True)
    ok(client.post(f"/api/amendments/{withdrawn['id']}/withdraw", json={"reason": "BROUILLONRETIRE"}), 200)

    client.cookies.clear()
    sign_in(client, "rapporteure@example.org")
    assert decide(client, adopted["id"]).status_code == 200
    for kind, target in [
        ("amendment", hidden["id"]),
        ("amendment", adopted["id"]),
        ("argument", argument["id"]),
        ("annotation", annotation["id"]),
        ("comment", comment["id"]),
    ]:
        hide(services, client, kind, target)
    client.cookies.clear()
    return {
        "bill": bill,
        "hortense": hortense,
        "victor": victor,
        "dorothee": dorothee,
        "amendments": [hidden["id"], adopted["id"], sub["id"], public["id"], kept["id"], withdrawn["id"]],
        "hidden": hidden["id"],
        "sub": sub["id"],
        "drafts": [kept["id"], withdrawn["id"]],
        "annotations": [annotation["id"]],
        "comments": [comment["id"]],
        "arguments": [argument["id"]],
    }


BILL = """# Projet de loi relatif aux délais

## Article 1er

Le délai de recours est de six mois à compter de la notification.

La décision est publiée au Journal officiel.

## Article 2

Le présent article entre en vigueur le 1er janvier 2027.
"""


# --- the crawl ----------------------------------------------------------------------------------------


def _query_values(scene: dict[str, Any], head: int) -> dict[str, list[Any]]:
    bill = scene["bill"]
    return {
        "page": [1],
        "per_page": [200],
        "article": [bill["art1"], bill["art2"]],
        "status": list(STATUSES),
        "author": [scene["hortense"].id, scene["dorothee"].id],
        "sort": ["date", "support"],
        "type": ["article", "amendment"],
        "format": sorted({*formats.EXPORTERS, "json", "csv"}),
        "version": list(range(1, head + 1)),
        "at": [datetime.now(UTC).isoformat()],
        "from": [1],
        "to": [head],
        "stance": ["for", "against"],
    }


COMPANIONS = {"from": {"to": 2}, "to": {"from": 1}}


def get_urls(client: TestClient, scene: dict[str, Any]) -> Iterator[str]:
    """Every GET route of the app, with each path parameter filled by every value the scene has,
    alone and with each query parameter the OpenAPI table lists for it."""
    bill = scene["bill"]
    head = client.get(f"/api/bills/{bill['id']}").json()["head_version"]
    ids = {
        "/api/amendments/": scene["amendments"],
        "/amendments/": scene["amendments"],  # the page of one amendment
        "/api/annotations/": scene["annotations"],
        "/api/comments/": scene["comments"],
        "/api/arguments/": scene["arguments"],
    }
    params: dict[str, list[Any]] = {
        "bill": [bill["id"]],
        "n": list(range(1, head + 1)),
        "eid": [bill["art1"], bill["art2"]],
    }
    queries = {path: names for method, path, _s, _m, names, _a in OPERATIONS if method == "get"}
    values = _query_values(scene, head)
    routes = [r for r in client.app.routes if isinstance(r, Route) and "GET" in (r.methods or ())]  # type: ignore[attr-defined]
    assert len(routes) > 20
    for route in routes:
        names = list(route.param_convertors)
        choices: list[dict[str, Any]] = [{}]
        for name in names:
            if name == "id":
                found = next((v for prefix, v in ids.items() if route.path.startswith(prefix)), None)
                assert found is not None, f"the crawl does not know which ids {route.path} takes"
            else:
                assert name in params, f"the crawl does not know the parameter {name!r} of {route.path}"
                found = params[name]
            choices = [{**c, name: v} for c in choices for v in found]
        for choice in choices:
            path = route.path.format(**choice)
            yield path
            for query in queries.get(route.path, []):
                for value in values.get(query, []):
                    extra = "".join(f"&{k}={v}" for k, v in COMPANIONS.get(query, {}).items())
                    yield f"{path}?{query}={value}{extra}"


def _texts(response: Any) -> list[str]:
    """What a body says: the files of a zip (CSV bundles, DOCX, ODT), the text of a PDF, or itself."""
    content = response.content
    if content.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
    if content.startswith(b"%PDF"):
        from pypdf import PdfReader

        return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]
    return [content.decode("utf-8", "replace")]


def leaks(client: TestClient, scene: dict[str, Any], words: tuple[str, ...]) -> list[str]:
    found = []
    for url in get_urls(client, scene):
        response = client.get(url)
        assert response.status_code < 500, f"{url}: {response.status_code} {response.text[:300]}"
        for text in _texts(response):
            found += [f"{url} shows {word!r}" for word in words if word.lower() in text.lower()]
    return found


def _messages_until(ws: ClientConnection, last: str) -> list[dict[str, Any]]:
    messages = []
    while (message := json.loads(ws.recv(timeout=60)))["type"] != last:
        messages.append(message)
    return messages


def event_stream(services: Services, live_url: str, bill: int, email: str | None = None) -> list[dict[str, Any]]:
    """Every event of the bill a reader gets (signed in as `email`, or not), replayed from the start."""
    headers = {}
    if email is not None:
        token, _actor = services.accounts.sign_in(email, PASSWORD)
        headers["Cookie"] = f"drafting_session={token}"
    url = f"{live_url.replace('http', 'ws', 1)}/api/bills/{bill}/live?after=0"
    with connect(url, additional_headers=headers, **OPTIONS) as ws:
        ws.send(json.dumps({"type": "ping"}))  # answered after the replay
        messages = _messages_until(ws, "pong")
    return [m for m in messages if "id" in m]


def test_hidden_and_private_contributions_show_nowhere_to_others(
    services: Services, client: TestClient, scene: dict[str, Any], live_url: str
) -> None:
    words = (*SECRETS, *DRAFTS, HIDDEN_AUTHOR, DRAFT_AUTHOR)
    bill = scene["bill"]["id"]
    for who in (None, "victor@example.org"):
        client.cookies.clear()
        if who:
            sign_in(client, who)
        assert leaks(client, scene, words) == []
        events = event_stream(services, live_url, bill, who)
        assert events and all(e["type"] != "notice" for e in events)
        assert [e for e in events if PERSONAL_KEYS & set(e)] == []
        assert not [w for w in words if w.lower() in json.dumps(events, ensure_ascii=False).lower()]
        # a draft withdrawn before it was submitted never was news
        assert not [e for e in events if e.get("amendment") in scene["drafts"]]


def test_the_author_and_moderators_still_see_what_is_theirs_to_see(
    services: Services, client: TestClient, scene: dict[str, Any]
) -> None:
    bill = scene["bill"]["id"]
    sign_in(client, "dorothee@example.org")
    mine = client.get(f"/api/bills/{bill}/amendments?author={scene['dorothee'].id}").json()["items"]
    assert {a["id"] for a in mine} == set(scene["drafts"])
    assert all(client.get(f"/api/amendments/{i}").status_code == 200 for i in scene["drafts"])
    client.cookies.clear()
    sign_in(client, "hortense@example.org")
    # her own filter lists her hidden amendments (masked), others' filter does not
    assert len(client.get(f"/api/bills/{bill}/amendments?author={scene['hortense'].id}").json()["items"]) == 2
    as_moderator(services, client)
    assert len(client.get(f"/api/bills/{bill}/amendments?author={scene['hortense'].id}").json()["items"]) == 2
    preview = client.post(f"/api/bills/{bill}/preview", json={"amendments": [scene["hidden"]]})
    assert preview.status_code == 200 and "MOTCACHEAMENDEMENT" in preview.text
    client.cookies.clear()
    refused = client.post(f"/api/bills/{bill}/preview", json={"amendments": [scene["hidden"]]})
    assert refused.status_code == 409 and "hidden" in refused.json()["error"]["message"]


# --- personal notices --------------------------------------------------------------------------------


@pytest.fixture
def live_client(live: Services, app: Starlette) -> Iterator[TestClient]:
    """A client of the app that `server` serves, on services with a bus of their own (test_live.py)."""
    make_user(live, "rapporteure@example.org", "official", "Rapporteure")
    with TestClient(app, base_url="http://testserver") as client:
        sign_in(client, "rapporteure@example.org")
        yield client


def test_what_concerns_one_user_reaches_that_user_alone(live: Services, live_client: TestClient, server: str) -> None:
    services, client, live_url = live, live_client, server
    created = ok(client.post("/api/bills", json={"source": BILL}))
    bill_id = created["id"]
    ok(client.patch(f"/api/bills/{bill_id}", json={"status": "open"}), 200)
    articles = client.get(f"/api/bills/{bill_id}").json()["tree"]["children"]
    bill = {"id": bill_id, "art1": articles[0]["eid"], "text1": articles[0]["text"]}
    art2 = {**bill, "art1": articles[1]["eid"]}

    be(services, client, "colette@example.org", "Colette Collision")
    colliding = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    doomed = propose(client, art2, articles[1]["text"].replace("2027", "2028"))
    be(services, client, "victor@example.org", "Victor Visible")
    winner = propose(client, bill, bill["text1"].replace("six mois", "deux ans"))
    deletion = ok(client.post(f"/api/bills/{bill_id}/amendments", json={"kind": "delete", "article": art2["art1"]}))

    tokens = {
        who: services.accounts.sign_in(f"{who}@example.org", PASSWORD)[0] for who in ("colette", "victor")
    }
    url = f"{live_url.replace('http', 'ws', 1)}/api/bills/{bill_id}/live"

    def cookie(who: str) -> dict[str, str]:
        return {"Cookie": f"drafting_session={tokens[who]}"}

    client.cookies.clear()
    with (
        connect(url, additional_headers=cookie("colette"), **OPTIONS) as hers,
        connect(url, additional_headers=cookie("victor"), **OPTIONS) as his,
        connect(url, **OPTIONS) as anonymous,
    ):
        for ws in (hers, his, anonymous):
            assert json.loads(ws.recv(timeout=60))["type"] == "hello"
        sign_in(client, "rapporteure@example.org")
        assert decide(client, winner["id"]).status_code == 200
        assert decide(client, deletion["id"]).status_code == 200
        ok(client.patch(f"/api/bills/{bill_id}", json={"title": "Fin"}), 200)  # the last event, public
        followers = {"hers": hers, "his": his, "anon": anonymous}
        live = {name: _messages_until(ws, "bill.updated") for name, ws in followers.items()}

    def notices(messages: list[dict[str, Any]]) -> list[tuple[str, int]]:
        return [(m["about"], m["amendment"]) for m in messages if m["type"] == "notice"]

    expected = [("amendment.colliding", colliding["id"]), ("amendment.fallen", doomed["id"])]
    assert notices(live["hers"]) == expected
    assert notices(live["his"]) == notices(live["anon"]) == []
    for messages in live.values():
        public = [m for m in messages if m["type"] != "notice"]
        assert {"amendment.colliding", "amendment.fallen"} <= {m["type"] for m in public}
        assert [m for m in messages if PERSONAL_KEYS & set(m)] == []
    # the same on replay: the log keeps each notice for its user
    for who, wanted in (("colette", expected), ("victor", [])):
        with connect(f"{url}?after=0", additional_headers=cookie(who), **OPTIONS) as ws:
            ws.send(json.dumps({"type": "ping"}))  # answered after the replay
            replayed = _messages_until(ws, "pong")
        assert notices(replayed) == wanted
        assert [m for m in replayed if PERSONAL_KEYS & set(m)] == []


# --- someone else's draft, and hidden contributions: nothing to act on ---------------------------------

BODIES: dict[tuple[str, str], dict[str, Any] | None] = {
    ("GET", "/api/amendments/{id}"): None,
    ("GET", "/api/amendments/{id}/export"): None,
    ("PATCH", "/api/amendments/{id}"): {"text": "Un tout autre texte."},
    ("POST", "/api/amendments/{id}/withdraw"): {},
    ("POST", "/api/amendments/{id}/decision"): {"decision": "reject", "reason": "Non."},
    ("GET", "/api/amendments/{id}/comments"): None,
    ("POST", "/api/amendments/{id}/comments"): {"body": "Un commentaire."},
    ("POST", "/api/amendments/{id}/votes"): {"value": "agree"},
    ("DELETE", "/api/amendments/{id}/votes"): None,
    ("GET", "/api/amendments/{id}/arguments"): None,
    ("POST", "/api/amendments/{id}/arguments"): {"stance": "for", "body": "Un argument."},
}


def _amendment_routes(client: TestClient) -> set[tuple[str, str]]:
    routes = [r for r in client.app.routes if isinstance(r, Route) and "{id}" in r.path]  # type: ignore[attr-defined]
    amendments = [r for r in routes if r.path.startswith("/api/amendments/")]
    return {(m, r.path) for r in amendments for m in r.methods or () if m != "HEAD"}


def _answers(client: TestClient, bill: int, amendment: int) -> dict[str, tuple[int, str]]:
    """Status and error code of every route that takes an amendment id, and of the other ways to
    name one (sub-amending, preview, report, moderation)."""
    answers = {}
    for (method, path), body in BODIES.items():
        response = client.request(method, path.format(id=amendment), json=body)
        answers[f"{method} {path}"] = (response.status_code, response.json().get("error", {}).get("code", ""))
    others = [
        (f"/api/bills/{bill}/amendments", {"parent": amendment, "text": "Un texte."}),
        (f"/api/bills/{bill}/preview", {"amendments": [amendment]}),
        ("/api/reports", {"type": "amendment", "id": amendment, "reason": "Spam"}),
        ("/api/moderation", {"type": "amendment", "id": amendment, "action": "hide", "reason": "Spam"}),
    ]
    for path, body in others:
        response = client.post(path, json=body)
        answers[f"POST {path}"] = (response.status_code, response.json().get("error", {}).get("code", ""))
    return answers


def test_someone_elses_draft_answers_as_an_amendment_that_does_not_exist(
    services: Services, client: TestClient, scene: dict[str, Any]
) -> None:
    assert _amendment_routes(client) == set(BODIES), "a route takes an amendment id: add it to BODIES"
    bill = scene["bill"]["id"]
    nobody = 2_000_000_000
    for sign in (
        lambda: sign_in(client, "victor@example.org"),
        lambda: sign_in(client, "rapporteure@example.org"),
        lambda: as_moderator(services, client),
    ):
        client.cookies.clear()
        sign()
        for draft in scene["drafts"]:
            mine, unknown = _answers(client, bill, draft), _answers(client, bill, nobody)
            assert mine == unknown
            assert all(status != 409 for status, _code in mine.values())


def test_while_hidden_nobody_builds_on_a_contribution(
    services: Services, client: TestClient, scene: dict[str, Any]
) -> None:
    hidden, bill = scene["hidden"], scene["bill"]
    sign_in(client, "victor@example.org")
    refused = [
        client.post(f"/api/amendments/{hidden}/votes", json={"value": "agree"}),
        client.post(f"/api/amendments/{hidden}/arguments", json={"stance": "for", "body": "Oui."}),
        client.post(f"/api/amendments/{hidden}/comments", json={"body": "Oui."}),
        client.post(f"/api/bills/{bill['id']}/amendments", json={"parent": hidden, "text": "Autre."}),
        client.post(f"/api/annotations/{scene['annotations'][0]}/comments", json={"body": "Oui."}),
        client.post(
            f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments",
            json={"body": "Oui.", "reply_to": scene["comments"][0]},
        ),
    ]
    client.cookies.clear()
    sign_in(client, "hortense@example.org")  # its author neither: a restore would publish unread text
    refused.append(client.patch(f"/api/amendments/{hidden}", json={"text": "Un texte que nul n’a relu."}))
    for response in refused:
        assert response.status_code == 409, response.text
        assert "hidden by moderation" in response.json()["error"]["message"]
    assert "relu" not in client.get(f"/api/amendments/{hidden}").text
