"""Who may do what. Roles: citizen (anyone who signs up), moderator (hides and restores
contributions), official (granted per bill), admin."""

from __future__ import annotations

from dataclasses import dataclass

from drafting.domain.errors import Forbidden, Unauthenticated

ROLES = ("citizen", "moderator", "official", "admin")
BILL_STATUSES = ("draft", "open", "closed", "adopted")


@dataclass(frozen=True, slots=True)
class Actor:
    id: int
    display_name: str
    role: str
    # Bills this user is an official of.
    bills: frozenset[int] = frozenset()

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def is_official_of(self, bill_id: int) -> bool:
        return self.is_admin or bill_id in self.bills


def require_signed_in(actor: Actor | None) -> Actor:
    if actor is None:
        raise Unauthenticated("sign in first: this action needs an account (POST /api/session)")
    return actor


def require_official(actor: Actor | None, bill_id: int) -> Actor:
    actor = require_signed_in(actor)
    if not actor.is_official_of(bill_id):
        raise Forbidden(f"only the officials of bill {bill_id} may do this")
    return actor


def require_may_create_bills(actor: Actor | None) -> Actor:
    actor = require_signed_in(actor)
    if actor.role not in {"official", "admin"}:
        raise Forbidden("only officials and admins may create bills")
    return actor
