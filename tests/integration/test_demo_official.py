"""The demo's official: a newcomer can sign in as an official of the demo bill with the printed password."""

from __future__ import annotations

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.services.demo import create_demo_official, load_demo_if_empty


def test_the_demo_official_signs_in_through_the_page_and_is_official_of_the_demo_bill(
    services: Services, client: TestClient
) -> None:
    bill_id = load_demo_if_empty(services)
    assert bill_id is not None
    email, password = create_demo_official(services, bill_id)
    assert len(password) >= 16
    page = client.post("/signin", data={"email": email, "password": password}, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/"
    me = client.get("/api/me").json()
    assert me["role"] == "official" and me["official_of"] == [bill_id]
    wrong = client.post("/signin", data={"email": email, "password": password + "x"})
    assert wrong.status_code == 401 and "Adresse électronique ou mot de passe incorrect." in wrong.text
