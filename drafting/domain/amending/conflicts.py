"""Conflicts between the amendments of one sitting found before their edits are made, refused since which
was voted first, or where one's words go beside another's, is not said: an amendment that falls with the
article rewritten whole naming an alinéa, or words, the rewrite's text holds, not the article (`check_fallen`);
words changed throughout the article and at one place, or other words put after the same words
(`check_same_anchor`); other words put at one place of an alinéa as it stood, named otherwise, the same
words put there twice counted once (`check_same_gap`).

Apart from `__init__.py`, which calls them from `apply`; the conflicts met while an edit is made (words
another amendment put or changed) are `sitting.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from drafting.domain.amending.apply import Amending, Before
from drafting.domain.amending.edits import EVERY, AmendingError, Amendment, Edit
from drafting.domain.amending.order import _words
from drafting.domain.amending.search import words_pattern
from drafting.domain.amending.typography import BLANKS, fold, normal


def check_fallen(fallen: list[Amendment], alineas: list[str], rewrite: Amendment | None = None) -> None:
    """Amendments that fall once the article is rewritten whole must at least name alinéas it has: one naming
    an alinéa beyond its last (« Au neuvième alinéa » of an article of one) counts those of the amendment
    that rewrites it, a sub-amendment not said to be one, whose change that text then takes; it is refused.
    So is one whose words (its old words, its anchor) the alinéa it names as it stood lacks, and the
    `rewrite`'s text holds (in the alinéa of that number, or anywhere when it names none): made on that
    text, a sub-amendment not said to be one, or fallen, which is not said (p119-011)."""
    new, count = _rewrite_text(rewrite), len(alineas)
    for amendment in fallen:
        for edit in amendment.edits:
            beyond = [n for n in (*(edit.place.alineas or ()), edit.place.after or 0) if n > count]
            if beyond:
                n = beyond[0]
                reason = f"it names alinéa {n} of an article of {count}: it may amend the amendment rewriting it"
                raise AmendingError(amendment.numero, edit.part, reason, "conflict")
            if new is not None and rewrite is not None and _held_by(edit, new) and not _held_by(edit, alineas):
                numero = rewrite.numero
                reason = f"its words are in amendment {numero}'s rewrite of the article, not in the article; whether it amends that text or fell is not said"  # noqa: E501
                raise AmendingError(amendment.numero, edit.part, reason, "conflict")


def _rewrite_text(rewrite: Amendment | None) -> tuple[str, ...] | None:
    """The alinéas an amendment rewriting the whole article gives, or None (it deletes the article)."""
    for edit in rewrite.edits if rewrite is not None else ():
        p = edit.place
        whole = p.alineas is None and p.after is None and not (p.path or p.within or p.every or p.elsewhere)
        if whole and edit.kind == "rewrite":
            return edit.new
    return None


def _held_by(edit: Edit, new: Sequence[str]) -> bool:
    """Whether the words an edit names (its old words and its anchor, all of them) are in the alinéas `new`
    (the one of the number it names; all when it names none), whatever their capitals, whole words as the
    parser's own search finds them (« renouvelable » is not in « renouvelables », p129-028); False when it
    names none, or changes them wherever they are."""
    words = [w.strip(BLANKS + '«»"“”') for w in (edit.old, edit.anchor)]
    words = [w for w in words if w]
    if not words or edit.times == EVERY or edit.place.every:
        return False
    named = [n for n in edit.place.alineas or () if n > 0]
    texts = [new[n - 1] for n in named if n <= len(new)] if named else list(new)
    found = [words_pattern(w, re.IGNORECASE) for w in words]
    return bool(texts) and all(any(f.search(fold(t)) for t in texts) for f in found)


def check_same_anchor(amendments: list[Amendment]) -> None:
    """Two amendments putting different words after (or before) the same words of the same place
    (« après « sanitaires », insérer « et sociaux » » and « … « ou sociaux » »): in which order, or
    whether the second fell, is not said."""
    everywhere = {normal(e.old).casefold(): a.numero for a in amendments for e in a.edits if e.times == EVERY and e.old}
    for a in amendments:
        for e in a.edits:
            other = everywhere.get(normal(e.old).casefold(), a.numero) if e.old and e.times != EVERY else a.numero
            if other != a.numero:  # « dans l'ensemble » and « à l'alinéa 2 » change the same words
                said = "changes these words throughout the article; which was voted first is not said"
                raise AmendingError(a.numero, e.part, f"amendment {other} {said}", "conflict")
    seen: dict[tuple[object, ...], str] = {}
    for a in amendments:
        for e in a.edits:
            if e.kind != "insert_words" or not e.anchor:
                continue
            key = (e.place, normal(e.anchor).casefold(), e.occurrence)
            if seen.get(key, a.numero) != a.numero:
                reason = f"amendment {seen[key]} puts other words at the same place; in which order is not said"
                raise AmendingError(a.numero, e.part, reason, "conflict")
            seen[key] = a.numero


def check_same_gap(amendments: list[Amendment], alineas: list[str]) -> list[Amendment]:
    """Two amendments putting other words at one place of an alinéa as it stood, named otherwise: its end
    (« Compléter l'alinéa 8 par les mots ») and after its last word (« après le mot : « régions » »), its start
    (« Au début de l'alinéa ») and before its first word, after a word and before the next: which was voted
    first, and whether the second's words go before or after the first's, is not said (p108-027). Each such
    edit is made alone on the text as it stood, the place its words went found by comparing the alinéa
    before and after (`_gap`); places with nothing but spaces between are one. The same words put at one
    place so named by two amendments are put once, as identical amendments count once (p112-037): the
    amendments are returned without the second's edit (without the second when it had no other). Phrases
    too: « Compléter l'alinéa 11 par une phrase » and « Après la première phrase de l'alinéa 11, insérer une
    phrase » on an alinéa of one phrase name its end two ways (p129-060); two phrases put at one place named
    the same way go in the order given, the vote's, as alinéas do."""
    inserts = [
        (a.numero, e)
        for a in amendments
        for e in a.edits
        if e.kind in ("insert_words", "append_sentence") and e.times == 1 and not e.place.every and not e.readings
    ]
    if len({numero for numero, _ in inserts}) < 2:
        return amendments
    gaps: dict[int, list[tuple[int, int, str, str, Edit]]] = {}
    twice: list[Edit] = []  # the same words put at the same place by another amendment before
    for numero, edit in inserts:
        made = Amending(alineas)
        made.overlaps = False
        try:
            made.apply(edit, numero)
        except (AmendingError, Before):
            continue  # refused alone: the sitting says why, or finds its words after another's
        changed = [n for n, slot in enumerate(made.slots) if slot.text != [alineas[n]]]
        if len(changed) != 1 or made.head or len(made.slots[changed[0]].text) != 1:
            continue
        n = changed[0]
        gap = _gap(alineas[n], made.slots[n].text[0], edit)
        if gap is None:
            continue
        words = _words(edit.new[0])
        same = False
        for lo, hi, other, others_words, others_edit in gaps.get(n, []):
            if other == numero:
                continue
            if edit.kind == others_edit.kind == "append_sentence" and edit.place == others_edit.place:
                continue  # phrases put at one place named one way: in the order of the vote, as alinéas are
            between = alineas[n][min(hi, gap[1]) : max(lo, gap[0])]
            if between.strip(BLANKS):
                continue
            if others_words != words:
                reason = f"amendment {other} puts other words at the same place; in which order is not said"
                raise AmendingError(numero, edit.part, reason, "conflict")
            same = True
        if same:
            twice.append(edit)
        else:
            gaps.setdefault(n, []).append((gap[0], gap[1], numero, words, edit))
    out: list[Amendment] = []
    for a in amendments:
        edits = tuple(e for e in a.edits if not any(e is t for t in twice))
        if edits:
            out.append(a if len(edits) == len(a.edits) else replace(a, edits=edits))
    return out


def _gap(stood: str, now: str, edit: Edit) -> tuple[int, int] | None:
    """Where in an alinéa as it `stood` an edit put words, as `now` shows: the stretch of it that changed (a
    point for words put alone); the words put sliding over letters they share with the text next to them, the
    points where `now` holds them whole there; None when nothing was put."""
    size = min(len(stood), len(now))
    head = next((k for k in range(size) if stood[k] != now[k]), size)
    tail = next((k for k in range(size) if stood[-1 - k] != now[-1 - k]), size)
    extra = len(now) - len(stood)
    if extra <= 0:
        return None
    lo, hi = min(head, len(stood) - tail), max(head, len(stood) - tail)
    if head + tail < len(stood):
        return lo, hi  # words changed around them too (a capital, a comma): that stretch
    words = _words(edit.new[0]).strip(" ,;.")
    points = [t for t in range(lo, hi + 1) if words and words in _words(now[t : t + extra])]
    # where they stand as written (« ou, en cas d'empêchement, » put before « par », not slid over the comma
    # before it to read « , ou, en cas d'empêchement »): a comma parts two places (p112-035)
    points = [t for t in points if _words(now[t : t + extra]) == _words(edit.new[0])] or points
    return (min(points), max(points)) if points else (lo, hi)
