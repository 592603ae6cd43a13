"""Consultation opened / closed events: pushed when an official opens or closes a bill, and when an
end of its period passes, by the clock every app process runs; announced once however many run."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from drafting.services.commands import Period
from drafting.services.consultations import Consultations
from drafting.storage import eventlog
from tests.integration.test_bills_api import SMALL
from tests.integration.test_live import WAIT, app, as_official, follow, live, official, receive, server

__all__ = ["app", "live", "official", "server"]  # fixtures, imported for their names

CONSULTATION = {"consultation.opened", "consultation.closed"}


def consultation_events(services: Services, bill: int) -> list[dict[str, Any]]:
    with services.db.read() as session:
        return [e for e in eventlog.since(session, bill, 0) if e["type"] in CONSULTATION]


def test_opening_and_closing_a_bill_is_pushed_and_the_clock_closes_it_at_its_date(
    live: Services, server: str, official: Actor
) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    official = as_official(official, bill)
    with follow(server, bill) as ws:
        assert json.loads(ws.recv(timeout=WAIT))["type"] == "hello"
        live.bills.update(official, bill, status="open")
        opened = [m for m in receive(ws, lambda m: m["type"] in CONSULTATION) if "id" in m]
        assert [m["type"] for m in opened] == ["bill.updated", "consultation.opened"]
        assert opened[-1]["closes_at"] is None

        closes = datetime.now(UTC) + timedelta(seconds=1)
        live.bills.update(official, bill, period=Period(closes_at=closes))
        # no one sets the status: the app's own clock announces the end of the period
        closed = receive(ws, lambda m: m["type"] in CONSULTATION)[-1]
        assert closed["type"] == "consultation.closed" and closed["closes_at"] == closes.isoformat()
    assert [e["type"] for e in consultation_events(live, bill)] == ["consultation.opened", "consultation.closed"]


def test_the_clock_announces_each_end_of_a_period_once_and_says_when_the_next_is_due(
    live: Services, official: Actor
) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    opens, closes = datetime(2031, 9, 26, 10, tzinfo=UTC), datetime(2031, 10, 18, 23, 59, tzinfo=UTC)
    # open, but not yet within its period: nothing to announce
    live.bills.update(as_official(official, bill), bill, status="open", period=Period(opens_at=opens, closes_at=closes))
    assert consultation_events(live, bill) == []

    before = opens - timedelta(hours=1)
    assert live.consultations.tick(before) == timedelta(hours=1, milliseconds=1)
    assert consultation_events(live, bill) == []

    during = opens + timedelta(seconds=1)
    clocks = [Consultations(live.db, live.bus) for _ in range(4)]  # as many processes
    with ThreadPoolExecutor(len(clocks)) as pool:
        list(pool.map(lambda clock: clock.tick(during), clocks))
    assert [e["type"] for e in consultation_events(live, bill)] == ["consultation.opened"]

    live.consultations.tick(closes + timedelta(seconds=1))
    assert live.consultations.tick(closes + timedelta(seconds=2)) is None  # nothing ahead
    announced = consultation_events(live, bill)
    assert [e["type"] for e in announced] == ["consultation.opened", "consultation.closed"]
    assert announced[-1]["opens_at"] == opens.isoformat()


def test_closing_a_bill_by_its_status_is_announced_and_a_draft_announces_nothing(
    live: Services, official: Actor
) -> None:
    bill = live.bills.create(official, source=SMALL, fmt="markdown")["id"]
    official = as_official(official, bill)
    live.bills.update(official, bill, title="Un autre titre")
    assert consultation_events(live, bill) == []
    live.bills.update(official, bill, status="open")
    live.bills.update(official, bill, status="adopted")
    assert [e["type"] for e in consultation_events(live, bill)] == ["consultation.opened", "consultation.closed"]
