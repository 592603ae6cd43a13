# ruff: noqa: E501  (French instructions read best whole)
"""Articles and helpers the tests of the amendment parser (tests/unit/test_amending_*.py) share."""

from __future__ import annotations

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


_QUOTED_CODE_ARTICLE = (
    "I. – Le code est ainsi modifié :\n\n1° L'article L. 4 est ainsi rédigé :\n\n"
    "« Art. L. 4. – I. – Le préfet arrête la liste.\n\n« II. – Peuvent être contrôlées les opérations :\n\n"
    "« 1° Faites en mer ;\n\n« 2° Faites sur terre ;\n\n« 3° Faites dans les airs ;\n\n« 4° Faites ailleurs.\n\n"
    "« III. – Un décret fixe les modalités. » ;\n\n2° L'article L. 5 est abrogé."
)
