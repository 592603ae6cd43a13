"""The unit of work (`Database.write`): events logged in a write reach listeners after its commit,
in the order logged, and never when it rolls back, so no follower hears of a change that was undone.
Services no longer publish by hand: a write given the bus publishes what it logged.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from drafting.bootstrap import Services
from drafting.domain import events
from drafting.realtime.bus import MemoryBus
from drafting.services.bills import Bills
from drafting.storage import eventlog
from tests.conftest import make_user
from tests.integration.test_bills_api import SMALL


def logged_types(services: Services, bill: int) -> list[str]:
    with services.db.read() as session:
        return [e["type"] for e in eventlog.since(session, bill, 0)]


def test_a_service_publishes_what_it_logged_after_the_commit_and_nothing_on_rollback(services: Services) -> None:
    bus = MemoryBus()
    heard: list[dict[str, Any]] = []
    bus.subscribe(heard.append)
    official = make_user(services, "rapporteure@example.org", "official")
    bill = Bills(services.db, bus).create(official, source=SMALL, fmt="markdown")["id"]
    # the listener heard the two events, in the order logged, with the ids the log gave them
    assert [(e["type"], e["id"]) for e in heard] == [("bill.created", 1), ("version.published", 2)]
    assert logged_types(services, bill) == ["bill.created", "version.published"]

    with pytest.raises(RuntimeError), services.db.write(bus.publish) as session:
        eventlog.append(session, events.bill_updated(bill, {"title": "Annulé"}), datetime.now(UTC))
        raise RuntimeError("the action fails after logging its event")
    assert len(heard) == 2  # nothing heard of the rolled-back change
    assert logged_types(services, bill) == ["bill.created", "version.published"]

    with services.db.write(bus.publish) as session:
        eventlog.append(session, events.bill_updated(bill, {"title": "Gardé"}), datetime.now(UTC))
        assert len(heard) == 2  # not before the commit
    assert (heard[-1]["type"], heard[-1]["id"], heard[-1]["changes"]) == ("bill.updated", 3, {"title": "Gardé"})
