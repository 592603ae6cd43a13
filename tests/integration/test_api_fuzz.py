"""The API answers as /api/openapi.json says: schemathesis generates requests for every operation,
as an admin and as a citizen, and checks that none is a server error and that every status code,
content type and body is the one described. Bounded (a few examples per operation) to stay within
a few minutes; SQLite only, as the description does not depend on the database."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from starlette.testclient import TestClient

from drafting.app import create_app
from drafting.bootstrap import Services
from tests.conftest import make_user, sign_in
from tests.integration.test_amendments_api import BILL

EXAMPLES = 8  # per operation and role
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def on_real_objects(bill: int, article: str) -> Any:
    """Path parameters that name the seeded bill and article, and small ids that the run itself
    creates, so that cases reach real objects rather than only 404s."""

    def point(case: schemathesis.Case) -> schemathesis.Case:
        params = case.path_parameters or {}
        if "bill" in params:
            params["bill"] = str(bill)
        if "eid" in params:
            params["eid"] = article
        if isinstance(params.get("id"), int):
            params["id"] = params["id"] % 8 + 1
        return case

    return point


def fuzz(app: Any, cookie: str, bill: int, article: str) -> list[str]:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    # signing out last, so that every other operation runs signed in
    operations.sort(key=lambda op: (op.method.upper(), op.path) == ("DELETE", "/api/session"))
    failures = []
    for operation in operations:
        if operation.path.endswith("/live"):  # a websocket: tests/integration/test_live.py
            continue

        @given(case=operation.as_strategy().map(on_real_objects(bill, article)))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,  # the same cases each run: a failure can be replayed
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def run(case: schemathesis.Case) -> None:
            case.call_and_validate(headers={"Cookie": f"drafting_session={cookie}"}, checks=CHECKS)

        try:
            run()
        except (Exception, BaseExceptionGroup) as exc:  # collected, so that one run reports every operation that fails
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:1500]}")
    return failures


@pytest.mark.slow
@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("role", ["admin", "citizen"])
def test_every_operation_answers_as_the_api_description_says(services: Services, role: str) -> None:
    make_user(services, "rapporteure@example.org", "official", "Rapporteure")
    make_user(services, f"{role}@example.org", role)
    app = create_app(services.settings, services)
    with TestClient(app, base_url="http://testserver") as client:
        sign_in(client, "rapporteure@example.org")
        bill = client.post("/api/bills", json={"source": BILL, "label": "texte"}).json()["id"]
        assert client.patch(f"/api/bills/{bill}", json={"status": "open"}).status_code == 200
        article = client.get(f"/api/bills/{bill}").json()["tree"]["children"][0]["eid"]
        # a few objects of each kind, with small ids, for the cases to reach
        text = client.get(f"/api/bills/{bill}/articles/{article}").json()["text"]
        amendment = {"article": article, "kind": "modify", "text": text.replace("six", "sept"), "justification": "."}
        assert client.post(f"/api/bills/{bill}/amendments", json=amendment).status_code == 201
        quote = {"article": article, "quote": {"exact": "six mois"}, "body": "Pourquoi ?"}
        assert client.post(f"/api/bills/{bill}/annotations", json=quote).status_code == 201
        client.cookies.clear()
        sign_in(client, f"{role}@example.org")
        failures = fuzz(app, client.cookies["drafting_session"], bill, article)
    assert failures == [], "\n\n".join(failures)
