"""Amendments applied to a bill: modify, insert or delete an article, sub-amendments and collisions.

A change is checked against the current text strictly: it never alters words it was not written against.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Literal, TypeVar

from drafting.domain.errors import Conflict, InvalidInput
from drafting.domain.rebase import Edit, RebaseConflict, collide, edits_of, reach, rebase
from drafting.domain.tree import Article, BillTree, Division, Node, split_alineas

ChangeKind = Literal["modify", "insert", "delete"]
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Change:
    """What an amendment does to the bill, flat as it is stored.

    - modify: `eid` is the article; `base_text` is its text the amendment was written against and
      `proposed_text` the text it proposes.
    - insert: `eid` is the new article's id (given by the caller), with `num`, `heading` and its
      text in `proposed_text`; it goes after `after_eid`, or first in the division `parent_eid`,
      or first in the bill when both are None.
    - delete: `eid` is the article (or division) removed.
    """

    kind: ChangeKind
    eid: str
    base_text: str = ""
    proposed_text: str = ""
    after_eid: str | None = None
    parent_eid: str | None = None
    num: str = ""
    heading: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in ("modify", "insert", "delete"):
            raise InvalidInput(f"a change is modify, insert or delete, not {self.kind!r}")
        if self.kind == "insert" and not self.num.strip():
            raise InvalidInput("an inserted article needs a number")
        if self.after_eid is not None and self.parent_eid is not None:
            raise InvalidInput("an article goes after an article or first in a division, not both")

    @classmethod
    def modify(cls, eid: str, base_text: str, proposed_text: str) -> Change:
        return cls("modify", eid, base_text=base_text, proposed_text=proposed_text)

    @classmethod
    def insert(
        cls,
        eid: str,
        num: str,
        text: str,
        *,
        after_eid: str | None = None,
        parent_eid: str | None = None,
        heading: str | None = None,
    ) -> Change:
        return cls(
            "insert",
            eid,
            proposed_text=text,
            after_eid=after_eid,
            parent_eid=parent_eid,
            num=num,
            heading=heading,
        )

    @classmethod
    def delete(cls, eid: str) -> Change:
        return cls("delete", eid)


_RECT = ("", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies")


def amendment_label(number: int, revision: int = 0) -> str:
    """« n° 12 », then as Parliament marks each rectification: « n° 12 rect. », « n° 12 rect. bis » ..."""
    if revision <= 0:
        return f"n° {number}"
    suffix = _RECT[revision - 1] if revision <= len(_RECT) else f"{revision}"
    return f"n° {number} rect." + (f" {suffix}" if suffix else "")


def apply_change(tree: BillTree, change: Change, current_base_check: bool = True) -> BillTree:
    """The tree with `change` applied.

    A modify whose base is no longer the article's text is rebased strictly onto it; with
    `current_base_check=False` the proposed text replaces the article's text as it is (an
    official overriding). A deletion does not look at the text: it is about the article.
    Raises `Conflict` when the target is gone or the text moved under the amendment's words.
    """
    if change.kind == "insert":
        return _insert(tree, change)
    node = tree.find(change.eid)
    if node is None:
        raise Conflict(f"article {change.eid} no longer exists in the current text", eid=change.eid)
    if change.kind == "delete":
        return replace(tree, children=_rewrite(tree.children, change.eid, lambda n: ()))
    if not isinstance(node, Article):
        raise InvalidInput(f"{change.eid} is a {node.kind}, not an article: only articles have text to amend")
    text = change.proposed_text
    if current_base_check and node.text != change.base_text:
        result = rebase(change.base_text, change.proposed_text, node.text)
        if result.text is None:
            raise Conflict(
                conflict_message(change.eid, result.conflicts),
                eid=change.eid,
                conflicts=[(c.start, c.end, c.base_text, c.current_text) for c in result.conflicts],
            )
        text = result.text
    return tree.replace_article(node.with_text(text))


def conflict_message(eid: str, conflicts: Sequence[RebaseConflict]) -> str:
    """A sentence for people saying which words of the amendment no longer match the text."""
    parts = []
    for c in conflicts:
        if c.base_text:
            parts.append(f"it would change “{c.base_text}” but the text now reads “{c.current_text}”")
        else:
            parts.append(f"it would insert “{c.proposed_text}” where “{c.current_text}” was inserted since")
    return f"article {eid} has changed where this amendment applies: " + "; ".join(parts)


def apply_sub_amendment(parent_proposed: str, sub_base: str, sub_proposed: str) -> str:
    """The parent amendment's proposed text with a sub-amendment applied.

    A sub-amendment is a modify of the parent's proposed text as it read (`sub_base`) when the
    sub-amendment was written; if the parent was edited since, it is rebased strictly.
    """
    result = rebase(sub_base, sub_proposed, parent_proposed)
    if result.text is None:
        raise Conflict(
            "the amendment has changed where this sub-amendment applies: "
            + "; ".join(f"“{c.base_text}” now reads “{c.current_text}”" for c in result.conflicts)
        )
    return result.text


def collision_groups(items: Sequence[tuple[K, str, str]]) -> list[list[K]]:
    """Amendments to discuss together (discussion commune): the connected components of `overlaps`
    among `(id, base, proposed)` items, groups of two or more, in the order items are given.

    Only items with the same base text are compared: to group amendments written against different
    versions of an article, rebase them onto one version first and pass that version as base.
    """
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> int:
        low, high = sorted((root(i), root(j)))
        parent[high] = low
        return low

    by_base: dict[str, list[int]] = {}
    for i, (_, base, _) in enumerate(items):
        by_base.setdefault(base, []).append(i)
    for base, members in by_base.items():
        edits = {i: edits_of(base, items[i][2]) for i in members}
        # A sweep along the text, not every pair (12,000 pending amendments took 55 s): two edits can
        # collide only where the passages they depend on (`reach`) meet, so each edit is compared with
        # the edits still open at its start, one group at a time, and a group is left at its first
        # collision. Pairs are still confirmed by `edits_collide`, the one definition of colliding.
        starts = sorted((*reach(edit), i) for i in members for edit in edits[i])
        open_by_group: dict[int, list[tuple[int, int]]] = {}  # group's root -> (reach end, item)
        for start, end, i in starts:
            for group in list(open_by_group):
                still = [(e, j) for e, j in open_by_group.pop(group, []) if e >= start]
                if not still:
                    continue
                if root(group) == root(i) or not any(edits_collide(edits[i], edits[j]) for _, j in still):
                    open_by_group.setdefault(root(group), []).extend(still)
                    continue
                mine = open_by_group.pop(root(i), [])
                open_by_group.setdefault(join(i, group), []).extend(still + mine)
            open_by_group.setdefault(root(i), []).append((end, i))
    groups: dict[int, list[K]] = {}
    for i, (key, _, _) in enumerate(items):
        groups.setdefault(root(i), []).append(key)
    return [group for group in groups.values() if len(group) > 1]


def edits_collide(a: tuple[Edit, ...], b: tuple[Edit, ...]) -> bool:
    """Whether two sorted edit lists of the same text compete for the same words (see `collide`)."""
    # both sorted: walk them together, advancing the one that ends first
    i = j = 0
    while i < len(a) and j < len(b):
        if collide(a[i], b[j]):
            return True
        if a[i].end < b[j].end or (a[i].end == b[j].end and a[i].is_insertion):
            i += 1
        else:
            j += 1
    return False


def _insert(tree: BillTree, change: Change) -> BillTree:
    if tree.find(change.eid) is not None:
        raise Conflict(f"{change.eid} already exists in the current text", eid=change.eid)
    same = tree.article_numbered(change.num)
    if same is not None:
        raise Conflict(
            f"the text already has an article {same.num} ({same.eid}): article numbers are unique in a version",
            eid=same.eid,
        )
    article = Article(change.eid, change.num, change.heading, split_alineas(change.proposed_text))
    if change.after_eid is not None:
        if tree.find(change.after_eid) is None:
            raise Conflict(
                f"article {change.after_eid} no longer exists in the current text: "
                f"article {change.num} cannot be inserted after it",
                eid=change.after_eid,
            )
        return replace(tree, children=_rewrite(tree.children, change.after_eid, lambda n: (n, article)))
    if change.parent_eid is not None:
        division = tree.find(change.parent_eid)
        first = (article,)
        if not isinstance(division, Division):
            raise Conflict(
                f"division {change.parent_eid} no longer exists in the current text: "
                f"article {change.num} cannot be inserted at its start",
                eid=change.parent_eid,
            )
        return replace(
            tree,
            children=_rewrite(
                tree.children,
                change.parent_eid,
                lambda n: (replace(division, children=first + division.children),),
            ),
        )
    return replace(tree, children=(article, *tree.children))


Rewrite = Callable[[Node], tuple[Node, ...]]


def _rewrite(nodes: tuple[Node, ...], eid: str, rewrite: Rewrite) -> tuple[Node, ...]:
    """`nodes` with the node `eid` (at any depth) replaced by what `rewrite` makes of it."""
    out: list[Node] = []
    for node in nodes:
        if node.eid == eid:
            out.extend(rewrite(node))
        elif isinstance(node, Division):
            out.append(replace(node, children=_rewrite(node.children, eid, rewrite)))
        else:
            out.append(node)
    return tuple(out)
