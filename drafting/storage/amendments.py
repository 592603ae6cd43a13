"""Amendment rows: lookup, filtered listing, transitions and rebase records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from drafting.domain.errors import NotFound
from drafting.storage.models import Amendment, AmendmentRebase, AmendmentTransition, NodeRevision

PENDING = ("submitted",)


def get(session: Session, amendment_id: int, *, lock: bool = False) -> Amendment:
    query = select(Amendment).where(Amendment.id == amendment_id)
    if lock:  # re-read under the row lock: another transaction may just have decided it
        query = query.with_for_update().execution_options(populate_existing=True)
    amendment = session.scalar(query)
    if amendment is None:
        raise NotFound(f"no amendment {amendment_id}")
    return amendment


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


def pending_children(session: Session, parent_id: int) -> list[Amendment]:
    query = select(Amendment).where(Amendment.parent_id == parent_id, Amendment.status.in_(PENDING))
    return list(session.scalars(query))


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
) -> list[Amendment]:
    query = select(Amendment).where(Amendment.bill_id == bill_id)
    if article:
        query = query.where(Amendment.article_eid == article)
    if status:
        query = query.where(Amendment.status == status)
    if author:
        query = query.where(Amendment.author_id == author)
    order = (Amendment.support.desc(), Amendment.id) if sort == "support" else (Amendment.id.desc(),)
    return list(session.scalars(query.order_by(*order).offset(offset).limit(limit)))


def record_transition(
    session: Session,
    amendment: Amendment,
    to_status: str,
    *,
    actor_id: int | None,
    actor_name: str,
    reason: str | None,
    at: datetime,
    version: int | None = None,
) -> None:
    session.add(
        AmendmentTransition(
            amendment_id=amendment.id,
            from_status=amendment.status if amendment.id else None,
            to_status=to_status,
            actor_id=actor_id,
            actor_name=actor_name,
            reason=reason,
            version=version,
            at=at,
        )
    )
    amendment.status = to_status
    amendment.updated_at = at


def transitions(session: Session, amendment_id: int) -> list[AmendmentTransition]:
    query = select(AmendmentTransition).where(AmendmentTransition.amendment_id == amendment_id)
    return list(session.scalars(query.order_by(AmendmentTransition.id)))


def rebases(session: Session, amendment_id: int) -> list[AmendmentRebase]:
    query = select(AmendmentRebase).where(AmendmentRebase.amendment_id == amendment_id)
    return list(session.scalars(query.order_by(AmendmentRebase.id)))
