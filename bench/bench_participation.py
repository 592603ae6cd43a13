"""Participation benchmark on the real 2015 consultation, through the services (no HTTP):

1. loading the demo: the bill, its 666 citizen proposals and 3,994 arguments, in one go;
2. listing the arguments of the most argued article (page 1, sorted by date and by usefulness, and
   its last page) with all 3,994 in the bill: p50 and p95;
3. listing the 666 proposals ranked by support, page 1 and last page: p50 and p95;
4. the bill page (`GET /bills/{slug}`, through the app in-process): every article's tally, argument
   counts, three most useful arguments each way and pending amendments: p50 and p95.

Same-run baseline: reading that article back (`GET /api/bills/{bill}/articles/{eid}`'s service call).
Usage: python bench/bench_participation.py [DATABASE_URL] (a PostgreSQL database given here is wiped).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text
from starlette.testclient import TestClient

from drafting import bootstrap
from drafting.app import create_app
from drafting.config import Settings
from drafting.services.demo import load_demo_if_empty
from drafting.services.participation import Target
from drafting.storage import migrate

RUNS = 200


def timings(call: Callable[[], Any], runs: int = RUNS) -> list[float]:
    call()  # warm the caches once, as a running server has them
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        found.append(time.perf_counter() - start)
    return sorted(found)


def line(name: str, values: list[float]) -> None:
    p50, p95 = statistics.median(values), values[int(len(values) * 0.95)]
    print(f"{name:<58} p50 {p50 * 1000:6.2f} ms   p95 {p95 * 1000:6.2f} ms")


def main(url: str) -> None:
    services = bootstrap.build(Settings(data_dir=Path(tempfile.mkdtemp()), database_url=url, load_demo=False))
    if not services.db.is_sqlite:
        with services.db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(services.db)
    start = time.perf_counter()
    bill = load_demo_if_empty(services)
    assert bill is not None
    print(f"load the demo (bill, 666 proposals, 3,994 arguments)       {time.perf_counter() - start:.2f} s")

    tree = services.bills.detail(bill)["tree"]
    eids = [a["eid"] for section in tree["children"] for a in section["children"]]
    counts = {eid: _count(services, bill, eid) for eid in eids}
    busiest = max(counts, key=lambda eid: counts[eid])
    last = (counts[busiest] - 1) // 50 + 1
    print(f"most argued article: {busiest}, {counts[busiest]} arguments ({last} pages of 50)")

    target = Target.article(bill, busiest)
    line("baseline: read that article", timings(lambda: services.bills.article(bill, busiest)))
    line("its arguments, page 1, by date", timings(lambda: services.arguments.listing(None, target)))
    line(
        "its arguments, page 1, most useful first",
        timings(lambda: services.arguments.listing(None, target, sort="useful")),
    )
    line(f"its arguments, page {last}", timings(lambda: services.arguments.listing(None, target, page=last)))
    ranked = services.amendments.listing
    line("proposals by support, page 1 of 14", timings(lambda: ranked(None, bill, sort="support", page=1, per_page=50)))
    line("proposals by support, page 14", timings(lambda: ranked(None, bill, sort="support", page=14, per_page=50)))
    slug = services.bills.detail(bill)["slug"]
    with TestClient(create_app(services.settings, services)) as client:
        line("the bill page, 30 articles with their consultation", timings(lambda: _page(client, slug)))
    services.close()


def _page(client: TestClient, slug: str) -> None:
    response = client.get(f"/bills/{slug}")
    assert response.status_code == 200, response.text


def _count(services: bootstrap.Services, bill: int, eid: str) -> int:
    total, page = 0, 1
    while page:
        listing = services.arguments.listing(None, Target.article(bill, eid), page=page, per_page=200)
        total += len(listing["items"])
        page = listing["next_page"]
    return total


if __name__ == "__main__":
    default = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    main(sys.argv[1] if len(sys.argv) > 1 else default)
