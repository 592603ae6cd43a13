"""Presence rows: what each app process last said about its readers of each bill."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from drafting.storage.models import Presence

Counts = tuple[int, Counter[str]]  # readers of the bill, readers of each article


def share(session: Session, process: str, counts: dict[int, Counts], now: datetime, *, stale: datetime) -> None:
    """Replace this process's rows with `counts`, and drop every row older than `stale` (a process
    that died without saying goodbye)."""
    session.execute(delete(Presence).where((Presence.process == process) | (Presence.updated_at < stale)))
    session.add_all(
        Presence(process=process, bill_id=bill, readers=readers, articles=dict(articles), updated_at=now)
        for bill, (readers, articles) in counts.items()
        if readers
    )


def others(session: Session, process: str, bills: Iterable[int], since: datetime) -> dict[int, Counts]:
    """The other processes' readers of these bills, added up, from rows written since `since`."""
    wanted = list(bills)
    if not wanted:
        return {}
    query = select(Presence.bill_id, Presence.readers, Presence.articles).where(
        Presence.process != process, Presence.bill_id.in_(wanted), Presence.updated_at >= since
    )
    totals: dict[int, Counts] = {}
    for bill, readers, articles in session.execute(query):
        total, viewing = totals.setdefault(bill, (0, Counter()))
        viewing.update(articles)
        totals[bill] = (total + readers, viewing)
    return totals


def forget(session: Session, process: str) -> None:
    session.execute(delete(Presence).where(Presence.process == process))
