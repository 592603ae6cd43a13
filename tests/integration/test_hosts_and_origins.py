"""Origins are checked against the public URL (default: the address reached) and the allowed
origins, never against the Host header; unknown hosts are refused."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from starlette.testclient import TestClient, WebSocketDenialResponse

from drafting.app import create_app
from drafting.bootstrap import Services
from drafting.config import Settings, SettingsError
from tests.conftest import PASSWORD, make_user
from tests.integration.test_hostile_json import connection

SIGN_IN = {"email": "ada@example.org", "password": PASSWORD}


@contextmanager
def app_with(services: Services, base_url: str = "http://testserver", **settings: object) -> Iterator[TestClient]:
    changed = dataclasses.replace(services, settings=dataclasses.replace(services.settings, **settings))
    with TestClient(create_app(changed.settings, changed), base_url=base_url) as client:
        yield client


def test_an_origin_that_names_itself_in_the_host_header_is_refused(client: TestClient, services: Services) -> None:
    make_user(services, "ada@example.org")
    forged = {"Origin": "http://evil.example", "Host": "evil.example"}
    with app_with(services, allowed_hosts=("*",)) as anything_goes:  # even when every host is allowed
        response = anything_goes.post("/api/session", json=SIGN_IN, headers=forged)
        assert response.status_code == 403 and response.json()["error"]["code"] == "bad_origin"
    assert client.post("/api/session", json=SIGN_IN, headers={"Origin": "http://testserver"}).status_code == 200


def test_the_public_url_is_the_site_s_origin(services: Services) -> None:
    make_user(services, "ada@example.org")
    public = "https://consultation.example.org"
    with app_with(services, base_url=public, public_url=public) as client:
        assert client.post("/api/session", json=SIGN_IN, headers={"Origin": public}).status_code == 200
        # the address the connection reached is no longer enough once a public URL is set
        refused = client.post("/api/session", json=SIGN_IN, headers={"Origin": "http://testserver"})
        assert refused.status_code == 403


def test_allowed_origins_are_added_to_the_site_s_own(services: Services) -> None:
    make_user(services, "ada@example.org")
    with app_with(services, allowed_origins=("https://partner.example",)) as client:
        allowed = client.post("/api/session", json=SIGN_IN, headers={"Origin": "https://partner.example"})
        assert allowed.status_code == 200
        assert client.post("/api/session", json=SIGN_IN, headers={"Origin": "https://other.example"}).status_code == 403


def test_unknown_hosts_are_refused_and_listed_ones_served(services: Services) -> None:
    with app_with(services) as client:
        refused = client.get("/api/bills", headers={"Host": "evil.example"})
        assert refused.status_code == 400 and refused.json()["error"]["code"] == "bad_host"
        for host in ("testserver", "localhost:8000", "127.0.0.1:8000", "[::1]:8000"):
            assert client.get("/api/bills", headers={"Host": host}).status_code == 200, host
    with app_with(services, allowed_hosts=("consultation.example.org", "*.example.net")) as client:
        for host in ("consultation.example.org", "a.example.net:443"):
            assert client.get("/api/bills", headers={"Host": host}).status_code == 200, host
        for host in ("localhost", "example.net.evil.example", "evil.example"):
            assert client.get("/api/bills", headers={"Host": host}).status_code == 400, host
    with app_with(services, public_url="https://consultation.example.org") as client:
        assert client.get("/api/bills", headers={"Host": "consultation.example.org"}).status_code == 200


def test_a_fresh_server_answers_on_its_own_address_and_localhost(live_url: str) -> None:
    port = live_url.rsplit(":", 1)[1]
    wrong = json.dumps({"email": "x@example.org", "password": "wrong password"}).encode()
    with connection(live_url) as conn:
        for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
            conn.request("GET", "/api/bills", headers={"Host": host})
            response = conn.getresponse()
            assert response.status == 200 and response.read(), host
        conn.request("GET", "/api/bills", headers={"Host": "evil.example"})
        response = conn.getresponse()
        assert response.status == 400 and b"bad_host" in response.read()
        for origin, status in (
            (f"http://localhost:{port}", 401),
            (f"http://127.0.0.1:{port}", 401),
            ("http://evil.example", 403),
        ):
            conn.request(
                "POST", "/api/session", body=wrong, headers={"Origin": origin, "Content-Type": "application/json"}
            )
            response = conn.getresponse()
            response.read()
            assert response.status == status, origin


@pytest.mark.parametrize(
    ("name", "value"),
    [("DRAFTING_PUBLIC_URL", "consultation.example.org"), ("DRAFTING_ALLOWED_HOSTS", "https://a.example")],
)
def test_bad_host_settings_are_refused_with_the_expected_form(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_host_settings_are_read() -> None:
    settings = Settings.from_env(
        {"DRAFTING_PUBLIC_URL": "https://c.example.org/", "DRAFTING_ALLOWED_HOSTS": "c.example.org, *.example.net"}
    )
    assert settings.public_url == "https://c.example.org"
    assert settings.allowed_hosts == ("c.example.org", "*.example.net")


def test_the_live_socket_refuses_unknown_hosts_and_forged_origins(services: Services) -> None:
    url = "/api/bills/1/live"
    with app_with(services, allowed_hosts=("localhost",)) as client:
        with (
            pytest.raises(WebSocketDenialResponse) as refused,
            client.websocket_connect(url, headers={"Host": "evil.example"}),
        ):
            pass
        assert refused.value.status_code == 400 and refused.value.json()["error"]["code"] == "bad_host"
    forged = {"Origin": "http://evil.example", "Host": "evil.example"}
    with app_with(services, allowed_hosts=("*",)) as client:
        with pytest.raises(WebSocketDenialResponse) as refused, client.websocket_connect(url, headers=forged):
            pass
        assert refused.value.status_code == 403 and refused.value.json()["error"]["code"] == "bad_origin"
