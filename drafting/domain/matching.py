"""Carry stable ids over to a newly imported stage of a bill, pairing its articles with the previous ones.

Numbers are a weak clue (the promulgated law renumbers articles), so articles are paired by text first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from drafting.domain.textdiff import similarity, typography_key, word_similarity, words
from drafting.domain.tree import Article, BillTree, Division, Node, make_eid, num_token

VERY_SIMILAR = 0.8  # this close, the text wins over a same-numbered rival: the article was renumbered
SAME_NUM = 0.5  # a same-numbered article that kept half its text is that article, amended
SIMILAR = 0.6  # elsewhere, more than half must be kept, or two new articles would look alike
SIMILAR_HEADING = 0.8
# Word-trigram Jaccard below which a pair is not worth a diff: the 219 changed pairs over SIMILAR
# across all stages of the two French laws in shared/data score 0.32 or more.
PREFILTER = 0.15
# A committee text that prints only its changes (the rest is `(Alinéa sans modification)`) is the
# article whose text holds nearly all its words in order; short parts prove nothing.
CONTAINED = 0.85
MIN_WORDS = 15

# Committee stages print a note for an unchanged or deleted article or alinéa, after an optional label:
# `(Supprimé)`, `I. – (Non modifié)`, `a) (Non modifié)`, `« 3° bis (Supprimé)`. No text to compare.
_NOTE_LINE = re.compile(r'[^(]{0,40}\(\s*[^()]{1,60}\)[\s".;,]*|[.\s…]*')


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
    key: str  # folded text without its notes
    num: str
    blank: bool  # nothing but notes: `(Supprimé)`, `(Non modifié)`...
    partial: bool  # some alinéas are notes: the text is only the changed part of the article
    words: list[str]
    bag: Counter[str]
    shingles: frozenset[tuple[str, ...]]  # word trigrams


def _item(article: Article, parent: str | None) -> _Item:
    lines = typography_key(article.text).split("\n")
    kept = [line.strip() for line in lines if not _NOTE_LINE.fullmatch(line)]
    key, low = "\n".join(kept), "\n".join(kept).casefold().split()
    shingles: frozenset[tuple[str, ...]] = frozenset(zip(low, low[1:], low[2:], strict=False))
    partial, ws = bool(kept) and len(kept) < len(lines), words(key)
    shingles = shingles or frozenset([tuple(low)])  # under three words, the words are the trigram
    return _Item(article, parent, key, _num_key(article.num), not kept, partial, ws, Counter(ws), shingles)


def _num_key(num: str) -> str:
    # `1er bis` and `1 bis` are one number; num_token folds the ordinal only when alone
    return num_token(re.sub(r"^\s*(\d+)\s*(?:er|re)\b", r"\1", num, flags=re.IGNORECASE))


def _heading_key(heading: str | None) -> str:
    # committee tables decorate headings with dot leaders and notes such as `(Division et intitulé nouveaux)`
    text = " ".join(re.sub(r"\([^()]*\)", " ", typography_key(heading or "")).split())
    # spaces are single now, so a row of dots is read once from its start (linear time)
    return " ".join(re.sub(r"(?: ?\.){3,}", " ", text).casefold().split())


def _items(tree: BillTree) -> list[_Item]:
    return [_item(n, a[-1].eid if a else None) for n, a in tree.walk() if isinstance(n, Article)]


def match_tree(previous: BillTree, incoming: BillTree) -> MatchResult:
    """Rewrite `incoming`'s eids so that every article and division found in `previous` keeps its id.

    Articles pair one to one, best first, on typography-folded texts without notes: same text; word
    similarity >= VERY_SIMILAR; same number and >= SAME_NUM; >= SIMILAR; a committee text printing only
    its changes found (>= CONTAINED) in the other; notes like `(Supprimé)` by number unless most text
    pairs changed number. Others are new (fresh eids, never one `previous` used) or gone.
    """
    old, new = _items(previous), _items(incoming)
    pairs = _pair_articles(old, new)
    ids = {id(new[j].article): old[i].article.eid for j, i in pairs.items()}
    ids |= _pair_divisions(previous, incoming, {id(new[j].article): old[i].parent for j, i in pairs.items()})
    fresh: list[str] = []
    taken = {node.eid for node, _ in previous.walk()}
    tree = BillTree(incoming.title, _rebuild(incoming.children, None, ids, taken, fresh))
    matched = [(old[i].article.eid, new[j].article.num) for j, i in sorted(pairs.items())]
    kept = set(pairs.values())
    return MatchResult(tree, matched, fresh, [o.article.eid for i, o in enumerate(old) if i not in kept])


def _pair_articles(old: list[_Item], new: list[_Item]) -> dict[int, int]:
    """Incoming index -> previous index, one to one."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    by_number: set[int] = set()  # incoming indexes paired for their number
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

    def link_best(scores: list[tuple[float, int, int]], floor: float) -> None:
        for score, j, i in scores:
            if score >= floor and j not in pairs and i not in used:
                link(j, i)

    def scored(score: Callable[[int, int], float]) -> list[tuple[float, int, int]]:
        """(score, incoming index, previous index) of unpaired articles that share a trigram, best first."""
        index: dict[tuple[str, ...], set[int]] = {}
        for i, o in enumerate(old):
            for s in o.shingles if i not in used and not o.blank else ():
                index.setdefault(s, set()).add(i)
        found: list[tuple[float, int, int]] = []
        for j, n in enumerate(new):
            near = set().union(*(index.get(s, ()) for s in n.shingles))
            found.extend((score(i, j), j, i) for i in near if j not in pairs and not n.blank)
        # ties: the same-numbered pair, then reading order, so the result does not depend on set order
        found.sort(key=lambda t: (-t[0], old[t[2]].num != new[t[1]].num, t[1], t[2]))
        return found

    known: dict[tuple[int, int], float] = {}  # by (previous, incoming) index: the two passes diff each pair once

    def similarity(i: int, j: int, floor: float, prefilter: float) -> float:
        """`word_similarity` of the two texts, or 0.0 as soon as a cheap bound shows it would be under `floor`."""
        if not _may_reach(old[i], new[j], floor, prefilter):
            return 0.0
        if (i, j) not in known:
            known[i, j] = word_similarity(old[i].key, new[j].key)
        return known[i, j]

    for j, n in enumerate(new):
        same = [i for i in by_text.get(n.key, []) if i not in used] if not n.blank else []
        if same:  # several identical texts: the same-numbered one, else the first
            link(j, next((i for i in same if old[i].num == n.num), same[0]))
    similar = scored(lambda i, j: similarity(i, j, SIMILAR, PREFILTER))
    link_best(similar, VERY_SIMILAR)
    for j, n in enumerate(new):  # same number, lower bar
        if j not in pairs and not n.blank:
            free = [i for i in by_num.get(n.num, []) if i not in used and not old[i].blank]
            link(j, next((i for i in free if similarity(i, j, SAME_NUM, 0.0) >= SAME_NUM), None))
            by_number.add(j)  # paired or not: only pairs found by their text can tell if numbers hold
    link_best(similar, SIMILAR)
    link_best(scored(lambda i, j: _containment(old[i], new[j])), CONTAINED)
    # Notes carry no text: their number is all there is, unless the texts show a renumbered stage (most
    # articles paired by text changed number), where a `(Supprimé)` 3 is not the new article 3.
    by_text_only = [old[i].num == new[j].num for j, i in pairs.items() if j not in by_number]
    if by_text_only.count(False) > len(by_text_only) / 2:
        return pairs
    for j, n in enumerate(new):
        if j not in pairs:
            free = [i for i in by_num.get(n.num, []) if i not in used and (n.blank or old[i].blank)]
            link(j, free[0] if free else None)
    return pairs


def _may_reach(o: _Item, n: _Item, floor: float, prefilter: float) -> bool:
    """False as soon as a cheap bound shows that `word_similarity` would be under `floor`, or the texts
    share too few word trigrams (under `prefilter`) to be worth a diff."""
    longer = max(len(o.key), len(n.key), 1)
    if min(len(o.key), len(n.key)) / longer < floor:  # an edit distance is at least the length gap
        return False
    shared = len(o.shingles & n.shingles)
    if shared / (len(o.shingles) + len(n.shingles) - shared or 1) < prefilter:
        return False
    # only words both texts hold can be kept: a bound that saves seconds-long diffs of unrelated articles
    return _shared(o.bag, n.bag, weighted=True) / longer >= floor


def _shared(a: Counter[str], b: Counter[str], *, weighted: bool) -> int:
    """The words in `a & b`, each counted by its length if `weighted`: `a & b` builds a Counter, and
    this runs for thousands of pairs per stage."""
    if len(b) < len(a):
        a, b = b, a
    return sum(min(k, b[w]) * (len(w) if weighted else 1) for w, k in a.items() if w in b)


def _containment(o: _Item, n: _Item) -> float:
    """Share of a partial text's words found in order in the other; the closer length wins ties (< 0.001)."""
    best = 0.0
    for part, whole in ((o, n), (n, o)):
        size = len(part.words)
        if part.partial and size >= MIN_WORDS and _shared(part.bag, whole.bag, weighted=False) >= CONTAINED * size:
            common = _common_subsequence(part.words, whole.words)
            best = max(best, common / size + 0.001 * common / len(whole.words))
    return best


def _common_subsequence(a: list[str], b: list[str]) -> int:
    """Length of a longest common subsequence, from the pairs of equal words (Hunt-Szymanski): fast
    when `b` is long, where a diff of a short part against a 20,000-character article takes seconds."""
    where: dict[str, list[int]] = {}
    for j, word in enumerate(b):
        where.setdefault(word, []).append(j)
    tails: list[int] = []  # tails[k]: smallest position in b ending a common run of k + 1 words
    for word in a:
        for j in reversed(where.get(word, [])):  # right to left, so one word of a takes one of b
            k = bisect_left(tails, j)
            tails[k : k + 1] = [j]
    return len(tails)


def _pair_divisions(previous: BillTree, incoming: BillTree, origins: dict[int, str | None]) -> dict[int, str]:
    """id() of each incoming division that has a counterpart -> its previous eid. Passes, each top-down,
    same kind: same heading; same number under the matched parent, heading similar or missing; similar
    heading; where most of its paired articles come from (`origins`: id() of article -> old parent eid)."""
    olds = [(d, a[-1].eid if a else None) for d, a in previous.walk() if isinstance(d, Division)]
    news = [(d, a[-1] if a else None) for d, a in incoming.walk() if isinstance(d, Division)]
    ids: dict[int, str] = {}

    def headings(o: Division, n: Division) -> float:
        ko, kn = _heading_key(o.heading), _heading_key(n.heading)
        return (1.0 if ko == kn else similarity(ko, kn)) if ko and kn else -1.0  # -1: a heading is missing

    def origin(o: Division, n: Division) -> float:
        votes = Counter(origins[id(c)] for c in n.children if id(c) in origins)
        return votes[o.eid] / max(1, votes.total())

    def fits(step: int, o: Division, o_parent: str | None, n: Division, here: str | None) -> bool:
        if step == 1:
            same = o_parent == here and num_token(o.num) == num_token(n.num)
            return same and (headings(o, n) == -1.0 or headings(o, n) >= SAME_NUM)
        return origin(o, n) > 0.5 if step == 3 else headings(o, n) >= (1.0 if step == 0 else SIMILAR_HEADING)

    for step in range(4):
        for n, n_parent in ((n, p) for n, p in news if id(n) not in ids):
            used = set(ids.values())
            free = [(o, p) for o, p in olds if o.eid not in used and o.kind == n.kind]
            # `here`: the previous eid of the parent; an unmatched parent is no previous place
            here = ids.get(id(n_parent), "\0unmatched") if n_parent else None
            num = num_token(n.num)
            # among equals, prefer the one most of its articles come from, then the same place and number
            free.sort(key=lambda t: (-origin(t[0], n), t[1] != here, num_token(t[0].num) != num))
            o = next((o for o, p in free if fits(step, o, p, n, here)), None)
            if o is not None:
                ids[id(n)] = o.eid
    return ids


def _rebuild(
    nodes: Iterable[Node], parent: str | None, ids: dict[int, str], taken: set[str], fresh: list[str]
) -> tuple[Node, ...]:
    out: list[Node] = []
    for node in nodes:
        eid = ids.get(id(node)) or make_eid(node.kind, node.num, parent, taken)
        if isinstance(node, Article) and id(node) not in ids:
            fresh.append(eid)
        if isinstance(node, Division):
            out.append(replace(node, eid=eid, children=_rebuild(node.children, eid, ids, taken, fresh)))
        else:
            out.append(replace(node, eid=eid))
    return tuple(out)
