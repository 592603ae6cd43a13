"""Accounts through the HTTP API: sign up, sign in, sessions that end, rate limits, the Origin check."""

from __future__ import annotations

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.conftest import PASSWORD, make_user


def test_signing_up_signs_in_with_an_httponly_samesite_cookie(client: TestClient) -> None:
    response = client.post(
        "/api/users", json={"email": "Camille@Example.org", "password": PASSWORD, "display_name": "Camille"}
    )
    assert response.status_code == 201
    assert response.json()["role"] == "citizen"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    me = client.get("/api/me")
    assert me.status_code == 200 and me.json()["display_name"] == "Camille"


def test_the_session_cookie_is_secure_over_https(services: Services) -> None:
    from drafting.app import create_app

    make_user(services, "ada@example.org")
    with TestClient(create_app(services.settings, services), base_url="https://testserver") as client:
        response = client.post("/api/session", json={"email": "ada@example.org", "password": PASSWORD})
        assert "secure" in response.headers["set-cookie"].lower()


def test_signing_up_twice_with_one_email_is_a_conflict(client: TestClient) -> None:
    body = {"email": "a@example.org", "password": PASSWORD, "display_name": "A"}
    assert client.post("/api/users", json=body).status_code == 201
    second = client.post("/api/users", json={**body, "email": "A@EXAMPLE.ORG"})
    assert second.status_code == 409
    assert "already exists" in second.json()["error"]["message"]


def test_weak_passwords_and_bad_emails_are_refused_with_a_reason(client: TestClient) -> None:
    short = client.post("/api/users", json={"email": "b@example.org", "password": "short", "display_name": "B"})
    assert short.status_code == 422 and "at least 12 characters" in short.json()["error"]["message"]
    bad = client.post("/api/users", json={"email": "not-an-email", "password": PASSWORD, "display_name": "B"})
    assert bad.status_code == 422 and "not an email" in bad.json()["error"]["message"]


def test_signing_out_ends_the_session_on_the_server(services: Services, client: TestClient) -> None:
    make_user(services, "c@example.org")
    client.post("/api/session", json={"email": "c@example.org", "password": PASSWORD})
    token = client.cookies.get("drafting_session")
    assert token
    assert client.delete("/api/session").status_code == 204
    # Replaying the old cookie must not work: the server forgot the session.
    client.cookies.set("drafting_session", token)
    assert client.get("/api/me").status_code == 401


def test_a_wrong_password_is_refused(services: Services, client: TestClient) -> None:
    # repeated failures slow this address down, never the account: tests/integration/test_rate_limits.py
    make_user(services, "d@example.org")
    wrong = client.post("/api/session", json={"email": "d@example.org", "password": "wrong password!"})
    assert wrong.status_code == 401 and wrong.json()["error"]["message"] == "wrong email or password"


def test_writes_from_another_site_are_refused(services: Services, client: TestClient) -> None:
    make_user(services, "f@example.org")
    response = client.post(
        "/api/session",
        json={"email": "f@example.org", "password": PASSWORD},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "bad_origin"
    same = client.post(
        "/api/session",
        json={"email": "f@example.org", "password": PASSWORD},
        headers={"Origin": "http://testserver"},
    )
    assert same.status_code == 200
