"""Rebase benchmark: 200 pending amendments of a 20 KB article rebased onto a new text.

Prints the time of the 200 rebases (one PositionMap, then `rebase_with` each) and, as the same-run
baseline, the time of one `textdiff.diff` of the article against the new text (what rebasing costs at least).
Usage: python bench/bench_rebase.py
"""

from __future__ import annotations

import random
import time

from drafting.domain import textdiff
from drafting.domain.rebase import PositionMap, rebase_with

AMENDMENTS, SIZE = 200, 20_000
VOCABULARY = (
    "le la les de du des un une article alinéa code loi décret dispositions présent conseil ministre "
    "établissement recherche enseignement supérieur formation étudiants université public national"
)
WORDS = VOCABULARY.split()


def article(rng: random.Random) -> str:
    alineas, size = [], 0
    while size < SIZE:
        words = [rng.choice(WORDS) for _ in range(rng.randint(20, 60))]
        alinea = " ".join(words).capitalize() + "."
        alineas.append(alinea)
        size += len(alinea) + 1
    return "\n".join(alineas)


def amend(text: str, rng: random.Random) -> str:
    """Replace, insert or delete a few words somewhere."""
    words = text.split(" ")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(words))
        action = rng.choice(("replace", "insert", "delete"))
        if action == "replace":
            words[i] = rng.choice(WORDS)
        elif action == "insert":
            words.insert(i, " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))))
        elif len(words) > 1:
            del words[i]
    return " ".join(words)


def main() -> None:
    rng = random.Random(7)
    base = article(rng)
    pending = [amend(base, rng) for _ in range(AMENDMENTS)]
    current = base  # the text after ten more amendments were accepted
    for _ in range(10):
        current = amend(current, rng)

    start = time.perf_counter()
    textdiff.diff(base, current)
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    positions = PositionMap.between(base, current)
    results = [rebase_with(positions, proposed) for proposed in pending]
    elapsed = time.perf_counter() - start

    clean = sum(r.clean for r in results)
    print(f"article: {len(base):,} characters, {base.count(chr(10)) + 1} alinéas")
    print(f"baseline, one textdiff.diff of base -> current: {baseline * 1000:.1f} ms")
    conflicts = AMENDMENTS - clean
    print(f"{AMENDMENTS} rebases: {elapsed * 1000:.1f} ms ({clean} clean, {conflicts} in conflict)")
    per = elapsed / AMENDMENTS
    print(f"per rebase: {per * 1000:.2f} ms ({per / baseline:.2f}x the baseline)")


if __name__ == "__main__":
    main()
