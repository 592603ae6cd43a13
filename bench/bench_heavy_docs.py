"""Heavy documents and the discussion commune, as the API audit found them (docs/performance.md,
"Heavy documents").

1. The liasse PDF of a bill with one citizen amendment of ~197,000 characters, asked anonymously
   through the real app: the first GET draws it, the second reads it from the document cache. Same-run
   baseline: building the liasse and its HTML (what every request still does, to know the cache key).
2. The groups of overlapping pending amendments (GET /api/bills/{b}/discussions): the sweep of
   `collision_groups` against the former comparison of every pair, reimplemented below as the baseline,
   on the same amendments of one article. Both must find the same groups.

Usage: python bench/bench_heavy_docs.py [--lines 4500] [--amendments 2000,4000,12000] [--pairs-up-to 4000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from drafting import bootstrap
from drafting.app import create_app
from drafting.config import Settings
from drafting.domain.amendments import collision_groups, edits_collide
from drafting.domain.rebase import edits_of
from drafting.storage import migrate

PASSWORD = "correct horse battery"
BILL = """# Projet de loi d'audit

## Article 1er

Le délai de recours est fixé à six mois à compter de la notification.

Le préfet peut prolonger ce délai par arrêté motivé.

## Article 2

Les communes de plus de 3 500 habitants publient leurs délibérations en ligne.
"""


def _signed_in(settings: Settings, services: Any, email: str) -> TestClient:
    client = TestClient(create_app(settings, services))
    assert client.post("/api/session", json={"email": email, "password": PASSWORD}).status_code == 200
    return client


def liasse(lines: int) -> None:
    from drafting.formats import liasse as renderers
    from drafting.services.liasse import liasse as build

    folder = Path(tempfile.mkdtemp())
    settings = Settings(data_dir=folder, database_url=f"sqlite:///{folder / 'bench.db'}", load_demo=False)
    services = bootstrap.build(settings)
    migrate.upgrade(services.db)
    services.accounts.create_user("off@bench.example", PASSWORD, "Rapporteure", "official")
    services.accounts.create_user("cit@bench.example", PASSWORD, "Camille", "citizen")
    official = _signed_in(settings, services, "off@bench.example")
    bill = official.post("/api/bills", json={"source": BILL, "title": "Audit"}).json()["id"]
    official.patch(f"/api/bills/{bill}", json={"status": "open"})
    article = official.get(f"/api/bills/{bill}").json()["tree"]["children"][0]
    text = article["text"] + "\n" + "\n".join(f"Alinéa ajouté numéro {i} du texte proposé." for i in range(lines))
    citizen = _signed_in(settings, services, "cit@bench.example")
    body = {"kind": "modify", "article": article["eid"], "text": text, "justification": "j"}
    assert citizen.post(f"/api/bills/{bill}/amendments", json=body).status_code == 201
    print(f"liasse: one amendment of {len(text):,} characters")

    start = time.perf_counter()
    html = renderers.to_html(build(services, bill, None, None))
    print(f"  baseline  liasse + HTML        {time.perf_counter() - start:7.2f} s  ({len(html) / 1e6:.2f} MB of HTML)")
    anonymous = TestClient(create_app(settings, services))
    for label in ("first GET (drawn)", "second GET (kept)"):
        start = time.perf_counter()
        response = anonymous.get(f"/api/bills/{bill}/amendments/export", params={"format": "pdf"})
        assert response.status_code == 200, response.text
        print(f"  {label:30}  {time.perf_counter() - start:7.2f} s  ({len(response.content) / 1e6:.2f} MB PDF)")
    services.close()


def pairwise(items: list[tuple[int, str, str]]) -> list[list[int]]:
    """The former `collision_groups`: every pair of amendments compared (the baseline)."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    edits = [edits_of(base, proposed) for _, base, proposed in items]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if root(i) != root(j) and edits_collide(edits[i], edits[j]):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[int]] = {}
    for i, (key, _, _) in enumerate(items):
        groups.setdefault(root(i), []).append(key)
    return [group for group in groups.values() if len(group) > 1]


def discussions(counts: list[int], pairs_up_to: int) -> None:
    base = "Le délai de recours est fixé à six mois à compter de la notification de la décision contestée."
    words = base.split()
    rng = random.Random(1)
    print("discussion commune: pending amendments of one article, each changing one word or inserting one")
    for n in counts:
        items = []
        for k in range(n):
            changed = list(words)
            at = rng.randrange(len(changed))
            if rng.random() < 0.3:
                changed.insert(at, f"mot{k}")
            else:
                changed[at] += str(k)
            items.append((k, base, " ".join(changed)))
        start = time.perf_counter()
        found = collision_groups(items)
        sweep = time.perf_counter() - start
        line = f"  {n:6,} amendments  sweep {sweep:7.2f} s"
        if n <= pairs_up_to:
            start = time.perf_counter()
            assert pairwise(items) == found, "the sweep must find the groups every pair finds"
            line += f"   every pair (baseline) {time.perf_counter() - start:7.2f} s"
        print(f"{line}   {len(found)} groups")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=4500)
    parser.add_argument("--amendments", default="2000,4000,12000")
    parser.add_argument("--pairs-up-to", type=int, default=4000)
    parser.add_argument("--skip-liasse", action="store_true")
    args = parser.parse_args()
    discussions([int(n) for n in args.amendments.split(",")], args.pairs_up_to)
    if not args.skip_liasse:
        liasse(args.lines)


if __name__ == "__main__":
    sys.exit(main())
