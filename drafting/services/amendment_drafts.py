"""An amendment being written: what it would change, shown while its author types (the redline, the
generated instruction, and the pending amendments that change the same passage). Nothing is stored.
"""

from __future__ import annotations

from drafting.domain.amendments import edits_collide
from drafting.domain.errors import InvalidInput, NotFound
from drafting.domain.instructions import modify_instruction
from drafting.domain.rebase import Edit, rebase
from drafting.domain.tree import Article
from drafting.services.amendment_proposals import normalized
from drafting.services.amendment_views import diff_segments
from drafting.services.memo import edits, memo
from drafting.services.views.amendments import DraftPreview
from drafting.storage import amendments as rows
from drafting.storage import bills as bill_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database


def preview(db: Database, bill_ref: str | int, eid: str, base_version: int | None, text: str) -> DraftPreview:
    """The readable redline of `text` against the article at `base_version` (the head if None), its
    instruction, and the pending amendments of the article whose changes overlap it."""
    with db.read() as session:
        bill = bill_rows.get(session, bill_ref)
        number = bill.head_version if base_version is None else base_version
        base = version_rows.load_tree(session, version_rows.get_version(session, bill.id, number))
        article = base.find(eid)
        if not isinstance(article, Article):
            raise NotFound(f"version {number} of this bill has no article {eid!r}")
        proposed = normalized(text)
        result: DraftPreview = {
            "article": eid,
            "base_version": number,
            "changed": proposed != article.text,
            "diff": memo("readable_diff", article.text, proposed, diff_segments),
            "instruction": None,
            "collisions": [],
        }
        if not result["changed"]:
            return result
        if not proposed:
            raise InvalidInput("the proposed text is empty; to remove the article, propose a delete amendment")
        found = memo("instruction", article.text, proposed, modify_instruction)
        result["instruction"] = {"fr": found.fr, "en": found.en}
        head = (
            base
            if number == bill.head_version
            else version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
        )
        current = head.find(eid)
        if not isinstance(current, Article):
            return result
        mine = _edits_on(article.text, proposed, current.text)
        for other in rows.pending_on(session, bill.id, [eid]):
            if other.parent_id is not None or other.kind == "insert" or other.article_eid != eid:
                continue
            theirs = None if other.kind == "delete" else _edits_on(other.base_text, other.proposed_text, current.text)
            if mine is None or theirs is None or edits_collide(mine, theirs):
                author = None if other.hidden_reason else other.author_name  # masked by moderation
                result["collisions"].append({"id": other.id, "author": author, "kind": other.kind})
        return result


def _edits_on(base: str, proposed: str, current: str) -> tuple[Edit, ...] | None:
    """The edits a text makes to the article as it stands now, or None when it no longer applies."""
    if base == current:
        return edits(current, proposed)
    moved = rebase(base, proposed, current)
    return edits(current, moved.text) if moved.text is not None else None
