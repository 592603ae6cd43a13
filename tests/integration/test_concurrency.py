"""Writers that race: versions are numbered without gaps or duplicates, and nobody sees
"database is locked"."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from drafting.bootstrap import Services
from drafting.services.commands import Proposal
from tests.conftest import make_user
from tests.integration.test_bills_api import SMALL


def test_concurrent_stage_imports_get_distinct_consecutive_versions(services: Services) -> None:
    official = make_user(services, "r@example.org", "official")
    bill = services.bills.create(official, source=SMALL, fmt="markdown")
    official = services.accounts.actor_for(services.accounts.sign_in("r@example.org", "correct horse battery")[0])

    def add(i: int) -> int:
        source = SMALL.replace("aux essais.", f"aux essais numéro {i}.")
        return int(
            services.bills.add_stage(official, bill["id"], source=source, fmt="markdown", label=f"s{i}")["version"]
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        numbers = list(pool.map(add, range(8)))
    assert sorted(numbers) == list(range(2, 10))
    versions = services.bills.versions(bill["id"])
    assert [v["number"] for v in versions] == list(range(1, 10))
    assert all(v["parent"] == v["number"] - 1 for v in versions[1:])
    assert services.bills.verify(bill["id"]) == []
    assert services.bills.detail(bill["id"])["head_version"] == 9


def _post(url: str, body: dict[str, object], cookie: str) -> tuple[int, dict[str, object]]:
    import json
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"content-type": "application/json", "cookie": cookie},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.loads(error.read())


def test_two_officials_accepting_on_one_article_at_once_never_lose_an_update(services: Services, live_url: str) -> None:
    import threading

    from tests.conftest import PASSWORD

    first = make_user(services, "one@example.org", "official")
    bill = services.bills.create(first, source=SMALL, fmt="markdown")
    services.accounts.grant_official("one@example.org", str(bill["id"]))
    make_user(services, "two@example.org", "official")
    services.accounts.grant_official("two@example.org", str(bill["id"]))
    cookies = [
        "drafting_session=" + services.accounts.sign_in(email, PASSWORD)[0]
        for email in ("one@example.org", "two@example.org")
    ]
    author = services.accounts.actor_for(cookies[0].split("=", 1)[1])
    eid = services.bills.detail(bill["id"])["tree"]["children"][0]["children"][0]["eid"]
    text = services.bills.article(bill["id"], eid)["text"]
    rounds = 4
    for round_number in range(rounds):
        first_line, second_line = text.split("\n")
        a = services.amendments.propose(
            author,
            bill["id"],
            Proposal(article=eid, text=f"Le texte vaut pour le tour {round_number}.\n{second_line}"),
        )
        b = services.amendments.propose(
            author,
            bill["id"],
            Proposal(article=eid, text=f"{first_line}\nIl entre en vigueur le {round_number + 2} mai."),
        )
        barrier = threading.Barrier(2)
        results: list[tuple[int, dict[str, object]]] = []

        def accept(
            amendment_id: int,
            cookie: str,
            barrier: threading.Barrier = barrier,
            results: list[tuple[int, dict[str, object]]] = results,
        ) -> None:
            barrier.wait()
            results.append(
                _post(
                    f"{live_url}/api/amendments/{amendment_id}/decision",
                    {"decision": "accept", "reason": "ok"},
                    cookie,
                )
            )

        threads = [threading.Thread(target=accept, args=(x["id"], c)) for x, c in zip((a, b), cookies, strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert sorted(status for status, _ in results) in ([200, 200], [200, 409]), results
        text = services.bills.article(bill["id"], eid)["text"]
        # Every accepted change is in the text: nothing was lost.
        if all(status == 200 for status, _ in results):
            assert f"tour {round_number}." in text and f"{round_number + 2} mai" in text
    versions = services.bills.versions(bill["id"])
    assert [v["number"] for v in versions] == list(range(1, len(versions) + 1))
    assert services.bills.verify(bill["id"]) == []


def test_a_rectification_racing_a_decision_is_refused_not_applied_to_a_decided_amendment(services: Services) -> None:
    """The author's edit read the amendment before taking the bill's lock; on PostgreSQL an official
    could accept it in between, and the edit then went on with the row as first read: the amendment
    said one text, the law another. The decision is made at that exact moment here (just before the
    edit's lock is taken), so the race is not left to chance. SQLite serialises whole write
    transactions (BEGIN IMMEDIATE): there the decision could not run at that moment at all."""
    import threading

    import pytest
    from sqlalchemy import event

    from drafting.domain.errors import Conflict, Forbidden, InvalidInput
    from drafting.services.commands import AmendmentChanges

    if services.db.is_sqlite:
        pytest.skip("SQLite runs one write transaction at a time")
    official = make_user(services, "o@example.org", "official")
    bill = services.bills.create(official, source=SMALL, fmt="markdown")
    official = services.accounts.actor_for(services.accounts.sign_in("o@example.org", "correct horse battery")[0])
    services.bills.update(official, bill["id"], status="open")
    author = make_user(services, "a@example.org")
    eid = services.bills.detail(bill["id"])["tree"]["children"][0]["children"][0]["eid"]
    text = services.bills.article(bill["id"], eid)["text"]
    first_line, second_line = text.split("\n")
    amendment = services.amendments.propose(
        author, bill["id"], Proposal(article=eid, text=f"Un arrêté le fixe.\n{second_line}")
    )
    editing = threading.current_thread()
    fired: list[bool] = []

    def decide_first(conn: object, cursor: object, statement: str, *args: object) -> None:
        if threading.current_thread() is editing and not fired and "FOR UPDATE" in statement and "bills" in statement:
            fired.append(True)  # the edit is about to lock the bill: the official decides just before
            decision = {"decision": "accept", "reason": "ok"}
            deciding = (official, amendment["id"])
            other = threading.Thread(target=services.decisions.decide, args=deciding, kwargs=decision)
            other.start()
            other.join(timeout=60)

    event.listen(services.db.engine, "before_cursor_execute", decide_first)
    try:
        with pytest.raises((Conflict, Forbidden, InvalidInput)):
            changes = AmendmentChanges(text=f"Une loi le fixe.\n{second_line}")
            services.amendments.edit(author, amendment["id"], changes)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", decide_first)
    assert fired, "the edit took no lock on the bill: the race was not staged"
    stored = services.amendments.get(author, amendment["id"])
    assert stored["status"] == "accepted"
    assert str(stored["text"]).startswith("Un arrêté le fixe.")
    assert services.bills.article(bill["id"], eid)["text"].startswith("Un arrêté le fixe.")
