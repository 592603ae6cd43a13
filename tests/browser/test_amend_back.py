"""Back after filing an amendment (browser audit): the form comes back as it was typed, and its preview
must say what that text changes, not « the proposed text is the article's »; filing it again is refused
with a link to the amendment already filed, never a duplicate. SQLite only."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from drafting.bootstrap import Services
from tests.browser.conftest import Reader, article_url
from tests.browser.test_amending import AFTER, BEFORE
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]


def test_back_after_filing_shows_the_preview_of_the_text_and_refuses_filing_it_twice(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "camille@example.org", name="Camille")
    citizen = Reader(browser)
    citizen.sign_in(live_url, "camille@example.org")
    page = citizen.page
    page.goto(f"{article_url(live_url, demo)}/amend")
    field = page.get_by_label("Texte proposé")
    field.fill(field.input_value().replace(BEFORE, AFTER, 1))
    preview = page.locator("[data-preview-body]")
    expect(preview.locator("ins")).to_have_text("en Conseil d’État")
    page.get_by_role("button", name="Déposer l’amendement").click()
    page.wait_for_url("**/articles/**#amendment-*")
    amendment_id = int(page.url.rsplit("#amendment-", 1)[1])

    page.go_back()
    page.wait_for_url("**/amend")
    # Chromium gives the typed text back (form restoration); the preview was the untouched form's
    assert AFTER in page.get_by_label("Texte proposé").input_value()
    expect(preview.locator("ins")).to_have_text("en Conseil d’État")
    expect(preview).not_to_contain_text("Le texte proposé est celui de l’article")
    page.get_by_role("button", name="Déposer l’amendement").click()
    expect(page.locator("#form-error")).to_contain_text("vous avez déjà déposé cet amendement")
    expect(page.locator(f'#form-error a[href="/amendments/{amendment_id}"]')).to_have_count(1)
    assert citizen.errors == [] or all("409" in e for e in citizen.errors), citizen.errors
