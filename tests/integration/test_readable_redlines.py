"""Changes shown to people span whole words: amendments, the decision preview and the comparison."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendments_api import as_official, as_user, decide, propose


def test_an_amendment_s_redline_replaces_whole_words(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    text = bill["text1"].replace("la notification", "les notifications")
    amendment = propose(client, bill, text)
    # a character diff reads "l~~a~~<ins>es</ins> notification<ins>s</ins>" ("lesa notifications"), a trimmed
    # one "l~~a notification~~<ins>es notifications</ins>": both words go whole
    assert changes(amendment["diff"]) == [["-", "la notification"], ["+", "les notifications"]]
    preview = client.post(f"/api/bills/{bill['id']}/preview", json={"amendments": [amendment["id"]]}).json()
    assert changes(preview["articles"][0]["diff"]) == [["-", "la notification"], ["+", "les notifications"]]

    as_official(client)
    assert decide(client, amendment["id"]).status_code == 200
    compared = client.get(f"/api/bills/{bill['id']}/compare", params={"from": 1, "to": 2}).json()
    redline = compared["articles"]["modified"][0]["diff"]
    assert changes(redline) == [["-", "la notification"], ["+", "les notifications"]]


def changes(segments: list[list[str]]) -> list[list[str]]:
    return [s for s in segments if s[0] != "="]
