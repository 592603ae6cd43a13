"""Bill rows: lookup by id or slug, listing, the write lock, officials."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from drafting.domain.errors import NotFound
from drafting.storage.models import MAX_INT, Bill, BillOfficial

_NUMBER = re.compile(r"[0-9]+")


def parse_ref(ref: str | int) -> int | str:
    """A reference as the id it names (ASCII digits; slugs never are, see `unique_slug`) or the
    slug. An id beyond the integer column names no bill: NotFound, before the database driver
    would overflow (SQLite past 2**63, PostgreSQL past 2**31)."""
    ref_text = str(ref)
    if not _NUMBER.fullmatch(ref_text):
        return ref_text
    digits = ref_text.lstrip("0") or "0"
    if len(digits) > len(str(MAX_INT)) or int(digits) > MAX_INT:
        raise NotFound(f"no bill {ref_text[:40]!r}")
    return int(digits)


def matching(ref: str | int) -> ColumnElement[bool]:
    """The condition on `Bill` for a reference: an id or a slug (see `parse_ref`)."""
    parsed = parse_ref(ref)
    return Bill.id == parsed if isinstance(parsed, int) else Bill.slug == parsed


def get(session: Session, ref: str | int, *, lock: bool = False) -> Bill:
    """A bill by numeric id or slug. `lock` takes the row lock that serialises writes to one bill
    on PostgreSQL (on SQLite, BEGIN IMMEDIATE already serialised them)."""
    ref_text = str(ref)
    query = select(Bill).where(matching(ref))
    if lock:
        query = query.with_for_update()
    bill = session.scalar(query)
    if bill is None:
        raise NotFound(f"no bill {ref_text!r}")
    return bill


def list_all(session: Session, *, offset: int, limit: int) -> list[Bill]:
    return list(session.scalars(select(Bill).order_by(Bill.id).offset(offset).limit(limit)))


def unique_slug(session: Session, title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_title).strip("-")[:60].strip("-") or "bill"
    if base.isdigit():
        base = f"bill-{base}"
    taken = set(session.scalars(select(Bill.slug).where(Bill.slug.like(f"{base}%"))))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def add_official(session: Session, bill_id: int, user_id: int) -> None:
    if session.get(BillOfficial, (bill_id, user_id)) is None:
        session.add(BillOfficial(bill_id=bill_id, user_id=user_id))


def officials_of(session: Session, user_id: int) -> frozenset[int]:
    return frozenset(session.scalars(select(BillOfficial.bill_id).where(BillOfficial.user_id == user_id)))


def with_consultation(session: Session) -> list[Bill]:
    """The bills whose consultation may open or close by the clock: open ones, and any announced
    open (the few a clock looks at every few seconds)."""
    query = select(Bill).where((Bill.status == "open") | Bill.consultation_open.is_(True))
    return list(session.scalars(query))
