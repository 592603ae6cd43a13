# ruff: noqa: E501  (French instructions read best whole)
"""Commas and lists at the seams of spliced words (seams.py, incises.py, lists.py): incises and complements between
commas, items of a list deleted with their comma or « et », words put next to a list, and the refusals
where the text would read two ways."""

from __future__ import annotations

import pytest

from drafting.domain.amending import AmendingError, apply
from tests.unit.amending_helpers import alineas


def test_inserted_words_ending_with_a_comma_before_a_comma_leave_one() -> None:
    article = "Pour une durée de six ans, des modalités particulières sont fixées."
    out = apply(article, [("242", "Après les mots : « six ans », insérer les mots : « , sauf exception, »")])
    assert out == "Pour une durée de six ans, sauf exception, des modalités particulières sont fixées."


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


def test_words_ending_with_a_semicolon_before_the_items_own_leave_one() -> None:
    # as a full stop is left once: « … du code du travail » ; » put before the item's « ; »
    item = "L'article L. 1 est ainsi modifié :\n\n1° Au I, le mot : « maire » est supprimé ;\n\n2° Le préfet contrôle."
    put = "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\net au II, les mots : « du préfet » sont supprimés ;"
    assert alineas(apply(item, [("1", put)]))[1] == "1° Au I, le mot : « maire » est supprimé et au II, les mots : « du préfet » sont supprimés ;"


def test_words_completing_an_item_ending_with_a_comma_go_before_it() -> None:
    # the comma ends the dash item as « ; » ends a 1°: the words go before it
    text = "La commission est chargée :\n\n- de recenser les résultats,\n\n- de trancher les questions."
    put = "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\net de les publier"
    assert alineas(apply(text, [("1", put)]))[1] == "- de recenser les résultats et de les publier,"
    assert alineas(apply(text, [("2", put + ",")]))[1] == "- de recenser les résultats et de les publier,"


def test_deleting_words_between_two_commas_leaves_one() -> None:
    article = "Titre\n\nLe maire, le maire de secteur, et l'adjoint."
    assert (
        alineas(apply(article, [("8", "À l'alinéa 2, supprimer les mots : « le maire de secteur »")]))[1]
        == "Le maire, et l'adjoint."
    )


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


def test_words_replaced_from_their_comma_after_a_sign_ending_a_word_do_not_glue_to_it() -> None:
    # « , de huit mois … » after « au 3° » replaced by « et de douze mois … »: « au 3° et de » (p21-010)
    text = "Le délai est de six mois pour le 3°, de huit mois pour le 2° et de douze mois pour le 1°."
    put = "<p>Alinéa 1</p><p>Remplacer les mots :</p><p>« , de huit mois pour le 2° et de douze mois pour le 1° »</p><p>par les mots :</p><p>« et de douze mois pour le 1° »</p>"
    assert apply(text, [("92", put)]) == "Le délai est de six mois pour le 3° et de douze mois pour le 1°."
    text = "Les mesures prévues au (II), en particulier celles du III, sont prises par décret."
    put = "<p>Alinéa 1</p><p>Remplacer les mots :</p><p>« , en particulier celles du III, »</p><p>par les mots :</p><p>« et au III »</p>"
    assert apply(text, [("93", put)]) == "Les mesures prévues au (II) et au III sont prises par décret."


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


def test_an_and_joining_two_clauses_after_the_last_item_deleted_is_no_and_of_the_list() -> None:
    mandat = (
        "il est mis fin au mandat des membres du conseil d'administration, du conseil scientifique et du conseil "
        "des études et de la vie universitaire et un conseil d'administration, un conseil académique et un "
        "président sont désignés dans les conditions prévues par la présente loi."
    )
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(mandat, [("1", "Supprimer les mots : « et du conseil des études et de la vie universitaire ».")])
    formations = (
        "Les formations de médecine, de pharmacie, d'odontologie et de maïeutique et les formations paramédicales "
        "sont soumises à l'agrément conjoint des ministres."
    )
    assert apply(formations, [("2", "Supprimer les mots : « et de maïeutique ».")]) == (
        "Les formations de médecine, de pharmacie, d'odontologie et les formations paramédicales sont soumises à "
        "l'agrément conjoint des ministres."
    )
    mesure = (
        "il est habilité à prendre toute mesure liée à la prorogation des mandats des conseillers des Français de "
        "l'étranger et des délégués consulaires et aux modalités d'organisation du scrutin."
    )
    assert apply(mesure, [("3", "Supprimer les mots : « et des délégués consulaires ».")]) == (
        "il est habilité à prendre toute mesure liée à la prorogation des mandats des conseillers des Français de "
        "l'étranger et aux modalités d'organisation du scrutin."
    )


def test_the_last_item_but_one_deleted_with_its_and_before_an_and_joining_two_clauses() -> None:
    # the mirror of p61-057: « du conseil scientifique et » deleted, the « et » after the item left joining two
    # clauses, an « et » in that item opening like the item deleted (its own or the list's): refused (p63-023)
    mandat = (
        "il est mis fin au mandat des membres du conseil d'administration, du conseil scientifique et du conseil "
        "des études et de la vie universitaire et un conseil d'administration, un conseil académique et un "
        "président sont désignés dans les conditions prévues par la présente loi."
    )
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(mandat, [("1", "Supprimer les mots : « du conseil scientifique et ».")])


def test_a_bare_list_closed_by_its_and_after_an_and_opening_a_member_of_its_own() -> None:
    # « et avec celles de … » opens a member of its own: the commas before it are of the list it closed, the
    # comma of « scientifique, culturel et professionnel » of a bare list closed by its « et »: read (p63-030)
    fonctions = (
        "Ses fonctions sont incompatibles avec celles de membre élu du conseil académique, de directeur de "
        "composante, d'école ou d'institut ou de toute autre structure interne de l'université et avec celles de "
        "dirigeant exécutif de tout établissement public à caractère scientifique, culturel et professionnel ou "
        "de l'une de ses composantes ou structures internes."
    )
    gone = "Supprimer les mots : « ou de l'une de ses composantes ou structures internes »."
    assert apply(fonctions, [("1", gone)]) == (
        "Ses fonctions sont incompatibles avec celles de membre élu du conseil académique, de directeur de "
        "composante, d'école ou d'institut ou de toute autre structure interne de l'université et avec celles de "
        "dirigeant exécutif de tout établissement public à caractère scientifique, culturel et professionnel."
    )


def test_the_last_item_of_a_list_of_places_deleted_with_its_and_each_item_opening_otherwise() -> None:
    # « à », « en », « dans » before a place's name open items of one list: « et dans les îles Wallis et Futuna »
    # gone, the items left would be joined by commas alone (p66-032)
    outre_mer = (
        "4° D'étendre l'application de ces dispositions du code de l'éducation à Mayotte, en Nouvelle-Calédonie, "
        "en Polynésie française et dans les îles Wallis et Futuna."
    )
    with pytest.raises(AmendingError, match="what joins the items left is not said"):
        apply(outre_mer, [("1", "Supprimer les mots : « et dans les îles Wallis et Futuna ».")])


def test_an_incise_deleted_with_both_commas_the_closing_one_closing_an_outer_incise_too() -> None:
    # « , par arrêté conjoint …, » set after the participle: the comma closing « , pris après avis …, » closed it
    # too; whether one stays is not said (p66-051); the same words with « à délivrer, » before them read (p48-118)
    ecoles = (
        "Les écoles d'architecture sont accréditées, par arrêté conjoint des ministres chargés de l'enseignement "
        "supérieur et de l'architecture, pris après avis du Conseil national de l'enseignement supérieur et de la "
        "recherche, à délivrer, dans leurs domaines de compétences, seules ou conjointement avec des "
        "établissements publics, des diplômes nationaux."
    )
    gone = "Supprimer les mots : « , pris après avis du Conseil national de l'enseignement supérieur et de la recherche, »."
    with pytest.raises(AmendingError, match="closed an incise around its words"):
        apply(ecoles, [("1", gone)])
    assert apply(ecoles, [("1", "Supprimer les mots : « , dans leurs domaines de compétences, ».")]) == ecoles.replace(
        ", dans leurs domaines de compétences,", ""
    )


def test_the_comma_before_words_deleted_before_a_verb_closes_an_apposition_set_before_them() -> None:
    # « , de nationalité …, membres du conseil, sont » less « membres du conseil, »: the comma after
    # « étrangère » closes that apposition too and stays (p81-002); words alike before it: refused
    article = "Les personnalités extérieures, de nationalité française ou étrangère, membres du conseil, sont désignées."
    out = apply(article, [("1", "Supprimer les mots : « membres du conseil, »")])
    assert out == "Les personnalités extérieures, de nationalité française ou étrangère, sont désignées."
    with pytest.raises(AmendingError, match="the comma before the words deleted, closing others too"):
        apply("Le maire, le préfet, le cas échéant, sont informés.", [("1", "Supprimer les mots : « le cas échéant, »")])
    assert apply("Le Haut Conseil, organisme indépendant, est placé.", [("1", "Supprimer les mots : « organisme indépendant, »")]) == "Le Haut Conseil est placé."


def test_words_deleted_with_their_comma_opening_as_a_lists_item_before_a_verb_are_refused() -> None:
    # « … des conseillers municipaux et communautaires, des conseillers de Paris …, est reporté » less « , des
    # conseillers de Paris … » (p121-047): a list's last item (the subject's comma stays) or set apart? not said
    article = "Le tour des conseillers municipaux et communautaires, des conseillers de Paris, est reporté."
    with pytest.raises(AmendingError, match="list's last item"):
        apply(article, [("1", "Supprimer les mots : « , des conseillers de Paris »")])
    # an adverb's incise named with one of its commas still takes the other
    article = "Il établit, en outre, des comptes."
    assert alineas(apply(article, [("2", "Supprimer les mots : « , en outre »")]))[0] == "Il établit des comptes."


def test_a_past_participles_incise_named_with_one_comma_takes_the_other() -> None:
    # « Les mandats, échus depuis … ou qui viendraient à l'être …, des présidents » less « , échus depuis … »
    # (p124-076): a participle and its complement between commas are an incise, named with one comma or the other
    article = "Les mandats, échus depuis le 15 mars ou qui viendraient à l'être avant le 31 juillet, des présidents sont prolongés."
    for words in (", échus depuis le 15 mars ou qui viendraient à l'être avant le 31 juillet", "échus depuis le 15 mars ou qui viendraient à l'être avant le 31 juillet,"):
        out = apply(article, [("1", f"Supprimer les mots : « {words} ».")])
        assert out.replace("’", "'") == "Les mandats des présidents sont prolongés."
    # the comma closing a complement put first stays
    article = "Dans les communes, désignées par arrêté, le maire est élu."
    out = apply(article, [("1", "Supprimer les mots : « , désignées par arrêté ».")])
    assert out == "Dans les communes, le maire est élu."


def test_words_deleted_with_the_comma_after_them_opening_as_a_lists_item_before_a_verb_are_refused() -> None:
    # « …, des conseillers de Paris, est reporté » less « des conseillers de Paris, » (p124-080), as with the
    # comma before them named (p121-047): a list's last item (the comma before stays) or set apart? not said
    article = (
        "Le tour des conseillers municipaux, des conseillers de Lyon fixé par le décret fixant le renouvellement des"
        " conseillers municipaux, des conseillers de Paris, est reporté."
    )
    with pytest.raises(AmendingError, match="the comma before them staying"):
        apply(article, [("1", "Supprimer les mots : « des conseillers de Paris, »")])
    assert apply("Le Haut Conseil, organisme indépendant, est placé.", [("1", "Supprimer les mots : « organisme indépendant, »")]) == "Le Haut Conseil est placé."


def test_a_participles_incise_before_a_lists_first_item_joins_no_items() -> None:
    # « Les mandats, échus depuis …, des présidents, des directeurs et des personnes …, ainsi que » less « , des
    # directeurs et des personnes … » (p124-078): one item is left, nothing to join
    article = "Les mandats, échus depuis le 15 mars, des présidents, des directeurs et des personnes qualifiées, ainsi que ceux des membres sont prolongés."
    out = apply(article, [("1", "Supprimer les mots : « , des directeurs et des personnes qualifiées »")])
    assert out == "Les mandats, échus depuis le 15 mars, des présidents, ainsi que ceux des membres sont prolongés."
    # a participle whose « de » complement opens the list stays refused (p54-055)
    article = "Un mandataire, chargé de la gestion, de l'exploitation et de la négociation, est désigné."
    with pytest.raises(AmendingError, match="what joins the items left"):
        apply(article, [("1", "Supprimer les mots : « et de la négociation »")])
