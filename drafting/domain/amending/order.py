"""The order a sitting's edits are made in. The order the amendments are given in is taken as the vote's,
and mended only where no vote could give it: alinéas several amendments put at one gap follow their marks'
order, the same alinéas put there twice put once (`marks_in_order`); alinéas next to each other deleted by
several amendments are deleted as one (`deletions_as_one`); edits naming phrases are made so that phrases
are counted as they stood (`phrases_as_they_stood`); an edit changing what another amendment deletes or
rewrites is made before it (`made_in_order`); words only another amendment puts are looked for after it
(`after_whose_words`).

Apart from `__init__.py`, which keeps `parse`, `apply` and the sitting's flow, and from `sitting.py`, which
holds the rules an edit meets while it is made (words found across amendments); here the edits are ordered
before they are made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import product

from drafting.domain.amending.apply import Amending, Before
from drafting.domain.amending.divisions import item_levels, one_division
from drafting.domain.amending.edits import AmendingError, Amendment, Edit, Place
from drafting.domain.amending.insertion import twins_left
from drafting.domain.amending.marks import _order_key, given_orders
from drafting.domain.amending.search import words_pattern
from drafting.domain.amending.typography import BLANKS, fold


def marks_in_order(plan: list[tuple[str, Edit]], alineas: list[str]) -> list[tuple[str, Edit]]:
    """Alinéas put at one place (« Après l'alinéa 6 ») by several amendments go in the order given, taken as
    the vote's; but when each opens with a mark of one kind that the shuttle order compares (« V ter. – » and
    « V bis. – », « 1° ter » and « 1° bis »: `marks.given_orders`), no vote puts « V ter » before « V bis »: they
    go in the marks' order (p108-005, p108-021). Where some cannot be compared (no mark, another kind), the
    order given stays, unless those that can stand in it against their marks: then where each goes is not
    said, and it is refused. Marks of one alinéa against another amendment's, all put, are checked too.
    The place is the gap it names between the alinéas as they stood, however named (« Après l'alinéa 6 » and
    « Après le II » ending there, « Avant le III » starting after it: `_alineas_gap`, p112-002); the same
    alinéas put there by two amendments are put once, as identical amendments count once (p112-053).
    A mark read two ways (« 1° A Mayotte … », a 1° A or a 1°) is ordered under each reading: the order given
    stays where in order under every reading meant (no mark twice nor out of order with the alinéas around the
    gap: `_marks_around`), they are sorted where every reading gives one order (p113-025); else, and for a mark
    twice, refused (p113-021, p113-024)."""
    groups: dict[object, list[int]] = {}
    for i, (_, e) in enumerate(plan):
        if e.kind == "insert_alineas" and e.new and e.place.after is not None:
            groups.setdefault(("place", e.place), []).append(i)
    if len(groups) > 1:  # places named otherwise may be one gap
        resolved: dict[object, list[int]] = {}
        for i in sorted(i for g in groups.values() for i in g):
            gap = _alineas_gap(plan[i][1], plan[i][0], alineas)
            resolved.setdefault(("place", plan[i][1].place) if gap is None else gap, []).append(i)
        groups = resolved
    dropped: set[int] = set()
    for where, indices in list(groups.items()):
        kept: list[int] = []
        for i in indices:  # the same alinéas put at one gap by another amendment: once
            same = [j for j in kept if plan[j][0] != plan[i][0] and _same_alineas(plan[j][1].new, plan[i][1].new)]
            if same:
                dropped.add(i)
            else:
                kept.append(i)
        groups[where] = kept
    out = list(plan)
    for indices in groups.values():
        numeros = [plan[i][0] for i in indices]
        if len(set(numeros)) < 2 or len(set(numeros)) != len(numeros):
            continue  # one amendment's, or one putting there twice: its own text says the order
        if len({_quote_level(plan[i][1].new[0]) for i in indices}) > 1:
            # a quotation's alinéa beside the bill's own (« « Le conseil … » » continuing the code article quoted
            # before the gap, and « II bis. – … »): which goes first, and where the quotation ends, is not said
            numero, edit = plan[indices[-1]]
            raise _conflict(numero, edit)
        leveled = _by_levels([plan[i] for i in indices], alineas)
        if leveled is not None:  # marks of several levels, or small romans: by the levels open at the gap
            _check_runs([plan[indices[n]] for n in leveled], alineas)
            for at, n in zip(indices, leveled, strict=True):
                out[at] = plan[indices[n]]
            continue
        keys = [given_orders(plan[i][1].new[0]) for i in indices]
        kinds = {k[0] for k in keys if k is not None}
        if len(kinds) > 1:  # marks of several kinds whose levels at the gap are not read: where each goes is unsure
            numero, edit = plan[indices[-1]]
            raise _conflict(numero, edit)
        if len(kinds) != 1:
            continue
        kind = kinds.pop()
        marked = [n for n in range(len(indices)) if keys[n] is not None]
        if sum(len(keys[n][1]) > 1 for n in marked) > 8:  # type: ignore[index]
            # more than 8 marks read two ways at one gap: 2^9 readings and more, none a real sitting's
            numero, edit = plan[indices[-1]]
            raise _conflict(numero, edit)
        # every reading of the marks (« 1° A Mayotte … » a 1° A or a 1°, `marks.given_orders`): those leaving no
        # mark twice nor out of order with the alinéas around the gap are the ones that may be meant
        combos = [dict(zip(marked, c, strict=True)) for c in product(*(keys[n][1] for n in marked))]  # type: ignore[index]
        lo, hi = _marks_around(plan[indices[0]], kind, alineas)
        fit = [c for c in combos if all(lo < k < hi for k in c.values()) and len(set(c.values())) == len(c)]
        if not fit:  # under no reading in order with the alinéas around the gap (« 1° A compter du … », a 1°,
            # put before the 1° beside a 1° B: a 1° twice, p116-026)
            numero, edit = plan[indices[-1]]
            raise _conflict(numero, edit)

        def in_order(combo: dict[int, tuple[int, ...]], order: list[int]) -> bool:
            ks = [combo[n] for n in order if n in combo]
            return all(x < y for x, y in zip(ks, ks[1:], strict=False))

        if len(marked) < len(indices) or all(in_order(c, marked) for c in fit):
            order = list(range(len(indices)))  # the order given, where in order under every reading meant
        else:  # sorted only where every reading, meant or not, gives that one order (p113-025)
            orders = {tuple(sorted(marked, key=lambda n, c=c: c[n])) for c in combos}  # type: ignore[misc]
            order = list(orders.pop()) if len(orders) == 1 else list(range(len(indices)))
            if not all(in_order(c, order) for c in combos):
                numero, edit = plan[indices[-1]]
                reason = "it puts alinéas at the same place as other amendments, their marks in no order a vote gives"
                raise AmendingError(numero, edit.part, reason, "conflict")
        meant = {n: tuple(sorted({c[n] for c in fit})) for n in marked}
        seen: list[tuple[tuple[int, ...], ...]] = []
        for n in order:
            new = plan[indices[n]][1].new
            level = _quote_level(new[0])
            for at, line in enumerate(new):  # its marks at its first alinéa's level, up to a text it introduces
                key = given_orders(line) if _quote_level(line) == level else None
                if key is not None and key[0] == kind:
                    seen.append(meant[n] if at == 0 and n in meant else key[1])
                if line.rstrip(BLANKS + "«»\"“”").endswith(":"):
                    break
        # in order under every reading meant: each before the next whichever way each is read; one mark twice
        # (« 2° bis » and « 2° bis A l'article … », the « A » being « à ») is no order a vote gives (p113-024)
        if any(b[0] <= a[-1] for a, b in zip(seen, seen[1:], strict=False)):
            numero, edit = plan[indices[-1]]
            raise _conflict(numero, edit)
        _check_runs([plan[indices[n]] for n in order], alineas)
        for at, n in zip(indices, order, strict=True):
            out[at] = plan[indices[n]]
    return [step for i, step in enumerate(out) if i not in dropped]


_ROMAN_ITEM = re.compile(
    r"[\s«\"“]*([ivx]+)(?:\s+(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))?\s*\)"
)
# « A. – », « C bis. – », « B (nouveau). – »: a paragraph of capitals (a level under the romans, above the items)
_CAPITAL = re.compile(
    r"[\s«\"“]*([A-Z])(?:\s+(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))?(?:\s*\(nouveau\))?"
    r"\s*\.\s*-"
)
# « I ter (nouveau). – A. – »: a roman paragraph, and the capital one its alinéa opens too
_PARAGRAPH = re.compile(
    r"[\s«\"“]*([IVX]+(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))?(?:\s+[A-Z]{1,3})?)"
    r"(?:\s*\(nouveau\))?\s*\.\s*-\s*"
)
# « « Art. L. 337-7. – »: a quoted article's head, the division its alinéa opens after it
_ARTICLE_HEAD = re.compile(r"[\s«\"“]*art\.\s+\S.*?\.\s*-\s+", re.IGNORECASE)
_LEVELS = {"paragraph": 0, "item": 2, "letter": 3}
def _check_runs(steps: list[tuple[str, Edit]], alineas: list[str]) -> None:
    """Alinéas several amendments put at one gap, in the order they will be made: refused where an alinéa of
    no mark one puts comes between two items of one list (the item before the gap, or one put, and an item
    another puts after it: « 3° Les autres clients. », then « Les fournisseurs en informent … » and « 4° … »,
    p128-005): whether it ends the division the list is in or goes on the item before is not said. Paragraphs
    (« C. – », then an alinéa of no mark and « D. – ») may run over several alinéas: the order given stays."""
    quote = _quote_level(steps[0][1].new[0])
    gap = _alineas_gap(steps[0][1], steps[0][0], alineas)
    before = [(None, alineas[gap[1]])] if gap is not None and 0 <= gap[1] < len(alineas) else []
    runs: dict[int, set[str | None]] = {}  # the item levels open, and who put an alinéa of no mark since
    for owner, line in [*before, *((numero, line) for numero, e in steps for line in e.new)]:
        if _quote_level(line) != quote:
            continue
        folded = fold(line)
        readings = _readings_of(line)
        marked = readings or given_orders(line) or _PARAGRAPH.match(folded) or _CAPITAL.match(folded)
        if not marked and not _ROMAN_ITEM.match(folded):  # no mark
            for puts in runs.values():
                puts.add(owner)
            continue
        levels = {lv for lv, _, _ in readings or ()}
        if not levels or min(levels) < 2:  # a paragraph, or a mark of no sure order: the lists before it closed
            runs = {}
            continue
        if all(any(o != owner for o in runs.get(lv, ())) for lv in levels):  # under every reading
            numero, edit = next((s for s in steps if s[0] == owner), steps[-1])
            raise _conflict(numero, edit)
        runs = {lv: puts for lv, puts in runs.items() if lv < min(levels)}
        runs.update((lv, set()) for lv in levels)


def _conflict(numero: str, edit: Edit) -> AmendingError:
    """Alinéas put at one gap whose marks no order of the vote gives."""
    reason = "it puts alinéas at the same place as other amendments, their marks in no order a vote gives"
    return AmendingError(numero, edit.part, reason, "conflict")


def _capital_key(match: re.Match[str]) -> tuple[int, ...]:
    """The order key of a paragraph of capitals (« C bis. – » after « C. – », before « D. – »)."""
    key = _order_key(" ".join(filter(None, (match.group(1).lower(), match.group(2)))), "letter")
    return key[1] if key else (999,)


def _heads(text: str, level: int | None) -> dict[int, tuple[int, ...] | None]:
    """The levels (`divisions.DIVISION_MARKS` indices, capitals at 1) an alinéa of the article opens, at the
    `level` `item_levels` gives it (a small roman « ix) » at 4), with the order key of each mark, None where it
    is not sure; « I bis (nouveau). – A. – » opens a paragraph and its first capital one. Empty for no mark."""
    folded = fold(text)
    if level is None:  # a quoted article's head opening its roman I (« Art. L. 337-7. – I. – »), a mark of two
        # suffixes (« VII bis A (nouveau). – »), a capital paragraph
        head = _ARTICLE_HEAD.match(folded)
        paragraph = _PARAGRAPH.match(folded, head.end() if head else 0)
        if paragraph is not None:
            level, folded = 0, folded[paragraph.start() :]
        else:
            capital = _CAPITAL.match(folded)
            return {1: _capital_key(capital)} if capital else {}
    if level == 4:
        m = _ROMAN_ITEM.match(folded)
        key = _order_key(" ".join(filter(None, m.groups())), "paragraph") if m else None
        return {4: key[1] if key else None}
    if level == 0:
        m = _PARAGRAPH.match(folded)
        key = _order_key(" ".join(m.group(1).lower().split()), "paragraph") if m else None
        out: dict[int, tuple[int, ...] | None] = {0: key[1] if key else None}
        capital = _CAPITAL.match(folded, m.end()) if m else None
        if capital:
            out[1] = _capital_key(capital)
        return out
    if level == 1:
        capital = _CAPITAL.match(folded)
        return {1: _capital_key(capital) if capital else None}
    given = given_orders(text)
    if given is None or _LEVELS.get(given[0]) != level or len(given[1]) != 1:
        return {level: None}
    return {level: given[1][0]}


def _readings_of(text: str) -> list[tuple[int, tuple[int, ...], bool]] | None:
    """The levels (`divisions.DIVISION_MARKS` indices, capitals at 1) and order keys the mark a text put opens
    with may have, each with whether the mark is of no sure kind (« x) », « v bis) »: a letter or a small
    roman; « I. – » a roman or a capital paragraph); a mark read two ways (« 1° A Mayotte … », a 1° A or a 1°)
    once each way; None for a text with no mark or one of no sure order."""
    folded = fold(text)
    m = _ROMAN_ITEM.match(folded)
    if m is not None:
        written = " ".join(filter(None, m.groups()))
        roman = _order_key(written, "paragraph")
        letter = _order_key(written, "letter") if len(m.group(1)) == 1 else None
        out = [(4, roman[1], letter is not None)] if roman else []
        return out + ([(3, letter[1], True)] if letter else []) or None
    capital = _CAPITAL.match(folded)
    if capital is not None and capital.group(1) not in "IVX":
        return [(1, _capital_key(capital), False)]
    given = given_orders(text)
    if given is None or given[0] not in _LEVELS:
        return None
    readings = [(_LEVELS[given[0]], key, False) for key in given[1]]
    if capital is not None and capital.group(1) in "IVX":  # « I. – » after an « H. – »: a capital, maybe
        readings = [(0, key, True) for _, key, _ in readings] + [(1, _capital_key(capital), True)]
    return readings


def _tight(before: tuple[int, ...] | None, key: tuple[int, ...]) -> bool:
    """Whether a mark follows the one `before` it next, as the shuttle numbers them (« x » after « ix », « v bis »
    after « v », « xi » after « x »; with none before, a first: « i », « a », « 1° »)."""
    if before is None:
        return _first(key)
    return key[0] == before[0] or key[0] == before[0] + 1 and key[1] == 0


def _first(key: tuple[int, ...]) -> bool:
    """Whether a mark opens a list (« 1° », « a) », « i) », « A. – »)."""
    return key[0] == (ord("a") if key[0] > 26 else 1) and key[1] == 0


def _ends_colon(text: str) -> bool:
    return text.rstrip(BLANKS + "«»\"“”").endswith(":")


# a list opened under an alinéa ending « : » of a level: its items' level (a paragraph's items, or its capitals)
_CHILD = {0: (1, 2), 1: (2,), 2: (3,), 3: (4,)}

State = tuple[tuple[tuple[int, tuple[int, ...]], ...], int, int, frozenset[int]]


# an alinéa put: the readings of its mark, whether it ends « : », the capital paragraph it opens after a roman
# one (« II bis. – A. – »)
Line = tuple[list[tuple[int, tuple[int, ...], bool]] | None, bool, tuple[int, ...] | None]


def _capital_opened(text: str) -> tuple[int, ...] | None:
    """The key of the capital paragraph an alinéa opening a roman one opens too (« II bis. – A. – … »)."""
    folded = fold(text)
    m = _PARAGRAPH.match(folded)
    capital = _CAPITAL.match(folded, m.end()) if m else None
    return _capital_key(capital) if capital else None


def _walk(state: State, lines: list[Line], child: int | None) -> set[State]:
    """The states (the divisions open, whether the last alinéa opens a list: 1 the article's, 2 one put; the
    shallowest level put; the levels of lists opened under an alinéa put) after an amendment's alinéas, each
    mark read every way it may be: a mark comes after the open one of its level (next to it where of no sure
    kind, or in a list opened under an alinéa put) or opens a list under an alinéa ending « : » (of the level
    `child` under the article's alinéa that has one, a first under one put); none where no reading fits. The
    capital paragraph a roman one put opens (« II bis. – A. – ») is open after it, a list put: the « B. – »
    after its items is its own, a « D. – » after them none (p128-010)."""
    states = {state}
    for readings, colon, capital in lines:
        after: set[State] = set()
        for stack_t, opens, low, fresh in states:
            stack = dict(stack_t)
            if readings is None:  # no mark: the division before goes on
                after.add((stack_t, 2 if colon else 0, low, fresh))
                continue
            for lv, key, unsure in readings:
                if lv in stack:
                    if key <= stack[lv] or (unsure or lv in fresh) and not _tight(stack[lv], key):
                        continue
                elif not opens or lv < max(stack):
                    continue
                elif opens == 1 and child is not None:  # under the article's alinéa, its own list's level
                    if lv != child or unsure and not _first(key):
                        continue
                elif lv not in _CHILD.get(max(stack), ()) or not _first(key):
                    continue
                new = {k: v for k, v in stack.items() if k < lv}
                new[lv] = key
                opened = fresh | {lv} if lv not in stack and opens == 2 else fresh
                if lv == 0 and capital is not None:  # « II bis. – A. – »: its capitals a list it opens
                    new[1], opened = capital, opened | {1}
                after.add((tuple(sorted(new.items())), 2 if colon else 0, min(low, lv), opened & set(new)))
        states = after
    return states


_MOST_ORDERS = 20_000  # partial orders tried at one gap before refusing (the probes' sittings need under a hundred)


def _by_levels(steps: list[tuple[str, Edit]], alineas: list[str]) -> list[int] | None:
    """The order of alinéas several amendments put at one gap, each opening with a mark, when they are of
    several levels, of small romans (« x) » a letter or a roman item) or capital paragraphs (« C bis. – »):
    read against the divisions open at the gap (the last paragraph, capital one, item, letter, small roman
    before it, in the quotation or the article the gap is in, a quotation's own marks aside), every alinéa of
    each amendment in its own order: a mark of a level comes after the open one of its level (or opens a list
    under an alinéa ending « : », of that alinéa's list's level), and the alinéa after the gap must follow what
    is put as it followed the alinéa before (the « c) » ending the 4° before the « 4° bis », the « x) » ending
    the b)'s romans before the « b bis) »: p116-017, p116-039; a 1° bis put before the 1°'s c) has no place,
    p123-027). A mark of no sure kind (« x) », « v bis) ») is read at a level only where it follows next the
    mark before it (« x) » after « ix) » a roman, after « w) » a letter). Where no order of the amendments, or
    several, fit: refused. None (left to the marks of one kind) where a text has no mark, the gap is not
    between alinéas, or the levels open there are not sure."""
    quote = _quote_level(steps[0][1].new[0])
    amendments: list[list[Line]] = []
    for _, e in steps:
        lines: list[Line] = []
        for line in e.new:
            if _quote_level(line) != quote:  # a text quoted: its marks are its own
                lines.append((None, False, None))
                continue
            lines.append((_readings_of(line), _ends_colon(line), _capital_opened(line)))
        if lines[0][0] is None:
            return None
        amendments.append(lines)
    levels_put = {lv for lines in amendments for r, _, _ in lines if r for lv, _, _ in r}
    if len(levels_put) < 2 and not levels_put & {1, 4}:
        return None  # one kind, no small roman: `marks_in_order` sorts them
    gap = _alineas_gap(steps[0][1], steps[0][0], alineas)
    if gap is None or any(_alineas_gap(e, n, alineas) != gap for n, e in steps[1:]):
        return None
    n = gap[1]
    lo = max((i for i in range(n + 1) if _quote_level(alineas[i]) < quote), default=-1) + 1
    hi = min((i for i in range(n + 1, len(alineas)) if _quote_level(alineas[i]) < quote), default=len(alineas))
    near = [i for i in range(lo, hi) if _quote_level(alineas[i]) == quote]
    levels = dict(zip(near, item_levels([alineas[i] for i in near]), strict=True))
    heads = {i: _heads(alineas[i], levels[i]) for i in near}
    stack: dict[int, tuple[int, ...] | None] = {}
    for i in (i for i in near if i <= n):
        if not heads[i]:
            continue
        stack = {k: v for k, v in stack.items() if k < min(heads[i])}
        stack.update(heads[i])
    if not stack or any(v is None for v in stack.values()):
        return None
    opens = n in near and _ends_colon(alineas[n])
    following = next((heads[i] for i in near if i > n and heads[i]), {})
    shallowest = min(following, default=None)
    child = shallowest if shallowest is not None and shallowest > max(stack) else None
    start: State = (tuple(sorted(stack.items())), 1 if opens else 0, 99, frozenset())  # type: ignore[arg-type]
    # an alinéa of no mark right after the gap goes on the division open there: a paragraph's, or, after an item,
    # the division its list is in (the III's last alinéa after its 2°); nothing put may be of that level or above,
    # else it would fall under a division put (p128-034)
    deepest = max(stack)
    unmarked_after = n + 1 in near and not heads[n + 1]
    above = [lv for lv in stack if lv < deepest]
    holder = deepest if deepest < 2 else max(above, default=None)

    def follows(state: State) -> bool:
        """Whether the alinéa after the gap follows what is put as it followed the alinéa before."""
        if unmarked_after and holder is not None and state[2] <= holder:
            return False
        if shallowest is None or shallowest < state[2]:
            return True
        if shallowest > state[2]:  # it would come under a division put: no longer the one it was in
            return False
        key, put = following[shallowest], dict(state[0]).get(shallowest)
        return key is not None and put is not None and put < key

    fits: set[tuple[int, ...]] = set()
    tried = [0]  # orders tried: many amendments of marks read two ways could take n! of them

    def search(state: State, left: tuple[int, ...], done: tuple[int, ...]) -> None:
        tried[0] += 1
        if len(fits) > 1 or tried[0] > _MOST_ORDERS:
            return
        if not left:
            if follows(state):
                fits.add(done)
            return
        for k in left:
            for after in _walk(state, amendments[k], child):
                search(after, tuple(x for x in left if x != k), (*done, k))

    search(start, tuple(range(len(steps))), ())
    if len(fits) != 1 or tried[0] > _MOST_ORDERS:  # too many to try: refused, not guessed
        numero, edit = steps[-1]
        raise _conflict(numero, edit)
    return list(fits.pop())


def restored_once(plan: list[tuple[str, Edit]], alineas: list[str]) -> list[tuple[str, Edit]]:
    """The same division restored by two amendments in the same words, named two ways (« Rétablir le 1° » and
    « Alinéa 2 … Rétablir cet alinéa », over one « 1° (Supprimé) »): each made alone on the text as it stood
    gives the same text; restored once, as identical amendments count once (p116-047)."""
    restores = [i for i, (_, e) in enumerate(plan) if e.kind == "rewrite" and e.restores and e.new]
    if len(restores) < 2:
        return plan
    made: dict[int, list[str]] = {}
    for i in restores:
        alone = Amending(alineas)
        alone.overlaps = False
        try:
            alone.apply(plan[i][1], plan[i][0])
        except (AmendingError, Before):
            continue
        made[i] = [_words(a) for a in alone.alineas()]
    dropped: set[int] = set()
    for i in made:
        twin = any(j < i and j not in dropped and plan[j][0] != plan[i][0] and made[j] == made[i] for j in made)
        if twin and made[i] != [_words(a) for a in alineas]:
            dropped.add(i)
    return [step for i, step in enumerate(plan) if i not in dropped]


def _marks_around(step: tuple[str, Edit], kind: str, alineas: list[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The keys of the marks of `kind` of the alinéas on either side of the gap where `step` puts alinéas, at its
    first alinéa's level and read one way (« 1° L'article … » after the gap: what is put there comes before a
    1°); (), (999,) where there is none."""
    lo: tuple[int, ...] = ()
    hi: tuple[int, ...] = (999,)
    gap = _alineas_gap(step[1], step[0], alineas)
    if gap is None:
        return lo, hi
    n, level = gap[1], _quote_level(step[1].new[0])
    for at in (n, n + 1):
        if not 0 <= at < len(alineas) or _quote_level(alineas[at]) != level:
            continue
        key = given_orders(alineas[at])
        if key is not None and key[0] == kind and len(key[1]) == 1:
            lo, hi = (key[1][0], hi) if at == n else (lo, key[1][0])
    return lo, hi


def _same_alineas(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Alinéas alike up to typography and capitals."""
    return len(one) == len(other) and all(_words(a) == _words(b) for a, b in zip(one, other, strict=True))


def _alineas_gap(edit: Edit, numero: str, alineas: list[str]) -> tuple[str, int] | None:
    """The gap between alinéas as they stood where an edit putting alinéas puts them (-1: before the first,
    n: after the alinéa n, from 0), found by making it alone on the text as it stood; None when it cannot be
    made alone or puts them elsewhere than between alinéas."""
    made = Amending(alineas)
    made.overlaps = False
    try:
        made.apply(edit, numero)
    except (AmendingError, Before):
        return None
    gaps = {-1} if made.head else set()
    for n, slot in enumerate(made.slots):
        if len(slot.text) != 1 or _unended(slot.text[0]) != _unended(alineas[n]):
            return None  # the alinéa before may end otherwise (« . » then « ; » before an item put)
        if fold(slot.text[0]).count('"') != fold(alineas[n]).count('"'):
            return None  # a quotation it closed goes on over what is put: the gap is inside it
        if slot.before:
            gaps.add(n - 1)
        if slot.after:
            gaps.add(n)
    return ("gap", gaps.pop()) if len(gaps) == 1 else None


def _unended(text: str) -> str:
    """An alinéa's words without the punctuation it ends with (« . », « ; », « : »), a quotation's closing too
    (« … » » then « … » ; » before an item put after it: p123-047, p123-056)."""
    return _words(text).rstrip(' .;:,"')


def _quote_level(line: str) -> int:
    """How many quotes open an alinéa (« « 1° … » quotes a text inside an amendment's quotation: 2)."""
    return sum(c in "«\"“" for c in re.match(r"[\s«\"“]*", line).group())  # type: ignore[union-attr]


def made_in_order(plan: list[tuple[str, Edit]], article: Callable[[], Amending]) -> Amending:
    """The edits made in this order on a new `article()`; an edit that changes alinéas another amendment's
    edit deleted whole (or rewrote in words that do not hold those it names) before it could only have
    been voted before that one (`apply.Before`): the sitting is made again with it moved there, the
    deletion or rewrite then overwriting its change."""
    plan = list(plan)
    moves: set[tuple[int, int]] = set()
    while True:
        made = article()
        try:
            for step, (numero, edit) in enumerate(plan):
                made.step = step
                made.apply(edit, numero)
                if step + 1 == len(plan) or plan[step + 1][0] != numero:
                    twins_left(made)  # a division put beside one of its mark, left so by the amendment
        except Before as before:
            late, early = plan[step], plan[before.step]
            if (id(late[1]), id(early[1])) in moves:  # moved before it once already: no order holds
                reason = f"amendment {early[0]} and it each change what the other deletes or rewrites"
                raise AmendingError(late[0], late[1].part, reason, "conflict") from None
            moves.add((id(late[1]), id(early[1])))
            plan.insert(before.step, plan.pop(step))
            continue
        return made


def _words(text: str) -> str:
    """Words as compared between amendments: folded, in small letters, each run of spaces one space."""
    return " ".join(fold(text).casefold().split()).strip(" \"")


def after_whose_words(amendments: list[Amendment], alineas: list[str]) -> list[Amendment]:
    """Words an amendment quotes (to change them, or as its anchor) that the article as it stood does not
    hold, found whole among the words exactly one other amendment of the sitting puts (« Après les mots :
    « l'empreinte matière » » where another inserts « et de l'empreinte matière »), are that amendment's:
    it could only be voted after it (a sub-amendment not said to be one), and it is made after it,
    whatever the order given. Found among several others' words, or none, the order stays (and the words
    are looked for as usual). Read only once an amendment's words are not found in the order given (the
    sitting is then made again in this order): the sittings whose words are all found pay nothing."""
    if len(amendments) < 2:
        return amendments
    puts = [(a, [_words(w) for e in _edits(a) for w in e.new]) for a in amendments]
    stood: str | None = None
    after: dict[str, set[str]] = {}
    for a in amendments:
        for words in {_words(w) for e in _edits(a) for w in (e.old, e.anchor)} - {""}:
            holders = [(b, news) for b, news in puts if b is not a and any(words in new for new in news)]
            if not holders:
                continue
            left = r"(?<!\w)" if words[0].isalnum() else ""
            right = r"(?!\w)" if words[-1].isalnum() else ""
            whole = re.compile(left + re.escape(words) + right)
            holders = [(b, news) for b, news in holders if any(whole.search(new) for new in news)]
            if len(holders) != 1:
                continue
            stood = fold("\n".join(alineas)) if stood is None else stood
            if words_pattern(words, re.I).search(stood) is None:
                after.setdefault(a.numero, set()).add(holders[0][0].numero)
    if not after:
        return amendments
    out = list(amendments)
    for _ in range(len(out)):  # each move puts one after those it waits for; a cycle is left as given
        index = {a.numero: i for i, a in enumerate(out)}
        late = next((a for a in out if any(index[b] > index[a.numero] for b in after.get(a.numero, ()))), None)
        if late is None:
            return out
        out.remove(late)
        index = {a.numero: i for i, a in enumerate(out)}
        out.insert(max(index[b] for b in after[late.numero]) + 1, late)
    return amendments


def _edits(amendment: Amendment) -> list[Edit]:
    """An amendment's edits, and those of each reading of an edit said several ways."""
    return [x for e in amendment.edits for x in (e, *(r for reading in e.readings for r in reading))]


def deletions_as_one(plan: list[tuple[str, Edit]], alineas: list[str]) -> list[tuple[str, Edit]]:
    """Alinéas next to each other deleted whole by several amendments of the sitting (« Alinéa 4 », then
    « Alinéas 5 à 9 » and « Alinéas 10 à 13 ») are deleted as one amendment deleting them all would: the
    checks that refuse a deletion see what the sitting deletes as a whole (an introducing alinéa goes with
    the items or the quotation the others delete), and items deleted one by one end as one deletion of
    them does (« 1° et 2° (Supprimé) »). Only deletions naming alinéas alone (no phrase, no division, no
    mark to check), only when those alinéas are one division and what it holds (`one_division`: not « 3° »
    then « II. – »), and only when no other edit of the sitting names them."""
    count = len(alineas)

    def numbers(edit: Edit) -> frozenset[int]:
        return frozenset(n if n > 0 else count + 1 + n for n in edit.place.alineas or ())

    def plain(edit: Edit) -> bool:
        return edit.kind == "delete" and bool(edit.place.alineas) and edit.place == Place(alineas=edit.place.alineas)

    deletions = [i for i, (_, e) in enumerate(plan) if plain(e)]
    if len(deletions) < 2 or any(e.place.within or e.place.path for _, e in plan):
        return plan  # places counted in a division are known only once counted
    deleted = sorted(set().union(*(numbers(plan[i][1]) for i in deletions)))
    runs: list[list[int]] = []
    for n in deleted:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    out: list[tuple[str, Edit] | None] = list(plan)
    for run in runs:
        span = frozenset(run)
        members = [i for i in deletions if numbers(plan[i][1]) & span]
        if len(members) < 2 or any(not numbers(plan[i][1]) <= span for i in members):
            continue
        if run[0] < 1 or run[-1] > count:
            continue  # an alinéa the article lacks: each deletion, applied alone, says so
        if not one_division(alineas, run[0] - 1, run[-1] - 1):
            continue
        others = [e for j, (_, e) in enumerate(plan) if j not in members]
        if any(numbers(e) & span or e.place.after is not None and e.place.after in span for e in others):
            continue  # another edit names them: the order of the sitting decides, as it stands
        numero, first = plan[members[0]]
        out[members[0]] = (numero, replace(first, place=Place(alineas=tuple(run))))
        for i in members[1:]:
            out[i] = None
    return [p for p in out if p is not None]


def phrases_as_they_stood(plan: list[tuple[str, Edit]]) -> list[tuple[str, Edit]]:
    """Phrases are counted as they stood before the sitting, as alinéas are (« deletes the second phrase »,
    then « in the third phrase »): in each alinéa, the edits that name a phrase by its number are made from
    the last phrase to the first, an insertion before or after a phrase after the other edits of it, so
    that none shifts a phrase another names; words replaced by words and a phrase (« par les mots et une
    phrase ainsi rédigés »), or words deleted across two phrases, after them too. The other edits keep
    their places."""
    out = list(plan)
    groups: dict[int, list[int]] = {}
    for i, (_, e) in enumerate(plan):
        p = e.place
        phrased = p.phrase is not None or e.kind == "append_sentence"  # a phrase added at the end too
        phrased = phrased or _shifts_phrases(e)
        if p.alineas and len(p.alineas) == 1 and phrased and not (p.within or p.path or p.each):
            groups.setdefault(p.alineas[0], []).append(i)

    def order(i: int) -> tuple[int, int, bool]:
        e = plan[i][1]
        if e.place.phrase is None and e.kind != "append_sentence":  # words that add or join phrases: last
            return (3, 0, False)
        if e.place.phrase is None:  # phrases added at the end: after every phrase named is found
            return (2, 0, False)
        if e.place.phrase < 0:  # « la dernière phrase »: the last as it stood, before any is added or taken
            return (0, e.place.phrase, False)
        return (1, -e.place.phrase, e.kind == "append_sentence")

    for indices in groups.values():
        for at, i in zip(indices, sorted(indices, key=order), strict=True):
            out[at] = plan[i]
    return out


# a phrase ends inside the words: a full stop, then a capital
_PHRASE_END = re.compile(r"[.!?][»\"”]?\s+[«\"“]?[A-ZÀ-Ý]")


def _shifts_phrases(edit: Edit) -> bool:
    """Words replaced or deleted anywhere in the alinéa (no phrase named) that add a phrase or join two."""
    if edit.kind not in ("replace_words", "delete_words") or edit.place.phrase is not None:
        return False
    return any(_PHRASE_END.search(w) for w in (edit.old, *edit.new))
