"""What happened, as small frozen records. Services log them in the transaction that made them
and publish them only after it commits, so no listener ever hears of a change that was rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    bill: int
    data: dict[str, Any] = field(default_factory=dict)

    def payload(self) -> dict[str, Any]:
        return {"type": self.type, "bill": self.bill, **self.data}


def bill_created(bill: int, title: str, version: int) -> Event:
    return Event("bill.created", bill, {"title": title, "version": version})


def bill_updated(bill: int, changes: dict[str, Any]) -> Event:
    return Event("bill.updated", bill, {"changes": changes})


def version_published(bill: int, version: int, label: str, changed: int) -> Event:
    return Event("version.published", bill, {"version": version, "label": label, "changed_nodes": changed})


def consultation_changed(bill: int, opened: bool, opens_at: str | None, closes_at: str | None) -> Event:
    """Contributions start or stop being taken: the status changed, or an end of the period passed."""
    kind = "consultation.opened" if opened else "consultation.closed"
    return Event(kind, bill, {"opens_at": opens_at, "closes_at": closes_at})


def contributions_imported(bill: int, proposals: int, arguments: int, hidden: int) -> Event:
    """An earlier consultation's contributions arrived at once: followers refetch rather than
    hearing of thousands of rows one by one."""
    return Event("contributions.imported", bill, {"proposals": proposals, "arguments": arguments, "hidden": hidden})


# The key of a personal notice's payload naming the one user it is for: the log keeps it, the live
# layer delivers the notice to that user's connections only, without it (docs/realtime.md).
RECIPIENT = "recipient"


def notice(bill: int, user: int, about: str, data: dict[str, Any]) -> Event:
    """What concerns one user alone (their amendment collides, or fell): `about` is the public
    event it goes with. Public events never name people; this one reaches `user` only."""
    return Event("notice", bill, {"about": about, **data, RECIPIENT: user})


__all__ = [
    "RECIPIENT",
    "Event",
    "bill_created",
    "bill_updated",
    "consultation_changed",
    "contributions_imported",
    "notice",
    "version_published",
]
