# ruff: noqa: E501  (French instructions read best whole)
"""Amendments as Parliament publishes them, read into instructions (lexer.py, grammar.py, forms.py): HTML
and Markdown operands, quotes of every kind, text the markup cut or glued, parts (« I. – », « 1° ») and
headings naming a place for what follows, instructions joined with « et », « respectivement », « procéder
à la même … », the gage, and the wordings read or refused as no form."""

from __future__ import annotations

import pytest

from drafting.domain.amending import AmendingError, apply, parse
from drafting.domain.amending.lexer import sentences
from drafting.domain.amending.markup import clean
from tests.unit.amending_helpers import ARTICLE, alineas


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

def test_numbered_items_under_one_location() -> None:
    text = "Alinéa 2\n\n1° Remplacer le mot :\n\ncommunes\n\npar le mot :\n\nvilles\n\n2° Supprimer les mots :\n\nau préfet"
    assert alineas(apply(ARTICLE, [("9", text)]))[1] == (
        "1° Les villes peuvent associer les départements et les régions à leurs projets. Elles en rendent compte."
    )


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
    # the text writes its quotes straight: the words put write theirs so (stop 26)
    assert out.endswith('maïeutique", le mot : "six" est remplacé par le mot : "sept" ;')
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
    assert "is not found at the end of alinéa 2, 3" in caught.value.message

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

def test_two_instructions_joined_by_et_in_one_sentence() -> None:
    article = "Titre\n\nLes conseils territoriaux et les conseils exécutifs délibèrent et votent et votent."
    both = "À l'alinéa 2, substituer aux mots : « conseils territoriaux », les mots : « assemblées » et substituer aux mots : « conseils exécutifs », les mots : « bureaux »."
    assert alineas(apply(article, [("13", both)]))[1] == "Les assemblées et les bureaux délibèrent et votent et votent."
    understood = "À l'alinéa 2, remplacer le mot : « délibèrent » par le mot : « siègent » et deux fois le mot : « votent » par le mot : « décident »."
    assert alineas(apply(article, [("10", understood)]))[1].endswith("siègent et décident et décident.")

def test_a_superscript_ends_its_word_in_html() -> None:
    html = "<p>Alinéa 4</p><p>Remplacer les mots :</p><p>1<sup>er</sup>janvier 2014</p><p>par les mots :</p><p>1<sup>er</sup>mars 2015</p>"
    assert alineas(apply(ARTICLE, [("331", html)]))[3].endswith("le 1er mars 2015.")


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
    # the article written whole elides before a word opening with a vowel (« L'agence », p70-065)
    assert out[1:] == ["L'agence dit qu'elle vote.", "L'agence et elle.", "Puis elle siège, elle vote."]

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


@pytest.mark.parametrize(
    "instruction",
    [
        # a heading ending with a colon heads the instructions after it; it does not quote them
        "L'alinéa 2 est ainsi modifié :\n\nI. – Après le mot :\n\ncommunes\n\ninsérer le mot :\n\nmembres\n\nII. – Remplacer les mots :\n\npréfet\n\npar le mot :\n\nmaire",
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

def test_a_reference_named_a_mention() -> None:
    text = "Alinéa 1\n\nAu début, remplacer la mention :\n\nL'article L. 1\n\npar la mention :\n\nL'article L. 2"
    assert alineas(apply(ARTICLE, [("38", text)]))[0] == "L'article L. 2 du code est ainsi modifié :"


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


@pytest.mark.parametrize(
    "instruction",
    [
        "Alinéa 2\n\nRemplacer les mots :\n\nau préfet\n\npar les mots suivants :\n\nau maire",
        "À l'alinéa 2, remplacer les mots : « au préfet » par les mots suivants : « au maire ».",
    ],
)


def test_words_named_as_les_mots_suivants(instruction: str) -> None:
    assert alineas(apply(ARTICLE, [("47", instruction)]))[1].endswith("Elles en rendent compte au maire.")

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

def test_an_item_mark_glued_to_its_first_word_by_html_italics_is_spaced() -> None:
    html = "<p>Compléter cet article par un alinéa ainsi rédigé :</p><p>« <i>b)</i>un représentant des salariés. »</p>"
    assert (
        alineas(apply("a) Un représentant des entreprises ;", [("51", html)]))[1] == "b) un représentant des salariés."
    )

def test_a_quote_alone_in_its_html_paragraph_belongs_to_the_text_next_to_it() -> None:
    html = "<p>Alinéa 2</p><p>Rédiger ainsi cet alinéa :</p><p>«</p><p>Le maire rend compte.</p><p>»</p>"
    assert alineas(apply(ARTICLE, [("52", html)]))[1] == "Le maire rend compte."

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

def test_a_lettered_item_s_letter_glued_to_its_adverb_by_split_markup_is_spaced() -> None:
    # « <i>« a</i>bis<i>)</i>Après »: the Sénat's italics split the mark, the letter glued to « bis »
    assert clean("<p><i>« a</i>bis<i>)</i>Après le 8°, il est inséré un 9° ainsi rédigé :</p>") == [
        "« a bis) Après le 8°, il est inséré un 9° ainsi rédigé :"
    ]
    assert clean("<p><i>c</i>ter<i>)</i>Le 3° est abrogé ;</p>") == ["c ter) Le 3° est abrogé ;"]

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

def test_suivants_introduces_a_text_only_after_a_piece_of_text_or_a_mark() -> None:
    from drafting.domain.amending.quoted import INTRODUCES

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

def test_a_bare_gage_is_said_to_state_no_instruction() -> None:
    # « II. – La perte de recettes … est compensée … », no verb of amending: refused, saying it instructs nothing
    # rather than that « perte » names no place (p52-043)
    text = (
        "I. – Alinéa 1\n\nRemplacer le mot :\n\n« affiliés »\n\npar le mot :\n\n« rattachés »\n\nII. – La perte de"
        " recettes résultant pour l'État du I est compensée, à due concurrence, par la création d'une taxe additionnelle."
    )
    with pytest.raises(AmendingError, match="it states no instruction"):
        apply("Les Français rentrés sont affiliés.", [("1", text)])

def test_a_text_given_that_is_itself_an_instruction_is_refused() -> None:
    # « insérer un alinéa ainsi rédigé : 1AA – avant le 1°, insérer un alinéa ainsi rédigé : « … » »: no law's
    # alinéa says « insérer »; a bill's own « il est inséré un 1° A ainsi rédigé : » is read (p14-com-COM-101)
    article = "L'article L. 123-2 est ainsi modifié :\n\n1° Le 2° est supprimé."
    nested = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n1AA – avant le 1°, insérer un alinéa ainsi rédigé : « 1A – A la réussite » ;"
    with pytest.raises(AmendingError, match="instruction of its own"):
        apply(article, [("1", nested)])
    bill = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« 1° AA Avant le 1°, il est inséré un 1° A ainsi rédigé : » ;"
    assert alineas(apply(article, [("1", bill)]))[1] == "1° AA Avant le 1°, il est inséré un 1° A ainsi rédigé :"

def test_a_verb_misspelt_by_one_letter_is_read_as_that_verb() -> None:
    # « Suprimer ces alinéas », « Suprrimer les alinéas 7 à 11 »: one letter off « supprimer », and from no
    # other verb of the forms: read as it (p14-com-COM-156, p10-esr-com164); a word one edit from none, or
    # not opening an instruction, is still read as a place and refused
    article = "Le préfet statue.\n\nIl informe le maire.\n\nIl publie sa décision."
    for verb in ("Suprimer", "Suprrimer", "Supprimre", "Spuprimer"):
        assert apply(article, [("1", f"Alinéa 3\n\n{verb} cet alinéa.")]) == "Le préfet statue.\n\nIl informe le maire."
    replaced = apply(article, [("1", "Alinéa 2\n\nRemplcer le mot :\n\nmaire\n\npar le mot :\n\nprésident")])
    assert alineas(replaced)[1] == "Il informe le président."
    with pytest.raises(AmendingError, match="« suprimmerr » do not name a place"):
        apply(article, [("1", "Alinéa 3\n\nSuprimmerr cet alinéa.")])

def test_a_roman_part_mark_with_a_degree_sign_is_that_part() -> None:
    # « I°.- A la première phrase, remplacer … » then « II .- … »: a roman number, a degree sign, then the dot and
    # dash of a paragraph's mark (an item is numbered in figures and takes no dash): the part « I.- » (p12-com-COM-166)
    article = "Le préfet statue. Il informe le maire."
    text = (
        "Alinéa 1\n\nI°.- A la première phrase, remplacer le mot « préfet » par le mot « maire »\n\n"
        "II.- A la deuxième phrase, remplacer le mot « maire » par le mot « préfet »"
    )
    assert apply(article, [("1", text)]) == "Le maire statue. Il informe le préfet."


def test_the_formula_ainsi_redige_cut_by_markup_is_rejoined() -> None:
    # real amendment 141 of 2013: « … est ainsi » / « rédigé » / « e : »: « ainsi » ends no sentence without a stop
    # and no alinéa opens with « rédigé »; a lone letter with the sentence's colon ends the word before it
    html = "<p>3° La dernière phrase du 1° est ainsi</p><p>rédigé</p><p>e :</p><p>« Il préside. » ;</p>"
    assert clean(html) == ["3° La dernière phrase du 1° est ainsi rédigée :", "« Il préside. » ;"]
    # an item's mark (« e) ») or a letter after words named bare stays apart; so does « ainsi. » ending its sentence
    assert clean("<p>Le d est ainsi</p><p>e) Les autres.</p>") == ["Le d est ainsi", "e) Les autres."]
    assert clean("<p>Supprimer la lettre</p><p>e :</p>") == ["Supprimer la lettre", "e :"]
    assert clean("<p>Il en va ainsi.</p><p>rédigé</p>") == ["Il en va ainsi.", "rédigé"]

def test_words_named_cut_at_their_quotes_and_an_ordinal_cut_are_rejoined() -> None:
    # real amendment 142 of 2013: « À la prem » / « ière phrase », « après le mot : « » / « président » / « », sont
    # insérés les mots : « » / « ou son représentant » ; »: an ordinal of the instruction cut in two, and words
    # named inline whose quotes end or open a paragraph, as no alinéa does
    html = (
        "<p>...° À la prem</p><p>ière phrase du quatrième alinéa, après le mot : «</p><p>président</p>"
        "<p>», sont insérés les mots : «</p><p>ou son représentant</p><p>» ;</p>"
    )
    assert clean(html) == [
        "...° À la première phrase du quatrième alinéa, après le mot : « président », sont insérés les mots : "
        "« ou son représentant » ;"
    ]
    # an alinéa that introduces a quotation keeps its own paragraph, and so does one closing no words left open
    assert clean("<p>« 1° Il est ainsi rédigé : «</p><p>Art. 1. – X. »</p>") == [
        "« 1° Il est ainsi rédigé : «", "Art. 1. – X. »"
    ]
    assert clean("<p>« Le texte.</p><p>», sont insérés</p>") == ["« Le texte.", "», sont insérés"]

def test_an_italic_locution_alone_in_its_paragraph_joins_the_sentence_around_it() -> None:
    # real amendment 9 of 2013: « … nommer un comité » / « <i>ad hoc</i> » / « pour réaliser … »: a locution of
    # several words in italics is whole words, the sentence goes on around it with no stop: one alinéa
    html = "<p>« Le Haut conseil peut nommer un comité</p><p><i>ad hoc</i></p><p>pour réaliser l’évaluation. »</p>"
    assert clean(html) == ["« Le Haut conseil peut nommer un comité ad hoc pour réaliser l’évaluation. »"]
    # one word or a letter in italics (an item's letter, a word's end), or after a stop, stays apart
    assert len(clean("<p>« Le comité</p><p><i>b</i></p><p>pour réaliser. »</p>")) == 3
    # « é ad hoc » opens with a word's end (rejoined by its own rule): its edges are not trusted as words'
    assert clean("<p>« Le comit</p><p><i>é ad hoc</i></p><p>pour réaliser. »</p>") == ["« Le comité ad hoc", "pour réaliser. »"]
    assert len(clean("<p>« Le comité.</p><p><i>ad hoc</i></p><p>pour réaliser. »</p>")) == 3

def test_part_marks_with_a_degree_sign_written_otherwise_are_those_parts() -> None:
    # « I° » alone, « I °.- » (a space before the degree sign): the part « I.- » (p71-068, p71-072); « 1°.- », an
    # item in figures given a paragraph's dot and dash: the item « 1° » (p71-073)
    article = "Le préfet statue. Il informe le maire."
    second = "A la deuxième phrase, remplacer le mot « maire » par le mot « préfet »"
    for one, two in (("I° ", "II° "), ("I °.- ", "II °.- "), ("1°.- ", "2°.- ")):
        text = f"Alinéa 1\n\n{one}A la première phrase, remplacer le mot « préfet » par le mot « maire »\n\n{two}{second}"
        assert apply(article, [("1", text)]) == "Le maire statue. Il informe le préfet."

def test_an_items_letter_opening_a_paragraph_after_a_cut_is_a_word_of_its_own() -> None:
    # « « prévus au</p><p>b du 2° » »: a letter followed by the division it belongs to names an item, it is no
    # word's end the HTML cut: « au b du 2° », not « aub du 2° » (p72-070)
    article = "\n\n".join(["L'article L. 5 du code est ainsi modifié :", "1° Les droits prévus au 2° sont maintenus."])
    amendment = (
        "<p>Alinéa 2</p><p>Remplacer les mots :</p><p>« prévus au 2° »</p><p>par les mots :</p>"
        "<p>« prévus au</p><p>b du 2° »</p>"
    )
    kept = alineas(apply(article, [("1", amendment)]))
    assert kept[1] == "1° Les droits prévus au b du 2° sont maintenus."

def test_an_ordinal_cut_after_a_compounds_hyphen_is_rejoined() -> None:
    # « À l'avant-dern</p><p>ière phrase … »: the ordinal cut, not « avant » (p72-062)
    article = "\n\n".join(["L'article L. 5 est ainsi modifié :", "Le maire décide. Le préfet approuve. Le conseil favorise."])
    amendment = "<p>À l'avant-dern</p><p>ière phrase de l'alinéa 2, remplacer le mot : « préfet » par le mot : « maire ».</p>"
    kept = alineas(apply(article, [("1", amendment)]))
    assert kept[1] == "Le maire décide. Le maire approuve. Le conseil favorise."

def test_a_label_saying_what_kind_of_amendment_it_is_is_no_place() -> None:
    # « Amendement de coordination. » in a line of its own above the instructions: a label (p78-109)
    article = "Les biens visés au chapitre II sont transférés.\n\nLe préfet statue."
    said = "{}\n\nAlinéa 1\n\nRemplacer le mot :\n\n« visés »\n\npar le mot :\n\n« mentionnés »"
    labels = ("Amendement de coordination.", "Amendement rédactionnel.", "Amendement de précision", "Amendement d'appel.")
    more = ("Amendement de cohérence rédactionnelle.", "Amendement de cohérence et de précision.", "Sous-amendement rédactionnel.")
    for label in (*labels, *more):
        assert apply(article, [("1", said.format(label))]).startswith("Les biens mentionnés au chapitre II")
    # not a label: a sentence naming another amendment's kind after instructions, or words no label has
    with pytest.raises(AmendingError, match="do not name a place"):
        apply(article, [("2", said.format("Amendement de principe."))])

def test_a_part_mark_with_a_degree_sign_and_a_dash_but_no_dot_is_that_part() -> None:
    # « I°- Alinéa 11 », « II°- Alinéa 12 »: « I°.- » with its dot left out, the part « I.- » (p76-044)
    article = "Le préfet statue. Il informe le maire."
    second = "A la deuxième phrase, remplacer le mot « maire » par le mot « préfet »"
    text = f"Alinéa 1\n\nI°- A la première phrase, remplacer le mot « préfet » par le mot « maire »\n\nII°- {second}"
    assert apply(article, [("1", text)]) == "Le maire statue. Il informe le préfet."


# Words given bare on the instruction's own line (« Remplacer les mots : X par les mots : Y », set 71)
_BARE_ARTICLE = (
    "Les membres du conseil sont élus pour quatre ans par les électeurs. Ils restent en fonction jusqu'à la fin"
    " du mandat.\n\nLe président est élu par le conseil. Il est élu pour quatre ans.\n\nLe conseil dit : « Il rend"
    " un avis motivé »."
)
_UNSURE = "given bare on its own line, and where they end is not sure"

def test_words_replaced_bare_on_the_instructions_line_are_read_to_the_only_par_les_mots() -> None:
    said = "Alinéa 1\n\nRemplacer les mots : restent en fonction par les mots : demeurent en fonction"
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[0].endswith("Ils demeurent en fonction jusqu'à la fin du mandat.")
    # « le mot », its verb misspelt by one letter, and a part mark before it
    said = "Alinéa 2\n\nII. – Remplacr le mot : président par le mot : maire"
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[1].startswith("Le maire est élu par le conseil.")

def test_words_replaced_bare_in_the_passive_voice_and_words_deleted_bare_are_read() -> None:
    passive = "À l'alinéa 1, les mots : pour quatre ans sont remplacés par les mots : pour cinq ans"
    assert "sont élus pour cinq ans par" in alineas(apply(_BARE_ARTICLE, [("1", passive)]))[0]
    for deleting in ("Alinéa 1\n\nSupprimer les mots : pour quatre ans", "À l'alinéa 1, les mots : pour quatre ans sont supprimés"):
        assert alineas(apply(_BARE_ARTICLE, [("1", deleting)]))[0].startswith("Les membres du conseil sont élus par les")

def test_bare_words_with_quotes_that_pair_inside_them_are_read_with_their_quotes() -> None:
    article = "Le salarié porte la mention « salarié » sur sa fiche."
    said = "Remplacer les mots : la mention « salarié » par les mots : la mention « salarié en mission »"
    assert apply(article, [("1", said)]) == "Le salarié porte la mention « salarié en mission » sur sa fiche."

def test_bare_words_on_the_line_both_ending_with_a_quote_they_never_open_drop_it_as_a_slip() -> None:
    said = "Alinéa 1\n\nRemplacer les mots : restent en fonction » par les mots : demeurent en fonction »"
    assert "Ils demeurent en fonction jusqu'à" in alineas(apply(_BARE_ARTICLE, [("1", said)]))[0]
    # where the text has the words followed by the quote, it is the quotation's end, kept
    said = "Alinéa 3\n\nRemplacer les mots : un avis motivé » par les mots : un avis conforme »"
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[2] == "Le conseil dit : « Il rend un avis conforme »."

def test_bare_words_deleted_ending_with_a_quote_they_never_open() -> None:
    # a slip where the text has the words alone; the quotation's end, kept, where it has them followed by it
    said = "Alinéa 1\n\nSupprimer les mots : pour quatre ans »"
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[0].startswith("Les membres du conseil sont élus par les")
    said = "Alinéa 3\n\nSupprimer les mots : motivé »"
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[2] == "Le conseil dit : « Il rend un avis »."

def test_bare_words_on_the_line_found_twice_where_the_place_says_are_refused() -> None:
    with pytest.raises(AmendingError, match="twice|2 times|several|more than once|found"):
        apply(_BARE_ARTICLE, [("1", "Remplacer les mots : quatre ans par les mots : cinq ans")])
    with pytest.raises(AmendingError):
        apply(_BARE_ARTICLE, [("1", "Alinéa 2\n\nRemplacer le mot : élu par le mot : désigné")])

def test_bare_words_replaced_holding_par_are_read_to_the_only_par_les_mots() -> None:
    # « par » in the words replaced: they end at the sentence's only « par les mots : » (f8bare, p88-005)
    said = "Alinéa 1\n\nRemplacer les mots : élus pour quatre ans par les électeurs par les mots : élus"
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[0].startswith("Les membres du conseil sont élus. Ils")
    # two « par les mots : »: which one is the instruction's is not said
    said = "Alinéa 1\n\nRemplacer les mots : quatre ans par les mots : cinq ans par le mot : six"
    with pytest.raises(AmendingError, match=_UNSURE):
        apply(_BARE_ARTICLE, [("1", said)])

def test_bare_words_running_into_a_second_instruction_are_refused() -> None:
    for second in ("et supprimer les mots : en fonction", "et suprimer le mot fin", ", puis insérer le mot final",
                   "et les mots : la fin sont supprimés", "; le mot mandat est supprimé"):  # fmt: skip
        said = f"Alinéa 1\n\nRemplacer les mots : quatre ans par les mots : cinq ans {second}"
        with pytest.raises(AmendingError, match=_UNSURE):
            apply(_BARE_ARTICLE, [("1", said)])
    with pytest.raises(AmendingError, match=_UNSURE):
        apply(_BARE_ARTICLE, [("1", "Alinéa 1\n\nSupprimer les mots : pour quatre ans et les mots : par les électeurs")])

def test_bare_words_on_the_line_with_quotes_amiss_or_going_on_below_are_refused() -> None:
    for said in (
        "Remplacer les mots : pour quatre « ans par les mots : pour cinq ans",  # a quote opened, never closed
        'Remplacer les mots : pour quatre ans" par les mots : pour cinq ans"',  # a straight quote opens or closes
        "Remplacer les mots : pour » quatre ans par les mots : pour cinq ans",  # closed amid the words
        "Remplacer les mots : pour quatre ans par les mots : pour cinq\n\nans et six mois",  # goes on below
    ):
        with pytest.raises(AmendingError, match=_UNSURE):
            apply(_BARE_ARTICLE, [("1", f"Alinéa 1\n\n{said}")])

def test_one_operand_quoted_the_other_bare_on_the_line_is_not_read_as_bare() -> None:
    # « par les mots : « Y » » with X bare, or X quoted and Y bare: not this form, nor read as it
    for said in ("Remplacer les mots : quatre ans par les mots : « cinq ans »", "Remplacer les mots : « quatre ans » par les mots : cinq ans"):
        with pytest.raises(AmendingError, match="not known"):
            apply(_BARE_ARTICLE, [("1", f"Alinéa 1\n\n{said}")])
    # both quoted: the usual form, untouched
    said = "Alinéa 1\n\nRemplacer les mots : « quatre ans » par les mots : « cinq ans »"
    assert "élus pour cinq ans" in alineas(apply(_BARE_ARTICLE, [("1", said)]))[0]

def test_one_bare_operand_ending_with_a_stray_quote_is_refused_or_not_found() -> None:
    # only the words replaced end with a quote they never open: part of them, not found (p71-052)
    said = "Alinéa 1\n\nRemplacer les mots : restent en fonction » par les mots : demeurent en fonction"
    with pytest.raises(AmendingError, match="not found"):
        apply(_BARE_ARTICLE, [("1", said)])
    # only the new words do: whether slip or a quotation's end is not said (p71-053)
    said = "Alinéa 1\n\nRemplacer les mots : restent en fonction par les mots : demeurent en fonction »"
    with pytest.raises(AmendingError, match="close a quote they never open"):
        apply(_BARE_ARTICLE, [("1", said)])

def test_a_passive_participle_one_letter_off_is_read_as_the_one_verb_it_is_near() -> None:
    # « … est remplaçé par … »: one letter from « remplacé » and from no other form's participle (p85-078);
    # « est remplace » is one letter from « remplacé » and « remplacée », one verb: read; a word one letter from
    # two verbs' participles, or from none, is not read
    article = "Le préfet peut en limiter l'application à certaines des circonscriptions."
    got = apply(article, [("1", "Le mot : « certaines » est remplaçé par le mot : « plusieurs ».")])
    assert got == "Le préfet peut en limiter l'application à plusieurs des circonscriptions."
    got = apply(article, [("1", "Le mot : « certaines » est remplace par le mot : « plusieurs ».")])
    assert got == "Le préfet peut en limiter l'application à plusieurs des circonscriptions."
    with pytest.raises(AmendingError):
        apply(article, [("1", "Le mot : « certaines » est remplissé par le mot : « plusieurs ».")])

def test_a_verb_misspelt_by_one_letter_after_a_join_is_read_as_that_verb() -> None:
    # « … par les mots : « Y » et suprimer les mots : « Z » »: words quoted end an instruction, so the word after
    # « et » (« puis », « ; ») opens the next one; one letter off « supprimer » and from no other verb: read
    # as it (p71-080); two letters off, or a participle (« suprimé »), stays unread and refused
    article = "Les sections restent en fonction jusqu'au mandat des membres en exercice."
    expected = "Les sections demeurent en fonction jusqu'au mandat des membres."
    for verb in ("suprimer", "supprimre"):
        said = f"Remplacer le mot : « restent » par le mot : « demeurent » et {verb} les mots : « en exercice »"
        assert apply(article, [("1", said)]) == expected
    for verb in ("suprimmerr", "suprimé"):
        said = f"Remplacer le mot : « restent » par le mot : « demeurent » et {verb} les mots : « en exercice »"
        with pytest.raises(AmendingError):
            apply(article, [("2", said)])

def test_the_end_of_this_alinea_after_words_of_the_phrase_named_before() -> None:
    # « Alinéa 2, première phrase / Après le mot : X / rédiger ainsi la fin de cet alinéa »: the heading's phrase
    # says where X is (once there, twice in the alinéa), the end runs to the alinéa's end (p12-seance-169), as
    # « À la première phrase de l'alinéa 2, après le mot : X, rédiger ainsi la fin de l'alinéa »
    article = "Le préfet statue.\n\nLes sections supérieures disent. Les sections supérieures font.\n\nFin."
    said = "Alinéa 2, première phrase\n\nAprès le mot :\n\nsupérieures\n\nrédiger ainsi la fin de cet alinéa :\n\n, rien."
    assert alineas(apply(article, [("1", said)]))[1] == "Les sections supérieures, rien."
    said = "Alinéa 2, deuxième phrase\n\nAprès le mot : « supérieures », supprimer la fin de cet alinéa."
    assert alineas(apply(article, [("2", said)]))[1] == "Les sections supérieures disent. Les sections supérieures."
    # no phrase named before: found twice in the alinéa, refused; a word not in the phrase named: not found
    with pytest.raises(AmendingError, match="2 times"):
        apply(article, [("3", "Alinéa 2\n\nAprès le mot : « supérieures », supprimer la fin de cet alinéa.")])
    with pytest.raises(AmendingError, match="not found"):
        apply(article, [("4", "Alinéa 2, première phrase\n\nAprès le mot : « font », supprimer la fin de cet alinéa.")])

def test_the_final_stop_of_an_instruction_giving_its_words_bare_is_the_instructions() -> None:
    # the new words lose the sentence's stop: « … un avis conforme » », not « … un avis conforme. » » (p88-001,
    # p88-006); they keep one only where the words replaced end with one too
    said = "Alinéa 3, remplacer les mots : un avis motivé par les mots : un avis conforme."
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[2] == "Le conseil dit : « Il rend un avis conforme »."
    said = "À l'alinéa 3, les mots : un avis motivé sont remplacés par les mots : un avis conforme."
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[2] == "Le conseil dit : « Il rend un avis conforme »."
    said = "Alinéa 2, remplacer les mots : pour quatre ans. par les mots : pour cinq ans, renouvelables."
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[1].endswith("Il est élu pour cinq ans, renouvelables.")
    # an abbreviation's stop is the words' as well (« etc. »)
    said = "Alinéa 2, remplacer les mots : par le conseil par les mots : par le conseil, le bureau, etc."
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[1].startswith("Le président est élu par le conseil, le bureau, etc.")
    # no new words once the stop is the instruction's: a deletion is written « supprimer » (p88-017)
    for said in ("Alinéa 1, remplacer les mots : pour quatre ans par les mots : .", "Alinéa 1, remplacer les mots : pour quatre ans par les mots :."):
        with pytest.raises(AmendingError):
            apply(_BARE_ARTICLE, [("1", said)])

def test_words_deleted_bare_keep_the_final_stop_only_where_the_text_has_them_with_it() -> None:
    # « supprimer les mots : de plein droit. »: the words found without the stop (p88-024)
    said = "Alinéa 1, supprimer les mots : pour quatre ans."
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[0].startswith("Les membres du conseil sont élus par les électeurs.")
    # found only with it: the stop is theirs, a whole sentence goes with it, words ending one leave it its stop
    said = "Alinéa 2, supprimer les mots : Il est élu pour quatre ans."
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[1] == "Le président est élu par le conseil."
    said = "Alinéa 1, supprimer les mots : jusqu'à la fin du mandat."
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[0].endswith("Ils restent en fonction.")
    # found twice, once with the stop: which is meant is not said
    article = "Il est élu pour quatre ans par le conseil, et réélu pour quatre ans."
    with pytest.raises(AmendingError):
        apply(article, [("1", "Supprimer les mots : pour quatre ans.")])

def test_words_replaced_bare_may_hold_par_before_the_only_par_les_mots() -> None:
    # the words replaced end at the sentence's only « par les mots : », whatever « par » they hold (p88-005)
    said = "Alinéa 2, remplacer les mots : élu par le conseil par les mots : élu par l'assemblée."
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[1].startswith("Le président est élu par l'assemblée.")
    passive = "À l'alinéa 1, les mots : par les électeurs sont remplacés par les mots : au suffrage direct"
    assert "pour quatre ans au suffrage direct." in alineas(apply(_BARE_ARTICLE, [("1", passive)]))[0]
    # two « par les mots : »: where the words end is not sure
    said = "Alinéa 2, remplacer les mots : élu par les mots : nommé par les mots : désigné"
    with pytest.raises(AmendingError, match=_UNSURE):
        apply(_BARE_ARTICLE, [("1", said)])

def test_the_place_alone_on_its_paragraph_heads_the_bare_instruction_in_the_next() -> None:
    # « <p>Au II,</p><p>remplacer les mots : cinq jours par les mots : trois jours.</p> » (p88-015)
    said = "<p>À l'alinéa 2,</p><p>remplacer les mots : pour quatre ans par les mots : pour cinq ans.</p>"
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[1].endswith("Il est élu pour cinq ans.")
    said = "<p>À l'alinéa 2,</p><p>supprimer les mots : pour quatre ans.</p>"
    assert alineas(apply(_BARE_ARTICLE, [("1", said)]))[1].endswith("Il est élu.")
    # the next paragraph in capitals is an instruction of its own, not this place's
    said = "<p>À l'alinéa 2,</p><p>Remplacer les mots : pour quatre ans par les mots : pour cinq ans.</p>"
    with pytest.raises(AmendingError):
        apply(_BARE_ARTICLE, [("1", said)])

def test_the_semicolon_ending_an_item_of_an_amendment_giving_words_bare_is_the_items() -> None:
    # « 1° Au II, remplacer les mots : cinq jours par les mots : trois jours ; »: the « ; » ends the amendment's
    # 1°, not the new words (it was put in the text: « trois jours ; et au plus tard », p88-012); kept where the
    # words replaced end with one too, and lost by words deleted bare
    article = "Le délai est de cinq jours ; il court dès la saisine.\n\nLe juge statue."
    second = "\n\n2° À l'alinéa 2, remplacer le mot : juge par le mot : président."
    got = apply(article, [("1", "1° À l'alinéa 1, remplacer les mots : cinq jours par les mots : trois jours ;" + second)])
    assert got == "Le délai est de trois jours ; il court dès la saisine.\n\nLe président statue."
    said = "1° À l'alinéa 1, remplacer les mots : cinq jours ; par les mots : trois jours ;" + second
    assert apply(article, [("1", said)]) == "Le délai est de trois jours ; il court dès la saisine.\n\nLe président statue."
    got = apply(article, [("1", "1° À l'alinéa 1, supprimer les mots : dès la saisine ;" + second)])
    assert got == "Le délai est de cinq jours ; il court.\n\nLe président statue."

def test_puis_and_a_semicolon_after_words_quoted_join_two_instructions() -> None:
    # « … par le mot : « plusieurs » puis supprimer les mots : … » (« ; supprimer »): as « et » joins them
    article = "Le décret pris sur le rapport du ministre en limite l'application à certaines des circonscriptions."
    want = "Le décret en limite l'application à plusieurs des circonscriptions."
    for join in (" puis", " ;", ", puis"):
        said = f"Au premier alinéa, remplacer le mot : « certaines » par le mot : « plusieurs »{join} supprimer les mots : « pris sur le rapport du ministre »."
        assert apply(article, [("1", said)]) == want, join
    # a place between the join and the verb is not read so; « puis » before no verb is not a join
    with pytest.raises(AmendingError):
        apply(article, [("2", "Remplacer le mot : « certaines » par le mot : « plusieurs » ; au premier alinéa, supprimer les mots : « pris sur le rapport du ministre ».")])
    with pytest.raises(AmendingError):
        apply(article, [("3", "Remplacer le mot : « certaines » par le mot : « plusieurs » puis les mots : « pris sur le rapport du ministre ».")])

def test_puis_and_a_semicolon_before_an_anchor_clause_or_a_passive_instruction() -> None:
    # « … par le mot : « plusieurs » puis, après le mot : « précise », insérer … » (p92-071); « … « plusieurs » ;
    # les mots : « … » sont supprimés » (p92-072): the second clause an instruction of the forms, joined as « et »
    article = "Le décret pris sur le rapport du ministre en limite l'application à certaines des circonscriptions qu'il précise."
    replaced = "Au premier alinéa, remplacer le mot : « certaines » par le mot : « plusieurs »"
    got = apply(article, [("1", f"{replaced} puis, après le mot : « précise », insérer les mots : « par arrêté ».")])
    assert got == "Le décret pris sur le rapport du ministre en limite l'application à plusieurs des circonscriptions qu'il précise par arrêté."
    got = apply(article, [("2", f"{replaced} ; les mots : « pris sur le rapport du ministre » sont supprimés.")])
    assert got == "Le décret en limite l'application à plusieurs des circonscriptions qu'il précise."
    got = apply(article, [("3", f"{replaced} puis le mot : « ministre » est remplacé par le mot : « préfet ».")])
    assert got == "Le décret pris sur le rapport du préfet en limite l'application à plusieurs des circonscriptions qu'il précise."
    # a place between the join and the rest (« puis, au premier alinéa, … », « ; au premier alinéa, les mots … »)
    # is not read so
    with pytest.raises(AmendingError):
        apply(article, [("4", f"{replaced} puis, au premier alinéa, après le mot : « précise », insérer les mots : « par arrêté ».")])
    with pytest.raises(AmendingError):
        apply(article, [("5", f"{replaced} ; au premier alinéa, les mots : « pris sur le rapport du ministre » sont supprimés.")])

def test_a_text_given_that_is_an_instruction_of_any_verb_is_refused() -> None:
    # « insérer un alinéa ainsi rédigé : « Au II, supprimer les mots : « … ». » » (p102-063, p102-095): an alinéa
    # written as the amendment's infinitive instruction, its verb governing « les mots : « … » », « cet alinéa »,
    # « la dernière phrase » (after a place, « Au II, », « Alinéa 3, »), is not a law's words: refused
    article = "I. – Le conseil délibère.\n\nII. – Ses décisions entrent en vigueur sans autorisation préalable."
    for given in (
        "« Au II, supprimer les mots : \"sans autorisation préalable\". »",
        "« Supprimer les mots : « sans autorisation préalable ». »",
        "« Remplacer le mot : « conseil » par le mot : « bureau ». »",
        "« Alinéa 2, supprimer la dernière phrase. »",
        "« Supprimer cet alinéa. »",
        "« Rédiger ainsi l'alinéa 2 : « II. – Ses décisions sont exécutoires. » »",
    ):
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n{given}")])
    # a law's alinéa whose verb in the infinitive governs other things is the law's words, read
    for law in ("Le préfet peut supprimer les aides accordées sans autorisation.", "1° Supprimer les obstacles au développement ;",
                "Le demandeur doit compléter les mentions suivantes :"):
        got = apply(article, [("2", f"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« {law} »")])
        assert got.split("\n\n")[1] == law

def test_a_text_given_opening_with_an_amending_infinitive_is_refused_a_law_sentence_with_a_subject_read() -> None:
    # p105-031 to p105-047: a sentence that opens (after a mark, « 2° », and a place, « Au II, ») with an amending
    # verb in the infinitive governing words, an alinéa or phrase, a division or « ainsi » is an instruction,
    # whatever follows (a place between, « aux mots », no colon, « le dernier alinéa »): refused
    article = "I. – Le conseil délibère.\n\nII. – Ses décisions entrent en vigueur sans autorisation préalable."
    for given in (
        "« Supprimer, au II, les mots : « sans autorisation préalable ». »",
        "« Au II, substituer aux mots : « sans autorisation préalable » les mots : « après avis ». »",
        "« Compléter le II par les mots : « , sous réserve d'un avis ». »",
        "« Rédiger ainsi le II : « II. – Ses décisions sont exécutoires. » »",
        "« Supprimer le dernier alinéa. »",
        "« Supprimer la seconde phrase du II. »",
        "« Au II, supprimer le mot « préalable ». »",
        "« 2° Supprimer le second alinéa. »",
        "« À la première phrase du II, remplacer la référence : « L. 1 » par la référence : « L. 2 ». »",
    ):
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n{given}")])
    with pytest.raises(AmendingError, match="instruction of its own"):  # the HTML's split form
        apply(article, [("1", "<p>Après l'alinéa 1, insérer un alinéa ainsi rédigé :</p><p>« Au II, supprimer les mots :</p>"
                              "<p>« sans autorisation préalable ». »</p>")])
    # a sentence with its own subject, the infinitive after a modal verb, is the law's words (p105-023, p105-030);
    # so is an item whose infinitive governs a common noun, or announces a list
    for law in (
        "L'académie peut supprimer la mention : « nationale » de sa dénomination.",
        "Le secrétaire perpétuel peut rectifier ou supprimer les mentions : « membre associé » et « membre correspondant ».",
        "2° Supprimer les obstacles au développement ;",
        "3° Compléter la formation des étudiants par des enseignements d'ouverture ;",
        "2° Compléter les mentions suivantes :",
    ):
        got = apply(article, [("2", f"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« {law} »")])
        assert alineas(got)[1] == law

def test_a_text_given_opening_with_an_amending_imperative_is_refused() -> None:
    # p109-016, p109-048: « Supprimez les mots : « … » au II. », an alinéa or its second sentence: an instruction in
    # the imperative, as the infinitive's
    article = "I. – Le conseil délibère.\n\nII. – Ses décisions entrent en vigueur sans autorisation préalable."
    for given in (
        "« Supprimez les mots : « sans autorisation préalable » au II. »",
        "« Le conseil se réunit. Supprimez le mot : « préalable ». »",
        "« Au II, remplacez le mot : « préalable » par le mot : « écrite ». »",
        "« Rédigez ainsi le II : « II. – Ses décisions sont exécutoires. » »",
    ):
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n{given}")])

def test_a_later_par_names_words_only_with_its_colon_or_quote() -> None:
    # p109-007, p109-008, p109-045: « par les termes des conventions », « par les sommes versées » in an item whose
    # infinitive governs a common noun are the law's words; « par la mention : « … » » is an amendment's operand
    article = "I. – Le conseil délibère.\n\nII. – Ses décisions entrent en vigueur sans autorisation préalable."
    for law in (
        "2° Supprimer les obstacles créés par les termes des conventions passées avec les collectivités ;",
        "2° Compléter le financement des pôles par les sommes versées au titre des contrats de plan ;",
        "2° Compléter les aides existantes par les montants de la bonification ainsi accordée.",
    ):
        got = apply(article, [("2", f"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« {law} »")])
        assert alineas(got)[1] == law
    for given in ("« Remplacer cette obligation par la mention : « facultative ». »",
                  "« Remplacer cette obligation par le mot « faculté ». »"):
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n{given}")])

def test_items_of_an_enumeration_of_infinitives_are_law_text_those_of_an_amending_article_instructions() -> None:
    # p109-005, 010, 011, 013: an ordonnance habilitation's objectives « … les mesures … visant à : » then « 2°
    # Supprimer le II de l'article L. 781-1 ; »: items continuing an introduction ending « à : », « de : », « pour : »
    # are the law's words, read, the introduction in the text given or in the article before the place they go
    habilitation = "Le Gouvernement est autorisé à prendre par ordonnance les mesures relevant du domaine de la loi visant à :"
    items = (
        "1° Supprimer le II de l'article L. 781-1 du code de l'éducation ;",
        "2° Supprimer la mention « Université des Antilles et de la Guyane » des dispositions législatives en vigueur ;",
        "3° Rétablir ainsi l'égalité de traitement des étudiants.",
    )
    article = "Le Gouvernement peut légiférer.\n\nLe projet de loi de ratification est déposé dans six mois."
    given = "\n\n".join(f"« {t} »" for t in (habilitation, *items))
    said = f"Remplacer l'alinéa 1 par quatre alinéas ainsi rédigés :\n\n{given}"
    assert alineas(apply(article, [("1", said)]))[:4] == [habilitation, *items]
    for intro in ("Le code de l'éducation est ainsi modifié :", "Les dispositions suivantes sont abrogées."):
        given = "\n\n".join(f"« {t} »" for t in (intro, *items))
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Remplacer l'alinéa 1 par quatre alinéas ainsi rédigés :\n\n{given}")])
    # the list opening in the article: the alinéa before the place the item goes, or the item rewritten's list's
    enumeration = f"{habilitation}\n\n1° Modifier le code de l'éducation ;\n\n2° Simplifier les règles.\n\nLe projet est déposé."
    item = "1° bis Supprimer le II de l'article L. 781-1 du code de l'éducation ;"
    got = alineas(apply(enumeration, [("1", f"Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« {item} »")]))
    assert got[2] == item
    got = alineas(apply(enumeration, [("2", "Rédiger ainsi l'alinéa 3 :\n\n« 2° Supprimer la mention « nationale » des dispositions en vigueur. »")]))
    assert got[2] == "2° Supprimer la mention « nationale » des dispositions en vigueur."
    amending = "L'article L. 1 est ainsi modifié :\n\n1° Le I est abrogé ;\n\n2° Le III est abrogé.\n\nLe projet est déposé."
    nested = f"{habilitation}\n\n1° Le code de l'éducation est ainsi modifié :\n\na) Le I est abrogé ;\n\n2° Simplifier les règles."
    for before, at, put in ((amending, 2, item), (enumeration, 4, "3° Supprimer le II de l'article L. 781-1 ;"),
                            (nested, 3, "b) Supprimer le II de l'article L. 781-1 ;")):
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(before, [("3", f"Après l'alinéa {at}, insérer un alinéa ainsi rédigé :\n\n« {put} »")])

def test_an_impersonal_il_convient_de_before_an_amending_infinitive_is_an_instruction() -> None:
    # p109-017: « Il convient de supprimer les mots : « … » au deuxième alinéa. »: « il convient de » (« il y a lieu
    # de », « il est proposé de ») gives the verb no subject of its own: the amendment's instruction, refused
    article = "I. – Le conseil délibère.\n\nII. – Ses décisions entrent en vigueur sans autorisation préalable."
    for opening in ("Il convient de supprimer", "Il y a lieu de supprimer", "Il est proposé de supprimer"):
        given = f"« {opening} les mots : « sans autorisation préalable » au II. »"
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n{given}")])
    law = "Le conseil peut supprimer la mention : « préalable » de ses décisions."
    assert alineas(apply(article, [("2", f"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« {law} »")]))[1] == law

def test_only_items_reading_as_objectives_are_law_in_an_enumeration_of_infinitives() -> None:
    # p110-027..031, 033: under « … visant à : » an item is law text only as an objective: its mark then at once a
    # bare infinitive, no place before it, not the imperative nor « Il convient de », no quoted words, not « Rédiger
    # ainsi », not ending « : » to announce a quotation; any other instruction-shaped item is refused
    habilitation = "Le Gouvernement est habilité à prendre par ordonnance les mesures relevant du domaine de la loi visant à :"
    first = "1° Compléter l'article L. 3141-16 du code du travail afin de permettre le report des congés payés ;"
    article = "Le Gouvernement peut légiférer.\n\nLe projet de loi de ratification est déposé dans six mois."
    for item in (
        "2° Au II de l'article L. 1226-1-1 du code du travail, supprimer les mots : « en cas de risque grave » ;",
        "2° Supprimer les mots : « en cas de risque sanitaire grave et exceptionnel » ;",
        "2° Supprimer le mot « exceptionnel » ;",
        "2° Supprimez le II de l'article L. 1226-1-1 du code du travail ;",
        "2° Il convient de supprimer le II de l'article L. 1226-1-1 du code du travail ;",
        "2° Rédiger ainsi l'article L. 3132-12 du même code :",
        "2° Supprimer le II de l'article L. 1226-1-1 du code du travail ; supprimer le III du même article ;",
    ):
        given = "\n\n".join(f"« {t} »" for t in (habilitation, first, item))
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Remplacer l'alinéa 1 par trois alinéas ainsi rédigés :\n\n{given}")])
    law = "2° Supprimer le II de l'article L. 1226-1-1 du code du travail ;"
    given = "\n\n".join(f"« {t} »" for t in (habilitation, first, law))
    got = alineas(apply(article, [("1", f"Remplacer l'alinéa 1 par trois alinéas ainsi rédigés :\n\n{given}")]))
    assert got[:3] == [habilitation, first, law]
    # an item rewritten alone, its list opening in the article: the same (a sub-amendment, p110-033)
    enumeration = f"{habilitation}\n\n{first}\n\n{law}\n\nLe projet est déposé."
    with pytest.raises(AmendingError, match="instruction of its own"):
        apply(enumeration, [("2", "Rédiger ainsi l'alinéa 3 :\n\n« 2° Au II de l'article L. 1226-1-1 du code du travail, "
                                  "supprimer les mots : « grave et » ; »")])

def test_an_amending_infinitive_on_a_noun_of_words_naming_its_value_is_an_instruction_outside_an_enumeration() -> None:
    # p110-035: « IV. – Remplacer la référence à l'article L. 719-12 par la référence à l'article L. 719-13. » put at
    # an article's end, in no list: the amendment's instruction, colon or not; in an enumeration of infinitives, an
    # objective; « les dates limites de versement » is a common noun (p110-003)
    article = "I. – À l'article L. 718-2, les mots : « et » sont supprimés.\n\nII. – À l'article L. 719-13, le mot : « ou » est supprimé."
    for given in (
        "IV. – Remplacer la référence à l'article L. 719-12 par la référence à l'article L. 719-13.",
        "III. – Remplacer la date du 31 décembre 2020 par la date du 30 juin 2021.",
        "Remplacer le taux de 5 % par le taux de 10 %.",
    ):
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Compléter cet article par un alinéa ainsi rédigé :\n\n« {given} »")])
    law = "III. – Remplacer, à titre exceptionnel, les dates limites de versement des sommes dues par des dates fixées par décret."
    assert alineas(apply(article, [("2", f"Compléter cet article par un alinéa ainsi rédigé :\n\n« {law} »")]))[2] == law
    habilitation = "Le Gouvernement est habilité à prendre par ordonnance les mesures relevant du domaine de la loi visant à :"
    item = "1° Remplacer la référence à l'article L. 719-12 par la référence à l'article L. 719-13 dans les codes ;"
    said = f"Compléter cet article par deux alinéas ainsi rédigés :\n\n« {habilitation} »\n\n« {item} »"
    assert alineas(apply(article, [("3", said)]))[2:] == [habilitation, item]

def test_enumerations_of_infinitives_opened_by_objet_suivantes_notamment_or_an_item_of_one() -> None:
    # p110-022, 023, 024, 032: « … ayant pour objet : », « … les mesures … suivantes : », « … permettant notamment : »
    # open enumerations of infinitives, and so does an item of one ending « : » (« 1° En matière de droit du travail
    # : » under « … visant à : »); never an amending opener (« … est complété par les dispositions suivantes : »)
    article = "Le Gouvernement peut légiférer.\n\nLe projet de loi de ratification est déposé dans six mois."
    start = "Le Gouvernement est habilité à prendre par ordonnance les mesures relevant du domaine de la loi"
    items = ("1° Compléter l'article L. 3141-16 du code du travail afin de permettre le report des congés ;",
             "2° Supprimer le II de l'article L. 1226-1-1 du code du travail.")
    for ending in ("ayant pour objet :", "suivantes :", "permettant notamment :"):
        given = "\n\n".join(f"« {t} »" for t in (f"{start} {ending}", *items))
        got = alineas(apply(article, [("1", f"Remplacer l'alinéa 1 par trois alinéas ainsi rédigés :\n\n{given}")]))
        assert got[:3] == [f"{start} {ending}", *items]
    nested = (f"{start} visant à :", "1° En matière de droit du travail :",
              "a) Compléter l'article L. 3141-16 du code du travail afin de permettre le report des congés ;",
              "b) Supprimer le II de l'article L. 1226-1-1 du même code ;",
              "2° En matière de fonction publique, rétablir la journée de carence.")
    given = "\n\n".join(f"« {t} »" for t in nested)
    got = alineas(apply(article, [("1", f"Remplacer l'alinéa 1 par cinq alinéas ainsi rédigés :\n\n{given}")]))
    assert got[:5] == list(nested)
    item = "2° Supprimer le II de l'article L. 1226-1-1 du code du travail."
    for said in (("L'article L. 1 est complété par les dispositions suivantes :", item),
                 ("Sont insérées les mesures suivantes :", item),
                 (f"{start} visant à :", "1° Le code du travail est ainsi modifié :", item.replace("2°", "a)"))):
        given = "\n\n".join(f"« {t} »" for t in said)
        count = ("deux", "trois")[len(said) - 2]
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Remplacer l'alinéa 1 par {count} alinéas ainsi rédigés :\n\n{given}")])

def test_an_item_opening_with_a_place_then_an_infinitive_putting_a_division_or_ainsi_redige_is_an_instruction() -> None:
    # p113-035: under « … vise à : », « 1° bis Après le 2°, insérer un 2° bis ainsi rédigé ; » is an instruction
    # (a place of the text, then an infinitive putting a division, « ainsi rédigé »): refused, never law; an item
    # whose opening phrase names no place of the text (« Après consultation des partenaires, ») stays an objective
    article = ("La politique nationale vise à :\n\n1° Accroître les connaissances ;\n\n"
               "2° Partager la culture scientifique ;\n\n3° Valoriser les résultats de la recherche.")
    for item in ("1° bis Après le 2°, insérer un 2° bis ainsi rédigé ;",
                 "1° bis Avant le 3°, insérer un 2° bis ainsi rédigé ;",
                 "1° bis Après l'alinéa 2, insérer un alinéa ainsi rédigé ;",
                 "1° bis Après le mot : « connaissances », insérer les mots : « et les savoirs » ;",
                 "1° bis Au 2°, compléter la phrase ainsi rédigée ;"):
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", f"Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« {item} »")])
    for item in ("1° bis Insérer les jeunes dans l'emploi ;",
                 "1° bis Après consultation des partenaires, compléter le dispositif d'évaluation ;"):
        got = alineas(apply(article, [("2", f"Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« {item} »")]))
        assert got[2] == item

def test_an_item_putting_a_text_or_a_division_is_no_objective_and_modifications_suivantes_open_an_amending_list() -> None:
    # Under « … visant à : », an item in the infinitive that puts a division (« Insérer un 2° ter ») or a text
    # (« … ainsi rédigé », « … par un alinéa : » ») is an instruction, not an objective; « L'article L. 5 subit les
    # modifications suivantes : » opens an amending article's list, whose infinitive items are instructions
    article = "Le Gouvernement est autorisé à prendre par ordonnance les mesures visant à :\n\n1° Modifier le code ;\n\n2° Simplifier les règles."
    put = "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« 1° bis {} »"
    for item in ("Insérer un 2° ter ;", "Compléter l'article L. 3 par un alinéa ainsi rédigé ;", "Compléter l'article L. 3 par un alinéa : »"):
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", put.format(item))])
    for item in ("Supprimer les obstacles au développement ;", "Compléter l'offre de formation par un dispositif ;"):
        assert alineas(apply(article, [("2", put.format(item))]))[2] == f"1° bis {item}"
    amending = "Le code est ainsi modifié :\n\n1° L'article L. 5 subit les modifications suivantes :\n\na) Le I est abrogé."
    said = "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« b) Supprimer le II de l'article L. 781-1 ; »"
    with pytest.raises(AmendingError, match="instruction of its own"):
        apply(amending, [("3", said)])

def test_an_item_putting_a_code_article_by_its_number_is_no_objective() -> None:
    # p115-024: « 2° Insérer dans le code de l'énergie un article L. 134-20-1 ainsi rédigé ; » under « … visant à : »
    # puts a text whatever stands between the verb and « ainsi rédigé » (the point of « L. » ends no sentence), and
    # one putting an article or a division after a place without commas is no objective either
    article = "Le Gouvernement est autorisé à prendre par ordonnance les mesures visant à :\n\n1° Modifier le code ;\n\n2° Simplifier les règles."
    put = "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« 1° bis {} »"
    for item in ("Insérer dans le code de l'énergie un article L. 134‑20‑1 ainsi rédigé ;",
                 "Insérer dans le code de l'énergie un article L. 134‑20‑1 ;",
                 "Compléter le code de l'énergie par un article L. 134-20-1 ainsi rédigé ;",
                 "Ajouter au chapitre III du titre II un article ;"):  # fmt: skip
        with pytest.raises(AmendingError, match="instruction of its own"):
            apply(article, [("1", put.format(item))])
    for item in ("Insérer dans le code de commerce les dispositions relatives à l'article L. 12 ;",
                 "Compléter dans le code rural les mesures de soutien ;"):  # fmt: skip
        assert alineas(apply(article, [("2", put.format(item))]))[2] == f"1° bis {item}"



PASTED = "\n\n".join(
    [
        "Le conseil municipal délibère chaque année sur le rapport du maire.",
        "Il rend compte de la faculté ouverte au client au titre de l'état d'urgence sanitaire.",
        "Le présent article entre en vigueur le 1er janvier 2014.",
    ]
)

def test_amendments_pasted_from_a_pdf_word_a_web_page_or_markdown_are_read_where_clear() -> None:
    # Citizens' pastes (set 120): places typed without accents, a list's « 1. » or « - », a Markdown heading,
    # a verb hyphenated at a PDF line's end, quoted words cut over lines, Word's single quotes, a ligature
    reads = {
        "Alinea 1, remplacer le mot : « maire » par le mot : « président ».": (0, "président"),
        "A l'alinea 1, remplacer le mot : \"maire\" par le mot : \"président\".": (0, "président"),
        "### Alinéa 1\n\nRemplacer le mot : « maire » par le mot : « président ».": (0, "président"),
        "1. À l'alinéa 1, remplacer le mot : « maire » par le mot : « président ».\n2. Supprimer l'alinéa 3.": (0, "président"),
        "- À l'alinéa 1, remplacer le mot : « maire » par le mot : « président » ;\n- Supprimer l'alinéa 3.": (0, "président"),
        "Après l'alinéa 1, insé-\nrer l'alinéa suivant :\n« Il le publie. »": (1, "Il le publie."),
        "Après l'alinéa 1, insérer l'alinéa suivant :\n« Il le publie sur le site\ninternet de la commune. »": (1, "Il le publie sur le site internet de la commune."),
        "Rédiger ainsi l'alinéa 3 :\n« Le présent article entre en vigueur\nen 2030. »": (2, "Le présent article entre en vigueur en 2030."),
        "À l'alinéa 2, supprimer les mots : « de la faculté ouverte au client au\ntitre de\nl'état d'urgence sanitaire ».": (1, "Il rend compte."),
        "<p>À l'alinéa 2, supprimer les mots : « de la faculté ouverte au client au titre</p><p>de l'état d'urgence sanitaire ».</p>": (1, "Il rend compte."),
        "À l'alinéa 2, remplacer le mot ‘faculté’ par le mot ‘possibilité’.": (1, "possibilité"),
        "À l'alinéa 2, remplacer les mots ‘de l’état d’urgence sanitaire’ par les mots ‘de la crise’.": (1, "de la crise"),
        "À l'alinéa 2, remplacer le mot : « faculté » par le mot : « possibilité ».": (1, "possibilité"),
    }
    for said, (at, words) in reads.items():
        assert words in alineas(apply(PASTED, [("1", said)]))[at], said
    fiscal = PASTED.replace("faculté", "fiscalité")
    assert "ﬁ" not in apply(fiscal, [("2", "À l'alinéa 2, remplacer les mots : « la ﬁscalité » par les mots : « l'option ».")])
    # a hyphen ending a line inside quoted words: the PDF's hyphenation or the author's? (« fac- » / « ture »)
    with pytest.raises(AmendingError, match="cut in the middle"):
        apply(PASTED, [("3", "Compléter l'alinéa 3 par la phrase suivante :\n« Le maire le rappelle sur chaque fac-\nture. »")])
    # single quotes inside a quotation are its text's, not marks
    assert "‘verts’" in alineas(apply(PASTED, [("4", "Compléter l'alinéa 3 par les mots : « dits ‘verts’ de la commune ».")]))[2]

def test_a_count_ending_bare_words_is_read_as_the_count() -> None:
    # Senate Markdown « Remplacer les mots : / d'un mois / par les mots : / de deux mois (deux fois) » (p124-025):
    # the count in parentheses is never part of the words
    article = "Dans un délai d'un mois, il agit. Le projet est déposé dans un délai d'un mois."
    said = "Alinéa 1\n\nRemplacer les mots :\n\nd'un mois\n\npar les mots :\n\nde deux mois (deux fois)"
    assert apply(article, [("1", said)]) == article.replace("d'un mois", "de deux mois")
    said = "Alinéa 1\n\nSupprimer les mots :\n\nd'un mois (deux fois)"
    assert "mois" not in apply(article, [("1", said)])
    with pytest.raises(AmendingError):  # three times said twice: not the text
        apply(article + " Un délai d'un mois court.", [("1", "Alinéa 1\n\nSupprimer les mots :\n\nd'un mois (deux fois)")])

def test_every_ordinal_the_places_read_is_read_typed_without_its_accents() -> None:
    # « Au douzieme alinea », « vingt et unieme », « soixante-dix-septieme »: each ordinal read accented is
    # read with its « è » typed « e », not only « premiere » to « dixieme » (set 125)
    article = "\n\n".join(f"Le texte numéro {n} reste." for n in range(1, 80))
    for said, at in (("douzieme", 11), ("Dix-neuvieme", 18), ("vingt et unieme", 20), ("soixante-dix-septieme", 76),
                     ("trentieme", 29), ("avant-derniere", 77)):  # fmt: skip
        done = apply(article, [("1", f"Au {said} alinea, remplacer le mot : « reste » par le mot : « change ».")])
        assert alineas(done)[at].endswith("change."), said

def test_a_pasted_list_mark_before_a_place_typed_without_its_accents_is_the_list_s() -> None:
    # « - Alinea 2 : remplacer … », « 1. Apres l'alinea 1, inserer … »: the list's mark before the place, as
    # before « Alinéa », « Après » (set 125)
    reads = {
        "- Alinea 2 : remplacer le mot : « faculté » par le mot : « possibilité »": (1, "possibilité"),
        "- Apres l'alinea 1, insérer un alinéa ainsi rédigé :\n« Il le publie. »": (1, "Il le publie."),
        "1. Apres l'alinea 1, insérer un alinéa ainsi rédigé :\n« Il le publie. »": (1, "Il le publie."),
    }
    for said, (at, words) in reads.items():
        assert words in alineas(apply(PASTED, [("1", said)]))[at], said

def test_an_amendment_pasted_whole_from_the_chamber_s_site_is_read_as_its_instructions() -> None:
    # the header (chamber, bill, « AMENDEMENT N° », « présenté par » and the authors, a rule, « ARTICLE N », a
    # status) dropped, the justification cut at its heading « EXPOSÉ SOMMAIRE » / « Objet » (set 133)
    article = "L'état d'urgence est déclaré pour deux mois.\n\nIl est prorogé par la loi."
    after = article.replace("deux mois", "un mois")
    said = "Alinéa 1\n\nRemplacer les mots :\n\n« deux mois »\n\npar les mots :\n\n« un mois »"
    assembly = (
        "ASSEMBLÉE NATIONALE\n\nPROJET DE LOI relatif à l’état d’urgence (n° 2763)\n\nAMENDEMENT N° CL12\n\n"
        "présenté par\n\nMme Battistel, M. Brottes\n\n----------\n\nARTICLE 4\n\n" + said
        + "\n\nEXPOSÉ SOMMAIRE\n\nIl est proposé de supprimer l’alinéa 2.\n\nAdopté"
    )
    assert apply(article, [("CL12", assembly)]) == after
    senate = (
        "<p>SÉNAT</p><p>SESSION ORDINAIRE DE 2019-2020</p><p>PROJET DE LOI (n° 376)</p><p>ADOPTÉ</p>"
        "<p>AMENDEMENT</p><p>n° COM-22 rect. bis</p><p>présenté par</p><p>Le Gouvernement</p><p>______</p>"
        "<p align=\"center\"><b>ARTICLE 4</b></p>"
        + "".join(f"<p>{p}</p>" for p in said.split("\n\n"))
        + "<p align=\"center\"><b>Objet</b></p><p>Alinéa 2</p><p>Supprimer cet alinéa.</p>"
    )
    assert apply(article, [("COM-22", senate)]) == after
    assert apply(article, [("1", said + "\n\n## Objet\n\nSupprimer l’alinéa 2 le permet.")]) == after
    # a header is recognised only so: « Amendement n° 24 » heading a sub-amendment is its place, and prose
    # after the instructions with no heading is not a justification
    with pytest.raises(AmendingError):
        apply(article, [("1", said + "\n\nCet amendement supprime aussi l’alinéa 2.")])
    with pytest.raises(AmendingError):
        apply(article, [("1", "Mme Battistel\n\n" + said)])

def test_a_sub_amendment_naming_its_amendment_bare_or_by_completer_l_amendement() -> None:
    # under the heading « Sous-amendement n° X à l'amendement n° Y », « de l'amendement », « de cet amendement »
    # can only be Y (p134-059, p134-004); « Compléter l'amendement n° Y par … » is « Compléter cet amendement
    # par … » (p134-044); the sub-amendment rectified: « n° 11 rect. » (p134-080)
    article = "Le maire décide.\n\nUn délai de trois mois est fixé.\n\nLe préfet voit."
    main = ("10", "I. – Alinéa 2\n\nRemplacer le mot :\n\n« trois »\n\npar le mot :\n\n« deux »\n\nII. – Alinéa 3\n\nSupprimer cet alinéa.")
    heading = "Sous-amendement n° 11 à l'amendement n° 10\n\n"
    bare = heading + "Alinéa 5 de l'amendement\n\nRemplacer le mot :\n\n« deux »\n\npar le mot :\n\n« quatre »"
    assert alineas(apply(article, [main, ("11", bare)]))[1] == "Un délai de quatre mois est fixé."
    rect = bare.replace("n° 11 à", "n° 11 rect. à").replace(" de l'amendement\n", "\n")
    assert alineas(apply(article, [main, ("11 rect.", rect)]))[1] == "Un délai de quatre mois est fixé."
    assert len(alineas(apply(article, [main, ("11", heading + "Supprimer le II de cet amendement.")]))) == 3
    done = heading + "Compléter l'amendement n° 10 par les deux alinéas suivants :\n\n« III. – Alinéa 1 »\n\n« Supprimer cet alinéa. »"
    assert alineas(apply(article, [main, ("11", done)])) == ["Un délai de deux mois est fixé."]
    with pytest.raises(AmendingError):  # no amendment named: which one is not said
        parse("11", "Alinéa 5 de l'amendement\n\nRemplacer le mot :\n\n« deux »\n\npar le mot :\n\n« quatre »")

def test_instructions_a_sub_amendment_puts_into_its_amendment_are_read_there() -> None:
    # text given to an amendment is instructions by nature: not refused as « an instruction of its own »
    # (p134-018); put into the law by the amendment so made, it is (p102-063)
    article = "Le maire décide. Il publie.\n\nLe préfet voit."
    main = ("18", "Alinéa 1\n\nSupprimer cet alinéa.")
    sub = ("19", "Sous-amendement n° 19 à l'amendement n° 18\n\nRédiger ainsi l'alinéa 2 :\n\n« Supprimer la seconde phrase de cet alinéa. »")
    assert alineas(apply(article, [main, sub])) == ["Le maire décide.", "Le préfet voit."]
    law = ("18", "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« Le juge statue. »")
    sub = ("19", "Sous-amendement n° 19 à l'amendement n° 18\n\nRédiger ainsi l'alinéa 2 :\n\n« Supprimer les mots : « Le préfet ». »")
    with pytest.raises(AmendingError, match="instruction of its own"):
        apply(article, [law, sub])

def test_a_pasted_page_s_header_and_justification_end_where_the_instructions_do_not() -> None:
    # set 135: the justification's heading after a text given's own colon is cut (only an instruction's colon
    # quotes it); the authors end before the first instruction, a rule between parts I and II is no header's
    # end; nothing after « ARTICLE N » is header; a second amendment after the justification is refused
    article = "L'état d'urgence est déclaré pour deux mois.\n\nIl est prorogé par la loi."
    head = "SÉNAT\n\nPROJET DE LOI\n\nURGENCE COVID-19\n\n(n° 658)\n\nAMENDEMENT\n\nn° COM-90\n\nprésenté par\n\nMM. DUPONT et DURAND\n\nARTICLE 1ER\n\n"
    given = head + "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\nIl est prorogé dans les conditions suivantes :\n\nObjet\n\nCet amendement précise."
    assert alineas(apply(article, [("COM-90", given)]))[1] == "Il est prorogé dans les conditions suivantes :"
    words = "Remplacer les mots :\n\n« deux mois »\n\npar les mots :\n\n« un mois »"
    quoted = head + "Alinéa 1\n\n" + words + "\n\nObjet\n\nPrécision."
    assert alineas(apply(article, [("COM-90", quoted)]))[0] == "L'état d'urgence est déclaré pour un mois."
    parts = "I. – " + words + "\n\n---\n\nII. – Remplacer les mots :\n\n« la loi »\n\npar les mots :\n\n« le décret »"
    page = "AMENDEMENT N° CL150\n\nprésenté par\n\nla commission des lois\n\n" + parts + "\n\nEXPOSÉ SOMMAIRE\n\nPrécision."
    assert alineas(apply(article, [("CL150", page)])) == ["L'état d'urgence est déclaré pour un mois.", "Il est prorogé par le décret."]
    capitals = "SÉNAT\n\nPROJET DE LOI\n\nURGENCE COVID\n\nARTICLE 3\n\nSUPPRIMER LE DERNIER ALINÉA\n\nAlinéa 1\n\n" + words
    assert alineas(apply(article, [("1", capitals)])) == ["L'état d'urgence est déclaré pour un mois."]
    with pytest.raises(AmendingError, match="second amendment"):
        apply(article, [("COM-90", quoted + "\n\n" + quoted.replace("COM-90", "COM-91"))])

def test_a_second_page_after_a_justification_is_refused_whatever_its_header_and_rect_is_read_in_capitals() -> None:
    # « AMENDEMENT N° CL73 (Rect) » then « APRÈS L'ARTICLE 16 » after a first page's justification (p137-024): the
    # second amendment would be dropped unseen as justification; « (Rect) » in a first page's header is read (p137-027)
    article = "Premier alinéa.\n\nLe délai est de deux mois."
    first = (
        "ASSEMBLÉE NATIONALE\n\nAMENDEMENT N° CL12 (Rect)\n\nprésenté par M. Dupont\n\n----------\n\nARTICLE 3\n\n"
        "À l'alinéa 2, substituer aux mots : « deux mois » les mots : « trois mois ».\n\nEXPOSÉ SOMMAIRE\n\nPlus long."
    )
    assert alineas(apply(article, [("CL12", first)]))[1] == "Le délai est de trois mois."
    second = "AMENDEMENT N° CL73 (Rect)\n\nprésenté par Mme Martin\n\n----------\n\nAPRÈS L'ARTICLE 16\n\nInsérer l'article suivant : « … »"
    with pytest.raises(AmendingError, match="second amendment"):
        apply(article, [("CL12", first + "\n\n" + second)])

def test_references_written_without_a_space_after_their_letter_are_read_at_once() -> None:
    # « L.1000, L.1001, … » in an item under « … visant à : » (the review's case): a letter read two ways by the
    # pattern of one sentence's words made each reference double the time (26 of them: minutes); now at once
    article = "Le Gouvernement est autorisé à prendre toute mesure visant à :\n\n1° Simplifier les règles ;\n\n2° Harmoniser."
    refs = ", ".join(f"L.{1000 + i}" for i in range(26))
    said = f"Après l'alinéa 2, insérer un alinéa ainsi rédigé : « 1° bis Compléter les articles {refs} du code ; »"
    assert alineas(apply(article, [("1", said)]))[2].startswith("1° bis Compléter les articles L.1000")

def test_reecrire_is_read_as_rediger() -> None:
    # « Réécrire l'alinéa 2 comme suit » (p141-021): a citizen's « Rédiger », with or without « ainsi »/« comme suit »
    article = "Le délai est de douze mois.\n\nLe taux est de deux pour cent.\n\nUn décret fixe les modalités."
    for said in (
        "Réécrire l'alinéa 2 comme suit : « Le taux est de trois. »",
        "Réécrire ainsi l'alinéa 2 : « Le taux est de trois. »",
        "Réécrire l'alinéa 2 :\n\n« Le taux est de trois. »",
    ):
        assert alineas(apply(article, [("1", said)]))[1] == "Le taux est de trois."
    assert apply(article, [("1", "Réécrire ainsi cet article :\n\n« Tout autre. »")]) == "Tout autre."
    said = "À l'alinéa 2, après le mot « taux », réécrire ainsi la fin de cet alinéa : « reste fixé. »"
    assert alineas(apply(article, [("1", said)]))[1] == "Le taux reste fixé."

def test_a_draft_pasted_whole_with_markdown_headings_is_read_as_its_instructions() -> None:
    # an association's or a citizen's draft (set 141): its title « #… » and its article « ##Article 4 » /
    # « ## À l'article 14 » dropped, its justification cut at « Exposé des motifs » in any of its forms
    article = "Le maire décide.\n\nLe délai est de deux mois.\n\nLe préfet voit."
    said = "À l'alinéa 2, remplacer les mots « deux mois » par les mots « trois mois »."
    for head, justification in (
        ("#Un délai plus long\n\n##Article 4", "##Exposé des motifs"),
        ("# Un délai plus long\n\n## À l'article 14", "## Exposé des motifs"),
        ("#Un délai\n\n##Un sous-titre\n\n### Article 2 bis", "Exposé des motifs"),
        ("##A l'article 1er", "EXPOSE DES MOTIFS"),
        ("#Un délai plus long", "##Expose des motifs"),
    ):
        page = f"{head}\n\n{said}\n\n{justification}\n\nIl faudrait aussi supprimer l'alinéa 3."
        assert alineas(apply(article, [("1", page)]))[1:] == ["Le délai est de trois mois.", "Le préfet voit."], head
    # a heading saying it makes a new article: its text is that article's, no instruction on this one
    for head in ("##Après l'article 6", "## Article additionnel après l'article 6", "Avant l'article 2"):
        with pytest.raises(AmendingError, match="new article"):
            apply(article, [("1", f"#Un titre\n\n{head}\n\nAjouter un nouvel article ainsi rédigé :\n\n« Le juge statue. »")])
    # a second draft after the justification (its title, its article, its instructions) is refused, not dropped
    first = f"#Un délai plus long\n\n##Article 4\n\n{said}\n\n##Exposé des motifs\n\nPlus long."
    for second in ("#Un autre\n\n##Article 4\n\nSupprimer l'alinéa 3.", "#Un autre\n\nSupprimer l'alinéa 3."):
        with pytest.raises(AmendingError, match="second amendment"):
            apply(article, [("1", first + "\n\n" + second)])
    # a title alone is read as one only on a page its justification's heading shows; a place's heading stays one
    with pytest.raises(AmendingError):
        apply(article, [("1", f"#Un délai plus long\n\n{said}")])
    assert "trois" in apply(article, [("1", "### Alinéa 2\n\nRemplacer les mots « deux mois » par les mots « trois mois ».")])

def test_headings_above_the_article_heading_are_titles_whatever_their_words() -> None:
    # « #Réécrire le droit des données » then « ##Article 16 » (p143-063): a title opening with an instruction's
    # verb, above the article the draft is on, is dropped with it, not read as an instruction
    article = "Le maire décide.\n\nLe délai est de deux mois.\n\nLe préfet voit."
    said = "À l'alinéa 2, remplacer les mots « deux mois » par les mots « trois mois »."
    for title in ("#Réécrire le droit des données", "#Supprimer les délais\n\n##Un sous-titre"):
        page = f"{title}\n\n##Article 16\n\n{said}\n\nExposé des motifs\n\nTexte."
        assert alineas(apply(article, [("1", page)]))[1] == "Le délai est de trois mois.", title
    with pytest.raises(AmendingError, match="new article"):  # a new article's heading below a title: refused still
        apply(article, [("1", f"#Réécrire le droit\n\n##Après l'article 6\n\n{said}")])

def test_a_citizens_proposal_before_an_instruction_is_that_instruction() -> None:
    # « Il est proposé de réécrire l'alinéa 3 comme suit : « … » » (p143-020), « Nous proposons de supprimer … »:
    # the proposal opening the sentence before an instruction's infinitive is left out; before another verb, refused
    article = "Le maire décide.\n\nLe délai est de deux mois.\n\nLe préfet voit."
    said = "Il est proposé de réécrire l'alinéa 2 comme suit : « Le délai est de trois mois. »"
    assert alineas(apply(article, [("1", said)]))[1] == "Le délai est de trois mois."
    assert alineas(apply(article, [("1", "Nous proposons de supprimer l'alinéa 3.")])) == ["Le maire décide.", "Le délai est de deux mois."]
    with pytest.raises(AmendingError):
        apply(article, [("1", "Il est proposé de modifier l'alinéa 2.")])

def test_proposed_with_a_place_between_commas_before_the_infinitive() -> None:
    # « Il est proposé de, à l'alinéa 1, remplacer … »: read as « À l'alinéa 1, remplacer … » (p144-019)
    article = "Le délai est de six mois.\n\nIl court du dépôt."
    said = "Il est proposé de, à l'alinéa 1, remplacer les mots « six mois » par « un an »."
    assert apply(article, [("1", said)]) == "Le délai est de un an.\n\nIl court du dépôt."
    with pytest.raises(AmendingError):
        apply(article, [("1", "Il est proposé de, à l'alinéa 1, modifier les mots « six mois ».")])

def test_a_pages_header_holding_its_date_and_where_it_was_filed_is_dropped() -> None:
    # the Assemblée's pages of 2013 (p147-068, p147-069): « 12 mars 2013 », the bill's title and number, « Commission »,
    # « AMENDEMENT N° AC 412 »: all header, not a place named « 12 mars 2013 »
    article = "À l'article L. 712-1 du même code, les mots : « X » sont remplacés."
    after = "À l'article L. 712-1 du code de l'éducation, les mots : « X » sont remplacés."
    said = "Substituer aux mots :\n\n« même code »\n\nles mots :\n\n« code de l'éducation »."
    for date in ("12 mars 2013", "1er avril 2019", "Mardi 12 MARS 2013"):
        page = (
            f"ASSEMBLÉE NATIONALE\n\n{date}\n\nENSEIGNEMENT SUPÉRIEUR ET RECHERCHE - (n° 835)\n\nCommission\n\n"
            f"AMENDEMENT N° AC 412\n\nprésenté par\n\nMme Dominique Orliac, rapporteure\n\n----------\n\nARTICLE 24\n\n"
            f"{said}\n\nEXPOSÉ SOMMAIRE\n\nPrécision."
        )
        assert apply(article, [("AC412", page)]) == after
    # a date line after « ARTICLE N » is no header's: read as what it says, refused here
    with pytest.raises(AmendingError):
        apply(article, [("AC412", f"ASSEMBLÉE NATIONALE\n\nARTICLE 24\n\n12 mars 2013\n\n{said}")])

def test_the_rest_unchanged_said_inside_a_quotation_of_the_text_given_is_its_words() -> None:
    # an article restored whole whose 3° rewrites a code alinéa's start in the law's own words (p147-052): the
    # « (le reste sans changement) » inside the quotation the 3° opens is the text's; given bare, still refused
    law = "3° Le début de l'avant-dernier alinéa est ainsi rédigé : « Les statuts peuvent prévoir... (le reste sans changement). »"
    said = f"Rétablir cet article dans la rédaction suivante :\n\n« I. – L'article L. 1 est ainsi modifié :\n\n« {law} »"
    assert alineas(apply("", [("30", said)])) == ["I. – L'article L. 1 est ainsi modifié :", law]
    for given in ("« 3° Le début est ainsi rédigé... (le reste sans changement). »", "« « 3° Les statuts... (le reste sans changement). » »"):
        with pytest.raises(AmendingError) as caught:
            apply("", [("30", f"Rétablir cet article dans la rédaction suivante :\n\n« I. – L'article L. 1 est ainsi modifié :\n\n{given}")])
        assert caught.value.reason == "its text says « (le reste sans changement) » of a passage it rewrites whole"


def test_the_sitting_records_retelling_of_an_amendment_is_its_instruction() -> None:
    # « Par amendement n° 1, M. Cabanel, au nom de la commission, propose de rédiger ainsi le second alinéa … : »
    # (p53-001, p53-002): the record's retelling before an instruction's infinitive is left out, as « Il est
    # proposé de »; before another verb, refused as before
    article = "Le maire décide.\n\nLe délai est de deux mois.\n\nLe préfet voit."
    for who in ("M. Cabanel, au nom de la commission, propose", "MM. Dupont et Durand proposent", "Mme Martin propose"):
        said = f"Par amendement n° 12 rectifié, {who} de rédiger ainsi le deuxième alinéa :\n\n« Le délai est de trois mois. »"
        assert alineas(apply(article, [("1", said)]))[1] == "Le délai est de trois mois.", who
    assert alineas(apply(article, [("2", "Par amendement n° 3, M. Girod propose de supprimer le troisième alinéa.")])) == ["Le maire décide.", "Le délai est de deux mois."]
    with pytest.raises(AmendingError):
        apply(article, [("3", "Par amendement n° 3, M. Girod propose de modifier le troisième alinéa.")])

def test_a_passive_participle_one_letter_off_before_words_given_bare() -> None:
    # « À l'alinéa 2, le mot : moyen est remplaçé par le mot : médian » (p101-035): the participle one letter off
    # is read as « remplacé » before the bare words are sought, as with quoted words (p85-078); so « suprimé »
    article = "Le maire décide.\n\nLe revenu moyen est retenu.\n\nLe préfet voit."
    assert alineas(apply(article, [("1", "À l'alinéa 2, le mot : moyen est remplaçé par le mot : médian")]))[1] == "Le revenu médian est retenu."
    assert alineas(apply(article, [("2", "À l'alinéa 2, le mot : moyen est suprimé")]))[1] == "Le revenu est retenu."

def test_the_current_pages_date_position_and_procedure_lines_are_header() -> None:
    # The Assemblée's current page (« 20 mars 2020 », « URGENCE COVID-19 - (N° 2762) », « Commission »,
    # « Gouvernement », « Adopté » before « AMENDEMENT N° 112 ») and the Sénat's séance page (« (PROCÉDURE
    # ACCÉLÉRÉE) », « DIRECTION DE LA SÉANCE ») (p137-025, p137-026): header lines, dropped with it; after the
    # amendment's number they are no header's
    article = "Le délai est d'un mois. Il court du dépôt."
    assembly = "ASSEMBLÉE NATIONALE\n\n20 mars 2020\n\nURGENCE COVID-19 - (N° 2762)\n\nCommission\n\nGouvernement\n\nAdopté\n\nAMENDEMENT N° 112\n\nprésenté par\n\nM. Houlié, rapporteur\n\n----------\n\nARTICLE 13\n\nSupprimer la seconde phrase.\n\nEXPOSÉ SOMMAIRE\n\nAmendement rédactionnel."
    assert apply(article, [("112", assembly)]) == "Le délai est d'un mois."
    senate = "SÉNAT\n\nSESSION ORDINAIRE DE 2019-2020\n\nPROJET DE LOI\n\nURGENCE SANITAIRE\n\n(PROCÉDURE ACCÉLÉRÉE)\n\n(n° 376)\n\nDIRECTION DE LA SÉANCE\n\nAMENDEMENT\n\nN° 12 rect. bis\n\nprésenté par\n\nMM. Bas, Retailleau\n\n_________________\n\nARTICLE 16\n\nRemplacer les mots : « d'un mois » par les mots : « de deux mois ».\n\nObjet\n\nCet amendement allonge le délai."
    assert apply(article, [("12", senate)]) == "Le délai est de deux mois. Il court du dépôt."
    with pytest.raises(AmendingError):  # after the number, a date line is no header's
        apply(article, [("113", assembly.replace("AMENDEMENT N° 112", "AMENDEMENT N° 112\n\n20 mars 2020"))])


def test_the_sitting_record_says_the_place_between_commas_after_propose() -> None:
    # « Par amendement n° 12, Mme Martin, au nom de …, propose, à l'alinéa 2, de supprimer … » (p149-085, p149-087)
    article = "Premier.\n\nLe délai est d'un mois. Il est limité, et renouvelable."
    said = "Par amendement n° 12, Mme Martin, au nom de la commission des lois, propose, à l'alinéa 2, de supprimer la dernière phrase."
    assert alineas(apply(article, [("1", said)]))[1] == "Le délai est d'un mois."
    said = "Par amendement n° 12, M. Dupont propose, à l'alinéa 2, après le mot : « limité », de supprimer la virgule."
    assert alineas(apply(article, [("2", said)]))[1] == "Le délai est d'un mois. Il est limité et renouvelable."
