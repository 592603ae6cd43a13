"""The lexicon the lexer (lexer.py, markup.py, quoted.py, bare.py) and the cuts (cuts.py) share to read an
amendment: its quotes (« » and “ ”) and how many a text leaves open, the marks of its parts and items, the
adverbs of number, the nouns that name words, and the openings of a paragraph that instructs rather than quotes.
"""

from __future__ import annotations

import re

from drafting.domain.amending.typography import fold

OPEN, CLOSE = "«\u201c", "»\u201d"


# the adverbs of number that follow a number or an item letter (« 6 ter », « a bis »)
ADVERB = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)"
# « Remplacer les mots (deux fois) : »
TIMES = r"(?:\s*\((?:deux|trois) fois\))?"


def quote_depth(text: str) -> int:
    """The quotes (« “) `text` opens less those (» ”) it closes: below zero, it closes one opened before it."""
    return sum(text.count(c) for c in OPEN) - sum(text.count(c) for c in CLOSE)


# The verbs the forms open with (`forms.verbs_spelt` reads one misspelt by a letter)
VERBS = ("remplacer", "substituer", "supprimer", "insérer", "ajouter", "créer", "compléter", "rédiger", "rétablir")


# A part or item mark opening a paragraph: « I. – », « II - », « 1° », « a) », « A. – »
MARK = re.compile(
    r"^(?P<mark>(?:[IVXLC]+|[A-Z])\s*\.?\s*[-–—]|\d+°\)?|[a-z]\)|\(\d+\)|"
    # « II. Supprimer », and a list's « 1. » or « - » before an instruction (citizens number theirs so), its
    # words typed with or without their accents (« - Alinea 27 : », « - Apres l'alinea 20 », `lexer._UNACCENTED`)
    r"(?:[IVX]+|\d+)\.(?= (?:Alin[ée]a|Apr[èe]s|Avant|À|A |Au|Dans|Supprimer|R[ée]diger|R[ée][ée]crire|Compl[ée]ter|"
    r"Remplacer|Ins[ée]rer|En cons[ée]quence|Pour compenser))|"
    r"[-–•](?= (?:Alin[ée]a|Apr[èe]s|Avant|À|A |Au|Aux|Dans|Supprimer|"
    r"R[ée]diger|R[ée][ée]crire|Compl[ée]ter|Remplacer|Ins[ée]rer|Substituer|Ajouter|En cons[ée]quence)\b))\s*"
)
# What an instruction quotes words as: « les mots », « la référence », « le signe de ponctuation » …
WORD_NOUNS = (
    r"(?:mots?|références?|années?|dates?|durées?|fractions?|taux|nombres?|chiffres?|montants?|sommes?|pourcentages?|"
    r"signes?(?: de ponctuation)?|caractères?|numéros?|termes?|expressions?|lettres?|mentions?|millésimes?|sigles?|"
    r"abréviations?|valeurs?|coefficients?|seuils?|délais?)(?: suivante?s?)?"
)
WORDS_NOUN = re.compile(rf"(?:{WORD_NOUNS}|phrases? suivantes?){TIMES}\s*:$")
NAMES_WORDS = re.compile(rf"(?i)\b(?:les |le |la |l'){WORD_NOUNS}$")


_ORDINALS = (
    r"premi[eè]re?|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|derni[eè]re?|"
    r"avant-derni[eè]re?|\d+(?:e|[eè]me|re|[eè]re)"
)
# The start of a paragraph that instructs rather than quotes (after any part mark).
_INSTRUCTS = re.compile(
    r"^(?:(?:en conséquence|par (?:coordination|cohérence)),?\s*)?"
    # the « gage »: « Pour compenser la perte de recettes résultant du I, compléter cet article … »
    r"(?:pour compenser (?:la|les) (?:pertes?|charges?|diminutions?) de [^,]*,\s*)?"
    r"(?:alinéas?\s+\d|(?:après|avant|à|au|aux|dans|de) (?:l'|les? |la )?(?:alinéa|mots?|"
    r"phrase|début|fin|référence)|(?:rédiger|réécrire|supprimer|compléter|remplacer|insérer|substituer|ajouter)\b|"
    r"(?:à|au|dans) (?:cet|ce|la|le)\b|(?:par|et) (?:le|les|la|l')\s*(?:mots?|référence)|"
    # a heading naming phrases alone (« II. – Seconde phrase », « Deux dernières phrases : »)
    rf"(?:(?:deux|trois) )?(?:{_ORDINALS})s?(?: (?:et|à) (?:la )?(?:{_ORDINALS})s?)? phrases?\s*[:.,]?\s*$)",
    re.I,
)


def instructs(paragraph: str) -> bool:
    return bool(_INSTRUCTS.match(fold(MARK.sub("", paragraph, count=1))))


# a part's roman mark alone in its paragraph (« I », « II », « III. – »), as some amendments set it above the
# instruction it marks; only before a paragraph that instructs (« Alinéa 4 », « Supprimer … »)
LONE_PART = re.compile(rf"[IVXLC]+(?: {ADVERB})?\s*\.?\s*[-–—]?")
