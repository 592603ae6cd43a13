"""Amendment benchmarks on the real database, through the services (no HTTP):

1. submitting an amendment on a 20 KB article (diff, instruction, collisions): p50 and p95;
2. accepting one amendment while 200 others are pending on the same article of a 2,000-article
   bill: the accept and all the rebases, in one transaction;
3. the footprint of a 2,000-article version after 500 accepted amendments.

Each figure is printed next to a same-run baseline. Usage: python bench/bench_amendments.py [DATABASE_URL]
(a PostgreSQL database given here is wiped).
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from drafting import bootstrap
from drafting.config import Settings
from drafting.domain.serialize import tree_json
from drafting.domain.textdiff import diff
from drafting.services.commands import Proposal
from drafting.storage import migrate

WORDS = [
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
    "délai",
]


def sentence(rng: random.Random, n: int = 24) -> str:
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


def bill_source(articles: int, alineas: int, rng: random.Random) -> str:
    parts = ["# Projet de loi de référence", ""]
    for i in range(1, articles + 1):
        parts += [
            f"## Article {i}",
            "",
            *[sentence(rng) + f" Alinéa {j} de l'article {i}." for j in range(alineas)],
            "",
        ]
    return "\n\n".join(parts)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * q))]


def main(url: str) -> None:
    services = bootstrap.build(Settings(data_dir=Path(tempfile.mkdtemp()), database_url=url, load_demo=False))
    if not services.db.is_sqlite:
        with services.db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(services.db)
    rng = random.Random(3)
    official = services.accounts.create_user("bench@example.org", "bench password", "Bench", "admin")
    citizen = services.accounts.create_user("citizen@example.org", "bench password", "Citoyen")
    print(f"backend: {services.db.engine.dialect.name}")

    # 1. submitting on a 20 KB article
    big = services.bills.create(official, source=bill_source(3, 130, rng), fmt="markdown", status="open")
    article = services.bills.detail(big["id"])["tree"]["children"][1]
    base = article["text"]
    submit, baseline = [], []
    for i in range(40):
        lines = base.split("\n")
        lines[i * 3] = sentence(rng) + f" Proposition {i}."
        proposed = "\n".join(lines)
        start = time.perf_counter()
        services.amendments.propose(citizen, big["id"], Proposal(article=article["eid"], text=proposed))
        submit.append(time.perf_counter() - start)
        start = time.perf_counter()
        diff(base, proposed)
        baseline.append(time.perf_counter() - start)
    print(f"article of {len(base.encode()) / 1024:.1f} KB, {len(base.splitlines())} alinéas")
    print(f"submit an amendment: p50 {ms(statistics.median(submit))}, p95 {ms(pct(submit, 0.95))}")
    print(f"  baseline, one diff of that article: p50 {ms(statistics.median(baseline))}")

    # 2. accept with 200 pending amendments on the same article of a 2,000-article bill
    start = time.perf_counter()
    large = services.bills.create(official, source=bill_source(2000, 6, rng), fmt="markdown", status="open")
    print(f"import a 2,000-article bill: {ms(time.perf_counter() - start)}")
    target = services.bills.detail(large["id"])["tree"]["children"][999]
    lines = target["text"].split("\n")
    pending = []
    for i in range(200):
        changed = list(lines)
        k = i % len(lines)
        changed[k] = changed[k].replace(f"Alinéa {k}", f"Alinéa {k} (variante {i})")
        pending.append(
            services.amendments.propose(citizen, large["id"], Proposal(article=target["eid"], text="\n".join(changed)))
        )
    chosen = pending[0]
    start = time.perf_counter()
    services.decisions.decide(official, chosen["id"], decision="accept", reason="bench")
    accept = time.perf_counter() - start
    bid, eid = large["id"], target["eid"]
    start = time.perf_counter()
    services.bills.article(bid, eid)
    read = time.perf_counter() - start
    outcomes = [services.amendments.get(None, p["id"])["rebases"] for p in pending[1:]]
    clean = sum(1 for r in outcomes if r and r[-1]["outcome"] == "clean")
    colliding = sum(1 for r in outcomes if r and r[-1]["outcome"] == "colliding")
    print(
        f"accept 1 with 200 pending on its article (2,000 articles): {ms(accept)} "
        f"({clean} rebased, {colliding} colliding)"
    )
    print(f"  baseline, read that article back: {ms(read)}")

    # 3. footprint after 500 accepted amendments
    articles = services.bills.detail(bid)["tree"]["children"]
    start = time.perf_counter()
    for i in range(500):
        a = rng.choice(articles)
        current = services.bills.article(bid, a["eid"])["text"]
        proposed = current + f" Complété par l'amendement {i}."
        made = services.amendments.propose(citizen, bid, Proposal(article=a["eid"], text=proposed))
        services.decisions.decide(official, made["id"], decision="accept", reason="bench")
    per_accept = (time.perf_counter() - start) / 500
    print(f"500 propose+accept cycles: {ms(per_accept)} each")
    times, json_times = [], []
    for _ in range(5):
        start = time.perf_counter()
        footprint = services.bills.footprint(bid, None)
        times.append(time.perf_counter() - start)
        _bill, _version, tree = services.bills.tree(bid)
        start = time.perf_counter()
        json.dumps(tree_json(tree))
        json_times.append(time.perf_counter() - start)
    spans = sum(len(a["spans"]) for a in footprint["articles"])
    print(
        f"footprint of version {footprint['version']} ({len(footprint['articles'])} articles, {spans} spans): "
        f"p50 {ms(statistics.median(times))}"
    )
    print(f"  baseline, serialise that version's tree to JSON: p50 {ms(statistics.median(json_times))}")
    services.close()


if __name__ == "__main__":
    default = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    main(sys.argv[1] if len(sys.argv) > 1 else default)
