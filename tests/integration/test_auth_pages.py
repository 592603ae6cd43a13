"""Signing up, in and out through the pages' forms (no script), the language switch, and the HTML
error pages: what a browser without JavaScript gets."""

from __future__ import annotations

from starlette.testclient import TestClient

from drafting.bootstrap import Services
from drafting.services.accounts import MIN_PASSWORD
from tests.conftest import PASSWORD, make_user

HTML = {"accept": "text/html"}


def test_signing_up_signs_in_and_goes_back_where_the_reader_was(client: TestClient) -> None:
    form = client.get("/signup?next=/bills/x", headers=HTML)
    assert form.status_code == 200 and 'for="email">Adresse électronique<' in form.text
    assert 'for="password">Mot de passe<' in form.text and ">Créer un compte</button>" in form.text
    data = {"email": "ines@example.org", "password": PASSWORD, "display_name": "Inès", "next": "/bills/x"}
    created = client.post("/signup", data=data, follow_redirects=False)
    assert created.status_code == 303 and created.headers["location"] == "/bills/x"
    assert client.get("/api/me").json()["display_name"] == "Inès"
    home = client.get("/", headers=HTML).text
    assert "Connecté·e : Inès" in home and ">Se déconnecter</button>" in home
    again = client.post("/signup", data=data)  # the same address twice
    assert again.status_code == 422 and "Un compte existe déjà pour cette adresse." in again.text
    out = client.post("/signout", data={"next": "/"}, follow_redirects=False)
    assert out.status_code == 303 and client.get("/api/me").status_code == 401


def test_bad_sign_up_forms_say_what_is_wrong_in_the_readers_language(client: TestClient) -> None:
    short = client.post("/signup", data={"email": "a@example.org", "password": "court", "display_name": "A"})
    assert short.status_code == 422 and f"au moins {MIN_PASSWORD} caractères" in short.text
    assert 'value="a@example.org"' in short.text  # what was typed is kept, never the password
    english = client.post(
        "/signup", data={"email": "nope", "password": PASSWORD, "display_name": "B"}, headers={"accept-language": "en"}
    )
    assert english.status_code == 422 and "Give a valid email address" in english.text
    assert client.get("/api/me").status_code == 401


def test_signing_in_and_never_leaving_the_site(services: Services, client: TestClient) -> None:
    make_user(services, "jo@example.org", name="Jo")
    wrong = client.post("/signin", data={"email": "jo@example.org", "password": "not the password"})
    assert wrong.status_code == 401 and "Adresse électronique ou mot de passe incorrect." in wrong.text
    for hostile in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        signed = client.post(
            "/signin", data={"email": "jo@example.org", "password": PASSWORD, "next": hostile}, follow_redirects=False
        )
        assert signed.status_code == 303 and signed.headers["location"] == "/"


def test_a_form_posted_from_another_site_is_refused(services: Services, client: TestClient) -> None:
    make_user(services, "jo@example.org", name="Jo")
    forged = client.post(
        "/signin", data={"email": "jo@example.org", "password": PASSWORD}, headers={"origin": "https://evil.example"}
    )
    assert forged.status_code == 403 and "drafting_session" not in forged.headers.get("set-cookie", "")


def test_the_language_switch_is_remembered_and_errors_are_pages_in_that_language(client: TestClient) -> None:
    assert client.get("/", headers=HTML).text.count('<html lang="fr">') == 1
    switched = client.get("/language?to=en&next=/signin", follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/signin"
    page = client.get("/signin", headers=HTML).text
    assert '<html lang="en">' in page and 'for="email">Email address<' in page
    missing = client.get("/bills/none-such", headers=HTML)
    assert missing.status_code == 404 and "<h1>Page not found</h1>" in missing.text
    client.cookies.clear()
    assert "<h1>Page introuvable</h1>" in client.get("/bills/none-such", headers=HTML).text
    by_header = client.get("/bills/none-such", headers={**HTML, "accept-language": "en-US,en;q=0.8,fr;q=0.5"})
    assert "<h1>Page not found</h1>" in by_header.text
    api = client.get("/api/bills/none-such", headers=HTML)  # the API stays JSON
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"


def test_the_favicon_is_an_icon(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon"
    assert icon.content[:4] == b"\x00\x00\x01\x00" and b"PNG" in icon.content[:40]
