"""Across processes, on PostgreSQL: a change made through one uvicorn process reaches a websocket
client of another (over LISTEN/NOTIFY, and over Redis); a bus listener whose connection drops
reconnects and catches up from the event log.
"""

from __future__ import annotations

import dataclasses
import json
import os
import queue
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from drafting.bootstrap import Services
from drafting.realtime.bus import MemoryBus, make_bus
from drafting.realtime.relay import RelayBus
from drafting.services.bills import Bills
from tests.conftest import PASSWORD, PG_URL, make_user
from tests.integration.test_bills_api import SMALL
from tests.integration.test_live import WAIT, article_eids, events_until, follow, receive, wait_for

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("DRAFTING_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def pg(services: Services) -> Services:
    """Only collected on PostgreSQL (see the `backends` marker): several processes share it."""
    assert not services.db.is_sqlite
    return services


@contextmanager
def uvicorn_process(tmp_path: Path, bus_url: str) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    env = {**os.environ, "DRAFTING_DATABASE_URL": PG_URL, "DRAFTING_LOAD_DEMO": "0"}
    env.update({"DRAFTING_DATA_DIR": str(tmp_path), "DRAFTING_BUS_URL": bus_url})
    command = [sys.executable, "-m", "uvicorn", "--factory", "drafting.app:create_app_from_env"]
    log_path = tmp_path / f"uvicorn-{port}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [*command, "--port", str(port), "--log-level", "warning"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: process.poll() is not None or _up(base), "the server process did not start")
        assert process.poll() is None, log_path.read_text()
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _up(base: str) -> bool:
    try:
        with urllib.request.urlopen(base + "/api/bills", timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def call(base: str, method: str, path: str, body: dict[str, Any], cookie: str = "") -> tuple[Any, str]:
    request = urllib.request.Request(
        base + path,
        data=json.dumps(body).encode(),
        method=method,
        headers={"Content-Type": "application/json", "Cookie": cookie},
    )
    with urllib.request.urlopen(request, timeout=WAIT) as response:
        return json.loads(response.read()), response.headers.get("Set-Cookie", "").split(";")[0]


@pytest.mark.parametrize("bus_url", ["", REDIS_URL], ids=["listen-notify", "redis"])
@pytest.mark.backends("postgresql")
def test_a_change_made_through_one_process_reaches_a_follower_of_another(
    pg: Services, tmp_path: Path, bus_url: str
) -> None:
    make_user(pg, "rapporteure@example.org", "official")
    with uvicorn_process(tmp_path, bus_url) as a, uvicorn_process(tmp_path, bus_url) as b:
        _, cookie = call(a, "POST", "/api/session", {"email": "rapporteure@example.org", "password": PASSWORD})
        bill = call(a, "POST", "/api/bills", {"format": "markdown", "source": SMALL}, cookie)[0]["id"]
        with follow(b, bill) as ws:
            assert json.loads(ws.recv(timeout=WAIT))["last"] == 2
            call(a, "PATCH", f"/api/bills/{bill}", {"status": "open"}, cookie)
            call(a, "PATCH", f"/api/bills/{bill}", {"title": "Titre venu d'ailleurs"}, cookie)
            got = events_until(ws, 5)
    assert [(e["id"], e["type"], e.get("changes")) for e in got] == [
        (3, "bill.updated", {"status": "open"}),
        (4, "consultation.opened", None),
        (5, "bill.updated", {"title": "Titre venu d'ailleurs"}),
    ]


@pytest.mark.backends("postgresql")
def test_presence_counts_the_readers_of_every_process(pg: Services, tmp_path: Path) -> None:
    official = make_user(pg, "rapporteure@example.org", "official")
    bill = pg.bills.create(official, source=SMALL, fmt="markdown")["id"]
    with uvicorn_process(tmp_path, "") as a, uvicorn_process(tmp_path, "") as b:
        article = article_eids(a, bill)[0]
        with follow(b, bill) as reader_b:
            with follow(a, bill) as reader_a:
                reader_a.send(json.dumps({"type": "viewing", "article": article}))
                # b counts a's reader, and which article it reads, though a holds the connection
                receive(
                    reader_b, lambda m: m["type"] == "presence" and (m["readers"], m["articles"]) == (2, {article: 1})
                )
            receive(reader_b, lambda m: m["type"] == "presence" and (m["readers"], m["articles"]) == (1, {}))


@pytest.mark.parametrize("broker", ["postgresql", "redis"])
@pytest.mark.backends("postgresql")
def test_a_listener_whose_connection_drops_catches_up_from_the_log(pg: Services, broker: str) -> None:
    bus = make_bus(PG_URL if broker == "postgresql" else REDIS_URL, pg.db)
    assert isinstance(bus, RelayBus)
    heard: queue.Queue[dict[str, Any]] = queue.Queue()
    bus.subscribe(heard.put)
    try:
        bus.start(wait=WAIT)
        official = make_user(pg, "rapporteure@example.org", "official")
        bill = Bills(pg.db, bus).create(official, source=SMALL, fmt="markdown")["id"]
        assert [heard.get(timeout=WAIT)["id"] for _ in range(2)] == [1, 2]
        # Logged but never broadcast, as if its message had been lost while the listener was away.
        silent = Bills(pg.db, MemoryBus())
        silent.update(dataclasses.replace(official, bills=frozenset({bill})), bill, title="Pendant la coupure")
        _cut(bus, broker)
        event = heard.get(timeout=WAIT)
        assert (event["id"], event["changes"]) == (3, {"title": "Pendant la coupure"})
        wait_for(lambda: bus.reconnects >= 1, "the listener did not reconnect")
        assert heard.empty()
    finally:
        bus.close()


def _cut(bus: RelayBus, broker: str) -> None:
    """Kill the listener's connection on the broker's side."""
    if broker == "postgresql":
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            killed = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
                (bus.name,),
            ).fetchall()
    else:
        import redis

        with redis.Redis.from_url(REDIS_URL) as client:
            killed = [c for c in client.client_list() if c.get("name") == bus.name]
            for c in killed:
                client.client_kill_filter(_id=c["id"])
    assert killed, "the listener's connection was not found"
