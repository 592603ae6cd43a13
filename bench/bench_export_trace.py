"""The trace of a version's exports (`services/export_trace.py`): time to read it for a 2,000-article
code after stages that changed many articles, and what it adds to the Markdown and DOCX exports.

Usage: python bench/bench_export_trace.py [--stages N]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_foundation import code_source, shared_articles  # noqa: E402

from drafting import bootstrap  # noqa: E402
from drafting.config import Settings  # noqa: E402
from drafting.formats import exporter  # noqa: E402
from drafting.storage import migrate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stages", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), database_url=f"sqlite:///{folder}/bench.db", load_demo=False)
        services = bootstrap.build(settings)
        migrate.upgrade(services.db)
        official = services.accounts.create_user("o@example.org", "a long bench password", "Officielle", "official")
        source = code_source(shared_articles())
        bill = services.bills.create(official, source=source, fmt="markdown")
        official = services.accounts.sign_in("o@example.org", "a long bench password")[1]  # now its official
        for stage in range(2, args.stages + 2):  # each stage rewords one article in ten
            count = 0

            def reword(match: re.Match[str], stage: int = stage) -> str:
                nonlocal count
                count += 1
                return match.group(0) + (f" (étape {stage})" if count % 10 == stage % 10 else "")

            source = re.sub(r"(?m)^(?!#)\S.*\.$", reword, source)
            services.bills.add_stage(official, bill["id"], source=source, fmt="markdown", label=f"étape {stage}")
        tree, meta = services.bills.document(bill["id"], None)
        start = time.perf_counter()
        trace = services.bills.trace(meta, tree)
        read = time.perf_counter() - start
        passages = sum(len(a.passages) for a in trace.articles)
        print(f"{len(tree.articles()):,} articles, {len(trace.steps)} versions, {passages:,} passages traced")
        print(f"  trace read      {read:6.2f} s")
        for fmt in ("md", "docx"):
            plain = time.perf_counter()
            exporter(fmt)(tree, meta)
            without = time.perf_counter() - plain
            traced = time.perf_counter()
            exporter(fmt)(tree, replace(meta, trace=trace))
            print(f"  {fmt:4} without  {without:6.2f} s   with trace {time.perf_counter() - traced:6.2f} s")
        services.close()


if __name__ == "__main__":
    main()
