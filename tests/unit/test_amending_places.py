# ruff: noqa: E501  (French instructions read best whole)
"""Places an instruction names (locations.py, places.py, spans.py): alinéas, phrases and runs of them,
divisions named (« au 2° du II », lettered and roman items, adverbs), places counted in a text proposed
for an article or in a code article the bill quotes, its paths, and « tel qu'il résulte de … »."""

from __future__ import annotations

import re

import pytest

from drafting.domain.amending import AmendingError, apply
from drafting.domain.amending.divisions import follows
from tests.unit.amending_helpers import _QUOTED_CODE_ARTICLE, ARTICLE, DIVIDED, ROMAN_ITEMS, alineas

PROPOSED = "\n\n".join(
    [
        "I. – Après l'article L. 1 du code des communes, sont insérés deux articles ainsi rédigés :",
        "« Art. L. 1-1. – Le maire décide et le conseil délibère.",
        "« Il informe le conseil.",
        "« Art. L. 1-2. – Le préfet voit. »",
        "II. – Le présent article entre en vigueur en 2030.",
    ]
)


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

def test_these_two_alineas_are_the_two_named_before() -> None:
    article = "Le maire décide.\n\nLe préfet voit.\n\nLe juge tranche."
    instruction = "Alinéas 1 et 2\n\nRemplacer ces {} alinéas par un alinéa ainsi rédigé :\n\nLe conseil décide."
    assert alineas(apply(article, [("270", instruction.format("deux"))])) == ["Le conseil décide.", "Le juge tranche."]
    with pytest.raises(AmendingError) as caught:
        apply(article, [("270", instruction.format("trois"))])
    assert caught.value.reason == "it says 3 alinéas and names 2 alinéa(s)"

def test_the_same_edit_in_two_phrases_of_one_alinea() -> None:
    article = "Titre\n\nLe maire décide. Le maire informe. Le maire signe."
    instruction = (
        "Aux première et deuxième phrases del'alinéa 2, après le mot : « maire » insérer les mots : « de la commune »"
    )
    out = apply(article, [("10", instruction)])
    assert alineas(out)[1] == "Le maire de la commune décide. Le maire de la commune informe. Le maire signe."

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


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        (
            "Alinéa 2, troisième et quatrième phrases\n\nAprès le mot :\n\nmaire\n\ninsérer le mot :\n\nélu",
            "Le maire décide. Le maire informe. Le maire élu signe. Le maire élu part.",
        ),
        (
            # « informe » deleted, not « maire »: « Le informe » is no French, refused since stop 26 (p83-038)
            "Alinéa 2, 2ème phrase\n\nSupprimer le mot :\n\ninforme",
            "Le maire décide. Le maire. Le maire signe. Le maire part.",
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

def test_these_phrases_after_a_heading_naming_two() -> None:
    article = "Titre\n\nLe maire décide. Le maire informe. Le maire signe. Le maire part."
    out = apply(article, [("35", "Alinéa 2, deuxième et troisième phrases\n\nSupprimer ces phrases.")])
    assert alineas(out)[1] == "Le maire décide. Le maire part."
    with pytest.raises(AmendingError) as caught:
        apply(article, [("35", "Alinéa 2\n\nSupprimer ces phrases.")])
    assert "no run of phrases was named before" in caught.value.message

def test_a_repeated_change_in_another_text_proposed() -> None:
    text = (
        "I. – Dans le premier alinéa du texte proposé pour l'article L. 1-1, après le mot : « Le », insérer le mot : « seul ».\n\n"
        "II. – En conséquence, procéder à la même insertion au premier alinéa du texte proposé pour l'article L. 1-2."
    )
    out = alineas(apply(PROPOSED, [("1", text)]))
    assert out[1].startswith("« Art. L. 1-1. – Le seul maire") and out[3] == "« Art. L. 1-2. – Le seul préfet voit. »"

def test_the_same_change_in_the_bills_title_changes_nothing_in_the_article() -> None:
    text = "I. – Alinéa 2\n\nRemplacer le mot :\n\npréfet\n\npar le mot :\n\nmaire\n\nII. – En conséquence, procéder au même remplacement dans l'intitulé du projet de loi."
    assert alineas(apply(ARTICLE, [("37", text)]))[1].endswith("au maire.")
    with pytest.raises(AmendingError) as caught:  # an amendment of the title alone does nothing to an article
        apply(
            ARTICLE, [("37", "Dans l'intitulé du projet de loi, remplacer le mot : « maire » par le mot : « préfet ».")]
        )
    assert "no instruction" in caught.value.message

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
    assert "names no alinéa, and the article has 2 alinéas: which one is not said" in caught.value.message


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
    for said, why in (("de l'alinéa 3", "opens at alinéa 2, not where « tel qu'il résulte » says (alinéa 3)"),
                      ("des alinéas 2 à 4", "does not end at alinéa 4 (it ends at alinéa 3)")):  # fmt: skip
        wrong = f"Au premier alinéa de l'article L. 1-1, tel qu'il résulte {said}, supprimer le mot : « maire »"
        with pytest.raises(AmendingError, match=re.escape(why)):
            apply(PROPOSED, [("2", wrong)])
    # with nothing said of where it results from: the code article this one quotes, once (branch fa)
    bare = "Au premier alinéa de l'article L. 1-1, substituer au mot : « maire » le mot : « préfet »"
    assert alineas(apply(PROPOSED, [("3", bare)]))[1] == "« Art. L. 1-1. – Le préfet décide et le conseil délibère."

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

def test_a_division_of_a_code_article_the_article_quotes_located_by_its_path() -> None:
    # « Au 2° du I de l'article L. 1-1 A, tel qu'il résulte du I du présent article »: the quoted article's own
    # I and 2°, not the bill's; « tel qu'il résulte » must name where the quotation is (alinéa or division)
    replace = "remplacer le mot : « plan » par le mot : « programme »."
    for resulting in ("", ", tel qu'il résulte du I du présent article", ", tel qu'il résulte de l'alinéa 2"):
        got = alineas(apply(QUOTED_CODE_ARTICLE, [("1", f"Au 2° du I de l'article L. 1-1 A du code des communes{resulting}, {replace}")]))
        assert got[3] == "« 2° Du programme ;" and got[8] == "1° Pour le plan ;"
    for place, why in (
        ("Au 2° du I de l'article L. 1-1 A, tel qu'il résulte du II du présent article", "is not in the ii of this"),
        ("Au 2° du I de l'article L. 1-1 A, tel qu'il résulte de l'alinéa 3", "opens at alinéa 4, not where « tel qu'il résulte » says (alinéa 3)"),
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

def test_a_lettered_item_with_its_adverb_is_named_bare() -> None:
    # « Rétablir le a bis) dans la rédaction suivante »: the « a bis) (Supprimé) » shown once in the article
    # (p46-049), as « Rétablir le 4° bis »; shown under two items, which is not said
    article = "1° Le code est ainsi modifié :\n\na) Le mot : « un » est supprimé ;\n\na bis) (Supprimé)\n\nb) (Supprimé)"
    text = "Rétablir le a bis) dans la rédaction suivante :\n\n« a bis) Le mot : « deux » est supprimé ; »"
    assert apply(article, [("1", text)]).split("\n\n")[2:] == ["a bis) Le mot : « deux » est supprimé ;", "b) (Supprimé)"]
    twice = article + "\n\n2° Le code est ainsi modifié :\n\na bis) (Supprimé)"
    with pytest.raises(AmendingError, match="several"):
        apply(twice, [("1", text)])

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

def test_a_lettered_item_with_its_adverb_named_bare_without_its_parenthesis() -> None:
    # « Le b bis est supprimé » (the Sénat's passive, no parenthesis): the one « b bis) » of the article, as
    # « le b bis) » is (p52-016); a mark the article lacks is still refused
    article = "1° Le premier alinéa est ainsi modifié :\n\na) Les mots : « A » sont supprimés ;\n\n" \
        "b) Les mots : « B » sont supprimés ;\n\nb bis) Les mots : « C » sont supprimés ;\n\nc) Les mots : « D » sont supprimés."
    assert alineas(apply(article, [("1", "Le b bis est supprimé.")]))[3] == "b bis) (Supprimé)"
    with pytest.raises(AmendingError, match="b ter"):
        apply(article, [("1", "Supprimer le b ter.")])

def test_a_capital_roman_paragraph_with_its_adverb_is_no_lettered_item() -> None:
    # « Au I bis, … », « Supprimer le 4° du V bis »: capitals with « bis » are paragraphs (p55-019, p55-030),
    # « le i bis du 2° » in small letters still a lettered item
    article = "I. – Un.\n\nI bis. – Les fournisseurs informent plus de dix personnes.\n\nII. – Deux :\n\n" \
        "1° Le texte :\n\ni) Trois ;\n\ni bis) Les mots : « quatre » sont supprimés ;\n\nj) Cinq."
    got = apply(article, [("119", "Au I bis, remplacer les mots : « dix » par les mots : « vingt ».")])
    assert alineas(got)[1] == "I bis. – Les fournisseurs informent plus de vingt personnes."
    got = apply(article, [("2", "Au i bis du 1° du II, remplacer le mot : « quatre » par le mot : « cinq ».")])
    assert alineas(got)[5] == "i bis) Les mots : « cinq » sont supprimés ;"

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


PROPOSED_WITH_A_SHARED_II = "\n\n".join(
    [
        "I. – Le rapport du fournisseur est publié chaque année.",
        "II. – Après l'article L. 337-6 du code de l'énergie, il est inséré un article L. 337-7 ainsi rédigé :",
        "« Art. L. 337-7. – I. – Le fournisseur informe ses clients chaque année.",
        "« II. – Le tarif de secours est révisé chaque année.",
        "« Son montant est publié chaque année.",
        "« III. – Un décret précise les modalités d'application du présent article. »",
    ]
)

def test_two_alineas_named_in_words_share_the_complement_said_after_the_second() -> None:
    # « Au premier alinéa et au deuxième alinéa du II du texte proposé pour l'article L. 337-7 »: the II's first
    # and second, as « au premier et au deuxième alinéas du II »; not this article's first, which holds the
    # words too (p60-052: silently wrong had they been found there)
    said = (
        "Au premier alinéa et au deuxième alinéa du II du texte proposé pour l'article L. 337-7 du code de "
        "l'énergie, substituer aux mots : « chaque année » les mots : « chaque semestre »."
    )
    got = apply(PROPOSED_WITH_A_SHARED_II, [("1", said)]).split("\n\n")
    assert got[0] == "I. – Le rapport du fournisseur est publié chaque année."
    assert got[2] == "« Art. L. 337-7. – I. – Le fournisseur informe ses clients chaque année."
    assert got[3] == "« II. – Le tarif de secours est révisé chaque semestre."
    assert got[4] == "« Son montant est publié chaque semestre."
    # each place with its own complement stays two places
    own = (
        "Au premier alinéa du I et au deuxième alinéa du II du texte proposé pour l'article L. 337-7 du code de "
        "l'énergie, substituer aux mots : « chaque année » les mots : « chaque semestre »."
    )
    got = apply(PROPOSED_WITH_A_SHARED_II, [("2", own)]).split("\n\n")
    assert got[0] == "I. – Le rapport du fournisseur est publié chaque semestre."
    assert got[3] == "« II. – Le tarif de secours est révisé chaque année."
    assert got[4] == "« Son montant est publié chaque semestre."


INSERTED = "\n\n".join(
    [
        "L'article L. 613-1 du code de l'éducation est ainsi modifié :",
        "1° À la deuxième phrase du deuxième alinéa, le mot : « habilités » est remplacé par le mot : « accrédités » ;",
        "2° Après le deuxième alinéa, sont insérés quatre alinéas ainsi rédigés :",
        "« Le contenu de l'accréditation est fixé par arrêté, après avis du conseil national.",
        "« Un établissement est accrédité pour la durée du contrat pluriannuel.",
        "« Le cadre national des formations est fixé par arrêté.",
        "« Un arrêté d'accréditation emporte habilitation à délivrer les diplômes dont la liste est annexée. » ;",
        "3° Après la deuxième phrase du quatrième alinéa, est insérée une phrase ainsi rédigée :",
        "« Elles sont adaptées aux étudiants présentant un handicap. »",
    ]
)


def _at(rank: str) -> str:
    return (
        f"Au {rank} alinéa de l'article L. 613-1 du code de l'éducation, tel qu'il résulte du 2°, remplacer le "
        "mot : « arrêté » par le mot : « décret »."
    )

def test_the_alineas_a_division_inserts_after_one_named_by_its_rank() -> None:
    # « 2° Après le deuxième alinéa, sont insérés quatre alinéas ainsi rédigés : »: the code article's third to
    # sixth are the 2°'s four quoted alinéas, in order (p60-045, p60-046)
    got = apply(INSERTED, [("1", _at("troisième"))]).split("\n\n")
    assert got[3] == "« Le contenu de l'accréditation est fixé par décret, après avis du conseil national."
    assert got[5] == "« Le cadre national des formations est fixé par arrêté."
    got = apply(INSERTED, [("2", _at("sixième"))]).split("\n\n")
    assert got[3] == "« Le contenu de l'accréditation est fixé par arrêté, après avis du conseil national."
    assert got[6] == "« Un décret d'accréditation emporte habilitation à délivrer les diplômes dont la liste est annexée. » ;"
    got = apply(INSERTED, [("3", _at("cinquième"))]).split("\n\n")
    assert got[5] == "« Le cadre national des formations est fixé par décret."
    # the seventh (p60-047) and the second are not among those the 2° puts: refused
    for rank in ("septième", "deuxième"):
        with pytest.raises(AmendingError, match="does not put the alinéa named"):
            apply(INSERTED, [("4", _at(rank))])
    # a count said that the quotation does not match: refused
    three = INSERTED.replace("sont insérés quatre alinéas", "sont insérés trois alinéas")
    with pytest.raises(AmendingError, match="does not put the alinéa named"):
        apply(three, [("5", _at("troisième"))])


DIVIDED_ACADEMY = "\n\n".join(
    [
        "I. – L'Académie est une personne morale. L'Académie est placée sous protection.",
        "Elle a pour mission de conseiller l'Académie des sciences.",
        "II. – L'Académie s'administre librement. L'Académie vote son budget.",
        "L'administration de l'Académie est assurée par un bureau.",
        "L'Académie peut recevoir des legs.",
    ]
)

def test_a_bare_phrase_of_an_alinea_joined_to_an_alinea_with_a_complement_shares_it() -> None:
    # « À la première phrase du premier alinéa et au deuxième alinéa du II »: the complement said once
    # after the second is both's: the II's first alinéa's first phrase, never the I's, which holds the word
    # too (p61-007)
    said = "À la première phrase du premier alinéa et au deuxième alinéa du II, le mot : « Académie » est remplacé par le mot : « Institution »."
    got = apply(DIVIDED_ACADEMY, [("1", said)]).split("\n\n")
    assert got[0] == "I. – L'Académie est une personne morale. L'Académie est placée sous protection."
    assert got[2] == "II. – L'Institution s'administre librement. L'Académie vote son budget."
    assert got[3] == "L'administration de l'Institution est assurée par un bureau."
    assert got[4] == "L'Académie peut recevoir des legs."
    # so for the last phrase of a bare alinéa joined to a phrase of the II's second
    said = "À la dernière phrase du premier alinéa et à la première phrase du deuxième alinéa du II, le mot : « Académie » est remplacé par le mot : « Institution »."
    got = apply(DIVIDED_ACADEMY, [("2", said)]).split("\n\n")
    assert got[0] == "I. – L'Académie est une personne morale. L'Académie est placée sous protection."
    assert got[2] == "II. – L'Académie s'administre librement. L'Institution vote son budget."
    assert got[3] == "L'administration de l'Institution est assurée par un bureau."
    # a numeral counts this article's alinéas: « de l'alinéa 1 » stays the article's first
    said = "À la première phrase de l'alinéa 1 et au deuxième alinéa du II, le mot : « Académie » est remplacé par le mot : « Institution »."
    got = apply(DIVIDED_ACADEMY, [("3", said)]).split("\n\n")
    assert got[0] == "I. – L'Institution est une personne morale. L'Académie est placée sous protection."
    assert got[2] == "II. – L'Académie s'administre librement. L'Académie vote son budget."
    assert got[3] == "L'administration de l'Institution est assurée par un bureau."

def test_two_subject_alineas_each_with_its_own_division_deleted() -> None:
    # « Le deuxième alinéa du I et le deuxième alinéa du II sont supprimés »: each deleted (p61-006)
    said = "Le deuxième alinéa du I et le deuxième alinéa du II sont supprimés."
    got = apply(DIVIDED_ACADEMY, [("1", said)]).split("\n\n")
    assert got == [
        "I. – L'Académie est une personne morale. L'Académie est placée sous protection.",
        "II. – L'Académie s'administre librement. L'Académie vote son budget.",
        "L'Académie peut recevoir des legs.",
    ]
    # the same places rewritten by one text: which gets it is not said, refused
    said = "Le deuxième alinéa du I et le deuxième alinéa du II sont ainsi rédigés : « Rien. »"
    with pytest.raises(AmendingError):
        apply(DIVIDED_ACADEMY, [("2", said)])


REWRITES_FIRST = "\n\n".join(
    [
        "L'article L. 822-1 du code de l'éducation est ainsi modifié :",
        "1° Le premier alinéa est ainsi rédigé :",
        "« Le réseau accueille les étudiants. Il favorise leur mobilité. » ;",
        "2° Au dernier alinéa, le mot : « communes » est remplacé par le mot : « collectivités ».",
    ]
)

def test_the_alinea_a_division_rewrites_by_its_rank_as_it_results_from_it() -> None:
    # « 1° Le premier alinéa est ainsi rédigé : »: « la dernière phrase du premier alinéa de l'article
    # L. 822-1, tel qu'il résulte du 1° » is in its one quoted alinéa (p61-026)
    said = "La dernière phrase du premier alinéa de l'article L. 822-1 du code de l'éducation, tel qu'il résulte du 1°, est supprimée."
    got = apply(REWRITES_FIRST, [("1", said)]).split("\n\n")
    assert got[2] == "« Le réseau accueille les étudiants. » ;"
    # another rank than the one rewritten is not said: refused
    said = "La dernière phrase du deuxième alinéa de l'article L. 822-1 du code de l'éducation, tel qu'il résulte du 1°, est supprimée."
    with pytest.raises(AmendingError, match="does not put the alinéa named"):
        apply(REWRITES_FIRST, [("2", said)])
    # the introduction naming another code article: refused
    other = REWRITES_FIRST.replace("L'article L. 822-1", "L'article L. 822-2")
    said = "La dernière phrase du premier alinéa de l'article L. 822-1 du code de l'éducation, tel qu'il résulte du 1°, est supprimée."
    with pytest.raises(AmendingError):
        apply(other, [("3", said)])

def test_cet_alinea_with_no_alinea_named_is_the_only_alinea_of_the_article() -> None:
    # « Compléter cet alinéa par une phrase … », no alinéa named before: the article's only alinéa, as a phrase
    # named alone is (p64-042); with two alinéas, which one is not said
    completing = ("212", "Compléter cet alinéa par une phrase ainsi rédigée : « Ce rapport est rendu public. »")
    assert apply("Le Gouvernement remet un rapport.", [completing]) == (
        "Le Gouvernement remet un rapport. Ce rapport est rendu public."
    )
    with pytest.raises(AmendingError, match="names no alinéa, and the article has 2 alinéas"):
        apply("Un.\n\nDeux.", [completing])


OWN_COMPLEMENTS = "\n\n".join(
    [
        "I. – La loi entre en vigueur en 2025.",
        "II. – Le conseil est désigné selon la présente loi.",
        "Toutefois, le président est élu selon la présente loi.",
        "III. – La commission siège selon la présente loi.",
        "Le président préside selon la présente loi.",
    ]
)

def test_a_place_with_a_complement_of_its_own_never_takes_another() -> None:
    # « Le troisième alinéa du présent article et le deuxième alinéa du III »: this article's third and the
    # III's second, not the III's third and second (p63-009)
    for own in ("du présent article", "de cet article"):
        got = alineas(apply(OWN_COMPLEMENTS, [("1", f"Le troisième alinéa {own} et le deuxième alinéa du III sont supprimés.")]))
        assert got == [
            "I. – La loi entre en vigueur en 2025.",
            "II. – Le conseil est désigné selon la présente loi.",
            "III. – La commission siège selon la présente loi.",
        ]
    # « ainsi qu'au » joins two places as « et au » (p63-015)
    said = "Au troisième alinéa du présent article ainsi qu'au deuxième alinéa du III, le mot : « selon » est remplacé par le mot : « après »."
    got = alineas(apply(OWN_COMPLEMENTS, [("2", said)]))
    assert got[2] == "Toutefois, le président est élu après la présente loi."
    assert got[4] == "Le président préside après la présente loi."
    assert got[3] == "III. – La commission siège selon la présente loi."
    # a complement said before is not shared: the bare « premier alinéa » the III's or this article's (p63-016)
    said = "Au deuxième alinéa du III et à la première phrase du premier alinéa, le mot : « selon » est remplacé par le mot : « après »."
    with pytest.raises(AmendingError, match="alinéa named bare is the division's named before it") as caught:
        apply(OWN_COMPLEMENTS, [("3", said)])
    assert caught.value.code == "ambiguous"

def test_ordinals_written_as_compounds_of_tens_are_read_as_their_number() -> None:
    # « Au trente-deuxième alinéa » (p67-027), « vingt et unième », « vingt-et-unième », « quarante et unième »
    many = "\n\n".join(f"Le conseil {n} siège." for n in range(1, 46))
    for said, n in (("trente-deuxième", 32), ("vingt et unième", 21), ("vingt-et-unième", 21), ("quarante et unième", 41)):
        got = alineas(apply(many, [("1", f"Au {said} alinéa, le mot : « siège » est remplacé par le mot : « délibère ».")]))
        assert got[n - 1] == f"Le conseil {n} délibère."
        assert sum("délibère" in a for a in got) == 1


INTRODUCED = "\n\n".join(
    [
        "L'article L. 232-1 du code de l'éducation est ainsi modifié :",
        "1° Au premier alinéa, le mot : « conseil » est remplacé par le mot : « comité » ;",
        "2° Le 1° est ainsi rédigé :",
        "« 1° Les membres élus et les membres nommés ; »",
        "3° Le IV est ainsi modifié :",
        "a) Le 9° est ainsi rédigé :",
        "« 9° Chaque année, un rapport et un bilan. »",
    ]
)

def test_a_division_naming_only_a_division_amends_the_code_article_its_introduction_names() -> None:
    # « L'article L. 232-1 … est ainsi modifié : » then « 2° Le 1° est ainsi rédigé : »: the 2° amends L. 232-1,
    # so « Au 1° de l'article L. 232-1, tel qu'il résulte du 2° » is its quoted 1° (p67-011, p67-026)
    said = "Au 1° de l'article L. 232-1 du code de l'éducation, tel qu'il résulte du 2°, le mot : « et » est remplacé par les mots : « ainsi que »."
    assert alineas(apply(INTRODUCED, [("1", said)]))[3] == "« 1° Les membres élus ainsi que les membres nommés ; »"
    said = "Au 9° du IV de l'article L. 232-1 du code de l'éducation, tel qu'il résulte du a du 3°, les mots : « Chaque année » sont remplacés par les mots : « Tous les deux ans »."
    assert alineas(apply(INTRODUCED, [("2", said)]))[6] == "« 9° Tous les deux ans, un rapport et un bilan. »"
    # the introduction naming another code article: refused
    other = INTRODUCED.replace("L'article L. 232-1", "L'article L. 232-2")
    said = "Au 1° de l'article L. 232-1 du code de l'éducation, tel qu'il résulte du 2°, le mot : « et » est remplacé par les mots : « ainsi que »."
    with pytest.raises(AmendingError, match="does not amend article"):
        apply(other, [("3", said)])


PHRASE_REWRITTEN = "\n\n".join(
    [
        "L'article L. 715-2 du code de l'éducation est ainsi modifié :",
        "1° La dernière phrase du troisième alinéa est ainsi rédigée :",
        "« Les compétences prévues aux articles L. 811-5, L. 811-6 sont exercées par le conseil. » ;",
        "2° Le dernier alinéa est supprimé.",
    ]
)

def test_the_phrase_a_division_rewrites_by_its_ranks_as_it_results_from_it() -> None:
    # « 1° La dernière phrase du troisième alinéa est ainsi rédigée : »: that phrase is its quoted one (p63-037)
    said = "À la dernière phrase du troisième alinéa de l'article L. 715-2 du code de l'éducation, tel qu'il résulte du 1°, la référence : « L. 811-5, » est supprimée."
    got = alineas(apply(PHRASE_REWRITTEN, [("1", said)]))
    assert got[2] == "« Les compétences prévues aux articles L. 811-6 sont exercées par le conseil. » ;"
    # another phrase of that alinéa (its count not given) is not said: refused
    said = "À la première phrase du troisième alinéa de l'article L. 715-2 du code de l'éducation, tel qu'il résulte du 1°, la référence : « L. 811-5, » est supprimée."
    with pytest.raises(AmendingError, match="does not put the alinéa named"):
        apply(PHRASE_REWRITTEN, [("2", said)])


ADDS_ONE = "\n\n".join(
    [
        "L'article L. 612-11 du code de l'éducation est ainsi modifié :",
        "1° À la première phrase, le mot : « entreprise » est remplacé par le mot : « organisme » ;",
        "2° Il est ajouté un alinéa ainsi rédigé :",
        "« Le premier alinéa s'applique sans préjudice des dispositions de l'article L. 4381-1. »",
    ]
)

def test_second_is_not_the_last_of_two_where_the_count_is_not_given() -> None:
    # « Au second alinéa …, tel qu'il résulte du 2° », the 2° adding one alinéa last: that alinéa is the
    # second only if the code article has two, which the text does not give (p58-032, p70-049): refused,
    # as « deuxième » is
    said = "Au second alinéa de l'article L. 612-11 du code de l'éducation, tel qu'il résulte du 2° du présent article, après le mot : « dispositions », sont insérés les mots : « du présent code et »."
    for word in ("second", "deuxième"):
        with pytest.raises(AmendingError, match="whose count of alinéas this article does not give"):
            apply(ADDS_ONE, [("2", said.replace("second", word))])


PARTS_OF_TWO_PLACES = "\n\n".join(
    [
        "I. – L'article L. 337-7 du code de l'énergie est ainsi modifié :",
        "1° Le I est ainsi rédigé :",
        "« I. – Les fournisseurs informent leurs clients de la fin des tarifs. »",
        "II. – Le I entre en vigueur le 1er janvier 2020.",
        "VI. – Une sanction peut être prononcée.",
        "En cas de manquement, le montant de cette sanction est fixé à 200 €.",
    ]
)

def test_a_later_parts_alinea_of_a_division_is_not_sought_under_an_earlier_parts_alinea() -> None:
    # « II. – Au second alinéa du VI » after a part I naming alinéa 3: the VI is the clause's own complement
    # (the article's VI), not a division that must open in alinéa 3 (p68-073)
    said = (
        "I. – À l'alinéa 3, après le mot : « informent », insérer les mots : « par écrit ».\n\n"
        "II. – Au second alinéa du VI, remplacer le montant : « 200 € » par le montant : « 500 € »."
    )
    got = alineas(apply(PARTS_OF_TWO_PLACES, [("1", said)]))
    assert got[2] == "« I. – Les fournisseurs informent par écrit leurs clients de la fin des tarifs. »"
    assert got[5] == "En cas de manquement, le montant de cette sanction est fixé à 500 €."
    # a division named alone under the alinéa named before must still open there (« Alinéa 3 / Supprimer le VI »)
    with pytest.raises(AmendingError, match="is not in the alinéa named before it"):
        apply(PARTS_OF_TWO_PLACES, [("2", "Alinéa 3\n\nSupprimer le VI.")])

def test_a_mark_of_several_divisions_deleted_is_read_at_its_level() -> None:
    # « c et d) (Supprimé) », « II à IV. – (Supprimé) »: one mark for a run deleted, of its kind and level: the
    # 2°'s own lettered items after its b), not an alinéa of the b) or of the 2° (p69-064 to p69-066)
    article = "\n\n".join(
        [
            "I. – Le Gouvernement est autorisé à prendre :",
            "1° Les dispositions de transposition ;",
            "2° Les mesures nécessaires pour :",
            "a) Instituer des sanctions pénales ;",
            "b) Adapter les dispositions à Mayotte ;",
            "c et d) (Supprimé)",
            "e) Étendre les dispositions ;",
            "II à IV. – (Supprimé)",
            "V. – Le projet de loi de ratification est déposé.",
        ]
    )
    out = alineas(apply(article, [("1", "Au b du 2°, remplacer le mot : « Mayotte » par le mot : « Guyane ».")]))
    assert out[4] == "b) Adapter les dispositions à Guyane ;"
    # the b) deleted keeps its number: the c) and d) after it are recorded deleted, their numbers stand
    out = alineas(apply(article, [("2", "Au 2°, supprimer le b.")]))
    assert out[4:6] == ["b) (Supprimé)", "c et d) (Supprimé)"]
    # an item put after the run is numbered from its last number, before the next from its first
    out = alineas(apply(article, [("3", "Après l'alinéa 6, insérer un alinéa ainsi rédigé :\n\n« …) Ajouter ; »")]))
    assert out[5:8] == ["c et d) (Supprimé)", "d bis) Ajouter ;", "e) Étendre les dispositions ;"]
    # the run's mark names none of them alone
    with pytest.raises(AmendingError, match="no alinéa of the article opens with the mark « III »"):
        apply(article, [("4", "Supprimer le III.")])

def test_two_items_deleted_around_others_recorded_deleted_are_a_run() -> None:
    # « b) » and « e) » deleted with « c) (Supprimé) » or « c et d) (Supprimé) » between them: one run of four,
    # « b à e) (Supprimé) », not « b et e) », which would say the c) and d) stand
    for between in ("c) (Supprimé)", "c et d) (Supprimé)"):
        article = "\n\n".join(
            ["I. – Le code est ainsi modifié :", "1° Les mesures :", "a) Un ;", "b) Deux ;", between, "e) Cinq ;", "f) Six.", "II. – Fin."]
        )
        out = alineas(apply(article, [("1", "Au 1°, supprimer les b à e.")]))
        assert out[3:5] == ["b à e) (Supprimé)", "f) Six."]
    # two next to each other keep « et »
    article = "\n\n".join(["1° Les mesures :", "a) Un ;", "b) Deux ;", "c) Trois ;", "d) Quatre."])
    assert alineas(apply(article, [("2", "Au 1°, supprimer les b et c.")]))[2] == "b et c) (Supprimé)"


JOINED_DIVISIONS = "\n\n".join(
    [
        "I. – Le conseil siège selon la loi.",
        "1° Le conseil vote selon la loi ;",
        "2° Le conseil délibère selon la loi.",
        "II. – Le maire siège selon la loi.",
        "III. – Le préfet siège selon la loi.",
        "IV. – Le juge siège selon la loi.",
        "1° Le juge vote selon la loi ;",
        "2° Le juge délibère selon la loi.",
    ]
)

def test_a_paragraph_named_bare_joined_to_a_place_with_a_complement_is_this_articles() -> None:
    # « Au premier alinéa du I et au III », « ainsi qu'au III »: the III, a paragraph no division holds, is this
    # article's own; the edit in each (p65-001, p65-006, p65-012, p65-042)
    firsts = {"Au premier alinéa du I et au III": "I. – Le conseil siège selon la charte.",
              "Au premier alinéa du I ainsi qu'au III": "I. – Le conseil siège selon la charte.",
              "Au 1° du I et au III": "1° Le conseil vote selon la charte ;"}  # fmt: skip
    for joined, first in firsts.items():
        got = alineas(apply(JOINED_DIVISIONS, [("1", f"{joined}, le mot : « loi » est remplacé par le mot : « charte ».")]))
        assert first in got[:2]
        assert got[4] == "III. – Le préfet siège selon la charte."
        assert got[3] == "II. – Le maire siège selon la loi."
    got = alineas(apply(JOINED_DIVISIONS, [("3", "Au II et au III, le mot : « loi » est remplacé par le mot : « charte ».")]))
    assert got[3:5] == ["II. – Le maire siège selon la charte.", "III. – Le préfet siège selon la charte."]
    # a lower division named bare (« au 2° » after « au 1° du IV »: the IV's, or the I's?), or a bare alinéa
    # joined to a division (the III's first, or this article's?): refused. (« Au 1° et au 2° du IV », the
    # complement said after both, is shared since stop 26: test_a_complement_after_two_joined_divisions_is_both)
    for joined in ("Au 1° du IV et au 2°", "Au premier alinéa et au III", "Au III et au premier alinéa"):
        with pytest.raises(AmendingError, match="named bare") as caught:
            apply(JOINED_DIVISIONS, [("2", f"{joined}, le mot : « loi » est remplacé par le mot : « charte ».")])
        assert caught.value.code == "ambiguous"

def test_divisions_named_whole_joined_as_subjects_are_each_deleted() -> None:
    # « Le second alinéa du I ainsi que le III sont supprimés » (p65-005, p65-041), « Le 2° du I et le 2° du IV
    # sont supprimés » (p65-008)
    got = alineas(apply(JOINED_DIVISIONS, [("1", "Le deuxième alinéa du I ainsi que le III sont supprimés.")]))
    assert got[1] == "1° (Supprimé)" and got[4] == "III. – (Supprimé)" and got[3] == "II. – Le maire siège selon la loi."
    got = alineas(apply(JOINED_DIVISIONS, [("2", "Le 2° du I et le 2° du IV sont supprimés.")]))
    assert got[2] == "2° (Supprimé)" and got[7] == "2° (Supprimé)" and got[6] == "1° Le juge vote selon la loi ;"

def test_a_bare_alinea_after_an_alinea_of_a_division_is_read_where_both_counts_agree() -> None:
    # « Au deuxième alinéa du I et au premier alinéa »: the I opens the article, its first alinéa is the
    # article's first: one alinéa either way (p65-002, p65-007)
    said = "Au deuxième alinéa du I et au premier alinéa, le mot : « loi » est remplacé par le mot : « charte »."
    got = alineas(apply(JOINED_DIVISIONS, [("1", said)]))
    assert got[:3] == [
        "I. – Le conseil siège selon la charte.",
        "1° Le conseil vote selon la charte ;",
        "2° Le conseil délibère selon la loi.",
    ]
    # the IV's first is not the article's first: refused
    said = "Au deuxième alinéa du IV et au premier alinéa, le mot : « loi » est remplacé par le mot : « charte »."
    with pytest.raises(AmendingError, match="alinéa named bare is the division's named before it") as caught:
        apply(JOINED_DIVISIONS, [("2", said)])
    assert caught.value.code == "ambiguous"

def test_a_passive_part_joined_with_a_place_of_its_own_set_off_by_commas() -> None:
    # « Au premier alinéa, les mots : X sont remplacés par … et, au deuxième alinéa du IV, les mots : Y sont
    # remplacés par … »: two instructions, each at its place, the IV's second counted in the IV (p63-005)
    said = (
        "Au premier alinéa, le mot : « conseil » est remplacé par le mot : « bureau » et, au deuxième alinéa du IV, "
        "le mot : « juge » est remplacé par le mot : « magistrat »."
    )
    got = alineas(apply(JOINED_DIVISIONS, [("1", said)]))
    assert got[0] == "I. – Le bureau siège selon la loi."
    assert got[6] == "1° Le magistrat vote selon la loi ;"
    assert got[5] == "IV. – Le juge siège selon la loi."

def test_cet_alinea_after_an_instruction_at_a_division_named_whole_is_its_only_alinea() -> None:
    # « I. – Au III, … II. – Compléter cet alinéa par … »: the III's one alinéa (p65-018)
    said = (
        "I. – Au III, le mot : « préfet » est remplacé par le mot : « recteur ».\n\n"
        "II. – Compléter cet alinéa par les mots : « et délibère »."
    )
    got = alineas(apply(JOINED_DIVISIONS, [("1", said)]))
    assert got[4] == "III. – Le recteur siège selon la loi et délibère."
    # the IV has three alinéas: which one is not said
    said = "I. – Au IV, le mot : « siège » est remplacé par le mot : « statue ».\n\nII. – Compléter cet alinéa par les mots : « ici »."
    with pytest.raises(AmendingError, match="the division named before has 3 alinéas"):
        apply(JOINED_DIVISIONS, [("2", said)])
    # a sentence naming no place keeps the place it had: the words are looked for in the whole article
    said = "I. – Au III, le mot : « préfet » est remplacé par le mot : « recteur ».\n\nII. – Supprimer le mot : « siège »."
    with pytest.raises(AmendingError, match="occurs"):
        apply(JOINED_DIVISIONS, [("3", said)])

def test_two_divisions_named_in_one_place_are_refused() -> None:
    # « Le II, le III sont supprimés »: read as one place, the II was lost and the III alone deleted. Refused, not
    # one of them dropped. (« Le 1° du I, le II et le III », a list ended by « et », is three places since stop 26:
    # test_a_list_of_subjects_ended_by_et_is_each_place)
    for said in ("Le II, le III sont supprimés.", "Le 1° du I, le II, le III sont supprimés."):
        with pytest.raises(AmendingError):
            apply(JOINED_DIVISIONS, [("1", said)])
    with pytest.raises(AmendingError, match="two divisions in one place"):
        apply(JOINED_DIVISIONS, [("2", "Le II, le III sont supprimés.")])

def test_cet_alinea_after_two_divisions_named_whole_is_not_said() -> None:
    # « I. – Au II et au III, … II. – Compléter cet alinéa »: the II's, or the III's? Refused
    said = (
        "I. – Au II et au III, le mot : « siège » est remplacé par le mot : « dort ».\n\n"
        "II. – Compléter cet alinéa par les mots : « ici »."
    )
    with pytest.raises(AmendingError, match="names no alinéa"):
        apply(JOINED_DIVISIONS, [("1", said)])


TWO_LETTERED_RUNS = "\n\n".join(
    [
        "Le code de l'énergie est ainsi modifié :",
        "1° L'article L. 100-1 est ainsi modifié :",
        "a) Les mots : « deux ans » sont remplacés par les mots : « trois ans » ;",
        "b) Il est ajouté un alinéa ainsi rédigé : « Un décret fixe les modalités. » ;",
        "2° L'article L. 100-2 est ainsi modifié :",
        "a) Le mot : « national » est supprimé ;",
        "b) Le mot : « annuel » est remplacé par le mot : « pluriannuel » ;",
        "c) Les mots : « au moins » sont supprimés.",
    ]
)

def test_a_division_named_after_one_said_in_a_heading_is_its_own() -> None:
    # « Au 2°, supprimer le b »: the b) of the 2°, not the article's only b (there are two) nor refused as two
    # divisions named in one place (p69-065)
    got = alineas(apply(TWO_LETTERED_RUNS, [("1", "Au 2°, supprimer le b.")]))
    assert got[6] == "b) (Supprimé)"
    assert got[3].startswith("b) Il est ajouté")
    # two divisions listed in one place still are: one of them would be lost
    with pytest.raises(AmendingError, match="two divisions in one place"):
        apply(TWO_LETTERED_RUNS, [("2", "Le 1°, le 2° sont supprimés.")])

def test_a_code_article_named_of_another_code_is_another_article() -> None:
    # « L'article L. 232-1 du code de l'éducation est ainsi modifié : » then « 5° Le 1° est ainsi rédigé » is not
    # « Au 1° de l'article L. 232-1 du code de la recherche, tel qu'il résulte du 5° » (p70-028)
    article = "\n\n".join(
        [
            "L'article L. 232-1 du code de l'éducation est ainsi modifié :",
            "1° Au premier alinéa, le mot : « professionnel » est supprimé ;",
            "2° Le 1° est ainsi rédigé :",
            "« 1° La stratégie nationale de l'enseignement supérieur et de la recherche ; »",
        ]
    )
    said = "Au 1° de l'article L. 232-1 du {}, tel qu'il résulte du 2° du présent article, les mots : « et de la recherche » sont supprimés."
    assert alineas(apply(article, [("1", said.format("code de l'éducation"))]))[3] == "« 1° La stratégie nationale de l'enseignement supérieur ; »"
    with pytest.raises(AmendingError, match="does not amend article"):
        apply(article, [("2", said.format("code de la recherche"))])
    # the division naming the code article of its code
    named = article.replace("2° Le 1°", "2° Le 1° de l'article L. 232-1 du code de l'éducation").replace(
        "L'article L. 232-1 du code de l'éducation est ainsi modifié :", "Le code de l'éducation est ainsi modifié :"
    )
    with pytest.raises(AmendingError, match="does not amend article"):
        apply(named, [("3", said.format("code de la recherche"))])
    # a text proposed for the article of another code
    whole = "L'article L. 232-1 du code de l'éducation est ainsi rédigé :\n\n« Art. L. 232-1. – Le conseil siège. »"
    other = "Au texte proposé pour l'article L. 232-1 du code de la recherche, remplacer le mot : « siège » par le mot : « délibère »."
    with pytest.raises(AmendingError, match="of another code than the one named"):
        apply(whole, [("4", other)])

def test_second_as_it_results_from_a_division_is_not_read_where_the_count_is_not_given() -> None:
    # « Au second alinéa …, tel qu'il résulte du 2° », the 2° inserting alinéas after the first: « second » is
    # written where there are two, and the code article's count is not given (p70-053)
    article = "\n\n".join(
        [
            "L'article L. 822-1 du code de l'éducation est ainsi modifié :",
            "1° Le premier alinéa est complété par les mots : « et sociale » ;",
            "2° Après le premier alinéa, sont insérés deux alinéas ainsi rédigés :",
            "« Il contribue aussi à l'amélioration des conditions de vie.",
            "« Les élections ont lieu au scrutin de liste. » ;",
        ]
    )
    said = "Au {} alinéa de l'article L. 822-1 du code de l'éducation, tel qu'il résulte du 2° du présent article, le mot : « aussi » est supprimé."
    assert alineas(apply(article, [("1", said.format("deuxième"))]))[3] == "« Il contribue à l'amélioration des conditions de vie."
    with pytest.raises(AmendingError):
        apply(article, [("2", said.format("second"))])


SHUTTLE_ITEMS = "\n\n".join(
    [
        "L'article L. 123-2 du code de l'éducation est ainsi modifié :",
        "1° AA Avant le 1°, il est inséré un 1° A ainsi rédigé :",
        "« 1° A À la réussite des étudiants ; »",
        "1° A Au 1°, le mot : « dispensées » est supprimé ;",
        "1° Le 2° est ainsi rédigé :",
        "« 2° À la croissance et à la compétitivité ; »",
        "1° bis Au début du 3°, sont ajoutés les mots : « À la lutte, » ;",
        "1° ter A Le 3° est complété par une phrase ainsi rédigée :",
        "« Il contribue à la vie étudiante. » ;",
        "1° ter Après le même 3°, il est inséré un 3° bis ainsi rédigé :",
        "« 3° bis À une société inclusive ; »",
    ]
)

def test_marks_a_shuttle_puts_before_an_item_are_marks_of_their_own() -> None:
    # « 1° AA », « 1° A », « 1° ter A » (items put before the 1°, the 1° ter): marks of their own, not the
    # bare « 1° » or « 1° ter » (p70-029 to p70-031)
    plain = (
        "Au 2° de l'article L. 123-2 du code de l'éducation, tel qu'il résulte du 1° du présent article, le mot : "
        "« compétitivité » est supprimé."
    )
    assert "« 2° À la croissance et à la ; »" in alineas(apply(SHUTTLE_ITEMS, [("1", plain)]))
    doubled = (
        "Au 1° A de l'article L. 123-2 du code de l'éducation, tel qu'il résulte du 1° AA du présent article, après le mot : « réussite », "
        "sont insérés les mots : « académique »."
    )
    assert alineas(apply(SHUTTLE_ITEMS, [("2", doubled)]))[2] == "« 1° A À la réussite académique des étudiants ; »"
    adverb = (
        "Au 3° bis de l'article L. 123-2 du code de l'éducation, tel qu'il résulte du 1° ter du présent article, après le mot : « inclusive », "
        "sont insérés les mots : « et solidaire »."
    )
    assert alineas(apply(SHUTTLE_ITEMS, [("3", adverb)]))[-1] == "« 3° bis À une société inclusive et solidaire ; »"
    # the items follow in that order: « 1° A » after « 1° AA », « 1° » after « 1° A », « 1° ter A » after
    # « 1° bis », « 1° ter » after « 1° ter A »
    assert follows("1° A Au 1°", "1° AA Avant") and follows("1° Le 2°", "1° A Au 1°")
    assert follows("1° ter A Le 3°", "1° bis Au début") and follows("1° ter Après", "1° ter A Le 3°")
    assert not follows("1° AA Avant", "1° A Au 1°") and not follows("1° ter A Le 3°", "1° ter Après")

def test_a_later_parts_division_named_with_its_complement_is_not_sought_under_an_earlier_parts_alinea() -> None:
    # « II. – Au 2° du I, … » after « I. – À l'alinéa 3, … »: the I is the clause's own complement, the 2°
    # named whole (p70-072); a division named alone under the alinéa named before must still open there
    said = (
        "I. – À l'alinéa 3, après le mot : « informent », insérer les mots : « par écrit ».\n\n"
        "II. – Au 1° du I, remplacer le mot : « est » par le mot : « demeure »."
    )
    article = "\n\n".join(
        [
            "I. – L'article L. 337-7 du code de l'énergie est ainsi modifié :",
            "1° Le I est ainsi rédigé :",
            "« I. – Les fournisseurs informent leurs clients de la fin des tarifs. »",
            "II. – Le I entre en vigueur le 1er janvier 2020.",
        ]
    )
    got = alineas(apply(article, [("1", said)]))
    assert got[1] == "1° Le I demeure ainsi rédigé :"
    assert got[2] == "« I. – Les fournisseurs informent par écrit leurs clients de la fin des tarifs. »"
    with pytest.raises(AmendingError, match="is not in the alinéa named before it"):
        apply(article, [("2", "Alinéa 3\n\nSupprimer le 1°.")])

def test_a_division_named_without_those_around_it_is_in_those_its_marks_say() -> None:
    # « tel qu'il résulte du 1° », without « du II »: the article's only 1° is in its II, which names the code
    # article; the 1°'s quoted phrase is the one it rewrites (p70-043). Two 1° in the article: refused
    article = "\n\n".join(
        [
            "I. – L'article L. 715-1 du code de l'éducation est complété par une phrase ainsi rédigée :",
            "« Ce décret peut prévoir un conseil. »",
            "II. – L'article L. 715-2 du même code est ainsi modifié :",
            "1° La dernière phrase du troisième alinéa est ainsi rédigée :",
            "« Les compétences prévues aux articles L. 811-5 et L. 811-6 sont exercées par le conseil. » ;",
            "2° Le dernier alinéa est supprimé.",
        ]
    )
    said = (
        "À la dernière phrase du troisième alinéa de l'article L. 715-2 du code de l'éducation, tel qu'il résulte "
        "du 1° du présent article, la référence : « L. 811-5 et » est supprimée."
    )
    got = alineas(apply(article, [("1", said)]))
    assert got[4] == "« Les compétences prévues aux articles L. 811-6 sont exercées par le conseil. » ;"
    two = article.replace(
        "I. – L'article L. 715-1 du code de l'éducation est complété",
        "I. – L'article L. 715-1 du code de l'éducation est ainsi modifié :\n\n1° Il est complété",
    )
    with pytest.raises(AmendingError, match="several alinéa"):
        apply(two, [("2", said)])

def test_cet_alinea_after_a_division_named_in_the_same_sentence_is_its_only_alinea() -> None:
    # « Au III : / Compléter cet alinéa … », « Au III, compléter cet alinéa … » (p73-053): the III's only alinéa,
    # as after « I. – Au III, … II. – Compléter cet alinéa »; the II of several refused (p73-054)
    said = "Compléter cet alinéa par une phrase ainsi rédigée : « Il siège ici. »"
    for heading in ("Au III :\n\n", "Au III :\n", "<p>Au III :</p><p>", "Au III, "):
        text = heading + (said[0].lower() + said[1:] if heading.endswith(", ") else said)
        got = alineas(apply(JOINED_DIVISIONS, [("1", text)]))
        assert got[4] == "III. – Le préfet siège selon la loi. Il siège ici."
    with pytest.raises(AmendingError, match="division named before has 3 alinéas"):
        apply(JOINED_DIVISIONS, [("2", "Au IV :\n\n" + said)])

def test_a_complement_after_two_joined_divisions_is_both() -> None:
    # « Au 1° et au 2° du IV »: « du IV » said after the last is shared, as « Aux 1° et 2° du IV » (p73-008, p73-020)
    said = "Au 1° et au 2° du IV, le mot : « loi » est remplacé par le mot : « charte »."
    got = alineas(apply(JOINED_DIVISIONS, [("1", said)]))
    assert got[6:8] == ["1° Le juge vote selon la charte ;", "2° Le juge délibère selon la charte."]
    assert got[1] == "1° Le conseil vote selon la loi ;"
    # only divisions of one level, lower than the complement's: « Au III et au 2° du IV » is not the IV's III
    got = alineas(apply(JOINED_DIVISIONS, [("2", "Au III et au 2° du IV, le mot : « loi » est remplacé par le mot : « charte ».")]))
    assert got[4] == "III. – Le préfet siège selon la charte." and got[7] == "2° Le juge délibère selon la charte."

def test_places_said_one_after_the_other_with_commas_are_one_path() -> None:
    # « Au IV, au 2°, remplacer … »: the IV's 2° (p73-013, p73-032, p73-050); « Au I, au 2°, supprimer le b »
    # (p73-060) the I's 2°'s b; each a level lower than the one before. « Au 1°, au 2° » stays refused
    said = "Au IV, au 2°, remplacer le mot : « loi » par le mot : « charte »."
    got = alineas(apply(JOINED_DIVISIONS, [("1", said)]))
    assert got[7] == "2° Le juge délibère selon la charte." and got[2] == "2° Le conseil délibère selon la loi."
    with pytest.raises(AmendingError, match="two divisions in one place"):
        apply(JOINED_DIVISIONS, [("2", "Au 1°, au 2°, remplacer le mot : « loi » par le mot : « charte ».")])
    with pytest.raises(AmendingError, match="two divisions in one place"):
        apply(JOINED_DIVISIONS, [("3", "Au 2°, au IV, remplacer le mot : « loi » par le mot : « charte ».")])
    got = alineas(apply(TWO_LETTERED_RUNS.replace("1° L'", "I. – 1° L'"), [("4", "Au I, au 2°, supprimer le b.")]))
    assert got[6] == "b) (Supprimé)"

def test_a_list_of_subjects_ended_by_et_is_each_place() -> None:
    # « Le II, le III et le V sont supprimés » (p73-028): commas, then « et » before the last: each deleted
    got = alineas(apply(JOINED_DIVISIONS, [("1", "Le I, le II et le III sont supprimés.")]))
    assert got[:3] == ["I. – (Supprimé)", "II. – (Supprimé)", "III. – (Supprimé)"]
    got = alineas(apply(JOINED_DIVISIONS, [("2", "Le 1° du I, le II et le III sont supprimés.")]))
    assert got[1] == "1° (Supprimé)" and got[3:5] == ["II. – (Supprimé)", "III. – (Supprimé)"]

def test_the_same_division_of_each_of_several_is_each() -> None:
    # « Aux 2° des I et IV » (p73-038): the 2° of the I and the 2° of the IV
    said = "Aux 2° des I et IV, le mot : « loi » est remplacé par le mot : « charte »."
    got = alineas(apply(JOINED_DIVISIONS, [("1", said)]))
    assert got[2] == "2° Le conseil délibère selon la charte." and got[7] == "2° Le juge délibère selon la charte."
    assert got[1] == "1° Le conseil vote selon la loi ;"
    got = alineas(apply(JOINED_DIVISIONS, [("2", "Les 2° des I et IV sont supprimés.")]))
    assert got[2] == "2° (Supprimé)" and got[7] == "2° (Supprimé)"

def test_a_code_article_named_bare_is_of_the_code_the_alinea_above_states() -> None:
    # « 4° L'article L. 328-16 est ainsi rédigé : » under « Le chapitre VIII … du code de l'urbanisme … est ainsi
    # modifié : »: its code is the urbanisme's; an amendment naming it of another code is refused (p74-038, p74-041)
    article = "\n\n".join(
        [
            "Le chapitre VIII du titre II du livre III du code de l'urbanisme, dans sa rédaction résultant de "
            "l'ordonnance n° 2017-717, est ainsi modifié :",
            "1° L'article L. 328-16 est ainsi rédigé :",
            "« Art. L. 328-16. – L'avis est réputé favorable dans un délai de trois mois. »",
        ]
    )
    said = "À l'article L. 328-16 du code {}, tel qu'il résulte du 1°, remplacer les mots : « trois mois » par les mots : « deux mois »."
    got = alineas(apply(article, [("1", said.format("de l'urbanisme"))]))
    assert got[2] == "« Art. L. 328-16. – L'avis est réputé favorable dans un délai de deux mois. »"
    with pytest.raises(AmendingError, match="another code"):
        apply(article, [("2", said.format("de l'environnement"))])
    with pytest.raises(AmendingError, match="another code"):
        apply(article, [("3", said.format("de l'environnement").replace(", tel qu'il résulte du 1°", ""))])

def test_the_same_code_is_the_one_the_introduction_states() -> None:
    # « de l'article L. 351-17 du même code », no code named before in the amendment: the code the article's
    # introduction states alone (p74-051, p74-060); compared then as any code named
    article = "\n\n".join(
        [
            "L'article L. 351-17 du code de la sécurité sociale est ainsi modifié :",
            "1° Après le premier alinéa, il est inséré un alinéa ainsi rédigé :",
            "« La demande est formulée dans un délai de dix ans. » ;",
            "2° Le dernier alinéa est supprimé.",
        ]
    )
    said = (
        "Au deuxième alinéa de l'article L. 351-17 du même code, tel qu'il résulte du 1°, remplacer les mots : "
        "« dix ans » par les mots : « cinq ans »."
    )
    assert alineas(apply(article, [("1", said)]))[2] == "« La demande est formulée dans un délai de cinq ans. » ;"
    two = article.replace("du code de la sécurité sociale est", "du code de la sécurité sociale et du code rural est")
    with pytest.raises(AmendingError, match="do not name a place"):
        apply(two, [("2", said)])

def test_a_division_named_with_its_complement_under_the_amendments_own_heading_must_open_that_alinea() -> None:
    # « Alinéa 3 / Supprimer le 2° du I » where the I's 2° opens alinéa 4: heading and instruction contradict,
    # refused (p75-045); only a new part (« II. – ») names its division whole past an earlier part's alinéa
    article = "\n\n".join(
        [
            "I. – L'article L. 711-1 du code de l'éducation est ainsi modifié :",
            "1° Le cinquième alinéa est supprimé ;",
            "2° Le sixième alinéa est supprimé ;",
            "II. – L'article L. 711-4 du même code est ainsi modifié :",
            "1° Le premier alinéa est supprimé ;",
            "2° Le troisième alinéa est supprimé.",
        ]
    )
    with pytest.raises(AmendingError, match="is not in the alinéa named before it"):
        apply(article, [("1", "Alinéa 2\n\nSupprimer le 2° du I.")])
    assert alineas(apply(article, [("2", "Alinéa 3\n\nSupprimer le 2° du I.")]))[2] == "2° (Supprimé)"
    said = "I. – À l'alinéa 2, remplacer le mot : « cinquième » par le mot : « quatrième ».\n\nII. – Supprimer le 2° du I."
    got = alineas(apply(article, [("3", said)]))
    assert got[1] == "1° Le quatrième alinéa est supprimé ;" and got[2] == "2° (Supprimé)"

def test_a_shuttle_mark_after_an_adverb_is_named_whole_alone_or_in_a_run() -> None:
    # « Supprimer le 1° ter A », « Au 1° ter A, … » (p75-004, p75-005, p75-021): that item, not the 1° ter; its
    # number kept deleted, « 1° ter A » being no « 1° ter »; « les 1° AA et 1° A » a run of them (p75-012)
    got = alineas(apply(SHUTTLE_ITEMS, [("1", "Supprimer le 1° ter A.")]))
    assert got[7:9] == ["1° ter A (Supprimé)", "1° ter Après le même 3°, il est inséré un 3° bis ainsi rédigé :"]
    got = alineas(apply(SHUTTLE_ITEMS, [("2", "Au 1° ter A, remplacer le mot : « vie » par le mot : « réussite ».")]))
    assert got[8] == "« Il contribue à la réussite étudiante. » ;"
    got = alineas(apply(SHUTTLE_ITEMS, [("3", "Supprimer les 1° AA et 1° A.")]))
    assert got[1:3] == ["1° AA et 1° A (Supprimé)", "1° Le 2° est ainsi rédigé :"]

def test_places_listed_with_commas_then_et_each_of_one_level_are_each_a_place() -> None:
    # « Au II, au III et au V, les mots … »: divisions of one level listed, commas then « et » before the last:
    # each its own place, as the subjects « Le II, le III et le V » are (p76-073); commas alone stay refused
    # (p76-074); a lower level after a comma narrows, and a 3° after « et » then is not said to be the III's,
    # but where the III's is the one 3° holding the words (both readings agree, p65-009)
    article = "\n\n".join(
        [
            "I. - A du même code.", "II. - B du même code.", "III. - C du même code.", "1° H du même code ;",
            "2° J du même code ;", "3° K du même code.", "IV. - D du même code.", "V. - E du même code.",
        ]
    )
    said = "{}, les mots : « du même code » sont remplacés par les mots : « du code »."
    kept = alineas(apply(article, [("1", said.format("Au II, au IV et au V"))]))
    assert [k.endswith("du code.") for k in kept] == [False, True, False, False, False, False, True, True]
    kept = alineas(apply(article, [("1", said.format("Au 1°, au 2° et au 3° du III"))]))
    assert [k.endswith("du code ;") or k.endswith("K du code.") for k in kept[3:6]] == [True, True, True]
    with pytest.raises(AmendingError, match="two divisions in one place"):
        apply(article, [("1", said.format("Au II, au IV, au V"))])
    kept = alineas(apply(article, [("1", said.format("Au III, au 2° et au 3°"))]))
    assert [k.endswith("du code ;") or k.endswith("K du code.") for k in kept[3:6]] == [False, True, True]
    other = article.replace("IV. - D du même code.", "IV. - D du même code.\n\n3° L du même code.")
    with pytest.raises(AmendingError, match="is not said") as refused:
        apply(other, [("1", said.format("Au III, au 2° et au 3°"))])
    assert refused.value.code == "ambiguous"

def test_a_heading_opening_with_a_paragraphs_mark_and_a_comma_names_a_place_in_it() -> None:
    # « III, premier alinéa : »: the III's first alinéa, as « Au III, premier alinéa : » (p76-051); « III,
    # alinéa 1 : » (whose count?) is not read
    article = "\n\n".join(["I. - Le maire statue.", "II. - Le maire décide.", "III. - Le maire approuve.", "Le maire publie."])
    said = "{} :\n\nRemplacer le mot : « maire » par le mot : « préfet »."
    kept = alineas(apply(article, [("1", said.format("III, premier alinéa"))]))
    assert kept == ["I. - Le maire statue.", "II. - Le maire décide.", "III. - Le préfet approuve.", "Le maire publie."]
    assert alineas(apply(article, [("1", said.format("III, dernier alinéa"))]))[3] == "Le préfet publie."
    with pytest.raises(AmendingError, match="do not name a place"):
        apply(article, [("1", said.format("III, alinéa 1"))])


def _code_article(intro: str) -> str:
    return "\n\n".join(
        [
            intro,
            "1° L'article L. 214-2 est ainsi rédigé :",
            "« Art. L. 214-2. – La région coordonne les initiatives.",
            "« L'État transfère aux régions les crédits qu'il accordait à ces initiatives. » ;",
            "2° L'article L. 214-3 est abrogé.",
        ]
    )

def test_a_code_none_of_those_the_introduction_states_is_another() -> None:
    # an introduction stating two codes: the code article named bare is of one of them, which is not said; an
    # amendment naming a third is refused (p77-042), one naming either of them read
    article = _code_article("Le code de l'éducation et le code de la recherche sont ainsi modifiés :")
    said = (
        "Au deuxième alinéa de l'article L. 214-2 du code {}, tel qu'il résulte du 1°, substituer aux mots : "
        "« ces initiatives » les mots : « ces actions »."
    )
    with pytest.raises(AmendingError, match="another code"):
        apply(article, [("1", said.format("de l'environnement"))])
    for code in ("de l'éducation", "de la recherche"):
        got = alineas(apply(article, [("2", said.format(code))]))
        assert got[3] == "« L'État transfère aux régions les crédits qu'il accordait à ces actions. » ;"

def test_a_code_of_no_law_is_no_code() -> None:
    # codes are known by the names of the French codes of law: « du code de bonne conduite des établissements »
    # is none, so the introduction states one code (p77-045, p77-047)
    article = _code_article("Le code de l'éducation, au regard du code de bonne conduite des établissements, est ainsi modifié :")
    said = (
        "Au deuxième alinéa de l'article L. 214-2 du {}, tel qu'il résulte du 1°, substituer aux mots : "
        "« ces initiatives » les mots : « ces actions »."
    )
    with pytest.raises(AmendingError, match="another code"):
        apply(article, [("1", said.format("code de l'environnement"))])
    got = alineas(apply(article, [("2", said.format("même code"))]))
    assert got[3] == "« L'État transfère aux régions les crédits qu'il accordait à ces actions. » ;"

def test_the_same_code_is_the_one_the_amendment_named_last() -> None:
    # « du même code » in a part of the amendment's own is the code it named last before, outside the words it
    # quotes (p77-017, p77-050); compared then as any code named
    article = _code_article("Le code de l'éducation est ainsi modifié :")
    said = (
        "I. – Au premier alinéa de l'article L. 214-2 du code {}, tel qu'il résulte du 1°, substituer au mot : "
        "« coordonne » le mot : « organise ».\n\nII. – Au deuxième alinéa de l'article L. 214-2 du même code, tel "
        "qu'il résulte du 1°, substituer aux mots : « ces initiatives » les mots : « ces actions »."
    )
    got = alineas(apply(article, [("1", said.format("de l'éducation"))]))
    assert got[2] == "« Art. L. 214-2. – La région organise les initiatives."
    assert got[3] == "« L'État transfère aux régions les crédits qu'il accordait à ces actions. » ;"
    with pytest.raises(AmendingError, match="another code"):
        apply(article, [("2", said.format("de l'environnement"))])
    # a code named in the words quoted before: which one is meant is not sure, refused
    quoted = said.format("de l'éducation").replace("« coordonne » le mot : « organise »", "« coordonne » les mots : « selon le code du sport organise »")
    with pytest.raises(AmendingError, match="do not name a place"):
        apply(article, [("3", quoted)])

def test_a_listed_code_of_a_place_is_a_code_of_its_own() -> None:
    # a listed name followed by « applicable à … » or « de » + a place (« code du travail applicable à Mayotte »,
    # « code des douanes de Mayotte », « … de la province Sud ») is a local code, not the national one: read
    # as the same as none other (p80-004, p80-005, p80-019, p80-020, p80-094); named alike, the same
    said = (
        "Au deuxième alinéa de l'article L. 214-2 du {}, tel qu'il résulte du 1°, substituer aux mots : "
        "« ces initiatives » les mots : « ces actions »."
    )
    for local in ("code du travail applicable à Mayotte", "code des douanes de Mayotte",
                  "code de l'environnement de la province Sud", "code des communes de la Nouvelle-Calédonie"):
        national = " ".join(local.split()[:3])
        article = _code_article(f"Le chapitre VIII du {local}, dans sa rédaction résultant de l'ordonnance, est ainsi modifié :")
        with pytest.raises(AmendingError, match="another code"):
            apply(article, [("1", said.format(national))])
        got = alineas(apply(article, [("2", said.format(local))]))
        assert got[3] == "« L'État transfère aux régions les crédits qu'il accordait à ces actions. » ;"
        got = alineas(apply(article, [("3", said.format("même code"))]))  # the one code stated
        assert got[3] == "« L'État transfère aux régions les crédits qu'il accordait à ces actions. » ;"
        article = _code_article(f"Le chapitre VIII du {national}, dans sa rédaction résultant de l'ordonnance, est ainsi modifié :")
        with pytest.raises(AmendingError, match="another code"):
            apply(article, [("4", said.format(local))])
    # stated beside the national one: two codes, « du même code » is not said (p80-027)
    article = _code_article("Le chapitre VIII du code du travail applicable à Mayotte, au regard du code du travail, est ainsi modifié :")
    with pytest.raises(AmendingError):
        apply(article, [("5", said.format("même code"))])
    # a former name, the start of a listed one, stays read as it (p80-015)
    article = _code_article("Le code de la construction et de l'habitation est ainsi modifié :")
    got = alineas(apply(article, [("6", said.format("code de la construction"))]))
    assert got[3] == "« L'État transfère aux régions les crédits qu'il accordait à ces actions. » ;"

def test_words_named_in_two_items_joined_by_aux_are_edited_in_each() -> None:
    # « Aux 1° et 2° du I »: each item, as « Au 1° et au 2° du I » (p81-053); X once in each, twice in the run
    article = "I. – Il est ainsi :\n\n1° Le seuil est de 331 kilowattheures ;\n\n2° Le plafond est de 331 kilowattheures.\n\nII. – Fin."
    said = "Aux 1° et 2° du I, remplacer les mots : « 331 kilowattheures » par les mots : « 330 kilowattheures »"
    assert apply(article, [("1", said)]) == article.replace("331", "330")

def test_an_item_of_a_quotation_opening_with_its_introduction() -> None:
    # « Au 3° de l'article L. 328-3, tel qu'il résulte du b du 2° »: the b quotes « Cette gestion comprend : »
    # then the 1° to 3° it introduces; the 3° is the one item so marked there (p77-023)
    article = (
        "Le chapitre VIII du code de l'urbanisme est ainsi modifié :\n\n1° L'article L. 328-2 est abrogé ;"
        "\n\n2° L'article L. 328-3 est ainsi modifié :\n\na) Le premier alinéa est supprimé ;"
        "\n\nb) Le deuxième alinéa est remplacé par quatre alinéas ainsi rédigés :\n\n« Cette gestion comprend :"
        "\n\n« 1° L'exploitation des ouvrages ;\n\n« 2° L'animation du site ;"
        "\n\n« 3° La préservation de la sécurité des personnes et des biens. » ;\n\n3° L'article L. 328-4 est abrogé."
    )
    said = "Au 3° de l'article L. 328-3, tel qu'il résulte du b du 2°, substituer aux mots : « des personnes et des biens » les mots : « des personnes »."
    assert alineas(apply(article, [("1", said)]))[8] == "« 3° La préservation de la sécurité des personnes. » ;"
    # the opening alinéa introducing nothing (no « : »): whose items they are is not said
    plain = article.replace("« Cette gestion comprend :", "« Cette gestion est confiée à l'établissement.")
    with pytest.raises(AmendingError, match="does not open with"):
        apply(plain, [("2", said)])
    # a division above the items in the quotation (« II. – ») after them: the 3° may be the II's
    upper = article.replace("« 3° La préservation", "« II. – Il veille :\n\n« 3° La préservation")
    with pytest.raises(AmendingError, match="does not open with"):
        apply(upper, [("3", said)])

def test_the_same_code_the_article_alone_states_under_a_marked_first_alinea() -> None:
    # « de l'article L. 446-1 A du même code », nothing named before in the amendment, the article's first
    # alinéa « I. – Le code de l'énergie est ainsi modifié : » (marked: no introduction) and no other code
    # said by its own alinéas: that code (p77-056); a code article numbered with a capital (« L. 446-1 A »)
    article = (
        "I. – Le code de l'énergie est ainsi modifié :\n\n1° L'article L. 314-1 est abrogé ;"
        "\n\n2° L'article L. 446-1 A est ainsi rédigé :\n\n« Art. L. 446-1 A. – Les dispositifs intègrent une bonification. »"
        "\n\nII. – Le I entre en vigueur dans un délai de dix-huit mois."
    )
    said = "À l'article L. 446-1 A du même code, tel qu'il résulte du 2° du I, substituer au mot : « bonification » le mot : « majoration »."
    assert alineas(apply(article, [("1", said)]))[3] == "« Art. L. 446-1 A. – Les dispositifs intègrent une majoration. »"
    # another code said by the article's own alinéas (the II): which one is « même » is not said
    other = article.replace("dans un délai de dix-huit mois.", "dans les conditions du code de l'environnement.")
    with pytest.raises(AmendingError, match="do not name a place"):
        apply(other, [("2", said)])

def test_comparative_placeholders_after_a_division_announcing_its_text() -> None:
    # « 2° … est ajoutée une section 1 A ainsi rédigée : », two « (Alinéa sans modification) » (the section's
    # heading and title), then « « Art. L. 446-1 A. – … »: the text announced starts right after the 2°, so
    # the lines are its (p77-054)
    article = (
        "I. – Le code de l'énergie est ainsi modifié :\n\n1° L'article L. 314-1 est abrogé ;"
        "\n\n2° Au début du chapitre VI, est ajoutée une section 1 A ainsi rédigée :"
        "\n\n(Alinéa sans modification)\n\n(Alinéa sans modification)"
        "\n\n« Art. L. 446-1 A. – Les dispositifs intègrent une bonification. »"
        "\n\nII (nouveau). – Le I entre en vigueur dans un délai de dix-huit mois."
    )
    said = "À l'article L. 446-1 A du code de l'énergie, tel qu'il résulte du 2° du I, substituer au mot : « bonification » le mot : « majoration »."
    assert alineas(apply(article, [("1", said)]))[5] == "« Art. L. 446-1 A. – Les dispositifs intègrent une majoration. »"
    # the 2° announcing nothing (« 2° (Alinéa sans modification) »): whose the lines are is not said
    bare = article.replace("2° Au début du chapitre VI, est ajoutée une section 1 A ainsi rédigée :", "2° (Alinéa sans modification)")
    with pytest.raises(AmendingError, match="belongs to the division"):
        apply(bare, [("2", said)])

def test_a_phrase_rewritten_by_an_item_of_the_division_naming_its_alinea() -> None:
    # « 2° Le deuxième alinéa est ainsi modifié : » then « a) La première phrase est ainsi rédigée : »: « À la
    # première phrase du deuxième alinéa de l'article L. 123-5, tel qu'il résulte du a du 2° » is the a)'s one
    # quoted phrase, the rank split across two levels (p70-045)
    article = (
        "L'article L. 123-5 du code de l'éducation est ainsi modifié :\n\n1° Le premier alinéa est supprimé ;"
        "\n\n2° Le deuxième alinéa est ainsi modifié :\n\na) La première phrase est ainsi rédigée :"
        "\n\n« Il assure la liaison entre les activités d'enseignement et d'innovation. » ;"
        "\n\nb) La dernière phrase est supprimée ;\n\n3° Le dernier alinéa est supprimé."
    )
    said = "À la première phrase du deuxième alinéa de l'article L. 123-5 du code de l'éducation, tel qu'il résulte du a du 2°, substituer aux mots : « et d'innovation » les mots : « , d'innovation et de culture »."
    got = alineas(apply(article, [("1", said)]))
    assert got[4] == "« Il assure la liaison entre les activités d'enseignement, d'innovation et de culture. » ;"
    # another phrase, or another alinéa, than the a) and the 2° name: not said
    for wrong in ("À la dernière phrase du deuxième alinéa", "À la première phrase du troisième alinéa"):
        with pytest.raises(AmendingError, match="does not put the alinéa named"):
            apply(article, [("2", said.replace("À la première phrase du deuxième alinéa", wrong))])

def test_the_second_words_of_an_instruction_in_the_text_a_division_results_in() -> None:
    # « Au dernier alinéa de l'article L. 715-2 …, tel qu'il résulte du 2° du II, les mots : « X » et « Y » sont
    # supprimés »: both words in that text, the second as the first (p70-044)
    article = (
        "I. – L'article L. 715-1 du code de l'éducation est abrogé.\n\nII. – L'article L. 715-2 du même code est ainsi modifié :"
        "\n\n1° Le premier alinéa est supprimé ;\n\n2° Le dernier alinéa est ainsi rédigé :"
        "\n\n« Les avis consultatifs et décisionnels sont réunis. »"
    )
    said = "Au dernier alinéa de l'article L. 715-2 du code de l'éducation, tel qu'il résulte du 2° du II, les mots : « consultatifs » et « et décisionnels » sont supprimés."
    assert alineas(apply(article, [("1", said)]))[4] == "« Les avis sont réunis. »"

def test_the_code_precite_dudit_code_are_the_same_code() -> None:
    # « du code précité », « dudit code », « du code susmentionné », « du code susvisé » are « du même code » in
    # other words (p80-093): the one code the introduction states; stating two, not said (refused); a code
    # named « code précité » is never taken for one of its own
    article = "\n\n".join(
        [
            "L'article L. 351-17 du code de la sécurité sociale est ainsi modifié :",
            "1° Après le premier alinéa, il est inséré un alinéa ainsi rédigé :",
            "« La demande est formulée dans un délai de dix ans. » ;",
            "2° Le dernier alinéa est supprimé.",
        ]
    )
    said = (
        "Au deuxième alinéa de l'article L. 351-17 {}, tel qu'il résulte du 1°, remplacer les mots : "
        "« dix ans » par les mots : « cinq ans »."
    )
    for same in ("du code précité", "dudit code", "du code susmentionné", "du code susvisé"):
        got = alineas(apply(article, [("1", said.format(same))]))
        assert got[2] == "« La demande est formulée dans un délai de cinq ans. » ;"
    two = article.replace("du code de la sécurité sociale est", "du code de la sécurité sociale et du code rural est")
    for same in ("du code précité", "dudit code"):
        with pytest.raises(AmendingError):
            apply(two, [("2", said.format(same))])

def test_words_named_in_items_apart_joined_by_et_are_edited_in_each() -> None:
    # « Aux a) et c) du 2° »: two letters, the b) between them untouched (p83-028): the words edited in each
    # when each holds them exactly once; twice in one, or missing from one, refused; and « Supprimer les a) et
    # c) » (divisions, not words) stays refused (p28-014, p28-025, p28-079: the run may have been meant)
    article = "\n\n".join(
        [
            "L'article L. 1 est ainsi modifié :",
            "1° Le premier alinéa est supprimé ;",
            "2° Le deuxième alinéa est ainsi modifié :",
            "a) La deuxième phrase est supprimée ;",
            "b) La troisième phrase est supprimée ;",
            "c) La quatrième phrase est supprimée.",
        ]
    )
    said = "Aux a) et c) du 2°, remplacer le mot : « phrase » par le mot : « partie »"
    got = alineas(apply(article, [("1", said)]))
    assert got[3:] == ["a) La deuxième partie est supprimée ;", "b) La troisième phrase est supprimée ;", "c) La quatrième partie est supprimée."]
    twice = article.replace("c) La quatrième phrase", "c) La phrase de la quatrième phrase")
    with pytest.raises(AmendingError, match="occurs 2 times in the « c\\) » it names"):  # the real trouble (p149-065)
        apply(twice, [("2", said)])
    with pytest.raises(AmendingError, match="not a run"):
        apply(article, [("3", said.replace("« phrase » par le mot : « partie »", "« deuxième » par le mot : « seconde »"))])
    with pytest.raises(AmendingError, match="not a run"):
        apply(article, [("4", "Supprimer les a) et c) du 2°.")])


ENERGY = "\n\n".join(
    [
        "I. – Le chapitre IV du titre Ier du livre III du code de l'énergie est complété par un article ainsi rédigé :",
        "« Art. L. 314-30. – L'autorité désigne les candidats retenus.",
        "« Elle peut ne pas donner suite. »",
        "II. – Le présent article entre en vigueur en 2030.",
    ]
)

def test_a_listed_code_name_the_words_go_on_past_is_another_code() -> None:
    # « du code de l'énergie et du climat »: no such code; the words after the listed name go on with a name,
    # so it is not the « code de l'énergie » (p85-032): refused, not read of the shorter name
    said = "À l'article L. 314-30 du code de l'énergie{}, après le mot : « retenus », sont insérés les mots : « par arrêté »."
    assert alineas(apply(ENERGY, [("1", said.format(""))]))[1] == "« Art. L. 314-30. – L'autorité désigne les candidats retenus par arrêté."
    for more in (" et du climat", " de la mer", " et des mines", " ou de l'industrie"):
        with pytest.raises(AmendingError, match="another code"):
            apply(ENERGY, [("2", said.format(more))])
    # the alinéa of the article's own introducing the text states its code: another one named is refused
    with pytest.raises(AmendingError, match="another code"):
        apply(ENERGY, [("3", said.format("").replace("de l'énergie", "de l'environnement"))])
    # words ending the name: a stop, a verb, « tel qu'il résulte », another reference joined by « et »
    from drafting.domain.amending.codes import code_named, goes_on, known

    for text in (
        "de l'article L. 314-30 du code de l'énergie, tel qu'il résulte",
        "de l'article L. 314-30 du code de l'énergie est ainsi modifié",
        "de l'article L. 314-30 du code de l'énergie et de l'article L. 2 du code de l'environnement",
        "de l'article L. 314-30 du code de l'énergie et à l'article L. 2 du code de l'environnement",
        "de l'article L. 314-30 du code de l'énergie et du code de l'environnement",
        "de l'article L. 314-30 du code de l'énergie et du I de l'article L. 2",
        "de l'article L. 314-30 du code de l'énergie et du premier alinéa de l'article L. 2",
        "de l'article L. 314-30 du code de l'énergie dans sa rédaction",
    ):
        assert code_named(text, "l314-30", whole=True) == ["code", "de", "l'", "énergie"], text
    # a listed name the start of another listed one: the longer, whole (« code rural et de la pêche maritime »)
    rural = "code rural et de la pêche maritime, après"
    assert known(rural) == ("code", "rural", "et", "de", "la", "pêche", "maritime")
    assert not goes_on(rural, known(rural))  # type: ignore[arg-type]
    assert goes_on("code rural et de la pêche", ("code", "rural"))
    # the article's own words are not the amendment's: « du code de la sécurité sociale et du fonds mentionné »
    # there names that code and a fund
    assert code_named("à l'article L. 1 du code de la sécurité sociale et du fonds mentionné", "l1") == ["code", "de", "la", "sécurité", "sociale"]

def test_same_code_after_a_code_name_the_words_go_on_past_is_not_read() -> None:
    # « I. – … du code de l'énergie et du climat … II. – … du même code »: the code named last is none listed,
    # so « du même code » is not written out as the « code de l'énergie »
    from drafting.domain.amending.codes import same_code

    said = (
        "I. – À l'article L. 314-29 du code de l'énergie{}, supprimer le mot : « retenus ».\n\n"
        "II. – Au 2° de l'article L. 314-30 du même code, supprimer le mot : « candidats »."
    )
    assert "de l'article L. 314-30 du code de l'énergie," in same_code(said.format(""), "")
    assert "du même code" in same_code(said.format(" et du climat"), "")
    assert "du même code" not in same_code(said.format(" et du code de l'environnement"), "")


PROPOSED_DIVIDED = "\n\n".join(
    [
        "Le chapitre Ier du livre IV du code de l'éducation est ainsi rédigé :",
        "« Art. L. 441-1. – I. – Toute personne peut ouvrir un établissement.",
        "« II. – L'autorité peut s'opposer :",
        "« 1° Dans l'intérêt de l'ordre public ;",
        "« 2° Si la personne est inapte.",
        "« III. – Le maire est informé.",
        "« Art. L. 441-2. – I. – La déclaration est faite.",
        "« II. – Le préfet est informé. »",
    ]
)

def test_a_division_of_the_same_text_or_the_same_article_named_in_an_earlier_part() -> None:
    # « II. – En conséquence, après le 1° du II du même texte, insérer un 1° bis … » after « I. – Au premier
    # alinéa du I du texte proposé pour l'article L. 441-1 … »: that text (p87-023); « du même article » after
    # the code article named so (p87-073)
    first = "I. – Au premier alinéa du I {} du code de l'éducation, remplacer le mot : « Toute » par le mot : « Une ».\n\n"
    texte = first.format("du texte proposé pour l'article L. 441-1") + "II. – Au 2° du II du même texte, remplacer le mot : « inapte » par le mot : « condamnée »."
    article = first.format("de l'article L. 441-1") + "II. – Au 2° du II du même article, remplacer le mot : « inapte » par le mot : « condamnée »."
    for said in (texte, article, article.replace("du même article", "dudit article")):
        got = alineas(apply(PROPOSED_DIVIDED, [("1", said)]))
        assert got[1] == "« Art. L. 441-1. – I. – Une personne peut ouvrir un établissement."
        assert got[4] == "« 2° Si la personne est condamnée.", said
    # the other article's II is not meant: « du même article » after L. 441-2 names its II
    other = article.replace("du I de l'article L. 441-1", "du I de l'article L. 441-2").replace("« Toute » par le mot : « Une »", "« La » par le mot : « Une »")
    with pytest.raises(AmendingError):
        apply(PROPOSED_DIVIDED, [("2", other)])
    # no code article named before (« Alinéa 2 » counts this article's): which article is meant is not said
    bare = "I. – Alinéa 2, remplacer le mot : « Toute » par le mot : « Une ».\n\nII. – Au 2° du II du même article, remplacer le mot : « inapte » par le mot : « condamnée »."
    with pytest.raises(AmendingError, match="no code article was named before"):
        apply(PROPOSED_DIVIDED, [("3", bare)])
    # « du même article L. 441-2 » names one: not the one before (words left unread, refused)
    named = article.replace("du même article,", "du même article L. 441-2,")
    with pytest.raises(AmendingError):
        apply(PROPOSED_DIVIDED, [("4", named)])


LPF = "\n\n".join(
    [
        "L'article L. 135 D du livre des procédures fiscales est ainsi modifié :",
        "1° À la première phrase du II, les mots : « soit pour des besoins de recherche, soit » sont supprimés ;",
        "2° Il est complété par un III ainsi rédigé :",
        "« III. – L'accès des tiers aux informations peut être autorisé.",
        "« L'accès aux informations s'effectue dans des conditions sécurisées. »",
    ]
)

def test_the_livre_des_procedures_fiscales_is_named_as_a_code() -> None:
    # « l'article L. 135 D du livre des procédures fiscales »: a code in all but name (p88-066 to p88-069)
    said = "Au dernier alinéa du III de l'article L. 135 D {}, tel qu'il résulte du 2°, remplacer le mot : « sécurisées » par le mot : « sûres »."
    got = alineas(apply(LPF, [("1", said.format("du livre des procédures fiscales"))]))
    assert got[4] == "« L'accès aux informations s'effectue dans des conditions sûres. »"
    # another code named (the same article's number in the code général des impôts): refused
    with pytest.raises(AmendingError):
        apply(LPF, [("2", said.format("du code général des impôts"))])
    # « du même code » with the introduction naming the livre alone: that one
    same = "Au dernier alinéa du III de l'article L. 135 D du même code, tel qu'il résulte du 2°, remplacer le mot : « sécurisées » par le mot : « sûres »."
    assert alineas(apply(LPF, [("3", same)]))[4] == got[4]


ITEMS_II = "\n\n".join(
    [
        "I. – Le maire décide dans un délai de cinq jours.",
        "II. – Le conseil se réunit au plus tôt cinq jours et au plus tard dix jours après.",
        "III. – Le préfet voit dans les dix jours.",
    ]
)

def test_the_same_division_the_item_before_named() -> None:
    # « 1° Au II, … ; 2° Au même II, … »: the II the instruction before named (p88-012)
    said = "1° Au II, remplacer les mots : « cinq jours » par les mots : « trois jours » ;\n\n2° Au même II, remplacer les mots : « dix jours » par les mots : « quinze jours »."
    got = alineas(apply(ITEMS_II, [("1", said)]))
    assert got[1] == "II. – Le conseil se réunit au plus tôt trois jours et au plus tard quinze jours après."
    assert got[2] == "III. – Le préfet voit dans les dix jours."
    # « au même II » after « au 1° du II »: that II; a division of it, « au premier alinéa du même II »
    first = "1° Au II, remplacer les mots : « cinq jours » par les mots : « trois jours » ;\n\n2° Au premier alinéa du même II, remplacer les mots : « dix jours » par les mots : « quinze jours »."
    assert alineas(apply(ITEMS_II, [("2", first)]))[1] == got[1]
    # no II named before (the I): refused, not this article's II guessed
    other = said.replace("1° Au II,", "1° Au I,")
    with pytest.raises(AmendingError, match="no II was named before"):
        apply(ITEMS_II, [("3", other)])
    # nothing named before at all
    with pytest.raises(AmendingError, match="no II was named before"):
        apply(ITEMS_II, [("4", "Au même II, remplacer les mots : « dix jours » par les mots : « quinze jours ».")])
    # a code article's II named before: that article's II, not this one's
    code = "1° Au II de l'article L. 1, remplacer les mots : « cinq jours » par les mots : « trois jours » ;\n\n2° Au même II, remplacer les mots : « dix jours » par les mots : « quinze jours »."
    with pytest.raises(AmendingError):
        apply(ITEMS_II, [("5", code)])


RESULTING_PHRASE = "\n\n".join(
    [
        "I. – L'article L. 715-1 du code de l'éducation est complété par une phrase ainsi rédigée :",
        "« Ce décret peut prévoir un conseil académique. »",
        "II. – L'article L. 715-2 du même code est ainsi modifié :",
        "1° La dernière phrase du troisième alinéa est ainsi rédigée :",
        "« Lorsqu'un conseil compétent en matière disciplinaire n'a pas été créé, le conseil d'administration l'exerce. » ;",
        "2° Le dernier alinéa est ainsi rédigé :",
        "« Le conseil scientifique est consulté. »",
    ]
)

def test_a_code_article_as_it_results_from_a_division_no_alinea_named() -> None:
    # « À l'article L. 715-2 du code précité, tel qu'il résulte du 1° du II, remplacer les mots : … »: the words
    # of the text the 1° puts (p88-062)
    said = "À l'article L. 715-2 du code précité, tel qu'il résulte du {}, remplacer les mots : « en matière disciplinaire » par les mots : « en matière de discipline »."
    got = alineas(apply(RESULTING_PHRASE, [("1", said.format("1° du II"))]))
    assert got[4] == "« Lorsqu'un conseil compétent en matière de discipline n'a pas été créé, le conseil d'administration l'exerce. » ;"
    # the words not in the text the division puts (the 2°'s): refused, not sought in the other
    with pytest.raises(AmendingError):
        apply(RESULTING_PHRASE, [("2", said.format("2° du II"))])
    # its end, or the article rewritten, are not that text's: refused
    end = "Compléter l'article L. 715-2 du code de l'éducation, tel qu'il résulte du 1° du II, par les mots : « et le recteur »."
    with pytest.raises(AmendingError):
        apply(RESULTING_PHRASE, [("3", end)])
    # the division naming another code article: refused
    with pytest.raises(AmendingError):
        apply(RESULTING_PHRASE, [("4", said.format("1° du II").replace("L. 715-2", "L. 715-3"))])


PUT_BY_ITEM = "\n\n".join(
    [
        "L'article L. 719-1 du code de l'éducation est ainsi modifié :",
        "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Les membres siègent. » ;",
        "2° Après le deuxième alinéa, il est inséré un alinéa ainsi rédigé :",
        "« Chaque liste est composée alternativement. » ;",
        "3° Après le troisième alinéa, sont insérés deux alinéas ainsi rédigés :",
        "« L'élection s'effectue au scrutin de liste.",
        "« Une déclaration de candidature est obligatoire. » ;",
        "4° Le dernier alinéa est supprimé.",
    ]
)

def test_the_text_proposed_by_an_item_to_be_inserted() -> None:
    # « Au premier alinéa du texte proposé par le 3° pour être inséré après le troisième alinéa de l'article
    # L. 719-1 … »: the alinéas of the one text the 3° puts (p88-080)
    said = "Au {} alinéa du texte proposé par le 3° pour être inséré après le troisième alinéa de l'article L. 719-1 du code de l'éducation, remplacer le mot : « {} » par le mot : « {} »."
    got = alineas(apply(PUT_BY_ITEM, [("1", said.format("premier", "effectue", "tient"))]))
    assert got[5] == "« L'élection se tient au scrutin de liste."
    got = alineas(apply(PUT_BY_ITEM, [("2", said.format("second", "obligatoire", "requise"))]))
    assert got[6] == "« Une déclaration de candidature est requise. » ;"
    # no third alinéa in that text
    with pytest.raises(AmendingError, match="has no alinéa 3"):
        apply(PUT_BY_ITEM, [("3", said.format("troisième", "obligatoire", "requise"))])
    # the 4° puts no text: refused
    with pytest.raises(AmendingError):
        apply(PUT_BY_ITEM, [("4", said.format("premier", "effectue", "tient").replace("par le 3°", "par le 4°"))])
    # the 3° said of another code article: refused
    with pytest.raises(AmendingError):
        apply(PUT_BY_ITEM, [("5", said.format("premier", "effectue", "tient").replace("L. 719-1", "L. 719-2"))])
    # the text rewritten whole: what the 3° announces is not said to change (refused)
    whole = "Rédiger ainsi le texte proposé par le 3° pour être inséré après le troisième alinéa de l'article L. 719-1 du code de l'éducation : « Le vote est secret. »"
    with pytest.raises(AmendingError):
        apply(PUT_BY_ITEM, [("6", whole)])

def test_a_label_coordinating_with_another_article_is_no_place() -> None:
    # « Amendement de coordination avec l'article 1er. » above the instructions: still only a label (p85-055)
    article = "Les biens visés au chapitre II sont transférés.\n\nLe préfet statue."
    said = "{}\n\nAlinéa 1\n\nRemplacer le mot :\n\n« visés »\n\npar le mot :\n\n« mentionnés »"
    labels = (
        "Amendement de coordination avec l'article 1er.",
        "Amendement de coordination avec l’article 3 du projet de loi.",
        "Amendement de cohérence avec les articles 2 et 4.",
        "Amendement de conséquence avec l'amendement n° 12.",
    )
    for label in labels:
        assert apply(article, [("1", said.format(label))]).startswith("Les biens mentionnés au chapitre II"), label
    # an instruction in it, or other words after the kind: not a label
    for line in ("Amendement de coordination avec l'article 1er : supprimer l'alinéa 2.", "Amendement de coordination du texte."):
        with pytest.raises(AmendingError):
            apply(article, [("2", said.format(line))])

def test_a_division_named_bare_after_its_sibling_read_where_it_alone_holds_the_words() -> None:
    # « Au 1° du II et au 2°, les mots : X sont remplacés … »: the bare 2° is the II's (the sibling's division)
    # when that 2° is the one 2° of the article holding X (p65-009, p65-013); X in both 2°, only in the I's,
    # or an edit naming no words, stays refused (`ambiguous`)
    article = (
        "I. – Le code est ainsi modifié :\n\n1° Le maire statue ;\n\n2° Le maire signe.\n\n"
        "II. – La loi est ainsi modifiée :\n\n1° Le conseil délibère ;\n\n2° Le conseil publie."
    )
    said = "Au 1° du {} et au 2°, les mots : « {} » sont remplacés par les mots : « le comité »."
    out = alineas(apply(article, [("1", said.format("II", "Le conseil"))]))
    assert out[1:3] == ["1° Le maire statue ;", "2° Le maire signe."]
    assert out[4:] == ["1° Le comité délibère ;", "2° Le comité publie."]
    out = alineas(apply(article, [("2", said.format("I", "Le maire"))]))
    assert out[1:3] == ["1° Le comité statue ;", "2° Le comité signe."]
    both = article.replace("2° Le maire signe.", "2° Le conseil signe.")
    other = article.replace("2° Le conseil publie.", "2° Le maire publie.").replace("2° Le maire signe.", "2° Le conseil signe.")
    for text, refused in (
        (both, said.format("II", "Le conseil")),  # both 2° hold the words
        (other, said.format("II", "Le conseil")),  # only the I's 2° holds them
        (article, "Supprimer le 1° du II et le 2°."),  # no words named
    ):
        with pytest.raises(AmendingError, match="named bare"):
            apply(text, [("3", refused)])


# Two code articles quoted whole, the code stated by the alinéa introducing them
_TWO_CODE_ARTICLES = (
    "I. – La section 5 du chapitre IV du code de l’énergie est ainsi rédigée :\n\n"
    "« Art. L. 314‑29. – Le préfet désigne les candidats.\n\n"
    "« Les modalités sont fixées par décret en Conseil d’État.\n\n"
    "« Art. L. 314‑31. – Les candidats retenus signent un contrat.\n\n"
    "« Ses modalités sont fixées par décret en Conseil d’État. »"
)
_REPLACED = "les mots : « décret en Conseil d'État » sont remplacés par le mot : « décret »."

def test_du_meme_code_after_a_code_named_earlier_in_the_same_place() -> None:
    # « Au second alinéa de l'article L. 314-29 du code de l'énergie et au second alinéa de l'article L. 314-31 du
    # même code »: « du même code » is the code named last before it in that place, each place edited (p90-006)
    said = (
        "Au second alinéa de l'article L. 314-29 du code de l'énergie et au second alinéa de l'article L. 314-31 "
        "du même code, " + _REPLACED
    )
    out = alineas(apply(_TWO_CODE_ARTICLES, [("1", said)]))
    assert out[2] == "« Les modalités sont fixées par décret."
    assert out[4] == "« Ses modalités sont fixées par décret. »"
    # the code named last is another one: the code article quoted here is not of it
    other = said.replace("du code de l'énergie et", "du code de l'énergie et au premier alinéa de l'article L. 1 du code de l'environnement et")
    with pytest.raises(AmendingError):
        apply(_TWO_CODE_ARTICLES, [("2", other)])
    # the last « code » said no listed one (« du code de bonne conduite »): unread
    with pytest.raises(AmendingError):
        apply(_TWO_CODE_ARTICLES, [("3", said.replace("du code de l'énergie", "du code de bonne conduite"))])

def test_a_place_naming_another_reference_after_the_code_article_is_refused() -> None:
    # « Au second alinéa de l'article L. 314-29 du code de l'énergie et de l'article L. 2 du code de
    # l'environnement »: a second place joined after the code's name, never left unread (p90-007)
    for joined in (
        "et de l'article L. 2 du code de l'environnement",
        "ou du I de l'article L. 3 du même code",
        "ainsi que de l'article L. 314-31 du même code",
    ):
        said = f"Au second alinéa de l'article L. 314-29 du code de l'énergie {joined}, {_REPLACED}"
        with pytest.raises(AmendingError, match="joins another place to the code article"):
            apply(_TWO_CODE_ARTICLES, [("1", said)])
    # a code's name holding « et de … » is read as before
    article = _TWO_CODE_ARTICLES.replace("code de l’énergie", "code de la construction et de l’habitation")
    said = f"Au second alinéa de l'article L. 314-29 du code de la construction et de l'habitation, {_REPLACED}"
    assert alineas(apply(article, [("2", said)]))[2] == "« Les modalités sont fixées par décret."

def test_a_listed_name_going_on_short_of_the_longer_one_is_another_code() -> None:
    # « du code rural et de la pêche » (« maritime » not said): « code rural » and words that are not the whole
    # « code rural et de la pêche maritime » make a code no listed name bears (p90-021)
    article = _TWO_CODE_ARTICLES.replace("code de l’énergie", "code rural et de la pêche maritime")
    said = "Au second alinéa de l'article L. 314-29 du code rural{}, " + _REPLACED
    with pytest.raises(AmendingError, match="another code"):
        apply(article, [("1", said.format(" et de la pêche"))])
    for name in (" et de la pêche maritime", ""):  # the whole name, and the former one, « code rural »
        assert alineas(apply(article, [("2", said.format(name))]))[2] == "« Les modalités sont fixées par décret.", name

def test_du_meme_article_in_a_place_joined_after_a_code_article() -> None:
    # « Au premier alinéa de l'article L. 314-29 du code … et au dernier alinéa du même article »: the code
    # article the place joined before names, earlier in the same sentence (p90-018), a comma before « et » too
    for comma in ("", ","):
        said = (
            f"Au premier alinéa de l'article L. 314-29 du code de l'énergie{comma} et au dernier alinéa du même article, "
            "les mots : « Le préfet désigne » sont remplacés par les mots : « Le ministre désigne »."
        )
        article = _TWO_CODE_ARTICLES.replace("Les modalités sont fixées", "Le préfet désigne les modalités fixées")
        out = alineas(apply(article, [("1", said)]))
        assert out[1] == "« Art. L. 314‑29. – Le ministre désigne les candidats."
        assert out[2] == "« Le ministre désigne les modalités fixées par décret en Conseil d’État."
    # no code article named before it in the sentence: still refused
    with pytest.raises(AmendingError, match="no code article was named before"):
        apply(_TWO_CODE_ARTICLES, [("2", "Au premier alinéa et au dernier alinéa du même article, " + _REPLACED)])

def test_le_meme_article_after_a_code_article_named_whole() -> None:
    # « I. – À l'article L. 314-31 du code …, … II. – Au second alinéa du même texte (article), … »: the code
    # article named whole in the part before (p90-014)
    said = (
        "I. – À l'article L. 314-31 du code de l'énergie, les mots : « candidats retenus » sont remplacés par "
        "le mot : « lauréats ».\n\nII. – Au second alinéa du même {}, " + _REPLACED
    )
    for noun in ("texte", "article"):
        out = alineas(apply(_TWO_CODE_ARTICLES, [("1", said.format(noun))]))
        assert out[3] == "« Art. L. 314‑31. – Les lauréats signent un contrat."
        assert out[4] == "« Ses modalités sont fixées par décret. »"
    # this article named whole before (« À l'alinéa 3 » names alinéas; nothing whole): still refused
    with pytest.raises(AmendingError, match="no code article was named before"):
        apply(_TWO_CODE_ARTICLES, [("2", "Au second alinéa du même article, " + _REPLACED)])

def test_a_heading_and_its_instruction_naming_other_alineas_are_refused() -> None:
    # « Alinéa 4, première phrase » then « Après le mot : X / rédiger ainsi la fin de l'alinéa 5 »: which place is
    # meant is not said (p90-088); the same alinéa, or one among those the heading names, is read
    article = "Le maire signe les actes. Il les publie.\n\nLe préfet statue. Il notifie.\n\nLe conseil délibère."
    said = "Alinéa {}, première phrase\n\nAprès le mot :\n\n« préfet »\n\nrédiger ainsi la fin de l'alinéa 2 :\n\n« décide. »"
    with pytest.raises(AmendingError, match="its heading names one alinéa and its instruction another"):
        apply(article, [("1", said.format(1))])
    among = "Alinéas 1 et 2\n\nÀ l'alinéa 2, remplacer le mot :\n\n« statue »\n\npar le mot :\n\n« décide »"
    assert alineas(apply(article, [("2", among)]))[1] == "Le préfet décide. Il notifie."
    out = alineas(apply(article, [("3", "Alinéa 2\n\nAprès le mot :\n\n« préfet »\n\nrédiger ainsi la fin de l'alinéa 2 :\n\n« décide. »")]))
    assert out[1] == "Le préfet décide."


_ITEMS_OF_I = "\n\n".join(
    [
        "I. – L'article L. 1 du code des communes est ainsi modifié :",
        "1° Le premier alinéa est supprimé ;",
        "2° Le second alinéa est ainsi modifié :",
        "a) Les mots : « du maire » sont remplacés par les mots : « du conseil » ;",
        "b) Les mots : « du préfet » sont remplacés par les mots : « du conseil » ;",
        "II. – L'article L. 2 du même code est ainsi modifié :",
        "1° Le premier alinéa est supprimé ;",
        "2° Les mots : « du conseil » sont supprimés.",
    ]
)

def test_a_letter_of_le_meme_item() -> None:
    # « 1° Au a du 2° du I, … ; 2° Au b du même 2°, … »: the b of the 2° named before, that of the I (p95-036)
    said = (
        "1° Au a du 2° du I, remplacer les mots : « du conseil » par les mots : « de l'assemblée » ;\n\n"
        "2° Au b du même 2°, remplacer les mots : « du conseil » par les mots : « de l'assemblée »."
    )
    out = alineas(apply(_ITEMS_OF_I, [("1", said)]))
    assert out[3].endswith("« de l'assemblée » ;") and out[4].endswith("« de l'assemblée » ;")
    assert out[7] == "2° Les mots : « du conseil » sont supprimés."
    # no 2° named before: still refused
    with pytest.raises(AmendingError, match="no 2° was named before"):
        apply(_ITEMS_OF_I, [("2", "Au b du même 2°, remplacer les mots : « du conseil » par les mots : « de l'assemblée ».")])


_LPF_III = "\n\n".join(
    [
        "L'article L. 135 D du livre des procédures fiscales est ainsi modifié :",
        "1° Au II, les mots : « soit » sont supprimés ;",
        "2° Il est complété par un III ainsi rédigé :",
        "« III. – L'accès des tiers peut être autorisé, en tenant compte :",
        "« 1° Des enjeux attachés à la vie privée ;",
        "« 2° De la disponibilité des données.",
        "« Les travaux ne peuvent en aucun cas identifier les personnes. »",
    ]
)

def test_a_division_of_a_code_article_quoted_once_named_bare() -> None:
    # « Au 4° du III de l'article L. 135 D du livre des procédures fiscales », not said « tel qu'il résulte du
    # 2° », the code article not quoted whole: the III this article quotes, its only quotation of it (p95-023)
    said = "Au 2° du III de l'article L. 135 D du livre des procédures fiscales, remplacer le mot : « disponibilité » par le mot : « fiabilité »."
    assert alineas(apply(_LPF_III, [("1", said)]))[5] == "« 2° De la fiabilité des données."
    # a division it does not quote (the II): still refused
    other = "Au II de l'article L. 135 D du livre des procédures fiscales, remplacer le mot : « tiers » par le mot : « chercheurs »."
    with pytest.raises(AmendingError, match="does not open with « ii »"):
        apply(_LPF_III, [("2", other)])
    # the quotation does not hold the whole path named (its III, not a II): not read
    with pytest.raises(AmendingError, match="does not open with « ii »"):
        apply(_LPF_III, [("2", said.replace("Au 2° du III", "Au 2° du II"))])
    # two quotations of that code article: read in the one opening with the III (the end of this file)
    twice = _LPF_III.replace("1° Au II, les mots : « soit » sont supprimés ;", "1° Le II est ainsi rédigé :\n\n« II. – Les tiers 2° ; »")
    assert alineas(apply(twice, [("3", said)]))[6] == "« 2° De la fiabilité des données."

def test_le_meme_code_in_an_item_of_the_amendment_after_the_livre_des_procedures_fiscales() -> None:
    # « 1° Au premier alinéa du III de l'article L. 135 D du livre des procédures fiscales, … ; 2° Au dernier
    # alinéa du III de l'article L. 135 D du même code, … »: the code the item before named (p95-024)
    said = (
        "1° Au premier alinéa du III de l'article L. 135 D du livre des procédures fiscales, remplacer le mot : "
        "« tiers » par le mot : « chercheurs » ;\n\n"
        "2° Au dernier alinéa du III de l'article L. 135 D du même code, remplacer les mots : « en aucun cas » par le mot : « jamais »."
    )
    out = alineas(apply(_LPF_III, [("1", said)]))
    assert out[3].startswith("« III. – L'accès des chercheurs") and out[6] == "« Les travaux ne peuvent jamais identifier les personnes. »"
    # an item after a text announced whose alinéas may be given bare: « du même code » not read there
    bare = (
        "1° Après le premier alinéa du III de l'article L. 135 D du livre des procédures fiscales, insérer un alinéa ainsi rédigé :\n\n"
        "« Le ministre statue. » ;\n\n"
        "2° Au dernier alinéa du III de l'article L. 135 D du même code, remplacer les mots : « en aucun cas » par le mot : « jamais »."
    )
    with pytest.raises(AmendingError, match="do not name a place"):
        apply(_LPF_III, [("2", bare)])

def test_a_division_of_a_code_article_quoted_several_times_named_bare() -> None:
    # « Au IV de l'article L. 135 D … », the article quoting its III, then its IV, each apart, nothing said of
    # where the IV results from: read in the one quotation opening with the outermost mark named (p97-035,
    # p97-036); none opening with it, or several, refused
    article = "\n\n".join(
        [
            "L'article L. 135 D du livre des procédures fiscales est ainsi modifié :",
            "1° Il est complété par des III et IV ainsi rédigés :",
            "« III. – L'accès des tiers peut être autorisé par le ministre.",
            "« Les travaux ne peuvent en aucun cas identifier les personnes. »",
            "« IV. – Un décret en Conseil d'État fixe les modalités d'application du III. »",
        ]
    )
    said = "Au IV de l'article L. 135 D du livre des procédures fiscales, remplacer les mots : « en Conseil d'État » par le mot : « simple »."
    assert alineas(apply(article, [("1", said)]))[4] == "« IV. – Un décret simple fixe les modalités d'application du III. »"
    first = said.replace("Au IV", "Au premier alinéa du III").replace("« en Conseil d'État » par le mot : « simple »", "« le ministre » par le mot : « l'État »")
    assert alineas(apply(article, [("2", first)]))[2] == "« III. – L'accès des tiers peut être autorisé par l'État."
    # a mark none of them opens with (the II): refused
    with pytest.raises(AmendingError, match="several quotations"):
        apply(article, [("3", said.replace("Au IV", "Au II"))])
    # two quotations opening with the III: which one is not said
    both = article.replace("« IV. – Un décret", "« III. – Un décret")
    with pytest.raises(AmendingError, match="several quotations"):
        apply(both, [("4", first)])

def test_a_heading_and_the_alinea_its_instruction_inserts_after_must_agree() -> None:
    # « Alinéa 3 » then « Après l'alinéa 4, insérer … » (p102-091), « Alinéa 8 » then « Après l'alinéa 7 »
    # (p102-088: after the 7 or, as the heading says, the 8?): the alinéa « après » names is not the heading's,
    # refused as p90-088; « Avant l'alinéa 2 » names the 2, « Après cet alinéa » the heading's
    article = "Le maire signe.\n\nLe préfet statue.\n\nLe conseil délibère.\n\nLe juge tranche."
    put = "Alinéa {}\n\n{}, insérer un alinéa ainsi rédigé :\n\n« L'État contrôle. »"
    for heading, body in ((1, "Après l'alinéa 3"), (2, "Après l'alinéa 1"), (3, "Avant l'alinéa 4")):
        with pytest.raises(AmendingError, match="its heading names one alinéa and its instruction another"):
            apply(article, [("1", put.format(heading, body))])
    for heading, body, at in ((2, "Avant l'alinéa 2", 1), (2, "Après l'alinéa 2", 2), (3, "Après cet alinéa", 3),
                              (1, "Au début de cet article", 0)):
        assert alineas(apply(article, [("2", put.format(heading, body))]))[at] == "L'État contrôle.", body

def test_a_path_whose_outer_mark_only_a_quotation_holds_is_read_there() -> None:
    # « Le 2° du II est ainsi rédigé » on an article with no II of its own, whose 2° quotes a II (p104-017):
    # the quoted II's 2°, not the article's own 2°; two quotations holding a II, or an own II, refused
    article = "\n\n".join(
        [
            "L'article L. 1 est ainsi modifié :",
            "1° Au I, le mot : « x » est remplacé par le mot : « y » ;",
            "2° Le II est ainsi rédigé :",
            "« II. – Le conseil comprend :",
            "« 1° Un élu ;",
            "« 2° Un agent. » ;",
            "3° Le III est abrogé.",
        ]
    )
    said = "Le 2° du II est ainsi rédigé :\n\n« 2° Deux agents. »"
    got = alineas(apply(article, [("1", said)]))
    assert got[2] == "2° Le II est ainsi rédigé :" and got[5] == "« 2° Deux agents. » ;"
    two = article.replace("3° Le III est abrogé.", "3° Le II de l'article L. 2 est ainsi rédigé :\n\n« II. – Le préfet nomme :\n\n« 1° Un élu ;\n\n« 2° Un juge. »")
    with pytest.raises(AmendingError, match="texts it quotes have 2"):
        apply(two, [("1", said)])
    own = article.replace("1° Au I,", "I. – 1° Au I,").replace("2° Le II est", "II. – Le II est")
    with pytest.raises(AmendingError):
        apply(own, [("1", said)])


_RESTORED_L1 = "\n\n".join(
    [
        "Le code de l'énergie est ainsi modifié :",
        "1° L'article L. 1 est ainsi rétabli :",
        "« Art. L. 1. – Le médiateur propose un comparateur des offres. Il est gratuit.",
        "« Le comparateur mentionne à titre indicatif le prix moyen. Il le publie.",
        "« Un arrêté précise les conditions de comparaison des offres. Il fixe les tarifs mentionnés à l'article L. 2. » ;",
        "2° L'article L. 3 est abrogé ;",
        "3° Au 4°, le mot : « offres » est supprimé.",
    ]
)

def test_a_phrase_or_an_edge_of_a_code_article_named_anew_takes_no_alinea_carried() -> None:
    # « I. – Au deuxième alinéa de l'article L. 1 … II. – À la dernière phrase de l'article L. 1 … »: the phrase
    # of the code article named anew is counted in all of it (its last alinéa's), never in the alinéa part I
    # named (p101-074 to p101-078)
    first = "I. – Au deuxième alinéa de l'article L. 1 du code de l'énergie, tel qu'il résulte du 1°, remplacer les mots : « à titre indicatif » par les mots : « pour information ».\n\n"
    last = first + "II. – À la dernière phrase de l'article L. 1 du code de l'énergie, tel qu'il résulte du 1°, remplacer le mot : « Il » par le mot : « Elle »."
    out = alineas(apply(_RESTORED_L1, [("1", last)]))
    assert out[3] == "« Le comparateur mentionne pour information le prix moyen. Il le publie."
    assert out[4].endswith("Elle fixe les tarifs mentionnés à l'article L. 2. » ;")
    # its first phrase, its first alinéa's
    one = first + "II. – À la première phrase de l'article L. 1 du code de l'énergie, tel qu'il résulte du 1°, remplacer le mot : « offres » par le mot : « propositions »."
    assert alineas(apply(_RESTORED_L1, [("2", one)]))[2] == "« Art. L. 1. – Le médiateur propose un comparateur des propositions. Il est gratuit."
    # « du même article » in a later item: the same
    same = first.replace("I. –", "1°") + "2° À la dernière phrase du même article, remplacer le mot : « Il » par le mot : « Elle »."
    assert alineas(apply(_RESTORED_L1, [("3", same)]))[4].endswith("Elle fixe les tarifs mentionnés à l'article L. 2. » ;")
    # « À la fin de l'article L. 1 »: words ending its last alinéa, not the second (which ends « Il le publie. »)
    end = first + "II. – À la fin de l'article L. 1 du code de l'énergie, tel qu'il résulte du 1°, remplacer les mots : « le publie » par les mots : « l'affiche »."
    with pytest.raises(AmendingError, match="not found at the end of alinéa 5"):
        apply(_RESTORED_L1, [("4", end)])
    end = end.replace("« le publie » par les mots : « l'affiche »", "« l'article L. 2 » par les mots : « l'article L. 4 »")
    assert alineas(apply(_RESTORED_L1, [("5", end)]))[4].endswith("mentionnés à l'article L. 4. » ;")
    # a division named anew in a later part, its start: its first alinéa, not sought under part I's alinéa
    start = first + "II. – Au début du 2°, insérer les mots : « À compter de 2022, »."
    assert alineas(apply(_RESTORED_L1, [("6", start)]))[5] == "2° À compter de 2022, l'article L. 3 est abrogé ;"

def test_the_same_division_joined_after_a_place_naming_it_in_one_sentence() -> None:
    # « Au deuxième alinéa du II de l'article L. 1 … et au quatrième alinéa du même II »: the II the place joined
    # before names, of that code article (p101-008), as « du même article » is read there
    article = "\n\n".join(
        [
            "L'article L. 1 du code de l'énergie est ainsi rédigé :",
            "« Art. L. 1. – I. – Le tarif est fixé.",
            "« II. – Le prix est public.",
            "« Le prix historique est révisé.",
            "« Le fournisseur paie.",
            "« Le prix historique est notifié. »",
        ]
    )
    said = (
        "Au deuxième alinéa du II de l'article L. 1 du code de l'énergie et au quatrième alinéa du même II, "
        "remplacer le mot : « historique » par le mot : « régulé »."
    )
    out = alineas(apply(article, [("1", said)]))
    assert out[3] == "« Le prix régulé est révisé." and out[5] == "« Le prix régulé est notifié. »"

def test_a_heading_naming_a_place_between_alineas_and_the_instruction_under_it_must_agree() -> None:
    # the Sénat's heading « Après l'alinéa 2 » then « Après l'alinéa 3, insérer … » (p105-067): after the 2 or the
    # 3? refused as p90-088; the same place said either way (« Avant l'alinéa 3 » / « Après l'alinéa 2 ») agrees
    article = "Le maire signe.\n\nLe préfet statue.\n\nLe conseil délibère.\n\nLe juge tranche."
    put = "{}\n\n{}, insérer un alinéa ainsi rédigé :\n\n« L'État contrôle. »"
    for heading, body in (("Après l'alinéa 2", "Après l'alinéa 3"), ("Avant l'alinéa 3", "Après l'alinéa 3"),
                          ("Après l'alinéa 2", "Avant l'alinéa 2"), ("Avant l'alinéa 2", "Après l'alinéa 3")):
        with pytest.raises(AmendingError, match="its heading names one alinéa and its instruction another"):
            apply(article, [("1", put.format(heading, body))])
    for heading, body, at in (("Après l'alinéa 2", "Après l'alinéa 2", 2), ("Avant l'alinéa 3", "Après l'alinéa 2", 2),
                              ("Après l'alinéa 2", "Avant l'alinéa 3", 2), ("Avant l'alinéa 3", "Avant l'alinéa 3", 2)):
        assert alineas(apply(article, [("2", put.format(heading, body))]))[at] == "L'État contrôle.", (heading, body)
    assert alineas(apply(article, [("3", "Après l'alinéa 2\n\nInsérer un alinéa ainsi rédigé :\n\n« L'État contrôle. »")]))[2] == "L'État contrôle."

def test_an_alinea_put_between_an_alinea_announcing_phrases_and_their_quotation_is_refused() -> None:
    # « b) Sont ajoutées trois phrases ainsi rédigées : » then « "X. Y. Z." », an alinéa put between: not one of
    # the phrases (it was recounted « une phrase »), and the quotation left introduced by nothing: refused
    article = ("L'article L. 1 du code est ainsi modifié :\n\n1° Le deuxième alinéa est ainsi modifié :\n\n"
               "a) Sont ajoutées trois phrases ainsi rédigées :\n\n« Il veille. Il assure. Il favorise. »\n\n"
               "b) La première phrase est ainsi rédigée :\n\n« Il assure la liaison. »")
    for after in (3, 5):
        with pytest.raises(AmendingError, match="between an alinéa announcing phrases"):
            apply(article, [("1", f"Après l'alinéa {after}, insérer un alinéa ainsi rédigé :\n\n« « Il contrôle. » »")])

def test_the_same_division_with_an_adverb_joined_after_a_place_naming_it() -> None:
    # « Au premier alinéa du VIII bis et au troisième alinéa du même VIII bis »: any mark a place names, its adverb
    # or shuttle capitals too (« du même II A », « du même 1° bis A »), not a bare numeral only (p107-018, p107-019)
    article = "I. – Un.\n\nVIII bis. – Le prix est fixé.\n\nDeux.\n\nLe prix est notifié.\n\nIX. – Le prix court."
    said = "Au premier alinéa du VIII bis et au troisième alinéa du même VIII bis, remplacer le mot : « prix » par le mot : « tarif »."
    out = alineas(apply(article, [("1", said)]))
    assert out[1:] == ["VIII bis. – Le tarif est fixé.", "Deux.", "Le tarif est notifié.", "IX. – Le prix court."]
    article = "I. – Un.\n\nII A. – Le prix est fixé :\n\n1° bis A Le prix est public ;\n\n2° Le prix est notifié.\n\nII. – Le prix court."
    said = "Au premier alinéa du II A et au 1° bis A du même II A, remplacer le mot : « prix » par le mot : « tarif »."
    assert alineas(apply(article, [("2", said)]))[1:4] == ["II A. – Le tarif est fixé :", "1° bis A Le tarif est public ;", "2° Le prix est notifié."]


_L712_3 = "\n\n".join(
    [
        "L'article L. 712-3 du code de l'éducation est ainsi modifié :",
        "1° Le II est ainsi rédigé :",
        "« II. – Les personnalités comprennent :",
        "« 4° Au plus cinq personnalités, dont au moins :",
        "« a) Une personne d'une entreprise ;",
        "« b) Un représentant des salariés ;",
        "« c) Un représentant d'une entreprise de moins de cinq cents salariés. » ;",
        "2° Le 4° est ainsi modifié :",
        "a) Les mots : « une entreprise » sont supprimés ;",
        "c) Le mot : « entreprise » est supprimé.",
    ]
)

def test_a_place_joined_after_a_division_of_a_code_article_is_in_it_when_said() -> None:
    # « Au a du 4° du II de l'article L. 712-3 …, tel qu'il résulte du 1°, et au c du même 4° » (or « … du 4° du
    # II du même article »): the code article's 4° (p107-023), not this article's own 2° items; a place naming no
    # article (« et au c du 4° », « et au III »): that code article's, or this article's? Refused
    head = "Au a du 4° du II de l'article L. 712-3 du code de l'éducation, tel qu'il résulte du 1°, "
    for tail in ("et au c du même 4°", "et au c du 4° du II du même article"):
        said = head + tail + ", remplacer le mot : « entreprise » par le mot : « société »."
        out = alineas(apply(_L712_3, [("1", said)]))
        assert out[4] == "« a) Une personne d'une société ;", tail
        assert out[6] == "« c) Un représentant d'une société de moins de cinq cents salariés. » ;", tail
        assert out[9] == "c) Le mot : « entreprise » est supprimé.", tail
    for tail in ("et au c du 4°", "et au c du 2°", "et au III"):
        said = head + tail + ", remplacer le mot : « entreprise » par le mot : « société »."
        with pytest.raises(AmendingError, match="is not said"):
            apply(_L712_3, [("2", said)])

def test_a_heading_naming_a_place_between_alineas_and_the_article_s_start_or_end() -> None:
    # under the Sénat's « Après l'alinéa 1 », « Compléter cet article par un alinéa » puts it after the last alinéa
    # (p109-026), « Au début de cet article » before the 1 (p109-027): another place than the heading's, refused;
    # the same place (the 4 the last, « Avant l'alinéa 1 ») agrees. A heading « Alinéa 1 » names an alinéa, not a
    # place between: « Compléter cet article » under it is read as before
    article = "Le maire signe.\n\nLe préfet statue.\n\nLe conseil délibère.\n\nLe juge tranche."
    put = "{}\n\n{}, insérer un alinéa ainsi rédigé :\n\n« L'État contrôle. »"
    end = "{}\n\nCompléter cet article par un alinéa ainsi rédigé :\n\n« L'État contrôle. »"
    for said in (end.format("Après l'alinéa 1"), end.format("Avant l'alinéa 4"), put.format("Après l'alinéa 3", "Au début de cet article"),
                 put.format("Avant l'alinéa 2", "Au début de cet article")):
        with pytest.raises(AmendingError, match="its heading names one alinéa and its instruction another"):
            apply(article, [("1", said)])
    for said, at in ((end.format("Après l'alinéa 4"), 4), (put.format("Avant l'alinéa 1", "Au début de cet article"), 0),
                     (end.format("Alinéa 1"), 4), (put.format("Alinéa 1", "Au début de cet article"), 0)):
        assert alineas(apply(article, [("2", said)]))[at] == "L'État contrôle.", said

def test_small_roman_items_are_told_from_letters_by_the_items_around_them() -> None:
    # the covid law's « b) … ayant pour objet de : » then « i) » to « ix) »: « x) » after « ix) », or given before
    # « xi) », is a roman item (p110-001, p110-015), « v) » before « vi) » too; « ix bis) » is one; « i) » after
    # « h) », « x) » after « w) » are letters; the list an item is in opens at the alinéa before it of a level above
    from drafting.domain.amending.divisions import item_levels

    run = ["b) En matière de droit du travail ayant pour objet de :", "i) Limiter ;", "ii) Adapter ;", "ix) Aménager ;"]
    assert item_levels([*run, "x) Compléter ;", "« ix bis) Supprimer ;", "c) Modifiant."]) == [3, 4, 4, 4, 4, 4, 3]
    assert item_levels(["x) Compléter ;", "xi) Supprimer ;"]) == [4, 4]
    assert item_levels(["v) Modifier ;", "vi) Adapter ;"]) == [4, 4]
    assert item_levels(["h) Modifiant ;", "i) Supprimant ;"]) == [3, 3]
    assert item_levels(["w) Modifiant ;", "x) Supprimant ;", "– les mots ;", "Le texte."]) == [3, 3, 5, None]

def test_a_place_and_a_substitution_given_over_two_paragraphs_combine() -> None:
    # « À la fin du dernier alinéa de cet article, substituer aux mots : » then « « X » les mots : « Y » » (p115-079):
    # the words quoted open the next paragraph and the instruction goes on after them with the noun of the new words
    article = "Le premier dit de cette ordonnance.\n\nLe second dit de cette ordonnance publiée."
    for place in ("À la fin du dernier alinéa de cet article", "Au dernier alinéa", "À l'alinéa 2"):
        said = f"<p>{place}, substituer aux mots&#160;:</p><p>«&#160;de cette ordonnance publiée&#160;» les mots&#160;: «&#160;de chaque ordonnance&#160;».</p>"
        assert alineas(apply(article, [("1", said)]))[1] == "Le second dit de chaque ordonnance.", place

def test_words_put_at_the_end_of_the_article_complete_its_last_alinea() -> None:
    # « À la fin de cet article, ajouter les mots : X » (p115-081), « Compléter cet article par les mots : X »: its
    # last alinéa, before its stop, as « Compléter l'alinéa N par les mots »; « Au début de cet article » its first.
    # Refused: no place at all on several alinéas; a last alinéa that is a quotation's (inside or after it?) or a
    # division's (« II. – », « 4° »: the division alone completed, p106-038)
    article = "Le Gouvernement prend les mesures :\n\n1° Relatives au scrutin ;\n\n2° Relatives au financement.\n\nLe projet est déposé."
    for said in ("À la fin de cet article, ajouter les mots : « , et au plus tard le 30 juin 2020 ».",
                 "Compléter cet article par les mots : « , et au plus tard le 30 juin 2020 ».",
                 "Compléter le présent article par les mots : « , et au plus tard le 30 juin 2020 »."):
        assert alineas(apply(article, [("1", said)]))[3] == "Le projet est déposé, et au plus tard le 30 juin 2020.", said
    assert alineas(apply(article, [("1", "Au début de cet article, insérer les mots : « Dès 2020, ».")]))[0].startswith("Dès 2020, le")
    for said in ("Compléter par les mots : « , et au plus tard le 30 juin 2020 ».", "À la fin, insérer les mots : « , et X »."):
        with pytest.raises(AmendingError, match="in which alinéa"):
            apply(article, [("1", said)])
    quoting = "L'article 3 est ainsi rédigé :\n\n« Art. 3. – Le chat.\n\n« Le rat. »"
    with pytest.raises(AmendingError, match="quotation's"):
        apply(quoting, [("1", "À la fin de cet article, ajouter les mots : « , et la souris ».")])
    divided = "I. – Le chat.\n\n1° Le rat ;\n\n2° La souris.\n\nII. – Le chien."
    with pytest.raises(AmendingError, match="division's"):
        apply(divided, [("1", "Compléter cet article par les mots : « , et le loup ».")])

def test_a_paragraph_s_divisions_numbered_in_figures_with_a_full_stop() -> None:
    # the covid law's « V bis. – 1. … » then « 2. … », « 3. … », each with its a) and b): « Au b du 2 du V bis »
    # (p122-078), « Au premier alinéa du 3 du V bis » (p122-084); the 1 on the paragraph's own alinéa has no bounds
    # said; a bare number under a paragraph not so numbered is not read; deleted whole, « 2. (Supprimé) »
    article = "\n\n".join([
        "V. – Le maire signe.",
        "V bis. – 1. Dans les autres cas :",
        "a) Les conseillers élus ;",
        "b) Les conseillers maintenus.",
        "2. Dans le cas où le nombre est inférieur :",
        "a) Dans les communes désignées ;",
        "b) Dans les communes élues, selon les moyennes les plus élevées.",
        "Le siège demeure vacant.",
        "3. Dans le cas où le nombre est supérieur, à due concurrence :",
        "a) Dans les communes désignées.",
        "VI. – Le préfet statue.",
    ])
    said = "Au b du 2 du V bis, substituer aux mots : « les moyennes les plus élevées » les mots : « le plus grand nombre »."
    assert alineas(apply(article, [("1", said)]))[6] == "b) Dans les communes élues, selon le plus grand nombre."
    said = "Au premier alinéa du 3 du V bis, supprimer les mots : « , à due concurrence »."
    assert alineas(apply(article, [("1", said)]))[8] == "3. Dans le cas où le nombre est supérieur :"
    said = "Au dernier alinéa du 2 du V bis, remplacer le mot : « vacant » par le mot : « libre »."
    assert alineas(apply(article, [("1", said)]))[7] == "Le siège demeure libre."
    kept = alineas(apply(article, [("1", "Supprimer le 2 du V bis.")]))
    assert kept[4:6] == ["2. (Supprimé)", "3. Dans le cas où le nombre est supérieur, à due concurrence :"]
    for said, reason in (
        ("Au b du 1 du V bis, supprimer le mot : « élus ».", "opens inside the alinéa of its mark"),
        ("Au 2 du V, supprimer le mot : « maire ».", "no alinéa of the article opens with the mark « 2 »"),
        ("Au 2, supprimer le mot : « nombre ».", "do not name a place"),
    ):
        with pytest.raises(AmendingError, match=reason):
            apply(article, [("1", said)])
    gapped = article.replace("3. Dans", "4. Dans")  # no 3: not numbered in a row
    with pytest.raises(AmendingError, match="numbered in a row from 1"):
        apply(gapped, [("1", "Au 2 du V bis, supprimer le mot : « nombre ».")])

def test_the_text_proposed_for_a_division_of_a_code_article_is_that_division_as_quoted() -> None:
    # « Au second alinéa du texte proposé pour le II de l'article L. 311-5-3 » (p131-092): the II the 2° adds
    article = "\n\n".join([
        "I. – L'article L. 311-5-3 du code de l'énergie est ainsi modifié :",
        "1° Au début, est ajoutée la mention : « I. – » ;",
        "2° Il est ajouté un II ainsi rédigé :",
        "« II. – L'autorité fixe un plafond de 0,55 tonne.",
        "« Le calcul du seuil de 0,55 tonne est défini par décret. »",
        "II. – Le Gouvernement remet un rapport.",
    ])  # fmt: skip
    said = "Au second alinéa du texte proposé pour le II de l'article L. 311-5-3 du code de l'énergie, remplacer le nombre : « 0,55 » par le nombre : « 0,5 »."
    assert alineas(apply(article, [("1", said)]))[4] == "« Le calcul du seuil de 0,5 tonne est défini par décret. »"
    for said, reason in (
        ("Au second alinéa du texte proposé pour le III de l'article L. 311-5-3 du code de l'énergie, supprimer le mot : « tonne ».", "does not open with"),
        ("Au second alinéa du texte proposé pour le II de l'article L. 311-5-4 du code de l'énergie, supprimer le mot : « tonne ».", "quotes no text proposed"),
    ):
        with pytest.raises(AmendingError, match=reason):
            apply(article, [("1", said)])

def test_tel_qu_il_resulte_de_l_alinea_naming_where_the_place_opens_inside_a_quoted_code_article() -> None:
    # « Supprimer le second alinéa du IV de l'article L. 111-18-1 …, tel qu'il résulte de l'alinéa 7 » (p131-027):
    # the code article quoted from alinéa 3, the alinéa 7 is the one writing the place named, which opens there
    article = "\n\n".join([
        "I. – Le code de l'urbanisme est ainsi modifié :",
        "1° La section 3 est complétée par un article L. 111-18-1 ainsi rédigé :",
        "« Art. L. 111-18-1. – I. – Les constructions intègrent un procédé.",
        "« II. – L'autorité peut, par décision motivée, écarter l'obligation.",
        "« Un arrêté précise les cas. » ;",
        "2° L'article L. 111-19 est abrogé.",
    ])  # fmt: skip
    code = "de l'article L. 111-18-1 du code de l'urbanisme, tel qu'il résulte de l'alinéa"
    kept = alineas(apply(article, [("1", f"Supprimer le second alinéa du II {code} 5.")]))
    assert kept[3:5] == ["« II. – L'autorité peut, par décision motivée, écarter l'obligation. » ;", "2° L'article L. 111-19 est abrogé."]
    said = f"Au II {code} 4, supprimer le mot : « motivée »."
    assert alineas(apply(article, [("1", said)]))[3] == "« II. – L'autorité peut, par décision, écarter l'obligation."
    for said, reason in (
        (f"Supprimer le second alinéa du II {code} 4.", "opens at alinéa 5, not where"),
        (f"Au II {code} 5, supprimer le mot : « motivée ».", "opens at alinéa 4, not where"),
        (f"Supprimer le second alinéa du II {code} 6.", "does not hold alinéa 6"),
    ):
        with pytest.raises(AmendingError, match=reason):
            apply(article, [("1", said)])

def test_tel_qu_il_resulte_des_alineas_naming_the_division_named_which_spans_them_exactly() -> None:
    # « Au II de l'article L. 111-10-4-1 …, tel qu'il résulte des alinéas 5 à 7 » (p136-055/057): the run is the II's,
    # which must open at 5 and end at 7, not the whole quoted text's; « des alinéas 5 et 6 »: a run of two (p136-056)
    article = "\n\n".join([
        "I. – Le code de la construction est ainsi modifié :",
        "1° Il est inséré un article L. 111-10-4-1 ainsi rédigé :",
        "« Art. L. 111-10-4-1. – I. – L'obligation s'applique en 2028.",
        "« Elle est précisée par décret.",
        "« II. – Par exception, elle s'applique en 2033 :",
        "« 1° Aux copropriétés ;",
        "« 2° Aux sociétés.",
        "« III. – En 2023, elle est mentionnée dans les actes.",
        "« En 2028, son non-respect est mentionné.",
        "« IV. – Un décret précise l'application. » ;",
        "2° L'article L. 134-3 est abrogé.",
    ])  # fmt: skip
    code = "de l'article L. 111-10-4-1 du code de la construction, tel qu'il résulte des alinéas"
    said = f"Au II {code} 5 à 7, remplacer l'année : « 2033 » par l'année : « 2030 »."
    assert alineas(apply(article, [("1", said)]))[4] == "« II. – Par exception, elle s'applique en 2030 :"
    said = f"Au premier alinéa du II {code} 5 à 7, remplacer l'année : « 2033 » par l'année : « 2030 »."
    assert alineas(apply(article, [("1", said)]))[4] == "« II. – Par exception, elle s'applique en 2030 :"
    said = f"Au III {code} 8 et 9, remplacer l'année : « 2023 » par l'année : « 2024 »."
    assert alineas(apply(article, [("1", said)]))[7] == "« III. – En 2024, elle est mentionnée dans les actes."
    for said, reason in (
        (f"Au III {code} 8 à 10, remplacer l'année : « 2023 » par l'année : « 2024 ».", "runs from alinéa 8 to 9, not from alinéa 8 to 10"),
        (f"Au II {code} 5 à 6, remplacer l'année : « 2033 » par l'année : « 2030 ».", "runs from alinéa 5 to 7, not from alinéa 5 to 6"),
        (f"Au III {code} 8 et 10, remplacer l'année : « 2023 » par l'année : « 2024 ».", "are not a run"),
    ):
        with pytest.raises(AmendingError, match=reason):
            apply(article, [("1", said)])

def test_a_division_of_the_text_proposed_for_a_division_of_a_code_article() -> None:
    # « Au 3° du texte proposé pour le II de l'article L. 533-22-1 … » (p136-020): the 3° of that II, as « le 3° du II
    # de l'article L. 533-22-1 » is
    article = "\n\n".join([
        "I. – Le code monétaire et financier est ainsi modifié :",
        "1° L'article L. 533-22-1 est ainsi rédigé :",
        "« Art. L. 533-22-1. – I. – Les sociétés publient une politique.",
        "« II. – Ces informations concernent :",
        "« 1° Le climat ;",
        "« 2° La biodiversité ;",
        "« 3° Les ressources naturelles et marines. » ;",
        "2° L'article L. 533-22-2 est abrogé.",
    ])  # fmt: skip
    said = "Au 3° du texte proposé pour le II de l'article L. 533-22-1 du code monétaire et financier, après le mot : « naturelles », insérer les mots : « , notamment forestières, »."
    assert alineas(apply(article, [("1", said)]))[6] == "« 3° Les ressources naturelles, notamment forestières, et marines. » ;"
    said = "Au 4° du texte proposé pour le II de l'article L. 533-22-1 du code monétaire et financier, après le mot : « naturelles », insérer le mot : « forestières »."
    with pytest.raises(AmendingError):
        apply(article, [("1", said)])

def test_an_alinea_after_the_last_numbered_division_of_a_paragraph_is_not_said_to_be_its_own() -> None:
    # « Le présent V bis s'applique … » after the last « 2. »'s items: the 2.'s or the V bis's, not said (a review's
    # case: « Supprimer le 2 du V bis » deleted it too); between a « 2. » and a « 3. », the 2.'s own (covid law)
    article = (
        "V bis. – 1. Dans les autres cas, le maire décide.\n\n2. Dans le cas où le conseil est dissous :\n\n"
        "a) Le préfet nomme ;\n\nb) Le juge statue.\n\nLe présent V bis s'applique jusqu'en 2021.\n\nVI. – Autre."
    )
    with pytest.raises(AmendingError, match="is its own is not said"):
        apply(article, [("1", "Supprimer le 2 du V bis.")])
    before_3 = article.replace("\n\nVI. – Autre.", "\n\n3. Le juge revoit.\n\nVI. – Autre.")
    got = alineas(apply(before_3, [("1", "Supprimer le 2 du V bis.")]))
    assert got[1:3] == ["2. (Supprimé)", "3. Le juge revoit."]

def test_alinea_1er_is_alinea_1_and_a_bare_article_is_this_one_where_no_other_is_named() -> None:
    # « À l'alinéa 1er » (p141-018): « 1er » as in « article 1er », in a list too; « Compléter l'article par un
    # IV » (p141-057): « l'article » with no number is the one amended, unless the sentence names another
    article = "I. – Le délai est de douze mois.\n\nII. – Le taux est de deux.\n\nIII. – Un décret fixe les modalités."
    said = "A l'alinéa 1er, remplacer les mots « douze mois » par les mots « six mois »."
    assert alineas(apply(article, [("1", said)]))[0] == "I. – Le délai est de six mois."
    said = "Aux alinéas 1er et 2, remplacer le mot « de » par le mot « à »."
    assert alineas(apply(article, [("1", said)]))[:2] == ["I. – Le délai est à douze mois.", "II. – Le taux est à deux."]
    said = "Après l'alinéa 1er, insérer un alinéa ainsi rédigé : « Il court du dépôt. »"
    assert alineas(apply(article, [("1", said)]))[1] == "Il court du dépôt."
    said = "Compléter l'article par un IV ainsi rédigé : « IV. – Un rapport est remis. »"
    assert alineas(apply(article, [("1", said)]))[-1] == "IV. – Un rapport est remis."
    with pytest.raises(AmendingError, match="with no number where another article is named"):
        said = "Au I, remplacer le mot « douze » par le mot « six » à l'article L. 4 et compléter l'article par un IV ainsi rédigé : « IV. – Un rapport. »"
        apply(article, [("1", said)])
    with pytest.raises(AmendingError, match="do not name a place"):  # the article's own number is not known
        apply(article, [("1", "À la fin de l'article 1, ajouter un alinéa ainsi rédigé : « IV. – Un rapport. »")])

def test_paragraphs_written_with_a_full_stop_alone_or_a_glued_dash_are_divisions() -> None:
    # the République numérique consultation text writes « I. Après … », « II. Le … » and « I- Le chapitre … »:
    # the article's paragraphs, named (« Au dernier alinéa du II ») and deleted keeping their number; « V. Hugo »
    # alone, numbering nothing in order, is no paragraph
    article = "I. Le maire décide.\n\nII. Le conseil délibère.\n\nLe préfet est informé.\n\nIII. Le juge statue."
    said = "Au dernier alinéa du II de cet article, substituer au mot : « préfet » le mot : « ministre »."
    assert alineas(apply(article, [("1", said)]))[2] == "Le ministre est informé."
    assert alineas(apply(article, [("1", "Supprimer les alinéas 2 et 3.")]))[1:] == ["II. – (Supprimé)", "III. Le juge statue."]
    glued = "I- Le code est ainsi modifié :\n\n1° Le a est supprimé ;\n\n2° Le b est supprimé.\n\nII- Le décret précise."
    assert alineas(apply(glued, [("1", "Supprimer le II de cet article.")]))[-1] == "II. – (Supprimé)"
    assert alineas(apply(glued, [("1", "Supprimer le 2° du I de cet article.")]))[2] == "2° (Supprimé)"
    initials = "Le maire décide.\n\nV. Hugo le disait.\n\nLe conseil délibère."
    with pytest.raises(AmendingError, match="no alinéa of the article opens with the mark « V »"):
        apply(initials, [("1", "Au V de cet article, substituer au mot : « disait » le mot : « dit ».")])

def test_a_code_articles_heading_alone_on_its_alinea_is_no_alinea_of_the_text_proposed() -> None:
    # « « Art. L. 121-121.- » alone, the text on the next alinéas (République numérique consultation text): the
    # first alinéa of the text proposed is the one after the heading
    article = (
        "I. – Le code est complété par un article ainsi rédigé :\n\n« Art. L. 1.-\n\n« Le maire décide.\n\n"
        "« Le conseil délibère. »\n\nII. – Le décret précise."
    )
    said = "Au premier alinéa du texte proposé pour l'article L. 1 du code, après le mot : « maire », insérer le mot : « seul »."
    assert alineas(apply(article, [("1", said)]))[1:3] == ["« Art. L. 1.-", "« Le maire seul décide."]
    said = "Après le premier alinéa du texte proposé pour l'article L. 1 du code, insérer un alinéa ainsi rédigé : « Le préfet est informé. »"
    assert alineas(apply(article, [("1", said)]))[3] == "« Le préfet est informé."


@pytest.mark.parametrize(
    "said",
    [
        "Alinéa 0\n\nSupprimer cet alinéa.",
        "Alinéa 00\n\nSupprimer cet alinéa.",
        "Supprimer les alinéas 0 à 2.",
        "Alinéas 0 et 2\n\nSupprimer ces alinéas.",
        "À l'alinéa 0, remplacer le mot : « Un » par le mot : « Uno ».",
        "Après l'alinéa 0, insérer un alinéa ainsi rédigé : « Zéro. »",
        "Avant l'alinéa 0, insérer un alinéa ainsi rédigé : « Zéro. »",
        "Supprimer le 0e alinéa.",
        "Supprimer les 0e à 2e alinéas.",
        "Alinéa 0 de l'amendement n° 12\n\nSupprimer cet alinéa.",
    ],
)

def test_alinea_zero_is_refused_never_counted_from_the_end_nor_put_first(said: str) -> None:
    # 0 is no alinéa: read as a number it became the one « avant-dernier » (-2 from the end, refused with a wrong
    # reason) or, after « Après », a place before the first (the alinéa put first: a guess)
    article = "Un.\n\nDeux. Deux b.\n\nTrois.\n\nQuatre."
    with pytest.raises(AmendingError, match="there is no alinéa 0: the first is alinéa 1"):
        apply(article, [("1", said)])


@pytest.mark.parametrize(
    ("said", "noun"),
    [
        ("Alinéa 2\n\nSupprimer la 0e phrase.", "phrase"),
        ("Après la 0e phrase de l'alinéa 2, insérer une phrase ainsi rédigée : « Zéro. »", "phrase"),
        ("Alinéa 2, 0e phrase\n\nSupprimer cette phrase.", "phrase"),
        ("Alinéa 1\n\nSupprimer la 0e occurrence du mot : « Un ».", "occurrence"),
        ("À l'alinéa 3, remplacer la 0e occurrence du mot : « Trois » par le mot : « Tres ».", "occurrence"),
        ("Alinéa 3\n\nAprès la 0e occurrence du mot : « Trois », insérer le mot : « bis ».", "occurrence"),
    ],
)

def test_phrase_or_occurrence_zero_is_refused_never_read_as_not_said(said: str, noun: str) -> None:
    # « la 0e occurrence » was read as no occurrence said (the only one: applied)
    article = "Un.\n\nDeux. Deux b.\n\nTrois.\n\nQuatre."
    with pytest.raises(AmendingError, match=f"there is no {noun} 0: the first is {noun} 1"):
        apply(article, [("1", said)])

def test_a_paragraph_named_at_the_wrong_alinea_is_refused_with_its_mark_as_written() -> None:
    # the refusal said « is the ii », the mark as the parser reads it folded
    article = "I. – Un. Deux.\n\nII. – Trois.\n\nIII bis. – Quatre."
    for said, mark in (
        ("Au II, alinéa 1er, supprimer le mot : « Un ».", "II"),
        ("Au III bis, alinéa 2, supprimer le mot : « Un ».", "III bis"),
    ):
        with pytest.raises(AmendingError, match=f"is the {mark} but that alinéa opens otherwise"):
            apply(article, [("1", said)])

def test_joined_divisions_sharing_a_complement_said_this_articles_own() -> None:
    # « Au 1° et au 2° du I de cet article » (« du présent article »): the complement said after the last of
    # joined divisions is each's, as « du I » alone is (p6-joined-divisions); « de cet article » says no more
    # than the path does
    article = "I. – Le code est modifié :\n\n1° En 2035, a ;\n\n2° En 2035, b ;\n\n3° En 2035, c.\n\nII. – Fin."
    right = "I. – Le code est modifié :\n\n1° En 2032, a ;\n\n2° En 2032, b ;\n\n3° En 2035, c.\n\nII. – Fin."
    for said in ("de cet article", "du présent article"):
        assert apply(article, [("1", f"Au 1° et au 2° du I {said}, remplacer l'année : « 2035 » par l'année : « 2032 ».")]) == right
    with pytest.raises(AmendingError):  # a paragraph named with no division of one level with the 1°: as before
        apply(article, [("2", "Au 1° et au II de cet article, remplacer l'année : « 2035 » par l'année : « 2032 ».")])


def test_a_phrase_an_item_names_in_its_own_instruction_is_not_carried_to_the_next_items() -> None:
    # « Alinéa 9 » then « 1° Compléter la première phrase … ; 2° Remplacer les mots : … » (p148-070): the phrase
    # named inside 1° was carried to 2° and 3°, refused (« not found in phrase 1 »); the heading's alinéa is shared,
    # 1°'s phrase is its own
    article = "Un.\n\nUne phrase a ici. Une phrase b là. Une phrase c encore.\n\nTrois."
    said = (
        "Alinéa 2\n\n1° Compléter la première phrase par les mots : « et X » ;\n\n"
        "2° Remplacer les mots : « là. Une phrase c » par les mots : « là et c » ;\n\n"
        "3° Remplacer les mots : « Une phrase b » par les mots : « Elle b »."
    )
    assert alineas(apply(article, [("1", said)]))[1] == "Une phrase a ici et X. Elle b là et c encore."
    # each item naming its own phrase, a heading naming the phrase for all, « cette phrase » in the next item
    for said, second in (
        (
            "Alinéa 2\n\n1° À la première phrase, remplacer le mot : « a » par le mot : « A » ;\n\n"
            "2° À la seconde phrase, remplacer le mot : « b » par le mot : « B ».",
            "Une phrase A ici. Une phrase B là. Une phrase c encore.",
        ),
        (
            "Alinéa 2, deuxième phrase\n\n1° Remplacer le mot : « b » par le mot : « B » ;\n\n"
            "2° Remplacer le mot : « là » par le mot : « ici ».",
            "Une phrase a ici. Une phrase B ici. Une phrase c encore.",
        ),
        (
            "Alinéa 2\n\n1° À la deuxième phrase, remplacer le mot : « b » par le mot : « B » ;\n\n"
            "2° Compléter cette phrase par les mots : « et Z ».",
            "Une phrase a ici. Une phrase B là et Z. Une phrase c encore.",
        ),
    ):
        assert alineas(apply(article, [("1", said)]))[1] == second


def test_divisions_named_apart_one_holding_the_words_twice_says_so() -> None:
    # « Aux 1° et 3° du I, remplacer le mot : « qu'elles » … », found twice in the 3° (p149-065): refused for that
    # occurrence, not for the divisions named apart
    article = "I. – Sont visées :\n\n1° Celles qu'elles ont ;\n\n2° Les autres ;\n\n3° Celles qu'elles ont et qu'elles font."
    with pytest.raises(AmendingError, match="occurs 2 times in the « 3° » it names"):
        apply(article, [("1", "Aux 1° et 3° du I, remplacer le mot : « qu'elles » par le mot : « qu'ils ».")])
