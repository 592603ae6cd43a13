"""Writers that race: versions are numbered without gaps or duplicates, and nobody sees
"database is locked"."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from drafting.bootstrap import Services
from tests.conftest import make_user
from tests.integration.test_bills_api import SMALL


def test_concurrent_stage_imports_get_distinct_consecutive_versions(services: Services) -> None:
    official = make_user(services, "r@example.org", "official")
    bill = services.bills.create(official, source=SMALL, fmt="markdown")
    official = services.accounts.actor_for(
        services.accounts.sign_in("r@example.org", "correct horse battery", "x")[0]
    )

    def add(i: int) -> int:
        source = SMALL.replace("aux essais.", f"aux essais numéro {i}.")
        return int(
            services.bills.add_stage(official, bill["id"], source=source, fmt="markdown", label=f"s{i}")[
                "version"
            ]
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        numbers = list(pool.map(add, range(8)))
    assert sorted(numbers) == list(range(2, 10))
    versions = services.bills.versions(bill["id"])
    assert [v["number"] for v in versions] == list(range(1, 10))
    assert all(v["parent"] == v["number"] - 1 for v in versions[1:])
    assert services.bills.verify(bill["id"]) == []
    assert services.bills.detail(bill["id"])["head_version"] == 9
