"""Storage benchmark: a 2,000-article bill with 500 versions on the real database.

Prints the time to store a version, to load one cold, the number of stored article revisions, and,
as the same-run baseline, the time to serialise the whole tree to JSON (what any read costs at least).
Usage: python bench/bench_versions.py [DATABASE_URL]   (a PostgreSQL database given here is wiped)
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from drafting.domain.serialize import tree_json
from drafting.domain.tree import Article, BillTree, Division
from drafting.storage import migrate
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Bill, NodeRevision

ARTICLES, VERSIONS, CHANGES_PER_VERSION = 2000, 500, 3


def synthetic_bill() -> BillTree:
    rng = random.Random(1)
    words = [
        "le",
        "la",
        "les",
        "de",
        "du",
        "des",
        "un",
        "une",
        "article",
        "alinéa",
        "code",
        "loi",
        "décret",
        "dispositions",
        "présent",
        "conseil",
    ]
    chapters = []
    for c in range(40):
        articles = tuple(
            Article(
                eid=f"chp_{c + 1}__art_{c * 50 + a + 1}",
                num=str(c * 50 + a + 1),
                alineas=tuple(" ".join(rng.choices(words, k=60)) + "." for _ in range(4)),
            )
            for a in range(ARTICLES // 40)
        )
        chapters.append(Division(f"chp_{c + 1}", "chapitre", str(c + 1), f"Chapitre {c + 1}", articles))
    return BillTree("Projet de loi de référence", tuple(chapters))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main(url: str) -> None:
    db = Database(url)
    if not db.is_sqlite:  # a scratch database: start from an empty schema
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(db)
    tree = synthetic_bill()
    now = datetime.now(UTC)
    with db.write() as session:
        bill = Bill(slug=f"bench-{time.time_ns()}", title=tree.title, created_at=now, updated_at=now)
        session.add(bill)
        session.flush()
        bill_id = bill.id
        start = time.perf_counter()
        version_rows.add_version(
            session,
            bill_id=bill_id,
            tree=tree,
            label="v1",
            author_id=None,
            author_name="bench",
            created_at=now,
        )
        first = time.perf_counter() - start
    rng = random.Random(2)
    articles = tree.articles()
    store_times = []
    for n in range(2, VERSIONS + 1):
        for article in rng.sample(articles, CHANGES_PER_VERSION):
            tree = tree.replace_article(article.with_text(article.text + f" Modifié en version {n}."))
        start = time.perf_counter()
        with db.write() as session:
            version_rows.add_version(
                session,
                bill_id=bill_id,
                tree=tree,
                label=f"v{n}",
                author_id=None,
                author_name="bench",
                created_at=now,
            )
        store_times.append(time.perf_counter() - start)
    load_times, baseline = [], []
    with db.read() as session:
        for number in rng.sample(range(1, VERSIONS + 1), 20):
            version = version_rows.get_version(session, bill_id, number)
            start = time.perf_counter()
            loaded = version_rows.load_tree_uncached(session, version)
            load_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            json.dumps(tree_json(loaded))
            baseline.append(time.perf_counter() - start)
        revisions = session.scalar(
            select(func.count()).select_from(NodeRevision).where(NodeRevision.bill_id == bill_id)
        )
    print(
        f"backend: {db.engine.dialect.name}; {ARTICLES} articles, {VERSIONS} versions, "
        f"{CHANGES_PER_VERSION} changed articles each"
    )
    print(f"store version 1 (whole bill): {ms(first)}")
    print(
        f"store a later version: p50 {ms(statistics.median(store_times))}, "
        f"p95 {ms(sorted(store_times)[int(len(store_times) * 0.95)])}"
    )
    print(f"load a version cold: p50 {ms(statistics.median(load_times))}, max {ms(max(load_times))}")
    print(f"baseline, serialise that tree to JSON: p50 {ms(statistics.median(baseline))}")
    print(f"stored revisions: {revisions:,} (full copies would be {ARTICLES * VERSIONS:,})")
    db.dispose()


if __name__ == "__main__":
    default = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    main(sys.argv[1] if len(sys.argv) > 1 else default)
