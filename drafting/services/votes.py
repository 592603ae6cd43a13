"""Votes on articles and amendments (d'accord / mitigé / pas d'accord): one per person, changeable;
the tallies are kept in step in the same transaction, and an amendment's support is agree − disagree.
"""

from __future__ import annotations

from datetime import UTC, datetime

from drafting.domain import events
from drafting.domain.errors import InvalidInput
from drafting.domain.permissions import Actor, require_signed_in
from drafting.realtime.bus import MemoryBus
from drafting.services.participation import Target, may_contribute, resolve
from drafting.services.views.participation import TallyCounts, VoteResult
from drafting.storage import bills as bill_rows
from drafting.storage import eventlog
from drafting.storage import participation as rows
from drafting.storage.database import Database
from drafting.storage.models import Vote


def _check_type(target_type: str) -> str:
    if target_type not in rows.TARGETS:
        raise InvalidInput(f"type must be article or amendment, got {target_type!r}")
    return target_type


class Votes:
    def __init__(self, db: Database, bus: MemoryBus) -> None:
        self.db = db
        self.bus = bus

    def cast(self, actor: Actor | None, target: Target, value: str) -> VoteResult:
        """Vote `value` on the target, or change one's vote to it."""
        return self._change(actor, target, value)

    def retract(self, actor: Actor | None, target: Target) -> VoteResult:
        """Remove one's vote; removing a vote one does not have changes nothing."""
        return self._change(actor, target, None)

    def _change(self, actor: Actor | None, target: Target, value: str | None) -> VoteResult:
        voter = require_signed_in(actor)
        if value is not None and value not in rows.VALUES:
            raise InvalidInput(f"value must be one of {', '.join(rows.VALUES)}, got {value!r}")
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            bill, amendment = resolve(session, voter, target, writing=True)
            may_contribute(voter, bill)
            tally = rows.tally(session, bill.id, target.type, target.stored_id)
            mine = rows.vote(session, bill.id, target.type, target.stored_id, voter.id)
            revision = amendment.revision if amendment is not None else None  # the text it is cast on
            before = mine.value if mine is not None else None
            if before != value:
                if before is not None:
                    rows.move(tally, before, -1)
                if value is not None:
                    rows.move(tally, value, +1)
                if mine is None and value is not None:
                    session.add(
                        Vote(
                            bill_id=bill.id,
                            target_type=target.type,
                            target_id=target.stored_id,
                            user_id=voter.id,
                            value=value,
                            at=now,
                            revision=revision,
                        )
                    )
                elif mine is not None and value is None:
                    session.delete(mine)
                elif mine is not None and value is not None:
                    mine.value, mine.at, mine.revision = value, now, revision
                if amendment is not None:
                    amendment.support = tally.agree - tally.disagree
                eventlog.append(session, events.tally_changed(bill.id, target.as_json(), rows.tally_json(tally)), now)
            result: VoteResult = {"tally": rows.tally_json(tally), "mine": value}
            if amendment is not None:
                result["revision"] = revision
        return result

    def tallies(self, bill_ref: str | int, target_type: str) -> dict[str | int, TallyCounts]:
        """Every tally of the bill's articles (by eid) or amendments (by id); targets nobody voted
        on are absent (their tally is zeros)."""
        _check_type(target_type)
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            return rows.tallies_for(session, bill.id, target_type)

    def mine(self, actor: Actor | None, bill_ref: str | int, target_type: str) -> dict[str | int, str]:
        """The signed-in user's votes on the bill's articles or amendments; empty when signed out."""
        _check_type(target_type)
        if actor is None:
            return {}
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            return rows.votes_of(session, bill.id, target_type, actor.id)
