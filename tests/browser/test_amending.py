"""Amending in a real Chromium, with two browser contexts: a citizen signs in through the page,
annotates a selected passage, votes and proposes an amendment (seeing the server's redline while
typing); the official sees it appear without a reload and accepts it; the citizen's page shows the
new text and its footprint without a reload, the annotation still highlighted. Also: proposing with
the keyboard alone, axe on the amendment pages, no console error, no sideways scroll at 390 px, and
markup in an amendment staying inert. SQLite only: the browser adds nothing backend-specific."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, expect

from drafting.bootstrap import Services
from drafting.services.commands import Proposal
from tests.browser.conftest import DESKTOP, PHONE, Reader, article_url, select
from tests.conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]
PASSAGE = "troisième et quatrième alinéas"  # annotated; the amendment changes another passage
BEFORE, AFTER = "un seuil fixé par décret", "un seuil fixé par décret en Conseil d’État"


def official_of_demo(services: Services, demo: dict[str, Any], email: str) -> None:
    make_user(services, email, "official", "Rapporteure")
    services.accounts.grant_official(email, demo["slug"])


def test_a_citizen_amends_and_the_official_accepts_both_pages_follow_live(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "camille@example.org", name="Camille")
    official_of_demo(services, demo, "rapporteure@example.org")
    citizen, official = Reader(browser), Reader(browser)
    citizen.sign_in(live_url, "camille@example.org")
    official.sign_in(live_url, "rapporteure@example.org")
    page = citizen.page
    page.goto(article_url(live_url, demo))

    select(page, PASSAGE)
    page.get_by_role("button", name="Annoter").click()
    page.get_by_label("Votre annotation").fill("Lesquels, exactement ?")
    page.get_by_role("button", name="Publier").click()
    expect(page.locator("mark", has_text=PASSAGE)).to_have_count(1)
    page.get_by_role("button", name="D'accord", exact=True).click()
    expect(page.get_by_role("button", name="D'accord", exact=True)).to_have_attribute("aria-pressed", "true")

    desk = official.page
    desk.goto(f"{live_url}/bills/{demo['slug']}/amendments?article={demo['eid']}")
    expect(desk.locator("body[data-live=connected]")).to_have_count(1)
    before = desk.locator("li.amendment").count()

    page.get_by_role("link", name="Proposer un amendement").click()
    field = page.get_by_label("Texte proposé")
    text = field.input_value()
    assert BEFORE in text
    field.fill(text.replace(BEFORE, AFTER, 1))
    preview = page.locator("[data-preview-body]")
    expect(preview.locator("ins")).to_have_text("en Conseil d’État")  # the server's redline, whole words
    expect(preview.locator(".instruction")).to_contain_text("Conseil d’État")
    page.get_by_label("Exposé des motifs").fill("Un décret simple ne suffit pas.")
    page.get_by_role("button", name="Déposer l’amendement").click()
    page.wait_for_url("**/articles/**#amendment-*")
    amendment_id = int(page.url.rsplit("#amendment-", 1)[1])
    expect(page.locator("body[data-live=connected]")).to_have_count(1)
    mine = page.locator(f"#amendment-{amendment_id}")
    expect(mine).to_contain_text("en attente")

    card = desk.locator(f"#amendment-{amendment_id}")  # appears on the official's page, no reload
    expect(card).to_be_visible()
    assert desk.locator("li.amendment").count() == min(before + 1, 20)
    expect(card.locator("ins")).to_have_text("en Conseil d’État")
    card.get_by_label("Motif").fill("Avis favorable : la garantie est utile.")
    card.get_by_role("button", name="Accepter").click()
    desk.wait_for_load_state()

    # the citizen's page, not reloaded: the new text, its footprint, the annotation still marked
    expect(page.locator("ol.alineas")).to_contain_text(AFTER)
    footprint = page.locator("[data-footprint]")
    expect(footprint).to_contain_text(f"Amendement n° {amendment_id} de Camille")
    expect(footprint).to_contain_text("Avis favorable")
    expect(page.locator("mark", has_text=PASSAGE)).to_have_count(1)
    expect(page.locator(f"#amendment-{amendment_id}")).to_contain_text("adopté")
    assert citizen.errors == [] and official.errors == []


FOCUSED_NAME = (
    "() => { const e = document.activeElement; return (e.labels?.[0]?.textContent || e.textContent || '').trim(); }"
)


def test_proposing_with_the_keyboard_alone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "kim@example.org", name="Kim")
    person = Reader(browser)
    person.sign_in(live_url, "kim@example.org")
    page = person.page
    page.goto(article_url(live_url, demo))

    def tab_to(name: str, limit: int = 400) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED_NAME)
            if focused == name:
                return
        raise AssertionError(f"{name!r} cannot be reached with Tab")

    tab_to("Proposer un amendement")
    page.keyboard.press("Enter")
    page.wait_for_url("**/amend")
    tab_to("Texte proposé")
    page.keyboard.press("Control+End")
    page.keyboard.type(" Ajout au clavier.")
    expect(page.locator("[data-preview-body] ins")).to_have_text(" Ajout au clavier.")
    tab_to("Exposé des motifs")
    page.keyboard.type("Sans souris.")
    tab_to("Déposer l’amendement")
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/**#amendment-*")
    amendment_id = int(page.url.rsplit("#amendment-", 1)[1])
    expect(page.locator(f"#amendment-{amendment_id}")).to_contain_text("Ajout au clavier.")
    assert services.amendments.get(None, amendment_id)["justification"] == "Sans souris."
    assert person.errors == []


def test_markup_in_an_amendment_stays_inert(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "mallory@example.org", name="Mallory")
    person = Reader(browser)
    person.sign_in(live_url, "mallory@example.org")
    page = person.page
    page.goto(article_url(live_url, demo) + "/amend")
    attack = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
    field = page.get_by_label("Texte proposé")
    field.fill(field.input_value() + "\n" + attack)
    expect(page.locator("[data-preview-body] ins")).to_contain_text("<img src=x")
    page.get_by_label("Exposé des motifs").fill(attack + " [lien](javascript:window.pwned=3)")
    page.get_by_role("button", name="Déposer l’amendement").click()
    page.wait_for_url("**/articles/**#amendment-*")
    for path in (article_url(live_url, demo), f"{live_url}/bills/{demo['slug']}/amendments", f"{live_url}/me"):
        page.goto(path)
        expect(page.locator("main")).to_contain_text("<img src=x")  # shown as text
        assert page.evaluate("window.pwned") is None
        assert page.locator("main img, main script, main a[href^=javascript]").count() == 0
    assert person.errors == []


PAGES = [
    "/bills/{slug}/amendments",
    "/bills/{slug}/amendments?article={eid}&status=submitted&sort=support",
    "/bills/{slug}/articles/{eid}/amend",
    "/bills/{slug}/articles/{eid}/amend?mode=instructions",
    "/bills/{slug}/amendments/import",
    "/bills/{slug}/queue",
    "/bills/{slug}/queue?article={eid}",
    "/bills/{slug}/compare?from=1&to=2",
    "/bills/{slug}/compare?from=1&to=2&view=redline",
    "/bills/{slug}/at",
    "/bills/{slug}/articles/{eid}/footprint",
    "/bills/{slug}/exports",
    "/me",
]


def test_the_amendment_pages_pass_axe_log_no_error_and_fit_a_phone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    official_of_demo(services, demo, "rapporteure@example.org")
    actor = services.accounts.sign_in("rapporteure@example.org", PASSWORD)[1]
    text = services.bills.article(demo["id"], demo["eid"])["text"]
    proposed = services.amendments.propose(
        actor, demo["id"], Proposal(article=demo["eid"], text=text.replace(BEFORE, AFTER, 1), justification="Utile.")
    )
    services.decisions.decide(actor, proposed["id"], decision="accept", reason="Avis favorable.")
    axe = Axe()
    for viewport in (DESKTOP, PHONE):
        person = Reader(browser, viewport)
        person.sign_in(live_url, "rapporteure@example.org")
        for path in PAGES:
            person.page.goto(live_url + path.format(**demo))
            person.page.wait_for_load_state("networkidle")
            results = axe.run(person.page)
            assert results.violations_count == 0, f"{path} ({viewport['width']} px): {results.generate_report()}"
            width = person.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert width[0] <= width[1], f"{path} scrolls sideways at {viewport['width']} px: {width}"
        assert person.errors == [], person.errors
        person.context.close()


def test_an_author_is_told_live_when_their_amendment_collides(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "camille@example.org", name="Camille")
    official_of_demo(services, demo, "rapporteure@example.org")
    citizen = Reader(browser, PHONE)
    citizen.sign_in(live_url, "camille@example.org")
    page = citizen.page
    page.goto(article_url(live_url, demo) + "/amend")
    field = page.get_by_label("Texte proposé")
    field.fill(field.input_value().replace(BEFORE, "un seuil fixé par arrêté", 1))
    page.get_by_role("button", name="Déposer l’amendement").click()
    page.wait_for_url("**/articles/**#amendment-*")
    expect(page.locator("body[data-live=connected]")).to_have_count(1)

    official = services.accounts.sign_in("rapporteure@example.org", PASSWORD)[1]
    text = services.bills.article(demo["id"], demo["eid"])["text"]
    rival = services.amendments.propose(
        official, demo["id"], Proposal(article=demo["eid"], text=text.replace(BEFORE, "un seuil fixé par la loi", 1))
    )
    services.decisions.decide(official, rival["id"], decision="accept", reason="Avis favorable.")

    mine_id = int(page.url.rsplit("#amendment-", 1)[1])
    assert services.amendments.get(None, mine_id)["colliding"]
    notice = page.locator("#notices")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(str(mine_id))
    assert citizen.errors == []
