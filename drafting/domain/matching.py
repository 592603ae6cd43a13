"""Carry stable ids over to a newly imported stage of a bill, pairing its articles with the previous ones.

Numbers are a weak clue (the promulgated law renumbers articles), so articles are paired by text first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from drafting.domain.textdiff import similarity, typography_key
from drafting.domain.tree import Article, BillTree, Division, Node, make_eid, num_token

VERY_SIMILAR = 0.8  # this close, the text wins over a same-numbered rival: the article was renumbered
SAME_NUM = 0.5  # a same-numbered article that kept half its text is that article, amended
SIMILAR = 0.6  # elsewhere, more than half must be kept, or two new articles would look alike
SIMILAR_HEADING = 0.8
# Word-trigram Jaccard below which a pair is not worth a diff. Pairs over SIMILAR on the real stages
# score above 0.3; local edits break few trigrams.
PREFILTER = 0.15

# Committee stages print a note instead of an unchanged or deleted article: no text to compare.
_NOTE = re.compile(r"\(\s*[^()]{0,60}\)|[.\s…]*", re.IGNORECASE)
_DOTS = re.compile(r"(?:\s*\.){3,}\s*")


@dataclass(frozen=True, slots=True)
class MatchResult:
    tree: BillTree  # the incoming tree, in its own order, with previous eids wherever an article matched
    matched: list[tuple[str, str]]  # (previous eid, incoming num), in incoming order
    new_articles: list[str]  # fresh eids of incoming articles with no counterpart
    gone: list[str]  # previous eids with no counterpart


@dataclass(slots=True)
class _Item:
    article: Article
    parent: str | None
    key: str  # folded text
    num: str
    blank: bool
    shingles: frozenset[str]


def _item(article: Article, parent: str | None) -> _Item:
    key = typography_key(article.text).strip()
    words = key.casefold().split()
    shingles = frozenset(" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2)))
    return _Item(article, parent, key, _num_key(article.num), _NOTE.fullmatch(key) is not None, shingles)


def _num_key(num: str) -> str:
    # `1er bis` and `1 bis` are one number; num_token folds the ordinal only when alone
    return num_token(re.sub(r"^\s*(\d+)\s*(?:er|re)\b", r"\1", num, flags=re.IGNORECASE))


def _heading_key(heading: str | None) -> str:
    # committee tables decorate headings with dot leaders and notes such as `(Division et intitulé nouveaux)`
    text = re.sub(r"\([^()]*\)", " ", typography_key(heading or ""))
    return " ".join(_DOTS.sub(" ", text).casefold().split())


def _items(tree: BillTree) -> list[_Item]:
    return [_item(n, a[-1].eid if a else None) for n, a in tree.walk() if isinstance(n, Article)]


def match_tree(previous: BillTree, incoming: BillTree) -> MatchResult:
    """Rewrite `incoming`'s eids so that every article and division found in `previous` keeps its id.

    Articles pair one to one: same folded text; then similarity >= VERY_SIMILAR; then same number and
    similarity >= SAME_NUM; then similarity >= SIMILAR; notes such as `(Supprimé)` pair by number. The
    rest are new (fresh eids, never one that `previous` used) or gone.
    """
    old, new = _items(previous), _items(incoming)
    pairs = _pair_articles(old, new)
    ids = {id(new[j].article): old[i].article.eid for j, i in pairs.items()}
    ids |= _pair_divisions(previous, incoming, {id(new[j].article): old[i].parent for j, i in pairs.items()})
    fresh: list[str] = []
    taken = {node.eid for node, _ in previous.walk()}
    tree = BillTree(incoming.title, _rebuild(incoming.children, None, ids, taken, fresh))
    return MatchResult(
        tree,
        [(old[i].article.eid, new[j].article.num) for j, i in sorted(pairs.items())],
        fresh,
        [o.article.eid for i, o in enumerate(old) if i not in set(pairs.values())],
    )


_Scored = tuple[float, int, int]  # (similarity, incoming index, previous index)


def _pair_articles(old: list[_Item], new: list[_Item]) -> dict[int, int]:
    """Incoming index -> previous index, one to one."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    by_text: dict[str, list[int]] = {}
    by_num: dict[str, list[int]] = {}
    for i, o in enumerate(old):
        by_num.setdefault(o.num, []).append(i)
        if not o.blank:
            by_text.setdefault(o.key, []).append(i)

    def link(j: int, i: int | None) -> None:
        if i is not None:
            pairs[j] = i
            used.add(i)

    def link_best(floor: float) -> None:
        for score, j, i in scores:
            if score >= floor and j not in pairs and i not in used:
                link(j, i)

    for j, n in enumerate(new):
        same = [i for i in by_text.get(n.key, []) if i not in used] if not n.blank else []
        if same:  # several identical texts: the same-numbered one, else the first
            link(j, next((i for i in same if old[i].num == n.num), same[0]))
    scores = _scores(old, new, pairs, used)
    link_best(VERY_SIMILAR)
    for j, n in enumerate(new):  # same number, lower bar
        if j not in pairs and not n.blank:
            free = [i for i in by_num.get(n.num, []) if i not in used and not old[i].blank]
            link(j, next((i for i in free if _score(old[i], n, SAME_NUM, 0.0) >= SAME_NUM), None))
    link_best(SIMILAR)
    for j, n in enumerate(new):  # notes carry no text: their number is all there is
        if j not in pairs:
            free = [i for i in by_num.get(n.num, []) if i not in used and (n.blank or old[i].blank)]
            link(j, free[0] if free else None)
    return pairs


def _score(o: _Item, n: _Item, floor: float, prefilter: float) -> float:
    """`similarity`, or 0.0 when a cheap bound shows it would be under `floor`."""
    longer = max(len(o.key), len(n.key), 1)
    if min(len(o.key), len(n.key)) / longer < floor:  # an edit distance is at least the length gap
        return 0.0
    shared = len(o.shingles & n.shingles)
    if shared / (len(o.shingles) + len(n.shingles) - shared or 1) < prefilter:
        return 0.0
    return similarity(o.key, n.key)


def _scores(
    old: list[_Item], new: list[_Item], pairs: dict[int, int], used: set[int]
) -> list[tuple[float, int, int]]:
    """Similar enough pairs of unpaired, non-blank articles, best first; candidates share a trigram."""
    index: dict[str, list[int]] = {}
    for i, o in enumerate(old):
        if i not in used and not o.blank:
            for s in o.shingles:
                index.setdefault(s, []).append(i)
    found: list[_Scored] = []
    for j, n in enumerate(new):
        if j in pairs or n.blank:
            continue
        for i in Counter(i for s in n.shingles for i in index.get(s, ())):
            score = _score(old[i], n, SIMILAR, PREFILTER)
            if score >= SIMILAR:
                found.append((score, j, i))
    # ties: the same-numbered pair, then reading order, so the result does not depend on set order
    found.sort(key=lambda t: (-t[0], old[t[2]].num != new[t[1]].num, t[1], t[2]))
    return found


def _pair_divisions(previous: BillTree, incoming: BillTree, origins: dict[int, str | None]) -> dict[int, str]:
    """id() of each incoming division that has a counterpart -> its previous eid.

    Passes, each top-down: same kind and heading; same kind and number under the matched parent with a
    similar or missing heading; similar heading; then where most of its matched articles came from
    (`origins`: id() of an incoming article -> its counterpart's parent eid).
    """
    olds = [(d, a[-1].eid if a else None) for d, a in previous.walk() if isinstance(d, Division)]
    news = [(d, a[-1] if a else None) for d, a in incoming.walk() if isinstance(d, Division)]
    ids: dict[int, str] = {}

    def place(n_parent: Division | None) -> str | None:
        return ids.get(id(n_parent), "\0unmatched") if n_parent else None

    def headings(o: Division, n: Division) -> float:
        ko, kn = _heading_key(o.heading), _heading_key(n.heading)
        return (1.0 if ko == kn else similarity(ko, kn)) if ko and kn else -1.0  # -1: a heading is missing

    def fits(step: int, o: Division, o_parent: str | None, n: Division, n_parent: Division | None) -> bool:
        if step == 0:
            return headings(o, n) == 1.0
        if step == 1:
            score = headings(o, n)
            same = o_parent == place(n_parent) and num_token(o.num) == num_token(n.num)
            return same and (score == -1.0 or score >= SAME_NUM)
        if step == 2:
            return headings(o, n) >= SIMILAR_HEADING
        votes = Counter(origins[id(c)] for c in n.children if id(c) in origins)
        return votes[o.eid] * 2 > sum(votes.values())

    for step in range(4):
        for n, n_parent in news:
            if id(n) in ids:
                continue
            used = set(ids.values())
            free = [(o, p) for o, p in olds if o.eid not in used and o.kind == n.kind]
            # among equals, prefer the one in the same place, then the same number
            free.sort(key=lambda t: (t[1] != place(n_parent), num_token(t[0].num) != num_token(n.num)))
            o = next((o for o, p in free if fits(step, o, p, n, n_parent)), None)
            if o is not None:
                ids[id(n)] = o.eid
    return ids


def _rebuild(
    nodes: Iterable[Node], parent: str | None, ids: dict[int, str], taken: set[str], fresh: list[str]
) -> tuple[Node, ...]:
    out: list[Node] = []
    for node in nodes:
        eid = ids.get(id(node))
        if eid is None:
            eid = make_eid(node.kind, node.num, parent, taken)
            if isinstance(node, Article):
                fresh.append(eid)
        if isinstance(node, Division):
            out.append(replace(node, eid=eid, children=_rebuild(node.children, eid, ids, taken, fresh)))
        else:
            out.append(replace(node, eid=eid))
    return tuple(out)
