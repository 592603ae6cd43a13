"""The whole 2015 consultation in one bill: the demo carries its 3,994 arguments and 666 citizen
proposals, every list is read page by page through the API, and the binned ones arrive hidden."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.services.demo import load_demo_if_empty
from drafting.storage import eventlog

DATA = "participation/fr_republique-numerique_2015"


def every_page(client: TestClient, url: str, **params: Any) -> list[dict[str, Any]]:
    items, page = [], 1
    while page:
        listing = client.get(url, params={**params, "page": page})
        assert listing.status_code == 200, listing.text
        items += listing.json()["items"]
        page = listing.json()["next_page"]
    return items


def test_the_demo_holds_every_argument_and_proposal_of_2015_listed_page_by_page(
    shared: Path, services: Services, client: TestClient
) -> None:
    bill_id = load_demo_if_empty(services)
    assert bill_id is not None
    with (shared / DATA / "comments_arguments.csv").open(encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    with (shared / DATA / "citizen_proposals.csv").open(encoding="utf-8") as source:
        proposals = list(csv.DictReader(source))

    amendments = every_page(client, f"/api/bills/{bill_id}/amendments", per_page=100)
    assert len(amendments) == len({a["id"] for a in amendments}) == 666
    assert {a["kind"] for a in amendments} == {"insert"} and {a["status"] for a in amendments} == {"submitted"}
    # The most supported proposal of 2015 (735 for, 3 against) leads the ranking.
    ranked = client.get(f"/api/bills/{bill_id}/amendments", params={"sort": "support", "per_page": 50}).json()
    supports = [a["support"] for a in ranked["items"]]
    assert supports == sorted(supports, reverse=True) and ranked["next_page"] == 2
    best = max(proposals, key=lambda p: int(p["votes_ok"]) - int(p["votes_nok"]))
    assert ranked["items"][0]["heading"] == best["title"]
    assert ranked["items"][0]["tally"] == {
        "agree": int(best["votes_ok"]),
        "mixed": int(best["votes_mitige"]),
        "disagree": int(best["votes_nok"]),
    }

    # Each article lists exactly the arguments 2015 posted on it, across pages, for and against.
    tree = client.get(f"/api/bills/{bill_id}").json()["tree"]
    articles = [a for section in tree["children"] for a in section["children"]]
    on_articles = [r for r in rows if r["opinion_kind"] == "government_article"]
    expected = Counter(r["opinion_title"].split(" - ")[0].split()[-1] for r in on_articles)
    busiest = max(articles, key=lambda a: expected[a["num"]])
    listed = every_page(client, f"/api/bills/{bill_id}/articles/{busiest['eid']}/arguments")
    assert len(listed) == len({a["id"] for a in listed}) == expected[busiest["num"]] > 100
    assert {a["stance"] for a in listed} == {"for", "against"}
    assert articles[0]["tally"] == {"agree": 2237, "mixed": 161, "disagree": 49}

    # Arguments on proposals hang on the amendments they became.
    on_best = [r for r in rows if r["opinion_id"] == best["opinion_id"]]
    best_id = ranked["items"][0]["id"]
    assert len(every_page(client, f"/api/amendments/{best_id}/arguments")) == len(on_best) > 0
    everything = client.get(f"/api/bills/{bill_id}/opendata?format=json").json()
    assert len(everything["arguments"]) == 3994

    # The four proposals the 2015 moderators binned are kept, shown masked with the reason.
    binned = {p["title"] for p in proposals if p["is_trashed"] == "True"}
    masked = [a for a in amendments if a.get("hidden")]
    assert len(masked) == len(binned) == 4
    assert all("masqué par la modération : mis à la corbeille" in a["justification_html"] for a in masked)


def test_contributions_of_an_earlier_platform_import_from_the_command_line_and_say_what_they_skipped(
    services: Services, client: TestClient, tmp_path: Path, official: Any
) -> None:
    from tests.integration.test_cli import run  # the real command, in a subprocess

    created = client.post(
        "/api/bills",
        json={"source": "# Projet\n\n## Section 1 - Les Communs\n\n### Article 8\n\nLe domaine commun.\n"},
    ).json()
    proposals = tmp_path / "proposals.csv"
    proposals.write_text(
        "opinion_id,section,title,body,votes_ok,votes_nok,votes_mitige,created_at,is_trashed\n"
        "7,Section 1 - Les Communs,Domaine public,Le domaine public est protégé.,10,2,1,"
        "2015-10-01T10:00:00+0200,False\n"
        "8,Section 9 - Ailleurs,Perdue,Sans section connue.,1,0,0,2015-10-01T10:00:00+0200,False\n",
        encoding="utf-8",
    )
    arguments = tmp_path / "arguments.csv"
    arguments.write_text(
        "opinion_id,opinion_kind,opinion_title,argument_id,stance,body,votes_count,created_at,is_trashed\n"
        "1,government_article,Article 8 - Communs,1,pour,Enfin !,3,2015-10-02T10:00:00+0200,False\n"
        "7,citizen_proposal,Domaine public,2,contre,Trop vague.,0,2015-10-02T11:00:00+0200,True\n"
        "1,government_article,Article 99 - Nulle part,3,pour,Perdu.,0,2015-10-02T10:00:00+0200,False\n",
        encoding="utf-8",
    )
    result = run(
        services,
        "import-contributions",
        str(created["id"]),
        "--proposals",
        str(proposals),
        "--arguments",
        str(arguments),
    )
    assert result.returncode == 0, result.stderr
    assert '"proposals": 1' in result.stdout and '"arguments": 2' in result.stdout and '"hidden": 1' in result.stdout
    assert "proposal 8: unknown section" in result.stderr and "argument 3: unknown article" in result.stderr
    [proposal] = client.get(f"/api/bills/{created['id']}/amendments").json()["items"]
    assert (proposal["heading"], proposal["num"]) == ("Domaine public", "additionnel après l'article 8")
    assert proposal["tally"] == {"agree": 10, "mixed": 1, "disagree": 2}
    with services.db.read() as session:  # one event tells live followers to refetch
        last = eventlog.since(session, created["id"], 0)[-1]
    assert (last["type"], last["proposals"], last["arguments"], last["hidden"]) == ("contributions.imported", 1, 2, 1)

    broken = tmp_path / "broken.csv"
    broken.write_text("opinion_id,section,title\n9,Section 1 - Les Communs,Sans texte\n", encoding="utf-8")
    refused = run(services, "import-contributions", str(created["id"]), "--proposals", str(broken))
    assert refused.returncode == 1 and "no 'body' column" in refused.stderr
    assert len(client.get(f"/api/bills/{created['id']}/amendments").json()["items"]) == 1

    superscript = tmp_path / "superscript.csv"
    superscript.write_text(
        "opinion_id,section,title,body,votes_ok,votes_nok,votes_mitige,created_at,is_trashed\n"
        "9,Section 1 - Les Communs,Carré,Un texte.,²,0,0,2015-10-01T10:00:00+0200,False\n",
        encoding="utf-8",
    )
    refused = run(services, "import-contributions", str(created["id"]), "--proposals", str(superscript))
    assert refused.returncode == 1 and "votes_ok must be a count, got '²'" in refused.stderr
    assert len(client.get(f"/api/bills/{created['id']}/amendments").json()["items"]) == 1
