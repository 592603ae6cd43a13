# ruff: noqa: E501  (patterns read best one a line)
"""One instruction of a sentence read: matched against the table of forms (forms.py), the rest of it read as
its place (locations.py) or as places joined (joins.py), a phrase named by its words, « à chaque occurrence »,
« (deux fois) »; the mark of a division it puts checked (marks.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafting.domain.amending.edits import EVERY, AmendingError, Edit, Place
from drafting.domain.amending.forms import COMPILED_FORMS, Reading, phrase_before_kept
from drafting.domain.amending.joins import (
    JOINED,
    bare_after_division,
    bare_division_joined,
    code_division,
    code_division_joined,
    joined_places,
    joined_subjects,
    listed_divisions,
    of_each,
    shared,
    whole_division,
)
from drafting.domain.amending.lexer import NUMBERS, Sentence
from drafting.domain.amending.locations import location
from drafting.domain.amending.marks import _marks_agree


def _occurrences_first(said: list[Edit]) -> list[Edit]:
    """« Supprimer les mots : X et la seconde occurrence du mot : Y »: one instruction names occurrences in
    the text as it stands before it, not once its other words are changed: words changed at a named occurrence
    (or after, before one) are changed first."""
    if len(said) < 2 or any(e.kind not in _WORDS_EDITS for e in said):
        return said
    return sorted(said, key=lambda e: not e.occurrence)


_WORDS_EDITS = ("replace_words", "delete_words", "insert_words")


# « À la phrase « X », … », « Dans la phrase : « X » de l'alinéa 3, … »: the phrase the words are changed in,
# named by its words
_PHRASE_NAMED = re.compile(r"(?:^|(?<=[\s,]))(?:à|dans) la phrase\s*(?::\s*)?¤(\d+)¤\s*,?\s*(?:(de l'|du |de la )(?=\S))?")
_AS_PLACE = {"de l'": "à l'", "du ": "au ", "de la ": "à la "}


def _phrase_in(sentence: Sentence, rest: str) -> tuple[str, str]:
    """The place of an edit without the phrase it names by its words (« à la phrase « X », »), and those words
    (one alinéa quoted), or the place as it is and ""; the alinéa or division after the phrase (« de l'alinéa
    3 ») stays the place."""
    named = _PHRASE_NAMED.search(rest)
    if named is None:
        return rest, ""
    operand = sentence.operands[int(named.group(1))]
    if len(operand.paragraphs) != 1 or not operand.paragraphs[0].strip():
        return rest, ""
    after = _AS_PLACE[named.group(2)] if named.group(2) else ""
    return f"{rest[: named.start()]} {after}{rest[named.end() :]}", operand.paragraphs[0]


# A count alone where the place would be (« Alinéa 4 / Remplacer le mot : X par le mot : Y / (deux fois) »): it
# names no place, so the place is the one named before it (the heading's, « Alinéa 4 »), and the count is in it
_COUNT_ALONE = re.compile(r"[\s,;.:]*(\()?(?:par )?(deux|trois|quatre|cinq|six) fois(?(1)\))[\s,;.:]*")
_COUNT_SAID = re.compile(r"(?<!\w)(?:deux|trois|quatre|cinq|six) fois(?!\w)")


def _form(numero: str, sentence: Sentence, prose: str, context: Place) -> list[Edit] | None:
    for _name, pattern, handler in COMPILED_FORMS:
        m = pattern.search(prose)
        if m is None:
            continue
        loc = m.groupdict().get("loc") or ""
        rest = f"{prose[: m.start()]} {loc} {prose[m.end() :]}"
        rest, phrase_words = _phrase_in(sentence, rest)
        if "¤" in rest:
            raise AmendingError(numero, sentence.prose, "it quotes words that no instruction in it uses")
        if phrase_words:  # « À la phrase « X », le mot : « Y » est supprimé »: words changed in the phrase X
            said = handler(Reading(m, location(numero, sentence.prose, rest, context), sentence.operands, sentence.prose, numero))
            if any(e.kind not in _WORDS_EDITS or e.place.phrase is not None or e.place.phrase_words or e.readings for e in said):
                raise AmendingError(numero, sentence.prose, "it quotes words that no instruction in it uses")
            return [replace(e, place=replace(e.place, phrase_words=phrase_words)) for e in said]
        joined = shared(listed_divisions(of_each(rest), JOINED))  # « Au II, au III et au V »
        if len(joined) > 1:  # « à la fin des alinéas 5 et 6 et à l'alinéa 7 »: the edit at each place
            places = joined_places(numero, sentence.prose, joined, context)  # « … et au dernier alinéa du même article »
            if any(not (p.alineas or whole_division(p) or code_division(p)) or p.after is not None or p.each for p in places):
                raise AmendingError(numero, sentence.prose, "of the places it joins, one is not alinéas")
            code_division_joined(numero, sentence, joined, places)  # « … de l'article L. 712-3 …, et au c du même 4° »
            places = bare_division_joined(numero, sentence, joined, places)
            # « Au deuxième alinéa du III et à la première phrase du premier alinéa »: the III's first alinéa, or
            # this article's? A complement said before is not said to be shared (p63-016, p61-008)
            places = bare_after_division(numero, sentence, joined, places)
            return [e for p in places for e in handler(Reading(m, p, sentence.operands, sentence.prose, numero))]
        try:
            alone = _COUNT_ALONE.fullmatch(rest)
            if alone and context.times == 1:
                place = replace(location(numero, sentence.prose, "", context), times=NUMBERS[alone.group(2)])
            else:
                place = location(numero, sentence.prose, rest, context)
            if place.times == 1 and _COUNT_SAID.search(rest):
                # « Après l'alinéa 1, insérer un alinéa ainsi rédigé : « … » (deux fois) »: a count the place read
                # does not keep (alinéas put after one) is not left unread
                raise AmendingError(numero, sentence.prose, "« (deux fois) » is read for words changed where they occur")
        except AmendingError:
            subjects = joined_subjects(numero, sentence, rest, context)
            if subjects is None:
                raise
            edits = [e for p in subjects for e in handler(Reading(m, p, sentence.operands, sentence.prose, numero))]
            if any(e.kind != "delete" for e in edits):
                raise
            return edits
        if place.elsewhere:
            return []
        place = phrase_before_kept(Reading(m, place, sentence.operands, sentence.prose, numero), place, context)
        edits = handler(Reading(m, place, sentence.operands, sentence.prose, numero))
        edits = _marks_agree(numero, sentence.prose, m.group(0), edits, prose)
        if place.every:
            # « à chaque occurrence » with alinéas named: each one there; « dans l'ensemble de l'article » is the article's
            whole = place.alineas is not None and "ensemble" in rest
            if whole or any(e.kind not in _WORDS_EDITS or e.times not in (1, EVERY) for e in edits):
                raise AmendingError(
                    numero, sentence.prose, "« dans l'ensemble » is read for words of the whole article"
                )
            if any(e.occurrence for e in edits):  # « remplacer, partout où il figure, la deuxième occurrence … »
                raise AmendingError(numero, sentence.prose, "it says every occurrence of the words and names one of them")
            edits = [replace(e, times=EVERY) for e in edits]
        if place.times != 1:  # « Alinéa 4 (deux fois) : / Après le mot : X insérer … »: each of that many
            if any(e.kind not in _WORDS_EDITS or e.times != 1 or e.occurrence for e in edits):
                raise AmendingError(
                    numero, sentence.prose, "« (deux fois) » is read for words changed where they occur"
                )
            edits = [replace(e, times=place.times, place=replace(e.place, times=1)) for e in edits]
        if place.anchored and any(e.kind not in ("replace_end", "delete_end") or not e.anchor for e in edits):
            raise AmendingError(numero, sentence.prose, "it says « la phrase » but no phrase was named before")
        if place.each:  # the same edit in each alinéa, at its own phrase
            either = dict(place.loose)
            return [
                replace(e, place=replace(e.place, alineas=(a,), phrase=p, each=(), loose=(), either=either.get(a)))
                for a, p in place.each
                for e in edits
            ]
        return edits
    if "¤" in prose or re.search(r"\b(?:remplacer|supprimer|insérer|rédiger|compléter|substituer|ajouter)\b", prose):
        raise AmendingError(numero, sentence.prose, "this form of instruction is not known")
    return None
