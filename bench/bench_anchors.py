"""Annotation anchors benchmark: 1,000 annotations on one 20 KB article carried over an accepted change.

Prints the median time of `reanchor_many` for the 1,000 anchors, how many were kept by position, found
fuzzily or orphaned, and, as the same-run baseline, the median time of one `textdiff.diff` of the old and
new article (what showing the change costs anyway).
Usage: python bench/bench_anchors.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from collections.abc import Callable

from drafting.domain import textdiff
from drafting.domain.anchors import Anchor, anchor, reanchor_many

ANNOTATIONS, ARTICLE_SIZE, RUNS = 1000, 20_000, 15

WORDS = [
    "le",
    "la",
    "les",
    "de",
    "du",
    "des",
    "un",
    "une",
    "à",
    "au",
    "aux",
    "et",
    "ou",
    "dans",
    "pour",
    "par",
    "sur",
    "représentant",
    "État",
    "département",
    "commune",
    "maire",
    "préfet",
    "délai",
    "mois",
    "jours",
    "arrêté",
    "décret",
    "conseil",
    "fermeture",
    "établissements",
    "mesure",
    "urgence",
    "sanitaire",
    "présent",
    "article",
    "loi",
    "code",
    "disposition",
    "application",
    "informe",
    "ordonner",
    "peut",
    "sont",
    "est",
    "être",
]


def synthetic_article(rng: random.Random) -> str:
    alineas: list[str] = []
    size = 0
    while size < ARTICLE_SIZE:
        words = rng.choices(WORDS, k=rng.randint(20, 60))
        alinea = f"{len(alineas) + 1}° " + " ".join(words).capitalize() + "\u00a0; "
        alinea += " ".join(rng.choices(WORDS, k=rng.randint(5, 15))) + "."
        alineas.append(alinea)
        size += len(alinea) + 1
    return "\n".join(alineas)[:ARTICLE_SIZE]


def accepted_change(rng: random.Random, text: str) -> str:
    """An amendment as officials accept them: a few words replaced in one alinéa, one sentence added."""
    middle = text.index(" ", len(text) // 2)
    end = text.index(" ", middle + 40)
    changed = text[:middle] + " sans délai par arrêté du représentant de l'État" + text[end:]
    at = changed.index("\n", len(changed) // 4)
    return changed[:at] + " Un décret en Conseil d'État précise les conditions d'application." + changed[at:]


def annotations(rng: random.Random, text: str) -> list[Anchor]:
    out = []
    for _ in range(ANNOTATIONS):
        start = rng.randrange(len(text) - 200)
        end = start + rng.randint(8, 150)
        # as a browser sends them: the quote and its context, never the offsets
        out.append(anchor(text, text[start:end], text[max(0, start - 32) : start], text[end : end + 32]))
    return out


def median_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        run()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    rng = random.Random(1)
    old = synthetic_article(rng)
    new = accepted_change(rng, old)
    anchors = annotations(rng, old)
    results = reanchor_many(anchors, old, new)
    counts = Counter(r.method or r.status for r in results)
    diff_ms = median_ms(lambda: textdiff.diff(old, new))
    raw_diff_ms = median_ms(lambda: textdiff.diff(old, new, semantic=False))
    many_ms = median_ms(lambda: reanchor_many(anchors, old, new))
    print(f"article: {len(old):,} characters, {old.count(chr(10)) + 1} alinéas; {len(anchors)} annotations")
    print(f"outcome: {dict(counts)}")
    print(f"baseline, one textdiff.diff old -> new:        {diff_ms:8.2f} ms")
    print(f"          one raw diff (semantic=False):       {raw_diff_ms:8.2f} ms")
    print(f"reanchor_many, {len(anchors)} annotations:          {many_ms:8.2f} ms")
    print(f"          per annotation:                      {1000 * many_ms / len(anchors):8.1f} µs")


if __name__ == "__main__":
    main()
