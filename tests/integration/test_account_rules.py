"""Accounts through the API and the CLI: strong passwords on sign-up, password change and `drafting
user create`; `--bill` for officials and moderators only; no citizen named like an institution or a
bill's author; no "useful" mark on one's own argument; no withdrawal once the consultation closed."""

from __future__ import annotations

import json
from typing import Any

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from tests.conftest import PASSWORD, make_user, sign_in
from tests.integration.test_amendments_api import BILL, propose
from tests.integration.test_cli import run

STRONG = "une autre phrase longue et rare"


def sign_up(client: TestClient, email: str, password: str = PASSWORD, name: str = "Camille") -> Any:
    return client.post("/api/users", json={"email": email, "password": password, "display_name": name})


def test_weak_passwords_are_refused_at_sign_up_with_the_reason(client: TestClient) -> None:
    for password, reason in [
        ("password12", "at least 12 characters"),
        ("password1234", "too easy to guess"),
        ("azertyuiop12", "too easy to guess"),
    ]:
        response = sign_up(client, "camille@example.org", password)
        assert response.status_code == 422 and reason in response.json()["error"]["message"], response.text
    assert sign_up(client, "camille@example.org").status_code == 201


def test_changing_ones_password_checks_the_current_one_and_the_new_ones_strength(
    services: Services, client: TestClient
) -> None:
    make_user(services, "camille@example.org")
    other = TestClient(client.app, base_url="http://testserver")
    sign_in(other, "camille@example.org")
    sign_in(client, "camille@example.org")
    url = "/api/me/password"
    wrong = client.post(url, json={"current_password": "pas le bon mot de passe", "new_password": STRONG})
    assert wrong.status_code == 403
    weak = client.post(url, json={"current_password": PASSWORD, "new_password": "password12"})
    assert weak.status_code == 422 and "at least 12" in weak.json()["error"]["message"]
    assert client.post(url, json={"current_password": PASSWORD, "new_password": STRONG}).status_code == 204
    assert client.get("/api/me").status_code == 200  # this session goes on
    assert other.get("/api/me").status_code == 401  # the others end
    client.cookies.clear()
    assert client.post("/api/session", json={"email": "camille@example.org", "password": PASSWORD}).status_code == 401
    ok = client.post("/api/session", json={"email": "camille@example.org", "password": STRONG})
    assert ok.status_code == 200
    client.cookies.clear()
    assert client.post(url, json={"current_password": STRONG, "new_password": PASSWORD}).status_code == 401


def test_a_citizen_cannot_take_an_institutions_or_a_bill_authors_name(services: Services, client: TestClient) -> None:
    author = make_user(services, "marie@example.org", "official", "Marie Légiste")
    sign_in(client, "marie@example.org")
    assert client.post("/api/bills", json={"source": BILL}).status_code == 201
    client.cookies.clear()
    for i, name in enumerate(["Gouvernement", "assemblée  NATIONALE", "Le Sénat", "rapporteur", "MARIE LEGISTE"]):
        response = sign_up(client, f"c{i}@example.org", name=name)
        assert response.status_code == 422, (name, response.text)
        assert "choose a name" in response.json()["error"]["message"]
    assert sign_up(client, "marie.curie@example.org", name="Marie").status_code == 201
    assert author.role == "official"


def test_user_create_refuses_bill_for_citizens_and_weak_passwords(services: Services, client: TestClient) -> None:
    official = make_user(services, "rapporteure@example.org", "official", "Rapporteure")
    sign_in(client, "rapporteure@example.org")
    bill = client.post("/api/bills", json={"source": BILL}).json()["id"]
    assert official.role == "official"
    def create(email: str, *options: str, password: str = PASSWORD) -> Any:
        return run(services, "user", "create", email, *options, stdin=password + "\n")

    citizen = create("c@example.org", "--bill", str(bill))
    assert citizen.returncode != 0 and "--role official or --role moderator" in citizen.stderr
    admin = create("a@example.org", "--role", "admin", "--bill", str(bill))
    assert admin.returncode != 0
    weak = create("w@example.org", password="password12")
    assert weak.returncode != 0 and "at least 12 characters" in weak.stderr
    made = create("m@example.org", "--role", "moderator", "--bill", str(bill))
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["official_of"] == [bill]
    # nothing was created by the refused commands
    for email in ("c@example.org", "a@example.org", "w@example.org"):
        assert client.post("/api/session", json={"email": email, "password": PASSWORD}).status_code == 401


def open_bill(client: TestClient) -> dict[str, Any]:
    created = client.post("/api/bills", json={"source": BILL}).json()
    assert client.patch(f"/api/bills/{created['id']}", json={"status": "open"}).status_code == 200
    articles = client.get(f"/api/bills/{created['id']}").json()["tree"]["children"]
    return {"id": created["id"], "art1": articles[0]["eid"], "text1": articles[0]["text"]}


def test_authors_cannot_mark_their_own_argument_useful(services: Services, client: TestClient, official: Actor) -> None:
    bill = open_bill(client)
    make_user(services, "camille@example.org")
    client.cookies.clear()
    sign_in(client, "camille@example.org")
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/arguments"
    argument = client.post(url, json={"stance": "for", "body": "Un bon argument."}).json()
    mine = client.post(f"/api/arguments/{argument['id']}/useful")
    assert mine.status_code == 403 and "yours" in mine.json()["error"]["message"]
    make_user(services, "dominique@example.org")
    client.cookies.clear()
    sign_in(client, "dominique@example.org")
    assert client.post(f"/api/arguments/{argument['id']}/useful").json()["useful"] == 1


def test_once_the_consultation_closed_citizens_cannot_withdraw(
    services: Services, client: TestClient, official: Actor
) -> None:
    bill = open_bill(client)
    make_user(services, "camille@example.org")
    client.cookies.clear()
    sign_in(client, "camille@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    client.cookies.clear()
    sign_in(client, "rapporteure@example.org")
    assert client.patch(f"/api/bills/{bill['id']}", json={"status": "closed"}).status_code == 200
    client.cookies.clear()
    sign_in(client, "camille@example.org")
    refused = client.post(f"/api/amendments/{amendment['id']}/withdraw", json={})
    assert refused.status_code == 403 and "closed" in refused.json()["error"]["message"]
    assert client.get(f"/api/amendments/{amendment['id']}").json()["status"] == "submitted"
