"""The live websocket on a real uvicorn server (in a thread) with a real `websockets` client, on
both databases: pushes after commit, replay without gap or duplicate, resync, refusals that say
why, presence, coalescing, slow clients, restarts, trimming the log, `drafting watch`, and the
invariant that events keep a client's copy of a bill exact.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import queue
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send
from typer.testing import CliRunner
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from drafting import cli
from drafting.app import create_app
from drafting.bootstrap import Services
from drafting.domain.errors import DraftingError
from drafting.domain.events import Event
from drafting.domain.permissions import Actor
from drafting.realtime import protocol
from drafting.realtime.bus import make_bus
from drafting.realtime.hub import Connection
from drafting.services.amendments import Amendments
from drafting.services.annotations import Annotations
from drafting.services.arguments import Arguments
from drafting.services.bills import Bills
from drafting.services.commands import NewAnnotation, Proposal, Quote
from drafting.services.comments import Comments
from drafting.services.consultations import Consultations
from drafting.services.decisions import Decisions
from drafting.services.moderation import Moderation
from drafting.services.participation import Target
from drafting.services.votes import Votes
from drafting.storage import eventlog
from tests.conftest import make_user
from tests.integration.test_bills_api import SMALL
from tests.integration.test_cli import run

WAIT = 60.0  # generous: a loaded 2-core machine must not make these tests fail
ROOT = Path(__file__).resolve().parents[2]

# Three articles (SMALL has two); every text says "essai", which annotations quote.
THREE = """# Projet de loi relatif aux essais

## TITRE Ier

## Dispositions générales

### Article 1er

Le présent texte s’applique aux essais.

### Article 2

Un essai est une tentative.

### Article 3

Une erreur est un essai manqué.
"""


@pytest.fixture
def live(services: Services) -> Iterator[Services]:
    """The test's services with a bus of their own (the session's bus remembers bills of earlier
    tests, whose ids the emptied tables hand out again)."""
    db = services.db
    bus = make_bus(services.settings.bus_url, db)
    yield dataclasses.replace(
        services,
        bus=bus,
        bills=Bills(db, bus),
        amendments=Amendments(db, bus),
        decisions=Decisions(db, bus),
        votes=Votes(db, bus),
        arguments=Arguments(db, bus),
        moderation=Moderation(db, bus),
        annotations=Annotations(db, bus),
        comments=Comments(db, bus),
        consultations=Consultations(db, bus),
    )
    bus.close()


@contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
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


def refusal(base: str, bill: str, query: str = "", **options: Any) -> tuple[int, str, str]:
    """The HTTP status, error code and message of a refused handshake (`bill` as in the URL)."""
    with pytest.raises(InvalidStatus) as refused:
        connect(f"{base.replace('http', 'ws', 1)}/api/bills/{bill}/live{query}", open_timeout=WAIT, **options)
    response = refused.value.response
    assert response.headers["Content-Type"] == "application/json"
    error = json.loads(response.body)["error"]
    return response.status_code, error["code"], error["message"]


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
    assert refusal(server, "999") == (404, "not_found", "no bill '999'")


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
        status, code, message = refusal(base, str(bill), origin="https://evil.example")
        assert (status, code) == (403, "bad_origin") and "https://evil.example" in message
        for origin in (base, "https://ok.example", None):
            with follow(base, bill, origin=origin) as ws:
                assert json.loads(ws.recv(timeout=WAIT))["type"] == "hello"


def test_presence_counts_readers_of_the_bill_and_of_each_article(live: Services, server: str, official: Actor) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    eid = get(server, f"/api/bills/{bill}")["tree"]["children"][0]["children"][0]["eid"]
    with follow(server, bill) as first:
        with follow(server, bill) as second:
            second.send(json.dumps({"type": "viewing", "article": eid}))
            expected = {"type": "presence", "readers": 2, "bill": 2, "articles": {eid: 1}}
            for ws in (first, second):
                receive(ws, lambda m: m == expected)
            second.send(json.dumps({"type": "viewing", "article": None}))
            receive(first, lambda m: m == {"type": "presence", "readers": 2, "bill": 2, "articles": {}})
        receive(first, lambda m: m == {"type": "presence", "readers": 1, "bill": 1, "articles": {}})


def tally_event(bill: int, target_type: str, target_id: str | int, agree: int) -> Event:
    """A `tally.changed` as drafting/services/votes.py logs it."""
    tally = {"agree": agree, "mixed": 0, "disagree": 0}
    return Event("tally.changed", bill, {"target_type": target_type, "target_id": target_id, "tally": tally})


def test_tally_changes_are_coalesced_live_and_in_replay(live: Services, server: str, official: Actor) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    burst = [tally_event(bill, "amendment", 1 + n % 2, n) for n in range(300)]
    with follow(server, bill) as ws:
        ws.recv(timeout=WAIT)
        synthetic(live, bill, burst)
        live.bills.update(as_official(official, bill), bill, title="Fin")
        got = events_until(ws, 303)
    tallies = [e for e in got if e["type"] == "tally.changed"]
    assert len(tallies) <= 40, "a burst of 300 changes of 2 tallies must become a few messages"
    assert [e["id"] for e in got] == sorted({e["id"] for e in got})  # ids only grow, no repeats
    assert {e["target_id"]: e["tally"]["agree"] for e in tallies} == {1: 298, 2: 299}
    with follow(server, bill, after=2) as ws:
        replayed = events_until(ws, 303)
    assert [(e["type"], e.get("target_id"), e.get("tally", {}).get("agree")) for e in replayed] == [
        ("tally.changed", 1, 298),
        ("tally.changed", 2, 299),
        ("bill.updated", None, None),
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


def test_a_write_that_has_to_wait_keeps_the_order_and_the_bound_on_what_waits() -> None:
    async def scenario() -> None:
        sent: list[str] = []
        open_ = asyncio.Event()
        open_.set()

        async def send(text: str) -> None:
            if not open_.is_set():  # the client's socket buffer is full
                await open_.wait()
            sent.append(text)

        conn = Connection(send, queue_size=4)
        conn.go_live(0)
        pump = asyncio.create_task(conn.pump())
        await asyncio.sleep(0)
        for n in (1, 2):
            conn.deliver({"id": n}, f"event {n}")
        assert sent == ["event 1", "event 2"], "written in the publisher's turn, no task switch"
        open_.clear()
        for n in range(3, 8):  # 3 waits for the client, 4-7 fill the queue
            conn.deliver({"id": n}, f"event {n}")
        assert sent == ["event 1", "event 2"] and not conn.dropped.is_set()
        open_.set()
        await asyncio.sleep(0.01)
        assert sent == [f"event {n}" for n in range(1, 8)]
        conn.deliver({"id": 8}, "event 8")
        assert sent[-1] == "event 8", "caught up: written at once again"
        open_.clear()
        for n in range(9, 15):  # 9 waits, 10-13 fill the queue, 14 overflows it
            conn.deliver({"id": n}, f"event {n}")
        assert conn.dropped.is_set()
        open_.set()
        await asyncio.wait_for(pump, 1.0)  # returns once the resync is sent
        assert sent[8:] == ["event 9", '{"type":"resync","reason":"too slow"}']

    asyncio.run(scenario())


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


def article_eids(base: str, bill: int) -> list[str]:
    """The eIds of the articles of the bill's head version, in reading order."""

    def walk(nodes: list[dict[str, Any]]) -> Iterator[str]:
        for node in nodes:
            yield from [node["eid"]] if node["kind"] == "article" else walk(node["children"])

    return list(walk(get(base, f"/api/bills/{bill}")["tree"]["children"]))


def test_tallies_of_different_articles_voted_on_together_all_reach_followers(
    live: Services, server: str, official: Actor
) -> None:
    bill = live.bills.create(official, source=THREE, fmt="markdown")["id"]
    eids = article_eids(server, bill)
    assert len(eids) == 3
    voters = [as_official(make_user(live, f"v{n}@example.org", "official"), bill) for n in range(2)]
    with follow(server, bill) as ws:
        last = json.loads(ws.recv(timeout=WAIT))["last"]
        # Real votes on three articles, in well under the 500 ms in which tallies are merged;
        # then each article again, by another voter.
        for voter, value in zip(voters, ("agree", "disagree"), strict=True):
            for eid in eids:
                live.votes.cast(voter, Target.article(bill, eid), value)
        live.bills.update(as_official(official, bill), bill, title="Après les votes")
        head = app_log_head(live, bill)
        got = events_until(ws, head)
    truth = live.votes.tallies(bill, "article")
    assert truth == {eid: {"agree": 1, "mixed": 0, "disagree": 1} for eid in eids}
    latest = {e["target_id"]: e["tally"] for e in got if e["type"] == "tally.changed"}
    assert latest == truth, "the latest tally of every article reaches the follower"
    assert all(e["target_type"] == "article" for e in got if e["type"] == "tally.changed")
    with follow(server, bill, after=last) as ws:  # a replay merges the same way, per article
        replayed = events_until(ws, head)
    assert {e["target_id"]: e["tally"] for e in replayed if e["type"] == "tally.changed"} == truth
    assert sum(e["type"] == "tally.changed" for e in replayed) == 3


def test_refused_handshakes_say_why_with_an_http_status_and_a_json_error(
    live: Services, server: str, official: Actor
) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    for after in ("abc", "-1", "9" * 19, "", "1.5", "+1", "%00", "%C2%B2"):
        status, code, message = refusal(server, str(bill), f"?after={after}")
        assert (status, code) == (400, "bad_request") and "after" in message, after
    for ref in ("999", "%C2%B2", "9" * 20, str(2**31), "%00", "pas-de-tel-projet", "%3Cb%3E", "x" * 300):
        status, code, message = refusal(server, ref)
        assert (status, code) == (404, "not_found") and message.startswith("no bill "), ref
    # The server is none the worse, and the longest `after` still goes through.
    with follow(server, "projet-de-loi-relatif-aux-essais", after=int("9" * 18)) as ws:
        assert json.loads(ws.recv(timeout=WAIT)) == {"type": "hello", "bill": bill, "last": 2}
        assert json.loads(ws.recv(timeout=WAIT))["reason"] == "ahead of the log"


@pytest.mark.backends("sqlite")  # the route does not depend on the database: one backend is enough
def test_behind_a_server_without_denial_responses_refusals_close_with_a_code_and_a_reason(
    live: Services, official: Actor
) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    app = create_app(live.settings, live)

    async def without_denials(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            scope = {**scope, "extensions": {}}
        await app(scope, receive, send)

    with serving(without_denials) as base:
        with pytest.raises(InvalidStatus) as refused:  # a cross-site page is never let in
            follow(base, bill, origin="https://evil.example")
        assert refused.value.response.status_code == 403
        ws_base = base.replace("http", "ws", 1)
        for path, code, reason in (
            (f"/api/bills/{bill}/live?after=abc", protocol.CLOSE_POLICY, "after is the id of the last event"),
            ("/api/bills/999/live", protocol.CLOSE_UNKNOWN_BILL, "no bill '999'"),
        ):
            with connect(ws_base + path, open_timeout=WAIT) as ws, pytest.raises(ConnectionClosed) as closed:
                ws.recv(timeout=WAIT)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == code
            assert closed.value.rcvd.reason.startswith(reason)


def test_presence_counts_only_the_articles_of_the_current_version(live: Services, server: str, official: Actor) -> None:
    bill = live.bills.create(official, source=THREE, fmt="markdown")["id"]
    art1, art2, art3 = article_eids(server, bill)

    def presence(articles: dict[str, int]) -> Callable[[dict[str, Any]], bool]:
        return lambda m: m == {"type": "presence", "readers": 2, "bill": 2, "articles": articles}

    def refused(ws: ClientConnection, article: str) -> str:
        ws.send(json.dumps({"type": "viewing", "article": article}))
        return str(receive(ws, lambda m: m["type"] == "error")[-1]["message"])

    with follow(server, bill) as first, follow(server, bill) as second:
        assert "no article" in refused(second, "<script>alert(1)</script>")
        first.send(json.dumps({"type": "viewing", "article": art3}))
        second.send(json.dumps({"type": "viewing", "article": art1}))
        seen = receive(first, presence({art1: 1, art3: 1}))
        assert not any("script" in json.dumps(m) for m in seen), "an unknown article is never broadcast"
        # The next version drops article 3 and adds article 4: its reader views nothing any more,
        # and the new article is accepted at once.
        v2 = THREE.replace("### Article 3\n\nUne erreur est un essai manqué.", "### Article 4\n\nLa loi est publiée.")
        live.bills.add_stage(as_official(official, bill), bill, source=v2, fmt="markdown", label="v2")
        (art4,) = set(article_eids(server, bill)) - {art1, art2, art3}
        receive(second, presence({art1: 1}))
        assert "no article" in refused(first, art3)
        first.send(json.dumps({"type": "viewing", "article": art4}))
        receive(second, presence({art1: 1, art4: 1}))


@pytest.mark.backends("sqlite")  # the hub does not depend on the database: one backend is enough
def test_an_event_committed_while_hello_is_being_sent_still_reaches_the_follower(
    live: Services, app: Starlette, server: str, official: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    sending_hello, go_on = threading.Event(), threading.Event()
    send = Connection.send

    async def slow_hello(self: Connection, text: str) -> None:
        if text.startswith('{"type":"hello"') and not go_on.is_set():
            sending_hello.set()
            while not go_on.is_set():  # the event loop goes on meanwhile: the room takes events
                await asyncio.sleep(0.01)
        await send(self, text)

    monkeypatch.setattr(Connection, "send", slow_hello)
    with follow(server, bill) as ws:
        assert sending_hello.wait(WAIT)
        live.bills.update(as_official(official, bill), bill, title="Pendant le bonjour")
        wait_for(lambda: app.state.hub.rooms[bill].last == 3, "the room did not take the event")
        go_on.set()
        assert json.loads(ws.recv(timeout=WAIT)) == {"type": "hello", "bill": bill, "last": 2}
        live.bills.update(as_official(official, bill), bill, title="Après le bonjour")
        assert [(e["id"], e["changes"]["title"]) for e in events_until(ws, 4)] == [
            (3, "Pendant le bonjour"),
            (4, "Après le bonjour"),
        ]


def test_a_decision_reaches_followers_before_the_version_it_made(live: Services, server: str, official: Actor) -> None:
    bill = live.bills.create(official, source=THREE, fmt="markdown")["id"]
    actor = as_official(official, bill)
    art1 = article_eids(server, bill)[0]
    body = Proposal(article=art1, kind="modify", justification="Parce que.")
    adopted = live.amendments.propose(actor, bill, dataclasses.replace(body, text="Cet essai est adopté."))
    live.amendments.propose(actor, bill, dataclasses.replace(body, text="Cet essai est en concurrence."))
    with follow(server, bill) as ws:
        json.loads(ws.recv(timeout=WAIT))
        live.decisions.decide(actor, adopted["id"], decision="accept", reason="Avis favorable.")
        got = events_until(ws, app_log_head(live, bill))
    # Ids follow the log, so a follower reads the decision, then the version, then what it caused.
    assert [e["type"] for e in got][:2] == ["amendment.decided", "version.published"]
    assert got[0]["amendment"] == adopted["id"] and got[0]["decision"] == "accepted"


def test_a_server_restart_closes_followers_with_1012_and_they_resume_with_after(
    live: Services, official: Actor
) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    running = serving(create_app(live.settings, live))
    base, stopped = running.__enter__(), False
    try:
        with follow(base, bill) as ws:
            assert json.loads(ws.recv(timeout=WAIT))["last"] == 2
            running.__exit__(None, None, None)  # the server stops, the follower still connected
            stopped = True
            with pytest.raises(ConnectionClosed) as closed:
                while True:
                    ws.recv(timeout=WAIT)
    finally:
        if not stopped:
            running.__exit__(None, None, None)
    # uvicorn's shutdown closes every websocket with 1012 (service restart), not 1001.
    assert closed.value.rcvd is not None and closed.value.rcvd.code == protocol.CLOSE_SERVICE_RESTART
    live.bills.update(as_official(official, bill), bill, title="Pendant le redémarrage")
    with serving(create_app(live.settings, live)) as base, follow(base, bill, after=2) as ws:
        assert events_until(ws, 3)[0]["changes"] == {"title": "Pendant le redémarrage"}


def test_trimming_the_log_keeps_ids_growing_and_sends_clients_behind_it_to_resync(
    live: Services, server: str, official: Actor
) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    other = live.bills.create(official, source=SMALL, fmt="markdown", title="Autre")["id"]
    actor = as_official(official, bill)
    for n in range(4):
        live.bills.update(actor, bill, title=f"Titre {n}")  # ids 3 to 6

    def trim(*options: str) -> Any:
        done = drafting(live, "events", "trim", *options)
        assert done.exit_code == 0, done.output
        return json.loads(done.stdout)

    assert trim() == {"deleted": 0, "bills": []}  # by default: a month, and each bill's last 1,000
    assert trim("--keep-days", "0", "--keep", "2") == {
        "deleted": 4,
        "bills": [{"bill": bill, "deleted": 4, "first_kept": 5}],
    }
    with follow(server, bill, after=3) as ws:  # 4 is gone: the client cannot be brought up to date
        assert [json.loads(ws.recv(timeout=WAIT)) for _ in range(2)] == [
            {"type": "hello", "bill": bill, "last": 6},
            {"type": "resync", "reason": "too far behind", "last": 6},
        ]
    with follow(server, bill, after=4) as ws:
        assert [e["id"] for e in events_until(ws, 6)] == [5, 6]
    assert trim("--keep-days", "0", "--keep", "1")["deleted"] == 1 + 1  # 5 of this bill, 1 of the other
    with follow(server, bill, after=6) as ws:
        json.loads(ws.recv(timeout=WAIT))
        live.bills.update(actor, bill, title="Après le ménage")  # ids go on from the last one kept
        assert events_until(ws, 7)[0]["changes"] == {"title": "Après le ménage"}
    assert eventlog_ids(live, bill) == [6, 7] and eventlog_ids(live, other) == [2]
    refused = drafting(live, "events", "trim", "--keep", "0")
    assert refused.exit_code == 2 and refused.stdout == "" and "--keep" in refused.stderr


def drafting(live: Services, *args: str) -> Any:
    """The `drafting` command run in this process, on the test's database."""
    env = {"DRAFTING_DATABASE_URL": live.db.url, "DRAFTING_DATA_DIR": str(live.settings.data_dir)}
    return CliRunner().invoke(cli.app, list(args), env=env)


def eventlog_ids(live: Services, bill: int) -> list[int]:
    with live.db.read() as session:
        return [e["id"] for e in eventlog.since(session, bill, 0)]


@contextmanager
def watching(live: Services, *args: str) -> Iterator[queue.Queue[str]]:
    """`drafting watch ...` in a process of its own; its standard output, line by line."""
    env = {**os.environ, "DRAFTING_DATABASE_URL": live.db.url, "DRAFTING_DATA_DIR": str(live.settings.data_dir)}
    command = [sys.executable, "-m", "drafting", "watch", *args]
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as cli:
        lines: queue.Queue[str] = queue.Queue()
        reader = threading.Thread(target=lambda: [lines.put(line) for line in cli.stdout or ()], daemon=True)
        reader.start()
        try:
            yield lines
        finally:
            cli.send_signal(signal.SIGINT)  # as Ctrl-C would: a clean stop
            try:
                code = cli.wait(timeout=WAIT)
            except subprocess.TimeoutExpired:
                cli.kill()
                raise
            reader.join(timeout=WAIT)
            errors = cli.stderr.read() if cli.stderr else ""
    assert code == 0, errors


def watched_until(lines: queue.Queue[str], until: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    got = []
    while True:
        message = json.loads(lines.get(timeout=WAIT))
        got.append(message)
        if until(message):
            return got


def test_drafting_watch_prints_a_bills_events_as_json_lines(live: Services, server: str, official: Actor) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    with watching(live, "projet-de-loi-relatif-aux-essais", "--url", server, "--after", "1") as lines:
        replayed = watched_until(lines, lambda m: m.get("id") == 2)
        assert replayed[0] == {"type": "hello", "bill": bill, "last": 1}
        assert [(m["id"], m["type"], m["version"]) for m in replayed if "id" in m] == [(2, "version.published", 1)]
        live.bills.update(as_official(official, bill), bill, status="open")
        got = [m for m in watched_until(lines, lambda m: m.get("id") == 3) if "id" in m]
        assert got == [{"id": 3, "type": "bill.updated", "bill": bill, "changes": {"status": "open"}}]
    unknown = run(live, "watch", "999", "--url", server)
    assert unknown.returncode == 1 and unknown.stdout == "" and "HTTP 404" in unknown.stderr


# --- the invariant: GET, then every event after hello.last, gives what a fresh GET gives ----------

Step = tuple[int, str, int, Any, Any]  # number, kind, user (index), target, value
KINDS = (
    "title",
    "status",
    "version",
    "other bill",
    "vote article",
    "vote article",
    "retract vote",
    "propose",
    "propose",
    "vote amendment",
    "withdraw",
    "decide",
    "annotate",
    "comment",
)


def test_a_client_that_applies_every_event_ends_with_what_a_fresh_get_returns(
    live: Services, server: str, official: Actor
) -> None:
    rng = random.Random(2024)  # seeded, and used in this thread only: a failure can be replayed
    bill = live.bills.create(official, source=THREE, fmt="markdown")["id"]
    users = [as_official(official, bill)] + [
        as_official(make_user(live, f"o{n}@example.org", "official"), bill) for n in range(3)
    ]
    seen = article_eids(server, bill)  # every article eId the bill had (a new stage may make new ones)
    authors: dict[int, int] = {}  # amendment id -> index of its author in users
    done: Counter[str] = Counter()
    lock = threading.Lock()

    def plan(first: int, count: int, eids: list[str]) -> list[Step]:
        """Steps drawn here, before running: the worker threads draw nothing."""
        known = sorted(authors)
        steps = []
        for n in range(first, first + count):
            kind = rng.choice(KINDS)
            if kind in ("vote amendment", "withdraw", "decide") and not known:
                kind = "propose"
            who, target, value = rng.randrange(len(users)), rng.choice(eids), None
            if kind in ("vote article", "vote amendment"):
                value = rng.choice(["agree", "mixed", "disagree"])
            elif kind == "status":
                value = rng.choice(["draft", "open", "closed"])
            elif kind == "decide":
                value = rng.choice(["accept", "accept", "reject"])
            if kind in ("vote amendment", "withdraw", "decide"):
                target = rng.choice(known)
            if kind == "withdraw":
                who = authors[target]
            steps.append((n, kind, who, target, value))
        return steps

    def act(step: Step) -> None:
        n, kind, who, target, value = step
        user = users[who]
        try:
            if kind == "title":
                live.bills.update(user, bill, title=f"Titre {n}")
            elif kind == "status":
                live.bills.update(user, bill, status=value)
            elif kind == "version":
                source = THREE.replace("aux essais.", f"aux essais numéro {n}.")
                live.bills.add_stage(user, bill, source=source, fmt="markdown", label=f"v{n}")
            elif kind == "other bill":
                live.bills.create(official, source=SMALL, fmt="markdown", title=f"Autre {n}")
            elif kind == "vote article":
                live.votes.cast(user, Target.article(bill, target), value)
            elif kind == "retract vote":
                live.votes.retract(user, Target.article(bill, target))
            elif kind == "vote amendment":
                live.votes.cast(user, Target.amendment(target), value)
            elif kind == "propose":
                text = f"Cet essai numéro {n} est proposé."
                made = live.amendments.propose(
                    user, bill, Proposal(article=target, kind="modify", text=text, justification="Parce que.")
                )
                with lock:
                    authors[made["id"]] = who
            elif kind == "withdraw":
                live.amendments.withdraw(user, target, None)
            elif kind == "decide":
                live.decisions.decide(user, target, decision=value, reason="Avis motivé.")
            elif kind == "annotate":
                live.annotations.create(
                    user, bill, NewAnnotation(article=target, quote=Quote("essai"), body=f"Note {n}.")
                )
            else:
                live.comments.create(user, "article", target, f"Avis {n}.", bill_ref=bill)
        except DraftingError:
            return  # refused (decided meanwhile, colliding, no longer quoted...): nothing changed
        with lock:
            done[kind] += 1

    with follow(server, bill) as ws:
        last = json.loads(ws.recv(timeout=WAIT))["last"]
        state = _state(server, bill, seen)  # after connecting: nothing falls between
        for round_ in range(6):
            head_articles = article_eids(server, bill)
            seen += [eid for eid in head_articles if eid not in seen]
            steps = plan(round_ * 12, 12, head_articles)
            with ThreadPoolExecutor(max_workers=4) as pool:  # concurrent writers publish out of order
                list(pool.map(act, steps))
            head = app_log_head(live, bill)
            for event in events_until(ws, head) if head > last else []:
                assert event["bill"] == bill
                _apply(state, event, server)
            last = head
            assert state == _state(server, bill, seen), f"after round {round_}"
    # The walk did what it says (the seed decides; a failed step changes nothing and is not counted).
    assert {"vote article", "vote amendment", "propose", "decide", "annotate", "comment", "version"} <= set(done), done


def _bare(tree: Any) -> Any:
    """A tree without its tallies (they are compared on their own)."""
    if isinstance(tree, dict):
        return {k: _bare(v) for k, v in tree.items() if k != "tally"}
    return [_bare(v) for v in tree] if isinstance(tree, list) else tree


def _pages(base: str, path: str) -> Iterator[dict[str, Any]]:
    page: int | None = 1
    while page:
        listing = get(base, f"{path}{'&' if '?' in path else '?'}page={page}")
        yield from listing["items"]
        page = listing["next_page"]


def _state(base: str, bill: int, eids: list[str]) -> dict[str, Any]:
    """What a client shows of the bill, read with GET: the fields the events speak of."""
    detail = get(base, f"/api/bills/{bill}")
    tallies = {
        (kind, str(key)): tally
        for kind in ("article", "amendment")
        for key, tally in get(base, f"/api/bills/{bill}/tallies?type={kind}")["tallies"].items()
        if any(tally.values())
    }
    return {
        **{k: detail[k] for k in ("title", "status", "head_version")},
        "tree": _bare(detail["tree"]),
        "tallies": tallies,
        "amendments": {a["id"]: a["status"] for a in _pages(base, f"/api/bills/{bill}/amendments?per_page=200")},
        "annotations": {a["id"] for a in _pages(base, f"/api/bills/{bill}/annotations")},
        "comments": {
            eid: ids
            for eid in eids
            if (ids := {c["id"] for c in get(base, f"/api/bills/{bill}/articles/{eid}/comments")["items"]})
        },
    }


STATUS_AFTER = {"amendment.submitted": "submitted", "amendment.withdrawn": "withdrawn", "amendment.fallen": "fallen"}


def _apply(state: dict[str, Any], event: dict[str, Any], base: str) -> None:
    """What a client does with an event: apply the summary, refetch what it does not carry."""
    kind = event["type"]
    if kind == "bill.updated":
        state.update({k: v for k, v in event["changes"].items() if k in ("title", "status")})
    elif kind == "version.published" and event["version"] >= state["head_version"]:
        state["head_version"] = event["version"]
        state["tree"] = _bare(get(base, f"/api/bills/{event['bill']}/versions/{event['version']}")["tree"])
    elif kind == "tally.changed":
        key = (event["target_type"], str(event["target_id"]))
        state["tallies"][key] = event["tally"]
        if not any(event["tally"].values()):
            del state["tallies"][key]
    elif kind in STATUS_AFTER:
        state["amendments"][event["amendment"]] = STATUS_AFTER[kind]
    elif kind == "amendment.decided":
        state["amendments"][event["amendment"]] = event["decision"]
    elif kind == "annotation.created":
        state["annotations"].add(event["annotation"])
    elif kind == "comment.created" and event["target_type"] == "article":
        state["comments"].setdefault(event["target_id"], set()).add(event["comment"])


def app_log_head(live: Services, bill: int) -> int:
    """The id of the bill's last public event: personal notices reach their user only."""
    from drafting.realtime.log import LogReader

    reader = LogReader(live.db)
    public = [e["id"] for e in reader.since(bill, 0, 100_000) if protocol.for_reader(e, None) is not None]
    return max(public, default=reader.head(bill))
