"""The page of one amendment in a real Chromium, with the keyboard alone: a citizen reaches the vote
buttons and the argument form by Tab, votes, argues against, and sees both said to be on the text
« n° N »; the author withdraws with a reason after confirming. Axe finds nothing on the page, on a
desktop and on a phone, and the phone does not scroll sideways. SQLite only, as the other browser tests."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from drafting.bootstrap import Services
from drafting.services.commands import AmendmentChanges, Proposal
from drafting.services.participation import Target
from tests.browser.conftest import DESKTOP, PHONE, Reader, actor_of
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]


def tab_to(page: Page, name: str, limit: int = 120) -> None:
    """Press Tab until the focused element is named `name` (its text or its label), as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el) return "";
                const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
                return (label ? label.textContent : el.textContent || "").trim();
            }"""
        )
        if focused == name:
            return
    raise AssertionError(f"{name!r} is not reachable with Tab")


def proposed(services: Services, demo: dict[str, Any]) -> dict[str, Any]:
    """Camille's pending amendment to the demo's first article."""
    make_user(services, "camille@example.org", name="Camille")
    text = services.bills.article(demo["id"], demo["eid"])["text"]
    proposal = Proposal(article=demo["eid"], text=text.replace("standard ouvert", "format ouvert", 1))
    return dict(services.amendments.propose(actor_of(services, "camille@example.org"), demo["id"], proposal))


def test_a_citizen_votes_and_argues_on_an_amendment_with_the_keyboard_alone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    amendment = proposed(services, demo)
    make_user(services, "dominique@example.org", name="Dominique")
    reader = Reader(browser)
    reader.sign_in(live_url, "dominique@example.org")
    page = reader.page
    page.goto(f"{live_url}/amendments/{amendment['id']}")
    label = amendment["label"]
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Amendement {label}")

    tab_to(page, "Contre")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Contre", exact=True)).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".tally-legend")).to_contain_text("Contre\u00a0: 1")

    tab_to(page, "Votre argument")
    page.keyboard.type("Un format n’est pas un standard : il faut le nommer.")
    tab_to(page, "Publier un argument contre")
    page.keyboard.press("Enter")
    argument = page.locator(".arguments-against .argument")
    expect(argument).to_contain_text("il faut le nommer")
    expect(argument).to_contain_text(f"sur le texte {label}")
    assert services.votes.mine(actor_of(services, "dominique@example.org"), demo["id"], "amendment") == {
        amendment["id"]: "disagree"
    }
    assert reader.errors == []


def test_the_author_withdraws_with_a_reason_after_confirming_with_the_keyboard(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    amendment = proposed(services, demo)
    reader = Reader(browser, PHONE)
    reader.sign_in(live_url, "camille@example.org")
    page = reader.page
    page.goto(f"{live_url}/amendments/{amendment['id']}")

    tab_to(page, "Retirer l’amendement")  # the disclosure
    page.keyboard.press("Enter")
    tab_to(page, "Pourquoi le retirez-vous ? (facultatif, public)")
    page.keyboard.type("Un autre amendement dit mieux la même chose.")
    tab_to(page, "Retirer l’amendement")  # the button: the form refuses it until the box is ticked
    page.keyboard.press("Enter")
    expect(page.locator("#withdraw-confirm:invalid")).to_have_count(1)
    assert services.amendments.get(None, amendment["id"])["status"] == "submitted"
    expect(page.locator("#withdraw-confirm")).to_be_focused()  # the browser leads to the box
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator(".outcome")).to_contain_text("Retiré par son auteur le")
    expect(page.locator(".outcome")).to_contain_text("Un autre amendement dit mieux la même chose.")
    assert services.amendments.get(None, amendment["id"])["status"] == "withdrawn"
    assert reader.errors == []


def test_the_amendment_page_passes_axe_and_fits_a_phone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    amendment = proposed(services, demo)
    # votes on two texts: the table of votes by text is the widest thing on a phone
    voter = make_user(services, "victor@example.org", name="Victor")
    services.votes.cast(voter, Target.amendment(amendment["id"]), "agree")
    rectified = amendment["text"].replace("format ouvert", "format ouvert et documenté", 1)
    services.amendments.edit(actor_of(services, "camille@example.org"), amendment["id"], AmendmentChanges(rectified))
    axe = Axe()
    for viewport in (DESKTOP, PHONE):
        reader = Reader(browser, viewport)
        reader.sign_in(live_url, "camille@example.org")  # the author: every form is on the page
        reader.page.goto(f"{live_url}/amendments/{amendment['id']}")
        expect(reader.page.locator("table.by-text")).to_be_visible()
        for box in reader.page.locator("details").all():
            box.evaluate("(el) => { el.open = true; }")
        results = axe.run(reader.page)
        assert results.violations_count == 0, f"{viewport['width']} px: {results.generate_report()}"
        width = reader.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], f"the page scrolls sideways at {viewport['width']} px: {width}"
        assert reader.errors == []
        reader.context.close()
