"""The code a code article is named of (« l'article L. 232-1 du code de l'éducation »): an article of the same
number in another code (« du code de la recherche ») is another article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafting.domain.amending.quotes import quotation_spans
from drafting.domain.amending.typography import fold

# Words that end a code's name in a sentence (« du code de l'éducation est ainsi modifié », « … les mots : »):
# no code's name holds them (« code de la construction et de l'habitation », « code rural et de la pêche
# maritime », « code des postes et des communications électroniques »)
# The « livre des procédures fiscales » is a code in all but name (its articles are « L. 135 D », « L. 80 B »,
# numbered and cited as a code's): named as a code is, wherever « code » is read below
CODE = r"(?:code\b|livre\s+des\s+procédures\s+fiscales\b)"

_ENDS = frozenset(
    ["est", "sont", "tel", "telle", "tels", "telles", "le", "les", "au", "aux", "à", "après", "avant", "dans",
     "pour", "qui", "ainsi", "il", "elle", "en", "par", "sur", "insérer", "supprimer", "remplacer", "rédiger",
     "compléter", "substituer", "ajouter", "modifié", "modifiée"]
)  # fmt: skip


def code_named(text: str, ref: str, whole: bool = False) -> list[str] | None:
    """The words of the code `text` names code article `ref` (its reference without spaces or dots, small
    letters) of, right after it (« du code de la recherche »: ["code", "de", "la", "recherche"]); None when
    it names none there, or « du même code » (which code that is, this text alone does not say). `whole`
    (an amendment's words): a listed name the words go on past (« du code de l'énergie et du climat »,
    `goes_on`) is not that code: the words as written, a name no listed code bears."""
    text = fold(text).replace("\u2011", "-")
    named = r"\barticles?\s+" + r"[\s.]*".join(map(re.escape, ref)) + r"\.?(?![\w-])"
    said = re.search(named + r"\s+(?:du|de la|de l'|des)\s*((?:même\s+)?" + CODE + r"[^,;:«»\"()¤]*)", text, re.I)
    if said is None:
        return None
    name = known(said.group(1))
    if whole and name is not None and goes_on(said.group(1), name):
        name = None
    words = list(name or _name(said.group(1).lower()))
    return None if words[:2] == ["même", "code"] else words


# What the words after a listed code's name say when they go on with a name of their own (« code de l'énergie
# et du climat », « code de la santé publique de la mer »): « de », « du », « des », « d' », « et » or « ou »
# before them, not opening another reference (« et du code de l'environnement », « et de l'article L. 2 »,
# « et du I de l'article », « et à l'article », « et de la loi n° … », « et du premier alinéa »)
_GOES_ON = re.compile(
    r"(?:(?:et|ou)\s+)?(?:de\s+la\b|de\s+l'|de\b|du\b|des\b|d')(?!\s*(?:la\s+|le\s+|les\s+|l')?(?:articles?|codes?|lois?|ordonnances?|décrets?|"
    r"alinéas?|phrases?|chapitres?|titres?|livres?|sections?|sous-sections?|paragraphes?|parties?|annexes?|"
    r"tableaux?|présente?s?|même|premi[eè]re?s?|derni[eè]re?s?|seconde?s?|\w+i[eè]mes?|[ivxlc]+|\d)\b)"
)


# Another reference joined after a code article's code (« … du code de l'énergie et de l'article L. 2 du code de
# l'environnement », « … ou du I de l'article L. 3 », « … ainsi que de l'article 4 de la loi … »): « et », « ou »,
# « ainsi que » before what `_GOES_ON` does not take for a name going on
_ANOTHER = re.compile(
    r"\s(?:et|ou|ainsi\s+que)\s+(?:de\s+la\b|de\s+l'|de\b|du\b|des\b|d'|à\s+la\b|à\s+l'|à\b|au\b|aux\b)"
    + _GOES_ON.pattern.split("(?!", 1)[1].removesuffix(")")
    + "(?!')"  # not « et de l'habitation », its « l' » no roman numeral
)


def another_reference(text: str) -> str:
    """The words of a place naming a code article (« de l'article L. 314-30 du code de l'énergie et de
    l'article L. 2 du code de l'environnement », folded, small letters) from another reference joined after it
    on: a second place the same edit is made in (p90-007), or "" when there is none."""
    said = _ANOTHER.search(text)
    return text[said.start() :].strip() if said else ""


def goes_on(text: str, name: tuple[str, ...]) -> bool:
    """Whether the words of `text` (folded) after the listed code's name `name` it opens with go on with a name
    (`_GOES_ON`): then the code named is another one, none listed (« code de l'énergie et du climat »), not
    the listed one its name starts with. A stop right after the name (« … de l'énergie, », « … . ») ends it,
    as do the words of a sentence (« est », « sont », « tel », « dans », « : »)."""
    words = text.replace("'", "' ").split()
    if name[0] == LOCAL or len(words) <= len(name) or words[len(name) - 1][-1:] in ".,;:":
        return False
    rest = " ".join(words[len(name) :]).replace("' ", "'").lower()
    return bool(_GOES_ON.match(rest))


# A code stated by its name (« Le code de l'urbanisme est ainsi modifié : », « … du livre III du code de
# l'urbanisme, dans sa rédaction … »): « le », « du », « au » before it (codes are masculine; « un code de
# conduite » is none), words quoted left out (they are put, not said)
_STATED = re.compile(r"\b(?:le|du|au|aux)\s+(?=(" + CODE + r"[^,;:«»\"“”()¤]*))", re.I)
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


# The French legal codes, in force or repealed lately, by their names (small letters, « ' » apart): a
# « code » of another name (« du code de bonne conduite des établissements », « un code de déontologie ») is
# no code of law (p77-045). « code rural » is the former name of the « code rural et de la pêche maritime »,
# « code des communes » opens that of New Caledonia's.
_CODES = tuple(
    tuple(name.replace("'", "' ").split())
    for name in (
        "code civil", "code pénal", "code de commerce", "code du travail", "code du travail maritime",
        "code de l'éducation", "code de la recherche", "code de la santé publique", "code de la sécurité sociale",
        "code général des impôts", "code général des collectivités territoriales", "code de l'environnement",
        "code de l'urbanisme", "code de l'énergie", "code des transports", "code rural", "code monétaire et financier",
        "code rural et de la pêche maritime", "code de la consommation", "code de la construction et de l'habitation",
        "code de la défense", "code de la sécurité intérieure", "code électoral", "code de justice administrative",
        "code de l'entrée et du séjour des étrangers et du droit d'asile", "code de procédure pénale",
        "code de procédure civile", "code des procédures civiles d'exécution", "code des douanes",
        "code des postes et des communications électroniques", "code des postes et télécommunications",
        "code de la propriété intellectuelle", "code du patrimoine", "code du sport", "code du tourisme",
        "code forestier", "code minier", "code de la route", "code de la voirie routière",
        "code de l'action sociale et des familles", "code des assurances", "code de la mutualité",
        "code des pensions civiles et militaires de retraite", "code des juridictions financières",
        "code de l'organisation judiciaire", "code de l'expropriation pour cause d'utilité publique",
        "code de la commande publique", "code des marchés publics",
        "code général de la propriété des personnes publiques", "code général de la fonction publique",
        "code des relations entre le public et l'administration", "code du cinéma et de l'image animée",
        "code de l'aviation civile", "code des ports maritimes", "code de l'artisanat", "code du domaine de l'état",
        "code du domaine public fluvial et de la navigation intérieure", "code de l'industrie cinématographique",
        "code de la famille et de l'aide sociale", "code des communes", "code de la justice pénale des mineurs",
        "code de justice militaire", "code pénitentiaire", "code du service national",
        "code des impositions sur les biens et services", "code des instruments monétaires et des médailles",
        "code des pensions militaires d'invalidité et des victimes de guerre",
        "code des pensions de retraite des marins français du commerce",
        "code disciplinaire et pénal de la marine marchande", "code de la nationalité française",
        "code des tribunaux administratifs et des cours administratives d'appel", "code de l'administration communale",
        "code des débits de boissons et des mesures contre l'alcoolisme", "code du vin", "code des caisses d'épargne",
        "code de la légion d'honneur", "livre des procédures fiscales",
    )
)  # fmt: skip


# A listed name followed by words making it a local code of its own (« code du travail applicable à Mayotte »,
# « code des douanes de Mayotte », « code de l'environnement de la province Sud », « code des communes de la
# Nouvelle-Calédonie »): « applicable à/aux/en … », or « de », « du », « des », « de la », « de l' » before a
# place (a capital, « province », « îles »)
_APPLICABLE = re.compile(r"applicables?\s+(?:à|au|aux|en|dans)\b", re.I)
_PLACE = re.compile(r"(?:de\s+la|de\s+l'|de|du|des|d')\s*(?:[A-ZÀ-Ý]|(?:province|îles?)\b)")
# What a local code is read as: its words behind a mark no listed name opens with, so that it is the same as
# none of them (compared with another code, which it is, is not sure)
LOCAL = "*"


def known(text: str) -> tuple[str, ...] | None:
    """The name of the code of law `text` (folded) opens with, the longest (« code rural et de la pêche maritime »
    over « code rural »), small letters, words after it left (« code de l'éducation et le code … »); None when
    it opens with none (« code de bonne conduite »). A local code (« code du travail applicable à Mayotte »):
    its words up to a stop, as written, behind the mark `LOCAL`."""
    words = text.replace("'", "' ").split()
    said = tuple(w.rstrip(".,;").lower() for w in words)
    names = [c for c in _CODES if said[: len(c)] == c]
    if not names:
        return None
    name = max(names, key=len)
    if words[len(name) - 1][-1:] in ".,;":
        return name
    rest = " ".join(words[len(name) :]).replace("' ", "'")
    if not (_APPLICABLE.match(rest) or _PLACE.match(rest)):
        return name
    local: list[str] = []  # as written (places have capitals), up to a stop or a word ending the name
    for word in rest.split():
        if word.lower() in _ENDS - {"à", "au", "aux", "en"} or not word.rstrip(".,;:()"):
            break
        local.append(word.rstrip(".,;:()"))
        if word[-1] in ".,;:()":
            break
    return (LOCAL, *name, *local)


def _stated(text: str) -> set[tuple[str, ...]]:
    """The codes of law alinéa `text` states by their names, outside quotations (« du code de l'urbanisme »),
    not « du même code » nor « le code » bare, nor a « code » of no law (« du code de bonne conduite »)."""
    text = _QUOTED.sub(" ", fold(text).replace("\u2011", "-"))
    return {code for m in _STATED.finditer(text) if (code := known(m.group(1))) is not None}


def sole_code(alineas: list[str]) -> str:
    """The first of an article's own alinéas (outside its quotations) stating a code of law, when together
    they state that one alone (« I. – Le code des transports est ainsi modifié : », the other divisions naming
    none: p77-022): what an amendment's « du même code », no code named before it, is of. "" when they state
    none or several (« I. – Le code de l'énergie … » then « II. – Le code de l'environnement … »: not said)."""
    quoted = {i for lo, hi in quotation_spans(alineas, 0, len(alineas) - 1) for i in range(lo, hi + 1)}
    said = [(i, codes) for i, text in enumerate(alineas) if i not in quoted and (codes := _stated(text))]
    if len({code for _, codes in said for code in codes}) != 1:
        return ""
    return alineas[said[0][0]]


def codes_of(texts: Sequence[str], ref: str) -> list[list[str]]:
    """The codes code article `ref` may be of as the alinéas `texts` say, nearest first: the alinéa naming it
    (or introducing its text) where it names its code right after it; otherwise those the nearest alinéa after
    it stating codes of law states (the division around it, the article's introduction: « 4° L'article
    L. 328-16 est ainsi rédigé : » under « Le chapitre VIII … du code de l'urbanisme … est ainsi modifié : »),
    several when it states several (« Le code de l'éducation et le code de la recherche sont ainsi modifiés : »:
    one of them, which is not said). Empty when not said."""
    if not texts:
        return []
    if (named := code_named(texts[0], ref)) is not None:
        return [named]
    # the first may be a quoted alinéa (the code article before): its words are put; one of the article's own
    # introducing the text (« I. – Le chapitre IV … du code de l'énergie est complété par un article ainsi
    # rédigé : ») states the code as those around it do
    own = not re.match(r"[\s«\"“]*[«\"“]", texts[0])
    for text in texts if own else texts[1:]:
        if names := _stated(text):
            return [list(name) for name in sorted(names)]
    return []


def other_code(text: str, said: str, ref: str, above: Sequence[str] = ()) -> bool:
    """Whether `text` and `said` both name code article `ref` of a code, and not the same one (« du code de
    l'éducation », « du code de la recherche »); the shorter name read as the other's start (« du code rural »,
    « du code rural et de la pêche maritime »). The code of `text` naming it bare (« 4° L'article L. 328-16 est
    ainsi rédigé : ») is one of those the nearest alinéa of `above` (those around it, nearest first) stating
    codes of law states: `said` naming none of them names another (p77-042)."""
    first, second = codes_of([text, *above], ref), code_named(said, ref, whole=True)
    if not first or second is None:
        return False
    return not any(_same(code, second) for code in first)


def _same(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two codes' names name one code: the same words, or the shorter the other's start (« code rural »,
    the former name of the « code rural et de la pêche maritime »; names no code listed, cut where the
    sentence goes on), unless the longer goes on past a listed name with words no listed name has (« code de
    l'énergie et du climat » is not the « code de l'énergie »)."""
    short, long = sorted((tuple(one), tuple(other)), key=len)
    if long[: len(short)] != short:
        return False
    if long != short and short not in _CODES and _past_listed(short):
        # « code rural et de la pêche » (« maritime » not said): words going on past a listed name (« code
        # rural ») that are not the whole longer one make a code no listed name bears (p90-021)
        return False
    return long == short or long in _CODES or short not in _CODES


def _past_listed(name: Sequence[str]) -> bool:
    """Whether the words of a code's `name` go on past a listed name (« code rural et de la pêche »: « code
    rural » and more), themselves no listed name."""
    return any(len(code) < len(name) and tuple(name[: len(code)]) == code for code in _CODES)


# « de l'article L. 351-17 du même code »: « même » of a code said before; « du code précité », « dudit code »,
# « du code susmentionné », « du code susvisé » say the same in other words (the code named before)
_SAME = re.compile(
    r"(\bl['’]article\s+(?:L|R|D|LO|L\.\s?O)\.?\s?\d[\w.-]*(?:\s(?:bis|ter|quater|[A-Z]))?\s+)"
    r"(?:du\s+même\s+code|du\s+code\s+(?:précité|susmentionné|susvisé)|dudit\s+code)(?![\w-])"
)


def _named_last(before: str) -> tuple[str, ...] | None:
    """The code of law named last in amendment text `before`, outside the words it quotes (« I. – Au 3° de
    l'article L. 218-26 du code de l'environnement, … : « … » … »): what a « du même code » after it is; None
    when the last « code » said there is none known (« du même code » unread, « du code de bonne conduite »),
    or a code is named in words quoted (which code is then meant is not sure)."""
    folded = fold(before).replace("\u2011", "-")
    if any(_stated(q.group()[1:-1]) for q in _QUOTED.finditer(folded)):
        return None
    unquoted = _QUOTED.sub(lambda q: " " * len(q.group()), folded)
    said = [m.start() for m in re.finditer(r"\b" + CODE, unquoted, re.I)]
    if not said:
        return None
    name = known(unquoted[said[-1] :])
    return None if name is None or goes_on(unquoted[said[-1] :], name) else name


def _next_part(before: str) -> bool:
    """Whether amendment text `before` ends with the start of a part of its own (« II. – Au 4° de », or an item
    « 2° Au dernier alinéa de »), its earlier ones ended (« … « du monde professionnel ». », an item's « ; »):
    not in words it puts, quoted or after « : »."""
    *done, part = before.split("\n")
    ended = [line.strip() for line in done if line.strip()]
    opens = re.match(r"\s*[IVX]+\s*\.\s*[-–—]\s*", part)
    # « 1° Au … : « … » ; » then « 2° Au … du même code »: an item of the amendment's own, the one before ended
    # by « ; » or « . », and no text announced before it (« ainsi rédigé : ») whose alinéas could be unquoted
    item = re.match(r"\s*\d+\s*°\s*(?:(?:bis|ter|quater)\s+)?[A-ZÀ-Ý]", part)
    own_item = bool(item and ended and ended[-1].endswith((";", ".")) and not any(e.endswith(":") for e in ended))
    return bool((opens and ended and ended[-1].endswith(".") or own_item) and not re.search(r"[:«\"“]", part)) and (
        before.count("«") == before.count("»") and before.count("“") == before.count("”")
    )


def same_code(text: str, intro: str) -> str:
    """An amendment's « de l'article L. 351-17 du même code » (« du code précité », « dudit code », « du code
    susmentionné », « du code susvisé »), in the place it names (no « : » nor quotation
    before it in its part: not in the words it puts): the code of law the amendment named last before it,
    outside the words it quotes (« I. – Au 3° de l'article L. 218-26 du code de l'environnement … II. – Au 2°
    de l'article L. 218-66 du même code »: that code, p77-017); with no code named before it, the code the
    article's introduction states, when it states exactly one (« L'article L. 351-17 du code de la sécurité
    sociale est ainsi modifié : »). It is written out so that it is compared as any code named. Otherwise
    the text as it is (« du même code » then names no place: refused)."""
    start = 0
    while said := _SAME.search(text, start):
        start = said.end()
        before = fold(text[: said.start()])
        if not re.search(r"[:«\"“]", before):  # the amendment's first place
            if re.search(r"\b" + CODE, before, re.I):
                # « Au second alinéa de l'article L. 314-29 du code de l'énergie et au second alinéa de l'article
                # L. 314-31 du même code »: the code named last before it in that place (p90-006)
                name = _named_last(before)
            else:  # no code named before it: the one the article's introduction states
                names = _stated(intro)
                name = next(iter(names)) if len(names) == 1 else None
        elif _next_part(before):
            name = _named_last(before)
        else:
            continue  # in the words the amendment puts
        if name is None:
            continue
        code = " ".join(name[1:] if name[0] == LOCAL else name).replace("' ", "'")
        text = before + f"{said.group(1)}du {code}" + text[said.end() :]
        start = said.start()
    return text
