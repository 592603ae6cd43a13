"""The code a code article is named of (« l'article L. 232-1 du code de l'éducation »): an article of the same
number in another code (« du code de la recherche ») is another article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    words = _name(said.group(1))
    return None if words[:2] == ["même", "code"] else words


# A code stated by its name (« Le code de l'urbanisme est ainsi modifié : », « … du livre III du code de
# l'urbanisme, dans sa rédaction … »): « le », « du », « au » before it (codes are masculine; « un code de
# conduite » is none), words quoted left out (they are put, not said)
_STATED = re.compile(r"\b(?:le|du|au|aux)\s+(?=(code\b[^,;:«»\"“”()¤]*))")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")


def _name(words: str) -> list[str]:
    """A code's name up to the words that end it in a sentence, or its full stop (« … de l'énergie. »)."""
    out: list[str] = []
    for word in words.replace("'", "' ").split():
        if word.rstrip(".") in _ENDS or not word.rstrip("."):
            break
        if word == "code" and out[:1] == ["code"]:  # « du code A et du code B »: another code
            while out and out[-1] in ("et", "ou", "du", "le", "au", "aux", "de"):
                out.pop()
            break
        out.append(word.rstrip("."))
        if word.endswith("."):
            break
    return out


def _stated(text: str) -> set[tuple[str, ...]]:
    """The codes alinéa `text` states by their names, outside quotations (« du code de l'urbanisme »), not
    « du même code » nor « le code » bare."""
    text = _QUOTED.sub(" ", fold(text).lower().replace("\u2011", "-"))
    return {tuple(n) for m in _STATED.finditer(text) if len(n := _name(m.group(1))) > 1}


def code_of(texts: Sequence[str], ref: str) -> list[str] | None:
    """The code of code article `ref` as the alinéas `texts` say, nearest first: the alinéa naming it (or
    introducing its text) where it names its code right after it; otherwise the nearest alinéa after it that
    states a code (the division around it, the article's introduction: « 4° L'article L. 328-16 est ainsi rédigé : »
    under « Le chapitre VIII … du code de l'urbanisme … est ainsi modifié : »). None when not said, or the
    nearest that states one states several."""
    if not texts or (named := code_named(texts[0], ref)) is not None:
        return named if texts else None
    for text in texts[1:]:  # the first may be a quoted alinéa (the code article before): its words are put
        if names := _stated(text):
            return list(next(iter(names))) if len(names) == 1 else None
    return None


def other_code(text: str, said: str, ref: str, above: Sequence[str] = ()) -> bool:
    """Whether `text` and `said` both name code article `ref` of a code, and not the same one (« du code de
    l'éducation », « du code de la recherche »); the shorter name read as the other's start (« du code rural »,
    « du code rural et de la pêche maritime »). The code of `text` naming it bare (« 4° L'article L. 328-16 est
    ainsi rédigé : ») is the one the nearest alinéa of `above` (those around it, nearest first) states."""
    first, second = code_of([text, *above], ref), code_named(said, ref)
    if first is None or second is None:
        return False
    n = min(len(first), len(second))
    return first[:n] != second[:n]


# « de l'article L. 351-17 du même code »: « même » of a code said before
_SAME = re.compile(
    r"(\bl['’]article\s+(?:L|R|D|LO|L\.\s?O)\.?\s?\d[\w.-]*(?:\s(?:bis|ter|quater))?\s+d)u\s+même\s+code\b"
)


def same_code(text: str, intro: str) -> str:
    """An amendment's « de l'article L. 351-17 du même code » with no code named before it in the amendment:
    the code the article's introduction states, when it states exactly one (« L'article L. 351-17 du code de la
    sécurité sociale est ainsi modifié : »), is the one meant, in the place the amendment names (before any
    « : » or quotation: not in the words it puts); it is written out so that it is compared as any
    code named. Otherwise the text as it is (« du même code » then names no place: refused)."""
    said = _SAME.search(text)
    # the place, said before the words the amendment quotes or puts (« … : »), and no code named before it
    if said is None or re.search(r"\bcode\b|[:«\"“]", fold(text[: said.start()]), re.I):
        return text
    names = _stated(intro)
    if len(names) != 1:
        return text
    code = " ".join(next(iter(names))).replace("' ", "'")
    return text[: said.start()] + f"{said.group(1)}u {code}" + text[said.end() :]
