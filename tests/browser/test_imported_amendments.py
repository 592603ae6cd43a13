"""An official imports the Senate's 2013 floor amendments from the page, in a real Chromium, then
reads what became of them with the keyboard alone: the report links each row to its amendment (those
Parliament closed apart, each one's page saying so), a
draft kept for a human says « À vérifier » and why before anything else and leads to the box where its
text is written, and the list of drafts folds each exposé and keeps its filter bar whole, at 1280 and
390 px, in French and English, with nothing for axe to find. SQLite only. Set DRAFTING_SHOTS to a
folder to keep a screenshot of each page."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from drafting.bootstrap import Services
from drafting.web.i18n import COOKIE as LANG_COOKIE
from tests.browser.conftest import DESKTOP, PHONE, Reader
from tests.browser.test_amending import FOCUSED_NAME
from tests.conftest import make_user
from tests.integration.test_parliament_amendments import ESR, _senate_bill

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]
LISTING = "amendements_senat_seance_texte-20122013-660.json"


def _shot(page: Page, name: str) -> None:
    folder = os.environ.get("DRAFTING_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def _clean(page: Page, axe: Axe, where: str) -> None:
    results = axe.run(page)
    assert results.violations_count == 0, f"{where}: {results.generate_report()}"
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"{where} scrolls sideways: {width}"


def test_an_imported_listing_reads_from_report_to_draft_with_the_keyboard(
    shared: Path, tmp_path: Path, services: Services, live_url: str, browser: Browser
) -> None:
    official = make_user(services, "rapporteure@example.org", "official", "Rapporteure")
    source = _senate_bill(shared, tmp_path).read_text(encoding="utf-8")
    bill = services.bills.create(official, source=source, fmt="markdown", label="texte de la commission")
    slug = bill["slug"]
    axe = Axe()
    reader = Reader(browser)
    reader.sign_in(live_url, "rapporteure@example.org")
    page = reader.page
    page.goto(f"{live_url}/bills/{slug}/amendments/import")
    page.get_by_label("Fichier JSON des amendements").set_input_files(str(shared / ESR / LISTING))
    page.get_by_role("button", name="Importer").click()
    expect(page.get_by_role("heading", name="Résultat de l’import")).to_be_visible()
    _shot(page, "report-1280-fr")
    _clean(page, axe, "the report")
    # those Parliament closed are listed apart, each leading to its amendment, closed, with its redline
    closed = page.locator("table.ended tbody tr", has=page.locator("th", has_text="A-4"))  # « Tombe »
    expect(closed.locator("td").last).to_have_text("tombé")
    closed_url = closed.locator("a").get_attribute("href")  # folded: the table is in a <details>
    # each row to check says the number it got here, and leads to it
    row = page.locator("table.flagged tbody tr").first
    link = row.get_by_role("link")
    expect(link).to_have_text(re.compile(r"^n° \d+$"))
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/amendments/*")
    banner = page.locator(".to-check-banner")
    expect(banner).to_contain_text("À vérifier")
    # the banner is the first thing after the title; its link leads to the box the text is written in
    assert page.evaluate("document.querySelector('h1').nextElementSibling.className") == "to-check-banner"
    expect(page.locator(".no-change")).to_contain_text("Aucune modification n’a pu être calculée")
    expect(page.locator(".tabled-instructions")).to_be_visible()
    expect(page.locator(".redline")).to_have_count(0)
    _shot(page, "draft-1280-fr")
    _clean(page, axe, "the draft")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_NAME) == "Rédiger le texte proposé":
            break
    else:
        raise AssertionError("the banner's link cannot be reached with Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # from the fragment's target, the next stop is in the edit box
    assert page.evaluate("document.activeElement.closest('.edit-box') !== null")
    draft_url = page.url.split("#")[0]
    page.goto(f"{live_url}{closed_url}")
    expect(page.locator(".outcome")).to_contain_text("Tombé au Parlement ; importé clos le")
    expect(page.locator(".to-check-banner")).to_have_count(0)
    _shot(page, "closed-1280-fr")
    _clean(page, axe, "an amendment Parliament closed")

    shown = 0
    for viewport, lang in ((DESKTOP, "fr-FR"), (PHONE, "fr-FR"), (DESKTOP, "en-GB"), (PHONE, "en-GB")):
        other = Reader(browser, viewport)
        other.sign_in(live_url, "rapporteure@example.org")
        other.context.add_cookies([{"name": LANG_COOKIE, "value": lang[:2], "url": live_url}])
        p = other.page
        tag = f"{viewport['width']}-{lang[:2]}"
        p.goto(f"{live_url}/bills/{slug}/amendments?status=draft&mine=1")
        expect(p.locator(".fate-to-check").first).to_be_visible()
        # folded: the list is a list, not metres of exposés
        assert p.locator("details.justification[open]").count() == 0
        height = p.evaluate("document.documentElement.scrollHeight")
        cards = p.locator("li.amendment").count()
        assert height < 700 * max(cards, 1), f"{tag}: {height} px for {cards} amendments"
        # the filter bar: no select narrower than its choice, the button as wide as its words
        for select in p.locator("form.filters select").all():
            assert select.evaluate("(s) => s.scrollWidth <= s.clientWidth + 1"), f"{tag}: a select is clipped"
        button = p.locator("form.filters button")
        assert button.evaluate("(b) => b.getBoundingClientRect().width < 200"), f"{tag}: the button stretches"
        _shot(p, f"list-{tag}")
        _clean(p, axe, f"the list at {tag}")
        p.goto(draft_url)
        expect(p.locator(".to-check-banner")).to_contain_text("À vérifier" if lang == "fr-FR" else "To check")
        _shot(p, f"draft-{tag}")
        _clean(p, axe, f"the draft at {tag}")
        p.goto(f"{live_url}/bills/{slug}/queue#to-check")
        _shot(p, f"queue-{tag}")
        shown += 1
        assert other.errors == []
        other.context.close()
    assert shown == 4 and reader.errors == []
