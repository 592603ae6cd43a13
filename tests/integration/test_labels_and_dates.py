"""A French document reads as French: the liasse says what it was filtered on in words (« adoptés »,
« article 2 »), not codes; a date Parliament gives without an hour is written as that date, not as
« 1 h 00 » (midnight UTC moved to Paris time)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from drafting.web.formatting import day, day_and_time
from tests.integration.test_amendment_pages import HTML
from tests.integration.test_amendments_api import as_official, as_user, decide, propose
from tests.integration.test_parliament_pages import ROWS, listing, upload


def test_the_liasse_names_its_filters_in_words(services: Services, client: TestClient, bill: dict[str, Any]) -> None:
    as_user(services, client, "camille@example.org")
    on_two = propose(client, bill, "Le présent article entre en vigueur le 1er juillet 2027.", article=bill["art2"])
    as_official(client)
    assert decide(client, on_two["id"]).status_code == 200
    url = f"/api/bills/{bill['id']}/amendments/export?format=html&status=accepted&article={bill['art2']}"
    page = client.get(url).text
    assert "Filtre : adoptés, article 2" in page and "<p>1 amendement</p>" in page
    assert "accepted" not in page.split("Filtre", 1)[1][:60] and "art_2" not in page


def test_a_date_without_an_hour_is_written_as_a_date() -> None:
    assert day_and_time("2026-12-01") == "1er décembre 2026"
    assert day_and_time(date(2026, 12, 1), "en") == "1 December 2026"
    assert day("2026-12-01") == "1er décembre 2026"
    assert day_and_time(datetime(2026, 12, 1, 9, 30, tzinfo=UTC)) == "1er décembre 2026 à 10 h 30"  # Paris time


def test_an_imported_amendment_shows_the_day_parliament_dated_it_without_an_hour(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_official(client)
    assert upload(client, bill, listing(ROWS[0])).status_code == 200
    imported = client.get(f"/api/bills/{bill['id']}/amendments").json()["items"][0]
    page = client.get(f"/amendments/{imported['id']}", headers=HTML).text
    steps = page.split('<ol class="steps">', 1)[1].split("</ol>", 1)[0]
    first = re.search(r"<time datetime=\"([^\"]+)\">([^<]+)</time>", steps)
    assert first and first.groups() == ("2013-06-20", "20 juin 2013")
    assert " h 00" not in steps
