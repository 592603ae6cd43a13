# ruff: noqa: E501  (French instructions read best whole)
"""Several amendments in one sitting (sitting.py, apply): numbers and quoted words counted as the text
stood before the sitting, sub-amendments, identical amendments, the order they are applied in, and
conflicts between amendments refused."""

from __future__ import annotations

import pytest

from drafting.domain.amending import AmendingError, apply, apply_one
from tests.unit.amending_helpers import ARTICLE, alineas


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

def test_identical_amendments_count_once_and_a_rewrite_of_the_article_supersedes_the_rest() -> None:
    same = "Alinéa 3\n\nAprès les mots :\n\nle rapport\n\ninsérer les mots :\n\nd'activité"
    twice = alineas(apply(ARTICLE, [("11", same), ("88", same)]))[2]
    assert twice.count("d'activité") == 1
    rewrite = ("A-2", "Rédiger ainsi cet article :\n\n« Le code est abrogé. »")
    assert apply(ARTICLE, [("11", "Alinéa 2\n\nSupprimer cet alinéa."), rewrite]) == "Le code est abrogé."

def test_a_sub_amendment_headed_by_its_amendment_completes_it_inside_its_quotes() -> None:
    main = ("24", "Compléter cet article par un alinéa ainsi rédigé :\n\n« 4° Les contrats sont publics. »")
    sub = (
        "58",
        "Amendement n° 24\n\nCompléter cet amendement par une phrase ainsi rédigée :\n\n« Toute clause cachée est nulle. »",
    )
    assert alineas(apply(ARTICLE, [main, sub]))[-1] == "4° Les contrats sont publics. Toute clause cachée est nulle."

def test_amendments_identical_but_for_typography_and_capitals_count_once() -> None:
    one = "Compléter cet article par un alinéa ainsi rédigé :\n\n« 4° Maire d’arrondissement. »"
    other = 'Compléter cet article par un alinéa ainsi rédigé :\n\n"4° maire d\'arrondissement."'
    out = apply(ARTICLE, [("10", one), ("12", other)])
    assert len(alineas(out)) == 5 and alineas(out)[-1] == "4° Maire d’arrondissement."

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

def test_a_sub_amendment_naming_an_alinea_its_amendment_lacks_says_so() -> None:
    # « Alinéa 5 de l'amendement n° 12 » on an amendment of three alinéas: the reason names the amendment,
    # whose alinéas it counts, not the article (p62-039)
    article = "Premier alinéa.\n\nDeuxième alinéa."
    amendment = ("12", "Après l'alinéa 1, insérer deux alinéas ainsi rédigés :\n\n« Un. »\n\n« Deux. »")
    sub = ("12-1", "Sous-amendement à l'amendement n° 12\n\nAlinéa 5 de l'amendement n° 12\n\nSupprimer cet alinéa.")
    with pytest.raises(AmendingError, match=r"the amendment has no alinéa 5 \(it has 3 alinéas\)"):
        apply(article, [amendment, sub])

def test_a_sitting_deleting_alineas_the_article_lacks_is_refused_not_a_crash() -> None:
    # « Supprimer Alinéa 7 » then « Supprimer cet alinéa. » on an article of three alinéas: two deletions of
    # an alinéa that is not there, each refused as such (it raised an IndexError before: a 500 on the API)
    article = "Le code est ainsi modifié :\n\n1° Un ;\n\n2° Deux."
    with pytest.raises(AmendingError, match="no alinéa 7"):
        apply(article, [("52", "<p>Supprimer Alinéa 7</p><p>Supprimer cet alinéa.</p>")])

def test_alineas_put_at_one_place_by_several_amendments_go_in_their_marks_order() -> None:
    # « V ter » given before « V bis », each after alinéa 2: no vote puts the V ter first, the marks say where
    # each goes (p108-005; « 1° ter » and « 1° bis », p108-021); marks that cannot all be compared keep the
    # order given, unless those that can stand in it against their marks: refused
    article = "« Art. L. 1. – I. – Le conseil délibère.\n\n« V. – Le maire exécute.\n\n« VI. – Le préfet contrôle. »"
    ter = ("51", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« V ter. – Un décret fixe les modalités. »")
    bis = ("50", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« V bis. – Le maire rend compte. »")
    bare = ("52", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« Il en informe le conseil. »")
    for amendments in ([ter, bis], [bis, ter]):
        got = alineas(apply(article, amendments))
        assert got[2:4] == ["« V bis. – Le maire rend compte.", "« V ter. – Un décret fixe les modalités."]
    assert alineas(apply(article, [bis, bare, ter]))[2:5] == [
        "« V bis. – Le maire rend compte.",
        "« Il en informe le conseil.",
        "« V ter. – Un décret fixe les modalités.",
    ]
    with pytest.raises(AmendingError, match="their marks in no order a vote gives") as refused:
        apply(article, [ter, bare, bis])
    assert refused.value.code == "conflict"

def test_words_put_at_an_alineas_end_and_after_its_last_word_are_a_conflict() -> None:
    # « Compléter l'alinéa 1 par les mots » and « après le mot : « régions » » (its last word) put other words at
    # one place of the alinéa as it stood; so « Au début de l'alinéa » and « avant le mot : « Le » » (its first):
    # which was voted first, and whose words come first, is not said (p108-027)
    article = "I. – Le conseil comprend un représentant des régions.\n\nII. – Un décret précise ces règles."
    end = ("1", "Compléter l'alinéa 1 par les mots : « et un représentant des départements ».")
    last = ("2", "À l'alinéa 1, après le mot : « régions », insérer les mots : « et un représentant des communes ».")
    start = ("3", "Au début de l'alinéa 1, insérer les mots : « Chaque année, »")
    first = ("4", "À l'alinéa 1, avant le mot : « Le », insérer les mots : « Désormais, »")
    for amendments in ([end, last], [last, end], [start, first]):
        with pytest.raises(AmendingError, match="puts other words at the same place") as refused:
            apply(article, amendments)
        assert refused.value.code == "conflict"
    # words put at other places of the alinéa are both made
    elsewhere = ("5", "À l'alinéa 1, après le mot : « représentant », insérer le mot : « élu »")
    assert alineas(apply(article, [end, elsewhere]))[0] == (
        "I. – Le conseil comprend un représentant élu des régions et un représentant des départements."
    )

def test_alineas_put_at_one_gap_named_two_ways_go_in_their_marks_order() -> None:
    # « Après l'alinéa 3 » (the II's last) and « Après le II » name one gap between the alinéas as they stood:
    # the marks say where each goes, whichever was given first (p112-002, p112-013); the same alinéas put there
    # by two amendments, each naming it its own way, are put once, as identical amendments count once (p112-053)
    article = "I. – Le conseil délibère.\n\nII. – Le maire exécute.\n\nIl rend compte.\n\nIII. – Le préfet contrôle."
    ter = ("12", "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« II ter. – Un décret fixe les modalités. »")
    bis = ("15", "Après le II, insérer un alinéa ainsi rédigé :\n\n« II bis. – Le maire informe le conseil. »")
    same = ("16", "Avant le III, insérer un alinéa ainsi rédigé :\n\n« II bis. – Le maire informe le conseil. »")
    for amendments in ([ter, bis], [bis, ter], [ter, same, bis]):
        assert alineas(apply(article, amendments))[3:] == [
            "II bis. – Le maire informe le conseil.",
            "II ter. – Un décret fixe les modalités.",
            "III. – Le préfet contrôle.",
        ]

def test_the_same_words_put_at_one_place_named_two_ways_are_put_once() -> None:
    # « Compléter l'alinéa 1 par les mots » and « après le mot : « régions » » (its last) putting the same words:
    # one place, the same words, as identical amendments: once (p112-037); so « Au début de l'alinéa » and
    # « avant les mots : « Un décret » » (p112-039)
    article = "I. – Le conseil comprend un représentant des régions.\n\nII. – Un décret précise ces règles."
    end = ("1", "Compléter l'alinéa 1 par les mots : « et un représentant des départements ».")
    last = ("2", "À l'alinéa 1, après le mot : « régions », insérer les mots : « et un représentant des départements ».")
    start = ("3", "Au début de l'alinéa 2, insérer les mots : « Dans un délai de six mois, »")
    first = ("4", "À l'alinéa 2, avant les mots : « Un décret », insérer les mots : « Dans un délai de six mois, »")
    assert alineas(apply(article, [end, last, start, first])) == [
        "I. – Le conseil comprend un représentant des régions et un représentant des départements.",
        "II. – Dans un délai de six mois, un décret précise ces règles.",
    ]

def test_words_put_on_either_side_of_a_comma_are_two_places() -> None:
    # « ou, en cas d'empêchement, » put before « par le ministre » is not slid over the comma before it to read
    # « , ou, en cas d'empêchement » after « délégation », where another amendment puts « écrite » (p112-035)
    article = "I. – L'acte est signé par délégation, par le ministre."
    after = ("97", "À l'alinéa 1, après les mots : « par délégation », insérer le mot : « écrite ».")
    before = ("98", "À l'alinéa 1, avant les mots : « par le ministre », insérer les mots : « ou, en cas d'empêchement, »")
    for amendments in ([after, before], [before, after]):
        assert apply(article, amendments) == (
            "I. – L'acte est signé par délégation écrite, ou, en cas d'empêchement, par le ministre."
        )

def test_alineas_put_at_one_gap_with_a_mark_read_two_ways_are_in_order_under_every_reading_meant() -> None:
    # « 1° A La Réunion … » is a 1° A or « 1° À La Réunion », a 1°: put before the bill's 1°, a 1° would be one
    # twice, so it is a 1° A and, given after a « 1° B », stands against its mark: refused (p113-021); given
    # before the « 1° B », it is in order (p113-020); « 2° bis A l'article … » (« à l'article ») beside a « 2° bis »
    # is a 2° bis twice: refused (p113-024); « 2° ter A Paris … », a 2° ter or a 2° ter A, goes after a « 2° bis »
    # either way: sorted (p113-025)
    article = "Le code est ainsi modifié :\n\n1° L'article L. 1 est abrogé ;\n\n2° L'article L. 2 est abrogé."
    put = "Après l'alinéa {at}, insérer un alinéa ainsi rédigé :\n\n« {text} »"
    b = ("40", put.format(at=1, text="1° B L'article L. 3 est abrogé ;"))
    a = ("41", put.format(at=1, text="1° A La Réunion, le présent titre s'applique sous réserve d'adaptations ;"))
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [b, a])
    assert [g[:5] for g in alineas(apply(article, [a, b]))[1:3]] == ["1° A ", "1° B "]
    bis = ("42", put.format(at=3, text="2° bis L'article L. 4 est abrogé."))
    twice = ("43", put.format(at=3, text="2° bis A l'article L. 5, le mot : « deux » est remplacé par le mot : « trois »."))
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [bis, twice])
    ter = ("44", put.format(at=3, text="2° ter A Paris, l'article L. 6 n'est pas applicable."))
    assert [g[:7] for g in alineas(apply(article, [ter, bis]))[3:]] == ["2° bis ", "2° ter "]

def test_more_than_eight_marks_read_two_ways_at_one_gap_are_refused_not_tried_every_way() -> None:
    # « 1° A Mayotte, … » is a 1° A or a 1° with « à Mayotte »: each such mark doubles the readings tried to order
    # the alinéas put at one gap; past 8 (512 readings) no real sitting is meant, and it is refused at once
    article = "Le maire signe.\n\nLe préfet statue."
    put = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« {0}° A Mayotte, le texte {0} s'applique. »"
    assert len(alineas(apply(article, [(str(i), put.format(i)) for i in range(1, 9)]))) == 10
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [(str(i), put.format(i)) for i in range(1, 25)])

def test_marks_of_several_levels_at_one_gap_go_by_the_levels_open_there() -> None:
    # after the ix) ending the b)'s romans: « xi) » given before « x) » are sorted (p116-001); the « x) » ends the
    # romans before the « b bis) » (p116-017); a « v bis) » goes after the v), not after the ix): refused
    # (p116-015); the c) ending the 1° before the « 1° bis » (p116-039); an « i) » after the h) put beside it is
    # no twin of the roman i) under the b) (p116-006)
    article = (
        "Le Gouvernement est autorisé à prendre par ordonnance :\n\n1° Des mesures :\n\na) D'aide ;\n\n"
        "b) En matière de travail :\n\ni) Limiter ;\n\nii) Adapter ;\n\nix) Aménager ;\n\ng) Modifiant ;\n\n"
        "2° Des mesures de délais."
    )
    put = "Après l'alinéa {at}, insérer un alinéa ainsi rédigé :\n\n« {text} »"
    xi = ("1", put.format(at=7, text="xi) Aménager les délais ;"))
    x = ("2", put.format(at=7, text="x) Adapter les règles ;"))
    assert [g[:3] for g in alineas(apply(article, [xi, x]))[7:9]] == ["x) ", "xi)"]
    b_bis = ("3", put.format(at=7, text="b bis) En matière de formation ;"))
    assert [g[:3] for g in alineas(apply(article, [b_bis, x]))[7:9]] == ["x) ", "b b"]
    v_bis = ("4", put.format(at=7, text="v bis) Modifier les conditions ;"))
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [x, v_bis])
    bis = ("5", put.format(at=8, text="1° bis Des mesures de soutien ;"))
    h = ("6", put.format(at=8, text="h) Adaptant les règles ;"))
    assert [g[:3] for g in alineas(apply(article, [bis, h]))[8:10]] == ["h) ", "1° "]
    i = ("7", put.format(at=8, text="i) Permettant de reporter ;"))
    assert [g[:3] for g in alineas(apply(article, [i, h]))[8:10]] == ["h) ", "i) "]

def test_a_mark_put_at_one_gap_twice_with_the_alineas_around_it_is_refused() -> None:
    # « 1° A compter du … » is a 1° (« à compter »): put before the bill's 1° beside a « 1° B », a 1° twice
    # (p116-026)
    article = "Le code est ainsi modifié :\n\n1° L'article L. 1 est abrogé ;\n\n2° L'article L. 2 est abrogé."
    put = "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« {text} »"
    a = ("1", put.format(text="1° A compter du 1er janvier 2023, l'article L. 3 est abrogé ;"))
    b = ("2", put.format(text="1° B L'article L. 4 est abrogé ;"))
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [a, b])

def test_one_division_restored_in_the_same_words_named_two_ways_is_restored_once() -> None:
    # « Rétablir le 1° » and « Alinéa 2 … Rétablir cet alinéa », the same text over one « 1° (Supprimé) » (p116-047)
    article = "Le code est ainsi modifié :\n\n1° (Supprimé)\n\n2° L'article L. 2 est abrogé."
    text = "« 1° L'article L. 1 est abrogé ; »"
    by_mark = ("1", f"Rétablir le 1° dans la rédaction suivante :\n\n{text}")
    by_alinea = ("2", f"Alinéa 2\n\nRétablir cet alinéa dans la rédaction suivante :\n\n{text}")
    assert alineas(apply(article, [by_mark, by_alinea]))[1] == "1° L'article L. 1 est abrogé ;"

def test_an_amendment_whose_words_only_the_article_rewritten_whole_holds_is_refused_not_dropped() -> None:
    # the article rewritten whole by one amendment; another names words of its alinéa 2 that alinéa 2 as it
    # stood lacks and the rewrite's alinéa 2 holds: made on that text (a sub-amendment not said to be one) or
    # fallen, which is not said: refused (p119-011); words the alinéa held too fall with it, as before (p21-039)
    article = "Le Gouvernement remet un rapport.\n\nCe rapport est transmis au Parlement."
    rewrite = ("2", "Rédiger ainsi cet article :\n\n« Le Gouvernement remet un rapport annuel. »\n\n« Ce rapport est rendu public. »")
    change = ("48", "Alinéa 2\n\nRemplacer les mots :\n\n« rendu public »\n\npar les mots :\n\n« publié »")
    with pytest.raises(AmendingError, match="rewrite of the article, not in the article"):
        apply(article, [rewrite, change])
    fallen = ("49", "Alinéa 2\n\nRemplacer les mots :\n\n« Ce rapport »\n\npar les mots :\n\n« Il »")
    assert alineas(apply(article, [rewrite, fallen]))[1] == "Ce rapport est rendu public."

def test_items_deleted_with_the_phrase_introducing_them_at_one_sitting() -> None:
    # « Supprimer la seconde phrase de l'alinéa 2 » (« … en particulier : ») and « Supprimer les alinéas 3 et 4 »
    # (the a) and b) it introduced): nothing is left hanging, the alinéa ends as its first phrase did (p122-067);
    # the items deleted alone, the alinéa still introducing them, stay refused
    article = "\n\n".join([
        "Le Gouvernement est habilité à prendre toute mesure relative :",
        "1° Aux modalités d'élection des maires. Ces ordonnances peuvent prévoir, en particulier :",
        "a) Que la réunion se tient en tout lieu ;",
        "b) Des règles de quorum.",
        "2° Aux jalons calendaires.",
    ])
    phrase = ("1", "Supprimer la seconde phrase de l'alinéa 2.")
    items = ("2", "Supprimer les alinéas 3 et 4.")
    for sitting in ([phrase, items], [items, phrase]):
        assert alineas(apply(article, sitting)) == [
            "Le Gouvernement est habilité à prendre toute mesure relative :",
            "1° Aux modalités d'élection des maires.",
            "2° Aux jalons calendaires.",
        ]
    with pytest.raises(AmendingError, match="it deletes every item that alinéa 2 introduces"):
        apply(article, [items])

def test_marks_of_several_levels_at_one_gap_read_every_alinea_put_and_the_alinea_after() -> None:
    # every alinéa each amendment puts is read in its own order: « h) » then « 1° bis » by one, « i) » by
    # another after the 1°'s g): no order keeps both whole (p123-010); a « 1° bis … : » with its « a) » given
    # before an « h) »: the h) first (p123-009); a 1° bis before the 1°'s c) leaves it under the 1° bis (p123-027);
    # an « a) » under a chapeau whose list is of items (p123-022), a « c) » after a 3° opening no list (p123-060):
    # refused; capital paragraphs a level (« A bis. – » after the 4° ending the A: p123-058; « C bis. – » before
    # « D. – »: p123-063); « I ter (nouveau). – » read (p123-061); a quotation closing before the gap (p123-047)
    article = "\n\n".join([
        "I. – Le Gouvernement est autorisé à prendre par ordonnance :",
        "1° Des mesures :",
        "a) D'aide ;",
        "b) En matière de travail ;",
        "g) Modifiant ;",
        "2° Des mesures de délais.",
        "I bis (nouveau). – A. – Les fournisseurs informent :",
        "1° Les petits clients ;",
        "3° Les autres clients.",
        "B. – Ils interrogent les clients.",
        "C. – Les clients sont réputés éligibles.",
        "II. – Le code est ainsi modifié :",
        "1° Il est ajouté un alinéa ainsi rédigé :",
        "« 10° Valoriser la biomasse ; »",
        "III. – Le présent article entre en vigueur en 2021.",
    ])
    put = "Après l'alinéa {at}, insérer {n} ainsi rédigé{s} :\n\n{text}"

    def one(numero: str, at: int, text: str) -> tuple[str, str]:
        return (numero, put.format(at=at, n="un alinéa", s="", text=f"« {text} »"))

    two = ("31", put.format(at=5, n="deux alinéas", s="s", text="« h) Adaptant les aides ; »\n\n« 1° bis Des mesures pour les associations ; »"))
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [two, one("40", 5, "i) Adaptant les loyers ;")])
    bis = ("12", put.format(at=5, n="deux alinéas", s="s", text="« 1° bis Des mesures, toute mesure : »\n\n« a) Adaptant les réunions ; »"))
    assert [g[:3] for g in alineas(apply(article, [bis, one("13", 5, "h) Adaptant les aides ;")]))[5:8]] == ["h) ", "1° ", "a) "]
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [one("6", 3, "c bis) Adapter ;"), one("12", 3, "1° bis Des mesures ;")])
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [one("3", 1, "1° A À titre exceptionnel, toute mesure ;"), one("4", 1, "a) Adaptant les délais ;")])
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [one("3", 9, "A bis. – Les fournisseurs rendent compte."), one("4", 9, "c) Aux consommateurs ;")])
    out = alineas(apply(article, [one("3", 9, "A bis. – Les fournisseurs rendent compte."), one("4", 9, "4° Les collectivités.")]))
    assert [g[:6] for g in out[8:12]] == ["3° Les", "4° Les", "A bis.", "B. – I"]
    out = alineas(apply(article, [one("5", 11, "D. – Les fournisseurs transmettent."), one("6", 11, "C bis. – Les clients demandent.")]))
    assert [g[:6] for g in out[10:14]] == ["C. – L", "C bis.", "D. – L", "II. – "]
    out = alineas(apply(article, [one("7", 14, "II bis. – Le 10° entre en vigueur en 2021."), one("8", 14, "2° Le 9° est abrogé.")]))
    assert [g[:6] for g in out[13:16]] == ["« 10° ", "2° Le ", "II bis"]
    # marks of several kinds whose levels are not read (an alinéa with no mark among them): refused, not kept
    with pytest.raises(AmendingError, match="their marks in no order a vote gives"):
        apply(article, [one("9", 3, "c) Adaptant ;"), one("10", 3, "1° bis Des mesures ;"), one("11", 3, "Ces mesures sont prises en 2021.")])

def test_marks_at_one_gap_scoped_by_the_alinea_opening_them_and_by_the_alineas_around() -> None:
    # an alinéa of no mark by one amendment between the 3° and a « 4° » by another: refused (p128-005), not
    # between a « C. – » and a « D. – » (p128-011); « II bis. – A. – » opens the capitals its « B. – » goes on
    # (p128-010); a quoted « Art. L. 1. – I. – » opens the quotation's I (p128-015); no III bis nor IV bis B
    # over the III's last alinéa of no mark (p128-034) nor after the IV bis A (p128-041); a quotation's alinéa
    # beside the bill's own at one gap (p128-065): refused
    article = "\n\n".join([
        "I. – Le code est ainsi modifié :",
        "1° L'article L. 1 est ainsi rédigé :",
        "« Art. L. 1. – I. – Les tarifs bénéficient :",
        "« 1° Aux consommateurs domestiques ;",
        "« 2° Aux consommateurs non domestiques.",
        "« II. – Les clients attestent. » ;",
        "II. – A. – Les fournisseurs identifient :",
        "1° Les petits clients ;",
        "2° Les moyens clients ;",
        "3° Les autres clients.",
        "B. – Ils interrogent les clients.",
        "C. – Les clients sont réputés éligibles.",
        "III. – Les fournisseurs informent :",
        "1° Sur les factures ;",
        "2° Sur le site.",
        "Par dérogation, les clients sont informés.",
        "IV. – Le mandat est prorogé pour :",
        "1° Les conseillers.",
        "IV bis A (nouveau). – Les candidats élus.",
        "V. – Le présent article entre en vigueur.",
    ])

    def one(numero: str, at: int, *texts: str) -> tuple[str, str]:
        quoted = "\n\n".join(f"« {t} »" for t in texts)
        return (numero, f"Après l'alinéa {at}, insérer les alinéas suivants :\n\n{quoted}")

    conflict = "their marks in no order a vote gives"
    with pytest.raises(AmendingError, match=conflict):
        apply(article, [one("1", 10, "Les fournisseurs en informent la commission."), one("2", 10, "4° Les collectivités.")])
    out = alineas(apply(article, [one("1", 12, "Ces clients sont informés."), one("2", 12, "D. – Les fournisseurs publient.")]))
    assert [g[:6] for g in out[11:14]] == ["C. – L", "Ces cl", "D. – L"]
    ii_bis = one("3", 12, "II bis. – A. – Les fournisseurs adressent :", "1° Le nombre ;", "2° Le reste.", "B. – Le médiateur rend compte.")
    out = alineas(apply(article, [ii_bis, one("4", 12, "D. – Les fournisseurs publient.")]))
    assert [g[:6] for g in out[11:18]] == ["C. – L", "D. – L", "II bis", "1° Le ", "2° Le ", "B. – L", "III. –"]
    out = alineas(apply(article, [one("5", 5, "« I bis. – Les consommateurs attestent."), one("6", 5, "« 3° Aux collectivités.")]))
    assert [g[:6] for g in out[4:8]] == ["« 2° A", "« 3° A", "« I bi", "« II. "]
    with pytest.raises(AmendingError, match=conflict):
        apply(article, [one("7", 15, "III bis. – Le mandat est prorogé."), one("8", 15, "3° Sur les affiches.")])
    with pytest.raises(AmendingError, match=conflict):
        apply(article, [one("9", 18, "IV bis B. – Les comptes sont déposés."), one("10", 18, "2° Les maires.")])
    with pytest.raises(AmendingError, match=conflict):
        apply(article, [one("11", 6, "I bis. – Le mot est remplacé."), one("12", 6, "« Les clients paient. »")])

def test_a_word_the_article_holds_only_as_the_head_of_a_longer_one_is_not_held_by_it() -> None:
    # « renouvelable » whole only in the rewrite's alinéa 2 (the alinéa as it stood writes « renouvelables »,
    # another word): made on the rewrite or fallen is not said, as when the article lacks it (p129-028)
    article = "Le code est ainsi modifié :\n\n1° Les mots : « de biogaz » sont remplacés par les mots : « de gaz renouvelables »."
    rewrite = ("1", "Rédiger ainsi cet article :\n\n« Le code est ainsi modifié : »\n\n« 1° Les mots : « de biogaz » sont remplacés par les mots : « d'hydrogène renouvelable ». »")
    change = ("2", "Alinéa 2\n\nRemplacer le mot :\n\n« renouvelable »\n\npar le mot :\n\n« décarboné »")
    with pytest.raises(AmendingError, match="rewrite of the article, not in the article"):
        apply(article, [rewrite, change])

def test_some_items_deleted_with_the_phrase_introducing_them_gone_are_refused() -> None:
    # the introducing phrase deleted (or the alinéa's end rewritten without « : ») while a) and b) are deleted
    # and c) is left: the c) would hang after « … maires : » or « … maires ; », which no amendment wrote
    # (p129-042); every item deleted with the end rewritten so that it introduces nothing, the sitting said what
    # the alinéa becomes: its text (p129-043)
    article = "\n\n".join([
        "Le Gouvernement est habilité à prendre toute mesure relative :",
        "1° Aux modalités d'élection des maires. Ces ordonnances peuvent prévoir, en particulier :",
        "a) Que la réunion se tient en tout lieu ;",
        "b) Des règles de quorum ;",
        "c) Toute forme de vote.",
        "2° Aux jalons calendaires.",
    ])
    phrase = ("1", "Supprimer la seconde phrase de l'alinéa 2.")
    rewritten = ("1", "Rédiger ainsi la seconde phrase de l'alinéa 2 :\n\n« Ces ordonnances peuvent prévoir des règles dérogatoires. »")
    whole = ("1", "Rédiger ainsi l'alinéa 2 :\n\n« 1° Aux modalités d'élection des maires ; »")
    for first in (phrase, rewritten, whole):
        for some in ("Supprimer les alinéas 3 et 4.", "Supprimer les alinéas 4 et 5."):
            with pytest.raises(AmendingError, match="whose introduction in alinéa 2 is gone at this sitting"):
                apply(article, [first, ("2", some)])
    out = alineas(apply(article, [rewritten, ("2", "Supprimer les alinéas 3 à 5.")]))
    assert out[1:] == ["1° Aux modalités d'élection des maires. Ces ordonnances peuvent prévoir des règles dérogatoires.", "2° Aux jalons calendaires."]

def test_two_phrases_put_at_one_place_named_two_ways_are_refused_the_same_put_once() -> None:
    # « Compléter l'alinéa 2 par une phrase » and « Après la première phrase de l'alinéa 2, insérer une phrase »
    # on an alinéa of one phrase name its end two ways: which was voted first is not said (p129-060); the same
    # phrase so put twice is put once; two named the same way go in the order given
    article = "Premier alinéa.\n\nUn projet de loi est déposé devant le Parlement.\n\nDernier alinéa."
    end = "Compléter l'alinéa 2 par une phrase ainsi rédigée :\n\n« {} »"
    after = "Après la première phrase de l'alinéa 2, insérer une phrase ainsi rédigée :\n\n« {} »"
    for a, b in ((end, after), (after, end)):
        with pytest.raises(AmendingError, match="puts other words at the same place"):
            apply(article, [("1", a.format("Il est public.")), ("2", b.format("Il est motivé."))])
        out = alineas(apply(article, [("1", a.format("Il est public.")), ("2", b.format("Il est public."))]))
        assert out[1] == "Un projet de loi est déposé devant le Parlement. Il est public."
    out = alineas(apply(article, [("1", end.format("Il est public.")), ("2", end.format("Il est motivé."))]))
    assert out[1] == "Un projet de loi est déposé devant le Parlement. Il est public. Il est motivé."

def test_words_completing_an_alinea_another_completes_by_a_phrase_go_before_its_stop_as_it_stood() -> None:
    # the phrase given first: the words still complete the alinéa as it stood, before its stop, then the phrase
    # (p129-066); a last phrase rewritten is no phrase put after the end: the words complete it as before
    article = "Premier alinéa.\n\nUn projet est déposé. Il est publié au Journal officiel.\n\nDernier alinéa."
    phrase = ("1", "Compléter l'alinéa 2 par une phrase ainsi rédigée :\n\n« Il est motivé. »")
    words = ("2", "Compléter l'alinéa 2 par les mots :\n\n« dans le mois »")
    for sitting in ([phrase, words], [words, phrase]):
        assert alineas(apply(article, sitting))[1] == "Un projet est déposé. Il est publié au Journal officiel dans le mois. Il est motivé."
    rewrite = ("1", "Rédiger ainsi la seconde phrase de l'alinéa 2 :\n\n« Il est rendu public. »")
    assert alineas(apply(article, [rewrite, words]))[1] == "Un projet est déposé. Il est rendu public dans le mois."

def test_some_dashed_items_deleted_with_their_introduction_rewritten_are_refused() -> None:
    # « b) Dans les autres communes : » rewritten whole ending « ; » while only one of its dashed items is
    # deleted: the other would hang after words that no longer introduce it (p132-045, p132-046); every
    # dashed item deleted, the sitting said what the b) becomes (p129-043)
    article = "\n\n".join([
        "3. Le représentant de l'État constate :",
        "a) Dans les communes, du conseiller ;",
        "b) Dans les autres communes :",
        "– du conseiller élu ;",
        "– à défaut, du conseiller le plus âgé.",
        "Le cas échéant, il est fait application.",
    ])
    rewrite = ("1", "Rédiger ainsi l'alinéa 3 :\n\n« b) Dans les autres communes, du conseiller le plus âgé ; »")
    for some in ("Supprimer l'alinéa 4.", "Supprimer l'alinéa 5."):
        with pytest.raises(AmendingError, match="whose introduction in alinéa 3 is gone at this sitting"):
            apply(article, [rewrite, ("2", some)])
    out = alineas(apply(article, [rewrite, ("2", "Supprimer les alinéas 4 et 5.")]))
    assert out[2:] == ["b) Dans les autres communes, du conseiller le plus âgé ;", "Le cas échéant, il est fait application."]

def test_words_put_or_deleted_at_the_start_of_an_amendments_quoted_words_take_no_capital() -> None:
    # the amendment's operand (« « deux » », bare « octobre ») is a piece of a sentence of the law, not an
    # alinéa opening one: a sub-amendment putting or deleting words at its start gives no capital (p134-086..091)
    article = "Un délai de trois mois est fixé.\n\nDernier alinéa."
    amendment = ("10", "Alinéa 1\n\nRemplacer le mot :\n\n« trois »\n\npar le mot :\n\n« deux »")
    for sub in (
        "Sous-amendement n° 11 à l'amendement n° 10\n\nAlinéa 5\n\nAu début de cet alinéa, insérer les mots :\n\n« au plus »",
        "Sous-amendement n° 11 à l'amendement n° 10\n\nAlinéa 5\n\nAvant le mot :\n\n« deux »\n\ninsérer les mots :\n\n« au plus »",
    ):
        assert alineas(apply(article, [amendment, ("11", sub)]))[0] == "Un délai de au plus deux mois est fixé."
    amendment = ("10", "Alinéa 1\n\nRemplacer le mot :\n\n« trois »\n\npar les mots :\n\n« au plus deux »")
    sub = "Sous-amendement n° 11 à l'amendement n° 10\n\nAlinéa 5\n\nSupprimer les mots :\n\n« au plus »"
    assert alineas(apply(article, [amendment, ("11", sub)]))[0] == "Un délai de deux mois est fixé."

def test_a_phrase_completing_an_amendments_alinea_quoting_a_whole_quotation_goes_inside_both_quotes() -> None:
    # « « Art. L. 1. – Un. » »: the amendment's quote and the quotation's are the alinéa's own; the phrase
    # completes the code article, inside both (p134-047), as « « Art. L. 314-31. – Un. Deux. » » (p39-091)
    article = "Le code est complété par un article ainsi rédigé :\n\n« Art. L. 1. – Le juge statue. »"
    main = ("90", "Rédiger ainsi cet article :\n\n« Le code est complété par un article ainsi rédigé :\n\n« « Art. L. 1. – Le juge peut surseoir. » »")
    sub = ("92", "Sous-amendement n° 92 à l'amendement n° 90\n\nAlinéa 3\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\n« Il statue ensuite. »")
    assert alineas(apply(article, [main, sub]))[1] == "« Art. L. 1. – Le juge peut surseoir. Il statue ensuite. »"

def test_a_sub_amendment_counts_the_alineas_of_its_amendment_pasted_whole_without_its_header() -> None:
    # an amendment pasted as the Assemblée's page shows it (header, « EXPOSÉ SOMMAIRE »): its sub-amendment's
    # « alinéa 1 de l'amendement » is its first instruction, not « ASSEMBLÉE NATIONALE »
    article = "Premier alinéa.\n\nLe délai est de deux mois."
    amendment = (
        "ASSEMBLÉE NATIONALE\n\nAMENDEMENT N° 10\n\nprésenté par M. Dupont\n\n----------\n\nARTICLE 3\n\n"
        "À l'alinéa 2, substituer aux mots : « deux mois » les mots : « trois mois ».\n\nEXPOSÉ SOMMAIRE\n\nPlus long."
    )
    sub = "Sous-amendement n° 11 à l'amendement n° 10\n\nÀ l'alinéa 1 de l'amendement n° 10, substituer au mot : « trois » le mot : « quatre »."
    assert alineas(apply(article, [("10", amendment), ("11", sub)]))[1] == "Le délai est de quatre mois."

def test_instructions_given_alone_on_an_amendments_text_may_name_it_and_no_other() -> None:
    # a sub-amendment filed in the app on amendment n° 3: its text is the amendment's (`apply_one`); « de
    # l'amendement n° 3 », « Sous-amendement n° 3 : » name it; another number, or any with none filed on, is refused
    amended = "Le délai est de un an.\n\nIl court du dépôt."
    change = "remplacer les mots : « un an » par les mots : « deux ans »"
    for written in (f"Sous-amendement n° 3 : Alinéa 1, {change}", f"À l'alinéa 1 de l'amendement n° 3 rectifié, {change}"):
        assert alineas(apply_one(amended, written, ["3"]))[0] == "Le délai est de deux ans."
    with pytest.raises(AmendingError, match="it names amendment 12, but this sub-amendment is filed on amendment 3"):
        apply_one(amended, f"À l'alinéa 1 de l'amendement n° 12, {change}", ["3"])
    with pytest.raises(AmendingError, match="it names amendment 12: to change that amendment's text, file it as a sub-amendment"):
        apply_one(amended, f"Amendement n° 12 : Alinéa 1, {change}")

def test_two_amendments_with_one_number_are_refused_never_one_standing_for_the_other() -> None:
    # the second replaced the first in a table by number: the first's change was dropped without a word
    article = "Le délai est de six mois.\n\nLe juge statue."
    first = "Alinéa 1\n\nRemplacer le mot : « six » par le mot : « trois »."
    second = "Alinéa 2\n\nRemplacer le mot : « juge » par le mot : « tribunal »."
    for numero in ("1", "1 rect."):
        with pytest.raises(AmendingError, match="two amendments are numbered") as refused:
            apply(article, [("1", first), (numero, second)])
        assert refused.value.code == "conflict"
    assert apply(article, [("1", first), ("2", second)]) == "Le délai est de trois mois.\n\nLe tribunal statue."


def test_a_sub_amendment_striking_one_of_the_alineas_its_amendment_gives_bare_recounts_them() -> None:
    # « Insérer deux alinéas ainsi rédigés : » then « vii bis) … » and « vii ter) … » given bare, as the Sénat gives
    # them, the second struck by a sub-amendment (p11-c7c-senat): « Insérer un alinéa ainsi rédigé : »; an alinéa
    # after them that reads as an instruction, or one quoted, leaves the count as it was (refused)
    article = "vi) Adapter le repos ;\n\nvii) Adapter les congés ;\n\nviii) Modifier les instances."
    amendment = "Après l’alinéa 2\n\nInsérer deux alinéas ainsi rédigés :\n\nvii bis) Adapter les visites ;\n\nvii ter) Adapter la médecine ;"
    sub = "Sous-amendement à l’amendement n° 41\n\nAlinéa 4\n\nSupprimer cet alinéa."
    got = alineas(apply(article, [("41", amendment), ("85", sub)]))
    assert got == ["vi) Adapter le repos ;", "vii) Adapter les congés ;", "vii bis) Adapter les visites ;", "viii) Modifier les instances."]
    with pytest.raises(AmendingError):
        apply(article, [("41", amendment + "\n\nII. – Alinéa 3\n\nSupprimer cet alinéa."), ("85", sub)])


def test_numbers_written_with_or_without_spaces_are_one_number() -> None:
    # « AC412 » and « AC 412 » in one sitting (p149-117), « n° 12 » and « 12 rect. » too: one number, refused
    article = "Le délai est d'un mois. Il court.\n\nLe tribunal statue."
    for first, second in (("AC412", "AC 412"), ("n° 12", "12 rect."), ("com-7", "COM-7")):
        with pytest.raises(AmendingError, match="each has its own number"):
            apply(article, [(first, "Alinéa 1\n\nSupprimer la dernière phrase."), (second, "Supprimer l'alinéa 2.")])
