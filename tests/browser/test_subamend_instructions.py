"""Sub-amending an amendment by pasting instructions, in a real Chromium and with the keyboard alone:
« Sous-amender » and its « Coller des instructions » mode are reached by Tab (the exposé typed in the
other mode going along), a wrong instruction is explained while typing, a filed one that is refused
comes back said next to the form with what was pasted kept (and Axe finds nothing there), and a right
one previews the redline of the amendment's text and is filed. SQLite only: the browser adds nothing
backend-specific."""

from __future__ import annotations

import re
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, expect

from drafting.bootstrap import Services
from tests.browser.conftest import Reader
from tests.browser.test_amendment_page import proposed, tab_to
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]

CHANGE = "Remplacer les mots : « format ouvert » par les mots : « format ouvert et documenté »"


def test_sub_amending_by_pasting_instructions_with_the_keyboard_alone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    parent = proposed(services, demo)
    alinea = next(n for n, a in enumerate(parent["text"].split("\n"), 1) if "format ouvert" in a)
    make_user(services, "dominique@example.org", name="Dominique")
    reader = Reader(browser)
    reader.sign_in(live_url, "dominique@example.org")
    page = reader.page
    page.goto(f"{live_url}/amendments/{parent['id']}")

    tab_to(page, "Sous-amender", 400)  # the disclosure
    page.keyboard.press("Enter")
    page.locator("#sub-justification").fill("Collé depuis la commission.")  # typed in the text mode
    page.get_by_role("link", name="Modifier le texte").focus()
    tab_to(page, "Coller des instructions")
    page.keyboard.press("Enter")
    page.wait_for_url("**?subamend=instructions#subamend")
    expect(page.locator("#sub-justification")).to_have_value("Collé depuis la commission.")  # carried over
    expect(page.get_by_role("link", name="Coller des instructions")).to_have_attribute("aria-current", "page")
    tab_to(page, "Instructions du sous-amendement")
    page.keyboard.type(f"Alinéa 99 : {CHANGE}")
    preview = page.locator("form.subamend-form [data-preview-body]")
    expect(preview).to_contain_text("Le texte de l’amendement n’a pas cet alinéa.")  # while typing
    expect(page.get_by_role("button", name="Prévisualiser")).to_be_hidden()  # the script previews instead

    tab_to(page, "Déposer le sous-amendement")  # filed anyway: refused, said next to the form
    page.keyboard.press("Enter")
    error = page.locator("#subamend-error")
    expect(error).to_contain_text("Le texte de l’amendement n’a pas cet alinéa.")
    field = page.get_by_label("Instructions du sous-amendement")
    expect(field).to_have_value(f"Alinéa 99 : {CHANGE}")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".error-summary")).to_be_focused()  # read first; its link leads to the field
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

    page.get_by_role("link", name="Le texte de l’amendement n’a pas cet alinéa.").press("Enter")
    expect(field).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type(f"Alinéa {alinea} de l’amendement n° {parent['number']}\n\n{CHANGE}")
    expect(preview.locator("ins")).to_have_text("et documenté")
    expect(preview.locator("ol.result")).to_contain_text("format ouvert et documenté")
    expect(page.locator("#sub-justification")).to_have_value("Collé depuis la commission.")  # kept by the refusal
    tab_to(page, "Déposer le sous-amendement")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"Sous-amendement n° \d+"))
    expect(page.locator("#changes ins")).to_have_text("et documenté")
    child = services.amendments.get(None, int(page.url.rsplit("/", 1)[1]))
    assert child["parent"] == parent["id"] and child["justification"] == "Collé depuis la commission."
    assert [e for e in reader.errors if "status of 422" not in e] == []  # the refusal itself is a 422
