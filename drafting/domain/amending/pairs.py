# ruff: noqa: E501  (patterns read best one a line)
"""« Respectivement »: the words listed replaced by those listed after, pair by pair in their order, each pair
read as one instruction (clauses.py), the readings of several alinéas kept for the text to decide; one old
text and as many new ones as alinéas named, a new one in each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafting.domain.amending.bare import bare_list
from drafting.domain.amending.clauses import _form
from drafting.domain.amending.edits import AmendingError, Edit, Place
from drafting.domain.amending.forms import WN, C
from drafting.domain.amending.lexer import Operand, Sentence

# « les mots : « A » et « B » sont remplacés respectivement par les mots : « C » et « D » », « substituer
# respectivement aux dates : « A » et « B » les dates : « C » et « D » »: lists of two or more, each
# operand maybe with its own noun (« les mots : A et le mot : B »)
_LIST = rf"¤\d+¤(?:\s*,\s*(?:{WN}{C})?¤\d+¤)*\s*,?\s+et\s+(?:{WN}{C})?¤\d+¤"
_OLD = rf"(?:{_LIST}|¤\d+¤)"  # one old text, as many new ones as alinéas named: a new text for each alinéa
_RESPECTIVELY = [
    re.compile(rf"(?:remplacer|substituer),? respectivement,? {WN}{C}(?P<old>{_OLD})\s*,?\s*(?:par )?{WN}{C}(?P<new>{_LIST})"),
    re.compile(rf"(?:remplacer|substituer) {WN}{C}(?P<old>{_OLD})\s*,?\s*respectivement,?\s*(?:par )?{WN}{C}(?P<new>{_LIST})"),
    re.compile(rf"{WN}{C}(?P<old>{_OLD})\s*,?\s*(?:sont|est),? (?:respectivement,? remplacée?s?|remplacée?s?,? respectivement,?) par {WN}{C}(?P<new>{_LIST})"),
]  # fmt: skip


def _respectively(numero: str, sentence: Sentence, prose: str, context: Place) -> list[Edit] | None:
    """« respectivement »: the words listed replaced by those listed after, pair by pair in their order,
    each pair where the place says, as without « respectivement » (in each alinéa named). With several
    alinéas named, the other readings are kept for the text to decide (`Edit.readings`). One old text and
    as many new ones as alinéas named: a new one in each alinéa, in order. Other counts are refused.
    None when the sentence says no « respectivement »."""
    if "respectivement" not in prose:
        return None
    m = next((m for pattern in _RESPECTIVELY if (m := pattern.search(prose))), None)
    if m is None:
        listed = _bare_lists(sentence, prose)
        if listed is None:
            return None
        sentence, prose = listed
        m = next((m for pattern in _RESPECTIVELY if (m := pattern.search(prose))), None)
        if m is None:
            return None
    old, new = re.findall(r"¤(\d+)¤", m.group("old")), re.findall(r"¤(\d+)¤", m.group("new"))
    rest = f"{prose[: m.start()]} {prose[m.end() :]}".strip(" ,")

    def pair(a: str, b: str) -> list[Edit]:
        clause = f"remplacer les mots : ¤{a}¤ par les mots : ¤{b}¤"
        return _form(numero, sentence, f"{rest}, {clause}" if rest else clause, context) or []

    if len(old) == 1:
        return _respectively_by_alinea(numero, sentence, [pair(old[0], b) for b in new])
    if len(old) != len(new):
        n, count = len(old), len(new)
        raise AmendingError(numero, sentence.prose, f"it replaces respectively {n} words by {count}")
    found = [pair(a, b) for a, b in zip(old, new, strict=True)]
    alineas = found[0][0].place.alineas if found[0] else None
    if not alineas or len(alineas) < 2 or any(len(f) != 1 or f[0].place.alineas != alineas for f in found):
        return [e for f in found for e in f]
    each = tuple(f[0] for f in found)
    readings = [each]
    if len(alineas) == len(each):  # pair k in alinéa k
        readings.append(tuple(replace(e, place=replace(e.place, alineas=(n,))) for e, n in zip(each, alineas, strict=True)))
    readings.append(tuple(replace(e, place=replace(e.place, whole=True)) for e in each))  # each once in them all
    return [replace(each[0], old="", new=(), readings=tuple(readings))]


def _bare_lists(sentence: Sentence, prose: str) -> tuple[Sentence, str] | None:
    """« Remplacer respectivement les dates : » / « 31 décembre 2020 et 1er janvier 2020 » / « par les dates : » /
    « 30 juin 2021 et 1er juillet 2020 » (the Sénat's HTML, each side bare in its own paragraph): the two lists
    given as the quoted ones are (« ¤2¤ et ¤3¤ »), pair by pair. Only two operands, both bare, each one
    paragraph, each a list (`bare.bare_list`: split one way only) of as many items; else None (not read)."""
    marks = re.findall(r"¤(\d+)¤", prose)
    if len(marks) != 2:
        return None
    operands = [sentence.operands[int(n)] for n in marks]
    if any(o.quoted or len(o.paragraphs) != 1 for o in operands):
        return None
    lists = [bare_list(o.paragraphs[0]) for o in operands]
    if lists[0] is None or lists[1] is None or len(lists[0]) != len(lists[1]):
        return None
    given = list(sentence.operands)
    for n, items in zip(marks, lists, strict=True):
        said = []
        for item in items or ():
            given.append(Operand((item,), False))
            said.append(f"¤{len(given) - 1}¤")
        prose = prose.replace(f"¤{n}¤", ", ".join(said[:-1]) + " et " + said[-1], 1)
    return replace(sentence, operands=given), prose


def _respectively_by_alinea(numero: str, sentence: Sentence, found: list[list[Edit]]) -> list[Edit]:
    """« Aux alinéas 41 et 43, les mots : A sont remplacés respectivement par les mots : B et C »: A by B
    in the first alinéa named, by C in the second; refused unless as many alinéas are named as new texts."""
    alineas = found[0][0].place.alineas if found and found[0] else None
    if not alineas or len(alineas) != len(found) or any(len(f) != 1 for f in found):
        reason = f"it replaces respectively one text by {len(found)} but does not name as many alinéas"
        raise AmendingError(numero, sentence.prose, reason)
    return [replace(f[0], place=replace(f[0].place, alineas=(n,))) for f, n in zip(found, alineas, strict=True)]
