# ruff: noqa: E501  (French instructions read best whole)
"""Amending instructions in legal French, read and applied (drafting.domain.amending)."""

from __future__ import annotations

import re

import pytest

from drafting.domain.amending import AmendingError, apply, parse
from drafting.domain.amending.lexer import clean, sentences
from drafting.domain.amending.typography import normal

ARTICLE = "\n\n".join(
    [
        "L'article L. 1 du code est ainsi modifié :",
        "1° Les communes peuvent associer les départements et les régions à leurs projets. Elles en rendent compte au préfet.",
        "2° Le conseil municipal délibère chaque année sur le rapport du maire ;",
        "3° Le présent article entre en vigueur le 1er janvier 2014.",
    ]
)


def alineas(text: str) -> list[str]:
    return text.split("\n\n")


def test_replace_words_in_a_numbered_alinea_with_markdown_operands() -> None:
    out = apply(ARTICLE, [("12", "Alinéa 2\n\nRemplacer les mots :\n\npeuvent associer\n\npar le mot :\n\nassocient")])
    assert alineas(out)[1].startswith("1° Les communes associent les départements")


def test_inline_quotes_of_every_kind_and_no_break_spaces() -> None:
    for text in (
        "À l'alinéa 3, substituer aux mots\u00a0: «\u00a0chaque année\u00a0» les mots\u00a0: «\u00a0tous les ans\u00a0».",
        'À l’alinéa 3, substituer aux mots : "chaque année" les mots : “tous les ans”.',
    ):
        assert "délibère tous les ans sur" in alineas(apply(ARTICLE, [("1", text)]))[2]


def test_html_as_the_senate_publishes_it() -> None:
    html = "<p>Alinéa 4</p><p>Remplacer l'année :</p><p>2014</p><p>par l'année :</p><p>2015</p>"
    assert alineas(apply(ARTICLE, [("7", html)]))[3].endswith("1er janvier 2015.")


def test_phrase_delete_words_insert_after_and_complete() -> None:
    out = alineas(
        apply(
            ARTICLE,
            [
                ("1", "Alinéa 2, seconde phrase\n\nSupprimer les mots :\n\nau préfet"),
                ("2", "Alinéa 3\n\nAprès les mots :\n\nle rapport\n\ninsérer les mots :\n\nd'activité"),
                ("3", "Compléter l'alinéa 4 par les mots : « , sauf pour les communes nouvelles »"),
            ],
        )
    )
    assert alineas(ARTICLE)[1].replace(" au préfet", "") == out[1]
    assert "sur le rapport d'activité du maire ;" in out[2]
    assert out[3].endswith("2014, sauf pour les communes nouvelles.")


def test_numbers_are_those_before_the_sitting_even_after_insertions() -> None:
    out = apply(
        ARTICLE,
        [
            ("5", "I. – Après l'alinéa 1, insérer deux alinéas ainsi rédigés :\n\n« 1° A Un. »\n\n« 1° B Deux. »\n\n"
             "II. – Alinéa 3 : Supprimer cet alinéa."),
        ],
    )  # fmt: skip
    assert alineas(out) == [
        alineas(ARTICLE)[0],
        "1° A Un.",
        "1° B Deux.",
        alineas(ARTICLE)[1],
        "2° (Supprimé)",
        alineas(ARTICLE)[3],
    ]


def test_rewrite_and_delete_alineas_and_articles() -> None:
    out = apply(ARTICLE, [("1", "Rédiger ainsi l'alinéa 4 :\n\n« 3° La présente loi entre en vigueur en 2015. »")])
    assert alineas(out)[3] == "3° La présente loi entre en vigueur en 2015."
    assert apply(ARTICLE, [("2", "Supprimer cet article.")]) == ""
    assert apply(ARTICLE, [("3", "Rédiger ainsi cet article :\n\n« Le code est abrogé. »")]) == "Le code est abrogé."
    # every item deleted: no number is left to keep (a number is kept for those left, see below), and the
    # alinéa introducing them would introduce nothing; whether it goes too is not said (p21-047)
    with pytest.raises(AmendingError, match="deletes every item that alinéa 1 introduces, and leaves that alinéa"):
        apply(ARTICLE, [("4", "Supprimer les alinéas 2 à 4.")])
    assert alineas(apply(ARTICLE, [("4", "Supprimer les alinéas 2 et 3.")]))[1:] == [
        "1° et 2° (Supprimé)",
        alineas(ARTICLE)[3],
    ]


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


def test_numbered_items_under_one_location() -> None:
    text = "Alinéa 2\n\n1° Remplacer le mot :\n\ncommunes\n\npar le mot :\n\nvilles\n\n2° Supprimer les mots :\n\nau préfet"
    assert alineas(apply(ARTICLE, [("9", text)]))[1] == (
        "1° Les villes peuvent associer les départements et les régions à leurs projets. Elles en rendent compte."
    )


def test_sub_amendment_is_applied_to_its_amendment_first() -> None:
    main = ("426", "Alinéa 3\n\nRemplacer les mots :\n\nchaque année\n\npar les mots :\n\ntous les deux ans")
    sub = ("501", "Alinéa 5 de l'amendement n° 426\n\nRemplacer les mots :\n\ndeux ans\n\npar les mots :\n\ntrois ans")
    assert "délibère tous les trois ans sur" in apply(ARTICLE, [main, sub])


def test_a_sub_amendment_names_a_senate_committee_amendment_as_written() -> None:
    main = ("COM-7", "Alinéa 3\n\nRemplacer les mots :\n\nchaque année\n\npar les mots :\n\ntous les deux ans")
    sub = (
        "COM-60",
        "Sous-amendement à l'amendement n° COM-7\n\nAlinéa 5\n\nRemplacer les mots :\n\ndeux ans\n\npar les mots :\n\ntrois ans",
    )
    assert "délibère tous les trois ans sur" in apply(ARTICLE, [main, sub])
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [sub])
    assert caught.value.reason == "it amends amendment COM-7, which is not among them"


def test_a_quoted_alinea_keeps_its_quotes() -> None:
    article = "Il est inséré un article ainsi rédigé :\n\n« Art. 2. – Le maire décide. »"
    out = apply(article, [("1", "Rédiger ainsi l'alinéa 2 :\n\n« Art. 2. – Le conseil décide. »")])
    assert alineas(out)[1] == "« Art. 2. – Le conseil décide. »"


@pytest.mark.parametrize(
    ("instruction", "code", "says"),
    [
        ("Alinéa 9\n\nSupprimer cet alinéa.", "no_such_alinea", "the article has no alinéa 9 (it has 4 alinéas)"),
        (
            "Alinéa 2\n\nSupprimer les mots :\n\nles métropoles",
            "not_found",
            "« les métropoles » is not found in alinéa 2",
        ),
        ("Supprimer le mot : « Le »", "ambiguous", "occurs"),
        ("Alinéa 2\n\nSupprimer le mot :\n\nles", "ambiguous", "occurs 2 times in alinéa 2"),
        ("Au IV de cet article, supprimer le mot : « maire »", "no_such_division", "opens with the mark « IV »"),
        (
            "Rédiger ainsi le début de l'alinéa 2 : « Les villes… (le reste sans changement) »",
            "not_found",
            "where the rest begins is not said",
        ),
        ("Faire mieux.", "not_understood", "do not name a place"),
    ],
)
def test_refuses_rather_than_guesses(instruction: str, code: str, says: str) -> None:
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("77", instruction)])
    assert caught.value.code == code and caught.value.numero == "77"
    assert says in caught.value.message and "amendment 77" in caught.value.message


def test_parse_gives_located_edits() -> None:
    amendment = parse(
        "3", "À la seconde phrase de l'alinéa 2, après le mot : « compte », insérer les mots : « chaque année »"
    )
    (edit,) = amendment.edits
    assert (edit.kind, edit.place.alineas, edit.place.phrase, edit.anchor, edit.new) == (
        "insert_words", (2,), 2, "compte", ("chaque année",)
    )  # fmt: skip


def test_identical_amendments_count_once_and_a_rewrite_of_the_article_supersedes_the_rest() -> None:
    same = "Alinéa 3\n\nAprès les mots :\n\nle rapport\n\ninsérer les mots :\n\nd'activité"
    twice = alineas(apply(ARTICLE, [("11", same), ("88", same)]))[2]
    assert twice.count("d'activité") == 1
    rewrite = ("A-2", "Rédiger ainsi cet article :\n\n« Le code est abrogé. »")
    assert apply(ARTICLE, [("11", "Alinéa 2\n\nSupprimer cet alinéa."), rewrite]) == "Le code est abrogé."


def test_inserted_words_ending_with_a_comma_before_a_comma_leave_one() -> None:
    article = "Pour une durée de six ans, des modalités particulières sont fixées."
    out = apply(article, [("242", "Après les mots : « six ans », insérer les mots : « , sauf exception, »")])
    assert out == "Pour une durée de six ans, sauf exception, des modalités particulières sont fixées."


def test_a_text_completed_by_a_ii_becomes_its_i() -> None:
    out = apply(
        "Le code est modifié.", [("1", "Compléter cet article par l'alinéa suivant : « II. – Le décret est pris. »")]
    )
    assert alineas(out) == ["I. – Le code est modifié.", "II. – Le décret est pris."]


def test_a_phrase_inserted_after_another() -> None:
    text = "Alinéa 2\n\nAprès la première phrase\n\nInsérer une phrase ainsi rédigée :\n\n« Ils en débattent. »"
    assert alineas(apply(ARTICLE, [("8", text)]))[1].endswith(
        "à leurs projets. Ils en débattent. Elles en rendent compte au préfet."
    )


def test_a_sub_amendment_headed_by_its_amendment_completes_it_inside_its_quotes() -> None:
    main = ("24", "Compléter cet article par un alinéa ainsi rédigé :\n\n« 4° Les contrats sont publics. »")
    sub = (
        "58",
        "Amendement n° 24\n\nCompléter cet amendement par une phrase ainsi rédigée :\n\n« Toute clause cachée est nulle. »",
    )
    assert alineas(apply(ARTICLE, [main, sub]))[-1] == "4° Les contrats sont publics. Toute clause cachée est nulle."


def test_a_list_of_alineas_with_a_phrase_for_some() -> None:
    article = "\n\n".join(
        ["Le département décide. Le département publie.", "Le département vote. Le département paie."]
    )
    text = "Alinéas 1, première phrase, et 2, seconde phrase\n\nRemplacer les mots :\n\nLe département\n\npar les mots :\n\nLa collectivité"
    out = alineas(apply(article, [("66", text)]))
    assert out == ["La collectivité décide. Le département publie.", "Le département vote. La collectivité paie."]
    # a singular phrase ending the list: the last alinéa's (alinéa 1 as a whole has the words twice) or each
    # one's (its second phrase has them once)? the readings differ: refused
    with pytest.raises(AmendingError, match="two readings differ"):
        apply(article, [("67", text.replace("Alinéas 1, première phrase, et 2", "Alinéas 1 et 2"))])


QUOTED_BLOCK = "\n\n".join(
    [
        "L'article L. 7 est ainsi rédigé :",
        "« Art. L. 7. – Le département promeut son territoire.",
        "« Il coordonne la politique du tourisme. »",
    ]
)


def test_deleting_the_alinea_that_closes_a_quotation_closes_it_one_alinea_earlier() -> None:
    out = apply(QUOTED_BLOCK, [("5", "Supprimer l'alinéa 3.")])
    assert alineas(out) == [
        "L'article L. 7 est ainsi rédigé :",
        "« Art. L. 7. – Le département promeut son territoire. »",
    ]


def test_deleting_it_when_the_alinea_before_ends_otherwise_is_refused() -> None:
    article = QUOTED_BLOCK.replace("son territoire.", "son territoire ;")
    with pytest.raises(AmendingError) as caught:
        apply(article, [("5", "Supprimer l'alinéa 3.")])
    assert "closed a quotation" in caught.value.message


def test_an_alinea_completing_a_quotation_opens_with_its_quote_and_now_closes_it() -> None:
    out = apply(QUOTED_BLOCK, [("88", "Compléter cet article par un alinéa ainsi rédigé :\n\n« Il en rend compte.")])
    assert alineas(out)[2:] == ["« Il coordonne la politique du tourisme.", "« Il en rend compte. »"]


@pytest.mark.parametrize("given", ["« « Il en rend compte. »", "« « Il en rend compte. » »", "Il en rend compte."])
def test_an_alinea_put_amid_a_quotation_does_not_close_it(given: str) -> None:
    out = apply(QUOTED_BLOCK, [("102", f"Après l'alinéa 2, insérer l'alinéa suivant :\n\n{given}")])
    assert alineas(out)[2:] == ["« Il en rend compte.", "« Il coordonne la politique du tourisme. »"]


def test_these_two_alineas_are_the_two_named_before() -> None:
    article = "Le maire décide.\n\nLe préfet voit.\n\nLe juge tranche."
    instruction = "Alinéas 1 et 2\n\nRemplacer ces {} alinéas par un alinéa ainsi rédigé :\n\nLe conseil décide."
    assert alineas(apply(article, [("270", instruction.format("deux"))])) == ["Le conseil décide.", "Le juge tranche."]
    with pytest.raises(AmendingError) as caught:
        apply(article, [("270", instruction.format("trois"))])
    assert caught.value.reason == "it says 3 alinéas and names 2 alinéa(s)"


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


def test_restoring_an_alinea_thus_and_an_occurrence_spelt_with_one_r() -> None:
    article = "Le maire décide.\n\n(Supprimé)\n\nLe préfet voit le maire et le maire."
    out = apply(article, [("54", "Rétablir ainsi l'alinéa 2 :\n\n« Le juge tranche. »")])
    assert alineas(out)[1] == "Le juge tranche."
    out = apply(
        article,
        [("7", "À l'alinéa 3, substituer à la deuxième occurence des mots : « le maire », les mots : « le juge ».")],
    )
    assert alineas(out)[2] == "Le préfet voit le maire et le juge."


@pytest.mark.parametrize("mark", ["II. –", "II."])
def test_the_gage_completes_the_article_like_any_paragraph(mark: str) -> None:
    article = "I. – Le taux est fixé à 5 %.\n\nII. – Le présent article entre en vigueur en 2012."
    amendment = (
        "I. – Alinéa 1\n\nRemplacer le taux :\n\n5 %\n\npar le taux :\n\n4 %\n\n"
        f"{mark} Pour compenser la perte de recettes résultant du I ci-dessus, compléter cet article par un "
        "paragraphe ainsi rédigé :\n\n… – La perte de recettes est compensée par une taxe additionnelle."
    )
    assert alineas(apply(article, [("355", amendment)])) == [
        "I. – Le taux est fixé à 4 %.",
        "II. – Le présent article entre en vigueur en 2012.",
        "III. – La perte de recettes est compensée par une taxe additionnelle.",
    ]


def test_an_article_s_heading_moved_onto_its_next_alinea_keeps_no_number_deleted() -> None:
    article = "\n\n".join(
        [
            "Le code est ainsi modifié :",
            "« Art. L. 3431-4. – La collectivité est chef de file.",
            "« Elle coordonne l'action des communes.",
            "« Art. L. 3431-5. – Le préfet en est informé. »",
        ]
    )
    amendment = (
        "I. – Supprimer l'alinéa 2.\n\nII. – En conséquence, au début de l'alinéa 3, ajouter la mention :"
        "\n\n« Art. L. 3431‑4. – »"
    )
    assert alineas(apply(article, [("315", amendment)]))[1:] == [
        "« Art. L. 3431‑4. – Elle coordonne l'action des communes.",
        "« Art. L. 3431-5. – Le préfet en est informé. »",
    ]


def test_look_alikes_of_this_round_s_forms_are_refused_or_read() -> None:
    article = "Les conseillers municipaux et communautaires votent.\n\nLe maire décide.\n\nLe préfet voit."
    with pytest.raises(AmendingError) as caught:  # « ces deux alinéas » for one named
        apply(article, [("28", "À l'alinéa 2, remplacer ces deux alinéas par l'alinéa suivant :\n\nLe juge tranche.")])
    assert caught.value.reason == "it says 2 alinéas and names 1 alinéa(s)"
    each = "Au premier alinéa, après chaque occurrence des mots : « conseillers municipaux », insérer les mots : « et communautaires »."
    with pytest.raises(AmendingError) as caught:  # every occurrence is already followed by the words
        apply(article, [("12", each)])
    assert caught.value.reason == "« et communautaires » already follows every « conseillers municipaux »"
    same = "I. – À l'alinéa 2, remplacer le mot : « maire » par le mot : « conseil ».\n\nII. – Procéder à la même suppression à l'alinéa 3."
    with pytest.raises(AmendingError) as caught:  # a deletion repeated after a part that deletes nothing
        apply(article, [("126", same)])
    assert caught.value.reason == "it repeats a suppression that the part before does not make"
    # the verb first, and a rectified amendment named with its « rect. »
    out = apply(article, [("32", "À l'alinéa 2, insérer après le mot : « maire » les mots : « de la commune »")])
    assert alineas(out)[1] == "Le maire de la commune décide."
    main = ("COM-7 rect.", "Alinéa 3\n\nRemplacer le mot :\n\npréfet\n\npar le mot :\n\nsous-préfet")
    sub = (
        "COM-63",
        "Sous-amendement à l'amendement n° COM-7 rect.\n\nAlinéa 5\n\nRemplacer le mot :\n\nsous-préfet\n\npar le mot :\n\njuge",
    )
    assert alineas(apply(article, [main, sub]))[2] == "Le juge voit."


def test_a_phrase_keeps_its_stop_whatever_words_go_or_come_at_its_end() -> None:
    article = "Le décret est pris dans un délai de trois mois. Il est publié.\n\n1° Les élus restent jusqu'au second tour. Ils siègent ;\n\n2° Le préfet voit."
    # words deleted with the phrase's full stop
    out = apply(
        article, [("15", 'Alinéa 1, première phrase\n\nSupprimer les mots :\n\n"dans un délai de trois mois."')]
    )
    assert alineas(out)[0] == "Le décret est pris. Il est publié."
    # a new end given without a stop, the full stop after the quote being the instruction's
    out = apply(
        article,
        [("87", "Après le mot : « pris », rédiger ainsi la fin de la première phrase de l'alinéa 1 : « sans délai ».")],
    )
    assert alineas(out)[0] == "Le décret est pris sans délai. Il est publié."
    # an item ending « ; » completed by a phrase: the new phrase ends the item
    out = apply(
        article,
        [
            (
                "125",
                "Alinéa 2\n\nI. - Supprimer la deuxième phrase.\n\nII. - Compléter cet alinéa par une phrase ainsi rédigée :\n\nLeur mandat est prorogé.",
            )
        ],
    )
    assert alineas(out)[1] == "1° Les élus restent jusqu'au second tour. Leur mandat est prorogé ;"
    # an alinéa of the bill's own ending with the words it quotes takes the full stop the amendment puts after its quote
    out = apply(
        article,
        [
            (
                "63",
                "Compléter cet article par l'alinéa suivant :\n\n« II. – Au 3°, les mots : « trois » sont remplacés par les mots : « deux » ».",
            )
        ],
    )
    assert alineas(out)[-1] == "II. – Au 3°, les mots : « trois » sont remplacés par les mots : « deux »."


def test_a_text_given_in_part_or_for_alineas_apart() -> None:
    article = "Le maire décide.\n\nLe taux est fixé par décret.\n\nLe préfet voit.\n\nLe taux est fixé par décret."
    with pytest.raises(AmendingError) as caught:  # a whole text given in part
        apply(
            article,
            [("210", "Alinéa 3\n\nRédiger ainsi cet alinéa :\n\nLe préfet voit et signe (Le reste sans changement).")],
        )
    assert caught.value.reason == "its text says « (le reste sans changement) » of a passage it rewrites whole"
    # alinéas apart that read the same: each is rewritten so
    out = apply(article, [("346", "Alinéas 2 et 4\n\nRédiger ainsi ces alinéas :\n\nLe taux est fixé par arrêté.")])
    assert alineas(out) == [
        "Le maire décide.",
        "Le taux est fixé par arrêté.",
        "Le préfet voit.",
        "Le taux est fixé par arrêté.",
    ]
    with pytest.raises(AmendingError) as caught:  # that differ: each rewritten so, or both made one, is not said
        apply(article, [("346", "Alinéas 1 et 3\n\nRédiger ainsi ces alinéas :\n\nLe conseil décide.")])
    assert caught.value.reason == "it rewrites as one text alinéas that are apart"


@pytest.mark.parametrize(
    ("given", "read"),
    [
        ("IV _bis_. – Le texte", "IV bis. – Le texte"),
        ("<p><i>Art. L. 222-10.</i>– Les élus</p>", "Art. L. 222-10. – Les élus"),
        ("<p>« <i>b bis)</i>La commune</p>", "« b bis) La commune"),
    ],
)
def test_marks_as_published_markup_leaves_them(given: str, read: str) -> None:
    assert clean(given) == [read]


@pytest.mark.parametrize(
    ("given", "read"),
    [
        # an italic span holding a whole word ends it: an item's letter after a space, an adverb of number,
        # a locution, anything ending with an item's parenthesis
        ("<p>1° Le <i>b</i>est complété</p>", "1° Le b est complété"),
        ("<p>Le&nbsp;<i>e</i>du 3°</p>", "Le e du 3°"),
        ("<p><i>« a</i>bis<i>)</i>Après le mot</p>", "« a bis) Après le mot"),
        ("<p>l’article 244 <i>quater</i>B du code</p>", "l’article 244 quater B du code"),
        ("<p>Le comité <i>ad hoc</i>peut</p>", "Le comité ad hoc peut"),
        ("<p>au <i>a)</i>du 3°</p>", "au a) du 3°"),
        # an adverb of number in italics glued to the number, letter or superscript before it begins a word
        ("<p>« au chapitre I<sup>er</sup><i>bis</i> du titre »</p>", "« au chapitre Ier bis du titre »"),
        ("<p>au 2°<i>bis</i> du</p>", "au 2° bis du"),
        ("<p>l’article 6<i>ter</i>, le</p>", "l’article 6 ter, le"),
        # italics inside a word, or a letter opening its paragraph (a drop capital), stay glued
        ("<p>Ré<i>dig</i>er</p>", "Rédiger"),
        ("<p><i>Réd</i>iger</p>", "Rédiger"),
        ("<p><i>I</i>nsérer</p>", "Insérer"),
        ("<p><i>s</i>ociété</p>", "société"),
        ("<p>des <i>start-up</i>s</p>", "des start-ups"),
        ("<p>in<i>ter</i>dit</p>", "interdit"),
        # superscripts: « n° », and « 1er » whose superscript ends the word
        ("<p>le n<sup>o</sup> 5 du 1<sup>er</sup>janvier</p>", "le n° 5 du 1er janvier"),
    ],
)
def test_an_italic_word_glued_to_the_next_is_spaced(given: str, read: str) -> None:
    assert clean(given) == [read]


def test_forms_of_a_whole_sitting() -> None:
    article = "\n\n".join(
        [
            "I. – Le maire décide. Le préfet voit : il signe. Le juge tranche.",
            "VII bis A (nouveau). – Le conseil délibère.",
            "VII bis (nouveau). – Le conseil vote :",
            "a) En mai ;",
            "b bis) En juin ;",
            "c) En juillet.",
        ]
    )
    out = alineas(
        apply(
            article,
            [
                ("1", "À l'alinéa 1, après la deuxième phrase, insérer la phrase suivante : « Le greffier note. »"),
                (
                    "2",
                    "À la deuxième phrase de l'alinéa 1, après le mot : « voit », rédiger ainsi la fin de cette phrase : « et contresigne ».",
                ),
                ("3", "Supprimer l'alinéa 2."),
                ("4", "Rédiger ainsi l'alinéa 6 :\n\nc) En novembre."),
                ("5", "Après l'alinéa 6, insérer l'alinéa suivant :\n\nd) En décembre."),
            ],
        )
    )
    assert out == [
        "I. – Le maire décide. Le préfet voit et contresigne. Le greffier note. Le juge tranche.",
        "VII bis A. – (Supprimé)",  # the shuttle's « (nouveau) » goes with the text
        "VII bis (nouveau). – Le conseil vote :",
        "a) En mai ;",
        "b bis) En juin ;",
        "c) En novembre ;",  # an item of « b bis) »'s enumeration follows
        "d) En décembre.",
    ]


def test_words_replaced_that_ended_glued_to_the_next_leave_it_spaced() -> None:
    article = "Au 2°, sont visés l'article 6 et le 7°."
    out = apply(article, [("1", "Au premier alinéa, les mots : « visés l' » sont remplacés par les mots : « visés : »")])
    assert out == "Au 2°, sont visés : article 6 et le 7°."


def test_words_deleted_or_replaced_across_the_edge_of_a_quotation_are_refused() -> None:
    # the opening quote gone, the closing one would stand alone (« aux 6° et 7°" »): which words are meant is not said
    article = 'Au 2°, les mots : "aux 6° et 7°" sont supprimés.'
    for amendment in (
        'Au premier alinéa, les mots : « les mots : " » sont remplacés par les mots : « la mention : »',
        'Au premier alinéa, supprimer les mots : « 7°" sont »',
    ):
        with pytest.raises(AmendingError, match="edge of a quotation"):
            apply(article, [("1", amendment)])
    quoted = '2° Après le mot : "prévisionnels,", sont insérés les mots : "et définitifs".'
    with pytest.raises(AmendingError, match="edge of a quotation"):
        apply(quoted, [("2", 'Alinéa 1\n\nSupprimer les mots : « prévisionnels,", sont »')])
    # new words keeping the edge leave it where it was
    out = apply(article, [("3", 'Au premier alinéa, les mots : « 7°" » sont remplacés par les mots : « 8°" »')])
    assert out == 'Au 2°, les mots : "aux 6° et 8°" sont supprimés.'


def test_forms_found_reading_real_amendments_one_by_one() -> None:
    items = (
        "Le Gouvernement est autorisé à prendre par ordonnance :\n\n1° et 2° (Supprimé)\n\n3° Précisant les conditions."
    )
    out = apply(
        items,
        [
            (
                "CL227",
                "À l'alinéa 2, rétablir le 1° dans la rédaction suivante :\n\n« 1° Instaurant des contributions ; »",
            )
        ],
    )
    assert alineas(out)[1:3] == ["1° Instaurant des contributions ;", "2° (Supprimé)"]
    out = apply(
        items,
        [("CL226", "À l'alinéa 2, rétablir le 2° dans la rédaction suivante :\n\n« 2° Précisant le transfert ; »")],
    )
    assert alineas(out)[1:3] == ["1° (Supprimé)", "2° Précisant le transfert ;"]
    # a new end put inside the words the alinéa quotes closes their quote
    quoted = 'Le dernier alinéa est complété par les mots : ", par les agents assermentés de la société".'
    out = apply(
        quoted, [("184", "Après le mot : « agents », rédiger ainsi la fin de cet article : « des entreprises. »")]
    )
    assert out == 'Le dernier alinéa est complété par les mots : ", par les agents des entreprises".'
    # quoted phrases keep their stop inside the quote: the new end's (or theirs), then the alinéa's « ; »
    phrases = 'b) Le code est complété par les dispositions suivantes : "Le ministre peut, afin d\'assurer la fin." ;'
    end = "Après les mots :\n\nLe ministre peut,\n\nrédiger ainsi la fin de cet alinéa :\n\n"
    for given in ("pour six mois.", "pour six mois"):
        out = apply(phrases, [("42", "Alinéa 1\n\n" + end + given)])
        assert out == 'b) Le code est complété par les dispositions suivantes : "Le ministre peut, pour six mois." ;'
    out = apply(phrases.replace('"Le', "« Le").replace('." ;', ". » ;"), [("44", "Alinéa 1\n\n" + end + "pour six mois.")])
    assert out == "b) Le code est complété par les dispositions suivantes : « Le ministre peut, pour six mois.\u00a0» ;"
    # the words named end where the quoted words end: their quote stays before the new end
    items = 'a) Les mots : "et d\'odontologie" sont remplacés par les mots : ", d\'odontologie et de maïeutique" et le mot : "six" est supprimé ;'
    out = apply(
        items,
        [
            (
                "COM-62",
                "Alinéa 1\n\nAprès les mots : « , d'odontologie et de maïeutique », rédiger ainsi la fin de cet alinéa : « , le mot : « six » est remplacé par le mot : « sept » ; »",
            )
        ],
    )
    assert out.endswith('maïeutique", le mot : « six » est remplacé par le mot : « sept » ;')
    # « Au début » of an alinéa opening with an article heading: after it, or in it
    heading = '"Art. L. 3431-5. - Par dérogation aux dispositions du code, le département décide.'
    out = apply(
        heading,
        [
            (
                "COM-105",
                "Au début, remplacer les mots : « Par dérogation aux dispositions » par les mots : « Sans préjudice »",
            )
        ],
    )
    assert out == '"Art. L. 3431-5. - Sans préjudice du code, le département décide.'
    out = apply(heading, [("COM-106", "Au début, remplacer la mention : « L. 3431-5 » par la mention : « L. 3431-4 »")])
    assert out.startswith('"Art. L. 3431-4. -')
    # words completing an item introduce the quotation after them
    article = "I. – Le code est ainsi modifié :\n\n2° L'article L. 2 est abrogé."
    out = apply(
        article,
        [
            (
                "AS4",
                "Après l'alinéa 1, insérer les deux alinéas suivants :\n\n« 1° L'article L. 1 est complété par les mots :\n\n« , notamment en cas d'urgence » ;",
            )
        ],
    )
    assert alineas(out)[1:3] == ["1° L'article L. 1 est complété par les mots :", "« , notamment en cas d'urgence » ;"]


def test_a_new_start_given_without_the_alinea_s_mark_keeps_it() -> None:
    article = "I. – Le maire décide.\n\nII. – Les fournisseurs d'électricité informent leurs clients par courrier."
    amendment = "Rédiger ainsi le début de l'alinéa 2 :\n\n« Les fournisseurs de gaz et d'électricité informent... (le reste sans changement) »."
    assert (
        alineas(apply(article, [("60", amendment)]))[1]
        == "II. – Les fournisseurs de gaz et d'électricité informent leurs clients par courrier."
    )


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


def test_a_deletion_leaving_a_quotation_empty_is_refused() -> None:
    article = 'Après le mot : "moyenne", sont insérés les mots : ", les diplômes" ;\n\nLe recteur transmet.'
    with pytest.raises(AmendingError) as caught:
        apply(article, [("41", "Alinéa 1\n\nSupprimer les mots : « les diplômes »")])
    assert caught.value.code == "ambiguous" and "empty quotation" in caught.value.message


def test_an_edit_leaving_a_word_doubled_is_refused() -> None:
    article = "Le maire, par la voie du conseil, par la délibération, décide."
    with pytest.raises(AmendingError) as caught:
        apply(article, [("52", "Supprimer les mots : « la voie du conseil, »")])
    assert caught.value.code == "doubled_word" and "« par par »" in caught.value.message
    out = apply(article, [("52", "Supprimer les mots : « par la voie du conseil, »")])
    assert out == "Le maire, par la délibération, décide."


def test_the_same_deletion_in_a_series_of_items_takes_the_word_that_opens_the_item() -> None:
    article = (
        "Les députés dont le siège devient vacant pour une cause autre que la démission, la mission "
        "temporaire confiée par le Gouvernement, la déchéance sont remplacés.\n\n"
        "En cas de vacance causée par la démission, par la mission temporaire confiée par le "
        "Gouvernement, par la déchéance, il est procédé à des élections partielles."
    )
    amendment = (
        "I. – À l'alinéa 1, supprimer les mots : « la mission temporaire confiée par le Gouvernement, ».\n\n"
        "II. – Procéder à la même suppression à l'alinéa 2."
    )
    assert alineas(apply(article, [("CL52", amendment)])) == [
        "Les députés dont le siège devient vacant pour une cause autre que la démission, la déchéance sont remplacés.",
        "En cas de vacance causée par la démission, par la déchéance, il est procédé à des élections partielles.",
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


def test_amendments_identical_but_for_typography_and_capitals_count_once() -> None:
    one = "Compléter cet article par un alinéa ainsi rédigé :\n\n« 4° Maire d’arrondissement. »"
    other = 'Compléter cet article par un alinéa ainsi rédigé :\n\n"4° maire d\'arrondissement."'
    out = apply(ARTICLE, [("10", one), ("12", other)])
    assert len(alineas(out)) == 5 and alineas(out)[-1] == "4° Maire d’arrondissement."


def test_typography_that_carries_no_meaning_is_normalised_away() -> None:
    assert normal("« L’article\u00a0L.\u202f4352‑3 – voir… »") == normal('"L\'article L.4352-3 - voir..."')
    assert normal("\ufeffLe maire\u200b décide.") == normal("Le maire décide.")
    assert normal("la mise en œuvre") == normal("la mise en oeuvre")
    assert normal("L'État décide.") != normal("L'Etat décide.")  # a letter, not typography


def test_quoted_words_find_the_text_with_or_without_a_space_next_to_punctuation() -> None:
    article = "Les mots : « du 4° de l'article L. 5713-1 » sont supprimés."
    out = apply(article, [("27", "Remplacer les mots :\n\ndu 4 ° de l'article L. 5713-1\n\npar les mots :\n\ndu 5°")])
    assert out == "Les mots : « du 5° » sont supprimés."
    with pytest.raises(AmendingError):  # between two words a space is still needed
        apply(article, [("27", "Supprimer les mots : « dul'article »")])


@pytest.mark.parametrize(
    ("instruction", "says"),
    [
        ("Alinéa 2\n\nSupprimer les mots : « peuvent associer", "a quotation opened in it is never closed"),
        (
            "Alinéa 2\n\nRemplacer les mots : « peuvent associer » par le mot : « associent » sauf le dimanche.",
            "« sauf",
        ),
        ("Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n\n« A. »\n\n« B. »\n\n« C. »", "quotes 3"),
    ],
)
def test_an_instruction_with_text_left_unread_is_refused(instruction: str, says: str) -> None:
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("9", instruction)])
    assert says in caught.value.message


def test_a_text_opening_a_quotation_it_never_closes_is_refused_next_to_an_unquoted_alinea() -> None:
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("24", "Rédiger ainsi l'alinéa 3 :\n\n« 2° Le conseil municipal délibère ;")])
    assert "never closes" in caught.value.message
    # inside a quotation the same shape continues it (see the quoted-block tests above)
    out = apply(QUOTED_BLOCK, [("24", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« Il en rend compte.")])
    assert alineas(out)[2] == "« Il en rend compte."


def test_the_same_edit_in_two_phrases_of_one_alinea() -> None:
    article = "Titre\n\nLe maire décide. Le maire informe. Le maire signe."
    instruction = (
        "Aux première et deuxième phrases del'alinéa 2, après le mot : « maire » insérer les mots : « de la commune »"
    )
    out = apply(article, [("10", instruction)])
    assert alineas(out)[1] == "Le maire de la commune décide. Le maire de la commune informe. Le maire signe."


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        (
            "Substituer aux deux dernières phrases de l'alinéa 2 la phrase suivante : « Le préfet voit. »",
            "Le maire décide. Le préfet voit.",
        ),
        (
            "Remplacer la deuxième phrase de l'alinéa 2 par une phrase ainsi rédigée : « Le préfet voit. »",
            "Le maire décide. Le préfet voit. Le maire signe.",
        ),
        ("Supprimer les deux premières phrases de l'alinéa 2.", "Le maire signe."),
    ],
)
def test_phrases_substituted_and_runs_of_phrases(instruction: str, expected: str) -> None:
    out = apply("Titre\n\nLe maire décide. Le maire informe. Le maire signe.", [("197", instruction)])
    assert alineas(out)[1] == expected


@pytest.mark.parametrize(
    ("instruction", "says"),
    [
        ("Substituer à l'alinéa 2 la phrase suivante : « Le préfet voit. »", "not a phrase"),
        ("Supprimer les deux deuxièmes phrases de l'alinéa 2.", "from the first or the last"),
        ("Supprimer les deux dernières phrases de l'alinéa 1.", "alinéa that has 1"),
    ],
)
def test_phrases_that_are_not_there_are_refused(instruction: str, says: str) -> None:
    with pytest.raises(AmendingError) as caught:
        apply("Titre\n\nLe maire décide. Le maire informe. Le maire signe.", [("197", instruction)])
    assert says in caught.value.message


def test_an_item_restored_where_its_alinea_records_it_deleted() -> None:
    article = "Titre :\n\n1° Le maire décide ;\n\n2° (Supprimé)\n\n3° Le préfet voit."
    restore = "Rétablir le 2° de l'alinéa {} dans la rédaction suivante : « 2° Le conseil délibère ; »"
    out = apply(article, [("327", restore.format(3))])
    assert alineas(out)[2] == "2° Le conseil délibère ;"
    with pytest.raises(AmendingError) as caught:
        apply(article, [("327", restore.format(4))])
    assert "alinéa 4 is the 2° but that alinéa opens otherwise" in caught.value.message


def test_deleting_every_phrase_of_an_alinea_deletes_the_alinea() -> None:
    out = apply(
        "Titre\n\nLe maire décide. Le maire signe.\n\nFin.",
        [("3", "Supprimer les deux premières phrases de l'alinéa 2.")],
    )
    assert alineas(out) == ["Titre", "Fin."]


def test_the_same_insertion_repeated_elsewhere_takes_the_place_its_sentence_names() -> None:
    article = "Titre\n\nLe maire décide. Le maire informe.\n\nLe maire signe.\n\nLe préfet voit le maire et le conseil."
    instruction = (
        "I. – Aux première et deuxième phrases de l'alinéa 2, après le mot : « maire », insérer les mots : « élu ».\n\n"
        "II. – En conséquence, procéder à la même insertion aux alinéas 3 et 4."
    )
    out = alineas(apply(article, [("10", instruction)]))
    assert out[1:] == [
        "Le maire élu décide. Le maire élu informe.",
        "Le maire élu signe.",
        "Le préfet voit le maire élu et le conseil.",
    ]
    other_words = (
        "I. – À l'alinéa 3, après le mot : « maire », insérer le mot : « élu ».\n\n"
        "II. – En conséquence, au même alinéa, après le mot : « signe », procéder à la même insertion."
    )
    assert alineas(apply(article, [("11", other_words)]))[2] == "Le maire élu signe élu."


@pytest.mark.parametrize(
    ("instruction", "says"),
    [
        ("Procéder à la même suppression à l'alinéa 3.", "no earlier part"),
        (
            "I. – À l'alinéa 2, supprimer le mot : « maire ».\n\nII. – Au même alinéa, après le mot : « Le », procéder à la même suppression.",
            "not an insertion",
        ),
        ("I. – Supprimer le mot : « signe ».\n\nII. – Procéder à la même suppression.", "in which alinéa"),
    ],
)
def test_a_repeated_change_must_have_a_change_to_repeat_and_a_place(instruction: str, says: str) -> None:
    with pytest.raises(AmendingError) as caught:
        apply("Titre\n\nLe maire décide. Le maire informe.\n\nLe maire signe.", [("12", instruction)])
    assert says in caught.value.message


def test_words_are_found_whatever_their_capitals_only_when_not_found_as_written() -> None:
    article = "Titre\n\nLe département décide ; le préfet voit.\n\nIl informe le département et le conseil."
    out = alineas(apply(article, [("1", "À l'alinéa 2, après le mot : « le », insérer le mot : « seul »")]))
    assert out[1] == "Le département décide ; le seul préfet voit."  # « le » as written, not « Le »
    out = alineas(
        apply(
            article,
            [("2", "Alinéas 2 et 3\n\nRemplacer les mots :\n\nle département\n\npar les mots :\n\nla collectivité")],
        )
    )
    assert out[1:] == ["La collectivité décide ; le préfet voit.", "Il informe la collectivité et le conseil."]


def test_a_named_occurrence_is_counted_as_drafters_count() -> None:
    article = "Titre\n\nLes maires, les préfets et les conseils en Alsace et d'Alsace, voient."
    third = "À l'alinéa 2, après la troisième occurrence du mot : « les », insérer le mot : « seuls »"
    assert alineas(apply(article, [("7", third)]))[1].startswith("Les maires, les préfets et les seuls conseils")
    second = "À l'alinéa 2, après la deuxième occurrence du mot : « Alsace, », insérer les mots : « du Nord, »"
    assert "en Alsace et d'Alsace, du Nord, voient" in alineas(apply(article, [("8", second)]))[1]
    with pytest.raises(AmendingError) as caught:  # counted with capitals « Les » is the first, without the second
        apply(
            article, [("9", "À l'alinéa 2, après la première occurrence du mot : « les », insérer le mot : « seuls »")]
        )
    assert caught.value.code == "ambiguous"


def test_one_edit_at_two_places_joined_by_et() -> None:
    article = "Titre\n\nLe maire décide en application du présent article.\n\nLe présent article s'applique au maire."
    instruction = (
        "À la fin de l'alinéa 2 et à l'alinéa 3, substituer aux mots : « présent article » la référence : « 1° »"
    )
    assert alineas(apply(article, [("6", instruction)]))[1:] == [
        "Le maire décide en application du 1°.",
        "Le 1° s'applique au maire.",
    ]
    with pytest.raises(AmendingError) as caught:  # at the end of alinéa 3 it is not
        apply(
            article,
            [("6", "À la fin des alinéas 2 et 3, substituer aux mots : « présent article » la référence : « 1° »")],
        )
    assert "is not found in alinéa 2, 3" in caught.value.message


DIVISIONS = "I. – Le maire décide.\n\nII. – (Supprimé)\n\nIII. – Le préfet voit.\n\nIl signe."


def test_a_paragraph_restored_where_it_is_recorded_deleted() -> None:
    restore = "Alinéa {}\n\nRétablir ce paragraphe dans la rédaction suivante :\n\nII. – Le conseil délibère.\n\nIII. – Supprimé."
    out = alineas(apply(DIVISIONS, [("14", restore.format(2).removesuffix("\n\nIII. – Supprimé."))]))
    assert out == ["I. – Le maire décide.", "II. – Le conseil délibère.", "III. – Le préfet voit.", "Il signe."]
    for alinea in (3, 4):  # alinéa 3 alone is not the whole III, alinéa 4 is not a division
        with pytest.raises(AmendingError) as caught:
            apply(DIVISIONS, [("14", restore.format(alinea).removesuffix("\n\nIII. – Supprimé."))])
        assert "not a whole « I. – » division" in caught.value.message


PROPOSED = "\n\n".join(
    [
        "I. – Après l'article L. 1 du code des communes, sont insérés deux articles ainsi rédigés :",
        "« Art. L. 1-1. – Le maire décide et le conseil délibère.",
        "« Il informe le conseil.",
        "« Art. L. 1-2. – Le préfet voit. »",
        "II. – Le présent article entre en vigueur en 2030.",
    ]
)


def test_a_place_counted_in_the_text_proposed_for_an_article() -> None:
    instruction = (
        "I. – Dans le second alinéa du texte proposé par le I de cet article pour l'article L. 1-1 du code des "
        "communes, remplacer le mot : « conseil » par le mot : « préfet ».\n\n"
        "II. – Compléter le même texte par un alinéa ainsi rédigé :\n\n« Il signe. »"
    )
    out = alineas(apply(PROPOSED, [("8", instruction)]))
    assert out[2:5] == ["« Il informe le préfet.", "« Il signe.", "« Art. L. 1-2. – Le préfet voit. »"]
    last = "Compléter le texte proposé pour l'article L. 1-2 du code des communes par un alinéa ainsi rédigé : « Il signe. »"
    assert alineas(apply(PROPOSED, [("9", last)]))[3:5] == ["« Art. L. 1-2. – Le préfet voit.", "« Il signe. »"]
    words = "Dans le texte proposé pour l'article L. 1-1 du code des communes, remplacer le mot : « Il » par le mot : « Le maire »"
    assert alineas(apply(PROPOSED, [("10", words)]))[2] == "« Le maire informe le conseil."


@pytest.mark.parametrize(
    ("instruction", "says"),
    [
        ("Dans le texte proposé pour l'article L. 1-3, supprimer le mot : « maire »", "no text proposed for article"),
        (
            "Dans le troisième alinéa du texte proposé pour l'article L. 1-1, supprimer le mot : « maire »",
            "has no alinéa 3 (it has 2)",
        ),
        ("Dans le texte proposé pour l'article L. 1-1, supprimer le mot : « le »", "occurs 2 times"),
        ("Dans le même texte, supprimer le mot : « maire »", "no text proposed was named"),
    ],
)
def test_a_text_proposed_that_is_not_there_or_words_found_twice_in_it_are_refused(instruction: str, says: str) -> None:
    with pytest.raises(AmendingError) as caught:
        apply(PROPOSED, [("11", instruction)])
    assert says in caught.value.message


QUOTED_ITEM = "\n\n".join(
    [
        "L'article L. 9 est ainsi modifié :",
        "1° Le premier alinéa est ainsi rédigé :",
        "« Le maire décide. Le préfet contrôle. » ;",
        "2° Le dernier alinéa est supprimé.",
    ]
)


@pytest.mark.parametrize(
    ("instruction", "becomes"),
    [
        (
            "Alinéa 3, première phrase\n\nRédiger ainsi cette phrase :\n\nLe conseil décide.",
            "« Le conseil décide. Le préfet contrôle. » ;",
        ),
        (
            "Alinéa 3, dernière phrase\n\nRédiger ainsi cette phrase :\n\nLe juge tranche.",
            "« Le maire décide. Le juge tranche. » ;",
        ),
        (
            "Alinéa 3\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nLe juge tranche.",
            "« Le maire décide. Le préfet contrôle. Le juge tranche. » ;",
        ),
        (
            "Alinéa 3\n\nAprès la dernière phrase, insérer une phrase ainsi rédigée :\n\nLe juge tranche.",
            "« Le maire décide. Le préfet contrôle. Le juge tranche. » ;",
        ),
        ("Alinéa 3, première phrase\n\nSupprimer cette phrase.", "« Le préfet contrôle. » ;"),
        ("Alinéa 3, dernière phrase\n\nSupprimer cette phrase.", "« Le maire décide. » ;"),
        (
            "Alinéa 3\n\nCompléter cet alinéa par les mots :\n\net rend compte",
            "« Le maire décide. Le préfet contrôle et rend compte. » ;",
        ),
        (
            "Alinéa 3\n\nAprès le mot :\n\nmaire\n\nrédiger ainsi la fin de cet alinéa :\n\ntranche.",
            "« Le maire tranche. » ;",
        ),
        ("Alinéa 3\n\nAprès le mot :\n\nmaire\n\nsupprimer la fin de cet alinéa.", "« Le maire. » ;"),
    ],
)
def test_a_quoted_alinea_is_edited_inside_its_quotes(instruction: str, becomes: str) -> None:
    # the quotes (and the « ; » after them) belong to the quotation, not to its first or last phrase
    assert alineas(apply(QUOTED_ITEM, [("3", instruction)]))[2] == becomes


def test_words_put_at_the_start_open_the_sentence() -> None:
    out = apply(QUOTED_ITEM, [("4", "Alinéa 3\n\nAu début de cet alinéa, insérer le mot :\n\ntoutefois,")])
    assert alineas(out)[2] == "« Toutefois, le maire décide. Le préfet contrôle. » ;"
    article = "L'État décide.\n\nLe préfet contrôle."
    assert (
        alineas(apply(article, [("4", "Au début de l'alinéa 1, insérer le mot : « Seul »")]))[0]
        == "Seul l'État décide."
    )
    assert (
        alineas(apply(article, [("4", "Au début de l'alinéa 2, insérer la mention : « 2° »")]))[1]
        == "2° Le préfet contrôle."
    )
    assert alineas(apply("État : décide.", [("4", "Au début de l'alinéa 1, insérer les mots : « En France, »")])) == [
        "En France, État : décide."  # « État » is no article or pronoun: it keeps its capital
    ]


def test_a_full_stop_after_words_given_bare_is_the_instructions() -> None:
    article = "Le conseil délibère sur le rapport du maire, qui contribue au budget. Le maire contribue au bilan."
    bare = "<p>Remplacer les mots :</p><p>du maire,</p><p>par les mots :</p><p>de la délégation,</p>"
    bare_stop = "<p>Remplacer les mots :</p><p>au budget</p><p>par les mots :</p><p>aux comptes de la commune.</p>"
    out = apply(article, [("5", bare), ("6", bare_stop)])
    assert out.startswith(
        "Le conseil délibère sur le rapport de la délégation, qui contribue aux comptes de la commune."
    )
    lower = "<p>Remplacer les mots :</p><p>du maire</p><p>par les mots :</p><p>de la délégation.</p>"
    assert "rapport de la délégation, qui" in apply(article, [("5", lower)])
    # between quotes the stop is the amendment's own words: where the text goes on, that is refused
    with pytest.raises(AmendingError) as caught:
        apply(article, [("5", "Remplacer les mots : « le rapport » par les mots : « le rapport. »")])
    assert "full stop" in caught.value.message
    # before the text's own stop, one stop is kept
    out = apply(article, [("7", "Compléter l'alinéa 1 par les mots : « , sauf urgence. »")])
    assert out.endswith("au bilan, sauf urgence.")


def test_inserted_words_ending_with_an_apostrophe_join_the_next_word() -> None:
    article = "Le maire peut solliciter une autorisation du préfet."
    out = apply(article, [("8", "Après le mot : « solliciter », insérer les mots : « la délivrance d' ».")])
    assert out == "Le maire peut solliciter la délivrance d'une autorisation du préfet."
    with pytest.raises(AmendingError):  # an elided word before a full stop has nothing to join
        apply(article, [("8", "Après le mot : « préfet », insérer les mots : « d' ».")])


def test_no_space_is_left_after_an_opening_straight_quote() -> None:
    # the mirror of the closing quote: French puts a space after « «, none after a straight quote opening one
    text = 'L\'article L. 1 est complété par un alinéa ainsi rédigé :\n\n"Toutefois, le maire décide." ;'
    out = alineas(apply(text, [("1", "Au début de l'alinéa 2, supprimer le mot :\n\n« Toutefois, »")]))
    assert out[1] == '"Le maire décide." ;'
    curly = text.replace('"Toutefois', "« Toutefois").replace('." ;', ". » ;")
    out = alineas(apply(curly, [("2", "Au début de l'alinéa 2, supprimer le mot :\n\n« Toutefois, »")]))
    assert out[1] == "« Le maire décide. » ;"


def test_a_phrase_given_without_its_full_stop_takes_one() -> None:
    # « … 2012 ». : the full stop after the amendment's quote is the instruction's; a phrase ends with one
    put = "Compléter l'alinéa {n} par la phrase suivante :\n\n« Il rend compte au préfet »."
    text = 'I. - Le maire décide.\n\nII. - L\'article L. 1 est complété par un alinéa ainsi rédigé :\n\n"Le juge tranche." ;'
    assert alineas(apply(text, [("1", put.format(n=1))]))[0] == "I. - Le maire décide. Il rend compte au préfet."
    assert alineas(apply(text, [("2", put.format(n=3))]))[2] == '"Le juge tranche. Il rend compte au préfet." ;'
    item = "L'article L. 1 est ainsi modifié :\n\n1° Le maire décide ;\n\n2° Le préfet contrôle."
    assert alineas(apply(item, [("3", put.format(n=2))]))[1] == "1° Le maire décide. Il rend compte au préfet ;"
    heading = "I. - Dispositions finales\n\nII. - Le maire décide."  # no stop to follow: put as given
    assert alineas(apply(heading, [("4", put.format(n=1))]))[0] == "I. - Dispositions finales Il rend compte au préfet"


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


def test_words_ending_with_a_semicolon_before_the_items_own_leave_one() -> None:
    # as a full stop is left once: « … du code du travail » ; » put before the item's « ; »
    item = "L'article L. 1 est ainsi modifié :\n\n1° Au I, le mot : « maire » est supprimé ;\n\n2° Le préfet contrôle."
    put = "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\net au II, les mots : « du préfet » sont supprimés ;"
    assert alineas(apply(item, [("1", put)]))[1] == "1° Au I, le mot : « maire » est supprimé et au II, les mots : « du préfet » sont supprimés ;"


def test_the_amendments_closing_quote_after_a_quotation_of_several_alineas_goes() -> None:
    # « « Le maire. » / « « Le préfet. » ; » »: each alinéa of the 1° bis's quotation opens with « and only the
    # last closes it; the last » is the amendment's
    item = "L'article L. 1 est ainsi modifié :\n\n1° Le maire décide ;\n\n2° Le préfet contrôle."
    put = "Après l'alinéa 2, insérer les trois alinéas suivants :\n\n« 1° bis L'article L. 3 est ainsi rédigé :\n\n« « Le maire décide.\n\n« « Le préfet contrôle.{end}"
    for end in (" » ; »", " » ; ».", " » »"):
        assert alineas(apply(item, [("1", put.format(end=end))]))[2:5] == [
            "1° bis L'article L. 3 est ainsi rédigé :",
            "« Le maire décide.",
            "« Le préfet contrôle. » ;",
        ]


def test_a_mark_put_at_the_start_of_an_alinea_ends_the_item_before_it() -> None:
    # the 1°'s quotation now has a 2° after it: it ends « » ; », as items followed by another do
    text = "L'article L. 1 est ainsi modifié :\n\n1° Il est ajouté un alinéa ainsi rédigé :\n\n« Le maire décide. »\n\nLe préfet contrôle."
    out = alineas(apply(text, [("1", "Au début de l'alinéa 4, insérer la mention : « 2° ».")]))
    assert out[2:] == ["« Le maire décide. » ;", "2° Le préfet contrôle."]
    items = "L'article L. 1 est ainsi modifié :\n\n1° Le maire décide ;\n\n2° Le juge tranche.\n\nLe préfet contrôle."
    out = alineas(apply(items, [("2", "Au début de l'alinéa 4, insérer la mention : « 3° ».")]))
    assert out[2:] == ["2° Le juge tranche ;", "3° Le préfet contrôle."]


def test_words_completing_an_item_ending_with_a_comma_go_before_it() -> None:
    # the comma ends the dash item as « ; » ends a 1°: the words go before it
    text = "La commission est chargée :\n\n- de recenser les résultats,\n\n- de trancher les questions."
    put = "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\net de les publier"
    assert alineas(apply(text, [("1", put)]))[1] == "- de recenser les résultats et de les publier,"
    assert alineas(apply(text, [("2", put + ",")]))[1] == "- de recenser les résultats et de les publier,"


def test_the_start_of_an_alinea_rewritten_up_to_the_words_it_shares_with_the_rest() -> None:
    article = "Titre\n\n3° Le comité technique est composé des comités des départements existants ; il siège en formation commune."
    start = "Rédiger ainsi le début de l'alinéa 2 : « 3° Les comités mentionnés à l'article 32 sont composés des comités des départements… (le reste sans changement) »."
    assert alineas(apply(article, [("221", start)]))[1] == (
        "3° Les comités mentionnés à l'article 32 sont composés des comités des départements existants ; il siège en formation commune."
    )


def test_a_new_start_may_end_with_one_word_the_text_has_once() -> None:
    article = "Dans l'éventualité où plusieurs référendums seraient organisés le même jour, un bulletin est imprimé."
    start = "Rédiger ainsi le début de l'alinéa 1 : « Lorsque plusieurs référendums sont organisés…(le reste sans changement) »."
    assert (
        apply(article, [("20", start)])
        == "Lorsque plusieurs référendums sont organisés le même jour, un bulletin est imprimé."
    )


@pytest.mark.parametrize(
    ("instruction", "says"),
    [
        (
            "Rédiger ainsi le début de l'alinéa 2 : « Le conseil siège auprès de comités… (le reste sans changement) »",
            "« comités », occur twice",
        ),
        (
            "Rédiger ainsi le début de l'alinéa 2 : « Le préfet… (le reste sans changement) »",
            "does not end with words the text has",
        ),
        (
            "Rédiger ainsi le début de l'alinéa 2 : « Ce comité siège… (le reste sans changement) »",
            "does not end with words the text has",
        ),
        (
            "Rédiger ainsi le début de l'alinéa 2 : « Dans chaque département, les comités des… (le reste sans changement) »",
            "occur twice",
        ),
        ("Rédiger ainsi le début de l'alinéa 2 : « Le comité technique est composé »", "(le reste sans changement)"),
    ],
)
def test_a_new_start_that_does_not_say_where_the_rest_begins_is_refused(instruction: str, says: str) -> None:
    article = "Titre\n\nLe comité technique est composé des comités des départements et des comités des régions."
    with pytest.raises(AmendingError) as caught:
        apply(article, [("138", instruction)])
    assert says in caught.value.message


CODE_ARTICLE = "\n\n".join(
    [
        "I. – L'article L. 3 est ainsi rédigé :",
        "« Art. L. 3. – Le conseil comprend :",
        "« 1° Le maire ;",
        "« 2° Le préfet. »",
        "II. – Le présent article entre en vigueur en 2030.",
    ]
)


@pytest.mark.parametrize(
    ("instruction", "becomes"),
    [
        # prose, or an item numbered like the quoted ones: the alinéa is itself a quotation
        (
            "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n\n« 3° Le juge. »",
            ["« 2° Le préfet ;", "« 3° Le juge. »"],
        ),
        (
            "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n\n« Il se réunit chaque année. »",
            ["« 2° Le préfet.", "« Il se réunit chaque année. »"],
        ),
        # an alinéa that amends, or a division numbered like the bill's own, is the bill's text
        (
            "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n\n« La présente loi entre en vigueur en 2031. »",
            ["« 2° Le préfet. »", "La présente loi entre en vigueur en 2031."],
        ),
        (
            "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n\n« I bis. – L'article L. 4 est abrogé. »",
            ["« 2° Le préfet. »", "I bis. – L'article L. 4 est abrogé."],
        ),
        (
            "Après l'alinéa 4, insérer un paragraphe ainsi rédigé :\n\n« … – Le conseil se réunit en 2031. »",
            ["« 2° Le préfet. »", "I bis. – Le conseil se réunit en 2031."],  # II is taken: I bis
        ),
    ],
)
def test_an_alinea_put_after_a_quotation_continues_it_when_it_is_itself_a_quotation(
    instruction: str, becomes: list[str]
) -> None:
    assert alineas(apply(CODE_ARTICLE, [("6", instruction)]))[3:5] == becomes


def test_an_article_completed_after_its_last_quoted_alinea_and_an_ambiguous_division() -> None:
    article = "\n\n".join(CODE_ARTICLE.split("\n\n")[:4])
    out = apply(article, [("7", "Compléter cet article par un alinéa ainsi rédigé :\n\n« 3° Le juge. »")])
    assert alineas(out)[3:] == ["« 2° Le préfet ;", "« 3° Le juge. »"]
    # a roman division when the quotation and the bill both number by roman ones: the one it comes next in
    both = article.replace("« 1° Le maire ;", "« II. – Le maire ;")
    out = apply(both, [("7", "Compléter cet article par un paragraphe ainsi rédigé :\n\n« III. – Le juge. »")])
    assert alineas(out)[2:] == ["« II. – Le maire ;", "« 2° Le préfet.", "« III. – Le juge. »"]
    # next in both (the bill's own II, the quotation's II): which is not said
    both = both.replace("I. – L'article L. 3", "I. – Le maire décide.\n\nII. – L'article L. 3")
    with pytest.raises(AmendingError) as caught:
        apply(both, [("7", "Compléter cet article par un paragraphe ainsi rédigé :\n\n« III. – Le juge. »")])
    assert caught.value.code == "ambiguous"


def test_deleting_the_bare_alinea_that_introduces_a_quotation_without_it_is_refused() -> None:
    # a division (« II. – ») goes whole with its quotation; a bare alinéa is no division: what goes is not said
    article = "\n\n".join(
        ["I. – Le maire décide.", "II. – L'article L. 4 est ainsi rédigé :", "« Art. L. 4. – Le préfet contrôle. »"]
    )
    deleted = ["I. – Le maire décide.", "II. – (Supprimé)"]
    assert alineas(apply(article, [("9", "Alinéa 2\n\nSupprimer cet alinéa.")])) == deleted
    assert alineas(apply(article, [("9", "Alinéas 2 et 3\n\nSupprimer ces alinéas.")])) == deleted
    bare = article.replace("II. – L'article", "L'article")
    with pytest.raises(AmendingError) as caught:
        apply(bare, [("9", "Alinéa 2\n\nSupprimer cet alinéa.")])
    assert caught.value.code == "ambiguous" and "introduces the quotation" in caught.value.message


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


def test_replacing_the_words_that_open_a_sentence_keeps_its_capital() -> None:
    article = "I. – Le département vote. Le département signe.\n\nIl en rend compte au département."
    out = apply(
        article,
        [("11", "Alinéa 1\n\nRemplacer (deux fois) les mots :\n\nLe département\n\npar les mots :\n\nla collectivité")],
    )
    assert alineas(out)[0] == "I. – La collectivité vote. La collectivité signe."
    # an enumeration whose items open in small letters keeps them so
    items = "Sont électeurs :\n\na) le maire ;\n\nb) le préfet."
    out = apply(items, [("11", "Alinéa 2\n\nRemplacer le mot :\n\nle maire\n\npar les mots :\n\nle conseil")])
    assert alineas(out)[1] == "a) le conseil ;"


def test_a_text_introduced_inside_the_quoted_text_keeps_its_own_quotes() -> None:
    restore = (
        "Rétablir cet article dans la rédaction suivante :\n\n"
        "« Après le chapitre II du titre Ier du code, il est inséré un chapitre II bis ainsi rédigé :\n\n"
        "« Chapitre II bis\n\n« Art. L. 12-1. – Un décret fixe les règles.\n\n"
        "« Art. L. 12-2. – Le préfet contrôle. »"
    )
    assert alineas(apply("(Supprimé)", [("12", restore)])) == [
        "Après le chapitre II du titre Ier du code, il est inséré un chapitre II bis ainsi rédigé :",
        "« Chapitre II bis",
        "« Art. L. 12-1. – Un décret fixe les règles.",
        "« Art. L. 12-2. – Le préfet contrôle. »",
    ]
    # once the inner quotation closes, the next alinéa is the amendment's text again
    rewrite = (
        "Rédiger ainsi cet article :\n\n« I. – L'article L. 1 est ainsi rédigé :\n\n"
        "« Art. L. 1. – Le maire décide. » ;\n\n« II. – L'article L. 2 est abrogé. »"
    )
    assert alineas(apply("Texte.", [("12", rewrite)]))[2] == "II. – L'article L. 2 est abrogé."


def test_the_last_phrase_of_an_item_deleted_leaves_the_item_ending_as_one() -> None:
    article = "L'article L. 3 est ainsi modifié :\n\n1° Le maire décide. Il signe ;\n\n2° Le préfet contrôle."
    out = apply(article, [("13", "Alinéa 2, dernière phrase\n\nSupprimer cette phrase.")])
    assert alineas(out)[1] == "1° Le maire décide ;"


def test_a_paragraph_completing_an_article_not_divided_is_its_ii() -> None:
    article = "L'article L. 3 est ainsi modifié :\n\n1° Le maire décide ;\n\n2° Le préfet contrôle."
    text = "Compléter cet article par un paragraphe ainsi rédigé :\n\n… – Le présent article entre en vigueur en 2030."
    out = alineas(apply(article, [("14", text)]))
    assert (out[0], out[-1]) == (
        "I. – L'article L. 3 est ainsi modifié :",
        "II. – Le présent article entre en vigueur en 2030.",
    )


def test_twice_over_two_alineas_is_once_in_each() -> None:
    article = "Titre\n\nLe maire décide.\n\nLe conseil délibère.\n\nLe maire signe."
    twice = "Alinéas 2 et 4\n\nAprès le mot :\n\nmaire\n\ninsérer (deux fois) le mot :\n\nélu"
    assert alineas(apply(article, [("51", twice)]))[1:] == [
        "Le maire élu décide.",
        "Le conseil délibère.",
        "Le maire élu signe.",
    ]
    with pytest.raises(AmendingError) as caught:  # once in alinéa 2, not at all in 3: not twice
        apply(article, [("51", twice.replace("2 et 4", "2 et 3"))])
    assert "occurs 1 times in alinéa 2, 3 (expected 2)" in caught.value.message


def test_a_phrase_or_an_edge_under_an_alinea_heading_is_in_that_alinea() -> None:
    article = "Titre\n\nLe maire décide. Il doit être informé.\n\nLe maire doit être informé."
    text = "Alinéa 2\n\n1° Deuxième phrase\n\nRemplacer les mots :\n\ndoit être\n\npar le mot :\n\nest\n\n2° Au début, insérer les mots :\n\nEn 2030,"
    assert alineas(apply(article, [("24", text)]))[1:] == [
        "En 2030, le maire décide. Il est informé.",
        "Le maire doit être informé.",
    ]
    with pytest.raises(AmendingError) as caught:  # with no alinéa named before, « au début » of what is not said
        apply(article, [("116", "Au début, insérer les mots : « En 2030, »")])
    assert "in which alinéa" in caught.value.message


def test_the_end_of_the_phrase_the_anchor_is_in() -> None:
    article = "Titre\n\nLe maire décide après avis du conseil. Il informe le préfet."
    cut = "Alinéa 2\n\nAprès le mot :\n\ndécide\n\nsupprimer la fin de la phrase."
    assert alineas(apply(article, [("115", cut)]))[1] == "Le maire décide. Il informe le préfet."
    with pytest.raises(AmendingError) as caught:  # « la phrase » of words that are not an anchor
        apply(article, [("115", "Alinéa 2\n\nSupprimer la phrase.")])
    assert "no phrase was named before" in caught.value.message


def test_two_instructions_joined_by_et_in_one_sentence() -> None:
    article = "Titre\n\nLes conseils territoriaux et les conseils exécutifs délibèrent et votent et votent."
    both = "À l'alinéa 2, substituer aux mots : « conseils territoriaux », les mots : « assemblées » et substituer aux mots : « conseils exécutifs », les mots : « bureaux »."
    assert alineas(apply(article, [("13", both)]))[1] == "Les assemblées et les bureaux délibèrent et votent et votent."
    understood = "À l'alinéa 2, remplacer le mot : « délibèrent » par le mot : « siègent » et deux fois le mot : « votent » par le mot : « décident »."
    assert alineas(apply(article, [("10", understood)]))[1].endswith("siègent et décident et décident.")


def test_words_next_to_an_anchor() -> None:
    article = "Titre\n\nEn Guyane et en Martinique, et à Mayotte et en Guyane, le préfet et le maire décident."
    after = "À l'alinéa 2, après le mot : « Martinique », substituer au mot : « et », le mot : « ou »."
    assert (
        alineas(apply(article, [("11", after)]))[1]
        == "En Guyane et en Martinique, ou à Mayotte et en Guyane, le préfet et le maire décident."
    )
    # « Guyane » twice, but only one « le préfet » next after one of them
    deleted = "À l'alinéa 2, après le mot : « Guyane », supprimer les mots : « le préfet et »."
    assert (
        alineas(apply(article, [("18", deleted)]))[1]
        == "En Guyane et en Martinique, et à Mayotte et en Guyane, le maire décident."
    )
    with pytest.raises(AmendingError) as caught:  # « et » next after each « Guyane »: two places
        apply(article, [("12", "À l'alinéa 2, après le mot : « Guyane », supprimer le mot : « et ».")])
    assert "is found 2 times after « Guyane »" in caught.value.message


def test_deleting_words_between_two_commas_leaves_one() -> None:
    article = "Titre\n\nLe maire, le maire de secteur, et l'adjoint."
    assert (
        alineas(apply(article, [("8", "À l'alinéa 2, supprimer les mots : « le maire de secteur »")]))[1]
        == "Le maire, et l'adjoint."
    )


def test_the_end_of_an_alinea_rewritten_in_the_passive_voice() -> None:
    text = "Alinéa 3\n\nAprès les mots :\n\nchaque année\n\nla fin de cet alinéa est ainsi rédigée :\n\nen séance publique."
    assert (
        alineas(apply(ARTICLE, [("A-3", text)]))[2]
        == "2° Le conseil municipal délibère chaque année en séance publique."
    )


def test_no_space_is_left_before_a_closing_straight_quote() -> None:
    # French puts a space before « », none before a straight quote closing the quotation
    text = 'L\'article L. 1 est complété par deux phrases ainsi rédigées :\n\n"Le maire décide. Le préfet contrôle." ;'
    put = "Alinéa 2\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nLe juge tranche."
    assert alineas(apply(text, [("1", put)]))[1] == '"Le maire décide. Le préfet contrôle. Le juge tranche." ;'
    rewrite = "Alinéa 2, seconde phrase\n\nRédiger ainsi cette phrase :\n\nLe juge tranche."
    assert alineas(apply(text, [("2", rewrite)]))[1] == '"Le maire décide. Le juge tranche." ;'
    delete = "Alinéa 2, seconde phrase\n\nSupprimer cette phrase."
    assert alineas(apply(text, [("3", delete)]))[1] == '"Le maire décide." ;'
    # before « » the space stays, as French writes it
    curly = text.replace('"Le', "« Le").replace('." ;', ". » ;")
    assert alineas(apply(curly, [("4", put)]))[1] == "« Le maire décide. Le préfet contrôle. Le juge tranche. » ;"


def test_a_phrase_deleted_across_the_edge_of_a_straight_quotation_is_refused() -> None:
    # its second phrase runs from inside the quotation to the « ; » after it: whether only the quoted phrase
    # goes, and what the announcement « et une phrase » becomes, is not said (as with « »)
    text = "L'article L. 1 est ainsi modifié :\n\n1° Il est complété par les mots et une phrase ainsi rédigée : \"au maire. Il statue.\" ;"
    with pytest.raises(AmendingError, match="edge of a quotation") as caught:
        apply(text, [("326", "<p>Alinéa 2, seconde phrase</p><p>Supprimer cette phrase.</p>")])
    assert caught.value.code == "ambiguous"


def test_a_quotation_whose_alineas_each_close_their_own_straight_quote_is_one_quotation() -> None:
    # the Senate's data writes each alinéa of a quotation closing its own quote: they are one quotation,
    # and its announced count is counted again when one goes
    text = (
        "I. - L'article L. 1 est ainsi modifié :\n\n1° Le 2° est abrogé ;\n\n2° Sont ajoutés trois alinéas ainsi rédigés :\n\n"
        '"Le maire décide."\n\n"Le préfet contrôle."\n\n"Le juge tranche."\n\nII. - Le présent article entre en vigueur en 2014.'
    )
    out = alineas(apply(text, [("1", "Alinéa 5\n\nSupprimer cet alinéa.")]))
    assert out[2:5] == ["2° Sont ajoutés deux alinéas ainsi rédigés :", '"Le maire décide."', '"Le juge tranche."']
    out = alineas(apply(text, [("2", "Alinéa 4\n\nSupprimer cet alinéa.")]))  # its first: not the whole quotation
    assert out[2:5] == ["2° Sont ajoutés deux alinéas ainsi rédigés :", '"Le préfet contrôle."', '"Le juge tranche."']
    # the alinéa introducing it and part of it: what becomes of the rest is not said
    with pytest.raises(AmendingError, match="only part of that quotation") as caught:
        apply(text, [("3", "Alinéas 3 à 5\n\nSupprimer ces alinéas.")])
    assert caught.value.code == "ambiguous"


def test_an_alinea_put_in_a_quotation_whose_alineas_each_close_their_own_straight_quote_keeps_its_quotes() -> None:
    text = (
        "1° Au début de l'article L. 1, sont insérés trois alinéas ainsi rédigés :\n\n"
        '"Le maire décide."\n\n"Le préfet contrôle."\n\n"Le juge tranche." ;\n\n2° L\'article L. 2 est abrogé.'
    )
    put = "<p>Après l’alinéa {}</p><p>Insérer un alinéa ainsi rédigé :</p><p>« Le greffier note. »</p>"
    out = alineas(apply(text, [("52", put.format(2))]))  # amid the run: every alinéa keeps its own quotes
    assert out[:4] == [
        "1° Au début de l'article L. 1, sont insérés quatre alinéas ainsi rédigés :",
        '"Le maire décide."',
        '"Le greffier note."',
        '"Le préfet contrôle."',
    ]
    out = alineas(apply(text, [("55", put.format(4))]))  # at its end: the « ; » moves, the quote stays
    assert out[0].endswith("quatre alinéas ainsi rédigés :")
    assert out[3:5] == ['"Le juge tranche."', '"Le greffier note." ;']


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


def test_a_deleted_item_keeps_its_number_before_an_item_of_a_larger_number_it_begins() -> None:
    # « 1° bis » is not « 1° » again: the 1° deleted keeps its number, as the 2° after it keeps its own
    text = "L'article L. 1 est ainsi modifié :\n\n1° Le b est abrogé ;\n\n1° bis Le c est abrogé ;\n\n2° Le d est abrogé."
    out = alineas(apply(text, [("1", "Alinéa 2\n\nSupprimer cet alinéa.")]))
    assert out[1:3] == ["1° (Supprimé)", "1° bis Le c est abrogé ;"]


def test_alineas_deleted_apart_close_the_quotation_before_the_last_one_that_closed_it() -> None:
    text = (
        "Le code est complété par un article ainsi rédigé :\n\n« Art. L. 1. – Le maire décide.\n\n« 1° Le préfet contrôle.\n\n"
        "« Le juge tranche.\n\n« Le greffier note.\n\n« Le maire signe. »"
    )
    out = alineas(apply(text, [("1", "Alinéas 3 et 6\n\nSupprimer ces alinéas.")]))
    assert out[1:] == ["« Art. L. 1. – Le maire décide.", "« Le juge tranche.", "« Le greffier note. »"]


def test_alineas_deleted_apart_each_closing_a_quotation_close_both_before_them() -> None:
    text = (
        "1° L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Le maire décide.\n\n« Le préfet contrôle. » ;\n\n"
        "2° L'article L. 2 est complété par deux alinéas ainsi rédigés :\n\n« Le juge tranche.\n\n« Le greffier note. »"
    )
    out = alineas(apply(text, [("73", "Alinéas 3 et 6\n\nSupprimer ces alinéas.")]))
    assert out[1] == "« Art. L. 1. – Le maire décide. » ;"  # the 1°'s quotation closed too, not only the 2°'s
    assert out[3] == "« Le juge tranche. »"


def test_quoted_alineas_put_after_an_alinea_closing_a_quote_it_never_opens_are_refused() -> None:
    # the code article's opening quote lost: whether the new one continues that quotation is not said
    text = "II. - Il est inséré un article L. 1-1 ainsi rédigé :\n\nArt. L. 1-1. - Le maire décide.\""
    put = "Après l'alinéa 2, insérer un alinéa ainsi rédigé : « Art. L. 1-2. - Le préfet contrôle. »"
    with pytest.raises(AmendingError, match="closes a quotation it never opens") as caught:
        apply(text, [("1", put)])
    assert caught.value.code == "ambiguous"
    # quotes that balance: the bill's own prose, after which the alinéa put is the bill's too
    text = "I. - Le code est modifié.\n\nII. - Les mots : \"le maire\" sont remplacés par les mots : \"le préfet\"."
    assert alineas(apply(text, [("2", put)]))[2] == "Art. L. 1-2. - Le préfet contrôle."


def test_a_sub_amendment_to_a_rectified_amendment_and_a_space_lost_before_l_alinea() -> None:
    main = ("89", "Avantl'alinéa 1\n\nInsérer un alinéa ainsi rédigé :\n\nI. – Le maire décide.")
    sub = ("381", "Amendement n° 89 rectifié, alinéa 3\n\nRemplacer le mot :\n\nmaire\n\npar le mot :\n\npréfet")
    assert alineas(apply(ARTICLE, [main, sub]))[0] == "I. – Le préfet décide."


def test_an_article_both_deleted_and_rewritten_by_adopted_amendments_is_refused() -> None:
    rewrite = ("A-1", "Rédiger ainsi cet article :\n\nLe maire décide.")
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [rewrite, ("63", "Supprimer cet article.")])
    assert caught.value.code == "conflict" and "both delete and rewrite" in caught.value.message
    assert apply(ARTICLE, [rewrite, ("64", "Rédiger ainsi cet article :\n\nLe préfet décide.")]) == "Le préfet décide."


def test_alineas_quoted_by_straight_quotes_around_the_whole_text_keep_their_first_letter() -> None:
    text = 'Rédiger ainsi l\'alinéa 2 :\n\n" 4° Le conseil se réunit.\n\nCe conseil vote.\n\nLes maires sont informés."'
    out = alineas(apply(ARTICLE, [("15", text)]))
    assert out[1:4] == ["4° Le conseil se réunit.", "Ce conseil vote.", "Les maires sont informés."]


DIVIDED = "\n\n".join(
    [
        "I. – Le code est ainsi modifié :",
        "1° L'article 1 est ainsi modifié :",
        "a) Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;",
        "b) Le second alinéa est supprimé ;",
        "2° L'article 2 est abrogé.",
        "II. – Le maire décide. Il informe le conseil.",
        "Le conseil délibère.",
        "III. – Le présent article entre en vigueur en 2030.",
    ]
)


def test_places_counted_in_a_division_of_the_article() -> None:
    complete = (
        "Compléter le a) du 1° du I de cet article par les mots : « et le mot : « commune » par le mot : « ville » »"
    )
    assert alineas(apply(DIVIDED, [("9", complete)]))[2] == (
        "a) Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » et le mot : « commune » par le mot : « ville » ;"
    )
    second = "Dans la seconde phrase du premier alinéa du II de cet article, après le mot : « informe », insérer le mot : « aussi »"
    assert alineas(apply(DIVIDED, [("2", second)]))[5] == "II. – Le maire décide. Il informe aussi le conseil."
    assert alineas(apply(DIVIDED, [("1", "Supprimer le II de cet article.")]))[5:] == [
        "II. – (Supprimé)",
        "III. – Le présent article entre en vigueur en 2030.",
    ]
    words = "Au II de cet article, remplacer le mot : « conseil » par le mot : « comité »"  # in the II: twice
    with pytest.raises(AmendingError) as caught:
        apply(DIVIDED, [("3", words)])
    assert "occurs 2 times" in caught.value.message


@pytest.mark.parametrize(
    ("instruction", "says"),
    [
        ("Supprimer le IV de cet article.", "opens with the mark « IV »"),
        ("Supprimer le c) du 1° du I de cet article.", "opens with the mark « c) »"),
        ("Au troisième alinéa du II de cet article, supprimer le mot : « conseil »", "has no alinéa 3 (it has 2)"),
    ],
)
def test_a_division_the_article_does_not_have_is_refused(instruction: str, says: str) -> None:
    with pytest.raises(AmendingError) as caught:
        apply(DIVIDED, [("4", instruction)])
    assert says in caught.value.message


def test_deleting_two_alineas_of_a_quotation_moves_its_end_to_the_alinea_left_before_the_last() -> None:
    article = "\n\n".join(["Le I est ainsi rédigé :", "« A.", "« B.", "« C.", "« D. » ;"])
    out = apply(article, [("16", "I. – Alinéa 3\n\nSupprimer cet alinéa.\n\nII. – Alinéa 5\n\nSupprimer cet alinéa.")])
    assert alineas(out) == ["Le I est ainsi rédigé :", "« A.", "« C. » ;"]


def test_a_division_put_between_two_numbered_in_a_row_is_the_one_aboves_bis() -> None:
    article = "I. – Le maire décide.\n\nII. – Le préfet contrôle.\n\nIII. – Le juge tranche."
    text = "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n\n« … – Le conseil vote. »\n\n« … – Il publie. »"
    assert alineas(apply(article, [("17", text)]))[2:4] == ["II bis. – Le conseil vote.", "II ter. – Il publie."]
    items = "Le code est ainsi modifié :\n\n1° Le maire ;\n\n2° Le préfet."
    out = apply(items, [("17", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« …° Le juge ; »")])
    assert alineas(out)[2] == "1° bis Le juge ;"
    out = apply(items, [("17", "Compléter cet article par un alinéa ainsi rédigé :\n\n« …° Le juge. »")])
    assert alineas(out)[3] == "3° Le juge."


def test_a_reference_put_after_one_ending_with_a_comma_takes_the_comma_before_the_next() -> None:
    article = "Les articles L. 4, L. 7 et L. 9 sont applicables."
    out = apply(article, [("18", "Après la référence : « L. 4, », insérer la référence : « L. 5 ».")])
    assert out == "Les articles L. 4, L. 5, L. 7 et L. 9 sont applicables."
    out = apply(article, [("18", "Après la référence : « L. 7 », insérer les mots : « , L. 8 ».")])
    assert out == "Les articles L. 4, L. 7, L. 8 et L. 9 sont applicables."
    # other words are put as written: whether a comma follows them is not said
    dated = "Les transferts, à compter de 2021, prévus à l'article 3 ouvrent droit à compensation."
    out = apply(dated, [("18", "Après le mot : « 2021, », insérer le mot : « notamment ».")])
    assert out == "Les transferts, à compter de 2021, notamment prévus à l'article 3 ouvrent droit à compensation."


def test_a_superscript_ends_its_word_in_html() -> None:
    html = "<p>Alinéa 4</p><p>Remplacer les mots :</p><p>1<sup>er</sup>janvier 2014</p><p>par les mots :</p><p>1<sup>er</sup>mars 2015</p>"
    assert alineas(apply(ARTICLE, [("331", html)]))[3].endswith("le 1er mars 2015.")


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        ("Au 1° du I, substituer au mot : « article » le mot : « alinéa »", "1° L'alinéa 1 est ainsi modifié :"),
        ("Supprimer le 2° du I.", "II. – Le maire décide. Il informe le conseil."),
        (
            "Après le 1° du I, insérer un 1° bis ainsi rédigé : « 1° bis Le décret est pris. »",
            "1° bis Le décret est pris.",
        ),
        ("Avant le III, insérer un II bis ainsi rédigé : « II bis. – Le juge voit. »", "II bis. – Le juge voit."),
    ],
)
def test_a_division_named_alone(instruction: str, expected: str) -> None:
    out = alineas(apply(DIVIDED, [("5", instruction)]))
    assert expected in out
    if "Supprimer" in instruction:
        assert [a for a in out if a.startswith("2°")] == ["2° (Supprimé)"]


def test_a_division_named_alone_under_an_alinea_heading_must_be_that_alinea() -> None:
    assert "2° L'article 2 est abrogé." not in alineas(apply(DIVIDED, [("6", "Alinéa 5\n\nSupprimer le 2°.")]))
    with pytest.raises(AmendingError) as caught:
        apply(DIVIDED, [("6", "Alinéa 3\n\nSupprimer le 2°.")])
    assert "not in the alinéa named before it" in caught.value.message


def test_the_end_of_an_alinea_deleted_in_the_passive_voice() -> None:
    text = "Après le mot : « délibère », la fin de l'alinéa 3 est supprimée."
    assert alineas(apply(ARTICLE, [("7", text)]))[2] == "2° Le conseil municipal délibère ;"


def test_words_put_at_the_start_of_an_alinea_go_after_its_mark() -> None:
    article = "Sont électeurs :\n\n1° Le maire ;\n\n« Art. L. 1. – La région vote. »\n\nLe juge tranche."
    first = "Au début de l'alinéa {}, insérer les mots : « Dans les communes, »"
    assert alineas(apply(article, [("19", first.format(2))]))[1] == "1° Dans les communes, le maire ;"
    assert (
        alineas(apply(article, [("19", first.format(3))]))[2] == "« Art. L. 1. – Dans les communes, la région vote. »"
    )
    # a mark put at the start is the alinéa's own
    out = apply(article, [("19", "Au début de l'alinéa 4, insérer la mention : « 2° »")])
    assert alineas(out)[3] == "2° Le juge tranche."


def test_an_anchor_found_several_times_where_the_new_words_already_follow_all_but_one() -> None:
    article = "Titre\n\nLa biologie est réglée ; la biologie médicale est facturée ; les actes de biologie médicale sont payés."
    after = "Alinéa 2\n\nAprès le mot :\n\n« biologie »\n\ninsérer le mot :\n\n« médicale »"
    assert alineas(apply(article, [("7", after)]))[1].startswith(
        "La biologie médicale est réglée ; la biologie médicale est"
    )
    twice = "Titre\n\nLes ateliers et les parcs et ateliers."  # neither « ateliers » is followed: which is not said
    with pytest.raises(AmendingError) as caught:
        apply(twice, [("189", "Alinéa 2\n\nAprès le mot :\n\n« ateliers »\n\ninsérer les mots :\n\n« des ponts »")])
    assert caught.value.code == "ambiguous"


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        (
            "Alinéa 2, troisième et quatrième phrases\n\nAprès le mot :\n\nmaire\n\ninsérer le mot :\n\nélu",
            "Le maire décide. Le maire informe. Le maire élu signe. Le maire élu part.",
        ),
        (
            "Alinéa 2, 2ème phrase\n\nSupprimer le mot :\n\nmaire",
            "Le maire décide. Le informe. Le maire signe. Le maire part.",
        ),
        (
            "Alinéa 2, après la 1ère phrase, insérer une phrase ainsi rédigée : « Le préfet voit. »",
            "Le maire décide. Le préfet voit. Le maire informe. Le maire signe. Le maire part.",
        ),
    ],
)
def test_phrases_named_with_figures_or_two_at_once_after_their_alinea(instruction: str, expected: str) -> None:
    assert (
        alineas(
            apply("Titre\n\nLe maire décide. Le maire informe. Le maire signe. Le maire part.", [("23", instruction)])
        )[1]
        == expected
    )


def test_two_phrases_after_their_alinea_that_it_does_not_have_are_refused() -> None:
    with pytest.raises(AmendingError) as caught:
        apply(
            "Titre\n\nLe maire décide.",
            [("35", "Alinéa 2, troisième et quatrième phrases\n\nSupprimer le mot :\n\nmaire")],
        )
    # phrases are taken from the last named (as they stood before the sitting): the fourth is missed first
    assert "names phrase 4 of an alinéa that has 1" in caught.value.message


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        ("Après l'alinéa 2, insérer un alinéa additionnel ainsi rédigé : « Le préfet voit. »", "Le préfet voit."),
        ("Après l'alinéa 2, insérer un nouvel alinéa ainsi rédigé : « Le préfet voit. »", "Le préfet voit."),
        ("Après l'alinéa 2 insérer un alinéa rédigé comme suit « Le préfet voit. »", "Le préfet voit."),
        ("Après l'alinéa 2, créer un 1° bis ainsi rédigé : « 1° bis Le préfet voit ; »", "1° bis Le préfet voit ;"),
        (
            "Alinéa 2\n\nAprès la première occurrence du mot « régions » insérer les mots suivants : « voisines »",
            "1° Les communes peuvent associer les départements et les régions voisines à leurs projets. Elles en rendent compte au préfet.",
        ),
        (
            "Alinéa 2\n\nRemplacer les mots (deux fois) : « les » par les mots : « des »",
            "1° Les communes peuvent associer des départements et des régions à leurs projets. Elles en rendent compte au préfet.",
        ),
        (
            "La dernière phrase de l'alinéa 2 est remplacée par la phrase suivante : « Elles informent le préfet. »",
            "1° Les communes peuvent associer les départements et les régions à leurs projets. Elles informent le préfet.",
        ),
    ],
)
def test_other_words_parliament_writes_for_the_same_forms(instruction: str, expected: str) -> None:
    assert expected in alineas(apply(ARTICLE, [("148", instruction)]))


def test_a_count_after_the_words_is_checked_like_one_before() -> None:
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("141", "Alinéa 2\n\nRemplacer les mots (trois fois) : « les » par les mots : « des »")])
    assert "occurs 2 times in alinéa 2 (expected 3)" in caught.value.message


def test_the_colon_before_the_text_left_out() -> None:
    html = "<p>Rédiger ainsi cet article</p><p>Le maire décide.</p><p>Le préfet voit.</p>"
    assert alineas(apply(ARTICLE, [("19", html)])) == ["Le maire décide.", "Le préfet voit."]
    insert = "<p>Après l'alinéa 2 insérer un alinéa rédigé comme suit</p><p>« Le préfet voit. »</p>"
    assert alineas(apply(ARTICLE, [("151", insert)]))[2] == "Le préfet voit."


def test_a_rewritten_article_keeps_its_own_items_that_instruct() -> None:
    text = (
        "Rédiger ainsi cet article :\n\nL'article L. 611-5 du code est ainsi modifié :\n\n"
        "1° À la seconde phrase, après le mot : « bureau », sont insérés les mots : « de stage » ;\n\n"
        "2° L'alinéa est complété par une phrase ainsi rédigée :\n\n« Il recense les entreprises. »\n\n"
        "II. – En conséquence, supprimer l'alinéa 9."
    )
    with pytest.raises(AmendingError) as caught:  # the II is the amendment's own part: it is read, and refused
        apply(ARTICLE, [("45", text)])
    assert "no alinéa 9" in caught.value.message
    out = alineas(apply(ARTICLE, [("45", text.replace("\n\nII. – En conséquence, supprimer l'alinéa 9.", ""))]))
    assert out[1].startswith("1° À la seconde phrase") and out[-1] == "« Il recense les entreprises. »"


def test_these_phrases_after_a_heading_naming_two() -> None:
    article = "Titre\n\nLe maire décide. Le maire informe. Le maire signe. Le maire part."
    out = apply(article, [("35", "Alinéa 2, deuxième et troisième phrases\n\nSupprimer ces phrases.")])
    assert alineas(out)[1] == "Le maire décide. Le maire part."
    with pytest.raises(AmendingError) as caught:
        apply(article, [("35", "Alinéa 2\n\nSupprimer ces phrases.")])
    assert "no run of phrases was named before" in caught.value.message


def test_counts_over_several_alineas_and_a_joined_instruction_with_its_own_place() -> None:
    article = "Titre\n\nLe Haut Conseil dit qu'il vote.\n\nLe Haut Conseil et il.\n\nPuis il siège, il vote."
    text = (
        "Aux alinéas 2, 3 et 4\n\nRemplacer les mots (deux fois) :\n\nHaut Conseil\n\npar le mot :\n\nagence\n\n"
        "et aux alinéas 2, 3 et 4\n\nremplacer le mot (quatre fois) :\n\nil\n\npar le mot :\n\nelle"
    )
    with pytest.raises(AmendingError):  # « Haut Conseil » is in alinéas 2 and 3 only: not in each alinéa named
        apply(article, [("187", text)])
    out = alineas(
        apply(article, [("187", text.replace("Aux alinéas 2, 3 et 4\n\nRemplacer", "Aux alinéas 2 et 3\n\nRemplacer"))])
    )
    assert out[1:] == ["Le agence dit qu'elle vote.", "Le agence et elle.", "Puis elle siège, elle vote."]


def test_the_same_insertion_at_phrases_of_several_alineas_each_named_with_its_phrase() -> None:
    article = "Titre\n\nLe maire décide. Le maire informe.\n\nLe maire signe. Le maire part.\n\nLe maire voit."
    text = (
        "I. – Alinéa 4\n\nAprès le mot :\n\nmaire\n\ninsérer le mot :\n\nélu\n\n"
        "II. – En conséquence, alinéa 2, première phrase, et alinéa 3, deuxième phrase\n\nProcéder à la même insertion."
    )
    assert alineas(apply(article, [("18", text)]))[1:] == [
        "Le maire élu décide. Le maire informe.",
        "Le maire signe. Le maire élu part.",
        "Le maire élu voit.",
    ]
    with pytest.raises(AmendingError) as caught:  # alinéa 4 has no second phrase
        apply(article, [("18", text.replace("alinéa 3, deuxième phrase", "alinéa 4, deuxième phrase"))])
    assert "names phrase 2 of an alinéa that has 1" in caught.value.message


def test_a_heading_ending_with_a_colon_heads_the_instruction_after_it() -> None:
    html = "<p>Alinéas 3 à 4 :</p><p>Remplacer ces alinéas par deux alinéas ainsi rédigés :</p><p>2° Le maire décide ;</p><p>3° Le préfet voit.</p>"
    assert alineas(apply(ARTICLE, [("72", html)]))[2:] == ["2° Le maire décide ;", "3° Le préfet voit."]
    # after words to replace, a paragraph that looks like a place is still the words
    words = "Alinéa 3\n\nRemplacer les mots :\n\nau début\n\npar les mots :\n\nà la fin"
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("73", words)])
    assert "« au début » is not found in alinéa 3" in caught.value.message


def test_a_repeated_change_in_another_text_proposed() -> None:
    text = (
        "I. – Dans le premier alinéa du texte proposé pour l'article L. 1-1, après le mot : « Le », insérer le mot : « seul ».\n\n"
        "II. – En conséquence, procéder à la même insertion au premier alinéa du texte proposé pour l'article L. 1-2."
    )
    out = alineas(apply(PROPOSED, [("1", text)]))
    assert out[1].startswith("« Art. L. 1-1. – Le seul maire") and out[3] == "« Art. L. 1-2. – Le seul préfet voit. »"


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        (
            "À l'alinéa 2, après le mot : « communes », insérer le mot : « membres » et, après le mot : « associer », insérer le mot : « librement ».",
            "1° Les communes membres peuvent associer librement les départements",
        ),
        (
            "À l'alinéa 2, supprimer les mots : « peuvent » et les mots : « au préfet ».",
            "1° Les communes associer les départements",
        ),
        ("À l'alinéa 2, supprimer les mots : « peuvent » et « au préfet ».", "Elles en rendent compte."),
    ],
)
def test_insertions_or_deletions_joined_by_et(instruction: str, expected: str) -> None:
    assert expected in alineas(apply(ARTICLE, [("2", instruction)]))[1]


def test_a_joined_deletion_of_words_not_there_is_refused() -> None:
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("2", "À l'alinéa 2, supprimer les mots : « peuvent » et « au maire ».")])
    assert "« au maire » is not found in alinéa 2" in caught.value.message


ITEMS = "\n\n".join(
    [
        "L'article L. 5 du code est ainsi modifié :",
        "1° Le premier alinéa est ainsi modifié :",
        "a) Les mots : « le maire » sont remplacés par les mots : « le président » ;",
        "b) Les mots : « le préfet » sont supprimés ;",
        "c) Il est ajouté une phrase ainsi rédigée :",
        "« Il rend compte. » ;",
        "2° Le second alinéa est supprimé.",
    ]
)


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


@pytest.mark.parametrize(
    "instruction",
    [
        # a heading ending with a colon heads the instructions after it; it does not quote them
        "L'alinéa 2 est ainsi modifié :\n\nI. – Après le mot :\n\ncommunes\n\ninsérer le mot :\n\nmembres\n\nII. – Remplacer le mot :\n\npréfet\n\npar le mot :\n\nmaire",
        "En conséquence, à l'alinéa 2 :\n\nAprès le mot :\n\ncommunes\n\nInsérer le mot :\n\nmembres\n\nEn conséquence, au même alinéa :\n\nRemplacer le mot :\n\npréfet\n\nPar le mot :\n\nmaire",
        "Alinéa 2, première phrase :\n\nAprès le mot :\n\ncommunes\n\ninsérer le mot :\n\nmembres\n\nAlinéa 2, seconde phrase :\n\nRemplacer le mot :\n\npréfet\n\npar le mot :\n\nmaire",
        "Modifier ainsi cet article :\n\nI. – Alinéa 2\n\nAprès le mot :\n\ncommunes\n\ninsérer le mot :\n\nmembres\n\nII. – Même alinéa\n\nRemplacer le mot :\n\npréfet\n\npar le mot :\n\nmaire",
    ],
)
def test_a_place_heading_with_a_colon_heads_the_instructions_that_follow(instruction: str) -> None:
    out = alineas(apply(ARTICLE, [("33", instruction)]))[1]
    assert (
        out
        == "1° Les communes membres peuvent associer les départements et les régions à leurs projets. Elles en rendent compte au maire."
    )


def test_words_named_without_their_colon_are_the_paragraph_after() -> None:
    text = "Alinéa 1\n\nAprès le mot :\n\nrecherche\n\nsupprimer le signe\n\n,"
    assert (
        apply("La recherche, publique et privée, avance.", [("34", text)]) == "La recherche publique et privée, avance."
    )
    text = "Alinéa 2\n\nRemplacer les mots :\n\net les régions\n\npar le mot\n\n, les régions"
    assert "associer les départements, les régions à leurs" in alineas(apply(ARTICLE, [("34", text)]))[1]
    text = "Alinéa 3\n\nAprès le mot :\n\nannée\n\nsupprimer le signe\n\n,"
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("34", text)])
    assert "« , » is not found after « année »" in caught.value.message


def test_words_and_a_phrase_that_replace_words_are_one_text() -> None:
    text = "Alinéa 2, seconde phrase\n\nRemplacer les mots :\n\nau préfet.\n\npar les mots et une phrase ainsi rédigée :\n\nau préfet. Il les publie."
    assert alineas(apply(ARTICLE, [("35", text)]))[1].endswith("Elles en rendent compte au préfet. Il les publie.")


def test_words_replaced_throughout_the_article() -> None:
    text = "Dans l'ensemble de l'article, remplacer le mot : « alinéa » par le mot : « paragraphe »."
    article = "Le premier alinéa est supprimé.\n\nLe second alinéa devient le premier alinéa."
    assert (
        apply(article, [("36", text)])
        == "Le premier paragraphe est supprimé.\n\nLe second paragraphe devient le premier paragraphe."
    )
    text = "En conséquence, dans l'ensemble du projet de loi, remplacer les mots : « Le maire » par les mots : « Le président »."
    assert (
        apply("Le maire décide.\n\nIl en informe le maire.", [("36", text)])
        == "Le président décide.\n\nIl en informe le président."
    )
    with pytest.raises(AmendingError) as caught:  # « partout » where the words are nowhere: not this article's
        apply(article, [("36", "Dans l'ensemble de l'article, remplacer le mot : « titre » par le mot : « livre ».")])
    assert "« titre » is not found in the article" in caught.value.message
    with pytest.raises(AmendingError):  # everywhere, and in one alinéa: which is not said
        apply(article, [("36", "À l'alinéa 2, dans l'ensemble de l'article, supprimer le mot : « second ».")])


def test_the_same_change_in_the_bills_title_changes_nothing_in_the_article() -> None:
    text = "I. – Alinéa 2\n\nRemplacer le mot :\n\npréfet\n\npar le mot :\n\nmaire\n\nII. – En conséquence, procéder au même remplacement dans l'intitulé du projet de loi."
    assert alineas(apply(ARTICLE, [("37", text)]))[1].endswith("au maire.")
    with pytest.raises(AmendingError) as caught:  # an amendment of the title alone does nothing to an article
        apply(
            ARTICLE, [("37", "Dans l'intitulé du projet de loi, remplacer le mot : « maire » par le mot : « préfet ».")]
        )
    assert "no instruction" in caught.value.message


def test_a_reference_named_a_mention() -> None:
    text = "Alinéa 1\n\nAu début, remplacer la mention :\n\nL'article L. 1\n\npar la mention :\n\nL'article L. 2"
    assert alineas(apply(ARTICLE, [("38", text)]))[0] == "L'article L. 2 du code est ainsi modifié :"


def test_a_quoted_alinea_rewritten_with_bare_text_stays_in_its_quotation() -> None:
    text = "Alinéa 6\n\nRédiger ainsi cet alinéa :\n\nIl rend compte chaque année."
    assert alineas(apply(ITEMS, [("39", text)]))[5] == "« Il rend compte chaque année. » ;"


def test_a_numbered_division_deleted_keeps_its_number() -> None:
    # its items and the quotation it introduces go with it
    assert alineas(apply(DIVIDED, [("40", "Alinéas 2 à 4\n\nSupprimer ces alinéas.")]))[1:3] == [
        "1° (Supprimé)",
        "2° L'article 2 est abrogé.",
    ]
    # the a) and b) of the 1°, its only lettered items: no « a et b) (Supprimé) » is kept, the 1° would
    # introduce nothing (p21-050)
    with pytest.raises(AmendingError, match="deletes every item that alinéa 2 introduces"):
        apply(DIVIDED, [("40", "Alinéas 3 et 4\n\nSupprimer ces alinéas.")])
    # an alinéa without a number goes; a quoted article keeps its number inside the quotation while others
    # of that quotation are left (below); the only one, its quotation goes whole, « … ainsi rétabli : » left
    # with nothing after it, which the amendment does not say (not « « Art. L. 5. – (Supprimé) »: p21-052)
    assert "Le conseil délibère." not in apply(DIVIDED, [("40", "Supprimer l'alinéa 7.")])
    quoted = "L'article L. 5 est ainsi rétabli :\n\n« Art. L. 5. – Le maire décide. »\n\nII. – Le préfet voit."
    with pytest.raises(AmendingError, match="deletes the quotation that alinéa 1 introduces, and leaves that alinéa"):
        apply(quoted, [("40", "Supprimer l'alinéa 2.")])
    # its number written with non-breaking hyphens, or its heading without its full stop, as bills have it
    codes = "Le code est ainsi modifié :\n\n« Art. L. 3131\u201126 – Le maire décide.\n\n« Art. L. 3131\u201127 – Le préfet voit. »"
    assert alineas(apply(codes, [("39", "Supprimer l'alinéa 2.")]))[1] == "« Art. L. 3131\u201126 – (Supprimé)"
    # the quotation then ends on it, without its closing quote, as the texts adopted write it
    paragraphs = "L'article 5 est ainsi rédigé :\n\n« I. – Le maire décide.\n\n« II. – Le préfet voit. »"
    assert alineas(apply(paragraphs, [("40", "Supprimer l'alinéa 3.")]))[1:] == [
        "« I. – Le maire décide.",
        "« II. – (Supprimé)",
    ]
    # in a quotation as well; the last division of its kind goes whole, as the texts adopted show
    items = "Le code est ainsi modifié :\n\n« 1° Le maire ;\n\n« 2° Le préfet. »"
    assert alineas(apply(items, [("40", "Supprimer l'alinéa 2.")]))[1:] == ["« 1° (Supprimé)", "« 2° Le préfet. »"]
    # the whole quotation, nothing of it left: the alinéa announcing it would stand alone; not said
    with pytest.raises(AmendingError, match="leaves that alinéa"):
        apply(items, [("40", "Supprimer les alinéas 2 et 3.")])
    # a number kept, the item before it still ends with « ; »
    three = "Le code est ainsi modifié :\n\n« a) Le maire ;\n\n« b) Le préfet. »\n\n2° Le juge."
    assert alineas(apply(three, [("40", "Supprimer l'alinéa 3.")]))[1:3] == ["« a) Le maire ;", "« b) (Supprimé)"]
    # an item left last of its quotation ends it, with a full stop, as the last item does
    closing = "Le code est ainsi modifié :\n\n« a) Le maire ;\n\n« Le préfet décide. »\n\n2° Le juge."
    assert alineas(apply(closing, [("40", "Supprimer l'alinéa 3.")]))[1:] == ["« a) Le maire. »", "2° Le juge."]


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        # as an NGO writes them: the noun or the colon left out
        (
            "À l'alinéa 2, remplacer « peuvent associer » par « associent ».",
            "1° Les communes associent les départements",
        ),
        ("À l'alinéa 2, remplacer les mots « au préfet » par « au maire ».", "Elles en rendent compte au maire."),
        (
            "À l'alinéa 2, après les mots « les régions », ajouter « et les communes ».",
            "les régions et les communes à leurs projets",
        ),
        (
            "Compléter la dernière phrase de l'alinéa 2 des mots suivants : « et au conseil »",
            "compte au préfet et au conseil.",
        ),
    ],
)
def test_instructions_as_ngos_write_them(instruction: str, expected: str) -> None:
    assert expected in alineas(apply(ARTICLE, [("41", instruction)]))[1]


def test_informal_instructions_still_refuse_what_they_do_not_say() -> None:
    with pytest.raises(AmendingError) as caught:  # « les » occurs twice in the alinéa: which is not said
        apply(ARTICLE, [("42", "À l'alinéa 2, remplacer « les » par « des ».")])
    assert caught.value.code == "ambiguous"


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


def test_a_quotation_left_open_at_the_end_of_the_text_given_is_closed_there() -> None:
    article = "Le code est ainsi modifié :\n\n1° L'article 4 est abrogé ;\n\n2° L'article 5 est abrogé."
    text = (
        "Substituer à l'alinéa 2 les deux alinéas suivants :\n\n« 1° L'article 4 est ainsi rédigé :\n\n"
        "« Art. 4. – Le maire décide.\n\nII. – En conséquence, à l'alinéa 3, remplacer le mot : « abrogé » par le mot : « maintenu »."
    )
    # the first quote is the amendment's; the quotation the alinéa introduces ends with the text given
    assert alineas(apply(article, [("44", text)]))[1:] == [
        "1° L'article 4 est ainsi rédigé :",
        "« Art. 4. – Le maire décide. » ;",  # the 1° it ends is followed by the 2°, as the 1° it replaces was
        "2° L'article 5 est maintenu.",
    ]
    with pytest.raises(AmendingError) as caught:  # no alinéa introduces it: where it ends is not said
        apply(
            article,
            [
                (
                    "44",
                    "Substituer à l'alinéa 2 les deux alinéas suivants :\n\n« 1° Le maire décide ;\n\n« 1° bis Le préfet voit ;",
                )
            ],
        )
    assert "never closes" in caught.value.message


def test_a_phrase_and_the_last_named_together_must_be_in_a_row() -> None:
    article = "Un. Deux. Trois. Quatre."
    assert apply(article, [("45", "Alinéa 1, troisième et dernière phrases\n\nSupprimer ces phrases.")]) == "Un. Deux."
    text = "Alinéa 1, troisième et dernière phrases\n\nRédiger ainsi ces phrases :\n\nCinq."
    assert apply(article, [("45", text)]) == "Un. Deux. Cinq."
    with pytest.raises(AmendingError) as caught:  # the third is not next to the last: what goes between is not said
        apply(article, [("45", "Alinéa 1, deuxième et dernière phrases\n\nSupprimer ces phrases.")])
    assert caught.value.code == "no_such_phrase"


def test_the_end_of_lalinea_is_the_one_named_before() -> None:
    article = "Un deux trois.\n\nQuatre cinq six."
    text = "Alinéa 2\n\nAprès le mot :\n\ncinq\n\nrédiger comme suit la fin de l'alinéa :\n\nsept."
    assert apply(article, [("46", text)]) == "Un deux trois.\n\nQuatre cinq sept."
    with pytest.raises(AmendingError) as caught:  # with no alinéa named before, which one is not said
        apply(article, [("46", "Après le mot : « cinq », rédiger ainsi la fin de l'alinéa : « sept. »")])
    assert "no alinéa was named before" in caught.value.message


@pytest.mark.parametrize(
    "instruction",
    [
        "Alinéa 2\n\nRemplacer les mots :\n\nau préfet\n\npar les mots suivants :\n\nau maire",
        "À l'alinéa 2, remplacer les mots : « au préfet » par les mots suivants : « au maire ».",
    ],
)
def test_words_named_as_les_mots_suivants(instruction: str) -> None:
    assert alineas(apply(ARTICLE, [("47", instruction)]))[1].endswith("Elles en rendent compte au maire.")


def test_restoring_an_article_comes_after_its_deletion() -> None:
    article = "Le maire décide.\n\nLe préfet contrôle."
    restore = ("A-1", "Rétablir cet article dans la rédaction suivante :\n\n« Le conseil décide. »")
    delete = ("63", "Supprimer cet article.")
    # « Rétablir » is said of a deleted article: whatever the order given, it is voted after the deletion
    assert apply(article, [restore, delete]) == "Le conseil décide."
    assert apply(article, [delete, restore]) == "Le conseil décide."
    with pytest.raises(AmendingError) as caught:  # a rewrite and a deletion: which came last is not said
        apply(article, [("A-1", "Rédiger ainsi cet article :\n\n« Le conseil décide. »"), delete])
    assert caught.value.code == "conflict"
    with pytest.raises(AmendingError) as caught:  # amendments of its parts: on which text, not said
        apply(article, [restore, delete, ("A-3", "Alinéa 1\n\nRemplacer le mot :\n\nmaire\n\npar le mot :\n\nconseil")])
    assert "whether amendments A-3 apply to that text is not said" in caught.value.message


def test_instructions_beyond_any_real_amendment_are_refused_at_once() -> None:
    # the forms are matched on each sentence's prose: bounded, hostile text costs linear time
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("48", "Alinéa 1 " * 300 + "\n\nSupprimer cet alinéa.")])
    assert "characters is not an instruction (at most 2000)" in caught.value.message
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("48", "Alinéa 1\n\n" * 301 + "Supprimer cet alinéa.")])
    assert "sentences of instructions; at most 300 are read" in caught.value.message
    many = "\n\n".join(["Le maire décide."] + ["Le maire et le maire."] * 300)
    with pytest.raises(AmendingError) as caught:
        apply(many, [("48", "Dans l'ensemble de l'article, remplacer le mot : « maire » par le mot : « préfet ».")])
    assert "occurs 601 times in the article; at most 500 are changed" in caught.value.message


def test_quoted_words_name_the_text_as_it_stood_before_the_sitting() -> None:
    article = (
        "Le conseil comprend des membres des catégories et des personnalités désignées aux 2° et 3°, dont un tiers."
    )
    text = (
        "I. – Alinéa 1\n\nAprès le mot :\n\ncatégories\n\ninsérer les mots :\n\nmentionnées aux 2° à 4°\n\n"
        "II. – Alinéa 1\n\nAprès la référence :\n\n2°\n\nrédiger ainsi la fin de cet alinéa :\n\net 4°."
    )
    # « 2° » is there twice once part I has run, but once in the text as it stood: that one is meant
    assert apply(article, [("49", text)]) == (
        "Le conseil comprend des membres des catégories mentionnées aux 2° à 4° et des personnalités désignées aux 2° et 4°."
    )
    with pytest.raises(AmendingError) as caught:  # twice already before the sitting: which is not said
        apply("Aux 2° et au 2° bis.", [("49", "Après la référence : « 2° », insérer le mot : « seul ».")])
    assert caught.value.code == "ambiguous"


def test_a_bare_alinea_put_inside_a_quotation_is_the_quotations() -> None:
    article = "\n\n".join(
        ["a) Les 7° et 8° sont ainsi rédigés :", "« 7° Il approuve le rapport ;", "« 8° Il délibère. »"]
    )
    text = "Après l'alinéa 2\n\nInsérer un alinéa ainsi rédigé :\n\n…° Il approuve le bilan social ;"
    assert alineas(apply(article, [("50", text)]))[2] == "« 7° bis Il approuve le bilan social ;"


def test_an_item_mark_glued_to_its_first_word_by_html_italics_is_spaced() -> None:
    html = "<p>Compléter cet article par un alinéa ainsi rédigé :</p><p>« <i>b)</i>un représentant des salariés. »</p>"
    assert (
        alineas(apply("a) Un représentant des entreprises ;", [("51", html)]))[1] == "b) un représentant des salariés."
    )


def test_a_quote_alone_in_its_html_paragraph_belongs_to_the_text_next_to_it() -> None:
    html = "<p>Alinéa 2</p><p>Rédiger ainsi cet alinéa :</p><p>«</p><p>Le maire rend compte.</p><p>»</p>"
    assert alineas(apply(ARTICLE, [("52", html)]))[1] == "Le maire rend compte."


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        ("Alinéa 1, deuxième à dernière phrase\n\nSupprimer ces phrases.", "Un."),
        ("Supprimer les deuxième à troisième phrases de l'alinéa 1.", "Un. Quatre."),
        ("Rédiger ainsi la deuxième à la dernière phrase de l'alinéa 1 :\n\nCinq.", "Un. Cinq."),
    ],
)
def test_a_run_of_phrases_from_one_to_another(instruction: str, expected: str) -> None:
    assert apply("Un. Deux. Trois. Quatre.", [("53", instruction)]) == expected


def test_a_run_of_phrases_backwards_is_refused() -> None:
    with pytest.raises(AmendingError) as caught:
        apply("Un. Deux. Trois. Quatre.", [("53", "Alinéa 1, quatrième à deuxième phrases\n\nSupprimer ces phrases.")])
    assert "from a phrase to a later one or the last" in caught.value.message


def test_a_count_in_the_place_heading_changes_the_words_that_many_times() -> None:
    text = "Les membres de la commission de la formation siègent avec ceux de la formation restreinte. Ils votent."
    heading = "Alinéa 1, première phrase (deux fois) :\n\nAprès le mot :\n\nformation\n\ninsérer les mots :\n\net de la vie universitaire"
    out = apply(text, [("COM-202", heading)])
    assert out.count("formation et de la vie universitaire") == 2
    with pytest.raises(AmendingError, match="occurs 2 times") as refused:  # three said, two there
        apply(text, [("1", heading.replace("(deux fois)", "(trois fois)"))])
    assert refused.value.code == "ambiguous"


CODIFYING = "\n\n".join(
    [
        "I. – L'article L. 1 du code est ainsi rédigé :",
        "« Art. L. 1. – Le maire préside le conseil. »",
        "II. – Le code est ainsi modifié :",
        "1° L'article L. 2 est abrogé ;",
        "2° L'article L. 3 est abrogé.",
        "III. – L'article L. 4 du même code est ainsi rédigé :",
        "« Art. L. 4. – Le conseil se réunit chaque mois. »",
    ]
)


def test_a_division_whose_introducing_alinea_is_deleted_goes_with_its_quotation() -> None:
    out = alineas(apply(CODIFYING, [("14", "Alinéa 6\n\nSupprimer cet alinéa.")]))
    assert out == alineas(CODIFYING)[:5] + ["III. – (Supprimé)"]


def test_an_introducing_alinea_deleted_after_a_quotation_is_refused() -> None:
    # its quotation may go with it, or join the one before (« Art. L. 1 » then « Art. L. 4 »): not said
    text = "\n\n".join(alineas(CODIFYING)[:2] + alineas(CODIFYING)[5:])
    with pytest.raises(AmendingError, match="leaves the quotation") as refused:
        apply(text, [("17", "Alinéa 3\n\nSupprimer cet alinéa.")])
    assert refused.value.code == "ambiguous"


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


def test_words_completing_an_alinea_that_ends_with_a_quoted_sentence_complete_that_sentence() -> None:
    text = "\n\n".join(
        [
            "4° Le premier alinéa de l'article L. 6222-5 est ainsi modifié :",
            "a) Les mots : « soit sur deux » sont supprimés ;",
            "b) Les mots : « prévue par le schéma » sont remplacés par les mots : « accordée dans des conditions déterminées par décret en Conseil d'État. » ;",
        ]
    )
    out = alineas(
        apply(
            text,
            [("COM-18", "Alinéa 3\n\nCompléter cet alinéa par les mots :\n\n« et prévue par le schéma régional ».")],
        )
    )
    assert out[2].endswith(
        "« accordée dans des conditions déterminées par décret en Conseil d'État et prévue par le schéma régional. » ;"
    )
    # quoted words that do not end a sentence are left whole, the words after them
    replaced = text + "\n\nc) Le mot : « deux » est remplacé par le mot : « trois » ;"
    out = alineas(
        apply(
            replaced,
            [
                (
                    "1",
                    "Alinéa 4\n\nCompléter cet alinéa par les mots :\n\n« et le mot : « quatre » par le mot : « cinq » »",
                )
            ],
        )
    )
    assert (
        out[3]
        == "c) Le mot : « deux » est remplacé par le mot : « trois » et le mot : « quatre » par le mot : « cinq » ;"
    )
    with pytest.raises(AmendingError, match="quoted sentence") as refused:
        apply(
            text, [("2", "Alinéa 3\n\nCompléter cet alinéa par les mots :\n\n« et les mots : « sur » sont supprimés »")]
        )
    assert refused.value.code == "ambiguous"


def test_deleting_every_phrase_of_a_numbered_alinea_leaves_its_number() -> None:
    text = "I. – Le maire décide.\n\nII. – Le maire signe. Il publie.\n\nIII. – Le préfet voit."
    out = apply(text, [("3", "Supprimer les deux premières phrases de l'alinéa 2.")])
    assert alineas(out) == ["I. – Le maire décide.", "II. – (Supprimé)", "III. – Le préfet voit."]
    # the first phrase alone: the mark stays with the second
    out = apply(text, [("4", "Supprimer la première phrase de l'alinéa 2.")])
    assert alineas(out)[1] == "II. – Il publie."


def test_an_item_ends_at_prose_after_its_full_stop_and_prose_after_its_semicolon_is_not_said() -> None:
    text = "\n\n".join(
        [
            "I. – Le code est ainsi modifié :",
            "1° Le maire décide ;",
            "2° Le préfet signe.",
            "Le présent I entre en vigueur en 2030.",
        ]
    )
    out = alineas(apply(text, [("1", "Supprimer le 2° du I.")]))
    assert out == [
        "I. – Le code est ainsi modifié :",
        "1° Le maire décide ;",
        "2° (Supprimé)",
        "Le présent I entre en vigueur en 2030.",
    ]
    with pytest.raises(AmendingError, match="belongs to the division") as refused:
        apply(text.replace("signe.", "signe ;"), [("1", "Supprimer le 2° du I.")])
    assert refused.value.code == "ambiguous"


def test_words_named_as_lensemble_des_mots_and_a_part_said_par_coordination() -> None:
    text = "Le maire fixe un pourcentage minimal de places. Les pourcentages sont publiés."
    instruction = (
        "I- Dans la première phrase de l'alinéa 1 remplacer l'ensemble des mots:\n\nun pourcentage minimal\n\n"
        "par les mots:\n\nun objectif d'accueil\n\n"
        "II- Par coordination, dans la seconde phrase de l'alinéa 1 remplacer le mot:\n\npourcentages\n\npar les mots:\n\nobjectifs d'accueil"
    )
    assert (
        apply(text, [("COM-179", instruction)])
        == "Le maire fixe un objectif d'accueil de places. Les objectifs d'accueil sont publiés."
    )


def test_invisible_marks_copied_with_the_instructions_are_dropped() -> None:
    # a right-to-left mark, a zero-width joiner and a soft hyphen, as copying from a page leaves them
    text = "Alinéa 3\n\nRemplacer les mots :\n\n\u200fchaque\u200d an\u00adnée\n\npar les mots :\n\ntous les ans\u200e"
    assert "délibère tous les ans sur" in alineas(apply(ARTICLE, [("1", text)]))[2]


def test_words_put_after_an_elided_word_must_open_with_a_vowel() -> None:
    text = "Le représentant de l'État dans le département décide."
    with pytest.raises(AmendingError, match="elided") as refused:
        apply(text, [("1", "Remplacer le mot : « État » par le mot : « département ».")])
    assert refused.value.code == "not_applicable"
    assert "l'autorité" in apply(text, [("2", "Remplacer le mot : « État » par le mot : « autorité ».")])


def test_a_quoted_paragraph_that_goes_on_with_a_second_instruction_is_words_quoted_inline() -> None:
    text = "Le règlement européen (en cours d'adoption) fixe sa publication."
    joined = (
        "<p>À l’alinéa 1, substituer aux mots :</p><p>« règlement européen »</p><p>les mots :</p>"
        "<p>« règlement (UE) 2019/941 » et au mot :</p><p>« fixe »</p><p>le mot :</p><p>« prévoit ».</p>"
    )
    assert apply(text, [("1", joined)]) == "Le règlement (UE) 2019/941 (en cours d'adoption) prévoit sa publication."
    anchored = (
        "<p>À l’alinéa 1, substituer au mot :</p><p>« sa »</p><p>le mot :</p><p>« la », et après le mot :</p>"
        "<p>« publication »</p><p>insérer les mots :</p><p>« de l’autorisation ».</p>"
    )
    assert apply(text, [("2", anchored)]).endswith("fixe la publication de l’autorisation.")


def test_a_quoted_alinea_put_inside_a_quotation_that_goes_on_does_not_close_it() -> None:
    text = "\n\n".join(
        [
            "1° L'article L. 1 est ainsi rédigé :",
            "« Art. L. 1. – I. – Le fournisseur informe.",
            "« II. – Le gestionnaire publie.",
            "« III. – Un décret précise. » ;",
            "2° L'article L. 2 est abrogé.",
        ]
    )
    instruction = "Après l’alinéa 3, insérer l’alinéa suivant :\n\n« « II bis. – Le client est informé. »"
    out = alineas(apply(text, [("1", instruction)]))
    assert out[3:5] == ["« II bis. – Le client est informé.", "« III. – Un décret précise. » ;"]


def test_words_inserted_after_each_occurrence_of_others_in_the_place() -> None:
    text = "Le délai est de six mois pour l’ordonnance du 3° et de huit mois pour l’ordonnance du 2°.\n\nL’ordonnance."
    instruction = (
        "<p>À l’alinéa 1, après chaque occurrence du mot :</p><p>« l’ordonnance »</p>"
        "<p>insérer les mots :</p><p>« de transposition ».</p>"
    )
    out = alineas(apply(text, [("1", instruction)]))
    assert out == [
        "Le délai est de six mois pour l’ordonnance de transposition du 3° et de huit mois pour l’ordonnance "
        "de transposition du 2°.",
        "L’ordonnance.",
    ]
    with pytest.raises(AmendingError) as refused:
        apply(text, [("2", instruction.replace("l’ordonnance", "la directive"))])
    assert refused.value.code == "not_found"
    with pytest.raises(AmendingError, match="chaque occurrence"):
        apply(text, [("3", instruction.replace("insérer", "insérer (deux fois)"))])


def test_a_quoted_paragraph_with_prose_after_its_quote_that_does_not_instruct_stays_an_alinea() -> None:
    # quotes amiss, as published: the paragraph is the alinéa inserted, not words and an instruction
    amiss = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« 2° Après le mot « jour, », la fin est rédigée : »le mandat«."
    (edit,) = parse("1", amiss).edits
    assert edit.kind == "insert_alineas" and "rédigée : »le mandat" in edit.new[0]
    # « « X » par les mots : »: the instruction goes on after the quote
    split = "<p>Remplacer les mots :</p><p>« maire X » par les mots :</p><p>« préfet Y ».</p>"
    assert apply("Le maire X signe.", [("2", split)]) == "Le préfet Y signe."


def test_the_same_changes_repeat_the_whole_previous_part_numbered_items_and_all() -> None:
    text = "Avant la section 1, il est créé un titre.\n\nUn décret.\n\nAvant la section 1, il est créé un chapitre."
    instruction = (
        "I. – Alinéa 1\n\n1° Remplacer les mots :\n\nAvant la section 1\n\npar les mots :\n\nAu début\n\n"
        "2° Remplacer les mots :\n\nil est créé\n\npar les mots :\n\nest ajouté\n\n"
        "II. – En conséquence, alinéa 3\n\nProcéder aux mêmes remplacements."
    )
    out = alineas(apply(text, [("1", instruction)]))
    assert out[0] == "Au début, est ajouté un titre." and out[2] == "Au début, est ajouté un chapitre."
    # two replacements joined in one sentence are both repeated
    joined = (
        "Alinéa 1\n\nRemplacer les mots : « Avant la section 1 » par les mots : « Au début » et les mots : "
        "« il est créé » par les mots : « est ajouté ».\n\nAlinéa 3\n\nProcéder aux mêmes remplacements."
    )
    assert alineas(apply(text, [("2", joined)])) == out
    # « la même suppression » after a part that also replaces: its deletion only
    mixed = (
        "I. – Alinéa 1\n\n1° Remplacer le mot : « titre » par le mot : « livre ».\n\n2° Supprimer le mot : « Avant ».\n\n"
        "II. – Alinéa 3\n\nProcéder à la même suppression."
    )
    out = alineas(apply(text, [("3", mixed)]))
    assert out[0] == "La section 1, il est créé un livre." and out[2] == "La section 1, il est créé un chapitre."


def test_a_phrase_named_with_no_alinea_is_in_the_article_s_only_alinea() -> None:
    text = "Le Gouvernement remet un rapport. Ce rapport précise le nombre de logements rénovés et leur coût."
    second = (
        "Seconde phrase\n\n1° Remplacer le mot :\n\nprécise\n\npar le mot :\n\nestime\n\n"
        "2° Après le mot :\n\nrénovés\n\nsupprimer la fin de cette phrase."
    )
    assert (
        apply(text, [("210", second)])
        == "Le Gouvernement remet un rapport. Ce rapport estime le nombre de logements rénovés."
    )
    after = "Après la première phrase\n\nInsérer une phrase ainsi rédigée :\n\nIl est public."
    assert apply(text, [("402", after)]).startswith("Le Gouvernement remet un rapport. Il est public. Ce rapport")
    for instruction in (after, "Seconde phrase\n\nAprès le mot :\n\nrénovés\n\nsupprimer la fin de cette phrase."):
        with pytest.raises(AmendingError, match="the article has 2 alinéas") as refused:
            apply(text + "\n\nIl est publié.", [("1", instruction)])
        assert refused.value.code == "not_understood"


def test_a_place_in_a_code_article_the_article_quotes_as_the_assemblee_names_it() -> None:
    instruction = (
        "I. – Au premier alinéa de l’article L. 1‑1 du code des communes, tel qu’il résulte de l’alinéa 2, "
        "substituer au mot : « conseil » le mot : « préfet ».\n\n"
        "II. – En conséquence, au même alinéa, substituer au mot : « maire » le mot : « président »."
    )
    assert (
        alineas(apply(PROPOSED, [("CL210", instruction)]))[1]
        == "« Art. L. 1-1. – Le président décide et le préfet délibère."
    )
    phrase = "À la seconde phrase de l'article L. 1-2, tel que rédigé par l'alinéa 4, supprimer le mot : « préfet »"
    with pytest.raises(AmendingError, match="phrase 2 of an alinéa that has 1"):
        apply(PROPOSED, [("1", phrase)])
    for said, why in (("de l'alinéa 3", "does not open at alinéa 3 (it opens at alinéa 2)"),
                      ("des alinéas 2 à 4", "does not end at alinéa 4 (it ends at alinéa 3)")):  # fmt: skip
        wrong = f"Au premier alinéa de l'article L. 1-1, tel qu'il résulte {said}, supprimer le mot : « maire »"
        with pytest.raises(AmendingError, match=re.escape(why)):
            apply(PROPOSED, [("2", wrong)])
    # with nothing said of where it results from: the code article this one quotes, once (branch fa)
    bare = "Au premier alinéa de l'article L. 1-1, substituer au mot : « maire » le mot : « préfet »"
    assert alineas(apply(PROPOSED, [("3", bare)]))[1] == "« Art. L. 1-1. – Le préfet décide et le conseil délibère."


ROMAN_ITEMS = "\n\n".join(
    [
        "I. – Le Gouvernement est autorisé à prendre toute mesure :",
        "1° Afin de faire face aux conséquences, en prenant toute mesure :",
        "a) D'aide aux entreprises ;",
        "b) En matière de droit du travail ayant pour objet de :",
        "i) Limiter les ruptures des contrats ;",
        "ii) Adapter les conditions de l'indemnité, en cas de risque grave;",
        "iii) Modifier les congés payés ;",
        "c) Modifiant les obligations des personnes ;",
        "2° Afin de faire face aux conséquences administratives :",
        *[f"{letter}) Adaptant les délais ;" for letter in "abcdefgh"],
        "i) Simplifiant les règles des collectivités.",
        "II. – Un projet de loi de ratification est déposé.",
    ]
)


def test_items_numbered_i_ii_under_a_lettered_item_are_divisions() -> None:
    out = alineas(
        apply(
            ROMAN_ITEMS, [("1", "À la fin du ii) du b) du 1° du I, supprimer les mots : « , en cas de risque grave »")]
        )
    )
    assert out[5] == "ii) Adapter les conditions de l'indemnité;"
    out = alineas(
        apply(
            ROMAN_ITEMS, [("2", "Au i) du b) du 1° du I, après le mot : « ruptures », insérer les mots : « abusives »")]
        )
    )
    assert out[4] == "i) Limiter les ruptures abusives des contrats ;"
    # « du 2° »: the 2°'s own letter i), after its h)
    out = alineas(
        apply(ROMAN_ITEMS, [("3", "Au i) du 2° du I, remplacer le mot : « règles » par le mot : « normes »")])
    )
    assert out[17] == "i) Simplifiant les normes des collectivités."
    # the b) holds its items: words in its iii) are in it
    out = alineas(apply(ROMAN_ITEMS, [("4", "Au b) du 1° du I, remplacer le mot : « congés » par le mot : « jours »")]))
    assert out[6] == "iii) Modifier les jours payés ;"
    out = alineas(
        apply(ROMAN_ITEMS, [("5", "Au début du ii) du b) du 1° du I, insérer les mots : « par dérogation, »")])
    )
    assert out[5].startswith("ii) Par dérogation, adapter")
    # « le i) du 1° »: the 1° has lettered items, none an i): the b)'s roman i) is not named so
    with pytest.raises(AmendingError, match="opens with the mark « i\\) »"):
        apply(ROMAN_ITEMS, [("6", "Au i) du 1° du I, remplacer le mot : « ruptures » par le mot : « fins »")])
    with pytest.raises(AmendingError, match="deleting items numbered"):  # what stays of them is not read
        apply(ROMAN_ITEMS, [("7", "Supprimer le ii) du b) du 1° du I.")])
    # items i), ii) right under a 1° with no lettered one: « le i) du 1° » is that roman i)
    direct = "1° Afin de :\n\ni) Limiter les ruptures ;\n\nii) Adapter les conditions ;\n\n2° Autre mesure."
    out = alineas(apply(direct, [("8", "Au i) du 1°, remplacer le mot : « ruptures » par le mot : « fins »")]))
    assert out[1] == "i) Limiter les fins ;"


def test_a_lettered_item_deleted_with_its_roman_items_keeps_its_letter_alone() -> None:
    # « b) » and its « i) » to « iii) » deleted by number: « i) » is the b)'s roman item, no letter after « b) »
    out = alineas(apply(ROMAN_ITEMS, [("95", "Alinéas 4 à 7\n\nSupprimer ces alinéas.")]))
    assert out[3:5] == ["b) (Supprimé)", "c) Modifiant les obligations des personnes ;"]
    # a roman item deleted by its alinéa, its b) left: what stays of it (« ii) (Supprimé) ») is not read,
    # as when it is named; it does not go silently, « iii) » then following « i) »
    for instruction in ("Alinéa 6\n\nSupprimer cet alinéa.", "Supprimer l'alinéa 6.", "Alinéas 5 à 7\n\nSupprimer ces alinéas."):
        with pytest.raises(AmendingError, match="deleting items numbered"):
            apply(ROMAN_ITEMS, [("96", instruction)])


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


def test_words_deleted_between_a_comma_and_et_are_refused() -> None:
    # « Les communes, et les régions »: whether the comma goes with the item is not said
    text = "Les communes, les départements et les régions peuvent accorder des aides."
    with pytest.raises(AmendingError, match="« , et »") as caught:
        apply(text, [("1", "Supprimer les mots : « les départements »")])
    assert caught.value.code == "ambiguous"
    with pytest.raises(AmendingError, match="« , ou »"):
        apply("Les communes, les départements ou les régions.", [("2", "Supprimer les mots : « les départements »")])
    # the comma deleted with them, or one of the text's own before « et », is said
    out = apply(text, [("3", "Supprimer les mots : « , les départements »")])
    assert out == "Les communes et les régions peuvent accorder des aides."
    out = apply(
        "Les communes, les départements, et les régions.", [("4", "Supprimer les mots : « les départements, »")]
    )
    assert out == "Les communes, et les régions."


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


def test_a_phrase_ending_a_list_of_alineas_is_read_only_where_both_readings_agree() -> None:
    text = (
        "Le maire peut ordonner la fermeture. Il en informe le préfet.\n\n"
        "Le préfet peut suspendre cette décision. Il en informe le maire.\n\nUn décret précise les modalités."
    )
    # the first phrase of each, or alinéa 1 whole and the 2's first? « préfet » of alinéa 1 is in its second
    with pytest.raises(AmendingError, match="two readings differ") as caught:
        apply(
            text,
            [("1", "Alinéas 1 et 2, première phrase\n\nRemplacer le mot : « préfet » par le mot : « sous-préfet »")],
        )
    assert caught.value.code == "ambiguous"
    # words in the first phrase of both: either reading gives the same text
    out = alineas(apply(text, [("2", "Alinéas 1 et 2, première phrase\n\nSupprimer le mot : « peut »")]))
    assert out[0].startswith("Le maire ordonner") and out[1].startswith("Le préfet suspendre")


def test_a_phrase_put_with_words_does_not_shift_the_phrases_named_by_number() -> None:
    text = "Le montant est fixé par décret. Il est révisé chaque année.\n\nL'aide est versée par l'Agence."
    put = "À l'alinéa 1, remplacer les mots : « par décret » par les mots et une phrase ainsi rédigés : « par décret. Ce décret est pris après avis »."
    expected = "Le montant est fixé par décret. Ce décret est pris après avis.\n\nL'aide est versée par l'Agence."
    # the second phrase as it stood: « Il est révisé chaque année. »
    assert apply(text, [("1", put), ("2", "Supprimer la seconde phrase de l'alinéa 1.")]) == expected
    one = f"I. – {put}\n\nII. – En conséquence, supprimer la seconde phrase de l'alinéa 1."
    assert apply(text, [("3", one)]) == expected


def test_a_phrase_completing_an_alinea_that_ends_with_the_phrase_it_quotes_joins_it() -> None:
    text = (
        "L'article L. 1 est ainsi modifié :\n\n"
        "1° Il est complété par une phrase ainsi rédigée : « Le préfet en est informé. » ;\n\n"
        "2° Au dernier alinéa, les mots : « le maire » sont remplacés par les mots : « le préfet. » ;\n\n"
        "3° Le dernier alinéa est supprimé."
    )
    out = alineas(
        apply(text, [("1", "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Il statue sous un mois. »")])
    )
    assert (
        out[1]
        == "1° Il est complété par deux phrases ainsi rédigées : « Le préfet en est informé. Il statue sous un mois. » ;"
    )
    # words quoted as words, not announced as phrases: where a phrase goes is not said
    with pytest.raises(AmendingError, match="ends with a quotation") as caught:
        apply(text, [("2", "Compléter l'alinéa 3 par une phrase ainsi rédigée : « Il statue sous un mois. »")])
    assert caught.value.code == "ambiguous"


@pytest.mark.parametrize(
    ("ending", "after"),
    [(" ; »", ""), (" ; ».", "."), (". » ;", "")],
)
def test_what_completes_an_alinea_ending_with_the_phrases_it_quotes_completes_them(ending: str, after: str) -> None:
    semi = ending.startswith(" ;")
    text = (
        "L'article L. 1 est ainsi modifié :\n\n"
        "1° Le 3° est ainsi modifié :\n\n"
        f"b) Est ajoutée une phrase ainsi rédigée : « Le préfet statue selon l'article L. 1522-5{ending}\n\n"
        "c) Les mots : « le maire ; » sont remplacés par les mots : « le préfet ; »\n\n"
        "2° Le dernier alinéa est supprimé."
    )
    put = [("1", "Alinéa 3\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nIl en informe le maire.")]
    out = alineas(apply(text, put))
    close = " ; »" + after if semi else ". » ;"
    assert out[2] == (
        "b) Sont ajoutées deux phrases ainsi rédigées : « Le préfet statue selon l'article L. 1522-5. "
        f"Il en informe le maire{close}"
    )
    if semi:
        words = [("2", "Alinéa 3\n\nCompléter cet alinéa par les mots :\n\n, sans délai")]
        out = alineas(apply(text, words))
        assert out[2] == f"b) Est ajoutée une phrase ainsi rédigée : « Le préfet statue selon l'article L. 1522-5, sans délai{ending}"
    # words quoted inline, not phrases the alinéa adds: what completes it stays after them, as before
    kept = alineas(apply(text, [("3", "Alinéa 4\n\nCompléter cet alinéa par les mots :\n\net le maire")]))
    assert kept[3] == "c) Les mots : « le maire ; » sont remplacés par les mots : « le préfet ; » et le maire"


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


def test_the_article_of_a_name_keeps_its_capital_after_words_put_before_it() -> None:
    put = [("1", "Au début de l'alinéa 1, insérer les mots : « À compter de 2021, »")]
    out = apply("La Réunion et la Guyane font l'objet d'une programmation distincte.", put)
    assert out == "À compter de 2021, La Réunion et la Guyane font l'objet d'une programmation distincte."
    # a name the alinéa itself writes with its capital article inside a sentence
    out = apply("La Foncière a un contrat avec l'État ; l'État contrôle La Foncière.", put)
    assert out.startswith("À compter de 2021, La Foncière a")
    out = apply("Le Gouvernement remet un rapport au Parlement.", put)  # « le Gouvernement », as laws write it
    assert out == "À compter de 2021, le Gouvernement remet un rapport au Parlement."


def test_a_new_start_whose_last_word_is_found_earlier_at_less_cost_is_refused() -> None:
    text = "Dans les mêmes conditions, le ministre peut prescrire toute mesure prescrite par le Premier ministre en application du 1°."
    start = "Rédiger ainsi le début de l'alinéa 1 : « Dans les mêmes conditions, le Premier ministre (le reste sans changement) »."
    # the run « le Premier ministre » is found once, far on; ending at the first « ministre » changes one word
    with pytest.raises(AmendingError, match="may as well end at the earlier « ministre »") as caught:
        apply(text, [("1", start)])
    assert caught.value.code == "ambiguous"
    # the run changes fewer words than the earlier « département » would: read
    text = "Le préfet de département, représentant de l'État dans le département, peut prescrire ces mesures."
    start = "Rédiger ainsi le début de l'alinéa 1 : « Le représentant de l'État dans le département (le reste sans changement) »."
    assert apply(text, [("2", start)]) == "Le représentant de l'État dans le département, peut prescrire ces mesures."


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


def test_a_word_of_the_instruction_cut_across_html_paragraphs_is_rejoined() -> None:
    # NosSénateurs cuts words where the Senate's markup had a tag: « insé</p><p>rer », « I</p><p>nsérer »
    text = "<p>Alinéa 3</p><p>Après le mot :</p><p>chaque</p><p>insé</p><p>rer</p><p>les mots :</p><p>nouvelle</p>"
    assert "délibère chaque nouvelle année" in alineas(apply(ARTICLE, [("135", text)]))[2]
    text = "<p>Alinéa 3</p><p>R</p><p>emplacer le mot :</p><p>maire</p><p>par le mot :</p><p>préfet</p>"
    assert alineas(apply(ARTICLE, [("151", text)]))[2].endswith("le rapport du préfet ;")
    text = "<p>Alinéa 2, après</p><p>la première phrase</p><p>I</p><p>nsérer une phrase</p><p>ainsi rédigée</p><p>:</p><p>Elles en délibèrent</p><p>.</p>"
    assert "à leurs projets. Elles en délibèrent. Elles en rendent" in alineas(apply(ARTICLE, [("144", text)]))[1]
    assert clean("<p>A</p><p>près le mot :</p>") == ["Après le mot :"]
    assert clean("<p>Alinéa 3</p><p>Réd</p><p>iger ainsi cet</p><p>alinéa :</p>") == ["Alinéa 3", "Rédiger ainsi cet alinéa :"]
    assert clean("<p>Insérer un alinéa a</p><p>insi rédigé :</p>") == ["Insérer un alinéa ainsi rédigé :"]
    assert clean("<p>rédiger ainsi</p><p>la fin de cet artic</p><p>le</p><p>:</p>") == ["rédiger ainsi", "la fin de cet article :"]
    # « <i>Art. L. 718-6</p><p>.</p></i>– Le conseil »: a heading's stop and dash cut from its text
    assert clean("<p>« <i>Art. L. 718-6</p><p>.</p></i>– Le conseil délibère.</p>") == [
        "« Art. L. 718-6. – Le conseil délibère."
    ]


def test_a_demonstrative_cut_across_html_paragraphs_is_rejoined() -> None:
    # « Rédiger ainsi ce</p><p>t alinéa : »: « ce » is a word, but « ce t » is no French; « cet alinéa »
    text = "<p>Alinéa 3</p><p>Rédiger ainsi ce</p><p>t alinéa :</p><p>2° Le conseil délibère sur le rapport du préfet ;</p>"
    assert alineas(apply(ARTICLE, [("143", text)]))[2] == "2° Le conseil délibère sur le rapport du préfet ;"
    assert clean("<p>Rédiger ainsi cet</p><p>te phrase :</p>") == ["Rédiger ainsi cette phrase :"]
    assert clean("<p>Supprimer</p><p>c</p><p>es mots.</p>") == ["Supprimer", "ces mots."]
    # a letter « c » before « et » may be an item's letter and a word: joined only when alone; « es » is no word
    assert clean("<p>« les a, b et c</p><p>et le d</p>") == ["« les a, b et c", "et le d"]
    assert clean("<p>Supprimer c</p><p>es mots.</p>") == ["Supprimer ces mots."]


def test_a_part_mark_alone_in_its_paragraph_marks_the_instruction_after_it() -> None:
    # « <p>I</p><p>Alinéa 3</p> … <p>II</p><p>Alinéa 4</p> »: the parts' marks set above their instructions
    text = (
        "<p>I</p><p>Alinéa 3</p><p>Remplacer le mot :</p><p>maire</p><p>par le mot :</p><p>préfet</p>"
        "<p>II</p><p>Alinéa 4</p><p>Remplacer l'année :</p><p>2014</p><p>par l'année :</p><p>2015</p>"
    )
    out = alineas(apply(ARTICLE, [("144", text)]))
    assert out[2].endswith("le rapport du préfet ;") and out[3].endswith("le 1er janvier 2015.")
    assert [(s.mark, s.prose) for s in sentences("<p>II. –</p><p>Alinéa 4</p><p>Supprimer cet alinéa.</p>")] == [
        ("II. –", "Alinéa 4"), ("", "Supprimer cet alinéa.")
    ]  # fmt: skip
    # a bare text ends before it, as before a mark « II. – » with its instruction
    read = sentences("Alinéa 3\n\nRédiger ainsi cet alinéa :\n\nIl vote.\n\nII\n\nAlinéa 4\n\nSupprimer cet alinéa.")
    assert [s.operands[0].paragraphs for s in read if s.operands] == [("Il vote.",)]
    # not a mark: a reference named bare (« Remplacer la référence : » / « I »), nor a numeral before words
    read = sentences("<p>Alinéa 4</p><p>Remplacer la référence :</p><p>I</p><p>par la référence :</p><p>II</p>")
    assert [s.mark for s in read] == ["", ""] and [o.paragraphs for o in read[1].operands] == [("I",), ("II",)]
    read = sentences("Alinéa 4\n\nRemplacer la référence\n\nI\n\npar la référence\n\nII")
    assert [o.paragraphs for o in read[1].operands] == [("I",), ("II",)]
    assert [s.mark for s in sentences("<p>Rédiger ainsi cet alinéa :</p><p>« I</p><p>« Le conseil. »</p>")] == [""]


def test_a_placeholder_alone_in_its_paragraph_opens_the_alinea_after_it() -> None:
    # real amendment n° 7 of 2013: « …</p><p>) », the placeholder's sign cut from it, then the item's text
    text = "<p>Après l’alinéa 2</p><p>Insérer un alinéa ainsi rédigé :</p><p>...</p><p>°</p><p>Les départements délibèrent ;</p>"
    out = alineas(apply(ARTICLE, [("7", text)]))
    assert out[2:4] == ["1° bis Les départements délibèrent ;", "2° Le conseil municipal délibère chaque année sur le rapport du maire ;"]
    assert clean("<p>Insérer un alinéa ainsi rédigé :</p><p>...</p><p>)</p><p>À l’article 3, le mot : « maire » est supprimé ;</p>")[1:] == [
        "...) À l’article 3, le mot : « maire » est supprimé ;"
    ]
    assert clean("<p>« 3</p><p>°</p>") == ["« 3°"]
    # not a sign after words (« (voir le » / « ) »), nor a placeholder before an alinéa of its own or at the end
    assert clean("<p>Compléter cet alinéa par les mots :</p><p>(voir le</p><p>)</p>")[1:] == ["(voir le", ")"]
    assert clean("<p>…°</p><p>Alinéa 3</p>") == ["…°", "Alinéa 3"]
    assert clean("<p>…°</p><p>« Le maire »</p>") == ["…°", "« Le maire »"]
    assert clean("<p>…°</p><p>II. – Le maire</p><p>…)</p><p>a) Le maire</p>") == ["…°", "II. – Le maire", "…)", "a) Le maire"]
    assert clean("<p>Le texte :</p><p>...)</p>") == ["Le texte :", "...)"]
    # a mark that is no placeholder stays alone (« a) » / « Remplacer … », a part's sub-mark)
    assert clean("<p>Alinéa 3</p><p>a)</p><p>Remplacer le mot :</p>") == ["Alinéa 3", "a)", "Remplacer le mot :"]


def test_a_letter_cut_from_the_word_before_it_is_rejoined() -> None:
    # real amendment n° 148 of 2013: « ...°</p><p>I</p><p>l est ajouté … », « Les troisièm</p><p>e à sixième … »
    text = (
        "<p>Compléter cet article par deux alinéas ainsi rédigés :</p><p>...°</p><p>I</p>"
        "<p>l est ajouté un alinéa ainsi rédigé :</p><p>« Les troisièm</p><p>e et quatrième phrases sont abrogées. »</p>"
    )
    out = alineas(apply(ARTICLE, [("148", text)]))
    assert out[4:] == ["4° Il est ajouté un alinéa ainsi rédigé :", "« Les troisième et quatrième phrases sont abrogées. »"]
    assert clean("<p>… est complét</p><p>é par un article</p>") == ["… est complété par un article"]
    # a word of one letter (« a », « à », « y »), two letters (« ad hoc »), a variable « x », words named bare
    assert clean("<p>Le conseil</p><p>a délibéré</p>") == ["Le conseil", "a délibéré"]
    assert clean("<p>« Art. 3. – Le maire</p><p>à défaut</p><p>y compris</p>") == ["« Art. 3. – Le maire", "à défaut", "y compris"]
    assert clean("<p>« un comité</p><p>ad hoc</p><p>x fois</p>") == ["« un comité", "ad hoc", "x fois"]
    assert clean("<p>Supprimer la lettre</p><p>s de la</p>") == ["Supprimer la lettre", "s de la"]
    assert clean("<p>Remplacer les mots : le</p><p>s conseils</p>") == ["Remplacer les mots : le", "s conseils"]
    # a letter alone, or before a stop or a parenthesis, is a letter named or an item's mark
    assert clean("<p>Remplacer la lettre :</p><p>e</p><p>par la lettre :</p><p>f</p>")[1::2] == ["e", "f"]
    assert clean("<p>« a) Le maire</p><p>b) Le préfet</p><p>c. Le juge</p>") == ["« a) Le maire", "b) Le préfet", "c. Le juge"]


def test_a_text_cut_in_the_middle_of_a_sentence_is_refused() -> None:
    # real amendment n° 113 of 2013: « « » / « … devant le Parlement » / « dans un délai … » / « . » / « Il est … »:
    # one alinéa or three? the cut sentence is plain, where the alinéas end is not
    text = (
        "<p>Alinéa 3</p><p>Rédiger ainsi cet alinéa :</p><p>«</p><p>2° Le conseil délibère sur le rapport</p>"
        "<p>du maire</p><p>.</p><p>Il en rend compte. »</p>"
    )
    with pytest.raises(AmendingError, match="cut in the middle of a sentence"):
        apply(ARTICLE, [("151", text)])
    assert sentences(text)[1].cut
    # alinéas that end with a sign, or before a capital, a quote or an item's mark, are alinéas
    for text in (
        "<p>Rédiger ainsi cet alinéa :</p><p>« Il comprend :</p><p>des élus ;</p><p>des agents »</p>",
        "<p>Rédiger ainsi cet alinéa :</p><p>« Section 3</p><p>Dispositions générales »</p>",
        "<p>Rédiger ainsi cet alinéa :</p><p>« 2° Le conseil délibère</p><p>a) Sur le rapport ; »</p>",
        "<p>Rédiger ainsi cet alinéa :</p><p>« 2° Le conseil délibère</p><p>a bis) sur le rapport ; »</p>",
        "<p>Remplacer les mots :</p><p>le maire</p><p>par les mots :</p><p>le préfet</p>",
    ):
        assert not any(s.cut for s in sentences(text)), text


def test_a_reference_number_cut_at_its_hyphen_is_rejoined() -> None:
    # real amendments 6, 7 and 10 of 2013: « … l’article L. 952</p><p>-</p><p>6 du code … »
    assert clean("<p>Le premier alinéa de l’article L. 952</p><p>-</p><p>6 du code est supprimé.</p>") == [
        "Le premier alinéa de l’article L. 952-6 du code est supprimé."
    ]
    assert clean("<p>« prévue à l’article 12</p><p>\u2011</p><p>1. »</p>") == ["« prévue à l’article 12\u20111. »"]
    # not after other figures, nor before an item's mark, words or nothing
    assert clean("<p>Alinéa 3</p><p>-</p><p>4 le maire</p>") == ["Alinéa 3", "-", "4 le maire"]
    assert clean("<p>« 1° Le code L. 3</p><p>-</p><p>4° Le maire</p>") == ["« 1° Le code L. 3", "-", "4° Le maire"]
    assert clean("<p>« L. 952</p><p>-</p><p>Le maire</p><p>« L. 952</p><p>-</p>") == ["« L. 952", "-", "Le maire", "« L. 952", "-"]


def test_a_sentence_the_html_cut_after_a_word_that_cannot_end_it_is_one_alinea() -> None:
    # « … à Mayotte, en » / « Nouvelle-Calédonie, … »: no alinéa ends, without a stop, on a preposition
    text = (
        "<p>Alinéa 3</p><p>Rédiger ainsi cet alinéa :</p><p>2° Le conseil délibère, à Mayotte, en</p>"
        "<p>Nouvelle-Calédonie et en Polynésie française, sur le rapport du maire ;</p>"
    )
    out = alineas(apply(ARTICLE, [("A-2", text)]))
    assert len(out) == 4
    assert out[2] == "2° Le conseil délibère, à Mayotte, en Nouvelle-Calédonie et en Polynésie française, sur le rapport du maire ;"
    # an elided word goes on without a space; an instruction's prose too
    assert clean("<p>« … prévues à l’</p><p>article 38 de la Constitution. »</p>") == ["« … prévues à l’article 38 de la Constitution. »"]
    assert clean("<p>Alinéa 5, remplacer les mots : « X » par les</p><p>mots : « Y »</p>") == [
        "Alinéa 5, remplacer les mots : « X » par les mots : « Y »"
    ]
    # not after a heading, nor before one, nor before a quoted alinéa, an item, a part or an instruction
    assert clean("<p>« Section 3</p><p>« Dispositions générales</p>") == ["« Section 3", "« Dispositions générales"]
    assert clean("<p>Chapitre II</p><p>Dispositions relatives à la recherche</p>")[0] == "Chapitre II"
    assert clean("<p>TITRE Ier</p><p>De la recherche</p>") == ["TITRE Ier", "De la recherche"]
    assert clean("<p>« … à Mayotte, en</p><p>« Nouvelle-Calédonie. »</p>") == ["« … à Mayotte, en", "« Nouvelle-Calédonie. »"]
    assert clean("<p>les dispositions de la</p><p>Section 3 du chapitre</p>") == ["les dispositions de la", "Section 3 du chapitre"]
    assert clean("<p>« le code de la</p><p>1° Le b</p><p>II. – Le</p><p>Alinéa 3</p>") == [
        "« le code de la", "1° Le b", "II. – Le", "Alinéa 3"
    ]  # fmt: skip
    # words named bare may end on an article; a comma or a noun may end an alinéa of a list
    assert clean("<p>Remplacer les mots :</p><p>de la</p><p>par les mots :</p><p>du</p>")[1] == "de la"
    assert clean("<p>Remplacer les mots : de la</p><p>formation</p>") == ["Remplacer les mots : de la", "formation"]
    assert clean("<p>Alinéa 3, supprimer les mots</p><p>de la</p><p>commune</p>")[1:] == ["de la", "commune"]
    assert clean("<p>« Il comprend, </p><p>des élus ; »</p>") == ["« Il comprend,", "des élus ; »"]
    # « ; et » may end a list's last item but one
    assert clean("<p>Le conseil comprend :</p><p>des enseignants ; et</p><p>des chercheurs.</p>")[1] == "des enseignants ; et"
    assert clean("<p>« 1° Le conseil délibère sur le</p><p>a bis) Le rapport</p>")[1] == "a bis) Le rapport"
    assert clean("<p>« Dispositions générales</p><p>des établissements »</p>")[0] == "« Dispositions générales"


def test_words_to_delete_given_bare_and_cut_after_a_word_that_cannot_end_them_go_on_in_lower_case() -> None:
    # a deletion takes one text and nothing after it: a paragraph in lower case after its words is their rest
    text = "<p>Alinéa 3</p><p>Supprimer les mots :</p><p>chaque année sur le</p><p>rapport du maire</p>"
    assert clean(text)[2] == "chaque année sur le rapport du maire"
    assert alineas(apply(ARTICLE, [("COM-14", text)]))[2] == "2° Le conseil municipal délibère ;"
    # joined words that the alinéa does not hold are refused, as the parts were
    with pytest.raises(AmendingError):
        apply(ARTICLE, [("1", "<p>Alinéa 3</p><p>Supprimer les mots :</p><p>chaque année sur le</p><p>budget</p>")])
    # not after other forms (their words may be followed by more), quoted words, or before a capital, words
    # named, a quote or an instruction
    assert clean("<p>Remplacer les mots :</p><p>de la</p><p>commune</p>")[1:] == ["de la", "commune"]
    assert clean("<p>Les mots :</p><p>de la</p><p>sont supprimés.</p>")[1:] == ["de la", "sont supprimés."]
    assert clean("<p>Supprimer les mots :</p><p>de la</p><p>Commune</p>")[1:] == ["de la", "Commune"]
    assert clean("<p>Supprimer les mots :</p><p>de la</p><p>ainsi que les mots :</p><p>du</p>")[1:3] == [
        "de la", "ainsi que les mots :"
    ]  # fmt: skip
    assert clean("<p>Supprimer les mots :</p><p>de la</p><p>et insérer après le mot « X » le mot « Y »</p>")[1] == "de la"
    assert clean("<p>Supprimer les mots :</p><p>de la</p><p>et supprimer la dernière phrase</p>")[1] == "de la"


def test_a_quote_the_html_cut_after_a_word_that_cannot_end_it_goes_on_in_the_paragraph_closing_it() -> None:
    # quoted words after « les mots : » are not bare: the paragraph that closes their quote, opening none, goes on
    assert clean("<p>insérer les mots :</p><p>« , à Mayotte, en</p><p>Guyane, »</p>")[1] == "« , à Mayotte, en Guyane, »"
    assert clean("<p>par les mots :</p><p>« suivant la publication de l’</p><p>ordonnance »</p>")[1] == (
        "« suivant la publication de l’ordonnance »"
    )
    # after « , ou » in a quoted alinéa, a paragraph in lower case closing its quote goes on with it
    text = (
        "<p>Alinéa 3</p><p>Rédiger ainsi cet alinéa :</p><p>« 2° Le conseil délibère à Mayotte, ou</p>"
        "<p>en Guyane. »</p>"
    )
    assert clean(text)[2] == "« 2° Le conseil délibère à Mayotte, ou en Guyane. »"
    out = alineas(apply(ARTICLE, [("64", text)]))
    assert out[2] == "2° Le conseil délibère à Mayotte, ou en Guyane ;"  # an item before another ends « ; »
    # not a quoted item opening with its quote and mark, nor one in capitals (an alinéa given without its quote),
    # nor a paragraph that leaves the quote open or opens one, nor words named bare
    assert clean("<p>« 2° bis Le maire, ou</p><p>« 2° ter Le préfet ; »</p>") == ["« 2° bis Le maire, ou", "« 2° ter Le préfet ; »"]
    assert clean("<p>« 1° Le maire ; et</p><p>Le préfet. »</p>") == ["« 1° Le maire ; et", "Le préfet. »"]
    assert clean("<p>« 1° Le maire ; et</p><p>le préfet ;</p><p>« 2° Le juge. »</p>")[:2] == ["« 1° Le maire ; et", "le préfet ;"]
    assert clean("<p>« le code de la</p><p>« route »</p>") == ["« le code de la", "« route »"]
    assert clean("<p>Remplacer les mots :</p><p>de la</p><p>commune »</p>")[1:] == ["de la", "commune »"]


def test_paragraphs_that_may_each_be_whole_are_not_joined() -> None:
    # words quoted bare: « des » / « par les mots : » makes no word of the instruction
    assert clean("<p>Remplacer le mot :</p><p>des</p><p>par les mots :</p>") == ["Remplacer le mot :", "des", "par les mots :"]
    assert clean("<p>Remplacer la référence :</p><p>I</p><p>par la référence :</p><p>II</p>")[1] == "I"
    # a stop alone after a sentence naming signs or words is the sign quoted, or its sentence's: left as it is
    assert clean("<p>Alinéa 3</p><p>supprimer le signe</p><p>.</p>")[-1] == "."
    assert clean("<p>Après les mots :</p><p>de recherche</p><p>.</p>")[-1] == "."
    assert clean("<p>Après le mot :</p><p>recherche</p><p>,</p>")[-1] == ","
    # quoted alinéas: an item « a) » or « 1° » alone, or a paragraph opening in upper case, stays whole
    assert clean("<p>« I. –</p><p>« A</p><p>« Insérer un alinéa</p>") == ["« I. –", "« A", "« Insérer un alinéa"]
    assert clean("<p>« a)</p><p>insérer</p>") == ["« a)", "insérer"]
    # an ending that is a word itself joins a fragment alone only: « … il y a » / « près de » may be two words
    assert clean("<p>« Il y a</p><p>près de deux ans. »</p>") == ["« Il y a", "près de deux ans. »"]
    # inside quoted text no list of words tells a cut word (« l'inst » / « itut ») from two (« maîtres » / « sont »)
    assert clean("<p>« Les biens de l'inst</p><p>itut sont transférés. »</p>") == ["« Les biens de l'inst", "itut sont transférés. »"]


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


def test_deleting_a_code_article_s_first_alinea_and_leaving_its_next_is_refused() -> None:
    article = "\n\n".join(
        [
            "Le code est ainsi modifié :",
            "« Art. L. 3131‑25 – Le Premier ministre peut habiliter le préfet.",
            "« Lorsque les mesures s'appliquent dans un département, le préfet les décide.",
            "« Art. L. 3131‑26 – Un comité est réuni. »",
        ]
    )
    # « « Art. L. 3131‑25 – (Supprimé) » would now head the alinéa that stays, or that alinéa join the article before
    with pytest.raises(AmendingError, match="first alinéa of a code article") as caught:
        apply(article, [("79", "<p>Supprimer l’alinéa 2.</p>")])
    assert caught.value.code == "ambiguous"
    # both alinéas of the article: its number kept, the quotation going on
    assert alineas(apply(article, [("79", "Supprimer les alinéas 2 et 3.")]))[1] == "« Art. L. 3131‑25 – (Supprimé)"


def test_a_code_article_s_heading_put_on_its_next_alinea_with_a_full_stop_is_the_same_number() -> None:
    article = "\n\n".join(
        [
            "Le code est ainsi modifié :",
            "« Art. L. 3131‑25 – Le Premier ministre peut habiliter le préfet.",
            "« Lorsque les mesures s'appliquent dans un département, le préfet les décide.",
            "« Art. L. 3131‑26 – Un comité est réuni. »",
        ]
    )
    # the heading given « Art. L. 3131-25. – », the bill's « Art. L. 3131‑25 – »: one number, not kept twice
    instruction = "I. – Alinéa 2\n\nSupprimer cet alinéa.\n\nII. – En conséquence, alinéa 3\n\nAu début, insérer la mention :\n\nArt. L. 3131-25. –"
    out = alineas(apply(article, [("82", instruction)]))
    assert len(out) == 3 and "Supprimé" not in out[1]
    assert out[1].startswith("« Art. L. 3131-25. – Lorsque")
    # a number that only begins it (« L. 3131-25-1 ») is another article: the first alinéa's number stays
    other = instruction.replace("3131-25. –", "3131-25-1. –")
    assert alineas(apply(article, [("83", other)]))[1] == "« Art. L. 3131‑25 – (Supprimé)"


def test_alineas_taken_from_one_introducing_items_into_them_leaving_the_others_are_refused() -> None:
    article = "\n\n".join(
        [
            "I. – Le code est ainsi modifié :",
            "1° L'intitulé est ainsi rédigé : « Les fondations » ;",
            "2° La section 1 est abrogée ;",
            "3° L'article L. 313-1 est abrogé.",
            "II. – Le décret est abrogé.",
        ]
    )
    two = "Alinéas 1 à 3\n\nRemplacer ces alinéas par deux paragraphes ainsi rédigés :\n\n… – Les articles sont abrogés.\n\n… – Un décret fixe les conditions."
    with pytest.raises(AmendingError, match="introduces the items after it, and leaves some of them") as caught:
        apply(article, [("76", two)])  # the 3° left: under which division, not said
    assert caught.value.code == "ambiguous"
    with pytest.raises(AmendingError, match="leaves some of them"):
        apply(article, [("77", "Supprimer les alinéas 1 et 2.")])
    # a new text that introduces items itself: the 3° goes on from it
    again = "Alinéas 1 à 3\n\nRemplacer ces alinéas par un alinéa ainsi rédigé :\n\nI. – Le code de la recherche est ainsi modifié :"
    assert alineas(apply(article, [("78", again)]))[:2] == [
        "I. – Le code de la recherche est ainsi modifié :",
        "3° L'article L. 313-1 est abrogé.",
    ]


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


def test_an_apposition_or_an_incise_told_from_a_list_item_by_what_follows_takes_both_commas() -> None:
    # words between commas before a verb: an apposition or a participle's incise, no item of a list
    text = "Le Haut Conseil, organisme indépendant, est placé auprès du Premier ministre."
    out = apply(text, [("18", "Supprimer les mots : « organisme indépendant »")])
    assert out == "Le Haut Conseil est placé auprès du Premier ministre."
    text = "La première phrase du sixième alinéa, devenu le cinquième alinéa, est supprimée."
    out = apply(text, [("29", "Supprimer les mots : « devenu le cinquième alinéa »")])
    assert out == "La première phrase du sixième alinéa est supprimée."
    # opening with a preposition, before words opening with a determiner: items of one list open alike
    text = "Le Gouvernement peut prendre par ordonnance, dans un délai d'un mois, toute mesure utile."
    for named in ("dans un délai d'un mois,", ", dans un délai d'un mois", "dans un délai d'un mois"):
        out = apply(text, [("3", f"Supprimer les mots : « {named} »")])
        assert out == "Le Gouvernement peut prendre par ordonnance toute mesure utile."
    # an adverb in « -ment » joined by « ou » to other words: an incise as the adverb alone
    text = "Les services peuvent se communiquer, spontanément ou sur demande, tous documents utiles."
    out = apply(text, [("13", "Supprimer les mots : « , spontanément ou sur demande »")])
    assert out == "Les services peuvent se communiquer tous documents utiles."
    # items of a list keep one comma
    text = "Les communes, les départements, les régions sont consultés."
    out = apply(text, [("19", "Supprimer les mots : « les départements »")])
    assert out == "Les communes, les régions sont consultés."
    text = "Sont consultés le maire, par écrit, par voie électronique, dans un délai d'un mois."
    out = apply(text, [("20", "Supprimer les mots : « par voie électronique »")])
    assert out == "Sont consultés le maire, par écrit, dans un délai d'un mois."


def test_an_incise_deleted_between_its_two_commas_takes_both() -> None:
    article = "Les étudiants peuvent suivre une formation en vue, notamment, de l'obtention d'un diplôme."
    out = apply(article, [("COM-8", "<p>Alinéa 1</p><p>Supprimer le mot :</p><p>« notamment ».</p>")])
    assert out == "Les étudiants peuvent suivre une formation en vue de l'obtention d'un diplôme."
    # the incise named with one of its commas: the other goes too
    text = "La société établit, en outre, des comptes séparés."
    for named in (", en outre", "en outre,"):
        assert apply(text, [("38", f"Supprimer les mots : « {named} »")]) == "La société établit des comptes séparés."
    # an adverb in « -ment » off the list, before words opening with an article: an incise all the same
    text = "Il est fait application, successivement, des règles prévues."
    assert apply(text, [("162", "Supprimer le mot : « successivement »")]) == "Il est fait application des règles prévues."
    # a word in « -ment » before another bare one is an item of their list: one comma stays
    nouns = "Les frais de transport, hébergement, restauration sont remboursés."
    out = apply(nouns, [("163", "Supprimer le mot : « hébergement »")])
    assert out == "Les frais de transport, restauration sont remboursés."
    # a word opening the alinéa, or a phrase, takes its comma: no sentence opens with one
    text = "I. – Le maire décide.\n\nToutefois, dans les communes, la limite est ramenée. Toutefois, le préfet signe."
    out = alineas(apply(text, [("160", "Alinéa 2\n\nÀ la première phrase, supprimer le mot : « Toutefois »")]))
    assert out[1] == "Dans les communes, la limite est ramenée. Toutefois, le préfet signe."
    out = alineas(apply(text, [("161", "Alinéa 2\n\nÀ la seconde phrase, supprimer le mot : « Toutefois »")]))
    assert out[1] == "Toutefois, dans les communes, la limite est ramenée. Le préfet signe."
    # words after a comma ending where the phrase does take the comma: none stands before a stop
    text = "Le cahier fixe les services de dernier recours, notamment la zone à couvrir. Ce cahier est publié."
    out = apply(text, [("170", "Alinéa 1\n\nSupprimer les mots : « notamment la zone à couvrir »")])
    assert out == "Le cahier fixe les services de dernier recours. Ce cahier est publié."
    out = apply(text, [("171", "Alinéa 1\n\nSupprimer les mots : « notamment la zone à couvrir. »")])
    assert out == "Le cahier fixe les services de dernier recours. Ce cahier est publié."
    items = "1° Les communes, notamment rurales ;\n\n2° Les départements, y compris d'outre-mer\n\n« a) Les villes, au plus »"
    out = alineas(apply(items, [("172", "Alinéa 1\n\nSupprimer les mots : « notamment rurales »")]))
    assert out[0] == "1° Les communes ;"
    out = alineas(apply(items, [("173", "Alinéa 2\n\nSupprimer les mots : « y compris d'outre-mer »")]))
    assert out[1] == "2° Les départements"
    out = alineas(apply(items, [("174", "Alinéa 3\n\nSupprimer les mots : « au plus »")]))
    assert out[2] == "« a) Les villes »"
    ended = "a) Les communes, notamment rurales,\n\nb) Les régions."  # an item's own comma stays
    out = alineas(apply(ended, [("175", "Alinéa 1\n\nSupprimer les mots : « notamment rurales, »")]))
    assert out[0] == "a) Les communes,"
    # an item of a list between two commas leaves one
    listed = "Les communes, les départements, les régions et l'État votent."
    out = apply(listed, [("9", "À l'alinéa 1, supprimer les mots : « les départements »")])
    assert out == "Les communes, les régions et l'État votent."


def test_a_lettered_item_s_letter_glued_to_its_adverb_by_split_markup_is_spaced() -> None:
    # « <i>« a</i>bis<i>)</i>Après »: the Sénat's italics split the mark, the letter glued to « bis »
    assert clean("<p><i>« a</i>bis<i>)</i>Après le 8°, il est inséré un 9° ainsi rédigé :</p>") == [
        "« a bis) Après le 8°, il est inséré un 9° ainsi rédigé :"
    ]
    assert clean("<p><i>c</i>ter<i>)</i>Le 3° est abrogé ;</p>") == ["c ter) Le 3° est abrogé ;"]


def test_senate_html_opening_every_alinea_with_a_quote_keeps_the_quotation_an_item_introduces() -> None:
    article = "\n\n".join(
        [
            "L'article L. 712-3 est ainsi modifié :",
            "1° Le IV est ainsi modifié :",
            "a) Le 7° est ainsi rédigé :",
            "« 7° Il approuve le rapport ; »",
            "a bis) Après le 7°, il est inséré un 8° ainsi rédigé :",
            "« 8° Il adopte le schéma. » ;",
            "b) Le dixième alinéa est supprimé.",
        ]
    )
    # every alinéa opens with «: the items' quote is the amendment's, the quotations' their own
    amendment = (
        "<p>Alinéas 3 à 6</p><p>Remplacer ces alinéas par quatre alinéas ainsi rédigés :</p>"
        "<p>« a) Le 7° est ainsi rédigé :</p><p>« 7° Il approuve le rapport et le bilan ; »</p>"
        "<p>« a bis) Après le 7°, il est inséré un 8° ainsi rédigé :</p><p>« 8° Il adopte le schéma du handicap. » ;</p>"
    )
    assert alineas(apply(article, [("341", amendment)]))[2:] == [
        "a) Le 7° est ainsi rédigé :",
        "« 7° Il approuve le rapport et le bilan ; »",
        "a bis) Après le 7°, il est inséré un 8° ainsi rédigé :",
        "« 8° Il adopte le schéma du handicap. » ;",  # its quotes, and the « ; » before the b)
        "b) Le dixième alinéa est supprimé.",
    ]


def test_a_phrase_completing_the_last_alinea_of_a_quotation_whose_opening_quote_is_lost_goes_inside_it() -> None:
    # the Senate's data lost the quote opening the code article, not the one closing it: that one is the
    # quotation's, and the phrase completing its last alinéa goes before it (p14-com-COM-6)
    text = 'II. - Il est inséré un article L. 1 ainsi rédigé :\n\nArt. L. 1. - Le recteur fixe les critères."'
    put = "<p>Alinéa 2</p><p>Compléter cet alinéa par une phrase ainsi rédigée :</p><p>« Il assure la cohérence. »</p>"
    assert alineas(apply(text, [("COM-6", put)]))[1] == 'Art. L. 1. - Le recteur fixe les critères. Il assure la cohérence."'
    # its last phrase deleted or rewritten: the quote stays, with no space before it
    two = text.replace('critères."', 'critères. Il les publie."')
    deleted = alineas(apply(two, [("1", "<p>Alinéa 2</p><p>Supprimer la dernière phrase.</p>")]))[1]
    assert deleted == 'Art. L. 1. - Le recteur fixe les critères."'
    rewritten = "<p>Alinéa 2</p><p>Rédiger ainsi la dernière phrase :</p><p>« Il les affiche. »</p>"
    assert alineas(apply(two, [("1", rewritten)]))[1] == 'Art. L. 1. - Le recteur fixe les critères. Il les affiche."'
    # the last alinéa of a quotation, its quote on the first only: the same
    text = "II. - Il est inséré un article L. 1 ainsi rédigé :\n\n« Art. L. 1. – Premier.\n\nLe recteur fixe les critères. »"
    put = put.replace("Alinéa 2", "Alinéa 3")
    assert alineas(apply(text, [("1", put)]))[2] == "Le recteur fixe les critères. Il assure la cohérence. »"
    # a closing quote that one in the alinéa opens is its words', not a quotation's: after it
    text = "Le 2° est complété par les mots : « et les critères »."
    put = put.replace("Alinéa 3", "Alinéa 1")
    assert apply(text, [("1", put)]) == "Le 2° est complété par les mots : « et les critères ». Il assure la cohérence."


def test_a_quotation_inside_the_text_given_closes_with_the_amendments_quote_after_its_own() -> None:
    # « « Dernier. » »: the quotation's quote and the amendment's; the alinéas between open with the
    # quotation's again, not a new one (three alinéas or more used to keep both closing quotes)
    put = (
        "<p>Rédiger ainsi cet article :</p><p>« L'article L. 1 est ainsi rédigé :</p>"
        "<p>« « Art. L. 1. – Premier.</p><p>« « Second.</p><p>« « Dernier. » »</p>"
    )
    out = alineas(apply("Texte.", [("1", put)]))
    assert out == ["L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Premier.", "« Second.", "« Dernier. »"]
    # its last alinéa given with no quote at all, closing both (p14-com-COM-174): the quotation's all the same
    put = put.replace("<p>« « Dernier. » »</p>", "<p>Dernier. » »</p>")
    out = alineas(apply("Texte.", [("1", put)]))
    assert out == ["L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Premier.", "« Second.", "« Dernier. »"]


def test_the_alineas_of_a_quotation_given_bare_up_to_its_closing_quote_take_its_quote() -> None:
    # Senate committee HTML gives the bill's alinéas and its quotation's bare, only the last closing it
    # (p14-com-COM-17): each alinéa of the quotation opens with its quote, as the text quoted writes them
    put = (
        "<p>Rédiger ainsi cet article :</p><p>Le II de l'article L. 1 est ainsi rédigé :</p>"
        "<p>Des exceptions peuvent être justifiées :</p><p>1° Par les langues ;</p><p>2° Par les cursus.</p>"
        "<p>Le niveau de langue est pris en compte. »</p>"
    )
    out = alineas(apply("Texte.", [("COM-17", put)]))
    assert out == [
        "Le II de l'article L. 1 est ainsi rédigé :",
        "« Des exceptions peuvent être justifiées :",
        "« 1° Par les langues ;",
        "« 2° Par les cursus.",
        "« Le niveau de langue est pris en compte. »",
    ]
    # never closed: where the quotation ends is not said, as written
    put = put.replace(" »</p>", "</p>")
    assert alineas(apply("Texte.", [("1", put)]))[1] == "Des exceptions peuvent être justifiées :"


def test_an_alinea_put_after_a_quotation_whose_closing_quote_is_lost_continues_it() -> None:
    # the code article's only alinéa left open (its closing quote lost in the data) before the bill's III:
    # the quotation ends there, and prose put after it goes on with it and closes it (p14-seance-30)
    text = (
        "II. - Il est rétabli un article L. 1 ainsi rédigé :\n\n"
        '"Art. L. 1. - Le service met à disposition des ressources numériques.\n\n'
        'III. - Au 3° de l\'article L. 2, la référence : "L. 1" est remplacée par la référence : "L. 3".'
    )
    put = "<p>Après l'alinéa 2</p><p>Insérer un alinéa ainsi rédigé :</p><p>« Les logiciels libres sont utilisés en priorité. »</p>"
    out = alineas(apply(text, [("30", put)]))
    assert out[2] == '"Les logiciels libres sont utilisés en priorité."'
    # a division of the bill's own, as before, stays the bill's
    put = "<p>Après l'alinéa 2</p><p>Insérer un alinéa ainsi rédigé :</p><p>« II bis. – Le code est modifié. »</p>"
    assert alineas(apply(text, [("31", put)]))[2] == "II bis. – Le code est modifié."
    # a quoted alinéa after the « II. – » with nothing introducing it: that II is the code article's own, its
    # opening quote lost, and the quotation goes on (the 2013 law's article 28): not read as ending there
    text = (
        "L'article L. 1 est ainsi rédigé :\n\n"
        '"Art. L. 1. - I. - La commission de la formation adopte les règles.\n\n'
        "II. - La commission de la recherche répartit les moyens.\n\n"
        '"III. - Le conseil est consulté."'
    )
    put = "<p>Après l'alinéa 2</p><p>Insérer un alinéa ainsi rédigé :</p><p>« Les mesures sont publiques. »</p>"
    assert '"Les mesures sont publiques."' not in alineas(apply(text, [("33", put)]))
    # with straight quotes the alinéas after a quotation's first may be written bare: not the bill's
    text = '"Art. L. 1. - Premier.\n\nSecond."'
    put = "<p>Après l'alinéa 1</p><p>Insérer un alinéa ainsi rédigé :</p><p>« Les logiciels libres sont utilisés. »</p>"
    assert alineas(apply(text, [("32", put)]))[1] == "Les logiciels libres sont utilisés."


def test_a_whole_article_whose_quotation_is_left_open_at_its_end_closes_it_there() -> None:
    # nothing comes after the article's text: its quotation ends with it; the quote closing it once amid
    # its alinéas, the next ones going on with its quote, is misplaced (p14-seance-A-1)
    put = (
        "<p>Rétablir cet article dans la rédaction suivante :</p><p>Après l'article L. 1, il est inséré un chapitre ainsi rédigé :</p>"
        "<p>« Chapitre VIII bis</p><p>« Art. L. 2. – Premier.</p><p>« Il est élu. »</p><p>« Chaque liste alterne.</p>"
        "<p>« Art. L. 3. – Le conseil est commun.</p>"
    )
    out = alineas(apply("Texte.", [("A-1", put)]))
    assert out[3:] == ["« Il est élu.", "« Chaque liste alterne.", "« Art. L. 3. – Le conseil est commun. »"]
    # closed twice amid it: where it ends is not said
    twice = put.replace("<p>« Chaque liste alterne.</p>", "<p>« Chaque liste alterne. »</p>")
    with pytest.raises(AmendingError, match="never closes"):
        apply("Texte.", [("A-1", twice)])
    # closed at its end: as written
    closed = put.replace("<p>« Il est élu. »</p>", "<p>« Il est élu.</p>").replace("commun.</p>", "commun. »</p>")
    assert alineas(apply("Texte.", [("A-1", closed)]))[-1] == "« Art. L. 3. – Le conseil est commun. »"


def test_the_last_alinea_of_a_quotation_whose_opening_quote_is_lost_rewritten_still_closes_it() -> None:
    text = 'II. - Il est inséré un article L. 1 ainsi rédigé :\n\nArt. L. 1. - Le recteur fixe les critères."\n\nIII. - Fin.'
    put = "<p>Alinéa 2</p><p>Rédiger ainsi cet alinéa :</p><p>« Art. L. 1. - Le recteur décide. »</p>"
    assert alineas(apply(text, [("1", put)]))[1] == 'Art. L. 1. - Le recteur décide."'
    put = "<p>Alinéa 2</p><p>Rédiger ainsi cet alinéa :</p><p>Art. L. 1. - Le recteur décide.</p>"  # given bare
    assert alineas(apply(text, [("1", put)]))[1] == 'Art. L. 1. - Le recteur décide."'

def test_an_alinea_listing_garanties_suivantes_introduces_items_not_a_quotation() -> None:
    # « les garanties suivantes : » opens a list: the items' one quote is the amendment's, and « » » » closes
    # the quotation they continue (its closing quote moved to them) and the amendment, nothing nested
    article = "\n\n".join(
        [
            "I. – Il est inséré un article L. 2 ainsi rédigé :",
            "« Art. L. 2. – La loi tient compte des délibérations de la caisse. »",
            "II. – Le présent article entre en vigueur en 2025.",
        ]
    )
    amendment = (
        "Après l'alinéa 2, insérer les trois alinéas suivants :\n\n« Elle respecte les garanties suivantes :\n\n"
        "« 1° Elle ne baisse pas les pensions ;\n\n« 2° Elle ne baisse pas les taux. » »"
    )
    assert alineas(apply(article, [("401", amendment)]))[1:5] == [
        "« Art. L. 2. – La loi tient compte des délibérations de la caisse.",
        "« Elle respecte les garanties suivantes :",
        "« 1° Elle ne baisse pas les pensions ;",
        "« 2° Elle ne baisse pas les taux. »",
    ]


def test_a_new_end_of_an_alinea_given_as_several_alineas_is_refused() -> None:
    # whether the first goes on after « dont » or opens an alinéa, and what precedes the others, is not said
    text = "Alinéa 3\n\nAprès le mot :\n\nrapport\n\nrédiger ainsi la fin de cet alinéa :\n\n« – du maire ;\n\n« – du préfet. »"
    with pytest.raises(AmendingError, match="several alinéas for the end") as caught:
        apply(ARTICLE, [("5", text)])
    assert caught.value.code == "ambiguous"


def test_a_quotation_introduced_in_alineas_put_inside_another_and_never_closed_ends_with_them() -> None:
    # « 3° … ainsi rédigée : » then « « Le conseil … » left open: the phrase it quotes ends with the text
    # given (nothing of it comes after), its quote closed there; the alinéa after is the outer quotation's
    article = "\n\n".join(
        [
            "I. – Il est inséré un article L. 2 ainsi rédigé :",
            "« Art. L. 2. – Les dispositions du code font l'objet des adaptations suivantes :",
            "« 1° L'article L. 3 n'est pas applicable ;",
            "« 2° L'article L. 4 s'applique au port.",
            "« Art. L. 3. – (Supprimé) »",
        ]
    )
    amendment = (
        "Après l'alinéa 4, ajouter le paragraphe suivant :\n\n3° compléter l'article L. 5 d'une phrase ainsi rédigée :\n\n"
        "« Le conseil comprend un représentant des usagers."
    )
    assert alineas(apply(article, [("3", amendment)]))[3:] == [
        "« 2° L'article L. 4 s'applique au port ;",
        "« 3° compléter l'article L. 5 d'une phrase ainsi rédigée :",
        "« « Le conseil comprend un représentant des usagers. »",
        "« Art. L. 3. – (Supprimé) »",
    ]


def test_alineas_listed_after_sous_reserve_des_dispositions_suivantes_are_the_bills_own() -> None:
    # « … sous réserve des dispositions suivantes : » opens a list of the bill's own: each item's quote is
    # the amendment's and goes, the words they quote keep theirs
    article = "\n\n".join(
        [
            "I. – Les services sont transférés.",
            "II. – Les ouvriers sont mis à disposition.",
            "III. – Les services de la collectivité sont transférés.",
        ]
    )
    amendment = (
        "Substituer à l'alinéa 3 les trois alinéas suivants :\n\n"
        "« III. – Les services de l'État sont transférés, sous réserve des dispositions suivantes :\n\n"
        " « 1° Pour l'application de l'article 81, les mots : « de chaque catégorie » sont remplacés par les mots : « de la métropole » ;\n\n"
        " « 2° Pour l'application du II, les mots « du président » sont remplacés par les mots « du maire »."
    )
    assert alineas(apply(article, [("319", amendment)]))[2:] == [
        "III. – Les services de l'État sont transférés, sous réserve des dispositions suivantes :",
        "1° Pour l'application de l'article 81, les mots : « de chaque catégorie » sont remplacés par les mots : « de la métropole » ;",
        "2° Pour l'application du II, les mots « du président » sont remplacés par les mots « du maire ».",
    ]


def test_an_alinea_of_the_bills_own_rewritten_as_a_code_article_is_refused() -> None:
    # the III rewritten as « "Art. L. 2. – … » right after the quotation's « (Supprimé) » line for the same
    # article: whether it joins that quotation, and what becomes of that line, is not said
    article = "\n\n".join(
        [
            "I. – Il est inséré un article L. 1 ainsi rédigé :",
            '"Art. L. 1. – Le conseil délibère.',
            '"Art. L. 2. – (Supprimé)',
            "II. – Un décret fixe les modalités du conseil.",
        ]
    )
    amendment = 'Alinéa 4\n\nRédiger comme suit cet alinéa :\n\n"Art. L. 2. – Il est institué un conseil.\n\nUn décret fixe ses modalités."'
    with pytest.raises(AmendingError, match="as a code article") as caught:
        apply(article, [("COM-8", amendment)])
    assert caught.value.code == "ambiguous"


def test_an_article_rewritten_with_quotations_given_one_quote_and_words_quoted_inline_is_one_text() -> None:
    # each alinéa opens with the amendment's quote; « « 5° … » ; » after « ainsi rédigé : » closes its own
    # quotation, « « a) … « quatre » … « cinq » ; » the words it quotes: neither ends the text, « » » does
    amendment = (
        "Rédiger ainsi cet article :\n\n« I. – Le code est ainsi modifié :\n\n"
        "« 1° A l'article L. 1, il est inséré un 5° ainsi rédigé :\n\n« 5° Au titre de l'autonomie. » ;\n\n"
        "« 2° L'article L. 2 est ainsi modifié :\n\n«a) Le mot : « quatre » est remplacé par le mot : « cinq » ;\n\n"
        "«b) L'article est complété par un alinéa ainsi rédigé :\n\n« 5° Autonomie. ».\n\n"
        "« II. Au plus tard le 30 septembre 2020, le Gouvernement remet un rapport. »"
    )
    assert alineas(apply("Le Gouvernement remet un rapport.", [("45", amendment)])) == [
        "I. – Le code est ainsi modifié :",
        "1° A l'article L. 1, il est inséré un 5° ainsi rédigé :",
        "« 5° Au titre de l'autonomie. » ;",
        "2° L'article L. 2 est ainsi modifié :",
        "a) Le mot : « quatre » est remplacé par le mot : « cinq » ;",
        "b) L'article est complété par un alinéa ainsi rédigé :",
        "« 5° Autonomie. ».",
        "II. Au plus tard le 30 septembre 2020, le Gouvernement remet un rapport.",
    ]


def test_an_amendment_naming_an_alinea_beyond_an_article_rewritten_whole_is_refused_not_dropped() -> None:
    # « Au troisième alinéa » of an article of one counts the rewriting amendment's alinéas: a sub-amendment
    # of it not said to be one, whose change would be lost if it fell
    rewrite = "Rédiger ainsi cet article :\n\n« I. – Le code est modifié.\n\n« II. – Un rapport est remis le 30 septembre. »"
    change = "Au troisième alinéa, substituer au chiffre :\n\n« 30 »\n\nle chiffre :\n\n« 15 »."
    with pytest.raises(AmendingError, match="alinéa 3 of an article of 1") as caught:
        apply("Un rapport est remis.", [("45", rewrite), ("65", change)])
    assert caught.value.code == "conflict"
    # naming an alinéa the article has, it falls once the rewrite is adopted, as before
    kept = change.replace("troisième", "premier")
    assert apply("Un rapport est remis le 30.", [("45", rewrite), ("65", kept)]).startswith("I. – Le code")


def test_suivants_introduces_a_text_only_after_a_piece_of_text_or_a_mark() -> None:
    from drafting.domain.amending.lexer import INTRODUCES

    for said in (
        "sont insérés les trois alinéas suivants :",
        "est complété par l'annexe suivante :",
        "sont ajoutés les 9° et 10° suivants :",
        "est remplacé par les dispositions suivantes :",
        "est insérée la phrase suivante :",
    ):
        assert INTRODUCES.search(said), said
    for said in (
        "Elle respecte les garanties suivantes :",
        "font l'objet des adaptations suivantes :",
        "sous réserve des dispositions suivantes :",
        "dans les conditions suivantes :",
    ):
        assert not INTRODUCES.search(said), said


def test_alineas_given_closed_amid_a_quotation_that_goes_on_do_not_close_it() -> None:
    # « « … » » as at the quotation's end, but the alinéa after it still opens with its quote (p18-013)
    text = "Il est ainsi rédigé :\n\n« Art. L. 1. – Premier.\n\n« Second.\n\n« Art. L. 2. – Troisième. »"
    put = (
        "<p>Après l'alinéa 2</p><p>Insérer deux alinéas ainsi rédigés :</p>"
        "<p>« « Art. L. 1-1. – Le Parlement est informé.</p><p>« « Il peut requérir toute information. » »</p>"
    )
    out = alineas(apply(text, [("53", put)]))
    assert out[2:4] == ["« Art. L. 1-1. – Le Parlement est informé.", "« Il peut requérir toute information."]
    assert out[-1] == "« Art. L. 2. – Troisième. »"
    # a quote opened in the last alinéa and closed at its end is its own
    put = put.replace("toute information. » »", "les mots « actif »")
    assert alineas(apply(text, [("53", put)]))[3] == "« Il peut requérir les mots « actif »"
    # a quotation of straight quotes: the « » closing a phrase an alinéa put introduces is that phrase's (p16-056)
    text = 'Il est ainsi rédigé :\n\n"Art. L. 1. - Il comprend :\n\n"1° Le maire ;\n\n"Art. L. 2. - Le préfet."'
    put = (
        "<p>Après l'alinéa 3</p><p>Insérer un alinéa ainsi rédigé :</p>"
        "<p>2° compléter l'article L. 3 par une phrase ainsi rédigée :</p><p>« Il décide.</p>"
    )
    assert alineas(apply(text, [("1", put)]))[4] == '"« Il décide. »'


def test_alineas_put_after_a_quote_misplaced_amid_a_quotation_stay_inside_it() -> None:
    # the alinéa after the one closing its quotation goes on with its quote: that quote is misplaced (p18-059)
    text = "Il est ainsi rédigé :\n\n« Art. L. 1. – Premier.\n\n« Second. »\n\n« Art. L. 2. – Troisième.\n\n« Fin. »"
    put = "<p>Après l'alinéa 3</p><p>Insérer un alinéa ainsi rédigé :</p><p>« Art. L. 1-1. – Le Parlement est informé. »</p>"
    out = alineas(apply(text, [("58", put)]))
    assert out[2:5] == ["« Second. »", "« Art. L. 1-1. – Le Parlement est informé.", "« Art. L. 2. – Troisième."]
    # the quotation does end there when the alinéa after it closes nothing and is the bill's own
    text = "Il est ainsi rédigé :\n\n« Art. L. 1. – Premier.\n\n« Second. »\n\nII. – Fin."
    out = alineas(apply(text, [("58", put)]))
    assert out[2:] == ["« Second.", "« Art. L. 1-1. – Le Parlement est informé. »", "II. – Fin."]


def test_words_replaced_from_their_comma_after_a_sign_ending_a_word_do_not_glue_to_it() -> None:
    # « , de huit mois … » after « au 3° » replaced by « et de douze mois … »: « au 3° et de » (p21-010)
    text = "Le délai est de six mois pour le 3°, de huit mois pour le 2° et de douze mois pour le 1°."
    put = "<p>Alinéa 1</p><p>Remplacer les mots :</p><p>« , de huit mois pour le 2° et de douze mois pour le 1° »</p><p>par les mots :</p><p>« et de douze mois pour le 1° »</p>"
    assert apply(text, [("92", put)]) == "Le délai est de six mois pour le 3° et de douze mois pour le 1°."
    text = "Les mesures prévues au (II), en particulier celles du III, sont prises par décret."
    put = "<p>Alinéa 1</p><p>Remplacer les mots :</p><p>« , en particulier celles du III, »</p><p>par les mots :</p><p>« et au III »</p>"
    assert apply(text, [("93", put)]) == "Les mesures prévues au (II) et au III sont prises par décret."


def test_a_sub_amendment_deleting_an_alinea_quoted_amid_a_quotation_recounts_the_announced_count() -> None:
    # the amendment's alinéas open with the article's quote after its own (« « … »): still counted (p21-020)
    text = "L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Premier.\n\n« Second.\n\n« Fin. »"
    put = "<p>Après l'alinéa 3, insérer les deux alinéas suivants :</p><p>« « Troisième.</p><p>« « Quatrième. »</p>"
    sub = "<p>Sous-amendement n° 11 à l'amendement n° 10</p><p>Alinéa 3</p><p>Supprimer cet alinéa.</p>"
    out = alineas(apply(text, [("10", put), ("11", sub)]))
    assert out == ["L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Premier.", "« Second.", "« Troisième.", "« Fin. »"]


def test_a_lettered_item_deleted_with_some_of_its_roman_items_only_is_refused() -> None:
    # « Alinéas 3 et 4 »: b) and its i) gone, its ii) left hanging on nothing (was « b et i) (Supprimé) »)
    text = "1° Le code :\n\na) Premier ;\n\nb) Ayant pour objet de :\n\ni) Un ;\n\nii) Deux ;\n\nc) Troisième."
    with pytest.raises(AmendingError, match="introduces the items after it, and leaves them"):
        apply(text, [("5", "<p>Alinéas 3 et 4</p><p>Supprimer ces alinéas.</p>")])
    # all of them with it: the lettered item goes whole, its letter kept
    out = alineas(apply(text, [("5", "<p>Alinéas 3 à 5</p><p>Supprimer ces alinéas.</p>")]))
    assert out == ["1° Le code :", "a) Premier ;", "b) (Supprimé)", "c) Troisième."]



def test_alineas_next_to_each_other_deleted_by_several_amendments_are_deleted_as_one() -> None:
    # items deleted one by one end as one deletion of them does: « 1° et 2° (Supprimé) » (p21-010)
    text = "I. – Le code est ainsi modifié :\n\n1° Premier ;\n\n2° Deuxième ;\n\n3° Troisième.\n\nII. – Fin."
    one = "<p>Alinéa {}</p><p>Supprimer cet alinéa.</p>"
    out = alineas(apply(text, [("90", one.format(2)), ("91", one.format(3))]))
    assert out == ["I. – Le code est ainsi modifié :", "1° et 2° (Supprimé)", "3° Troisième.", "II. – Fin."]
    # an introducing alinéa and its quotation, each deleted by its own amendment: both go (p21-033)
    text = (
        "Le code est ainsi modifié :\n\n1° Au 3°, le mot : \"a\" est remplacé par le mot : \"b\" ;\n\n"
        "1° bis Après le neuvième alinéa, il est inséré un alinéa ainsi rédigé :\n\n\"4° Les projets.\" ;\n\n"
        "2° Le dernier alinéa est supprimé."
    )
    out = alineas(apply(text, [("70", one.format(3)), ("71", one.format(4))]))
    assert out[2:] == ["1° bis (Supprimé)", "2° Le dernier alinéa est supprimé."]
    # an alinéa introducing items deleted by one, its items by others: the division goes (p21-038)
    text = "1° Le code :\n\na) Premier ;\n\nb) Ayant pour objet de :\n\ni) Un ;\n\nii) Deux ;\n\nc) Troisième."
    many = "<p>Alinéas {} à {}</p><p>Supprimer ces alinéas.</p>"
    out = alineas(apply(text, [("540", one.format(3)), ("541", many.format(4, 5))]))
    assert out == ["1° Le code :", "a) Premier ;", "b) (Supprimé)", "c) Troisième."]
    # what the sitting deletes as a whole still leaves the alinéa introducing items without them: refused
    with pytest.raises(AmendingError, match="introduces the items after it"):
        apply(text, [("540", one.format(3)), ("541", one.format(4))])


def test_alineas_deleted_from_a_quotations_last_into_the_bills_own_close_it_at_the_one_before() -> None:
    # « Alinéas 4 et 5 »: the quotation's closing alinéa and the II after it; the II's number is kept, the
    # quotation still closes, at alinéa 3 (its quote was lost: « « Second. » then « II. – (Supprimé) »)
    text = "I. – L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Premier.\n\n« Second.\n\n« Troisième. »\n\nII. – Le code est modifié.\n\nIII. – Fin."
    out = alineas(apply(text, [("1", "<p>Alinéas 4 et 5</p><p>Supprimer ces alinéas.</p>")]))
    assert out[2:] == ["« Second. »", "II. – (Supprimé)", "III. – Fin."]
    one = "<p>Alinéa {}</p><p>Supprimer cet alinéa.</p>"
    assert alineas(apply(text, [("1", one.format(4)), ("2", one.format(5))])) == alineas(apply(text, [("1", "<p>Alinéas 4 et 5</p><p>Supprimer ces alinéas.</p>")]))


def test_alineas_deleted_by_several_amendments_across_divisions_of_two_levels_are_each_read_alone() -> None:
    # the last item of the I and the II after it: no one division; read as one, the II would go silently
    text = "I. – Le code est ainsi modifié :\n\n1° Premier ;\n\n2° Deuxième ;\n\n3° Troisième.\n\nII. – Texte.\n\nIII. – Fin."
    one = "<p>Alinéa {}</p><p>Supprimer cet alinéa.</p>"
    out = alineas(apply(text, [("1", one.format(4)), ("2", one.format(5))]))
    assert out[3:] == ["3° (Supprimé)", "II. – (Supprimé)", "III. – Fin."]


def test_a_division_above_the_first_one_deleted_keeps_its_own_number() -> None:
    # « Alinéas 4 et 5 »: the 3° of the I and the II after it; the II is no item of the 3° (it went silently)
    text = "I. – Le code est ainsi modifié :\n\n1° Premier ;\n\n2° Deuxième ;\n\n3° Troisième.\n\nII. – Texte.\n\nIII. – Fin."
    out = alineas(apply(text, [("1", "<p>Alinéas 4 et 5</p><p>Supprimer ces alinéas.</p>")]))
    assert out[3:] == ["3° (Supprimé)", "II. – (Supprimé)", "III. – Fin."]
    out = alineas(apply(text, [("1", "<p>Alinéas 3 à 6</p><p>Supprimer ces alinéas.</p>")]))
    assert out[1:] == ["1° Premier ;", "2° et 3° (Supprimé)", "II et III. – (Supprimé)"]


def test_a_quotation_of_code_articles_deleted_whole_its_introducing_alinea_left_is_refused() -> None:
    # the quotation held one code article: its number kept alone (« « Art. L. 1. – (Supprimé) ») would have
    # the 1° insert or rewrite an article as « (Supprimé) »; whether the 1° goes too is not said (p21-052)
    text = (
        "Le code est ainsi modifié :\n\n1° L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Premier.\n\n"
        "« Second. » ;\n\n2° L'article L. 2 est abrogé."
    )
    with pytest.raises(AmendingError, match="deletes the quotation that alinéa 2 introduces, and leaves that alinéa"):
        apply(text, [("1", "<p>Alinéas 3 et 4</p><p>Supprimer ces alinéas.</p>")])
    # the quotation and the next item by two amendments of one sitting (p21-053)
    with pytest.raises(AmendingError, match="deletes the quotation that alinéa 2 introduces"):
        apply(text, [("1", "<p>Alinéas 3 et 4</p><p>Supprimer ces alinéas.</p>"), ("2", "<p>Alinéa 5</p><p>Supprimer cet alinéa.</p>")])
    # one of its two code articles deleted: the number is kept, the quotation ends on it (as before)
    text = text.replace("« Second. » ;", "« Art. L. 1-1. – Second. » ;")
    out = alineas(apply(text, [("1", "<p>Alinéa 4</p><p>Supprimer cet alinéa.</p>")]))
    assert out[2:] == ["« Art. L. 1. – Premier.", "« Art. L. 1-1. – (Supprimé)", "2° L'article L. 2 est abrogé."]


def test_every_item_an_alinea_introduces_deleted_that_alinea_left_is_refused() -> None:
    # « Alinéas 2 à 4 »: the I's 1° to 3°, all it introduces; the I would introduce nothing (p21-047)
    text = "I. – Le code est ainsi modifié :\n\n1° Premier ;\n\n2° Deuxième ;\n\n3° Troisième.\n\nII. – Texte.\n\nIII. – Fin."
    many = "<p>Alinéas {} à {}</p><p>Supprimer ces alinéas.</p>"
    with pytest.raises(AmendingError, match="deletes every item that alinéa 1 introduces, and leaves that alinéa"):
        apply(text, [("1", many.format(2, 4))])
    # by two amendments of one sitting too (p21-049)
    one = "<p>Alinéa {}</p><p>Supprimer cet alinéa.</p>"
    with pytest.raises(AmendingError, match="deletes every item that alinéa 1 introduces"):
        apply(text, [("1", one.format(2)), ("2", many.format(3, 4))])
    # the I named too, or an item left: as before
    assert alineas(apply(text, [("1", many.format(1, 4))]))[:2] == ["I. – (Supprimé)", "II. – Texte."]
    assert alineas(apply(text, [("1", many.format(2, 3))]))[1:3] == ["1° et 2° (Supprimé)", "3° Troisième."]
    # lettered items under a 1°: « a et b) » is of the letters, kept only while a letter of that 1° is left
    text = "Le code :\n\n1° L'article 1 est ainsi modifié :\n\na) Un ;\n\nb) Deux ;\n\nc) Trois ;\n\n2° Fin."
    assert alineas(apply(text, [("1", many.format(3, 4))]))[2:4] == ["a et b) (Supprimé)", "c) Trois ;"]
    with pytest.raises(AmendingError, match="deletes every item that alinéa 2 introduces"):
        apply(text, [("1", many.format(3, 5))])


def test_an_alinea_put_after_a_number_kept_at_a_quotation_s_end_is_the_bill_s_own() -> None:
    # « "Art. L. 2 à L. 4. - (Supprimé) » ends its quotation with no closing quote, as adopted texts write it: no
    # quote was lost there, so prose put after it, before the bill's III, does not continue the quotation
    article = (
        "II. - Le code des transports est ainsi modifié :\n\n"
        "1° Après l'article L. 1, sont insérés des articles L. 1-1 à L. 1-4 ainsi rédigés :\n\n"
        '"Art. L. 1-1. - Le conseil se réunit chaque année.\n\n"Art. L. 1-2 à L. 1-4. - (Supprimé)\n\n'
        "III. - Un décret fixe les modalités d'application du présent article."
    )
    amendment = "Après l'alinéa 4, il est inséré un alinéa ainsi rédigé : « Il entre en vigueur le 1er janvier 2027. »"
    assert apply(article, [("1", amendment)]).split("\n\n")[-2:] == [
        "Il entre en vigueur le 1er janvier 2027.",
        "III. - Un décret fixe les modalités d'application du présent article.",
    ]


def test_a_division_put_back_in_place_of_a_number_kept_at_its_quotation_s_end_closes_it() -> None:
    # « "E. - (Supprimé) », the last alinéa of its quotation, has no closing quote (as texts write it); the E
    # put back in its place closes the quotation, as the adopted text does (La Fabrique, pjl19-518, article 1er)
    article = 'Le code est ainsi modifié :\n\n"D. - Le texte.\n\n"E. - (Supprimé)'
    restore = "Rétablir l'alinéa 3 dans la rédaction suivante : « E. – Une annexe détaille l'impact. »"
    assert alineas(apply(article, [("1", restore)]))[-1] == "\"E. – Une annexe détaille l'impact.\""
    # a quoted alinéa after it: the quotation goes on, and the text put back does not close it
    article += '\n\n"F. - La fin."'
    assert alineas(apply(article, [("1", restore)]))[2] == "\"E. – Une annexe détaille l'impact."
    # deleted again (« (Supprimé) » as its text): still no closing quote
    again = "Rédiger ainsi l'alinéa 3 : « E. – (Supprimé) »"
    assert alineas(apply(article[: article.index("\n\n\"F")], [("1", again)]))[-1] == '"E. – (Supprimé)'


def test_a_non_breaking_hyphen_standing_as_a_dash_marks_parts_and_placeholders() -> None:
    # the Sénat's HTML writes some part marks « I.&#160;&#8209;&#160; » (U+2011): a dash there, as « – » is
    # (PLFSS 2018, Sénat n° 63, amendment 32: p25-006)
    article = "I. – Le code est ainsi modifié :\n\n1° Premier ;\n\n2° Deuxième.\n\nII. – Texte."
    amendment = (
        "<p>I.&#160;&#8209;&#160;Alinéa 3</p><p>Supprimer cet alinéa.</p>"
        "<p>II.&#160;&#8209;&#160;Compléter cet article par un paragraphe ainsi rédigé&#160;:</p>"
        "<p>&#8230;&#160;&#8209;&#160;La perte de recettes est compensée.</p>"
    )
    out = alineas(apply(article, [("32", amendment)]))
    assert out[2:] == ["2° (Supprimé)", "II. – Texte.", "III. – La perte de recettes est compensée."]
    # a hyphen inside a reference stays one (« L. 541‑4 »)
    words = "<p>Alinéa 4</p><p>Remplacer le mot :</p><p>« Texte »</p><p>par les mots :</p><p>« L. 541‑4 »</p>"
    assert alineas(apply(article, [("1", words)]))[-1] == "II. – L. 541‑4."


def test_a_placeholder_glued_to_its_words_and_a_number_marked_new() -> None:
    # « …°L'article » (no space after the placeholder, n° 9 rect. sexies: p25-038) is « 3° L'article »
    article = "Le code est ainsi modifié :\n\n1° Premier ;\n\n2° Deuxième."
    glued = "Après l'alinéa 3\n\nInsérer un alinéa ainsi rédigé :\n\n…°L'article 1618 septies est abrogé."
    assert alineas(apply(article, [("1", glued)]))[-1] == "3° L'article 1618 septies est abrogé."
    # « II bis (nouveau). – » is a II bis: the paragraph put after it and before the III is the II ter (p25-010)
    article = "I. – Un.\n\nII. – Deux.\n\nII bis (nouveau). – Deux bis.\n\nIII. – Trois."
    amendment = "Après l'alinéa 3, insérer un paragraphe ainsi rédigé : « … – Deux ter. »"
    assert alineas(apply(article, [("1", amendment)]))[3] == "II ter. – Deux ter."


QUOTED_CODE_ARTICLE = "\n\n".join(
    [
        "I. – Après l'article L. 1 du code des communes, il est inséré un article L. 1-1 A ainsi rédigé :",
        "« Art. L. 1-1 A. – I. – Le maire décide :",
        "« 1° Du budget ;",
        "« 2° Du plan ;",
        "« a) Pour la ville ;",
        "« b) Pour le port.",
        "« II. – Le conseil délibère sur le plan. »",
        "II. – Le présent article entre en vigueur en 2030 :",
        "1° Pour le plan ;",
        "2° Pour le budget.",
    ]
)


def test_a_division_of_a_code_article_the_article_quotes_located_by_its_path() -> None:
    # « Au 2° du I de l'article L. 1-1 A, tel qu'il résulte du I du présent article »: the quoted article's own
    # I and 2°, not the bill's; « tel qu'il résulte » must name where the quotation is (alinéa or division)
    replace = "remplacer le mot : « plan » par le mot : « programme »."
    for resulting in ("", ", tel qu'il résulte du I du présent article", ", tel qu'il résulte de l'alinéa 2"):
        got = alineas(apply(QUOTED_CODE_ARTICLE, [("1", f"Au 2° du I de l'article L. 1-1 A du code des communes{resulting}, {replace}")]))
        assert got[3] == "« 2° Du programme ;" and got[8] == "1° Pour le plan ;"
    for place, why in (
        ("Au 2° du I de l'article L. 1-1 A, tel qu'il résulte du II du présent article", "is not in the ii of this"),
        ("Au 2° du I de l'article L. 1-1 A, tel qu'il résulte de l'alinéa 3", "does not open at alinéa 3"),
        ("Au 3° du I de l'article L. 1-1 A", "opens with the mark « 3° »"),
        ("Au 2° du I de l'article L. 1-2", "quotes no text proposed for article"),
    ):
        with pytest.raises(AmendingError, match=re.escape(why)):
            apply(QUOTED_CODE_ARTICLE, [("1", f"{place}, {replace}")])
    # a letter named bare (« le b »), an alinéa or phrase of a division, an item put after one, one deleted
    assert alineas(apply(QUOTED_CODE_ARTICLE, [("1", "Supprimer le b du 2° de l'article L. 1-1 A, tel qu'il résulte du I.")]))[5] == (
        "« b) (Supprimé)"
    )
    first = "À la première phrase du premier alinéa du II de l'article L. 1-1 A, supprimer les mots : « sur le plan »."
    assert alineas(apply(QUOTED_CODE_ARTICLE, [("1", first)]))[6] == "« II. – Le conseil délibère. »"
    after = "Après le 1° de l'article L. 1-1 A, insérer un 1° bis ainsi rédigé : « 1° bis Des taxes ; »"
    assert alineas(apply(QUOTED_CODE_ARTICLE, [("1", after)]))[3] == "« 1° bis Des taxes ;"
    # the same article quoted twice: which one is not said
    twice = QUOTED_CODE_ARTICLE.replace("II. – Le présent", "II. – Il est ajouté un article L. 1-1 A ainsi rédigé :\n\n« Art. L. 1-1 A. – Texte. »\n\nIII. – Le présent")
    with pytest.raises(AmendingError, match="quotes several text proposed"):
        apply(twice, [("1", f"Au 2° du I de l'article L. 1-1 A, {replace}")])


def test_a_number_quoted_is_no_tail_of_a_larger_one_nor_a_decimal_s_part() -> None:
    # « 500 € » is not the last thousands group of « 1 500 € » (space, no-break, narrow no-break, dot), nor
    # « 5 % » the decimals of « 2,5 % », nor « 2 » its units: not found, refused rather than « 1 750 € »
    for amount in ("1 500 €", "1\u00a0500 €", "1\u202f500 €", "1.500 €"):
        with pytest.raises(AmendingError, match="is not found"):
            apply(f"Une amende de {amount} est due.", [("1", "Substituer au montant : « 500 € » le montant : « 750 € »")])
    for quoted in ("5 %", "2"):
        with pytest.raises(AmendingError, match="is not found"):
            apply("Un taux de 2,5 % est dû.", [("1", f"Substituer au taux : « {quoted} » le taux : « 7 % »")])
    with pytest.raises(AmendingError, match="is not found"):
        apply("Une amende de 30.000 € est due.", [("1", "Substituer au montant : « 30 » le montant : « 40 »")])
    # a whole match left is the one meant
    text = "Une amende de 1 500 € et de 500 € est due."
    assert apply(text, [("1", "Substituer au montant : « 500 € » le montant : « 750 € »")]) == (
        "Une amende de 1 500 € et de 750 € est due."
    )


def test_a_new_start_up_to_the_words_named_replaces_them_too() -> None:
    # « Rédiger ainsi le début de l'alinéa 1 jusqu'aux mots : X : Y »: the start up to X, X included, is Y;
    # the alinéa's mark stays; passive and « jusqu'au mot » alike; X found twice: where it ends is not said
    text = "I. – Le mandat des conseillers est prorogé jusqu'en juin."
    active = "Rédiger ainsi le début de l'alinéa 1 jusqu'aux mots : « est prorogé » : « Les mandats sont prorogés »"
    passive = "Le début de l'alinéa 1 jusqu'au mot : « prorogé » est ainsi rédigé : « Les mandats sont prorogés »"
    for amendment in (active, passive):
        assert apply(text, [("1", amendment)]) == "I. – Les mandats sont prorogés jusqu'en juin."
    with pytest.raises(AmendingError, match="occurs 2 times"):
        apply("Le mandat est prorogé, le mandat est prorogé.", [("1", active)])


def test_words_replaced_respectively_pair_by_pair() -> None:
    # « respectivement »: the first listed by the first given, and so on, found where the place says (one
    # place for all, or one alinéa a pair when it names as many); lists of different lengths: refused
    text = "Le maire et le préfet sont consultés.\n\nLe maire signe.\n\nLe préfet signe."
    passive = (
        "À l'alinéa 1, les mots : « Le maire » et « le préfet » sont remplacés respectivement par les mots : "
        "« Le président » et « le recteur »."
    )
    assert alineas(apply(text, [("1", passive)]))[0] == "Le président et le recteur sont consultés."
    active = (
        "Aux alinéas 2 et 3, substituer respectivement aux mots : « Le maire » et « Le préfet » les mots : "
        "« Le président » et « Le recteur »."
    )
    assert alineas(apply(text, [("1", active)]))[1:] == ["Le président signe.", "Le recteur signe."]
    marks = (
        "I. – Supprimer l'alinéa 2.\n\nII. – En conséquence, aux alinéas 3 et 4, remplacer respectivement les "
        "mentions : « b) » et « c) » par les mentions : « a) » et « b) »."
    )
    assert alineas(apply("Le code :\n\na) Un ;\n\nb) Deux ;\n\nc) Trois.", [("1", marks)])) == [
        "Le code :", "a) Deux ;", "b) Trois."
    ]
    uneven = "À l'alinéa 1, les mots : « Le maire », « le préfet » et « consultés » sont remplacés respectivement "
    with pytest.raises(AmendingError, match="respectively 3 words by 2"):
        apply(text, [("1", uneven + "par les mots : « Le président » et « le recteur »")])


def test_forms_of_ends_occurrences_and_figures_as_drafters_also_write_them() -> None:
    text = "Le maire consulte le conseil, puis le maire signe dans un délai de deux mois.\n\nLa durée est de deux ans."
    first = lambda amendment: alineas(apply(text, [("1", amendment)]))[0]  # noqa: E731
    # « À partir des mots : X, la fin de l'alinéa est ainsi rédigée : … »: X goes too
    new_end = "À partir des mots : « dans un délai », la fin de l'alinéa 1 est ainsi rédigée : « sans délai. »"
    assert first(new_end) == "Le maire consulte le conseil, puis le maire signe sans délai."
    # « est remplacé, à chaque occurrence, par »: every one in the alinéa named
    each = "À l'alinéa 1, le mot : « maire » est remplacé, à chaque occurrence, par le mot : « préfet »."
    assert first(each) == "Le préfet consulte le conseil, puis le préfet signe dans un délai de deux mois."
    # « les deux occurrences du mot : X »: that many, found so
    both = "À l'alinéa 1, les deux occurrences du mot : « maire » sont remplacées par le mot : « préfet »."
    assert first(both) == first(each)
    with pytest.raises(AmendingError, match="expected 3"):
        first("À l'alinéa 1, supprimer les trois occurrences du mot : « maire ».")
    # « Supprimer les mots : X et la seconde occurrence du mot : Y » (either order)
    pair = "À l'alinéa 1, supprimer les mots : « dans un délai de deux mois » et la seconde occurrence du mot : « maire »."
    assert first(pair) == "Le maire consulte le conseil, puis le signe."
    # nouns naming a figure: « la durée », « la fraction »
    assert alineas(apply(text, [("1", "À l'alinéa 2, remplacer la durée : « deux ans » par la durée : « trois ans ».")]))[
        1
    ] == "La durée est de trois ans."


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


def test_a_run_of_divisions_named_together() -> None:
    # « Supprimer les 3° et 4° du I », « Supprimer les a à c du 2° »: from the first's first alinéa to the last's
    # last, their quotations with them; the number kept as for a run deleted (p26-048, p26-085)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° Premier ;\n\n2° Le chapitre est ainsi modifié :\n\n"
        "a) Un ;\n\nb) Deux ;\n\nc) Trois ;\n\nd) Quatre ;\n\n3° L'article 3 est ainsi rédigé :\n\n« Art. 3. – Texte. » ;\n\n"
        "4° L'article 4 est abrogé.\n\nII. – Fin."
    )
    out = alineas(apply(article, [("1", "<p>Supprimer les 3° et 4° du I.</p>")]))
    assert out[-2:] == ["3° et 4° (Supprimé)", "II. – Fin."]
    out = alineas(apply(article, [("1", "<p>Supprimer les a à c du 2° du I.</p>")]))
    assert out[3:5] == ["a à c) (Supprimé)", "d) Quatre ;"]
    # words changed across them: each found once in the run
    out = alineas(apply(article, [("1", "<p>Aux a et b du 2° du I, remplacer le mot : « Deux » par le mot : « Deuz ».</p>")]))
    assert out[4] == "b) Deuz ;"
    # « et » joining two that are not next to each other, or « à » backwards: not read
    with pytest.raises(AmendingError, match="not a run of divisions in order"):
        apply(article, [("1", "<p>Supprimer les a et c du 2° du I.</p>")])
    with pytest.raises(AmendingError, match="not a run of divisions in order"):
        apply(article, [("1", "<p>Supprimer les c à a du 2° du I.</p>")])


def test_a_path_is_read_where_it_exists_once() -> None:
    # « Au b du 2° », the article having two 2° (the I's and the II's) and only the II's a b): that one (p26-034)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° Premier ;\n\n2° Le 5° est abrogé.\n\n"
        "II. – La loi est ainsi modifiée :\n\n1° Premier ;\n\n2° Le 1° est ainsi modifié :\n\n"
        "a) La neutralité carbone ;\n\nb) La neutralité carbone est un équilibre ;\n\n3° Fin."
    )
    amendment = "<p>Au b du 2°, remplacer le mot : « carbone » par le mot : « climatique ».</p>"
    out = alineas(apply(article, [("1", amendment)]))
    assert out[6:8] == ["a) La neutralité carbone ;", "b) La neutralité climatique est un équilibre ;"]
    # a b) in both 2°: which one is not said
    both = article.replace("2° Le 5° est abrogé.", "2° Le 5° est ainsi modifié :\n\nb) La neutralité carbone.")
    with pytest.raises(AmendingError, match="several alinéa of the article opens with the mark « 2° »"):
        apply(both, [("1", amendment)])
    # in neither: refused as before
    with pytest.raises(AmendingError, match="several alinéa of the article opens with the mark « 2° »"):
        apply(article, [("1", amendment.replace("Au b du", "Au c du"))])


def test_a_phrase_of_a_division_of_several_alineas() -> None:
    # « Au 2°, supprimer la dernière phrase », the 2° and the alinéa it quotes: the last phrase of its last
    # alinéa, the quote and « ; » staying (p26-063)
    article = (
        "Le code est ainsi modifié :\n\n1° L'article 1 est abrogé ;\n\n"
        "2° L'article 2 est complété par un alinéa ainsi rédigé :\n\n"
        "« Le tiers gère l'installation. Le tiers n'est pas autoproducteur. » ;\n\n3° L'article 3 est abrogé."
    )
    out = alineas(apply(article, [("1", "<p>Au 2°, supprimer la dernière phrase.</p>")]))
    assert out[2:4] == ["2° L'article 2 est complété par un alinéa ainsi rédigé :", "« Le tiers gère l'installation. » ;"]
    # rewritten: in the quotation only, the 2°'s first alinéa left as it was
    out = alineas(apply(article, [("1", "<p>Rédiger ainsi la dernière phrase du 2° : « Il est seul. »</p>")]))
    assert out[2:4] == [
        "2° L'article 2 est complété par un alinéa ainsi rédigé :",
        "« Le tiers gère l'installation. Il est seul. » ;",
    ]
    # another phrase of it: in which alinéa, or counted across them, is not said
    for ordinal in ("première", "deuxième"):
        with pytest.raises(AmendingError, match="has 2 alinéas, but not the alinéa it is in"):
            apply(article, [("1", f"<p>Au 2°, supprimer la {ordinal} phrase.</p>")])
    # its first phrase: its first alinéa's, when that one ends with a full stop
    text = "I. – Un. Deux.\n\nTrois.\n\nII. – Fin."
    assert alineas(apply(text, [("1", "<p>Au I, supprimer la première phrase.</p>")]))[:2] == ["I. – Deux.", "Trois."]
    # a division of one alinéa: its phrase
    out = alineas(apply(article.replace("abrogé ;", "abrogé. Il l'est vraiment ;"), [("1", "<p>Au 1°, supprimer la dernière phrase.</p>")]))
    assert out[1] == "1° L'article 1 est abrogé ;"


def test_the_comma_opening_quoted_words_stays_when_an_incise_after_it_goes() -> None:
    # « ", le cas échéant, dans la spécialité" »: the first comma joins the quoted words to the text, no
    # incise's; deleting « le cas échéant, » (or « le cas échéant ») leaves it (found by the round trip)
    article = 'Le code est ainsi modifié :\n\n1° Après le mot : "individuellement", sont insérés les mots : ", le cas échéant, dans la spécialité" ;'
    expected = 'sont insérés les mots : ", dans la spécialité" ;'
    for words in ("le cas échéant,", "le cas échéant"):
        amendment = f"Alinéa 2\n\nSupprimer les mots :\n\n« {words} »"
        assert alineas(apply(article, [("1", amendment)]))[1].endswith(expected), words
    # amid the text, the incise takes both its commas, as before
    prose = "Le préfet, le cas échéant, arrête la liste."
    assert apply(prose, [("1", "Supprimer les mots : « le cas échéant, »")]) == "Le préfet arrête la liste."


def test_a_placeholder_between_an_item_put_before_the_first_and_the_first() -> None:
    # « …° » between « 1° A » and « 1° » is the « 1° B » (PLFSS 2018, Sénat n° 156 rect. ter: p27-035)
    article = "Le code est ainsi modifié :\n\n1° A L'article 1 est abrogé ;\n\n1° L'article 2 est abrogé ;\n\n2° Fin."
    amendment = "Après l'alinéa 2, insérer un alinéa ainsi rédigé : « …° L'article 3 est abrogé ; »"
    assert alineas(apply(article, [("1", amendment)]))[2] == "1° B L'article 3 est abrogé ;"
    # between « 1° A » and « 1° B », its number is not said: the dots stay
    article = article.replace("1° L'article 2", "1° B L'article 2")
    assert alineas(apply(article, [("1", amendment)]))[2].startswith("…°")


def test_the_gage_of_a_second_part_ends_the_text_the_first_part_gives_bare() -> None:
    # « I. - Compléter cet article par un paragraphe ainsi rédigé : » and its text given bare, then « II. - Pour
    # compenser la perte de recettes résultant du I, compléter cet article … »: a part of its own (p27-055)
    article = "I. – Un.\n\nII. – Deux."
    amendment = (
        "I. - Compléter cet article par un paragraphe ainsi rédigé :\n\n… – Le I entre en vigueur en 2019.\n\n"
        "II. - Pour compenser la perte de recettes résultant du I, compléter cet article par un paragraphe ainsi "
        "rédigé :\n\n… – La perte de recettes est compensée."
    )
    assert alineas(apply(article, [("1", amendment)]))[2:] == [
        "III. – Le I entre en vigueur en 2019.",
        "IV. – La perte de recettes est compensée.",
    ]


def test_the_amendment_s_full_stop_after_the_quotation_it_gives_goes() -> None:
    # « Après l'alinéa 1, insérer les alinéas suivants : « « Art. L. 5. – … » then « « … du présent code. ». »:
    # one closing quote only, the text's; the full stop after it is the amendment's sentence's (HPST bill,
    # n° 271: p31-045)
    article = "Le code est ainsi modifié :\n\n1° L'article L. 4 est abrogé."
    amendment = (
        "<p>Après l'alinéa 2, insérer les deux alinéas suivants :</p>"
        "<p>« 2° L'article L. 5 est ainsi rédigé :</p><p>« Art. L. 5. – Les tarifs du présent code sont applicables. ».</p>"
    )
    assert alineas(apply(article, [("1", amendment)]))[-1] == "« Art. L. 5. – Les tarifs du présent code sont applicables. »"
    # words quoted, ending no sentence of their own, keep the alinéa's stop after them (p13-145)
    words = (
        "<p>Après l'alinéa 2, insérer les deux alinéas suivants :</p>"
        "<p>« 2° L'article L. 5 est complété par les mots :</p><p>« , notamment en cas d'urgence ».</p>"
    )
    assert alineas(apply(article, [("1", words)]))[-1] == "« , notamment en cas d'urgence »."


def test_words_between_two_commas_no_list_has_take_both() -> None:
    # an incise (a relative clause, a participle and its complement, words before « et ») takes both commas
    def gone(text: str, words: str) -> str:
        return apply(text, [("1", f"Supprimer les mots : « {words} »")])

    text = "Ces mesures, qui tiennent compte du statut des salariés, favorisent leur reclassement."
    assert gone(text, "qui tiennent compte du statut des salariés") == "Ces mesures favorisent leur reclassement."
    text = "Un décret, pris après avis du conseil, précise la notion."
    assert gone(text, "pris après avis du conseil") == "Un décret précise la notion."
    text = "2° Pour les personnels portuaires, notamment les dockers, et pour les salariés."
    assert gone(text, "notamment les dockers") == "2° Pour les personnels portuaires et pour les salariés."
    text = "La mise en place par l'État et les régions, pour ce qui les concerne, d'un accompagnement."
    assert gone(text, "pour ce qui les concerne") == "La mise en place par l'État et les régions d'un accompagnement."
    # items of one list (opening alike) or a complement put first before the subject keep one
    text = "Sont informés le maire, le préfet, le recteur et le ministre."
    assert gone(text, "le préfet") == "Sont informés le maire, le recteur et le ministre."
    text = "Avant le 1er octobre, en complément du rapport, le Gouvernement remet un rapport."
    assert gone(text, "en complément du rapport") == "Avant le 1er octobre, le Gouvernement remet un rapport."
    # different prepositions on either side: places may be listed so, or not: refused
    with pytest.raises(AmendingError, match="commas in doubt"):
        gone("Il s'applique à Paris, en Corse, dans les communes rurales.", "en Corse")
    # the quotation held nothing else: refused, the quotation is left empty
    text = "Après le mot : « énergie », sont insérés les mots : « , exprimée en énergie finale, »."
    with pytest.raises(AmendingError, match="empty quotation"):
        gone(text, "exprimée en énergie finale")


def test_words_put_at_the_end_opening_with_a_semicolon_keep_the_space_before_it() -> None:
    # French typography puts a space before « ; » (« : », « ? », « ! »), none before « , » or « . »
    article = "Il peut être mis fin à l'état d'urgence avant le délai fixé au premier alinéa."
    out = apply(article, [("13", "Compléter l'alinéa 1 par les mots : « ; toute prorogation est interdite »")])
    assert out.endswith("fixé au premier alinéa ; toute prorogation est interdite.")
    out = apply(article, [("14", "Compléter l'alinéa 1 par les mots : « , sauf urgence »")])
    assert out.endswith("fixé au premier alinéa, sauf urgence.")


def test_a_quotation_whose_closing_quote_was_lost_is_counted_and_keeps_the_bill_s_own_out() -> None:
    # the quoted alinéa left open before the bill's « III. – » ended there: an alinéa put after it that continues
    # it is counted with it (« deux alinéas »); one naming the bill's own II is the bill's, not the quotation's
    article = (
        "I. – L'article 6 est complété par les mots : « et par an ».\n\n"
        "II. – L'article 20-1 est complété par un alinéa ainsi rédigé :\n\n"
        "« Toutefois, le juge ne peut ordonner de mesure.\n\n"
        "III. – Le présent article entre en vigueur en 2023."
    )
    quoted = "Après l'alinéa 3, insérer un alinéa ainsi rédigé : « « Le juge tient compte des diligences. » »"
    out = alineas(apply(article, [("17", quoted)]))
    assert out[1] == "II. – L'article 20-1 est complété par deux alinéas ainsi rédigés :"
    assert out[2:4] == ["« Toutefois, le juge ne peut ordonner de mesure.", "« Le juge tient compte des diligences. »"]
    own = "Après l'alinéa 3, insérer un alinéa ainsi rédigé : « Le présent II s'applique aux contrats en cours. »"
    out = alineas(apply(article, [("18", own)]))
    assert out[1] == "II. – L'article 20-1 est complété par un alinéa ainsi rédigé :"
    assert out[3] == "Le présent II s'applique aux contrats en cours."


def test_a_quoted_phrase_deleted_by_its_words_recounts_the_phrases_announced_with_it() -> None:
    # the alinéa ends with the phrases it announces: one taken out by its words, the count is said again
    article = "4° Sont ajoutées deux phrases ainsi rédigées : « Il est révisé tous les dix ans. Il est publié. »"
    out = apply(article, [("38", "À l'alinéa 1, supprimer les mots : « Il est publié. »")])
    assert out == "4° Est ajoutée une phrase ainsi rédigée : « Il est révisé tous les dix ans. »"


def test_a_phrase_completing_an_item_ending_with_quoted_words_is_refused() -> None:
    # the item ends with words it quotes, ending no phrase: a stop after them would be invented, and whether the
    # phrase goes inside the quotation is not said
    article = "d) À l'article L. 3131-10, après le mot : « santé », sont insérés les mots : « , y compris bénévoles, » ;"
    with pytest.raises(AmendingError, match="ends with quoted words"):
        apply(article, [("35", "Compléter l'alinéa 1 par une phrase ainsi rédigée : « Elle est versée dans un mois. »")])
    # an item ending with the text's own words takes the phrase before its « ; », as before
    article = "d) Les élections sont reportées au second tour ;"
    out = apply(article, [("36", "Compléter l'alinéa 1 par une phrase ainsi rédigée : « Leur mandat est prorogé. »")])
    assert out == "d) Les élections sont reportées au second tour. Leur mandat est prorogé ;"


def test_quoted_alineas_rewritten_each_given_closed_amid_their_quotation_close_it_once() -> None:
    # the alinéa replaced closed nothing, and the quotation goes on after it: the quote closing the text given
    # (« « Art. L. 14. – … » ») is the amendment's; alinéas rewritten together close the quotation once, at its end
    article = (
        "3° Il est inséré un chapitre ainsi rédigé :\n\n« Art. L. 14. – La loi fixe sa durée.\n\n"
        "« Il peut y être mis fin par décret.\n\n« Les mesures cessent d'avoir effet. »"
    )
    one = "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\n« « Art. L. 14. – La loi fixe sa durée, deux mois au plus. »"
    out = alineas(apply(article, [("86", one)]))
    assert out[1:] == [
        "« Art. L. 14. – La loi fixe sa durée, deux mois au plus.",
        "« Il peut y être mis fin par décret.",
        "« Les mesures cessent d'avoir effet. »",
    ]
    two = "Rédiger ainsi les alinéas 3 et 4 :\n\n« « Il est mis fin par décret. »\n\n« « Les mesures cessent. »"
    out = alineas(apply(article, [("87", two)]))
    assert out[2:] == ["« Il est mis fin par décret.", "« Les mesures cessent. »"]


def test_one_text_the_html_cut_anywhere_is_read_whole() -> None:
    # words named, or one phrase, hold no alinéa: a cut in them, after any word, is no alinéa's end
    article = "Le vote peut avoir lieu dans les zones où il reçoit application. Il ne peut y être recouru pour un scrutin secret."
    quoted = "<p>Alinéa 1</p><p>Supprimer les mots :</p><p>« Il ne peut</p><p>y être recouru pour un scrutin secret. »</p>"
    assert apply(article, [("16", quoted)]) == "Le vote peut avoir lieu dans les zones où il reçoit application."
    bare = "<p>Alinéa 1</p><p>Supprimer les mots :</p><p>dans les zones où il</p><p>reçoit application</p>"
    assert apply(article, [("8", bare)]).startswith("Le vote peut avoir lieu. Il ne peut")
    phrase = "<p>Alinéa 1</p><p>Compléter cet alinéa par une phrase ainsi rédigée :</p><p>« Il est mis fin</p><p>à ce vote. »</p>"
    assert apply(article, [("7", phrase)]).endswith("scrutin secret. Il est mis fin à ce vote.")
    # « Supprimer c » / « es alinéas. »: the demonstrative « ces » cut after its « c »
    two = "Le maire signe.\n\nLe préfet vise.\n\nLe juge statue."
    assert apply(two, [("5", "<p>Alinéas 2 et 3</p><p>Supprimer c</p><p>es alinéas.</p>")]) == "Le maire signe."


def test_a_complement_between_commas_after_a_subject_and_its_verb_takes_both() -> None:
    # « Il est créé » is no complement put first (a pronoun opens it): « auprès du ministre » is an incise
    out = apply("Il est créé, auprès du ministre, un comité.", [("1", "Supprimer les mots : « auprès du ministre »")])
    assert out == "Il est créé un comité."


def test_a_clause_put_first_keeps_its_comma_and_a_participle_with_de_is_an_incise() -> None:
    def gone(text: str, words: str) -> str:
        return apply(text, [("1", f"Supprimer les mots : « {words} »")])

    # a clause put first keeps the comma before its phrase's subject, even where the words were an incise
    text = "Lorsque le maire est empêché, pour quelque cause que ce soit, le préfet signe."
    assert gone(text, "pour quelque cause que ce soit") == "Lorsque le maire est empêché, le préfet signe."
    text = "Avant le 1er mars, notamment, le Gouvernement remet un rapport."
    assert gone(text, "notamment") == "Avant le 1er mars, le Gouvernement remet un rapport."
    # the opening word alone is no clause: the incise within it takes both commas
    text = "Si, après une convocation, ce quorum n'est pas atteint, il délibère."
    assert gone(text, "après une convocation") == "Si ce quorum n'est pas atteint, il délibère."
    # a participle and its « de » complement is an incise before the verb
    assert gone("Le conseil, composé de cinq membres, élit son président.", "composé de cinq membres") == (
        "Le conseil élit son président."
    )


def test_an_incise_opening_with_a_named_before_words_opening_with_a_determiner() -> None:
    # « » et, à la fin, les mots : » less « , à la fin »: an incise, its other comma goes too (PLFSS 2018,
    # Sénat n° 143: p27-026), as « dans un délai d'un mois, toute mesure »
    article = "b) Au début, les mots : « Ces » sont remplacés par les mots : « Les » et, à la fin, les mots : « L » sont supprimés ;"
    out = apply(article, [("1", "Supprimer les mots :\n\n, à la fin")])
    assert out == "b) Au début, les mots : « Ces » sont remplacés par les mots : « Les » et les mots : « L » sont supprimés ;"


def test_respectively_pairs_the_old_words_with_the_new_in_each_alinea_named() -> None:
    # « respectivement » pairs A with C and B with D; the place applies to each pair as without it: in each
    # alinéa named (p29-061: one pair an alinéa gave a wrong text)
    article = "Les conseillers consulaires et les délégués consulaires.\n\nAutre.\n\nDes conseillers consulaires et des délégués consulaires."
    amendment = (
        "Aux alinéas 1 et 3, les mots : « conseillers consulaires » et « délégués consulaires » sont remplacés "
        "respectivement par les mots : « conseillers des Français » et « délégués des Français »."
    )
    out = alineas(apply(article, [("1", amendment)]))
    assert out[0] == "Les conseillers des Français et les délégués des Français."
    assert out[2] == "Des conseillers des Français et des délégués des Français."
    # not in each: pair k in alinéa k, or each pair once in them together (p29-086: the second reading)
    article = "Les 16 et 17 mai 2020.\n\nLe 23 mai 2020."
    amendment = "Aux alinéas 1 et 2, substituer respectivement aux dates : « 23 mai 2020 » et « 17 mai 2020 » les dates : « 30 mai 2020 » et « 24 mai 2020 »."
    assert alineas(apply(article, [("1", amendment)])) == ["Les 16 et 24 mai 2020.", "Le 30 mai 2020."]
    # no reading holds (« 23 mai 2020 » twice): refused
    with pytest.raises(AmendingError):
        apply(article + " Le 23 mai 2020.", [("1", amendment)])
    # one old text, a new one for each alinéa named, in order (p29-068); other counts refused
    article = "De six mois.\n\nAutre.\n\nDe six mois encore."
    amendment = "Aux alinéas 1 et 3, les mots : « six mois » sont remplacés respectivement par les mots : « un an » et « deux ans »."
    assert alineas(apply(article, [("1", amendment)])) == ["De un an.", "Autre.", "De deux ans encore."]
    with pytest.raises(AmendingError):
        apply(article, [("1", amendment.replace("alinéas 1 et 3", "alinéa 1"))])


def test_a_number_in_words_is_whole() -> None:
    # « quatre-vingts jours » is not in « cent quatre‑vingts jours » (p29-041: gave 190 days), nor « un an » in
    # « vingt et un ans », nor « deux » the head of « deux cents »; with no whole match left, refused
    replace_80 = "Remplacer les mots : « quatre-vingts jours » par les mots : « quatre-vingt-dix jours »."
    with pytest.raises(AmendingError) as error:
        apply("Dans la limite de cent quatre\u2011vingts jours.", [("1", replace_80)])
    assert error.value.code == "not_found"
    assert apply("Dans la limite de quatre-vingts jours.", [("1", replace_80)]) == "Dans la limite de quatre-vingt-dix jours."
    replace_one = "Remplacer les mots : « un an » par les mots : « deux ans »."
    assert apply("Pour vingt et un ans ou un an.", [("1", replace_one)]) == "Pour vingt et un ans ou deux ans."
    replace_two = "Remplacer le mot : « deux » par le mot : « trois »."
    assert apply("De deux cents jours et deux jours.", [("1", replace_two)]) == "De deux cents jours et trois jours."
    # a number word after another that is not one of its parts: found (« vingt et trente », « chacune une »)
    replace_30 = "Remplacer les mots : « trente jours » par les mots : « quarante jours »."
    assert apply("Entre vingt et trente jours.", [("1", replace_30)]) == "Entre vingt et quarante jours."
    replace_mille = "Remplacer les mots : « mille euros » par les mots : « cent euros »."
    assert apply("De deux mille euros ou mille euros.", [("1", replace_mille)]) == "De deux mille euros ou cent euros."


def test_a_dot_between_groups_of_three_digits_parts_the_thousands() -> None:
    # « 10.000 € » is the number of « 10 000 € » (p29-009: not found); only the same number
    amendment = "Remplacer « 10.000 € » par « 15.000 € »."
    assert apply("Une amende de 10\u00a0000 € au plus.", [("1", amendment)]) == "Une amende de 15.000 € au plus."
    for other in ("Une amende de 110 000 € au plus.", "Une amende de 10 0000 € au plus.", "Une amende de 10,000 €."):
        with pytest.raises(AmendingError):
            apply(other, [("1", amendment)])


def test_occurrences_named_count_in_the_alinea_as_it_stands_before_the_instruction() -> None:
    # the second « consulaires » is the délégués', though the words deleted first held the first (p29-059)
    article = "Des conseillers consulaires et des délégués consulaires et autres."
    amendment = "Supprimer les mots : « des conseillers consulaires et » et la seconde occurrence du mot : « consulaires »."
    assert apply(article, [("1", amendment)]) == "Des délégués et autres."
    # the occurrence replaced, by a second verb
    joined = (
        "Supprimer les mots : « des conseillers consulaires et » et remplacer la seconde occurrence du mot : "
        "« consulaires » par les mots : « des Français de l'étranger »."
    )
    assert apply(article, [("1", joined)]) == "Des délégués des Français de l'étranger et autres."


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


def test_quoted_words_opening_with_a_comma_keep_the_space_after_the_opening_quote() -> None:
    # « les mots : « , chaque mois, » » with those words replaced: French puts a space after « « », also
    # before a comma (p28-045); in prose, no space before the comma, as before
    article = "a) Au premier alinéa, après le mot : « public », sont insérés les mots : « , chaque mois, » ;"
    amendment = "Remplacer les mots : « , chaque mois, » par les mots : « , chaque trimestre, »."
    assert apply(article, [("1", amendment)]).endswith("les mots : « , chaque trimestre, » ;")
    assert apply("Le texte , chaque mois, est publié.", [("1", amendment)]) == "Le texte, chaque trimestre, est publié."


_QUOTED_CODE_ARTICLE = (
    "I. – Le code est ainsi modifié :\n\n1° L'article L. 4 est ainsi rédigé :\n\n"
    "« Art. L. 4. – I. – Le préfet arrête la liste.\n\n« II. – Peuvent être contrôlées les opérations :\n\n"
    "« 1° Faites en mer ;\n\n« 2° Faites sur terre ;\n\n« 3° Faites dans les airs ;\n\n« 4° Faites ailleurs.\n\n"
    "« III. – Un décret fixe les modalités. » ;\n\n2° L'article L. 5 est abrogé."
)


def test_a_run_of_divisions_of_a_quoted_code_article() -> None:
    # « Supprimer les 2° et 3° du II de l'article L. 4 … », « Aux 1° à 3° du II de l'article L. 4 … »: a run
    # of the quoted article's divisions, read as one of them is (p28-007, p28-024, p28-078)
    resulting = ", tel qu'il résulte du 1° du I du présent article"
    out = alineas(apply(_QUOTED_CODE_ARTICLE, [("1", f"Supprimer les 2° et 3° du II de l'article L. 4 du code{resulting}.")]))
    assert out[4:7] == ["« 1° Faites en mer ;", "« 2° et 3° (Supprimé)", "« 4° Faites ailleurs."]
    amendment = "Aux 1° à 3° du II de l'article L. 4 du code, remplacer les mots : « sur terre » par les mots : « à terre »."
    assert alineas(apply(_QUOTED_CODE_ARTICLE, [("1", amendment)]))[5] == "« 2° Faites à terre ;"
    with pytest.raises(AmendingError):  # not in that run
        apply(_QUOTED_CODE_ARTICLE, [("1", amendment.replace("1° à 3°", "3° et 4°"))])


def test_every_item_of_a_quotation_deleted_leaving_the_alinea_introducing_them_is_refused() -> None:
    # « « Peuvent être contrôlées les opérations : » left introducing nothing: whether it goes too is not said,
    # as for the bill's own items (p28-044)
    with pytest.raises(AmendingError) as error:
        apply(_QUOTED_CODE_ARTICLE, [("1", "Supprimer les 1° à 4° du II de l'article L. 4 du code.")])
    assert error.value.code == "ambiguous"


def test_a_division_quoted_alone_named_with_where_it_results_from() -> None:
    # « Au 9° du II de l'article L. 7 …, tel qu'il résulte du a du 2° du I du présent article »: the a) quotes
    # that 9° alone (the code article is not quoted whole); its 2° names L. 7 (p28-029, p28-057, p28-085)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° L'article L. 6 est abrogé ;\n\n2° Le II de l'article L. 7 est ainsi "
        "modifié :\n\na) Le 9° est ainsi rédigé :\n\n« 9° La fourniture de gaz aux clients ne trouvant pas de "
        "fournisseur ; »\n\nb) Le 10° est abrogé.\n\nII. – Le I entre en vigueur en 2020."
    )
    words = "remplacer les mots : « ne trouvant pas » par les mots : « qui ne trouvent pas »."
    out = alineas(apply(article, [("1", f"Au 9° du II de l'article L. 7 du code, tel qu'il résulte du a du 2° du I du présent article, {words}")]))
    assert out[4] == "« 9° La fourniture de gaz aux clients qui ne trouvent pas de fournisseur ; »"
    for refused in (
        "Au 9° du II de l'article L. 7 du code, ",  # nothing says where it results from: as before
        "Au 9° du II de l'article L. 8 du code, tel qu'il résulte du a du 2° du I du présent article, ",  # not L. 8's
        "Au 10° du II de l'article L. 7 du code, tel qu'il résulte du a du 2° du I du présent article, ",  # a 9° there
        "Au 9° du II de l'article L. 7 du code, tel qu'il résulte du b du 2° du I du présent article, ",  # no quotation
    ):
        with pytest.raises(AmendingError):
            apply(article, [("1", refused + words)])


def test_a_paragraph_number_after_the_alinea_number_is_checked() -> None:
    # « À l'alinéa 3 (II bis) » on « II bis (nouveau). – »: checked as « (5° bis) » is (p28-089)
    article = "I. – Un.\n\nII. – Deux.\n\nII bis (nouveau). – Trois obligations.\n\nIII. – Quatre."
    amendment = "À l'alinéa 3 (II bis), après le mot : « obligations », insérer le mot : « déclaratives »."
    assert alineas(apply(article, [("1", amendment)]))[2] == "II bis (nouveau). – Trois obligations déclaratives."
    for wrong in ("(II)", "(III bis)", "(II ter)"):
        with pytest.raises(AmendingError):
            apply(article, [("1", amendment.replace("(II bis)", wrong))])


def test_dash_items_after_an_item_ending_with_a_colon_are_its_own() -> None:
    # « b) … ayant pour objet : » then « – de limiter … ; », « – d'adapter … ; »: the b)'s, up to the c)
    # (p28-074, p6-div-b-with-dash-items)
    article = (
        "I. – Le Gouvernement peut prendre toute mesure :\n\n1° Afin de faire face, toute mesure :\n\n"
        "a) D'aide directe ;\n\nb) En matière de droit du travail ayant pour objet :\n\n– de limiter les ruptures ;\n\n"
        "– d'adapter les conditions ;\n\nc) Modifiant les obligations ;\n\nd) Adaptant les délais ;\n\n"
        "2° Afin de faire face, toute autre mesure.\n\n"
        "II. – Fin."
    )
    out = alineas(apply(article, [("1", "Au b du 1° du I, remplacer le mot : « conditions » par le mot : « modalités ».")]))
    assert out[5] == "– d'adapter les modalités ;"
    out = alineas(apply(article, [("1", "Supprimer les a à c du 1° du I.")]))
    assert out[1:4] == ["1° Afin de faire face, toute mesure :", "a à c) (Supprimé)", "d) Adaptant les délais ;"]
    # a bare alinéa after the last dash item ending « ; »: whose it is is still not said
    with pytest.raises(AmendingError):
        apply(article.replace("c) Modifiant", "Ces mesures visent"), [("1", "Supprimer le b du 1° du I.")])


def test_words_in_the_first_phrase_of_a_division_whose_first_alinea_runs_on() -> None:
    # « À la première phrase du b … » where the b)'s first alinéa ends « : »: where its first phrase ends is not
    # said, but that alinéa is all in it: words there and nowhere else in the b) are in it (p28-016, 033, 072, 075)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° Le droit du travail est modifié :\n\n"
        "a) D'aide directe ;\n\nb) En matière de droit du travail ayant pour objet :\n\n– de limiter les ruptures ;\n\n"
        "– d'adapter le droit rural.\n\n2° Fin."
    )
    amendment = "À la première phrase du b du 1° du I, après les mots : « droit du travail », insérer les mots : « , de droit rural »."
    assert alineas(apply(article, [("1", amendment)]))[3] == "b) En matière de droit du travail, de droit rural ayant pour objet :"
    for words in ("droit rural", "ruptures"):  # in an alinéa after it: in the phrase or not, not said
        with pytest.raises(AmendingError):
            apply(article, [("1", amendment.replace("droit du travail", words))])
    with pytest.raises(AmendingError):  # in the first alinéa and after it: which one, not said
        apply(article.replace("droit rural.", "droit du travail."), [("1", amendment)])
    # a first phrase that ends inside the first alinéa is that alinéa's, whatever the edit
    split = article.replace("b) En matière", "b) Pour tous. En matière")
    out = alineas(apply(split, [("1", "Supprimer la première phrase du b du 1° du I.")]))
    assert out[3] == "b) En matière de droit du travail ayant pour objet :"


def test_words_put_before_the_words_opening_a_sentence_take_its_capital() -> None:
    # « Avant les mots : « Les ministres chargés », insérer … » as « au début »: the new words open the
    # sentence, « Les » takes a small letter (PLFSS 2018, Sénat n° 398 rect.: p30-089), in a quotation too
    words = "Avant les mots : « Les ministres », insérer les mots : « pour des motifs de santé publique, »"
    quoted = "« Les ministres peuvent saisir le collège. » ;"
    assert apply(quoted, [("1", words)]) == (
        "« Pour des motifs de santé publique, les ministres peuvent saisir le collège. » ;"
    )
    # after a full stop too; inside a sentence nothing changes
    text = "Le collège statue. Les ministres peuvent le saisir."
    assert apply(text, [("1", words)]) == "Le collège statue. Pour des motifs de santé publique, les ministres peuvent le saisir."
    inside = "Le collège que Les ministres saisissent statue."
    out = apply(inside, [("1", "Avant les mots : « Les ministres », insérer les mots : « à leur demande, »")])
    assert out == "Le collège que à leur demande, Les ministres saisissent statue."


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


def test_an_alinea_given_ending_with_the_quotations_close_and_its_items_stop_continues_it() -> None:
    # « « … – La vaccination … » ; » put after the « « II. – … » ; » closing a quoted article: the text
    # given takes the quotation's closing quote and its item's « ; », so it is the quoted article's III
    # (PLFSS 2018, Sénat n° 380 rect.: p30-078); given « « … – … » » alone, which it belongs to is not said
    article = (
        "I. – Le code est ainsi modifié :\n\n1° L'article L. 1 est ainsi rédigé :\n\n"
        "« Art. L. 1. – I. – Les vaccinations sont obligatoires.\n\n« II. – Les parents en répondent. » ;\n\n"
        "2° L'article L. 2 est abrogé.\n\nII. – Le présent article entre en vigueur en 2018."
    )
    text = "Après l'alinéa 4\n\nInsérer un alinéa ainsi rédigé :\n\n« … – La vaccination est proposée. » ;"
    out = apply(article, [("1", text)]).split("\n\n")
    assert out[3:6] == [
        "« II. – Les parents en répondent.",
        "« III. – La vaccination est proposée. » ;",
        "2° L'article L. 2 est abrogé.",
    ]
    with pytest.raises(AmendingError):
        apply(article, [("1", text.removesuffix(" ;"))])


def test_no_comma_stands_right_after_a_word_that_needs_the_words_after_it() -> None:
    # « Afin », a relative pronoun, « que », « et », « ou », a preposition: the words deleted between the comma
    # after it and another are an incise, both commas go (p32-046, 055, 075, 077); « que il » elides
    cases = [
        ("5° Afin, face à la crise, d'assurer la continuité ;", "face à la crise", "5° Afin d'assurer la continuité ;"),
        ("Les personnes qui, quel que soit leur titre, exercent.", "quel que soit leur titre", "Les personnes qui exercent."),
        ("Sur son territoire ou, pour une commune, sur le sien.", "pour une commune", "Sur son territoire ou sur le sien."),
        ("Il démontre que, malgré ses diligences, il n'a pu.", "malgré ses diligences", "Il démontre qu'il n'a pu."),
        ("Il démontre que, malgré ses diligences, elle a pu.", "malgré ses diligences", "Il démontre qu'elle a pu."),
    ]
    for article, words, expected in cases:
        out = apply(article, [("1", f"Supprimer les mots : « {words} ».")])
        assert out.replace("’", "'") == expected


def test_complements_put_first_keep_their_comma_before_a_pronoun_or_after_others() -> None:
    # the comma before the subject stays when it is a pronoun (« il ») and after several complements put
    # first one after the other (« Dans …, à compter de …, ») (p32-066, 081)
    cases = [
        ("Par dérogation au présent article, lorsque le réseau le permet, il s'inscrit.", "lorsque le réseau le permet",
         "Par dérogation au présent article, il s'inscrit."),
        ("Dans les communes, à compter du 1er mars, qui suit le tour, l'organe est constitué.", "qui suit le tour",
         "Dans les communes, à compter du 1er mars, l'organe est constitué."),
    ]
    for article, words, expected in cases:
        out = apply(article, [("1", f"Supprimer les mots : « {words} ».")])
        assert out.replace("’", "'") == expected
    # a subject and its verb before: the comma goes (« Le préfet établit, après avis du conseil, la liste »)
    out = apply("Avant le 1er mars, le préfet établit, après avis du conseil, la liste.", [("1", "Supprimer les mots : « après avis du conseil ».")])
    assert out == "Avant le 1er mars, le préfet établit la liste."


def test_words_between_commas_before_a_de_complement_or_non_compris() -> None:
    # no comma between a word and its « de » complement (p32-043); « si nécessaire », « au plus tard » are
    # incises (p32-021, 071); « , non compris … » keeps its comma, as « , y compris » (p32-011)
    cases = [
        ("Pour tenir compte, notamment pour les syndics, de l'impossibilité.", "notamment pour les syndics",
         "Pour tenir compte de l'impossibilité."),
        ("Toute mesure, pouvant entrer en vigueur, si nécessaire, à compter du 1er mars, relevant de la loi.",
         "si nécessaire", "Toute mesure, pouvant entrer en vigueur à compter du 1er mars, relevant de la loi."),
        ("Ce second tour se tient, au plus tard, au mois de juin.", "au plus tard", "Ce second tour se tient au mois de juin."),
        ("Il mandate les dépenses, dans la limite des crédits, non compris les crédits afférents.",
         "dans la limite des crédits", "Il mandate les dépenses, non compris les crédits afférents."),
    ]
    for article, words, expected in cases:
        out = apply(article, [("1", f"Supprimer les mots : « {words} ».")])
        assert out.replace("’", "'") == expected


def test_the_commas_at_the_edges_of_quoted_words_around_an_incise() -> None:
    # a comma opening quoted words followed by the verb once the incise goes was the incise's (p32-085); a
    # comma ending quoted words is theirs and stays when the incise before it goes (p32-089)
    article = "3° Les mots : « sont affectés » sont remplacés par les mots : « , minoré des frais, est affecté » ;"
    out = apply(article, [("1", "Supprimer les mots : « minoré des frais, ».")])
    assert out == "3° Les mots : « sont affectés » sont remplacés par les mots : « est affecté » ;"
    article = "2° Les mots : « d'aides » sont remplacés par les mots : « d'aides à la reprise, dans les conditions prévues, » ;"
    out = apply(article, [("1", "Supprimer les mots : « dans les conditions prévues ».")])
    assert out.replace("’", "'") == "2° Les mots : « d'aides » sont remplacés par les mots : « d'aides à la reprise, » ;"


def test_a_participle_set_between_commas_is_an_incise() -> None:
    # a past participle in « -i » and its « de » complement (« saisi de »), a present participle and the
    # infinitive it governs (« pouvant entrer »), named with both commas, one or none: both go (p32-022, 023, 083)
    article = "Toute mesure, pouvant entrer en vigueur à compter du 1er mars, relevant de la loi."
    for words in ("pouvant entrer en vigueur à compter du 1er mars", "pouvant entrer en vigueur à compter du 1er mars,"):
        out = apply(article, [("1", f"Supprimer les mots : « {words} ».")])
        assert out == "Toute mesure relevant de la loi."
    article = "Si le juge, saisi de conclusions dirigées contre un plan, estime que le vice est régularisable."
    out = apply(article, [("1", "Supprimer les mots : « saisi de conclusions dirigées contre un plan ».")])
    assert out == "Si le juge estime que le vice est régularisable."


def test_the_last_but_one_item_deleted_with_its_incise_before_et() -> None:
    # « A, B, notamment C, et D » less « B, notamment C, »: the comma before « et » closed the incise (p32-049)
    article = "Aux personnes handicapées, aux personnes pauvres, notamment les bénéficiaires de minima, et aux personnes âgées ;"
    out = apply(article, [("1", "Supprimer les mots : « aux personnes pauvres, notamment les bénéficiaires de minima, ».")])
    assert out == "Aux personnes handicapées et aux personnes âgées ;"


def test_words_opening_with_a_preposition_before_des_are_an_incise() -> None:
    # « des » after them, an article (the object) or « de les » (a complement), is no item of a list of
    # places: both commas go (p32-052)
    article = "Le Gouvernement est autorisé à prendre par ordonnances, sur le fondement de l'article 38, des mesures."
    out = apply(article, [("1", "Supprimer les mots : « sur le fondement de l'article 38 ».")])
    assert out == "Le Gouvernement est autorisé à prendre par ordonnances des mesures."


def test_a_linking_adverb_opening_a_phrase_takes_a_small_letter_after_words_put_before_it() -> None:
    # « avant le mot : « Toutefois », insérer : « Par exception, » » where « Toutefois » opens the second
    # phrase: the adverb no longer opens the sentence (covid law 2020, p33-080)
    article = "L'état entre en vigueur. Toutefois, un décret peut en limiter l'application."
    out = apply(article, [("1", "Avant le mot : « Toutefois », insérer les mots : « Par exception, ».")])
    assert out == "L'état entre en vigueur. Par exception, toutefois, un décret peut en limiter l'application."


def test_an_alinea_of_a_quotation_rewritten_ended_inside_its_quote_drops_the_stop_after_it() -> None:
    # « « 1° … II ; ». » for an alinéa of a quoted article that goes on: the closing quote and the full stop
    # after it are the amendment's; the item keeps its own « ; », once (energy-climate law 2019, p33-090)
    article = (
        "I. – Le code est ainsi modifié :\n\n« Art. L. 1. – Sont vérifiées les opérations :\n\n"
        "« 1° Ayant fait l'objet d'une demande ;\n\n« 2° Faisant l'objet d'une demande. » ;\n\nII. – Fin."
    )
    text = "Alinéa 3\n\nRédiger ainsi cet alinéa :\n\n« « 1° Ayant fait l'objet d'une offre ; »."
    assert apply(article, [("1", text)]).split("\n\n")[2] == "« 1° Ayant fait l'objet d'une offre ;"


def test_an_alinea_given_ending_an_items_quotation_after_one_ending_none_is_refused() -> None:
    # « « b bis) … ; » ; » after « « b) … ; » » (no « ; » after its quote): whether it goes on with the b)'s
    # quotation, losing its « ; », or stands alone is not said (PLFSS 2018, p33-085)
    article = (
        "1° Le II est ainsi modifié :\n\na) Le b est ainsi rédigé :\n\n« b) 61,4 % du produit ; »\n\n"
        "b) Il est ajouté un c ainsi rédigé :\n\n« c) Une contribution annuelle. »"
    )
    text = "Après l'alinéa 3, insérer l'alinéa suivant :\n\n« « b bis) 5 % du produit ; » ; »"
    with pytest.raises(AmendingError):
        apply(article, [("1", text)])


def test_a_placeholder_item_is_numbered_within_its_own_division() -> None:
    # « …° » right after « VI. – … : », before its « 1° »: its « 1° A », not the next number after the items
    # of an earlier division (PLFSS 2018, p33-077)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° L'article L. 1 est abrogé ;\n\n2° L'article L. 2 est abrogé.\n\n"
        "II. – Ne donnent pas lieu à compensation :\n\n1° La réduction de la taxe ;\n\n2° Le coût du doublement."
    )
    text = "Après l'alinéa 4\n\nInsérer un alinéa ainsi rédigé :\n\n« …° La majoration du taux ; »"
    assert apply(article, [("1", text)]).split("\n\n")[4] == "1° A La majoration du taux ;"


def test_an_article_heading_written_with_non_breaking_hyphens_is_read_before_its_paragraph() -> None:
    # « Art. L. 100‑1 A. – I. – » (U+2011 in its number, as Légifrance and bills write it): the I after the
    # heading numbers a « … – » put after its last item, « I bis. – » (energy-climate law 2019, p33-078)
    article = (
        "I. – Il est ajouté un article L. 100\u20111 A ainsi rédigé :\n\n"
        "« Art. L. 100\u20111 A. – I. – Une loi précise :\n\n« 1° Les objectifs ;\n\n« 2° Les priorités.\n\n"
        "« II. – Sont compatibles avec eux les plans. »"
    )
    text = "Après l'alinéa 4, insérer l'alinéa suivant :\n\n« « … – La loi est précédée d'une consultation. »"
    out = apply(article, [("1", text)]).split("\n\n")
    assert out[4] == "« I bis. – La loi est précédée d'une consultation."


def test_words_changed_in_a_run_of_items_named_are_changed_in_each() -> None:
    # « Aux 5° et 6° de l'article L. 1, les mots … sont remplacés »: in each item, as « Aux alinéas 3 et 4 »
    # reads (covid law 2020, p33-019); words in one of them only are still counted across the run
    article = (
        "L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Le Premier ministre peut :\n\n"
        "« 5° Fermer les établissements ainsi que les lieux de réunion ;\n\n"
        "« 6° Interdire les rassemblements ainsi que les réunions. »"
    )
    text = "Aux 5° et 6° de l'article L. 1, les mots : « ainsi que » sont remplacés par le mot : « et »."
    out = apply(article, [("1", text)]).split("\n\n")
    assert out[2:] == ["« 5° Fermer les établissements et les lieux de réunion ;", "« 6° Interdire les rassemblements et les réunions. »"]
    one = "Aux 5° et 6° de l'article L. 1, supprimer les mots : « de réunion »."
    assert apply(article, [("1", one)]).split("\n\n")[2] == "« 5° Fermer les établissements ainsi que les lieux ;"


def test_a_lettered_item_with_an_adverb_is_a_division() -> None:
    # « b bis) (nouveau) Le 7° est ainsi modifié : » is a lettered item: the a) ends before it, and « Au
    # b bis du 1° du I » names it with its dash items (PLFSS 2018, p33-027, p33-028)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° L'article L. 1 est ainsi modifié :\n\na) Le 1° est ainsi modifié :\n\n"
        "- le taux : « 1 % » est remplacé par le taux : « 2 % » ;\n\nb bis) (nouveau) Le 7° est ainsi modifié :\n\n"
        "- le taux : « 3 % » est remplacé par le taux : « 4 % » ;\n\nc) Le 8° est abrogé ;\n\n2° L'article L. 2 est abrogé."
    )
    out = apply(article, [("1", "Supprimer le a du 1° du I.")]).split("\n\n")
    assert out[2:4] == ["a) (Supprimé)", "b bis) (nouveau) Le 7° est ainsi modifié :"]
    text = "Au b bis du 1° du I, substituer au taux : « 4 % » le taux : « 5 % »."
    assert apply(article, [("1", text)]).split("\n\n")[5] == "- le taux : « 3 % » est remplacé par le taux : « 5 % » ;"


def test_a_small_i_named_inside_an_item_is_a_letter() -> None:
    # « le i du 2° du I » after « h) »: no paragraph sits inside an item, the i is the letter i)
    # (PLFSS 2018, p33-032)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° L'article L. 1 est abrogé ;\n\n2° L'article L. 2 est ainsi modifié :\n\n"
        "h) Le deuxième alinéa est supprimé ;\n\ni) L'avant-dernier alinéa est ainsi modifié :\n\n"
        "- au début, est ajoutée la mention : « IV. - » ;\n\nj) Le dernier alinéa est supprimé."
    )
    out = apply(article, [("1", "Supprimer le i du 2° du I.")]).split("\n\n")
    assert out[4:] == ["i) (Supprimé)", "j) Le dernier alinéa est supprimé."]


def test_a_capital_division_inside_a_paragraph_is_followed_in_a_path() -> None:
    # « le b du 4° du A du II »: « A. – Le III est ainsi modifié : » inside the II; the a) of its 4° is not
    # the II's own (PLFSS 2018, p33-034, p33-036)
    article = (
        "I. – Le I est abrogé.\n\nII. – L'article 78 est ainsi modifié :\n\nA. – Le III est ainsi modifié :\n\n"
        "1° Le A est abrogé ;\n\n4° Le E est ainsi modifié :\n\na) Le 2° est abrogé ;\n\nb) Le 3° est ainsi modifié :\n\n"
        "- à la fin du a, la date : « 1er mars 2018 » est remplacée par la date : « 1er janvier 2020 » ;\n\n"
        "c) Le 6° est abrogé ;\n\n5° Le F est abrogé.\n\nB. – Le V est abrogé.\n\nIII. – Entrée en vigueur."
    )
    out = apply(article, [("1", "Supprimer le b du 4° du A du II.")]).split("\n\n")
    assert out[5:8] == ["a) Le 2° est abrogé ;", "b) (Supprimé)", "c) Le 6° est abrogé ;"]
    text = "Au 4° du A du II, remplacer la date : « 1er mars 2018 » par la date : « 1er juin 2018 »."
    assert "« 1er juin 2018 »" in apply(article, [("1", text)]).split("\n\n")[7]


def test_a_code_division_quoted_after_another_of_its_kind_is_found_where_it_results_from() -> None:
    # « Au 11° du I de l'article L. 100-4 …, tel qu'il résulte du 8° du II du présent article », the 8°
    # quoting a 10° then the 11°: that 11° (energy-climate law 2019, p33-005)
    article = (
        "I. – L'article L. 100-2 est abrogé.\n\nII. – Le I de l'article L. 100-4 du code de l'énergie est ainsi modifié :\n\n"
        "1° Le 1° est abrogé ;\n\n8° Sont ajoutés des 10° et 11° ainsi rédigés :\n\n« 10° De développer l'hydrogène ;\n\n"
        "« 11° De favoriser des effacements d'au moins 6,5 gigawatts. »\n\nIII. – Fin."
    )
    text = (
        "Au 11° du I de l'article L. 100-4 du code de l'énergie, tel qu'il résulte du 8° du II du présent article, "
        "le nombre : « 6,5 » est remplacé par le nombre : « 8 »."
    )
    assert apply(article, [("1", text)]).split("\n\n")[5] == "« 11° De favoriser des effacements d'au moins 8 gigawatts. »"


def test_the_last_items_of_a_list_deleted_take_the_comma_before_them() -> None:
    # « de la consommation et de la répression des fraudes » of « aux services de la concurrence, de la
    # consommation et de la répression des fraudes les publicités »: one item is left, no comma follows it (p22-040)
    article = (
        "Pendant ce délai, le recteur transmet aux services de la concurrence, de la consommation et de la "
        "répression des fraudes les publicités en infraction.\n\nLes communes, les départements et les régions sont consultés."
    )
    text = "Alinéa 1\n\nSupprimer les mots :\n\n« de la consommation et de la répression des fraudes »"
    assert apply(article, [("1", text)]).split("\n\n")[0] == (
        "Pendant ce délai, le recteur transmet aux services de la concurrence les publicités en infraction."
    )
    text = "Alinéa 2\n\nSupprimer les mots :\n\n« les départements et les régions »"
    assert apply(article, [("1", text)]).split("\n\n")[1] == "Les communes sont consultés."
    # more items may be left before (« les avis, les rapports »): whether « et » joins them is not said
    article = "Pendant ce délai, le préfet transmet les avis, les rapports, les décisions et les actes aux communes."
    with pytest.raises(AmendingError, match="last items of a list"):
        apply(article, [("1", "Supprimer les mots : « les décisions et les actes »")])


def test_an_article_restored_by_its_number_is_the_article_the_amendment_is_filed_on() -> None:
    # « Rétablir un article 40 quater dans la rédaction suivante » on « (Supprimé) » (AN, AS103 on text 1168, p37-004)
    text = "Rétablir un article 40 quater dans la rédaction suivante :\n\n« Le préfet est nommé.\n\n« Il est révoqué. »"
    assert apply("(Supprimé)", [("1", text)]) == "Le préfet est nommé.\n\nIl est révoqué."
    assert apply("(Supprimé)", [("1", "Rétablir un article 3 bis ainsi rédigé :\n\n« Le préfet est nommé. »")]) == (
        "Le préfet est nommé."
    )


def test_respectivement_between_commas_after_the_verb_sont() -> None:
    # « les mots : A et B sont, respectivement, remplacés par les mots : C et D »: read as without the commas (p38-052)
    article = "Le délai est de deux mois.\n\nLe recours est ouvert pendant trois ans."
    text = "Aux alinéas 1 et 2, les mots : « deux mois » et « trois ans » sont, respectivement, remplacés par les mots : « quatre mois » et « cinq ans »."
    assert apply(article, [("1", text)]) == "Le délai est de quatre mois.\n\nLe recours est ouvert pendant cinq ans."


def test_three_quoted_operands_in_one_markdown_paragraph_are_a_list() -> None:
    # « Remplacer respectivement les mots : » then « « A », « B » et « C » » in one paragraph: three words
    # quoted inline, not one quoted alinéa (p38-056)
    article = "Le plan couvre le gaz, le fioul et le charbon."
    text = "Alinéa 1\n\nRemplacer respectivement les mots :\n\n« le gaz », « le fioul » et « le charbon »\n\npar les mots :\n\n« l'eau », « le bois » et « le vent »"
    assert apply(article, [("1", text)]) == "Le plan couvre l'eau, le bois et le vent."


def test_the_end_of_the_alinea_rewritten_from_words_of_a_phrase_named() -> None:
    # « À la première phrase de l'alinéa 1, après le mot : X, rédiger ainsi la fin de l'alinéa »: X is found in that
    # phrase, the end is the alinéa's (its later phrases go too); « la fin de cette phrase » is the phrase's
    article = "Le maire fixe le tarif de la cantine. Il le publie chaque année.\n\nLe conseil délibère."
    place = "À la première phrase de l'alinéa 1, après le mot : « tarif », "
    new = ": « des repas servis. »"
    assert alineas(apply(article, [("1", place + "rédiger ainsi la fin de l'alinéa " + new)]))[0] == "Le maire fixe le tarif des repas servis."
    assert alineas(apply(article, [("1", place + "rédiger ainsi la fin de cette phrase " + new)]))[0] == (
        "Le maire fixe le tarif des repas servis. Il le publie chaque année."
    )
    assert alineas(apply(article, [("1", place + "supprimer la fin de l'alinéa.")]))[0] == "Le maire fixe le tarif."
    assert alineas(apply(article, [("1", place + "la fin de la phrase est supprimée.")]))[0] == (
        "Le maire fixe le tarif. Il le publie chaque année."
    )


def test_no_comma_is_left_right_after_a_determiner_or_a_preposition() -> None:
    # « des visas de long séjour, titres de séjour » less « visas de long séjour »: « des titres » (p38-002)
    article = (
        "Afin de prolonger la durée de validité des visas de long séjour, titres de séjour, récépissés ainsi que "
        "des attestations.\n\nLe préfet statue pour les communes, départements et régions."
    )
    text = "Alinéa 1\n\nSupprimer les mots :\n\n« visas de long séjour »"
    assert apply(article, [("1", text)]).split("\n\n")[0] == (
        "Afin de prolonger la durée de validité des titres de séjour, récépissés ainsi que des attestations."
    )
    text = "Alinéa 2\n\nSupprimer le mot :\n\n« communes »"
    assert apply(article, [("1", text)]).split("\n\n")[1] == "Le préfet statue pour les départements et régions."
    # a pronoun keeps its comma (« et ce, »), and so does an incise opened after a preposition
    article = "Le maire statue sur la demande et ce, dans un délai d'un mois."
    text = "Supprimer les mots : « sur la demande »"
    assert apply(article, [("1", text)]) == "Le maire statue et ce, dans un délai d'un mois."


def test_words_deleted_between_a_comma_and_ainsi_que_are_refused_as_before_et() -> None:
    # « autorisations provisoires de séjour, récépissés … ainsi que des attestations » less « récépissés … »:
    # « séjour, ainsi que » is French (« les communes, notamment rurales, ainsi que »), whether the comma
    # goes with them is not said (p38-004); the last items taken with their comma are read (p38-010)
    article = (
        "Les visas, autorisations provisoires de séjour, récépissés de demande de titre ainsi que des attestations. "
        "Elle fixe les modalités de ces vérifications, sur pièces ou sur les lieux ainsi que, le cas échéant, la méthode."
    )
    with pytest.raises(AmendingError, match="« , ainsi que »"):
        apply(article, [("1", "Supprimer les mots : « récépissés de demande de titre »")])
    text = "Supprimer les mots : « sur pièces ou sur les lieux »"
    assert apply(article, [("1", text)]).endswith("de ces vérifications ainsi que, le cas échéant, la méthode.")


def test_words_between_commas_after_et_and_one_word_are_refused() -> None:
    # « décrit les constats et précise, le cas échant, les raisons » (the text's typo): an incise after the
    # last item of « et »; but « associe les services centraux et déconcentrés, les collectivités, les
    # associations »: an item. Which it is, is not said (p38-009)
    article = "Ce rapport décrit les constats effectués et précise, le cas échant, les raisons du retard."
    with pytest.raises(AmendingError, match="commas in doubt"):
        apply(article, [("1", "Supprimer les mots : « le cas échant »")])
    article = "Il associe les services de l'État et des communes, les régions, les associations."
    text = "Supprimer les mots : « les régions »"
    assert apply(article, [("1", text)]) == "Il associe les services de l'État et des communes, les associations."


def test_words_opening_a_term_of_a_soit_series_go_after_the_comma_of_the_term_the_anchor_ends() -> None:
    # « Après les mots : professionnels de santé, insérer les mots : soit de services de santé, » (PLFSS 2018,
    # Sénat n° 478, p35-018): a term put after the one the anchor ends, after its comma
    article = "Le fonds finance soit des établissements, soit des professionnels, soit ces deux ensembles ; il agit."
    put = "Après les mots : « soit des professionnels », insérer les mots : « soit des services, »"
    assert apply(article, [("1", put)]) == (
        "Le fonds finance soit des établissements, soit des professionnels, soit des services, soit ces deux"
        " ensembles ; il agit."
    )
    assert apply("Il ne finance ni A, ni B, ni C.", [("1", "Après le mot : « B », insérer les mots : « ni D, »")]) == (
        "Il ne finance ni A, ni B, ni D, ni C."
    )
    # words of another kind ending with a comma stay where said, the comma leaving one (p16-195)
    assert apply(article, [("2", "Après les mots : « soit des professionnels », insérer les mots : « de santé, »")]) == (
        "Le fonds finance soit des établissements, soit des professionnels de santé, soit ces deux ensembles ; il agit."
    )


def test_deleting_a_division_leaves_the_next_one_numbered_with_an_adverb_and_a_shuttle_note() -> None:
    # « V. – » deleted before « V bis (nouveau). – » (PLFSS 2018, Sénat n° 467 rect., p35-013): no alinéa of the
    # V is left, the V bis is a division of its own
    article = (
        "I. – Le code est modifié.\n\nII. – En 2018, la recette est réduite.\n\n"
        "II bis (nouveau). – Pour 2018, la section retrace les charges.\n\nIII. – Le décret fixe les modalités."
    )
    assert alineas(apply(article, [("1", "Alinéa 2\n\nSupprimer cet alinéa.")])) == [
        "I. – Le code est modifié.",
        "II. – (Supprimé)",
        "II bis (nouveau). – Pour 2018, la section retrace les charges.",
        "III. – Le décret fixe les modalités.",
    ]


def test_words_ending_with_a_comma_put_before_a_lists_comma_are_refused_when_they_may_be_an_item() -> None:
    # « les centres …, » after « les organismes de recherche » before « , les fondations »: an item after the
    # comma, or words completing the term, is not said (2013 law, Sénat n° 147, p12-seance-147)
    article = "Il évalue les établissements, les organismes de recherche, les fondations et l'agence."
    text = "Après les mots : « organismes de recherche », insérer les mots : « les centres de formation, »"
    with pytest.raises(AmendingError, match="before a list's comma"):
        apply(article, [("1", text)])
    # a complement opening with a preposition stays before the comma, as written
    text = "Après les mots : « organismes de recherche », insérer les mots : « dans leur ensemble, »"
    assert apply(article, [("1", text)]) == (
        "Il évalue les établissements, les organismes de recherche dans leur ensemble, les fondations et l'agence."
    )


def test_a_new_start_ending_with_dots_alone_leaves_the_rest_of_the_alinea() -> None:
    # « Rédiger ainsi le début de cet alinéa : … les mots... »: the dots say the rest follows, as « (le reste
    # sans changement) » does (PLFSS 2018, Sénat n° 78, p40-021)
    article = "Le code est modifié.\n\n17° L'article L. 652-6 est ainsi modifié : les mots : « non agricoles » sont supprimés ;"
    text = "Alinéa 2\n\nRédiger ainsi le début de cet alinéa :\n\n17° bis L'article L. 652-6 devient l'article L. 641-8 et les mots…"
    assert apply(article, [("1", text)]).split("\n\n")[1] == (
        "17° bis L'article L. 652-6 devient l'article L. 641-8 et les mots : « non agricoles » sont supprimés ;"
    )
    # its last words not found in the alinéa: where the rest begins is not said
    with pytest.raises(AmendingError):
        apply(article, [("1", "Alinéa 2\n\nRédiger ainsi le début de cet alinéa :\n\n17° Le préfet fixe...")])


def test_the_two_last_or_first_alineas_of_a_division_or_of_the_article() -> None:
    # « Supprimer les deux derniers alinéas du II » (« les trois premiers »): that many from the division's
    # edge; all of it: its number stays (p39-022); fewer alinéas there: refused
    article = "I. – Un.\n\nDeux.\n\nII. – Le délai court.\n\nLe délai expire.\n\nLe délai finit.\n\nIII. – Six."
    out = alineas(apply(article, [("1", "Supprimer les deux derniers alinéas du II.")]))
    assert out == ["I. – Un.", "Deux.", "II. – Le délai court.", "III. – Six."]
    assert alineas(apply(article, [("1", "Supprimer les deux derniers alinéas du I.")]))[0] == "I. – (Supprimé)"
    text = "Aux deux premiers alinéas du II, le mot : « délai » est remplacé par le mot : « terme »."
    out = alineas(apply(article, [("1", text)]))
    assert out[2:5] == ["II. – Le terme court.", "Le terme expire.", "Le délai finit."]
    # of the article: as its alinéas named by number are
    same = apply(article, [("1", "Supprimer les alinéas 5 et 6.")])
    assert apply(article, [("1", "Supprimer les deux derniers alinéas de cet article.")]) == same
    for wrong in ("trois derniers alinéas du I", "trois premiers alinéas du I", "huit derniers alinéas de cet article"):
        with pytest.raises(AmendingError):
            apply(article, [("1", f"Supprimer les {wrong}.")])


def test_a_code_division_said_to_result_from_this_article() -> None:
    # « Au 5° de l'article L. 111-7 …, tel qu'il résulte du présent article »: the only quotation of this
    # article that the alinéas around it say is in that code article (p39-045); « de cet article » alike
    article = (
        "I. – Le code est ainsi modifié :\n\n1° Après le 4° de l'article L. 111-7, il est inséré un 5° ainsi rédigé :\n\n"
        "« 5° Les aires de repos, les aires de service et les aires. » ;\n\n"
        "2° L'article L. 111-8 est complété par un 5° ainsi rédigé :\n\n« 5° Les aires de service. »"
    )
    for said in ("du présent article", "de cet article"):
        text = f"Au 5° de l'article L. 111-7 du code, tel qu'il résulte {said}, supprimer les mots : « , les aires de service »."
        assert alineas(apply(article, [("1", text)]))[2] == "« 5° Les aires de repos et les aires. » ;"
    text = "Au 5° de l'article L. 111-8 du code, tel qu'il résulte du présent article, après le mot : « aires », insérer les mots : « de repos et »."
    assert alineas(apply(article, [("1", text)]))[4] == "« 5° Les aires de repos et de service. »"
    # two quotations there for that code article, or none, or another mark: refused
    twice = article.replace("2° L'article L. 111-8 est complété", "2° L'article L. 111-7 est complété")
    for where, text in (
        (twice, "Au 5° de l'article L. 111-7 du code, tel qu'il résulte du présent article, supprimer le mot : « repos »."),
        (article, "Au 5° de l'article L. 111-9 du code, tel qu'il résulte du présent article, supprimer le mot : « repos »."),
        (article, "Au 6° de l'article L. 111-7 du code, tel qu'il résulte du présent article, supprimer le mot : « repos »."),
    ):
        with pytest.raises(AmendingError):
            apply(where, [("1", text)])


def test_unmarked_alineas_before_an_item_of_the_division_are_in_it() -> None:
    # « b) (Non modifié) » then dashes, then « c) »: whether the dashes are the b)'s or the 1°'s own, the 1°'s
    # list goes on after them: they are in the 1° (p39-074); the b)'s last alinéa is still not said (p39-080)
    article = (
        "I. – Le Gouvernement peut prendre toute mesure :\n\n1° Afin de faire face, toute mesure :\n\n"
        "a) D'aide directe ;\n\nb) (Non modifié)\n\n– de limiter les ruptures ;\n\n(Alinéa sans modification)\n\n"
        "– d'adapter les conditions ;\n\nc) Modifiant les obligations ;\n\n2° Afin de faire face, toute autre mesure.\n\n"
        "II. – Fin."
    )
    text = "Après le c du 1° du I, insérer un d ainsi rédigé : « d) Adaptant les délais ; »"
    assert alineas(apply(article, [("1", text)]))[8] == "d) Adaptant les délais ;"
    with pytest.raises(AmendingError):
        apply(article, [("1", "Au dernier alinéa du b du 1° du I, après le mot : « conditions », insérer le mot : « légales ».")])
    # a bare alinéa before the next numbered item (« 2° »), no item of the 1° after it: still not said
    with pytest.raises(AmendingError):
        apply(article.replace("c) Modifiant", "Modifiant"), [("1", "Supprimer le 1° du I.")])


def test_the_last_phrase_of_an_amendments_alinea_opening_a_quotation() -> None:
    # « « Art. L. 1. – Un. Deux. » in an amendment: the second quote opens the quotation it gives, which goes
    # on past it; the closing quote is the amendment's: a sub-amendment deleting « Deux. » keeps it (p39-091)
    amendment = "Rédiger ainsi l'alinéa 2 :\n\n« « Art. L. 1. – Les candidats ont un contrat. Sa durée est de vingt ans. »"
    article = "I. – Le code est ainsi modifié :\n\n« Art. L. 1. – Ancien.\n\n« Un décret fixe les modalités. »"
    for phrase in ("seconde phrase", "dernière phrase"):
        sub = f"Alinéa 2 de l'amendement n° 1, {phrase}\n\nSupprimer cette phrase."
        out = alineas(apply(article, [("2", sub), ("1", amendment)]))
        assert out[1:] == ["« Art. L. 1. – Les candidats ont un contrat.", "« Un décret fixe les modalités. »"]
    sub = "Alinéa 2 de l'amendement n° 1, seconde phrase\n\nRédiger ainsi cette phrase : « Il dure dix ans. »"
    out = alineas(apply(article, [("2", sub), ("1", amendment)]))
    assert out[1] == "« Art. L. 1. – Les candidats ont un contrat. Il dure dix ans."


def test_words_that_stood_in_the_alinea_found_only_in_words_another_amendment_put_are_a_conflict() -> None:
    # « d'un délai d'un an » made « d'un délai d'un an et six mois » by 535, then replaced by 536: found only
    # inside 535's words, which text 536 was voted on is not said (p39-098); so for an anchor (p39-100)
    article = "Alinéa un.\n\nLe contrat court à l'échéance d'un délai d'un an à compter de la loi."
    first = "Alinéa 2\n\nRemplacer les mots : « d'un délai d'un an » par les mots : « d'un délai d'un an et six mois »"
    second = "Alinéa 2\n\nRemplacer les mots : « d'un délai d'un an » par les mots : « d'un délai de deux ans »"
    with pytest.raises(AmendingError, match="changed those words") as refused:
        apply(article, [("535", first), ("536", second)])
    assert refused.value.code == "conflict"
    article = "Alinéa un.\n\nIl les émet dans un délai fixé par décret, au plus tard."
    first = "Alinéa 2\n\nRemplacer les mots : « fixé par décret » par les mots : « fixé par décret en Conseil d'État »"
    second = "Alinéa 2\n\nAprès les mots : « par décret », insérer les mots : « simple »"
    with pytest.raises(AmendingError, match="changed those words"):
        apply(article, [("537", first), ("538", second)])
    # words the alinéa never held can only be the other amendment's: changed there, in the order given (p21-002)
    article = "Alinéa un.\n\nLe Haut Conseil, organisme indépendant, est placé auprès du Premier ministre."
    put = "Alinéa 2\n\nAprès le mot : « indépendant, » insérer les mots : « composé de treize membres au plus, »"
    changed = "Alinéa 2\n\nRemplacer le mot : « treize » par le mot : « quinze »"
    assert alineas(apply(article, [("12", put), ("14", changed)]))[1] == (
        "Le Haut Conseil, organisme indépendant, composé de quinze membres au plus, est placé auprès du Premier ministre."
    )
    # the same words standing elsewhere in the alinéa as it stood are the ones meant
    article = "Le délai d'un an court. Il est d'un an au plus."
    first = "Remplacer les mots : « délai d'un an » par les mots : « délai d'un an et demi »"
    second = "Remplacer les mots : « est d'un an » par les mots : « est de deux ans »"
    assert apply(article, [("1", first), ("2", second)]) == "Le délai d'un an et demi court. Il est de deux ans au plus."


def test_a_bills_own_roman_division_with_an_adverb_put_after_a_quotation_does_not_continue_it() -> None:
    # « I bis. – » after the alinéa closing the quotation of a code article that has no roman mark, the bill's
    # paragraphs being « I. – » and « II. – »: the bill's own (p39-099, p39-095)
    article = (
        "I. – Après l'article L. 315-2, il est inséré un article L. 315-2-1 ainsi rédigé :\n\n"
        "« Art. L. 315-2-1. – Le bailleur peut organiser l'opération.\n\n« Un décret précise le présent article. »\n\n"
        "II. – Le code de la construction est complété."
    )
    put = "Après l'alinéa 3, insérer un alinéa ainsi rédigé : « I bis. – Un décret précise l'information. »"
    assert alineas(apply(article, [("413", put)]))[2:4] == [
        "« Un décret précise le présent article. »",
        "I bis. – Un décret précise l'information.",
    ]


def test_deleting_a_section_heading_with_the_last_article_under_it_whose_number_would_be_kept_is_refused() -> None:
    # « Alinéas 26 à 33 »: « Section 6 », its title and article L. 446-23, the quotation's last (p39-014): the
    # article's number kept would stand under section 5; the section's record is not written here
    article = (
        "I. – Sont ajoutées des sections 5 et 6 ainsi rédigées :\n\n« Section 5\n\n« Les garanties\n\n"
        "« Art. L. 446-18. – Un organisme est désigné.\n\n« Section 6\n\n« L'investissement\n\n"
        "« Art. L. 446-23. – Les sociétés peuvent proposer une part.\n\n« Les collectivités peuvent souscrire. »\n\n"
        "II. – Le décret fixe les modalités."
    )
    with pytest.raises(AmendingError, match="division's heading") as refused:
        apply(article, [("524", "Alinéas 5 à 8\n\nSupprimer ces alinéas.")])
    assert refused.value.code == "ambiguous"
    # the article alone deleted keeps its number under its own section, as before
    assert "« Art. L. 446-23. – (Supprimé)" in alineas(apply(article, [("1", "Alinéas 7 et 8\n\nSupprimer ces alinéas.")]))


def test_words_found_across_the_edge_of_what_another_amendment_changed_are_a_conflict() -> None:
    # words brought together by another amendment's deletion, or joining its words to the text as it stood:
    # neither text holds them, which was voted on which is not said
    article = "Alinéa un.\n\nLe contrat court à l'échéance d'un délai d'un an à compter de la loi."
    gone = "Alinéa 2\n\nSupprimer les mots : « à l'échéance »"
    joined = "Alinéa 2\n\nRemplacer les mots : « court d'un délai » par les mots : « court »"
    with pytest.raises(AmendingError, match="runs across words amendment 1 changed"):
        apply(article, [("1", gone), ("2", joined)])
    put = "Alinéa 2\n\nAprès les mots : « d'un an », insérer les mots : « et demi »"
    across = "Alinéa 2\n\nRemplacer les mots : « demi à compter » par les mots : « demi, à partir »"
    with pytest.raises(AmendingError, match="runs across words amendment 1 changed"):
        apply(article, [("1", put), ("2", across)])


def test_the_end_of_an_alinea_deleted_from_inside_quoted_words_keeps_their_closing_quote_and_the_stop() -> None:
    # « Après la date : « 31 décembre 2019 », supprimer la fin de l'alinéa 2 » where the date is inside the
    # words the alinéa quotes (CAE6, 2009, transplanted on the 2019 energy-climate law, p41-080): the words
    # quoted end where the deletion ends, their closing quote and the alinéa's stop stay, whichever quotes
    text = "Après la date : « 31 décembre 2019 », supprimer la fin de l'alinéa 2 de cet article."
    for opening, closing in (("« ", " »"), ('"', '"'), ("“", "”")):
        article = (
            "III. – L'article L. 336-2 est ainsi modifié :\n\n2° La seconde phrase est complétée par les mots : "
            f"{opening}jusqu'au 31 décembre 2019 et 150 térawattheures à compter du 1er janvier 2020{closing}."
        )
        assert apply(article, [("1", text)]).split("\n\n")[1] == (
            f"2° La seconde phrase est complétée par les mots : {opening}jusqu'au 31 décembre 2019{closing}."
        )
    # quoted phrases end with their stop inside the quote: the phrase cut short keeps it, then the item's « ; »
    article = "Le code est modifié :\n\n1° Il est ajouté une phrase : « Il statue avant le 31 décembre 2019 au plus tard. » ;"
    assert apply(article, [("1", text)]).split("\n\n")[1] == (
        "1° Il est ajouté une phrase : « Il statue avant le 31 décembre 2019. » ;"
    )
    # the quoted words closing before the alinéa goes on (« … » sont remplacés par … »): whether their end or
    # the alinéa's goes is not said, and the alinéa's end would leave them open
    article = "Le code est modifié :\n\n2° Les mots : « jusqu'au 31 décembre 2019 et 150 » sont remplacés par le mot : « toujours »."
    with pytest.raises(AmendingError, match="quoted words that close before it") as refused:
        apply(article, [("1", text)])
    assert refused.value.code == "ambiguous"


def test_an_item_deleted_whose_quotation_a_comparative_line_stands_for_is_refused() -> None:
    # « 3° … il est inséré un alinéa ainsi rédigé : » then « (Alinéa sans modification) » (p41-025)
    article = (
        "Le code est ainsi modifié :\n\n1° L'article L. 1 est abrogé ;\n\n"
        "2° Après l'article L. 2, il est inséré un alinéa ainsi rédigé :\n\n(Alinéa sans modification)"
    )
    with pytest.raises(AmendingError, match="comparative text's line"):
        apply(article, [("1", "Alinéa 3\n\nSupprimer cet alinéa.")])


def test_alineas_put_after_a_quotations_last_given_with_its_closing_quote_and_the_amendments_close_it_once() -> None:
    # « Après l'alinéa 3, insérer deux alinéas ainsi rédigés : « « III. – X. » « « Y. » » » where alinéa 3 closes
    # the quotation (p44-063, p44-064): the alinéa after « « III. – X. », left open, goes on with its quotation,
    # its quote is that quotation's again; « » » » closes the quotation and the amendment's own, which goes. The
    # quotation now closes after « Y. », once; « » ; » the same, its « ; » kept; whichever quotes the text uses
    for opening, closing in (("« ", " »"), ("“", "”"), ('"', '"')):
        for stop, after in (("", "II. – Le code est modifié."), (" ;", "2° Le reste est abrogé.")):
            article = (
                f"I. – L'article L. 1 est ainsi rédigé :\n\n{opening}Art. L. 1. – Premier.\n\n"
                f"{opening}Second.{closing}{stop}\n\n{after}"
            )
            for end in (f"{closing} »", f"{closing}{stop} »", " »"):
                text = (
                    "Après l'alinéa 3\n\nInsérer deux alinéas ainsi rédigés :\n\n"
                    f"« {opening}III. – X.\n\n« {opening}Y.{end}"
                )
                if end == f"{closing} ; »" and not stop:
                    continue  # an item's quotation ended after one that ends none: refused (`ambiguous`)
                assert apply(article, [("1", text)]).split("\n\n")[2:] == [
                    f"{opening}Second.",
                    f"{opening}III. – X.",
                    f"{opening}Y.{closing}{stop}",
                    after,
                ], (opening, stop, end)
    # amid the quotation, in “ ” quoted by the amendment's « »: its closing « » » is the amendment's, not the text's
    article = "I. – L'article L. 1 est ainsi rédigé :\n\n“Art. L. 1. – Premier.\n\n“Second.”\n\nII. – Le code est modifié."
    text = "Après l'alinéa 2\n\nInsérer deux alinéas ainsi rédigés :\n\n« “III. – X.\n\n« “Y. »"
    assert apply(article, [("1", text)]).split("\n\n")[2:4] == ["“III. – X.", "“Y."]


def test_an_article_restored_by_its_number_must_stand_deleted() -> None:
    # « Rétablir un article 5 dans la rédaction suivante » is filed on a deleted article: on one that stands,
    # the text it was filed on is not this one (p43-044); « (Article supprimé …) » or nothing stand deleted
    text = "Rétablir un article 5 dans la rédaction suivante :\n\n« Le préfet est nommé. »"
    with pytest.raises(AmendingError, match="not deleted"):
        apply("Le maire est nommé.\n\nIl est révoqué.", [("1", text)])
    assert apply("(Article supprimé par la commission)", [("1", text)]) == "Le préfet est nommé."
    assert apply("", [("1", text)]) == "Le préfet est nommé."
    # « Rétablir cet article » keeps its reading on an article that stands (p14-seance-A-1)
    text = "Rétablir cet article dans la rédaction suivante :\n\n« Le préfet est nommé. »"
    assert apply("Le maire est nommé.", [("1", text)]) == "Le préfet est nommé."


def test_a_text_given_holding_words_left_out_is_refused() -> None:
    # « (…) » in a new start or a rewritten alinéa marks words left out, which the instruction does not give (p43-066)
    article = "Les contrôles sont menés sur un échantillon, de façon aléatoire. Chaque opération est contrôlée."
    text = "Rédiger ainsi le début de l'alinéa 1 : « Les contrôles sont menés (…) de façon aléatoire… »"
    with pytest.raises(AmendingError, match="words left out"):
        apply(article, [("1", text)])
    with pytest.raises(AmendingError, match="words left out"):
        apply(article, [("1", "Rédiger ainsi l'alinéa 1 : « Les contrôles sont menés […] de façon aléatoire. »")])
    # a number left blank (« n° … du … ») is not that
    text = "Rédiger ainsi l'alinéa 1 : « Les contrôles sont menés selon le décret n° … du … »"
    assert apply(article, [("1", text)]) == "Les contrôles sont menés selon le décret n° … du …"


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


def test_words_deleted_given_as_a_series_are_each_deleted() -> None:
    # « Supprimer les mots : » then « « l'arrêté, », « l'audit, » et « la revue, » »: each deleted (p43-052)
    article = "Les règles relatives à l'établissement, l'arrêté, l'audit, la revue, l'approbation des comptes."
    text = "Alinéa 1\n\nSupprimer les mots :\n\n« l'arrêté, », « l'audit, » et « la revue, »"
    assert apply(article, [("1", text)]) == "Les règles relatives à l'établissement, l'approbation des comptes."
    with pytest.raises(AmendingError, match="not found"):
        apply(article, [("1", text.replace("la revue", "la vue"))])


def test_the_last_bare_items_of_a_list_deleted_with_their_et_take_the_list_comma() -> None:
    # participles or nouns with no article of their own (« Simplifiant, précisant et adaptant les règles », « les
    # objectifs, moyens et actions envisagés »; p43-005, p43-020): one item is left, no comma follows it
    article = "g) Simplifiant, précisant et adaptant les règles relatives aux comptes ;"
    assert apply(article, [("1", "Alinéa 1\n\nSupprimer les mots : « précisant et adaptant »")]) == (
        "g) Simplifiant les règles relatives aux comptes ;"
    )
    article = "Un plan présentant les objectifs, moyens et actions envisagés à cette fin est joint."
    assert apply(article, [("1", "Alinéa 1\n\nSupprimer les mots : « moyens et actions »")]) == (
        "Un plan présentant les objectifs envisagés à cette fin est joint."
    )
    # more items may be left (« Adaptant, interrompant, »): what joins them is not said (p43-008)
    article = "b) Adaptant, interrompant, suspendant ou reportant le terme des délais ;"
    with pytest.raises(AmendingError, match="last items of a list") as refused:
        apply(article, [("1", "Alinéa 1\n\nSupprimer les mots : « suspendant ou reportant »")])
    assert refused.value.code == "ambiguous"
    assert apply(article, [("1", "Alinéa 1\n\nSupprimer les mots : « interrompant, suspendant ou reportant »")]) == (
        "b) Adaptant le terme des délais ;"
    )


def test_the_last_items_of_a_list_after_an_incise_opened_by_et_take_their_comma() -> None:
    # « et, sur les aires …, des revêtements, des aménagements ou des dispositifs favorisant »: the comma after
    # « et » opens an incise, the next closes it; the item after it is the list's first (p43-014)
    article = (
        "Elles intègrent un procédé et, sur les aires de stationnement lorsqu'elles sont prévues, des revêtements "
        "de surface, des aménagements hydrauliques ou des dispositifs végétalisés favorisant l'infiltration."
    )
    text = "Alinéa 1\n\nSupprimer les mots : « des aménagements hydrauliques ou des dispositifs végétalisés »"
    assert apply(article, [("1", text)]) == (
        "Elles intègrent un procédé et, sur les aires de stationnement lorsqu'elles sont prévues, des revêtements "
        "de surface favorisant l'infiltration."
    )


def test_the_last_items_of_a_list_joined_by_commas_alone_take_the_comma_before_them() -> None:
    # « de locaux …, d'entrepôts, de hangars … ainsi qu'aux » less « d'entrepôts, de hangars … » (p43-024): no
    # « et » was there, the items left are joined as they were
    article = (
        "Elles s'appliquent aux constructions de locaux à usage industriel ou artisanal, d'entrepôts, de hangars "
        "non ouverts au public ainsi qu'aux parcs de stationnement."
    )
    text = "Alinéa 1\n\nSupprimer les mots : « d'entrepôts, de hangars non ouverts au public »"
    assert apply(article, [("1", text)]) == (
        "Elles s'appliquent aux constructions de locaux à usage industriel ou artisanal ainsi qu'aux parcs de stationnement."
    )


def test_a_term_of_a_series_put_after_its_first_term_that_no_comma_opens_goes_after_its_comma() -> None:
    # « elles intègrent soit un procédé …, soit un système » (p43-033, p43-034): the first « soit » follows no comma
    article = "Elles intègrent soit un procédé de production d'énergies renouvelables, soit un système de végétalisation."
    text = "Alinéa 1\n\nAprès le mot : « renouvelables », insérer les mots : « soit un réseau de chaleur, »"
    assert apply(article, [("1", text)]) == (
        "Elles intègrent soit un procédé de production d'énergies renouvelables, soit un réseau de chaleur, "
        "soit un système de végétalisation."
    )


def test_words_ending_with_a_comma_opening_like_the_words_after_a_list_comma_or_et_are_refused() -> None:
    # an item after the comma or words completing the term before, not said: the list's first item (p43-037),
    # items opening with « de » (p43-040), the place before « et » (p43-041)
    for article, anchor, new in (
        ("Le fonds est partagé avec les régions, les collectivités d'outre-mer et toute autre collectivité.",
         "les régions", "les départements,"),
        ("Elles sont transmises à des fins d'information, de contrôle, d'études statistiques et d'évaluation.",
         "d'information", "de prévention,"),
        ("Le fonds est partagé avec les régions, la Nouvelle-Calédonie et toute autre collectivité.",
         "la Nouvelle-Calédonie", "la Polynésie française,"),
    ):  # fmt: skip
        with pytest.raises(AmendingError, match="ending with a comma before (a list.s comma|« et »)") as refused:
            apply(article, [("1", f"Alinéa 1\n\nAprès les mots : « {anchor} », insérer les mots : « {new} »")])
        assert refused.value.code == "ambiguous"
    # opening otherwise, a complement: put where said, one comma left (p16-195)
    article = "Une stratégie de promotion de l'allemand, d'évaluer ces dispositifs."
    text = "Alinéa 1\n\nAprès le mot : « allemand », insérer les mots : « dans sa forme standard, »"
    assert apply(article, [("1", text)]) == "Une stratégie de promotion de l'allemand dans sa forme standard, d'évaluer ces dispositifs."


def test_the_last_items_of_a_list_after_an_incise_leave_its_closing_comma() -> None:
    # the comma before the items deleted closes an incise: it stays, whether « et » or a comma joined them
    for gone in ("les départements et les régions", "les départements, les régions"):
        article = f"Il informe, dans un délai d'un mois, {gone} du projet."
        assert apply(article, [("1", f"Alinéa 1\n\nSupprimer les mots : « {gone} »")]) == (
            "Il informe, dans un délai d'un mois, du projet."
        )
    # items joined by commas after words opening like them that follow a comma: an item or an incise, not said
    article = "Il informe, la veille, les départements, les régions du projet."
    with pytest.raises(AmendingError, match="whether the words before their comma are an item") as refused:
        apply(article, [("1", "Alinéa 1\n\nSupprimer les mots : « les départements, les régions »")])
    assert refused.value.code == "ambiguous"
    # « soit » the verb (« quelle que soit ») opens no term of a series: the words go where said
    article = "Quelle que soit leur taille, soit un procédé."
    text = "Alinéa 1\n\nAprès le mot : « taille », insérer les mots : « soit un réseau, »"
    assert apply(article, [("1", text)]) == "Quelle que soit leur taille soit un réseau, soit un procédé."
    # after a comma (the anchor « Les communes, »), words ending with a comma before « et » are an item
    article = "Les communes, et les régions le cas échéant, sont consultées."
    text = "Alinéa 1\n\nAprès les mots : « Les communes, », insérer les mots : « les départements, »"
    assert apply(article, [("1", text)]) == (
        "Les communes, les départements, et les régions le cas échéant, sont consultées."
    )


def test_words_another_amendment_is_anchored_on_deleted_or_replaced_are_a_conflict() -> None:
    # « Après le mot : « aléatoire », insérer … » then words holding « aléatoire » deleted (p43-093): voted on
    # the text as it stood, the words put are left after nothing they were put after; voted after, the other
    # amendment falls. Which was voted first is not said, in either order
    article = "Alinéa un.\n\nLes opérations sont contrôlées, sélectionnées de façon aléatoire. Un rapport est fait."
    put = "Alinéa 2\n\nAprès le mot : « aléatoire », insérer les mots : « , selon une méthode fixée par arrêté »"
    gone = "Alinéa 2\n\nSupprimer les mots : « , sélectionnées de façon aléatoire »"
    with pytest.raises(AmendingError, match="holds the words amendment 1 is anchored on") as refused:
        apply(article, [("1", put), ("2", gone)])
    assert refused.value.code == "conflict"
    with pytest.raises(AmendingError):
        apply(article, [("2", gone), ("1", put)])
    before = "Alinéa 2\n\nAvant le mot : « aléatoire », insérer le mot : « strictement »"
    replaced = "Alinéa 2\n\nRemplacer le mot : « aléatoire » par le mot : « fortuite »"
    with pytest.raises(AmendingError, match="anchored on"):
        apply(article, [("1", before), ("2", replaced)])
    # words next to what another amendment put, not its anchor, or next to words another replaced: the order
    # does not change the text, both are made
    after = "Alinéa 2\n\nAprès le mot : « contrôlées », insérer les mots : « sur pièces »"
    assert apply(article, [("1", after), ("2", gone)]).split("\n\n")[1] == (
        "Les opérations sont contrôlées sur pièces. Un rapport est fait."
    )
    spelled = "Alinéa 2\n\nRemplacer le mot : « contrôlées » par le mot : « vérifiées »"
    assert apply(article, [("1", spelled), ("2", gone)]).split("\n\n")[1] == (
        "Les opérations sont vérifiées. Un rapport est fait."
    )


def test_quoted_words_are_counted_in_the_text_as_it_stood_before_the_sitting() -> None:
    # « certificats d'économies d'énergie » twice in the alinéa, another amendment having changed the first
    # (p43-099): named with no occurrence, they were ambiguous as the amendment was written, and stay so
    article = (
        "Alinéa un.\n\nLa demande de certificats d'économies d'énergie est faite. "
        "Les demandes de certificats d'économies d'énergie précisent les opérations."
    )
    first = "Alinéa 2\n\nRemplacer les mots : « La demande de certificats d'économies d'énergie » par les mots : « La demande »"
    both = "Alinéa 2\n\nRemplacer les mots : « certificats d'économies d'énergie » par le mot : « certificats »"
    for sitting in ([("1", first), ("2", both)], [("2", both), ("1", first)]):
        with pytest.raises(AmendingError, match="occurs 2 times") as refused:
            apply(article, sitting)
        assert refused.value.code in ("ambiguous", "conflict")
    # an anchor too: « Après les mots : « d'énergie » » once the first « d'énergie » is gone
    put = "Alinéa 2\n\nAprès les mots : « d'énergie », insérer les mots : « délivrés »"
    with pytest.raises(AmendingError, match="as it stood"):
        apply(article, [("1", first), ("2", put)])
    # found once as it stood, they are read as before
    once = "Alinéa 2\n\nRemplacer le mot : « opérations » par le mot : « travaux »"
    assert apply(article, [("1", first), ("2", once)]).split("\n\n")[1] == (
        "La demande est faite. Les demandes de certificats d'économies d'énergie précisent les travaux."
    )


def test_an_occurrence_counted_across_words_another_amendment_changed_is_a_conflict() -> None:
    # the first « juge » changed by amendment 1: amendment 2's « première occurrence » counted as the text
    # stood is that one, now gone; counted now it would be the second. Which was voted on which is not said
    article = "Alinéa un.\n\nLe préfet saisit le juge. Le juge statue et le juge motive."
    first = "Alinéa 2\n\nRemplacer les mots : « saisit le juge » par les mots : « saisit l'autorité »"
    counted = "Alinéa 2\n\nAprès la première occurrence du mot : « juge », insérer les mots : « des libertés »"
    with pytest.raises(AmendingError, match="counts the occurrences across words amendment 1 changed") as refused:
        apply(article, [("1", first), ("2", counted)])
    assert refused.value.code == "conflict"
    # counted from the end, the change before it leaves the count as it stood; so do words put that hold
    # none of them (p11-c7b-seance)
    last = "Alinéa 2\n\nAprès la dernière occurrence du mot : « juge », insérer les mots : « des libertés »"
    assert apply(article, [("1", first), ("2", last)]).split("\n\n")[1] == (
        "Le préfet saisit l'autorité. Le juge statue et le juge des libertés motive."
    )
    put = "Alinéa 2\n\nAprès le mot : « préfet », insérer les mots : « du département »"
    assert apply(article, [("1", put), ("2", counted)]).split("\n\n")[1] == (
        "Le préfet du département saisit le juge des libertés. Le juge statue et le juge motive."
    )


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


def test_a_text_given_ending_with_dots_glued_to_its_last_word_is_cut_short() -> None:
    # « … un rapport sur… »: the rest is not given; never a full stop nobody wrote (p45-067). A new start's
    # dots (« Rédiger ainsi le début … : X Y Z… ») and a number left blank (« n° … ») are read
    article = "I. – Le maire statue.\n\nII. – Le préfet statue."
    for dots in ("…", "..."):
        text = f"Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« III. – Le Gouvernement remet un rapport sur{dots} »"
        with pytest.raises(AmendingError, match="cut short"):
            apply(article, [("1", text)])
        rewrite = f"Rédiger ainsi l'alinéa 2 :\n\n« II. – Le préfet statue sur{dots} »"
        with pytest.raises(AmendingError, match="cut short"):
            apply(article, [("1", rewrite)])
    start = "Rédiger ainsi le début de l'alinéa 2 :\n\n« II. – Le ministre statue… »"
    assert apply(article, [("1", start)]).split("\n\n")[1] == "II. – Le ministre statue."
    blank = "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« III. – Le décret n° … du … »"
    assert apply(article, [("1", blank)]).split("\n\n")[2] == "III. – Le décret n° … du … »".removesuffix(" »")


def test_an_article_restored_by_number_on_a_joint_committee_deletion_or_with_l_article() -> None:
    # « (Suppression maintenue) » stands deleted as « (Supprimé) » (p45-049); « Rétablir l'article 4 quater »
    # says « Rétablir un article 4 quater » (p45-050); on an article that stands, both are refused
    text = "Rétablir {} article 4 quater dans la rédaction suivante :\n\n« Le code est ainsi modifié. »"
    for deleted in ("(Suppression maintenue)", "(Supprimé)"):
        for said in ("un", "l'", "l’"):
            assert apply(deleted, [("1", text.format(said).replace("' ", "'").replace("’ ", "’"))]) == (
                "Le code est ainsi modifié."
            )
    with pytest.raises(AmendingError, match="not deleted"):
        apply("Le maire statue.", [("1", text.format("l'").replace("' ", "'"))])


def test_restoring_a_lettered_item_with_bis_takes_its_deleted_note_place() -> None:
    # « Après l'alinéa 2, rétablir un a bis) ainsi rédigé » beside « a bis) (Supprimé) » (p45-059), as « un 2° bis »
    article = "1° Le code est ainsi modifié :\n\na) Le mot : « un » est supprimé ;\n\na bis) (Supprimé)\n\nb) (Supprimé)"
    text = "Après l'alinéa 2, rétablir un a bis) ainsi rédigé :\n\n« a bis) Le mot : « deux » est supprimé ; »"
    assert apply(article, [("1", text)]).split("\n\n")[2:] == ["a bis) Le mot : « deux » est supprimé ;", "b) (Supprimé)"]


def test_words_in_a_series_deleted_in_the_passive_form() -> None:
    # the Sénat's « À l'alinéa 1, les mots : « A », « B » et « C » sont supprimés » is « supprimer les mots :
    # « A », « B » et « C » » (p45-069); two as well
    article = "Les comptes intégralement financiers et commerciaux sont tenus."
    three = "À l'alinéa 1, les mots : « intégralement », « financiers » et « et commerciaux » sont supprimés."
    assert apply(article, [("1", three)]) == "Les comptes sont tenus."
    two = "Les mots : « intégralement » et « et commerciaux » sont supprimés."
    assert apply(article, [("1", two)]) == "Les comptes financiers sont tenus."


def test_the_list_join_is_the_one_whose_items_open_alike() -> None:
    # the last item deleted holds its own « , social et »: the list's join is the « ou » before it (p45-024);
    # one item left, the list's comma goes; two left, what joins them is not said (p45-025)
    article = (
        "Alinéa un.\n\nLe Haut Conseil peut être saisi par le Gouvernement, le Président du Sénat ou le président"
        " du Conseil économique, social et environnemental pour rendre un avis."
    )
    gone = "Alinéa 2\n\nSupprimer les mots : « le Président du Sénat ou le président du Conseil économique, social et environnemental »"
    assert apply(article, [("1", gone)]).split("\n\n")[1] == (
        "Le Haut Conseil peut être saisi par le Gouvernement pour rendre un avis."
    )
    more = article.replace("Gouvernement, ", "Gouvernement, le Président de l'Assemblée nationale, ")
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(more, [("1", gone)])
    # an incise opened by the comma after « et » (« et, à Paris, ») does not hide the list's join (p45-021)
    article = (
        "Alinéa un.\n\nIls informent, chaque mois, les conseillers d'arrondissement, les conseillers municipaux et,"
        " à Paris, les conseillers de Paris en exercice."
    )
    gone = "Alinéa 2\n\nSupprimer les mots : « les conseillers municipaux et, à Paris, les conseillers de Paris »"
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(article, [("1", gone)])


def test_bare_items_deleted_after_words_holding_the_first_one_take_the_comma() -> None:
    # « des recours présentés, instruits et jugés »: « présentés » is inside words opening with « des », after
    # an incise: no other item is left, the comma goes (p45-013); after words opening alike, refused
    article = (
        "Alinéa un.\n\nLes mesures peuvent faire l'objet, devant le juge administratif, des recours présentés,"
        " instruits et jugés selon les procédures prévues."
    )
    gone = "Alinéa 2\n\nSupprimer les mots : « instruits et jugés »"
    assert apply(article, [("1", gone)]).split("\n\n")[1] == (
        "Les mesures peuvent faire l'objet, devant le juge administratif, des recours présentés selon les"
        " procédures prévues."
    )
    listed = article.replace("devant le juge administratif, des recours", "des décisions, des recours")
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(listed, [("1", gone)])


def test_an_infinitive_ending_with_a_comma_put_after_an_infinitive_is_an_item_of_the_list() -> None:
    # « Produire, consommer, stocker et vendre »: « partager, » after « consommer » goes after its comma
    # (p45-039); before « et », whether it takes « et » is not said (p45-040)
    article = "Alinéa un.\n\na) Produire, consommer, stocker et vendre de l'énergie renouvelable ;"
    put = "Alinéa 2\n\nAprès le mot : « consommer », insérer le mot : « partager, »"
    assert apply(article, [("1", put)]).split("\n\n")[1] == (
        "a) Produire, consommer, partager, stocker et vendre de l'énergie renouvelable ;"
    )
    put = "Alinéa 2\n\nAprès le mot : « stocker », insérer le mot : « partager, »"
    with pytest.raises(AmendingError, match="before « et »"):
        apply(article, [("1", put)])


def test_a_numbered_occurrence_is_the_one_counted_as_the_alinea_stood() -> None:
    # « la seconde occurrence » counted in the alinéa as it stood: the first changed by amendment 1, the
    # second is still there untouched and is the one meant (p45-084); the second taken out by amendment 1,
    # which was voted on which text is not said (refused, not « not found »)
    article = "Les factures d'eau sont reportées ; les pénalités pour non-paiement de ces factures sont supprimées."
    first = "Remplacer les mots : « factures d'eau » par les mots : « charges d'eau »."
    gone = "Supprimer les mots : « de ces factures »."
    for counted in ("la seconde occurrence", "la dernière occurrence"):
        second = f"Après {counted} du mot : « factures », insérer le mot : « impayées »."
        for order in ([("1", first), ("2", second)], [("2", second), ("1", first)]):
            assert apply(article, order) == (
                "Les charges d'eau sont reportées ; les pénalités pour non-paiement de ces factures impayées"
                " sont supprimées."
            )
        with pytest.raises(AmendingError) as refused:
            apply(article, [("1", gone), ("2", second)])
        assert refused.value.code == "conflict"


def test_words_next_to_an_anchor_are_counted_as_the_alinea_stood() -> None:
    # « Après le mot : « factures », substituer au mot : « sont » … »: next to two « factures » as the alinéa
    # stood, ambiguous as written; another amendment having deleted one, still so (`conflict`), as is an
    # anchor counted as it stood
    article = "Les factures d'eau sont reportées ; les pénalités pour non-paiement de ces factures sont supprimées."
    gone = "Supprimer les mots : « de ces factures »."
    near = "Après le mot : « factures », substituer au mot : « sont » le mot : « seront »."
    with pytest.raises(AmendingError, match="as the alinéa stood, before amendment 1 changed it") as refused:
        apply(article, [("1", gone), ("2", near)])
    assert refused.value.code == "conflict"
    with pytest.raises(AmendingError) as refused:
        apply(article, [("2", near), ("1", gone)])
    assert refused.value.code == "ambiguous"


def test_the_last_item_deleted_with_its_et_after_items_joined_by_commas_is_refused() -> None:
    # « et les régions » of « les communes, les départements et les régions »: « les communes, les
    # départements » would be joined by a comma alone; what joins them is not said (p46-011, p46-022, p46-025)
    article = "Le décret fixe les délais, les formes et les modalités de la procédure."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(article, [("1", "Supprimer les mots : « et les modalités de la procédure »")])
    article = "Il présente les objectifs, moyens et actions envisagés."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(article, [("1", "Supprimer les mots : « et actions »")])
    article = "L'exécutif peut engager, liquider et mandater les dépenses."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(article, [("1", "Supprimer les mots : « liquider et »")])
    # one item before « et »: read; another « et » after the words deleted: the list keeps its own
    assert apply("Le décret fixe les formes et les modalités de la procédure.", [
        ("1", "Supprimer les mots : « et les modalités de la procédure »")
    ]) == "Le décret fixe les formes."
    assert apply("Il fixe les délais, les formes et les modalités et les recours.", [
        ("1", "Supprimer les mots : « et les modalités »")
    ]) == "Il fixe les délais, les formes et les recours."


def test_an_incise_after_et_named_with_its_closing_comma_takes_the_comma_after_et() -> None:
    # « et, dans la limite de ses attributions, à tout agent » less « dans la limite de ses attributions, »:
    # the comma after « et » opened the incise; no comma stands right after « et » (p46-019)
    article = "Le président peut déléguer sa signature au directeur et, dans la limite de ses attributions, à tout agent."
    assert apply(article, [("1", "Supprimer les mots : « dans la limite de ses attributions, »")]) == (
        "Le président peut déléguer sa signature au directeur et à tout agent."
    )


def test_one_bare_word_ending_with_a_comma_put_before_a_comma_is_refused() -> None:
    # « immobilier, » after « financier » before « , social »: an item after the comma or a word completing
    # « financier », the two commas merged: not said (p46-034, p46-035); words opening with « et », « ou », a
    # preposition, or an adverb in « -ment », complete the words before: one comma
    article = "Les copropriétés en difficulté sur le plan technique, financier, social ou juridique."
    with pytest.raises(AmendingError, match="before another comma"):
        apply(article, [("1", "Après le mot : « financier » insérer le mot : « immobilier, »")])
    assert apply(article, [("1", "Après le mot : « financier » insérer les mots : « ou comptable, »")]) == (
        "Les copropriétés en difficulté sur le plan technique, financier ou comptable, social ou juridique."
    )
    assert apply(article, [("1", "Après le mot : « financier » insérer le mot : « notamment, »")]) == (
        "Les copropriétés en difficulté sur le plan technique, financier notamment, social ou juridique."
    )


def test_bare_last_items_deleted_between_two_commas_are_refused_when_unsure() -> None:
    # « social et environnemental » between « économique, » and « , dans les six mois »: the list's last items
    # (one comma stays) or an incise (both go), not said (p46-003); bare items after bare words that follow
    # another comma: the items left would be joined by a comma alone (p46-009)
    article = "Il présente au Conseil économique, social et environnemental, dans les six mois, les mesures."
    with pytest.raises(AmendingError, match="commas in doubt"):
        apply(article, [("1", "Supprimer les mots : « social et environnemental »")])
    article = "Pour réduire les émissions, développer les puits, réduire l'empreinte et développer l'adaptation, y compris les dispositions."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(article, [("1", "Supprimer les mots : « réduire l'empreinte et développer l'adaptation »")])
    # an incise before a verb: both commas go
    assert apply("Les actes, signés et datés, sont transmis.", [("1", "Supprimer les mots : « signés et datés »")]) == (
        "Les actes sont transmis."
    )


def test_an_article_deleted_by_both_chambers_is_restored_by_its_number() -> None:
    # « (Suppression conforme) »: the note of an article both chambers deleted, which « Rétablir un
    # article 4 quater » is filed on, as « (Suppression maintenue) » (p46-046)
    restore = "Rétablir un article 4 quater ainsi rédigé :\n\n« Le code est ainsi modifié. »"
    assert apply("(Suppression conforme)", [("1", restore)]) == "Le code est ainsi modifié."


def test_a_lettered_item_with_its_adverb_is_named_bare() -> None:
    # « Rétablir le a bis) dans la rédaction suivante »: the « a bis) (Supprimé) » shown once in the article
    # (p46-049), as « Rétablir le 4° bis »; shown under two items, which is not said
    article = "1° Le code est ainsi modifié :\n\na) Le mot : « un » est supprimé ;\n\na bis) (Supprimé)\n\nb) (Supprimé)"
    text = "Rétablir le a bis) dans la rédaction suivante :\n\n« a bis) Le mot : « deux » est supprimé ; »"
    assert apply(article, [("1", text)]).split("\n\n")[2:] == ["a bis) Le mot : « deux » est supprimé ;", "b) (Supprimé)"]
    twice = article + "\n\n2° Le code est ainsi modifié :\n\na bis) (Supprimé)"
    with pytest.raises(AmendingError, match="several"):
        apply(twice, [("1", text)])


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


def test_a_passive_series_deleted_joined_to_another_passive_part() -> None:
    # « les mots : « A », « B » et « C » sont supprimés et le mot : « D » est remplacé par … »: the series read
    # as alone (each deleted), the other part as it is (p46-054); the series second, too
    article = "Les comptes intégralement financiers et commerciaux des microentreprises sont tenus."
    first = (
        "À l'alinéa 1, les mots : « intégralement », « financiers » et « et commerciaux » sont supprimés et le"
        " mot : « microentreprises » est remplacé par les mots : « petites entreprises »."
    )
    assert apply(article, [("1", first)]) == "Les comptes des petites entreprises sont tenus."
    second = (
        "À l'alinéa 1, le mot : « microentreprises » est remplacé par les mots : « petites entreprises » et les"
        " mots : « intégralement », « financiers » et « et commerciaux » sont supprimés."
    )
    assert apply(article, [("1", second)]) == "Les comptes des petites entreprises sont tenus."


def test_words_next_to_an_anchor_are_the_nearest_as_the_alinea_stood() -> None:
    # « Après le mot : « loyers », substituer au mot : « factures » … »: the « factures » nearest after
    # « loyers » as the alinéa stood is the one amendment 1 changed; the nearest now is another: refused
    # (p46-062); the nearest as it stood still there untouched, it is the one changed
    article = "Le paiement des loyers, des factures d'eau et la suspension en cas d'impayé de ces factures."
    first = "Remplacer les mots : « des factures d'eau » par les mots : « des charges d'eau »."
    near = "Après le mot : « loyers », substituer au mot : « factures » le mot : « notes »."
    with pytest.raises(AmendingError, match="next to its anchor as the alinéa stood") as refused:
        apply(article, [("1", first), ("2", near)])
    assert refused.value.code == "conflict"
    other = "Remplacer les mots : « de ces factures » par les mots : « des factures »."
    assert apply(article, [("1", other), ("2", near)]) == (
        "Le paiement des loyers, des notes d'eau et la suspension en cas d'impayé des factures."
    )


QUOTING_ARTICLE = (
    "I. – Le code est ainsi modifié :\n\n« Art. L. 1. – Le maire décide. Il peut déléguer.\n\n"
    "« Les conditions sont fixées par décret en Conseil d'État. »"
)


def test_a_new_start_of_a_quoted_alinea_keeps_its_quote_once() -> None:
    # « Rédiger ainsi le début de l'alinéa 3 : « « Les modalités sont fixées… (le reste sans changement) » »:
    # the alinéa is a quotation; the quote given with the new start is its own, kept once (p49-007: it was
    # kept twice, « « « Les modalités »); with the sentence's stop before the closing quote, read too
    # (p49-007, p49-030, p49-081 were refused)
    want = "« Les modalités sont fixées par décret en Conseil d'État. »"
    for given in (
        "« « Les modalités sont fixées… (le reste sans changement) »",
        "« « Les modalités sont fixées… (le reste sans changement). »",
        "« Les modalités sont fixées… (le reste sans changement). »",
        "« « Les modalités sont fixées… »",
    ):
        text = f"Rédiger ainsi le début de l’alinéa 3 :\n\n{given}"
        assert apply(QUOTING_ARTICLE, [("1", text)]).split("\n\n")[2] == want, given
    straight = QUOTING_ARTICLE.replace("« ", '"').replace(" »", '"')
    text = "Rédiger ainsi le début de l’alinéa 3 :\n\n« « Les modalités sont fixées… (le reste sans changement). »"
    assert apply(straight, [("1", text)]).split("\n\n")[2] == '"Les modalités sont fixées par décret en Conseil d\'État."'


def test_a_division_named_bare_is_the_articles_own_else_the_one_quoted() -> None:
    # « Supprimer le b). » (« le b »): the article's one b) (p49-026); none of its own, the one b) of the text
    # it quotes (p49-023), « « b) (Supprimé) »; « À la fin du 3° », the 3° only quoted (p49-067); two quoted
    # b), refused; a b) (a 3°) of its own and one quoted: its own, as « le 2° » always read
    own = "1° Le code est ainsi modifié :\n\na) Le mot : « un » est supprimé ;\n\nb) Le mot : « deux » est supprimé ;\n\n2° Fin."
    for bare in ("Supprimer le b).", "Supprimer le b."):
        assert apply(own, [("1", bare)]).split("\n\n")[2] == "b) (Supprimé)"
    quoted = (
        "I. – Il est inséré un alinéa ainsi rédigé :\n\n« Sont exclues :\n\n« a) Les copropriétés ;\n\n"
        "« b) Les bâtiments anciens ;\n\n« c) Les autres. »\n\nII. – Le I entre en vigueur en 2024."
    )
    out = apply(quoted, [("1", "Supprimer le b).")]).split("\n\n")
    assert out[3:5] == ["« b) (Supprimé)", "« c) Les autres. »"]
    after = apply(quoted, [("1", "Au b), supprimer le mot : « anciens ».")]).split("\n\n")
    assert after[3] == "« b) Les bâtiments ;"
    third = quoted.replace("« c) Les autres. »", "« 3° Les autres, et les garages. »")
    assert apply(third, [("1", "À la fin du 3°, supprimer les mots : « , et les garages »")]).split("\n\n")[4] == (
        "« 3° Les autres. »"
    )
    two = quoted.replace("II. – Le I", "II. – Il est ajouté :\n\n« a) Un ;\n\n« b) Deux. »\n\nIII. – Le I")
    with pytest.raises(AmendingError, match="the texts it quotes have 2") as refused:
        apply(two, [("1", "Supprimer le b).")])
    assert refused.value.code == "ambiguous"
    both = quoted.replace("II. – Le I entre en vigueur en 2024.", "II. – Le code est modifié :\n\na) Un ;\n\nb) Deux.")
    assert apply(both, [("1", "Supprimer le b).")]).split("\n\n")[-1] == "b) (Supprimé)"
    numbered = (
        "I. – Le code est ainsi modifié :\n\n1° L'article 1 est ainsi rédigé :\n\n« Art. 1. – Un :\n\n« 1° Deux ;\n\n"
        "« 3° Trois. » ;\n\n2° Un mot ;\n\n3° Un autre mot."
    )
    assert apply(numbered, [("1", "Supprimer le 3°.")]).split("\n\n")[-1] == "3° (Supprimé)"
    with pytest.raises(AmendingError, match="several alinéa"):
        apply(own + "\n\n3° Le code est ainsi modifié :\n\nb) Trois.", [("1", "Supprimer le b).")])
def test_the_last_items_of_a_list_deleted_with_their_et_whatever_they_open_with() -> None:
    # The list's « et » (« ou ») deleted with its last item, or the last but one, or the last two after their
    # comma: the items left would be joined by commas alone, whatever they open with (« de », « en », « le »,
    # « au »: p48-038, 046, 055, 071, 084, 112 …); refused, as with « les » before
    article = "Le montant des dépenses pour le chauffage, le froid et l'eau chaude sanitaire est fixé."
    for gone in ("« le froid et »", "« et l'eau chaude sanitaire »"):
        with pytest.raises(AmendingError, match="what joins the items left is not said"):
            apply(article, [("1", f"À l'alinéa 1, supprimer les mots : {gone}.")])
    article = "Il s'applique dans les îles Wallis et Futuna, en Polynésie française et en Nouvelle-Calédonie."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(article, [("1", "Supprimer les mots : « et en Nouvelle-Calédonie ».")])
    article = "Pour l'enseignement de la médecine, de la pharmacie, de l'odontologie et de la maïeutique, il faut."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(article, [("1", "Supprimer les mots : « , de l'odontologie et de la maïeutique ».")])
    # one item left (the comma taken: `list_tail`), or the comma a sure incise's or a complement's put first: read
    assert apply(article, [("1", "Supprimer les mots : « de la pharmacie, de l'odontologie et de la maïeutique »")]) == (
        "Pour l'enseignement de la médecine, il faut."
    )
    article = "Il informe, le cas échéant, les départements et les régions du projet."
    assert apply(article, [("1", "Supprimer les mots : « les départements et ».")]) == (
        "Il informe, le cas échéant, les régions du projet."
    )
    article = "Dans ce cas, le maire et le préfet statuent."
    assert apply(article, [("1", "Supprimer les mots : « et le préfet ».")]) == "Dans ce cas, le maire statuent."
    # words opening with a preposition before the comma may end with the list's first item (« après avis du
    # comité … sur l'obligation, la coordination et le secret », p48-112), or be an incise: refused
    article = "Il est autorisé, après avis du comité de la loi sur l'obligation, la coordination et le secret."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(article, [("1", "Supprimer les mots : « la coordination et ».")])
    article = "Il informe, dans un délai d'un mois, les départements et les régions du projet."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(article, [("1", "Supprimer les mots : « les départements et ».")])


def test_the_comma_closing_a_notamment_incise_deleted_with_the_words_after_it() -> None:
    # « …, notamment la nature des combustibles, ainsi que le plafond … sont définis » less « , ainsi que le
    # plafond … »: the comma deleted closed the incise too, left open before the verb: refused (p48-095); inside
    # the incise's own list (« en particulier des entreprises, des collectivités et des associations »), read
    article = "Les modalités, notamment la nature des combustibles, ainsi que le plafond sont définis par décret."
    with pytest.raises(AmendingError, match="closed an incise"):
        apply(article, [("1", "Supprimer les mots : « , ainsi que le plafond ».")])
    article = "D'autres partenaires, en particulier des entreprises, des collectivités et des associations, y sont."
    assert apply(article, [("1", "Supprimer les mots : « , des collectivités ».")]) == (
        "D'autres partenaires, en particulier des entreprises et des associations, y sont."
    )


def test_a_complement_of_time_between_commas_before_a_complement_opening_with_a() -> None:
    # « applicable, à compter du 1er janvier 2022, aux installations » less « à compter du 1er janvier 2022 »:
    # « à compter de » is no « à » opening an item of a list with « aux installations »: an incise, both commas go
    article = "L'autorité fixe un plafond applicable, à compter du 1er janvier 2022, aux installations."
    assert apply(article, [("1", "Supprimer les mots : « à compter du 1er janvier 2022 ».")]) == (
        "L'autorité fixe un plafond applicable aux installations."
    )


def test_a_lone_et_completing_an_enumeration_item_goes_after_its_semicolon() -> None:
    # « Compléter l'alinéa 2 par le mot : « et » » on « 1° … en cours ; »: the joiner of the last two items goes
    # after the « ; » (« en cours ; et »), as drafters write it (p48-113); other words still go before it
    article = "Il est créé :\n\n1° Une admission dans une formation en cours ;\n\n2° Une admission en deuxième année."
    assert alineas(apply(article, [("1", "Compléter l'alinéa 2 par le mot : « et ».")]))[1] == (
        "1° Une admission dans une formation en cours ; et"
    )
    assert alineas(apply(article, [("1", "Compléter l'alinéa 2 par les mots : « et suivante ».")]))[1] == (
        "1° Une admission dans une formation en cours et suivante ;"
    )


def test_bare_verbs_of_a_list_deleted_without_their_complement_are_refused() -> None:
    # « créer des filiales, acquérir ou céder des participations » less « acquérir ou céder »: the item before
    # has its own complement; « des participations » would be left to nothing, with or without the comma
    article = "L'établissement est habilité à créer des filiales, acquérir ou céder des participations."
    with pytest.raises(AmendingError, match="leaves their complement"):
        apply(article, [("1", "Supprimer les mots : « acquérir ou céder ».")])
    # the first item bare shares the complement: the comma goes (« g) Simplifiant les règles »)
    article = "g) Simplifiant, précisant et adaptant les règles de la commande publique ;"
    assert apply(article, [("1", "Supprimer les mots : « précisant et adaptant ».")]) == (
        "g) Simplifiant les règles de la commande publique ;"
    )
def test_an_alinea_named_in_words_on_an_article_quoting_one_code_article_whole() -> None:
    # « Au deuxième alinéa » on « L'article L. 1 … est ainsi rédigé : » and its quotation: this article's second
    # alinéa (the code article's first) or the code article's second (this one's third)? Both holding the
    # words: refused (p51-047); one only: that one; the Assemblée's « Alinéa 2 » counts this article's
    article = (
        "L'article L. 1 du code est ainsi rédigé :\n\n« Art. L. 1. – I. – Le conseil est administré par un président."
        "\n\n« II. – Le conseil arrête le programme annuel.\n\n« III. – Le comité est composé de membres. »"
    )
    both = "Au deuxième alinéa, après le mot : « conseil », insérer le mot : « d'administration »."
    with pytest.raises(AmendingError, match="both hold its words") as refused:
        apply(article, [("1", both)])
    assert refused.value.code == "ambiguous"
    theirs = "Au deuxième alinéa, après le mot : « programme », insérer le mot : « pluriannuel »."
    assert alineas(apply(article, [("1", theirs)]))[2] == "« II. – Le conseil arrête le programme pluriannuel annuel."
    mine = "Au deuxième alinéa, après le mot : « président », insérer les mots : « élu »."
    assert alineas(apply(article, [("1", mine)]))[1].endswith("par un président élu.")
    numbered = "Alinéa 2, après le mot : « conseil », insérer le mot : « d'administration »."
    assert alineas(apply(article, [("1", numbered)]))[1].startswith("« Art. L. 1. – I. – Le conseil d'administration est")
    last = "Au dernier alinéa, après le mot : « comité », insérer le mot : « scientifique »."
    assert alineas(apply(article, [("1", last)]))[3] == "« III. – Le comité scientifique est composé de membres. »"
    with pytest.raises(AmendingError, match="is not said"):
        apply(article, [("1", "Supprimer le deuxième alinéa.")])


def test_comparative_placeholders_before_a_quoted_alinea_are_in_the_division() -> None:
    # Senate comparative texts write a quoted alinéa kept as a bare « (Alinéa sans modification) »: inside a
    # quotation still open, or after the division's own alinéa given so and before the next of its kind, it is
    # that division's (p51-011, p51-031); the code article quoted is found there
    article = (
        "I. – Le code est ainsi modifié :\n\n1° (Non modifié)\n\n2° Sont ajoutées des sections ainsi rédigées :"
        "\n\n« Section 4\n\n(Alinéa sans modification)\n\n« Art. L. 18. – Un organisme tient un registre."
        "\n\n(Alinéa sans modification)\n\n« Art. L. 19. – Les installations sont inscrites. »\n\nII. – (Non modifié)"
    )
    text = (
        "Au premier alinéa de l'article L. 19 du code, tel qu'il résulte du 2° du I du présent article, après le"
        " mot : « installations », insérer le mot : « nouvelles »."
    )
    assert alineas(apply(article, [("1", text)]))[7] == "« Art. L. 19. – Les installations nouvelles sont inscrites. »"
    own = (
        "(Alinéa sans modification)\n\n1° (Non modifié)\n\n2° (Alinéa sans modification)\n\n(Alinéa sans modification)"
        "\n\n« Art. L. 20. – Le préfet peut :\n\n« 1° Fermer les lieux ;\n\n« 2° Limiter les réunions. »\n\n3° (Non modifié)"
    )
    text = (
        "Au 2° de l'article L. 20 du code, tel qu'il résulte du 2° du présent article, après le mot : « Limiter »,"
        " insérer le mot : « strictement »."
    )
    assert alineas(apply(own, [("1", text)]))[6] == "« 2° Limiter strictement les réunions. »"
    last = own.replace("\n\n3° (Non modifié)", "\n\nII. – (Non modifié)")  # no other 2° after: whose, not said
    with pytest.raises(AmendingError, match="belongs to the division"):
        apply(last, [("1", text)])


def test_a_division_of_the_text_proposed_for_a_code_article() -> None:
    # « Compléter le II du texte proposé pour l'article L. 1 … par un 3° »: the II of the code article this one
    # quotes, as « le II de l'article L. 1 » is read (p51-046)
    article = (
        "L'article L. 1 du code est ainsi rédigé :\n\n« Art. L. 1. – I. – Le conseil est administré."
        "\n\n« II. – Le conseil comprend :\n\n« 1° Des chercheurs ;\n\n« 2° Des étudiants.\n\n« III. – Le comité est nommé. »"
    )
    text = "Compléter le II du texte proposé pour l'article L. 1 du code par un 3° ainsi rédigé :\n\n« 3° Des élus. »"
    assert alineas(apply(article, [("1", text)]))[4:7] == ["« 2° Des étudiants ;", "« 3° Des élus.", "« III. – Le comité est nommé. »"]


def test_the_last_alinea_of_a_code_article_a_division_completes() -> None:
    # « Au dernier alinéa de l'article L. 141-1 …, tel qu'il résulte du II du présent article », the II
    # completing that article by an alinéa it quotes: that alinéa (p51-005, p51-057); another alinéa of the code
    # article, not quoted whole, is still refused
    article = (
        "I. – Le code est ainsi modifié.\n\nII. – L'article L. 141-1 du code est complété par un alinéa ainsi rédigé :"
        "\n\n« Une feuille de route est publiée. »"
    )
    text = (
        "Au dernier alinéa de l'article L. 141-1 du code, tel qu'il résulte du II du présent article, après le mot :"
        " « publiée », insérer les mots : « chaque année »."
    )
    assert alineas(apply(article, [("1", text)]))[2] == "« Une feuille de route est publiée chaque année. »"
    with pytest.raises(AmendingError):
        apply(article, [("1", text.replace("Au dernier alinéa", "Au premier alinéa"))])


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


def test_a_bare_gage_is_said_to_state_no_instruction() -> None:
    # « II. – La perte de recettes … est compensée … », no verb of amending: refused, saying it instructs nothing
    # rather than that « perte » names no place (p52-043)
    text = (
        "I. – Alinéa 1\n\nRemplacer le mot :\n\n« affiliés »\n\npar le mot :\n\n« rattachés »\n\nII. – La perte de"
        " recettes résultant pour l'État du I est compensée, à due concurrence, par la création d'une taxe additionnelle."
    )
    with pytest.raises(AmendingError, match="it states no instruction"):
        apply("Les Français rentrés sont affiliés.", [("1", text)])


def test_a_lettered_item_with_its_adverb_named_bare_without_its_parenthesis() -> None:
    # « Le b bis est supprimé » (the Sénat's passive, no parenthesis): the one « b bis) » of the article, as
    # « le b bis) » is (p52-016); a mark the article lacks is still refused
    article = "1° Le premier alinéa est ainsi modifié :\n\na) Les mots : « A » sont supprimés ;\n\n" \
        "b) Les mots : « B » sont supprimés ;\n\nb bis) Les mots : « C » sont supprimés ;\n\nc) Les mots : « D » sont supprimés."
    assert alineas(apply(article, [("1", "Le b bis est supprimé.")]))[3] == "b bis) (Supprimé)"
    with pytest.raises(AmendingError, match="b ter"):
        apply(article, [("1", "Supprimer le b ter.")])
def test_a_division_deleted_while_another_amendment_changes_an_alinea_in_it() -> None:
    # « Supprimer le II » (alinéas 3 to 5) and « Alinéa 4 : remplacer … »: all adopted, the change can only
    # have been voted before the deletion: the II is deleted, in either order (stop 25, p50-056, p57-001); a
    # rewrite of the II not holding the words changed stands; one holding them is refused (`conflict`, p57-010)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° Les mots : « a » sont supprimés.\n\nII. – Le code est autorisé :"
        "\n\n1° À remédier aux éventuelles erreurs ;\n\n2° À abroger les dispositions."
    )
    delete = "Supprimer le II."
    change = "Alinéa 4\n\nRemplacer les mots :\n\n« éventuelles erreurs »\n\npar les mots :\n\n« erreurs »"
    for amendments in ([("10", delete), ("11", change)], [("11", change), ("10", delete)]):
        assert apply(article, amendments).split("\n\n")[2:] == ["II. – (Supprimé)"]
    rewrite = "Rédiger ainsi le II :\n\n« II. – Le code est abrogé. »"
    assert apply(article, [("10", rewrite), ("11", change)]).split("\n\n")[2:] == ["II. – Le code est abrogé."]
    holding = "Rédiger ainsi le II :\n\n« II. – Le code remédie aux éventuelles erreurs. »"
    with pytest.raises(AmendingError, match="amendment 11 changes alinéa 4, which it rewrites whole in words") as refused:
        apply(article, [("10", holding), ("11", change)])
    assert refused.value.code == "conflict"
    item = "Au 1° du II, remplacer les mots : « éventuelles erreurs » par les mots : « erreurs »."
    assert apply(article, [("10", delete), ("12", item)]).split("\n\n")[2:] == ["II. – (Supprimé)"]
    assert apply(article, [("10", delete), ("13", "Supprimer le 2° du II.")]).split("\n\n")[2:] == ["II. – (Supprimé)"]
    assert apply(article, [("1", "Supprimer cet article."), ("11", change)]) == ""  # the article's: the others fall


def test_words_only_another_amendment_puts_are_changed_after_it_whatever_the_order() -> None:
    # « Après les mots : « l'empreinte matière » » given before the amendment inserting « et de l'empreinte
    # matière », the alinéa never having held them: it could only be voted after it, and is made after it
    # (p50-018); words several others put, or none, are looked for in the order given (refused here)
    article = "Les objectifs de réduction de l'empreinte carbone de la France."
    late = "Alinéa 1\n\nAprès les mots :\n\n« l'empreinte matière »\n\ninsérer les mots :\n\n« , mesurée par décret, »"
    puts = "Alinéa 1\n\nAprès les mots :\n\n« l'empreinte carbone »\n\ninsérer les mots :\n\n« et de l'empreinte matière »"
    meant = "Les objectifs de réduction de l'empreinte carbone et de l'empreinte matière, mesurée par décret, de la France."
    assert apply(article, [("341", late), ("340", puts)]) == meant
    assert apply(article, [("340", puts), ("341", late)]) == meant
    also = "Alinéa 1\n\nAprès les mots :\n\n« de la France »\n\ninsérer les mots :\n\n« et l'empreinte matière »"
    with pytest.raises(AmendingError, match="not found"):
        apply(article, [("341", late), ("340", puts), ("342", also)])


def test_an_alinea_deleted_by_two_amendments_is_deleted_either_way() -> None:
    # « Supprimer l'alinéa 3 » and « Supprimer les alinéas 3 et 5 »: whichever was voted first, 3 and 5 go; an
    # alinéa deleted by one and rewritten by the other is deleted too (the rewrite voted first, stop 25); a
    # deletion of only some of the alinéas another rewrites is refused
    article = "Un.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq."
    both = [("1", "Supprimer l'alinéa 3."), ("2", "Supprimer les alinéas 3 et 5.")]
    assert apply(article, both) == "Un.\n\nDeux.\n\nQuatre."
    rewritten = [("1", "Rédiger ainsi l'alinéa 3 : « Autre. »"), ("2", "Supprimer les alinéas 3 et 5.")]
    assert apply(article, rewritten) == apply(article, rewritten[::-1]) == "Un.\n\nDeux.\n\nQuatre."
    with pytest.raises(AmendingError, match="only some of the alinéas"):
        apply(article, [("1", "Rédiger ainsi les alinéas 3 et 4 : « Autre. »"), ("2", "Supprimer l'alinéa 3.")])


def test_words_deleted_that_take_one_term_of_a_correlative_pair_leaving_the_other_word_alone_are_refused() -> None:
    # « , soit à l'amiable … » of « dissoute soit par le constat …, soit à l'amiable … »: a lone « soit » left, what
    # becomes of it not said (p54-053); so for « ni », « tantôt », « d'une part … d'autre part »; two terms left,
    # all gone, or the incise « d'une part » alone deleted (p38-011): read
    article = "Elle est dissoute soit par le constat, par le conseil, que les ressources sont épuisées, soit à l'amiable."
    with pytest.raises(AmendingError, match="a term of « soit … soit » and leaves « soit » alone"):
        apply(article, [("1", "Supprimer les mots : « , soit à l'amiable ».")])
    with pytest.raises(AmendingError, match="« ni … ni »"):
        apply("Il n'est saisi ni par le maire ni par le préfet.", [("1", "Supprimer les mots : « ni par le préfet ».")])
    with pytest.raises(AmendingError, match="« d'une part … d'autre part »"):
        apply("Il associe, d'une part, les communes et, d'autre part, les régions.",
              [("1", "Supprimer les mots : « et, d'autre part, les régions ».")])
    three = "Il est saisi soit par le maire, soit par le préfet, soit par le président."
    assert apply(three, [("1", "Supprimer les mots : « , soit par le président ».")]) == (
        "Il est saisi soit par le maire, soit par le préfet."
    )
    both = "Quelle que soit sa durée, il est saisi soit par le maire, soit par le préfet."
    assert apply(both, [("1", "Supprimer les mots : « soit par le maire, soit par le préfet ».")]) == (
        "Quelle que soit sa durée, il est saisi."
    )
    incises = "Les agents, d'une part, et les services, d'autre part, échangent."
    amendment = "Supprimer les mots : « d'une part » et les mots : « d'autre part »."
    assert apply(incises, [("1", amendment)]) == "Les agents et les services échangent."


def test_the_last_item_deleted_with_its_et_leaves_items_still_joined_by_an_et_or_after_a_verb() -> None:
    # « L. 446-4, L. 446-5 et L. 446-7 et L. 446-14 » less « et L. 446-14 »: another « et » joins the items left
    # (p54-041); not an item's own « et » (« du code de la construction et de l'habitation », p43-004)
    article = "Les dispositifs prévus aux articles L. 446-4, L. 446-5 et L. 446-7 et L. 446-14 intègrent le bilan."
    assert apply(article, [("1", "Supprimer les mots : « et L. 446-14 ».")]) == (
        "Les dispositifs prévus aux articles L. 446-4, L. 446-5 et L. 446-7 intègrent le bilan."
    )
    codes = "dérogeant au code de la santé, du code rural et de la pêche, du code de la construction et de l'habitation"
    codes += " et du code de l'action sociale pour adapter."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(codes, [("1", "Supprimer les mots : « et du code de l'action sociale ».")])
    # « , d'innovation et de développement » after « … sont prises en compte par les autres schémas … en matière
    # de formation »: the words back to the comma hold their phrase's verb, the list's first item follows no comma
    region = "Les orientations du schéma de l'enseignement, de la recherche et de l'innovation sont prises en compte"
    region += " par les schémas de la région en matière de formation, d'innovation et de développement économique."
    assert apply(region, [("1", "Supprimer les mots : « , d'innovation et de développement économique ».")]) == (
        "Les orientations du schéma de l'enseignement, de la recherche et de l'innovation sont prises en compte"
        " par les schémas de la région en matière de formation."
    )
    relative = "Ils aident les personnes, les entreprises qui sont établies en France, les associations et les fondations."
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(relative, [("1", "Supprimer les mots : « , les associations et les fondations ».")])


def test_a_list_of_two_after_a_sure_incise_or_between_commas_loses_its_last_item() -> None:
    # « ainsi que, le cas échéant, les pôles … et les réseaux … » less « et les réseaux … »: the comma before
    # « les pôles » is the incise's, no list's (p54-051); « des évolutions, positives ou négatives, du bilan »
    # less « ou négatives »: two words set between commas (p54-079), the reason naming the word deleted
    article = "les mots : « ainsi que, le cas échéant, les pôles de recherche et d'enseignement et les réseaux » sont supprimés."
    assert apply(article, [("1", "Supprimer les mots : « et les réseaux ».")]) == (
        "les mots : « ainsi que, le cas échéant, les pôles de recherche et d'enseignement » sont supprimés."
    )
    analysis = "une analyse des évolutions, positives ou négatives, du bilan."
    assert apply(analysis, [("1", "Supprimer les mots : « ou négatives ».")]) == "une analyse des évolutions, positives, du bilan."
    three = "une analyse des évolutions, importantes, positives ou négatives, du bilan."
    with pytest.raises(AmendingError, match="with their « ou »: what joins the items left is not said"):
        apply(three, [("1", "Supprimer les mots : « ou négatives ».")])
    with pytest.raises(AmendingError, match="with their « et »: what joins the items left is not said"):
        apply("présentant les objectifs, moyens et actions envisagés.", [("1", "Supprimer les mots : « et actions ».")])
def test_bare_kept_lines_of_a_division_deleted_go_with_it() -> None:
    # A Senate comparative text: « Supprimer le 2° du I » takes the bare « (Alinéa sans modification) » lines
    # inside the quotation it holds, still open (p55-013), and those up to the next item of its kind
    # (p55-025, the « e) » after a d) announcing its alinéas: p55-022): the rule places read too; bare lines
    # after an item's full stop, before a mark above, are its own or the division above's: refused (p55-030)
    article = (
        "I. – (Alinéa sans modification)\n\n1° (Non modifié)\n\n2° (Alinéa sans modification)\n\n"
        "« II. – Dans le cas où les droits excèdent, la commission notifie le complément.\n\n"
        "(Alinéa sans modification)\n\n(Alinéa sans modification)\n\nII. – (Alinéa sans modification)\n\n"
        "1° (Non modifié)"
    )
    got = apply(article, [("113", "Supprimer le 2° du I.")])
    assert alineas(got) == ["I. – (Alinéa sans modification)", "1° (Non modifié)", "2° (Supprimé)",
                            "II. – (Alinéa sans modification)", "1° (Non modifié)"]  # fmt: skip
    items = (
        "2° (Alinéa sans modification)\n\na) (Non modifié)\n\nd) Après le troisième alinéa, sont insérés trois "
        "alinéas ainsi rédigés :\n\n(Alinéa sans modification)\n\n« Le fournisseur transmet les données.\n\n"
        "(Alinéa sans modification)\n\ne) (Non modifié)"
    )
    assert alineas(apply(items, [("122", "Supprimer le d) du 2°.")])) == [
        "2° (Alinéa sans modification)", "a) (Non modifié)", "d) (Supprimé)", "e) (Non modifié)"
    ]  # fmt: skip
    later = "I. – Le code est ainsi modifié :\n\n1° (Non modifié)\n\n2° Les mots sont supprimés.\n\n" \
        "(Alinéa sans modification)\n\nII. – (Non modifié)"
    with pytest.raises(AmendingError, match="« \\(Alinéa sans modification\\) », belongs to the division « 2° »"):
        apply(later, [("130", "Supprimer le 2° du I.")])


def test_a_capital_roman_paragraph_with_its_adverb_is_no_lettered_item() -> None:
    # « Au I bis, … », « Supprimer le 4° du V bis »: capitals with « bis » are paragraphs (p55-019, p55-030),
    # « le i bis du 2° » in small letters still a lettered item
    article = "I. – Un.\n\nI bis. – Les fournisseurs informent plus de dix personnes.\n\nII. – Deux :\n\n" \
        "1° Le texte :\n\ni) Trois ;\n\ni bis) Les mots : « quatre » sont supprimés ;\n\nj) Cinq."
    got = apply(article, [("119", "Au I bis, remplacer les mots : « dix » par les mots : « vingt ».")])
    assert alineas(got)[1] == "I bis. – Les fournisseurs informent plus de vingt personnes."
    got = apply(article, [("2", "Au i bis du 1° du II, remplacer le mot : « quatre » par le mot : « cinq ».")])
    assert alineas(got)[5] == "i bis) Les mots : « cinq » sont supprimés ;"


def test_a_bare_kept_line_inside_a_quotation_does_not_end_it() -> None:
    # « Au III du texte proposé pour l'article L. 1 », the quoted article given with bare « (Alinéa sans
    # modification) » lines among its quoted alinéas: they go on the quotation, still open (p55-064)
    article = (
        "I. – (Alinéa sans modification)\n\n1° (Alinéa sans modification)\n\n« Art. L. 1. – I. – Un seuil.\n\n"
        "(Alinéa sans modification)\n\n« II. – (Non modifié)\n\n« III. – À compter du 1er janvier 2022, un audit.\n\n"
        "(Alinéa sans modification)\n\n« IV. – (Non modifié)\n\n2° (Alinéa sans modification)"
    )
    text = "Au III du texte proposé pour l'article L. 1 du code, remplacer l'année : « 2022 » par l'année : « 2023 »."
    assert alineas(apply(article, [("164", text)]))[5] == "« III. – À compter du 1er janvier 2023, un audit."
def test_a_new_start_opening_as_a_later_phrase_does_is_refused() -> None:
    # « Dans ce cas, la fondation partenariale… » on « Par dérogation …, la fondation partenariale peut … . Dans ce
    # cas, elle est dissoute … »: its first words are the second phrase's, its last the first's: which words it
    # replaces is not said (p55-075: « Dans ce cas » was doubled); a start opening as the alinéa does is read
    article = (
        "Par dérogation à la loi, la fondation partenariale peut être créée sans durée déterminée. "
        "Dans ce cas, elle est dissoute par le conseil d'administration."
    )
    odd = "Rédiger ainsi le début de l'alinéa 1 : « Dans ce cas, la fondation partenariale… (le reste sans changement). »"
    with pytest.raises(AmendingError, match="opens as a later phrase does") as refused:
        apply(article, [("175", odd)])
    assert refused.value.code == "ambiguous"
    fine = "Rédiger ainsi le début de l'alinéa 1 : « Par dérogation au code, la fondation partenariale… (le reste sans changement). »"
    assert apply(article, [("176", fine)]).startswith("Par dérogation au code, la fondation partenariale peut être créée")


def test_alineas_named_in_words_on_a_quoted_code_article_are_those_each_holding_the_words() -> None:
    # « Aux deuxième et troisième alinéas » on an article quoting one code article: this article's second lacks the
    # words, the code article's second and third (this article's third and fourth) hold them: that count (p55-043)
    article = (
        "Le code est complété par un article L. 711-11 ainsi rédigé :\n\n"
        "« Art. L. 711-11. – Les établissements contractent librement.\n\n"
        "« Tout projet est transmis au ministre chargé de l'enseignement supérieur.\n\n"
        "« Faute d'opposition du ministre chargé de l'enseignement supérieur, l'accord est conclu.\n\n"
        "« Un décret précise les modalités d'application du présent article. »"
    )
    said = (
        "Aux deuxième et troisième alinéas, remplacer les mots : « ministre chargé de l'enseignement supérieur » "
        "par les mots : « ministre chargé de la recherche »."
    )
    got = apply(article, [("143", said)]).split("\n\n")
    assert got[2] == "« Tout projet est transmis au ministre chargé de la recherche."
    assert got[3] == "« Faute d'opposition du ministre chargé de la recherche, l'accord est conclu."


def test_an_alinea_of_a_code_article_as_it_results_from_a_division_with_no_subject_of_its_own() -> None:
    # « 2° Il est complété par deux alinéas ainsi rédigés : », the article's introduction naming the code article:
    # its last alinéa is the 2°'s last quoted one (p55-053, p55-054); « 2° Après le même alinéa, il est inséré un
    # alinéa … », the 1° naming the first: its second is the 2°'s (p55-059); any other is refused, said so
    article = (
        "L'article L. 533-22-1 du code monétaire et financier est ainsi modifié :\n\n"
        "1° Le dernier alinéa est ainsi modifié :\n\n"
        "a) La dernière phrase est supprimée ;\n\n"
        "2° Il est complété par deux alinéas ainsi rédigés :\n\n"
        "« Le cas échéant, elles expliquent les raisons.\n\n"
        "« La contribution est appréciée au regard de cibles indicatives. »"
    )
    last = (
        "À la dernière phrase du dernier alinéa de l'article L. 533-22-1 du code monétaire et financier, tel qu'il "
        "résulte du 2° du présent article, après le mot : « appréciée », insérer le mot : « annuellement »."
    )
    got = apply(article, [("154", last)]).split("\n\n")
    assert got[-1] == "« La contribution est appréciée annuellement au regard de cibles indicatives. »"
    first = last.replace("2° du présent", "1° du présent")
    with pytest.raises(AmendingError, match="the 1° of this article does not put the alinéa named of article"):
        apply(article, [("155", first)])
    inserted = (
        "L'article L. 822-1 du code de l'éducation est ainsi modifié :\n\n"
        "1° Le premier alinéa est complété par une phrase ainsi rédigée :\n\n"
        "« Il contribue à assurer aux étudiants une qualité d'accueil. »\n\n"
        "2° Après le même alinéa, il est inséré un alinéa ainsi rédigé :\n\n"
        "« Le réseau des oeuvres universitaires assure une mission d'éducation pour la santé des étudiants. »"
    )
    second = (
        "Au deuxième alinéa de l'article L. 822-1 du code de l'éducation, tel qu'il résulte du 2° du présent "
        "article, après le mot : « santé », insérer les mots : « et le bien-être »."
    )
    got = apply(inserted, [("159", second)]).split("\n\n")
    assert got[-1] == "« Le réseau des oeuvres universitaires assure une mission d'éducation pour la santé et le bien-être des étudiants. »"
    with pytest.raises(AmendingError, match="does not put the alinéa named"):
        apply(inserted, [("157", second.replace("Au deuxième", "Au dernier"))])
    with pytest.raises(AmendingError, match="does not put the alinéa named"):
        apply(inserted, [("160", second.replace("Au deuxième", "Au troisième"))])


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


def test_last_item_deleted_with_its_et_after_items_opening_unlike_it_is_refused() -> None:
    # The items left joined by a comma alone, whatever the item deleted opens with: one bare word after bare
    # words (« médicales, odontologiques, pharmaceutiques et de maïeutique », p57-049, p57-051), « à » and one
    # noun after « au » (« au recrutement, à l'affectation et la carrière », p57-063)
    bare = "Les études médicales, odontologiques, pharmaceutiques et de maïeutique sont ouvertes."
    with pytest.raises(AmendingError, match="with their « et »: what joins the items left is not said"):
        apply(bare, [("1", "Supprimer les mots : « et de maïeutique ».")])
    alternative = bare.replace(" et de maïeutique", " ou de maïeutique")
    with pytest.raises(AmendingError, match="with their « ou »: what joins the items left is not said"):
        apply(alternative, [("2", "Supprimer les mots : « ou de maïeutique ».")])
    nouns = "Les questions relatives au recrutement, à l'affectation et la carrière des enseignants sont examinées."
    with pytest.raises(AmendingError, match="with their « et »: what joins the items left is not said"):
        apply(nouns, [("3", "Supprimer les mots : « et la carrière ».")])
    # still read: the comma's list keeps its « et » (p57-064), two adjectives set apart before a participle
    # (p57-066), two complements between the commas after the phrase's verb (p57-053), a list of bare words
    # closed by its own « et » before the words deleted (p57-057)
    both = nouns.replace("enseignants sont", "enseignants et des chercheurs sont")
    assert apply(both, [("5", "Supprimer les mots : « et des chercheurs ».")]) == nouns
    spent = "Une analyse de la dépense publique, budgétaire ou fiscale, consentie par l'État est faite."
    assert apply(spent, [("6", "Supprimer les mots : « ou fiscale ».")]) == (
        "Une analyse de la dépense publique, budgétaire, consentie par l'État est faite."
    )
    fixed = "Les places sont fixées, pour chaque université et pour chacune des filières, par arrêté."
    assert apply(fixed, [("7", "Supprimer les mots : « et pour chacune des filières ».")]) == (
        "Les places sont fixées, pour chaque université, par arrêté."
    )
    closed = (
        "Il conclut une convention avec un établissement à caractère scientifique, culturel et professionnel "
        "afin de prévoir des rapprochements dans les domaines pédagogique et de la recherche et de faciliter "
        "les parcours."
    )
    assert apply(closed, [("8", "Supprimer les mots : « et de faciliter les parcours ».")]) == (
        "Il conclut une convention avec un établissement à caractère scientifique, culturel et professionnel "
        "afin de prévoir des rapprochements dans les domaines pédagogique et de la recherche."
    )
def test_an_alinea_deleted_or_rewritten_whole_while_another_changes_it_follows_what_was_adopted() -> None:
    # All the amendments of a sitting were adopted (stop 25). Deleted whole by one and changed by the other,
    # the change was voted first (after the deletion there is nothing to change): deleted, in either order
    # (p57-001, p57-002). Rewritten in words that do not hold those the change names, the change came first and
    # was overwritten: the rewrite stands (p57-008); holding them (or the change naming none), the change may
    # have been made on the new text: refused (`conflict`, p57-009). The same for an alinéa named by its
    # number and for a division named by its mark; words the change names that the alinéa never held are still
    # not found
    article = "I. – Le conseil est élu.\n\nII. – Il se réunit deux fois par an.\n\nIl peut recevoir des dons et des legs."
    change = "Alinéa 3\n\nAprès le mot :\n\n« dons »\n\ninsérer les mots :\n\n« , des subventions »"
    deleted = "I. – Le conseil est élu.\n\nII. – (Supprimé)"
    for delete in ("Supprimer le II.", "Supprimer les alinéas 2 et 3."):
        assert apply(article, [("1", delete), ("2", change)]) == deleted
        assert apply(article, [("2", change), ("1", delete)]) == deleted
    assert apply(article, [("1", "Supprimer l'alinéa 3."), ("2", change)]) == "I. – Le conseil est élu.\n\nII. – Il se réunit deux fois par an."
    rewrite = "Rédiger ainsi l'alinéa 3 :\n\n« Il peut recevoir des legs. »"
    for amendments in ([("1", rewrite), ("2", change)], [("2", change), ("1", rewrite)]):
        assert apply(article, amendments).split("\n\n")[2] == "Il peut recevoir des legs."
    division = "Rédiger ainsi le II :\n\n« II. – Il se réunit chaque mois. »"
    assert apply(article, [("2", change), ("1", division)]) == "I. – Le conseil est élu.\n\nII. – Il se réunit chaque mois."
    holding = "Rédiger ainsi l'alinéa 3 :\n\n« Il peut recevoir des dons. »"
    for amendments in ([("1", holding), ("2", change)], [("2", change), ("1", holding)]):
        with pytest.raises(AmendingError, match="in words that hold those it names") as refused:
            apply(article, amendments)
        assert refused.value.code == "conflict"
    phrase = "Alinéa 3\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\n« Ils sont acceptés par le bureau. »"
    with pytest.raises(AmendingError, match="names no words there"):
        apply(article, [("1", rewrite), ("2", phrase)])
    absent = "Alinéa 3\n\nAprès le mot :\n\n« subventions »\n\ninsérer les mots :\n\n« publiques »"
    with pytest.raises(AmendingError, match="not found"):
        apply(article, [("1", "Supprimer l'alinéa 3."), ("2", absent)])


def test_a_text_given_that_is_itself_an_instruction_is_refused() -> None:
    # « insérer un alinéa ainsi rédigé : 1AA – avant le 1°, insérer un alinéa ainsi rédigé : « … » »: no law's
    # alinéa says « insérer »; a bill's own « il est inséré un 1° A ainsi rédigé : » is read (p14-com-COM-101)
    article = "L'article L. 123-2 est ainsi modifié :\n\n1° Le 2° est supprimé."
    nested = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n1AA – avant le 1°, insérer un alinéa ainsi rédigé : « 1A – A la réussite » ;"
    with pytest.raises(AmendingError, match="instruction of its own"):
        apply(article, [("1", nested)])
    bill = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« 1° AA Avant le 1°, il est inséré un 1° A ainsi rédigé : » ;"
    assert alineas(apply(article, [("1", bill)]))[1] == "1° AA Avant le 1°, il est inséré un 1° A ainsi rédigé :"


def test_a_quoted_code_articles_first_paragraph_deleted_keeps_its_number_after_the_heading() -> None:
    # « Supprimer le I du texte proposé pour l'article L. 443-9-3 », its I (heading, quoted unmarked alinéa)
    # before « « II. – »: the article stays, « « Art. L. 443-9-3. – I. – (Supprimé) » (p58-019)
    article = "\n\n".join(
        [
            "9° Il est inséré un article L. 443‑9‑3 ainsi rédigé :",
            "« Art. L. 443‑9‑3. – I. – (Alinéa sans modification)",
            "« Dans le cas où un fournisseur se voit retirer son autorisation, les contrats sont résiliés.",
            "« II. – (Non modifié)",
            "« III. – (Non modifié) »",
            "10° (Non modifié)",
        ]
    )
    amendment = "Supprimer le I du texte proposé pour l'article L. 443‑9‑3 du code de l'énergie."
    assert alineas(apply(article, [("19", amendment)]))[1:3] == [
        "« Art. L. 443‑9‑3. – I. – (Supprimé)",
        "« II. – (Non modifié)",
    ]


def test_a_quoted_code_articles_lone_i_before_bare_lines_is_refused() -> None:
    # « « Art. L. 443-9-2. – I. – (Non modifié) » then bare lines, no « II » given: a lone I is never written,
    # the article's other paragraphs are left out, whose those lines are is not said (p58-020)
    article = "\n\n".join(
        [
            "9° (Alinéa sans modification)",
            "« Art. L. 443‑9‑2. – I. – (Non modifié)",
            "(Alinéa sans modification)",
            "(Alinéa sans modification)",
            "« Art. L. 443‑9‑3. – I. – Afin d'assurer le bon fonctionnement des réseaux.",
            "« II. – (Non modifié)",
            "10° (Non modifié)",
        ]
    )
    amendment = "Supprimer le I du texte proposé pour l'article L. 443‑9‑2 du code de l'énergie."
    with pytest.raises(AmendingError, match="only paragraph given of the code article") as refused:
        apply(article, [("20", amendment)])
    assert refused.value.code == "ambiguous"
def test_a_list_s_last_item_deleted_reads_the_list_it_belongs_to() -> None:
    # A bare list closed by its « et » right after the comma (« technique et industrielle ») inside an item
    # opening like the words deleted (« de diffusion de la culture scientifique, ») is no list of its own: the
    # « de » items left would be joined by commas alone: refused (p58-064). « aux » opens as « à » (« aux
    # bibliothèques et aux centres » before « et à l'accès »: the list keeps its « et », p58-063); a comma after
    # a relative pronoun and its verb, the subject after (« dans lesquelles est assurée, », p58-067), or closing
    # complements put first one after another (« À titre expérimental, pour une durée de six ans, » before
    # « des modalités », p58-071) joins no items
    voeux = (
        "Il émet des voeux sur les politiques de formation, de recherche, de diffusion de la culture scientifique, "
        "technique et industrielle et de documentation scientifique et technique, sur la qualification des emplois."
    )
    with pytest.raises(AmendingError, match="last items of a list with their « et »"):
        apply(voeux, [("1", "Supprimer les mots : « et de documentation scientifique et technique ».")])
    mesures = (
        "Elle adopte les mesures relatives aux activités de soutien, aux services médicaux et sociaux, aux "
        "bibliothèques et aux centres de documentation et à l'accès aux ressources numériques ;"
    )
    assert apply(mesures, [("2", "Supprimer les mots : « et à l'accès aux ressources numériques ».")]) == (
        "Elle adopte les mesures relatives aux activités de soutien, aux services médicaux et sociaux, aux "
        "bibliothèques et aux centres de documentation ;"
    )
    sein = (
        "Ils prévoient les conditions dans lesquelles est assurée, au sein de la commission de la formation et de "
        "la vie universitaire et de la commission de la recherche, la représentation des secteurs."
    )
    assert apply(sein, [("3", "Supprimer les mots : « et de la commission de la recherche ».")]) == (
        "Ils prévoient les conditions dans lesquelles est assurée, au sein de la commission de la formation et de "
        "la vie universitaire, la représentation des secteurs."
    )
    essai = (
        "À titre expérimental, pour une durée de six ans, des modalités dont la liste est définie par arrêté des "
        "ministres chargés de la santé et de l'enseignement supérieur, après consultation, peuvent être fixées."
    )
    assert apply(essai, [("4", "Supprimer les mots : « et de l'enseignement supérieur ».")]) == (
        "À titre expérimental, pour une durée de six ans, des modalités dont la liste est définie par arrêté des "
        "ministres chargés de la santé, après consultation, peuvent être fixées."
    )
def test_au_deuxieme_et_au_troisieme_alineas_is_one_place_of_two_alineas() -> None:
    # « Au deuxième et au troisième alinéas » (the preposition repeated, the noun shared in the plural): as
    # « Aux deuxième et troisième alinéas », the words in each (p58-080), not two places, « au deuxième » alone
    article = "Le ministre décide.\n\nLe ministre propose.\n\nLe ministre signe."
    said = "Au deuxième et au troisième alinéas, remplacer le mot : « ministre » par le mot : « préfet »."
    assert apply(article, [("1", said)]) == "Le ministre décide.\n\nLe préfet propose.\n\nLe préfet signe."
    each = "Au premier alinéa et au troisième alinéa, remplacer le mot : « ministre » par le mot : « préfet »."
    assert apply(article, [("2", each)]) == "Le préfet décide.\n\nLe ministre propose.\n\nLe préfet signe."


def test_a_code_article_completed_with_others_by_one_text_is_not_changed_alone() -> None:
    # « II. – Les articles L. 716-1 et L. 718-1 … sont complétés par un alinéa ainsi rédigé : « … » »: the alinéa
    # is the last of both; « Au dernier alinéa de l'article L. 716-1, tel qu'il résulte du II » would change
    # L. 718-1's too, or part them, which the text does not show: refused (p58-043). Named alone, read
    article = (
        "I. – Le code est ainsi modifié.\n\n"
        "II. – Les articles L. 716-1 et L. 718-1 du même code sont complétés par un alinéa ainsi rédigé :\n\n"
        "« Ce décret prévoit les décrets mentionnés au premier alinéa. »"
    )
    said = (
        "Au dernier alinéa de l'article L. 716-1 du code de l'éducation, tel qu'il résulte du II du présent "
        "article, remplacer les mots : « les décrets mentionnés » par les mots : « le décret mentionné »."
    )
    with pytest.raises(AmendingError, match="in others named with it") as refused:
        apply(article, [("1", said)])
    assert refused.value.code == "ambiguous"
    alone = article.replace("Les articles L. 716-1 et L. 718-1 du même code sont complétés", "L'article L. 716-1 du même code est complété")
    assert alineas(apply(alone, [("1", said)]))[2] == "« Ce décret prévoit le décret mentionné au premier alinéa. »"
    other = article.replace("Les articles L. 716-1 et L. 718-1", "L'article L. 718-1 et l'article L. 716-1")
    with pytest.raises(AmendingError, match="in others named with it"):
        apply(other, [("1", said)])


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
    # « Au second alinéa de l'article L. 612-11, tel qu'il résulte du 2° », the 2° adding its last alinéa: its
    # second only if it has two, which the text does not say (p58-032, a known gap)
    article = (
        "L'article L. 612-11 du code de l'éducation est ainsi modifié :\n\n"
        "1° À la première phrase, après le mot : « entreprise », sont insérés les mots : « ou association » ;\n\n"
        "2° Il est ajouté un alinéa ainsi rédigé :\n\n"
        "« Le premier alinéa s'applique sans préjudice des dispositions du code de la santé publique. »"
    )
    said = (
        "Au second alinéa de l'article L. 612-11 du code de l'éducation, tel qu'il résulte du 2° du présent "
        "article, après le mot : « dispositions », insérer les mots : « du présent code et »."
    )
    with pytest.raises(AmendingError, match="whose count of alinéas this article does not give"):
        apply(article, [("1", said)])


def test_a_sentence_adding_a_paragraph_after_another_in_one_paragraph_goes_at_the_end() -> None:
    # « À l'alinéa 2, … insérer les mots : « X ». Il est ajouté un paragraphe ainsi rédigé : « III. – … » » in one
    # paragraph: the second sentence, read apart, adds a paragraph at the article's end (p58-060); after a
    # sentence naming a division, whose paragraph it is is not said: refused
    article = "I. – Les cours sont donnés.\n\nIls sont numériques.\n\nII. – Le décret fixe les modalités."
    said = (
        "À l'alinéa 2, après le mot : « numériques », insérer les mots : « et libres ». Il est ajouté un "
        "paragraphe ainsi rédigé :\n\n« III. – Le présent article entre en vigueur en 2014. »"
    )
    assert apply(article, [("1", said)]) == (
        "I. – Les cours sont donnés.\n\nIls sont numériques et libres.\n\nII. – Le décret fixe les modalités.\n\n"
        "III. – Le présent article entre en vigueur en 2014."
    )
    division = said.replace("À l'alinéa 2, après", "Au I, après")
    with pytest.raises(AmendingError, match="whose paragraph it is is not said"):
        apply(article, [("2", division)])
