"""A reader in a real Chromium: the home page, a bill's table of contents and its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, sync_playwright

from drafting.bootstrap import Services
from drafting.services.demo import load_demo_if_empty

# one backend: the browser sees pages, whose storage the integration tests cover on both
pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def page() -> Iterator[Page]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="fr-FR")
        yield context.new_page()
        browser.close()


def test_a_reader_finds_the_demo_bill_and_opens_an_article(services: Services, live_url: str, page: Page) -> None:
    load_demo_if_empty(services)
    page.goto(live_url + "/")
    page.get_by_role("link", name="République numérique").first.click()
    page.wait_for_selector("nav.toc")
    assert page.locator("nav.toc li.toc-article").count() == 30
    page.locator("nav.toc a", has_text="Article 4").first.click()
    page.wait_for_url("**/articles/**")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Article 4")
    assert page.locator("ol.alineas > li").count() > 0
    page.get_by_role("link", name="Article suivant").click()
    page.wait_for_url("**/articles/**")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Article 5")


def test_a_newcomer_sees_the_consultation_on_the_demo_bill(services: Services, live_url: str, page: Page) -> None:
    load_demo_if_empty(services)
    page.goto(live_url + "/")
    page.get_by_role("link", name="République numérique").first.click()
    consultation = page.get_by_role("region", name="Consultation", exact=True)
    assert "consultation ouverte" in consultation.inner_text().lower()
    assert "1\u202f096" in consultation.get_by_role("definition").nth(2).inner_text()

    page.locator("nav.toc a", has_text="Article 1").first.click()
    page.wait_for_url("**/articles/**")
    tally = page.get_by_role(
        "img", name="Votes sur l’article 1 : D’accord 91\u202f%, Mitigé 7\u202f%, Pas d’accord 2\u202f%"
    )
    tally.scroll_into_view_if_needed()
    box = tally.bounding_box()
    assert tally.is_visible() and box is not None and box["width"] > 100
    legend = page.locator(".tally-legend").inner_text()
    for count in ("D’accord\u00a0: 2\u202f237", "Mitigé\u00a0: 161", "Pas d’accord\u00a0: 49"):
        assert count in legend
    pour = page.get_by_role("heading", name="Arguments pour : 50")
    contre = page.get_by_role("heading", name="Arguments contre : 45")
    assert pour.is_visible() and contre.is_visible()
    arguments = page.locator("li.argument")
    assert arguments.count() == 20 and arguments.first.is_visible()
    assert "utile pour 29 personnes" in page.locator(".arguments-against li.argument").first.inner_text()
    page.locator(".arguments-against").get_by_role("link", name="Arguments suivants").click()
    page.wait_for_url("**contre=2**")
    assert page.locator(".arguments-against li.argument").count() == 10

    page.goto(live_url + "/")
    page.get_by_role("link", name="République numérique").first.click()
    page.get_by_role("link", name="Voir les amendements en attente, classés par soutien").click()
    page.wait_for_selector("ol.amendments")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Amendements")
    first = page.locator("li.amendment").first
    assert "e-sport" in first.get_by_role("heading").inner_text() and "+4\u202f031" in first.inner_text()
    page.get_by_role("link", name="Page suivante →").click()
    page.wait_for_url("**/amendments?*page=2*")
    assert "sort=support" in page.url and "status=submitted" in page.url  # the filters are kept
    assert page.locator("ol.amendments").get_attribute("start") == "21"
