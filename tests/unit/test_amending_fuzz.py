"""Any text pasted as instructions is either applied or refused with an `AmendingError` naming the
reason: never another exception (which the pages and the API would turn into a server error). Drawn
from the words instructions are made of, so that most draws get deep into the grammar and the edits."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.domain.amending import AmendingError, apply

WORDS = [
    "Alinéa", "Alinéas", "1", "2", "3", "à", "et", ",", ":", ";", ".", "«", "»", '"', "“", "”",
    "Remplacer", "remplacer", "Supprimer", "Après", "après", "insérer", "Rédiger", "Compléter", "Rétablir",
    "Modifier", "procéder", "les", "le", "la", "du", "de", "mots", "mot", "signe", "mention", "suivants",
    "par", "cet", "ces", "alinéa", "article", "l'alinéa", "l'article", "un", "deux", "alinéas", "ainsi",
    "rédigé", "rédigés", "phrase", "phrases", "première", "troisième", "dernière", "début", "fin",
    "occurrence", "(deux fois)", "(le reste sans changement)", "dans", "rédaction", "suivante", "ensemble",
    "même", "insertion", "suppression", "amendement", "n°", "426", "texte", "proposé", "pour", "L.",
    "Art.", "paragraphe", "est", "modifié", "I.", "–", "II.", "IV", "1°", "a)", "…°", "…", "...", "bis",
    "A", "(Supprimé)", "\n\n", "\n\n", "<p>", "</p>", "&nbsp;",
]  # fmt: skip
ARTICLES = [
    "Le maire décide.\n\nLe préfet contrôle. Il publie.\n\n« Art. L. 1. – Le juge voit.\n\n« 1° Un ;\n\n« 2° Deux. »",
    "I. – Le code est ainsi modifié :\n\n1° L'article 1 est abrogé ;\n\na) Le mot : « x » est supprimé ;\n\n"
    "2° L'article 2 est ainsi rédigé :\n\n« Art. 2. – Le maire. »\n\nII. – (Supprimé)",
    "Un.",
]
INSTRUCTIONS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ARTICLES), st.lists(INSTRUCTIONS, min_size=1, max_size=2))
def test_any_instructions_are_applied_or_refused_with_a_reason(article: str, texts: list[str]) -> None:
    try:
        out = apply(article, [(str(n), text) for n, text in enumerate(texts, 1)])
    except AmendingError as refused:
        assert refused.reason and refused.code  # what the page and the API show
        return
    assert isinstance(out, str)
