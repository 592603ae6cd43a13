"""Amendments written as instructions in legal French: read them, then apply them to an article.

    parse(numero, text) -> Amendment        the located edits (grammar.py, from lexer.py's sentences:
                                            each instruction a form of forms.py, its place read by
                                            locations.py)
    apply(article_text, amendments) -> str  the article as amended (apply.py's `Amending`, which sends
                                            each edit to words.py, phrases.py, alineas.py or insertion.py)

Both refuse rather than guess: an `AmendingError` names the amendment, the sentence and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from itertools import product

from drafting.domain.amending.apply import Amending, Before
from drafting.domain.amending.codes import same_code, sole_code
from drafting.domain.amending.divisions import one_division
from drafting.domain.amending.edits import EVERY, AmendingError, Amendment, Edit, Place
from drafting.domain.amending.grammar import in_enumeration_of_infinitives, parse_amendment
from drafting.domain.amending.insertion import twins_left
from drafting.domain.amending.marks import given_orders
from drafting.domain.amending.markup import clean
from drafting.domain.amending.quotes import quote_end
from drafting.domain.amending.search import occurrences, words_pattern
from drafting.domain.amending.typography import BLANKS, fold, in_straight_quotes, normal, straight_inner_quotes
from drafting.domain.tree import split_alineas

__all__ = ["AmendingError", "Amendment", "Edit", "Place", "apply", "occurrences", "parse"]


def parse(numero: str, text: str, intro: str = "") -> Amendment:
    """The amendment's edits; « de l'article L. 1 du même code » read of the code the amendment named last in
    a part before, or, none named, of the one the article's introduction `intro` states (`same_code`); its
    source kept as written."""
    edits, parent = parse_amendment(numero, same_code(text, intro))
    return Amendment(numero, tuple(edits), parent, text)


def _intro(article_text: str) -> str:
    """The article's introduction: its first alinéa, when it opens with no division's mark nor a quotation;
    otherwise the first of its own alinéas stating a code, when they all state that one alone (« I. – Le
    code des transports est ainsi modifié : », no other code said outside its quotations: `sole_code`)."""
    alineas = list(split_alineas(article_text.replace("\n\n", "\n")))
    first = next(iter(alineas), "")
    if re.match(r"[\s«\"“]*(?:[IVXLC]+\s*\.|\d+°|[a-z]\)|art(?:icle)?\.?\s)", first, re.I):
        return sole_code(alineas)
    return first


# An article that stands deleted: nothing, « (Supprimé) », « (Article supprimé par la commission) », the joint
# committee's « (Suppression maintenue) » (its deletion kept), « (Suppression conforme) » (deleted by both chambers)
_STANDS_DELETED = re.compile(
    r"^[\s«»\"“”]*(?:\(\s*(?:(?:article\s+)?supprimée?s?\b[^()]*|suppression\s+(?:maintenue|conforme)\s*)\)[\s«»\"“”.]*)?$",
    re.IGNORECASE,
)


def _bare(numero: str) -> str:
    """An amendment's number without its rectification (« COM-7 rect. », « 89 rectifié bis »), in small letters."""
    return re.sub(r"\s+(?:rect(?:ifié)?\.?)(?:\s+(?:bis|ter|quater))?$", "", numero.strip(), flags=re.I).casefold()


def apply(article_text: str, amendments: Sequence[tuple[str, str]]) -> str:
    """The article (alinéas one a line, or separated by blank lines) with every amendment applied,
    alinéas separated by a blank line; "" when the article is deleted.

    Order: sub-amendments are applied to their amendment first; identical amendments (tabled by several
    groups, voted together) count once; the others follow the order of the first alinéa they touch, one
    quoting words that only another amendment's words hold (not found before it) coming after that one
    (`_after_whose_words`); an edit changing an alinéa another deletes whole, or rewrites in words that do not
    hold those it names, after it, is made before it: it could only have been voted first (`_made_in_order`).
    An amendment that rewrites or deletes the whole article supersedes the others (once it is adopted
    they fall), so the last such one in the given order decides the article; when one deletes it and
    another rewrites it, which came last is not known and it is refused, unless the rewrite restores it
    (« Rétablir cet article dans la rédaction suivante »), which is said of a deleted article: it comes
    after the deletion, and decides."""
    intro = _intro(article_text)
    parsed = [parse(numero, text, intro) for numero, text in amendments]
    by_number = {a.numero: a for a in parsed}
    # « l'amendement n° COM-7 » read in any case, « rect. » or not (« COM-7 rect. » in the list)
    named = {_bare(a.numero): a for a in parsed}
    seen_subs: set[str] = set()
    # each amendment sub-amended, its alinéas numbered as it was tabled: the edits of its sub-amendments
    plans: dict[str, tuple[Amendment, list[tuple[str, Edit]]]] = {}
    for sub in (a for a in parsed if a.parent is not None):
        same = f"{sub.parent}\x00" + "\x00".join(_key(e) for e in sub.edits)
        if same in seen_subs:  # identical sub-amendments (tabled by several groups) count once
            continue
        seen_subs.add(same)
        parent = named.get(_bare(sub.parent or ""))
        if parent is None:
            missing = f"it amends amendment {sub.parent}, which is not among them"
            raise AmendingError(sub.numero, "", missing, "conflict")
        plans.setdefault(parent.numero, (parent, []))[1].extend((sub.numero, edit) for edit in sub.edits)
    for numero, (parent, plan) in plans.items():
        text = _made_in_order(plan, partial(Amending, clean(parent.source), instructions=True))
        by_number[numero] = parse(numero, "\n".join(text.alineas()))
    main: list[Amendment] = []
    seen: set[str] = set()
    for a in parsed:
        # identical up to typography and capitals: tabled by several groups, typed apart
        edits = "\x00".join(_key(e) for e in by_number[a.numero].edits)
        if a.parent is None and edits not in seen:
            seen.add(edits)
            main.append(by_number[a.numero])
    whole = [a for a in main if _whole(a)]
    if any(_restores(a) for a in whole):
        # « Rétablir cet article » is said of a deleted article (or one deleted at this sitting): it comes
        # after the deletion. Amendments of parts of it may then have been adopted on the text it restores,
        # or before it, on a text that was not there: that is not said
        others = [a.numero for a in main if not _whole(a)]
        if others:
            reason = f"it restores the article; whether amendments {', '.join(others)} apply to that text is not said"
            raise AmendingError([a for a in whole if _restores(a)][-1].numero, "", reason, "conflict")
        if any(_deletes(a) for a in whole):
            whole = [a for a in whole if _restores(a)][-1:]
    numbered = [a for a in main if any(e.by_number for e in a.edits)]
    if numbered and not _STANDS_DELETED.match(article_text):
        # « Rétablir un article 5 dans la rédaction suivante » is filed on the article deleted (« (Supprimé) »):
        # on one that stands, the text it was filed on is not this one
        edit = next(e for e in numbered[-1].edits if e.by_number)
        reason = "it restores an article by its number, and this article is not deleted"
        raise AmendingError(numbered[-1].numero, edit.part, reason, "not_applicable")
    kinds = {e.kind for a in whole for e in a.edits if _article(e) and e.kind in ("rewrite", "delete")}
    if len(kinds) > 1:  # one deletes the article, another rewrites it: which was adopted last is not said
        numbers = ", ".join(a.numero for a in whole)
        raise AmendingError(
            whole[-1].numero, "", f"amendments {numbers} both delete and rewrite the article", "conflict"
        )
    alineas = list(split_alineas(article_text.replace("\n\n", "\n")))
    if whole:
        _check_fallen([a for a in main if a is not whole[-1]], len(alineas))
        main = [whole[-1]]
    _check_same_anchor(main)
    ordered = sorted(main, key=_order)
    ordered = _check_same_gap(ordered, alineas)
    try:
        return _sitting(ordered, alineas)
    except AmendingError as exc:
        # words not found: those only another amendment's words hold are looked for after it (made first)
        later = _after_whose_words(ordered, alineas) if exc.code == "not_found" else ordered
        if [a.numero for a in later] == [a.numero for a in ordered]:
            raise
    return _sitting(later, alineas)


def _sitting(amendments: list[Amendment], alineas: list[str]) -> str:
    """The amendments' edits made in this order (deletions next to each other as one, phrases as they
    stood), the article's text after them."""
    # which alinéas each amendment deletes or rewrites, or changes, is kept only when one may do the first
    overlaps = len(amendments) > 1 and any(e.kind in ("rewrite", "delete") for a in amendments for e in a.edits)
    plan = [(amendment.numero, edit) for amendment in amendments for edit in amendment.edits]
    plan = _phrases_as_they_stood(_deletions_as_one(plan, alineas))
    plan = _marks_in_order(plan, alineas)

    def article() -> Amending:
        made = Amending(alineas)
        made.overlaps = overlaps
        return made

    made = _made_in_order(plan, article).alineas()
    if in_straight_quotes(alineas):  # every guillemet there was put: those inside alinéas put written straight
        written: list[str] = []
        for line in made:  # put amid a quotation written straight, the alinéa before leaving it open: its quote
            amid = bool(written) and written[-1][:1] == '"' and not quote_end(written[-1])
            written.append(straight_inner_quotes(line, amid))
        made = written
    _listed_in_article(amendments, made)
    return "\n\n".join(made)


def _listed_in_article(amendments: list[Amendment], made: list[str]) -> None:
    """Items given that read as instructions (« 2° Supprimer le II de l'article L. 781-1 ; ») whose list opens
    in the article (`Edit.listed`) are law text where, once put, that list's opening alinéa is an enumeration of
    infinitives (« … les mesures … visant à : », « … ayant pour objet : », or an item of one ending « : »,
    `in_enumeration_of_infinitives`); under « … est ainsi modifié : », or no list's opening, they are
    instructions: refused."""
    if not any(edit.listed for amendment in amendments for edit in amendment.edits):
        return  # most sittings: no alinéa of the article compared
    keys = [_bare_words(line) for line in made]
    for amendment in amendments:
        for edit in amendment.edits:
            for given in edit.listed:
                at = [i for i, key in enumerate(keys) if key == _bare_words(given)]
                if not at or not all(in_enumeration_of_infinitives(made, i) for i in at):
                    reason = "its text is an instruction of its own (« supprimer les mots : … »), not words of the law: what it puts is not said"  # noqa: E501
                    raise AmendingError(amendment.numero, edit.part, reason)


def _bare_words(text: str) -> str:
    """An alinéa's words as compared once put: no quotes, folded, without spaces, in small letters."""
    return normal(re.sub(r"[«»\"“”]", "", text)).casefold()


def _marks_in_order(plan: list[tuple[str, Edit]], alineas: list[str]) -> list[tuple[str, Edit]]:
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
        keys = [given_orders(plan[i][1].new[0]) for i in indices]
        kinds = {k[0] for k in keys if k is not None}
        if len(kinds) != 1:
            continue
        kind = kinds.pop()
        marked = [n for n in range(len(indices)) if keys[n] is not None]
        if sum(len(keys[n][1]) > 1 for n in marked) > 8:  # type: ignore[index]
            # more than 8 marks read two ways at one gap: 2^9 readings and more, none a real sitting's
            numero, edit = plan[indices[-1]]
            reason = "it puts alinéas at the same place as other amendments, their marks in no order a vote gives"
            raise AmendingError(numero, edit.part, reason, "conflict")
        # every reading of the marks (« 1° A Mayotte … » a 1° A or a 1°, `marks.given_orders`): those leaving no
        # mark twice nor out of order with the alinéas around the gap are the ones that may be meant
        combos = [dict(zip(marked, c, strict=True)) for c in product(*(keys[n][1] for n in marked))]  # type: ignore[index]
        lo, hi = _marks_around(plan[indices[0]], kind, alineas)
        fit = [c for c in combos if all(lo < k < hi for k in c.values()) and len(set(c.values())) == len(c)]
        fit = fit or combos

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
            reason = "it puts alinéas at the same place as other amendments, their marks in no order a vote gives"
            raise AmendingError(numero, edit.part, reason, "conflict")
        for at, n in zip(indices, order, strict=True):
            out[at] = plan[indices[n]]
    return [step for i, step in enumerate(out) if i not in dropped]


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
        if slot.text != [alineas[n]]:
            return None
        if slot.before:
            gaps.add(n - 1)
        if slot.after:
            gaps.add(n)
    return ("gap", gaps.pop()) if len(gaps) == 1 else None


def _quote_level(line: str) -> int:
    """How many quotes open an alinéa (« « 1° … » quotes a text inside an amendment's quotation: 2)."""
    return sum(c in "«\"“" for c in re.match(r"[\s«\"“]*", line).group())  # type: ignore[union-attr]


def _made_in_order(plan: list[tuple[str, Edit]], article: Callable[[], Amending]) -> Amending:
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


def _after_whose_words(amendments: list[Amendment], alineas: list[str]) -> list[Amendment]:
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


def _deletions_as_one(plan: list[tuple[str, Edit]], alineas: list[str]) -> list[tuple[str, Edit]]:
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


def _check_fallen(fallen: list[Amendment], count: int) -> None:
    """Amendments that fall once the article is rewritten whole must at least name alinéas it has: one naming
    an alinéa beyond its last (« Au neuvième alinéa » of an article of one) counts those of the amendment
    that rewrites it, a sub-amendment not said to be one, whose change that text then takes; it is refused."""
    for amendment in fallen:
        for edit in amendment.edits:
            beyond = [n for n in (*(edit.place.alineas or ()), edit.place.after or 0) if n > count]
            if beyond:
                n = beyond[0]
                reason = f"it names alinéa {n} of an article of {count}: it may amend the amendment rewriting it"
                raise AmendingError(amendment.numero, edit.part, reason, "conflict")


def _phrases_as_they_stood(plan: list[tuple[str, Edit]]) -> list[tuple[str, Edit]]:
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


def _check_same_anchor(amendments: list[Amendment]) -> None:
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


def _check_same_gap(amendments: list[Amendment], alineas: list[str]) -> list[Amendment]:
    """Two amendments putting other words at one place of an alinéa as it stood, named otherwise: its end
    (« Compléter l'alinéa 8 par les mots ») and after its last word (« après le mot : « régions » »), its start
    (« Au début de l'alinéa ») and before its first word, after a word and before the next: which was voted
    first, and whether the second's words go before or after the first's, is not said (p108-027). Each such
    edit is made alone on the text as it stood, the place its words went found by comparing the alinéa
    before and after (`_gap`); places with nothing but spaces between are one. The same words put at one
    place so named by two amendments are put once, as identical amendments count once (p112-037): the
    amendments are returned without the second's edit (without the second when it had no other)."""
    inserts = [
        (a.numero, e)
        for a in amendments
        for e in a.edits
        if e.kind == "insert_words" and e.times == 1 and not e.place.every and not e.readings
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
        for lo, hi, other, others_words, _ in gaps.get(n, []):
            if other == numero:
                continue
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


def _key(edit: Edit) -> str:
    """An edit up to typography and capitals."""
    words = (edit.old, edit.anchor, *edit.new)
    # quoted or given bare (HTML « », Senate Markdown): the same words
    bare = replace(edit, old="", anchor="", new=(), part="", quoted=True)
    return repr(bare) + "\x00".join(normal(w.strip('«»"“” ')).casefold() for w in words)


def _article(edit: Edit) -> bool:
    """Whether the edit's place is the whole article (not a division « le IV », nor a text it quotes)."""
    p = edit.place
    return p.alineas is None and p.after is None and not (p.path or p.within or p.every or p.elsewhere)


def _whole(amendment: Amendment) -> bool:
    return any(_article(e) and e.kind in ("rewrite", "delete") for e in amendment.edits)


def _restores(amendment: Amendment) -> bool:
    return any(_article(e) and e.kind == "rewrite" and e.restores for e in amendment.edits)


def _deletes(amendment: Amendment) -> bool:
    return any(_article(e) and e.kind == "delete" for e in amendment.edits)


def _order(amendment: Amendment) -> int:
    touched = [n for e in amendment.edits for n in (e.place.alineas or ()) if n > 0]
    touched += [e.place.after for e in amendment.edits if e.place.after is not None and e.place.after >= 0]
    return min(touched, default=10**6)
