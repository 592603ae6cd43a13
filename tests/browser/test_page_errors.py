"""What the audit of December 2026 found, in a real Chromium: a refused contribution says why (in the
reader's language), and each screenshot of the changed pages is kept in /tmp/page_errors_shots to look at.
SQLite only: the browser adds nothing backend-specific."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from drafting.bootstrap import Services
from drafting.domain.richtext import MAX_LINKS
from drafting.services.commands import Proposal
from drafting.services.parliament_import import import_amendments
from tests.browser.conftest import DESKTOP, PHONE, Reader, actor_of, article_url
from tests.browser.test_amending import official_of_demo
from tests.browser.test_amendment_page import proposed
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]

SHOTS = Path("/tmp/page_errors_shots")
LINKS = " ".join(f"[lien {i}](https://example.org/{i})" for i in range(MAX_LINKS + 5))


def shoot(page: Page, name: str, at: Locator | None = None) -> None:
    """Keep a picture of the page (around `at`) at desktop and phone widths, to be looked at, not compared."""
    SHOTS.mkdir(exist_ok=True)
    for width, size in (("1280", DESKTOP), ("390", PHONE)):
        page.set_viewport_size(size)
        if at is not None:
            at.evaluate("node => node.scrollIntoView({block: 'center'})")
        page.screenshot(path=str(SHOTS / f"{name}_{width}.png"), full_page=False)
    page.set_viewport_size(DESKTOP)


def test_a_comment_with_too_many_links_says_so_not_that_something_went_wrong(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "camille@example.org", name="Camille")
    citizen = Reader(browser)
    citizen.sign_in(live_url, "camille@example.org")
    page = citizen.page
    page.goto(article_url(live_url, demo))
    expect(page.locator("body[data-live=connected]")).to_have_count(1)
    page.get_by_label("Votre commentaire").fill(LINKS)
    page.get_by_role("button", name="Commenter").click()
    said = page.locator("form .form-message[role=alert]")
    expect(said).to_have_text(f"Le texte contient {MAX_LINKS + 5} liens ; {MAX_LINKS} au plus sont permis.")
    expect(page.get_by_text("Une erreur est survenue")).to_have_count(0)
    shoot(page, "article_comment_refused", said)


def test_the_article_line_naming_its_version_follows_a_decision_live(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    amendment = proposed(services, demo)
    official_of_demo(services, demo, "rapporteure@example.org")
    reader = Reader(browser)
    page = reader.page
    page.goto(article_url(live_url, demo))
    expect(page.locator("body[data-live=connected]")).to_have_count(1)
    page.evaluate("window.notReloaded = true")
    meta = page.locator(".article-page > p.meta")
    expect(meta).to_contain_text("Version 1")
    official = actor_of(services, "rapporteure@example.org")
    services.decisions.decide(official, amendment["id"], decision="accept", reason="Plus juste.")
    expect(meta).to_contain_text("Version 2")
    expect(meta).not_to_contain_text("Version 1")
    assert page.evaluate("window.notReloaded") is True
    shoot(page, "article_version_line")
    assert reader.errors == []


def test_the_amendment_page_shows_its_new_text_when_its_sub_amendment_is_accepted(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    amendment = proposed(services, demo)
    official_of_demo(services, demo, "rapporteure@example.org")
    make_user(services, "dominique@example.org", name="Dominique")
    parent_text = amendment["text"]
    assert "format ouvert" in parent_text
    sub = services.amendments.propose(
        actor_of(services, "dominique@example.org"),
        demo["id"],
        Proposal(parent=amendment["id"], text=parent_text.replace("format ouvert", "format libre et ouvert", 1)),
    )
    reader = Reader(browser)
    page = reader.page
    page.goto(f"{live_url}/amendments/{amendment['id']}")
    expect(page.locator("body[data-live=connected]")).to_have_count(1)
    page.evaluate("window.notReloaded = true")
    proposal = page.locator("[data-live-part=text] .proposed")
    expect(proposal).not_to_contain_text("format libre et ouvert")
    official = actor_of(services, "rapporteure@example.org")
    services.decisions.decide(official, sub["id"], decision="accept", reason="Mieux dit.")
    expect(proposal).to_contain_text("format libre et ouvert")
    told = "Un sous-amendement a été accepté : le texte proposé est mis à jour."
    expect(page.locator("#announcer")).to_have_text(told)
    assert page.evaluate("window.notReloaded") is True
    shoot(page, "amendment_parent_text", proposal)
    assert reader.errors == []


def test_the_queue_says_what_was_decided_focuses_it_and_skips_to_the_decisions(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    first = proposed(services, demo)
    text = services.bills.article(demo["id"], demo["eid"])["text"]
    second = services.amendments.propose(
        actor_of(services, "camille@example.org"),
        demo["id"],
        Proposal(article=demo["eid"], text=text.replace("seuil fixé par décret", "seuil fixé par la loi", 1)),
    )
    official_of_demo(services, demo, "rapporteure@example.org")
    official = Reader(browser)
    official.sign_in(live_url, "rapporteure@example.org")
    page = official.page
    page.goto(f"{live_url}/bills/{demo['slug']}/queue")

    # the keyboard: from the top of the page, the skip link, then the first amendment's own links
    page.locator("body").focus()
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Aller aux amendements à décider":
            break
    else:
        raise AssertionError("no skip link to the decisions in the first 12 stops")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the article's heading, then the first amendment's title
    assert page.evaluate("document.activeElement.closest('#decisions') !== null")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li.amendment') !== null")

    card = page.locator(f"#amendment-{first['id']}")
    card.get_by_label("Motif").fill("Avis favorable.")
    card.get_by_role("button", name="Accepter").click()
    page.wait_for_load_state()
    status = page.get_by_role("status").filter(has_text="accepté")
    expect(status).to_contain_text(f"Amendement n° {first['number']} accepté. La version 2 du texte est publiée.")
    assert page.evaluate("document.activeElement.id") == "decided"
    rest = services.amendments.get(None, second["id"])
    nxt = status.get_by_role("link")
    if rest["status"] == "submitted":  # still pending after the first was accepted: it is next
        expect(nxt).to_have_attribute("href", f"#amendment-{second['id']}")
    shoot(page, "queue_decided")
    assert official.errors == []


def test_the_propose_form_names_the_statement_of_reasons_and_its_limit(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "camille@example.org", name="Camille")
    for size, tag in ((DESKTOP, "1280"), (PHONE, "390")):
        citizen = Reader(browser, size)
        citizen.sign_in(live_url, "camille@example.org")
        page = citizen.page
        page.goto(f"{article_url(live_url, demo)}/amend")
        field = page.get_by_label("Texte proposé")
        field.fill(field.input_value().replace("standard ouvert", "format ouvert", 1))
        reasons = page.get_by_label("Exposé des motifs")
        reasons.evaluate("node => node.removeAttribute('maxlength')")  # as a pasted text over the limit came
        reasons.fill("x" * 20_001)
        page.get_by_role("button", name="Déposer l’amendement").click()
        summary = page.locator("#form-error")
        said = "Exposé des motifs : le texte compte 20\u202f001 caractères ; 20\u202f000 au plus"
        expect(summary).to_contain_text(said)
        expect(summary).not_to_contain_text("doit modifier l’article")
        expect(summary).to_be_focused()
        expect(reasons).to_have_attribute("aria-invalid", "true")
        expect(page.locator("#justification-error")).to_be_visible()
        page.screenshot(path=str(SHOTS / f"propose_refused_{tag}.png"))
        summary.get_by_role("link").click()
        expect(reasons).to_be_focused()
        page.screenshot(path=str(SHOTS / f"propose_refused_field_{tag}.png"))
        citizen.context.close()


def test_pictures_of_the_liasse_filters_and_an_imported_amendments_date(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    amendment = proposed(services, demo)
    official_of_demo(services, demo, "rapporteure@example.org")
    official = actor_of(services, "rapporteure@example.org")
    services.decisions.decide(official, amendment["id"], decision="accept", reason="Plus juste.")
    reader = Reader(browser)
    page = reader.page
    page.goto(f"{live_url}/api/bills/{demo['id']}/amendments/export?format=html&status=accepted&article={demo['eid']}")
    expect(page.get_by_text("Filtre : adoptés, article 1")).to_be_visible()
    shoot(page, "liasse_filters")
    # an amendment imported from Parliament, dated by the day: its history says the day, no « 1 h 00 »
    row = {"numero": "42", "sujet": "Article 1", "texte": "Alinéa 2\n\nRemplacer le mot : « diffusent » par le mot : "
           "« publient ».", "signataires": "Mme Martin", "sort": "Adopté", "date": "2026-12-01"}  # fmt: skip
    report = import_amendments(services.db, official, demo["id"], {"amendements": [{"amendement": row}]})
    assert not report.flagged, report.flagged  # applied, public
    made = next(iter(report.made.values()))[0]
    page.goto(f"{live_url}/amendments/{made}#history")
    steps = page.locator("ol.steps > li").first
    expect(steps).to_contain_text("1er décembre 2026 —")
    expect(steps).not_to_contain_text(" h 00")
    shoot(page, "imported_date", steps)
