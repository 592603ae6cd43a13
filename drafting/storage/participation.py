"""Participation rows: tallies and votes, arguments and their "useful" marks, reports, moderation."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypedDict

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from drafting.domain import moderation
from drafting.domain.errors import NotFound
from drafting.domain.tree import Article
from drafting.storage import amendments as amendment_rows
from drafting.storage import eventlog
from drafting.storage import versions as version_rows
from drafting.storage.models import (
    Amendment,
    Annotation,
    Argument,
    ArgumentUseful,
    Bill,
    Comment,
    Contribution,
    ModerationAction,
    Report,
    Tally,
    Vote,
)

VALUES = ("agree", "mixed", "disagree")
TARGETS = ("article", "amendment")
MODERATED: dict[str, type[Contribution]] = {
    "comment": Comment,
    "argument": Argument,
    "annotation": Annotation,
    "amendment": Amendment,
}


class TallyCounts(TypedDict):
    """A tally row's counts: d'accord, mitigé, pas d'accord."""

    agree: int
    mixed: int
    disagree: int


def empty_tally() -> TallyCounts:
    return {"agree": 0, "mixed": 0, "disagree": 0}


def tally_json(tally: Tally | None) -> TallyCounts:
    if tally is None:
        return empty_tally()
    return {"agree": tally.agree, "mixed": tally.mixed, "disagree": tally.disagree}


# Plain columns, not entities, in statements built once: tallies ride along with every article
# and amendment read.
_TALLIES = select(Tally.target_id, Tally.agree, Tally.mixed, Tally.disagree).where(
    Tally.bill_id == bindparam("bill"), Tally.target_type == bindparam("type")
)
_TALLIES_OF = _TALLIES.where(Tally.target_id.in_(bindparam("ids", expanding=True)))


def tallies_for(
    session: Session, bill_id: int, target_type: str, ids: Iterable[str | int] | None = None
) -> dict[Any, TallyCounts]:
    """The tallies of these articles (eids) or amendments (ids), keyed as given, zeros for those
    nobody voted on; with `ids` None, every tally of that type on the bill, keyed by stored id."""
    params: dict[str, Any] = {"bill": bill_id, "type": target_type}
    if ids is None:
        rows = session.execute(_TALLIES, params)
        return {_key(target_type, t): {"agree": a, "mixed": m, "disagree": d} for t, a, m, d in rows}
    wanted = {str(i): i for i in ids}
    if not wanted:
        return {}
    found: dict[str, TallyCounts] = {
        t: {"agree": a, "mixed": m, "disagree": d}
        for t, a, m, d in session.execute(_TALLIES_OF, {**params, "ids": list(wanted)})
    }
    return {given: found.get(stored) or empty_tally() for stored, given in wanted.items()}


def _key(target_type: str, target_id: str) -> Any:
    return int(target_id) if target_type == "amendment" and target_id.isdigit() else target_id


def tally(session: Session, bill_id: int, target_type: str, target_id: str) -> Tally:
    """The tally row of a target, created at zero if nobody voted on it yet (the caller holds the bill lock)."""
    row = session.get(Tally, (bill_id, target_type, target_id))
    if row is None:
        row = Tally(bill_id=bill_id, target_type=target_type, target_id=target_id, agree=0, mixed=0, disagree=0)
        session.add(row)
    return row


def move(row: Tally, value: str, step: int) -> None:
    setattr(row, value, max(0, getattr(row, value) + step))


def vote(session: Session, bill_id: int, target_type: str, target_id: str, user_id: int) -> Vote | None:
    return session.get(Vote, (bill_id, target_type, target_id, user_id))


def votes_of(session: Session, bill_id: int, target_type: str, user_id: int) -> dict[Any, str]:
    query = select(Vote.target_id, Vote.value).where(
        Vote.bill_id == bill_id, Vote.target_type == target_type, Vote.user_id == user_id
    )
    return {_key(target_type, target_id): value for target_id, value in session.execute(query)}


def votes_by_revision(session: Session, bill_id: int, amendment_id: int) -> list[dict[str, int]]:
    """The votes standing on an amendment, counted by the revision of its text each was cast on."""
    query = (
        select(Vote.revision, Vote.value, func.count())
        .where(Vote.bill_id == bill_id, Vote.target_type == "amendment", Vote.target_id == str(amendment_id))
        .group_by(Vote.revision, Vote.value)
    )
    counts: dict[int, dict[str, int]] = {}
    for revision, value, n in session.execute(query):
        counts.setdefault(revision or 0, dict.fromkeys(VALUES, 0))[value] = int(n)
    return [{"revision": r, **c} for r, c in sorted(counts.items())]


def head_article(session: Session, bill: Bill, eid: str) -> Article:
    tree = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
    node = tree.find(eid)
    if not isinstance(node, Article):
        raise NotFound(f"the current version of this bill has no article {eid!r}")
    return node


# --- arguments ------------------------------------------------------------------------------------


def argument(session: Session, argument_id: int) -> Argument:
    row = session.get(Argument, argument_id)
    if row is None:
        raise NotFound(f"no argument {argument_id}")
    return row


def arguments(
    session: Session,
    bill_id: int,
    target_type: str,
    target_id: str,
    *,
    stance: str | None,
    sort: str,
    offset: int,
    limit: int,
) -> list[Argument]:
    query = select(Argument).where(
        Argument.bill_id == bill_id, Argument.target_type == target_type, Argument.target_id == target_id
    )
    if stance is not None:
        query = query.where(Argument.stance == stance)
    order = (Argument.useful.desc(), Argument.id) if sort == "useful" else (Argument.id,)
    return list(session.scalars(query.order_by(*order).offset(offset).limit(limit)))


def argument_counts(session: Session, bill_id: int, target_type: str, target_id: str) -> dict[str, int]:
    """How many visible arguments one target has on each side: one grouped probe of the (bill,
    target) index, however many arguments the rest of the bill has."""
    query = (
        select(Argument.stance, func.count())
        .where(
            Argument.bill_id == bill_id,
            Argument.target_type == target_type,
            Argument.target_id == target_id,
            Argument.hidden_reason.is_(None),
        )
        .group_by(Argument.stance)
    )
    counts = {"for": 0, "against": 0}
    counts.update({stance: int(count) for stance, count in session.execute(query)})
    return counts


def marked_useful(session: Session, user_id: int, argument_ids: list[int]) -> set[int]:
    if not argument_ids:
        return set()
    query = select(ArgumentUseful.argument_id).where(
        ArgumentUseful.user_id == user_id, ArgumentUseful.argument_id.in_(argument_ids)
    )
    return set(session.scalars(query))


# --- moderation -----------------------------------------------------------------------------------


def contribution(session: Session, target_type: str, target_id: int, *, lock: bool = False) -> Contribution:
    """The comment, argument, annotation or amendment row, or NotFound."""
    model = MODERATED[target_type]
    query = select(model).where(model.id == target_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    row = session.scalar(query)
    if not isinstance(row, model):  # None: no such row
        raise NotFound(f"no {target_type} {target_id}")
    return row


def moderable(row: Contribution, target_type: str) -> moderation.Moderable:
    """A contribution's row as the moderation rule sees it (an amendment: its lifecycle model)."""
    if isinstance(row, Amendment):
        return amendment_rows.to_model(row)
    return moderation.Contribution(target_type, row.id, row.bill_id, row.hidden_reason)


def save_moderated(session: Session, row: Contribution, target: moderation.Moderable, at: datetime) -> None:
    """Write what the rule decided: the row's hidden reason, and its events into the log."""
    row.hidden_reason = target.hidden_reason
    for event in target.events:
        eventlog.append(session, event, at)
    target.events.clear()


def open_report_by(session: Session, target_type: str, target_id: int, user_id: int) -> Report | None:
    query = select(Report).where(
        Report.target_type == target_type,
        Report.target_id == target_id,
        Report.reporter_id == user_id,
        Report.resolved_at.is_(None),
    )
    return session.scalars(query.limit(1)).first()


def open_reports(session: Session, bill_id: int, *, offset: int, limit: int) -> list[Report]:
    query = select(Report).where(Report.bill_id == bill_id, Report.resolved_at.is_(None)).order_by(Report.id)
    return list(session.scalars(query.offset(offset).limit(limit)))


def open_reports_on(session: Session, target_type: str, target_id: int) -> list[Report]:
    query = select(Report).where(
        Report.target_type == target_type, Report.target_id == target_id, Report.resolved_at.is_(None)
    )
    return list(session.scalars(query))


def moderation_log(session: Session, bill_id: int, *, offset: int, limit: int) -> list[ModerationAction]:
    query = select(ModerationAction).where(ModerationAction.bill_id == bill_id)
    return list(session.scalars(query.order_by(ModerationAction.id.desc()).offset(offset).limit(limit)))
