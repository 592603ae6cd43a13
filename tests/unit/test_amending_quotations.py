# ruff: noqa: E501  (French instructions read best whole)
"""Quoted alinéas (quotations.py, quotes.py): where a quotation ends, its quotes kept, mended or closed
when alinéas are inserted, deleted or rewritten amid it or at its end, quotes lost or forgotten, and the
refusals where where it ends would be a guess."""

from __future__ import annotations

import pytest

from drafting.domain.amending import AmendingError, apply
from tests.unit.amending_helpers import ARTICLE, ITEMS, alineas

QUOTED_BLOCK = "\n\n".join(
    [
        "L'article L. 7 est ainsi rédigé :",
        "« Art. L. 7. – Le département promeut son territoire.",
        "« Il coordonne la politique du tourisme. »",
    ]
)


CODE_ARTICLE = "\n\n".join(
    [
        "I. – L'article L. 3 est ainsi rédigé :",
        "« Art. L. 3. – Le conseil comprend :",
        "« 1° Le maire ;",
        "« 2° Le préfet. »",
        "II. – Le présent article entre en vigueur en 2030.",
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


def test_a_deletion_leaving_a_quotation_empty_is_refused() -> None:
    article = 'Après le mot : "moyenne", sont insérés les mots : ", les diplômes" ;\n\nLe recteur transmet.'
    with pytest.raises(AmendingError) as caught:
        apply(article, [("41", "Alinéa 1\n\nSupprimer les mots : « les diplômes »")])
    assert caught.value.code == "ambiguous" and "empty quotation" in caught.value.message


def test_a_text_opening_a_quotation_it_never_closes_is_refused_next_to_an_unquoted_alinea() -> None:
    # an instruction after it: where it ends is not said (given last, holding no other quote, it is read: see
    # test_one_alinea_given_last_whose_closing_quote_is_left_out)
    with pytest.raises(AmendingError) as caught:
        apply(ARTICLE, [("24", "Rédiger ainsi l'alinéa 3 :\n\n« 2° Le conseil municipal délibère ;\n\nSupprimer l'alinéa 2.")])
    assert "never closes" in caught.value.message
    # inside a quotation the same shape continues it (see the quoted-block tests above)
    out = apply(QUOTED_BLOCK, [("24", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« Il en rend compte.")])
    assert alineas(out)[2] == "« Il en rend compte."


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


def test_alineas_quoted_by_straight_quotes_around_the_whole_text_keep_their_first_letter() -> None:
    text = 'Rédiger ainsi l\'alinéa 2 :\n\n" 4° Le conseil se réunit.\n\nCe conseil vote.\n\nLes maires sont informés."'
    out = alineas(apply(ARTICLE, [("15", text)]))
    assert out[1:4] == ["4° Le conseil se réunit.", "Ce conseil vote.", "Les maires sont informés."]


def test_deleting_two_alineas_of_a_quotation_moves_its_end_to_the_alinea_left_before_the_last() -> None:
    article = "\n\n".join(["Le I est ainsi rédigé :", "« A.", "« B.", "« C.", "« D. » ;"])
    out = apply(article, [("16", "I. – Alinéa 3\n\nSupprimer cet alinéa.\n\nII. – Alinéa 5\n\nSupprimer cet alinéa.")])
    assert alineas(out) == ["Le I est ainsi rédigé :", "« A.", "« C. » ;"]


def test_a_quoted_alinea_rewritten_with_bare_text_stays_in_its_quotation() -> None:
    text = "Alinéa 6\n\nRédiger ainsi cet alinéa :\n\nIl rend compte chaque année."
    assert alineas(apply(ITEMS, [("39", text)]))[5] == "« Il rend compte chaque année. » ;"


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


def test_a_bare_alinea_put_inside_a_quotation_is_the_quotations() -> None:
    article = "\n\n".join(
        ["a) Les 7° et 8° sont ainsi rédigés :", "« 7° Il approuve le rapport ;", "« 8° Il délibère. »"]
    )
    text = "Après l'alinéa 2\n\nInsérer un alinéa ainsi rédigé :\n\n…° Il approuve le bilan social ;"
    assert alineas(apply(article, [("50", text)]))[2] == "« 7° bis Il approuve le bilan social ;"


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


def test_a_quotation_introduced_in_alineas_put_inside_another_and_never_closed_ends_with_them() -> None:
    # « 3° … ainsi rédigée : » then « « Le conseil … » left open: the phrase it quotes ends with the text
    # given (nothing of it comes after), its quote closed there; the alinéa after is the outer quotation's (the
    # item in the indicative since fnest2: « 3° compléter l'article L. 5 … », an infinitive instruction, is refused)
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
        "Après l'alinéa 4, ajouter le paragraphe suivant :\n\n3° L'article L. 5 est complété par une phrase ainsi rédigée :\n\n"
        "« Le conseil comprend un représentant des usagers."
    )
    assert alineas(apply(article, [("3", amendment)]))[3:] == [
        "« 2° L'article L. 4 s'applique au port ;",
        "« 3° L'article L. 5 est complété par une phrase ainsi rédigée :",
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
        "<p>2° L'article L. 3 est complété par une phrase ainsi rédigée :</p><p>« Il décide.</p>"
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


def test_alineas_deleted_from_a_quotations_last_into_the_bills_own_close_it_at_the_one_before() -> None:
    # « Alinéas 4 et 5 »: the quotation's closing alinéa and the II after it; the II's number is kept, the
    # quotation still closes, at alinéa 3 (its quote was lost: « « Second. » then « II. – (Supprimé) »)
    text = "I. – L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Premier.\n\n« Second.\n\n« Troisième. »\n\nII. – Le code est modifié.\n\nIII. – Fin."
    out = alineas(apply(text, [("1", "<p>Alinéas 4 et 5</p><p>Supprimer ces alinéas.</p>")]))
    assert out[2:] == ["« Second. »", "II. – (Supprimé)", "III. – Fin."]
    one = "<p>Alinéa {}</p><p>Supprimer cet alinéa.</p>"
    assert alineas(apply(text, [("1", one.format(4)), ("2", one.format(5))])) == alineas(apply(text, [("1", "<p>Alinéas 4 et 5</p><p>Supprimer ces alinéas.</p>")]))


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


def test_an_alinea_in_straight_quotes_cut_at_its_operands_is_rejoined() -> None:
    # Senate committee HTML (COM-39 of 2013) cuts one alinéa, quoted straight and left open (its quotes odd:
    # they do not nest), after the words it names (« … les mots : "X" » then « sont remplacés … ») and after
    # the colon naming them (« … par les mots : » then « "Y" ; »): no alinéa ends so, one alinéa; its last
    # quote, closing the words, is kept (the amendment's own left out)
    article = 'L\'article L. 1 est ainsi modifié :\n\n1° Au 1°, le mot : "un" est supprimé ;\n\n2° Au 2°, les mots : "A" sont remplacés par les mots : "B" ;\n\n3° Le 3° est abrogé.'
    text = (
        '<p>Alinéa 3</p><p>Rédiger ainsi cet alinéa</p><p>&quot;2° Au 2°, les mots : &quot;et la valorisation&quot;</p>'
        '<p>sont remplacés par les mots :</p><p>&quot;, la valorisation et le transfert&quot; ;</p>'
    )
    assert alineas(apply(article, [("COM-39", text)]))[2] == (
        '2° Au 2°, les mots : "et la valorisation" sont remplacés par les mots : ", la valorisation et le transfert" ;'
    )
    # a paragraph after the quoted words that opens an item (« a) ») is not joined to them: a text then
    text = '<p>Alinéa 3</p><p>Rédiger ainsi cet alinéa</p><p>&quot;2° Au 2°, les mots : &quot;A&quot;</p><p>a) est remplacé ;</p>'
    with pytest.raises(AmendingError):
        apply(article, [("COM-39", text)])


def test_words_put_in_a_text_in_straight_quotes_write_theirs_straight() -> None:
    # « la mention « salarié en mission » » in a text that writes "salarié": "salarié en mission", without the
    # spaces guillemets take inside them (p71-095); its closing quote too (p71-088)
    text = 'c) Les mots : "a" sont remplacés par les mots : "une carte portant la mention "salarié", valable trois ans".'
    put = "Alinéa 1\n\nRemplacer les mots :\n\nla mention « salarié » »\n\npar les mots :\n\nla mention « salarié en mission » »"
    out = apply(text, [("1", put)])
    assert out == 'c) Les mots : "a" sont remplacés par les mots : "une carte portant la mention "salarié en mission", valable trois ans".'
    quoted = '"Le décret fixe les règles des évaluations des unités de recherche."'
    put = "Alinéa 1\n\nRemplacer les mots :\n\ndes unités de recherche. »\n\npar les mots :\n\ndes unités et des formations. »"
    assert apply(quoted, [("2", put)]) == '"Le décret fixe les règles des évaluations des unités et des formations."'
    # a text in guillemets keeps them, with their spaces
    text = "c) Les mots : « a » sont remplacés par les mots : « la mention « salarié », valable »."
    out = apply(text, [("3", "Alinéa 1\n\nRemplacer le mot : « salarié » par les mots : « salarié en mission »")])
    assert "« salarié en mission »" in out


def test_alineas_put_in_straight_quotes_keep_the_closing_quote_given_once() -> None:
    # « "Lorsque … hommes. » / « "Le comité … motivé." ; » for a quoted alinéa closing its quotation: the new
    # text gives the quote and « ; » closing it; the old ending is not added again (p72-049)
    article = "\n\n".join(
        [
            "L'article L. 5 du code est ainsi modifié :",
            "1° Après la troisième phrase, est insérée une phrase ainsi rédigée :",
            '"La composition du comité est équilibrée." ;',
            "2° La quatrième phrase est supprimée.",
        ]
    )
    amendment = (
        "<p>Alinéa 3</p><p>Remplacer cet alinéa par deux alinéas ainsi rédigés :</p>"
        "<p>&quot;La composition du comité est équilibrée.</p><p>&quot;Le comité se prononce par un avis motivé.&quot; ;</p>"
    )
    kept = alineas(apply(article, [("1", amendment)]))
    assert kept[2:4] == ['"La composition du comité est équilibrée.', '"Le comité se prononce par un avis motivé." ;']


def test_a_closing_quote_after_words_quoted_is_refused_as_never_opened() -> None:
    # « insérer les mots : « X » » »: a stray closing quote after the operand, not a place (p76-034)
    article = "Le préfet statue sur les diplômes de cycle."
    with pytest.raises(AmendingError, match="a quote closes after the words it quotes that none opens"):
        apply(article, [("1", "Après le mot : « cycle », insérer les mots : « et de spécialisation » »")])
    out = apply(article, [("1", "Après le mot : « cycle », insérer les mots : « et de spécialisation »")])
    assert out == "Le préfet statue sur les diplômes de cycle et de spécialisation."


def test_quotes_inside_an_alinea_put_into_a_text_in_straight_quotes_are_written_straight() -> None:
    # the alinéa's inner « six » written "six" as the text writes its quotes (p81-003); its own quotes kept
    article = '1° Au 1°, le mot : "quatorze" est remplacé par le mot : "seize" ;\n\n2° Le 2° est abrogé.'
    put = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« 1° bis Au 5°, le mot : « six » est remplacé par le mot : « huit » ; »"
    kept = alineas(apply(article, [("1", put)]))
    assert kept[1] == '1° bis Au 5°, le mot : "six" est remplacé par le mot : "huit" ;'
    quoted = "Rédiger ainsi l'alinéa 2 :\n\n« « Art. L. 2. – Le mot « x » est là. » »"
    assert alineas(apply(article, [("1", quoted)]))[1] == '« Art. L. 2. – Le mot "x" est là. »'


def test_an_alinea_put_whole_whose_guillemets_do_not_pair_is_refused() -> None:
    # « « 1° bis … le mot : « délai est remplacé par le mot : « terme » ; » »: three open, two close; read either
    # way a quote stays open amid it or nests another: refused, not written with a stray straight quote (p83-050)
    article = '1° Au 1°, le mot : "quatorze" est remplacé par le mot : "seize" ;\n\n2° Le 2° est abrogé.'
    put = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« 1° bis Au 5°, le mot : « six est remplacé par le mot : « huit » ; »"
    with pytest.raises(AmendingError, match="guillemets do not pair"):
        apply(article, [("1", put)])
    # its own closing quote forgotten, the quotes inside pairing: read (the last closes the words quoted)
    forgot = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« 1° bis Au 5°, le mot : « six » est remplacé par le mot : « huit »"
    assert alineas(apply(article, [("2", forgot)]))[1] == '1° bis Au 5°, le mot : "six" est remplacé par le mot : "huit" ;'


def test_an_alinea_put_amid_a_quotation_written_straight_takes_its_straight_quote() -> None:
    # « « Il remet … » » put after an alinéa of a quotation written straight that it leaves open: the
    # quotation's opening quote written straight, without the guillemets' inner space (p86-041); put at the
    # quotation's end, its closing quote too, the « ; » kept after it; a quotation of its own stays as given
    article = "\n\n".join(
        [
            "Le code est ainsi modifié :",
            '"Art. L. 1. - Il est créé un conseil.',
            '"Le conseil propose les orientations.',
            '"Il comprend un député." ;',
            "2° Le 2° est abrogé.",
        ]
    )
    put = "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n«\u00a0«\u00a0Il remet un rapport sur le mot « six ».\u00a0»\u00a0»"
    assert alineas(apply(article, [("1", put)]))[3] == '"Il remet un rapport sur le mot "six".'
    last = "Rédiger ainsi l'alinéa 4 :\n\n«\u00a0«\u00a0Il comprend deux députés.\u00a0»\u00a0;\u00a0»"
    assert alineas(apply(article, [("1", last)]))[3] == '"Il comprend deux députés." ;'
    own = "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n\n« 1° bis Le mot : « six » est supprimé ; »"
    assert alineas(apply(article, [("1", own)]))[4] == '1° bis Le mot : "six" est supprimé ;'


def test_one_alinea_given_last_whose_closing_quote_is_left_out() -> None:
    # « Compléter cet article par un paragraphe ainsi rédigé : » then « « III. – … paragraphe. », no closing
    # quote, nothing after it in the amendment, no other quote in it, the article's own alinéas around it: closed
    # there (p96-008); so a rewritten alinéa (« Rétablir cet alinéa dans la rédaction suivante », p96-027)
    article = "I. – Le maire décide.\n\nII. – Le préfet statue."
    said = "<p>Compléter cet article par un paragraphe ainsi rédigé :</p><p>« III. – Le présent article entre en vigueur en 2030.</p>"
    assert alineas(apply(article, [("1", said)]))[2] == "III. – Le présent article entre en vigueur en 2030."
    rewritten = "<p>Alinéa 2</p><p>Rédiger ainsi cet alinéa :</p><p>« II. – Le préfet statue sans délai.</p>"
    assert alineas(apply(article, [("2", rewritten)]))[1] == "II. – Le préfet statue sans délai."
    # an instruction after it, another quote in it, no stop at its end, or a quotation right after it: refused
    for said in (
        "<p>Compléter cet article par un paragraphe ainsi rédigé :</p><p>« III. – Le présent article entre en vigueur en 2030.</p><p>Supprimer l'alinéa 1.</p>",
        "<p>Compléter cet article par un paragraphe ainsi rédigé :</p><p>« III. – Le mot « maire » désigne aussi l'adjoint.</p>",
        "<p>Compléter cet article par un paragraphe ainsi rédigé :</p><p>« III. – Le présent article entre en vigueur en</p>",
    ):
        with pytest.raises(AmendingError):
            apply(article, [("3", said)])
    quoting = "I. – L'article L. 1 est ainsi rédigé :\n\n« Art. L. 1. – Le maire décide. »\n\nII. – Le préfet statue."
    with pytest.raises(AmendingError, match="never closes"):
        apply(quoting, [("4", "<p>Après l'alinéa 1, insérer un alinéa ainsi rédigé :</p><p>« Le conseil délibère.</p>")])


def test_one_alinea_left_open_last_holding_a_later_sentence_written_as_an_instruction_is_refused() -> None:
    # « « III. – … 2020. En conséquence, supprimer le II. », never closed: the later sentence may be the
    # amendment's instruction, written after the text it left open: where the text ends is not said
    article = "I. – Le maire décide.\n\nII. – Le préfet statue."
    head = "<p>Compléter cet article par un paragraphe ainsi rédigé :</p><p>« III. – Le présent article entre en vigueur en 2030. "
    for after in ("En conséquence, supprimer le II.", "Supprimer l'alinéa 1.", "Alinéa 2, supprimer le mot : préfet.", "Au II, remplacer le mot : préfet par le mot : juge."):
        with pytest.raises(AmendingError, match="never closes|instruction of its own"):
            apply(article, [("1", f"{head}{after}</p>")])
    # a later sentence of law (« Un décret fixe … », « Le préfet peut modifier … »): closed there (p96-008)
    for after in ("Un décret fixe ses modalités d'application.", "Le préfet peut, par arrêté, modifier la liste."):
        assert alineas(apply(article, [("2", f"{head}{after}</p>")]))[2] == f"III. – Le présent article entre en vigueur en 2030. {after}"


def test_a_text_given_holding_an_instruction_on_words_is_refused() -> None:
    # « … ainsi rédigé : « VI. – Les peines … tentative. Alinéa 3, remplacer le mot : « sept » par le mot :
    # « dix ». »: the amendment's own instruction written inside the text it puts (p99-057) was put in the law
    article = "I. – Le délai est de sept jours.\n\nII. – Le juge statue."
    said = (
        "Compléter cet article par un paragraphe ainsi rédigé :\n\n« III. – Les peines sont applicables à la "
        "tentative. Alinéa 1, remplacer le mot : « sept » par le mot : « dix »."
    )
    with pytest.raises(AmendingError, match="instruction of its own"):
        apply(article, [("1", said)])


def test_an_alinea_put_next_to_lines_standing_for_alineas_left_out_takes_the_quotation_s_quote() -> None:
    # a comparative text's bare « (Alinéa sans modification) » (or « (Alinéa supprimé) », « … ») inside a
    # quotation still open stands for one of its alinéas, its quote left out: an alinéa put next to it is
    # the quotation's and takes its quote (p104-082, p104-084); so after the lines that stand for the first
    # alinéas of a text announced (« … ainsi rédigé : », then the lines, then « « Art. … », p104-083)
    article = "\n\n".join(
        [
            "1° Après le chapitre Ier, il est inséré un chapitre Ier bis ainsi rédigé :",
            "(Alinéa sans modification)",
            "« Art. L. 1. – Le maire décide.",
            "(Alinéa sans modification)",
            "« Art. L. 2. – Le préfet statue.",
            "2° Le chapitre II est abrogé.",
        ]
    )
    put = "Après l'alinéa {n}\n\nInsérer un alinéa ainsi rédigé :\n\n« Le conseil délibère. »"
    for n, at in ((3, 3), (4, 4), (2, 2), (1, 1)):
        assert alineas(apply(article, [("1", put.format(n=n))]))[at] == "« Le conseil délibère."
    for stand_in in ("(Alinéa supprimé)", "…"):
        other = article.replace("(Alinéa sans modification)\n\n« Art. L. 2.", f"{stand_in}\n\n« Art. L. 2.")
        assert alineas(apply(other, [("1", put.format(n=4))]))[4] == "« Le conseil délibère."
    # the lines after a quotation closed, or after one left open before the bill's own alinéa (comparative
    # texts leave their quotations unclosed): whether they, and the alinéa put by them, are its is not said
    closed = article.replace("Le maire décide.", "Le maire décide. »")
    unclosed = article.replace("« Art. L. 2. – Le préfet statue.", "2° bis Le chapitre III est modifié.")
    for text, n in ((closed, 4), (unclosed, 3), (unclosed, 4)):
        with pytest.raises(AmendingError, match="inside the quotation beside those lines"):
            apply(text, [("1", put.format(n=n))])


def test_an_alinea_put_next_to_one_whose_opening_quote_the_data_lost_takes_the_quotation_s_quote() -> None:
    # « "3° … » (left open), « Lorsque … » (its opening quote lost in the data), « "4° … »: the bare alinéa is
    # the quotation's, nothing introducing the quoted one after it; an alinéa put next to it (before or after)
    # is inside the quotation and takes its quote, never bare inside a code article (p108-019, p108-041)
    article = "\n\n".join(
        [
            "L'article L. 114-3-1 du même code est ainsi rédigé :",
            '"Art. L. 114-3-1. - Le Haut Conseil est chargé :',
            '"3° D\'évaluer les formations ;',
            "Lorsque ces formations font l'objet d'une accréditation, l'évaluation est préalable.",
            '"4° De s\'assurer de la prise en compte des missions."',
        ]
    )
    put = "Après l'alinéa {n}, insérer un alinéa ainsi rédigé :\n\n« Les critères sont rendus publics. »"
    assert alineas(apply(article, [("1", put.format(n=4))]))[4] == '"Les critères sont rendus publics.'
    assert alineas(apply(article, [("1", put.format(n=3))]))[3] == '"Les critères sont rendus publics.'
    deleted = [("1", "Supprimer l'alinéa 4."), ("2", put.format(n=4))]
    assert alineas(apply(article, deleted))[3] == '"Les critères sont rendus publics.'


def test_a_roman_paragraph_following_neither_the_quotation_nor_the_bill_s_text_is_refused() -> None:
    # « VII. – » completing an article that quotes a code article whose last paragraph the data writes « Vi. – »
    # (a slip): not the quotation's next paragraph as read, nor the bill's own (its text would be the I, the
    # paragraph put the II): whose paragraph it is is not said (p108-050)
    article = "\n\n".join(
        [
            "L'article L. 329-7 du code de la recherche est ainsi rédigé :",
            '"Art. L. 329-7. - I. - Les agents sont auteurs.',
            '"V. - Un mandataire unique est désigné.',
            '"Vi. - Le transfert devient caduc."',
        ]
    )
    put = "Compléter cet article par un alinéa ainsi rédigé :\n\n« {mark}. – Un décret précise les conditions. »"
    with pytest.raises(AmendingError, match="whether it belongs to the quotation is not said"):
        apply(article, [("90", put.format(mark="VII"))])
    assert alineas(apply(article, [("90", put.format(mark="II"))]))[0].startswith("I. – L'article")


def test_a_paragraph_put_after_a_quoted_number_kept_for_a_deleted_one_is_judged_after_the_quotation() -> None:
    # « "III. – (Supprimé) » ends its quotation with no closing quote, as adopted texts write it: « IV. – »
    # completing the article, the bill having no roman mark of its own, continues the quotation it numbers next
    # in, and now closes it (p112-030); « II. – » there is the bill's, as after a closing quote
    article = "\n\n".join(
        [
            "L'article L. 114-3-3 du code de la recherche est ainsi rédigé :",
            '"Art. L. 114-3-3. - I. - Le Haut Conseil est administré par un conseil.',
            '"II. - Le conseil arrête le programme annuel.',
            '"III. - (Supprimé)',
        ]
    )
    put = "Compléter cet article par un alinéa ainsi rédigé :\n\n« {mark}. – Les membres sont nommés pour quatre ans. »"
    got = alineas(apply(article, [("85", put.format(mark="IV"))]))
    assert got[-2:] == ['"III. - (Supprimé)', '"IV. – Les membres sont nommés pour quatre ans."']
    got = alineas(apply(article, [("85", put.format(mark="II"))]))
    assert got[0].startswith("I. – L'article") and got[-1] == "II. – Les membres sont nommés pour quatre ans."


def test_an_empty_quoted_alinea_given_is_refused_not_a_crash() -> None:
    # « « » » left as an alinéa of the text given (random mutations of real amendments found it): an empty alinéa
    # read as opening a quote made an IndexError, a server error on the API; now a refusal in words
    article = "I. – Le code est ainsi modifié :\n\n1° L'article 1 est ainsi rédigé :\n\n« Art. 1. – Le maire. » ;\n\n2° Fin."
    said = "Après l'alinéa 2, insérer l'alinéa suivant :\n\n« A bis. – Les clients sont informés :</p><p>« »"
    with pytest.raises(AmendingError, match="no words"):
        apply(article, [("1", said)])


def test_a_quoted_alinea_left_open_amid_a_quotation_whose_items_are_bare_is_its_next_alinea() -> None:
    # « « 4° … » put after the bare « 3° … » of a quotation that « « Les administrations … : » opens and
    # « « Lorsque … » goes on with (p142-002, p142-045): its quote is the quotation's, not one never closed
    article = "\n\n".join(
        [
            "L'article 7 est ainsi rédigé :",
            "« Les administrations publient :",
            "1° les documents communiqués ;",
            "2° les bases de données.",
            "« Lorsque ces documents comportent des données personnelles, ils sont anonymisés.",
            "« Un décret fixe les modalités. »",
        ]
    )
    said = "Après l'alinéa 4\n\nInsérer un alinéa ainsi rédigé :\n\n« 3° les codes sources."
    assert alineas(apply(article, [("1", said)]))[3:6] == [
        "2° les bases de données ;",
        "« 3° les codes sources.",
        "« Lorsque ces documents comportent des données personnelles, ils sont anonymisés.",
    ]
    rewritten = "Alinéas 3 et 4\n\nRemplacer ces alinéas par un alinéa ainsi rédigé :\n\n« 1° les documents."
    assert alineas(apply(article, [("1", rewritten)]))[1:3] == ["« Les administrations publient :", "« 1° les documents."]


def test_announced_alineas_each_quoted_counted_whole_once_one_is_put_after_them() -> None:
    # « complété par deux alinéas ainsi rédigés : » then « « X. » », « « Y. » »: one put after the last takes its
    # closing quote (« « Y. », « « Z. » »); all three are counted, not the first alone (p144-043)
    each = "\n\n".join(
        [
            "L'article L. 1 du code est complété par deux alinéas ainsi rédigés :",
            "« La redevance est due. »",
            "« Le décret fixe les modalités. »",
        ]
    )
    one = each.replace("due. »", "due.")
    for article in (each, one):
        for where in ("Après l'alinéa 3", "Après l'alinéa 2"):
            said = where + ", insérer un alinéa ainsi rédigé : « Un arrêté précise le taux. »"
            out = alineas(apply(article, [("1", said)]))
            assert out[0] == "L'article L. 1 du code est complété par trois alinéas ainsi rédigés :"
            assert len(out) == 4
        gone = alineas(apply(article, [("1", "Supprimer l'alinéa 3.")]))
        assert gone == ["L'article L. 1 du code est complété par un alinéa ainsi rédigé :", "« La redevance est due. »"]
    assert alineas(apply(one, [("1", "Supprimer l'alinéa 2.")]))[0].endswith("par un alinéa ainsi rédigé :")


def test_one_alinea_left_open_last_holding_a_later_sentence_opening_with_an_infinitive_subject_is_closed() -> None:
    # « « VI. – … tentative. Supprimer un soutien … est puni des mêmes peines. », never closed (p99-051, p99-052,
    # p99-053, p99-061): the infinitive governs nothing an amendment names (words, an alinéa, a phrase, a
    # division, « ainsi »): it is the sentence's subject, law text, closed with it; one that does stays refused
    article = "I. – Le maire décide.\n\nII. – Le préfet statue."
    head = "<p>Compléter cet article par un paragraphe ainsi rédigé :</p><p>« III. – Les peines sont applicables à la tentative. "
    for after in ("Supprimer un soutien enregistré est puni des mêmes peines.", "Rédiger les factures conformément au II relève des fournisseurs.", "Insérer dans la liste un soutien est puni des mêmes peines."):
        assert alineas(apply(article, [("1", f"{head}{after}</p>")]))[2] == f"III. – Les peines sont applicables à la tentative. {after}"
    for after in ("Supprimer le II.", "Supprimer également le II.", "Supprimer, en conséquence, le II.", "Supprimer la seconde phrase de l'alinéa 1.", "Rédiger ainsi l'alinéa 1 : Le maire statue.", "Supprimer les mots « le préfet ».", "Remplacer le mot : maire par le mot : préfet."):
        with pytest.raises(AmendingError):
            apply(article, [("2", f"{head}{after}</p>")])


def test_alineas_introduced_given_with_the_amendments_quote_then_the_texts_straight_one_lose_the_amendments() -> None:
    # « Rédiger ainsi cet article : « L'article … ainsi rédigés : » then « "Les concours … » (p150-038): the text
    # writes its quotations straight; the « opening each alinéa is the amendment's and goes with its outer quotes,
    # the straight quote is the text's own and stays. Nested « « and straight outer quotes are as before.
    article = 'Il est inséré un alinéa ainsi rédigé :\n\n"Le maire décide."'
    head = "Rédiger ainsi cet article :\n\n« L'article L. 1 est complété par deux alinéas ainsi rédigés :\n\n"
    out = alineas(apply(article, [("1", head + '« "Le maire décide.\n\n« "Le préfet statue." »')]))
    assert out == ["L'article L. 1 est complété par deux alinéas ainsi rédigés :", '"Le maire décide.', '"Le préfet statue."']
    out = alineas(apply(article, [("1", head + "« « Le maire décide.\n\n« « Le préfet statue. » »")]))
    assert out[1:] == ["« Le maire décide.", "« Le préfet statue. »"]
    items = 'L\'article L. 1 est ainsi modifié :\n\n1° Le mot : "a" est supprimé ;\n\n2° Le mot : "b" est supprimé.'
    said = (
        "Rédiger ainsi cet article :\n\n« L'article L. 1 est ainsi modifié :\n\n« 1° Il est ajouté un alinéa ainsi "
        'rédigé :\n\n« "Le maire décide." ;\n\n« 2° Le mot : "b" est supprimé. »'
    )
    assert alineas(apply(items, [("1", said)]))[2:] == ['"Le maire décide." ;', '2° Le mot : "b" est supprimé.']
    assert alineas(apply(items, [("1", 'Rédiger ainsi l\'alinéa 2 :\n\n« "Le maire décide." »')]))[1] == '"Le maire décide."'
