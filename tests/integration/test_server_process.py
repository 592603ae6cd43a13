"""`drafting serve` as a real process: no acknowledged write is lost when it is killed with
`kill -9` in the middle of concurrent submissions, and it believes no forwarded header from a
client that is not a trusted proxy. See docs/security.md."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx2
import pytest
from sqlalchemy import text

from drafting.bootstrap import Services
from tests.conftest import PASSWORD, free_port, make_user
from tests.integration.test_amendments_api import BILL

WRITERS = 4
KILL_AFTER = 24  # acknowledged writes before the kill


class Server:
    """`drafting serve` on the test database, in a process of its own."""

    def __init__(self, services: Services, **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        environment = {
            **os.environ,
            "DRAFTING_DATABASE_URL": services.db.url,
            "DRAFTING_DATA_DIR": str(services.settings.data_dir),
            "DRAFTING_LOAD_DEMO": "0",
            **env,
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "drafting", "serve", "--port", str(self.port)],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx2.get(f"{self.url}/api/bills", timeout=2).status_code == 200:
                    return
            except httpx2.TransportError:
                pass
            if self.process.poll() is not None:
                raise AssertionError(self.process.stderr.read().decode() if self.process.stderr else "")
            assert time.monotonic() < deadline, "drafting serve did not answer within 60 s"
            time.sleep(0.2)

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.communicate(timeout=20)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.communicate(timeout=20)


@pytest.fixture
def servers(services: Services) -> Iterator[list[Server]]:
    started: list[Server] = []
    yield started
    for server in started:
        server.stop()


def signed_in(url: str, email: str) -> httpx2.Client:
    client = httpx2.Client(base_url=url, timeout=30)
    response = client.post("/api/session", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return client


def open_bill(url: str) -> dict[str, Any]:
    with closing(signed_in(url, "rapporteure@example.org")) as official:
        created = official.post("/api/bills", json={"source": BILL, "label": "texte soumis à consultation"})
        assert created.status_code == 201, created.text
        bill = created.json()["id"]
        assert official.patch(f"/api/bills/{bill}", json={"status": "open"}).status_code == 200
        article = official.get(f"/api/bills/{bill}").json()["tree"]["children"][0]
    return {"id": bill, "article": article["eid"], "text": article["text"]}


@pytest.mark.slow
def test_no_acknowledged_write_is_lost_when_the_server_is_killed(services: Services, servers: list[Server]) -> None:
    make_user(services, "rapporteure@example.org", "official", "Rapporteure")
    for i in range(WRITERS):
        make_user(services, f"writer{i}@example.org")
    servers.append(Server(services))
    bill = open_bill(servers[0].url)

    acknowledged: dict[str, int] = {}  # justification -> amendment id, for each 201 received
    in_flight: set[str] = set()  # sent when the server died: stored or not, nobody was told
    lock = threading.Lock()

    failures: list[BaseException] = []
    clients = [signed_in(servers[0].url, f"writer{i}@example.org") for i in range(WRITERS)]

    def write(writer: int) -> None:
        with closing(clients[writer]) as client:
            for n in range(10_000):
                tag = f"écrit {writer}-{n}"
                body = {
                    "article": bill["article"],
                    "kind": "modify",
                    "text": bill["text"].replace("six mois", f"{writer * 1000 + n + 1} jours"),
                    "justification": tag,
                }
                try:
                    response = client.post(f"/api/bills/{bill['id']}/amendments", json=body)
                except httpx2.TransportError:
                    with lock:
                        in_flight.add(tag)
                    return
                if response.status_code != 201:
                    failures.append(AssertionError(f"{response.status_code} {response.text}"))
                    return
                with lock:
                    acknowledged[tag] = response.json()["id"]

    threads = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 120
    while len(acknowledged) < KILL_AFTER:
        assert time.monotonic() < deadline and all(t.is_alive() for t in threads), "the writers stalled"
        time.sleep(0.01)
    servers[0].kill()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures and all(not t.is_alive() for t in threads)
    assert in_flight  # writers were cut off mid-request

    servers.append(Server(services))  # restarts on the same database
    with services.db.read() as session:
        stored = dict(
            session.execute(
                text("SELECT justification, id FROM amendments WHERE bill_id = :bill"), {"bill": bill["id"]}
            ).all()
        )
        events = session.execute(
            text("SELECT seq, type, payload FROM events WHERE bill_id = :bill ORDER BY seq"), {"bill": bill["id"]}
        ).all()
    # every write the server acknowledged is there, under the id it gave
    assert {tag: stored.get(tag) for tag in acknowledged} == acknowledged
    # none it did not acknowledge, but for the requests cut off by the kill
    assert set(stored) - set(acknowledged) <= in_flight
    # each stored amendment was logged, and the log has no gap
    assert [seq for seq, _, _ in events] == list(range(1, len(events) + 1))
    submitted = {
        (p if isinstance(p, dict) else json.loads(p))["amendment"]
        for _, kind, p in events
        if kind == "amendment.submitted"
    }
    assert submitted == set(stored.values())
    verify = subprocess.run(
        [sys.executable, "-m", "drafting", "verify", str(bill["id"])],
        env={**os.environ, "DRAFTING_DATABASE_URL": services.db.url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    # the restarted server takes writes again, and its events follow on without a gap
    with closing(signed_in(servers[1].url, "writer0@example.org")) as client:
        body = {"article": bill["article"], "kind": "modify", "text": "Autre texte.", "justification": "après"}
        assert client.post(f"/api/bills/{bill['id']}/amendments", json=body).status_code == 201
    with services.db.read() as session:
        last = session.execute(text("SELECT max(seq) FROM events WHERE bill_id = :bill"), {"bill": bill["id"]})
        assert last.scalar() == len(events) + 1


@pytest.mark.slow
@pytest.mark.backends("sqlite")
def test_drafting_serve_ignores_forwarded_for_from_a_client_that_is_not_a_trusted_proxy(
    services: Services, servers: list[Server], tmp_path: Path
) -> None:
    make_user(services, "victim@example.org")
    servers.append(Server(services))
    answers = [
        httpx2.post(
            f"{servers[0].url}/api/session",
            json={"email": "victim@example.org", "password": "a guess"},
            headers={"X-Forwarded-For": f"10.9.{i}.1"},
            timeout=30,
        ).status_code
        for i in range(6)
    ]
    # a new X-Forwarded-For each time did not make the guesser someone new to the rate limits
    assert answers == [401] * 5 + [429]
