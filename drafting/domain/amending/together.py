"""The pairs of words one sentence replaces (« remplacer « A » par « B » et « C » par « D » », « substituer aux
mots : A les mots : B et aux mots : C les mots : D », « Remplacer les mots : A par les mots : B et les mots : C
par les mots : D »): one change of the text as it stood before the sentence. Each pair's words are found there
(the pair made alone on it), none lies where another pair changes (« « deux mois » par « trois mois » et
« mois » par « semaines » »: « mois » is inside « deux mois ») and none is found among words another pair puts
(« « deux mois » par « trois semaines » et « trois » par « quatre » »: « trois » is not in the text as it
stood). The pairs are made in their order, which must then give the text each made alone at its place gives.
"""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from drafting.domain.amending.edits import AmendingError, Edit
from drafting.domain.amending.search import words_pattern
from drafting.domain.amending.typography import fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Ctx, Slot


class _Made(Protocol):
    slots: list[Slot]
    head: list[str]

    def apply(self, edit: Edit, numero: str) -> None: ...

    def alineas(self) -> list[str]: ...


# a change one pair made alone: (slot, line, start, end of what it changed, the text put there, start, end of
# the words it named, both in the line as it stood)
_Change = tuple[int, int, int, int, str, int, int]


def check_joined(article: _Made, pairs: tuple[Edit, ...], ctx: Ctx) -> None:
    """Refuse the pairs of one sentence unless each holds in the text as it stood and they make one change
    there (see the module's docstring); `article` is left as it is."""
    alone = [replace(e, joined=()) for e in pairs]
    stood = [list(slot.text) for slot in article.slots]
    changes: list[list[_Change] | None] = []
    for edit in alone:
        state = copy.deepcopy(article)
        state.apply(edit, ctx.numero)  # refused alone: its words are not found in the text as it stood
        changes.append(_changes(article, state, edit))
    if any(c is None for c in changes):
        _commute(article, alone, ctx)  # made in several places or alinéas rewritten: any two in either order
        return
    made = [c for c in changes if c is not None]
    for (i, first), (j, second) in itertools.combinations(enumerate(made), 2):
        for a, b in itertools.product(first, second):
            if a[:2] == b[:2] and min(a[2], a[5]) < max(b[3], b[6]) and min(b[2], b[5]) < max(a[3], a[6]):
                raise _refused(alone[i], alone[j], ctx)
    expected = [list(lines) for lines in stood]
    for slot, line, lo, hi, put, _, _ in sorted((c for c in itertools.chain(*made)), key=lambda c: -c[2]):
        expected[slot][line] = expected[slot][line][:lo] + put + expected[slot][line][hi:]
    state = copy.deepcopy(article)
    try:
        for edit in alone:
            state.apply(edit, ctx.numero)
    except AmendingError:
        raise _refused(alone[0], alone[-1], ctx) from None
    if [list(slot.text) for slot in state.slots] != expected:  # a pair found words another put
        raise _refused(alone[0], alone[-1], ctx)


def _changes(article: _Made, state: _Made, edit: Edit) -> list[_Change] | None:
    """The lines a pair made alone changed, each in one stretch; None when it did more (made several times,
    lines put or taken out)."""
    if edit.times != 1 or edit.place.every or state.head != article.head:
        return None
    out: list[_Change] = []
    for n, (was, now) in enumerate(zip(article.slots, state.slots, strict=True)):
        if was.before != now.before or was.after != now.after or len(was.text) != len(now.text):
            return None
        for k, (old, new) in enumerate(zip(was.text, now.text, strict=True)):
            if old == new:
                continue
            head = len(_common_start(old, new))
            tail = len(_common_start(old[head:][::-1], new[head:][::-1]))
            lo, hi = head, len(old) - tail
            named = _named(old, edit.old, lo, hi)
            out.append((n, k, lo, hi, new[head : len(new) - tail], *named))
    return out


def _common_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _named(line: str, words: str, lo: int, hi: int) -> tuple[int, int]:
    """Where in `line` the words a pair named stand, holding what it changed there (from `lo` to `hi`)."""
    if not fold(words).strip():
        return lo, hi
    folded = fold(line)
    for flags in (0, re.I):
        holding = [m for m in words_pattern(words, flags).finditer(folded) if m.start() <= lo and hi <= m.end()]
        if holding:
            return min(lo, *(m.start() for m in holding)), max(hi, *(m.end() for m in holding))
    return lo, hi


def _commute(article: _Made, alone: list[Edit], ctx: Ctx) -> None:
    """Any two pairs made in either order give the same text (neither changes what the other names or puts)."""
    for j, k in itertools.combinations(range(len(alone)), 2):
        texts: list[list[str]] = []
        for order in ((j, k), (k, j)):
            state = copy.deepcopy(article)
            try:
                for i in order:
                    state.apply(alone[i], ctx.numero)
                texts.append(state.alineas())
            except AmendingError:
                texts.append([])
        if not texts[0] or texts[0] != texts[1]:
            raise _refused(alone[j], alone[k], ctx)


def _refused(first: Edit, second: Edit, ctx: Ctx) -> AmendingError:
    """The pairs of one sentence not one change of the text as it stood: which is meant is not said."""
    old, other = first.old, second.old
    reason = f"it replaces « {old} » and « {other} » in one sentence, and one pair's words overlap the other's or are put by it"  # noqa: E501
    return ctx.fail(reason, "ambiguous")
