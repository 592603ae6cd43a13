"""The tableau comparatif: two versions side by side, one row per article (and per division heading),
paired by stable id so that a renumbered or moved article stays on one row; an article added or
deleted has a row of its own with an empty side. Changes are marked by whole words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from drafting.domain import textdiff
from drafting.domain.tree import Article, BillTree, Node

Status = Literal["unchanged", "modified", "added", "deleted"]
Mark = Literal["=", "+", "-"]


@dataclass(frozen=True, slots=True)
class Side:
    """One column of a row: its heading line and its alinéas, each a list of (mark, text) runs."""

    label: str
    paragraphs: tuple[tuple[tuple[Mark, str], ...], ...]

    @property
    def text(self) -> str:
        return "\n".join("".join(text for _m, text in runs) for runs in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Row:
    eid: str
    kind: str  # "article" or a division kind
    status: Status
    renumbered: bool
    old: Side | None
    new: Side | None


def _plain(label: str, node: Node) -> Side:
    alineas = node.alineas if isinstance(node, Article) else ()
    return Side(label, tuple((("=", a),) for a in alineas))


def _paragraphs(segments: list[textdiff.Segment], keep: Mark) -> tuple[tuple[tuple[Mark, str], ...], ...]:
    """The runs of one side: equal text and the side's own changes, cut into alinéas at newlines."""
    paragraphs: list[list[tuple[Mark, str]]] = [[]]
    for segment in segments:
        if segment.op not in ("=", keep):
            continue
        for i, piece in enumerate(segment.text.split("\n")):
            if i:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append((segment.op, piece))
    return tuple(tuple(runs) for runs in paragraphs if runs)


def _row(old: Node | None, new: Node | None, labels: Labels) -> Row:
    if new is None:
        assert old is not None
        return Row(old.eid, old.kind, "deleted", False, _plain(labels.old[old.eid], old), None)
    if old is None:
        return Row(new.eid, new.kind, "added", False, None, _plain(labels.new[new.eid], new))
    old_label, new_label = labels.old[old.eid], labels.new[new.eid]
    renumbered = old.num != new.num
    if isinstance(old, Article) and isinstance(new, Article):
        if old.alineas == new.alineas and old.heading == new.heading:
            return Row(new.eid, new.kind, "unchanged", renumbered, _plain(old_label, old), _plain(new_label, new))
        segments = textdiff.readable_diff(old.text, new.text)  # whole words, as a table read side by side needs
        old_side = Side(old_label, _paragraphs(segments, "-"))
        new_side = Side(new_label, _paragraphs(segments, "+"))
        return Row(new.eid, new.kind, "modified", renumbered, old_side, new_side)
    status: Status = "unchanged" if old.heading == new.heading else "modified"
    return Row(new.eid, new.kind, status, renumbered, _plain(old_label, old), _plain(new_label, new))


@dataclass(frozen=True, slots=True)
class Labels:
    """The heading line of each node (`Article 2 bis — Définitions`) on each side, by eid."""

    old: dict[str, str]
    new: dict[str, str]


def rows(old: BillTree, new: BillTree, labels: Labels) -> list[Row]:
    """Rows in the new version's order; a deleted node comes right after the node it followed."""
    old_nodes = [node for node, _ in old.walk()]
    new_ids = {node.eid for node, _ in new.walk()}
    old_at = {node.eid: i for i, node in enumerate(old_nodes)}
    out: list[Row] = []
    cursor = 0
    for node, _ in new.walk():
        j = old_at.get(node.eid)
        if j is not None and j >= cursor:
            out += [_row(gone, None, labels) for gone in old_nodes[cursor:j] if gone.eid not in new_ids]
            cursor = j + 1
        out.append(_row(old_nodes[j] if j is not None else None, node, labels))
    out += [_row(gone, None, labels) for gone in old_nodes[cursor:] if gone.eid not in new_ids]
    return out
