"""Pending amendments whose changes overlap (discussion commune): recorded when one is submitted or
edited, and grouped per article for officials; compared on the article's current text.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from drafting.domain.amendments import collision_groups, edits_collide
from drafting.domain.rebase import Edit, edits_of, rebase
from drafting.domain.tree import Article
from drafting.services.memo import memo
from drafting.services.views.amendments import CollisionGroup
from drafting.storage import amendments as rows
from drafting.storage import versions as version_rows
from drafting.storage.models import Amendment, Bill


def record_collisions(session: Session, bill: Bill, amendment: Amendment) -> list[int]:
    """Pending amendments that change an overlapping passage of the same article; the group is
    recorded on every member so officials see it (discussion commune)."""
    if amendment.kind == "insert" or amendment.parent_id is not None:
        return []
    head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
    node = head.find(amendment.article_eid)
    current = node.text if isinstance(node, Article) else None
    mine = _edits_against(amendment, current)
    hits = []
    for other in rows.pending_on(session, bill.id, [amendment.article_eid]):
        if other.id == amendment.id or other.parent_id is not None or other.kind == "insert":
            continue
        if amendment.kind == "delete" or other.kind == "delete" or current is None or mine is None:
            hits.append(other.id)
            continue
        theirs = _edits_against(other, current)
        if theirs is None or edits_collide(mine, theirs):
            hits.append(other.id)
    for other_id in hits:
        other = rows.get(session, other_id)
        other.collides_with = sorted(set(other.collides_with or []) | {amendment.id})
    amendment.collides_with = sorted(set(amendment.collides_with or []) | set(hits))
    return hits


def discussion_groups(session: Session, bill: Bill) -> list[CollisionGroup]:
    """Per article, the groups of pending amendments whose changes overlap; a delete overlaps all."""
    head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
    by_article: dict[str, list[Amendment]] = {}
    for a in rows.pending_changes(session, bill.id):
        by_article.setdefault(a.article_eid, []).append(a)
    groups: list[CollisionGroup] = []
    for eid, pending in by_article.items():
        article = head.find(eid)
        current = article.text if isinstance(article, Article) else ""
        deletes = [a.id for a in pending if a.kind == "delete"]
        # the text each would give if applied now; colliding ones stand apart until repaired
        items = [(a.id, current, a.proposed_text) for a in pending if a.kind == "modify" and not a.colliding]
        found = collision_groups(items)
        if deletes and len(pending) > 1:
            found = [sorted(a.id for a in pending if not a.colliding or a.kind == "delete")]
        groups += [{"article": eid, "amendments": group} for group in found if len(group) > 1]
    return groups


def _edits_against(a: Amendment, current: str | None) -> tuple[Edit, ...] | None:
    """The amendment's edits of the article's current text; None when it no longer applies."""
    if current is None:
        return None
    if a.base_text == current:  # the usual case: pending amendments follow the head
        return memo("edits", current, a.proposed_text, edits_of)
    moved = rebase(a.base_text, a.proposed_text, current)
    return memo("edits", current, moved.text, edits_of) if moved.text is not None else None
