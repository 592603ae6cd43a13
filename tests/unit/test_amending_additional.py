"""drafting.domain.amending.additional: an « article additionnel » as Parliament tables it, where it goes
and its text; any other form left to a human (None)."""

from __future__ import annotations

import pytest

from drafting.domain.amending import AmendingError
from drafting.domain.amending.additional import REWRITE, AdditionalArticle, additional_article, tabled_order


def test_the_usual_form_in_one_alinea_gives_the_place_and_the_text_without_its_outer_quotes() -> None:
    tabled = ("<p>Après l’article 3, insérer un article additionnel ainsi rédigé :</p>"
              "<p>« Le recours est gratuit. »</p><p>« Il est ouvert à tous. »</p>")  # fmt: skip
    assert additional_article(tabled, "12") == AdditionalArticle(
        False, "3", "Le recours est gratuit.\n\nIl est ouvert à tous."
    )


def test_the_senates_two_alineas_and_an_unquoted_text_are_read_alike() -> None:
    tabled = "<p>Après l'article 55 ter</p><p>Insérer un article additionnel ainsi rédigé :</p><p>Est autorisée.</p>"
    assert additional_article(tabled) == AdditionalArticle(False, "55 ter", "Est autorisée.")
    before = "Avant l'article 1er\n\nInsérer un article additionnel ainsi rédigé :\n\n« Premier. »"
    assert additional_article(before) == AdditionalArticle(True, "1er", "Premier.")
    committee = "Après l’article 19 bis (nouveau), insérer un article additionnel ainsi rédigé :\n\nTexte."
    assert additional_article(committee) == AdditionalArticle(False, "19 bis", "Texte.")


def test_quotations_within_the_new_article_are_kept() -> None:
    tabled = ("Après l'article 2, insérer un article additionnel ainsi rédigé :\n\n"
              "« I. – L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Texte. »\n\n« II. – Autre. »")  # fmt: skip
    made = additional_article(tabled)
    assert made and made.text == "I. – L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Texte. »\n\nII. – Autre."


@pytest.mark.parametrize(
    "tabled",
    [
        "Insérer l'article suivant :\n\nTexte.",  # no place
        "Après l'article 2, insérer un article additionnel ainsi rédigé :",  # no text
        "Après l'article L. 6242-1 du code du travail, il est inséré un article ainsi rédigé :\n\n« Art. »",  # a code's
        "Après l'article 37, insérer la division et l'intitulé suivants :\n\nSection 4",  # a division
        "<p><b>Cet amendement a été déclaré irrecevable par la commission des finances.</b></p>",
    ],
)
def test_any_other_form_is_left_to_a_human(tabled: str) -> None:
    assert additional_article(tabled) is None


def test_a_text_that_cannot_be_read_is_refused_as_the_parser_refuses_it() -> None:
    """An instruction of its own where the article's words should be (the committee's COM-102, 2013)."""
    tabled = ("Après l'article 5, insérer un article additionnel ainsi rédigé :\n\nAu troisième alinéa de "
              "l'article L. 123-4, après les mots : « et concourt »\n\n"
              "Insérer les mots : « à leur réussite et »")  # fmt: skip
    with pytest.raises(AmendingError) as refused:
        additional_article(tabled, "COM-102")
    assert refused.value.part.startswith(REWRITE) and "instruction of its own" in refused.value.reason
    # what was tabled, for the refusal to be said of it
    assert tabled_order(tabled) == "Après l'article 5, insérer un article additionnel ainsi rédigé :"
    senate = "<p>Après l'article 5</p><p>Insérer un article additionnel ainsi rédigé :</p><p>Texte.</p>"
    assert tabled_order(senate) == "Après l'article 5 Insérer un article additionnel ainsi rédigé :"
    assert tabled_order("Insérer l'article suivant :\n\nTexte.") is None
