"""Documents: time and size of the DOCX, ODT and PDF of a 2,000-article code (built from the shared
texts as in bench_foundation), and the PDF of the demo bill (aim: under 5 s). A version's PDF is kept
once drawn (`Bills._pdf`): the line `pdf kept` is a second download, read from that cache.

Each figure is printed next to same-run baselines: the Markdown and the HTML of the same version,
which hold the same text without any layout. Usage: python bench/bench_exports.py [--runs N] [--formats docx,odt,pdf]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_foundation import code_source, shared_articles  # noqa: E402

from drafting.domain.tree import BillTree  # noqa: E402
from drafting.formats import ExportMeta, exporter, pdf  # noqa: E402
from drafting.formats.markdown import parse  # noqa: E402
from drafting.services.demo import demo_source  # noqa: E402
from drafting.storage.document_cache import DocumentCache  # noqa: E402

META = ExportMeta(1, "code", 1, "banc d'essai", datetime(2026, 12, 6, tzinfo=UTC), "bench", "ab" * 32)


def timed(render: Callable[[], str | bytes], runs: int) -> tuple[float, float, int]:
    """(median wall-clock seconds, median CPU seconds of this process) and the output's size in bytes.

    Both, because the machine is shared: wall time is what a user waits, CPU time is the work done."""
    walls, cpus, size = [], [], 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        out = render()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        size = len(out.encode() if isinstance(out, str) else out)
    return statistics.median(walls), statistics.median(cpus), size


def report(name: str, tree: BillTree, formats: list[str], runs: int) -> None:
    print(f"{name}: {len(tree.articles()):,} articles")
    for fmt in formats:
        render = exporter(fmt)
        wall, cpu, size = timed(lambda render=render: render(tree, META), runs)  # type: ignore[misc]
        kind = "baseline" if fmt in ("md", "html") else "document"
        print(f"  {fmt:5} {kind:8} {wall:8.2f} s wall  {cpu:8.2f} s CPU  {size / 1e6:7.2f} MB")
    if "pdf" in formats:
        with tempfile.TemporaryDirectory() as folder:
            cache = DocumentCache(Path(folder))

            def kept() -> bytes:  # what Bills._pdf does once the tree is read
                html = pdf.page_html(tree, META)
                return cache.get_or_make(pdf.fingerprint(html), lambda: pdf.render(html))

            kept()
            wall, cpu, size = timed(kept, runs)
        print(f"  {'pdf':5} {'kept':8} {wall:8.2f} s wall  {cpu:8.2f} s CPU  {size / 1e6:7.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", default="docx,odt,pdf", help="documents to time (md and html always)")
    args = parser.parse_args()
    chosen = ["md", "html", *args.formats.split(",")]
    exporter("pdf")(parse("# Échauffement\n\n## Article 1er\n\nTexte.\n"), META)  # loads pango and fonts once
    _title, markdown = demo_source()
    report("demo bill (République numérique, 2015)", parse(markdown), chosen, args.runs)
    code = parse(code_source(shared_articles()))
    report("2,000-article code", code, chosen, 1)


if __name__ == "__main__":
    main()
