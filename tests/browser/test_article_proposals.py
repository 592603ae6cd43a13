"""Proposing a new article with the keyboard alone, in a real Chromium: reached from the article page,
the number Parliament would give suggested, a taken number warned of while typing then refused with
the focus on the error summary, whose link leads to the field; the article previewed as it would
read; landing on its page. Also: axe, no console error and no sideways scroll at
390 px on both proposal pages. SQLite only: the browser adds nothing backend-specific."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from drafting.bootstrap import Services
from tests.browser.conftest import DESKTOP, PHONE, Reader, article_url
from tests.browser.test_amending import FOCUSED_NAME
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]


def real_errors(reader: Reader) -> list[str]:
    """Console errors, but for Chromium's note that a refused form's page came with its 409 or 422."""
    refused = ("status of 409 (Conflict)", "status of 422 (Unprocessable")
    return [e for e in reader.errors if not (e.startswith("Failed to load resource") and any(r in e for r in refused))]


def tab_to(page: Page, name: str, limit: int = 400) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_NAME) == name:
            return
    raise AssertionError(f"{name!r} cannot be reached with Tab")


def test_proposing_a_new_article_with_the_keyboard_alone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "kim@example.org", name="Kim")
    person = Reader(browser, PHONE)
    person.sign_in(live_url, "kim@example.org")
    page = person.page
    page.goto(article_url(live_url, demo))

    tab_to(page, "Proposer un article additionnel après celui-ci")
    page.keyboard.press("Enter")
    page.wait_for_url("**/new-article?after=*")
    tab_to(page, "Numéro de l’article")
    assert page.locator("#new-num").input_value() == "1 bis"  # as Parliament would number it
    page.keyboard.press("Control+a")
    page.keyboard.type("2")
    tab_to(page, "Texte de l’article")
    page.keyboard.type("Les données sont publiées sous licence ouverte.")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.type("Un décret en fixe la liste.")
    preview = page.locator("[data-preview-body]")
    expect(preview.locator("[data-preview-taken]")).to_contain_text("l’article 2 existe déjà")
    expect(preview.locator("li.alinea")).to_have_text(
        ["Les données sont publiées sous licence ouverte.", "Un décret en fixe la liste."]
    )
    tab_to(page, "Proposer cet article")
    page.keyboard.press("Enter")

    page.wait_for_load_state()
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Le texte a déjà un article 2")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the summary's link leads to the field, which keeps what was typed
    expect(page.locator("#new-num")).to_be_focused()
    expect(page.locator("#new-num")).to_have_attribute("aria-invalid", "true")
    assert "Un décret en fixe la liste." in page.locator("#new-text").input_value()
    page.keyboard.press("Control+a")
    page.keyboard.type("1 bis")
    expect(preview.locator("[data-preview-taken]")).to_have_count(0)
    expect(preview.locator(".new-article-title")).to_have_text("Article 1 bis")
    tab_to(page, "Exposé des motifs")
    page.keyboard.type("Sans souris.")
    tab_to(page, "Proposer cet article")
    page.keyboard.press("Enter")

    page.wait_for_url("**/amendments/*")
    amendment_id = int(page.url.rsplit("/", 1)[1])
    expect(page.locator("main")).to_contain_text("Un décret en fixe la liste.")
    created = services.amendments.get(None, amendment_id)
    assert (created["kind"], created["num"], created["justification"]) == ("insert", "1 bis", "Sans souris.")
    assert real_errors(person) == [], person.errors


def test_the_proposal_pages_pass_axe_log_no_error_and_fit_a_phone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "kim@example.org", name="Kim")
    axe = Axe()
    paths = [
        "/bills/{slug}/new-article?after={eid}",
        "/bills/{slug}/articles/{eid}/deletion",
    ]
    for viewport in (DESKTOP, PHONE):
        person = Reader(browser, viewport)
        person.sign_in(live_url, "kim@example.org")
        page = person.page
        for path in paths:
            page.goto(live_url + path.format(**demo))
            page.locator("form.proposal button.primary").click()  # refused: the errors are shown too
            expect(page.locator("[data-error-summary]")).to_be_focused()
            results = axe.run(page)
            assert results.violations_count == 0, f"{path} ({viewport['width']} px): {results.generate_report()}"
            width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert width[0] <= width[1], f"{path} scrolls sideways at {viewport['width']} px: {width}"
        assert real_errors(person) == [], person.errors
        person.context.close()
