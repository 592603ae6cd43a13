"""Queries for the synthesis of a consultation: participation per day, who took part, who answers
for the bill."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from drafting.storage.models import BillOfficial, User, Vote


def votes_per_day(session: Session, bill_id: int) -> dict[date, int]:
    day = func.date(Vote.at)
    query = select(day, func.count()).where(Vote.bill_id == bill_id).group_by(day)
    out: dict[date, int] = {}
    for value, count in session.execute(query):
        moment = value if isinstance(value, date) else datetime.fromisoformat(str(value)).date()
        out[moment] = out.get(moment, 0) + int(count)
    return out


def voters(session: Session, bill_id: int) -> set[int]:
    return set(session.scalars(select(Vote.user_id).where(Vote.bill_id == bill_id).distinct()))


def official_ids(session: Session, bill_id: int) -> set[int]:
    """Users who answer for the bill: its officials, and admins."""
    named = set(session.scalars(select(BillOfficial.user_id).where(BillOfficial.bill_id == bill_id)))
    return named | set(session.scalars(select(User.id).where(User.role.in_(("official", "admin")))))
