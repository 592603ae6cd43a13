# ruff: noqa: E501  (patterns of joined places read best one a line)
"""Joined instructions and places: `split_clauses` splits a sentence into the instructions it joins with « et »
(a second verb, words and their replacement, passive ones as bills write them); `shared`, `listed_divisions`,
`shared_divisions` and `of_each` read the places a form's location joins (« Au II, au III et au V », « Au 1° et au
2° du III », « aux 4° des I et II »), `bare_division_joined` and `bare_after_division` refuse those whose
complement is not said to be shared, and `joined_subjects` reads places joined as subjects (« Le deuxième alinéa du I
et le deuxième alinéa du II sont supprimés »).
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafting.domain.amending.divisions import named_level
from drafting.domain.amending.edits import AmendingError, Place
from drafting.domain.amending.forms import OCCURRENCES, WN, C
from drafting.domain.amending.lexer import Sentence
from drafting.domain.amending.locations import DIVISION, ORD, division_rank, location

# A division's mark alone, as joined places name it (« 2° », « III », « b », « I bis »)
_MARK = r"(?:[ivx]+(?: (?:bis|ter|quater|quinquies|sexies|a{1,2}|[b-d]))?|\d+ ?°(?: ?(?:bis|ter|quater|quinquies|sexies))?|[a-z](?: (?:bis|ter|quater|quinquies|sexies))?\)?)"
# « au 1° », « le 2° »: a division named bare among joined places
_BARE_MARK = re.compile(rf"\s*(?:au|à l'|à la|le|la|l') ?(?P<mark>{_MARK})\s*,?\s*")
# « au 2° du III », « le 2° du III »: a division with its complement, one or more divisions of this article, maybe
# said to be its own (« au 2° du I de cet article », « du présent article »: what a division's path names anyway)
_MARK_OF = re.compile(rf"\s*(?:au|à l'|à la|le|la|l') ?(?P<mark>{_MARK}) (?P<of>(?:du|de l') (?P<outer>{_MARK})(?: (?:du|de l') {_MARK})*(?: (?:de cet|du présent) article)?)\s*,?\s*")


def shared_divisions(joined: list[str]) -> list[str]:
    """« Au 1° et au 2° du III »: the complement said after the last of divisions joined is each's (as « Aux 1° et
    2° du III »), each bare one of the same level as the last's, lower than its complement's (not « Au III et au
    2° du IV »: the III is this article's own). As they are otherwise."""
    of = _MARK_OF.fullmatch(joined[-1])
    bare = [_BARE_MARK.fullmatch(p) for p in joined[:-1]]
    if of is None or not all(bare):
        return joined
    rank, outer = division_rank(of.group("mark")), division_rank(of.group("outer"))
    if rank is None or outer is None or rank <= outer:
        return joined
    if any(b is None or division_rank(b.group("mark")) != rank for b in bare):
        return joined
    return [p.rstrip(" ,") + " " + of.group("of") for p in joined[:-1]] + joined[-1:]


# « au iii » in « Au II, au III et au V »: one place of a list, a division named bare
_LISTED_MARK = re.compile(rf"\s*(?:au|à l'|à la) ?(?P<mark>{_MARK})\s*")


def listed_divisions(text: str, joiner: re.Pattern[str]) -> list[str]:
    """The places `joiner` joins (« et »), those before it said with commas split when they list divisions of one
    level: « Au II, au III et au V » the II, the III and the V, as the subjects « Le II, le III et le V » are
    (p76-073); « Au 1°, au 2° et au 3° du III », each the III's (`shared_divisions`). Not « Au III, au 2° et au
    3° »: a lower level after a comma narrows (the III's 2°), and whether the 3° is the III's is not said (refused
    by the caller); nor « Au I, au 2°, et au V », its comma before « et » setting the narrowed place apart
    (p76-085); nor commas alone (« Au II, au III, au V », p76-074: refused). As they are otherwise."""
    joined = joiner.split(text)
    said = joiner.search(text)
    if len(joined) != 2 or said is None or "," in said.group(0):
        return joined
    pieces = re.split(r",\s+", joined[0].strip())
    listed = [_LISTED_MARK.fullmatch(p) for p in pieces]
    last = _BARE_MARK.fullmatch(joined[1]) or _MARK_OF.fullmatch(joined[1])
    if len(pieces) < 2 or last is None or not all(listed):
        return joined
    ranks = {division_rank(m.group("mark")) for m in [*listed, last] if m is not None}
    return pieces + joined[1:] if len(ranks) == 1 and None not in ranks else joined


# « Aux 4° des I et II », « Les 4° des I et II »: the 4° of each (the Assemblée's short form), a mark of a lower
# level than the divisions named after it, each of one level
_OF_EACH = re.compile(
    rf"\b(?P<art>aux|les|dans les) (?P<mark>{_MARK}) des (?P<outer>{_MARK}(?:, {_MARK})* et {_MARK})(?=\s*(?:[,;:.]|$))"
)
_ONE_OF = {"aux": "au", "les": "le", "dans les": "dans le"}


def of_each(text: str) -> str:
    """« aux 4° des i et ii » said as the places it joins: « au 4° du i et au 4° du ii » (as they are otherwise)."""
    m = _OF_EACH.search(text)
    if m is None:
        return text
    outers = re.split(r", | et ", m.group("outer"))
    rank, ranks = division_rank(m.group("mark")), {division_rank(o) for o in outers}
    if rank is None or len(ranks) != 1 or None in ranks or rank <= min(r for r in ranks if r is not None):
        return text
    one = _ONE_OF[m.group("art")]
    said = " et ".join(f"{one} {m.group('mark')} du {o}" for o in outers)
    return text[: m.start()] + said + text[m.end() :]


# Two places joined: « à la fin de l'alinéa 5 et à l'alinéa 7 », « aux alinéas 2 et 3 et au dernier alinéa »;
# not « au deuxième et au troisième alinéas », one place (the noun in the plural, shared), as LOCATIONS reads it
# « au premier alinéa du présent article ainsi qu'au deuxième alinéa du III »: « ainsi qu'» joins them as « et » (p63-015)
JOINED = re.compile(rf"\s*,?\s+(?:et |ainsi qu')(?=(?:à|au|aux|dans) )(?!(?:au|du|le) {ORD} alinéas\b)")
# « Au premier alinéa et au deuxième alinéa du II », « À la première phrase du premier alinéa et au deuxième
# alinéa du II »: a place named by ordinals in words (an alinéa, or a phrase, the start or the end of one) with
# no complement of its own, joined to one with a complement (« du II », « de l'article L. X », « du texte
# proposé pour … »): the complement is both's (p60-052, p61-007). Not « à l'alinéa 3 et au deuxième alinéa du II »: a numeral counts this article's alinéas.
_IN_ALINEA = rf"(?:(?:à la |la |aux |les )(?:{ORD}|deux|trois|et|premières|dernières|\s)+ phrases? |(?:au |le )début |(?:à la |la )fin )"
_OF_ALINEA = rf"(?:(?:du |de l')(?:{ORD}) alinéa)"
_AT_ALINEA = rf"(?:(?:au |le |à l'|l')(?:{ORD}) alinéa)"
_BARE = re.compile(rf"\s*(?:{_IN_ALINEA}{_OF_ALINEA}|{_AT_ALINEA})\s*,?\s*")
_COMPLEMENT = re.compile(rf"\s*(?:{_IN_ALINEA}{_OF_ALINEA}|{_AT_ALINEA}) (?P<of>(?:du|de la|de l'|des|de) .*)", re.S)
# Subject places each with its own complement, joined: « Le deuxième alinéa du I et le deuxième alinéa du II
# sont supprimés » (p61-006); read only where the whole is not one place. So for divisions named whole, and
# « ainsi que » joining as « et »: « Le second alinéa du I ainsi que le III sont supprimés », « Le 2° du I et le
# 2° du IV sont supprimés »
_JOINED_SUBJECTS = re.compile(
    rf"\s*,?\s+(?:et|ainsi que) (?=(?:le|la|les|l') ?(?:[^,]*?\balinéa\b|(?:{DIVISION})(?=\s|,|$)))"
)


def shared(joined: list[str]) -> list[str]:
    """The places joined, each bare one (« à la première phrase du premier alinéa ») before the last given the
    last one's complement (« au deuxième alinéa du II »): both the II's (p61-007); so for divisions (« Au 1° et
    au 2° du III », `shared_divisions`). As they are otherwise."""
    if len(joined) < 2:
        return joined
    last = _COMPLEMENT.fullmatch(joined[-1])
    if last is not None and all(_BARE.fullmatch(p) for p in joined[:-1]):
        return [p.rstrip(" ,") + " " + last.group("of") for p in joined[:-1]] + joined[-1:]
    return shared_divisions(joined)


def bare_after_division(numero: str, sentence: Sentence, joined: list[str], places: list[Place]) -> list[Place]:
    """A place joined that is named by ordinals in words with no complement (« à la première phrase du premier
    alinéa ») after one given a division of this article (« au deuxième alinéa du III »): that division's, or
    this article's? Whether the words are found in one or both, the instruction does not say (p63-016, p61-008):
    refused (`ambiguous`), unless the complement is one division (« du I ») after an alinéa named: the place is
    then marked (`Place.maybe_in`) to be read only where both counts name the same alinéas (the I opening the
    article, its first alinéa is the article's first, p65-002)."""
    division: tuple[str, ...] = ()
    single = False
    out = list(places)
    for k, (text, place) in enumerate(zip(joined, places, strict=True)):
        if _COMPLEMENT.fullmatch(text) is not None or whole_division(place):  # « au 1° du IV », « au III » too
            division = place.path if not place.within and not place.resulting else ()
            single = _COMPLEMENT.fullmatch(text) is not None and len(place.path) == 1
        elif division and _BARE.fullmatch(text):
            if not single or place.path or place.within:
                reason = "whether the alinéa named bare is the division's named before it or this article's is not said"
                raise AmendingError(numero, sentence.prose, reason, "ambiguous")
            out[k] = replace(place, maybe_in=division)
    return out


# « du même article », « dudit texte »: a place repeating the code article (or text proposed) named before
_SAME_NAMED = re.compile(r"\b(?:(?:ce )?même|ledit|dudit|audit) (?:article|texte)\b(?! ?(?:[lrd]\.|lo\b|\d))|\bce texte\b")


# « du même II », « au même 2° », « du même VIII bis », « du même 1° bis A »: a place repeating the division
# named before, any mark a place names (`DIVISION`, as location's « same division » reads it)
_SAME_DIVISION = re.compile(rf"\bmême (?:{DIVISION}|[a-z]\))(?=\s*(?:[,;:]|$))")


def joined_places(numero: str, prose: str, joined: list[str], context: Place) -> list[Place]:
    """The places a sentence joins, in order: one repeating the code article or text proposed (« Au premier
    alinéa de l'article L. 812-5 du code … et au dernier alinéa du même article ») repeats the one the place
    joined before it names, earlier in the same sentence (p90-018); each other as the context says."""
    places: list[Place] = []
    for text in joined:
        at = context
        before = places[-1] if places else None
        if before is not None and before.within and _SAME_NAMED.search(text):
            at = replace(
                context, within=before.within, resulting=before.resulting, held=before.held, proposed=before.proposed
            )
        elif before is not None and before.path and _SAME_DIVISION.search(text):
            # « Au deuxième alinéa du II de l'article L. 336-5 … et au quatrième alinéa du même II »: the II the place
            # joined before names, as it names it (p101-008); named by the places before too, differently, refused
            at = replace(context, divided=before)
        places.append(location(numero, prose, text, at))
    return places


def whole_division(place: Place) -> bool:
    """A division of this article named whole (« le III », « au 2° du IV »): no alinéa of it named."""
    return bool(place.path) and place.alineas is None and not place.within and place.phrase is None and not place.end


def code_division(place: Place) -> bool:
    """A division of a code article quoted (or of a text proposed) named whole (« au a du 4° du II de l'article
    L. 712-3 … »): no alinéa of it named."""
    return bool(place.path) and place.alineas is None and bool(place.within) and place.phrase is None and not place.end


def code_division_joined(numero: str, sentence: Sentence, joined: list[str], places: list[Place]) -> None:
    """« Au a du 4° du II de l'article L. 712-3 …, tel qu'il résulte du 2°, et au c du même 4° » (or « … du 4°
    du II du même article »): a division of a code article joined to places each naming a code article or text
    (its own, or the one before repeated, `joined_places`), read at each. Joined to a place naming none (« … et
    au c du 4° »: that code article's 4°, or this article's?), what is shared is not said: refused (`ambiguous`),
    unless that place says it is this article's (« du présent article »)."""
    if not any(code_division(p) for p in places):
        return
    for text, place in zip(joined, places, strict=True):
        if not place.within and not _THIS_ARTICLES.search(text):
            reason = "whether the place named with no article is in the code article named with it or this article's own is not said"
            raise AmendingError(numero, sentence.prose, reason, "ambiguous")


# « de cet article », « du présent article »: a complement saying a division is this article's own
_THIS_ARTICLES = re.compile(r"\b(?:de cet|du présent) article\b")
# A paragraph's mark (« III », « I bis », « I A »), the outermost level, which no division of an article holds
_PARAGRAPH = re.compile(r"[ivx]+(?: (?:bis|ter|quater|quinquies|sexies|a{1,2}|[b-d]))?")


def bare_division_joined(numero: str, sentence: Sentence, joined: list[str], places: list[Place]) -> list[Place]:
    """« Au premier alinéa du I et au III », « Au 1° du I ainsi qu'au III »: a division named bare (one mark, no
    complement), joined to a place with a complement (« du I »), is this article's own when it is a paragraph
    (« III », roman), which no division of this article holds; a lower one (« au 2° » after « au 1° du IV »: the
    IV's, or another's?), or one beside a code article or a text proposed (« III » of which?), is not said:
    refused (`ambiguous`). A place named bare by ordinals before a division (« au premier alinéa et au 2° du
    III », « … et au III »: the III's first, or this article's?) is not said either (after one:
    `bare_after_division`). But a division named bare after a sibling given its complement (« au 1° du IV et au
    2° »: a 2° after a 1°, both items) is marked (`Place.maybe_in`: the IV) to be read at apply time only where
    the sibling reading (the IV's 2°) is the one division of that mark holding the words (`sibling_or_sole`)."""
    bare = [whole_division(p) and len(p.path) == 1 and not _THIS_ARTICLES.search(t) for t, p in zip(joined, places, strict=True)]
    complemented = any(p.within or len(p.path) > 1 or p.path and p.alineas for p in places)
    out = list(places)
    for k, (text, place) in enumerate(zip(joined, places, strict=True)):
        if bare[k] and complemented:
            if not _PARAGRAPH.fullmatch(place.path[0]) or any(p.within for p in places):
                sibling = _sibling_before(place, places[:k])
                if not sibling:
                    reason = "whether the division named bare is in the place named with it or this article's own is not said"
                    raise AmendingError(numero, sentence.prose, reason, "ambiguous")
                out[k] = replace(place, maybe_in=sibling)
        elif _BARE.fullmatch(text) and any(whole_division(p) for p in places[k + 1 :]):
            reason = "whether the alinéa named bare is the division's named after it or this article's is not said"
            raise AmendingError(numero, sentence.prose, reason, "ambiguous")
    return out


def _sibling_before(place: Place, before: list[Place]) -> tuple[str, ...]:
    """The division holding a sibling named just before a division named bare (« au 1° du IV et au 2° »: the
    IV): the place before a whole division of a path of two or more, its innermost mark of the bare one's kind
    (a 1° before a 2°); else () (not this case)."""
    if not before:
        return ()
    last = before[-1]
    if not whole_division(last) or len(last.path) < 2 or re.search(r", | et | à ", last.path[0]):
        return ()
    mark = place.path[0]
    if re.search(r", | et | à ", mark) or named_level(mark) != named_level(last.path[0], last.path[1]):
        return ()
    return last.path[1:]


# « Le II, le III et le V sont supprimés »: a list, commas then « et » before the last, each a subject
_LISTED = re.compile(rf"\s*,\s+(?=(?:le|la|les|l') ?(?:[^,]*?\balinéa\b|(?:{DIVISION})(?=\s|,|$)))")


def _listed(joined: list[str]) -> list[str]:
    """The subjects joined by « et », those before it said with commas split (« le ii, le iii »): only where an
    « et » ends the list; with none (« Le II, le III sont supprimés ») one place, refused by `location`."""
    if len(joined) < 2:
        return joined
    return [p for part in joined[:-1] for p in _LISTED.split(part)] + joined[-1:]


def joined_subjects(numero: str, sentence: Sentence, rest: str, context: Place) -> list[Place] | None:
    """« Le deuxième alinéa du I et le deuxième alinéa du II sont supprimés »: the places joined as subjects,
    each alinéas of its own (p61-006) or a division named whole (« le III », p65-005); None when they are not that (the caller refuses as before)."""
    joined = shared(_listed(_JOINED_SUBJECTS.split(of_each(rest))))
    if len(joined) < 2:
        return None
    try:
        places = [location(numero, sentence.prose, text, context) for text in joined]
    except AmendingError:
        return None
    if any(not (p.alineas or whole_division(p)) or p.after is not None or p.each or p.elsewhere for p in places):
        return None
    places = bare_division_joined(numero, sentence, joined, places)
    return bare_after_division(numero, sentence, joined, places)  # « Le 1° du IV et le premier alinéa »


_VERB = r"(?:remplacer|substituer|supprimer|insérer|ajouter|compléter|rédiger)"
# « …, et substituer aux mots : Z les mots : W »; « … par les mots : Y et deux fois les mots : Z par … »
_PLACE_FIRST = r"(?:(?:à|au|aux|dans) [^¤]*?,? )?"  # « et aux alinéas 3, 4, 7 et 13, remplacer … »
_COUNT = r"(?:(?:deux|trois|quatre|cinq|six) fois )?"
_COUNT_AFTER = r"(?: \((?:par )?(?:deux|trois|quatre|cinq|six) fois\))?"
# « … et, après le mot : X, insérer … »: a place that quotes its anchor
ANCHOR_FIRST = rf"(?:après|avant) (?:la {ORD} occurrence |chaque occurrence |toutes les occurrences |l'|le |les |la )?{WN}{C}¤\d+¤\s*,?\s*"
_JOINED_VERB = re.compile(rf"\s*,?\s+et,?\s+(?=(?:{ANCHOR_FIRST}|{_PLACE_FIRST}){_VERB}\b)")
# three or more, commas then « et » before the last (« … par les mots : B, les mots : C par les mots : D et les
# mots : E par les mots : F »; « aux mots : A les mots : B, aux mots : C les mots : D et aux mots : E … »)
_NOUN_PAIR = rf"{WN}{C}¤\d+¤\s*,?\s*(?:par )?{WN}{C}¤\d+¤"
_JOINED_WORDS = re.compile(
    rf"\s*,?\s+et (?={_PLACE_FIRST}{_COUNT}{WN}{_COUNT_AFTER}{C}¤\d+¤\s*,?\s*(?:par|{WN}))"
    rf"|\s*,\s*(?={_NOUN_PAIR}(?:\s*,\s*{_NOUN_PAIR})*\s*,?\s+et {_NOUN_PAIR}\s*[.;]?\s*$)"
)
# « remplacer « A » par « B » et « C » par « D » » (no noun, as citizens write it): a second pair of words and
# their replacement, the verb understood; only a pair that ends the sentence, so « et » inside no quote is taken;
# several, commas then « et » before the last (« « A » par « B », « C » par « D » et « E » par « F » », p143-051)
_PAIR = r"¤\d+¤\s*,?\s*par ¤\d+¤"
_JOINED_PAIR = re.compile(
    rf"\s*,?\s+et (?={_PAIR}\s*[.;]?\s*$)|\s*,\s*(?={_PAIR}(?:\s*,\s*{_PAIR})*\s*,?\s+et {_PAIR}\s*[.;]?\s*$)"
)
_PASSIVE_VERB = r"(?:est|sont) (?:supprimée?s?|remplacée?s?|insérée?s?|ajoutée?s?)\b"
_PASSIVE = re.compile(rf"\b{_PASSIVE_VERB}")
# « … et les mots : A, B et C sont supprimés »: a part whose words are a series ending with « et »
_SERIES_AFTER = rf"(?:\s*,\s+(?:{WN}{C})?¤\d+¤)*(?:\s*,?\s+et (?:{WN}{C})?¤\d+¤)?"
# « … et, au deuxième alinéa du III, les mots : Y sont remplacés … »: a part with a place of its own, set off by
# commas, as a second verb may have (p63-005)
_PLACE_SET_OFF = r"(?:(?:à|au|aux|dans) [^¤,]*?,\s*)"
_JOINED_PASSIVE = re.compile(
    rf"\s*,?\s+et,?\s+(?=(?:{ANCHOR_FIRST}|{_PLACE_SET_OFF})?{WN}{C}¤\d+¤{_SERIES_AFTER}\s*,?\s*{_PASSIVE_VERB})"
)
_OCCURRENCES_BARE = re.sub(r"\(\?P<\w+>", "(?:", OCCURRENCES)  # the same, its groups unnamed
_UNDERSTOOD = re.compile(rf"((?:à|au|aux|dans) [^¤]*?),? ({_COUNT}{WN}.*)$")
_TIMES_FIRST = re.compile(r"^(deux|trois|quatre|cinq|six) fois ")


def _series_deleted(prose: str) -> str | None:
    """« À l'alinéa 21, les mots : « A », « B » et « C » sont supprimés »: the Sénat's form of « supprimer
    les mots : A, B et C », given as that (each deleted); None for any other sentence."""
    named = rf"(?:{_OCCURRENCES_BARE}{WN}{C}|(?:{WN}{C})?)"
    listed = re.fullmatch(rf"(.*?)({WN}{C}¤\d+¤(?:\s*,\s+{named}¤\d+¤)*\s*,?\s+et {named}¤\d+¤)\s*,?\s*sont supprimée?s", prose)
    if listed and not _PASSIVE.search(listed.group(1)) and re.fullmatch(r"(?:[^¤]*,)?\s*", listed.group(1)):
        return listed.group(1) + "supprimer " + listed.group(2)
    return None


def split_clauses(prose: str) -> list[str]:
    """The instructions one sentence joins with « et »: a second verb, or, after « remplacer » or
    « substituer », words and their replacement (the verb understood), each maybe after its own place
    (« … et aux alinéas 3 et 4 le mot (cinq fois) : X par le mot : Y »), or passive ones as bills write
    them (« les mots : X sont supprimés et les mots : Y sont remplacés par … »). One clause when nothing is joined."""
    listed = _series_deleted(prose)
    if listed is None:
        passive = _JOINED_PASSIVE.split(prose)
        if len(passive) > 1 and all("¤" in p and _PASSIVE.search(p) for p in passive):
            # « les mots : A, B et C sont supprimés et le mot : D est remplacé par … »: a part deleting a
            # series is read as one alone is (each deleted), the others as they are
            return [c for p in passive for c in (split_clauses(p) if _series_deleted(p) is not None else [p])]
    else:
        prose = listed
    verb = re.search(r"(?:^|[,:] )(remplacer|substituer)\b", prose)
    parts = _JOINED_VERB.split(prose)
    deleted = re.search(rf"(?:^|[,:] )supprimer {_OCCURRENCES_BARE}?{WN}{C}¤\d+¤", prose)
    if deleted and len(parts) == 1:  # « supprimer les mots : X et les mots : Y », « … : X et Y »
        # « … et la seconde occurrence du mot : Y »: a named occurrence keeps its words
        named = rf"(?:{_OCCURRENCES_BARE}{WN}{C}|(?:{WN}{C})?)"
        # « … : A, B et C » (« « A », « B » et « C » » given as one paragraph): each of a series ending with « et »
        series = rf"\s*,\s+(?={named}¤\d+¤(?:\s*,\s+{named}¤\d+¤)*\s*,?\s+et {named}¤\d+¤\s*$)"
        parts = re.split(rf"\s*,?\s+et (?={named}¤\d+¤\s*$|{named}¤\d+¤\s*,?\s+et )|{series}", prose)
        parts = parts[:1] + [
            "supprimer " + p if re.match(_OCCURRENCES_BARE, p) else "supprimer les mots : " + re.sub(rf"^{WN}{C}", "", p)
            for p in parts[1:]
        ]
    elif verb and len(parts) == 1:
        first, *rest = _JOINED_WORDS.split(prose)
        if not rest and verb.group(1) == "remplacer":  # « remplacer « A » par « B » et « C » par « D » »
            first, *rest = _JOINED_PAIR.split(prose)
        parts = [first]
        for words in rest:
            place = _UNDERSTOOD.match(words)
            where, words = (place.group(1) + ", ", place.group(2)) if place else ("", words)
            parts.append(where + verb.group(1) + " " + _TIMES_FIRST.sub(r"(\1 fois) ", words))
    if len(parts) > 1 and not all("¤" in p for p in parts):
        return [prose]  # « et » inside a place (« aux alinéas 2 et 3 »): one clause
    return parts
