# ruff: noqa: E501  (French instructions read best whole)
"""Phrases and an alinéa's ends (phrases.py): phrases added, deleted or substituted, their stops, an
alinéa's start rewritten up to given words, its end replaced or deleted from given words."""

from __future__ import annotations

import pytest

from drafting.domain.amending import AmendingError, apply
from tests.unit.amending_helpers import ARTICLE, alineas

QUOTING_ARTICLE = (
    "I. – Le code est ainsi modifié :\n\n« Art. L. 1. – Le maire décide. Il peut déléguer.\n\n"
    "« Les conditions sont fixées par décret en Conseil d'État. »"
)


def test_a_phrase_inserted_after_another() -> None:
    text = "Alinéa 2\n\nAprès la première phrase\n\nInsérer une phrase ainsi rédigée :\n\n« Ils en débattent. »"
    assert alineas(apply(ARTICLE, [("8", text)]))[1].endswith(
        "à leurs projets. Ils en débattent. Elles en rendent compte au préfet."
    )


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


def test_a_new_start_given_without_the_alinea_s_mark_keeps_it() -> None:
    article = "I. – Le maire décide.\n\nII. – Les fournisseurs d'électricité informent leurs clients par courrier."
    amendment = "Rédiger ainsi le début de l'alinéa 2 :\n\n« Les fournisseurs de gaz et d'électricité informent... (le reste sans changement) »."
    assert (
        alineas(apply(article, [("60", amendment)]))[1]
        == "II. – Les fournisseurs de gaz et d'électricité informent leurs clients par courrier."
    )


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


def test_deleting_every_phrase_of_an_alinea_deletes_the_alinea() -> None:
    out = apply(
        "Titre\n\nLe maire décide. Le maire signe.\n\nFin.",
        [("3", "Supprimer les deux premières phrases de l'alinéa 2.")],
    )
    assert alineas(out) == ["Titre", "Fin."]


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


def test_the_last_phrase_of_an_item_deleted_leaves_the_item_ending_as_one() -> None:
    article = "L'article L. 3 est ainsi modifié :\n\n1° Le maire décide. Il signe ;\n\n2° Le préfet contrôle."
    out = apply(article, [("13", "Alinéa 2, dernière phrase\n\nSupprimer cette phrase.")])
    assert alineas(out)[1] == "1° Le maire décide ;"


def test_the_end_of_the_phrase_the_anchor_is_in() -> None:
    article = "Titre\n\nLe maire décide après avis du conseil. Il informe le préfet."
    cut = "Alinéa 2\n\nAprès le mot :\n\ndécide\n\nsupprimer la fin de la phrase."
    assert alineas(apply(article, [("115", cut)]))[1] == "Le maire décide. Il informe le préfet."
    with pytest.raises(AmendingError) as caught:  # « la phrase » of words that are not an anchor
        apply(article, [("115", "Alinéa 2\n\nSupprimer la phrase.")])
    assert "no phrase was named before" in caught.value.message


def test_the_end_of_an_alinea_rewritten_in_the_passive_voice() -> None:
    text = "Alinéa 3\n\nAprès les mots :\n\nchaque année\n\nla fin de cet alinéa est ainsi rédigée :\n\nen séance publique."
    assert (
        alineas(apply(ARTICLE, [("A-3", text)]))[2]
        == "2° Le conseil municipal délibère chaque année en séance publique ;"  # an item not the last: its « ; »
    )


def test_the_end_of_an_alinea_deleted_in_the_passive_voice() -> None:
    text = "Après le mot : « délibère », la fin de l'alinéa 3 est supprimée."
    assert alineas(apply(ARTICLE, [("7", text)]))[2] == "2° Le conseil municipal délibère ;"


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


def test_a_new_end_of_an_alinea_given_as_several_alineas_is_refused() -> None:
    # whether the first goes on after « dont » or opens an alinéa, and what precedes the others, is not said
    text = "Alinéa 3\n\nAprès le mot :\n\nrapport\n\nrédiger ainsi la fin de cet alinéa :\n\n« – du maire ;\n\n« – du préfet. »"
    with pytest.raises(AmendingError, match="several alinéas for the end") as caught:
        apply(ARTICLE, [("5", text)])
    assert caught.value.code == "ambiguous"


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


def test_words_put_at_the_end_opening_with_a_semicolon_keep_the_space_before_it() -> None:
    # French typography puts a space before « ; » (« : », « ? », « ! »), none before « , » or « . »
    article = "Il peut être mis fin à l'état d'urgence avant le délai fixé au premier alinéa."
    out = apply(article, [("13", "Compléter l'alinéa 1 par les mots : « ; toute prorogation est interdite »")])
    assert out.endswith("fixé au premier alinéa ; toute prorogation est interdite.")
    out = apply(article, [("14", "Compléter l'alinéa 1 par les mots : « , sauf urgence »")])
    assert out.endswith("fixé au premier alinéa, sauf urgence.")


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


def test_a_phrase_named_by_its_words_is_completed_at_its_end() -> None:
    # « Compléter la phrase : "X" par les mots : ", Y." »: the one phrase of the alinéa named that reads X (its
    # full stop aside), Y at its end; X of five words or more one letter off it (« hypthèses ») when exactly one
    # phrase is; « l'alinéa » with no number is the one named before (p10-esr-com186, p12-com-COM-186)
    article = "Le préfet statue.\n\nDes exceptions sont admises. Dans ces hypothèses, les formations sont en partie proposées. Il informe le maire."
    text = (
        "A l'alinéa 2,\n\nI - Compléter la phrase :\n\n\"{}\"\n\npar les mots :\n\n\", sauf accord du ministre.\"\n\n"
        "II - Compléter l'alinéa par une phrase ainsi rédigée :\n\n\"Le maire publie.\""
    )
    want = (
        "Des exceptions sont admises. Dans ces hypothèses, les formations sont en partie proposées, sauf accord du"
        " ministre. Il informe le maire. Le maire publie."
    )
    for named in ("Dans ces hypothèses, les formations sont en partie proposées", "Dans ces hypthèses, les formations sont en partie proposées."):
        assert alineas(apply(article, [("1", text.format(named))]))[1] == want
    with pytest.raises(AmendingError, match="no phrase of alinéa 2 reads") as refused:
        apply(article, [("1", text.format("Des exceptions sont admisses"))])  # four words: no slip read
    assert refused.value.code == "not_found"
    with pytest.raises(AmendingError, match="no phrase of alinéa 2 reads"):
        apply(article, [("1", text.format("Dans ces hypthèses, les formations sont en partie proposés"))])  # two off


def test_a_phrase_named_one_figure_off_is_not_read_through() -> None:
    # only letters slip: « L. 114-3-5 » for the text's « L. 114-3-6 » names another article (p71-050)
    article = "Le préfet statue.\n\nLe décret mentionné à l'article L. 114-3-6 fixe les règles des évaluations. Il informe le maire."
    text = "Alinéa 2\n\nCompléter la phrase : « {} » par les mots : « et des formations »"
    with pytest.raises(AmendingError, match="no phrase of alinéa 2 reads"):
        apply(article, [("1", text.format("Le décret mentionné à l'article L. 114-3-5 fixe les règles des évaluations."))])
    out = apply(article, [("1", text.format("Le décret mentionné à l'artcle L. 114-3-6 fixe les règles des évaluations."))])
    assert alineas(out)[1].startswith("Le décret mentionné à l'article L. 114-3-6 fixe les règles des évaluations et des formations.")


def test_a_phrase_named_by_its_words_is_deleted_or_replaced_and_may_end_an_item() -> None:
    # « Supprimer la phrase : « X » », « Remplacer la phrase : « X » par la phrase : « Y » » read as « Compléter la
    # phrase : « X » » is (p71-044, p71-046, p71-084); the alinéa may be named after the phrase (p71-049); the
    # last phrase of an item ends with its « ; », aside as a full stop is (p71-047)
    article = "Le préfet statue.\n\nDes exceptions sont admises. Il favorise leur mobilité. Il informe le maire."
    out = apply(article, [("1", "Alinéa 2\n\nSupprimer la phrase : « Il favorise leur mobilité. »")])
    assert alineas(out)[1] == "Des exceptions sont admises. Il informe le maire."
    out = apply(article, [("1", "Alinéa 2\n\nSuprimer la phrase : « Il favorise leur mobilité. »")])
    assert alineas(out)[1] == "Des exceptions sont admises. Il informe le maire."
    text = "Alinéa 2\n\nRemplacer la phrase : « Il favorise leur mobilité. » par la phrase : « Il favorise leur mobilité internationale. »"
    assert alineas(apply(article, [("1", text)]))[1] == (
        "Des exceptions sont admises. Il favorise leur mobilité internationale. Il informe le maire."
    )
    text = "Compléter la phrase : « Il favorise leur mobilité. » de l'alinéa 2 par les mots : « , sauf exception »"
    assert alineas(apply(article, [("1", text)]))[1] == (
        "Des exceptions sont admises. Il favorise leur mobilité, sauf exception. Il informe le maire."
    )
    with pytest.raises(AmendingError, match="no phrase of alinéa 2 reads"):
        apply(article, [("1", "Alinéa 2\n\nSupprimer la phrase : « Il favorise leur réussite. »")])
    items = "Il est chargé :\n\n1° D'évaluer les unités. En l'absence de décision, le Haut Conseil évalue l'unité ;"
    text = "Alinéa 2\n\nCompléter la phrase : « En l'absence de décision, le Haut Conseil évalue l'unité » par les mots : « dans un délai d'un an »"
    assert alineas(apply(items, [("1", text)]))[1].endswith("évalue l'unité dans un délai d'un an ;")


def test_a_phrase_named_by_its_words_with_no_alinea_named_is_sought_in_the_division_or_the_article() -> None:
    # « Compléter la phrase : « X » du II »: X sought in every alinéa of the II, not its last alone (p76-016);
    # no place at all: in every alinéa of the article (p76-002, p71-040); exactly one phrase must be X
    article = "\n\n".join([
        "I. - Le Gouvernement est autorisé afin :", "1° D'adapter le code ;", "2° D'abroger les dispositions ;",
        "II. - Le Gouvernement est autorisé afin :", "1° D'abroger les dispositions ;", "2° D'étendre le code.",
    ])
    text = "Compléter la phrase : « D'abroger les dispositions » du II par les mots : « inapplicables »"
    kept = alineas(apply(article, [("1", text)]))
    assert kept[2] == "2° D'abroger les dispositions ;" and kept[4] == "1° D'abroger les dispositions inapplicables ;"
    out = apply(article, [("1", "Compléter la phrase : « D'adapter le code » par les mots : « en vigueur »")])
    assert alineas(out)[1] == "1° D'adapter le code en vigueur ;"
    with pytest.raises(AmendingError, match="2 phrases of the article read") as refused:
        apply(article, [("1", "Compléter la phrase : « D'abroger les dispositions » par les mots : « inapplicables »")])
    assert refused.value.code == "ambiguous"
    with pytest.raises(AmendingError, match="no phrase of the ii reads"):
        apply(article, [("1", "Compléter la phrase : « D'adapter le code » du II par les mots : « en vigueur »")])


def test_words_changed_in_a_phrase_named_by_its_words() -> None:
    # « À la phrase « Il délibère alors … », le mot : « alors » est supprimé »: the words sought in that phrase,
    # named as « Supprimer la phrase : « X » » names it (p85-081), one letter off too when five words or more
    # (p85-082, `slips.py`); « de l'alinéa 2 » after it names the alinéa; a phrase none reads is refused
    article = "\n\n".join(
        [
            "Le conseil délibère alors valablement. Il délibère alors sans condition de quorum. Il vote.",
            "Un décret fixe les modalités.",
        ]
    )
    said = "À la phrase « Il délibère alors sans condition de quorum », le mot : « alors » est supprimé."
    want = "Le conseil délibère alors valablement. Il délibère sans condition de quorum. Il vote."
    assert alineas(apply(article, [("1", said)]))[0] == want
    slip = said.replace("quorum", "quorom")
    assert alineas(apply(article, [("1", slip)]))[0] == want
    placed = "Dans la phrase : « Il délibère alors sans condition de quorum » de l'alinéa 1, supprimer le mot : « alors »."
    assert alineas(apply(article, [("1", placed)]))[0] == want
    with pytest.raises(AmendingError, match="no phrase"):
        apply(article, [("1", said.replace("Il délibère alors sans", "Il siège alors sans"))])
    with pytest.raises(AmendingError, match="no phrase"):
        apply(article, [("1", "À la phrase « Il délibère », le mot : « alors » est supprimé.")])


def test_a_phrase_named_by_its_words_in_several_alineas_named_once_in_the_article() -> None:
    # « Alinéas 2 et 3 / Compléter la phrase : « X » par … »: X, its exact words, is one phrase of the whole
    # article, in alinéa 2: that one (p71-081); found in an alinéa not named, twice in the article, or only
    # one letter off (no slip read here), it stays refused
    article = (
        "Le préfet statue.\n\nIl veille à la prévention des conflits d'intérêts dans les comités d'experts. Il publie.\n\n"
        "Il est chargé de l'évaluation.\n\nIl rend un avis."
    )
    said = "Alinéas 2 et 3\n\nCompléter la phrase : « {} » par les mots : « , publiquement »"
    phrase = "Il veille à la prévention des conflits d'intérêts dans les comités d'experts."
    assert alineas(apply(article, [("1", said.format(phrase))]))[1] == (
        "Il veille à la prévention des conflits d'intérêts dans les comités d'experts, publiquement. Il publie."
    )
    with pytest.raises(AmendingError):
        apply(article, [("2", said.format("Il rend un avis."))])  # in alinéa 4, not named
    with pytest.raises(AmendingError):
        apply(article, [("3", said.format("Il veille à la prévention des conflits d'intérêts dans les comités d'expert."))])
    twice = article + "\n\nIl publie."
    with pytest.raises(AmendingError):
        apply(twice, [("4", "Alinéas 2 et 3\n\nCompléter la phrase : « Il publie. » par les mots : « , vite »")])


def test_words_replaced_or_deleted_at_the_end_of_this_article_end_its_last_alinea() -> None:
    # « À la fin de cet article, remplacer les mots : X »: X ends the article, so its last alinéa, not the end
    # of whichever alinéa it ends (« Au début de cet article »: its first alinéa's start); words put there
    # (« ajouter », a new alinéa) are an insertion at the end, as before
    article = "Le maire signe les actes.\n\nLe préfet statue dans un délai de deux mois.\n\nLe conseil délibère."
    for said in (
        "À la fin de cet article, remplacer les mots : « de deux mois » par les mots : « de trois mois ».",
        "À la fin du présent article, les mots : « de deux mois » sont remplacés par les mots : « de trois mois ».",
        "À la fin de cet article, supprimer les mots : « de deux mois ».",
        "À la fin, remplacer les mots : « de deux mois » par les mots : « de trois mois ».",
    ):
        with pytest.raises(AmendingError, match="« de deux mois » is not found at the end of the last alinéa"):
            apply(article, [("1", said)])
    with pytest.raises(AmendingError, match="« Le préfet » is not found at the start of alinéa 1"):
        apply(article, [("2", "Au début de cet article, supprimer les mots : « Le préfet »")])
    said = "À la fin de cet article, remplacer le mot : « délibère » par les mots : « statue sans délai »."
    assert alineas(apply(article, [("3", said)]))[2] == "Le conseil statue sans délai."
    said = "Au début de cet article, remplacer les mots : « Le maire » par les mots : « Le président »."
    assert alineas(apply(article, [("4", said)]))[0] == "Le président signe les actes."
    # the alinéa named before, or by the place itself, keeps its end
    said = "Alinéa 2\n\nÀ la fin de cet alinéa, remplacer les mots : « de deux mois » par les mots : « de trois mois »."
    assert alineas(apply(article, [("5", said)]))[1] == "Le préfet statue dans un délai de trois mois."
    said = "À la fin de l'alinéa 2, remplacer les mots : « de deux mois » par les mots : « de trois mois »."
    assert alineas(apply(article, [("6", said)]))[1] == "Le préfet statue dans un délai de trois mois."
    said = "À la fin de cet article, insérer un alinéa ainsi rédigé : « Le juge statue. »"
    assert alineas(apply(article, [("7", said)]))[3] == "Le juge statue."


def test_a_phrase_added_at_the_end_or_start_of_a_place_is_read_as_completing_it() -> None:
    # « À la fin de l'alinéa 2, ajouter la phrase suivante : » (p111-099) is « Compléter l'alinéa 2 par la phrase
    # suivante »; « Au début de l'alinéa 2, insérer une phrase ainsi rédigée : » is « Avant la première phrase »
    article = "Le maire décide. Il rend compte.\n\n2° Le conseil délibère. Il vote ;\n\n3° Le préfet contrôle."
    said = "À la fin de l'alinéa 2, ajouter la phrase suivante : « Il est public. »"
    assert alineas(apply(article, [("1", said)]))[1] == "2° Le conseil délibère. Il vote. Il est public ;"
    said = "À la fin du 2°, insérer une phrase ainsi rédigée : « Il est public. »"
    assert alineas(apply(article, [("2", said)]))[1] == "2° Le conseil délibère. Il vote. Il est public ;"
    said = "Au début de l'alinéa 2, insérer une phrase ainsi rédigée : « Il est public. »"
    assert alineas(apply(article, [("3", said)]))[1] == "2° Il est public. Le conseil délibère. Il vote ;"
    said = "À la fin de la première phrase de l'alinéa 1, insérer la phrase suivante : « Il signe. »"
    assert alineas(apply(article, [("4", said)]))[0] == "Le maire décide. Il signe. Il rend compte."
    for said in ("À la fin de cet article, ajouter la phrase suivante : « Il est public. »",
                 "Au début du 2°, insérer la phrase suivante : « Il est public. »"):  # fmt: skip
        with pytest.raises(AmendingError):
            apply(article, [("5", said)])


def test_a_phrase_named_by_rank_keeps_one_phrase_in_its_quotation() -> None:
    # p115-048: « La première phrase du troisième alinéa … est ainsi rédigée : » then its quotation: a phrase added
    # to it (or one taken out, leaving none) would have the law rewrite one phrase with two, and a rank is no count
    # to say again (the adopted texts write « est remplacée par deux phrases ainsi rédigées »): refused, whether the
    # quotation is an alinéa of its own or ends the announcing alinéa; announced by its count it is recounted
    article = "1° La première phrase du troisième alinéa est ainsi rédigée :\n\n« Il assure la liaison. » ;\n\n2° Le dernier alinéa est supprimé."
    said = "Compléter l'alinéa 2 par une phrase ainsi rédigée :\n\n« Il veille à la diffusion. »"
    with pytest.raises(AmendingError, match="named by its rank"):
        apply(article, [("1", said)])
    with pytest.raises(AmendingError):  # none left: an empty quotation
        apply(article, [("1", "Alinéa 2\n\nSupprimer les mots :\n\n« Il assure la liaison. »")])
    inline = "1° La dernière phrase du 2° est ainsi rédigée : « Il assure la liaison. » ;\n\n2° Le dernier alinéa est supprimé."
    with pytest.raises(AmendingError, match="named by its rank"):
        apply(inline, [("2", "Alinéa 1\n\nRemplacer le mot :\n\n« liaison »\n\npar les mots :\n\n« liaison. Il veille à la diffusion »")])
    counted = "1° La première phrase du troisième alinéa est remplacée par une phrase ainsi rédigée :\n\n« Il assure la liaison. » ;\n\n2° Le dernier alinéa est supprimé."
    out = alineas(apply(counted, [("3", "Compléter l'alinéa 2 par une phrase ainsi rédigée :\n\n« Il veille à la diffusion. »")]))
    assert out[0].endswith("par deux phrases ainsi rédigées :") and out[1] == "« Il assure la liaison. Il veille à la diffusion. » ;"
    # words changed within the one phrase leave it one
    out = alineas(apply(article, [("4", "Alinéa 2\n\nRemplacer le mot :\n\n« liaison »\n\npar le mot :\n\n« coordination »")]))
    assert out[1] == "« Il assure la coordination. » ;"


def test_an_items_last_phrase_or_end_rewritten_keeps_the_items_semicolon() -> None:
    # « Rédiger ainsi la dernière phrase » of « 1° … . … ; » followed by the 2°, the new phrase ending with a full
    # stop (p121-098, p121-088): the item still ends with its « ; », as when it is rewritten whole
    article = "I. – Le code est ainsi modifié :\n\n1° Le maire décide. Il rend compte au conseil ;\n\n2° Le préfet contrôle."
    said = "Alinéa 2\n\nRédiger ainsi la dernière phrase :\n\n« Il rend compte au préfet. »"
    assert alineas(apply(article, [("1", said)]))[1] == "1° Le maire décide. Il rend compte au préfet ;"
    said = "Alinéa 2\n\nAprès le mot :\n\n« compte »\n\nrédiger ainsi la fin de cet alinéa :\n\n« au préfet. »"
    assert alineas(apply(article, [("2", said)]))[1] == "1° Le maire décide. Il rend compte au préfet ;"


def test_a_stop_inside_words_the_alinea_quotes_ends_none_of_its_phrases() -> None:
    # « les mots : « en mars. Ils sont » sont remplacés … ». (p121-095), « ainsi rédigée : « X ? » Y. » (p121-094)
    article = (
        "1° Les mots : « en mars. Ils sont » sont remplacés par les mots : « en juin. Ils sont ». Cela vaut en 2026.\n\n"
        "2° La question est ainsi rédigée : « Approuvez-vous ? » Le résultat est public."
    )
    said = "Alinéa 1\n\nAprès la première phrase, insérer une phrase ainsi rédigée :\n\n« Elle entre en vigueur. »"
    assert alineas(apply(article, [("1", said)]))[0] == (
        "1° Les mots : « en mars. Ils sont » sont remplacés par les mots : « en juin. Ils sont ». Elle entre en vigueur."
        " Cela vaut en 2026."
    )
    said = "Alinéa 2\n\nAprès la première phrase, insérer une phrase ainsi rédigée :\n\n« Le scrutin a lieu un dimanche. »"
    assert alineas(apply(article, [("2", said)]))[1] == (
        "2° La question est ainsi rédigée : « Approuvez-vous ? » Le scrutin a lieu un dimanche. Le résultat est public."
    )


def test_a_month_abbreviated_in_a_date_ends_no_phrase() -> None:
    # « après le 1er janv. 2020 » (p121-084): the stop of « janv. » before the year ends no phrase
    article = "Un. Par dérogation, ceux créés après le 1er janv. 2020 sont renouvelés en 2027. Un décret le précise."
    said = "Alinéa 1\n\nSupprimer la deuxième phrase."
    assert alineas(apply(article, [("1", said)]))[0] == "Un. Un décret le précise."


def test_two_phrases_in_a_row_named_by_their_ordinals() -> None:
    # « Supprimer les troisième et quatrième phrases. » under « Alinéa 4 » (p121-032); two apart are refused
    article = "Un. Deux. Trois. Quatre. Cinq."
    said = "Alinéa 1\n\nSupprimer les troisième et quatrième phrases."
    assert alineas(apply(article, [("1", said)]))[0] == "Un. Deux. Cinq."
    said = "Alinéa 1\n\nSupprimer les quatrième et dernière phrases."
    assert alineas(apply(article, [("2", said)]))[0] == "Un. Deux. Trois."
    with pytest.raises(AmendingError):
        apply(article, [("3", "Alinéa 1\n\nSupprimer les première et troisième phrases.")])


def test_a_division_mark_with_its_adverb_or_a_paragraph_number_is_never_a_phrase() -> None:
    # « 4. », « 4 bis. », « II. – 4. », « I bis. – », « VII bis A. – », « 1° bis », « 1° A », « a bis) »: the mark
    # opens the alinéa, its first phrase is the words after it, and a phrase rewritten or deleted keeps it (set 125)
    marks = ["4.", "4 bis.", "II. – 4.", "I\u00a0bis.\u00a0–", "VII bis A. –", "1° bis", "1°\u00a0A", "a bis)", "1°", "a)", "I. –"]
    for mark in marks:
        article = f"Le texte.\n\n{mark} Le président reste. Les autres aussi."
        done = apply(article, [("1", "Rédiger ainsi la première phrase de l'alinéa 2 : « Le maire part. »")])
        assert alineas(done)[1] == f"{mark} Le maire part. Les autres aussi.", mark
        done = apply(article, [("2", "À la première phrase de l'alinéa 2, remplacer le mot : « reste » par le mot : « part ».")])
        assert alineas(done)[1] == f"{mark} Le président part. Les autres aussi.", mark
        assert alineas(apply(article, [("3", "Supprimer la première phrase de l'alinéa 2.")]))[1].endswith(" Les autres aussi.")
        assert alineas(apply(article, [("3", "Supprimer la première phrase de l'alinéa 2.")]))[1].startswith(mark.split()[0])
    # « 1° A la fin » is « À la fin » written without its accent: « A » is the phrase's
    done = apply("Le texte.\n\n1° A la fin, il part. Y.", [("4", "Rédiger ainsi la première phrase de l'alinéa 2 : « Il reste. »")])
    assert alineas(done)[1] == "1° Il reste. Y."


def test_a_phrase_put_after_one_ending_with_a_colon_that_introduces_what_follows_is_refused() -> None:
    # « … est constitué par : » then « a) … »: a phrase after it would stand between the introduction and its
    # items (or its quotation), and before it is not what is said (p132-010); after an earlier phrase, it reads
    article = "\n\n".join([
        "I. – Le comité examine les risques. Il prend les précautions suivantes :",
        "1° Pour l'élection du maire ;",
        "2° Pour les réunions.",
        "II. – L'article L. 1 est ainsi rédigé :",
        "« Art. L. 1. – Cette loi précise :",
        "« 1° Les objectifs. »",
    ])
    phrase = " ainsi rédigée :\n\n« Il rend un avis public. »"
    for instruction in ("Après la deuxième phrase de l'alinéa 1, insérer une phrase", "Compléter l'alinéa 1 par une phrase",
                        "Compléter l'alinéa 4 par une phrase", "Compléter l'alinéa 5 par une phrase"):
        with pytest.raises(AmendingError, match="it puts a phrase after one ending « : »"):
            apply(article, [("1", instruction + phrase)])
    out = alineas(apply(article, [("1", "Après la première phrase de l'alinéa 1, insérer une phrase" + phrase)]))
    assert out[0] == "I. – Le comité examine les risques. Il rend un avis public. Il prend les précautions suivantes :"


def test_a_number_then_a_short_word_and_a_stop_ends_a_phrase_unless_the_word_is_a_month() -> None:
    # « 30 jours. 2025 est … » ends a phrase (the review's case: the second phrase was taken for part of the first);
    # « 1er janv. 2020 » is a date (p121-084)
    article = "Le dispositif s'applique pendant 30 jours. 2025 est l'année de référence. Un décret précise."
    got = apply(article, [("1", "Supprimer la deuxième phrase de l'alinéa 1.")])
    assert got == "Le dispositif s'applique pendant 30 jours. Un décret précise."
    dated = apply("Le mandat court jusqu'au 1er janv. 2020. Un décret précise.", [("1", "Supprimer la seconde phrase.")])
    assert dated == "Le mandat court jusqu'au 1er janv. 2020."


def test_after_this_phrase_once_a_heading_named_it() -> None:
    # « Alinéa 2, deuxième phrase / 1° Remplacer … ; / 2° Après cette phrase, insérer une phrase … » (p149-111)
    article = "Premier.\n\nLes a. Cet agrément est attribué par décret. Il est valable."
    said = (
        "Alinéa 2, deuxième phrase\n\n1° Remplacer le mot : « attribué » par le mot : « délivré » ;\n\n"
        "2° Après cette phrase, insérer une phrase ainsi rédigée : « Il est publié. »"
    )
    assert alineas(apply(article, [("1", said)]))[1] == "Les a. Cet agrément est délivré par décret. Il est publié. Il est valable."
