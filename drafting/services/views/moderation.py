"""Views of moderation: reports, hides and restores (`/api/reports`, `/api/bills/{bill}/reports`,
`/api/moderation`, `/api/bills/{bill}/moderation-log`, and the moderation page)."""

from __future__ import annotations

from typing import TypedDict


class ReportedContent(TypedDict):
    """What a reported contribution says (an amendment's text and justification), for moderators."""

    author: str
    text: str
    hidden_reason: str | None


class ReportView(TypedDict):
    """A report; `content` is None in the answer to its author, who knows it."""

    id: int
    type: str
    target_id: int
    reason: str
    created_at: str
    resolved_at: str | None
    content: ReportedContent | None


class ModerationResult(TypedDict):
    """`POST /api/moderation`: the contribution's state after a hide or restore, and how many open
    reports on it were resolved."""

    type: str
    id: int
    hidden: bool
    hidden_reason: str | None
    resolved_reports: int


class ModerationActionView(TypedDict):
    """An entry of the moderation log: who hid or restored what, and why."""

    id: int
    type: str
    target_id: int
    action: str
    by: str
    reason: str
    at: str
