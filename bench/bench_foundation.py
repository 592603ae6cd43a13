"""Foundation benchmarks on the real database, through the services, then over HTTP:

1. importing the 8 stages of the 2019 energy and climate law into one bill (as `drafting import`);
2. a 2,000-article code built from the articles of the shared bills: its import, then versions that
   each change one article (time, and bytes added to the database next to a full copy);
3. over HTTP, on one uvicorn process: the whole tree of that version (p50, p95), and one article
   (requests per second) next to a bare Starlette endpoint reading the same row (the ceiling).

Each figure is printed next to a same-run baseline. Usage: python bench/bench_foundation.py [DATABASE_URL]
(a PostgreSQL database given here is wiped).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafting import bootstrap
from drafting.config import Settings
from drafting.domain.permissions import Actor
from drafting.domain.serialize import tree_json
from drafting.domain.tree import Article, BillTree
from drafting.formats.markdown import parse
from drafting.services.commands import Proposal
from drafting.services.demo import system_actor
from drafting.storage import bills as bill_rows
from drafting.storage import migrate
from drafting.storage import versions as version_rows
from drafting.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
BILLS = ROOT.parent / "shared" / "data" / "bills"
ENERGIE_CLIMAT = BILLS / "fr_loi-2019-1147_energie-climat"
CODE_ARTICLES, PER_CHAPTER = 2000, 50
ONE_ARTICLE_VERSIONS = 300  # enough for page-sized growth (4-8 KB) to average out per version
AMENDMENTS = 50
TREE_REQUESTS = 30
CONNECTIONS, SECONDS, ROUNDS = 8, 3.0, 3
UVICORN = [sys.executable, "-m", "uvicorn", "--log-level=warning", "--no-access-log", "--factory"]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def mb(size: float) -> str:
    return f"{size / 1e6:.2f} MB"


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * q))]


def rates(values: list[float]) -> str:
    return ", ".join(f"{v:,.0f}" for v in values)


def database_bytes(db: Database) -> int:
    """The size of the database: the SQLite file after a WAL checkpoint (page_count × page_size), or
    pg_database_size on PostgreSQL. Both grow a page (4 or 8 KB) at a time."""
    if not db.is_sqlite:
        with db.engine.connect() as conn:
            return int(conn.scalar(text("SELECT pg_database_size(current_database())")) or 0)
    raw = db.engine.raw_connection()  # the driver's own connection: no BEGIN around the pragmas
    try:
        cursor = raw.cursor()
        busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0, "a reader held the WAL: the checkpoint was partial"
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        return int(pages * cursor.execute("PRAGMA page_size").fetchone()[0])
    finally:
        raw.close()


# --- 1. the 8 stages of the energy and climate law -------------------------------------------------


def import_stages(services: bootstrap.Services, official: Actor) -> None:
    """The same service calls as `drafting import PATH` then `drafting import PATH --bill ID`."""
    stages = sorted(ENERGIE_CLIMAT.glob("*.md"))
    labels = {
        line.split(" | ")[3]: line.split(" | ")[2]
        for line in (ENERGIE_CLIMAT / "versions.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    sources = [path.read_text(encoding="utf-8") for path in stages]
    empty = database_bytes(services.db)
    times = []
    bill_id = 0
    for path, source in zip(stages, sources, strict=True):
        start = time.perf_counter()
        if not bill_id:  # the first stage creates the bill, each later one is its next version
            bill_id = services.bills.create(official, source=source, fmt="markdown", label=labels[path.name])["id"]
        else:
            services.bills.add_stage(official, bill_id, source=source, fmt="markdown", label=labels[path.name])
        times.append(time.perf_counter() - start)
    size = database_bytes(services.db)
    start = time.perf_counter()
    for source in sources:
        parse(source)
    parsing = time.perf_counter() - start
    print(f"1. {len(stages)} stages of {ENERGIE_CLIMAT.name} ({mb(sum(len(s.encode()) for s in sources))} of Markdown)")
    print(f"  import all stages: {ms(sum(times))} (each: {', '.join(f'{t * 1000:.0f}' for t in times)} ms)")
    print(f"  baseline, parse the 8 files alone: {ms(parsing)}")
    print(f"  database: {mb(size)} ({mb(size - empty)} more than the empty schema)")


# --- 2. a 2,000-article code from the shared texts -------------------------------------------------


def shared_articles() -> list[tuple[str, ...]]:
    """Distinct real article texts (their alinéas), in a fixed order: every Markdown stage of the
    shared bills read by the app's importer, then the 2013 law's articles at each of its stages.
    Stubs such as `(Supprimé)` or `(Non modifié)` are left out."""
    texts: dict[tuple[str, ...], None] = {}  # an ordered set
    for path in sorted(BILLS.glob("*/*.md")):
        for article in parse(path.read_text(encoding="utf-8")).articles():
            texts[article.alineas] = None
    steps = json.loads((BILLS / "fr_loi-2013-660_esr_lawfactory" / "articles_by_step.json").read_text())
    for article in steps["articles"].values():
        for step in article["steps"]:
            if step["status"] != "sup":
                texts[tuple(a.strip() for a in step.get("text") or [] if a.strip())] = None
    return [t for t in texts if t and not t[0].startswith("(")]


def code_source(texts: list[tuple[str, ...]]) -> str:
    """A code in Markdown: chapters of 50 articles numbered 1 to 2,000, cycling through `texts`."""
    blocks = ["# Code de référence du banc d'essai"]
    for n in range(CODE_ARTICLES):
        if n % PER_CHAPTER == 0:
            blocks.append(f"## Chapitre {n // PER_CHAPTER + 1}")
        blocks += [f"### Article {n + 1}", *texts[n % len(texts)]]
    return "\n\n".join(blocks) + "\n"


def store_version(db: Database, bill_id: int, tree: BillTree, label: str) -> None:
    """What any one-article change writes for its version (as `Bills._add_version` does), and no more."""
    now = datetime.now(UTC)
    with db.write() as session:
        bill = bill_rows.get(session, bill_id, lock=True)
        version = version_rows.add_version(
            session, bill_id=bill_id, tree=tree, label=label, author_id=None, author_name="bench", created_at=now
        )
        bill.head_version, bill.updated_at = version.number, now


def one_article_versions(services: bootstrap.Services, bill_id: int, articles: list[Article], which: str) -> None:
    """One version per article in `articles`, each appending a sentence to that article only."""
    db = services.db
    _bill, head, tree = services.bills.tree(bill_id)
    before = database_bytes(db)
    times, changed = [], 0
    for n, article in enumerate(articles, head["number"] + 1):
        edited = article.with_text(article.text + f" Modifié par la version de banc d'essai n° {n}.")
        changed += len(edited.text.encode())
        tree = tree.replace_article(edited)
        start = time.perf_counter()
        store_version(db, bill_id, tree, f"une modification, version {n}")
        times.append(time.perf_counter() - start)
    added = (database_bytes(db) - before) / len(articles)
    mean = changed / len(articles)
    print(
        f"  store a version changing one of the {which} articles ({len(articles)} versions): "
        f"p50 {ms(statistics.median(times))}, p95 {ms(pct(times, 0.95))}"
    )
    print(
        f"    bytes added per version: {added:,.0f}, changed article {mean:,.0f} bytes on average ({added / mean:.2f}×)"
    )


def accepted_amendments(
    services: bootstrap.Services, bill_id: int, official: Actor, citizen: Actor, articles: list[Article]
) -> None:
    """The same kind of change made the app's way: a citizen's amendment, then an official's accept."""
    before = database_bytes(services.db)
    accepts, changed = [], 0
    for n, article in enumerate(articles, 1):
        proposed = article.text + f" Complété par l'amendement de banc d'essai n° {n}."
        changed += len(proposed.encode())
        made = services.amendments.propose(citizen, bill_id, Proposal(article=article.eid, text=proposed))
        start = time.perf_counter()
        services.decisions.decide(official, made["id"], decision="accept", reason="banc d'essai")
        accepts.append(time.perf_counter() - start)
    added = (database_bytes(services.db) - before) / len(articles)
    mean = changed / len(articles)
    print(
        f"  accept an amendment on one article ({len(articles)} amendments): "
        f"p50 {ms(statistics.median(accepts))}, p95 {ms(pct(accepts, 0.95))}"
    )
    print(
        f"    bytes added per propose + accept: {added:,.0f}, changed article {mean:,.0f} bytes ({added / mean:.2f}×)"
    )


def synthetic_code(services: bootstrap.Services, official: Actor, citizen: Actor) -> tuple[int, Article]:
    """Returns the bill and the article that part 3 reads."""
    texts = shared_articles()
    source = code_source(texts)
    before = database_bytes(services.db)
    start = time.perf_counter()
    made = services.bills.create(official, source=source, fmt="markdown", status="open")
    imported = time.perf_counter() - start
    full = database_bytes(services.db) - before
    start = time.perf_counter()
    parse(source)
    parsing = time.perf_counter() - start
    assert made["articles"] == CODE_ARTICLES, f"expected {CODE_ARTICLES} articles, the import made {made['articles']}"
    print(
        f"2. a code of {made['articles']:,} articles cycling through {len(texts)} distinct texts of the shared bills "
        f"({mb(len(source.encode()))} of Markdown)"
    )
    print(f"  import: {ms(imported)}; baseline, parse it alone: {ms(parsing)}")
    print(f"  bytes added by that import (every article stored in full, once): {mb(full)}")
    print(f"  database: {mb(database_bytes(services.db))}")
    bill_id = int(made["id"])
    articles = services.bills.tree(bill_id)[2].articles()
    # Disjoint articles: accepts keep each article's footprint spans, the bare versions do not.
    rng = random.Random(5)
    sample = rng.sample(articles, AMENDMENTS + ONE_ARTICLE_VERSIONS)
    accepted_amendments(services, bill_id, official, citizen, sample[:AMENDMENTS])
    # Half and half: a version costs the article's new text plus a fixed overhead (rows, index entries).
    by_size = sorted(sample[AMENDMENTS:], key=lambda a: len(a.text))
    half = len(by_size) // 2
    one_article_versions(services, bill_id, by_size[:half], "shorter")
    one_article_versions(services, bill_id, by_size[half:], "longer")
    print(f"  database: {mb(database_bytes(services.db))}")
    sizes = sorted(articles, key=lambda a: len(a.text))
    return bill_id, sizes[len(sizes) // 2]  # an article of median length


# --- 3. HTTP -----------------------------------------------------------------------------------------

# The newest revision of one article: what the bare endpoint reads (the app's `version_nodes` index).
_ARTICLE = text(
    """
    SELECT r.eid, r.kind, r.num, r.heading, r.alineas
    FROM version_nodes vn JOIN node_revisions r ON r.id = vn.revision_id
    WHERE vn.bill_id = :bill AND vn.eid = :eid
    ORDER BY vn.version_number DESC LIMIT 1
    """
).columns(alineas=JSON)


def bare_app() -> Starlette:
    """The ceiling, for `uvicorn --factory`: the same route, one query on the same database, the row
    as JSON; no bill lookup, no version, no tallies."""
    db = Database(os.environ["DRAFTING_DATABASE_URL"])

    def read(bill: int, eid: str) -> dict[str, Any] | None:
        with db.engine.connect() as conn:
            row = conn.execute(_ARTICLE, {"bill": bill, "eid": eid}).one_or_none()
        if row is None:
            return None
        return {**row._asdict(), "text": "\n".join(row.alineas)}

    async def article(request: Request) -> Response:
        found = await run_in_threadpool(read, request.path_params["bill"], request.path_params["eid"])
        return JSONResponse(found) if found else JSONResponse({"error": "not found"}, status_code=404)

    return Starlette(routes=[Route("/api/bills/{bill:int}/articles/{eid}", article)])


@contextmanager
def server(factory: str, env: dict[str, str]) -> Iterator[int]:
    """One uvicorn process on a free port, serving the app `factory` makes: yields the port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    command = [*UVICORN, factory, "--app-dir", str(ROOT / "bench"), "--port", str(port)]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert process.poll() is None and time.monotonic() < deadline, f"{factory} did not start"
            time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=60)


class Connection:
    """A minimal keep-alive HTTP/1.1 client: cheap enough that the servers, not it, set the pace."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
        return cls(reader, writer)

    async def get(self, path: str) -> bytes:
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(
            int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")
        )
        body = await self.reader.readexactly(length)
        assert status == 200, f"GET {path} answered {status}: {body[:200]!r}"
        return body

    def close(self) -> None:
        self.writer.close()


async def latencies(port: int, path: str, n: int) -> tuple[float, list[float], int]:
    """The first request (cold), then `n` more one after another: (first, times, body size)."""
    conn = await Connection.open(port)
    start = time.perf_counter()
    await conn.get(path)
    first = time.perf_counter() - start
    times, size = [], 0
    for _ in range(n):
        start = time.perf_counter()
        size = len(await conn.get(path))
        times.append(time.perf_counter() - start)
    conn.close()
    return first, times, size


async def throughput(port: int, path: str, seconds: float) -> float:
    """Requests per second from CONNECTIONS keep-alive connections, each sending its next request
    when the previous answer has arrived."""
    conns = [await Connection.open(port) for _ in range(CONNECTIONS)]
    done = 0
    deadline = time.perf_counter() + seconds

    async def loop(conn: Connection) -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            await conn.get(path)
            done += 1

    start = time.perf_counter()
    await asyncio.gather(*(loop(c) for c in conns))
    elapsed = time.perf_counter() - start
    for conn in conns:
        conn.close()
    return done / elapsed


def over_http(services: bootstrap.Services, url: str, bill_id: int, article: Article) -> None:
    _bill, version, tree = services.bills.tree(bill_id)
    env = {"DRAFTING_DATABASE_URL": url, "DRAFTING_LOAD_DEMO": "0", "DRAFTING_DATA_DIR": tempfile.mkdtemp()}
    tree_path = f"/api/bills/{bill_id}/versions/{version['number']}"
    article_path = f"/api/bills/{bill_id}/articles/{article.eid}"
    baseline = []
    for _ in range(5):
        start = time.perf_counter()
        json.dumps(tree_json(tree), ensure_ascii=False)
        baseline.append(time.perf_counter() - start)
    drafting: list[float] = []
    bare: list[float] = []
    app, ceiling = server("drafting.app:create_app_from_env", env), server("bench_foundation:bare_app", env)
    with app as app_port, ceiling as bare_port:
        first, times, size = asyncio.run(latencies(app_port, tree_path, TREE_REQUESTS))
        print(f"3. over HTTP, one uvicorn process each; {CONNECTIONS} keep-alive connections for requests per second")
        print(f"  GET {tree_path} ({len(tree.articles()):,} articles, {mb(size)}):")
        print(f"    first (cold) {ms(first)}; then p50 {ms(statistics.median(times))}, p95 {ms(pct(times, 0.95))}")
        print(f"    baseline, serialise that tree to JSON in this process: p50 {ms(statistics.median(baseline))}")
        for port in (app_port, bare_port):  # warm both: caches, pools, threads
            asyncio.run(throughput(port, article_path, 1.0))
        for _ in range(ROUNDS):  # interleaved, so that both see the same noise
            drafting.append(asyncio.run(throughput(app_port, article_path, SECONDS)))
            bare.append(asyncio.run(throughput(bare_port, article_path, SECONDS)))
    print(f"  GET {article_path} ({len(article.text.encode()):,} bytes of text), requests per second:")
    print(f"    drafting: best {max(drafting):,.0f} (rounds: {rates(drafting)})")
    print(f"    baseline, bare Starlette reading that row: best {max(bare):,.0f} (rounds: {rates(bare)})")
    print(f"    ratio: {max(drafting) / max(bare):.2f}")


def main(url: str) -> None:
    services = bootstrap.build(Settings(data_dir=Path(tempfile.mkdtemp()), database_url=url, load_demo=False))
    if not services.db.is_sqlite:  # a scratch database: start from an empty schema
        with services.db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(services.db)
    print(f"backend: {services.db.engine.dialect.name}")
    official = system_actor(services, "Gouvernement")  # the actor `drafting import` uses
    citizen = services.accounts.create_user("citizen@example.org", "bench password", "Citoyen")
    import_stages(services, official)
    bill_id, article = synthetic_code(services, official, citizen)
    over_http(services, url, bill_id, article)
    services.close()


if __name__ == "__main__":
    default = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    main(sys.argv[1] if len(sys.argv) > 1 else default)
