"""Compare two versions of a bill: what was added, removed, moved, renumbered or reworded.

Nodes are paired by their stable eid, never by number, so a renumbered article stays one article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypedDict

from drafting.domain import textdiff
from drafting.domain.textdiff import Segment, typography_key
from drafting.domain.tree import Article, BillTree, Division


class ArticleRefJson(TypedDict):
    eid: str
    num: str
    heading: str | None


class MoveJson(TypedDict):
    eid: str
    num: str
    from_parent: str | None
    to_parent: str | None


RenumberingJson = TypedDict("RenumberingJson", {"eid": str, "from": str, "to": str})


class ModificationJson(TypedDict):
    eid: str
    num: str
    heading_from: str | None
    heading_to: str | None
    diff: list[list[str]]  # [op, text] segments of the readable diff


class DivisionRefJson(TypedDict):
    eid: str
    kind: str
    num: str
    heading: str | None


RenamingJson = TypedDict("RenamingJson", {"eid": str, "num": str, "from": str | None, "to": str | None})


class ArticleChangesJson(TypedDict):
    added: list[ArticleRefJson]
    removed: list[ArticleRefJson]
    moved: list[MoveJson]
    renumbered: list[RenumberingJson]
    modified: list[ModificationJson]


class DivisionChangesJson(TypedDict):
    added: list[DivisionRefJson]
    removed: list[DivisionRefJson]
    renamed: list[RenamingJson]
    renumbered: list[RenumberingJson]
    unchanged: int


class ChangeCounts(TypedDict):
    """How many articles each list of the changes holds, and how many are unchanged."""

    added: int
    removed: int
    moved: int
    renumbered: int
    modified: int
    unchanged: int


class ComparisonJson(TypedDict):
    articles: ArticleChangesJson
    divisions: DivisionChangesJson
    summary: ChangeCounts


@dataclass(frozen=True, slots=True)
class ArticleRef:
    eid: str
    num: str
    heading: str | None

    def as_json(self) -> ArticleRefJson:
        return {"eid": self.eid, "num": self.num, "heading": self.heading}


@dataclass(frozen=True, slots=True)
class Move:
    eid: str
    num: str
    from_parent: str | None
    to_parent: str | None

    def as_json(self) -> MoveJson:
        return {"eid": self.eid, "num": self.num, "from_parent": self.from_parent, "to_parent": self.to_parent}


@dataclass(frozen=True, slots=True)
class Renumbering:
    eid: str
    old_num: str
    new_num: str

    def as_json(self) -> RenumberingJson:
        return {"eid": self.eid, "from": self.old_num, "to": self.new_num}


@dataclass(frozen=True, slots=True)
class Modification:
    eid: str
    num: str
    heading_from: str | None
    heading_to: str | None
    diff: list[Segment]

    def as_json(self) -> ModificationJson:
        diff = [s.as_json() for s in self.diff]
        return {
            "eid": self.eid,
            "num": self.num,
            "heading_from": self.heading_from,
            "heading_to": self.heading_to,
            "diff": diff,
        }


@dataclass(frozen=True, slots=True)
class DivisionRef:
    eid: str
    kind: str
    num: str
    heading: str | None

    def as_json(self) -> DivisionRefJson:
        return {"eid": self.eid, "kind": self.kind, "num": self.num, "heading": self.heading}


@dataclass(frozen=True, slots=True)
class Renaming:
    eid: str
    num: str
    heading_from: str | None
    heading_to: str | None

    def as_json(self) -> RenamingJson:
        return {"eid": self.eid, "num": self.num, "from": self.heading_from, "to": self.heading_to}


@dataclass(frozen=True, slots=True)
class ArticleChanges:
    added: list[ArticleRef]
    removed: list[ArticleRef]
    moved: list[Move]
    renumbered: list[Renumbering]
    modified: list[Modification]
    unchanged: int

    def summary(self) -> ChangeCounts:
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "moved": len(self.moved),
            "renumbered": len(self.renumbered),
            "modified": len(self.modified),
            "unchanged": self.unchanged,
        }


@dataclass(frozen=True, slots=True)
class DivisionChanges:
    added: list[DivisionRef]
    removed: list[DivisionRef]
    renamed: list[Renaming]
    renumbered: list[Renumbering]
    unchanged: int


@dataclass(frozen=True, slots=True)
class Comparison:
    articles: ArticleChanges
    divisions: DivisionChanges

    @property
    def empty(self) -> bool:
        return not any(getattr(self.articles, k) for k in _ARTICLE_LISTS) and not any(
            getattr(self.divisions, k) for k in _DIVISION_LISTS
        )

    def as_json(self) -> ComparisonJson:
        a, d = self.articles, self.divisions
        return {
            "articles": {
                "added": [x.as_json() for x in a.added],
                "removed": [x.as_json() for x in a.removed],
                "moved": [x.as_json() for x in a.moved],
                "renumbered": [x.as_json() for x in a.renumbered],
                "modified": [x.as_json() for x in a.modified],
            },
            "divisions": {
                "added": [x.as_json() for x in d.added],
                "removed": [x.as_json() for x in d.removed],
                "renamed": [x.as_json() for x in d.renamed],
                "renumbered": [x.as_json() for x in d.renumbered],
                "unchanged": d.unchanged,
            },
            "summary": a.summary(),
        }


_ARTICLE_LISTS = ("added", "removed", "moved", "renumbered", "modified")
_DIVISION_LISTS = ("added", "removed", "renamed", "renumbered")


def compare(old: BillTree, new: BillTree, *, ignore_typography: bool = False) -> Comparison:
    """What changed from `old` to `new`, node by node, paired by eid.

    An article is unchanged when it is in neither `moved`, `renumbered` nor `modified`. With
    `ignore_typography`, texts, headings and numbers are compared through `typography_key`
    (numbers also ignoring spaces and case), and the diff of a modified article is computed on the
    folded texts, so that it shows only the changes a reader cares about.
    """
    (old_articles, old_divisions), (new_articles, new_divisions) = _placed(old), _placed(new)
    return Comparison(
        _compare_articles(old_articles, new_articles, ignore_typography, textdiff.readable_diff),
        _compare_divisions(old_divisions, new_divisions, ignore_typography),
    )


def summary(old: BillTree, new: BillTree, *, ignore_typography: bool = False) -> ChangeCounts:
    """`compare(old, new).articles.summary()` without diffing the modified articles: the diffs are
    nearly all the cost of a comparison (seconds for a whole stage of a bill), the counts need none."""
    before, after = _placed(old)[0], _placed(new)[0]
    return _compare_articles(before, after, ignore_typography, lambda _a, _b: []).summary()


_Placed = tuple[dict[str, tuple[Article, str | None]], dict[str, tuple[Division, str | None]]]


def _placed(tree: BillTree) -> _Placed:
    """Articles and divisions by eid, in reading order, each with its parent division's eid."""
    articles, divisions = {}, {}
    for node, ancestors in tree.walk():
        parent = ancestors[-1].eid if ancestors else None
        if isinstance(node, Article):
            articles[node.eid] = (node, parent)
        else:
            divisions[node.eid] = (node, parent)
    return articles, divisions


def _same(a: str | None, b: str | None, fold: bool, key: Callable[[str], str] = typography_key) -> bool:
    # equality first: folding is far slower than comparing, and most nodes are untouched
    return a == b or (fold and key(a or "") == key(b or ""))


def _num_key(num: str) -> str:
    # `1er` vs `1\u00a0er`, `Ier` vs `IER`: the same number, typeset differently
    return typography_key(num).replace(" ", "").casefold()


def _compare_articles(
    before: dict[str, tuple[Article, str | None]],
    after: dict[str, tuple[Article, str | None]],
    fold: bool,
    diff: Callable[[str, str], list[Segment]],
) -> ArticleChanges:
    added = [ArticleRef(a.eid, a.num, a.heading) for eid, (a, _) in after.items() if eid not in before]
    removed = [ArticleRef(a.eid, a.num, a.heading) for eid, (a, _) in before.items() if eid not in after]
    common = [eid for eid in after if eid in before]
    old_rank = {eid: i for i, eid in enumerate(eid for eid in before if eid in after)}
    in_order = _increasing_subsequence([old_rank[eid] for eid in common])
    moved: list[Move] = []
    renumbered: list[Renumbering] = []
    modified: list[Modification] = []
    unchanged = 0
    for i, eid in enumerate(common):
        (a, a_parent), (b, b_parent) = before[eid], after[eid]
        changed = False
        if a_parent != b_parent or i not in in_order:
            moved.append(Move(eid, b.num, a_parent, b_parent))
            changed = True
        if not _same(a.num, b.num, fold, _num_key):
            renumbered.append(Renumbering(eid, a.num, b.num))
            changed = True
        if a.alineas != b.alineas or a.heading != b.heading:
            old_text, new_text = a.text, b.text
            if fold:
                old_text, new_text = typography_key(old_text), typography_key(new_text)
            if old_text != new_text or not _same(a.heading, b.heading, fold):
                modified.append(Modification(eid, b.num, a.heading, b.heading, diff(old_text, new_text)))
                changed = True
        unchanged += not changed
    return ArticleChanges(added, removed, moved, renumbered, modified, unchanged)


def _compare_divisions(
    before: dict[str, tuple[Division, str | None]], after: dict[str, tuple[Division, str | None]], fold: bool
) -> DivisionChanges:
    added = [DivisionRef(d.eid, d.kind, d.num, d.heading) for e, (d, _) in after.items() if e not in before]
    removed = [DivisionRef(d.eid, d.kind, d.num, d.heading) for e, (d, _) in before.items() if e not in after]
    renamed: list[Renaming] = []
    renumbered: list[Renumbering] = []
    unchanged = 0
    for eid, (b, _) in after.items():
        if eid not in before:
            continue
        a = before[eid][0]
        same_heading, same_num = _same(a.heading, b.heading, fold), _same(a.num, b.num, fold, _num_key)
        if not same_heading:
            renamed.append(Renaming(eid, b.num, a.heading, b.heading))
        if not same_num:
            renumbered.append(Renumbering(eid, a.num, b.num))
        unchanged += same_heading and same_num
    return DivisionChanges(added, removed, renamed, renumbered, unchanged)


def _increasing_subsequence(values: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence of `values` (patience sorting).

    The articles outside it are the fewest that must have moved to explain the new order, so an
    insertion does not flag every article after it.
    """
    tails: list[int] = []  # tails[k]: smallest last value of an increasing run of length k + 1
    tail_at: list[int] = []  # the index in `values` of that last value
    back = [-1] * len(values)
    for i, value in enumerate(values):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[k], tail_at[k] = value, i
        back[i] = tail_at[k - 1] if k else -1
    kept: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        kept.add(i)
        i = back[i]
    return kept
