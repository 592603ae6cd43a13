"""What happened, as small frozen records, each type made by one constructor below. Services log
them (`eventlog.append`) in the write that made them; the write publishes them once it commits
(`Database.write`), so no listener ever hears of a change that was rolled back.
"""

from __future__ import annotations

from collections.abc import Mapping
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


# --- amendments -----------------------------------------------------------------------------------


def amendment_submitted(bill: int, amendment: int, article: str, revision: int | None = None) -> Event:
    data: dict[str, Any] = {"amendment": amendment, "article": article}
    if revision is not None:
        data["revision"] = revision
    return Event("amendment.submitted", bill, data)


def amendment_edited(bill: int, amendment: int, article: str, revision: int) -> Event:
    return Event("amendment.edited", bill, {"amendment": amendment, "article": article, "revision": revision})


def amendment_withdrawn(bill: int, amendment: int) -> Event:
    return Event("amendment.withdrawn", bill, {"amendment": amendment})


def amendment_fallen(bill: int, amendment: int, reason: str) -> Event:
    return Event("amendment.fallen", bill, {"amendment": amendment, "reason": reason})


def amendment_decided(bill: int, amendment: int, decision: str, version: int | None) -> Event:
    return Event("amendment.decided", bill, {"amendment": amendment, "decision": decision, "version": version})


def amendment_rebased(bill: int, amendment: int, version: int) -> Event:
    return Event("amendment.rebased", bill, {"amendment": amendment, "version": version})


def amendment_colliding(bill: int, amendment: int, collides_with: list[int], version: int) -> Event:
    data = {"amendment": amendment, "collides_with": collides_with, "version": version}
    return Event("amendment.colliding", bill, data)


# --- participation --------------------------------------------------------------------------------


def annotation_created(bill: int, annotation: int, article: str) -> Event:
    return Event("annotation.created", bill, {"annotation": annotation, "article": article})


def annotations_reanchored(bill: int, article: str, version: int, annotations: int, orphaned: list[int]) -> Event:
    data = {"article": article, "version": version, "annotations": annotations, "orphaned": orphaned}
    return Event("annotations.reanchored", bill, data)


def argument_created(bill: int, argument: int, stance: str, target: dict[str, Any]) -> Event:
    return Event("argument.created", bill, {"argument": argument, "stance": stance, **target})


def argument_useful(bill: int, argument: int, useful: int) -> Event:
    return Event("argument.useful", bill, {"argument": argument, "useful": useful})


def _comment(kind: str, bill: int, comment: int, target_type: str, target_id: int | str) -> Event:
    return Event(kind, bill, {"comment": comment, "target_type": target_type, "target_id": target_id})


def comment_created(bill: int, comment: int, target_type: str, target_id: int | str) -> Event:
    return _comment("comment.created", bill, comment, target_type, target_id)


def comment_edited(bill: int, comment: int, target_type: str, target_id: int | str) -> Event:
    return _comment("comment.edited", bill, comment, target_type, target_id)


def comment_deleted(bill: int, comment: int, target_type: str, target_id: int | str) -> Event:
    return _comment("comment.deleted", bill, comment, target_type, target_id)


def moderated(bill: int, target_type: str, target_id: int, hidden: bool, reason: str | None) -> Event:
    """`{target_type}.hidden` (with its public reason) or `{target_type}.restored`."""
    data: dict[str, Any] = {target_type: target_id, "target_type": target_type, "target_id": target_id}
    if hidden:
        data["reason"] = reason
    return Event(f"{target_type}.{'hidden' if hidden else 'restored'}", bill, data)


def tally_changed(bill: int, target: dict[str, Any], tally: Mapping[str, object]) -> Event:
    return Event("tally.changed", bill, {**target, "tally": tally})


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
