"""Apply located edits to an article's alinéas.

Alinéa N is the N-th alinéa of the text before the sitting, whatever was inserted or deleted before it:
each keeps a slot, with the alinéas inserted before and after it, so numbers never shift. Words are
found with typography folded (« » and ", ’ and ', no-break spaces) and must be found exactly where the
instruction says, once (or as many times as it says): otherwise the edit is refused.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from itertools import takewhile
from typing import TYPE_CHECKING

from drafting.domain.amending.article import HEADING, Article, Ctx, Hit, line_before
from drafting.domain.amending.divisions import (
    ARTICLE_HEADING,
    DIVISION_MARKS,
    MARKS,
    ROMAN_MARK,
    follows,
    heads_of,
    mark_for,
    mark_kind,
    mark_levels,
)
from drafting.domain.amending.edits import LAST, AmendingError, Edit
from drafting.domain.amending.items import all_refs, end_item, end_quotation_item, ended_with_stop, item_follows
from drafting.domain.amending.lexer import INTRODUCES, OPEN, quote_depth
from drafting.domain.amending.phrases import append_sentence, delete_end, replace_end, rewrite_start
from drafting.domain.amending.places import counted_in
from drafting.domain.amending.quotations import (
    AMENDS,
    check_unclosed,
    closes_amid,
    closes_unopened,
    closing_lost,
    dropped_amendment_close,
    goes_on,
    inside_quote,
    kept_number_ending,
    quoted_run,
    requote,
    stop_after,
)
from drafting.domain.amending.quotes import CLOSING, opened, quote_end, quotes_left
from drafting.domain.amending.seams import splice
from drafting.domain.amending.sitting import moved, words_put
from drafting.domain.amending.spans import (
    frame,
    one_alinea,
    own_start,
    place_span,
    slot_index,
    slots_named,
    unmatched_closing,
    within_quotes,
)
from drafting.domain.amending.tombstones import DELETED_STONE, NOTED_DELETED, TOMBSTONE_MARKS, UNCHANGED, tombstones
from drafting.domain.amending.typography import BLANKS, fold
from drafting.domain.amending.words import delete_words, insert_words, replace_words

if TYPE_CHECKING:
    from drafting.domain.amending.article import Slot


class Amending(Article):
    """An article under the edits of a sitting: each edit made by its kind (`_APPLY`), the words each
    amendment put tracked (`_made`); an edit said two ways made both ways and the readings compared."""

    def apply(self, edit: Edit, numero: str) -> None:
        if self.deleted:
            raise AmendingError(numero, edit.part, "the article was deleted by an earlier amendment", "conflict")
        ctx = Ctx(numero, edit.part)
        if edit.readings:
            self._readings(edit, ctx)
            return
        if edit.place.sole and len(self.original) != 1:  # « Seconde phrase », no alinéa named: there is one
            reason = f"it names a phrase but not the alinéa it is in, and the article has {len(self.original)} alinéas"
            raise ctx.fail(reason, "not_understood")
        if edit.place.within or edit.place.path:
            edit = replace(edit, place=counted_in(self, edit, ctx))
        named = edit.place.alineas or ()
        words = edit.kind not in ("rewrite", "delete", "insert_alineas") or edit.place.phrase is not None
        if words and len(named) == 1:  # one alinéa named (in several, the words are looked for in the others)
            for n in named:
                i = n - 1 if n > 0 else len(self.original) + n
                if 0 <= i < len(self.original) and UNCHANGED.match(fold(self.original[i])):
                    # a Senate comparative text: « (Non modifié) » stands for words this text does not give
                    reason = f"alinéa {n} reads « {self.original[i].strip()} » here: its words are not in this text"
                    raise ctx.fail(reason, "not_applicable")
        if edit.place.either is not None:
            self._either(edit, ctx)
            return
        _made(self, edit, ctx)

    def _readings(self, edit: Edit, ctx: Ctx) -> None:
        """« Aux alinéas 2 et 3, substituer respectivement aux dates : A et B les dates : C et D »: each pair
        in each alinéa named, as without « respectivement »; failing that, pair k in alinéa k, or each pair
        once in the alinéas named together: those of these that hold must give the same text."""
        first = edit.readings[0]
        held: list[tuple[list[str], Article]] = []
        error: AmendingError | None = None
        for reading in edit.readings:
            state = copy.deepcopy(self)
            try:
                for e in reading:
                    state.apply(e, ctx.numero)
                held.append((state.alineas(), state))
            except AmendingError as exc:
                error = error or exc
                continue
            if reading is first:
                break
        if not held:
            assert error is not None
            raise error
        if any(text != held[0][0] for text, _ in held):
            reason = "which alinéa each pair of words is in is not said, and the readings give different texts"
            raise ctx.fail(reason, "ambiguous")
        self.__dict__.update(held[0][1].__dict__)

    def _either(self, edit: Edit, ctx: Ctx) -> None:
        """« Alinéas 1 et 2, première phrase »: alinéa 1 read whole, or at its first phrase. When both
        readings give the same text (or both are refused) the text meant is said; otherwise refused."""
        texts: list[list[str] | None] = []
        states: list[Article] = []
        errors: list[AmendingError] = []
        for phrase in (None, edit.place.either):
            state = copy.deepcopy(self)
            try:
                _made(state, replace(edit, place=replace(edit.place, phrase=phrase, either=None)), ctx)
                texts.append(state.alineas())
            except AmendingError as exc:
                errors.append(exc)
                texts.append(None)
            states.append(state)
        if texts[0] is None and texts[1] is None:
            raise errors[0]
        if texts[0] != texts[1]:
            n = (edit.place.alineas or (0,))[0]
            reason = f"whether its phrase is alinéa {n}'s too is not said, and the two readings differ"
            raise ctx.fail(reason, "ambiguous")
        self.__dict__.update(states[0].__dict__)


# The edits that put or change words of the alinéas they name (not those that only move quotes or stops
# around the alinéas they insert or delete)
_PUTS_WORDS = frozenset(
    ["replace_words", "delete_words", "insert_words", "append_sentence", "replace_end", "rewrite_start",
     "delete_end", "rewrite"]
)  # fmt: skip


def _made(article: Article, edit: Edit, ctx: Ctx) -> None:
    """Make the edit, keeping track of the words each amendment of the sitting put or changed in the
    alinéas as they stood (`Slot.fresh`): another amendment's words must not be found among them."""
    was = [list(slot.text) for slot in article.slots]
    ctx.anchors = []
    _APPLY[edit.kind](article, edit, ctx)
    if len(article.slots) != len(was):  # the article rewritten whole: the amendments of its parts fall
        return
    anchored: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for hit in ctx.anchors:
        anchored.setdefault((id(hit.slot), hit.line), []).append((hit.start, hit.end, ctx.numero))
    for slot, lines in zip(article.slots, was, strict=True):
        if slot.text == lines:
            continue
        if len(slot.text) != len(lines):  # rewritten as other lines: each is new
            whole = edit.kind in _PUTS_WORDS
            slot.fresh = {j: [(0, len(t), ctx.numero)] for j, t in enumerate(slot.text)} if whole else {}
            slot.anchors = {}
            continue
        for j, (old, new) in enumerate(zip(lines, slot.text, strict=True)):
            if old == new:
                continue
            fresh = slot.fresh.get(j, [])
            anchors = slot.anchors.get(j, []) + anchored.get((id(slot), j), [])
            spans, changed = moved(fresh + anchors, old, new, edit.times == 1 and not edit.place.every)
            spans, slot.anchors[j] = spans[: len(fresh)], spans[len(fresh) :]
            if edit.kind in _PUTS_WORDS:
                spans += [(lo, hi, ctx.numero) for lo, hi in words_put(changed, new, edit)]
            slot.fresh[j] = spans


_DELETED_ITEMS = re.compile(
    r"^(?P<quote>[«\"“]?\s*)(?:(?P<a>\d+)\s*°\s*(?P<sep>et|à)\s*(?P<b>\d+)\s*°|"
    rf"(?P<la>[a-z])\s*(?P<lsep>et|à)\s*(?P<lb>[a-z])\s*\))\s*{NOTED_DELETED}\s*\.?$"
)


def _restore_one(article: Article, edit: Edit, ctx: Ctx) -> bool:
    """« À l'alinéa 2, rétablir le 1° … » where alinéa 2 reads « 1° et 2° (Supprimé) » (« 1° à 3° », « a et
    b) »): the 1° is put back in its place, the others stay recorded as deleted (« 2° (Supprimé) »)."""
    slot = article.slots[slot_index(article, (edit.place.alineas or (0,))[0], ctx)]
    m = _DELETED_ITEMS.match(fold(" ".join(slot.text)).strip())
    if m is None or len(slot.text) != 1:
        return False
    if m["a"]:
        a, b = int(m["a"]), int(m["b"])
        marks = [f"{n}°" for n in (range(a, b + 1) if m["sep"] == "à" else (a, b))]
    else:
        a, b = ord(m["la"]), ord(m["lb"])
        marks = [f"{chr(n)})" for n in (range(a, b + 1) if m["lsep"] == "à" else (a, b))]
    named = edit.place.item.replace(" ", "")
    if named not in marks:
        return False
    quote = slot.text[0][: len(m["quote"])]
    at = marks.index(named)
    new = requote(edit.new, slot.text[0], True)
    stones = [f"{quote}{k} (Supprimé)" for k in marks]
    slot.text = stones[:at] + new + stones[at + 1 :]
    return True


def _check_code_article_for_own(first: str, new: tuple[str, ...], ctx: Ctx) -> None:
    """An alinéa of the bill's own (« III. – En application … ») rewritten as a code article (« "Art. L.
    5713-1-2. – Il est institué … », its quote the amendment's): a code article stands only in a quotation
    that an alinéa introduces, and whether it joins the one before (its quote, its count) or another, is not
    said: refused. Not when the alinéa replaced is itself such an article, its quote lost in the data."""
    own = not opened(first) and not ARTICLE_HEADING.match(fold(first).lstrip())
    if own and new and ARTICLE_HEADING.match(fold(new[0]).lstrip()):
        raise ctx.fail("it rewrites an alinéa of the bill's own as a code article, in no quotation", "ambiguous")


def _closed_at_end(lines: list[str], ctx: Ctx) -> list[str]:
    """A whole article given with its last quotation (the alinéas opening with a quote after the one that
    introduces it, « … ainsi rédigé : ») left open at its end: nothing comes after the article's text, the
    quotation ends with it and is closed there. A quote closing it once amid those alinéas, the next ones
    going on with its quote and none closing, is misplaced (no quotation stands without an alinéa
    introducing it, and this one is not closed where it ends): it is dropped. Closed several times amid
    them, or a quote inside them left open, where it ends is not said: refused."""
    if not lines or not opened(lines[-1]):
        return lines
    start = len(lines) - 1
    while start > 0 and opened(lines[start - 1]):
        start -= 1
    if start == 0 or opened(lines[start - 1]) or not INTRODUCES.search(fold(lines[start - 1]).strip()):
        return lines
    run, depth, closed = lines[start:], 1, []
    for j, line in enumerate(run):
        depth += quotes_left(line)
        if depth <= 0:
            closed.append(j)
            depth = 1  # the alinéa after it opens with the quotation's quote: it goes on, or begins another
    if closed[-1:] == [len(run) - 1]:
        return lines  # closed at its end
    if depth != 1 or len(closed) > 1:  # closed several times amid it, or a quote inside left open
        raise ctx.fail("its text opens a quotation that it never closes", "not_understood")
    out = list(lines)
    for j in closed:
        line = out[start + j].rstrip()
        stop = CLOSING.search(line)
        if stop is None:  # closed amid the alinéa's words: not a misplaced end
            raise ctx.fail("its text opens a quotation that it never closes", "not_understood")
        mark = stop.group(0).strip(BLANKS + '»"”')
        out[start + j] = line[: stop.start()] + (f" {mark}" if mark == ";" else mark)
    out[-1] = out[-1].rstrip() + {"«": " »", "“": "”", '"': '"'}[run[0][0]]
    return out


def _rewrite(article: Article, edit: Edit, ctx: Ctx) -> None:
    if edit.place.alineas is None:
        article.__init__(ended_with_stop(_closed_at_end(list(edit.new), ctx)))  # type: ignore[misc]
        return
    if edit.place.item and len(edit.place.alineas) == 1 and _restore_one(article, edit, ctx):
        return
    slots = slots_named(article, edit.place, ctx)
    held = [article.slots.index(s) for s in slots]
    if held != list(range(held[0], held[-1] + 1)):  # « Alinéas 48 et 60 / Rédiger ainsi ces alinéas : » one text
        if len({fold(article.original[i]) for i in held}) > 1:  # each rewritten so, or both made one: not said
            raise ctx.fail("it rewrites as one text alinéas that are apart", "ambiguous")
        for n in edit.place.alineas or ():  # the same alinéa twice: each rewritten so, as a substitution in each
            _rewrite(article, replace(edit, place=replace(edit.place, alineas=(n,))), ctx)
        return
    _check_whole_quotation(article, slots, ctx)
    _check_items_left(article, held[0], held[-1], edit.new, ctx)
    first = (slots[0].text or [article.original[0]])[0]
    _check_code_article_for_own(first, edit.new, ctx)
    last = (slots[-1].text or [""])[-1] or first
    following = article.original[held[-1] + 1] if held[-1] + 1 < len(article.original) else ""
    if kept_number_ending(last, following) and not re.search(rf"{NOTED_DELETED}\.?$", edit.new[-1].rstrip()):
        # its quotation ended there, with no closing quote (as texts write it): the text put back closes it
        last = last.rstrip() + {"«": " »", "“": "”", '"': '"'}[last[0]]
    edit = replace(edit, new=check_unclosed(edit.new, first, ctx))
    at = article.slots.index(slots[0])
    around = article.original[at - 1] if at else "", article.original[at + 1] if at + 1 < len(article.original) else ""
    if not opened(first) and all(around) and opened(around[0]) and not quote_end(around[0]) and opened(around[1]):
        first = f"« {first}"  # « (Alinéa supprimé) » amid a quotation (a comparative text) is the quotation's
    # a quoted alinéa rewritten stays in its quotation, whether the amendment quoted the new text or not
    slots[0].text = ended_with_stop(requote(edit.new, first, True, last))
    if opened(first) and not any(quote_end(article.original[i]) for i in held[:-1]):
        slots[0].text = goes_on(slots[0].text, not quote_end(last) and opened(following))
    closing = quote_end(last)
    tombstone = bool(slots[0].text) and re.search(rf"{NOTED_DELETED}\.?$", slots[0].text[-1].rstrip())
    if closing and slots[0].text and opened(slots[0].text[0]) and not quote_end(slots[0].text[-1]) and not tombstone:
        # the quotation it closed, it still closes (« « Art. L. 6. – (Supprimé) » ends one without, as texts write it)
        slots[0].text[-1] = slots[0].text[-1].rstrip() + closing
    lost = "" if opened(last) else last[unmatched_closing(last) :].strip()
    if lost and slots[0].text and not CLOSING.search(slots[0].text[-1]) and not tombstone:
        # the last alinéa of a quotation whose opening quote is on its first alinéa, or lost in the data
        # (« … aptitudes." »): its closing quote is the quotation's, which the new text still closes
        slots[0].text[-1] = slots[0].text[-1].rstrip() + (f" {lost}" if lost[0] == "»" else lost)
    for slot in slots[1:]:
        slot.text = []
    if slots[0].text:
        end_item(article, slots[0].text, len(slots[0].text) - 1, (first, last))
        if not opened(slots[0].text[0]):  # an item rewritten, ending with the quotation it introduces
            end_quotation_item(article, slots[0].text, len(slots[0].text) - 1)


def _check_roman_deleted(article: Article, slots: list[Slot], ctx: Ctx) -> None:
    """A roman item (« iii) ») deleted by its alinéa, the lettered item holding it left: what stays of it
    (« iii) (Supprimé) », or nothing, « iv) » then following « ii) ») is not read, as when it is named
    (« Supprimer le iii) du b) »). Deleted with its lettered item, that one keeps its letter alone."""
    gone = {article.slots.index(slot) for slot in slots}
    original = article.original
    if not any(i < len(original) and DIVISION_MARKS[4].match(fold(original[i]).strip()) for i in gone):
        return  # no alinéa gone opens with a small roman numeral (quoted ones are not the article's)
    kinds = mark_levels(heads_of(article))
    for i in sorted(gone):
        if i >= len(kinds) or kinds[i] != 4:
            continue
        above = next((k for k in range(i - 1, -1, -1) if kinds[k] not in (4, None)), None)
        if above is None or kinds[above] != 3 or above not in gone:
            raise ctx.fail("deleting items numbered « i) », « ii) » … is not read", "not_understood")
        # deleted with its lettered item, the roman items left after it would hang on nothing (« b et i)
        # (Supprimé) » then « ii) »): all of them go with it, or what is meant is not said
        below = takewhile(lambda k: kinds[k] in (4, None), range(above + 1, len(kinds)))
        if any(kinds[k] == 4 and k not in gone for k in below):
            reason = f"it deletes alinéa {above + 1}, which introduces the items after it, and leaves them"
            raise ctx.fail(reason, "ambiguous")


def _delete(article: Article, edit: Edit, ctx: Ctx) -> None:
    if edit.place.alineas is None:
        article.deleted = True
        return
    if edit.place.phrase is not None:
        for slot in one_alinea(article, edit.place, ctx):
            line = slot.text[0]
            lo, hi = place_span(line, edit.place, ctx)
            within_quotes(line, lo, hi, ctx)
            if not line[own_start(line, frame(line)[0]) : lo].strip(BLANKS) and hi >= frame(line)[1]:
                # every phrase gone, its mark too: the alinéa is deleted (« 2° (Supprimé) » where it is due)
                _delete(article, replace(edit, place=replace(edit.place, phrase=None, phrases=1)), ctx)
                continue
            stop = line[: frame(line)[1]].rstrip()[-1:] if hi >= frame(line)[1] else ""
            splice(Hit(slot, 0, lo, hi), lo, hi, "")
            if stop in (";", ":"):  # the last phrase gone, the alinéa still ends as an item does
                left = slot.text[0]
                end = frame(left)[1]
                if left[:end].rstrip().endswith("."):
                    cut = len(left[:end].rstrip()) - 1
                    slot.text[0] = left[:cut].rstrip() + f" {stop}" + left[end:]
        return
    slots = slots_named(article, edit.place, ctx)
    if all(slot in article.stones for slot in slots):  # deleted already at this sitting, its number kept: the same
        return
    _check_roman_deleted(article, slots, ctx)
    _check_whole_quotation(article, slots, ctx)
    _check_quotation_gone(article, slots, ctx)
    first, last = article.slots.index(slots[0]), article.slots.index(slots[-1])
    original, before = article.original, article.original[first - 1] if first else ""
    whole_quotation = all(opened(original[n]) for n in range(first, last + 1)) and bool(quote_end(original[last]))
    whole_quotation = whole_quotation and not _each_own(article, last)  # « "X." », « "Y." »: Y is of it too
    announced = bool(before) and not opened(before) and before.rstrip().endswith(":")
    introduces = bool(slots[-1].text) and slots[-1].text[-1].rstrip().endswith(":")
    runs: list[list[Slot]] = []
    levels = mark_levels(heads_of(article)) if len(slots) > 1 else []  # one alinéa deleted is one run: not counted
    for slot in slots:  # the alinéas deleted, in runs of alinéas next to each other
        i = article.slots.index(slot)
        # a division above the run's first (« II. – » after « 3° ») is no item of it: it keeps its own number
        top = levels[article.slots.index(runs[-1][0])] if runs else None
        rises = top is not None and (level := levels[i]) is not None and level < top
        if runs and i == article.slots.index(runs[-1][-1]) + 1 and not rises:
            runs[-1].append(slot)
        else:
            runs.append([slot])
    kept = {id(run[0]): [] if article.instructions else tombstones([t for s in run for t in s.text]) for run in runs}
    # the quote each run's last alinéa closed its quotation with (« Alinéas 29 et 32 », both closing one)
    closings = {id(run[0]): _run_closing(run) for run in runs}
    for slot in slots:
        slot.text = []
    for run in runs:  # a number is kept for the divisions left after it; the last of its kind goes whole
        stones = kept[id(run[0])]
        if stones and _siblings(article, run[0], stones[0]):
            _check_heading_gone(article, run, stones[0], ctx)
            run[0].text = stones
            article.stones.append(run[0])
            if TOMBSTONE_MARKS["article"].match(stones[0].lstrip(BLANKS + '«"“')):
                article.headings[article.slots.index(run[0])] = ctx
        else:
            kept[id(run[0])] = []
            # and so do those of its kind deleted before it in this sitting (« a) » then « b) »: both go)
            kind = mark_kind(stones[0]) if stones else ""
            for slot in [s for s in article.stones if kind and s.text and mark_kind(s.text[0]) == kind]:
                if not _siblings(article, slot, slot.text[0]):
                    slot.text = []
                    article.stones.remove(slot)
    after_run = next((t for s in article.slots[last + 1 :] for t in (*s.before, *s.text, *s.after)), "")
    if after_run and not opened(after_run):
        head = original[last].rstrip()
        if head.endswith(":") and mark_kind(after_run) in ("arabic", "letter") and not opened(original[last]):
            # « I. – Le code est ainsi modifié : » gone, its « 1° … » left with nothing to hang on
            reason = f"it deletes alinéa {last + 1}, which introduces the items after it, and leaves them"
            raise ctx.fail(reason, "ambiguous")
        stones = kept.get(id(runs[-1][0])) or []
        paragraph = bool(stones) and mark_kind(stones[0]) in ("roman", "capital")  # an item's prose is the one above's
        if paragraph and not mark_kind(after_run) and not HEADING.match(fold(after_run).lower()):
            # « II. – (Supprimé) » kept before an alinéa of that II left: what it belongs to now is not said
            reason = f"it deletes the first alinéa of a division and leaves the alinéa after it (alinéa {last + 2})"
            raise ctx.fail(reason, "ambiguous")
    for run in runs:
        _check_items_left(article, article.slots.index(run[0]), article.slots.index(run[-1]), (), ctx)
    if whole_quotation and announced and not any(kept.values()):
        # the whole quotation gone, nothing of it left, its announcing alinéa left alone (« … est complété par
        # un alinéa ainsi rédigé : » with nothing after it): whether that alinéa goes too is not said
        reason = f"it deletes the quotation that alinéa {first} introduces, and leaves that alinéa"
        raise ctx.fail(reason, "ambiguous")
    refs = all_refs(article)
    following = next((lines[j] for lines, j in refs if lines is slots[-1].after), None)
    if following is None:
        after = article.slots.index(slots[-1]) + 1
        following = next((t for s in article.slots[after:] for t in (*s.before, *s.text, *s.after)), "")
    if introduces and re.match(r"\(\s*alinéa sans modification\s*\)", fold(following).strip(BLANKS + '«"“'), re.I):
        # « 3° Après …, il est inséré un alinéa ainsi rédigé : » then « (Alinéa sans modification) », a comparative
        # text's line standing for the quotation: whether it goes with the 3° is not said
        reason = "it deletes an alinéa whose quotation a comparative text's line stands for, and leaves that line"
        raise ctx.fail(reason, "ambiguous")
    lines, k = line_before(article, article.slots.index(slots[0]))
    if introduces and opened(following) and not (k is not None and lines[k].rstrip().endswith(":")):
        # « IV. – L'article L. 1 est ainsi rédigé : » deleted after an alinéa that quotes nothing: a division
        # goes whole, its quotation with it (« IV. – (Supprimé) » stays when others of its kind do). After a
        # quotation, it may as well join that one (drafters merge quotations so): refused, as is a bare alinéa
        division = mark_kind(article.original[article.slots.index(slots[-1])])
        merges = k is not None and opened(lines[k])
        quotation = _quotation_after(article, slots[-1]) if division and not merges else None
        if quotation is None:
            reason = "it deletes the alinéa that introduces the quotation after it, and leaves the quotation"
            raise ctx.fail(reason, "ambiguous")
        for slot in quotation:
            slot.text = []
    for run in runs:
        # « "III. – (Supprimé) » ends it, as texts write it; « II. – (Supprimé) », the bill's own, does not
        if closings[id(run[0])] and not any(opened(t) for t in kept.get(id(run[0])) or []):
            _close_before(article, run, closings[id(run[0])], ctx)
    _check_items_gone(article, first, ctx)


# The heading of a division above code articles (« Section 6 », « Chapitre II »), not an article's
_DIVISION_HEADING = re.compile(r"(?:livre|titre|chapitre|section|sous-section|paragraphe)\s+\w+\s*$")


def _check_heading_gone(article: Article, run: list[Slot], stone: str, ctx: Ctx) -> None:
    """A run deleted that holds the heading of a division (« « Section 6 », its title) and a division under
    it whose number is kept (« « Art. L. 446-23. – (Supprimé) »): the number left would stand under the
    heading before (section 5), and how the division gone is recorded (its heading kept with « (Division et
    intitulé supprimés) », or the article's number gone with it) is not said: refused."""
    was = [article.original[article.slots.index(slot)] for slot in run]
    mark = fold(stone).lstrip(BLANKS + '"').split("(")[0].strip()
    at = next((k for k, line in enumerate(was) if fold(line).lstrip(BLANKS + '"').startswith(mark)), len(was))
    if any(_DIVISION_HEADING.match(fold(line).lstrip(BLANKS + '"').strip().lower()) for line in was[:at]):
        reason = "it deletes a division's heading and what it holds, whose number would stand under the heading before"
        raise ctx.fail(reason, "ambiguous")


def _run_closing(run: list[Slot]) -> str:
    """The quote a run of alinéas deleted closed a quotation with: its last alinéa's, or, when that one is
    the bill's own (« Alinéas 4 et 5 », « « Troisième. » » then « II. – … »), its last quoted alinéa's."""
    last = run[-1].text[-1] if run[-1].text else ""
    if not last or quote_end(last) or opened(last):
        return quote_end(last) if last else ""
    quoted = next((s.text[-1] for s in reversed(run) if s.text and opened(s.text[-1])), "")
    return quote_end(quoted) if quoted else ""


def _close_before(article: Article, run: list[Slot], closing: str, ctx: Ctx) -> None:
    """The quotation a run of deleted alinéas closed now ends at the alinéa before that run (« Alinéas 13
    et 64 », 64 closing it: at 63, not at 12; « Alinéas 29 et 32 », each closing one: at 28 and at 31)."""
    lines, k = line_before(article, article.slots.index(run[0]))
    if k is not None and opened(lines[k]) and not quote_end(lines[k]):
        item = mark_kind(lines[k]) in ("arabic", "letter") and lines[k].rstrip().endswith(";")
        if item:  # the item before is now its enumeration's last: it ends with a full stop, as the last does
            lines[k] = lines[k].rstrip()[:-1].rstrip() + "."
        if not re.search(r"[.!?]$", lines[k].rstrip()):
            reason = "the alinéa it deletes closed a quotation, and how the one before closes it is not said"
            raise ctx.fail(reason, "ambiguous")
        lines[k] = lines[k].rstrip() + closing


def _check_items_gone(article: Article, first: int, ctx: Ctx) -> None:
    """Every item an alinéa introduces deleted (« I. – Le code est ainsi modifié : » then « 1° » to « 3° »),
    none of their number kept (none of their kind is left under it), that alinéa left: it now introduces
    nothing, and whether it goes with them (« I. – (Supprimé) », as naming it would say) is not said. So in a
    quotation (« « Peuvent faire l'objet … les opérations : » then « « 1° … », « « 2° … », both deleted)."""
    original = article.original
    kind = mark_kind(original[first])
    quoted = opened(original[first])
    if kind not in ("arabic", "letter"):
        return
    lines, k = line_before(article, first)
    if k is None or opened(lines[k]) != quoted or not lines[k].rstrip().endswith(":"):
        return  # the items went after another item, or with the alinéa introducing them
    following = next((t for s in article.slots[first:] for t in (*s.before, *s.text, *s.after)), "")
    left = _stone_kind(following) if opened(following) == quoted else ""
    below = left in _LEVELS and _LEVELS.index(left) > _LEVELS.index(kind)
    if following and opened(following) and not quoted or left == kind or below:
        return  # an item of theirs is left (or its number kept), or a quotation: it introduces that
    at = next((n for n, s in enumerate(article.slots) if s.text is lines), None)
    reason = "it deletes every item that the alinéa before them introduces, and leaves that alinéa"  # one put
    if at is not None:
        reason = f"it deletes every item that alinéa {at + 1} introduces, and leaves that alinéa"
    raise ctx.fail(reason, "ambiguous")


# a number kept for several divisions deleted in a row (« a et b) », « II à IV. – »): the first names the kind
_JOINED = re.compile(r"^([\s«\"“]*(?:[a-z]|[IVX]+))\s+(?:et|à)\s+(?:[a-z]|[IVX]+)(?=\s*[).])")


def _stone_kind(text: str) -> str:
    """The kind of mark an alinéa opens with, a number kept for several divisions too."""
    return mark_kind(_JOINED.sub(r"\1", text, count=1))


def _check_items_left(article: Article, first: int, last: int, new: tuple[str, ...], ctx: Ctx) -> None:
    """Alinéas `first` to `last` deleted or replaced by `new`, from the one that introduces items (« I. –
    Le code est ainsi modifié : ») into them, leaving the items after them (« 6° … »): what those
    belong to is not said, unless the new text introduces items itself (ends with « : ») or holds items
    of their kind, which they go on from."""
    original = article.original
    if last + 1 >= len(original) or opened(original[last + 1]):
        return
    kind = mark_kind(original[last + 1])
    if kind not in ("arabic", "letter"):
        return
    for j in range(last, first - 1, -1):  # the alinéa that introduces the enumeration the item left is in
        k = mark_kind(original[j])
        if opened(original[j]) or k in _LEVELS and _LEVELS.index(k) >= _LEVELS.index(kind):
            continue  # a quotation, an item of that enumeration or of one below it
        if not original[j].rstrip().endswith(":"):
            return
        break
    else:
        return  # it is before the alinéas taken: they were items only
    if not any(mark_kind(t) == kind and not opened(t) for t in original[j + 1 : last + 1]):
        return  # the introducing alinéa alone, rewritten (« Rétablir ainsi l'alinéa 14 »): its items all stay
    own = [a for a in new if not opened(a)]
    if own and (own[-1].rstrip().endswith(":") or any(mark_kind(a) == kind for a in own)):
        return
    reason = f"it takes alinéa {j + 1}, which introduces the items after it, and leaves some of them"
    raise ctx.fail(reason, "ambiguous")


def _check_whole_quotation(article: Article, slots: list[Slot], ctx: Ctx) -> None:
    """Alinéas deleted or rewritten from one that introduces a quotation into that quotation, but not to
    its end (« Supprimer les alinéas 19 à 22 », the quotation of 19 running to 37): what becomes of the
    rest of it is not said. (The introducing alinéa alone is read in `_delete`.)"""
    first, last = article.slots.index(slots[0]), article.slots.index(slots[-1])
    after = last + 1
    if first == last or after >= len(article.original) or not opened(article.original[after]):
        return
    i = after - 1
    while i >= 0 and opened(article.original[i]) and (not quote_end(article.original[i]) or _each_own(article, i)):
        i -= 1
    opener = article.original[i] if i >= 0 else ""
    if first <= i < last and not opened(opener) and opener.rstrip().endswith(":"):
        reason = f"it takes alinéa {i + 1}, which introduces a quotation, and only part of that quotation"
        raise ctx.fail(reason, "ambiguous")


def _check_quotation_gone(article: Article, slots: list[Slot], ctx: Ctx) -> None:
    """A quotation deleted whole, the alinéa introducing it left standing (« 1° L'article L. 1 est ainsi
    rédigé : » with nothing after it): whether that alinéa goes too is not said. So too when the quotation
    held code articles only: their numbers are kept (« « Art. L. 1. – (Supprimé) ») for the others of the
    quotation to stand, and none is left; kept alone, they would have the item insert or rewrite an article
    as « (Supprimé) »."""
    original, gone = article.original, {article.slots.index(slot) for slot in slots}
    for i in sorted(gone):
        if i == 0 or i - 1 in gone or not opened(original[i]) or opened(original[i - 1]):
            continue
        before = article.slots[i - 1]
        intro = before.text[-1] if before.text and before not in article.stones else ""
        if not intro.rstrip().endswith(":") or opened(intro) or before.after or article.slots[i].before:
            continue  # the introducing alinéa gone already, or rewritten, or text put after it
        count = quoted_run(original, i)
        if count is not None and all(j in gone for j in range(i, i + count)):
            reason = f"it deletes the quotation that alinéa {i} introduces, and leaves that alinéa"
            raise ctx.fail(reason, "ambiguous")


def _each_own(article: Article, i: int) -> bool:
    """Alinéa `i` closes its own straight quote and the next opens one: one quotation written so (`_each_closed`)."""
    lines = article.original
    return lines[i][:1] == '"' and i + 1 < len(lines) and lines[i + 1][:1] == '"'


def _quotation_after(article: Article, slot: Slot) -> list[Slot] | None:
    """The alinéas of the quotation that the bill's own alinéa `slot` introduces, as they stood (None
    when it is quoted itself, or when what follows was changed or never closes: then what goes is not said)."""
    i = article.slots.index(slot)
    count = quoted_run(article.original, i + 1)
    if opened(article.original[i]) or slot.after or count is None:
        return None
    quoted = article.slots[i + 1 : i + 1 + count]
    originals = article.original[i + 1 : i + 1 + count]
    as_stood = all(not s.before and not s.after and s.text == [text] for s, text in zip(quoted, originals, strict=True))
    return quoted if as_stood else None


_LEVELS = ["roman", "capital", "arabic", "letter"]  # outermost first


def _siblings(article: Article, slot: Slot, stone: str) -> bool:
    """Whether divisions of the kind of `stone` are left at its level, whose numbers it keeps: the bill's
    own alinéas, or those of the quotation the deleted ones were in. An article heading always is."""
    kind = _stone_kind(stone)  # « a et b) » is of the letters
    if not kind:
        return True
    # the numbers kept in this sitting are no divisions left: the one left last decides, whatever the order
    stoned = {id(s.text) for s in article.stones}
    refs = [lines[j] if id(lines) not in stoned else lines[j][:1] for lines, j in all_refs(article)]
    at = len([t for s in article.slots[: article.slots.index(slot)] for t in (*s.before, *s.text, *s.after)])
    at += len(article.head) + len(slot.before)
    if not opened(stone):  # the bill's own: in the same division above it (the a) and b) of one 3°)
        own = [t for t in refs if not opened(t)]
        mine = len([t for t in refs[:at] if not opened(t)])
        outer = {k for k in _LEVELS[: _LEVELS.index(kind)]} if kind in _LEVELS else set()
        before = list(takewhile(lambda t: mark_kind(t) not in outer, reversed(own[:mine])))
        after = list(takewhile(lambda t: mark_kind(t) not in outer, own[mine:]))
        return any(mark_kind(t) == kind for t in before + after)
    before = list(takewhile(opened, reversed(refs[:at])))
    after = list(takewhile(opened, refs[at:]))
    return any(mark_kind(t) == kind for t in before + after)


def _insert_alineas(article: Article, edit: Edit, ctx: Ctx) -> None:
    after = edit.place.after
    assert after is not None
    if after == 0:
        like = article.slots[0].text[0] if article.slots and article.slots[0].text else ""
        numbered = any(ROMAN_MARK.match(t) for s in article.slots for t in (*s.before, *s.text, *s.after))
        placeholder = re.match(r"(?:\.\.\.|…)\s*\.?\s*[-–—]\s*", edit.new[0] if edit.new else "")
        if placeholder and not numbered and not edit.place.inside:
            # « Avant l'alinéa 1, insérer un paragraphe ainsi rédigé : … – » in a text not divided: its I
            edit = replace(edit, new=(f"I. – {edit.new[0][placeholder.end() :]}", *edit.new[1:]))
        article.head += requote(edit.new, like, edit.quoted and inside_quote(article, 0))
        first = next((s for s in article.slots if s.text), None)
        i_a = re.match(r"I\s+A\s*\.\s*[-–—]", edit.new[0] if edit.new else "")
        if i_a and first and not ROMAN_MARK.match(first.text[0]):
            first.text[0] = f"I. – {first.text[0]}"  # a text gaining an I A before it becomes its I
        mark_i = re.match(r"I\s*\.\s*[-–—]", edit.new[0] if edit.new else "")
        if mark_i and first and not numbered:
            first.text[0] = f"II. – {first.text[0]}"  # a text not divided gaining an I before it becomes its II
        return
    if edit.restores or edit.place.after is not None:
        edit = _restoring(article, edit, ctx, said=edit.restores)
        after = edit.place.after
        assert after is not None
    i = slot_index(article, after, ctx)
    slot = article.slots[i]
    lines, k = line_before(article, i + 1)
    before = lines[k] if k is not None else ""
    if edit.quoted and not edit.place.inside and closes_unopened(before):
        # « Art. L. 612‑3‑1. – … bacheliers." » after « … ainsi rédigé : », its opening quote lost: whether it is
        # a quotation that the alinéas put continue, or the bill's own text after which they stand, is not said
        reason = "the alinéa before closes a quotation it never opens; whether the alinéas put continue it is not said"
        raise ctx.fail(reason, "ambiguous")
    _check_roman_placeholder(article, i, edit.new, ctx)
    lost = not edit.place.inside and closing_lost(before, _texts_after(article, i))
    extends = (
        edit.quoted
        and not edit.place.inside
        and (bool(quote_end(before)) or lost)
        and _extends(article, before, edit, ctx)
    )
    first = next((s for s in article.slots if s.text), None)
    mark_ii = bool(re.match(r"II\s*\.\s*[-–—]", edit.new[0] if edit.new else ""))
    numbered = any(ROMAN_MARK.match(t) for s in article.slots for t in (*s.before, *s.text, *s.after))
    placeholder = re.match(r"(?:\.\.\.|…)\s*\.?\s*[-–—]\s*", edit.new[0] if edit.new else "")
    if placeholder and not extends and not numbered and after == LAST and first:
        # « Compléter cet article par un paragraphe ainsi rédigé : … – » in a text not divided: its II
        edit = replace(edit, new=(f"II. – {edit.new[0][placeholder.end() :]}", *edit.new[1:]))
        mark_ii = True
    if mark_ii and not extends and first and not ROMAN_MARK.match(first.text[0]):
        first.text[0] = f"I. – {first.text[0]}"  # a text gaining a II becomes its I
    like = (slot.text or [article.original[i]])[-1]
    edit = replace(edit, new=check_unclosed(edit.new, like, ctx))
    following = article.original[i + 1] if i + 1 < len(article.original) else ""
    after_it = next(iter(_texts_after(article, i)), "")
    stray = edit.quoted and not edit.place.inside and closes_amid(before, after_it)
    head = edit.quoted and not extends and opened(following) and not opened(like) and like.rstrip().endswith(":")
    if edit.place.inside and opened(like):  # completing a text the article quotes: inside its quotation
        new = requote(edit.new, like, edit.quoted, last="")
    elif head and after > 0 and slot.text == [article.original[i]]:
        # right after the alinéa that introduces a quotation: the quotation's first alinéa, its quote taken
        new = requote(edit.new, following, True, last="")
    elif stray:  # the quotation goes on after the alinéa before, its closing quote misplaced: they are inside it
        new = dropped_amendment_close(requote(edit.new, before, True, last=after_it))
    elif extends:  # the alinéas continue the quotation the alinéa before closed: they now close it
        new = requote(edit.new, before, True)
        if lost and new:  # its closing quote lost in the data, the quotation now ends with them, closed
            new[-1] = new[-1].rstrip() + {"«": " »", "“": "”", '"': '"'}[before[0]]
    else:
        # inside a quotation, alinéas are the quotation's, quoted by the amendment or given bare
        inside = inside_quote(article, i + 1)
        new = requote(edit.new, like, inside)
        text = "".join(new)
        balanced = quote_depth(text) == 0
        last_inner = new[-1][1:] if new else ""  # a quote opened in the last alinéa and closed there is its own
        own = quote_depth(last_inner) == 0
        if inside and new and opened(new[0]) and quote_end(new[-1]) and balanced and not own and not quote_end(before):
            # « « VI. – … » » put between two alinéas of a quotation that goes on after them: the quote
            # closing them is the amendment's, not the quotation's (which the alinéa after continues)
            closed = quote_end(new[-1])
            stop = closed.strip(BLANKS + '»"”')  # its « ; » or « . », which stays
            new[-1] = new[-1].rstrip()[: -len(closed)].rstrip() + (f" {stop}" if stop == ";" else stop)
        if inside and not quote_end(before):  # given closed as at the quotation's end (« « … » »): it goes on
            new = dropped_amendment_close(new)
    closing = "" if stray else quote_end(before)  # a quote misplaced amid its quotation stays where it is
    # quoted alinéas that close their own quotation, right after one that closes its: no quotation stands
    # without an alinéa introducing it, so they go on with the one before (« « Un décret précise … » »)
    own_quotation = bool(new) and opened(new[0]) and bool(quote_end(new[-1])) and opened(before)
    if own_quotation and not extends and closing.strip(BLANKS + '»"”') != ";" and stop_after(new[-1]) == ";":
        # « « b bis) … ; » ; » after « « b) … ; » »: given as the end of an item's quotation, after one that
        # ends none; whether it goes on with that quotation, losing its « ; », or stands alone is not said
        reason = "the alinéas put end an item's quotation after one that ends none; where they go is not said"
        raise ctx.fail(reason, "ambiguous")
    if k is not None and own_quotation and _each_own_run(article, i, before, new):
        # a run of straight-quoted alinéas each closing its own quote (`_each_closed`): the one put keeps its
        # quotes too, those before keep theirs; only a stop after the last one's quote (« ; ») moves to it
        stop = closing.strip(BLANKS + '"')
        if stop:
            lines[k] = lines[k].rstrip()[: -len(stop)].rstrip()
            if quote_end(new[-1]).strip(BLANKS + '"') != stop:  # put with the quotation's end already (`extends`)
                new[-1] = new[-1].rstrip() + (" " if stop == ";" else "") + stop
    elif k is not None and closing and new and opened(new[-1]) and (extends or not quote_end(new[-1]) or own_quotation):
        # alinéas added at the end of a quotation, opening with its quote: the quotation now closes after them
        lines[k] = lines[k][: len(lines[k].rstrip()) - len(closing)].rstrip()
        if own_quotation and not extends:
            new[-1] = new[-1][: len(new[-1].rstrip()) - len(quote_end(new[-1]))].rstrip()
        new[-1] = new[-1] if extends else new[-1].rstrip() + closing
    new = ended_with_stop(new)
    _check_orphan(article, i, before, new, ctx)
    restored = k is not None and bool(new) and _restores(lines[k], new[0])
    if restored and k is not None:
        lines[k : k + 1] = []  # « II. – (Supprimé) » is restored by the II that completes the text
    elif after == LAST and new and not opened(new[0]):
        # « II. – (Supprimé) » between the I and the III: the II completing the article restores it in its place
        stone = next(((ls, j) for ls, j in all_refs(article) if not opened(ls[j]) and _restores(ls[j], new[0])), None)
        if stone is not None:
            stone[0][stone[1] : stone[1] + 1] = new
            return
    article.slots[i].after += new
    if k is not None and not restored and not quote_end(lines[k]):
        end_item(article, lines, k)
    elif k is not None and not restored and new and not opened(new[0]):  # an item put after a quoting item
        end_quotation_item(article, lines, k)
    if new:
        end_item(article, article.slots[i].after, len(article.slots[i].after) - 1)
        added = article.slots[i].after
        if not opened(new[0]):  # an item put, ending with its own quotation, before another
            end_quotation_item(article, added, len(added) - 1)


def _mark_key(line: str) -> tuple[str, str] | None:
    """The mark an alinéa opens with, written as `mark_for` writes it, with the quote it may open with (« « 2° »
    is a quotation's, another level than the bill's « 2° »), and its kind (a key of `MARKS`)."""
    text = fold(line).strip()
    for kind, pattern in MARKS.items():
        m = pattern.match(text)
        if m:
            quote = text[:1] if text[:1] in OPEN + '"' else ""
            return quote + mark_for(kind, m.group(1), m.group(2) or ""), kind
    return None


def _restoring(article: Article, edit: Edit, ctx: Ctx, said: bool = True) -> Edit:
    """« Après l'alinéa 3, rétablir un 2° bis ainsi rédigé »: a division the text no longer shows, put after the
    alinéa named. Shown deleted (« 2° bis (Supprimé) ») as that alinéa or right after it, it is restored in its
    place; shown anywhere else, standing, or in a run deleted (« 1° à 3° (Supprimé) »), what « rétablir un »
    restores is not said. Put with « insérer » (not `said`) next to its own note « 2° bis (Supprimé) », it
    takes that note's place too (two « 2° bis » are never meant); anywhere else it is put as said."""
    mark = _mark_key(edit.new[0]) if edit.new else None
    if mark is None or edit.place.after is None or edit.place.after < 1:
        return edit
    refs = all_refs(article)
    i = slot_index(article, edit.place.after, ctx)
    lines, k = line_before(article, i + 1)
    at = next((n for n, (ls, j) in enumerate(refs) if ls is lines and j == k), None)
    enumeration = _enumeration(refs, at, mark[1])
    texts = {n: refs[n][0][refs[n][1]] for n in enumeration}
    shown = [n for n, text in texts.items() if _mark_key(text) == mark]
    runs = [
        n for n, text in texts.items()
        if DELETED_STONE.search(text) and (key := _mark_key(text)) is not None and key[1] == mark[1]
        and re.search(r"\s(?:à|et)\s", fold(text).split("(")[0])
    ]  # fmt: skip
    if not shown and not runs:
        return edit
    if at is not None and len(shown) == 1 and not runs and DELETED_STONE.search(refs[shown[0]][0][refs[shown[0]][1]]):
        following = article.slots[i + 1].text if i + 1 < len(article.slots) else None
        if shown[0] == at or shown[0] == at + 1 and refs[shown[0]][0] is following:
            stone, j = refs[shown[0]]
            del stone[j]  # the division put where it stood deleted, its note gone
            return edit
    if not said:
        return edit
    division = mark[0].lstrip(OPEN + '"')
    reason = f"it restores a « {division} » that the article shows elsewhere"
    raise ctx.fail(reason, "ambiguous")


def _enumeration(refs: list[tuple[list[str], int]], at: int | None, kind: str) -> range:
    """The alinéas (indexes in `refs`) of the enumeration a division of `kind` (a key of `MARKS`) put after
    alinéa `at` belongs to: from the division above it that holds `at` (the
    nearest mark of an outer kind at or before it) to the next such mark; the whole article when none is
    above. « b) » put after an alinéa of the 2° bis is the 2° bis's: a « b) » of the 1° is another one."""
    heads = [("" if opened(ls[j]) else fold(ls[j]).strip()) for ls, j in refs]
    kinds = mark_levels(heads)
    level = {"–": 0, "°": 2, ")": 3}[kind]  # its level among `DIVISION_MARKS`
    outer = [n for n, k in enumerate(kinds) if k is not None and k < level]
    if at is None or not outer:
        return range(len(refs))
    first = max((n for n in outer if n <= at), default=-1)
    last = min((n for n in outer if n > at), default=len(refs))
    return range(first + 1, last)


def _each_own_run(article: Article, i: int, before: str, new: list[str]) -> bool:
    """Alinéas put after alinéa `i` (now `before`), each closing its own straight quote, where `i` is in a run
    of such alinéas, two at least, as they stood (« "Le médiateur … ." », « "La fourniture … ." »)."""
    lines = article.original
    straight = before[:1] == '"' and quote_end(before).lstrip()[:1] == '"' and lines[i][:1] == '"'
    own = all(a[:1] == '"' and quote_end(a).lstrip()[:1] == '"' for a in new)
    run = _each_own(article, i) or i > 0 and _each_own(article, i - 1) and bool(quote_end(lines[i - 1]))
    return straight and own and run


def _check_roman_placeholder(article: Article, i: int, new: tuple[str, ...], ctx: Ctx) -> None:
    """« …) » put after alinéa `i` next to a roman item on one side only (after the last, « ix) », before
    « c) »; or before the first): whether it is the next roman item (« x) ») or a lettered one (« b bis) »)
    is not said. Between two roman items it is theirs (« ii bis) »), numbered in `placeholders_numbered`."""
    if not new or not re.match(r"[«\"“]?\s*(?:\.\.\.|…)\s*\)", new[0]):
        return
    kinds = mark_levels(heads_of(article))
    roman_before = kinds[i] == 4
    roman_after = i + 1 < len(kinds) and kinds[i + 1] == 4
    if roman_before != roman_after:
        reason = "it puts « …) » next to a roman item; whether it is a letter or a roman numeral is not said"
        raise ctx.fail(reason, "ambiguous")


def _check_orphan(article: Article, i: int, before: str, new: list[str], ctx: Ctx) -> None:
    """An alinéa with no mark put between two items of the bill's enumeration, the one before ending
    « ; » (« 5° Le sixième alinéa est supprimé ; », then « 6° … »): it is no item, and the item before
    does not introduce it; whose it is is not said (often an amendment counting another amendment's
    alinéas, a sub-amendment that does not say so)."""
    if not new or opened(new[0]) or mark_kind(new[0]) or re.match(r"\.\.\.|…", new[0]):
        return
    kind = mark_kind(before)
    if kind not in ("arabic", "letter") or opened(before) or not before.rstrip().endswith(";"):
        return
    following = next((t for s in article.slots[i + 1 :] for t in (*s.before, *s.text, *s.after)), "")
    if following and not opened(following) and item_follows(following, kind):
        reason = "it puts an alinéa with no mark between two items, and which one it belongs to is not said"
        raise ctx.fail(reason, "ambiguous")


def _texts_after(article: Article, i: int) -> list[str]:
    """The alinéas now after slot `i`, what was put after it first."""
    return [t for s in article.slots[i + 1 :] for t in (*s.before, *s.text, *s.after)]


# A roman division opening an alinéa, after an article's heading too (« "Art. L. 6223-8. - I. - … »)
_ROMAN_OPENING = re.compile(r"[«\"“\s]*(?:Art\.[^–—]*?\s[-–—]\s*)?([IVX]+)\s*\.?\s*[-–—]")


def _names_own_division(article: Article, new: tuple[str, ...]) -> bool:
    """Whether alinéas name a division « le présent II » that the bill's own alinéas open (« II. – L'article
    20-1 … ») and no quoted one does: they speak of the bill's II, so they are the bill's own."""
    named = {m for a in new for m in re.findall(r"\bpr[ée]sente? ([IVX]+)\b", fold(a))}
    if not named:
        return False
    texts = [t for s in article.slots for t in (*s.before, *s.text, *s.after)] + article.head
    marks = [(_ROMAN_OPENING.match(t), opened(t)) for t in texts]
    marks += [(_ROMAN_OPENING.match(t), True) for t in new]  # a division they open themselves is theirs
    own = {m.group(1) for m, quoted in marks if m and not quoted}
    quoted = {m.group(1) for m, is_quoted in marks if m and is_quoted}
    return bool(named & own - quoted)


def _extends(article: Article, before: str, edit: Edit, ctx: Ctx) -> bool:
    """Whether quoted alinéas put right after an alinéa that closes a quotation continue it: the amendment's
    quotes are kept when the alinéa is itself a quotation. Prose does (« Les logiciels libres sont utilisés
    en priorité. » after a quoted code article); an alinéa that amends (« … est ainsi rédigé : ») is the
    bill's own. A division mark decides by its kind: numbered like the quoted alinéas (« 5° » after a
    quoted « 4° »), it continues them; like the bill's own (« III. – » after « II. – »), it does not; a
    roman one that neither numbers is the bill's (« II. – » makes its text the I). A mark of both, or of
    neither, is refused: where the alinéa goes is not said. Given ending « » ; » after one that ends so
    (`Edit.ends_item`), they take the quotation's end with its item's stop: they continue it."""
    new = edit.new
    if not new or opened(new[0]) or not opened(before) or any(AMENDS.search(fold(a)) for a in new):
        return False
    if edit.ends_item and quote_end(before).endswith(";"):
        return True
    if _names_own_division(article, new):
        return False
    kind = mark_kind(new[0])
    if not kind:
        return True
    texts = [t for s in article.slots for t in (*s.before, *s.text, *s.after)] + article.head
    quoted = {mark_kind(t) for t in texts if opened(t)}
    own = {mark_kind(t) for t in texts if not opened(t)}
    if kind in own and kind not in quoted:
        return False
    order = [lines[j] for lines, j in all_refs(article)]
    at = max((i for i, t in enumerate(order) if t is before), default=len(order) - 1)
    inside = list(takewhile(opened, reversed(order[: at + 1])))
    quoted_last = next((t for t in inside if mark_kind(t) == kind), "")
    placeholder = bool(re.match(r"(?:\.\.\.|…)", new[0]))
    reason = "it adds a division after a quotation, and whether it belongs to the quotation is not said"
    if kind in quoted and kind not in own:
        # numbered next in the quotation (or « …° » in one that numbers so), it continues it; a roman one
        # that is not (« II. – » after a quoted « II. – ») is the bill's, and makes its text the I; « … – »
        # may be either (a paragraph of the bill, or of the quoted article)
        if follows(new[0], quoted_last) or placeholder and kind != "roman":
            return True
        if kind == "roman" and not placeholder:
            return False
        raise ctx.fail(reason, "ambiguous")
    # numbered like both: the one whose last mark it comes next after (« 4° quater » after a quoted « 4° ter »,
    # where the bill's own last is « 2° ter »)
    own_last = next((t for t in reversed(order[: at + 1]) if not opened(t) and mark_kind(t) == kind), "")
    continues, own_next = follows(new[0], quoted_last), follows(new[0], own_last)
    if continues != own_next and not placeholder:
        return continues
    raise ctx.fail(reason, "ambiguous")


_DELETED_MARK = re.compile(
    rf"^([«\"“]?\s*(?:[IVX]+\s*\.|\d+°(?:\s*[a-z]+)?|[a-z]\)))\s*[-–—]?\s*{NOTED_DELETED}\.?$", re.I
)


def _restores(line: str, new: str) -> bool:
    """Whether `new` opens with the mark of the division `line` records as deleted (« II. – (Supprimé) »)."""
    m = _DELETED_MARK.match(fold(line).strip())
    if not m:
        return False
    mark = re.sub(r"\s+", "", m.group(1))
    head = re.sub(r"\s+", "", fold(new))
    return head.startswith(mark) and not head[len(mark) : len(mark) + 1].isalnum()


_APPLY = {
    "replace_words": replace_words,
    "delete_words": delete_words,
    "insert_words": insert_words,
    "append_sentence": append_sentence,
    "replace_end": replace_end,
    "rewrite_start": rewrite_start,
    "delete_end": delete_end,
    "rewrite": _rewrite,
    "delete": _delete,
    "insert_alineas": _insert_alineas,
}
