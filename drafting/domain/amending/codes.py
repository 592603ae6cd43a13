"""The code a code article is named of (« l'article L. 232-1 du code de l'éducation »): an article of the same
number in another code (« du code de la recherche ») is another article.
"""

from __future__ import annotations

import re

from drafting.domain.amending.typography import fold

# Words that end a code's name in a sentence (« du code de l'éducation est ainsi modifié », « … les mots : »):
# no code's name holds them (« code de la construction et de l'habitation », « code rural et de la pêche
# maritime », « code des postes et des communications électroniques »)
_ENDS = frozenset(
    ["est", "sont", "tel", "telle", "tels", "telles", "le", "les", "au", "aux", "à", "après", "avant", "dans",
     "pour", "qui", "ainsi", "il", "elle", "en", "par", "sur", "insérer", "supprimer", "remplacer", "rédiger",
     "compléter", "substituer", "ajouter", "modifié", "modifiée"]
)  # fmt: skip


def code_named(text: str, ref: str) -> list[str] | None:
    """The words of the code `text` names code article `ref` (its reference without spaces or dots, small
    letters) of, right after it (« du code de la recherche »: ["code", "de", "la", "recherche"]); None when
    it names none there, or « du même code » (which code that is, this text alone does not say)."""
    text = fold(text).lower().replace("\u2011", "-")
    named = r"\barticles?\s+" + r"[\s.]*".join(map(re.escape, ref)) + r"\.?(?![\w-])"
    said = re.search(named + r"\s+(?:du|de la|de l'|des)\s*((?:même\s+)?code\b[^,;:«»\"()¤]*)", text)
    if said is None:
        return None
    words: list[str] = []
    for word in said.group(1).replace("'", "' ").split():
        if word in _ENDS:
            break
        words.append(word)
    return None if words[:2] == ["même", "code"] else words


def other_code(text: str, said: str, ref: str) -> bool:
    """Whether `text` and `said` both name code article `ref` of a code, and not the same one (« du code de
    l'éducation », « du code de la recherche »); the shorter name read as the other's start (« du code rural »,
    « du code rural et de la pêche maritime »)."""
    first, second = code_named(text, ref), code_named(said, ref)
    if first is None or second is None:
        return False
    n = min(len(first), len(second))
    return first[:n] != second[:n]
