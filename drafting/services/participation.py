"""What contributions share: who may contribute to a bill and when; the target of votes and arguments
(an article of a bill or an amendment), found and checked in the transaction; the notice that
replaces a contribution hidden by moderation.

The services themselves are in `votes.py`, `arguments.py` and `moderation.py`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from drafting.domain.errors import Forbidden, InvalidInput
from drafting.domain.permissions import Actor
from drafting.services import visibility
from drafting.storage import amendments as amendment_rows
from drafting.storage import bills as bill_rows
from drafting.storage import participation as rows
from drafting.storage.models import Amendment, Bill

HIDDEN_NOTICE = "masqué par la modération : {reason}"
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def moment_text(moment: datetime) -> str:
    """`26 September 2015 10:00 UTC`, whatever the server's locale."""
    moment = moment.astimezone(UTC)
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M} UTC"


def consultation_refusal(bill: Bill, now: datetime) -> str | None:
    """Why contributions to the bill are refused at `now` (for citizens), or None while it is open:
    its status is `open` and `now` is within its consultation period (each end optional)."""
    if bill.status != "open":
        return (
            f"contributions to this bill are closed (its status is {bill.status!r}); "
            "they are accepted while the consultation is open"
        )
    opens, closes = bill.opens_at, bill.closes_at
    if opens is not None and now < opens:
        until = f" and runs until {moment_text(closes)}" if closes is not None else ""
        return f"the consultation opens on {moment_text(opens)}{until}; contributions are not accepted yet"
    if closes is not None and now > closes:
        since = f"ran from {moment_text(opens)} to" if opens is not None else "closed on"
        return f"the consultation {since} {moment_text(closes)}; contributions are closed"
    return None


def may_contribute(actor: Actor, bill: Bill) -> None:
    """Officials always; others while the bill is open and within its consultation period."""
    if actor.is_official_of(bill.id):
        return
    refusal = consultation_refusal(bill, datetime.now(UTC))
    if refusal is not None:
        raise Forbidden(refusal)


def hidden_notice(reason: str) -> str:
    """The text shown instead of a hidden contribution (plain text)."""
    return HIDDEN_NOTICE.format(reason=reason)


def hidden_html(reason: str) -> str:
    """The same notice as safe HTML, for the `html` field of a hidden contribution."""
    return html.escape(hidden_notice(reason))


@dataclass(frozen=True, slots=True)
class Target:
    """An article (by bill and eid) or an amendment (by id) that people vote and argue on."""

    type: str
    key: str | int
    bill: str | int | None = None

    @classmethod
    def article(cls, bill_ref: str | int, eid: str) -> Target:
        if not eid or len(eid) > 200:
            raise InvalidInput(f"an article id has 1 to 200 characters, got {len(eid)}")
        return cls("article", eid, bill_ref)

    @classmethod
    def amendment(cls, amendment_id: int) -> Target:
        return cls("amendment", int(amendment_id))

    @property
    def stored_id(self) -> str:
        return str(self.key)

    def as_json(self) -> dict[str, str | int]:
        return {"target_type": self.type, "target_id": self.key}


def resolve(session: Session, actor: Actor | None, target: Target, *, writing: bool) -> tuple[Bill, Amendment | None]:
    """The bill of the target (locked when `writing`) and the amendment, if the target is one.

    Unknown articles and amendments, and others' drafts, are NotFound; when `writing`, an
    amendment that is no longer pending is a Conflict: votes and arguments follow the debate.
    """
    if target.type == "article":
        assert target.bill is not None
        bill = bill_rows.get(session, target.bill, lock=writing)
        rows.head_article(session, bill, str(target.key))
        return bill, None
    amendment_id = int(target.key)
    amendment = amendment_rows.get(session, amendment_id)
    bill = bill_rows.get(session, amendment.bill_id, lock=writing)
    if writing:  # re-read under the lock: it may just have been decided
        amendment = amendment_rows.get(session, amendment_id, lock=True)
    visibility.check_visible(session, actor, amendment)
    if writing:
        amendment_rows.to_model(amendment).check_takes_votes()
    if writing:
        visibility.refuse_hidden(f"amendment {amendment_id}", amendment, "voted or argued on")
    return bill, amendment
