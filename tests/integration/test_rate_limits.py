"""Rate limits slow floods down and never lock anyone out: a victim signs in while an attacker
elsewhere guesses; a class, an NGO, an official and an office at real pace all pass; forwarded
headers are believed only from trusted proxies. See docs/security.md."""

from __future__ import annotations

import dataclasses
import os
import time
import types
from collections.abc import Iterator
from typing import Any

import limits.storage.memory
import pytest
from starlette.testclient import TestClient

from drafting.app import create_app
from drafting.bootstrap import Services
from drafting.services.commands import Proposal
from drafting.storage import users
from drafting.web import ratelimit
from drafting.web.ratelimit import RateLimits
from tests.conftest import PASSWORD, make_user
from tests.integration.test_amendments_api import as_official, as_user, decide, propose


class Clock:
    """The time the rate limits read, moved forward by the test instead of waiting."""

    def __init__(self) -> None:
        self.now = time.time()

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    shim = types.SimpleNamespace(time=fake.time)
    monkeypatch.setattr(limits.storage.memory, "time", shim)
    monkeypatch.setattr(ratelimit, "time", shim)
    return fake


@pytest.fixture
def app_client(services: Services) -> Iterator[Any]:
    """Clients at chosen addresses, all on one app (so one set of counts)."""
    app = create_app(services.settings, services)
    opened: dict[tuple[str, int], TestClient] = {}

    def at(address: str, other_app: Any = None) -> TestClient:
        key = (address, id(other_app))
        if key not in opened:
            opened[key] = TestClient(other_app or app, base_url="http://testserver", client=(address, 50000))
            opened[key].__enter__()
        opened[key].cookies.clear()
        return opened[key]

    yield at
    for client in opened.values():
        client.__exit__(None, None, None)


def wrong(client: TestClient, email: str) -> Any:
    return client.post("/api/session", json={"email": email, "password": "not the password"})


def right(client: TestClient, email: str) -> Any:
    return client.post("/api/session", json={"email": email, "password": PASSWORD})


def test_an_attacker_elsewhere_cannot_lock_the_victim_out(services: Services, app_client: Any) -> None:
    make_user(services, "victim@example.org")
    attacker, victim = app_client("203.0.113.9"), app_client("198.51.100.7")
    answers = [wrong(attacker, "victim@example.org") for _ in range(20)]
    assert {a.status_code for a in answers[:5]} == {401}
    slowed = answers[-1]
    # the attacker is slowed down: a 429 that says when to come back, in the header and the JSON body
    assert slowed.status_code == 429
    retry = int(slowed.headers["Retry-After"])
    assert 1 <= retry <= 60
    assert slowed.json()["error"]["code"] == "too_many_requests"
    assert slowed.json()["error"]["details"]["retry_after"] == retry
    # even the right password is not checked from the attacker's address for now...
    assert right(attacker, "victim@example.org").status_code == 429
    # ...but the victim, at their own address, signs in at once
    assert right(victim, "victim@example.org").status_code == 200


def test_guessing_from_one_address_is_slowed_yet_colleagues_behind_it_sign_in(
    services: Services, app_client: Any
) -> None:
    for name in ("ada", "bob"):
        make_user(services, f"{name}@example.org")
    office = app_client("192.0.2.1")
    for _ in range(5):
        assert wrong(office, "ada@example.org").status_code == 401
    assert wrong(office, "ada@example.org").status_code == 429
    assert right(app_client("192.0.2.1"), "bob@example.org").status_code == 200


@pytest.mark.slow
@pytest.mark.backends("sqlite")  # the counts do not depend on the database; argon2 makes this slow
def test_a_whole_office_signs_in_behind_one_address(services: Services, app_client: Any) -> None:
    for i in range(40):
        make_user(services, f"agent{i}@example.org")
    for i in range(40):
        desk = app_client("192.0.2.50")
        if i % 10 == 0:  # some mistype their password once
            assert wrong(desk, f"agent{i}@example.org").status_code == 401
        assert right(desk, f"agent{i}@example.org").status_code == 200, i


@pytest.mark.slow
@pytest.mark.backends("sqlite")
def test_a_class_of_30_signs_up_from_one_school_address_within_the_hour(
    services: Services, app_client: Any, clock: Clock
) -> None:
    school = "192.0.2.80"
    waiting = list(range(30))
    refused = 0
    while waiting:
        student = waiting[0]
        body = {"email": f"eleve{student}@example.org", "password": PASSWORD, "display_name": f"Élève {student}"}
        response = app_client(school).post("/api/users", json=body)
        if response.status_code == 429:  # the page tells them when to try again
            refused += 1
            clock.advance(int(response.headers["Retry-After"]))
            continue
        assert response.status_code == 201, response.text
        waiting.pop(0)
        clock.advance(2)
    assert refused > 0  # the burst limit did act
    with services.db.read() as session:
        assert all(users.by_email(session, f"eleve{i}@example.org") for i in range(30))


def test_sign_up_from_a_throttled_address_creates_nothing(services: Services, app_client: Any) -> None:
    flood = app_client("203.0.113.66")
    answers = [
        flood.post("/api/users", json={"email": f"bot{i}@example.org", "password": PASSWORD, "display_name": "Bot"})
        for i in range(15)
    ]
    assert [a.status_code for a in answers].count(201) == 10
    assert answers[-1].status_code == 429 and "Retry-After" in answers[-1].headers
    with services.db.read() as session:
        assert [users.by_email(session, f"bot{i}@example.org") is not None for i in range(10, 15)] == [False] * 5
    # another address is not concerned
    other = {"email": "someone@example.org", "password": PASSWORD, "display_name": "Someone"}
    assert app_client("198.51.100.20").post("/api/users", json=other).status_code == 201


@pytest.mark.backends("sqlite")
def test_an_ngo_tables_100_amendments_through_the_api_in_a_minute(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "ngo@example.org")
    for i in range(100):
        propose(client, bill, bill["text1"].replace("six mois", f"{i + 1} jours"))


def test_writes_are_limited_per_account_not_per_address(services: Services, bill: dict[str, Any]) -> None:
    settings = dataclasses.replace(services.settings, rate_limit_writes="3/minute")
    with TestClient(create_app(settings, services), base_url="http://testserver") as client:
        as_user(services, client, "spam@example.org")
        body = {"article": bill["art1"], "kind": "modify", "text": "Autre texte.", "justification": "."}
        # four different texts: the same one filed again would be refused as a duplicate, not counted
        answers = [
            client.post(f"/api/bills/{bill['id']}/amendments", json={**body, "text": f"Autre texte {n}."})
            for n in range(4)
        ]
        assert [a.status_code for a in answers] == [201, 201, 201, 429]
        assert answers[-1].headers["Retry-After"]
        # a neighbour at the same address writes as usual
        as_user(services, client, "neighbour@example.org")
        assert client.post(f"/api/bills/{bill['id']}/amendments", json=body).status_code == 201


def test_previews_by_callers_signed_out_are_limited_per_address(services: Services, bill: dict[str, Any]) -> None:
    # a preview parses up to 100,000 characters of instructions: signed out, it is counted per address (the
    # audit's anonymous flood), before its body is even read; signed in, it is a write of that account
    settings = dataclasses.replace(services.settings, rate_limit_anonymous_previews="3/minute")
    app = create_app(settings, services)
    url = f"/bills/{bill['id']}/articles/{bill['art1']}/amend/preview"
    said = {"instructions": "Alinéa 1, remplacer les mots : « six mois » par les mots : « un an »."}
    with TestClient(app, base_url="http://testserver", client=("203.0.113.7", 50000)) as stranger:
        answers = [stranger.post(url, json=said) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 200]
        refused = stranger.post(url, content=b"not even json", headers={"Content-Type": "application/json"})
        assert refused.status_code == 429 and refused.headers["Retry-After"]
        assert refused.json()["error"]["code"] == "too_many_requests"
        as_user(services, stranger, "camille@example.org")  # the same address, signed in: a write of hers
        assert stranger.post(url, json=said).status_code == 200
    with TestClient(app, base_url="http://testserver", client=("198.51.100.9", 50000)) as elsewhere:
        assert elsewhere.post(url, json=said).status_code == 200


def test_an_officials_decisions_are_never_limited(services: Services, bill: dict[str, Any]) -> None:
    settings = dataclasses.replace(services.settings, rate_limit_writes="3/minute")
    with TestClient(create_app(settings, services), base_url="http://testserver") as client:
        ids = []
        for i in range(3):
            as_user(services, client, f"citizen{i}@example.org")
            ids.append(propose(client, bill, bill["text1"].replace("six mois", f"{i + 2} mois"))["id"])
        as_official(client)
        assert [decide(client, i, "reject").status_code for i in ids] == [200] * 3
        # past its limit for other writes, the official still decides
        patched = [client.patch(f"/api/bills/{bill['id']}", json={"status": "open"}).status_code for _ in range(4)]
        assert 429 in patched
        as_user(services, client, "citizen9@example.org")
        late = propose(client, bill, bill["text1"].replace("six mois", "dix mois"))["id"]
        as_official(client)
        assert decide(client, late, "reject").status_code == 200


@pytest.mark.slow
@pytest.mark.backends("sqlite")
def test_an_official_decides_200_amendments_in_a_sitting(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    deputies = [make_user(services, f"depute{i}@example.org") for i in range(4)]
    ids = [
        services.amendments.propose(
            deputies[i % 4],
            bill["id"],
            Proposal(article=bill["art1"], kind="modify", text=bill["text1"].replace("six mois", f"{i} jours")),
        )["id"]
        for i in range(200)
    ]
    for amendment in ids:
        assert decide(client, amendment, "reject").status_code == 200


def test_a_spoofed_forwarded_for_is_ignored_unless_it_comes_from_a_trusted_proxy(
    services: Services, app_client: Any
) -> None:
    make_user(services, "victim@example.org")
    attacker = app_client("203.0.113.9")
    # a new X-Forwarded-For each time does not make the attacker someone new
    answers = [
        attacker.post(
            "/api/session",
            json={"email": "victim@example.org", "password": "guess"},
            headers={"X-Forwarded-For": f"10.1.{i}.1"},
        )
        for i in range(8)
    ]
    assert answers[-1].status_code == 429
    # nor can it pass for the victim's address to have the victim slowed down
    victim = app_client("198.51.100.7")
    assert right(victim, "victim@example.org").status_code == 200

    # behind a trusted proxy, the forwarded client is who counts
    proxied = create_app(dataclasses.replace(services.settings, trusted_proxies=("10.0.0.0/8",)), services)
    proxy = app_client("10.0.0.2", proxied)
    for _ in range(6):
        wrong_via = proxy.post(
            "/api/session",
            json={"email": "victim@example.org", "password": "guess"},
            headers={"X-Forwarded-For": "203.0.113.9"},
        )
    assert wrong_via.status_code == 429
    via_proxy = proxy.post(
        "/api/session",
        json={"email": "victim@example.org", "password": PASSWORD},
        headers={"X-Forwarded-For": "198.51.100.7"},
    )
    assert via_proxy.status_code == 200
    # an untrusted client saying it is the proxy's client gains nothing
    spoof = app_client("203.0.113.9", proxied).post(
        "/api/session",
        json={"email": "victim@example.org", "password": PASSWORD},
        headers={"X-Forwarded-For": "198.51.100.7"},
    )
    assert spoof.status_code == 429


def test_processes_sharing_redis_share_the_counts(services: Services) -> None:
    """Two apps (as two server processes would be) on one Redis: failures at one count at the other."""
    redis_url = os.environ.get("DRAFTING_TEST_REDIS_URL", "redis://127.0.0.1:6379/2")
    settings = dataclasses.replace(services.settings, bus_url="", rate_limit_storage=redis_url)
    RateLimits(settings).limiter.storage.reset()  # counts of an earlier run
    make_user(services, "shared@example.org")
    first, second = (create_app(settings, services) for _ in range(2))
    with (
        TestClient(first, client=("203.0.113.5", 1)) as one,
        TestClient(second, client=("203.0.113.5", 2)) as other,
    ):
        for _ in range(5):
            assert wrong(one, "shared@example.org").status_code == 401
        assert wrong(other, "shared@example.org").status_code == 429


def test_writes_through_the_pages_forms_count_as_the_apis_do(services: Services, bill: dict[str, Any]) -> None:
    settings = dataclasses.replace(services.settings, rate_limit_writes="3/minute")
    with TestClient(create_app(settings, services), base_url="http://testserver", follow_redirects=False) as client:
        as_user(services, client, "voter@example.org")
        url = f"/bills/{bill['id']}/articles/{bill['art1']}/vote"
        answers = [client.post(url, data={"value": "agree"}, headers={"accept": "text/html"}) for _ in range(4)]
        assert [a.status_code < 400 for a in answers] == [True, True, True, False]
        assert answers[-1].status_code == 429 and answers[-1].headers["Retry-After"]
        assert "text/html" in answers[-1].headers["content-type"]  # a page for the browser, not JSON
