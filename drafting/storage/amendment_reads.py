"""Reads the amendment pages need beyond the listing: the latest decision of many amendments at
once, and one user's contributions on every bill (for `/me`)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from drafting.storage.amendments import published
from drafting.storage.models import Amendment, AmendmentTransition, Annotation, Argument

CLOSED = ("accepted", "rejected", "withdrawn", "fallen")


def last_closing(session: Session, amendment_ids: Sequence[int]) -> dict[int, AmendmentTransition]:
    """For each amendment that was decided, withdrawn or fell: the transition that closed it."""
    if not amendment_ids:
        return {}
    latest = (
        select(func.max(AmendmentTransition.id))
        .where(AmendmentTransition.amendment_id.in_(list(amendment_ids)), AmendmentTransition.to_status.in_(CLOSED))
        .group_by(AmendmentTransition.amendment_id)
    )
    found = session.scalars(select(AmendmentTransition).where(AmendmentTransition.id.in_(latest)))
    return {t.amendment_id: t for t in found}


def by_author(session: Session, author_id: int, limit: int) -> list[Amendment]:
    """The user's amendments on every bill, drafts included (only they see this), newest first."""
    query = select(Amendment).where(Amendment.author_id == author_id).order_by(Amendment.id.desc()).limit(limit)
    return list(session.scalars(query))


def arguments_by(session: Session, author_id: int, limit: int) -> list[Argument]:
    query = select(Argument).where(Argument.author_id == author_id).order_by(Argument.id.desc()).limit(limit)
    return list(session.scalars(query))


def annotations_by(session: Session, author_id: int, limit: int) -> list[Annotation]:
    query = select(Annotation).where(Annotation.author_id == author_id).order_by(Annotation.id.desc()).limit(limit)
    return list(session.scalars(query))


def children(session: Session, parent_id: int, viewer: int | None) -> list[Amendment]:
    """The sub-amendments of an amendment others may know of (and `viewer`'s own drafts), oldest first."""
    visible = published() | (Amendment.author_id == viewer) if viewer is not None else published()
    query = select(Amendment).where(Amendment.parent_id == parent_id, visible).order_by(Amendment.id)
    return list(session.scalars(query))
