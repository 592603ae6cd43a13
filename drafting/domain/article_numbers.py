"""The number to suggest for a new article, as Parliament numbers them: after article 3 comes 3 bis,
then 3 ter; at the start of a division whose first article is 5, article 5 A. Pure: no I/O.
"""

from __future__ import annotations

import string

from drafting.domain.tree import Article, BillTree, Division, Node

LATIN = (
    "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies",
    "undecies", "duodecies", "terdecies", "quaterdecies", "quindecies", "sexdecies",
)  # fmt: skip


def _free(tree: BillTree, candidates: list[str]) -> str | None:
    return next((num for num in candidates if tree.article_numbered(num) is None), None)


def after(tree: BillTree, num: str) -> str:
    """The first free number after article `num`: « 3 » -> « 3 bis » (or « 3 ter » when 3 bis is
    taken); « 3 bis » -> « 3 ter »."""
    words = num.split()
    start = 0
    if len(words) > 1 and words[-1].lower() in LATIN:
        start = LATIN.index(words[-1].lower()) + 1
        words = words[:-1]
    stem = " ".join(words)
    return _free(tree, [f"{stem} {suffix}" for suffix in LATIN[start:]]) or f"{num} {LATIN[0]}"


def first_in(tree: BillTree, division: Division | None) -> str:
    """A number for an article placed first in `division` (None: first in the text): « 5 A » before
    its first article 5; after the article before the division when it has none (« 4 bis »); « 1er »
    in an empty text."""
    articles = _articles_of(division.children) if division is not None else tree.articles()
    if articles and articles[0].num.strip():
        first = articles[0].num
        return _free(tree, [f"{first} {letter}" for letter in string.ascii_uppercase]) or f"{first} A"
    previous = None
    for node, _ancestors in tree.walk():
        if node is division:
            break
        if isinstance(node, Article):
            previous = node
    if division is not None and previous is not None:
        return after(tree, previous.num)
    return _free(tree, ["1er", "1er A"]) or ""


def _articles_of(nodes: tuple[Node, ...]) -> list[Article]:
    found: list[Article] = []
    for node in nodes:
        found += [node] if isinstance(node, Article) else _articles_of(node.children)
    return found
