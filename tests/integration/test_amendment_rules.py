"""The amendment rules that proved wrong when tried as users would (issue 13, point 3)."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendments_api import as_official, as_user, decide, propose


def test_a_change_already_made_falls_with_a_reason(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "a@example.org")
    first = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    as_user(services, client, "b@example.org")
    same = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    both = propose(client, bill, bill["text1"].replace("six mois", "un an").replace("Journal", "Bulletin"))
    as_official(client)
    assert decide(client, first["id"]).status_code == 200
    fallen = client.get(f"/api/amendments/{same['id']}").json()
    assert fallen["status"] == "fallen" and fallen["colliding"] is False
    assert fallen["history"][-1]["reason"] == f"the change it proposes was already made by amendment {first['id']}"
    # one of its changes was made: the other still stands, on the new text
    rest = client.get(f"/api/amendments/{both['id']}").json()
    assert rest["status"] == "submitted" and rest["colliding"] is False and rest["base_version"] == 2
    assert decide(client, both["id"]).status_code == 200
    text = client.get(f"/api/bills/{bill['id']}/articles/{bill['art1']}").json()["text"]
    assert "un an" in text and "Bulletin officiel" in text
