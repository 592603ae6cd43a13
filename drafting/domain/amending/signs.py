"""Punctuation named by its noun rather than quoted (« supprimer la virgule après les mots : X », « Après le mot :
X, insérer une virgule », « remplacer la virgule par le mot : « et » »): the edits the quoted sign would make
(« le signe : « , » »), held to the words named.

The signs read are the comma, the semicolon and the colon: « le point » also names a division (« le point 3 »),
and a full stop put or taken would leave a capital to fix, which the instruction does not say. A sign deleted or
replaced next to words named must stand right there (« X, »: « la virgule après les mots : X »), or the
instruction is refused as not found; a sign put next to words goes only between them and a space, never next to
another sign (`insert_next_to`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from drafting.domain.amending.edits import AmendingError, Edit
from drafting.domain.amending.seams import joined_with_spaces, splice
from drafting.domain.amending.typography import BLANKS

if TYPE_CHECKING:
    from drafting.domain.amending.article import Ctx, Hit
    from drafting.domain.amending.forms import Reading

# the nouns, as the forms match them (folded, lower case): the sign deleted or replaced, and the sign put
THE_SIGN = r"(?P<sign>la virgule|le point-virgule|les deux-points|le signe deux-points)"
A_SIGN = r"(?P<sign>une virgule|un point-virgule|les deux-points|le signe deux-points|deux-points)"
NEW_SIGN = r"(?P<new_sign>une virgule|un point-virgule|les deux-points|le signe deux-points|deux-points)"

_SIGNS = {"virgule": ",", "point-virgule": ";", "deux-points": ":"}
# the signs a named one may not stand next to: put there, two would follow each other
_SIGN_CHARS = ",;:.!?…"


def _sign(noun: str) -> str:
    return _SIGNS[noun.split()[-1]]


def _anchor(r: Reading) -> tuple[str, bool]:
    """The words named and whether the sign is before them; words ending (or, for « avant », opening) with a
    sign of their own leave where the named one stands unsaid."""
    words, before = r.words("anchor").strip(BLANKS), r.m.group("where") == "avant"
    edge = words[:1] if before else words[-1:]
    if edge in _SIGN_CHARS:
        reason = "the words it names end with a sign: where the sign named stands is not said"
        raise AmendingError(r.numero, r.part, reason)
    return words, before


def _next_to(words: str, sign: str, before: bool) -> str:
    """The words with the sign right next to them, as the text writes them (« X, », « , X », « X ; »)."""
    return f"{sign} {words}" if before else f"{words}{sign}"


def delete_sign(r: Reading) -> list[Edit]:
    """« Supprimer la virgule après les mots : X », « Après le mot : X, supprimer la virgule »: « X, » found
    (`put_next_to`), its comma taken off; « Supprimer la virgule » alone: the one sign the place holds, as
    « Remplacer la virgule par … » reads it."""
    if r.m.groupdict().get("anchor") is None:
        return [r.edit("delete_words", old=_sign(r.m.group("sign")))]
    words, before = _anchor(r)
    old = _next_to(words, _sign(r.m.group("sign")), before)
    return [r.edit("delete_words", old=old, sign=True)]


def insert_sign(r: Reading) -> list[Edit]:
    """« Après le mot : X, insérer une virgule »: the sign put right after X (before it, for « avant »), only
    between a word and a space (`insert_next_to`). « Après le mot : X, insérer une virgule et le mot : Y »: the
    sign and the words, « , Y », put after X as words are (p149-105)."""
    words, before = _anchor(r)
    place = replace(r.place, before=before)
    if r.m.groupdict().get("new") is not None:
        new = f"{_sign(r.m.group('sign'))} {r.words('new').strip(BLANKS)}"
        return [Edit("insert_words", place, anchor=words, new=(new,), quoted=r.quoted("new"), part=r.part)]
    return [Edit("insert_words", place, anchor=words, new=(_sign(r.m.group("sign")),), sign=True, part=r.part)]


def replace_sign(r: Reading) -> list[Edit]:
    """« Remplacer la virgule par le mot : « et » » (the one sign the place holds, as « le signe : « , » » is
    read), « Après le mot : X, remplacer la virgule par un point-virgule » (the one right after X)."""
    sign = _sign(r.m.group("sign"))
    given = r.m.group("new_sign")
    new = _sign(given) if given else r.words("new").strip(BLANKS)
    if not new:
        raise AmendingError(r.numero, r.part, "the quoted words are empty", "not_understood")
    quoted = given is not None or r.quoted("new")
    if r.m.groupdict().get("anchor") is None:
        return [r.edit("replace_words", old=sign, new=(new,), quoted=quoted)]
    words, before = _anchor(r)
    return [r.edit("replace_words", old=_next_to(words, sign, before), new=(new,), quoted=quoted, sign=True)]


def put_next_to(hit: Hit, edit: Edit, ctx: Ctx) -> None:
    """The sign of the words found with it (`edit.old`: « X, » or « , X ») taken off, or made the words or
    sign given: only the sign and the spaces before it change, the text's own words kept as it writes them."""
    line = hit.slot.text[hit.line]
    found = line[hit.start : hit.end]
    if edit.old[:1] in _SIGN_CHARS:  # « , X »: the sign opens the words found
        end = hit.start + 1
        start = len(line[: hit.start].rstrip(BLANKS))
    else:  # « X, »: the sign ends them, maybe after a space (« X ; »)
        end = hit.end
        start = hit.start + len(found[:-1].rstrip(BLANKS))
    new = edit.new[0] if edit.new else ""
    if new and new[:1] not in _SIGN_CHARS:  # words for the sign: « X et Y »
        new = joined_with_spaces(line[:start], new, line[end:])
    splice(hit, start, end, new, ctx)


def insert_next_to(hit: Hit, edit: Edit, ctx: Ctx) -> None:
    """A sign put right after the words found (before them, for « avant »): between them and a space, never
    next to another sign (« X, ; »), or where it goes is not said."""
    line, sign = hit.slot.text[hit.line], edit.new[0]
    at = len(line[: hit.start].rstrip(BLANKS)) if edit.place.before else hit.end
    if edit.place.before:
        left = line[: hit.start]
        beside = left[-1:] not in BLANKS or not left.strip(BLANKS) or left.rstrip(BLANKS)[-1:] in _SIGN_CHARS + "«(\"“"
    else:
        right = line[hit.end :]
        beside = right[:1] not in BLANKS or not right.strip(BLANKS) or right.lstrip(BLANKS)[:1] in _SIGN_CHARS + "»)\"”"
    if beside:
        where = "before" if edit.place.before else "after"
        reason = (
            f"it puts « {sign} » {where} « {edit.anchor} », which stands next to another sign or no word:"
            " where it goes is not said"
        )
        raise ctx.fail(reason, "ambiguous")
    splice(hit, at, at, sign, ctx)
