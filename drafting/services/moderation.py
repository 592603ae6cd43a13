"""Moderation: anyone signed in reports a contribution; the bill's officials and moderators review
the open reports, hide or restore the contribution (kept, never deleted) and every act is logged.
"""

from __future__ import annotations

from datetime import UTC, datetime

from drafting.domain.errors import Conflict, Forbidden, InvalidInput
from drafting.domain.permissions import Actor, require_signed_in
from drafting.realtime.bus import MemoryBus
from drafting.services import visibility
from drafting.services.views.moderation import ModerationActionView, ModerationResult, ReportView
from drafting.services.views.paging import Page
from drafting.storage import bills as bill_rows
from drafting.storage import contributions
from drafting.storage import participation as rows
from drafting.storage.database import Database
from drafting.storage.models import Amendment, Contribution, ModerationAction, Report

TYPES = tuple(rows.MODERATED)
ACTIONS = ("hide", "restore")
MAX_REASON = 2000


def may_moderate(actor: Actor | None, bill_id: int) -> Actor:
    """Moderators and admins everywhere, officials on their bills."""
    user = require_signed_in(actor)
    if user.role not in ("moderator", "admin") and not user.is_official_of(bill_id):
        raise Forbidden(f"only moderators and the officials of bill {bill_id} may moderate its contributions")
    return user


def may_moderate_somewhere(actor: Actor | None) -> Actor:
    """Moderators, admins and officials of some bill: checked before a moderation request is read."""
    user = require_signed_in(actor)
    if user.role not in ("moderator", "admin") and not user.bills:
        raise Forbidden("only moderators and the officials of a bill may moderate contributions")
    return user


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("give a reason: it is shown to the moderators (and, for a hide, to readers)")
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"the reason has {len(reason)} characters; at most {MAX_REASON} are allowed")
    return reason


def _check_type(target_type: str) -> None:
    if target_type not in TYPES:
        raise InvalidInput(f"type must be one of {', '.join(TYPES)}, got {target_type!r}")


def _text(row: Contribution) -> str:
    """What the contribution says: the body, or for an amendment its text and justification."""
    if isinstance(row, Amendment):
        return f"{row.proposed_text}\n\n{row.justification}".strip()
    return str(row.body)


def report_json(report: Report, row: Contribution | None) -> ReportView:
    return {
        "id": report.id,
        "type": report.target_type,
        "target_id": report.target_id,
        "reason": report.reason,
        "created_at": report.created_at.isoformat(),
        "resolved_at": report.resolved_at.isoformat() if report.resolved_at else None,
        "content": None
        if row is None
        else {"author": row.author_name, "text": _text(row), "hidden_reason": row.hidden_reason},
    }


def action_json(action: ModerationAction) -> ModerationActionView:
    return {
        "id": action.id,
        "type": action.target_type,
        "target_id": action.target_id,
        "action": action.action,
        "by": action.actor_name,
        "reason": action.reason,
        "at": action.at.isoformat(),
    }


class Moderation:
    def __init__(self, db: Database, bus: MemoryBus) -> None:
        self.db = db
        self.bus = bus

    def report(self, actor: Actor | None, target_type: str, target_id: int, reason: str) -> ReportView:
        reporter = require_signed_in(actor)
        _check_type(target_type)
        reason = _reason(reason)
        with self.db.write() as session:
            row = rows.contribution(session, target_type, target_id)
            if isinstance(row, Amendment):
                visibility.check_visible(session, reporter, row)
            if rows.open_report_by(session, target_type, target_id, reporter.id) is not None:
                raise Conflict(f"you already reported this {target_type}; moderators will review it")
            report = Report(
                bill_id=row.bill_id,
                target_type=target_type,
                target_id=target_id,
                reporter_id=reporter.id,
                reason=reason,
                created_at=datetime.now(UTC),
            )
            session.add(report)
            session.flush()
            return report_json(report, None)

    def reports(
        self, actor: Actor | None, bill_ref: str | int, *, page: int = 1, per_page: int = 50
    ) -> Page[ReportView]:
        """The bill's open reports, oldest first, each with the contribution it is about."""
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            may_moderate(actor, bill.id)
            found = rows.open_reports(session, bill.id, offset=(page - 1) * per_page, limit=per_page + 1)
            items = [report_json(r, rows.contribution(session, r.target_type, r.target_id)) for r in found[:per_page]]
            return {"items": items, "page": page, "next_page": page + 1 if len(found) > per_page else None}

    def act(self, actor: Actor | None, target_type: str, target_id: int, action: str, reason: str) -> ModerationResult:
        """Hide or restore a contribution; its open reports are resolved and the act is logged."""
        require_signed_in(actor)
        _check_type(target_type)
        if action not in ACTIONS:
            raise InvalidInput(f"action must be hide or restore, got {action!r}")
        reason = _reason(reason)
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            found = rows.contribution(session, target_type, target_id)
            if isinstance(found, Amendment):  # a draft is its author's alone, moderators included
                visibility.check_visible(session, None, found)
            moderator = may_moderate(actor, found.bill_id)
            bill = bill_rows.get(session, found.bill_id, lock=True)
            row = rows.contribution(session, target_type, target_id, lock=True)
            target = rows.moderable(row, target_type)
            target.hide(reason) if action == "hide" else target.restore(reason)
            rows.save_moderated(session, row, target, now)
            resolved = rows.open_reports_on(session, target_type, target_id)
            for report in resolved:
                report.resolved_at = now
            contributions.record_moderation(session, bill.id, (target_type, target_id), action, moderator, reason, now)
            return {
                "type": target_type,
                "id": target_id,
                "hidden": row.hidden_reason is not None,
                "hidden_reason": row.hidden_reason,
                "resolved_reports": len(resolved),
            }

    def log(
        self, actor: Actor | None, bill_ref: str | int, *, page: int = 1, per_page: int = 50
    ) -> Page[ModerationActionView]:
        """Every hide and restore on the bill, newest first."""
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            may_moderate(actor, bill.id)
            found = rows.moderation_log(session, bill.id, offset=(page - 1) * per_page, limit=per_page + 1)
            return {
                "items": [action_json(a) for a in found[:per_page]],
                "page": page,
                "next_page": page + 1 if len(found) > per_page else None,
            }
