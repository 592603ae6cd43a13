"""The three speed checks that used to be timed assertions in the unit tests, as figures.

Each prints its median time and, as the same-run baseline, something it cannot be faster than:
- compare two 2,000-article trees with 10 changes (was `< 0.5 s` in test_compare.py), against walking
  both trees and comparing each article's text (the least a comparison must do);
- match 200 renumbered articles onto the previous stage (was `< 5 s` in test_matching.py), against one
  `textdiff.word_similarity` per pair of articles at the same place (200 of them);
- refuse a billion-laughs Akoma Ntoso document (was `< 2 s` in test_akn_format.py), against parsing a
  valid one-article document.
Usage: python bench/bench_timed_checks.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime

from drafting.domain import textdiff
from drafting.domain.compare import compare
from drafting.domain.errors import InvalidInput
from drafting.domain.matching import match_tree
from drafting.domain.tree import Article, BillTree, Division, split_alineas
from drafting.formats import ExportMeta, akn, markdown

RUNS = 7


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def art(eid: str, num: str, text: str) -> Article:
    return Article(eid, num, None, split_alineas(text))


def large_trees() -> tuple[BillTree, BillTree]:
    body = " ".join(["Le représentant de l'État dans le département peut prendre toute mesure."] * 8)
    old = [art(f"art_{i}", str(i), f"{body} {i}") for i in range(2000)]
    new = list(old)
    for i in range(0, 2000, 200):
        new[i] = art(f"art_{i}", str(i), f"{body} {i} modifié")

    def tree(articles: list[Article]) -> BillTree:
        return BillTree(
            "Projet",
            tuple(
                Division(f"tit_{t}", "titre", str(t), "T", tuple(articles[t * 100 : t * 100 + 100]))
                for t in range(20)
            ),
        )

    return tree(old), tree(new)


def renumbered() -> tuple[BillTree, BillTree, list[str]]:
    vocabulary = "délai mesure décret ordonnance code article santé urgence État préfet commune contrat"
    words = vocabulary.split(" ")
    texts = [" ".join(words[(i * k) % len(words)] for k in range(1, 40)) + f" {i}." for i in range(200)]
    previous = BillTree("Projet", tuple(art(f"art_{i + 1}", str(i + 1), t) for i, t in enumerate(texts)))
    incoming = BillTree(
        "Projet",
        (art("art_x", "1", "Un article nouveau en tête."),)
        + tuple(art(f"n_{i}", str(i + 2), t + " Modifié.") for i, t in enumerate(texts)),
    )
    return previous, incoming, texts


def main() -> None:
    old, new = large_trees()
    compare_ms = median_ms(lambda: compare(old, new, ignore_typography=True))
    old_texts = {a.eid: a.text for a in old.articles()}
    walk_ms = median_ms(lambda: sum(old_texts[a.eid] == a.text for a in new.articles()))
    print(f"compare, 2,000 articles, 10 changed:           {compare_ms:8.1f} ms (was asserted < 500 ms)")
    print(f"  baseline, walk both and compare texts:        {walk_ms:8.1f} ms  -> x{compare_ms / walk_ms:.0f}")

    previous, incoming, texts = renumbered()
    match_ms = median_ms(lambda: match_tree(previous, incoming), runs=3)
    pairs_ms = median_ms(lambda: [textdiff.word_similarity(t, t + " Modifié.") for t in texts], runs=3)
    print(f"match_tree, 200 renumbered articles:           {match_ms:8.1f} ms (was asserted < 5,000 ms)")
    print(f"  baseline, 200 word similarities in place:     {pairs_ms:8.1f} ms  -> x{match_ms / pairs_ms:.0f}")

    laughs = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [{laughs}]>\n<akomaNtoso>&l9;</akomaNtoso>'

    def refuse() -> None:
        try:
            akn.parse(bomb)
        except InvalidInput:
            return
        raise SystemExit("the billion-laughs document was accepted")

    meta = ExportMeta(
        bill_id=1,
        bill_slug="b",
        version=1,
        label="v1",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        author="A",
        content_hash="ab" * 32,
    )
    valid = akn.to_akn(markdown.parse("## Article 1er\n\nTexte.\n"), meta)
    refuse_ms = median_ms(refuse)
    parse_ms = median_ms(lambda: akn.parse(valid))
    print(f"akn.parse refuses a billion laughs:            {refuse_ms:8.2f} ms (was asserted < 2,000 ms)")
    print(f"  baseline, parse a one-article document:       {parse_ms:8.2f} ms  -> x{refuse_ms / parse_ms:.1f}")


if __name__ == "__main__":
    main()
