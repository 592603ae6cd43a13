"""What the browser tests share: Chromium, a reader (a context with its page and the console errors
it saw), the demo bill, and a few helpers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, expect, sync_playwright

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from drafting.services.demo import load_demo_if_empty
from tests.browser.test_reading import CHROMIUM, FLAGS
from tests.conftest import PASSWORD

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


class Reader:
    """A browser context with its page and every console error or uncaught exception it saw."""

    def __init__(
        self,
        browser: Browser,
        viewport: dict[str, int] = DESKTOP,
        locale: str = "fr-FR",
        touch: bool = False,
        script: bool = True,
    ) -> None:
        self.context: BrowserContext = browser.new_context(
            viewport=viewport, locale=locale, has_touch=touch, is_mobile=touch, java_script_enabled=script
        )
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def sign_in(self, base: str, email: str) -> None:
        self.page.goto(base + "/")
        self.page.get_by_role("link", name="Se connecter").first.click()
        self.page.get_by_label("Adresse électronique").fill(email)
        self.page.get_by_label("Mot de passe").fill(PASSWORD)
        self.page.get_by_role("button", name="Se connecter").click()
        expect(self.page.get_by_role("button", name="Se déconnecter")).to_be_visible()


@pytest.fixture
def demo(services: Services) -> dict[str, Any]:
    bill_id = load_demo_if_empty(services)
    assert bill_id is not None
    detail = services.bills.detail(bill_id)
    first = detail["tree"]["children"][0]["children"][0]
    return {"id": bill_id, "slug": detail["slug"], "eid": first["eid"]}


def article_url(base: str, demo: dict[str, Any]) -> str:
    return f"{base}/bills/{demo['slug']}/articles/{demo['eid']}"


def actor_of(services: Services, email: str) -> Actor:
    """The actor of an account made with tests.conftest.make_user."""
    _token, actor = services.accounts.sign_in(email, PASSWORD)
    return actor


def select(page: Page, text: str) -> None:
    """Select `text` inside the article's first alinéa, as a mouse drag would."""
    page.evaluate(
        """(wanted) => {
            const li = document.querySelector("ol.alineas > li");
            const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.data.indexOf(wanted);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + wanted.length);
                    const selection = document.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    return;
                }
            }
            throw new Error("passage not found: " + wanted);
        }""",
        text,
    )
