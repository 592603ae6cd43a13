"""Users and server-side sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from drafting.storage.models import User, UserSession


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
