"""Commas at the seams of words deleted: whether words between two commas were an incise (both commas go
with them: « en vue, notamment, de ») or an item of a list (one stays: « Les communes, les régions »), and
the words that tell them apart (the first word of a segment, a verb, a fronted complement, a list's « et »).
`seams.splice` asks; `lists` reads the items of a series with the same words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafting.domain.amending.quotes import closes_quote
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Ctx


# Words after which no comma ever stands, even opening an incise: an article (« des », « aux » …), a
# demonstrative or possessive determiner, a preposition (not « après », « avant », adverbs too: « peu après, »;
# nor « ce », « un », « tout », « leurs », pronouns too: « et ce, », « l'un, », « le tout, », « les leurs, »)
_NO_COMMA_AFTER = frozenset(["le", "la", "les", "des", "du", "au", "aux", "cet", "cette", "ces", "son", "sa", "ses"])
_NO_COMMA_AFTER |= frozenset(["chaque", "de", "à", "pour", "par", "dans", "sur", "sous", "avec", "sans"])
_NO_COMMA_AFTER |= frozenset(["entre", "vers", "chez"])
# A word after which no comma stands (it needs the words after it): « Afin », a relative pronoun, « que »
# and the conjunctions ending with it, « et », « ou », a determiner, a preposition
_BOUND = frozenset(["afin", "qui", "que", "qu", "dont", "lorsque", "puisque", "et", "ou"]) | _NO_COMMA_AFTER


def bound(left: str) -> bool:
    """Whether the comma ending `left` stands right after a word that needs the words after it (« Afin, »,
    « qui, », « que, », « ou, »): words between it and another comma are an incise, both commas go."""
    before = left.rstrip(BLANKS)[:-1].rstrip(BLANKS)
    last = re.search(r"[^\W\d_]+$", fold(before).lower())
    return bool(last) and last.group(0) in _BOUND  # type: ignore[union-attr]


def comma_after_bound_word(left: str, right: str) -> bool:
    """Words deleted between a determiner or a preposition and a comma (« des visas de long séjour, titres »
    less « visas de long séjour »): the comma, left right after that word, goes, as none stands there
    (« des titres »). Not when words set as an incise follow it (« pour, le cas échéant, saisir »)."""
    last = re.search(r"(?<![-'’])(?<![^\W\d_])[^\W\d_]+$", fold(left.rstrip(BLANKS)).lower())
    after = right.lstrip(BLANKS)
    if not last or last.group(0) not in _NO_COMMA_AFTER or after[:1] != ",":
        return False
    return not _INCISE.match(fold(after[1:].split(",")[0]).strip(BLANKS))


def comma_left_dangling(gone: str, left: str, right: str) -> bool:
    """Words deleted right after a comma, ending where the phrase or the alinéa does (before « . », « ; »,
    « : », a closing quote, or the alinéa's end): the comma goes with them, as no comma stands before a
    stop (« recours, notamment la zone. » less « notamment la zone »: « recours. »). Words ending with
    their own comma (an item's, « a) les communes, notamment rurales, ») leave the one before them."""
    if left.rstrip(BLANKS)[-1:] != "," or gone.rstrip(BLANKS)[-1:] in (",", ";", ":"):
        return False
    after = right.lstrip(BLANKS)
    if after.startswith(("..", "…")):  # « ...... » stands for a number left blank: a word
        return False
    return after[:1] in ("", ".", ";", ":", "!", "?", "»", "”") or after[:1] == '"' and closes_quote(left, after)


# Adverbs set between commas as an incise (« en vue, notamment, de »), never an item of a list: deleted,
# they take both commas along, where a list's item leaves one (« Les communes, les régions »)
_INCISE = re.compile(
    r"(?i)(?:notamment|également|toutefois|cependant|néanmoins|en outre|par ailleurs|le cas échéant|"
    r"en particulier|s'il y a lieu|en tant que de besoin|au besoin|en tout état de cause|en revanche|"
    r"par exemple|en principe|à titre exceptionnel|de plus|en effet|en conséquence|si nécessaire|"
    r"au plus tard|au plus tôt)$"
)
# The words that open an item of a list (« les régions », « de l'État », « à Paris »): an adverb set between
# commas before words opening so is no item of theirs (items of one list open alike)
_OPENERS = frozenset(
    ["le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "en", "par", "pour", "dans"]
    + ["sur", "sous", "avec", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"]
)


# Verbs that a subject's apposition or a participle's incise stands before (« Le Haut Conseil, organisme
# indépendant, est placé »): after a list's item a comma is never followed by one
FINITE_VERBS = frozenset(["est", "sont", "peut", "peuvent", "doit", "doivent", "a", "ont", "sera", "seront"])
# A preposition opening words set between commas (« , dans un délai d'un mois, ») and a determiner opening the
# words after them (« toute mesure ») open no two items of one list
_PREPOSITIONS = frozenset(["dans", "par", "pour", "sur", "sous", "avec", "sans", "selon", "entre", "après", "avant"])
_PREPOSITIONS |= {"auprès", "à"}
_DETERMINERS = frozenset(["le", "la", "les", "l", "un", "une", "tout", "toute", "tous", "toutes", "chaque"])
_DETERMINERS |= frozenset(["ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"])


def incise(words: str, after: str, sure: bool = False) -> bool:
    """Whether `words`, set between commas, are an incise, not an item of a list: an adverb of the short list
    (« notamment », « en outre »); any words before a verb (« Le Haut Conseil, organisme indépendant, est »);
    words opening with a preposition before words opening with a determiner (« par ordonnance, dans un délai
    d'un mois, toute mesure »; not when `sure`: such words may end with a list's first item, « après avis du
    comité … sur l'obligation, la coordination et le secret »); or one adverb in « -ment », alone or joined by
    « ou » (« et ») to other words, before words opening with an article or a preposition (« application,
    successivement, des »)."""
    bare = fold(words).strip(BLANKS + ",")
    if _INCISE.match(bare) or _PRESENT_PARTICIPLE.match(bare):
        return True  # « toute mesure, pouvant entrer en vigueur …, relevant du domaine »: a participle's incise
    following = re.match(r"[^\S\n]*([^\W\d_]+)\b(?!\))", fold(after))  # « a) » is a mark, no verb
    if not following:
        return False
    if following.group(1) in FINITE_VERBS:
        return True  # « Le Haut Conseil, organisme indépendant, est placé »: no item of a list precedes a verb
    first = re.match(r"[^\W\d_]+", bare)
    if first and first.group(0) in _PREPOSITIONS and following.group(1) in _DETERMINERS and not sure:
        return True  # « prendre par ordonnance, dans un délai …, toute mesure »: items of one list open alike
    # « successivement », or joined to other words by « ou » (« spontanément ou sur demande »)
    adverb = re.fullmatch(r"[a-zà-ÿ]+ment(?: (?:ou|et) [^,;:]+)?", bare)
    return bool(adverb and following.group(1) in _OPENERS | _DETERMINERS)


# How the words after a comma open, for « items of one list open alike »: determiners, « de » (« du », « des »),
# « à » (« au », « aux »), relative pronouns, and each other preposition by itself
_OPENING_CLASSES = {
    **{w: frozenset(["det"]) for w in _DETERMINERS},
    **{w: frozenset(["de"]) for w in ("de", "d", "du")},
    "des": frozenset(["det", "de"]),
    **{w: frozenset(["à"]) for w in ("à", "au", "aux")},
    **{w: frozenset(["rel"]) for w in ("qui", "que", "qu", "dont", "où", "lequel", "laquelle", "lesquels")},
    **{w: frozenset(["rel"]) for w in ("lesquelles", "auquel", "auxquels", "auxquelles", "duquel", "desquels")},
    **{w: frozenset(["pron"]) for w in ("il", "ils", "elle", "elles", "on", "celui", "celle", "ceux", "celles")},
    **{w: frozenset([w]) for w in _PREPOSITIONS | {"en", "outre", "vers", "contre", "chez", "hors", "depuis"}},
}
_LEADING_MARK = re.compile(
    r"[\s«\"“]*(?:[IVXLCDM]+\.?\s*[-–—]\s*(?:\d+\.\s+)?|[A-Z]\.\s*[-–—]\s*|\d+°(?:\s*[a-z]+)?\s+|[a-z]\)\s*|[-–—]\s*)?"
)
# Where the words before a comma start: a comma, « ; » or « : » before a space, or a full stop ending a phrase
_SEGMENT_START = re.compile(r"[,;:](?=\s)|(?<=[a-zà-ÿ)»\"”]{2})\.(?=\s+[A-ZÀ-Ý«\"“])|(?<=[a-zà-ÿ]{2}\.)\s")
# Words after a comma that commonly keep it (« , ainsi que », « , sauf », « , y compris »)
_COMMA_KEEPERS = frozenset(["ainsi", "sauf", "hormis", "y", "voire", "soit", "mais", "excepté", "notamment", "non"])
_ALL_PREPOSITIONS = _PREPOSITIONS | {"en", "outre", "vers", "contre", "chez", "hors", "depuis", "jusqu"}
# The words a complement or a clause put before its phrase's subject opens with (« Avant le 1er octobre, »,
# « Par dérogation à …, », « Afin de …, », « Lorsque …, »)
FRONTED = _ALL_PREPOSITIONS | {"à", "au", "aux", "afin", "lorsque", "lorsqu", "si", "dès", "sauf", "faute", "malgré"}
FRONTED |= {"conformément", "nonobstant", "pendant", "durant", "quand", "auprès", "compte", "sans"}


def past_mark(text: str) -> str:
    """`text` past the quote and mark that open it (« « a) », « 2° », « II. – »)."""
    return text[_LEADING_MARK.match(text).end() :]  # type: ignore[union-attr]


def first_word(text: str) -> tuple[str, frozenset[str]]:
    """The first word of `text` (a mark « 2° » or « a) » and quotes skipped) and its class: « ref » for a
    reference or number (« L. 3121-14 », « 2019 »), « bare » for a word of no class, « other » for none."""
    text = past_mark(text)
    token = text.split(maxsplit=1)[0] if text.strip() else ""
    if re.match(r"(?:[A-Z]\.|[A-Z]+\d|\d)", token):
        return token, frozenset(["ref"])
    word = re.match(r"[^\W\d_]*", fold(token).lower()).group(0)  # type: ignore[union-attr]
    if not word:
        return word, frozenset(["other"])
    return word, _OPENING_CLASSES.get(word, frozenset(["bare"]))


# A past participle followed by the preposition of its complement (« pris après avis », « prévu à l'article »,
# « fixé par décret »): set between commas, an incise, never a bare item of a list (« transport, hébergement »)
_PARTICIPLE_PHRASE = re.compile(
    r"(?i)[^\W\d_]+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues)\s+"
    r"(?:à|au|aux|par|après|avant|en|pour|dans|sur|sous|selon|conformément|avec|depuis)\b"
    # « composé de », « chargé de », « issu de », not a noun in « -té » (« comité de », « société de »)
    r"|(?:[^\W\d_]*[^\W\d_t](?:é|ée|és|ées)|issue?s?)\s+(?:de|d'|du|des)\b"
    # « saisi de », « muni de », « assorti de »
    r"|[^\W\d_]{3,}(?:i|ie|is|ies)\s+(?:de|d'|du|des)\b"
)
# A present participle and the infinitive it governs (« pouvant entrer », « devant être »): an incise
_PRESENT_PARTICIPLE = re.compile(r"(?i)[^\W\d_]+ant\s+(?!(?:contre|entre|outre)\b)[^\W\d_]+(?:er|ir|re|oir)\b")


def _participle_phrase(words: str) -> bool:
    return bool(_PARTICIPLE_PHRASE.match(fold(words).strip(BLANKS + ",")))


def last_segment(left: str) -> tuple[str, bool]:
    """The words before the comma ending `left`, back to the comma or stop before, and whether they open
    their phrase (nothing but a stop, « ; », « : » or the alinéa's start before them)."""
    head = left.rstrip(BLANKS)[:-1]
    cuts = list(_SEGMENT_START.finditer(head))
    return (head[cuts[-1].end() :] if cuts else head), not cuts or cuts[-1].group(0) != ","


def first_of_fronted(left: str) -> tuple[str, bool]:
    """The first of the complements put one after the other before the comma ending `left` (« Dans …, à
    compter de … et jusqu'à …, »: « Dans … »), each opening with a preposition or conjunction, and whether
    it opens its phrase."""
    head = left.rstrip(BLANKS)[:-1]
    cuts = list(_SEGMENT_START.finditer(head))
    end = len(head)
    for cut in reversed(cuts):
        segment = head[cut.end() : end]
        if cut.group(0) != "," or first_word(segment)[0] not in FRONTED:
            return segment, cut.group(0) != ","
        end = cut.start()
    return head[:end], True


def fronted(left: str, right: str) -> bool:
    """Whether the comma ending `left` closes a complement or a clause put first in its phrase (« Avant le 1er
    octobre », « Lorsque le maire est empêché ») and the words after the deleted ones open its subject with
    a determiner: that comma stays, whatever the deleted words were. Not after the opening word alone (« Si, »)."""
    segment, phrase_start = last_segment(left)
    if len(segment.split()) < 2:  # « Si, après une convocation, ce quorum »: the clause goes on after the incise
        return False
    if not phrase_start and first_word(segment)[0] in FRONTED:
        segment, phrase_start = first_of_fronted(left)
    return phrase_start and first_word(segment)[0] in FRONTED and bool({"det", "pron"} & first_word(right)[1])


# A preposition of time made of several words, opening a complement of time (« à compter du 1er janvier 2022 »):
# its « à » is not the one opening an item of a list (« à Paris, aux communes »)
_TIME_LOCUTION = re.compile(r"(?i)à\s+(?:compter|partir|l['’]issue|l['’]expiration)\s+(?:de|du|des|d['’])")


def item_or_incise(words: str, left: str, right: str) -> str:
    """Words between two commas, not known an incise by `incise`: « item » (one comma stays) when they open
    like the words before their first comma (back to the comma or stop before: they continue a list) or like
    the words after their second comma by a determiner, preposition, pronoun or reference (« , le maire, le
    préfet »; bare words alike too, unless a participle and its complement open them), or when the words
    after commonly keep it (« , ainsi que »). « unclear » when a different preposition opens them and the
    words after (« à Paris, en Corse, dans les communes »: places may be listed so); words opening with a
    preposition of time made of several words (« à compter du 1er janvier 2022 ») open unlike « à », « aux »
    (« applicable, à compter du …, aux installations »: an incise). Else « incise »: no
    list has them, their two commas go (« Ces mesures, qui tiennent compte …, favorisent », « Un décret,
    pris après avis …, précise »), and before « et » (« ou ») no comma stays to join two (« portuaires,
    notamment les dockers, et pour »). A complement put first keeps its comma before that (`fronted`)."""
    segment = last_segment(left)[0]
    gone_word, gone = first_word(words)
    if _TIME_LOCUTION.match(fold(words).strip(BLANKS + ",")):
        gone = frozenset(["time"])  # « à compter du 1er janvier » is no item of a list of « à »: « aux installations »
    before_word, before = first_word(segment)
    after_word, after = first_word(right)
    if after_word in ("de", "d", "du") and "de" not in gone:
        return "incise"  # « tenir compte, notamment pour …, de »: no comma between a word and its complement
    alike = (gone & before | gone & after) - {"other"} and not _participle_phrase(words)
    if alike and after_word not in _COMMA_KEEPERS and _after_last_join(segment, gone):
        return "unclear"  # « décrit … et précise, le cas échant, les raisons »: an incise, or an item?
    if gone & before - {"other"} and not _participle_phrase(words):
        return "item"
    if after_word in ("et", "ou"):
        return "incise"
    if gone & after - {"other"} and not _participle_phrase(words) or after_word in _COMMA_KEEPERS:
        return "item"  # « transport, hébergement, restauration »: bare words alike, items of a list
    if gone_word in _ALL_PREPOSITIONS and after_word in _ALL_PREPOSITIONS | {"de", "d", "du", "des"}:
        return "unclear" if after_word not in ("de", "d", "du", "des") else "incise"
    return "incise"


def _after_last_join(segment: str, gone: frozenset[str]) -> bool:
    """Whether the words before a comma (`segment`, back to the comma or stop before) end with « et » (« ou »)
    and one bare word, the words deleted opening otherwise (an article, a preposition): when « et » joined
    the last two items of a list (« décrit … et précise »), the deleted words are no item of it, and words
    set between commas after it are an incise (« précise, le cas échéant, les raisons »); but « et » may join
    two words of one item too (« les services centraux et déconcentrés, les collectivités, les associations »),
    and the words deleted are then an item. Which it is, is not said."""
    last = re.search(r"(?<![^\W\d_])(?:et|ou)\s+([^\W\d_]+)\s*$", fold(segment))
    if not last:
        return False
    return first_word(last.group(1))[1] == {"bare"} and "bare" not in gone


def incise_closed_before_and(words: str, left: str, right: str) -> bool:
    """Words deleted with the comma after them, between a comma and « et » (« ou »), ending with an incise
    opened by « notamment » (« en particulier », « par exemple »): their last comma closed that incise, not a
    list's item, and no comma is left to stand before « et »."""
    folded = fold(words).strip(BLANKS)
    if folded[-1:] != "," or left.rstrip()[-1:] != "," or not re.match(r"[^\S\n]*(?:et|ou)\s", right):
        return False
    return bool(re.search(r",\s+(?:notamment|en particulier|par exemple)\s[^,;:]*,$", folded))


def one_comma_of_two(words: str, left: str, right: str) -> bool:
    """Words deleted with the comma before them and followed by another (« établit, en outre, des »), or with
    the comma after them and preceded by another: the incise named with one of its two commas."""
    folded = fold(words).strip(BLANKS)
    before_comma = folded[:1] == "," and folded[-1:] != "," and right.lstrip()[:1] == ","
    after_comma = folded[-1:] == "," and folded[:1] != "," and left.rstrip()[-1:] == ","
    return before_comma or after_comma


def participle_incise(words: str, left: str, right: str) -> bool:
    """Words deleted with one of their two commas that open with a past participle and its complement (« Les
    mandats, échus depuis le 15 mars … ou qui viendraient à l'être …, des présidents » less « , échus depuis
    … »): a participle's incise, no list's item (as between both commas, `item_or_incise`), so the other
    comma goes too; not when the comma before them closes a complement put first, which stays (`fronted`)."""
    folded = fold(words).strip(BLANKS)
    if not _participle_phrase(folded):
        return False
    if folded[:1] == ",":
        return not fronted(left.rstrip(BLANKS) + ",", right.lstrip(BLANKS)[1:])
    return not fronted(left, right)


def set_apart_participle(segment: str, item: str) -> bool:
    """Whether words between two commas open with a past participle and its complement, holding no « de » (« du »,
    « des », « d' »: « échus depuis le 15 mars … ou qui viendraient à l'être avant le 31 juillet »), and the words
    after them open with « de » (« des présidents »): the complement of the word before that participle's incise
    (« Les mandats … des présidents »), no item of a list the incise ends with (« chargé de la gestion, de
    l'exploitation »), so the comma after it joins no two items."""
    if not _participle_phrase(past_mark(segment)) or "de" not in first_word(item)[1]:
        return False
    return not re.search(r"(?<![^\W\d_])(?:de|du|des|d['’])(?![^\W\d_'’])", fold(segment).lower())


def item_before_verb(words: str, left: str, right: str) -> bool:
    """Words deleted with the comma before them, another after them before a verb, that open as the words
    before their comma do (« renouvellement des conseillers municipaux et communautaires, des conseillers de
    Paris …, est reporté » less « , des conseillers de Paris … »): items of one list open alike, so they may
    be a list's last item (the comma after them, the subject's, stays) or words set apart (it goes with
    them): not said. Not an adverb or a participle's incise (« établit, en outre, des »). The same named with
    the comma after them (« , des conseillers de Paris …, est reporté » less « des conseillers de Paris …, »,
    p124-080): a list's last item (the comma before them stays) or words set apart (it goes): not said; set
    apart after words opening their phrase (« Les statistiques …, un et deux ans après …, sont »)."""
    folded = fold(words).strip(BLANKS)
    bare = folded.strip(BLANKS + ",")
    leading = folded[:1] == "," and folded[-1:] != ","
    trailing = folded[-1:] == "," and folded[:1] != "," and left.rstrip(BLANKS)[-1:] == ","
    if not (leading or trailing) or _INCISE.match(bare) or _PRESENT_PARTICIPLE.match(bare):
        return False
    if _participle_phrase(bare) or first_word(right.lstrip(BLANKS + ","))[0] not in FINITE_VERBS:
        return False
    segment, phrase_start = last_segment(left.rstrip(BLANKS) + ("," if leading else ""))
    if trailing and phrase_start:  # « Les statistiques …, un et deux ans après …, sont »: set apart (p83-012)
        return False
    return bool((first_word(bare)[1] & first_word(segment)[1]) - {"other", "bare"})


def closes_one_before(words: str, left: str, right: str) -> str:
    """Words deleted with the comma after them before a verb, the comma before them following words set after
    another comma that hold no verb (« Les personnalités, de nationalité française, membres du conseil, sont »
    less « membres du conseil, »): that comma closes those words set apart too. « closes » when they open unlike
    the words before their own comma (items of one list open alike: an apposition of the subject, the comma
    stays: « Les personnalités, de nationalité française, sont »); « unclear » when they open alike (« Le maire,
    le préfet, le cas échéant, sont »: a list's last item, whose comma goes, or an apposition?); else ""."""
    folded = fold(words).strip(BLANKS)
    if folded[-1:] != "," or folded[:1] == "," or left.rstrip(BLANKS)[-1:] != ",":
        return ""
    segment, phrase_start = last_segment(left)
    if phrase_start or holds_verb(segment) or first_word(right.lstrip(BLANKS + ","))[0] not in FINITE_VERBS:
        return ""
    before = last_segment(left.rstrip(BLANKS)[:-1][: -len(segment)] if segment else left)[0]
    alike = (first_word(segment)[1] & first_word(before)[1]) - {"other"}
    return "unclear" if alike or not segment.strip() else "closes"


def check_items_between(gone: str, left: str, reading: str, ctx: Ctx) -> None:
    """Bare words deleted between two commas that are the last items of a list with their « et » (« ou »):
    after bare words that follow another comma (« réduire l'empreinte carbone et développer l'adaptation … » of
    « pour réduire les émissions …, développer les puits de carbone, réduire … et développer …, y compris »),
    the items left would be joined by a comma alone: refused; one bare word each after a bare word, read as
    an incise (both commas going: « au Conseil économique, social et environnemental, dans les six mois » less
    « social et environnemental »), whether they were the list's last items (one comma staying) is not said:
    refused."""
    folded = fold(gone).strip(BLANKS)
    joined, alike = list_join(folded)
    if not joined or alike != {"bare"}:
        return
    segment, phrase_start = last_segment(left)
    if not phrase_start and first_word(segment)[1] == {"bare"}:
        joining = joining_word(folded)
        reason = f"it deletes the last items of a list with their « {joining} »: what joins the items left is not said"
        raise ctx.fail(reason, "ambiguous")
    items = re.split(r",[^\S\n]+|[^\S\n]+(?:et|ou)[^\S\n]+", folded)
    before = re.search(r"([^\W\d_]+)[^\S\n]*,$", fold(left).rstrip(BLANKS))
    words = [*items, before.group(1) if before else ""]
    bare = all(re.fullmatch(r"[^\W\d_]+", w) and first_word(w)[1] == {"bare"} for w in words)
    if reading == "incise" and bare and not any(w.lower().endswith("ment") for w in words):
        raise ctx.fail("it leaves two words' commas in doubt: whether one stays (a list) is not said", "ambiguous")


def incise_after_join(words: str, left: str, right: str) -> bool:
    """Words deleted with the comma after them, right after « et, » (« ou, »): the incise the comma after « et »
    opened, named with its closing comma; that comma goes with it (no comma stands right after « et »)."""
    folded = fold(words).strip(BLANKS)
    return (
        folded[-1:] == ","
        and folded[:1] != ","
        and re.search(r"(?<![^\W\d_])(?:et|ou),$", fold(left).rstrip(BLANKS)) is not None
        and right.lstrip(BLANKS)[:1] not in (",", "")
    )


# Each « et » (« ou ») of words deleted, with an incise opened by the comma after it (« et, à Paris, »)
_JOINS = re.compile(r"[^\S\n](?:et|ou)(?:,[^,;:]*,)?[^\S\n]")


def list_join(gone: str) -> tuple[re.Match[str] | None, frozenset[str]]:
    """The « et » (« ou ») joining the last items of a list in words deleted, and how those items open: the
    last one whose items open alike (« le Président du Sénat ou le président du Conseil économique, social et
    environnemental »: the « et » inside the last item opens no item), an incise after it skipped (« et, à
    Paris, les conseillers de Paris »). The last one, when none opens alike."""
    joins = list(_JOINS.finditer(gone))
    for joined in reversed(joins):
        alike = first_word(gone[: joined.start()])[1] & first_word(gone[joined.end() :])[1] - {"other"}
        if alike:
            return joined, alike
    return (joins[-1], frozenset()) if joins else (None, frozenset())


def joining_word(gone: str) -> str:
    """The word (« et », « ou ») that joined a list's last items, taken by words deleted: the one opening or
    ending them (« ou négatives », « liquider et »), else the list's (`list_join`); « et » when none."""
    folded = fold(gone).strip(BLANKS + ",")
    edge = re.match(r"(et|ou)(?![^\W\d_])", folded) or re.search(r"(?<![^\W\d_])(et|ou)$", folded)
    if edge:
        return edge.group(1)
    joined = list_join(folded)[0]
    word = re.match(r"[^\S\n]*(et|ou)", joined.group()) if joined else None
    return word.group(1) if word else "et"


# Words that open a clause of its own inside words (« qui sont …», « lorsque les communes sont … »): a verb after
# them is that clause's
_CLAUSE_OPENERS = frozenset(["qui", "que", "qu", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"])
_CLAUSE_OPENERS |= frozenset(["auquel", "auxquels", "auxquelles", "duquel", "desquels", "lorsque", "lorsqu"])
_CLAUSE_OPENERS |= frozenset(["si", "quand", "puisque", "puisqu", "comme", "sauf", "sous", "selon"])


def holds_verb(words: str) -> bool:
    """Whether words hold the verb of their phrase (« sont », « peut » …; not one of a clause opened by « qui »,
    « que », « lorsque » … before it): « de la recherche et de l'innovation sont prises en compte par les autres
    schémas … en matière de formation » is no item of a list; the comma before it is none of the list the
    words after it end with (« en matière de formation, d'innovation et de développement »)."""
    for word in re.finditer(r"[^\W\d_]+(?!\))", fold(words).lower()):
        if word.group() in _CLAUSE_OPENERS:
            return False
        if word.group() in FINITE_VERBS:
            return True
    return False


# A past participle with the preposition of its complement (« consentie par l'État », « prévu à l'article »)
_PAST_PARTICIPLE = re.compile(
    r"(?i)[^\W\d_]{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ise|ises|ite|ites)[^\S\n]+"
    r"(?:par|à|au|aux|en|pour|dans|sur|sous|selon|avec|auprès)(?![^\W\d_])"
)


def participle_after(words: str) -> bool:
    """Whether words open with a past participle and the preposition of its complement (« consentie par
    l'État »): words qualifying a noun, no item of a list of adjectives before them."""
    return bool(_PAST_PARTICIPLE.match(fold(words).strip(BLANKS)))


def ends_with_verb(words: str) -> bool:
    """Whether words end with the verb of their phrase (`holds_verb`), alone or with its past participle
    (« Le nombre des étudiants … sont fixés »): a comma after them opens words set apart, no list's comma
    joining them to the complements after it (« sont fixés, pour chaque université concernée et pour chacune
    des filières, par arrêté »)."""
    if not holds_verb(words):
        return False
    found = re.findall(r"[^\W\d_]+(?!\))", fold(words).lower())
    verbs = [i for i, word in enumerate(found) if word in FINITE_VERBS]
    if verbs[-1] == len(found) - 1:
        return True
    participle = r"[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ise|ises|it|ite|its|ites)"
    return verbs[-1] == len(found) - 2 and re.fullmatch(participle, found[-1]) is not None
