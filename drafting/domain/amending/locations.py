# ruff: noqa: E501  (the table of places reads best one phrase a pattern)
"""Places, as amending instructions name them: `LOCATIONS`, the phrases that name a place in the article
(« Alinéa 6 », « À la seconde phrase de l'alinéa 9 », « au 2° du II », « le texte proposé pour l'article
L. 1 »), each a pattern and what it sets, and `location`, which reads what a form leaves of a sentence
into a `Place`. Words it does not know are refused: nothing is guessed. Also the ordinals those phrases
and the forms count with (`ORD`, `ordinal`) and `DIVISION`, the marks of divisions named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from drafting.domain.amending.codes import another_reference
from drafting.domain.amending.edits import BEFORE_LAST, LAST, MAX_RUN, THIS_ARTICLE, THROUGH_LAST, AmendingError, Place
from drafting.domain.amending.lexer import COUNT, NUMBERS, TEEN_ORDS, UNIT_ORDS
from drafting.domain.amending.lexer import number as number_of

# Ordinals past « vingtième » are compounds of tens and units, hyphenated or joined by « et » for « un » and
# « onze » (« vingt et unième », « vingt-et-unième » since 1990, « trente-deuxième », « soixante-dix-septième »,
# « quatre-vingt-unième »): read as the number they say, up to 99. Put first: « deuxième » alone is in them.
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingt": 80}
_AND = r"(?: et |-et-)"
_UNITS_JOINED = "|".join(UNIT_ORDS)
_COMPOUND_ORD = (
    rf"(?:(?:vingt|trente|quarante|cinquante){_AND}unième|soixante{_AND}(?:unième|onzième)"
    rf"|(?:vingt|trente|quarante|cinquante|soixante)-(?:{_UNITS_JOINED})"
    rf"|soixante-(?:dixième|douzième|treizième|quatorzième|quinzième|seizième|dix-septième|dix-huitième|dix-neuvième)"
    rf"|(?:trent|quarant|cinquant|soixant)ième|quatre-vingtième|quatre-vingt-(?:unième|{_UNITS_JOINED}|{'|'.join(TEEN_ORDS)}))"
    r"(?![\w-])"
)
_ORD_WORDS = (
    rf"{_COMPOUND_ORD}|premier|première|1er|1re|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|"
    "neuvième|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième|dix-septième|dix-huitième|"
    "dix-neuvième|vingtième|avant-dernier|avant-dernière|dernier|dernière"
)
ORD = rf"(?:{_ORD_WORDS}|\d+(?:e|ème|ère|re|er)(?!\w))"  # « 21e », « 1ère », « 4ème »


def ordinal(word: str) -> int:
    """1 for « premier », -1 for « dernier », -2 for « avant-dernier », 21 for « 21e »."""
    if word.startswith("avant-derni"):
        return BEFORE_LAST
    if word.startswith("derni"):
        return LAST
    word = word.removesuffix("s") if word.endswith(("ères", "ières", "ndes", "mes")) else word
    digits = re.match(r"(\d+)(?:e|ème|ère|re|er)$", word)
    if digits:
        return int(digits.group(1))
    order = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
             "neuvième", "dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
             "dix-septième", "dix-huitième", "dix-neuvième", "vingtième"]  # fmt: skip
    aliases = {"première": 1, "1er": 1, "1re": 1, "second": 2, "seconde": 2}
    return aliases.get(word) or _compound(word) or order.index(word) + 1


def occurrence(numero: str, part: str, said: str | None) -> int:
    """The occurrence « la 2e occurrence » names, 0 where none is said; « la 0e occurrence » is refused, never
    read as « not said »."""
    rank = ordinal(said) if said else 0
    if said and rank == 0:
        raise AmendingError(numero, part, "there is no occurrence 0: the first is occurrence 1")
    return rank


def _no_zero(numero: str, part: str, alineas: Sequence[int], phrases: Sequence[int | None]) -> None:
    """« Alinéa 0 », « la 0e phrase », « Après l'alinéa 00 »: counted from 1, never from the end (-1 stands for
    « dernier ») nor before the first; refused with the reason, not read as another place."""
    if 0 in alineas:
        raise AmendingError(numero, part, "there is no alinéa 0: the first is alinéa 1")
    if 0 in phrases:
        raise AmendingError(numero, part, "there is no phrase 0: the first is phrase 1")


def run(first: int, last: int) -> list[int]:
    """The alinéas from `first` to `last` (negatives: from the end). A run longer than any text holds
    (`MAX_RUN`) is not spelled out: its ends stand for it, the far one refused where the text is known
    (« the article has no alinéa 10000000 (it has 3 alinéas) »), not a list of ten million numbers first."""
    if last - first >= MAX_RUN:
        return [first, last]
    return list(range(first, last + 1))


def _compound(word: str) -> int | None:
    """31 for « trente et unième » or « trente-et-unième », 77 for « soixante-dix-septième », None for a word
    not a compound of tens (« vingtième » is read by the list)."""
    word = word.replace("-et-", " et ")
    for tens, value in sorted(_TENS.items(), key=lambda item: -len(item[0])):
        if word in (f"{tens}ième", f"{tens[:-1]}ième") and tens != "vingt":
            return value
        for sep in ("-", " et "):
            if word.startswith(tens + sep):
                rest = word[len(tens + sep) :]
                units = ["unième", *UNIT_ORDS, *TEEN_ORDS]
                return value + units.index(rest) + 1 if rest in units else None
    return None


# « IV », « II bis », « I A » (a division put before the I), « 2° », « 2° bis », « a) », « b bis », « ii) » (under « b) »);
# « 2 » only as the division « 2. » of a paragraph named next (« du 2 du V bis »): a bare number elsewhere is
# an alinéa's, an article's or a date's
DIVISION = r"(?:[ivx]+\)(?= du (?:[a-z]\)? du |\d))|\d+(?= du [ivx]+(?: (?:bis|ter|quater|quinquies|sexies|a{1,2}|[b-d]))?(?![\w'°]))|[ivx]+(?: (?:bis|ter|quater|quinquies|sexies|a{1,2}|[b-d])(?![\w']))?|\d+ ?°(?: ?(?:(?:bis|ter|quater|quinquies|sexies)(?: (?:a{1,2}|[b-d]))?|a{1,2}|[b-d])(?![\w')]))?|[a-z](?: (?:bis|ter|quater|quinquies|sexies)(?![\w']))?\)?(?= du \d)|[a-z](?= du [ivx]+(?![\w']))|[a-z] (?:bis|ter|quater|quinquies|sexies)\)(?![\w']))"
# in a code article, a letter named bare before it: « le b de l'article L. 211-3-2 »
CODE_DIVISION = rf"{DIVISION}|[a-z]\)?(?= de l'article)"
_PROPOSED_FOR = re.compile(r"(?:du |au |dans le )texte proposé pour ")
RESULTING = (
    r"(?:tel qu'il résulte|tel qu'il est rédigé (?:à|par)|tel que rédigé (?:à|par)|dans (?:sa|la) rédaction "
    r"(?:résultant|issue))"
)
ARTICLE_REF = r"(?:(?:l|r|d|lo|l\. ?o|a)\.? ?)?\d[\w-]*(?: (?:bis|ter|quater|quinquies|sexies|septies|octies|[a-z]))?"
# The members of a run of divisions (« 3° et 4° », « 1° bis à 3° », « a à c », « a), b) et c) »)
_RUN_NUMBER = r"\d+ ?°(?: ?(?:(?:bis|ter|quater|quinquies|sexies)(?: (?:a{1,2}|[b-d]))?|a{1,2}|[b-d])(?![\w')]))?"
_RUN_LETTER = r"[a-z]\)?"
# « les II et III », « les II bis et III »: paragraphs (two numerals at least, or an adverb: « les i et j » are letters)
_RUN_ROMAN = r"[ivx]+(?: (?:bis|ter|quater|quinquies|sexies))?(?![\w')])"
# « le b) », « le b », « le b bis » named alone (« i », « v », « x » alone are paragraphs, « le V »)
# « Au b du même 2° »: a lettered item of the division named before (« du même »), the letter alone before it
_SAME_LETTER = r"[a-z](?: (?:bis|ter|quater|quinquies|sexies))?\)?(?= (?:du|au) même )"
_BARE_LETTER = r"[a-z](?: (?:bis|ter|quater|quinquies|sexies))?\)|[a-hj-uwyz](?: (?:bis|ter|quater|quinquies|sexies))?(?![\w'])"
# Locations: each phrase a pattern and what it sets; fillers between them are ignored, any other word refused.
_N = r"(\d+)"
LOCATIONS: list[tuple[str, str]] = [
    ("alinéas", r"alinéas? (\d+(?:(?:,| et| à|, et) \d+)*)"),
    # « aux deuxième et troisième alinéas », « au deuxième et au troisième alinéas » (the preposition repeated)
    ("ordinal range", rf"({ORD}) (?:à|et(?: au| du| le)?) ({ORD}) alinéas"),
    ("ordinal alinéa", rf"({ORD}) alinéa"),
    # « Supprimer les deux derniers alinéas du II », « les trois premiers alinéas »: that many from an edge
    ("counted alinéas", rf"(?:les |des |aux )?({COUNT}) (premiers|derniers) alinéas"),
    ("this alinéa", r"(?:cet|ce même|ce|même|ces|ces mêmes|mêmes|ledit|audit|dudit|lesdits|auxdits|desdits) alinéas?"),
    # « Compléter l'alinéa par … », no number nor ordinal: the one named before, as « cet alinéa »
    ("this alinéa", rf"l'alinéa(?! ?\d)(?! (?:{ORD})\b)"),
    # « Alinéas 24 et 25 / Remplacer ces deux alinéas … »: those named before, as many as it says
    (
        "these counted alinéas",
        rf"(?:ces|ces mêmes|lesdits|auxdits|desdits) ({COUNT}) alinéas",
    ),
    # « Alinéa 3 / Après le mot : X, rédiger comme suit la fin de l'alinéa »: the one named before
    ("this alinéa", r"(?<=de )l'alinéa(?! ?\d)(?= *(?:[:,;.]|$))"),
    # « du texte proposé par le I de cet article pour l'article L. 423-14 du code … », « du même texte »
    (
        "proposed text",
        rf"(?:le |du |au |dans le )?texte proposé (?:par (?:le |la |l')?[ivx\d°a-z) ]+?(?: (?:de cet|du présent) article)? )?pour l'article ({ARTICLE_REF})(?: (?:du|de la|de l'|des|de) (?:code|loi|ordonnance|livre des procédures fiscales)[^,;:]*)?",
    ),
    # « au premier alinéa du texte proposé par le 4° pour être inséré après le troisième alinéa de l'article
    # L. 719-1 du code … »: the one text that division of this article puts in that code article
    (
        "text put",
        rf"(?:le |du |au |dans le )?texte proposé par (?:le |la |l')?({DIVISION}(?: (?:du|de l'|au) {DIVISION})*)(?: (?:de cet|du présent) article)? "
        rf"pour (?:être )?(?:insérée?s?|ajoutée?s?) [^,;:«»]*?(?:à |de |dans )l'article ({ARTICLE_REF})"
        r"(?: (?:du|de la|de l'|des|de) (?:code|loi|ordonnance|livre des procédures fiscales)[^,;:]*?)?(?=\s*(?:[,;:]|$))",
    ),
    # « au premier alinéa de l'article L. 3131-20 du code …, tel qu'il résulte de l'alinéa 11 »: the article
    # quoted in this one (the Assemblée's way), which that alinéa must open; « tel qu'il résulte du I (du 3°)
    # du présent article »: a division of this one, which must hold it; said of this article, nothing to check
    (
        "quoted article",
        rf"(?:de |à |dans )?l'article ({ARTICLE_REF})(?: (?:du|de la|de l'|des|de) (?:code|loi|ordonnance|livre des procédures fiscales)[^,;:]*?)?\s*,?\s*"
        rf"{RESULTING} ?(?:de |des |par |à |du |au )?(?:(?:l'|les )?alinéas? (\d+)(?: (?:à|et) (\d+))?|({DIVISION}(?: (?:du|de l'|au) "
        rf"{DIVISION})*)(?: (?:de cet|du présent) article)?|(l'article \w+ de la présente loi|(?:cet|le présent|présent) article))",
    ),
    # « au 2° du II de l'article L. 100-1 A du code de l'énergie »: with nothing said of where it results from,
    # the code article quoted here, when this article quotes it once (an article added or rewritten whole)
    (
        "quoted article",
        r"(?:de |à |dans )?l'article ((?:l|r|d|lo|l\. ?o)\.? ?\d[\w-]*(?: (?:bis|ter|quater|quinquies|sexies|[a-z]))?)"
        r"(?: (?:du|de la|de l'|des|de) (?:code|loi|ordonnance|livre des procédures fiscales)[^,;:]*?)?(?=\s*(?:[,;:]|$))",
    ),
    ("same text", r"(?:le |du |au |dans le )?même texte|(?:ce|ce même|ledit|dudit|audit) texte"),
    # « II. – Au premier alinéa du II du même article, … » after « I. – Au premier alinéa du I de l'article
    # L. 3431-6 du code …, tel qu'il résulte du I du présent article, … »: the code article (or text proposed)
    # the place named before names, as it names it (not « du même article L. 1 », which names one)
    ("same article", r"(?:le |du |au |dans le )?même article(?! ?(?:[lrd]\.|lo\b|\d))|(?:ledit|dudit|audit) article(?! ?(?:[lrd]\.|lo\b|\d))"),
    # « 1° Au II, … ; 2° Au même II, … », « au premier alinéa du même II », « au 3° du même II »: the division the
    # instruction before named (`Place.divided`), as it named it (of this article or of a code article)
    (
        "same division",
        rf"(?:le |la |l'|du |au |dans le )?(?:((?:{DIVISION}|{_SAME_LETTER})(?: (?:du|de l'|au) (?:{DIVISION}))*) (?:du|de l'|au) )?"
        rf"même ({DIVISION})(?=\s*(?:[,;:]|$))",
    ),
    # « le 2° du I de l'article L. 100-1 A », « le b de l'article L. 211-3-2 », « le II du texte proposé pour
    # l'article L. 114-3-3 »: a division of the code article quoted in this one (located there by the article
    # or text named next); « le texte proposé pour le II de l'article L. 311-5-3 »: that division as this article
    # quotes it, the same (p131-092)
    (
        "code division",
        rf"(?:(?:le |du |au |dans le )?texte proposé pour )?(?:le |la |l'|du |au |dans le )?((?:{CODE_DIVISION})(?: (?:du|de l'|au) (?:{CODE_DIVISION}))*)"
        r"(?= (?:de |à |dans )?l'article (?:(?:l|r|d|lo|l\. ?o)\.? ?)?\d| du texte proposé | (?:du|de ce) même (?:texte|article)\b| (?:de ce|dudit) texte\b| dudit article\b)",
    ),
    # « les 2° et 3° du II de l'article L. 132-4 », « aux 3° et 4° de l'article L. 3131-15 »: a run of divisions
    # of the code article quoted in this one, read as the code division is
    (
        "code division",
        rf"(?:les |des |aux |dans les )((?:{_RUN_NUMBER}(?:, {_RUN_NUMBER})* (?:et|à) {_RUN_NUMBER}|"
        rf"{_RUN_LETTER}(?:, {_RUN_LETTER})* (?:et|à) {_RUN_LETTER})(?: (?:du|de l'|au) (?:{CODE_DIVISION}))*)"
        r"(?= (?:de |à |dans )?l'article (?:(?:l|r|d|lo|l\. ?o)\.? ?)?\d| du texte proposé | (?:du|de ce) même (?:texte|article)\b| (?:de ce|dudit) texte\b| dudit article\b)",
    ),
    # « le IV de cet article », « du second alinéa du I de cet article », « le a) du 2° du I de cet article »
    (
        "division",
        rf"(?:le |du |au |dans le )?({DIVISION}(?: (?:du|de l'|au) {DIVISION})*) (?:de cet|du présent) article",
    ),
    # « Alinéa 5 / Rétablir ce paragraphe »: the alinéas named, which must be a whole « III. – » division
    ("this division", r"(?:ce|ce même|ledit|audit|dudit) paragraphe"),
    # « À l'alinéa 25 (III bis) »: a paragraph's number checked so too
    ("item check", r"\((\d+°(?: [a-z]+)?|[a-z]\)|[ivx]+(?: (?:bis|ter|quater|quinquies|sexies|septies|[a-z]{1,2}))?)\)"),
    # « rétablir le 4° de l'alinéa 8 »: the alinéa named next must open with that mark
    ("item check", r"(?:le |du |au )(\d+ ?°(?: (?:bis|ter|quater))?|[a-z]\))(?= (?:de l' ?|du |de cet )alinéa)"),
    # « Supprimer les 3° et 4° du I », « les a à c du 2° »: a run of divisions of one kind, the article's own
    (
        "division run",
        rf"(?:les |des |aux |dans les )((?:{_RUN_NUMBER}(?:, {_RUN_NUMBER})* (?:et|à) {_RUN_NUMBER}|"
        rf"{_RUN_LETTER}(?:, {_RUN_LETTER})* (?:et|à) {_RUN_LETTER}|{_RUN_ROMAN}(?:, {_RUN_ROMAN})* (?:et|à) {_RUN_ROMAN})"
        rf"(?: (?:du|de l'|au) {DIVISION})*)"
        r"(?: (?:de cet|du présent) article)?(?=\s*(?:[,;:]|$))",
    ),
    # « Au 1° du I, … », « Après le I, insérer … »: a division named alone, the article's own; « Supprimer le
    # b) » (« le b »): a lettered item named bare, the one in the article (or, none of its own, in a quotation)
    (
        "bare division",
        rf"(?:le |la |l'|du |au |dans le )((?:{DIVISION}|{_BARE_LETTER})(?: (?:du|de l'|au) {DIVISION})*)"
        r"(?=\s*(?:[,;:]|$))",
    ),
    ("phrases", rf"(deux|trois) ({ORD})s? phrases"),
    # « les troisième et quatrième phrases », « les troisième et dernière phrases »: two phrases in a row
    ("phrase pair", rf"(?:les )?({ORD}) et ({ORD}) phrases"),
    # « de la deuxième à la dernière phrase », « deuxième à quatrième phrases »: a run of phrases
    ("phrase range", rf"(?:de la )?({ORD}) à (?:la )?({ORD}) phrases?"),
    ("phrase", rf"({ORD})s? phrases?"),
    ("these phrases", r"(?:ces|ces mêmes|lesdites|desdites|auxdites) phrases"),
    ("this phrase", r"(?:cette|même|cette même|la) phrase"),
    ("start", r"(?:le |au |du )?début"),
    ("end", r"(?:la |à la |de la )?fin"),
    ("article", r"(?:cet|le présent|du présent|ce même|même) article|l'article unique"),
    # « Compléter l'article par un IV … »: « l'article » bare, no number nor complement after it, as citizens
    # write « cet article » (read only where the sentence names no other article: `_bare_article`)
    ("bare article", r"l'article(?=\s*(?:[,;:]|$))"),
    # « dans l'ensemble de l'article », « partout où il apparaît »: every occurrence of the words
    (
        "everywhere",
        r"(?:dans |à )?(?:l'ensemble (?:de cet article|du présent article|de l'article|du texte|du projet de loi|"
        r"de la proposition de loi)|(?:chaque|toutes les) occurrences?|partout où (?:il|ils|elle|elles) (?:apparaît|apparaissent|figurent|figure))",
    ),
    # « Alinéa 4 (deux fois) : », « À l'alinéa 2, deux fois, supprimer … », « … par les mots : Y, deux fois »
    ("times", r"\((?:par )?(deux|trois|quatre|cinq|six) fois\)|(?:par )?(deux|trois|quatre|cinq|six) fois"),
    ("elsewhere", r"(?:dans |à )?l'intitulé (?:du projet|de la proposition) de loi(?: organique)?"),
    ("amendment", r"cet amendement"),  # in a sub-amendment: its last alinéa is where it is completed
    # « Après cette phrase, insérer … » once a heading named the phrase (« Alinéa 6, deuxième phrase », p149-111)
    ("after", r"(après|avant)(?= (?:l'|le |cet |cette |ce |les |la ))"),
    (
        "filler",
        r"(?:en conséquence|par (?:coordination|cohérence|conséquent)|(?:est|sont) ainsi modifiée?s?|modifier (?:ainsi|comme suit)|a|des|de|du|la|les|le|l'|aux|au|à|dans|et|ainsi|"
        r"comme suit|il est|ci-après|,|;|\.|:)",
    ),
]
# each phrase whole: not the « le » that ends « article », which would leave « artic » unknown
_LOCATION = re.compile(
    "|".join(f"(?:(?<!\\w)|(?=\\W))(?P<g{i}>{p})(?:(?<=['(),;.:])|(?=\\W|$))" for i, (_, p) in enumerate(LOCATIONS))
)


_EACH = re.compile(
    rf"^\s*alinéas ((?:\d+|(?:{ORD})s?(?: et (?:{ORD})s?)? phrases?)(?:\s*,?\s*(?:et )?(?:\d+|(?:{ORD})s?(?: et (?:{ORD})s?)? phrases?))+)\s*$"
)


def _each(text: str) -> tuple[tuple[tuple[int, int | None], ...], tuple[tuple[int, int], ...]]:
    """« alinéas 2, 3, deuxième phrase, et 4 »: (2, None), (3, 2), (4, None). A phrase in the singular
    (« deuxième et dernière phrases ») is in the alinéa before it; in the plural (« premières phrases »)
    in each alinéa since the last phrase named. A phrase in the singular that ends the list after
    several alinéas (« alinéas 1 et 2, première phrase ») may as well be each one's: those read whole
    are given too, with that phrase (`Place.loose`), and both readings must agree."""
    m = _EACH.match(text.replace(",", " , "))
    if not m or "phrase" not in m.group(1):
        return (), ()
    out: list[tuple[int, int | None]] = []
    pending: list[int] = []
    specs = 0
    loose: list[tuple[int, int]] = []
    tokens = re.findall(rf"(\d+)|((?:{ORD})s?(?: et (?:{ORD})s?)?) phrases?", m.group(1))
    for k, (number, phrases) in enumerate(tokens):
        if number:
            pending.append(int(number))
            continue
        if not pending:
            return (), ()
        words = phrases.split(" et ")
        specs += 1
        every = all(w.endswith("s") and not w.startswith(("trois", "six", "seize")) for w in words)
        within = pending if every else pending[-1:]
        if not every and k == len(tokens) - 1 and len(words) == 1:  # it ends the list: each one's, or the last's?
            loose += [(a, ordinal(words[0])) for a in pending if a not in within]
        out += [(a, None) for a in pending if a not in within]
        out += [(a, ordinal(w)) for a in within for w in words]
        pending = []
    out += [(a, None) for a in pending]
    plural_once = specs == 1 and not [a for a, p in out if p is None]
    return ((), ()) if plural_once else (tuple(out), tuple(loose))


_PAIR = rf"alinéa \d+\s*,\s*(?:{ORD}) phrase"
_PAIRS = re.compile(
    rf"^\s*(?:en conséquence\s*,?\s*)?(?:à l'|à |aux? )?{_PAIR}(?:\s*,?\s*(?:et )?(?:à l'|à |aux? )?{_PAIR})+\s*,?\s*$"
)
_PHRASES_OF = re.compile(
    rf"^\s*(?:(?:à|aux?|dans) )?(?:les )?({ORD}) et ({ORD}) phrases (?:de l' ?|du )alinéa (\d+)\s*,?\s*$"
)
# « Alinéa 2, troisième et quatrième phrases »: the same, the alinéa named first
_ALINEA_PHRASES = re.compile(rf"^\s*alinéa (\d+)\s*,\s*({ORD}) et ({ORD}) phrases\s*,?\s*$")


# The tokens that name alinéas, and those that say whose they are
_ALINEAS_NAMED = frozenset(["alinéas", "ordinal range", "ordinal alinéa", "counted alinéas"])
_COMPLEMENTS = frozenset(
    ["article", "division", "bare division", "division run", "quoted article", "proposed text", "code division", "same text",
     "same article", "same division", "text put"]
)


# « au 2° » said after « Au III, »: one mark, said with « au » (« à la », « à l' »), a place it may narrow
_NARROWED = re.compile(r"(?:au|à la|à l') (?!.* (?:du|de l'|au) )")


def division_rank(mark: str) -> int | None:
    """How deep a mark of this article's divisions is: a paragraph (« iii », « i bis ») 0, a figure (« 2° »)
    1, a letter (« b », « b) ») 2, a small roman item (« ii) ») 3; None when not one of these."""
    if "°" in mark:
        return 1
    if re.fullmatch(r"[ivx]{2,}\)", mark):
        return 3
    if re.fullmatch(r"[a-z](?: (?:bis|ter|quater|quinquies|sexies))?\)?", mark) and not re.fullmatch(r"[ivx]", mark):
        return 2
    return 0 if re.fullmatch(r"[ivx]+(?: (?:bis|ter|quater|quinquies|sexies|a{1,2}|[b-d]))?", mark) else None


def _lower(inner: str, outer: str) -> bool:
    """Whether a mark said after another (« Au III, au 2° ») is of a lower level, so in it."""
    a, b = division_rank(inner), division_rank(outer)
    return a is not None and b is not None and a > b


def _same_division(
    numero: str, part: str, mark: str, context: Place
) -> tuple[str, tuple[str, ...], tuple[int, ...], bool, tuple[str, ...]]:
    """« Au même II »: the II the places named before name (the place named last, `context`, and the division
    the instruction before named, `context.divided`), with the text it is of (`within`, `resulting`, `held`),
    its path from that mark outward (« au 1° du II » then « au même II »: that II). Refused when none of them
    names that mark, or two name it differently (which one is meant is not said)."""
    found = set()
    for place in (context, context.divided):
        if place is not None and mark in place.path:
            found.add((place.within, place.resulting, place.held, place.proposed, place.path[place.path.index(mark) :]))
    if not found:
        raise AmendingError(numero, part, f"it says « le même {mark.upper()} » but no {mark.upper()} was named before")
    if len(found) > 1:
        raise AmendingError(numero, part, f"it says « le même {mark.upper()} » and two places named before name one")
    return found.pop()


# An article named by its number or identifier (« l'article 1er », « article L. 115-3 », « article 6-1 »)
_ARTICLE_NAMED = re.compile(r"\barticles? (?!unique\b)(?:[LRDAO]\.|\d|premier\b|liminaire\b|[IVX]+\b)")


def _bare_article(numero: str, part: str, context: Place) -> None:
    """« l'article » bare, read as « cet article » (the one amended, whose own number the parser is not told):
    refused where the sentence names another article by its number (« l'article L. 4 … ; compléter l'article
    par … »: that one, or this one?), or a place named before is in a text the article quotes."""
    if _ARTICLE_NAMED.search(part) or context.within or context.resulting or context.held or context.proposed:
        reason = "it says « l'article » with no number where another article is named: which one is not said"
        raise AmendingError(numero, part, reason)


def location(numero: str, part: str, text: str, context: Place) -> Place:
    """The place a location phrase names. « Cet alinéa » is the one named last in the amendment."""
    both = _PHRASES_OF.match(text)
    named_first = _ALINEA_PHRASES.match(text)
    if both or named_first:  # « aux première et deuxième phrases de l'alinéa 9 »: the same edit in each phrase
        one, two, n = both.groups() if both else (*named_first.groups()[1:], named_first.group(1))  # type: ignore[union-attr]
        _no_zero(numero, part, (int(n),), (ordinal(one), ordinal(two)))
        return Place((int(n), int(n)), each=((int(n), ordinal(one)), (int(n), ordinal(two))))
    pairs = _PAIRS.match(text)
    if pairs:  # « alinéa 3, première phrase, alinéa 7, deuxième phrase et alinéa 9, seconde phrase »
        found = [(int(a), ordinal(o)) for a, o in re.findall(rf"alinéa (\d+)\s*,\s*({ORD}) phrase", text)]
        _no_zero(numero, part, [a for a, _ in found], [o for _, o in found])
        return Place(tuple(a for a, _ in found), each=tuple(found))
    each, loose = _each(text)
    _no_zero(numero, part, [a for a, _ in (*each, *loose)], [o for _, o in (*each, *loose)])
    if each:
        return Place(tuple(a for a, _ in each), each=each, loose=loose)
    alineas: list[int] = []
    phrase: int | None = None
    phrases = 1
    end: str | None = None
    after: str | None = None
    item = ""
    article = this = division = anchored = every = bare = numbered = said_alinea = sole = worded = proposed = False
    counted = 0
    times = 1
    within = ""
    held: tuple[int, ...] = ()
    resulting: tuple[str, ...] = ()
    path: tuple[str, ...] = ()
    under: tuple[int, ...] = ()
    pos = 0
    if not text.strip(" ,;.:"):
        return replace(context, divided=None)
    # « Le troisième alinéa du présent article et le deuxième alinéa du III »: alinéas given a complement of their
    # own (« du présent article », « du I », « de l'article L. X »), then others given another: two places, not
    # the III's third and second (p63-009); refused here, the joined places are read one by one by the caller
    owned = late = said_in = False
    said_end = 0
    prior = ""
    for m in _LOCATION.finditer(text):
        gap = text[pos : m.start()].strip()
        if gap:
            raise AmendingError(numero, part, f"the words « {gap} » do not name a place in this article")
        pos = m.end()
        name = LOCATIONS[int(m.lastgroup[1:])][0] if m.lastgroup else ""
        g = [x for x in m.groups() if x is not None][1:]
        if name in ("quoted article", "proposed text", "text put") and (joined := another_reference(m.group(0))):
            # « de l'article L. 314-30 du code de l'énergie et de l'article L. 2 du code de l'environnement »: a
            # second place, not one of the code's name (p90-007); never left unread
            raise AmendingError(numero, part, f"it joins another place to the code article (« {joined} »), which is not read")
        if name in _COMPLEMENTS and alineas:
            if late:
                raise AmendingError(numero, part, "it joins alinéas each given a complement of its own")
            owned = True
        elif name in _ALINEAS_NAMED and owned:
            late = True
        if path and name == "code division" and prior == "code division" and not within and _PROPOSED_FOR.match(m.group(0)):
            # « Au 3° du texte proposé pour le II de l'article L. 533-22-1 »: the 3° of that II, as « le 3° du II de
            # l'article L. 533-22-1 » (p136-020)
            path = (*path, *re.split(r" (?:du|de l'|au) ", g[0]))
            prior = name
            continue
        prior = name
        if path and name in ("division", "bare division", "division run", "code division"):
            if name in ("bare division", "division run") and said_in and not re.match(r"(?:au|aux|à) ", m.group(0)):
                # « Au 2°, supprimer le b »: the b of the 2°, the division said first holding the one said after
                path = (*re.split(r" (?:du|de l'|au) ", g[0]), *path)
                said_in = False
                continue
            # « Au III, au 2°, remplacer … »: the 2° of the III, each place said after a comma inside the one before
            # (a lower level: roman, figures, letters, small roman); « Au 1°, au 2° » stays refused
            narrowed = name == "bare division" and said_in and _NARROWED.match(m.group(0)) is not None
            if narrowed and "," in text[said_end : m.start()] and _lower(g[0], path[0]):
                path, said_end = (g[0], *path), m.end()
                continue
            # « Le II, le III sont supprimés », « le 1° du I, le II »: two divisions in one place, one of them lost
            raise AmendingError(numero, part, "it names two divisions in one place")
        if name == "ordinal range":
            a, b = ordinal(g[0]), ordinal(g[1])
            _no_zero(numero, part, (a, b), ())
            worded = True
            if " et " in m.group(0):
                alineas += [a, b]
            elif a > 0 and b > 0:
                alineas += run(a, b)
            else:
                raise AmendingError(numero, part, "a range of alinéas counted from the end is not read")
        elif name == "alinéas":
            numbered = True
            for a, b in re.findall(r"(\d+)(?: à (\d+))?", g[0]):
                alineas += run(int(a), int(b)) if b else [int(a)]
        elif name == "ordinal alinéa":
            alineas.append(ordinal(g[0]))
            worded = True
        elif name == "counted alinéas":
            many = number_of(g[0])
            if many < 1:
                raise AmendingError(numero, part, f"the words « {m.group(0)} » do not name a place in this article")
            alineas += run(1, many) if g[1] == "premiers" else run(-many, -1)
            worded = True
        elif name == "this alinéa":
            this = said_alinea = True
        elif name == "these counted alinéas":
            this, said_alinea, counted = True, True, number_of(g[0])
        elif name in ("division", "bare division", "division run"):
            bare = name == "bare division"
            path = tuple(re.split(r" (?:du|de l'|au) ", g[0]))
            said_in = bool(re.match(r"(?:au|aux|à) ", m.group(0)))  # « Au 2°, … »: a place the next may be in
            said_end = m.end()
            # named alone under an alinéa named before (« Alinéa 3 / Supprimer le 2° »): it must be there
            under = tuple(context.alineas or ()) if name != "division" else ()
        elif name == "proposed text":
            within = g[0]
        elif name == "text put":
            resulting, within, proposed = tuple(re.split(r" (?:du|de l'|au) ", g[0])), g[1], True
        elif name == "quoted article":
            within = g[0]
            if g[1:] and g[1].isdigit():
                held = tuple(int(n) for n in g[1:3])
                two = re.search(r"alinéas (\d+) et (\d+)", m.group(0))
                if two and int(two[2]) != int(two[1]) + 1:  # « des alinéas 14 et 15 »: a run, as « 14 à 15 »
                    raise AmendingError(numero, part, f"the alinéas {two[1]} and {two[2]} it says the code article results from are not a run")
            elif g[1:] and g[1].endswith(("article", "présente loi")):
                resulting = THIS_ARTICLE  # « tel qu'il résulte du présent article »: this one, all of it
            elif g[1:]:  # « tel qu'il résulte du 3° du présent article »: that division of this one
                resulting = tuple(re.split(r" (?:du|de l'|au) ", g[1]))
        elif name == "code division":
            path = tuple(re.split(r" (?:du|de l'|au) ", g[0]))
        elif name == "same text":
            if not context.within:
                raise AmendingError(numero, part, "it says « le même texte » but no text proposed was named before")
            within = context.within
            if context.proposed:  # « du texte proposé par le 4° pour être inséré … » then « du même texte »
                resulting, held, proposed = context.resulting, context.held, True
        elif name == "same article":
            # the code article the place named before names (« du I de l'article L. 3431-6 …, tel qu'il résulte
            # du I du présent article »), where it says it is; none named (« Alinéa 3 », « Au II »): which
            # article is meant, this one or another, is not said
            if not context.within:
                raise AmendingError(numero, part, "it says « le même article » but no code article was named before")
            within, resulting, held, proposed = context.within, context.resulting, context.held, context.proposed
        elif name == "same division":
            if path:
                raise AmendingError(numero, part, "it names two divisions in one place")
            within, resulting, held, proposed, path = _same_division(numero, part, g[-1], context)
            if len(g) > 1:  # « au 3° du même II »: a division of it
                path = (*re.split(r" (?:du|de l'|au) ", g[0]), *path)
        elif name == "this division":
            this = division = True
        elif name == "item check":
            item = g[0]
        elif name == "phrase range":
            if phrase is not None:
                raise AmendingError(numero, part, "two phrases named at once are not read")
            first, last = ordinal(g[0]), ordinal(g[1])
            _no_zero(numero, part, (), (first, last))
            if first < 1 or last != LAST and last <= first:
                raise AmendingError(numero, part, "a run of phrases is read from a phrase to a later one or the last")
            phrase, phrases = first, (THROUGH_LAST if last == LAST else last - first + 1)
        elif name == "phrase pair":
            if phrase is not None:
                raise AmendingError(numero, part, "two phrases named at once are not read")
            first, last = ordinal(g[0]), ordinal(g[1])
            _no_zero(numero, part, (), (first, last))
            if first < 1 or last not in (first + 1, LAST):  # « première et troisième »: not a run
                raise AmendingError(numero, part, "two phrases named at once are not read")
            phrase, phrases = first, (0 if last == LAST else 2)  # 0: the last, right after the first
        elif name == "phrases":
            if phrase is not None:
                raise AmendingError(numero, part, "two phrases named at once are not read")
            count = NUMBERS[g[0]]
            first = ordinal(g[1])
            _no_zero(numero, part, (), (first,))
            if first not in (1, LAST):
                raise AmendingError(numero, part, "a run of phrases is read from the first or the last one")
            phrase, phrases = (1 if first == 1 else -count), count
        elif name == "phrase":
            if phrase is not None:
                raise AmendingError(numero, part, "two phrases named at once are not read")
            phrase = ordinal(g[0])
        elif name == "these phrases":  # « Alinéa 2, troisième et quatrième phrases / Supprimer ces phrases »
            if context.phrase is not None and context.phrases != 1 and context.alineas:
                # « Alinéa 3, deuxième à dernière phrase / Supprimer ces phrases »
                alineas, phrase, phrases, this = list(context.alineas), context.phrase, context.phrases, True
                continue
            named = sorted(p for _, p in context.each if p is not None)
            alinea = {a for a, _ in context.each}
            if len(alinea) == 1 and len(named) == 2 and named[0] == LAST and named[1] >= 1:
                # « troisième et dernière phrases »: the last must come right after (`phrases` 0)
                alineas, phrase, phrases, this = list(alinea), named[1], 0, True
                continue
            if len(alinea) != 1 or not named or named != list(range(named[0], named[0] + len(named))) or named[0] < 1:
                raise AmendingError(numero, part, "it says « ces phrases » but no run of phrases was named before")
            alineas, phrase, phrases = list(alinea), named[0], len(named)
            this = True
        elif name == "this phrase":
            if phrase is not None:  # « À la deuxième phrase de l'alinéa 22, …, la fin de cette phrase »: that one
                continue
            if context.phrase is None and m.group(0) == "la phrase":
                anchored = True  # « Après le mot : X, supprimer la fin de la phrase »: the phrase X is in
                continue
            if context.phrase is None:
                raise AmendingError(numero, part, f"it says « {m.group(0)} » but no phrase was named before")
            phrase = context.phrase
            this = True
        elif name in ("start", "end"):
            end = "début" if name == "start" else "fin"
        elif name == "article":
            article = True
        elif name == "bare article":
            _bare_article(numero, part, context)
            article = True
        elif name == "elsewhere":
            return Place(elsewhere=True)
        elif name == "everywhere":
            every = True
        elif name == "times":
            times = NUMBERS[g[0]]
        elif name == "amendment":
            alineas.append(LAST)
        elif name == "after":
            after = g[0]
    gap = text[pos:].strip()
    if gap:
        raise AmendingError(numero, part, f"the words « {gap} » do not name a place in this article")
    _no_zero(numero, part, alineas, (phrase,))
    own = bool(alineas or path or within or division or article or this or said_alinea or phrase is not None or end)
    if every and not own and after is None and "ensemble" not in text and (context.alineas or context.path or context.within):
        # « Alinéa 29 / Remplacer, partout où il figure, le mot : … »: every occurrence in the place the heading
        # named, not in the whole article (p99-070, p99-072)
        return replace(context, divided=None, every=True, times=times)
    if bare and numbered and alineas and len(path) == 1 and not item:
        # « À l'alinéa 2, rétablir le 1° »: the alinéa named, which must open with that mark
        item, path, under = path[0], (), ()
    elif alineas or path and context.earlier:
        # « Au second alinéa du VI », « II. – Au 2° du I »: the VI, the I are this clause's own complement, its
        # place named whole, not a division under the alinéa an earlier part named; under the amendment's own
        # heading (« Alinéa 3 / Supprimer le 2° du I »), the 2° of the I must open that alinéa (p75-045)
        under = ()
    nowhere = not (within or path or context.within or context.path or every or said_alinea or division)
    if phrase is not None and not alineas and context.alineas is None and nowhere:
        # « Seconde phrase », « Après la première phrase », no alinéa named: the article's only one
        alineas, sole = [1], True
    if this and not alineas and context.alineas is None and not (within or path or context.within or context.path or every or division):
        # « Compléter cet alinéa par … », no alinéa named: the article's only one, as for a phrase alone
        alineas, sole = [1], True
    elif this and not alineas:
        if context.alineas is None and (path or context.path) and not (within or context.within) and not division:
            # « Au III, … » then « Compléter cet alinéa »: the III's only alinéa (p65-018); so « Au III : /
            # Compléter cet alinéa » and « Au III, compléter cet alinéa », the division named in the same sentence
            alineas, sole, path = [1], True, path or context.path
        elif context.alineas is None:
            said = "ce paragraphe" if division else "cet alinéa"
            raise AmendingError(numero, part, f"it says « {said} » but no alinéa was named before")
        else:
            alineas, sole, worded = list(context.alineas), context.sole, context.worded
            within, path = within or context.within, path or context.path
        if phrase is None and "phrase" in text:
            raise AmendingError(numero, part, "it says « cette phrase » but no phrase was named before")
    if counted and counted != len(alineas):  # « À l'alinéa 3, remplacer ces deux alinéas »
        raise AmendingError(numero, part, f"it says {counted} alinéas and names {len(alineas)} alinéa(s)")
    # « II. – À la dernière phrase de l'article L. 122-3 … », « 2° À la fin du même article », « Au début du II »:
    # a phrase or an edge of a place named anew (a code article, a text, a division) is counted in all of it, never
    # in the alinéa an earlier part named (p101-074 to p101-078, p101-028)
    anew = bool(within or path or division)
    if not alineas and not article and not anew and after is None and (phrase is not None or end or anchored) and context.alineas:
        # « Alinéa 2 / 1° Deuxième phrase / … », « Alinéa 1 / Au début, insérer … »: in the alinéa named before
        alineas, within, path = list(context.alineas), within or context.within, path or context.path
        sole, worded = context.sole, context.worded
    # « au deuxième alinéa » alone: « Alinéa 2 » (numerals), « de cet article » or a text named say whose count
    worded = worded and not numbered and not article and not within and not path and not context.within
    if after is not None and phrase is not None:  # « Après la deuxième phrase »: a place for phrases
        alineas = alineas or list(context.alineas or ())
        if len(alineas) != 1:
            raise AmendingError(numero, part, "it names a phrase but not one alinéa it is in")
        side: Literal["début", "fin"] = "fin" if after == "après" else "début"
        return Place(
            (alineas[0],), phrase, side, within=within, held=held, resulting=resulting, proposed=proposed, path=path,
            sole=sole, worded=worded,
        )
    if after is not None and path and not alineas:  # « Après le I », « Avant le 2° du II »
        at = LAST if after == "après" else 0
        return Place(
            after=at, within=within, held=held, resulting=resulting, proposed=proposed, path=path, under=under
        )
    if after is not None:
        if len(alineas) != 1:
            raise AmendingError(numero, part, f"« {after} » must name one alinéa")
        at = alineas[0] if after == "après" else alineas[0] - 1
        return Place(
            after=at if alineas[0] > 0 or after == "après" else alineas[0] - 1,
            within=within,
            held=held,
            resulting=resulting,
            proposed=proposed,
            path=path,
            worded=worded,
        )
    if division and (phrase is not None or end or after is not None):
        raise AmendingError(numero, part, "it names a part of a paragraph")
    return Place(
        tuple(alineas) or None,
        phrase,
        end,  # type: ignore[arg-type]
        item=item,
        phrases=phrases,
        division=division,
        within=within,
        held=held,
        resulting=resulting,
        proposed=proposed,
        path=path,
        under=under,
        anchored=anchored,
        every=every,
        times=times,
        sole=sole,
        worded=worded,
    )
