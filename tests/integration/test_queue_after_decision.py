"""The queue after a decision posted from it, without script: it says what was decided (read from the
database, never from the address), focuses that message, and leads to the next amendment; a refused
decision says nothing was decided. A skip link leads past the imported drafts to the decisions."""

from __future__ import annotations

import re
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from tests.integration.test_amendment_pages import HTML, post_form
from tests.integration.test_amendments_api import as_official, as_user, propose


def test_after_a_decision_the_queue_says_what_was_decided_and_what_is_next(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    first = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    second = propose(client, bill, bill["text1"].replace("Journal officiel", "Bulletin officiel"))
    as_official(client)
    queue = client.get(f"/bills/{bill['id']}/queue", headers=HTML).text
    assert '<a href="#decisions">Aller aux amendements à décider</a>' in queue and 'id="decisions"' in queue
    form = r'action="/amendments/(\d+)/decision">\s*<input type="hidden" name="next" value="([^"]+)"'
    nexts = dict(re.findall(form, queue))
    assert nexts[str(first["id"])].endswith(f"&amp;decided={first['id']}")

    def decide(amendment: dict[str, Any], decision: str, reason: str) -> str:
        back = nexts[str(amendment["id"])].replace("&amp;", "&")
        sent = post_form(client, f"/amendments/{amendment['id']}/decision",
                         {"decision": decision, "reason": reason, "next": back})  # fmt: skip
        assert sent.status_code == 303
        return str(client.get(sent.headers["location"], headers=HTML).text)

    assert "data-decided" not in decide(first, "accept", "")  # refused, still pending: its card says why
    page = decide(second, "reject", "Hors sujet.")
    found = '<div class="decided-status" id="decided" role="status" tabindex="-1" autofocus data-decided>(.*?)</div>'
    status = re.search(found, page, re.S)
    assert status, "no status message after the decision"
    assert f"Amendement n° {second['number']} rejeté." in status.group(1)
    assert f'href="#amendment-{first["id"]}">Amendement suivant : n° {first["number"]}</a>' in status.group(1)

    forged = client.get(f"/bills/{bill['id']}/queue?decided={first['id']}", headers=HTML).text
    assert "data-decided" not in forged  # the address names a pending amendment: nothing is claimed
