"""A citizen in a real Chromium: signs in through the page, annotates a selected passage (with the
mouse, and with the keyboard alone), votes and argues; another reader sees it all appear without a
reload. Also: the English switch, stored XSS staying inert, axe on every page, no console error, no
horizontal scroll on a phone. SQLite only: the browser adds nothing backend-specific."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, expect

from drafting.bootstrap import Services
from drafting.services.commands import NewAnnotation, Quote
from drafting.services.participation import Target
from tests.browser.conftest import DESKTOP, PHONE, Reader, actor_of, article_url, select
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]


def test_a_citizen_annotates_votes_and_argues_and_another_reader_sees_it_live(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "camille@example.org", name="Camille")
    citizen, watcher = Reader(browser), Reader(browser, PHONE)
    citizen.sign_in(live_url, "camille@example.org")
    watcher.page.goto(article_url(live_url, demo))
    expect(watcher.page.locator("body[data-live=connected]")).to_have_count(1)
    page = citizen.page
    page.goto(article_url(live_url, demo))
    expect(page.locator("body[data-live=connected]")).to_have_count(1)

    expect(watcher.page.locator(".presence")).to_have_text("2 lecteurs en ce moment")  # presence counts
    passage = "troisième et quatrième alinéas"
    select(page, passage)
    page.get_by_role("button", name="Annoter").click()
    dialog = page.get_by_role("dialog", name="Annoter un passage")
    expect(dialog).to_be_visible()
    expect(dialog.locator("blockquote")).to_have_text(passage)
    dialog.get_by_label("Votre annotation").fill("Lesquels, *exactement* ?")
    dialog.get_by_role("button", name="Publier").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("mark", has_text=passage)).to_have_count(1)
    expect(page.locator(".note", has_text="Lesquels, exactement ?")).to_be_visible()
    expect(watcher.page.locator("mark", has_text=passage)).to_have_count(1)  # no reload
    expect(watcher.page.locator(".note em", has_text="exactement")).to_be_visible()
    stored = services.annotations.listing(demo["id"], article=demo["eid"], version=None)["items"]
    assert [a["quote"]["exact"] for a in stored] == [passage]

    page.get_by_role("button", name="Mitigé").click()
    expect(page.get_by_role("button", name="Mitigé")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".tally-legend")).to_contain_text("Mitigé\u00a0: 162")
    expect(watcher.page.locator(".tally-legend")).to_contain_text("Mitigé\u00a0: 162")

    page.get_by_label("Votre argument").fill("Un seuil **clair** protège les petites communes.")
    page.get_by_role("button", name="Argument pour").click()
    expect(page.get_by_role("heading", name="Arguments pour : 51")).to_be_visible()
    expect(watcher.page.get_by_role("heading", name="Arguments pour : 51")).to_be_visible()
    target = Target.article(demo["id"], demo["eid"])
    found = services.arguments.listing(None, target, stance="for", sort="date", per_page=200)["items"]
    mine = [a["author"] for a in found if a["body"] == "Un seuil **clair** protège les petites communes."]
    assert mine == ["Camille"]

    page.get_by_label("Votre commentaire").fill("Qui fixe ce seuil ?")
    page.get_by_role("button", name="Commenter").click()
    expect(watcher.page.locator(".comment", has_text="Qui fixe ce seuil ?")).to_be_visible()
    question = page.locator(".comment", has_text="Qui fixe ce seuil ?")
    question.get_by_text("Répondre").click()
    question.get_by_label("Réponse à Camille").fill("Un décret, d’après l’alinéa 2.")
    question.get_by_role("button", name="Commenter").click()
    expect(watcher.page.locator(".comment.reply", has_text="Un décret, d’après l’alinéa 2.")).to_be_visible()

    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("link", name="Se connecter").first).to_be_visible()
    assert citizen.errors == [] and watcher.errors == []


def test_annotating_with_the_keyboard_alone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "kim@example.org", name="Kim")
    reader = Reader(browser)
    reader.sign_in(live_url, "kim@example.org")
    page = reader.page
    page.goto(article_url(live_url, demo))
    button = page.get_by_role("button", name="Annoter")
    for _ in range(80):  # Tab until « Annoter » has the focus
        page.keyboard.press("Tab")
        if button.evaluate("node => node === document.activeElement"):
            break
    else:
        raise AssertionError("« Annoter » cannot be reached with Tab")
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Annoter un passage")
    source = dialog.get_by_label("Passage à annoter : sélectionnez-le dans le texte ci-dessous")
    expect(source).to_be_focused()
    for _ in range(len("I. Les deuxième")):  # selected with Shift+Right
        page.keyboard.press("Shift+ArrowRight")
    page.keyboard.type("typing changes nothing")
    page.keyboard.press("Tab")
    expect(dialog.get_by_label("Votre annotation")).to_be_focused()
    page.keyboard.type("Au clavier.")
    page.keyboard.press("Tab")  # « Publier »
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    expect(button).to_be_focused()  # the focus comes back where it was
    mark = page.locator("mark").first
    expect(mark).to_have_text("I. Les deuxième")
    assert reader.errors == []


def test_annotating_on_a_phone_with_a_finger(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "noa@example.org", name="Noa")
    reader = Reader(browser, PHONE, touch=True)
    reader.sign_in(live_url, "noa@example.org")
    page = reader.page
    page.goto(article_url(live_url, demo))
    passage = "l’article 7 de la loi"
    select(page, passage)  # as a long press and the handles would
    page.get_by_role("button", name="Annoter").tap()  # the tap may clear the selection: it was remembered
    dialog = page.get_by_role("dialog", name="Annoter un passage")
    expect(dialog.locator("blockquote")).to_have_text(passage)
    dialog.get_by_label("Votre annotation").fill("Au doigt.")
    dialog.get_by_role("button", name="Publier").tap()
    expect(page.locator("mark", has_text=passage)).to_have_count(1)
    note = page.locator(".note", has_text="Au doigt.")
    expect(note).to_be_visible()
    box, text = note.bounding_box(), page.locator("ol.alineas").bounding_box()
    assert box is not None and text is not None and box["y"] > text["y"] + text["height"]  # under the text
    assert reader.errors == []


def test_without_script_a_citizen_signs_in_reads_votes_argues_and_comments(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "eli@example.org", name="Éli")
    reader = Reader(browser, PHONE, script=False)
    reader.sign_in(live_url, "eli@example.org")
    page = reader.page
    page.goto(article_url(live_url, demo))
    assert page.locator("ol.alineas > li").count() == 13 and page.locator("li.argument").count() == 20
    page.get_by_role("button", name="Pas d'accord").click()  # a form post, then back to the page
    expect(page.get_by_role("button", name="Pas d'accord")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".tally-legend")).to_contain_text("Pas d’accord\u00a0: 50")
    page.get_by_label("Votre argument").fill("Sans script aussi.")
    page.get_by_role("button", name="Argument contre").click()
    expect(page.get_by_role("heading", name="Arguments contre : 46")).to_be_visible()
    page.get_by_label("Votre commentaire").fill("Lu sans JavaScript.")
    page.get_by_role("button", name="Commenter").last.click()
    expect(page.locator(".comment", has_text="Lu sans JavaScript.")).to_be_visible()
    assert page.url.startswith(article_url(live_url, demo))


def test_the_dialog_keeps_the_focus_and_escape_gives_it_back(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "lou@example.org", name="Lou")
    reader = Reader(browser)
    reader.sign_in(live_url, "lou@example.org")
    page = reader.page
    page.goto(article_url(live_url, demo))
    button = page.get_by_role("button", name="Annoter")
    button.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Annoter un passage")
    for _ in range(6):  # Tab and Shift+Tab cycle inside the dialog
        page.keyboard.press("Tab")
        assert dialog.evaluate("node => node.contains(document.activeElement)")
    page.keyboard.press("Shift+Tab")
    assert dialog.evaluate("node => node.contains(document.activeElement)")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(button).to_be_focused()


def test_the_english_switch_is_remembered_and_dates_are_written_out(
    live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    reader = Reader(browser)
    page = reader.page
    page.goto(article_url(live_url, demo))
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("heading", name="Arguments pour : 50").is_visible()
    page.get_by_role("link", name="English").click()
    expect(page.get_by_role("heading", name="Arguments for: 50")).to_be_visible()
    assert page.url == article_url(live_url, demo)  # back on the same page
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="Sign in").first.is_visible()
    page.goto(live_url + "/bills/" + demo["slug"])  # remembered
    expect(page.get_by_role("heading", name="Contents")).to_be_visible()
    assert "consultation open" in page.locator(".consultation").inner_text().lower()
    months = ("janvier", "février", "décembre", "septembre", "octobre")
    assert not any(month in page.locator("main").inner_text() for month in months)
    page.goto(live_url + "/bills/no-such-bill")
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"
    page.get_by_role("link", name="Français").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Page introuvable")

    english = Reader(browser, locale="en-GB")  # Accept-Language alone
    english.page.goto(live_url + "/")
    expect(english.page.get_by_role("heading", level=1)).to_have_text("Writing the law together")


def test_a_hostile_display_name_and_argument_stay_inert(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
    make_user(services, "mallory@example.org", name=hostile[:80])
    reader = Reader(browser)
    reader.sign_in(live_url, "mallory@example.org")
    page = reader.page
    page.goto(article_url(live_url, demo))
    page.get_by_label("Votre argument").fill(f"Contre. {hostile} [x](javascript:window.pwned=3)")
    page.get_by_role("button", name="Argument contre").click()
    expect(page.get_by_role("heading", name="Arguments contre : 46")).to_be_visible()
    other = Reader(browser)
    other.page.goto(article_url(live_url, demo) + "?contre=1")
    for view in (page, other.page):
        view.reload()
        assert view.evaluate("window.pwned") is None
        assert view.locator("main img, main script:not([src^='/static/']), a[href^=javascript]").count() == 0
    expect(page.locator(".who")).to_contain_text("<img src=x")  # shown as text


PAGES = ["/", "/signin", "/signup", "/bills/{slug}", "/bills/{slug}/articles/{eid}", "/bills/{slug}/nothing"]


def test_every_page_passes_axe_has_no_console_error_and_fits_a_phone(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "ana@example.org", name="Ana")
    services.annotations.create(
        actor_of(services, "ana@example.org"),
        demo["id"],
        NewAnnotation(article=demo["eid"], quote=Quote("troisième et quatrième"), body="Une note."),
    )
    ana = actor_of(services, "ana@example.org")
    services.comments.create(ana, "article", demo["eid"], "Un avis.", bill_ref=demo["id"])  # a thread, reply forms
    services.votes.cast(ana, Target.article(demo["id"], demo["eid"]), "agree")  # a pressed vote button
    axe = Axe()
    for signed_in in (False, True):
        for viewport in (DESKTOP, PHONE):
            reader = Reader(browser, viewport)
            if signed_in:
                reader.sign_in(live_url, "ana@example.org")
            for path in PAGES:
                reader.page.goto(live_url + path.format(**demo))
                reader.page.wait_for_load_state("networkidle")
                results = axe.run(reader.page)
                assert results.violations_count == 0, f"{path} ({viewport['width']} px): {results.generate_report()}"
                width = reader.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
                assert width[0] <= width[1], f"{path} scrolls sideways at {viewport['width']} px: {width}"
            # The 404 page logs its status as a console error in Chromium: that one is expected.
            assert [e for e in reader.errors if "404" not in e] == [], reader.errors
            reader.context.close()
