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
