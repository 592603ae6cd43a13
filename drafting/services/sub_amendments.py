"""What an adopted sub-amendment leaves in its amendment: a rectification may not undo it.

Accepting a sub-amendment writes its change into its parent's proposed text and marks it accepted; if
the parent's author could then rectify that change away, the sub-amendment would read « adopté » while
the law, once the parent is adopted, lacks it. So a rectification that drops or rewrites an adopted
sub-amendment's words, or restores what it removed, is refused (409); the author keeps its change, or
withdraws the amendment and files another.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from drafting.domain.errors import Conflict
from drafting.domain.footprint import Origin, Span, advance
from drafting.domain.rebase import rebase
from drafting.services.amendment_views import credits_of, label
from drafting.storage import amendments as rows
from drafting.storage.models import Amendment


def require_sub_amendments_kept(session: Session, amendment: Amendment, proposed: str) -> None:
    """Refuse `proposed` as `amendment`'s new text if it undoes a sub-amendment adopted into it.

    Two signs, since the credits see only written words: the sub-amendment's credited words shrink
    (deleted or reworded), or one of its edits that the current text carries would apply again to
    `proposed` (what it changed reads as before it: a deletion restored)."""
    adopted = rows.accepted_children(session, amendment.id)
    if not adopted:
        return
    current = amendment.proposed_text
    before = credits_of(amendment)
    own = Origin("amendment", ref=amendment.id, author=amendment.author_name)
    after = advance(before, current, proposed, own)
    for sub in adopted:
        words = [current[s.start : s.end] for s in before if s.origin.ref == sub.id]
        dropped = _credited(after, sub.id) < _credited(before, sub.id)
        # an edit still to make on the new text but not on the current one: the rectification undid it
        undone = _missing(sub, proposed) > _missing(sub, current)
        if dropped or undone:
            quoted = f" (« {' … '.join(words)} »)" if words else ""
            raise Conflict(
                f"sub-amendment {label(sub)} was adopted into amendment {label(amendment)}: the new text "
                f"undoes its change{quoted}. A rectification keeps what an adopted sub-amendment wrote; "
                "change other words, or withdraw the amendment and file another"
            )


def _credited(spans: Sequence[Span], ref: int) -> int:
    return sum(s.end - s.start for s in spans if s.origin.ref == ref)


def _missing(sub: Amendment, text: str) -> int:
    """How many of the sub-amendment's edits `text` does not carry yet and would take cleanly."""
    return len(rebase(sub.base_text, sub.proposed_text, text).new_edits)
