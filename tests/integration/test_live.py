"""The live websocket on a real uvicorn server (in a thread) with a real `websockets` client, on
both databases: pushes after commit, replay without gap or duplicate, resync, Origin, presence,
coalescing, slow clients, and the invariant that events keep a client's copy of a bill exact.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import random
import socket
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from websockets.exceptions import InvalidStatus
from websockets.sync.client import ClientConnection, connect

from drafting.app import create_app
from drafting.bootstrap import Services
from drafting.domain.events import Event
from drafting.domain.permissions import Actor
from drafting.realtime import protocol
from drafting.realtime.bus import make_bus
from drafting.realtime.hub import Connection
from drafting.services.bills import Bills
from drafting.storage import eventlog
from tests.conftest import make_user
from tests.integration.test_bills_api import SMALL

WAIT = 60.0  # generous: a loaded 2-core machine must not make these tests fail


@pytest.fixture
def live(services: Services) -> Iterator[Services]:
    """The test's services with a bus of their own (the session's bus remembers bills of earlier
    tests, whose ids the emptied tables hand out again)."""
    bus = make_bus(services.settings.bus_url, services.db)
    yield dataclasses.replace(services, bus=bus, bills=Bills(services.db, bus))
    bus.close()


@contextmanager
def serving(app: Starlette) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(lambda: server.started, "the server did not start")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=WAIT)


@pytest.fixture
def app(live: Services) -> Starlette:
    return create_app(live.settings, live)


@pytest.fixture
def server(app: Starlette) -> Iterator[str]:
    with serving(app) as url:
        yield url


@pytest.fixture
def official(live: Services) -> Actor:
    return make_user(live, "rapporteure@example.org", "official", "Rapporteure")


def wait_for(condition: Callable[[], object], message: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.02)


def follow(base: str, bill: int | str, after: int | None = None, **options: Any) -> ClientConnection:
    query = "" if after is None else f"?after={after}"
    return connect(f"{base.replace('http', 'ws', 1)}/api/bills/{bill}/live{query}", open_timeout=WAIT, **options)


def receive(ws: ClientConnection, until: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    """Messages up to and including the first that satisfies `until`."""
    messages = []
    while True:
        message = json.loads(ws.recv(timeout=WAIT))
        messages.append(message)
        if until(message):
            return messages


def events_until(ws: ClientConnection, last_id: int) -> list[dict[str, Any]]:
    return [m for m in receive(ws, lambda m: m.get("id") == last_id) if "id" in m]


def get(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=WAIT) as response:
        return json.loads(response.read())


def as_official(actor: Actor, bill: int) -> Actor:
    return dataclasses.replace(actor, bills=actor.bills | {bill})


def synthetic(live: Services, bill: int, events: list[Event], publish: bool = True) -> list[dict[str, Any]]:
    """Log events in one transaction and publish them, as a service would."""
    with live.db.write() as session:
        logged = [eventlog.append(session, event, datetime.now(UTC)) for event in events]
    for payload in logged if publish else []:
        live.bus.publish(payload)
    return logged


def test_followers_get_each_change_of_their_bill_after_it_commits(live: Services, server: str, official: Actor) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    other = live.bills.create(official, source=SMALL, fmt="markdown", title="Autre")["id"]
    with follow(server, bill) as ws, follow(server, "projet-de-loi-relatif-aux-essais") as by_slug:
        assert json.loads(ws.recv(timeout=WAIT)) == {"type": "hello", "bill": bill, "last": 2}
        live.bills.update(as_official(official, other), other, title="Ailleurs")
        live.bills.update(as_official(official, bill), bill, status="open")
        got = events_until(ws, 3)
        assert got == [{"id": 3, "type": "bill.updated", "bill": bill, "changes": {"status": "open"}}]
        assert events_until(by_slug, 3)[-1]["changes"] == {"status": "open"}
        ws.send(json.dumps({"type": "ping"}))
        assert receive(ws, lambda m: m["type"] in {"pong", "error"})[-1] == {"type": "pong"}
        ws.send("not json")
        assert receive(ws, lambda m: m["type"] in {"pong", "error"})[-1]["type"] == "error"
    with follow(server, 999) as ws:
        with pytest.raises(Exception) as closed:
            ws.recv(timeout=WAIT)
        assert closed.value.rcvd.code == protocol.CLOSE_UNKNOWN_BILL


def test_a_reconnecting_client_gets_what_it_missed_then_live_events_without_gap_or_duplicate(
    live: Services, server: str, official: Actor
) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    actor = as_official(official, bill)
    for n in range(3):
        live.bills.update(actor, bill, title=f"Titre {n}")
    # Changes keep coming while the client connects and replays: the join must not lose or repeat any.
    writer = threading.Thread(target=lambda: [live.bills.update(actor, bill, title=f"T{n}") for n in range(20)])
    writer.start()
    try:
        with follow(server, bill, after=2) as ws:
            assert json.loads(ws.recv(timeout=WAIT)) == {"type": "hello", "bill": bill, "last": 2}
            writer.join()
            got = events_until(ws, 25)
    finally:
        writer.join()
    assert [e["id"] for e in got] == list(range(3, 26))
    assert got[-1]["changes"] == {"title": "T19"}


def test_a_client_too_far_behind_or_ahead_is_told_to_resync(live: Services, server: str, official: Actor) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    synthetic(live, bill, [Event("comment.created", bill, {"n": n}) for n in range(protocol.MAX_REPLAY + 5)])
    head = protocol.MAX_REPLAY + 7
    with follow(server, bill, after=1) as ws:
        hello, resync = (json.loads(ws.recv(timeout=WAIT)) for _ in range(2))
        assert hello["last"] == head and resync == {
            "type": "resync",
            "reason": "too far behind",
            "last": head,
        }
        live.bills.update(as_official(official, bill), bill, title="Après")
        assert events_until(ws, head + 1)[0]["changes"] == {"title": "Après"}
    with follow(server, bill, after=head + 50) as ws:
        assert json.loads(ws.recv(timeout=WAIT)) == {"type": "hello", "bill": bill, "last": head + 1}
        assert json.loads(ws.recv(timeout=WAIT))["reason"] == "ahead of the log"
    with follow(server, bill, after=head - 3) as ws:  # close enough: replayed
        assert [e["id"] for e in events_until(ws, head + 1)] == list(range(head - 2, head + 2))


def test_cross_site_origins_are_refused_and_listed_ones_allowed(live: Services, official: Actor) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    allowed = dataclasses.replace(
        live, settings=dataclasses.replace(live.settings, allowed_origins=("https://ok.example",))
    )
    with serving(create_app(allowed.settings, allowed)) as base:
        with pytest.raises(InvalidStatus) as refused:
            follow(base, bill, origin="https://evil.example")
        assert refused.value.response.status_code == 403
        for origin in (base, "https://ok.example", None):
            with follow(base, bill, origin=origin) as ws:
                assert json.loads(ws.recv(timeout=WAIT))["type"] == "hello"


def test_presence_counts_readers_of_the_bill_and_of_each_article(live: Services, server: str, official: Actor) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    eid = get(server, f"/api/bills/{bill}")["tree"]["children"][0]["children"][0]["eid"]
    with follow(server, bill) as first:
        with follow(server, bill) as second:
            second.send(json.dumps({"type": "viewing", "article": eid}))
            expected = {"type": "presence", "bill": 2, "articles": {eid: 1}}
            for ws in (first, second):
                receive(ws, lambda m: m == expected)
            second.send(json.dumps({"type": "viewing", "article": None}))
            receive(first, lambda m: m == {"type": "presence", "bill": 2, "articles": {}})
        receive(first, lambda m: m == {"type": "presence", "bill": 1, "articles": {}})


def test_tally_changes_are_coalesced_live_and_in_replay(live: Services, server: str, official: Actor) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    targets = [{"type": "amendment", "id": 1}, {"type": "amendment", "id": 2}]
    burst = [Event("tally.changed", bill, {"target": targets[n % 2], "support": n}) for n in range(300)]
    with follow(server, bill) as ws:
        ws.recv(timeout=WAIT)
        synthetic(live, bill, burst)
        live.bills.update(as_official(official, bill), bill, title="Fin")
        got = events_until(ws, 303)
    tallies = [e for e in got if e["type"] == "tally.changed"]
    assert len(tallies) <= 40, "a burst of 300 changes of 2 tallies must become a few messages"
    assert [e["id"] for e in got] == sorted({e["id"] for e in got})  # ids only grow, no repeats
    assert {e["target"]["id"]: e["support"] for e in tallies} == {1: 298, 2: 299}
    with follow(server, bill, after=2) as ws:
        replayed = events_until(ws, 303)
    assert [(e["type"], e.get("support")) for e in replayed] == [
        ("tally.changed", 298),
        ("tally.changed", 299),
        ("bill.updated", None),
    ]


def test_a_full_queue_drops_the_client_with_a_resync_and_never_blocks_the_publisher() -> None:
    async def scenario() -> list[str | None]:
        async def never(text: str) -> None:
            await asyncio.Event().wait()

        conn = Connection(never, queue_size=4)
        conn.go_live(0)
        for n in range(1, 10):
            conn.deliver({"id": n}, f"event {n}")  # synchronous: publishing never awaits a client
        assert conn.dropped.is_set()
        return [conn.queue.get_nowait() for _ in range(conn.queue.qsize())]

    assert asyncio.run(scenario()) == ['{"type":"resync","reason":"too slow"}', None]


@pytest.mark.backends("sqlite")  # the hub does not depend on the database: one backend is enough
def test_a_stalled_client_is_dropped_while_the_others_get_everything(
    live: Services, app: Starlette, server: str, official: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(protocol, "DROP_GRACE", 0.5)
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    port = int(server.rsplit(":", 1)[1])
    with socket.socket() as stalled, follow(server, bill, max_size=None) as ws:
        stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        stalled.connect(("127.0.0.1", port))
        stalled.sendall(
            f"GET /api/bills/{bill}/live HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n".encode()
        )
        stalled.settimeout(WAIT)
        assert stalled.recv(12) == b"HTTP/1.1 101"
        hub = app.state.hub
        wait_for(lambda: hub.stats()["connections"] == 2, "both clients joined")
        padding = "x" * 16_000
        for start in range(3, 1003, 100):  # in bursts that a reading client's queue can hold
            for n in range(start, start + 100):  # not logged: the room orders them by id alone
                live.bus.publish({"id": n, "type": "comment.created", "bill": bill, "body": padding})
            got = events_until(ws, start + 99)
            assert [e["id"] for e in got] == list(range(start, start + 100))
        wait_for(lambda: hub.stats()["connections"] == 1, "the stalled client was not dropped")
        live.bus.publish({"id": 1003, "type": "comment.created", "bill": bill, "body": "encore"})
        assert events_until(ws, 1003)[0]["body"] == "encore"


def test_a_client_that_applies_every_event_ends_with_what_a_fresh_get_returns(
    live: Services, server: str, official: Actor
) -> None:
    rng = random.Random(2024)  # seeded: a failure can be replayed
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    users = [as_official(official, bill)] + [
        as_official(make_user(live, f"o{n}@example.org", "official"), bill) for n in range(2)
    ]
    steps = [(n, rng.choice(["title", "status", "version", "other bill"]), rng.choice(users)) for n in range(30)]

    def act(step: tuple[int, str, Actor]) -> None:
        n, kind, user = step
        if kind == "title":
            live.bills.update(user, bill, title=f"Titre {n}")
        elif kind == "status":
            live.bills.update(user, bill, status=rng.choice(["draft", "open", "closed"]))
        elif kind == "version":
            source = SMALL.replace("aux essais.", f"aux essais numéro {n}.")
            live.bills.add_stage(user, bill, source=source, fmt="markdown", label=f"v{n}")
        else:
            live.bills.create(official, source=SMALL, fmt="markdown", title=f"Autre {n}")

    with follow(server, bill) as ws:
        last = json.loads(ws.recv(timeout=WAIT))["last"]
        state = _state(get(server, f"/api/bills/{bill}"))  # after connecting: nothing falls between
        with ThreadPoolExecutor(max_workers=4) as pool:  # concurrent writers publish out of order
            list(pool.map(act, steps))
        head = app_log_head(live, bill)
        for event in events_until(ws, head) if head > last else []:
            assert event["bill"] == bill
            if event["type"] == "bill.updated":
                state.update(event["changes"])
            elif event["type"] == "version.published" and event["version"] >= state["head_version"]:
                state["head_version"] = event["version"]
                state["tree"] = get(server, f"/api/bills/{bill}/versions/{event['version']}")["tree"]
    assert state == _state(get(server, f"/api/bills/{bill}"))


def _state(bill: dict[str, Any]) -> dict[str, Any]:
    return {k: bill[k] for k in ("title", "status", "head_version", "tree")}


def app_log_head(live: Services, bill: int) -> int:
    from drafting.realtime.log import LogReader

    return LogReader(live.db).head(bill)
