"""A reader keeps reading while the bill moves: a published version updates the article in place,
keeps the reader's scroll, marks what changed and keeps the annotations highlighted; an author whose
amendment the new version made fall is told so by a banner. Real Chromium, SQLite only."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from drafting.bootstrap import Services
from drafting.formats.demo import demo_source
from drafting.services.commands import NewAnnotation, Proposal, Quote
from drafting.services.demo import system_actor
from drafting.services.participation import Target
from tests.browser.conftest import PHONE, Reader, actor_of, article_url
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.backends("sqlite")]
OLD = "3° les bases de données qu’elles produisent"
NEW = "3° les bases de données publiques qu’elles produisent"


def test_a_published_version_updates_the_article_in_place_and_tells_the_author_their_amendment_fell(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "camille@example.org", name="Camille")
    camille = actor_of(services, "camille@example.org")
    services.annotations.create(
        camille, demo["id"], NewAnnotation(article=demo["eid"], quote=Quote("troisième et quatrième"), body="Note.")
    )
    article = services.bills.article(demo["id"], demo["eid"])
    proposed = "\n".join(article["alineas"]).replace(OLD, NEW)
    amendment = services.amendments.propose(
        camille, demo["id"], Proposal(kind="modify", article=demo["eid"], text=proposed, justification="Précis.")
    )

    reader = Reader(browser, PHONE)
    reader.sign_in(live_url, "camille@example.org")
    page = reader.page
    page.goto(article_url(live_url, demo))
    expect(page.locator("body[data-live=connected]")).to_have_count(1)
    expect(page.locator("ol.alineas > li", has_text=OLD)).to_have_count(1)
    later = page.locator("ol.alineas > li").nth(6)
    later.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, 120)")  # at once: a wheel scrolls smoothly, after `before` is read
    before = later.bounding_box()
    scrolled = page.evaluate("window.scrollY")
    assert before is not None and scrolled > 300

    _title, source = demo_source()
    assert OLD in source
    services.bills.add_stage(
        system_actor(services), demo["id"], source=source.replace(OLD, NEW), fmt="markdown", label="texte modifié"
    )

    fresh = page.locator("ol.alineas > li[data-changed]")
    expect(fresh).to_have_count(1)
    expect(fresh).to_contain_text(NEW)
    assert page.url == article_url(live_url, demo)  # no reload, no navigation
    after = later.bounding_box()
    assert after is not None and abs(after["y"] - before["y"]) < 2  # the reader's place is kept
    expect(page.locator("mark", has_text="troisième et quatrième")).to_have_count(1)
    notice = page.get_by_role("region", name="Avis personnels")
    # The new version rewrote the passage the amendment changes: it now collides (or fell, had the
    # stage made exactly its change); either way its author is told, about that amendment.
    told = rf"Votre amendement n° {amendment['number']} (entre en collision|est tombé)"  # its number, not id
    expect(notice).to_contain_text(re.compile(told))
    notice.get_by_role("button", name="Fermer").click()
    expect(notice).to_be_hidden()
    assert reader.errors == []


def test_the_bill_page_follows_votes_versions_and_readers_without_a_reload(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "sam@example.org", name="Sam")
    sam = actor_of(services, "sam@example.org")
    reader, other = Reader(browser), Reader(browser, PHONE)
    page = reader.page
    page.goto(f"{live_url}/bills/{demo['slug']}")
    expect(page.locator("body[data-live=connected]")).to_have_count(1)
    votes = page.locator("dl.figures div", has_text="Votes sur les articles").locator("dd")
    before = int(votes.locator("data").get_attribute("value") or "0")
    other.page.goto(article_url(live_url, demo))  # someone reads article 1
    line = page.locator(f"li.toc-article[data-eid='{demo['eid']}']")
    expect(line.locator(".presence")).to_have_text("1 lecteur en ce moment")

    services.votes.cast(sam, Target.article(demo["id"], demo["eid"]), "agree")
    expect(votes.locator("data")).to_have_attribute("value", str(before + 1))
    _title, source = demo_source()
    services.bills.add_stage(
        system_actor(services), demo["id"], source=source.replace(OLD, NEW), fmt="markdown", label="texte modifié"
    )
    expect(page.locator("[data-live-part=version]")).to_contain_text("Version 2 — texte modifié")
    assert reader.errors == [] and other.errors == []


def test_after_a_dropped_connection_what_was_missed_is_replayed(
    services: Services, live_url: str, browser: Browser, demo: dict[str, Any]
) -> None:
    make_user(services, "ali@example.org", name="Ali")
    ali = actor_of(services, "ali@example.org")
    reader = Reader(browser)
    page = reader.page
    page.goto(article_url(live_url, demo))
    expect(page.locator("body[data-live=connected]")).to_have_count(1)
    # The page's own connection (the same module instance) drops, and waits 3 s before reconnecting.
    page.evaluate(
        """async (bill) => {
            const live = (await import("/static/js/live.js")).follow(bill);
            live.delay = 3000;
            live.socket.close();
        }""",
        str(demo["id"]),
    )
    expect(page.locator("body[data-live=reconnecting]")).to_have_count(1)
    services.votes.cast(ali, Target.article(demo["id"], demo["eid"]), "disagree")  # while it is away
    services.arguments.post(ali, Target.article(demo["id"], demo["eid"]), "for", "Dit pendant la coupure.")
    expect(page.locator("body[data-live=connected]")).to_have_count(1)
    expect(page.locator(".tally-legend")).to_contain_text("Pas d’accord\u00a0: 50")  # replayed after ?after=
    expect(page.get_by_role("heading", name="Arguments pour : 51")).to_be_visible()
    assert reader.errors == []
