"""Hiding and restoring a contribution: one rule for every kind (argument, comment, annotation,
amendment). A hidden contribution is kept, never deleted; hiding says why, in public.

    visible ──hide(reason)──> hidden ──restore(reason)──> visible
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from drafting.domain import events
from drafting.domain.errors import Conflict


class Moderated(Protocol):
    """What the rule reads and changes."""

    id: int
    bill_id: int
    hidden_reason: str | None
    events: list[events.Event]

    @property
    def target_type(self) -> str: ...


class Moderable(Moderated, Protocol):
    """`Contribution` below, or an `Amendment` of domain/amendment.py."""

    def hide(self, reason: str) -> None: ...

    def restore(self, reason: str) -> None: ...


def hide(target: Moderated, reason: str) -> None:
    if target.hidden_reason is not None:
        raise Conflict(f"{target.target_type} {target.id} is already hidden ({target.hidden_reason})")
    target.hidden_reason = reason
    target.events.append(events.moderated(target.bill_id, target.target_type, target.id, True, reason))


def restore(target: Moderated, reason: str) -> None:
    """The moderator's reason is logged by the service; the restored contribution's event carries none."""
    if target.hidden_reason is None:
        raise Conflict(f"{target.target_type} {target.id} is not hidden: there is nothing to restore")
    target.hidden_reason = None
    target.events.append(events.moderated(target.bill_id, target.target_type, target.id, False, None))


@dataclass(slots=True)
class Contribution:
    """An argument, a comment or an annotation, as moderation sees it."""

    kind: str
    id: int
    bill_id: int
    hidden_reason: str | None
    events: list[events.Event] = field(default_factory=list)

    @property
    def target_type(self) -> str:
        return self.kind

    def hide(self, reason: str) -> None:
        hide(self, reason)

    def restore(self, reason: str) -> None:
        restore(self, reason)
