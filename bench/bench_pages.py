"""Pages in a real Chromium: time to first render (first contentful paint), time to interactive (the
page's modules have run: DOMContentLoaded, which module scripts precede), and bytes transferred, cold
cache, for the demo bill and for a 2,000-article bill (chapters of 50, six alinéas an article):
the home page, each bill's page, and an article in the middle of each.

Baseline, measured in the same run: the same HTML saved and served as a static file by a bare
Starlette app with the same static files, so the gap is what building the page costs.

Run: .venv/bin/python bench/bench_pages.py   (SQLite in a temporary folder; Debian's Chromium)
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from playwright.sync_api import Browser, sync_playwright
from starlette.applications import Starlette
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafting import bootstrap  # noqa: E402
from drafting.app import STATIC_DIR, create_app  # noqa: E402
from drafting.config import Settings  # noqa: E402
from drafting.services.demo import load_demo_if_empty, system_actor  # noqa: E402
from drafting.storage import migrate  # noqa: E402

RUNS = 5
ARTICLES, PER_CHAPTER, ALINEAS = 2000, 50, 6
WORDS = (
    "le", "la", "les", "des", "article", "alinéa", "code", "loi", "décret", "dispositions", "présent",
    "conseil", "délai", "ministre", "public",
)
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
MEASURE = """() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const resources = performance.getEntriesByType("resource");
    return {
        fcp: paint ? paint.startTime : null,
        interactive: nav.domContentLoadedEventEnd,
        bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
        html: nav.transferSize,
        requests: 1 + resources.length,
    };
}"""


def large_source(rng: random.Random) -> str:
    parts = ["# Code de référence (2 000 articles)", ""]
    for i in range(1, ARTICLES + 1):
        if (i - 1) % PER_CHAPTER == 0:
            parts += [f"## Chapitre {(i - 1) // PER_CHAPTER + 1}", ""]
        alineas = [" ".join(rng.choices(WORDS, k=30)).capitalize() + "." for _ in range(ALINEAS)]
        parts += [f"### Article {i}", "", *alineas, ""]
    return "\n\n".join(parts)


def serve(app: Any, port: int) -> uvicorn.Server:
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server


def measure(browser: Browser, url: str) -> dict[str, float]:
    samples = []
    for _ in range(RUNS):
        context = browser.new_context(viewport={"width": 1280, "height": 900})  # cold cache each time
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.wait_for_function("performance.getEntriesByName('first-contentful-paint').length > 0", timeout=10_000)
        samples.append(page.evaluate(MEASURE))
        context.close()
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(data_dir=tmp, database_url=f"sqlite:///{tmp / 'pages.db'}", load_demo=False)
    services = bootstrap.build(settings)
    migrate.upgrade(services.db)
    demo = load_demo_if_empty(services)
    assert demo is not None
    large = services.bills.create(
        system_actor(services), source=large_source(random.Random(7)), fmt="markdown", status="open"
    )
    pages: list[tuple[str, str]] = [("home", "/")]
    for name, bill_id in (("demo", demo), ("2,000 articles", int(large["id"]))):
        slug = services.bills.detail(bill_id)["slug"]
        _bill, _version, tree = services.bills.tree(bill_id)
        middle = tree.articles()[len(tree.articles()) // 2].eid
        pages.append((f"{name}: bill page", f"/bills/{slug}"))
        pages.append((f"{name}: article page", f"/bills/{slug}/articles/{middle}"))

    app_server = serve(create_app(settings, services), 8771)
    saved: dict[str, str] = {}
    import urllib.request

    for _name, path in pages:
        with urllib.request.urlopen(f"http://127.0.0.1:8771{path}") as response:
            saved[path] = response.read().decode()

    async def static_page(request: Any) -> Response:
        return HTMLResponse(saved[request.url.path])

    bare = Starlette(
        routes=[*(Route(path, static_page) for path in saved), Mount("/static", StaticFiles(directory=STATIC_DIR))]
    )
    bare_server = serve(bare, 8772)
    heading = f"{'page':34} {'first render':>14} {'interactive':>13} {'bytes':>9} {'html':>9} {'req':>4}"
    print(heading + "   bare: render / interactive")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for name, path in pages:
            ours = measure(browser, f"http://127.0.0.1:8771{path}")
            base = measure(browser, f"http://127.0.0.1:8772{path}")
            print(
                f"{name:34} {ours['fcp']:11.0f} ms {ours['interactive']:10.0f} ms {ours['bytes']:9,.0f} "
                f"{ours['html']:9,.0f} {ours['requests']:4.0f}   {base['fcp']:.0f} / {base['interactive']:.0f} ms"
            )
        browser.close()
    app_server.should_exit = bare_server.should_exit = True
    services.close()


if __name__ == "__main__":
    main()
