"""The page of one amendment reads what concerns that amendment only: as many statements on a bill
with one other amendment as on a bill with many (each with arguments and votes), and no other
amendment's arguments loaded. Counted on the real engine and ORM with SQLAlchemy event listeners."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.storage.models import Argument
from tests.integration.test_amendment_pages import HTML
from tests.integration.test_amendments_api import as_user, propose

# Meanwhile the live layer, in its own threads, catches up with the events the setup logged (on
# PostgreSQL, its listener reads them from the log after each NOTIFY): not the page's statements.
LIVE_LAYER = re.compile(r"\b(FROM|INTO|UPDATE) (events|presence)\b")


@contextmanager
def counting(services: Services) -> Iterator[dict[str, Any]]:
    """The statements the engine runs, and the targets of the arguments the ORM loads, meanwhile."""
    seen: dict[str, Any] = {"statements": [], "argument_targets": []}

    def statement(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        if not LIVE_LAYER.search(sql):
            seen["statements"].append(sql)

    def loaded(argument: Argument, context: Any) -> None:
        seen["argument_targets"].append(argument.target_id)

    event.listen(services.db.engine, "before_cursor_execute", statement)
    event.listen(Argument, "load", loaded)
    try:
        yield seen
    finally:
        event.remove(services.db.engine, "before_cursor_execute", statement)
        event.remove(Argument, "load", loaded)


def argued_and_voted(client: TestClient, amendment_id: int) -> None:
    for stance in ("for", "against"):
        response = client.post(f"/api/amendments/{amendment_id}/arguments", json={"stance": stance, "body": stance})
        assert response.status_code == 201, response.text
    assert client.post(f"/api/amendments/{amendment_id}/votes", json={"value": "agree"}).status_code == 200


def test_the_amendment_page_reads_only_its_own_arguments_however_big_the_bill(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    mine = propose(client, bill, bill["text1"].replace("six mois", "neuf mois"))
    rival = propose(client, bill, bill["text1"].replace("six mois", "un an"))  # collides: named on the page
    as_user(services, client, "dominique@example.org")  # the reader has voted and argued here and there
    argued_and_voted(client, mine["id"])
    argued_and_voted(client, rival["id"])
    url = f"/amendments/{mine['id']}"
    with counting(services) as small:
        html = client.get(url, headers=HTML).text
    assert html.count('<data value="1">1</data></h3>') == 2  # « Pour : 1 », « Contre : 1 »

    for n in range(20):  # the bill grows: many more amendments, each argued and voted on
        other = propose(client, bill, bill["text1"].replace("six mois", f"{n + 2} mois"))
        argued_and_voted(client, other["id"])
    with counting(services) as large:
        html = client.get(url, headers=HTML).text
    assert html.count('<data value="1">1</data></h3>') == 2  # « Pour : 1 », « Contre : 1 »

    assert len(large["statements"]) == len(small["statements"]), "the page's statements grow with the bill"
    assert small["argument_targets"] == large["argument_targets"] == [str(mine["id"])] * 2
