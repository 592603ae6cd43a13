"""Who sees what of a contribution, in one place for every route, list, filter, event, export and page.

- A draft amendment that was never submitted is its author's alone, withdrawn or not: anyone
  else is told it does not exist (404, never a 409 that would say it does).
- Except a draft imported from Parliament (it has a number in Parliament: the import kept it with its
  instructions, flagged for a human, as it could not apply them): it is the bill's, not its importer's
  (often the system account nobody signs in as). Every official of the bill, and every admin, sees it,
  lists it (the queue's « À vérifier »), writes it out, submits or withdraws it, as its author would;
  it stays unknown to everyone else until submitted.
- A contribution hidden by moderation is masked (its words and who wrote them) for everyone but
  the moderators of its bill and its author; while hidden nobody can build on it (sub-amend, edit,
  vote, argue, comment), or restoring it would publish what no moderator has read.
"""

from __future__ import annotations

from typing import Literal, TypeVar

from sqlalchemy.orm import Session

from drafting.domain.errors import Conflict, NotFound
from drafting.domain.permissions import Actor
from drafting.services.views.amendments import AmendmentView, TransitionView
from drafting.storage import amendments as rows
from drafting.storage.models import Amendment, AmendmentTransition, Contribution

_Words = Literal["author", "author_id", "heading", "text", "diff", "patch", "instruction", "base_text"]
# The parts of an amendment's JSON that carry its words or its author.
AMENDMENT_WORDS: tuple[_Words, ...] = ("author", "author_id", "heading", "text", "diff", "patch", "instruction")
# A sub-amendment's texts repeat its parent's: masked while the parent is hidden.
PARENT_WORDS: tuple[_Words, ...] = ("base_text", "text", "diff", "patch", "instruction")


def is_private(session: Session, a: Amendment) -> bool:
    """A draft, or a draft withdrawn before it was ever submitted."""
    return rows.to_model(a).is_private(lambda: rows.ever_submitted(session, a.id))


def stands_in(actor: Actor | None, a: Amendment) -> bool:
    """Whether `actor` acts on `a` as its author would without being it: an official of its bill (or an
    admin) on an amendment imported from Parliament (its drafts flagged for a human are the bill's)."""
    return actor is not None and a.parliament_number is not None and actor.is_official_of(a.bill_id)


def sees_imported_drafts(actor: Actor | None, bill_id: int) -> bool:
    """Whether `actor` sees the bill's drafts imported from Parliament (as `stands_in`)."""
    return actor is not None and actor.is_official_of(bill_id)


def check_visible(session: Session, actor: Actor | None, a: Amendment) -> None:
    """NotFound, worded as for an amendment that does not exist, unless `actor` may see it."""
    if (actor is None or actor.id != a.author_id) and not stands_in(actor, a) and is_private(session, a):
        raise NotFound(f"no amendment {a.id}")


def moderates(actor: Actor | None, bill_id: int) -> bool:
    """Moderators and admins everywhere, officials on their bills (as `moderation.may_moderate`)."""
    return actor is not None and (actor.role in ("moderator", "admin") or actor.is_official_of(bill_id))


def sees_hidden(actor: Actor | None, bill_id: int, author_id: int | None) -> bool:
    """Whether `actor` may read a hidden contribution of `author_id` on the bill."""
    return moderates(actor, bill_id) or (actor is not None and author_id is not None and actor.id == author_id)


def refuse_hidden(what: str, row: Contribution, doing: str) -> None:
    """Conflict when `row` is hidden: nothing is built on it meanwhile."""
    if row.hidden_reason is not None:
        raise Conflict(
            f"{what} is hidden by moderation ({row.hidden_reason}): it cannot be {doing} while hidden, "
            "or restoring it would publish what no moderator has read"
        )


def mask_amendment(result: AmendmentView, a: Amendment, parent_hidden: bool) -> AmendmentView:
    """The amendment's JSON with what a hidden amendment (or a hidden parent) says taken out."""
    masked = (AMENDMENT_WORDS if a.hidden_reason is not None else ()) + (PARENT_WORDS if parent_hidden else ())
    for key in masked:
        result[key] = None
    return result


def step_by_author(t: AmendmentTransition, author_id: int | None) -> bool:
    """A step the amendment's author took (submitting, withdrawing with a reason), which names the
    author and carries their words; officials' decisions and falls are public acts."""
    return t.to_status not in ("accepted", "rejected", "fallen") and author_id is not None and t.actor_id == author_id


Step = TypeVar("Step", bound=TransitionView)  # a step, or the open data's row that also names its amendment


def mask_step(step: Step, t: AmendmentTransition, a: Amendment) -> Step:
    """A step of the history, masked like its amendment while it is hidden."""
    if a.hidden_reason is not None and step_by_author(t, a.author_id):
        step["by"], step["reason"] = None, None
    return step
