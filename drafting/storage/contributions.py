"""Queries over what people write on a bill: annotations, comment threads and their revisions, the
moderation log's entries, the arguments' summary per target, and everything public at once for open data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from drafting.domain.permissions import Actor
from drafting.storage import amendments as amendment_rows
from drafting.storage.models import (
    Amendment,
    AmendmentTransition,
    Annotation,
    Argument,
    Comment,
    CommentRevision,
    ModerationAction,
    NodeRevision,
    Tally,
)


def annotations_of(
    session: Session, bill_id: int, *, article: str | None, version: int | None, offset: int, limit: int
) -> list[Annotation]:
    """In reading order: by article, then by where they stand in it."""
    query = select(Annotation).where(Annotation.bill_id == bill_id)
    if article:
        query = query.where(Annotation.article_eid == article)
    if version:
        query = query.where(Annotation.original_version <= version)
    query = query.order_by(Annotation.article_eid, Annotation.start, Annotation.id)
    return list(session.scalars(query.offset(offset).limit(limit)))


def article_ever_existed(session: Session, bill_id: int, eid: str) -> bool:
    """Whether any version of the bill has (or had) an article with this eid: one index probe on
    the revisions, which every version writes for the articles it changes."""
    query = select(NodeRevision.id).where(
        NodeRevision.bill_id == bill_id, NodeRevision.eid == eid, NodeRevision.kind == "article"
    )
    return session.scalar(query.limit(1)) is not None


def anchored_annotations(session: Session, bill_id: int, eid: str) -> list[Annotation]:
    """The annotations of an article that still have an anchor to carry."""
    query = select(Annotation).where(
        Annotation.bill_id == bill_id, Annotation.article_eid == eid, Annotation.orphaned.is_(False)
    )
    return list(session.scalars(query))


def top_arguments(session: Session, bill_id: int, target_type: str, top: int) -> list[tuple[Argument, int, int]]:
    """The `top` most useful visible arguments of each target and stance (at least the first, so
    that every pair with one is there), each with its rank (from 1) and its pair's visible count.

    One statement: ranks and counts are window functions over the (bill, target) index's rows."""
    pair = (Argument.target_id, Argument.stance)
    ranked = (
        select(
            Argument.id,
            func.row_number().over(partition_by=pair, order_by=(Argument.useful.desc(), Argument.id)).label("rank"),
            func.count().over(partition_by=pair).label("total"),
        )
        .where(Argument.bill_id == bill_id, Argument.target_type == target_type, Argument.hidden_reason.is_(None))
        .subquery()
    )
    query = (
        select(Argument, ranked.c.rank, ranked.c.total)
        .join(ranked, ranked.c.id == Argument.id)
        .where(ranked.c.rank <= max(top, 1))
        .order_by(Argument.target_id, Argument.stance, ranked.c.rank)
    )
    return [(argument, int(rank), int(total)) for argument, rank, total in session.execute(query)]


def comments_on(
    session: Session, target_type: str, target_id: str, *, bill_id: int | None, offset: int, limit: int
) -> list[Comment]:
    query = select(Comment).where(Comment.target_type == target_type, Comment.target_id == target_id)
    if bill_id is not None:  # article ids are unique per bill only
        query = query.where(Comment.bill_id == bill_id)
    return list(session.scalars(query.order_by(Comment.id).offset(offset).limit(limit)))


def comment_revisions(session: Session, comment_id: int) -> list[CommentRevision]:
    query = select(CommentRevision).where(CommentRevision.comment_id == comment_id)
    return list(session.scalars(query.order_by(CommentRevision.id)))


def record_moderation(
    session: Session,
    bill_id: int,
    target: tuple[str, int],
    action: str,
    moderator: Actor,
    reason: str,
    at: datetime,
) -> None:
    """An entry of the moderation audit log (hide or restore)."""
    target_type, target_id = target
    session.add(
        ModerationAction(
            bill_id=bill_id,
            target_type=target_type,
            target_id=target_id,
            action=action,
            actor_id=moderator.id,
            actor_name=moderator.display_name,
            reason=reason,
            at=at,
        )
    )


@dataclass(frozen=True)
class PublicRecords:
    """Everything public about a bill's participation, in id order (stable for diffs of exports).

    Hidden and deleted contributions are included: the export masks their text, so that every id
    another row refers to (a reply's parent, a decision's amendment, a comment's annotation) is there."""

    amendments: list[Amendment]
    transitions: list[AmendmentTransition]
    arguments: list[Argument]
    comments: list[Comment]
    tallies: list[Tally]
    annotations: list[Annotation]


def public_records(session: Session, bill_id: int) -> PublicRecords:
    published = (Amendment.bill_id == bill_id) & amendment_rows.published()
    transitions = (
        select(AmendmentTransition)
        .join(Amendment, Amendment.id == AmendmentTransition.amendment_id)
        .where(published)
        .order_by(AmendmentTransition.id)
    )
    return PublicRecords(
        amendments=list(session.scalars(select(Amendment).where(published).order_by(Amendment.id))),
        transitions=list(session.scalars(transitions)),
        arguments=list(session.scalars(select(Argument).where(Argument.bill_id == bill_id).order_by(Argument.id))),
        comments=list(session.scalars(select(Comment).where(Comment.bill_id == bill_id).order_by(Comment.id))),
        tallies=list(session.scalars(select(Tally).where(Tally.bill_id == bill_id))),
        annotations=list(
            session.scalars(select(Annotation).where(Annotation.bill_id == bill_id).order_by(Annotation.id))
        ),
    )
