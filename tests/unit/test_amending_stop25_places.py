# ruff: noqa: E501  (French instructions read best whole)
"""Amending instructions in legal French: places named with a shared complement, and alinéas a division
inserts after one named by its rank (drafting.domain.amending, probe set 60)."""

from __future__ import annotations

import pytest

from drafting.domain.amending import AmendingError, apply

PROPOSED = "\n\n".join(
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
    got = apply(PROPOSED, [("1", said)]).split("\n\n")
    assert got[0] == "I. – Le rapport du fournisseur est publié chaque année."
    assert got[2] == "« Art. L. 337-7. – I. – Le fournisseur informe ses clients chaque année."
    assert got[3] == "« II. – Le tarif de secours est révisé chaque semestre."
    assert got[4] == "« Son montant est publié chaque semestre."
    # each place with its own complement stays two places
    own = (
        "Au premier alinéa du I et au deuxième alinéa du II du texte proposé pour l'article L. 337-7 du code de "
        "l'énergie, substituer aux mots : « chaque année » les mots : « chaque semestre »."
    )
    got = apply(PROPOSED, [("2", own)]).split("\n\n")
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
