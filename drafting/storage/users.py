"""Users and server-side sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from drafting.storage.models import Bill, BillOfficial, User, UserSession, Version


def by_email(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email))


def by_id(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


def add_session(session: Session, token_hash: str, user_id: int, now: datetime, expires: datetime) -> None:
    session.add(UserSession(token_hash=token_hash, user_id=user_id, created_at=now, expires_at=expires))


def session_user(session: Session, token_hash: str, now: datetime) -> User | None:
    return session.scalar(
        select(User)
        .join(UserSession, UserSession.user_id == User.id)
        .where(UserSession.token_hash == token_hash, UserSession.expires_at > now)
    )


def end_session(session: Session, token_hash: str) -> None:
    session.execute(delete(UserSession).where(UserSession.token_hash == token_hash))


def end_other_sessions(session: Session, user_id: int, keep: str | None) -> None:
    """End every session of the user but the one whose token hash is `keep`."""
    query = delete(UserSession).where(UserSession.user_id == user_id)
    if keep is not None:
        query = query.where(UserSession.token_hash != keep)
    session.execute(query)


def bill_author_names(session: Session) -> set[str]:
    """The names under which bills speak: those who created one, its officials, its versions' authors."""
    creators = select(User.display_name).join(Bill, Bill.created_by == User.id)
    officials = select(User.display_name).join(BillOfficial, BillOfficial.user_id == User.id)
    return set(session.scalars(creators)) | set(session.scalars(officials)) | set(
        session.scalars(select(Version.author_name).distinct())
    )

