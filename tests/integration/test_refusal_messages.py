"""A refused form or API call says what was wrong, in the reader's language: which field, and the
limit it went over (drafting/web/refusals.py), never another form's message."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

import drafting
from drafting.bootstrap import Services
from drafting.domain.richtext import MAX_LINKS, MAX_MARKDOWN
from drafting.web.refusals import KNOWN, explain
from tests.integration.test_amendment_pages import HTML, post_form
from tests.integration.test_amendments_api import as_user, propose

LINKS = " ".join(f"[lien {i}](https://example.org/{i})" for i in range(MAX_LINKS + 5))


def field_error(page: str, field: str) -> str:
    found = re.search(rf'<p class="field-error" id="{field}-error">(.*?)</p>', page)
    assert found, f"no message next to #{field}"
    return re.sub(r"<span[^>]*>[^<]*</span>", "", found.group(1))  # without a hidden « Erreur : »


def test_a_statement_of_reasons_too_long_is_named_with_its_limit_not_the_text(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/bills/{bill['id']}/articles/{bill['art1']}/amend"
    text = bill["text1"].replace("six mois", "un an")
    sent = post_form(client, url, {"text": text, "justification": "x" * (MAX_MARKDOWN + 1), "action": "submit"})
    assert sent.status_code == 422
    assert "Le texte proposé doit modifier" not in sent.text
    summary = '<a href="#justification">Exposé des motifs : le texte compte 20\u202f001 caractères ; 20\u202f000'
    assert summary in sent.text
    assert field_error(sent.text, "justification").startswith("Le texte compte 20\u202f001 caractères")
    assert 'aria-describedby="justification-hint justification-error" aria-invalid="true"' in sent.text
    assert 'id="proposed"' in sent.text and 'aria-describedby="proposed-hint" lang' in sent.text  # not marked
    assert "un an" in sent.text  # what was typed is kept

    sent_in_english = {"text": text, "justification": LINKS, "action": "submit"}
    english = client.post(url, data=sent_in_english, headers={**HTML, "Accept-Language": "en"}, follow_redirects=False)
    assert english.status_code == 422
    assert f"Statement of reasons: the text has {MAX_LINKS + 5} links; at most {MAX_LINKS} are allowed." in english.text


def test_an_empty_proposed_text_is_said_of_the_proposed_text(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/bills/{bill['id']}/articles/{bill['art1']}/amend"
    sent = post_form(client, url, {"text": " ", "justification": "Motifs", "action": "submit"})
    assert sent.status_code == 422
    assert field_error(sent.text, "proposed").startswith("Le texte proposé est vide")
    assert '<a href="#proposed">Texte proposé : le texte proposé est vide' in sent.text


def test_a_new_article_and_a_deletion_say_what_the_services_refused_next_to_the_field(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    deletion = f"/bills/{bill['id']}/articles/{bill['art2']}/deletion"
    sent = post_form(client, deletion, {"justification": LINKS})
    assert sent.status_code == 422
    assert field_error(sent.text, "deletion-justification").endswith(f"{MAX_LINKS} au plus sont permis.")


def test_a_comment_with_too_many_links_is_refused_on_the_amendment_page_with_that_reason(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    amendment = propose(client, bill, bill["text1"].replace("six mois", "un an"))
    sent = post_form(client, f"/amendments/{amendment['id']}/comment", {"body": LINKS})
    assert sent.status_code == 422
    assert f"Le texte contient {MAX_LINKS + 5} liens ; {MAX_LINKS} au plus sont permis." in sent.text
    assert "Écrivez votre commentaire." not in sent.text


def test_a_comment_refused_without_script_on_the_article_page_says_why(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    sent = post_form(client, f"/bills/{bill['id']}/articles/{bill['art1']}/comment", {"body": LINKS})
    assert sent.status_code == 422
    assert f'role="alert">Le texte contient {MAX_LINKS + 5} liens ; {MAX_LINKS} au plus sont permis.</p>' in sent.text


def test_the_api_error_carries_the_reason_in_the_readers_language(
    services: Services, client: TestClient, bill: dict[str, Any]
) -> None:
    as_user(services, client, "camille@example.org")
    url = f"/api/bills/{bill['id']}/articles/{bill['art1']}/comments"
    french = client.post(url, json={"body": LINKS}, headers={"Accept-Language": "fr"})
    assert french.status_code == 422
    error = french.json()["error"]
    assert error["message"] == f"the text has {MAX_LINKS + 5} links; at most {MAX_LINKS} are allowed"  # for developers
    assert error["text"] == f"Le texte contient {MAX_LINKS + 5} liens ; {MAX_LINKS} au plus sont permis."
    english = client.post(url, json={"body": LINKS}, headers={"Accept-Language": "en"}).json()["error"]
    assert english["text"] == f"The text has {MAX_LINKS + 5} links; at most {MAX_LINKS} are allowed."
    unknown = client.post(url, json={"body": "x", "reply_to": "a"}).json()["error"]
    assert "text" not in unknown  # a message the table does not know stays the services' own


def test_every_known_message_is_one_the_code_raises_and_reads_back_in_both_languages() -> None:
    """The table follows the services' words: a message reworded there is caught here, not by a reader."""
    sources = "".join(
        path.read_text() for path in Path(drafting.__file__).parent.rglob("*.py") if path.name != "refusals.py"
    )
    for english, key in KNOWN:
        first = re.split(r"\{\w+\}|\*", english)[0].replace("\\'", "'")
        assert first in sources.replace("\\'", "'"), f"{key}: no code says {first!r}"
        sample = re.sub(r"\{\w+\}", "1234", english).replace("*", "and the rest")
        for lang in ("fr", "en"):
            assert explain(lang, sample), f"{key}: {sample!r}"
