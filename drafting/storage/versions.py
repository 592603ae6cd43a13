"""Reading and writing versions of a bill: structural sharing of node revisions between versions.

A version writes a `version_nodes` row only for the nodes whose content differs from the parent's.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, ColumnElement, Select, bindparam, select, text
from sqlalchemy.orm import Session

from drafting.domain.errors import NotFound
from drafting.domain.tree import (
    HASH_SCHEME,
    Article,
    BillTree,
    Division,
    Node,
    VersionMeta,
    version_hash,
    with_known_hash,
)
from drafting.storage import bills as bill_rows
from drafting.storage.models import Bill, NodeRevision, Outline, Version, VersionNode

# The newest revision of each node at or before a version: one index probe per node.
_NODES_AT = text(
    """
    SELECT vn.eid, r.id, r.kind, r.num, r.heading, r.alineas, r.content_hash
    FROM version_nodes vn JOIN node_revisions r ON r.id = vn.revision_id
    WHERE vn.bill_id = :bill AND vn.version_number = (
        SELECT max(v2.version_number) FROM version_nodes v2
        WHERE v2.bill_id = vn.bill_id AND v2.eid = vn.eid AND v2.version_number <= :number)
    """
).columns(alineas=JSON)


@dataclass(frozen=True, slots=True)
class _Row:
    revision_id: int
    kind: str
    num: str
    heading: str | None
    alineas: tuple[str, ...]
    content_hash: str


def shape_of(tree: BillTree) -> list[Any]:
    """The outline: divisions as [eid, [children]], articles as their eid."""

    def shape(node: Node) -> Any:
        return [node.eid, [shape(c) for c in node.children]] if isinstance(node, Division) else node.eid

    return [shape(n) for n in tree.children]


def _nodes_at(session: Session, bill_id: int, number: int) -> dict[str, _Row]:
    rows = session.execute(_NODES_AT, {"bill": bill_id, "number": number})
    out = {}
    for eid, rid, kind, num, heading, alineas, content_hash in rows:
        out[eid] = _Row(rid, kind, num, heading, tuple(alineas or ()), content_hash)
    return out


def get_version(session: Session, bill_id: int, number: int) -> Version:
    version = session.scalar(select(Version).where(Version.bill_id == bill_id, Version.number == number))
    if version is None:
        raise NotFound(f"bill {bill_id} has no version {number}")
    return version


def _version_of(by: ColumnElement[bool], number: Any) -> Select[Any]:
    return select(Version).join(Bill, Bill.id == Version.bill_id).where(by, Version.number == number)


# Built once: the article route, the most read of all, spends otherwise a third of its time
# building these expressions. Keyed by (reference is an id, a version number is given).
_BY_REF = {
    (by_id, numbered): _version_of(
        Bill.id == bindparam("ref") if by_id else Bill.slug == bindparam("ref"),
        bindparam("number") if numbered else Bill.head_version,
    )
    for by_id in (True, False)
    for numbered in (True, False)
}


def by_bill_ref(session: Session, ref: str | int, number: int | None) -> Version:
    """A version (the head when `number` is None) of the bill with this id or slug, in one query:
    the article route, the most read of all, makes no other round trip before the text."""
    parsed = bill_rows.parse_ref(ref)
    query = _BY_REF[isinstance(parsed, int), number is not None]
    version: Version | None = session.scalar(query, {"ref": parsed, "number": number})
    if version is None:
        if session.scalar(select(Bill.id).where(bill_rows.matching(parsed))) is None:
            raise NotFound(f"no bill {str(ref)!r}")
        raise NotFound(f"bill {ref} has no version {number}")
    return version


def list_versions(session: Session, bill_id: int) -> list[Version]:
    return list(session.scalars(select(Version).where(Version.bill_id == bill_id).order_by(Version.number)))


def version_at(session: Session, bill_id: int, moment: datetime) -> Version:
    version = session.scalar(
        select(Version)
        .where(Version.bill_id == bill_id, Version.created_at <= moment)
        .order_by(Version.number.desc())
        .limit(1)
    )
    if version is None:
        raise NotFound(f"bill {bill_id} had no version yet at {moment.isoformat()}")
    return version


def load_tree(session: Session, version: Version) -> BillTree:
    """The full text of a version. Versions are immutable, so built trees are cached by hash."""
    key = (version.bill_id, version.number, version.content_hash)
    tree = _TREES.get(key)
    if tree is None:
        tree = load_tree_uncached(session, version, trust_hashes=True)
        _TREES.put(key, tree)
    return tree


def load_tree_uncached(session: Session, version: Version, *, trust_hashes: bool = False) -> BillTree:
    """Read from the rows themselves. `verify` reads this way, recomputing every node's hash
    instead of trusting the stored ones."""
    shape = session.scalar(select(Outline.shape).where(Outline.id == version.outline_id))
    rows = _nodes_at(session, version.bill_id, version.number)

    def build(item: Any) -> Node:
        eid = item if isinstance(item, str) else item[0]
        row = rows[eid]
        node: Node
        if isinstance(item, str):
            node = Article(eid=eid, num=row.num, heading=row.heading, alineas=row.alineas)
        else:
            node = Division(eid, row.kind, row.num, row.heading, tuple(build(c) for c in item[1]))
        return with_known_hash(node, row.content_hash) if trust_hashes else node

    return BillTree(title=version.title, children=tuple(build(item) for item in shape or []))


def meta_of(version: Version) -> VersionMeta | None:
    """What the version's hash covers besides its text: nothing under scheme 1."""
    if version.hash_scheme < 2:
        return None
    return VersionMeta(
        label=version.label,
        author=version.author_name,
        created_at=version.created_at.astimezone(UTC).isoformat(),
        amendment=version.amendment_id,
    )


def add_version(
    session: Session,
    *,
    bill_id: int,
    tree: BillTree,
    label: str,
    author_id: int | None,
    author_name: str,
    created_at: datetime,
    source_format: str | None = None,
    amendment_id: int | None = None,
) -> Version:
    """Store `tree` as the next version of the bill. The caller holds the bill's write lock."""
    parent = session.scalar(select(Version).where(Version.bill_id == bill_id).order_by(Version.number.desc()).limit(1))
    number = parent.number + 1 if parent else 1
    # Compare with the parent's tree (usually cached) rather than re-reading its rows.
    before = load_tree(session, parent).index() if parent else {}
    changed: list[Node] = []
    for node, _ in tree.walk():
        old = before.get(node.eid)
        if old is None or old.content_hash() != node.content_hash():
            changed.append(node)
    revision_ids = _revisions_for(session, bill_id, changed)
    session.add_all(
        VersionNode(bill_id=bill_id, eid=node.eid, version_number=number, revision_id=revision_ids[node.eid])
        for node in changed
    )
    version = Version(
        bill_id=bill_id,
        number=number,
        parent_number=parent.number if parent else None,
        label=label,
        title=tree.title,
        author_id=author_id,
        author_name=author_name,
        created_at=created_at,
        outline_id=_outline_id(session, bill_id, shape_of(tree)),
        source_format=source_format,
        amendment_id=amendment_id,
        hash_scheme=HASH_SCHEME,
    )
    version.content_hash = version_hash(tree, parent.content_hash if parent else None, meta_of(version))
    session.add(version)
    session.flush()
    # Safe even if the transaction rolls back: the key holds the content hash, so it can only
    # ever name this very text.
    _TREES.put((bill_id, number, version.content_hash), tree)
    return version


def _revisions_for(session: Session, bill_id: int, nodes: list[Node]) -> dict[str, int]:
    """Reuse a stored revision with the same content (an article restored to an earlier text)."""
    if not nodes:
        return {}
    wanted = {(n.eid, n.content_hash()): n for n in nodes}
    found: dict[str, int] = {}
    eids = [n.eid for n in nodes]
    for chunk in (eids[i : i + 500] for i in range(0, len(eids), 500)):
        query = select(NodeRevision.id, NodeRevision.eid, NodeRevision.content_hash).where(
            NodeRevision.bill_id == bill_id, NodeRevision.eid.in_(chunk)
        )
        for rid, eid, content_hash in session.execute(query):
            if (eid, content_hash) in wanted:
                found[eid] = rid
    new = [
        NodeRevision(
            bill_id=bill_id,
            eid=node.eid,
            kind=node.kind,
            num=node.num,
            heading=node.heading,
            alineas=list(node.alineas) if isinstance(node, Article) else [],
            content_hash=h,
        )
        for (eid, h), node in wanted.items()
        if eid not in found
    ]
    session.add_all(new)
    session.flush()
    found.update({r.eid: r.id for r in new})
    return found


def _outline_id(session: Session, bill_id: int, shape: list[Any]) -> int:
    shape_hash = hashlib.sha256(json.dumps(shape, separators=(",", ":")).encode()).hexdigest()
    existing = session.scalar(select(Outline.id).where(Outline.bill_id == bill_id, Outline.shape_hash == shape_hash))
    if existing is not None:
        return existing
    outline = Outline(bill_id=bill_id, shape_hash=shape_hash, shape=shape)
    session.add(outline)
    session.flush()
    return outline.id


class _TreeCache:
    """Built trees of immutable versions, keyed by content hash: safe to share between requests."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[tuple[int, int, str], BillTree] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[int, int, str]) -> BillTree | None:
        with self._lock:
            tree = self._items.get(key)
            if tree is not None:
                self._items.move_to_end(key)
            return tree

    def put(self, key: tuple[int, int, str], tree: BillTree) -> None:
        with self._lock:
            self._items[key] = tree
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_TREES = _TreeCache(size=32)
