"""The rules of a sitting: quoted words are those of the text as it stood before it, as alinéa numbers
are. The words each amendment put or changed are tracked (`Slot.fresh`, `Slot.anchors`); words found
among another amendment's, or an occurrence or nearest words counted across its change, are refused as
conflicts, since which was voted first is not said. `find` and `targets` locate the words an edit
changes under these rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafting.domain.amending.article import Article, Hit
from drafting.domain.amending.edits import EVERY, AmendingError, Edit, Place
from drafting.domain.amending.search import EVERY_AT_MOST, capital_opens, hits_in, nth_occurrence, words_pattern
from drafting.domain.amending.spans import alineas_named, place_span, slots_named
from drafting.domain.amending.typography import BLANKS, fold
from drafting.domain.textdiff import diff, one_stretch

if TYPE_CHECKING:
    from drafting.domain.amending.article import Ctx, Slot


_Spans = list[tuple[int, int, str]]


def moved(spans: _Spans, old: str, new: str, once: bool) -> tuple[_Spans, list[tuple[int, int]]]:
    """The spans of `old` carried over to `new` (a span whose words went is left a point), and what
    changed in `new`: the words put, a point where words were only taken out. An edit made at one place
    changed one stretch (with the commas and capitals tidied around it): what lies between the text's
    common start and end is that stretch, found without a diff; an edit made at several places is diffed."""
    kept: list[tuple[int, int, int]] = []  # (start in old, end in old, start in new) of the words kept
    changed: list[tuple[int, int]] = []
    a = b = 0
    for segment in one_stretch(old, new) if once else diff(old, new, semantic=False):
        size = len(segment.text)
        if segment.op == "=":
            kept.append((a, a + size, b))
            a, b = a + size, b + size
        elif segment.op == "-":
            changed.append((b, b))
            a += size
        else:
            changed.append((b, b + size))
            b += size

    def at(x: int, late: bool = False) -> int:
        # a span's start where words were put right before it (`late`) stays with its words, after them
        for start, end, into in kept:
            if x < end or x == end and not late:
                return into + max(0, x - start)
        return len(new)

    return [(at(lo, lo < hi), at(hi), numero) for lo, hi, numero in spans], changed


def words_put(changed: list[tuple[int, int]], line: str, edit: Edit) -> list[tuple[int, int]]:
    """The words the edit put in `line`, from what changed there: one stretch for an edit made once
    there, and wherever the words it gives stand over a change, those words whole (« d'un délai d'un an
    et six mois » put for « d'un délai d'un an » changed the words it repeats too)."""
    if not changed:
        return []
    changed = sorted(changed)
    if edit.times == 1 and not edit.place.every:
        spans = [(changed[0][0], max(hi for _, hi in changed))]
    else:  # several places: changes within one word are one
        spans = [changed[0]]
        for lo, hi in changed[1:]:
            if not any(c in BLANKS for c in line[spans[-1][1] : lo]):
                spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
            else:
                spans.append((lo, hi))
    folded = fold(line)
    for words in edit.new:
        words = fold(words).strip(BLANKS + '"')
        if not words:
            continue
        at = folded.find(words)
        while at >= 0:  # each place the words stand (a plain search: no pattern compiled per amendment)
            end = at + len(words)
            spans = [(min(lo, at), max(hi, end)) if lo <= end and at <= hi else (lo, hi) for lo, hi in spans]
            at = folded.find(words, end)
    return spans


def _foreign(hit: Hit, numero: str, inside: bool = False) -> str:
    """The amendment (other than `numero`) that put or changed words the hit overlaps (`inside`: holds
    the hit whole among the words it put), or ""."""
    for lo, hi, other in hit.slot.fresh.get(hit.line, []):
        if other == numero:
            continue
        if inside and lo <= hit.start and hit.end <= hi and lo < hi:
            return other
        if not inside and (hit.start < hi and lo < hit.end if lo < hi else hit.start < lo < hit.end):
            return other
    return ""


def check_fresh(article: Article, hits: list[Hit], ctx: Ctx) -> list[Hit]:
    """Quoted words are those of the text as it stood before the sitting: words its alinéa held then, now
    found only among words another amendment of the sitting put or changed (« d'un délai d'un an » inside
    « d'un délai d'un an et six mois » put for them), were changed by that amendment: which of the two was
    voted on which text is not said. So are words found across the edge of what another amendment changed
    (words of the text as it stood joined to its words, or brought together by its deletion). Words the
    alinéa never held, found whole among the words another amendment put, can only be that amendment's
    (a sub-amendment not said to be one): they are changed there, in the order given."""
    for hit in hits:
        other = _foreign(hit, ctx.numero)
        if not other:
            continue
        found = hit.slot.text[hit.line][hit.start : hit.end]
        index = article.slots.index(hit.slot)
        first = "which was voted first is not said"
        if fold(found).strip().casefold() in fold(article.original[index]).casefold():
            reason = f"« {found.strip()} » stood in the alinéa, and amendment {other} changed those words; {first}"
            raise ctx.fail(reason, "conflict")
        if not _foreign(hit, ctx.numero, inside=True):
            raise ctx.fail(f"« {found.strip()} » runs across words amendment {other} changed; {first}", "conflict")
    return hits


def find(article: Article, place: Place, words: str, ctx: Ctx, times: int = 1, occurrence: int = 0) -> list[Hit]:
    """Where `words` occur in the place: exactly `times` times in each named alinéa (once in the whole
    article when none is named), at its start or end when the place says so. Words are matched as
    written, or whatever their capitals in an alinéa where so they are not found at all (« le » quoted for the « Le »
    opening an alinéa). A named occurrence is counted as drafters count, capitals aside, and also with
    a comma or full stop ending the quote left out (the second « Alsace, » of a text that has one
    « Alsace » without it, one with): when these countings name different places, it is refused."""
    if not fold(words).strip():
        raise ctx.fail("the quoted words are empty", "not_understood")
    where = "the article" if place.alineas is None else alineas_named(place.alineas)
    if place.phrase is not None:
        where = f"phrase {place.phrase} of {where}"
    exact = hits_in(article, place, words_pattern(words), ctx)
    if times == EVERY:  # « dans l'ensemble de l'article »: wherever they are, whatever their capitals
        written = {(id(h.slot), h.line, h.start) for hits in exact for h in hits}
        every = [
            hit
            for hits in hits_in(article, place, words_pattern(words, re.I), ctx)
            for hit in hits
            if (id(hit.slot), hit.line, hit.start) in written or capital_opens(hit, words)
        ]
        if not every:
            raise ctx.fail(f"« {words} » is not found in {where}", "not_found")
        if len(every) > EVERY_AT_MOST:  # each change rewrites its alinéa: bounded, the work stays small
            raise ctx.fail(f"« {words} » occurs {len(every)} times in {where}; at most {EVERY_AT_MOST} are changed")
        return check_fresh(article, every, ctx)
    if occurrence:
        mapped = _occurrence_as_it_stood(article, place, words, occurrence, exact, ctx)
        if mapped is not None:
            return check_fresh(article, mapped, ctx)
        hits = nth_occurrence(article, place, words, ctx, occurrence, exact, where)
        _counted_past_others(article, place, words, hits, occurrence, exact, ctx)
        return check_fresh(article, hits, ctx)
    groups = exact
    if not all(exact):  # in an alinéa where they are not found as written: whatever the capital opening
        # a sentence (« le » quoted for the « Le » opening an alinéa), not one a word carries (« État »)
        anycase = hits_in(article, place, words_pattern(words, re.I), ctx)
        loose = [[h for h in hits if capital_opens(h, words)] for hits in anycase]
        groups = [hits or other for hits, other in zip(exact, loose, strict=True)]
    if times > 1 and len(groups) > 1 and all(groups) and sum(map(len, groups)) == times:
        # « Alinéas 2 et 4 / Après les mots : X, insérer (deux fois) … », « aux alinéas 3, 4, 7 et 13 (cinq
        # fois) »: the times counted over the alinéas named, each having some
        return [hit for hits in groups for hit in hits]
    groups = [_as_it_stood(article, hits, times, ctx.numero) for hits in groups]
    chosen: list[Hit] = []
    for hits in groups:
        if not hits and times == 1 and place.end and place.after is None:  # « À la fin de cet article, … »
            side = "at the start of" if place.end == "début" else "at the end of"
            raise ctx.fail(f"« {words} » is not found {side} {where}", "not_found")
        if len(hits) != times:
            code = "not_found" if not hits else "ambiguous"
            said = "is not found" if not hits else f"occurs {len(hits)} times"
            raise ctx.fail(f"« {words} » {said} in {where}" + (f" (expected {times})" if times > 1 else ""), code)
        chosen += hits
    _counted_as_it_stood(article, place, words, times, ctx, where)
    return check_fresh(article, chosen, ctx)


def _changed_by_others(slots: list[Slot], numero: str) -> str:
    """An amendment of the sitting other than `numero` that put or changed words of these alinéas, or ""."""
    for slot in slots:
        for spans in slot.fresh.values():
            for _, _, other in spans:
                if other != numero:
                    return other
    return ""


def _counted_past_others(
    article: Article, place: Place, words: str, hits: list[Hit], n: int, exact: list[list[Hit]], ctx: Ctx
) -> None:
    """An occurrence is counted in the text as it stood before the sitting: where another amendment of the
    sitting changed some of the words' occurrences, or put new ones (they are not found as often as then, or
    some are among its words), one counted now across its change (before it, or after it for one counted
    from the end: « la dernière occurrence ») may not be the one the amendment named (the first changed,
    the second is now the first). Which was voted on which text is not said: refused."""
    try:
        slots = slots_named(article, place, ctx)
    except AmendingError:
        return
    if not _changed_by_others(slots, ctx.numero):
        return
    stood = _stood(article, place, words, ctx)
    if stood is None or len(stood) != len(exact):
        return
    for found, then in zip(exact, stood, strict=True):
        if len(found) == len(then) and not any(_foreign(h, ctx.numero) for h in found):
            continue  # as many as then, none among another's words: counted as then
        for hit in hits:
            if hit not in found:
                continue
            group = slots if place.alineas is None or place.whole else [hit.slot]
            at = next(k for k, slot in enumerate(group) if slot is hit.slot)
            for k, slot in enumerate(group):
                for line, spans in slot.fresh.items():
                    for lo, hi, other in spans:
                        before = (k, line, lo) < (at, hit.line, hit.start)
                        after = (k, line, hi) > (at, hit.line, hit.end)
                        if other != ctx.numero and (before if n > 0 else after):
                            first = "which was voted first is not said"
                            reason = f"it counts the occurrences across words amendment {other} changed; {first}"
                            raise ctx.fail(reason, "conflict")


def _occurrence_as_it_stood(
    article: Article, place: Place, words: str, n: int, exact: list[list[Hit]], ctx: Ctx
) -> list[Hit] | None:
    """A numbered occurrence (« la seconde occurrence », « la dernière ») is counted in the alinéa as it
    stood before the sitting, as alinéa numbers are: where another amendment of the sitting changed these
    alinéas, the occurrence so counted is found in the text as it is now through the diff of each alinéa as
    it stood and as it is. Still there untouched, it is the one meant (the first changed by another, « la
    seconde » is still the second as it stood); changed or taken out by another, which was voted on which
    text is not said: refused (`conflict`). None when the count is not so read (no other amendment changed
    these alinéas, capitals or a closing stop counting differently, an alinéa made several lines): the
    count is then made on the text as it is."""
    try:
        slots = slots_named(article, place, ctx)
    except AmendingError:
        return None
    other = _changed_by_others(slots, ctx.numero)
    if not other or n < -1 or re.search(r"[,.;]\s*$", words):
        return None
    before = Article(article.original, instructions=article.instructions)
    try:
        stood = hits_in(before, place, words_pattern(words), ctx)
        anycase = hits_in(before, place, words_pattern(words, re.I), ctx)
    except AmendingError:
        return None
    if len(stood) != len(exact) or stood != anycase:
        return None
    chosen: list[Hit] = []
    for then, now in zip(stood, exact, strict=True):
        if not -len(then) <= n - (n > 0) < len(then):
            return None
        named = then[n - 1 if n > 0 else n]
        index = before.slots.index(named.slot)
        slot = article.slots[index]
        if named.line != 0 or len(slot.text) != 1:
            return None
        at = _kept_at(article.original[index], slot.text[0], named.start, named.end)
        if at is None:
            first = "which was voted first is not said"
            reason = f"it counts the occurrences across words amendment {other} changed; {first}"
            raise ctx.fail(reason, "conflict")
        hit = next((h for h in now if h.slot is slot and h.start == at and h.end == at + named.end - named.start), None)
        if hit is None:
            return None
        chosen.append(hit)
    return chosen


def _stood(article: Article, place: Place, words: str, ctx: Ctx) -> list[list[Hit]] | None:
    """The occurrences of `words` in the place as the text stood before the sitting (grouped as `hits_in`)."""
    try:
        return hits_in(Article(article.original, instructions=article.instructions), place, words_pattern(words), ctx)
    except AmendingError:
        return None


def _counted_as_it_stood(article: Article, place: Place, words: str, times: int, ctx: Ctx, where: str) -> None:
    """Quoted words are counted in the text as it stood before the sitting, the occurrences another
    amendment of the sitting changed (or deleted) still counting: words found there more often than said
    (« certificats d'économies d'énergie » twice, another amendment having changed the first) were
    ambiguous as the amendment was written, and stay so, whatever is left of them now."""
    try:
        other = _changed_by_others(slots_named(article, place, ctx), ctx.numero)
    except AmendingError:
        return
    if not other:
        return
    stood = _stood(article, place, words, ctx)
    for hits in stood or []:
        if len(hits) > times:
            reason = f"« {words} » occurs {len(hits)} times in {where} as it stood, before amendment {other} changed it"
            raise ctx.fail(reason, "conflict")


def _as_it_stood(article: Article, hits: list[Hit], times: int, numero: str) -> list[Hit]:
    """Quoted words name the text as it stood before the sitting, as alinéa numbers do: found more
    often than said only because words put by this sitting's changes hold them (« Après la référence :
    « 2° » » once « mentionnées aux 2° à 4° » was inserted), the others are meant. Otherwise the hits
    are left as found (and refused as ambiguous)."""
    if len(hits) <= times:
        return hits
    kept = []
    for hit in hits:
        if _foreign(hit, numero):  # among words another amendment put or changed (`check_fresh`)
            continue
        line = hit.slot.text[hit.line]
        index = article.slots.index(hit.slot)
        original = article.original[index] if hit.line == 0 and len(hit.slot.text) == 1 else None
        if original is None or original == line:
            kept.append(hit)
            continue
        put, at = [], 0  # the spans of `line` the changes put there, from the diff of the alinéa as it stood
        for segment in diff(original, line, semantic=False):
            if segment.op == "+":
                put.append((at, at + len(segment.text)))
            if segment.op != "-":
                at += len(segment.text)
        if not any(lo < hit.end and hit.start < hi for lo, hi in put):
            kept.append(hit)
    return kept if len(kept) == times else hits


def targets(article: Article, edit: Edit, ctx: Ctx) -> list[Hit]:
    """The words an edit replaces or deletes: where the place says, or, next to an anchor (« après le
    mot : X, substituer au mot : Y »), the nearest after it (before it, for « avant ») in its alinéa. The
    anchor may occur several times when only one of its occurrences has the words next after it."""
    if not edit.anchor:
        return find(article, edit.place, edit.old, ctx, edit.times, edit.occurrence)
    side = "before" if edit.place.before else "after"
    hits: list[Hit] = []
    for found, used in _near_anchors(article, edit, ctx):
        if len(found) != 1:
            said = "is not found" if not found else f"is found {len(found)} times"
            reason = f"« {edit.old} » {said} {side} « {edit.anchor} »"
            raise ctx.fail(reason, "not_found" if not found else "ambiguous")
        hits += found
        ctx.anchors += used
    try:
        other = _changed_by_others(slots_named(article, edit.place, ctx), ctx.numero)
    except AmendingError:
        other = ""
    if other:  # counted as the text stood before the sitting: found next to several anchors then, ambiguous
        before = Article(article.original, instructions=article.instructions)
        stood = _near_anchors(before, edit, ctx)
        for found, _ in stood:
            if len(found) > 1:
                reason = (
                    f"« {edit.old} » is found {len(found)} times {side} « {edit.anchor} » as the alinéa stood,"
                    f" before amendment {other} changed it"
                )
                raise ctx.fail(reason, "conflict")
        hits = _near_as_it_stood(article, before, [h for found, _ in stood for h in found], other, ctx) or hits
    return check_fresh(article, hits, ctx)


def _near_as_it_stood(article: Article, before: Article, stood: list[Hit], other: str, ctx: Ctx) -> list[Hit]:
    """The words next to an anchor (« après le mot : X, substituer au mot : Y ») are the nearest as the alinéa
    stood before the sitting, as a numbered occurrence is counted (`_occurrence_as_it_stood`): found so in
    the alinéa as it is now through the diff, untouched, they are the ones meant; changed or taken out by
    another amendment of the sitting (the nearest now being a farther one), which was voted on which text is
    not said: refused (`conflict`). Empty when not so read (nothing found as it stood, an alinéa made
    several lines): the words nearest now are taken."""
    out: list[Hit] = []
    for named in stood:
        index = before.slots.index(named.slot)
        slot = article.slots[index]
        if named.line != 0 or len(slot.text) != 1:
            return []
        at = _kept_at(article.original[index], slot.text[0], named.start, named.end)
        if at is None:
            found = article.original[index][named.start : named.end].strip()
            first = "which was voted first is not said"
            stood_near = "next to its anchor as the alinéa stood"
            reason = f"« {found} » {stood_near} is among the words amendment {other} changed; {first}"
            raise ctx.fail(reason, "conflict")
        out.append(Hit(slot, 0, at, at + named.end - named.start))
    return out


def _kept_at(stood: str, now: str, start: int, end: int) -> int | None:
    """Where the words at `start:end` of an alinéa as it stood are in it as it is now, kept whole (the diff of
    the two); None when they were changed or taken out."""
    a = b = 0
    for segment in diff(stood, now, semantic=False):
        size = len(segment.text)
        if segment.op == "=" and a <= start and end <= a + size:
            return b + start - a
        a += size if segment.op != "+" else 0
        b += size if segment.op != "-" else 0
    return None


def _near_anchors(article: Article, edit: Edit, ctx: Ctx) -> list[tuple[list[Hit], list[Hit]]]:
    """For each group of alinéas named, the words an edit replaces next to its anchor (the nearest after
    it, before it for « avant »), each once, and the anchors they were found next to."""
    out = []
    for anchors in hits_in(article, edit.place, words_pattern(edit.anchor), ctx):
        found: dict[tuple[int, int, int, int], Hit] = {}
        used: list[Hit] = []
        for anchor in anchors:
            line = fold(anchor.slot.text[anchor.line])
            lo, hi = place_span(anchor.slot.text[anchor.line], edit.place, ctx)
            if edit.place.before:
                near = list(words_pattern(edit.old).finditer(line, lo, anchor.start))[-1:]
            else:
                near = list(words_pattern(edit.old).finditer(line, anchor.end, hi))[:1]
            for m in near:
                found[(id(anchor.slot), anchor.line, m.start(), m.end())] = Hit(
                    anchor.slot, anchor.line, m.start(), m.end()
                )
                used.append(anchor)
        out.append((list(found.values()), used))
    return out


def check_anchors(hits: list[Hit], ctx: Ctx) -> None:
    """Words deleted or replaced that hold words another amendment of the sitting is anchored on (« Après le
    mot : « aléatoire », insérer … » then « Supprimer les mots : « , sélectionnées de façon aléatoire » »):
    voted on the text as it stood, that amendment's words are left after nothing it said; voted after it,
    that amendment falls (its words not found). Which was voted first is not said: refused."""
    for hit in hits:
        for lo, hi, other in hit.slot.anchors.get(hit.line, []):
            if other != ctx.numero and hit.start < hi and lo < hit.end:
                found = hit.slot.text[hit.line][hit.start : hit.end].strip()
                first = "which was voted first is not said"
                reason = f"« {found} » holds the words amendment {other} is anchored on; {first}"
                raise ctx.fail(reason, "conflict")
