"""Accounts: sign up, sign in, server-side sessions, and the CLI's user creation.

Passwords are hashed with argon2id; the cookie carries a random token whose sha256 is stored.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from drafting.config import Settings
from drafting.domain import account_rules
from drafting.domain.errors import Conflict, Forbidden, InvalidInput, Unauthenticated
from drafting.domain.permissions import ROLES, Actor
from drafting.storage import bills as bill_rows
from drafting.storage import users
from drafting.storage.database import Database
from drafting.storage.models import User

_HASHER = PasswordHasher()
# A real hash to verify against when the account does not exist, so timing does not reveal it.
_DUMMY_HASH = _HASHER.hash("not a password of anyone")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalize_email(email: str) -> str:
    email = email.strip().lower()
    if len(email) > 254 or not _EMAIL.match(email):  # length first: the pattern backtracks
        raise InvalidInput(f"not an email address: {email!r}")
    return email


MIN_PASSWORD = account_rules.MIN_PASSWORD  # for the sign-up page's hint
# Who may be made an official of a bill (`--bill`): giving a citizen that right would be silent promotion.
BILL_ROLES = ("official", "moderator")


class Accounts:
    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings

    def create_user(
        self, email: str, password: str, display_name: str, role: str = "citizen", bill_id: int | None = None
    ) -> Actor:
        email = normalize_email(email)
        display_name = display_name.strip()
        if not 1 <= len(display_name) <= 80:
            raise InvalidInput("the display name must have 1 to 80 characters")
        if role not in ROLES:
            raise InvalidInput(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
        if bill_id is not None and role not in BILL_ROLES:
            raise InvalidInput(
                f"only an official or a moderator is made one of a bill's officials (--bill); "
                f"a {role} is not: give --role official or --role moderator"
            )
        account_rules.check_password(password, [email, display_name])
        with self.db.write() as session:
            if role == "citizen":
                account_rules.check_display_name(display_name, users.bill_author_names(session))
            if users.by_email(session, email) is not None:
                raise Conflict(f"an account already exists for {email}")
            user = User(
                email=email,
                display_name=display_name,
                password_hash=_HASHER.hash(password),
                role=role,
                created_at=datetime.now(UTC),
            )
            session.add(user)
            session.flush()
            if bill_id is not None:
                bill_rows.add_official(session, bill_rows.get(session, bill_id).id, user.id)
            return self._actor(session, user)

    def grant_official(self, email: str, bill_ref: str) -> None:
        with self.db.write() as session:
            user = users.by_email(session, normalize_email(email))
            if user is None:
                raise InvalidInput(f"no account for {email}")
            if user.role == "citizen":
                user.role = "official"
            bill_rows.add_official(session, bill_rows.get(session, bill_ref).id, user.id)

    def sign_in(self, email: str, password: str) -> tuple[str, Actor]:
        """Returns a new session token. Failures are throttled at the edge, per address and per
        (account, address), never per account alone: nobody can lock someone else out
        (drafting/web/ratelimit.py)."""
        email = email.strip().lower()
        now = datetime.now(UTC)
        with self.db.write() as session:
            user = users.by_email(session, email)
            verified = _verify(user.password_hash if user else _DUMMY_HASH, password)
            if user is None or not verified:
                raise Unauthenticated("wrong email or password")
            token = secrets.token_urlsafe(32)
            expires = now + timedelta(days=self.settings.session_days)
            users.add_session(session, _token_hash(token), user.id, now, expires)
            return token, self._actor(session, user)

    def change_password(self, token: str, current: str, new: str) -> None:
        """The signed-in user (by session `token`) changes their password, giving the current one;
        every other session of theirs ends (a thief's included)."""
        now = datetime.now(UTC)
        with self.db.write() as session:
            user = users.session_user(session, _token_hash(token), now)
            if user is None:
                raise Unauthenticated("sign in first: this action needs an account (POST /api/session)")
            if not _verify(user.password_hash, current):
                raise Forbidden("the current password is wrong")
            account_rules.check_password(new, [user.email, user.display_name])
            user.password_hash = _HASHER.hash(new)
            users.end_other_sessions(session, user.id, keep=_token_hash(token))

    def sign_out(self, token: str) -> None:
        with self.db.write() as session:
            users.end_session(session, _token_hash(token))

    def actor_for(self, token: str | None) -> Actor | None:
        if not token:
            return None
        with self.db.read() as session:
            user = users.session_user(session, _token_hash(token), datetime.now(UTC))
            return self._actor(session, user) if user else None

    @staticmethod
    def _actor(session: Session, user: User) -> Actor:
        return Actor(user.id, user.display_name, user.role, bill_rows.officials_of(session, user.id))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
