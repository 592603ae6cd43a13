"""How an amendment is shown: the JSON of an amendment, of its history and rebases, and its diff.

Shared by the amendment use cases (`services/amendments.py`), decisions and the open data.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from sqlalchemy.orm import Session

from drafting.domain.amendments import Change, amendment_label
from drafting.domain.footprint import Origin, Span
from drafting.domain.instructions import instruction_for, modify_instruction
from drafting.domain.textdiff import readable_diff
from drafting.domain.tree import BillTree
from drafting.services.memo import memo, rendered
from drafting.services.views.amendments import AmendmentRef, AmendmentView, EarlierText, RebaseView, TransitionView
from drafting.services.visibility import mask_amendment
from drafting.storage import amendment_reads
from drafting.storage import versions as version_rows
from drafting.storage.models import Amendment, AmendmentRebase, AmendmentText, AmendmentTransition


def change_of(a: Amendment) -> Change:
    if a.kind == "insert":
        return Change.insert(
            a.article_eid,
            a.num or "",
            a.proposed_text,
            after_eid=a.after_eid,
            parent_eid=a.parent_eid,
            heading=a.heading,
        )
    if a.kind == "delete":
        return Change.delete(a.article_eid)
    return Change.modify(a.article_eid, a.base_text, a.proposed_text)


def credits_of(a: Amendment) -> list[Span]:
    """Who wrote each passage of the amendment's proposed text: itself, but for sub-amendments' words."""
    if a.credits:
        return [Span.from_json(span) for span in a.credits]
    own = Origin("amendment", ref=a.id, author=a.author_name)
    return [Span(0, len(a.proposed_text), own)] if a.proposed_text else []


def diff_segments(base: str, proposed: str) -> list[list[str]]:
    """The redline people read: whole words changed (`textdiff.readable_diff`); `patch` stays exact."""
    return [s.as_json() for s in readable_diff(base, proposed)]


# id -> (number in its bill, revision) of the amendments others name (`numbers_for`)
Numbers = Mapping[int, tuple[int, int]]


def numbers_for(session: Session, amendments: Iterable[Amendment]) -> Numbers:
    """The numbers of the amendments these ones name (their parents and those they collide with),
    read at once for a listing: readers see « n° 3 », never the global id."""
    named: set[int] = set()
    for a in amendments:
        named.update(a.collides_with or [])
        if a.parent_id is not None:
            named.add(a.parent_id)
    return amendment_reads.numbers_of(session, named)


def ref(amendment_id: int, numbers: Numbers) -> AmendmentRef:
    number, revision = numbers[amendment_id]
    return {"id": amendment_id, "number": number, "label": amendment_label(number, revision)}


def amendment_json(
    a: Amendment, base: BillTree | None = None, *, numbers: Numbers, parent_hidden: bool = False
) -> AmendmentView:
    """As everyone sees it: a hidden amendment's words and author, and a sub-amendment's texts while
    its parent is hidden, are masked (`services/visibility.py`). `numbers` (`numbers_for`) names its
    parent and the amendments it collides with."""
    parent = ref(a.parent_id, numbers) if a.parent_id is not None else None
    change = change_of(a)
    instruction = None
    if a.kind != "delete" and a.proposed_text == a.base_text:
        pass  # a draft not yet written out (an import flagged « À vérifier »; a new article): no instruction yet
    elif a.kind == "modify":  # a sub-amendment's instruction speaks of the amendment's text
        instruction = memo("instruction", a.base_text, a.proposed_text, modify_instruction)
    elif a.parent_id is None and base is not None:
        instruction = instruction_for(change, base)
    result: AmendmentView = {
        "id": a.id,
        "number": a.number,
        "label": label(a),
        "revision": a.revision,
        "bill": a.bill_id,
        "kind": a.kind,
        "article": a.article_eid,
        "after": a.after_eid,
        "division": a.parent_eid,
        "parent": a.parent_id,
        "parent_number": parent["number"] if parent else None,
        "parent_label": parent["label"] if parent else None,
        "num": a.num,
        "heading": a.heading,
        "status": a.status,
        "author": a.author_name,
        "author_id": a.author_id,
        "base_version": a.base_version,
        "base_text": a.base_text,
        "text": a.proposed_text,
        "diff": memo("readable_diff", a.base_text, a.proposed_text, diff_segments),
        "patch": a.patch,
        "instruction": {"fr": instruction.fr, "en": instruction.en} if instruction else None,
        "justification": None if a.hidden_reason else a.justification,
        "justification_html": (
            f"<p>masqué par la modération : {html.escape(a.hidden_reason)}</p>"
            if a.hidden_reason
            else rendered(a.justification)
            if a.justification
            else ""
        ),
        "hidden": a.hidden_reason is not None,
        "colliding": a.colliding,
        "collides_with": list(a.collides_with or []),
        "collides_with_refs": [ref(i, numbers) for i in a.collides_with or []],
        "support": a.support,
        "decided_version": a.decided_version,
        "parliament_number": a.parliament_number,
        "created_at": a.created_at.isoformat(),
        "updated_at": a.updated_at.isoformat(),
    }
    # Masked like hidden arguments and comments, and like the open data: the words and who wrote
    # them; what it is on and where it stands stay visible.
    return mask_amendment(result, a, parent_hidden)


def label(a: Amendment) -> str:
    """« n° 3 », « n° 3 rect. » ... as Parliament numbers amendments within a bill (the id stays global)."""
    return amendment_label(a.number, a.revision)


def text_json(a: Amendment, t: AmendmentText) -> EarlierText:
    """An earlier text of a rectified amendment, readable as it was voted and argued on."""
    return {
        "revision": t.revision,
        "label": amendment_label(a.number, t.revision),
        "base_version": t.base_version,
        "text": t.proposed_text,
        "heading": t.heading,
        "diff": memo("diff", t.base_text, t.proposed_text, diff_segments),
        "justification": t.justification,
        "replaced_at": t.replaced_at.isoformat(),
    }


def transition_json(t: AmendmentTransition) -> TransitionView:
    return {
        "from": t.from_status,
        "to": t.to_status,
        "by": t.actor_name,
        "reason": t.reason,
        "version": t.version,
        "at": t.at.isoformat(),
    }


def rebase_json(r: AmendmentRebase) -> RebaseView:
    return {
        "from_version": r.from_version,
        "to_version": r.to_version,
        "outcome": r.outcome,
        "caused_by": r.caused_by,
        "at": r.at.isoformat(),
    }


def base_tree(session: Session, a: Amendment, seen: dict[int, BillTree] | None = None) -> BillTree | None:
    """The version an insert or delete was written against, which its instruction names places in
    (a modify's instruction needs only its texts); `seen` keeps a listing to one read per version."""
    if a.kind == "modify" or a.parent_id is not None:
        return None
    seen = {} if seen is None else seen
    if a.base_version not in seen:
        version = version_rows.get_version(session, a.bill_id, a.base_version)
        seen[a.base_version] = version_rows.load_tree(session, version)
    return seen[a.base_version]
