# ruff: noqa: E501  (French instructions read best whole)
"""Alinéas and divisions inserted (insertion.py, items.py, announcements.py, divisions.py): where they
go, the marks they take (« … – », « bis », a placeholder), deleted divisions restored, how items of an
enumeration end (« ; », a full stop), and the counts announcing a quotation recounted."""

from __future__ import annotations

import pytest

from drafting.domain.amending import AmendingError, apply
from tests.unit.amending_helpers import ARTICLE, ITEMS, ROMAN_ITEMS, alineas

DIVISIONS = "I. – Le maire décide.\n\nII. – (Supprimé)\n\nIII. – Le préfet voit.\n\nIl signe."


ANNOUNCING = "\n\n".join(
    [
        "L'article L. 719-1 du code de l'éducation est ainsi modifié :",
        "1° Après le troisième alinéa, il est inséré un alinéa ainsi rédigé :",
        "« Une déclaration de candidature est obligatoire. » ;",
        "2° Après la première phrase du quatrième alinéa, est insérée une phrase ainsi rédigée :",
        "« Le recteur en est informé. » ;",
        "3° Le dernier alinéa est complété par deux alinéas ainsi rédigés :",
        "« Les listes sont publiées.",
        "« Elles sont affichées. »",
    ]
)

def test_complete_the_article_and_insert_at_its_start() -> None:
    out = alineas(
        apply(
            ARTICLE,
            [
                ("1", "Compléter cet article par un alinéa ainsi rédigé :\n\n« 4° Un décret fixe les modalités. »"),
                ("2", "Au début de cet article, ajouter un alinéa ainsi rédigé :\n\n« I. – Le code est modifié. »"),
            ],
        )
    )
    assert out[0] == "I. – Le code est modifié." and out[-1] == "4° Un décret fixe les modalités."

def test_a_quoted_alinea_keeps_its_quotes() -> None:
    article = "Il est inséré un article ainsi rédigé :\n\n« Art. 2. – Le maire décide. »"
    out = apply(article, [("1", "Rédiger ainsi l'alinéa 2 :\n\n« Art. 2. – Le conseil décide. »")])
    assert alineas(out)[1] == "« Art. 2. – Le conseil décide. »"

def test_a_text_completed_by_a_ii_becomes_its_i() -> None:
    out = apply(
        "Le code est modifié.", [("1", "Compléter cet article par l'alinéa suivant : « II. – Le décret est pris. »")]
    )
    assert alineas(out) == ["I. – Le code est modifié.", "II. – Le décret est pris."]


@pytest.mark.parametrize(
    "instruction",
    [
        "Insérer après l'alinéa 2 un alinéa ainsi rédigé :\n\n« Le juge tranche. »",
        "Insérer après le 2ème alinéa un alinéa ainsi rédigé :\n\n« Le juge tranche. »",
        "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« Le juge tranche. »",
    ],
)


def test_the_place_of_alineas_inserted_may_follow_the_verb(instruction: str) -> None:
    article = "Le maire décide.\n\nLe préfet voit.\n\nLe conseil délibère."
    assert alineas(apply(article, [("89", instruction)]))[2] == "Le juge tranche."

def test_an_item_now_followed_by_another_item_ends_with_a_semicolon() -> None:
    article = "\n\n".join(
        [
            "Le conseil comprend :",
            "1° Le maire ;",
            "2° Les membres désignés d'un commun accord.",
            "Ils siègent trois ans.",
            "3° Le préfet.",
        ]
    )
    # words replaced with the item's « ; », by words without it: it stays
    out = alineas(
        apply(article, [("112", "Alinéa 2\n\nRemplacer les mots :\n\nLe maire ;\n\npar les mots :\n\nLe président")])
    )
    assert out[1] == "1° Le président ;"
    out = alineas(apply(article, [("COM-80", "Supprimer l'alinéa 4.")]))
    assert out[2] == "2° Les membres désignés d'un commun accord ;"  # the alinéa between them gone
    items = "I. – Le code est ainsi modifié :\n\n1° Le mot : « six » est remplacé par le mot : « sept » ;\n\n2° L'article 4 est abrogé ;\n\n3° L'article 5 est abrogé."
    out = alineas(
        apply(
            items,
            [
                (
                    "298",
                    "Alinéa 3\n\nRemplacer cet alinéa par deux alinéas ainsi rédigés :\n\n2° L'article 4 est ainsi rédigé :\n\n« Art. 4. – Le maire décide. »",
                )
            ],
        )
    )
    assert out[2:5] == [
        "2° L'article 4 est ainsi rédigé :",
        "« Art. 4. – Le maire décide. » ;",
        "3° L'article 5 est abrogé.",
    ]

def test_a_division_completing_the_article_restores_the_one_recorded_as_deleted() -> None:
    article = "I. – Le maire décide.\n\nII. – (Supprimé)"
    out = apply(
        article, [("10", "Compléter cet article par un paragraphe ainsi rédigé :\n\nII. – Le préfet est informé.")]
    )
    assert alineas(out) == ["I. – Le maire décide.", "II. – Le préfet est informé."]
    kept = apply(
        article, [("10", "Compléter cet article par un paragraphe ainsi rédigé :\n\nIII. – Le préfet est informé.")]
    )
    assert alineas(kept) == ["I. – Le maire décide.", "II. – (Supprimé)", "III. – Le préfet est informé."]

def test_an_item_restored_where_its_alinea_records_it_deleted() -> None:
    article = "Titre :\n\n1° Le maire décide ;\n\n2° (Supprimé)\n\n3° Le préfet voit."
    restore = "Rétablir le 2° de l'alinéa {} dans la rédaction suivante : « 2° Le conseil délibère ; »"
    out = apply(article, [("327", restore.format(3))])
    assert alineas(out)[2] == "2° Le conseil délibère ;"
    with pytest.raises(AmendingError) as caught:
        apply(article, [("327", restore.format(4))])
    assert "alinéa 4 is the 2° but that alinéa opens otherwise" in caught.value.message

def test_a_paragraph_restored_where_it_is_recorded_deleted() -> None:
    restore = "Alinéa {}\n\nRétablir ce paragraphe dans la rédaction suivante :\n\nII. – Le conseil délibère.\n\nIII. – Supprimé."
    out = alineas(apply(DIVISIONS, [("14", restore.format(2).removesuffix("\n\nIII. – Supprimé."))]))
    assert out == ["I. – Le maire décide.", "II. – Le conseil délibère.", "III. – Le préfet voit.", "Il signe."]
    for alinea in (3, 4):  # alinéa 3 alone is not the whole III, alinéa 4 is not a division
        with pytest.raises(AmendingError) as caught:
            apply(DIVISIONS, [("14", restore.format(alinea).removesuffix("\n\nIII. – Supprimé."))])
        assert "not a whole « I. – » division" in caught.value.message

def test_an_alinea_of_the_bills_own_given_with_no_stop_takes_a_full_stop() -> None:
    # « … est abrogé ». : the full stop after the amendment's quote is the instruction's; the bill's alinéas end with one
    text = "I. - Le maire décide.\n\nII. - (Supprimé)"
    out = apply(text, [("1", "Rétablir cet article dans le texte suivant :\n\n« L'article L. 1 est abrogé ».")])
    assert out == "L'article L. 1 est abrogé."
    two = "Substituer à l'alinéa 1 les deux alinéas suivants :\n\n« I. - Le maire décide.\n\n« I bis. - Le préfet contrôle »."
    assert alineas(apply(text, [("2", two)]))[:2] == ["I. - Le maire décide.", "I bis. - Le préfet contrôle."]
    # a note in brackets is not a sentence: left as it is
    assert alineas(apply(text, [("3", "Alinéa 1\n\nRédiger ainsi cet alinéa :\n\n« I. - (Supprimé) »")]))[0] == "I. - (Supprimé)"
    # the text an alinéa given before it introduces (a table's row) is that text's, not the bill's own
    row = "Compléter cet article par deux alinéas ainsi rédigés :\n\nIII. - Le tableau est ainsi modifié : la ligne est ainsi rédigée :\n\nAlsace 60"
    assert alineas(apply(text, [("4", row)]))[-1] == "Alsace 60"

def test_a_mark_put_at_the_start_of_an_alinea_ends_the_item_before_it() -> None:
    # the 1°'s quotation now has a 2° after it: it ends « » ; », as items followed by another do
    text = "L'article L. 1 est ainsi modifié :\n\n1° Il est ajouté un alinéa ainsi rédigé :\n\n« Le maire décide. »\n\nLe préfet contrôle."
    out = alineas(apply(text, [("1", "Au début de l'alinéa 4, insérer la mention : « 2° ».")]))
    assert out[2:] == ["« Le maire décide. » ;", "2° Le préfet contrôle."]
    items = "L'article L. 1 est ainsi modifié :\n\n1° Le maire décide ;\n\n2° Le juge tranche.\n\nLe préfet contrôle."
    out = alineas(apply(items, [("2", "Au début de l'alinéa 4, insérer la mention : « 3° ».")]))
    assert out[2:] == ["2° Le juge tranche ;", "3° Le préfet contrôle."]

def test_an_item_put_before_another_of_its_enumeration_ends_with_a_semicolon() -> None:
    article = "\n\n".join(["Le conseil comprend :", "1° Le maire ;", "2° (Supprimé)", "3° Le préfet."])
    out = apply(article, [("10", "Rétablir le 2° de l'alinéa 3 dans la rédaction suivante :\n\n« 2° Le juge. »")])
    assert alineas(out) == ["Le conseil comprend :", "1° Le maire ;", "2° Le juge ;", "3° Le préfet."]

def test_an_item_rewritten_with_a_full_stop_keeps_the_semicolon_before_the_next_item() -> None:
    # its neighbours end with « : » (an introduction, an item introducing sub-items): the item it
    # rewrites ended with « ; »
    article = "\n\n".join(
        [
            "II. – Le code est ainsi modifié :",
            "1° Le taux : « 25 % » est remplacé par le taux : « 18 % » ;",
            "2° L'article L. 9 est ainsi modifié :",
            "a) Le mot : « six » est remplacé par le mot : « sept ».",
        ]
    )
    out = apply(
        article,
        [
            (
                "176",
                "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\n1° Le premier alinéa est complété par les mots : « pour les boissons ».",
            )
        ],
    )
    assert alineas(out)[1] == "1° Le premier alinéa est complété par les mots : « pour les boissons » ;"

def test_a_text_not_divided_gaining_a_paragraph_i_at_its_start_becomes_its_ii() -> None:
    article = "À la fin de l'article 4 de la loi n° 62-1292, la référence : « 2011 » est remplacée par la référence : « 2013 »."
    amendment = "Au début de cet article, ajouter un paragraphe ainsi rédigé :\n\nI. – À l'article 3 de la même loi, le mot : « six » est remplacé par le mot : « sept »."
    out = alineas(apply(article, [("COM-40", amendment)]))
    assert out[0].startswith("I. – À l'article 3") and out[1] == f"II. – {article}"
    # « … – », the next number, put before a text not divided: its I
    out = alineas(apply(article, [("293", amendment.replace("I. –", "... -"))]))
    assert out[0].startswith("I. – À l'article 3") and out[1] == f"II. – {article}"
    # a text already divided keeps its marks
    divided = f"I. – {article}\n\nII. – Le présent article entre en vigueur en 2014."
    out = alineas(apply(divided, [("COM-40", amendment.replace("I. –", "I A. –"))]))
    assert out[1:] == alineas(divided)

def test_an_item_put_after_an_item_ending_with_its_quotation_ends_with_a_semicolon() -> None:
    article = "\n\n".join(
        [
            "I. – L'article L. 135-6 est ainsi modifié :",
            "1° Le I est complété par un alinéa ainsi rédigé :",
            "« Le fonds verse chaque année 2 milliards d'euros. » ;",
            "2° Le III est abrogé.",
        ]
    )
    out = apply(
        article,
        [
            (
                "COM-9",
                "Après l'alinéa 3\n\nInsérer un alinéa ainsi rédigé :\n\n...° Au II, le mot : « six » est remplacé par le mot : « sept ».",
            )
        ],
    )
    assert alineas(out)[3] == "1° bis Au II, le mot : « six » est remplacé par le mot : « sept » ;"

def test_a_paragraph_completing_an_article_not_divided_is_its_ii() -> None:
    article = "L'article L. 3 est ainsi modifié :\n\n1° Le maire décide ;\n\n2° Le préfet contrôle."
    text = "Compléter cet article par un paragraphe ainsi rédigé :\n\n… – Le présent article entre en vigueur en 2030."
    out = alineas(apply(article, [("14", text)]))
    assert (out[0], out[-1]) == (
        "I. – L'article L. 3 est ainsi modifié :",
        "II. – Le présent article entre en vigueur en 2030.",
    )

def test_an_announcement_of_phrases_and_alineas_counts_both_again() -> None:
    # the phrases complete the code article's last alinéa (the quotation's first), the alinéas follow it
    text = (
        "L'article L. 1 est complété par deux phrases et deux alinéas ainsi rédigés :\n\n"
        "« Le maire décide. Le préfet contrôle.\n\n« Le juge tranche.\n\n« Le greffier note. »"
    )
    out = alineas(apply(text, [("1", "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\nLe maire décide seul.")]))
    assert out[0] == "L'article L. 1 est complété par une phrase et deux alinéas ainsi rédigés :"
    out = alineas(apply(text, [("2", "Alinéa 3\n\nSupprimer cet alinéa.")]))
    assert out[0] == "L'article L. 1 est complété par deux phrases et un alinéa ainsi rédigés :"
    put = "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Le juge tranche. »"
    out = alineas(apply(text, [("3", put)]))
    assert out[0] == "L'article L. 1 est complété par trois phrases et deux alinéas ainsi rédigés :"

def test_a_division_put_between_two_numbered_in_a_row_is_the_one_aboves_bis() -> None:
    article = "I. – Le maire décide.\n\nII. – Le préfet contrôle.\n\nIII. – Le juge tranche."
    text = "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n\n« … – Le conseil vote. »\n\n« … – Il publie. »"
    assert alineas(apply(article, [("17", text)]))[2:4] == ["II bis. – Le conseil vote.", "II ter. – Il publie."]
    items = "Le code est ainsi modifié :\n\n1° Le maire ;\n\n2° Le préfet."
    out = apply(items, [("17", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« …° Le juge ; »")])
    assert alineas(out)[2] == "1° bis Le juge ;"
    out = apply(items, [("17", "Compléter cet article par un alinéa ainsi rédigé :\n\n« …° Le juge. »")])
    assert alineas(out)[3] == "3° Le juge."


@pytest.mark.parametrize(
    ("instruction", "at", "expected"),
    [
        # between b) and c): the one above's « bis »
        (
            "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n\n…) La dernière phrase est supprimée ;",
            4,
            "b bis) La dernière phrase est supprimée ;",
        ),
        # « … » alone takes the kind of the marks of its level: after 2°, the 3°
        (
            "Compléter cet article par un alinéa ainsi rédigé :\n\n... Le dernier alinéa est supprimé.",
            7,
            "3° Le dernier alinéa est supprimé.",
        ),
        # before the first one: its « A »
        (
            "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n…° Le titre est ainsi rédigé : « Des communes » ;",
            1,
            "1° A Le titre est ainsi rédigé : « Des communes » ;",
        ),
    ],
)


def test_a_division_numbered_with_dots_takes_its_number_from_its_level(
    instruction: str, at: int, expected: str
) -> None:
    assert alineas(apply(ITEMS, [("30", instruction)]))[at] == expected

def test_dots_before_a_division_a_already_take_aa() -> None:
    text = "Le code est ainsi modifié :\n\n1° A Le titre change ;\n\n1° Le chapitre change."
    out = apply(text, [("31", "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n…° Le livre change ;")])
    assert alineas(out)[1] == "1° AA Le livre change ;"

def test_dots_in_a_new_quotation_do_not_take_the_bills_own_numbers() -> None:
    # the 2° of the code article quoted is not said: the dots stay, for the clerks to number
    text = "Après l'alinéa 6, insérer deux alinéas ainsi rédigés :\n\n…° Après le deuxième alinéa, il est inséré un alinéa ainsi rédigé :\n\n« …° Les projets de réforme ; »"
    out = alineas(apply(ITEMS, [("32", text)]))
    assert out[6] == "1° bis Après le deuxième alinéa, il est inséré un alinéa ainsi rédigé :"
    assert out[7].startswith("« …° Les projets de réforme")

def test_an_item_announced_as_one_alinea_with_the_quotation_it_introduces() -> None:
    article = "La loi est ainsi modifiée :\n\n1° L'article 2 est abrogé ;\n\n2° L'article 3 est abrogé."
    text = (
        "Après l'alinéa 2\n\nInsérer un alinéa ainsi rédigé :\n\n"
        "...° L'article 4 est complété par un alinéa ainsi rédigé :\n\n« Le maire en rend compte. »"
    )
    # the quotation keeps its quotes, and the item, followed by another, ends « » ; »
    assert alineas(apply(article, [("43", text)]))[2:4] == [
        "1° bis L'article 4 est complété par un alinéa ainsi rédigé :",
        "« Le maire en rend compte. » ;",
    ]
    with pytest.raises(AmendingError):  # two alinéas of its own are not « un alinéa »: the second is not read
        apply(article, [("43", text.replace("« Le maire en rend compte. »", "...° L'article 5 est abrogé."))])


@pytest.mark.parametrize(
    ("instruction", "index", "expected"),
    [
        (
            "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« Les listes sont paritaires. »",
            1,
            "1° Après le troisième alinéa, sont insérés deux alinéas ainsi rédigés :",
        ),
        (
            "Alinéa 5\n\nCompléter cet alinéa par deux phrases ainsi rédigées :\n\n« Il y répond. Il publie sa réponse. »",
            3,
            "2° Après la première phrase du quatrième alinéa, sont insérées trois phrases ainsi rédigées :",
        ),
        ("Supprimer l'alinéa 8.", 5, "3° Le dernier alinéa est complété par un alinéa ainsi rédigé :"),
    ],
)


def test_an_alinea_announcing_its_quotation_counts_it_again(instruction: str, index: int, expected: str) -> None:
    assert alineas(apply(ANNOUNCING, [("COM-71", instruction)]))[index] == expected


@pytest.mark.parametrize(
    ("count", "recounted"),
    [("dix", "onze"), ("quinze", "seize"), ("dix-neuf", "vingt"), ("12", "13")],
)


def test_a_count_of_ten_and_up_written_in_words_or_figures_is_counted_again(count: str, recounted: str) -> None:
    n = {"dix": 10, "quinze": 15, "dix-neuf": 19, "12": 12}[count]
    quoted = [f"« Alinéa cité {k}." for k in range(1, n)] + [f"« Alinéa cité {n}. » ;"]
    text = "\n\n".join(["1° L'article 18 est ainsi modifié :", f"a) Sont insérés {count} alinéas ainsi rédigés :", *quoted])
    out = alineas(apply(text, [("1", "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« Alinéa ajouté. »")]))
    assert out[1] == f"a) Sont insérés {recounted} alinéas ainsi rédigés :"

def test_a_count_above_twenty_in_words_is_left_as_it_stands() -> None:
    quoted = [f"« Alinéa cité {k}." for k in range(1, 20)] + ["« Alinéa cité 20. » ;"]
    text = "\n\n".join(["1° L'article 18 est ainsi modifié :", "a) Sont insérés vingt alinéas ainsi rédigés :", *quoted])
    out = alineas(apply(text, [("1", "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« Alinéa ajouté. »")]))
    assert out[1] == "a) Sont insérés vingt alinéas ainsi rédigés :"

def test_an_announced_count_that_was_wrong_before_is_left_as_it_was() -> None:
    text = ANNOUNCING.replace("complété par deux alinéas", "complété par trois alinéas")
    out = alineas(apply(text, [("1", "Supprimer l'alinéa 8.")]))
    assert out[5] == "3° Le dernier alinéa est complété par trois alinéas ainsi rédigés :"

def test_a_placeholder_item_next_to_roman_items_is_not_numbered_as_a_letter() -> None:
    instruction = "Après le ii) du b) du 1° du I, insérer un alinéa ainsi rédigé : « …) Étendre les délais ; »"
    # between two roman items, theirs: « ii bis) » (« iii) » is taken)
    assert alineas(apply(ROMAN_ITEMS, [("1", instruction)]))[6] == "ii bis) Étendre les délais ;"  # not « j) »
    # after the last one (before the « c) »): « iv) », or a letter « b bis) » after the b)? Not said
    for after in ("le iii) du b) du 1° du I", "le b) du 1° du I", "l'alinéa 7"):
        put = f"Après {after}, insérer un alinéa ainsi rédigé : « …) Étendre les délais ; »"
        with pytest.raises(AmendingError, match="next to a roman item") as caught:
            apply(ROMAN_ITEMS, [("2", put)])
        assert caught.value.code == "ambiguous"

def test_an_announced_count_of_code_articles_is_counted_again() -> None:
    text = (
        "I. – Le code est complété par deux articles ainsi rédigés :\n\n« Art. L. 5. – Le maire décide.\n\n"
        "« Art. L. 6. – Le préfet contrôle. »\n\nII. – Le présent article entre en vigueur le 1er janvier 2021."
    )
    out = alineas(
        apply(text, [("1", "Après l'alinéa 3, insérer un alinéa ainsi rédigé : « Art. L. 7. – Le juge tranche. »")])
    )
    assert out[0] == "I. – Le code est complété par trois articles ainsi rédigés :"
    assert out[3] == "« Art. L. 7. – Le juge tranche. »"
    one = "Après l'article L. 4, il est inséré un article ainsi rédigé :\n\n« Art. L. 5. – Le maire décide. »"
    out = alineas(
        apply(one, [("2", "Compléter cet article par un alinéa ainsi rédigé : « Art. L. 6. – Le préfet contrôle. »")])
    )
    assert out[0] == "Après l'article L. 4, sont insérés deux articles ainsi rédigés :"

def test_an_alinea_announcing_one_item_by_its_number_names_the_items_it_now_introduces() -> None:
    text = (
        "L'article L. 1 est ainsi modifié :\n\n1° Après le 2°, il est inséré un 2° bis ainsi rédigé :\n\n"
        "« 2° bis Fermer les parcs ; » ;\n\n2° Le dernier alinéa est supprimé."
    )
    put = "Après l'alinéa 3, insérer un alinéa ainsi rédigé : « 2° ter Fermer les plages ; »"
    out = alineas(apply(text, [("1", put)]))
    assert out[1] == "1° Après le 2°, sont insérés des 2° bis et 2° ter ainsi rédigés :"
    assert out[2:4] == ["« 2° bis Fermer les parcs ;", "« 2° ter Fermer les plages ; » ;"]
    quater = "Après l'alinéa 3, insérer un alinéa ainsi rédigé : « 2° quater Fermer les forêts ; »"
    out = alineas(apply(text, [("2", put), ("3", quater)]))  # two insertions at one place: in the order given
    assert out[1] == "1° Après le 2°, sont insérés des 2° bis à 2° quater ainsi rédigés :"

def test_a_recounted_announcement_opening_its_alinea_keeps_its_capital() -> None:
    text = "Il est inséré un alinéa ainsi rédigé :\n\n« Le maire décide. »"
    out = apply(text, [("1", "Compléter cet article par un alinéa ainsi rédigé : « Le préfet contrôle. »")])
    assert alineas(out)[0] == "Sont insérés deux alinéas ainsi rédigés :"  # not « Il sont insérés »
    text = "Sont insérés deux alinéas ainsi rédigés :\n\n« Le maire décide.\n\n« Le juge tranche. »"
    assert alineas(apply(text, [("2", "Supprimer l'alinéa 3.")]))[0] == "Il est inséré un alinéa ainsi rédigé :"

def test_a_placeholder_between_two_adverbs_of_one_number() -> None:
    article = "Le code est ainsi modifié :\n\n1° Le titre est abrogé ;\n\n1° bis Le chapitre est abrogé ;\n\n1° ter La section est abrogée ;\n\n2° L'article 3 est abrogé."
    out = alineas(
        apply(article, [("COM-213", "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n…° Le 3° est complété ;")])
    )
    assert out[3] == "1° ter A Le 3° est complété ;"  # « 1° ter » is taken: the « A » before it
    spaced = article.replace("1° ter La", "1° quater La")
    out = alineas(
        apply(spaced, [("COM-213", "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n…° Le 3° est complété ;")])
    )
    assert out[3] == "1° ter Le 3° est complété ;"

def test_an_item_put_amid_a_quotation_with_no_stop_ends_with_a_semicolon() -> None:
    article = (
        "Sont ajoutés des 5° et 6° ainsi rédigés :\n\n"
        "« 5° À l'attractivité des territoires ;\n\n« 6° À la réussite des étudiants. »"
    )
    # the closing quote is the amendment's, the full stop after it the instruction's: the item has none
    put = "<p>Après l'alinéa 2, créer un 5°bis ainsi rédigé :</p><p>« 5°bis À la cohésion du territoire ».</p>"
    assert alineas(apply(article, [("COM-126", put)]))[2] == "« 5° bis À la cohésion du territoire ;"

def test_a_placeholder_letter_item_put_with_its_quotation_before_another_item_closes_it_with_a_semicolon() -> None:
    article = (
        "Le premier alinéa est ainsi modifié :\n\n"
        "a) La première phrase est ainsi rédigée :\n\n« Il accueille les étudiants. » ;\n\n"
        "b) La dernière phrase est supprimée."
    )
    put = (
        "<p>Après l'alinéa 3, insérer deux alinéas ainsi rédigés :</p><p>…) La deuxième phrase est ainsi "
        "rédigée :</p><p>« Il soutient les établissements. »</p>"
    )
    out = alineas(apply(article, [("COM-204", put)]))
    assert out[3:5] == ["a bis) La deuxième phrase est ainsi rédigée :", "« Il soutient les établissements. » ;"]

def test_an_alinea_with_no_mark_put_between_two_items_is_refused() -> None:
    article = "\n\n".join(
        [
            "I. – L'article L. O. 135-1 est ainsi modifié :",
            "1° Le quatrième alinéa est supprimé ;",
            "2° Le sixième alinéa est supprimé ;",
            "3° Il est ajouté un alinéa ainsi rédigé :",
            "« Un décret fixe le modèle des déclarations. »",
        ]
    )
    # often an amendment counting another amendment's alinéas: the alinéa is neither the 1°'s nor the 2°'s
    put = "Insérer après le 2ème alinéa un alinéa ainsi rédigé :\n\n« Ces électeurs peuvent adresser des observations. »"
    with pytest.raises(AmendingError, match="with no mark between two items") as caught:
        apply(article, [("CL89", put)])
    assert caught.value.code == "ambiguous"
    # an item put there is read
    item = "Insérer après le 2ème alinéa un alinéa ainsi rédigé :\n\n« 1° bis Le cinquième alinéa est supprimé ; »"
    assert alineas(apply(article, [("CL90", item)]))[2] == "1° bis Le cinquième alinéa est supprimé ;"

def test_a_sub_amendment_deleting_an_alinea_quoted_amid_a_quotation_recounts_the_announced_count() -> None:
    # the amendment's alinéas open with the article's quote after its own (« « … »): still counted (p21-020)
    text = "L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Premier.\n\n« Second.\n\n« Fin. »"
    put = "<p>Après l'alinéa 3, insérer les deux alinéas suivants :</p><p>« « Troisième.</p><p>« « Quatrième. »</p>"
    sub = "<p>Sous-amendement n° 11 à l'amendement n° 10</p><p>Alinéa 3</p><p>Supprimer cet alinéa.</p>"
    out = alineas(apply(text, [("10", put), ("11", sub)]))
    assert out == ["L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Premier.", "« Second.", "« Troisième.", "« Fin. »"]

def test_a_placeholder_glued_to_its_words_and_a_number_marked_new() -> None:
    # « …°L'article » (no space after the placeholder, n° 9 rect. sexies: p25-038) is « 3° L'article »
    article = "Le code est ainsi modifié :\n\n1° Premier ;\n\n2° Deuxième."
    glued = "Après l'alinéa 3\n\nInsérer un alinéa ainsi rédigé :\n\n…°L'article 1618 septies est abrogé."
    assert alineas(apply(article, [("1", glued)]))[-1] == "3° L'article 1618 septies est abrogé."
    # « II bis (nouveau). – » is a II bis: the paragraph put after it and before the III is the II ter (p25-010)
    article = "I. – Un.\n\nII. – Deux.\n\nII bis (nouveau). – Deux bis.\n\nIII. – Trois."
    amendment = "Après l'alinéa 3, insérer un paragraphe ainsi rédigé : « … – Deux ter. »"
    assert alineas(apply(article, [("1", amendment)]))[3] == "II ter. – Deux ter."

def test_an_item_whose_quoted_words_end_with_its_semicolon_is_ended_already() -> None:
    # « b) … : « … carbone ; » », followed by the 3° as it stood: the item's « ; » is inside its quote; an item
    # put after it leaves it as it was, no « ; » added after the quote (p26-038)
    article = (
        "II. – Le code est ainsi modifié :\n\n2° Le 1° est ainsi modifié :\n\n"
        "a) Les mots : « quatre » sont remplacés par le mot : « six » ;\n\n"
        "b) Est ajoutée une phrase ainsi rédigée : « La neutralité est un équilibre ; »\n\n"
        "3° Le 2° est abrogé."
    )
    amendment = "<p>Après le 2° du II, insérer un 2° bis ainsi rédigé :</p><p>« 2° bis Le 4° est abrogé ; »</p>"
    assert alineas(apply(article, [("1", amendment)]))[3:] == [
        "b) Est ajoutée une phrase ainsi rédigée : « La neutralité est un équilibre ; »",
        "2° bis Le 4° est abrogé ;",
        "3° Le 2° est abrogé.",
    ]

def test_an_item_check_reads_the_adverb_of_its_mark() -> None:
    # « À l'alinéa 3 (4° bis) » on an alinéa opening « « 4° bis »: the check reads « bis » (p26-037)
    article = (
        "Le code est ainsi modifié :\n\n1° Après le 4°, sont insérés des 4° bis et 4° ter ainsi rédigés :\n\n"
        "« 4° bis D'encourager la production d'énergie hydraulique ;\n\n« 4° ter De favoriser l'éolien ; »"
    )
    amendment = "<p>À l'alinéa 3 (4° bis), après le mot : « hydraulique », insérer les mots : « et marémotrice ».</p>"
    assert alineas(apply(article, [("1", amendment)]))[2] == (
        "« 4° bis D'encourager la production d'énergie hydraulique et marémotrice ;"
    )
    # the 4° is not the 4° bis, nor the 4° bis the 4° ter
    for other in ("4°", "4° ter"):
        with pytest.raises(AmendingError, match="opens otherwise"):
            apply(article, [("1", amendment.replace("(4° bis)", f"({other})"))])

def test_a_placeholder_between_an_item_put_before_the_first_and_the_first() -> None:
    # « …° » between « 1° A » and « 1° » is the « 1° B » (PLFSS 2018, Sénat n° 156 rect. ter: p27-035)
    article = "Le code est ainsi modifié :\n\n1° A L'article 1 est abrogé ;\n\n1° L'article 2 est abrogé ;\n\n2° Fin."
    amendment = "Après l'alinéa 2, insérer un alinéa ainsi rédigé : « …° L'article 3 est abrogé ; »"
    assert alineas(apply(article, [("1", amendment)]))[2] == "1° B L'article 3 est abrogé ;"
    # between « 1° A » and « 1° B », its number is not said: the dots stay
    article = article.replace("1° L'article 2", "1° B L'article 2")
    assert alineas(apply(article, [("1", amendment)]))[2].startswith("…°")

def test_a_quoted_phrase_deleted_by_its_words_recounts_the_phrases_announced_with_it() -> None:
    # the alinéa ends with the phrases it announces: one taken out by its words, the count is said again
    article = "4° Sont ajoutées deux phrases ainsi rédigées : « Il est révisé tous les dix ans. Il est publié. »"
    out = apply(article, [("38", "À l'alinéa 1, supprimer les mots : « Il est publié. »")])
    assert out == "4° Est ajoutée une phrase ainsi rédigée : « Il est révisé tous les dix ans. »"

def test_an_item_whose_quotation_ends_with_its_own_semicolon_is_ended() -> None:
    # « a) Le 9° est ainsi rédigé : » then « « 9° … fournisseur ; » »: the quoted 9° ends with « ; », which ends
    # the a) too; an item put after it adds nothing there (not « … ; » ; »: p28-050, p28-049)
    article = (
        "Le code est ainsi modifié :\n\n1° L'article 2 est ainsi modifié :\n\na) Le 9° est ainsi rédigé :\n\n"
        "« 9° La fourniture de gaz ; »\n\nb) Le 10° est abrogé ;\n\n2° L'article 3 est abrogé."
    )
    amendment = "Après l'alinéa 4, insérer un alinéa ainsi rédigé : « a bis) Le 9° bis est abrogé ; »"
    for quote in ("« 9° La fourniture de gaz ; »", "“9° La fourniture de gaz ; ”"):
        out = alineas(apply(article.replace("« 9° La fourniture de gaz ; »", quote), [("1", amendment)]))
        assert out[3] == quote and out[4] == "a bis) Le 9° bis est abrogé ;", quote

def test_a_paragraph_placeholder_amid_items_keeps_its_dots() -> None:
    # « « … – » put between the quoted 1° and 2°: no paragraph number fits amid arabic items, the « II. – »
    # further down does not number it (PLFSS 2018, Sénat n° 350: p30-063); after the 3°, before the II, it
    # follows the I of the article's heading (« Art. L. 1. – I. – »): « I bis. – »
    article = (
        "1° L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – I. – Sont obligatoires :\n\n« 1° La diphtérie ;\n\n"
        "« 2° Le tétanos ;\n\n« 3° La polio.\n\n« II. – Les parents en répondent. » ;\n\n2° L'article L. 2 est abrogé."
    )

    def put(after: int) -> str:
        text = f"Après l'alinéa {after}\n\nInsérer un alinéa ainsi rédigé :\n\n« … – Sont facultatifs :"
        return apply(article, [("1", text)]).split("\n\n")[after]

    assert put(3) == "« … – Sont facultatifs :"
    assert put(5) == "« I bis. – Sont facultatifs :"

def test_a_placeholder_item_is_numbered_within_its_own_division() -> None:
    # « …° » right after « VI. – … : », before its « 1° »: its « 1° A », not the next number after the items
    # of an earlier division (PLFSS 2018, p33-077)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° L'article L. 1 est abrogé ;\n\n2° L'article L. 2 est abrogé.\n\n"
        "II. – Ne donnent pas lieu à compensation :\n\n1° La réduction de la taxe ;\n\n2° Le coût du doublement."
    )
    text = "Après l'alinéa 4\n\nInsérer un alinéa ainsi rédigé :\n\n« …° La majoration du taux ; »"
    assert apply(article, [("1", text)]).split("\n\n")[4] == "1° A La majoration du taux ;"

def test_a_division_restored_after_an_alinea_named_is_inserted_there() -> None:
    # « Après l'alinéa 3, rétablir un 2° bis ainsi rédigé »: put after alinéa 3, as « insérer » puts it (p43-045)
    text = "Après l'alinéa 3, rétablir un 2° bis ainsi rédigé : « 2° bis Le délai est abrogé ; »"
    article = "L'article 8 est ainsi modifié :\n\n1° Le mot est supprimé ;\n\n2° La date est remplacée ;\n\n3° Il est abrogé."
    assert apply(article, [("1", text)]).split("\n\n")[3:] == ["2° bis Le délai est abrogé ;", "3° Il est abrogé."]
    # shown deleted right after it, the note goes: the 2° bis is restored in its place
    stone = article.replace("\n\n3°", "\n\n2° bis (Supprimé)\n\n3°")
    assert apply(stone, [("1", text)]).split("\n\n")[3:] == ["2° bis Le délai est abrogé ;", "3° Il est abrogé."]
    # shown elsewhere, or standing: what it restores is not said
    for shown in (article + "\n\n2° bis (Supprimé)", article.replace("\n\n3°", "\n\n2° bis Le délai court ;\n\n3°")):
        with pytest.raises(AmendingError, match="shows elsewhere"):
            apply(shown, [("1", text)])

def test_a_division_inserted_next_to_its_own_deleted_note_takes_its_place() -> None:
    # « Après l'alinéa 3, insérer un alinéa ainsi rédigé : « 2° bis … » » beside « 2° bis (Supprimé) »: two
    # « 2° bis » are never meant, the note goes (as « rétablir un 2° bis » does, p43-045)
    article = (
        "Le code est ainsi modifié :\n\n1° L'article L. 1 est abrogé ;\n\n2° L'article L. 2 est abrogé ;\n\n"
        "2° bis (Supprimé)\n\n3° L'article L. 3 est abrogé."
    )
    for n in (3, 4):
        text = f"Après l'alinéa {n}, insérer un alinéa ainsi rédigé :\n\n« 2° bis L'article L. 2-1 est abrogé ; »"
        assert apply(article, [("1", text)]).split("\n\n")[3:] == [
            "2° bis L'article L. 2-1 est abrogé ;",
            "3° L'article L. 3 est abrogé.",
        ]

def test_restoring_a_lettered_item_with_bis_takes_its_deleted_note_place() -> None:
    # « Après l'alinéa 2, rétablir un a bis) ainsi rédigé » beside « a bis) (Supprimé) » (p45-059), as « un 2° bis »
    article = "1° Le code est ainsi modifié :\n\na) Le mot : « un » est supprimé ;\n\na bis) (Supprimé)\n\nb) (Supprimé)"
    text = "Après l'alinéa 2, rétablir un a bis) ainsi rédigé :\n\n« a bis) Le mot : « deux » est supprimé ; »"
    assert apply(article, [("1", text)]).split("\n\n")[2:] == ["a bis) Le mot : « deux » est supprimé ;", "b) (Supprimé)"]

def test_a_division_restored_is_looked_for_in_its_own_enumeration() -> None:
    # « Après l'alinéa 5, rétablir un b) »: the « b) » of the 1° is another item; under the 2°, where it is
    # put, only « b) (Supprimé) » stands, right after: it takes that note's place (p46-050); a « b) » standing
    # in the same enumeration is still refused
    article = (
        "1° Le code est ainsi modifié :\n\na) (Non modifié)\n\nb) Le mot : « un » est supprimé ;"
        "\n\n2° Le code est ainsi modifié :\n\na) Le mot : « deux » est supprimé ;\n\nb) (Supprimé)\n\n3° (Supprimé)"
    )
    text = "Après l'alinéa 5, rétablir un b) ainsi rédigé :\n\n« b) Le mot : « trois » est supprimé ; »"
    assert apply(article, [("1", text)]).split("\n\n")[5:] == ["b) Le mot : « trois » est supprimé ;", "3° (Supprimé)"]
    standing = article.replace("b) (Supprimé)", "b) Le mot : « quatre » est supprimé ;")
    with pytest.raises(AmendingError, match="shows elsewhere"):
        apply(standing, [("1", text)])

def test_an_alinea_added_in_the_passive_with_no_place_completes_the_article() -> None:
    # « Il est ajouté un alinéa ainsi rédigé : », no place named: the Sénat's passive of « Compléter cet article
    # par un alinéa » (p52-061); « Il est inséré un alinéa » with none, or under an alinéa named, is still refused
    article = "Les Français rentrés sont affiliés.\n\nUn décret fixe les modalités."
    added = "Il est ajouté un alinéa ainsi rédigé :\n\n« Un rapport est remis au Parlement. »"
    assert alineas(apply(article, [("1", added)]))[-1] == "Un rapport est remis au Parlement."
    with pytest.raises(AmendingError, match="not after which one"):
        apply(article, [("1", added.replace("ajouté", "inséré"))])
    with pytest.raises(AmendingError, match="not after which one"):
        apply(article, [("1", "Alinéa 1\n\n" + added)])

def test_il_est_ajoute_in_a_new_part_of_the_amendment_is_at_the_articles_end() -> None:
    # « I. – À l'alinéa 2, … II. – Il est ajouté un paragraphe ainsi rédigé : « III. – … » »: the II names no
    # place and does not inherit the I's: at the article's end (p55-068)
    article = "I. – Les autorités communiquent toute mesure.\n\nII. – Le Parlement peut requérir toute information."
    said = (
        "I. – À l'alinéa 2, après le mot : « requérir », insérer les mots : « à tout moment ».\n\n"
        "II. – Il est ajouté un paragraphe ainsi rédigé :\n\n« III. – Les mesures sont communiquées sans délai. »"
    )
    assert apply(article, [("168", said)]).split("\n\n")[1:] == [
        "II. – Le Parlement peut requérir à tout moment toute information.",
        "III. – Les mesures sont communiquées sans délai.",
    ]

def test_the_first_alineas_a_division_inserts_at_a_code_articles_start() -> None:
    # « 1° Au début, sont insérés deux alinéas ainsi rédigés : », the article's introduction naming the code
    # article alone: its first (second) alinéa, « tel qu'il résulte du 1° », is the 1°'s first (second) quoted
    # one (p58-036, p58-037); past the count it says, or the start of a division of it (« 1° Le II … »), refused
    article = (
        "L'article L. 717-1 du même code est ainsi modifié :\n\n"
        "1° Au début, sont insérés deux alinéas ainsi rédigés :\n\n"
        "« Les établissements de fondation ancienne sont reconnus.\n\n"
        "« Les dirigeants sont élus. » ;\n\n"
        "2° Il est ajouté un alinéa ainsi rédigé :\n\n"
        "« Ce décret est pris en Conseil d'État. »"
    )
    first = (
        "Au premier alinéa de l'article L. 717-1 du code de l'éducation, tel qu'il résulte du 1° du présent "
        "article, après le mot : « ancienne », insérer le mot : « reconnue »."
    )
    assert alineas(apply(article, [("1", first)]))[2] == "« Les établissements de fondation ancienne reconnue sont reconnus."
    second = first.replace("Au premier alinéa", "Au deuxième alinéa").replace("« ancienne »", "« sont »")
    assert alineas(apply(article, [("2", second)]))[3] == "« Les dirigeants sont reconnue élus. » ;"
    third = first.replace("Au premier alinéa", "Au troisième alinéa")
    with pytest.raises(AmendingError, match="does not put the alinéa named"):
        apply(article, [("3", third)])
    nested = article.replace("1° Au début", "1° Le II est ainsi modifié :\n\na) Au début").replace("; \n\n2°", ";\n\n2°")
    with pytest.raises(AmendingError):
        apply(nested, [("4", first.replace("du 1° du présent", "du a du 1° du présent"))])

def test_a_second_alinea_of_a_code_article_completed_by_its_last_is_refused_saying_why() -> None:
    # « Au deuxième alinéa de l'article L. 612-11, tel qu'il résulte du 2° », the 2° adding its last alinéa: its
    # second only if it has two, which the text does not say (« second », the last of two, is read: p58-032)
    article = (
        "L'article L. 612-11 du code de l'éducation est ainsi modifié :\n\n"
        "1° À la première phrase, après le mot : « entreprise », sont insérés les mots : « ou association » ;\n\n"
        "2° Il est ajouté un alinéa ainsi rédigé :\n\n"
        "« Le premier alinéa s'applique sans préjudice des dispositions du code de la santé publique. »"
    )
    said = (
        "Au deuxième alinéa de l'article L. 612-11 du code de l'éducation, tel qu'il résulte du 2° du présent "
        "article, après le mot : « dispositions », insérer les mots : « du présent code et »."
    )
    with pytest.raises(AmendingError, match="whose count of alinéas this article does not give"):
        apply(article, [("1", said)])

def test_a_sentence_adding_a_paragraph_after_another_in_one_paragraph_goes_at_the_end() -> None:
    # « À l'alinéa 2, … insérer les mots : « X ». Il est ajouté un paragraphe ainsi rédigé : « III. – … » » in one
    # paragraph: the second sentence, read apart, adds a paragraph at the article's end (p58-060); after a
    # sentence naming a division, whose paragraph it is is said only by its mark (p60-049): not the next
    # after the article's last paragraph, refused
    article = "I. – Les cours sont donnés.\n\nIls sont numériques.\n\nII. – Le décret fixe les modalités."
    said = (
        "À l'alinéa 2, après le mot : « numériques », insérer les mots : « et libres ». Il est ajouté un "
        "paragraphe ainsi rédigé :\n\n« III. – Le présent article entre en vigueur en 2014. »"
    )
    assert apply(article, [("1", said)]) == (
        "I. – Les cours sont donnés.\n\nIls sont numériques et libres.\n\nII. – Le décret fixe les modalités.\n\n"
        "III. – Le présent article entre en vigueur en 2014."
    )
    division = said.replace("À l'alinéa 2, après", "Au I, après").replace("III. –", "IV. –")
    with pytest.raises(AmendingError, match="whose paragraph it is is not said"):
        apply(article, [("2", division)])

def test_a_paragraph_added_without_its_number_to_an_article_numbered_is_refused() -> None:
    # « Compléter cet article par un paragraphe ainsi rédigé : « Au 3° … » » on an article divided in I and II
    # (COM-40 of 2013): a paragraph is a division of the article's first level, and its number is not given
    article = "I. – L'article L. 1 est abrogé.\n\nII. – L'article L. 2 est abrogé."
    text = "Compléter cet article par un paragraphe ainsi rédigé :\n\n« L'article L. 3 est abrogé. »"
    with pytest.raises(AmendingError, match="without its number"):
        apply(article, [("COM-40", text)])
    # its number given, or an alinéa added, or a gage (put as written): read
    numbered = "Compléter cet article par un paragraphe ainsi rédigé :\n\n« III. – L'article L. 3 est abrogé. »"
    assert alineas(apply(article, [("1", numbered)]))[-1] == "III. – L'article L. 3 est abrogé."
    alinea = "Compléter cet article par un alinéa ainsi rédigé :\n\n« L'article L. 3 est abrogé. »"
    assert alineas(apply(article, [("1", alinea)]))[-1] == "L'article L. 3 est abrogé."
    gage = (
        "Pour compenser la perte de recettes résultant du I, compléter cet article par un paragraphe ainsi rédigé :"
        "\n\nLa perte de recettes pour l'État est compensée par une taxe additionnelle."
    )
    assert alineas(apply(article, [("1", gage)]))[-1].startswith("La perte de recettes")

def test_a_paragraph_added_after_naming_a_division_goes_at_the_end_when_numbered_next() -> None:
    # « Au III, … . Il est ajouté un paragraphe ainsi rédigé : « IV. – … » »: the words do not say whose
    # paragraph it is, the III's or the article's; its mark, the next after the article's last paragraph,
    # says it: at the article's end (p60-049). Numbered otherwise, or next after a quoted code article's last
    # paragraph too, refused
    article = "\n\n".join(
        [
            "I. – L'article L. 1 est ainsi rédigé :",
            "« Art. L. 1. – I. – Les tarifs sont fixés. »",
            "« II. – Ils sont publiés. »",
            "II. – Le décret fixe les modalités.",
            "III. – Les fournisseurs informent leurs clients avant le 10 de chaque mois.",
        ]
    )
    said = (
        "Au III, substituer aux mots : « avant le 10 » les mots : « avant le 5 ». Il est ajouté un paragraphe "
        "ainsi rédigé :\n\n« IV. – Le présent article entre en vigueur le 1er janvier 2020. »"
    )
    got = alineas(apply(article, [("1", said)]))
    assert got[-2:] == [
        "III. – Les fournisseurs informent leurs clients avant le 5 de chaque mois.",
        "IV. – Le présent article entre en vigueur le 1er janvier 2020.",
    ]
    with pytest.raises(AmendingError, match="whose paragraph it is is not said"):
        apply(article, [("2", said.replace("IV. –", "V. –"))])
    quoting = article.replace("« II. – Ils sont publiés. »", "« II. – Ils sont publiés. »\n\n« III. – Ils valent. »")
    with pytest.raises(AmendingError, match="whose paragraph it is is not said"):
        apply(quoting, [("3", said)])

def test_an_alinea_added_after_naming_an_item_goes_after_it_when_its_mark_says_so() -> None:
    # « Le b) est ainsi rédigé : « … ». Il est ajouté un alinéa ainsi rédigé : « b bis) … » » in one paragraph:
    # the second sentence read apart; its mark, the b)'s next adverb, puts it after the b) just named
    # (p55-070). Another mark (« c bis) », or none), refused: where it goes is not said
    article = "\n\n".join(
        [
            "L'article L. 1 est ainsi modifié :",
            "1° Le dernier alinéa est ainsi modifié :",
            "a) Les mots : « ainsi que » sont supprimés ;",
            "b) Le mot : « écologique » est supprimé ;",
            "c) La dernière phrase est supprimée ;",
            "2° Il est complété par un alinéa ainsi rédigé :",
            "« Le cas échéant, elles l'expliquent. »",
        ]
    )
    said = (
        "Le b) est ainsi rédigé : « b) Le mot : « solidaire » est supprimé ; ». Il est ajouté un alinéa ainsi "
        "rédigé : « b bis) Le mot : « notamment » est supprimé ; »."
    )
    got = alineas(apply(article, [("1", said)]))
    assert got[3:6] == [
        "b) Le mot : « solidaire » est supprimé ;",
        "b bis) Le mot : « notamment » est supprimé ;",
        "c) La dernière phrase est supprimée ;",
    ]
    for other in ("c bis) Le mot", "Le mot"):
        with pytest.raises(AmendingError, match="its mark not the next after that one's"):
            apply(article, [("2", said.replace("b bis) Le mot", other))])

def test_an_alinea_added_after_naming_a_letter_without_its_parenthesis_or_a_shuttle_item() -> None:
    # « Le b du 2° est ainsi rédigé … « b bis) … » » (the Sénat's letter without its parenthesis, an item of
    # the 2°): after that b) (p75-039). After « Le 1° A », « 1° bis » is not its next (the 1° comes between),
    # and a shuttle's « 1° A » after the 1° AA may be the one there already (p75-033): refused
    article = "\n\n".join(
        [
            "L'article L. 1 est ainsi modifié :",
            "1° AA Le premier alinéa est supprimé ;",
            "1° A Le deuxième alinéa est ainsi modifié :",
            "a) Les mots : « ainsi que » sont supprimés ;",
            "b) Le mot : « écologique » est supprimé ;",
            "1° Le dernier alinéa est supprimé.",
        ]
    )
    said = (
        "Le b du 1° A est ainsi rédigé : « b) Le mot : « solidaire » est supprimé ; ». Il est ajouté un alinéa "
        "ainsi rédigé : « b bis) Le mot : « notamment » est supprimé ; »."
    )
    got = alineas(apply(article, [("1", said)]))
    assert got[4:7] == [
        "b) Le mot : « solidaire » est supprimé ;",
        "b bis) Le mot : « notamment » est supprimé ;",
        "1° Le dernier alinéa est supprimé.",
    ]
    shuttle = (
        "Le 1° {} est ainsi rédigé : « 1° {} Le troisième alinéa est supprimé ; ». Il est ajouté un alinéa ainsi "
        "rédigé : « {} Le quatrième alinéa est supprimé ; »."
    )
    with pytest.raises(AmendingError, match="its mark not the next after that one's"):
        apply(article, [("2", shuttle.format("A", "A", "1° bis"))])
    with pytest.raises(AmendingError, match="its mark that of one already there"):
        apply(article, [("3", shuttle.format("AA", "AA", "1° A"))])

def test_an_alinea_added_after_naming_an_item_by_its_next_number_goes_after_it_when_none_has_it() -> None:
    # « Au 2°, … . Il est ajouté un alinéa ainsi rédigé : « 3° … » », « Le 1° A est ainsi rédigé … « 1° B … » »:
    # the next mark, not an adverb, is a new item after the one named when no alinéa of the article opens
    # with it (p75-032, p75-034); with a 3° there already, it may be that one's: refused
    article = "\n\n".join(
        [
            "L'article L. 1 est ainsi modifié :",
            "1° A Le premier alinéa est supprimé ;",
            "1° Le deuxième alinéa est supprimé ;",
            "2° Le troisième alinéa est supprimé.",
        ]
    )
    said = (
        "Au 2°, le mot : « troisième » est remplacé par le mot : « quatrième ». Il est ajouté un alinéa ainsi "
        "rédigé : « 3° Le dernier alinéa est supprimé. »"
    )
    got = alineas(apply(article, [("1", said)]))
    assert got[3:] == ["2° Le quatrième alinéa est supprimé ;", "3° Le dernier alinéa est supprimé."]
    shuttle = (
        "Le 1° A est ainsi rédigé : « 1° A Le premier alinéa est supprimé ; ». Il est ajouté un alinéa ainsi "
        "rédigé : « 1° B Le cinquième alinéa est supprimé ; »."
    )
    assert alineas(apply(article, [("2", shuttle)]))[2] == "1° B Le cinquième alinéa est supprimé ;"
    with pytest.raises(AmendingError, match="its mark that of one already there"):
        apply(article + "\n\n3° Le quatrième alinéa est supprimé.", [("3", said)])

def test_a_paragraph_added_after_naming_a_division_numbered_by_the_last_ones_adverb_goes_at_the_end() -> None:
    # « Au II, … . Il est ajouté un paragraphe ainsi rédigé : « III bis. – … » » after the article's last III:
    # its adverb is as much the next as « IV » (p75-052); « II bis », the next after no last paragraph, refused
    article = "\n\n".join(
        ["I. – Le maire décide.", "II. – Le préfet contrôle avant le 10 de chaque mois.", "III. – Le décret fixe les modalités."]
    )
    said = (
        "Au II, remplacer les mots : « avant le 10 » par les mots : « avant le 5 ». Il est ajouté un paragraphe "
        "ainsi rédigé :\n\n« III bis. – Le présent article entre en vigueur le 1er janvier 2020. »"
    )
    got = alineas(apply(article, [("1", said)]))
    assert got[1] == "II. – Le préfet contrôle avant le 5 de chaque mois."
    assert got[-1] == "III bis. – Le présent article entre en vigueur le 1er janvier 2020."
    with pytest.raises(AmendingError, match="whose paragraph it is is not said"):
        apply(article, [("2", said.replace("III bis. –", "II bis. –"))])

def test_an_item_with_two_capitals_is_put_before_the_one_with_one() -> None:
    # « Avant le 1° A, insérer un 1° AA ainsi rédigé » (the 1° A written « 1° A (nouveau) »): the division put
    # named with its capitals, as « un 1° A » is (p85-068); « rétablir un 1° AA » reads so too
    article = "\n\n".join(
        [
            "Le Gouvernement est habilité à prendre toute mesure relative :",
            "1° A (nouveau) À la date du second tour ;",
            "1° A l'organisation du second tour ;",
            "2° Au financement des campagnes.",
        ]
    )
    put = "Avant le 1° A, insérer un 1° AA ainsi rédigé :\n\n« 1° AA Au report du second tour ; »"
    assert alineas(apply(article, [("1", put)]))[1:3] == [
        "1° AA Au report du second tour ;",
        "1° A (nouveau) À la date du second tour ;",
    ]
    restored = "Après l'alinéa 1, rétablir un 1° AA ainsi rédigé :\n\n« 1° AA Au report du second tour ; »"
    assert alineas(apply(article, [("1", restored)]))[1] == "1° AA Au report du second tour ;"

def test_the_mark_announced_and_the_mark_of_the_text_given_must_agree() -> None:
    # « Avant le 1°, insérer un 1° B ainsi rédigé : « 1° C … » »: which division is put is not said (refused)
    article = "L'article L. 1 du code de l'éducation est ainsi modifié :\n\n1° Le premier alinéa est supprimé ;\n\n2° Le second alinéa est supprimé."
    refused = [
        "Avant le 1°, insérer un 1° B ainsi rédigé :\n\n« 1° C Le troisième alinéa est supprimé ; »",
        "Après le 1°, insérer un 1° bis ainsi rédigé :\n\n« 1° ter Le troisième alinéa est supprimé ; »",
        "Après le 1°, insérer un 1° bis ainsi rédigé :\n\n« 2° Le troisième alinéa est supprimé ; »",
        "Compléter cet article par un 3° ainsi rédigé :\n\n« 4° Le troisième alinéa est supprimé. »",
    ]
    for said in refused:
        with pytest.raises(AmendingError, match="the text it gives opens with"):
            apply(article, [("1", said)])
    # the same mark (« (nouveau) » after it, « 1°bis » written close), or none given: put as given
    same = {
        "Avant le 1°, insérer un 1° B ainsi rédigé :\n\n« 1° B (nouveau) Le troisième alinéa est supprimé ; »": "1° B (nouveau) Le troisième alinéa est supprimé ;",
        "Après le 1°, insérer un 1° bis ainsi rédigé :\n\n« 1°bis Le troisième alinéa est supprimé ; »": "1° bis Le troisième alinéa est supprimé ;",
        "Avant le 1°, insérer un 1° B ainsi rédigé :\n\n« Le troisième alinéa est supprimé ; »": "Le troisième alinéa est supprimé ;",
        "Compléter cet article par un 3° ainsi rédigé :\n\n« 3° A compter de 2030, le troisième alinéa est supprimé. »": "3° A compter de 2030, le troisième alinéa est supprimé.",
    }
    for said, put in same.items():
        assert put in alineas(apply(article, [("2", said)])), said
    # paragraphs and lettered items so too
    divided = "I. – Le maire décide.\n\nII. – Le préfet voit :\n\na) Il signe ;\n\nb) Il publie."
    with pytest.raises(AmendingError, match="the text it gives opens with"):
        apply(divided, [("3", "Après le I, insérer un I bis ainsi rédigé :\n\n« I ter. – Le conseil délibère. »")])
    with pytest.raises(AmendingError, match="the text it gives opens with"):
        apply(divided, [("4", "Après le a du II, insérer un a bis ainsi rédigé :\n\n« b) Il notifie ; »")])
    assert "I bis. – Le conseil délibère." in alineas(apply(divided, [("5", "Après le I, insérer un I bis ainsi rédigé :\n\n« I bis. – Le conseil délibère. »")]))

def test_a_division_restored_must_be_the_one_its_text_opens_with() -> None:
    # « Au 5°, rétablir le c dans la rédaction suivante : « b) … » »: which is restored is not said (refused)
    article = "Le préfet décide :\n\n1° Du lieu ;\n\n5° De la forme. Il peut prévoir :\n\na) Un lieu ;\n\nb et c) (Supprimé)\n\n6° Du délai."
    for said in (
        "Au 5°, rétablir le c dans la rédaction suivante :\n\n« b) Un vote ; »",
        "Au 5°, rétablir les b et c dans la rédaction suivante :\n\n« b) Un vote ; »\n\n« d) Un quorum ; »",
        "Au 5°, rétablir les b et c dans la rédaction suivante :\n\n« c) Un vote ; »\n\n« b) Un quorum ; »",
    ):
        with pytest.raises(AmendingError, match="which one is restored is not said"):
            apply(article, [("1", said)])
    # both of the run restored at once, each in its place; and « ainsi rédigé » as « dans la rédaction suivante »
    both = "Au 5°, rétablir les b et c dans la rédaction suivante :\n\n« b) Un vote ; »\n\n« c) Un quorum ; »"
    assert alineas(apply(article, [("2", both)]))[4:6] == ["b) Un vote ;", "c) Un quorum ;"]
    worded = "Au 5°, rétablir le c ainsi rédigé :\n\n« c) Un quorum ; »"
    assert alineas(apply(article, [("3", worded)]))[4:6] == ["b) (Supprimé)", "c) Un quorum ;"]
    # a run of three, the first two restored: the third stays recorded deleted
    three = article.replace("b et c) (Supprimé)", "b à d) (Supprimé)")
    assert alineas(apply(three, [("4", both)]))[4:7] == ["b) Un vote ;", "c) Un quorum ;", "d) (Supprimé)"]

def test_a_division_put_where_its_mark_does_not_go_is_refused() -> None:
    # the shuttle's order: 1° AA, 1° A, 1° B, 1°, 1° bis A, 1° bis, 1° ter
    article = "L'article L. 1 est ainsi modifié :\n\n1° A Le premier alinéa est supprimé ;\n\n1° Le deuxième alinéa est supprimé ;\n\n2° Le dernier alinéa est supprimé."
    for said in (
        "Après le 1° A, insérer un 1° AA ainsi rédigé :\n\n« 1° AA Le titre est supprimé ; »",  # 1° AA before 1° A
        "Après le 1° A, insérer un 1° bis A ainsi rédigé :\n\n« 1° bis A Le titre est supprimé ; »",  # the 1° between
        "Avant le 2°, insérer un 1° A ainsi rédigé :\n\n« 1° A Le titre est supprimé ; »",  # the 1° between
        "Avant le 1° A, insérer un 1° B ainsi rédigé :\n\n« 1° B Le titre est supprimé ; »",  # 1° B after 1° A
    ):
        with pytest.raises(AmendingError, match="where its mark does not go"):
            apply(article, [("1", said)])
    # in order: put as before
    for said, put in {
        "Avant le 1° A, insérer un 1° AA ainsi rédigé :\n\n« 1° AA Le titre est supprimé ; »": 1,
        "Après le 1° A, insérer un 1° B ainsi rédigé :\n\n« 1° B Le titre est supprimé ; »": 2,
        "Après le 1°, insérer un 1° bis A ainsi rédigé :\n\n« 1° bis A Le titre est supprimé ; »": 3,
    }.items():
        got = alineas(apply(article, [("2", said)]))
        assert got[put].endswith("Le titre est supprimé ;"), said

def test_a_mark_with_an_adverb_then_a_read_both_ways() -> None:
    # « insérer un 2° bis ainsi rédigé : « 2° bis A compter du … » »: « A » the word « à » unaccented, read both
    # ways after an adverb as after a plain mark (p95-067)
    article = "I. – Le code est ainsi modifié :\n\n1° Le titre est supprimé ;\n\n2° Le chapitre est abrogé."
    said = "Après le 1°, insérer un 1° bis ainsi rédigé :\n\n« 1° bis A compter de 2030, le livre est abrogé ; »"
    assert alineas(apply(article, [("1", said)]))[2] == "1° bis A compter de 2030, le livre est abrogé ;"
    # another capital, or another mark announced: still refused
    for said in (
        "Après le 1°, insérer un 1° bis ainsi rédigé :\n\n« 1° bis B compter de 2030, le livre est abrogé ; »",
        "Après le 1°, insérer un 1° ter ainsi rédigé :\n\n« 1° bis A compter de 2030, le livre est abrogé ; »",
    ):
        with pytest.raises(AmendingError, match="which one is put is not said"):
            apply(article, [("2", said)])

def test_the_shuttle_order_reads_marks_of_no_sure_shape_as_written_and_marks_it_did_not_know() -> None:
    # « I », « I bis », « i »: a paragraph or a letter as the text given and the instruction's capitals say
    divided = "I. – Le maire décide.\n\nII. – Le préfet contrôle.\n\nIII. – Le juge statue."
    for said in (
        "Après le II, insérer un I bis ainsi rédigé :\n\n« I bis. – Le conseil délibère. »",
        "Après le I, insérer un I A ainsi rédigé :\n\n« I A. – Le conseil délibère. »",
    ):
        with pytest.raises(AmendingError, match="where its mark does not go"):
            apply(divided, [("1", said)])
    lettered = "2° Il peut :\n\na) Voter ;\n\nh) Élire ;\n\ni) Nommer ;\n\nj) Statuer."
    with pytest.raises(AmendingError, match="where its mark does not go"):
        apply(lettered, [("2", "Au 2°, après le i, insérer un h bis ainsi rédigé :\n\n« h bis) Délibérer ; »")])
    # marks the shuttle writes: « I bis A », « II bis A », « aa », « i bis »
    assert alineas(apply(divided, [("3", "Après le I, insérer un I bis A ainsi rédigé :\n\n« I bis A. – Le conseil délibère. »")]))[1] == "I bis A. – Le conseil délibère."
    assert alineas(apply(divided, [("4", "Avant le III, insérer un II bis A ainsi rédigé :\n\n« II bis A. – Le conseil délibère. »")]))[2] == "II bis A. – Le conseil délibère."
    assert alineas(apply(lettered, [("5", "Avant le a, insérer un aa ainsi rédigé :\n\n« aa) Délibérer ; »")]))[1] == "aa) Délibérer ;"
    assert alineas(apply(lettered, [("6", "Au 2°, après le i, insérer un i bis ainsi rédigé :\n\n« i bis) Délibérer ; »")]))[4] == "i bis) Délibérer ;"
    with pytest.raises(AmendingError, match="where its mark does not go"):
        apply(lettered, [("7", "Après le a, insérer un aa ainsi rédigé :\n\n« aa) Délibérer ; »")])
    # the mark between counts where the article shows it: « Avant le 2°, insérer un 1° bis A »
    items = "Il est ainsi modifié :\n\n1° Le titre ;\n\n2° Le texte."
    said = "Avant le 2°, insérer un 1° bis A ainsi rédigé :\n\n« 1° bis A Le chapitre ; »"
    assert alineas(apply(items, [("8", said)]))[2] == "1° bis A Le chapitre ;"
    with pytest.raises(AmendingError, match="where its mark does not go"):
        apply(items.replace("2° Le", "1° bis Le sommaire ;\n\n2° Le"), [("9", said)])

def test_several_restored_from_a_run_need_their_marks_and_paragraphs_are_restored_so() -> None:
    article = "Le préfet décide :\n\n5° De la forme. Il peut prévoir :\n\na à d) (Supprimé)\n\n6° Du délai."
    bare = "Au 5°, rétablir les b et c dans la rédaction suivante :\n\n« Un vote ; »\n\n« Un quorum ; »"
    with pytest.raises(AmendingError, match="opens with no mark"):
        apply(article, [("1", bare)])
    divided = "I. – Le maire décide.\n\nII et III. – (Supprimé)"
    said = "Rétablir les II et III dans la rédaction suivante :\n\n« II. – Le préfet contrôle. »\n\n« III. – Le juge statue. »"
    assert alineas(apply(divided, [("2", said)]))[1:] == ["II. – Le préfet contrôle.", "III. – Le juge statue."]
    with pytest.raises(AmendingError):
        apply(divided, [("3", said.replace("« II. –", "« IV. –"))])

def test_a_division_put_with_a_mark_of_its_enumeration_sorting_between_it_and_the_one_named_is_refused() -> None:
    # the shuttle's order: « Après le IX, insérer un X bis » goes after the X, not right after the IX
    divided = "I. – Le maire décide.\n\nII. – Le préfet contrôle.\n\nIII. – Le juge statue."
    for said in (
        "Après le I, insérer un II bis ainsi rédigé :\n\n« II bis. – Le conseil délibère. »",  # the II between
        "Après le I, insérer un III bis ainsi rédigé :\n\n« III bis. – Le conseil délibère. »",  # II and III between
        "Avant le III, insérer un I bis ainsi rédigé :\n\n« I bis. – Le conseil délibère. »",  # the II between
    ):
        with pytest.raises(AmendingError, match="where its mark does not go"):
            apply(divided, [("1", said)])
    # none between: put
    assert alineas(apply(divided, [("2", "Après le II, insérer un II bis ainsi rédigé :\n\n« II bis. – Le conseil délibère. »")]))[2] == "II bis. – Le conseil délibère."
    assert alineas(apply(divided, [("3", "Avant le III, insérer un II bis ainsi rédigé :\n\n« II bis. – Le conseil délibère. »")]))[2] == "II bis. – Le conseil délibère."
    # items alike: « Après le 1°, insérer un 2° bis » with a 2°
    items = "Il est ainsi modifié :\n\n1° Le titre ;\n\n2° Le texte ;\n\n3° Le sommaire."
    with pytest.raises(AmendingError, match="where its mark does not go"):
        apply(items, [("4", "Après le 1°, insérer un 2° bis ainsi rédigé :\n\n« 2° bis Le chapitre ; »")])
    assert alineas(apply(items, [("5", "Après le 2°, insérer un 2° bis ainsi rédigé :\n\n« 2° bis Le chapitre ; »")]))[3] == "2° bis Le chapitre ;"

def test_an_item_put_whose_text_opens_with_an_elided_word_keeps_its_mark() -> None:
    # « insérer un 5° ainsi rédigé : « 5° L'article L. 6223-6 est abrogé. » »: « L' » opens the item's words,
    # no shuttle capital of its mark (« 5° L »), so the marks agree (p99-023, p99-045, p99-049); a capital
    # letter of a mark still must agree (« 5° B » for a 5° announced)
    article = "Le code est ainsi modifié :\n\n1° L'article 1 est abrogé ;\n\n2° L'article 2 est abrogé."
    said = "Après le 2°, insérer un 3° ainsi rédigé :\n\n« 3° L'article 3 est abrogé. »"
    assert apply(article, [("1", said)]).split("\n\n")[2:] == ["2° L'article 2 est abrogé ;", "3° L'article 3 est abrogé."]
    with pytest.raises(AmendingError, match="announces a 3°"):
        apply(article, [("2", said.replace("« 3° L'article", "« 3° B L'article"))])

def test_a_division_put_beside_a_standing_one_of_its_mark_is_refused_unless_the_amendment_renumbers_it() -> None:
    # « Après l'alinéa 3, insérer un 3° » with a 3° standing right after: two 3° are never meant (p102-039)
    items = "Le code est ainsi modifié :\n\n1° Le maire décide ;\n\n2° Le juge tranche ;\n\n3° Le préfet contrôle."
    put = "Après l'alinéa 3, insérer un 3° ainsi rédigé :\n\n« 3° Le conseil délibère ; »"
    with pytest.raises(AmendingError, match="where one stands already"):
        apply(items, [("1", put)])
    # the amendment's other part renumbers the standing one: put (p16-040, p7a-9)
    renumbered = put.replace("Après", "I. – Après") + "\n\nII. – En conséquence, rédiger ainsi l'alinéa 4 :\n\n« 4° Le préfet contrôle. »"
    assert alineas(apply(items, [("1", renumbered)]))[3:] == ["3° Le conseil délibère ;", "4° Le préfet contrôle."]
    # noted deleted, the division put takes its place, as before
    stone = items.replace("3° Le préfet contrôle.", "3° (Supprimé)")
    assert alineas(apply(stone, [("1", put)]))[3:] == ["3° Le conseil délibère ;"]
    # a 3° of a quotation elsewhere is another enumeration's
    quoted = items + "\n\nII. – L'article 2 est ainsi rédigé :\n\n« 1° Le maire ;\n\n« 3° Le juge. »"
    assert "3° Le conseil délibère ;" in apply(quoted.replace("3° Le préfet contrôle.", "4° Le préfet contrôle."), [("1", put)])

def test_alineas_put_next_to_the_quotation_of_a_phrase_announced_with_its_place_are_refused() -> None:
    # « 1° La dernière phrase du troisième alinéa est ainsi rédigée : » announces a phrase as « Sont ajoutées deux
    # phrases ainsi rédigées : » does (p109-052): an alinéa put between it and its quotation is refused; so is one
    # put right after such a quotation (p109-058), which a phrase, words of one alinéa, cannot go on with
    article = "\n\n".join([
        "I. – L'article L. 1 du code est complété par une phrase ainsi rédigée :", '"Ce décret fixe la liste."',
        "II. – L'article L. 2 du même code est ainsi modifié :",
        "1° La dernière phrase du troisième alinéa est ainsi rédigée :", '"Le conseil statue." ;',
        "2° Les deux premières phrases du 2° sont remplacées par une phrase ainsi rédigée :", '"Il délibère." ;',
        "3° L'avant-dernière phrase du quatrième alinéa est rédigée comme suit :", '"Il vote."',
    ])  # fmt: skip
    for after in (1, 2, 4, 6, 8):
        with pytest.raises(AmendingError, match="phrases"):
            apply(article, [("1", f"Après l'alinéa {after}, insérer un alinéa ainsi rédigé :\n\n« Il rend compte. »")])
    # an alinéa amending, the bill's own, is put after such a quotation as before; so after an alinéa's
    got = alineas(apply(article, [("2", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« I bis. – L'article L. 3 est abrogé. »")]))
    assert got[2] == "I bis. – L'article L. 3 est abrogé."
    alinea = article.replace("complété par une phrase ainsi rédigée", "complété par un alinéa ainsi rédigé")
    assert alineas(apply(alinea, [("3", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« Il rend compte. »")]))[2] == '"Il rend compte."'

def test_a_quoted_alinea_put_right_after_the_quotation_of_an_announced_phrase_is_refused() -> None:
    # « 3° Le troisième alinéa est complété par une phrase ainsi rédigée : » then its quotation, last; a quoted
    # alinéa put after it (« « "Ce titre … ." » », p110-059) would go on with the phrase's quotation, or stand as a
    # quotation no alinéa introduces: refused as prose put there is (p109-058)
    article = "\n\n".join([
        "L'article L. 612-7 du code de l'éducation est ainsi modifié :",
        "1° Le deuxième alinéa est supprimé ;",
        "2° Le troisième alinéa est complété par une phrase ainsi rédigée :",
        '"Ce titre vaut expérience professionnelle."',
    ])  # fmt: skip
    put = 'Compléter cet article par un alinéa ainsi rédigé :\n\n« "Ce titre est inscrit au répertoire." »'
    with pytest.raises(AmendingError, match="quotation of phrases"):
        apply(article, [("1", put)])
    # after an alinéa's quotation, it goes on with it as before
    alinea = article.replace("par une phrase ainsi rédigée", "par un alinéa ainsi rédigé")
    got = alineas(apply(alinea, [("2", put)]))
    assert got[3:] == ['"Ce titre vaut expérience professionnelle.', '"Ce titre est inscrit au répertoire."']

def test_shuttle_marks_ending_in_a_before_an_article_sort_as_marks() -> None:
    # « 1° A Le premier alinéa … »: a capital « A » before a capitalised article or word of grammar is the shuttle's
    # letter (« à » never opens before « Le », « Au »): two amendments putting « 1° B » then « 1° A », or « 1° A »
    # then « 1° AA », at one place go in the marks' order (p112-014, p112-051); « 1° A compter du … » (« à »
    # unaccented) is a 1°, and « 1° A Mayotte … » is read both ways: the order given stays, as before
    article = "L'article L. 1 est ainsi modifié :\n\n1° Le deuxième alinéa est supprimé ;\n\n2° Le dernier alinéa est supprimé."
    put = "Avant l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« {text} »"
    b = put.format(text="1° B Au troisième alinéa, le mot : « conseil » est remplacé par le mot : « comité » ;")
    a = put.format(text="1° A Le premier alinéa est précédé de la mention : « I. – » ;")
    aa = put.format(text="1° AA La première phrase du quatrième alinéa est supprimée ;")
    got = alineas(apply(article, [("1", b), ("2", a)]))
    assert [g[:5] for g in got[1:3]] == ["1° A ", "1° B "]
    got = alineas(apply(article, [("1", a), ("2", aa)]))
    assert [g[:6] for g in got[1:3]] == ["1° AA ", "1° A L"]
    from drafting.domain.amending.marks import given_order

    assert given_order("1° A compter du 1er janvier 2025, le conseil est dissous ;") == given_order("1° Le conseil ;")
    assert given_order("1° A Mayotte, le conseil est dissous ;") is None
    assert given_order("1° A La Réunion, le conseil est dissous ;") is None

def test_a_roman_paragraph_after_the_bills_own_numbered_next_after_a_quoted_one_is_refused() -> None:
    # an article quoting a code article in I to V, completed by a second amendment's « II. – » (the bill's own,
    # its text now the I), then by « VI. – »: not the bill's next (III) but the quotation's next after its V, put
    # after the bill's II: whose paragraph it is is not said (p112-024)
    article = "\n\n".join(
        [
            "L'article L. 5 du code de la recherche est ainsi rédigé :",
            '"Art. L. 5. - I. - Les agents sont auteurs.',
            '"V. - Un mandataire unique est désigné."',
        ]
    )
    put = "Compléter cet article par un alinéa ainsi rédigé :\n\n« {mark}. – Un décret précise les conditions. »"
    with pytest.raises(AmendingError, match="numbered next after a quoted one"):
        apply(article, [("74", put.format(mark="II")), ("72", put.format(mark="VI"))])
    # the bill's III after its II is its own, as before
    assert alineas(apply(article, [("74", put.format(mark="II")), ("72", put.format(mark="III"))]))[-1].startswith("III. –")

def test_an_item_put_last_of_a_run_ended_with_a_full_stop_before_an_outer_item_keeps_its_stop() -> None:
    # « 5° … : » then « a) … ; » « b) … . » then « 6° … »: the run of letters ends with a full stop in the text;
    # a c) put after the b) ends the run so (the b) now ends with « ; »), p120-016
    article = "\n\n".join(
        [
            "Le Gouvernement est habilité à prendre toute mesure relative :",
            "1° Au scrutin ; ces ordonnances peuvent prévoir :",
            "a) Que la réunion se tient en tout lieu ;",
            "b) Toute forme de vote garantissant le secret du vote.",
            "2° Au financement de la campagne.",
        ]
    )
    got = alineas(apply(article, [("1", "Après l'alinéa 4, insérer l'alinéa suivant :\n« c) La publicité des séances. »")]))
    assert got[3:6] == ["b) Toute forme de vote garantissant le secret du vote ;", "c) La publicité des séances.", "2° Au financement de la campagne."]
    # the run ending with « ; » before the outer item: the item put ends so
    semi = article.replace("secret du vote.", "secret du vote ;")
    got = alineas(apply(semi, [("2", "Après l'alinéa 4, insérer l'alinéa suivant :\n« c) La publicité des séances. »")]))
    assert got[4] == "c) La publicité des séances ;"

def test_a_dashed_item_put_after_the_last_of_its_run_makes_that_one_end_with_a_semicolon() -> None:
    # « – … ; » items end as numbered ones do: the old last (« … bâtiments. ») followed now by the dashed
    # item put after it takes « ; », the new one ends the run with its full stop (set 125)
    article = "\n\n".join(
        [
            "I. – Sont compatibles avec les objectifs :",
            "– la programmation pluriannuelle de l'énergie ;",
            "– la stratégie de rénovation des bâtiments.",
            "II. – Le présent article entre en vigueur en 2030.",
        ]
    )
    said = "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« – la stratégie nationale pour la biodiversité. »"
    assert alineas(apply(article, [("1", said)]))[2:4] == [
        "– la stratégie de rénovation des bâtiments ;",
        "– la stratégie nationale pour la biodiversité.",
    ]

def test_a_dashed_item_put_in_a_list_whose_items_end_with_no_stop_is_kept_as_written() -> None:
    # « Après l'alinéa 9, insérer l'alinéa suivant : « - à des fins journalistiques » » (p141-053): no dashed item
    # of that list ends with a stop, so the one put takes none; a list ending « ; » / « . » is ended as before
    bare = "Cela ne s'applique pas :\n\n- pour exercer un droit\n\n- à des fins d'archivage\n\nUn décret fixe les modalités."
    said = "Après l'alinéa 3, insérer l'alinéa suivant : « - à des fins journalistiques »"
    assert alineas(apply(bare, [("1", said)]))[3] == "- à des fins journalistiques"
    rewritten = "Rédiger ainsi l'alinéa 3 : « - à des fins journalistiques »"
    assert alineas(apply(bare, [("1", rewritten)]))[2] == "- à des fins journalistiques"
    stopped = bare.replace("droit", "droit ;").replace("archivage", "archivage.")
    assert alineas(apply(stopped, [("1", said)]))[2:4] == ["- à des fins d'archivage ;", "- à des fins journalistiques."]
    prose = "Après l'alinéa 3, insérer un alinéa ainsi rédigé : « Un arrêté précise »"
    assert alineas(apply(bare, [("1", prose)]))[3] == "Un arrêté précise."

def test_an_item_put_between_two_items_leaves_the_one_before_as_it_stood() -> None:
    # « 1° Un avertissement » (no stop) already followed by the 2°: not the list's last, so a « 1° bis » put
    # after it leaves its end untouched (p140-036); the item put last still makes the one before end « ; »
    article = "\n\n".join(
        [
            "Le I est ainsi rédigé :",
            "« I. – La formation peut prononcer les sanctions suivantes :",
            "« 1° Un avertissement",
            "« 2° Une sanction pécuniaire ;",
            "« 3° Une injonction de cesser le traitement. »",
        ]
    )
    said = "Après l'alinéa 3, insérer l'alinéa suivant :\n\n« 1° bis Une injonction de mise en conformité ; »"
    assert alineas(apply(article, [("1", said)]))[2:5] == [
        "« 1° Un avertissement",
        "« 1° bis Une injonction de mise en conformité ;",
        "« 2° Une sanction pécuniaire ;",
    ]
    said = "Après l'alinéa 4, insérer l'alinéa suivant :\n\n« 2° bis Une astreinte ; »"
    assert alineas(apply(article, [("1", said)]))[2:4] == ["« 1° Un avertissement", "« 2° Une sanction pécuniaire ;"]

def test_an_announced_count_of_alineas_each_in_its_own_quotes_is_counted_again() -> None:
    # « complété par deux alinéas ainsi rédigés : » then « « X. » » and « « Y. » », each closing its own quote
    # (the République numérique consultation text): both announced, the last deleted leaves « un alinéa »
    text = (
        "L'article L. 1 du code est complété par deux alinéas ainsi rédigés :\n\n« Le maire décide. »\n\n"
        "« Le conseil délibère. »\n\nII. – Le décret précise."
    )
    out = alineas(apply(text, [("1", "Supprimer l'alinéa 3.")]))
    assert out[:2] == ["L'article L. 1 du code est complété par un alinéa ainsi rédigé :", "« Le maire décide. »"]
    three = text.replace("par deux alinéas ainsi rédigés", "par trois alinéas ainsi rédigés")
    assert alineas(apply(three, [("1", "Supprimer l'alinéa 3.")]))[0].endswith("par trois alinéas ainsi rédigés :")

def test_an_alinea_put_at_the_end_of_an_items_quotation_closed_with_no_stop_takes_none() -> None:
    # « … par décret. » » then « 2° … » (p142-026): the quotation closed with no « ; » after its quote, so the
    # alinéa put after it takes the closing quote and nothing more, though another item ends « … ; » »
    article = "\n\n".join(
        [
            "Le code est ainsi modifié :",
            "1° L'article L. 1 est ainsi rédigé :",
            "« Art. L. 1. – Le maire décide.",
            "« Les modalités sont fixées par décret. »",
            "2° Après le b), il est inséré un b bis) ainsi rédigé : « b bis) les débits ; »",
            "3° L'article L. 3 est abrogé.",
        ]
    )
    said = "Après l'alinéa 4\n\nInsérer un alinéa ainsi rédigé :\n\n« Les manquements sont passibles d'une amende. »"
    assert alineas(apply(article, [("1", said)]))[3:6] == [
        "« Les modalités sont fixées par décret.",
        "« Les manquements sont passibles d'une amende. »",
        "2° Après le b), il est inséré un b bis) ainsi rédigé : « b bis) les débits ; »",
    ]

def test_several_divisions_inserted_by_their_marks_one_alinea_each_in_order() -> None:
    # « Après le 5°, insérer un 5° bis et un 5° ter ainsi rédigés » (« des 5° bis et 5° ter », p99-043): one alinéa
    # each, each opening with its mark, the marks in order and where they go; else refused
    article = "Le Gouvernement peut :\n\n4° Adapter les règles ;\n\n5° Préciser les règles ;\n\n6° Modifier les références."
    right = "Le Gouvernement peut :\n\n4° Adapter les règles ;\n\n5° Préciser les règles ;\n\n5° bis Adapter les syndicats ;\n\n5° ter Adapter les comités ;\n\n6° Modifier les références."
    text = "« 5° bis Adapter les syndicats ; »\n\n« 5° ter Adapter les comités ; »"
    for said in ("Après le 5°, insérer un 5° bis et un 5° ter ainsi rédigés :", "Avant le 6°, insérer des 5° bis et 5° ter ainsi rédigés :"):
        assert apply(article, [("1", f"{said}\n\n{text}")]) == right
    for said, given in (
        ("Après le 5°, insérer un 5° bis et un 5° ter ainsi rédigés :", "« 5° ter Adapter les syndicats ; »\n\n« 5° bis Adapter les comités ; »"),
        ("Après le 5°, insérer un 5° ter et un 5° bis ainsi rédigés :", "« 5° ter Adapter les syndicats ; »\n\n« 5° bis Adapter les comités ; »"),
        ("Après le 5°, insérer un 5° bis et un 5° ter ainsi rédigés :", "« Adapter les syndicats ; »\n\n« Adapter les comités ; »"),
        ("Après le 5°, insérer un 5° bis et un 5° ter ainsi rédigés :", "« 5° bis Adapter les syndicats ; »"),
        ("Après le 4°, insérer un 5° bis et un 5° ter ainsi rédigés :", text),
        ("Après le 6°, insérer un 5° bis et un 5° ter ainsi rédigés :", text),
    ):
        with pytest.raises(AmendingError):
            apply(article, [("2", f"{said}\n\n{given}")])


def test_an_enumeration_put_whole_keeps_the_end_its_amendment_writes_after_an_items_quotation() -> None:
    # « 1° L'article L. 3 est ainsi rétabli : » / « « … contrôles. » » / « 2° Il est ajouté … » put before the I
    # (p148-071): a « ; » was added after that closing quote, as the I's own items end « » ; », though neither the
    # amendment nor the adopted text has it; the items of this enumeration show none
    article = "\n\n".join(
        [
            "I. – L'article L. 1 est ainsi modifié :",
            "1° Au premier alinéa, le mot : « a » est remplacé par le mot : « b » ;",
            "2° Au deuxième alinéa, le mot : « c » est supprimé.",
            "II. – L'article L. 2 est abrogé.",
        ]
    )
    said = (
        "Avant l'alinéa 1\n\nInsérer cinq alinéas ainsi rédigés :\n\n« I A. – Le chapitre Ier du code est ainsi modifié :"
        "\n\n« 1° L'article L. 3 est ainsi rétabli :\n\n« « Art. L. 3. – Le demandeur justifie de contrôles. »"
        "\n\n« 2° Il est ajouté un article L. 4 ainsi rédigé :\n\n« « Art. L. 4. – Toute personne est tenue de signaler. » »"
    )
    assert alineas(apply(article, [("1", said)]))[2:4] == [
        "« Art. L. 3. – Le demandeur justifie de contrôles. »",
        "2° Il est ajouté un article L. 4 ainsi rédigé :",
    ]
    # an item of the I's enumeration, which ends its items so, put before its 2°: « » ; »
    said = (
        "Après l'alinéa 2\n\nInsérer deux alinéas ainsi rédigés :\n\n« 1° bis L'article L. 3 est ainsi rétabli :"
        "\n\n« « Art. L. 3. – Le demandeur justifie de contrôles. » »"
    )
    assert alineas(apply(article, [("1", said)]))[3] == "« Art. L. 3. – Le demandeur justifie de contrôles. » ;"


def test_an_item_put_before_an_item_of_the_enumeration_above_takes_no_full_stop() -> None:
    # « a) Les logiciels … » given with no end sign, put between « 2° … ; » and « 3° … » (p149-061): an item of the
    # enclosing list follows, it is not the list's last: kept as written, no full stop added
    article = "Relèvent :\n\n1° Les a ;\n\n2° Les b ;\n\n3° Les c."
    said = "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« a) Les logiciels libres »"
    assert alineas(apply(article, [("1", said)]))[3] == "a) Les logiciels libres"
    said = "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« 2° bis Les d »"
    assert alineas(apply(article, [("2", said)]))[3] == "2° bis Les d ;"
