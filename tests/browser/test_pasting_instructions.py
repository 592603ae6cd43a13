"""Proposing an amendment by pasting Parliament's instructions, in a real Chromium and with the
keyboard alone: the mode is reached by Tab, a wrong instruction is explained while typing (which
sentence, and why), a right one shows the redline and the resulting text, and the amendment is
tabled. SQLite only: the browser adds nothing backend-specific."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from drafting.bootstrap import Services
from tests.browser.conftest import Reader, article_url
from tests.browser.test_amending import AFTER, BEFORE, FOCUSED_NAME
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]


def test_pasting_instructions_with_the_keyboard_alone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "kim@example.org", name="Kim")
    text = services.bills.article(demo["id"], demo["eid"])["text"]
    alinea = next(n for n, a in enumerate(text.split("\n"), 1) if BEFORE in a)
    person = Reader(browser)
    person.sign_in(live_url, "kim@example.org")
    page = person.page
    page.goto(article_url(live_url, demo) + "/amend")

    def tab_to(name: str, limit: int = 400) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(FOCUSED_NAME) == name:
                return
        raise AssertionError(f"{name!r} cannot be reached with Tab")

    tab_to("Coller des instructions")
    page.keyboard.press("Enter")
    page.wait_for_url("**/amend?mode=instructions")
    expect(page.get_by_role("link", name="Coller des instructions")).to_have_attribute("aria-current", "page")
    tab_to("Instructions d’amendement")
    page.keyboard.type(f"Alinéa 99, supprimer les mots : « {BEFORE} »")
    preview = page.locator("[data-preview-body]")
    expect(preview).to_contain_text("L’article n’a pas cet alinéa.")  # while typing, in plain words
    expect(preview.locator(".failed-part")).to_have_text(f"Alinéa 99, supprimer les mots : « {BEFORE} »")

    page.keyboard.press("Control+A")
    page.keyboard.type(f"Alinéa {alinea}\n\nRemplacer les mots : « {BEFORE} » par les mots : « {AFTER} »")
    expect(preview.locator("ins")).to_have_text("en Conseil d’État")
    expect(preview.locator("ol.result")).to_contain_text(AFTER)
    expect(page.get_by_role("button", name="Prévisualiser")).to_be_hidden()  # the script previews instead
    tab_to("Exposé des motifs")
    page.keyboard.type("Collé depuis le Sénat.")
    tab_to("Déposer l’amendement")
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/**#amendment-*")
    amendment_id = int(page.url.rsplit("#amendment-", 1)[1])
    expect(page.locator(f"#amendment-{amendment_id} ins")).to_have_text("en Conseil d’État")
    made = services.amendments.get(None, amendment_id)
    assert AFTER in made["text"] and made["justification"] == "Collé depuis le Sénat."
    assert person.errors == []


def test_a_refusal_reads_wholly_in_french_on_the_french_page_and_in_english_on_the_english_one(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "kim@example.org", name="Kim")
    person = Reader(browser)
    person.sign_in(live_url, "kim@example.org")
    page = person.page
    page.goto(article_url(live_url, demo) + "/amend?mode=instructions")
    wrong = "Alinéa 1\n\nSupprimer les mots : « trois ans et demi »"
    page.get_by_label("Instructions d’amendement").fill(wrong)
    refused = page.locator("[data-preview-body] .instructions-refused")
    expect(refused).to_contain_text("Les mots cités ne se trouvent pas à l’endroit indiqué.")  # while typing
    detail = "Détail : les mots « trois ans et demi » ne figurent pas à l’alinéa 1"
    expect(refused.locator("p.hint")).to_have_text(detail)
    expect(refused.locator("p.hint span")).to_have_attribute("lang", "fr")
    assert not re.search(r"\b(?:is|not|found|the)\b|anglais", refused.inner_text())  # not a word of English

    page.get_by_role("link", name="English").click()  # the language switch, back on the same page
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_label("Amending instructions").fill(wrong)
    expect(refused).to_contain_text("The quoted words are not at the place given.")
    expect(refused.locator("p.hint")).to_have_text("Detail: « trois ans et demi » is not found in alinéa 1")
    expect(refused.locator("p.hint span")).to_have_attribute("lang", "en")
    assert person.errors == []


def test_a_refused_filing_takes_the_focus_and_the_expose_survives_a_mode_switch(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "kim@example.org", name="Kim")
    person = Reader(browser)
    person.sign_in(live_url, "kim@example.org")
    page = person.page
    page.goto(article_url(live_url, demo) + "/amend")
    page.get_by_label("Exposé des motifs").fill("Pour lire le texte du Sénat.")
    page.get_by_role("link", name="Coller des instructions").click()
    page.wait_for_url("**/amend?mode=instructions")
    expect(page.get_by_label("Exposé des motifs")).to_have_value("Pour lire le texte du Sénat.")

    page.get_by_label("Instructions d’amendement").fill("Alinéa 99, supprimer les mots : « trois ans »")
    page.get_by_role("button", name="Déposer l’amendement").click()
    error = page.locator("#form-error")
    expect(error).to_contain_text("L’article n’a pas cet alinéa.")
    expect(error).to_be_focused()  # read first, not left on <body>
    field = page.get_by_label("Instructions d’amendement")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert "form-error" in (field.get_attribute("aria-describedby") or "").split()
    # the sentence where reading stopped, with the words it quotes and without quotes around its own « »
    assert error.locator("q").count() == 0
    expect(error.locator(".failed-part")).to_have_text("Alinéa 99, supprimer les mots : « trois ans »")
    expect(page.get_by_label("Exposé des motifs")).to_have_value("Pour lire le texte du Sénat.")
    assert [e for e in person.errors if "status of 422" not in e] == []  # the refusal itself is a 422


def test_a_very_long_word_in_an_instruction_does_not_widen_the_page_on_a_phone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "kim@example.org", name="Kim")
    text = services.bills.article(demo["id"], demo["eid"])["text"]
    alinea = next(n for n, a in enumerate(text.split("\n"), 1) if BEFORE in a)
    person = Reader(browser)
    person.sign_in(live_url, "kim@example.org")
    page = person.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(article_url(live_url, demo) + "/amend?mode=instructions")
    long_word = "https://example.org/" + "a" * 300
    page.get_by_label("Instructions d’amendement").fill(
        f"Alinéa {alinea}\n\nRemplacer les mots : « {BEFORE} » par les mots : « {long_word} »"
    )
    expect(page.locator("[data-preview-body] ins")).to_contain_text(long_word)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert person.errors == []
