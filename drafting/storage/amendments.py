"""Amendment rows: new ones, lookup, filtered listing, the lifecycle model to and from rows, rebase records.

No rule here: which transitions are allowed, and what they cause, is `domain/amendment.py`'s."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, case, exists, func, select
from sqlalchemy.orm import Session, aliased

from drafting.domain import amendment as model
from drafting.domain.errors import NotFound
from drafting.domain.textdiff import patch_text
from drafting.storage import eventlog
from drafting.storage.models import Amendment, AmendmentRebase, AmendmentText, AmendmentTransition, NodeRevision

PENDING = model.PENDING


def get(session: Session, amendment_id: int, *, lock: bool = False) -> Amendment:
    query = select(Amendment).where(Amendment.id == amendment_id)
    if lock:  # re-read under the row lock: another transaction may just have decided it
        query = query.with_for_update().execution_options(populate_existing=True)
    amendment = session.scalar(query)
    if amendment is None:
        raise NotFound(f"no amendment {amendment_id}")
    return amendment


def by_parliament_number(session: Session, bill_id: int, number: str) -> Amendment | None:
    """The bill's amendment imported from Parliament under `number` (« 42 », « COM-3 »), if any."""
    query = select(Amendment).where(Amendment.bill_id == bill_id, Amendment.parliament_number == number)
    return session.scalars(query.order_by(Amendment.id).limit(1)).first()


def text_hash(text: str) -> str:
    """The `proposed_hash` of an amendment proposing `text`."""
    return hashlib.sha256(text.encode()).hexdigest()


def new_row(bill_id: int, kind: str, eid: str, base_version: int, base_text: str, proposed: str) -> Amendment:
    """A new amendment proposing `proposed` for `base_text`, not yet stored: its author, status and
    dates are the caller's to set before `add`."""
    return Amendment(
        bill_id=bill_id,
        kind=kind,
        article_eid=eid,
        base_version=base_version,
        base_text=base_text,
        proposed_text=proposed,
        proposed_hash=text_hash(proposed),
        patch=patch_text(base_text, proposed),
        colliding=False,
        collides_with=[],
        support=0,
    )


def add(session: Session, amendment: Amendment) -> Amendment:
    """Store a new amendment with the bill's next number (n° 1, 2 ...); the caller holds the bill's lock."""
    last = session.scalar(select(func.max(Amendment.number)).where(Amendment.bill_id == amendment.bill_id))
    amendment.number = (last or 0) + 1
    session.add(amendment)
    session.flush()
    return amendment


def pending_changes(session: Session, bill_id: int) -> list[Amendment]:
    """Submitted modify and delete amendments of a bill (not sub-amendments), by article then id."""
    query = select(Amendment).where(
        Amendment.bill_id == bill_id,
        Amendment.status.in_(PENDING),
        Amendment.kind.in_(("modify", "delete")),
        Amendment.parent_id.is_(None),
    )
    return list(session.scalars(query.order_by(Amendment.article_eid, Amendment.id)))


def pending_counts(session: Session, bill_id: int) -> dict[str, int]:
    """Submitted amendments (sub-amendments and hidden ones included) counted by the article they
    change or, for a new article, follow; `""` for new articles placed at the start of a division."""
    place = case((Amendment.kind == "insert", func.coalesce(Amendment.after_eid, "")), else_=Amendment.article_eid)
    query = (
        select(place, func.count()).where(Amendment.bill_id == bill_id, Amendment.status.in_(PENDING)).group_by(place)
    )
    return {eid: int(count) for eid, count in session.execute(query)}


def taken_eids(session: Session, bill_id: int) -> set[str]:
    """Every article id the bill has used or an amendment has claimed: a new one must differ."""
    taken = set(session.scalars(select(NodeRevision.eid).where(NodeRevision.bill_id == bill_id)))
    return taken | set(session.scalars(select(Amendment.article_eid).where(Amendment.bill_id == bill_id)))


def pending_on(session: Session, bill_id: int, eids: Sequence[str]) -> list[Amendment]:
    """Submitted amendments that target these articles (or insert after them)."""
    if not eids:
        return []
    query = select(Amendment).where(
        Amendment.bill_id == bill_id,
        Amendment.status.in_(PENDING),
        Amendment.article_eid.in_(list(eids)) | Amendment.after_eid.in_(list(eids)),
    )
    return list(session.scalars(query.order_by(Amendment.id)))


def bill_of(session: Session, amendment_id: int) -> int:
    bill_id = session.scalar(select(Amendment.bill_id).where(Amendment.id == amendment_id))
    if bill_id is None:
        raise NotFound(f"no amendment {amendment_id}")
    return bill_id


def accepted_since(session: Session, bill_id: int, eid: str, version: int) -> list[int]:
    query = select(Amendment.id).where(
        Amendment.bill_id == bill_id,
        Amendment.article_eid == eid,
        Amendment.status == "accepted",
        Amendment.decided_version > version,
    )
    return list(session.scalars(query.order_by(Amendment.id)))


def twin(session: Session, amendment: Amendment, author_id: int) -> Amendment | None:
    """An open amendment (draft or pending) of `author_id` identical to `amendment`, not yet stored:
    same article (or, for a new article, same place and number), kind, base, parent and text."""
    query = select(Amendment).where(
        Amendment.bill_id == amendment.bill_id,
        Amendment.author_id == author_id,
        Amendment.kind == amendment.kind,
        Amendment.base_version == amendment.base_version,
        Amendment.proposed_hash == amendment.proposed_hash,
        Amendment.status.in_(model.OPEN),
    )
    if amendment.parent_id is None:
        query = query.where(Amendment.parent_id.is_(None))
    else:
        query = query.where(Amendment.parent_id == amendment.parent_id)
    if amendment.kind == "insert":
        same_place = (Amendment.after_eid == amendment.after_eid, Amendment.parent_eid == amendment.parent_eid)
        query = query.where(Amendment.num == amendment.num, *same_place)
    else:
        query = query.where(Amendment.article_eid == amendment.article_eid)
    return session.scalars(query.order_by(Amendment.id).limit(1)).first()


def pending_children(session: Session, parent_id: int) -> list[Amendment]:
    query = select(Amendment).where(Amendment.parent_id == parent_id, Amendment.status.in_(PENDING))
    return list(session.scalars(query))


def accepted_children(session: Session, parent_id: int) -> list[Amendment]:
    """The sub-amendments adopted into amendment `parent_id`'s text, in the order they were filed."""
    query = select(Amendment).where(Amendment.parent_id == parent_id, Amendment.status == "accepted")
    return list(session.scalars(query.order_by(Amendment.id)))


def ever_submitted(session: Session, amendment_id: int) -> bool:
    """Whether it was ever submitted: a step to « submitted », or one from it (an amendment an import
    brought in closed, with Parliament's outcome, left « submitted » in one step)."""
    query = select(AmendmentTransition.id).where(
        AmendmentTransition.amendment_id == amendment_id,
        (AmendmentTransition.to_status == "submitted") | (AmendmentTransition.from_status == "submitted"),
    )
    return session.scalar(query.limit(1)) is not None


def published() -> ColumnElement[bool]:
    """Amendments others may know of: not a draft, nor a draft withdrawn before it was submitted
    (`Amendment.is_private` of `domain/amendment.py` as a query, for listings; keep the two alike)."""
    step = aliased(AmendmentTransition)  # correlated on the amendment only, whatever the query joins
    was = (step.to_status == "submitted") | (step.from_status == "submitted")  # as `ever_submitted`
    submitted = exists().where(step.amendment_id == Amendment.id, was).correlate(Amendment)
    return (Amendment.status != "draft") & ((Amendment.status != "withdrawn") | submitted)


def hidden_among(session: Session, ids: Sequence[int]) -> set[int]:
    """Those of these amendments that are hidden by moderation."""
    if not ids:
        return set()
    query = select(Amendment.id).where(Amendment.id.in_(list(ids)), Amendment.hidden_reason.is_not(None))
    return set(session.scalars(query))


def listing(
    session: Session,
    bill_id: int,
    *,
    article: str | None,
    status: str | None,
    author: int | None,
    sort: str,
    offset: int,
    limit: int,
    viewer: int | None = None,
    with_hidden: bool = True,
    imported_drafts: bool = False,
) -> list[Amendment]:
    """Published amendments, and `viewer`'s own unpublished ones (and, `imported_drafts`, the unpublished
    ones imported from Parliament, flagged for a human: an official's); filtered by `article` (those changing or
    deleting it, and new articles proposed after it), by `author`, hidden ones only `with_hidden` (else
    the filter would tell who wrote them)."""
    query = select(Amendment).where(Amendment.bill_id == bill_id)
    shown = published()
    if viewer is not None:
        shown = shown | (Amendment.author_id == viewer)
    if imported_drafts:
        shown = shown | Amendment.parliament_number.is_not(None)
    query = query.where(shown)
    if article:  # as `pending_counts` places them: on the article, or a new article following it
        query = query.where((Amendment.article_eid == article) | (Amendment.after_eid == article))
    if status:
        query = query.where(Amendment.status == status)
    if author:
        query = query.where(Amendment.author_id == author)
        if not with_hidden:
            query = query.where(Amendment.hidden_reason.is_(None))
    order = (Amendment.support.desc(), Amendment.id) if sort == "support" else (Amendment.id.desc(),)
    return list(session.scalars(query.order_by(*order).offset(offset).limit(limit)))


def to_model(row: Amendment) -> model.Amendment:
    """The lifecycle of a stored amendment."""
    if row.status not in model.STATUSES or row.kind not in model.KINDS:
        raise ValueError(f"amendment {row.id} is an unknown {row.kind!r} or {row.status!r}")
    return model.Amendment(
        id=row.id,
        bill_id=row.bill_id,
        article_eid=row.article_eid,
        author_id=row.author_id,
        status=row.status,
        number=row.number,
        kind=row.kind,
        revision=row.revision,
        decided_version=row.decided_version,
        hidden_reason=row.hidden_reason,
    )


def save(session: Session, row: Amendment, amendment: model.Amendment, at: datetime) -> None:
    """Write what the lifecycle recorded: its steps into the history, its status on the row, and
    its events into the log (published when the write commits)."""
    for step in amendment.steps:
        record_transition(session, row, step, at)
    amendment.steps.clear()
    row.revision, row.decided_version = amendment.revision, amendment.decided_version
    for event in amendment.events:
        eventlog.append(session, event, at)
    amendment.events.clear()


def record_transition(session: Session, amendment: Amendment, step: model.Step, at: datetime) -> None:
    if step.ends_discussion:  # the others' discussion commune forgets it
        for other in pending_on(session, amendment.bill_id, [amendment.article_eid]):
            if amendment.id in (other.collides_with or []):
                other.collides_with = [i for i in other.collides_with if i != amendment.id]
    session.add(
        AmendmentTransition(
            amendment_id=amendment.id,
            from_status=step.from_status,
            to_status=step.to_status,
            actor_id=step.actor_id,
            actor_name=step.actor_name,
            reason=step.reason,
            version=step.version,
            at=at,
        )
    )
    amendment.status = step.to_status
    amendment.updated_at = at


def record_rebase(
    session: Session, a: Amendment, was: int, number: int, outcome: str, caused_by: int | None, at: datetime
) -> None:
    session.add(
        AmendmentRebase(
            amendment_id=a.id, from_version=was, to_version=number, outcome=outcome, caused_by=caused_by, at=at
        )
    )
    a.updated_at = at  # its text moved: an edit form read before is stale (amendment_freshness)


def keep_text(session: Session, amendment: Amendment, at: datetime) -> None:
    """Keep the amendment's current text as its revision `amendment.revision`, replaced at `at`."""
    session.add(
        AmendmentText(
            amendment_id=amendment.id,
            revision=amendment.revision,
            base_version=amendment.base_version,
            base_text=amendment.base_text,
            proposed_text=amendment.proposed_text,
            heading=amendment.heading,
            justification=amendment.justification,
            replaced_at=at,
        )
    )


def earlier_texts(session: Session, amendment_id: int) -> list[AmendmentText]:
    query = select(AmendmentText).where(AmendmentText.amendment_id == amendment_id)
    return list(session.scalars(query.order_by(AmendmentText.revision)))


def transitions(session: Session, amendment_id: int) -> list[AmendmentTransition]:
    query = select(AmendmentTransition).where(AmendmentTransition.amendment_id == amendment_id)
    return list(session.scalars(query.order_by(AmendmentTransition.id)))


def rebases(session: Session, amendment_id: int) -> list[AmendmentRebase]:
    query = select(AmendmentRebase).where(AmendmentRebase.amendment_id == amendment_id)
    return list(session.scalars(query.order_by(AmendmentRebase.id)))
