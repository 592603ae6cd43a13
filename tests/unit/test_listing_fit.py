"""The words an amendment quotes as found in the article, which measure whether a listing fits a bill
(drafting.services.listing_fit): not the words it brings, in « » or on the next alinéa as the Senate writes."""

from __future__ import annotations

from drafting.services.listing_fit import measure, words_to_find

from drafting.formats.markdown import parse

BILL = parse("# Loi\n\n## Article 1er\n\nLe délai est de six mois.\n\n## Article 2\n\nLa décision est publiée.\n")


def test_the_words_to_replace_or_after_which_to_insert_are_looked_for_not_those_brought() -> None:
    said = "Alinéa 1\n\nRemplacer les mots : « six mois » par les mots : « un an »"
    assert words_to_find(said) == ["six mois"]
    assert words_to_find("Après le mot : « délai », insérer les mots : « de recours »") == ["délai"]
    assert words_to_find("<p>Remplacer les mots :</p><p>peuvent associer</p><p>par les mots :</p><p>associent</p>") == [
        "peuvent associer"
    ]


def test_a_rewrite_or_a_deletion_has_no_words_to_find() -> None:
    assert words_to_find("Rédiger ainsi cet article :\n\n« Le délai est de un an, les mots « six mois » »") == []
    assert words_to_find("Alinéa 3\n\nSupprimer cet alinéa.") == []


def test_a_listing_fits_when_its_words_are_in_its_articles_and_is_judged_on_five_rows_at_least() -> None:
    def row(n: int, sujet: str, texte: str) -> dict[str, object]:
        return {"numero": str(n), "sujet": sujet, "texte": texte, "texteloi_id": "1234"}

    right = [row(n, "Article 1er", "Remplacer les mots : « six mois » par les mots : « un an »") for n in range(5)]
    assert not measure(right, BILL).poor and measure(right, BILL).share == 1.0
    wrong = [row(n, "Article 2", "Supprimer les mots : « conseil académique »") for n in range(4)]
    assert not measure(wrong, BILL).poor  # four rows: too few to judge by
    fit = measure([*wrong, row(9, "Article 38", "Supprimer cet article.")], BILL)
    assert fit.poor and fit.text_ids == ["1234"]
    assert fit.examples()[0] == ("0", "« conseil académique » is not in article 2")
    assert fit.misfits["9"] == "no article 38 in the bill"
