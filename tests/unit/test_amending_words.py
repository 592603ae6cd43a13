# ruff: noqa: E501  (French instructions read best whole)
"""Words replaced, deleted or inserted (words.py, search.py): finding quoted words (typography, capitals,
spaces, numbers never cut), occurrences and counts, words next to an anchor, capitals and spacing of the
words put."""

from __future__ import annotations

import pytest

from drafting.domain.amending import AmendingError, apply
from drafting.domain.amending.seams import elided_end
from drafting.domain.amending.typography import normal
from tests.unit.amending_helpers import ARTICLE, alineas

QUOTED_ITEM = "\n\n".join(
    [
        "L'article L. 9 est ainsi modifié :",
        "1° Le premier alinéa est ainsi rédigé :",
        "« Le maire décide. Le préfet contrôle. » ;",
        "2° Le dernier alinéa est supprimé.",
    ]
)

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

def test_an_edit_leaving_a_word_doubled_is_refused() -> None:
    article = "Le maire, par la voie du conseil, par la délibération, décide."
    with pytest.raises(AmendingError) as caught:
        apply(article, [("52", "Supprimer les mots : « la voie du conseil, »")])
    assert caught.value.code == "doubled_word" and "« par par »" in caught.value.message
    out = apply(article, [("52", "Supprimer les mots : « par la voie du conseil, »")])
    assert out == "Le maire, par la délibération, décide."

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

def test_a_count_in_the_place_heading_changes_the_words_that_many_times() -> None:
    text = "Les membres de la commission de la formation siègent avec ceux de la formation restreinte. Ils votent."
    heading = "Alinéa 1, première phrase (deux fois) :\n\nAprès le mot :\n\nformation\n\ninsérer les mots :\n\net de la vie universitaire"
    out = apply(text, [("COM-202", heading)])
    assert out.count("formation et de la vie universitaire") == 2
    with pytest.raises(AmendingError, match="occurs 2 times") as refused:  # three said, two there
        apply(text, [("1", heading.replace("(deux fois)", "(trois fois)"))])
    assert refused.value.code == "ambiguous"

def test_words_put_after_an_elided_word_must_open_with_a_vowel() -> None:
    text = "Le représentant de l'État dans le département décide."
    with pytest.raises(AmendingError, match="elided") as refused:
        apply(text, [("1", "Remplacer le mot : « État » par le mot : « département ».")])
    assert refused.value.code == "not_applicable"
    assert "l'autorité" in apply(text, [("2", "Remplacer le mot : « État » par le mot : « autorité ».")])

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

def test_the_article_of_a_name_keeps_its_capital_after_words_put_before_it() -> None:
    put = [("1", "Au début de l'alinéa 1, insérer les mots : « À compter de 2021, »")]
    out = apply("La Réunion et la Guyane font l'objet d'une programmation distincte.", put)
    assert out == "À compter de 2021, La Réunion et la Guyane font l'objet d'une programmation distincte."
    # a name the alinéa itself writes with its capital article inside a sentence
    out = apply("La Foncière a un contrat avec l'État ; l'État contrôle La Foncière.", put)
    assert out.startswith("À compter de 2021, La Foncière a")
    out = apply("Le Gouvernement remet un rapport au Parlement.", put)  # « le Gouvernement », as laws write it
    assert out == "À compter de 2021, le Gouvernement remet un rapport au Parlement."

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

def test_quoted_words_opening_with_a_comma_keep_the_space_after_the_opening_quote() -> None:
    # « les mots : « , chaque mois, » » with those words replaced: French puts a space after « « », also
    # before a comma (p28-045); in prose, no space before the comma, as before
    article = "a) Au premier alinéa, après le mot : « public », sont insérés les mots : « , chaque mois, » ;"
    amendment = "Remplacer les mots : « , chaque mois, » par les mots : « , chaque trimestre, »."
    assert apply(article, [("1", amendment)]).endswith("les mots : « , chaque trimestre, » ;")
    assert apply("Le texte , chaque mois, est publié.", [("1", amendment)]) == "Le texte, chaque trimestre, est publié."

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

def test_a_linking_adverb_opening_a_phrase_takes_a_small_letter_after_words_put_before_it() -> None:
    # « avant le mot : « Toutefois », insérer : « Par exception, » » where « Toutefois » opens the second
    # phrase: the adverb no longer opens the sentence (covid law 2020, p33-080)
    article = "L'état entre en vigueur. Toutefois, un décret peut en limiter l'application."
    out = apply(article, [("1", "Avant le mot : « Toutefois », insérer les mots : « Par exception, ».")])
    assert out == "L'état entre en vigueur. Par exception, toutefois, un décret peut en limiter l'application."

def test_words_deleted_given_as_a_series_are_each_deleted() -> None:
    # « Supprimer les mots : » then « « l'arrêté, », « l'audit, » et « la revue, » »: each deleted (p43-052)
    article = "Les règles relatives à l'établissement, l'arrêté, l'audit, la revue, l'approbation des comptes."
    text = "Alinéa 1\n\nSupprimer les mots :\n\n« l'arrêté, », « l'audit, » et « la revue, »"
    assert apply(article, [("1", text)]) == "Les règles relatives à l'établissement, l'approbation des comptes."
    with pytest.raises(AmendingError, match="not found"):
        apply(article, [("1", text.replace("la revue", "la vue"))])

def test_words_in_a_series_deleted_in_the_passive_form() -> None:
    # the Sénat's « À l'alinéa 1, les mots : « A », « B » et « C » sont supprimés » is « supprimer les mots :
    # « A », « B » et « C » » (p45-069); two as well
    article = "Les comptes intégralement financiers et commerciaux sont tenus."
    three = "À l'alinéa 1, les mots : « intégralement », « financiers » et « et commerciaux » sont supprimés."
    assert apply(article, [("1", three)]) == "Les comptes sont tenus."
    two = "Les mots : « intégralement » et « et commerciaux » sont supprimés."
    assert apply(article, [("1", two)]) == "Les comptes financiers sont tenus."

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

def test_the_article_elided_before_avant_dernier_is_written_whole_by_its_gender() -> None:
    # « L'avant-dernier alinéa », « avant-dernier » replaced by « quinzième »: « Le quinzième alinéa » (p67-015);
    # « de l' », « à l' » contract for the masculine, « la » for the feminine
    text = "9° L'avant-dernier alinéa est complété ; à l'avant-dernier alinéa ; de l'avant-dernière phrase."
    said = "Remplacer le mot : « avant-dernier » par le mot : « quinzième »."
    assert apply("L'avant-dernier alinéa est complété.", [("1", said)]) == "Le quinzième alinéa est complété."
    assert apply("Il siège à l'avant-dernier alinéa.", [("2", said)]) == "Il siège au quinzième alinéa."
    assert apply("Il lit de l'avant-dernier alinéa.", [("3", said)]) == "Il lit du quinzième alinéa."
    said = "Remplacer le mot : « avant-dernière » par le mot : « deuxième »."
    assert apply(text.split(" ; ")[2], [("4", said)]) == "de la deuxième phrase."
    # a word whose gender is not said stays refused
    with pytest.raises(AmendingError, match="is elided"):
        apply("Le rapport de l'État.", [("5", "Remplacer le mot : « État » par le mot : « département ».")])


def test_a_stray_closing_quote_ending_both_bare_operands_is_read_through() -> None:
    # « Remplacer les mots : Le Haut Conseil … » par les mots : L'Agence … » », both given bare, each ending with a
    # quote it never opens (p12-com-COM-141): where the text has the words without it, they are replaced; where
    # it has them with it, the quote is kept; on one side only it is words of the instruction (not found)
    article = "« Art. L. 1. – Le Haut Conseil est indépendant.\n\n« Il évalue les établissements. »"
    text = "Alinéa {}\n\nRemplacer les mots :\n\n{} »\n\npar les mots :\n\n{}"
    assert alineas(apply(article, [("1", text.format(1, "Le Haut Conseil", "L'Agence »"))]))[0] == (
        "« Art. L. 1. – L'Agence est indépendant."
    )
    assert alineas(apply(article, [("1", text.format(2, "établissements.", "universités. »"))]))[1] == (
        "« Il évalue les universités. »"
    )
    with pytest.raises(AmendingError, match="is not found"):
        apply(article, [("1", text.format(1, "Le Haut Conseil", "L'Agence"))])

def test_the_article_is_elided_or_whole_as_the_word_put_says() -> None:
    # no elision before « onze », « onzième », « huit », « huitième » (p70-058, p70-059, p70-068)
    said = "Remplacer le mot : « avant-dernier » par le mot : « {} »."
    assert apply("L'avant-dernier alinéa.", [("1", said.format("onzième"))]) == "Le onzième alinéa."
    assert apply("Il siège à l'avant-dernier alinéa.", [("2", said.format("onzième"))]) == "Il siège au onzième alinéa."
    assert apply("L'avant-dernier alinéa.", [("3", said.format("huitième"))]) == "Le huitième alinéa."
    # « la », « du », « au » before a word opening with a vowel elide (p70-065)
    second = "Remplacer le mot : « {} » par le mot : « avant-dernière »."
    assert apply("À la seconde phrase.", [("4", second.format("seconde"))]) == "À l'avant-dernière phrase."
    assert apply("La seconde phrase.", [("5", second.format("seconde"))]) == "L'avant-dernière phrase."
    masculine = "Remplacer le mot : « second » par le mot : « avant-dernier »."
    assert apply("Au second alinéa.", [("6", masculine)]) == "À l'avant-dernier alinéa."
    assert apply("Le texte du second alinéa.", [("7", masculine)]) == "Le texte de l'avant-dernier alinéa."
    # an aspirated h, a division's number: whole; a mute h in the list: elided
    tax = "Remplacer le mot : « séjour » par le mot : « {} »."
    assert apply("La taxe du séjour.", [("8", tax.format("hébergement"))]) == "La taxe de l'hébergement."
    assert apply("La taxe du séjour.", [("9", tax.format("handicap"))]) == "La taxe du handicap."
    assert apply("Il est mentionné au 1°.", [("10", "Remplacer la référence : « 1° » par la référence : « II »." )]) == "Il est mentionné au II."
    # an h no list names (« hiatus », « le » and « l' » both written): whether the article elides is not sure
    with pytest.raises(AmendingError, match="is not sure"):
        apply("La taxe du séjour.", [("11", tax.format("hiatus"))])
    with pytest.raises(AmendingError, match="is not sure"):
        apply("L'avant-dernier alinéa.", [("12", said.format("hiatus"))])

def test_a_stray_closing_quote_ending_the_replacement_alone_is_refused() -> None:
    # « par les mots : un nombre égal de femmes et d'hommes » », the words replaced bare with no quote: put into
    # the law, the quote would close nothing (p71-087); refused, not guessed
    article = "Le préfet statue.\n\nElles comprennent autant de femmes que d'hommes. Un décret fixe les conditions."
    text = "Alinéa 2\n\nRemplacer les mots :\n\nautant de femmes que d'hommes\n\npar les mots :\n\nun nombre égal de femmes et d'hommes »"
    with pytest.raises(AmendingError, match="close a quote they never open") as refused:
        apply(article, [("1", text)])
    assert refused.value.code == "ambiguous"
    with pytest.raises(AmendingError, match="close a quote they never open"):
        apply(article, [("1", "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\net des formations »")])
    # quotes the words put open and close: theirs
    out = apply(article, [("1", "Alinéa 2\n\nRemplacer les mots : « autant » par les mots : « le « même » nombre »")])
    assert "le « même » nombre de femmes" in alineas(out)[1]

def test_an_elided_word_without_gender_is_written_whole_before_a_consonant() -> None:
    # « d' » before a consonant can only be « de », « qu' » only « que »: no gender to guess (p74-046)
    said = "Remplacer le mot : « assurance » par le mot : « {} »."
    assert apply("Un trimestre d'assurance.", [("1", said.format("cotisation"))]) == "Un trimestre de cotisation."
    assert apply("Un trimestre D'assurance.", [("2", said.format("cotisation"))]) == "Un trimestre De cotisation."
    assert apply("Un trimestre d'assurance.", [("3", said.format("hausse"))]) == "Un trimestre de hausse."
    assert apply("Il dit qu'il part.", [("4", "Remplacer le mot : « il » par les mots : « le préfet »." )]) == (
        "Il dit que le préfet part."
    )
    # « l' » is « le » or « la »: refused; « de » before « le », « les », contracted or not: refused
    with pytest.raises(AmendingError, match="cannot be written"):
        apply("Le coût de l'assurance.", [("5", said.format("cotisation"))])
    with pytest.raises(AmendingError, match="cannot be written"):
        apply("Un trimestre d'assurance.", [("6", said.format("les cotisations"))])

def test_a_mute_h_common_in_law_is_elided_before() -> None:
    # the mute h of words common in French law (« l'harmonisation », p74-021), the aspirated h kept whole, the
    # longer stem saying (« haltère » mute though « halte » is aspirated)
    said = "Remplacer le mot : « classement » par le mot : « {} »."
    for word in ("harmonisation", "homologation", "hospitalisation", "hypothèque", "humanité", "hygiène"):
        assert apply("Le classement des routes.", [("1", said.format(word))]) == f"L'{word} des routes."
    for word in ("hiérarchisation", "hausse", "harcèlement", "hangar"):
        assert apply("Le classement des routes.", [("2", said.format(word))]) == f"Le {word} des routes."
    assert apply("Le classement des routes.", [("3", said.format("haltère"))]) == "L'haltère des routes."

def test_words_put_are_applied_as_written_whatever_their_gender() -> None:
    # a noun's gender is not known: the words around are left as they are, their agreement is the drafter's
    # (p74-022, p74-047)
    said = "Remplacer le mot : « classement » par le mot : « hiérarchisation »."
    assert apply("Le classement des routes.", [("1", said)]) == "Le hiérarchisation des routes."

def test_no_elision_before_words_that_never_follow_an_article() -> None:
    # « La région peut », « région » replaced by « au plus tard »: « au » never follows an article; « la » is left
    # as the amendment has it, not elided into « L'au plus tard » (round-trip seed 21373338)
    said = "Remplacer le mot : « région » par les mots : « {} »."
    assert apply("La région peut adhérer.", [("1", said.format("au plus tard"))]) == "La au plus tard peut adhérer."
    assert apply("La région peut adhérer.", [("2", said.format("et elle"))]) == "La et elle peut adhérer."
    # a noun opening with a vowel still elides it
    assert apply("La région peut adhérer.", [("3", said.format("agence"))]) == "L'agence peut adhérer."

def test_jusqu_and_s_before_il_are_written_whole_before_a_consonant() -> None:
    # « jusqu' » is « jusque » (p77-066); « s' » before « il », « ils » is « si », which elides before them
    # only (p77-067: « si l'intéressé », « si elle »)
    said = "Remplacer les mots : « au 31 août » par les mots : « {} »."
    assert apply("Il reste jusqu'au 31 août.", [("1", said.format("dans les six mois"))]) == "Il reste jusque dans les six mois."
    with pytest.raises(AmendingError, match="cannot be written"):
        apply("Il reste jusqu'au 31 août.", [("2", said.format("le 30 juin"))])
    said = "Remplacer le mot : « il » par les mots : « {} »."
    assert apply("Il part s'il le veut.", [("3", said.format("l'intéressé"))]) == "Il part si l'intéressé le veut."
    assert apply("Il part s'il le veut.", [("4", said.format("elle"))]) == "Il part si elle le veut."
    assert apply("Il part s'ils le veulent.", [("5", "Remplacer le mot : « ils » par le mot : « ils »." )]) == (
        "Il part s'ils le veulent."
    )

def test_the_aspirated_h_of_english_words() -> None:
    # « la holding », « le hold-up », « le hub »: the h of the English words French took is aspirated (p77-081)
    said = "Remplacer le mot : « société » par le mot : « {} »."
    for word in ("holding", "hub", "hold-up"):
        assert apply("Le rôle de la société.", [("1", said.format(word))]) == f"Le rôle de la {word}."

def test_ce_and_cet_by_the_next_word_sound() -> None:
    # « ce » is « cet » before a vowel or a mute h, « cet » « ce » before the others: both masculine, the next
    # word's first sound decides, no gender guessed (p77-053, p74-015)
    said = "Remplacer le mot : « {} » par le mot : « {} »."
    assert apply("Le rôle de ce conseil.", [("1", said.format("conseil", "organe"))]) == "Le rôle de cet organe."
    assert apply("Ce conseil statue.", [("2", said.format("conseil", "hôpital"))]) == "Cet hôpital statue."
    assert apply("Le rôle de cet organe.", [("3", said.format("organe", "conseil"))]) == "Le rôle de ce conseil."
    assert apply("Le rôle de ce conseil.", [("4", said.format("conseil", "hangar"))]) == "Le rôle de ce hangar."
    # the pronoun « ce » before words that never follow a determiner (« ce à quoi »): left as it is, not « cet »
    assert apply("Il dit ce que je pense.", [("5", "Remplacer le mot : « que » par les mots : « à quoi »." )]) == (
        "Il dit ce à quoi je pense."
    )

def test_cet_and_jusque_before_words_no_determiner_follows() -> None:
    # « cet » before words that never follow a determiner or follow the pronoun (« un », « à », « en ») is
    # refused as « ce » is: « cet un ajout » is no French (p80-048); « jusque » before « la », « l' » too:
    # « jusque la première réunion » is no French, « jusqu'à la » (p80-053)
    said = "Remplacer le mot : « {} » par les mots : « {} »."
    for new in ("un ajout", "à cet effet", "en cours"):
        with pytest.raises(AmendingError):
            apply("Le rôle de cet ajout.", [("1", said.format("ajout", new))])
    assert apply("Le rôle de cet ajout.", [("2", said.format("ajout", "autre ajout"))]) == "Le rôle de cet autre ajout."
    for new in ("la première réunion", "l'ouverture"):
        with pytest.raises(AmendingError):
            apply("Jusqu'à la première réunion, il siège.", [("3", "Remplacer les mots : « à la première réunion » par les mots : « " + new + " ».")])
    assert apply("Jusqu'à la première réunion, il siège.", [("4", "Remplacer les mots : « à la première réunion » par les mots : « dans les six mois ».")]) == (
        "Jusque dans les six mois, il siège."
    )

def test_a_deletion_leaves_the_word_before_elided_as_french_writes_it() -> None:
    # words deleted leave « du », « au », « le », « ce » before a vowel: elided as a replacement would (p82-039,
    # p82-047); an elided « l' » before a word taking no elision is written whole or refused
    said = "Supprimer le mot : « {} »."
    assert apply("Le I du présent article est applicable.", [("1", said.format("présent"))]) == (
        "Le I de l'article est applicable."
    )
    assert apply("Il est mentionné au premier alinéa.", [("2", said.format("premier"))]) == "Il est mentionné à l'alinéa."
    assert apply("Le rôle de cet autre conseil.", [("3", said.format("autre"))]) == "Le rôle de ce conseil."
    assert apply("L'avant-dernier alinéa est dit.", [("4", said.format("avant-dernier"))]) == "L'alinéa est dit."
    assert apply("De l'avant-dernier paragraphe.", [("5", said.format("avant-dernier"))]) == "Du paragraphe."
    with pytest.raises(AmendingError, match="is elided"):
        apply("Le premier hxyz est dit.", [("6", said.format("premier"))])
    # only an adjective before the noun says the next word is the noun: « Le maire informe » less « maire »
    # leaves « Le » whole before a vowel, no French: refused (p83-038, below)
    with pytest.raises(AmendingError, match="is elided"):
        apply("Le maire informe.", [("7", said.format("maire"))])

def test_a_deletion_leaving_an_article_whole_before_a_vowel_is_refused() -> None:
    # « la nouvelle expérience » less « nouvelle »: « la expérience » is no French, and whether the words left
    # elide (« l'expérience ») or other words were meant is not said: refused (p83-038); the listed adjectives
    # before the noun still elide it, and a consonant after it keeps it whole
    said = "Supprimer le mot : « {} »."
    for article, word in (
        ("Il vaut la nouvelle expérience.", "nouvelle"),
        ("Le rôle du grand organe.", "grand"),
        ("Il est fait au nouvel hôpital.", "nouvel"),
        ("Ce vieux usage cesse.", "vieux"),
    ):
        with pytest.raises(AmendingError, match="is elided"):
            apply(article, [("1", said.format(word))])
    assert apply("Il vaut la nouvelle carte.", [("2", said.format("nouvelle"))]) == "Il vaut la carte."
    assert apply("Il vaut la seule expérience.", [("3", said.format("seule"))]) == "Il vaut l'expérience."

def test_the_aspirated_h_of_loan_words_in_law_and_administration() -> None:
    # « ce hackathon », « la hotline », « le hardware » (p80-042, p80-078, p80-085): aspirated by usage, as
    # « le hacker », « le hammam », « le hooligan »; a mute h still elides, an h in no list stays refused
    said = "Remplacer le mot : « société » par le mot : « {} »."
    for word in ("hackathon", "hotline", "hardware", "hammam", "hooligan", "handisport", "harki"):
        assert apply("Le rôle de la société.", [("1", said.format(word))]) == f"Le rôle de la {word}."
    assert apply("Le rôle de la société.", [("2", said.format("hôtellerie"))]) == "Le rôle de l'hôtellerie."
    with pytest.raises(AmendingError, match="not sure"):
        apply("Le rôle de la société.", [("3", said.format("hxyz"))])
    assert apply("Il rend cet avis.", [("4", "Remplacer le mot : « avis » par le mot : « hackathon ».")]) == (
        "Il rend ce hackathon."
    )

def test_l_before_an_aspirated_loan_word_stays_refused() -> None:
    # « L'affichage », « affichage » replaced by « hashtag »: « le » or « la » is the noun's gender, which the
    # word put does not say (p80-079, p77-072): refused, the aspirated h known
    said = "Remplacer le mot : « affichage » par le mot : « {} »."
    for word in ("hashtag", "hotline", "hackathon"):
        with pytest.raises(AmendingError, match="cannot be written"):
            apply("L'affichage est fait.", [("1", said.format(word))])

def test_the_reflexive_s_is_written_whole_before_a_consonant() -> None:
    # « s'effectue », « effectue » replaced by « réalise »: « s' » before no « il » is the reflexive « se »,
    # written whole (p80-068); « s'il » stays « si »; a vowel after keeps « s' »
    said = "Remplacer le mot : « effectue » par le mot : « {} »."
    assert apply("Le transfert s'effectue au 1er janvier.", [("1", said.format("réalise"))]) == (
        "Le transfert se réalise au 1er janvier."
    )
    assert apply("Le transfert s'effectue au 1er janvier.", [("2", said.format("opère"))]) == (
        "Le transfert s'opère au 1er janvier."
    )
    assert apply("Il part s'il le veut.", [("3", "Remplacer le mot : « il » par le mot : « nul ».")]) == (
        "Il part si nul le veut."
    )
    assert apply("Elle s'en abstient.", [("4", "Remplacer les mots : « en abstient » par le mot : « tait ».")]) == (
        "Elle se tait."
    )

def test_words_put_that_are_empty_are_refused_not_a_crash() -> None:
    # « «  » » puts nothing: a replacement, an insertion or a new end with empty quotes is refused, in words
    # (it raised an IndexError before: a 500 on the API)
    article = "Le comité se réunit chaque année. Il rend un avis."
    for said in (
        "Remplacer les mots : « chaque année » par les mots : «  ».",
        "Après le mot : « réunit », insérer les mots : « ».",
        "Après le mot :\n\n« réunit »\n\ninsérer les mots :\n\n«  »",
        "Compléter cet alinéa par les mots : « ».",
        "Après le mot : « réunit », rédiger ainsi la fin de cet alinéa : « ».",
    ):
        with pytest.raises(AmendingError, match="words it puts are empty"):
            apply(article, [("1", said)])

def test_a_deletion_of_several_adjectives_before_the_noun_elides_the_article() -> None:
    # « au même premier alinéa » less « même premier »: every word deleted is an adjective set before the noun,
    # so the word after is the noun and « au » elides before it (p85-015); one word deleted not in the list
    # (« nouvelle », « grand ») leaves the elision not sure: refused as for one word
    said = "Supprimer les mots : « {} »."
    assert apply("Le délai fixé au même premier alinéa.", [("1", said.format("même premier"))]) == (
        "Le délai fixé à l'alinéa."
    )
    assert apply("Le I du présent même article.", [("2", said.format("présent même"))]) == "Le I de l'article."
    for article, words in (
        ("Il vaut la seule nouvelle expérience.", "seule nouvelle"),
        ("Le rôle du même grand organe.", "même grand"),
        ("Le maire même informe.", "maire même"),
    ):
        with pytest.raises(AmendingError, match="is elided"):
            apply(article, [("3", said.format(words))])

def test_words_put_that_are_only_the_stop_the_text_has_are_refused_not_a_crash() -> None:
    # « insérer les mots : « . » » after « année » before the text's own « . »: the stop is the text's, so
    # nothing would be put; refused in words (an IndexError before: a 500 on the API); words ending with a stop
    # there still lose theirs
    article = "Le comité se réunit chaque année. Il rend un avis."
    with pytest.raises(AmendingError, match="only the stop the text has there"):
        apply(article, [("1", "Après le mot : « année », insérer les mots : « . ».")])
    got = apply(article, [("1", "Après le mot : « année », insérer les mots : « et en séance. ».")])
    assert got == "Le comité se réunit chaque année et en séance. Il rend un avis."

def test_words_replaced_wherever_they_stand_in_the_singular() -> None:
    # « le mot : « taux » est remplacé, partout où il figure, par … »: the singular was not read (the pattern
    # took « figuren(t) »), the plural « partout où ils figurent » was (p94-043)
    article = "Le taux est fixé par décret. Ce taux ne peut excéder le taux légal."
    said = "Le mot : « taux » est remplacé, partout où il figure, par les mots : « taux maximal »."
    assert apply(article, [("1", said)]) == (
        "Le taux maximal est fixé par décret. Ce taux maximal ne peut excéder le taux maximal légal."
    )

def test_words_replaced_everywhere_said_after_the_verb() -> None:
    # « Au III, remplacer, partout où il figure, le mot : X par le mot : Y » (« partout où ils figurent », « à
    # chaque occurrence », the words given bare): every X of the place named, as the passive reads it (p95-076..079)
    article = "I. – Le chat voit le chat.\n\nII. – Le chat dort."
    for said in (
        "Au I, remplacer, partout où il figure, le mot : « chat » par le mot : « loup ».",
        "Au I, remplacer, à chaque occurrence, le mot : « chat » par le mot : « loup ».",
        "Au I, remplacer, partout où il figure, le mot : chat par le mot : loup.",
    ):
        assert apply(article, [("1", said)]) == "I. – Le loup voit le loup.\n\nII. – Le chat dort.", said
    whole = "Remplacer, partout où ils figurent, les mots : « le chat » par les mots : « le loup »."
    assert apply(article, [("2", whole)]) == "I. – Le loup voit le loup.\n\nII. – Le loup dort."
    # every occurrence and one of them named, in either form: which is meant is not said
    for said in (
        "Au I, remplacer, partout où il figure, la deuxième occurrence du mot : « chat » par le mot : « loup ».",
        "Au I, la deuxième occurrence du mot : « chat » est remplacée, partout où il figure, par le mot : « loup ».",
    ):
        with pytest.raises(AmendingError, match="every occurrence of the words and names one of them"):
            apply(article, [("3", said)])
    # words not found in the place named: still refused
    with pytest.raises(AmendingError, match="not found"):
        apply(article, [("4", "Au II, remplacer, partout où il figure, le mot : « voit » par le mot : « guette ».")])

def test_every_occurrence_said_without_its_commas() -> None:
    # « Au XII, remplacer partout où ils figurent les mots : X par … » (p97-026): every X of the place named
    article = "I. – Le maire voit le préfet.\n\nII. – Le préfet voit le juge. Le juge voit le maire."
    said = "Au II, remplacer partout où il figure le mot : « voit » par le mot : « reçoit »."
    assert alineas(apply(article, [("1", said)])) == ["I. – Le maire voit le préfet.", "II. – Le préfet reçoit le juge. Le juge reçoit le maire."]
    with pytest.raises(AmendingError, match="every occurrence of the words and names one of them"):
        apply(article, [("2", "Au II, remplacer partout où il figure la deuxième occurrence du mot : « voit » par le mot : « reçoit ».")])

def test_every_occurrence_under_a_heading_naming_an_alinea_is_in_that_alinea() -> None:
    # « Alinéa 4 / Remplacer, partout où il figure, le mot : … »: every occurrence in alinéa 4, not in the whole
    # article (p99-070, p99-072: the heading was dropped); the passive form too; with no heading, the article
    article = "I. – Un.\n\nII. – La sanction est prononcée. Une sanction est due.\n\nIII. – La sanction court."
    for said in (
        "Alinéa 2\n\nRemplacer, partout où il figure, le mot : « sanction » par le mot : « peine ».",
        "Alinéa 2\n\nRemplacer, à chaque occurrence, le mot : « sanction » par le mot : « peine ».",
        "Alinéa 2\n\nLe mot : « sanction » est remplacé, partout où il figure, par le mot : « peine ».",
    ):
        got = apply(article, [("1", said)]).split("\n\n")
        assert got[1:] == ["II. – La peine est prononcée. Une peine est due.", "III. – La sanction court."]
    said = "Remplacer, partout où il figure, le mot : « sanction » par le mot : « peine »."
    assert apply(article, [("2", said)]).split("\n\n")[2] == "III. – La peine court."

def test_words_deleted_everywhere_said_after_the_verb() -> None:
    # « supprimer, à chaque occurrence, le mot : X » (« partout où il figure », its commas left out alike): every
    # X of the place named, as « remplacer, partout où il figure, … » reads (p101-050)
    article = "I. – Le chat noir voit le chat noir.\n\nII. – Le chat noir dort."
    for said in (
        "Au I, supprimer, à chaque occurrence, le mot : « noir ».",
        "Au I, supprimer, partout où il figure, le mot : « noir ».",
        "Au I, supprimer partout où il figure le mot : « noir ».",
    ):
        assert apply(article, [("1", said)]) == "I. – Le chat voit le chat.\n\nII. – Le chat noir dort.", said
    with pytest.raises(AmendingError, match="names one of them"):
        apply(article, [("2", "Au I, supprimer, partout où il figure, la deuxième occurrence du mot : « noir ».")])

def test_respectively_with_each_list_given_bare_in_its_own_paragraph() -> None:
    # The Sénat's HTML: « Remplacer respectivement les dates : » / « A et B » / « par les dates : » / « C et D »,
    # each list bare in its own paragraph, read as the quoted lists are: A by C, B by D (p106-012); only two lists
    # of as many items, set apart one way only (commas, one « et »), none twice; else not read
    article = "I. – Le 31 décembre 2020 est passé. Le 1er janvier 2020 aussi.\n\nII. – Fin."
    form = "<p>Alinéa 1</p><p>Remplacer respectivement les dates :</p><p>{}</p><p>par les dates :</p><p>{}</p>"
    right = "I. – Le 30 juin 2021 est passé. Le 1er juillet 2020 aussi.\n\nII. – Fin."
    for old, new in (
        ("31 décembre 2020 et 1er janvier 2020", "30 juin 2021 et 1er juillet 2020"),
        ("31 décembre 2020 et 1er janvier 2020", "30 juin 2021 et 1er juillet 2020."),
    ):
        assert apply(article, [("1", form.format(old, new))]) == right
    said = "<p>Alinéa 1</p><p>Substituer respectivement aux dates :</p><p>31 décembre 2020 et 1er janvier 2020</p><p>les dates :</p><p>30 juin 2021 et 1er juillet 2020</p>"
    assert apply(article, [("2", said)]) == right
    for old, new in (
        ("31 décembre 2020 et 1er janvier 2020", "30 juin 2021"),
        ("31 décembre 2020 et 1er janvier 2020", "30 juin 2021, 1er juillet 2020 et 2 mai 2020"),
        ("31 décembre 2020 et 31 décembre 2020", "30 juin 2021 et 1er juillet 2020"),
        ("31 décembre 2020 et 1er janvier 2020 et 2 mai 2020", "30 juin 2021 et 1er juillet 2020 et 3 mai 2020"),
    ):
        with pytest.raises(AmendingError):
            apply(article, [("3", form.format(old, new))])

def test_words_put_before_a_number_written_in_words_give_it_a_small_letter() -> None:
    # « Au moins » put at the start of « 1° Neuf membres … » (p112-047): a number in words is never a name, so it
    # takes the small letter an article or a preposition takes there; « État » keeps its capital
    article = "Le conseil comprend :\n\n1° Neuf membres élus ;\n\n2° État et collectivités."
    said = "Au début de l'alinéa {}, insérer les mots : « {} »."
    assert alineas(apply(article, [("1", said.format(2, "Au moins"))]))[1] == "1° Au moins neuf membres élus ;"
    assert alineas(apply(article, [("2", said.format(3, "Pour l'"))]))[2] == "2° Pour l'État et collectivités."

def test_every_noun_of_words_names_an_operand_in_every_form() -> None:
    # « substituer au millésime : « 2016 » le millésime : « 2017 » » (p117-015), as « à l'année », « au taux »: the
    # nouns the Guide de légistique quotes words with (millésime, sigle, valeur, seuil, délai …) in every form
    article = "Premier alinéa.\n\nLe seuil de 2016 et le sigle CNRS."
    for said, want in (
        ("À l'alinéa 2, substituer au millésime : « 2016 » le millésime : « 2017 ».", "Le seuil de 2017 et le sigle CNRS."),
        ("À l'alinéa 2, remplacer le sigle : « CNRS » par le sigle : « INSERM ».", "Le seuil de 2016 et le sigle INSERM."),
        ("À l'alinéa 2, supprimer le millésime : « de 2016 ».", "Le seuil et le sigle CNRS."),
        ("À l'alinéa 2, après le sigle : « CNRS », insérer les mots : « (Paris) ».", "Le seuil de 2016 et le sigle CNRS (Paris)."),
    ):
        assert alineas(apply(article, [("1", said)]))[1] == want, said

def test_a_count_of_times_is_read_in_every_position() -> None:
    # « supprimer, deux fois, les mots » (p117-083), as « par deux fois », « (deux fois) »: the count said between
    # commas, before the words, after them or at the end, and « à chaque occurrence » after an anchor; two
    # counts, or a count the alinéa does not hold, refused
    article = "Premier alinéa.\n\nLe chat et le chien et le rat."
    deleted, replaced, inserted = "Le chat chien rat.", "Le chat ou le chien ou le rat.", "Le chat et aussi le chien et aussi le rat."
    for said, want in (
        ("À l'alinéa 2, supprimer, deux fois, les mots : « et le ».", deleted),
        ("À l'alinéa 2, supprimer les mots (deux fois) : « et le ».", deleted),
        ("À l'alinéa 2, supprimer les mots : « et le », deux fois.", deleted),
        ("À l'alinéa 2, deux fois, supprimer les mots : « et le ».", deleted),
        ("À l'alinéa 2, remplacer les mots : « et le », deux fois, par les mots : « ou le ».", replaced),
        ("À l'alinéa 2, remplacer, deux fois, les mots : « et le » par les mots : « ou le ».", replaced),
        ("À l'alinéa 2, remplacer les mots : « et le » par les mots : « ou le », deux fois.", replaced),
        ("À l'alinéa 2, substituer, par deux fois, aux mots : « et le » les mots : « ou le ».", replaced),
        ("À l'alinéa 2, après le mot : « et » (deux fois), insérer le mot : « aussi ».", inserted),
        ("À l'alinéa 2, après le mot : « et », à chaque occurrence, insérer le mot : « aussi ».", inserted),
        ("À l'alinéa 2, après le mot : « et », insérer, deux fois, le mot : « aussi ».", inserted),
    ):
        assert alineas(apply(article, [("1", said)]))[1] == want, said
    for said, why in (
        ("À l'alinéa 2, supprimer deux fois les mots (trois fois) : « et le ».", "how many times twice"),
        ("À l'alinéa 2, supprimer, trois fois, les mots : « et le ».", "expected 3"),
        ("À l'alinéa 2, après le mot : « et », à chaque occurrence, insérer, deux fois, le mot : « aussi ».", "chaque occurrence"),
    ):
        with pytest.raises(AmendingError, match=why):
            apply(article, [("1", said)])

def test_words_completing_an_instruction_that_ends_with_quoted_words_are_refused_unless_they_quote() -> None:
    # « 8° Le dixième alinéa est complété par les mots : "et des établissements publics de recherche" ; »
    # completed by « et des organismes de recherche »: inside the quotation (completing the quoted words) or
    # after it (completing the instruction) is not said: refused (p119-028); words quoting words of their own
    # go on with the instruction, after the quote; a name the law quotes is completed after it
    article = 'Le code est ainsi modifié :\n\n8° Le dixième alinéa est complété par les mots : "et des établissements publics de recherche" ;'
    bare = ("72", "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\net des organismes de recherche")
    with pytest.raises(AmendingError, match="whether the words go inside the quotation is not said"):
        apply(article, [bare])
    quoting = ("73", "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\n« et les mots : \"du conseil\" sont supprimés »")
    assert alineas(apply(article, [quoting]))[1].endswith('recherche" et les mots : "du conseil" sont supprimés ;')
    named = "Le conseil de l'établissement dénommé « Campus France »."
    assert apply(named, [("74", "Compléter cet alinéa par les mots :\n\n« , placé auprès du ministre »")]) == (
        "Le conseil de l'établissement dénommé « Campus France », placé auprès du ministre."
    )

def test_a_sign_put_for_a_full_stop_takes_the_space_french_writes_before_it() -> None:
    # « Remplacer le signe : « . » par le signe : « ; » » (p127-049, -057): « agrégateur ; », not « agrégateur; », with
    # the space the alinéa writes before « ; » and « : » (a no-break one where it writes none)
    article = "Premier alinéa.\n\nLe maire décide.\n\nLe préfet voit : tout."
    sign = "Alinéa {}\n\nRemplacer le signe :\n\n« {} »\n\npar le signe :\n\n« {} »"
    assert alineas(apply(article, [("1", sign.format(2, ".", ";"))]))[1] == "Le maire décide\u00a0;"
    assert alineas(apply(article, [("1", sign.format(3, ".", ":"))]))[2] == "Le préfet voit : tout :"
    assert alineas(apply(article, [("1", sign.format(2, ".", "!"))]))[1] == "Le maire décide\u00a0!"

def test_words_put_ending_with_a_closing_single_quote_keep_the_space_after_them() -> None:
    # « insérer les mots : « dits ‘de retour’ » »: the ’ closes the ‘ the words opened, Word's single quotes
    # inside the quotation, no elided word's apostrophe: a space goes after it; « jusqu’ » still joins (set 125)
    article = "Les Français expatriés rentrés en France sont affiliés."
    said = "Après le mot : « expatriés », insérer les mots : « dits ‘de retour’ »."
    assert apply(article, [("1", said)]) == "Les Français expatriés dits ‘de retour’ rentrés en France sont affiliés."
    said = "Après le mot : « affiliés », insérer les mots : « ‘de droit’ »."
    assert apply(article, [("2", said)]) == "Les Français expatriés rentrés en France sont affiliés ‘de droit’."
    assert [elided_end(w) for w in ("d’", "jusqu’", "‘de retour’", "‘X’ et d’", "dits ‘l’", "‘a’ ‘b’")] == [
        True, True, False, True, True, False,
    ]  # fmt: skip

def test_a_comma_put_for_an_alineas_stop_is_its_end_with_no_stop_put_back() -> None:
    # « Remplacer le signe : « ; » par le signe : « , » » at an item's end: « … publics, », not « … publics, ; »
    # (p129-032, p129-035); words ending with a comma put for words ending with the stop, the same
    article = "Ces mesures :\n\na) Que les agents publics ;\n\nb) Des règles."
    sign = "Alinéa {}\n\nRemplacer le signe :\n\n« {} »\n\npar le signe :\n\n« {} »"
    assert alineas(apply(article, [("1", sign.format(2, ";", ","))]))[1] == "a) Que les agents publics,"
    assert alineas(apply(article, [("1", sign.format(3, ".", ","))]))[2] == "b) Des règles,"
    words = "Alinéa 2\n\nRemplacer les mots :\n\n« publics ; »\n\npar les mots :\n\n« privés, »"
    assert alineas(apply(article, [("1", words)]))[1] == "a) Que les agents privés,"

def test_a_mark_put_at_the_start_goes_after_a_code_articles_heading_and_by_its_kind_around_a_mark() -> None:
    # « Au début du texte proposé pour l'article L. 447‑1, ajouter la mention : « I. – » » (p131-040): the code
    # article's text starts after its heading; a mark goes before a mark of a kind it holds, after one holding it
    article = "\n\n".join(
        [
            "I. – Le code est ainsi modifié :",
            "1° Les mots sont supprimés ;",
            "II. – Le titre IV est complété par un article L. 447-1 ainsi rédigé :",
            "« Art. L. 447-1. – Il est institué un dispositif.",
            "« Un décret précise le présent article. »",
        ]
    )
    said = "Au début du texte proposé pour l'article L. 447-1 du code de l'énergie, ajouter la mention : « I. – »."
    assert alineas(apply(article, [("1", said)]))[3] == "« Art. L. 447-1. – I. – Il est institué un dispositif."
    said = "Au début de l'alinéa 4, insérer la mention : « I. – »."
    assert alineas(apply(article, [("1", said)]))[3] == "« Art. L. 447-1. – I. – Il est institué un dispositif."
    said = "Au début de l'alinéa 2, insérer la mention : « A. – »."
    assert alineas(apply(article, [("1", said)]))[1] == "A. – 1° Les mots sont supprimés ;"
    said = "Au début de l'alinéa 3, insérer la mention : « 1° »."
    assert alineas(apply(article, [("1", said)]))[2].startswith("II. – 1° Le titre IV")
    with pytest.raises(AmendingError, match="goes before or after it is not said"):
        apply(article, [("1", "Au début de l'alinéa 3, insérer la mention : « III. – ».")])
    with pytest.raises(AmendingError, match="before its heading"):
        said = "Au début du texte proposé pour l'article L. 447-1 du code de l'énergie, insérer un alinéa ainsi rédigé : « Il est créé un fonds. »"
        apply(article, [("1", said)])

def test_two_pairs_of_words_replaced_with_no_noun_in_one_sentence() -> None:
    # « remplacer « A » par « B » et « C » par « D » » (p141-043, p141-061): two replacements in the same place,
    # each checked as one alone is, against the text as it stood
    article = "Le délai est de douze mois, puis de vingt-quatre mois.\n\nLe montant est de 5.000 €."
    said = "À l'alinéa 1, remplacer « douze mois » par « six mois » et « vingt-quatre mois » par « douze mois »."
    assert alineas(apply(article, [("1", said)]))[0] == "Le délai est de six mois, puis de douze mois."
    with pytest.raises(AmendingError, match="occurs 2 times"):
        apply(article, [("1", "À l'alinéa 1, remplacer « douze » par « six » et « mois » par « ans ».")])
    with pytest.raises(AmendingError, match="not found"):
        apply(article, [("1", "À l'alinéa 1, remplacer « douze » par « six » et « trois » par « ans ».")])
    with pytest.raises(AmendingError):  # « « B » et « C » » or a second pair: not said
        apply(article, [("1", "À l'alinéa 1, remplacer « douze » par « six » et « sept » et « mois » par « ans ».")])

def test_a_count_on_its_own_line_after_the_words_counts_in_the_place_the_heading_names() -> None:
    # « Alinéa 2 / Remplacer le mot : / « directives » / par le mot : / « instructions » / (deux fois) »: the count
    # names no place, the heading's alinéa stays the place (p140-028); so with « « instructions » (deux fois) »
    text = "\n\n".join(
        [
            "Le maire prend des directives.",
            "Les directives sont générales. Ces directives sont publiques.",
            "Les directives sont révocables.",
        ]
    )
    want = ["Le maire prend des directives.", "Les instructions sont générales. Ces instructions sont publiques.", "Les directives sont révocables."]
    alone = "Alinéa 2\n\nRemplacer le mot :\n\n« directives »\n\npar le mot :\n\n« instructions »\n\n(deux fois)"
    assert alineas(apply(text, [("1", alone)])) == want
    inline = "Alinéa 2\n\nRemplacer le mot :\n\n« directives »\n\npar le mot :\n\n« instructions » (deux fois)"
    assert alineas(apply(text, [("1", inline)])) == want
    with pytest.raises(AmendingError, match="occurs"):
        apply(text, [("1", alone.replace("deux fois", "trois fois"))])
    # a count after alinéas put (« … ainsi rédigé : « … » (deux fois) ») is not silently dropped: refused
    with pytest.raises(AmendingError, match="is read for words changed"):
        apply(text, [("1", "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« Le préfet décide. »\n\n(deux fois)")])

def test_words_deleted_at_an_items_start_leave_the_case_of_the_lists_other_items() -> None:
    # « « 1° que ce mode … ; » then « « 2° et qu'il présente … »: less « et », « « 2° qu'il présente », the list's
    # items beginning in lower case (République numérique consultation text); among items in capitals, a capital
    lower = "Le code est ainsi modifié :\n\n1° que le maire décide ;\n\n2° et que le conseil délibère."
    assert alineas(apply(lower, [("1", "À l'alinéa 3, supprimer le mot : « et ».")]))[2] == "2° que le conseil délibère."
    upper = "Le code est ainsi modifié :\n\n1° et le maire décide ;\n\n2° Le conseil délibère."
    assert alineas(apply(upper, [("1", "À l'alinéa 2, supprimer le mot : « et ».")]))[1] == "1° Le maire décide ;"

def test_a_semicolon_completing_an_alinea_ending_with_a_quoted_stop_or_comma_goes_after_the_quote() -> None:
    # « Compléter cet alinéa par le signe : ; » on « … les mots : « , notamment de gestion, » » (p142-016): no « ; »
    # follows a comma or a full stop inside the quotation, so it goes after the quote; a quoted code alinéa
    # ending with its stop too (not « … signe ;. »); after quoted words ending with a word: still not said
    text = "\n\n".join(
        [
            "Le code est ainsi modifié :",
            "1° Après les mots : « d'acheminement » sont insérés les mots : « , notamment de gestion, »",
            "2° Les mots : « de droit » sont remplacés par les mots : « en Conseil d'État. »",
            "3° Après les mots : « du I » sont insérés les mots : « et du II »",
            "4° L'article 3 est ainsi rédigé :",
            "« Art. 3. – Le préfet signe. »",
        ]
    )
    sign = "Alinéa {}\n\nCompléter cet alinéa par le signe :\n\n;"
    assert alineas(apply(text, [("1", sign.format(2))]))[1].endswith("« , notamment de gestion, » ;")
    assert alineas(apply(text, [("1", sign.format(3))]))[2].endswith("« en Conseil d'État. » ;")
    assert alineas(apply(text, [("1", sign.format(6))]))[5] == "« Art. 3. – Le préfet signe. » ;"
    with pytest.raises(AmendingError, match="whether the words go inside the quotation is not said"):
        apply(text, [("1", sign.format(4))])

def test_the_pairs_of_one_sentence_are_found_in_the_text_as_it_stood() -> None:
    # « remplacer « A » par « B » et « C » par « D » » and the Assemblée's and Sénat's forms of it: one change of
    # the text as it stood (p143-045, p143-049): a pair's words only put by another pair, or lying where another
    # pair changes, are refused, not made on the other pair's new words
    article = "Le délai est de deux mois à compter de la présente loi.\n\nLe montant est de 5.000 €."
    forms = [
        "À l'alinéa 1, remplacer « {} » par « {} » et « {} » par « {} ».",
        "<p>À l'alinéa 1, substituer aux mots : « {} » les mots : « {} » et aux mots : « {} » les mots : « {} ».</p>",
        "Alinéa 1 : Remplacer les mots : « {} » par les mots : « {} » et les mots : « {} » par les mots : « {} ».",
    ]
    for form in forms:
        with pytest.raises(AmendingError, match="not found"):  # « trois » only the first pair's
            apply(article, [("1", form.format("deux mois", "trois semaines", "trois", "quatre"))])
        for pairs in (("deux mois", "trois mois", "mois", "semaines"), ("mois", "semaines", "deux mois", "trois mois")):
            with pytest.raises(AmendingError, match="overlap"):  # « mois » inside « deux mois »
                apply(article, [("1", form.format(*pairs))])
        said = form.format("deux mois", "trois mois", "présente loi", "loi")
        assert alineas(apply(article, [("1", said)]))[0] == "Le délai est de trois mois à compter de la loi."

def test_three_pairs_of_words_replaced_with_no_noun_in_one_sentence() -> None:
    # « remplacer « A » par « B », « C » par « D » et « E » par « F » » (p143-051): N pairs, commas then « et »
    # before the last, each checked as the pairs of one sentence are (in the text as it stood)
    article = "Le délai est de deux mois à compter de la présente loi.\n\nLe montant est de 5.000 €."
    said = "À l'alinéa 1, remplacer « deux mois » par « trois mois », « délai » par « terme » et « présente loi » par « loi »."
    assert alineas(apply(article, [("1", said)]))[0] == "Le terme est de trois mois à compter de la loi."
    with pytest.raises(AmendingError, match="overlap"):
        apply(article, [("1", said.replace("« délai » par", "« mois » par"))])
    with pytest.raises(AmendingError):  # « « B », « C » et … »: a pair lacking its « par »
        apply(article, [("1", "À l'alinéa 1, remplacer « deux » par « trois », « délai » et « loi » par « texte ».")])

def test_three_pairs_of_words_replaced_in_the_chambers_forms() -> None:
    # « Remplacer les mots : A par les mots : B, les mots : C par les mots : D et les mots : E par les mots : F »,
    # « substituer aux mots : A les mots : B, aux mots : C … et aux mots : E … »: N pairs, as the citizens' form
    article = "Le délai est de deux mois à compter de la présente loi.\n\nLe montant est de 5.000 €."
    want = "Le terme est de trois mois à compter de la loi."
    senate = "Alinéa 1 : Remplacer les mots : « deux mois » par les mots : « trois mois », les mots : « délai » par les mots : « terme » et les mots : « présente loi » par les mots : « loi »."
    assembly = "<p>À l'alinéa 1, substituer aux mots : « deux mois » les mots : « trois mois », aux mots : « délai » les mots : « terme » et aux mots : « présente loi » les mots : « loi ».</p>"
    for said in (senate, assembly):
        assert alineas(apply(article, [("1", said)]))[0] == want
        with pytest.raises(AmendingError, match="overlap"):
            apply(article, [("1", said.replace("« délai »", "« mois »"))])

def test_punctuation_named_by_its_noun_is_deleted_put_or_replaced_right_next_to_the_words() -> None:
    # « supprimer la virgule après les mots : X », « Après le mot : X, insérer une virgule » (p147-063 to p147-065)
    article = "Le code, afin de créer\u00a0; il est tel qu'il est défini, et le III\u00a0: voir.\n\nLe II, le III sont abrogés ; voilà."
    cases = {
        "Alinéa 1, supprimer la virgule après le mot : « code ».": "Le code afin de créer\u00a0; il",
        "Alinéa 1, après le mot : « code », supprimer la virgule.": "Le code afin de créer\u00a0; il",
        "Alinéa 1, la virgule après le mot : « code » est supprimée.": "Le code afin de créer\u00a0; il",
        "Alinéa 1, supprimer la virgule avant les mots : « et le III ».": "Le code, afin de créer\u00a0; il est tel qu'il est défini et le III",
        "Alinéa 1, après le mot : « créer », supprimer le point-virgule.": "Le code, afin de créer il",
        "Alinéa 1, après le mot : « tel », insérer une virgule.": "Le code, afin de créer\u00a0; il est tel, qu'il",
        "Alinéa 1, avant les mots : « qu'il », ajouter une virgule.": "Le code, afin de créer\u00a0; il est tel, qu'il",
        "Alinéa 1, insérer un point-virgule après le mot : « tel ».": "Le code, afin de créer\u00a0; il est tel\u00a0; qu'il",
        "Alinéa 1, après le mot : « créer », remplacer le point-virgule par une virgule.": "Le code, afin de créer, il",
        "Alinéa 1, remplacer la virgule après le mot : « code » par le mot : « et ».": "Le code et afin de créer\u00a0; il",
    }
    for said, start in cases.items():
        assert apply(article, [("1", said)]).startswith(start), said
    assert alineas(apply(article, [("1", "Alinéa 2, remplacer la virgule par le mot : « et ».")]))[1] == "Le II et le III sont abrogés ; voilà."
    refused = (
        "Alinéa 1, après le mot : « afin », supprimer la virgule.",  # no comma right after « afin »
        "Alinéa 1, après le mot : « créer », insérer une virgule.",  # next to the « ; »
        "Alinéa 1, après le mot : « voir », insérer une virgule.",  # next to the stop
        "Alinéa 1, remplacer la virgule par le mot : « et ».",  # two commas: which?
        "Alinéa 1, supprimer le point après le mot : « voir ».",  # « le point » is not read
    )
    for said in refused:
        with pytest.raises(AmendingError):
            apply(article, [("1", said)])


def test_respectively_with_each_item_and_its_et_in_a_paragraph_of_its_own() -> None:
    # The Sénat's HTML: « Remplacer respectivement les mentions : » / « b) » / « et » / « c) » / « par les
    # mentions : » / « a) » / « et » / « b) » (p17-055): a lone « et » between two items of the list « respectivement »
    # names is one list, « b) et c) », as given on one line; a lone « et » elsewhere stays as it was
    article = "1° Le code est modifié :\n\na) Le titre est abrogé ;\n\nb) Le 1° est abrogé ;\n\nc) Le 2° est abrogé."
    said = "<p>I. – Alinéa 2</p><p>Supprimer cet alinéa.</p><p>II. – En conséquence, alinéas 3 et 4</p><p>Remplacer respectivement les mentions :</p><p>b)</p><p>et</p><p>c)</p><p>par les mentions :</p><p>a)</p><p>et</p><p>b)</p>"
    assert apply(article, [("1", said)]) == "1° Le code est modifié :\n\na) Le 1° est abrogé ;\n\nb) Le 2° est abrogé."
    with pytest.raises(AmendingError):  # no « respectivement »: the items are not a list it pairs
        apply(article, [("2", said.replace("Remplacer respectivement les mentions", "Remplacer les mentions"))])

def test_the_occurrence_said_after_the_words_as_the_time_they_appear() -> None:
    # « Au III, supprimer les mots « de la loi » la première fois qu'ils apparaissent » (p144-038): read as « la
    # première occurrence des mots », counted in the place named; « la dernière fois qu'il figure » so too
    article = "II. – Fin.\n\nIII. – Le délai court de la loi.\n\nIl finit de la loi."
    said = "Au III, supprimer les mots « de la loi » la {} fois qu’ils apparaissent."
    assert alineas(apply(article, [("1", said.format("première"))]))[1:] == ["III. – Le délai court.", "Il finit de la loi."]
    assert alineas(apply(article, [("2", said.format("dernière"))]))[1:] == ["III. – Le délai court de la loi.", "Il finit."]
    replaced = "Au III, remplacer le mot : « loi », la dernière fois qu'il figure, par le mot : « charte »."
    assert alineas(apply(article, [("3", replaced)]))[2] == "Il finit de la charte."


def test_a_stop_the_amendment_replaced_or_deleted_alone_is_not_put_back() -> None:
    # « Remplacer le point-virgule par les mots : « , et » » on an item: the « ; » it replaced is not put back as
    # the item's end (p149-102); « Supprimer la virgule » alone: the place's only comma, as « Remplacer la virgule
    # par … » reads it (p149-019), refused where the place holds two
    article = "Sont visés :\n\n1° Les a ;\n\n2° Les b, a expiré ;\n\n3° Les c."
    got = alineas(apply(article, [("1", "Alinéa 3\n\nRemplacer le point-virgule par les mots : « , et »")]))
    assert got[2] == "2° Les b, a expiré, et"
    phrase = "Le délai est d'un mois. Il est limité, et renouvelable."
    assert apply(phrase, [("2", "Alinéa 1, dernière phrase\n\nSupprimer la virgule.")]) == "Le délai est d'un mois. Il est limité et renouvelable."
    with pytest.raises(AmendingError):
        apply("Il est limité, et, renouvelable.", [("3", "Supprimer la virgule.")])


def test_a_sign_and_words_inserted_together_after_words_named() -> None:
    # « Après le mot : « limitée », insérer une virgule et le mot : « renouvelable » » (p149-105): « , renouvelable »
    article = "Il est valable pour une durée limitée, et peut être abrogé."
    said = "Après le mot : « limitée », insérer une virgule et le mot : « renouvelable »."
    assert apply(article, [("1", said)]) == "Il est valable pour une durée limitée, renouvelable, et peut être abrogé."


def test_the_time_the_words_appear_said_with_its_place() -> None:
    # « Remplacer le mot : « conditions », la première fois qu'il apparaît à l'alinéa 2, par … » (p149-114): the
    # occurrence and the place said after the words, read as « À l'alinéa 2, remplacer la première occurrence … »
    article = "Premier.\n\nDans des conditions définies par décret. Aux conditions prévues."
    said = "Remplacer le mot : « conditions », la première fois qu'il apparaît à l'alinéa 2, par le mot : « modalités »."
    assert alineas(apply(article, [("1", said)]))[1] == "Dans des modalités définies par décret. Aux conditions prévues."
