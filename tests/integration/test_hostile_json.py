"""Hostile JSON (nested 1,000 deep, numbers of 5,000 digits) is a 400 with the JSON error body on
every JSON route, never a 500, and the keep-alive connection it came on serves the next request."""

from __future__ import annotations

import http.client
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import pytest
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.web.last_resort import LastResort
from tests.conftest import PASSWORD, make_user

DEEP = b"[" * 1000 + b"]" * 1000
HOSTILE = {
    "nested 1,000 deep": DEEP,
    "object nested 1,000 deep": b'{"a":' * 1000 + b"1" + b"}" * 1000,
    "deep inside a field": b'{"email": ' + DEEP + b', "password": "x"}',
    "5,000-digit number": b'{"email": "a@example.org", "password": ' + b"9" * 5000 + b"}",
    "5,000-digit float": b'{"email": "a@example.org", "password": 1.' + b"9" * 5000 + b"}",
    "infinite float": b'{"email": "a@example.org", "password": 1e999}',
    "NaN": b'{"email": "a@example.org", "password": NaN}',
}


@contextmanager
def connection(live_url: str) -> Iterator[http.client.HTTPConnection]:
    parts = urlsplit(live_url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        yield conn
    finally:
        conn.close()


def exchange(
    conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None, cookie: str = ""
) -> tuple[int, Any, http.client.HTTPResponse]:
    headers = {"Content-Type": "application/json"} | ({"Cookie": cookie} if cookie else {})
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    raw = response.read()
    return response.status, json.loads(raw) if raw else None, response


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_json_to_the_anonymous_sign_in_is_a_400_and_the_connection_lives_on(live_url: str, name: str) -> None:
    with connection(live_url) as conn:
        status, body, response = exchange(conn, "POST", "/api/session", HOSTILE[name])
        assert status == 400, body
        assert body["error"]["code"] == "bad_request"
        assert response.getheader("connection") != "close"
        # the same socket answers the next request
        sock = conn.sock
        status, body, _ = exchange(conn, "GET", "/api/bills")
        assert status == 200, body
        assert conn.sock is sock


def test_hostile_json_from_a_signed_in_official_is_a_400_on_each_json_write(live_url: str, services: Services) -> None:
    make_user(services, "rapporteure@example.org", "admin")
    with connection(live_url) as conn:
        credentials = json.dumps({"email": "rapporteure@example.org", "password": PASSWORD}).encode()
        status, _, response = exchange(conn, "POST", "/api/session", credentials)
        assert status == 200
        cookie = (response.getheader("set-cookie") or "").split(";")[0]
        sock = conn.sock
        source = json.dumps({"source": "# Loi\n\n## Article 1er\n\nTexte.\n"}).encode()
        status, bill, _ = exchange(conn, "POST", "/api/bills", source, cookie)
        assert status == 201, bill
        writes = [("POST", "/api/bills"), ("PATCH", f"/api/bills/{bill['id']}"), ("POST", "/api/users")]
        writes.append(("POST", f"/api/bills/{bill['id']}/versions"))
        for method, path in writes:
            for body in (DEEP, b'{"title": ' + b"1" * 5000 + b"}"):
                status, answer, _ = exchange(conn, method, path, body, cookie)
                assert status == 400, (method, path, answer)
                assert answer["error"]["message"]
        assert conn.sock is sock


def test_an_unexpected_error_is_logged_and_answered_with_the_json_error_body(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(scope: Any, receive: Any, send: Any) -> None:
        raise RuntimeError("a bug")

    client = TestClient(LastResort(broken), raise_server_exceptions=True)  # raises if LastResort does
    with caplog.at_level(logging.ERROR):
        response = client.get("/anything")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal"
    assert "a bug" in caplog.text
