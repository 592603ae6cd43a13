# ruff: noqa: E501  (patterns read best one a line)
"""« Procéder à la même insertion aux alinéas 10 et 11 »: the edits of the part before repeated where the
sentence says, the noun naming which of them (« la même suppression »), after other words it names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafting.domain.amending.edits import MAX_EDITS, AmendingError, Edit, Place
from drafting.domain.amending.forms import WN, C, Q
from drafting.domain.amending.lexer import Sentence
from drafting.domain.amending.locations import ORD, location, occurrence

_REPEAT = re.compile(
    r"procéder (?:à|aux|au) (?:la |les )?mêmes? (?P<noun>suppressions?|substitutions?|insertions?|modifications?|remplacements?)"
)
# The edits a repeat names by its noun, when the part it repeats makes others too (« modification »: all)
_REPEATED_KINDS = {"suppr": ("delete",), "subst": ("replace", "rewrite"), "rempl": ("replace", "rewrite"),
                   "inser": ("insert", "append")}  # fmt: skip


_REPEAT_ANCHOR = re.compile(
    rf"(?P<where>après|avant) (?:la (?P<occ>{ORD}) occurrence |l'|le |les |la )?{WN}{C}{Q('anchor')}\s*,?"
)


def _repeat(numero: str, sentence: Sentence, prose: str, context: Place, last: list[Edit]) -> list[Edit]:
    """« Procéder à la même insertion aux alinéas 10 et 11 »: the previous part's edits, each in every
    alinéa named, where this sentence says (its phrase, start or end; none of the previous part's
    place carries over). « Au même alinéa, après le mot : X, procéder à la même insertion »: the same
    words inserted after X."""
    anchor = _REPEAT_ANCHOR.search(prose)
    if anchor:
        if any(e.kind != "insert_words" or not e.anchor for e in last):
            raise AmendingError(numero, sentence.prose, "it names other words for a change that is not an insertion")
        prose = prose[: anchor.start()] + " " + prose[anchor.end() :]
    if "¤" in prose:
        raise AmendingError(numero, sentence.prose, "it quotes words that no instruction in it uses")
    place = location(numero, sentence.prose, prose, context)
    if place.elsewhere:
        return []
    if not place.alineas or place.after is not None:
        raise AmendingError(numero, sentence.prose, "it repeats a change without saying in which alinéa")
    if len(place.each or place.alineas) * len(last) > MAX_EDITS:  # refused before so many edits are made
        reason = f"it repeats a change in {len(place.each or place.alineas)} alinéas; at most {MAX_EDITS} changes are read"
        raise AmendingError(numero, sentence.prose, reason)
    out: list[Edit] = []
    seen: set[Edit] = set()  # as many edits as alinéas named: a set, not `in out` (quadratic in their number)
    either = dict(place.loose)
    for alinea, phrase in place.each or [(a, place.phrase) for a in place.alineas]:
        at = Place(
            (alinea,),
            phrase,
            place.end,
            either=either.get(alinea),
            item=place.item,
            phrases=place.phrases,
            within=place.within,
            path=place.path,
            sole=place.sole,
            worded=place.worded,
        )
        for e in last:
            edit = replace(e, place=replace(at, before=e.place.before), part=sentence.prose, repeated=True)
            if anchor:
                occ = anchor.group("occ")
                edit = replace(
                    edit,
                    anchor=sentence.operands[int(anchor.group("anchor"))].text,
                    place=replace(edit.place, before=anchor.group("where") == "avant"),
                    occurrence=occurrence(numero, sentence.prose, occ),
                    times=1,
                )
            if edit not in seen:  # the same edit in two phrases of one alinéa is one edit in another
                seen.add(edit)
                out.append(edit)
    return out
