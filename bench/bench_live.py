"""Live benchmark on loopback: N websocket clients follow one bill, next to a bare `websockets` server
broadcasting the same payloads; then two processes on PostgreSQL (see --help)."""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url
from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import ServerConnection, broadcast, serve

from drafting import bootstrap
from drafting.config import Settings
from drafting.realtime.protocol import encode
from drafting.storage import migrate

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "# Projet de loi de banc d'essai\n\n### Article 1er\n\nUn alinéa.\n"
STEADY, BURST = 5, 50
ABOUT = """1,000 and 5,000 clients follow one bill; one change a second for 5 s, then a burst of 50: latency
p50/p99, server CPU per client, memory per idle connection, for drafting and a bare websockets server; then
two drafting processes on PostgreSQL, in a database named drafting_bench that it (re)creates. The bare
server's burst goes out at once; drafting's is paced by its PATCH round trips (~10-20 ms each)."""
APP = "drafting.app:create_app_from_env"
UVICORN = [sys.executable, "-m", "uvicorn", "--factory", APP, "--log-level=warning"]


def proc_stats(pid: int) -> tuple[float, int]:
    """CPU seconds used so far and resident memory in bytes, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), pages * os.sysconf("SC_PAGE_SIZE")


@contextmanager
def spawn(args: list[str], env: dict[str, str]) -> Iterator[tuple[int, int]]:
    """A server on a free port, given as --port: yields (pid, port)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    command = [*args, "--port", str(port)]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not _accepts(port):
            assert process.poll() is None and time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield process.pid, port
    finally:
        process.terminate()
        process.wait(timeout=60)


def _accepts(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


class Fleet:
    """N clients of one URL; each records when each event id reached it."""

    def __init__(self) -> None:
        self.arrivals: dict[int, list[float]] = defaultdict(list)
        self.sockets: list[ClientConnection] = []
        self.readers: list[asyncio.Task[None]] = []

    async def join(self, url: str, n: int) -> None:
        gate = asyncio.Semaphore(100)  # the server's accept backlog, not the bench, sets the pace

        async def one() -> None:
            async with gate:
                ws = await connect(url, open_timeout=120, ping_interval=None, compression=None)
                await ws.recv()  # hello (drafting) or a ready message (bare): connected and followed
            self.sockets.append(ws)
            self.readers.append(asyncio.create_task(self._read(ws)))

        await asyncio.gather(*(one() for _ in range(n)))

    async def _read(self, ws: ClientConnection) -> None:
        async for message in ws:
            if isinstance(message, str) and message.startswith('{"id":'):
                self.arrivals[int(message[6 : message.index(",")])].append(time.perf_counter())

    async def leave(self) -> None:
        for task in self.readers:
            task.cancel()
        await asyncio.gather(*self.readers, return_exceptions=True)
        closing = asyncio.gather(*(ws.close() for ws in self.sockets), return_exceptions=True)
        await asyncio.wait_for(closing, 120)


async def run_events(
    fleet: Fleet, n: int, first_id: int, trigger: Callable[[int], Awaitable[None]], steady_gap: float = 1.0
) -> dict[str, Any]:
    sent: dict[int, float] = {}
    ids = list(range(first_id, first_id + STEADY + BURST))
    for i, seq in enumerate(ids):
        sent[seq] = time.perf_counter()
        await trigger(seq)
        if i < STEADY:
            await asyncio.sleep(steady_gap)
    deadline = time.monotonic() + 60
    while sum(len(fleet.arrivals[s]) for s in ids) < n * len(ids) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)

    def pct(seqs: list[int]) -> str:
        lat = sorted((t - sent[s]) * 1000 for s in seqs for t in fleet.arrivals[s]) or [float("nan")]
        return f"p50 {statistics.median(lat):7.1f} ms  p99 {lat[int(len(lat) * 0.99) - 1]:7.1f} ms"

    delivered = sum(len(fleet.arrivals[s]) for s in ids)
    return {"steady": pct(ids[:STEADY]), "burst": pct(ids[STEADY:]), "missing": n * len(ids) - delivered}


def payload(bill: int, seq: int) -> str:  # the bytes drafting sends for one change
    return encode({"id": seq, "type": "bill.updated", "bill": bill, "changes": {"title": f"Titre {seq}"}})


def setup(database_url: str, data_dir: str) -> tuple[int, str]:
    """A fresh database with an official and a bill: (bill id, session cookie)."""
    services = bootstrap.build(Settings(data_dir=Path(data_dir), database_url=database_url, load_demo=False))
    migrate.upgrade(services.db)
    services.accounts.create_user("bench@example.org", "correct horse battery", "Bench", "official")
    token, actor = services.accounts.sign_in("bench@example.org", "correct horse battery", "bench")
    bill = services.bills.create(actor, source=SOURCE, fmt="markdown")["id"]
    services.close()
    return int(bill), f"drafting_session={token}"


def patcher(port: int, bill: int, cookie: str) -> Callable[[int], Awaitable[None]]:
    def patch(seq: int) -> None:  # a new connection each time: idle keep-alive ones get closed
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"Content-Type": "application/json", "Cookie": cookie}
        conn.request("PATCH", f"/api/bills/{bill}", json.dumps({"title": f"Titre {seq}"}), headers)
        response = conn.getresponse()
        response.read()
        conn.close()
        assert response.status == 200, response.status

    return lambda seq: asyncio.to_thread(patch, seq)


async def change_cost(pid: int, first_id: int, trigger: Callable[[int], Awaitable[None]]) -> float:
    """Server CPU seconds per change made while nobody follows the bill: the cost of making it (a
    PATCH: request, transaction, event log), which `measure` counts too, not of delivering it."""
    cpu0, _ = proc_stats(pid)
    for seq in range(first_id, first_id + STEADY + BURST):
        await trigger(seq)
    return (proc_stats(pid)[0] - cpu0) / (STEADY + BURST)


async def measure(
    name: str,
    pid: int,
    url: str,
    n: int,
    first_id: int,
    trigger: Callable[[int], Awaitable[None]],
    per_change: float = 0.0,
) -> None:
    fleet = Fleet()
    cpu0, rss0 = proc_stats(pid)
    started = time.monotonic()
    await asyncio.wait_for(fleet.join(url, n), 300)
    connected = time.monotonic() - started
    cpu1, rss1 = proc_stats(pid)
    result = await run_events(fleet, n, first_id, trigger)
    cpu2, _ = proc_stats(pid)
    await fleet.leave()
    per_message, idle = (cpu2 - cpu1) / (n * (STEADY + BURST)) * 1e6, (rss1 - rss0) / n / 1024
    print(f"{name:9} {n:5} clients  connect {connected:5.1f} s  idle {idle:5.1f} KiB/connection")
    print(f"{'':9} steady {result['steady']}  burst {result['burst']}  missing {result['missing']}")
    print(f"{'':9} server CPU per client: {(cpu1 - cpu0) / n * 1e3:.2f} ms to connect, ", end="")
    print(f"{(cpu2 - cpu1) / n * 1e3:.2f} ms for the 55 events ({per_message:.1f} µs/message", end="")
    if per_change:
        delivery = (cpu2 - cpu1 - per_change * (STEADY + BURST)) / (n * (STEADY + BURST)) * 1e6
        print(f"; {per_change * 1e3:.1f} ms per change made, {delivery:.1f} µs/message without it", end="")
    print(")")


async def bare_server(port: int) -> None:
    followers: set[ServerConnection] = set()

    async def handler(ws: ServerConnection) -> None:
        if ws.request is not None and ws.request.path == "/control":
            async for message in ws:
                broadcast(followers, message)
            return
        followers.add(ws)  # broadcast() skips connections that closed meanwhile
        await ws.send('{"type":"ready"}')
        await ws.wait_closed()
        followers.discard(ws)

    async with serve(handler, "127.0.0.1", port, compression=None):
        await asyncio.Future()


async def single_process(counts: list[int], tmp: str) -> None:
    bill, cookie = setup(f"sqlite:///{tmp}/drafting.db", tmp)
    env = {"DRAFTING_DATA_DIR": tmp, "DRAFTING_LOAD_DEMO": "0"}
    bare_args = [sys.executable, str(Path(__file__).resolve()), "--bare"]
    with spawn(UVICORN, env) as (server, port), spawn(bare_args, {}) as (bare, bare_port):
        live, patch = f"ws://127.0.0.1:{port}/api/bills/{bill}/live", patcher(port, bill, cookie)
        next_id = 3  # the bill's next event id: only drafting's changes take one
        for n in counts:
            per_change = await change_cost(server, next_id, patch)
            next_id += STEADY + BURST
            await measure("drafting", server, live, n, next_id, patch, per_change)
            async with connect(f"ws://127.0.0.1:{bare_port}/control", compression=None) as control:
                send = lambda seq: control.send(payload(bill, seq))  # noqa: E731, B023
                # The same ids, hence the same bytes, as drafting's run.
                await measure("bare", bare, f"ws://127.0.0.1:{bare_port}/", n, next_id, send)
            next_id += STEADY + BURST


async def two_processes(pg_url: str, n: int, tmp: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS drafting_bench WITH (FORCE)")
        conn.execute("CREATE DATABASE drafting_bench")
    url = make_url(pg_url).set(database="drafting_bench").render_as_string(hide_password=False)
    bill, cookie = setup(url, tmp)
    env = {"DRAFTING_DATA_DIR": tmp, "DRAFTING_LOAD_DEMO": "0", "DRAFTING_DATABASE_URL": url}
    with spawn(UVICORN, env) as (_, a), spawn(UVICORN, env) as (_, b):
        fleet = Fleet()
        await fleet.join(f"ws://127.0.0.1:{b}/api/bills/{bill}/live", n)
        result = await run_events(fleet, n, 3, patcher(a, bill, cookie), steady_gap=0.2)
        await fleet.leave()
        print(
            f"2 procs   {n:5} clients on process B, changes through A (PostgreSQL LISTEN/NOTIFY)\n"
            f"{'':9} steady {result['steady']}  burst {result['burst']}  missing {result['missing']}"
        )


def main() -> None:
    if sys.argv[1:2] == ["--bare"]:
        asyncio.run(bare_server(int(sys.argv[3])))  # --bare --port P
        return
    parser = argparse.ArgumentParser(description=ABOUT)
    parser.add_argument("--clients", default="1000,5000")
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--pg-clients", type=int, default=500)
    args = parser.parse_args()
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # inherited by the servers started here
    print(f"{os.cpu_count()} CPUs, file descriptors {hard}; latency from just before the change is sent")
    with tempfile.TemporaryDirectory(prefix="bench-live-") as tmp:
        asyncio.run(single_process([int(c) for c in args.clients.split(",")], tmp))
    if args.pg:
        with tempfile.TemporaryDirectory(prefix="bench-live-pg-") as tmp:
            asyncio.run(two_processes(args.pg, args.pg_clients, tmp))


if __name__ == "__main__":
    main()
