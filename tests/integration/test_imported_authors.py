"""An amendment imported from Parliament names its authors once on the lists (the queue's « à vérifier »
drafts, the bill's list, the article's slot): in Parliament's line « Amendement n° … au Parlement,
présenté par … », not again in its line of details, where an amendment written here names its author."""

from __future__ import annotations

import re
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.integration.test_amendments_api import as_official, as_user, propose
from tests.integration.test_parliament_pages import HTML, ONE_YEAR, ROWS, listing, text_of, upload


def cards(html: str) -> dict[str, str]:
    """Each amendment card of a page, by its id, as a reader sees it."""
    found = re.findall(r'<li class="amendment [^"]*" id="amendment-(\d+)".*?</article>', html, re.S)
    bodies = re.findall(r'(<li class="amendment [^"]*" id="amendment-\d+".*?</article>)', html, re.S)
    return {i: text_of(body) for i, body in zip(found, bodies, strict=True)}


def test_an_imported_amendments_authors_are_named_once_and_parliaments_line_kept(
    services: Services, client: TestClient, bill: dict[str, Any], official: Actor
) -> None:
    as_user(services, client, "camille@example.org")
    own = propose(client, bill, bill["text1"].replace("six mois", "trois mois"))
    as_official(client)
    unsigned = {"numero": "8", "sujet": "Article 1er", "texte": ONE_YEAR.replace("un an", "neuf mois")}
    assert upload(client, bill, listing(*ROWS, unsigned)).status_code == 200
    by_number = {
        a["parliament_number"]: a["id"]
        for status in ("draft", "submitted")
        for a in client.get(f"/api/bills/{bill['id']}/amendments", params={"status": status}).json()["items"]
    }
    flagged, applied, bare = str(by_number["COM-2"]), str(by_number["7"]), str(by_number["8"])

    queue = client.get(f"/bills/{bill['id']}/queue", headers=HTML).text
    to_check = cards(queue.split('id="to-check"', 1)[1].split("</section>", 1)[0])
    assert list(to_check) == [flagged]
    assert "Amendement n° COM-2 au Parlement, présenté par M. Petit · Sort au Parlement : Adopté" in to_check[flagged]
    assert to_check[flagged].count("M. Petit") == 1

    drafts = cards(client.get(f"/bills/{bill['id']}/amendments?status=draft&mine=1", headers=HTML).text)
    assert drafts[flagged].count("M. Petit") == 1 and "présenté par M. Petit" in drafts[flagged]

    listed = cards(client.get(f"/bills/{bill['id']}/amendments?status=submitted", headers=HTML).text)
    assert listed[applied].count("Mme Martin, M. Durand") == 1  # said once, by Parliament's line
    assert "présenté par Mme Martin, M. Durand" in listed[applied]
    assert "Rapporteure," in listed[bare] and "Amendement n° 8 au Parlement" in listed[bare]  # no authors given
    assert "présenté par" not in listed[bare]
    assert re.search(r"n° \d+ · Camille, ", listed[str(own["id"])])  # one written here names its author
