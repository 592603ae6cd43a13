"""Bad input gets a clear 4xx with a JSON body, never a 500, and never loses stored data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from starlette.testclient import TestClient, WebSocketDenialResponse
from websockets.sync.client import connect

from drafting.app import create_app
from drafting.bootstrap import Services
from drafting.domain.errors import InvalidInput
from drafting.domain.permissions import Actor
from drafting.services.commands import Period
from tests.conftest import PASSWORD, empty_tables, make_user, sign_in
from tests.integration.test_bills_api import SMALL, create

# --- one scene per module and backend ------------------------------------------------------------
# Every test here sends bad input and checks it is refused (and, for writes, that nothing changed), so
# they share one app, one signed-in official and one scene instead of rebuilding them for each of the
# ~260 items: the fixtures below override conftest's for this module only (no tables emptied per test).


@pytest.fixture(scope="module")
def _shared(backend_services: Services) -> Iterator[tuple[TestClient, Actor, dict[str, Any]]]:
    empty_tables(backend_services)
    app = create_app(backend_services.settings, backend_services)
    with TestClient(app, base_url="http://testserver") as shared_client:
        actor = make_user(backend_services, "rapporteure@example.org", "official", "Rapporteure")
        sign_in(shared_client, "rapporteure@example.org")
        yield shared_client, actor, _build_scene(shared_client)


@pytest.fixture
def services(backend_services: Services) -> Services:
    return backend_services


@pytest.fixture
def client(_shared: tuple[TestClient, Actor, dict[str, Any]]) -> TestClient:
    return _shared[0]


@pytest.fixture
def official(_shared: tuple[TestClient, Actor, dict[str, Any]]) -> Actor:
    return _shared[1]


@pytest.fixture
def scene(_shared: tuple[TestClient, Actor, dict[str, Any]]) -> dict[str, Any]:
    return _shared[2]


def _error(response, status: int) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["code"] and body["message"]
    return str(body["message"])


def test_malformed_json_is_a_400_that_says_so(client: TestClient, official: Actor) -> None:
    response = client.post("/api/bills", content=b"{not json", headers={"content-type": "application/json"})
    assert "not valid JSON" in _error(response, 400)
    assert "JSON object" in _error(client.post("/api/bills", json=[1, 2]), 400)


def test_missing_and_unknown_fields_are_named(client: TestClient, official: Actor) -> None:
    assert "source" in _error(client.post("/api/bills", json={"format": "markdown"}), 422)
    assert "colour" in _error(client.post("/api/bills", json={"source": SMALL, "colour": "red"}), 422)
    assert "format" in _error(client.post("/api/bills", json={"source": SMALL, "format": "rtf"}), 422)
    # docx is a format now (issue 14): Markdown sent as a docx is told what a docx source is
    assert "base64" in _error(client.post("/api/bills", json={"source": SMALL, "format": "docx"}), 422)


def test_a_text_without_articles_is_refused(client: TestClient, official: Actor) -> None:
    message = _error(client.post("/api/bills", json={"source": "Just a sentence."}), 422)
    assert "article" in message.lower()


def test_invalid_akoma_ntoso_is_refused_with_the_reason(client: TestClient, official: Actor) -> None:
    message = _error(client.post("/api/bills", json={"format": "akn", "source": "<akomaNtoso><oops"}), 422)
    assert "XML" in message or "xml" in message


def test_oversized_bodies_are_refused_with_413(client: TestClient, official: Actor, services: Services) -> None:
    limit = services.settings.max_body_bytes
    response = client.post("/api/bills", json={"source": "x" * (limit + 10)})
    assert "limit" in _error(response, 413) or "at most" in _error(response, 413)


@pytest.mark.parametrize(
    "path, status",
    [
        ("/api/bills/999", 404),
        ("/api/bills/nope", 404),
        ("/api/bills/{id}/versions/0", 422),
        ("/api/bills/{id}/versions/abc", 422),
        ("/api/bills/{id}/versions/9", 404),
        ("/api/bills/{id}/versions/1/export?format=wpd", 422),
        ("/api/bills/{id}/compare?from=1", 422),
        ("/api/bills/{id}/compare?from=x&to=1", 422),
        ("/api/bills/{id}/articles/art_404", 404),
        ("/api/bills/{id}/articles/art_1?at=yesterday", 422),
        ("/api/bills/{id}/articles/art_1?at=2020-01-01T00:00:00", 422),
        ("/api/bills?page=-1", 422),
        ("/api/nothing-here", 404),
    ],
)
def test_bad_reads_get_a_json_error(client: TestClient, official: Actor, path: str, status: int) -> None:
    bill = create(client)
    _error(client.get(path.replace("{id}", str(bill["id"]))), status)


def test_a_failed_stage_import_leaves_the_bill_as_it_was(client: TestClient, official: Actor) -> None:
    bill = create(client)
    before = client.get(f"/api/bills/{bill['id']}").json()
    _error(client.post(f"/api/bills/{bill['id']}/versions", json={"source": "nothing", "label": "broken"}), 422)
    assert client.get(f"/api/bills/{bill['id']}").json() == before


# --- numbers out of range ------------------------------------------------------------------------
# Ids and version numbers are PostgreSQL `integer` columns: 1 to 2**31 - 1. Anything beyond is
# refused before it reaches the database (SQLite raised OverflowError past 2**63, PostgreSQL a
# DataError past 2**31): a 422 naming the field, or a 404 for a bill reference (an id or a slug).

HUGE = "9" * 23
HUGE_INT = 10**30


def _build_scene(client: TestClient) -> dict[str, Any]:
    """An open bill with an amendment, a comment, an annotation and an argument, for routes that
    need something to exist."""
    bill = create(client)
    assert client.patch(f"/api/bills/{bill['id']}", json={"status": "open"}).status_code == 200
    art = client.get(f"/api/bills/{bill['id']}").json()["tree"]["children"][0]["children"][0]["eid"]
    amendment = client.post(
        f"/api/bills/{bill['id']}/amendments",
        json={"article": art, "text": "Le présent texte s’applique aux tests.", "justification": "Oui."},
    )
    assert amendment.status_code == 201, amendment.text
    comment = client.post(f"/api/bills/{bill['id']}/articles/{art}/comments", json={"body": "Bien."})
    assert comment.status_code == 201, comment.text
    annotation = client.post(
        f"/api/bills/{bill['id']}/annotations",
        json={"article": art, "quote": {"exact": "essais"}, "body": "Lesquels ?"},
    )
    assert annotation.status_code == 201, annotation.text
    argument = client.post(f"/api/bills/{bill['id']}/articles/{art}/arguments", json={"stance": "for", "body": "Oui."})
    assert argument.status_code == 201, argument.text
    return {
        "id": bill["id"],
        "art": art,
        "amendment": amendment.json()["id"],
        "comment": comment.json()["id"],
        "annotation": annotation.json()["id"],
        "argument": argument.json()["id"],
    }


def _fill(template: str, scene: dict[str, Any]) -> str:
    return template.format(huge=HUGE, **scene)


def _stored(client: TestClient, scene: dict[str, Any]) -> dict[str, Any]:
    """What a reader sees of the scene: it must be the same after any refused request."""
    bill, amendment = scene["id"], scene["amendment"]
    return {
        "bill": client.get(f"/api/bills/{bill}").json(),
        "versions": client.get(f"/api/bills/{bill}/versions").json(),
        "amendment": client.get(f"/api/amendments/{amendment}").json(),
        "comments": client.get(f"/api/bills/{bill}/articles/{scene['art']}/comments").json(),
        "annotation": client.get(f"/api/annotations/{scene['annotation']}").json(),
        "arguments": client.get(f"/api/bills/{bill}/articles/{scene['art']}/arguments").json(),
    }


@pytest.mark.parametrize(
    "path, status, named",
    [
        ("/api/amendments/{huge}", 422, "id"),
        ("/api/amendments/{huge}/comments", 422, "id"),
        ("/api/amendments/{huge}/arguments", 422, "id"),
        ("/api/annotations/{huge}", 422, "id"),
        ("/api/annotations/{huge}/comments", 422, "id"),
        ("/api/comments/{huge}/history", 422, "id"),
        ("/api/bills/{huge}", 404, HUGE),
        ("/api/bills/{huge}/versions", 404, HUGE),
        ("/api/bills/{huge}/amendments", 404, HUGE),
        ("/api/bills/{huge}/opendata", 404, HUGE),
        ("/api/bills/{huge}/opendata?format=csv", 404, HUGE),
        ("/api/bills/{huge}/tallies?type=article", 404, HUGE),
        ("/api/bills/{huge}/annotations", 404, HUGE),
        ("/api/bills/{huge}/discussions", 404, HUGE),
        ("/api/bills/{huge}/reports", 404, HUGE),
        ("/api/bills/{huge}/moderation-log", 404, HUGE),
        ("/api/bills/{huge}/compare?from=1&to=1", 404, HUGE),
        ("/api/bills/{huge}/text?at=2030-01-01T00:00:00Z", 404, HUGE),
        ("/api/bills/{huge}/articles/{art}", 404, HUGE),
        ("/api/bills/{huge}/articles/{art}/comments", 404, HUGE),
        ("/api/bills/{huge}/articles/{art}/arguments", 404, HUGE),
        ("/bills/{huge}", 404, HUGE),
        ("/api/bills/{id}/versions/{huge}", 422, "n"),
        ("/api/bills/{id}/versions/{huge}/export", 422, "n"),
        ("/api/bills/{id}/versions/{huge}/footprint", 422, "n"),
        ("/api/bills/{id}/compare?from=1&to={huge}", 422, "'to'"),
        ("/api/bills/{id}/compare?from=1e23&to=1", 422, "'from'"),
        ("/api/bills/{id}/articles/{art}?version={huge}", 422, "'version'"),
        ("/api/bills/{id}/articles/{art}/footprint?version={huge}", 422, "'version'"),
        ("/api/bills?page={huge}", 422, "'page'"),
        ("/api/bills?per_page={huge}", 422, "'per_page'"),
        ("/api/bills/{id}/amendments?author={huge}", 422, "'author'"),
        ("/api/bills/{id}/amendments?page={huge}", 422, "'page'"),
        ("/api/bills/{id}/amendments?per_page={huge}", 422, "'per_page'"),
        ("/api/bills/{id}/annotations?version={huge}", 422, "'version'"),
        ("/api/bills/{id}/annotations?page={huge}", 422, "'page'"),
        ("/api/bills/{id}/articles/{art}/comments?page={huge}", 422, "'page'"),
        ("/api/bills/{id}/articles/{art}/arguments?page={huge}", 422, "'page'"),
        ("/api/bills/{id}/reports?per_page={huge}", 422, "'per_page'"),
        ("/api/bills/{id}/moderation-log?page={huge}", 422, "'page'"),
        ("/?page={huge}", 422, "'page'"),
        ("/bills/{id}?version={huge}", 422, "'version'"),
    ],
)
def test_huge_numbers_in_reads_are_refused_with_the_field_named(
    client: TestClient, scene: dict[str, Any], path: str, status: int, named: str
) -> None:
    assert named in _error(client.get(_fill(path, scene)), status)


@pytest.mark.parametrize(
    "method, path, body, status, named",
    [
        ("POST", "/api/amendments/{huge}/decision", {"decision": "accept", "reason": "Oui."}, 422, "id"),
        ("POST", "/api/amendments/1e20/decision", {"decision": "accept", "reason": "Oui."}, 422, "id"),
        ("PATCH", "/api/amendments/{huge}", {"text": "Autre."}, 422, "id"),
        ("POST", "/api/amendments/{huge}/withdraw", {}, 422, "id"),
        ("POST", "/api/amendments/{huge}/votes", {"value": "agree"}, 422, "id"),
        ("DELETE", "/api/amendments/{huge}/votes", None, 422, "id"),
        ("POST", "/api/amendments/{huge}/arguments", {"stance": "for", "body": "Oui."}, 422, "id"),
        ("POST", "/api/arguments/{huge}/useful", None, 422, "id"),
        ("DELETE", "/api/arguments/{huge}/useful", None, 422, "id"),
        ("PATCH", "/api/comments/{huge}", {"body": "Autre."}, 422, "id"),
        ("DELETE", "/api/comments/{huge}", None, 422, "id"),
        ("POST", "/api/amendments/{huge}/comments", {"body": "Oui."}, 422, "id"),
        ("POST", "/api/annotations/{huge}/comments", {"body": "Oui."}, 422, "id"),
        ("POST", "/api/reports", {"type": "comment", "id": HUGE_INT, "reason": "Spam."}, 422, "id"),
        ("POST", "/api/reports", {"type": "comment", "id": 1e20, "reason": "Spam."}, 422, "id"),
        (
            "POST",
            "/api/moderation",
            {"type": "comment", "id": HUGE_INT, "action": "hide", "reason": "Spam."},
            422,
            "id",
        ),
        (
            "POST",
            "/api/bills/{id}/amendments",
            {"article": "{art}", "text": "T.", "base_version": HUGE_INT},
            422,
            "base_version",
        ),
        ("POST", "/api/bills/{id}/amendments", {"article": "{art}", "text": "T.", "parent": HUGE_INT}, 422, "parent"),
        ("POST", "/api/bills/{id}/articles/{art}/comments", {"body": "Oui.", "reply_to": HUGE_INT}, 422, "reply_to"),
        ("POST", "/api/amendments/{amendment}/comments", {"body": "Oui.", "reply_to": 2**31}, 422, "reply_to"),
        (
            "POST",
            "/api/bills/{id}/annotations",
            {"article": "{art}", "version": HUGE_INT, "quote": {"exact": "essais"}, "body": "Oui."},
            422,
            "version",
        ),
        ("POST", "/api/bills/{id}/preview", {"amendments": [HUGE_INT]}, 422, "amendments.0"),
        ("PATCH", "/api/bills/{huge}", {"title": "Autre titre"}, 404, HUGE),
        ("POST", "/api/bills/{huge}/versions", {"source": SMALL, "label": "v2"}, 404, HUGE),
        ("POST", "/api/bills/{huge}/amendments", {"article": "{art}", "text": "T."}, 404, HUGE),
        ("POST", "/api/bills/{huge}/preview", {"amendments": [1]}, 404, HUGE),
        ("POST", "/api/bills/{huge}/articles/{art}/votes", {"value": "agree"}, 404, HUGE),
        ("POST", "/api/bills/{huge}/articles/{art}/comments", {"body": "Oui."}, 404, HUGE),
        (
            "POST",
            "/api/bills/{huge}/annotations",
            {"article": "{art}", "quote": {"exact": "essais"}, "body": "Oui."},
            404,
            HUGE,
        ),
    ],
)
def test_huge_numbers_in_writes_are_refused_and_nothing_changes(
    client: TestClient, scene: dict[str, Any], method: str, path: str, body: Any, status: int, named: str
) -> None:
    before = _stored(client, scene)
    if isinstance(body, dict) and body.get("article") == "{art}":
        body = {**body, "article": scene["art"]}
    response = client.request(method, _fill(path, scene), json=body)
    assert named in _error(response, status)
    assert _stored(client, scene) == before


@pytest.mark.parametrize(
    "number, status",
    [("2147483647", 404), ("2147483648", 422), (str(2**63), 422), ("²", 422), ("١", 422)],
)
def test_the_bound_on_ids_is_that_of_the_database_columns(
    client: TestClient, official: Actor, number: str, status: int
) -> None:
    _error(client.get(f"/api/amendments/{number}"), status)
    _error(client.get(f"/api/bills/{number}"), 404)
    if status == 422:
        assert "'page'" in _error(client.get(f"/api/bills?page={number}"), 422)


# --- NUL characters ------------------------------------------------------------------------------
# PostgreSQL text cannot hold U+0000: refused in every text field of a body, and in the URL.


@pytest.mark.parametrize(
    "method, path, body, named",
    [
        ("POST", "/api/bills", {"source": SMALL + "\x00"}, "source"),
        ("POST", "/api/bills", {"source": SMALL, "title": "Loi\x00"}, "title"),
        ("POST", "/api/bills", {"source": SMALL, "label": "v\x001"}, "label"),
        ("PATCH", "/api/bills/{id}", {"title": "Loi\x00"}, "title"),
        ("POST", "/api/bills/{id}/versions", {"source": SMALL, "label": "\x00"}, "label"),
        ("POST", "/api/bills/{id}/amendments", {"article": "{art}", "text": "T.\x00"}, "text"),
        (
            "POST",
            "/api/bills/{id}/amendments",
            {"article": "{art}", "text": "T.", "justification": "\x00"},
            "justification",
        ),
        ("POST", "/api/bills/{id}/amendments", {"article": "{art}\x00", "text": "T."}, "article"),
        ("PATCH", "/api/amendments/{amendment}", {"justification": "Parce\x00que"}, "justification"),
        ("POST", "/api/amendments/{amendment}/withdraw", {"reason": "\x00"}, "reason"),
        ("POST", "/api/amendments/{amendment}/decision", {"decision": "accept", "reason": "\x00"}, "reason"),
        ("POST", "/api/amendments/{amendment}/comments", {"body": "Oui\x00"}, "body"),
        ("POST", "/api/bills/{id}/articles/{art}/comments", {"body": "Oui\x00"}, "body"),
        ("PATCH", "/api/comments/{comment}", {"body": "Oui\x00"}, "body"),
        (
            "POST",
            "/api/bills/{id}/annotations",
            {"article": "{art}", "quote": {"exact": "ess\x00ais"}, "body": "?"},
            "quote.exact",
        ),
        (
            "POST",
            "/api/bills/{id}/annotations",
            {"article": "{art}", "quote": {"exact": "essais"}, "body": "\x00"},
            "body",
        ),
        ("POST", "/api/bills/{id}/articles/{art}/arguments", {"stance": "for", "body": "\x00"}, "body"),
        ("POST", "/api/reports", {"type": "comment", "id": 1, "reason": "\x00"}, "reason"),
        ("POST", "/api/moderation", {"type": "comment", "id": 1, "action": "hide", "reason": "\x00"}, "reason"),
        (
            "POST",
            "/api/users",
            {"email": "a\x00@example.org", "password": PASSWORD, "display_name": "A"},
            "email",
        ),
        (
            "POST",
            "/api/users",
            {"email": "b@example.org", "password": PASSWORD, "display_name": "B\x00"},
            "display_name",
        ),
        ("POST", "/api/session", {"email": "rapporteure@example.org\x00", "password": "x"}, "email"),
    ],
)
def test_nul_characters_in_text_fields_are_refused_and_nothing_changes(
    client: TestClient, scene: dict[str, Any], method: str, path: str, body: dict[str, Any], named: str
) -> None:
    before = _stored(client, scene)
    if "article" in body:
        body = {**body, "article": body["article"].replace("{art}", scene["art"])}
    message = _error(client.request(method, _fill(path, scene), json=body), 422)
    assert named in message and "NUL" in message
    assert _stored(client, scene) == before


@pytest.mark.parametrize(
    "path, named",
    [
        ("/api/bills/{id}/amendments?article=%00", "'article'"),
        ("/api/bills/{id}/amendments?status=submitted%00", "'status'"),
        ("/api/bills/{id}/annotations?article=a%00b", "'article'"),
        ("/api/bills/{id}/articles/{art}/arguments?stance=for%00", "'stance'"),
        ("/api/bills/slug%00", "path"),
        ("/api/bills/{id}/articles/{art}%00", "path"),
        ("/bills/slug%00", "path"),
    ],
)
def test_nul_characters_in_the_url_are_refused(
    client: TestClient, scene: dict[str, Any], path: str, named: str
) -> None:
    message = _error(client.get(_fill(path, scene)), 422)
    assert named in message and "NUL" in message


# --- dates out of range --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes, named",
    [
        ({"opens_at": "0001-01-01T00:00:00+14:00"}, "opens_at"),
        ({"closes_at": "9999-12-31T23:59:59-14:00"}, "closes_at"),
    ],
)
def test_dates_beyond_the_calendar_once_in_utc_are_refused(
    client: TestClient, scene: dict[str, Any], changes: dict[str, str], named: str
) -> None:
    before = _stored(client, scene)
    assert named in _error(client.patch(f"/api/bills/{scene['id']}", json=changes), 422)
    assert _stored(client, scene) == before


def test_the_service_refuses_such_dates_too(services: Services, scene: dict[str, Any], official: Actor) -> None:
    """For callers other than the API (the command line)."""
    moment = datetime.fromisoformat("0001-01-01T00:00:00+14:00")
    with pytest.raises(InvalidInput, match="opens_at"):
        services.bills.update(
            replace(official, bills=frozenset({scene["id"]})), scene["id"], period=Period(opens_at=moment)
        )


@pytest.mark.parametrize("path", ["/api/bills/{id}/text?at={at}", "/api/bills/{id}/articles/{art}?at={at}"])
def test_moments_beyond_the_calendar_once_in_utc_are_refused(
    client: TestClient, scene: dict[str, Any], path: str
) -> None:
    for at in ("0001-01-01T00:00:00%2B14:00", "9999-12-31T23:59:59-14:00"):
        assert "'at'" in _error(client.get(_fill(path.replace("{at}", at), scene)), 422)


# --- the live websocket --------------------------------------------------------------------------


def _refused_handshake(client: TestClient, url: str) -> tuple[int, str]:
    """The status and message of a websocket handshake the app refuses (its denial response)."""
    with pytest.raises(WebSocketDenialResponse) as refused, client.websocket_connect(url):
        pass
    body = refused.value.json()["error"]
    assert body["code"] and body["message"]
    return refused.value.status_code, str(body["message"])


def test_the_live_socket_refuses_huge_numbers_cleanly(client: TestClient, scene: dict[str, Any], live_url: str) -> None:
    for after in (HUGE, "9" * 19, "-1", "1e5", "%00"):
        status, message = _refused_handshake(client, f"/api/bills/{scene['id']}/live?after={after}")
        assert status == 400 and "after" in message
    for ref in (HUGE, str(2**31), str(2**63), "slug%00"):
        status, message = _refused_handshake(client, f"/api/bills/{ref}/live")
        assert status == 404 and "no bill" in message
    # The largest `after` accepted is beyond any event id: the client is told to resync.
    url = f"{live_url.replace('http', 'ws', 1)}/api/bills/{scene['id']}/live?after={'9' * 18}"
    with connect(url, open_timeout=10) as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "hello"
        assert json.loads(ws.recv(timeout=10))["reason"] == "ahead of the log"
