"""Article footprints, stored like versions: a row when an article's text changes, read back as
the newest row at or before a version."""

from __future__ import annotations

from sqlalchemy import JSON, select, text
from sqlalchemy.orm import Session

from drafting.domain.footprint import Span
from drafting.storage.models import ArticleFootprint

_AT_SQL = """
    SELECT f.eid, f.spans FROM article_footprints f
    WHERE f.bill_id = :bill AND f.version_number = (
        SELECT max(g.version_number) FROM article_footprints g
        WHERE g.bill_id = f.bill_id AND g.eid = f.eid AND g.version_number <= :number)
"""
_AT = text(_AT_SQL).columns(spans=JSON)


_AT_ONE = text(_AT_SQL + " AND f.eid = :eid").columns(spans=JSON)


def at_version(session: Session, bill_id: int, number: int, eid: str | None = None) -> dict[str, list[Span]]:
    """Footprints of every article (or of one) as they stood at version `number`."""
    params: dict[str, object] = {"bill": bill_id, "number": number}
    rows = session.execute(_AT_ONE, {**params, "eid": eid}) if eid else session.execute(_AT, params)
    return {row_eid: [Span.from_json(s) for s in spans] for row_eid, spans in rows}


def store(session: Session, bill_id: int, number: int, footprints: dict[str, list[Span]]) -> None:
    session.add_all(
        ArticleFootprint(bill_id=bill_id, eid=eid, version_number=number, spans=[s.as_json() for s in spans])
        for eid, spans in footprints.items()
    )


def changed_articles(session: Session, bill_id: int, upto: int) -> dict[int, list[str]]:
    """The articles whose text each version up to `upto` changed (a footprint row is stored then)."""
    query = (
        select(ArticleFootprint.version_number, ArticleFootprint.eid)
        .where(ArticleFootprint.bill_id == bill_id, ArticleFootprint.version_number <= upto)
        .order_by(ArticleFootprint.version_number, ArticleFootprint.eid)
    )
    out: dict[int, list[str]] = {}
    for number, eid in session.execute(query):
        out.setdefault(number, []).append(eid)
    return out
