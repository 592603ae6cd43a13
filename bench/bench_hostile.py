"""How much one attacker slows everyone else: p50 and p99 of `GET /api/bills` on a real uvicorn
process, idle (the baseline, same run), while a 5 MB bill is imported, and while hostile sources
arrive (the shapes of tests/hostile_shapes.py, about 100 KB each: anonymous ones, refused before
their body is read, and an admin's, parsed).

Also, first, the CPU time of parsing instructions of hostile shapes of 98,000 characters (what an anonymous
preview took: the lexer was quadratic), against one real instruction in the same run.

Usage: python bench/bench_hostile.py [--instructions]   (SQLite in a temporary folder; --instructions: only those)
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafting import bootstrap  # noqa: E402
from drafting.config import Settings  # noqa: E402
from drafting.storage import migrate  # noqa: E402
from tests.hostile_shapes import COMMENTS, markdown_documents  # noqa: E402

PASSWORD = "a long and unusual passphrase 4417"
IDLE_SECONDS = 5.0
BIG_BYTES = 5_000_000


def big_source() -> str:
    alinea = "Le présent article fixe les règles applicables aux essais et à leur évaluation publique. " * 5
    parts, size, n = ["# Code des essais\n"], 0, 0
    while size < BIG_BYTES:
        n += 1
        article = f"\n## Article {n}\n\n" + "\n\n".join(f"{i}° {alinea}" for i in range(1, 4)) + "\n"
        parts.append(article)
        size += len(article.encode())
    return "".join(parts)


@contextmanager
def server(env: dict[str, str]) -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    command = [sys.executable, "-m", "uvicorn", "--factory", "drafting.app:create_app_from_env"]
    command += ["--port", str(port), "--log-level=warning", "--no-access-log"]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})
    try:
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def call(port: int, method: str, path: str, body: str | None = None, cookie: str = "") -> tuple[int, bytes, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    headers = {"Content-Type": "application/json"} | ({"Cookie": cookie} if cookie else {})
    conn.request(method, path, body=body.encode() if body is not None else None, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data, (response.getheader("set-cookie") or "").split(";")[0]


def probe(port: int, until: Callable[[], bool]) -> list[float]:
    """GET /api/bills again and again on one keep-alive connection; the latency of each."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    times: list[float] = []
    while not until():
        start = time.perf_counter()
        conn.request("GET", "/api/bills?per_page=10")
        response = conn.getresponse()
        response.read()
        times.append(time.perf_counter() - start)
        assert response.status == 200, response.status
    conn.close()
    return times


def in_background(work: Callable[[], None]) -> threading.Event:
    done = threading.Event()

    def run() -> None:
        try:
            work()
        finally:
            done.set()

    threading.Thread(target=run, daemon=True).start()
    return done


def _p99(times: list[float]) -> float:
    return statistics.quantiles(times, n=100, method="inclusive")[98]


def summary(name: str, times: list[float], idle: list[float] | None) -> None:
    p50, p99 = statistics.median(times), _p99(times)
    line = f"  {name:<50} p50 {p50 * 1000:7.1f} ms   p99 {p99 * 1000:8.1f} ms   max {max(times) * 1000:8.1f} ms"
    line += f"   ({len(times)} requests)"
    if idle:
        line += f"   p99 x{p99 / _p99(idle):.1f} idle"
    print(line, flush=True)


# Instructions of about 98,000 characters (under the 100,000 a request may hold) whose sentences grow paragraph
# after paragraph: the lexer once read each sentence again at each paragraph (40 s for the table)
INSTRUCTION_SIZE = 98_000
INSTRUCTION_SHAPES = {
    "a Markdown table": "| a | b |\n|---|---|\n",
    "lines ending with a comma": "a,\n",
    "short lines, no instruction": "mot\n",
    "« Rédiger ainsi cet article : » then bare lines": "a\n",
    "lines « « a » : »": "« a » :\n",
    "« Alinéa N » / « Supprimer cet alinéa. »": "Alinéa 1\nSupprimer cet alinéa.\n",
}


def instruction_shapes() -> None:
    """CPU time of one `apply` of each hostile shape, against one real instruction (the baseline, same run)."""
    from drafting.domain.amending import AmendingError, apply

    article = "Le délai est de six mois.\n\nIl court à compter de la publication."
    real = [("1", "Alinéa 1, remplacer les mots : « six mois » par les mots : « un an ».")]

    def took(amendments: list[tuple[str, str]]) -> float:
        start = time.process_time()
        with suppress(AmendingError):
            apply(article, amendments)
        return time.process_time() - start

    baseline = statistics.median(took(real) for _ in range(20))
    print(f"  {'one real instruction (baseline)':<50} {baseline * 1000:8.1f} ms", flush=True)
    for name, line in INSTRUCTION_SHAPES.items():
        head = "Rédiger ainsi cet article :\n" if "Rédiger" in name else ""
        source = head + (line * (INSTRUCTION_SIZE // len(line) + 1))[: INSTRUCTION_SIZE - len(head)]
        spent = took([("1", source)])
        print(f"  {name:<50} {spent * 1000:8.1f} ms   x{spent / baseline:.0f} baseline", flush=True)


def main() -> None:
    print(f"bench_hostile: instructions of {INSTRUCTION_SIZE:,} characters, parsed in this process")
    instruction_shapes()
    if "--instructions" in sys.argv:
        return
    folder = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    env = {"DRAFTING_DATABASE_URL": f"sqlite:///{folder / 'bench.db'}", "DRAFTING_LOAD_DEMO": "0"}
    services = bootstrap.build(Settings(data_dir=folder, database_url=env["DRAFTING_DATABASE_URL"], load_demo=False))
    migrate.upgrade(services.db)
    services.accounts.create_user("admin@example.org", PASSWORD, "Admin", "admin")
    services.close()
    source = big_source()
    docs = list(markdown_documents().values())
    size = len(source.encode()) / 1e6
    print(f"bench_hostile: one uvicorn process on SQLite; {len(docs)} hostile bills of ~100 KB, a {size:.1f} MB bill")
    with server(env) as port:
        status, _, cookie = call(
            port, "POST", "/api/session", json.dumps({"email": "admin@example.org", "password": PASSWORD})
        )
        assert status == 200, status
        call(port, "POST", "/api/bills", json.dumps({"source": docs[0]}), cookie)
        warm = time.monotonic()
        probe(port, lambda: time.monotonic() - warm > 1.0)

        start = time.monotonic()
        idle = probe(port, lambda: time.monotonic() - start > IDLE_SECONDS)
        summary("idle (baseline)", idle, None)

        took: list[float] = []

        def import_big() -> None:
            begun = time.perf_counter()
            status, body, _ = call(
                port, "POST", "/api/bills", json.dumps({"source": source}, ensure_ascii=False), cookie
            )
            assert status == 201, (status, body[:300])
            took.append(time.perf_counter() - begun)

        done = in_background(import_big)
        summary("while a 5 MB bill is imported", probe(port, done.is_set), idle)
        print(f"    (the import took {took[0]:.1f} s)" if took else "    (the import failed)")

        statuses: dict[int, int] = {}

        def hostile(signed_in: bool) -> Callable[[], None]:
            def send() -> None:
                for doc in docs:
                    if signed_in:
                        status, _, _ = call(port, "POST", "/api/bills", json.dumps({"source": doc}), cookie)
                    else:
                        status, _, _ = call(
                            port, "POST", "/api/bills/1/versions", json.dumps({"source": doc, "label": "x"})
                        )
                    statuses[status] = statuses.get(status, 0) + 1
                for comment in COMMENTS.values():  # comment Markdown, 100 KB: refused over 20,000 characters
                    status, _, _ = call(
                        port,
                        "POST",
                        "/api/bills/1/annotations",
                        json.dumps({"body": comment}),
                        cookie if signed_in else "",
                    )
                    statuses[status] = statuses.get(status, 0) + 1

            return send

        anonymous, admin = in_background(hostile(False)), in_background(hostile(True))
        during = probe(port, lambda: anonymous.is_set() and admin.is_set())
        summary("while hostile sources arrive (anonymous, admin)", during, idle)
        print(f"    (answers to the hostile requests: {dict(sorted(statuses.items()))})")


if __name__ == "__main__":
    main()
