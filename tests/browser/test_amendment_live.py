"""The page of one amendment follows it live, in a real Chromium: a reader (in English, signed out)
keeps it open while a citizen (another browser context) votes, argues and comments, the author
rectifies it and an official rejects it with a reason; the reader sees each change without a
reload, and hears it (aria-live). A keyboard user's place is kept: what they type is not replaced,
and when the control they were on goes away the focus goes to its section's heading. Moderation
masks the amendment live, on its page and on its article's. Axe finds nothing after the updates.
SQLite only, as the other browser tests."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from drafting.bootstrap import Services
from drafting.services.commands import AmendmentChanges
from drafting.services.participation import Target
from tests.browser.conftest import PHONE, Reader, actor_of, article_url
from tests.browser.test_amending import official_of_demo
from tests.browser.test_amendment_page import proposed, tab_to
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]


def open_live(page: Page, url: str) -> None:
    """Open the page, wait for its live connection, and mark the document: a reload would lose the mark."""
    page.goto(url)
    expect(page.locator("body[data-live=connected]")).to_have_count(1)
    page.evaluate("window.notReloaded = true")


def test_the_amendment_page_shows_votes_arguments_comments_a_rectification_and_the_decision_live(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    amendment = proposed(services, demo)
    url = f"{live_url}/amendments/{amendment['id']}"
    make_user(services, "dominique@example.org", name="Dominique")
    official_of_demo(services, demo, "rapporteure@example.org")
    reader, citizen, official = Reader(browser, locale="en-GB"), Reader(browser, PHONE), Reader(browser)
    citizen.sign_in(live_url, "dominique@example.org")
    official.sign_in(live_url, "rapporteure@example.org")
    watched = reader.page
    open_live(watched, url)
    number = amendment["number"]
    expect(watched.get_by_role("heading", level=1)).to_have_text(f"Amendment no. {number}")
    expect(watched.locator(".tally")).to_contain_text("No vote yet.")
    announcer = watched.locator("#announcer")

    page = citizen.page
    open_live(page, url)
    page.get_by_role("button", name="Pour", exact=True).click()  # posts the form: this page reloads
    tally = watched.locator(".tally-legend")
    expect(tally).to_contain_text("For: 1")
    expect(watched.locator(".amendment-head .meta")).to_contain_text("Support: +1")

    page.get_by_label("Votre argument").fill("Un format ouvert se définit mieux qu’un standard.")
    page.get_by_role("button", name="Publier un argument pour").click()
    expect(watched.locator(".arguments-for .argument")).to_contain_text("se définit mieux")
    expect(watched.locator("#arguments-for-title data")).to_have_attribute("value", "1")
    expect(announcer).to_have_text("New argument.")

    page.get_by_label("Votre commentaire").fill("Qui tient la liste des formats ouverts ?")
    page.get_by_role("button", name="Commenter").click()
    expect(watched.locator(".comment", has_text="Qui tient la liste")).to_be_visible()
    expect(announcer).to_have_text("New comment.")

    # The author, on the page too, is on the disclosure of their withdrawal form (keyboard).
    author = Reader(browser)
    author.sign_in(live_url, "camille@example.org")
    open_live(author.page, url)
    tab_to(author.page, "Retirer l’amendement")
    camille = actor_of(services, "camille@example.org")
    rectified = amendment["text"].replace("format ouvert", "format ouvert et documenté", 1)
    services.amendments.edit(camille, amendment["id"], AmendmentChanges(rectified))
    expect(watched.get_by_role("heading", level=1)).to_have_text(f"Amendment no. {number} rect.")
    expect(watched.locator("#changes ins", has_text="documenté")).to_have_count(1)
    expect(watched.locator("table.by-text")).to_contain_text(f"no. {number} rect.")  # votes by text
    expect(announcer).to_have_text(f"Text rectified: Amendment no. {number} rect..")
    assert watched.title().startswith(f"Amendment no. {number} rect.")
    expect(author.page.locator("#edit-text")).to_have_value(rectified)  # their tools were refreshed...
    expect(author.page.locator("#author-tools summary", has_text="Retirer")).to_be_focused()  # ...focus kept

    # A keyboard user of the citizen's page is on the « Contre » button when the decision comes.
    open_live(page, url)
    tab_to(page, "Contre")
    desk = official.page
    desk.goto(url)
    desk.get_by_label("Motif", exact=True).fill("Avis défavorable : la notion de standard est déjà définie.")
    desk.get_by_role("button", name="Rejeter").click()
    desk.wait_for_load_state()

    outcome = watched.locator(".outcome")
    expect(outcome).to_contain_text("Rejected on")
    expect(outcome).to_contain_text("la notion de standard est déjà définie")
    expect(watched.locator(".amendment-head .fate")).to_have_text("rejected")
    expect(watched.locator("#votes")).to_contain_text("only while the amendment is pending")
    expect(announcer).to_contain_text("Decision made: the amendment is rejected.")
    expect(announcer).to_contain_text("la notion de standard est déjà définie")
    expect(page.get_by_role("button", name="Contre", exact=True)).to_have_count(0)  # the form went away
    expect(page.locator("#votes-title")).to_be_focused()  # not the top of the page
    expect(page.locator(".outcome")).to_contain_text("Rejeté le")
    expect(author.page.locator("#author-tools")).to_have_count(0)  # no longer theirs to edit or withdraw
    expect(author.page.locator("#outcome-title")).to_be_focused()  # where the decision is said

    for person in (reader, citizen, author):
        assert person.page.evaluate("window.notReloaded") is True, "the page was reloaded"
    results = Axe().run(watched)
    assert results.violations_count == 0, results.generate_report()
    assert reader.errors == [] and citizen.errors == [] and official.errors == [] and author.errors == []


def test_what_a_reader_types_stays_while_arguments_arrive_moderation_masks_it_and_its_withdrawal_shows(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    amendment = proposed(services, demo)
    url = f"{live_url}/amendments/{amendment['id']}"
    make_user(services, "dominique@example.org", name="Dominique")
    victor = make_user(services, "victor@example.org", name="Victor")
    moderator = make_user(services, "moderatrice@example.org", "moderator", "Modératrice")
    citizen = Reader(browser, PHONE)
    citizen.sign_in(live_url, "dominique@example.org")
    page = citizen.page
    open_live(page, url)

    tab_to(page, "Votre argument")
    page.keyboard.type("Je suis en train d’écrire")
    services.arguments.post(victor, Target.amendment(amendment["id"]), "against", "Un standard est plus précis.")
    expect(page.locator(".arguments-against .argument")).to_contain_text("plus précis")
    expect(page.get_by_label("Votre argument")).to_have_value("Je suis en train d’écrire")
    expect(page.get_by_label("Votre argument")).to_be_focused()

    elsewhere = Reader(browser)  # the article's page lists the amendment among its own
    open_live(elsewhere.page, article_url(live_url, demo))
    card = elsewhere.page.locator(f"#amendment-{amendment['id']}")
    expect(card.locator("ins").first).to_be_visible()

    services.moderation.act(moderator, "amendment", amendment["id"], "hide", "Propos hors sujet.")
    expect(page.locator(".moderated").first).to_contain_text("masqué par la modération")
    expect(card.locator(".moderated")).to_be_visible()  # masked there too, without a reload
    expect(card.locator("ins")).to_have_count(0)
    expect(page.locator("#changes")).to_have_count(0)  # its text is no longer shown
    expect(page.locator("#announcer")).to_have_text("L’amendement vient d’être masqué par la modération.")
    services.moderation.act(moderator, "amendment", amendment["id"], "restore", "Erreur.")
    expect(page.locator("#changes")).to_be_visible()
    expect(page.locator("#announcer")).to_have_text("L’amendement vient d’être rétabli par la modération.")
    expect(card.locator(".moderated")).to_have_count(0)

    camille = actor_of(services, "camille@example.org")
    services.amendments.withdraw(camille, amendment["id"], "Un autre amendement dit mieux la même chose.")
    expect(page.locator(".outcome")).to_contain_text("Retiré par son auteur le")
    expect(page.locator(".outcome")).to_contain_text("dit mieux la même chose")
    expect(page.locator("#announcer")).to_contain_text("L’amendement a été retiré.")
    expect(page.get_by_label("Votre argument")).to_have_value("Je suis en train d’écrire")  # still theirs
    for person in (citizen, elsewhere):
        assert person.page.evaluate("window.notReloaded") is True
    assert citizen.errors == [] and elsewhere.errors == []
