"""A reader in a real Chromium: the home page, a bill's table of contents and its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, sync_playwright

from drafting.bootstrap import Services
from drafting.services.demo import load_demo_if_empty

pytestmark = pytest.mark.browser
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


def test_a_reader_finds_the_demo_bill_and_jumps_to_an_article(
    services: Services, live_url: str, page: Page
) -> None:
    load_demo_if_empty(services)
    page.goto(live_url + "/")
    page.get_by_role("link", name="République numérique").first.click()
    page.wait_for_selector("nav.toc")
    assert page.locator("article.article").count() == 30
    link = page.locator("nav.toc a", has_text="Article 4").first
    target = link.get_attribute("href")
    assert target and target.startswith("#")
    link.click()
    article = page.locator(f"article{target}")
    article.wait_for()
    assert article.is_visible()
    assert "Article 4" in article.locator(".article-title").inner_text()
    assert page.url.endswith(target)


def test_a_newcomer_sees_the_consultation_on_the_demo_bill(services: Services, live_url: str, page: Page) -> None:
    load_demo_if_empty(services)
    page.goto(live_url + "/")
    page.get_by_role("link", name="République numérique").first.click()
    consultation = page.get_by_role("region", name="Consultation", exact=True)
    assert "consultation ouverte" in consultation.inner_text().lower()
    assert "1\u202f096" in consultation.get_by_role("definition").nth(2).inner_text()

    article = page.locator("article.article").first
    assert article.locator(".article-title").inner_text().startswith("Article 1")
    tally = article.get_by_role(
        "img", name="Votes sur l’article 1 : d’accord 91\u202f%, mitigé 7\u202f%, pas d’accord 2\u202f%"
    )
    tally.scroll_into_view_if_needed()
    box = tally.bounding_box()
    assert tally.is_visible() and box is not None and box["width"] > 100
    legend = article.locator(".tally-legend").inner_text()
    for count in ("D’accord\u00a0: 2\u202f237", "Mitigé\u00a0: 161", "Pas d’accord\u00a0: 49"):
        assert count in legend
    pour = article.get_by_role("heading", name="Arguments pour : 50")
    contre = article.get_by_role("heading", name="Arguments contre : 45")
    assert pour.is_visible() and contre.is_visible()
    arguments = article.locator("li.argument")
    assert arguments.count() == 6 and arguments.first.is_visible()
    assert "utile pour 29 personnes" in article.locator(".arguments-against li.argument").first.inner_text()

    page.get_by_role("link", name="Voir les amendements en attente, classés par soutien").click()
    page.wait_for_selector("ol.amendments")
    assert page.get_by_role("heading", level=1).inner_text() == "Amendements en attente"
    first = page.locator("li.amendment").first
    assert "e-sport" in first.get_by_role("heading").inner_text() and "+4\u202f031" in first.inner_text()
    page.get_by_role("link", name="Page suivante →").click()
    page.wait_for_url("**/amendments?page=2")
    assert page.locator("ol.amendments").get_attribute("start") == "21"
