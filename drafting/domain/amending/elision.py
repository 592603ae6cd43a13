"""Elision as French writes it: « l' », « d' », « qu' » before a word opening with a vowel or a mute h, the
word whole before a consonant, an aspirated h, « onze », « onzième », « huit », « huitième », « oui »
(« le onzième alinéa », « le huitième », « la hausse »). Whether an h is mute is known from closed lists
only: a word outside them leaves the elision not sure.
"""

from __future__ import annotations

import re
from typing import Literal

from drafting.domain.amending.typography import fold

_VOWELS = "aeiouàâäéèêëîïôöûùü"
# Words opening with a vowel that take no elision (« le onzième », « le huitième », « le oui »)
_WHOLE_BEFORE = ("onze", "onzième", "huit", "huitaine", "huitième", "oui", "ouistiti", "uhlan")
# Aspirated h: the word before is whole (« la hausse », « le handicap », « le haut-commissaire », « hors »),
# as in the words French took from English and others, all aspirated by usage (« la holding », « le hold-up »,
# « le hub », « le handball », « le hacker », « le hackathon », « la hotline », « le hashtag », « le hardware »,
# « le hammam », « le hooligan », « le harki », « le high-tech », « le hot-spot », « le hijab »)
_ASPIRATED = (
    "hach", "hack", "hagard", "haie", "haillon", "haine", "haïr", "halage", "halal", "hall", "halo", "halte",
    "hamac", "hamburger", "hameau", "hammam", "hamster", "hanche", "hand", "hangar", "hanter", "happ", "harangu",
    "harass", "haras", "harcel", "harcèl", "hard", "hareng", "hargn", "haricot", "harki", "harnais", "harpe",
    "has-been", "hasard", "hasch", "hashtag", "hâte", "hausse", "hausser", "haut", "havre", "hedge", "héraut",
    "hérisson", "hernie", "héron", "héros", "hêtre", "heurt", "hibou", "hideu", "hiérarchi", "high-tech", "hijab",
    "hip-hop", "hippie", "hiss", "hit-parade", "hobby", "hoch", "hockey", "hold-up", "holding", "homard", "hongr",
    "honte", "hooligan", "hoquet", "horde", "hors", "hot-dog", "hotline", "hot-line", "hotspot", "hot-spot",
    "hotte", "houille", "houle", "housse", "houx", "hovercraft", "hub", "hublot", "huée", "hurl", "hussard",
    "hutte",
)  # fmt: skip
# Mute h: elided before (« l'habitation », « l'hôpital », « d'hébergement », « l'harmonisation »)
_MUTE = (
    "habil", "habit", "haleine", "hallucin", "haltère", "hameçon", "harmon", "hébdo", "héberg", "hébreu", "hect",
    "hégémon", "hélice", "hélicopt", "hémi", "hémo", "hépat", "herbe", "herbi", "hérédit", "hérit", "héroï",
    "hésit", "hétéro", "heure", "heureu", "hippo", "hirondelle", "histo", "hiver", "holocauste", "homéo",
    "homicid", "homm", "homogén", "homolog", "homosexu", "honnête", "honneur", "honor", "hôpita", "horaire",
    "horizon", "horloge", "hormon", "horreur", "horribl", "horticult", "hospi", "hostil", "hôte", "hôtel",
    "hubris", "huile",
    "huissier", "huître", "human", "humain", "humble", "humeur", "humid", "humil", "humour", "hydr", "hygièn",
    "hymne", "hyper", "hypo", "hypoth",
)  # fmt: skip


def _longest(word: str, stems: tuple[str, ...]) -> int:
    """The length of the longest of `stems` that `word` opens with, 0 when none (« haltère » is mute though
    « halte » is aspirated: the longer stem says)."""
    return max((len(stem) for stem in stems if word.startswith(stem)), default=0)


def elides(word: str) -> bool | None:
    """Whether the word before `word` elides (« l'avant-dernier »: True; « le quinzième », « le onzième »,
    « la hausse », « le II »: False); None when not sure (an h in neither list, a « y »: « le yaourt »)."""
    head = fold(word).lower().lstrip("«\"“ ")
    first = head[:1]
    if not first.isalpha():
        return False
    stem = re.match(r"[^\W\d_]+(?:-[^\W\d_]+)*", head)
    whole = stem.group() if stem else head
    if whole in _WHOLE_BEFORE or whole.startswith(("onzième", "huitième")):
        return False
    if first == "h":
        aspirated, mute = _longest(whole, _ASPIRATED), _longest(whole, _MUTE)
        return None if aspirated == mute else mute > aspirated
    if first == "y":
        return None
    if re.fullmatch(r"[IVXLC]+", fold(word).lstrip("«\"“ ").split(" ")[0].rstrip(",;.")):
        return False  # a division's number: « le I », « au II bis »
    return first in _VOWELS


# The definite article written whole before a consonant, elided before a vowel, and what it is then: « la » →
# « l' », « du » → « de l' », « au » → « à l' » (« de », « que » before words put are left as the amendment
# has them: « de un an » is the words it says); « ce » is « cet » before a vowel or a mute h, and « cet »
# « ce » before the others, both masculine: the next word's first sound decides, not its gender (« ce
# conseil », « cet organe »)
_ELIDED = {"le": "l'", "la": "l'", "du": "de l'", "au": "à l'", "ce": "cet"}
# Words opening with a vowel that follow the pronoun « ce » (« ce à quoi », « ce en quoi », « c'est »), not the
# determiner: « ce » before them is not « cet »
_PRONOUN_CE = frozenset(
    ["à", "au", "aux", "auquel", "auxquels", "auxquelles", "en", "est", "était", "étaient", "eût", "y", "où",
     "a", "avait", "aura", "aurait", "il", "ils", "elle", "elles", "on", "un", "une", "et", "ou", "avec"]
)  # fmt: skip
# Words opening with a vowel that never follow an article (prepositions, conjunctions, pronouns, verbs): « la »
# before them is left as the amendment has it, not elided into « l'au plus tard »
_NO_ARTICLE = re.compile(
    r"(?:au|aux|à|après|avant|avec|en|entre|envers|et|ou|où|il|ils|elle|elles|on|y|a|est|ainsi|aussi|alors|afin"
    r"|auprès|au-delà|autour|était|ont|sont|ait)(?![\w'’-])"
)
_WHOLE = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(_ELIDED, key=len, reverse=True)) + r"|cet)[ \u00a0]+$", re.I)


def elided(left: str, new: str) -> tuple[int, str] | Literal[False] | None:
    """A word written whole right before words put (« À la seconde phrase », « seconde » replaced by
    « avant-dernière »): where it starts and its elided form when the words put open with a vowel or a mute h
    (« À l'avant-dernière », « du » → « de l' », « au » → « à l' », « ce » → « cet »; « cet » → « ce » when
    they do not); None when nothing is to change; False when whether it elides is not sure (an h in no list)."""
    said = _WHOLE.search(left)
    if said is None:
        return None
    word, first = said.group(1).lower(), (re.findall(r"[^\W\d_]+", fold(new).lower()) or [""])[0]
    if word == "cet" and (first in _PRONOUN_CE or _NO_ARTICLE.match(fold(new).lower())):
        return False  # « cet un ajout », « cet à »: no determiner is before them, and « ce » there is not sure
    if _NO_ARTICLE.match(fold(new).lower()):
        return None
    goes = elides(new)
    if goes is None or word == "ce" and goes and first in _PRONOUN_CE:
        return False  # « ce à quoi », « c'est »: the pronoun, whose elision is another
    if goes == (word == "cet"):
        return None
    put = "ce" if word == "cet" else _ELIDED[word]
    capital = said.group(1)[0].isupper()
    return said.start(), (put[0].upper() + put[1:] if capital else put) + ("" if put.endswith("'") else " ")


# The articles written whole that French never leaves before a vowel or a mute h (« cet » is not one of them)
_ARTICLE_LEFT = re.compile(r"(?<![\w'’-])(le|la|du|au|ce)[ \u00a0]+$", re.I)


def article_left_whole(left: str, new: str) -> str | None:
    """The article (« le », « la », « du », « au », « ce ») ending `left` when `new` opens with a vowel or a
    mute h and no word that never follows an article (« la » before « après », « ce » before « à quoi »):
    a deletion leaving them so writes a text French never writes (« la expérience »), and whether the words
    left elide, or the words deleted were not the ones meant, is not said. None when not so."""
    said = _ARTICLE_LEFT.search(left)
    if said is None or elides(new) is not True:
        return None
    folded = fold(new).lower()
    first = (re.findall(r"[^\W\d_]+", folded) or [""])[0]
    if _NO_ARTICLE.match(folded) or said.group(1).lower() == "ce" and first in _PRONOUN_CE:
        return None
    return said.group(1)


def unelided(left: str, old: str, new: str) -> tuple[int, str] | None:
    """« L'avant-dernier alinéa », « avant-dernier » replaced by « quinzième » or « onzième »: the article elided
    before a word that shows its gender (« avant-dernier », « avant-dernière ») is written whole before words
    that take no elision, as French writes it: « Le quinzième », « la onzième », « le huitième », and
    contracted after « de » and « à » for the masculine (« du quinzième », « au onzième »). Where the article
    starts and what is put for it; None when not so (another word elided, whose gender is not said, or words
    whose elision is not sure, stay refused by `check_elision`)."""
    gender = re.match(r"avant-derni(er|ère)s?(?![\w-])", fold(old).lower())
    if not gender or elides(new) is not False or not new[:1].isalpha():
        return None
    said = re.search(r"(?<![\w'’])(?:(?P<prep>[dD]e|[àÀ]|A) )?(?P<art>[lL])['’]$", left)
    if said is None:
        return None
    masculine, prep = gender.group(1) == "er", said.group("prep")
    if prep:
        word = {"de": "du", "à": "au", "a": "au"}[prep.lower()] if masculine else f"{prep.lower()} la"
        capital = prep[0].isupper()
    else:
        word, capital = ("le" if masculine else "la"), said.group("art") == "L"
    return said.start(), (word[0].upper() + word[1:] if capital else word) + " "


# Elided words that are written whole before a consonant with no gender to know: « d' » → « de », « qu' » →
# « que » (« lorsqu' », « puisqu' », « quoiqu' », « jusqu' » → « jusque »); « l' » is « le » or « la », which
# the word does not say
_GENDERLESS = re.compile(r"(?<![\w'’-])([dD]|[qQ]u|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[jJ]usqu)['’]$")
# « s' » before « il », « ils » is « si », which elides before them only (« s'il », « si elle », « si l'intéressé »);
# before any other word it is the reflexive « se » (« s'effectue », « se réalise »)
_IF = re.compile(r"(?<![\w'’-])([sS])['’]$")


def written_whole(left: str, new: str, old: str = "") -> tuple[int, str] | None:
    """« d'assurance », « assurance » replaced by « cotisation »: the elided « d' » (« qu' », « jusqu' »)
    written whole before words put that take no elision, as French writes it (« de cotisation », « que le »,
    « jusque dans »); « s'il », « il » (`old`) replaced by words not opening with « il », « ils »: « si »
    (« si l'intéressé », « si elle »); « s'effectue », « effectue » replaced by « réalise »: the reflexive
    « se » (« se réalise »). Where it starts and what is put for it; None when not so (« l' », whose
    gender is not said, « de », « jusque » before « le », « les », contracted or not, and « jusque » before
    « la », « l' » stay refused)."""
    if_ = _IF.search(left)
    if if_ and re.match(r"ils?(?![\w'’-])", old, re.I):
        if re.match(r"ils?(?![\w'’-])", new, re.I):
            return None
        return if_.start(), if_.group(1) + "i "
    if if_ and old[:1].isalpha() and new[:1].isalpha() and elides(new) is False:
        # « s'effectue », « effectue » replaced by « réalise »: « s' » before no « il » is the reflexive « se »
        # (« si » elides before « il », « ils » only), written whole before a consonant: « se réalise »
        return if_.start(), if_.group(1) + "e "
    said = _GENDERLESS.search(left)
    if said is None or not new[:1].isalpha() or elides(new) is not False:
        return None
    if said.group(1).lower() in ("d", "jusqu") and re.match(r"(?:le|les)(?![\w'’-])", new, re.I):
        return None  # « de le », « de les »: contracted (« du », « des ») or not (« de le faire »), not said
    if said.group(1).lower() == "jusqu" and re.match(r"(?:la(?![\w'’-])|l['’])", new, re.I):
        return None  # « jusque la », « jusque l' »: no French (« jusqu'à la »), what is meant is not said
    return said.start(), said.group(1) + "e "
