# ruff: noqa: E501  (patterns read best one a line)
"""The parts of an amendment (« I. – », « 1° ») and the places carried from one sentence to the next: a part
mark's kind and its slips (« I°.- », « 1°.- »), a heading naming the place of the instruction under it
(« III, premier alinéa : »), the place « cet alinéa » and « le même II » name again, an alinéa added after the
division just named (« Il est ajouté un alinéa ainsi rédigé : « b bis) … » »).
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafting.domain.amending.divisions import follows
from drafting.domain.amending.edits import LAST, AmendingError, Edit, Place
from drafting.domain.amending.locations import ORD
from drafting.domain.amending.typography import fold


def _mark_kind(mark: str, seen: dict[str, str]) -> str:
    """« II. – » roman, « B. – » a capital, « 3° » a number, « b) » a letter, « (2) » other. A single V, X, L or
    C is a capital after the capital before it (« B. – » then « C. – »), otherwise roman when roman marks
    came before it."""
    roman = re.match(r"([IVXLC]+)\b", mark)
    if roman and len(roman.group(1)) == 1 and roman.group(1) != "I":
        before = seen.get("capital", "")[:1]
        if "roman" not in seen or before and ord(before) + 1 == ord(mark[0]):
            return "capital"
        return "roman"
    if roman:
        return "roman"
    return "capital" if mark[:1].isupper() else "number" if "°" in mark else "letter" if mark[:1].isalpha() else "other"


# « I°.- », « I °.- », « I°- », « I° »: a roman number with a degree sign (a space before it or not), then the
# dot and dash of a paragraph's mark (its dot may be left out) or nothing (an item is numbered in figures, « 1° »,
# and takes no dash): the part « I.- », the degree sign a slip; no instruction's prose opens with a roman number
# and a degree sign
_SLIPPED_MARK = re.compile(r"([IVX]+) ?°(?:\s*(\.?\s*[-–—])\s*|\s+)")
# « III, premier alinéa : »: a heading opening with a paragraph's mark, then a comma and an alinéa or a phrase named
# by ordinals in words, names it in that paragraph as « Au III, premier alinéa : » does (p76-051); no part's mark
# takes a comma (« III. – »), and an alinéa in figures (« III, alinéa 11 »: whose count?) is not read so
_HEADING_PARAGRAPH = re.compile(
    rf"^([ivx]+(?: (?:bis|ter|quater))?), (?=(?:à la |la |au |le |l')?(?:{ORD}) (?:alinéa|phrase)\b[^¤:]*:)"
)
# « 1°.- »: an item in figures given the dot and dash of a paragraph's mark, read as the item « 1° »
_ITEM_DASH = re.compile(r"\.?\s*[-–—]\s*")


# « cet alinéa » and its like, said after a division named whole: its only alinéa
_THIS_ALINEA = re.compile(r"\b(?:cet|ce même|ledit|audit|dudit) alinéa\b")


_ADDED_BARE = re.compile(r"il est ajouté (?:un|une|deux|trois|quatre|cinq|six) (?:alinéas?|paragraphes?) ainsi rédigée?s? ?: ?¤\d+¤$")


# A paragraph's last sentence adding a paragraph (« … ¤1¤ . Il est ajouté un paragraphe ainsi rédigé : ¤2¤ »),
# after one that quotes
_PARAGRAPH_ADDED = re.compile(
    r"^(.*¤\d+¤)\s*\.\s+(il est ajouté (?:un|deux|trois|quatre|cinq|six) paragraphes? ainsi rédigés? ?: ?¤\d+¤)$"
)


# A paragraph's last sentence adding an alinéa (« … ¤1¤ . Il est ajouté un alinéa ainsi rédigé : ¤2¤ »), after one
# that quotes
_ITEM_ADDED = re.compile(r"^(.*¤\d+¤)\s*\.\s+(il est ajouté un alinéa ainsi rédigé ?: ?¤\d+¤)$")


def _after_named(numero: str, prose: str, found: list[Edit], before: list[Edit]) -> list[Edit]:
    """The alinéa a last sentence « Il est ajouté un alinéa ainsi rédigé : « b bis) … » » adds: the words name
    no place (alone, the article's end), but after a sentence naming one item (« Le b) est ainsi rédigé ») its
    mark, the next after that item's (« b bis) » after « b) », « 3° » after « 2° » when there is no 3°), puts
    it after that item. Refused otherwise: whether it goes there or at the article's end is not said."""
    paths = {e.place.path for e in before}
    path = next(iter(paths)) if len(paths) == 1 and not any(e.place.within for e in before) else ()
    item = path[0] if path else ""
    # read lowered: a shuttle's capitals (« 1° A », « 1° ter A ») given back, so that « 1° bis » is not taken
    # for the next after the 1° A; « le b du 2° » (the Sénat's letter without its parenthesis, an item of a
    # numbered one) is the b) (p75-039)
    item = re.sub(r"(?<=°)((?: [a-z]+)*) (a{1,2}|[b-d])$", lambda m: f"{m.group(1)} {m.group(2).upper()}", item)
    if re.fullmatch(r"[a-z](?: [a-z]+)?", item) and len(path) > 1 and re.match(r"\d+ ?°", path[1]):
        item += ")"
    if not re.fullmatch(r"\d+ ?°(?: [a-z]+)*(?: [A-Z]{1,2})?|[a-z](?: [a-z]+)?\)", item):
        path = ()
    mark = f"{item} " if path else ""
    new = fold(found[0].new[0]).lstrip(' "«') if len(found) == 1 and found[0].new else ""
    # its own adverb (« b bis) », « 2° bis »): new. « 3° » after the 2° named, a shuttle's « 1° A » after the
    # 1° AA, « 1° B » after the 1° A may be one there already: put after it only when the article has none
    # with that mark, checked when put (p75-032 to p75-034)
    number = re.match(r"\d+|[a-z]", item)
    own = number is not None and (new.startswith(number.group() + " ") or new.startswith(number.group() + "° "))
    own = own and not re.match(r"\d+ ?°(?: [a-z]+)? [A-Z]{1,3}\b", new)
    if not path or not follows(new, mark):
        reason = "it adds an alinéa after naming a division, its mark not the next after that one's: where it goes is not said"
        raise AmendingError(numero, prose, reason)
    return [replace(found[0], place=replace(found[0].place, path=path, mark_unseen=not own))]


def _heading_agrees(numero: str, prose: str, heading: Place, found: list[Edit], clause: str = "", said: str = "") -> None:
    """« Alinéa 4, première phrase » then « Après le mot : X, rédiger ainsi la fin de l'alinéa 5 : … »: the
    heading and the instruction under it name this article's alinéas by their numbers, none the same; which
    place is meant is not said (p90-088): refused, neither taken over the other. So for alinéas put after
    the one named (« Alinéa 3 » then « Après l'alinéa 4, insérer … », p102-091): the alinéa named is the one
    « après » names (« avant l'alinéa 8 » names the 8), not the place between (« Alinéa 8 » then « Après
    l'alinéa 7 »: after the 7 or the 8? p102-088). A heading that is itself a place between alinéas (the
    Sénat's « Après l'alinéa 7 », « Avant l'alinéa 8 », `said` its words) names the alinéa « après » or
    « avant » names: « Après l'alinéa 7 » then « Après l'alinéa 9, insérer … » is refused (p105-067); the
    same place between, said either way (« Avant l'alinéa 8 » then « Après l'alinéa 7 »), agrees. Under such a
    heading the article's start is the place before its alinéa 1 (« Après l'alinéa 3 » then « Au début de cet
    article, insérer … », p109-027: refused) and its end the place after its last alinéa, which the article
    says: the edit keeps the heading's place (`Place.heading_after`), checked when put (p109-026). `found` is
    changed so in place."""
    if heading.within or heading.path or heading.worded:
        return
    between = None  # the heading's place between two alinéas, when it names one so
    named = heading.alineas
    if not named and heading.after is not None and heading.after != LAST and not heading.sole:
        before = _BEFORE_ALINEA.search(said) is not None
        if heading.after == 0 and not before:  # « Au début de cet article »: no alinéa by its number
            return
        between, named = heading.after, (heading.after + 1 if before else heading.after,)
    if not named:
        return
    for n, edit in enumerate(found):
        place = edit.place
        ends = edit.kind == "insert_alineas" and not place.alineas and place.after in (0, LAST)
        if between is not None and ends and not (place.within or place.path or place.worded or place.sole):
            if place.after == LAST:  # « Compléter cet article »: after its last alinéa, the heading's place if
                # that is the last (`insertion` checks it against the article)
                found[n] = replace(edit, place=replace(place, heading_after=between))
                continue
            if _BEFORE_ALINEA.search(clause) is None and between != 0:  # « Au début de cet article »: before the 1
                reason = "its heading names one alinéa and its instruction another: which place is meant is not said"
                raise AmendingError(numero, prose, reason, "ambiguous")
        if edit.kind == "insert_alineas" and not place.alineas and place.after is not None and place.after != LAST:
            # « Au début de cet article » (0 with no « avant ») and « à la fin » name no alinéa by its number
            before = _BEFORE_ALINEA.search(clause) is not None
            if place.within or place.path or place.worded or place.sole or (place.after == 0 and not before):
                continue
            # a place between under a place between: the same one, said either way, or another (« Avant l'alinéa
            # 7 » then « Après l'alinéa 7 »: before or after the 7?)
            at = (-1,) if between is not None and place.after != between else named if between is not None else None
            place = replace(place, alineas=at or (place.after + 1 if before else place.after,))
        if not place.alineas or place.within or place.path or place.worded or place.sole:
            continue
        if not set(place.alineas) & set(named):
            reason = "its heading names one alinéa and its instruction another: which place is meant is not said"
            raise AmendingError(numero, prose, reason, "ambiguous")


_BEFORE_ALINEA = re.compile(r"\bavant (?:l'|le |la )?(?:alinéa|\w+ alinéa)", re.I)


def _divided(context: Place, found: list[Edit]) -> Place:
    """The context after instructions `found`, keeping the place the last of them naming a division names
    (« 1° Au II, remplacer … »), which « le même II » after it names again (`Place.divided`)."""
    divided = next((e.place for e in reversed(found) if e.place.path), None)
    return context if divided is None else replace(context, divided=_context_of(divided))


# « cette phrase », « ces phrases », « la même phrase », « ladite phrase »: a phrase named before, again
_PHRASE_AGAIN = re.compile(r"\b(?:cette|ces|ladite|lesdites|(?:cette|ces|la|les) mêmes?) phrases?\b")


def _own_phrase_dropped(context: Place, shared: Place) -> Place:
    """The place the next part of a level (« 2° ») starts from: what a heading above the parts named, and the
    alinéa named since, is shared (« Alinéa 9 » then « 1° … ; 2° … », « Alinéa 9, première phrase » then
    « 1° … ; 2° … »); a phrase the part before named in its own instruction (« 1° Compléter la première phrase
    par … ») is that part's alone: « 2° Remplacer les mots : … » reads the whole alinéa, as the heading does
    (p148-070). The phrase shared is the heading's, when the alinéa is still its own; otherwise none."""
    if context.phrase is None or context.phrase == shared.phrase and context.phrases == shared.phrases:
        return context
    if context.alineas == shared.alineas and context.within == shared.within and context.path == shared.path:
        return replace(context, phrase=shared.phrase, phrases=shared.phrases)
    return replace(context, phrase=None, phrases=1)


def _context_of(named: Place, before: Place | None = None) -> Place:
    """What « cet alinéa », « cette phrase » and the places after an instruction inherit from the place it named
    (and the division named before it, `Place.divided`, from the context `before`)."""
    return Place(
        named.alineas,
        named.phrase,
        within=named.within,
        held=named.held,  # « tel qu'il résulte du 2° du II »: the same text (p70-044)
        resulting=named.resulting,
        proposed=named.proposed,
        path=named.path,
        sole=named.sole,
        worded=named.worded,
        divided=before.divided if before is not None else None,
    )
