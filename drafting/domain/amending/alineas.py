"""Alinéas rewritten or deleted whole (`rewrite`, `delete`): the numbers of deleted divisions kept, and
the checks that refuse a deletion leaving an introduction, a quotation or items without the rest.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from typing import TYPE_CHECKING

from drafting.domain.amending.article import HEADING, Hit, line_before
from drafting.domain.amending.divisions import ARTICLE_HEADING, DIVISION_MARKS, heads_of, mark_kind, mark_levels
from drafting.domain.amending.edits import MAX_RUN, Edit
from drafting.domain.amending.items import all_refs, end_item, end_quotation_item, ended_with_stop, item_kind
from drafting.domain.amending.quotations import (
    check_unclosed,
    goes_on,
    kept_number_ending,
    quoted_run,
    requote,
    within_open_quotation,
)
from drafting.domain.amending.quoted import INTRODUCES
from drafting.domain.amending.quotes import CLOSING, opened, quote_end, quotes_left
from drafting.domain.amending.seams import splice
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
from drafting.domain.amending.tombstones import (
    DELETED_RUN,
    DELETED_STONE,
    NOTED_DELETED,
    TOMBSTONE_MARKS,
    joined_marks,
    tombstones,
)
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx, Slot


def _restore_one(article: Article, edit: Edit, ctx: Ctx) -> bool:
    """« À l'alinéa 2, rétablir le 1° … » where alinéa 2 reads « 1° et 2° (Supprimé) » (« 1° à 3° », « a et
    b) »): the 1° is put back in its place, the others stay recorded as deleted (« 2° (Supprimé) »)."""
    i = slot_index(article, (edit.place.alineas or (0,))[0], ctx)
    slot = article.slots[i]
    m = DELETED_RUN.match(fold(" ".join(slot.text)).strip())
    if m is None or len(slot.text) != 1:
        return False
    if m["a"] and int(m["b"]) - int(m["a"]) >= MAX_RUN:  # « 1° à 10000000° »: more than any text holds, not read
        return False
    marks = joined_marks(m)
    named = [n.replace(" ", "") for n in edit.place.item.split(" et ")]  # « b) et c) »: both, restored at once
    bare = [k.replace(" ", "") for k in marks]  # « b bis) » named « bbis) »
    if named[0] not in bare:
        return False
    quote = slot.text[0][: len(m["quote"])]
    at = bare.index(named[0])
    if bare[at : at + len(named)] != named:
        return False
    new = requote(edit.new, slot.text[0], True)
    dash = re.search(r"[-–—]", slot.text[0]) if m["ra"] else None  # the paragraphs' dash, as the text writes it
    stones = [f"{quote}{k.upper()}. {dash[0]} (Supprimé)" if dash else f"{quote}{k} (Supprimé)" for k in marks]
    following = article.original[i + 1] if i + 1 < len(article.original) else ""
    if quote and opened(new[0]):
        # the quotation goes on after them (the run's next numbers, or the alinéa after a run that closed
        # nothing): given closed (« « 2° … ; » »), the quote is the amendment's, as « Rédiger ainsi » reads it
        after = at + len(named) < len(stones) or not quote_end(slot.text[0]) and opened(following)
        new = goes_on(new, after)
    slot.text = stones[:at] + new + stones[at + len(named) :]
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


def rewrite(article: Article, edit: Edit, ctx: Ctx) -> None:
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
            rewrite(article, replace(edit, place=replace(edit.place, alineas=(n,))), ctx)
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
    after = article.original[held[-1] + 1] if held[-1] + 1 < len(article.original) else ""
    # as for an insertion (insertion.py): no quoted alinéa after it
    open_end = edit.open_end and not (after and opened(after)) and not opened(first)
    within = within_open_quotation(article.original, held[0] - 1, held[-1] + 1)
    edit = replace(edit, new=check_unclosed(edit.new, first, ctx, open_end, within))
    at = article.slots.index(slots[0])
    around = article.original[at - 1] if at else "", article.original[at + 1] if at + 1 < len(article.original) else ""
    if not opened(first) and all(around) and opened(around[0]) and not quote_end(around[0]) and opened(around[1]):
        first = f"« {first}"  # « (Alinéa supprimé) » amid a quotation (a comparative text) is the quotation's
    # a quoted alinéa rewritten stays in its quotation, whether the amendment quoted the new text or not
    # a dashed item of a list whose items end with no stop is kept so (`ended_with_stop`)
    slots[0].text = ended_with_stop(requote(edit.new, first, True, last), (around[0], last, following))
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


def delete(article: Article, edit: Edit, ctx: Ctx) -> None:
    if edit.place.alineas is None:
        article.deleted = True
        return
    if edit.place.phrase is not None:
        for slot in one_alinea(article, edit.place, ctx):
            if len(slot.text) != 1:  # a phrase of several alinéas: an earlier one's deletion took this one with it
                raise ctx.fail("the alinéa it names was deleted or rewritten as several", "conflict")
            line = slot.text[0]
            lo, hi = place_span(line, edit.place, ctx)
            within_quotes(line, lo, hi, ctx)
            if not line[own_start(line, frame(line)[0]) : lo].strip(BLANKS) and hi >= frame(line)[1]:
                # every phrase gone, its mark too: the alinéa is deleted (« 2° (Supprimé) » where it is due)
                delete(article, replace(edit, place=replace(edit.place, phrase=None, phrases=1)), ctx)
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
    whole_quotation = whole_quotation and not each_own(article, last)  # « "X." », « "Y." »: Y is of it too
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
        stones = kept[id(run[0])] = _first_division_kept(article, run, kept[id(run[0])])
        if stones and _siblings(article, run[0], stones[0]):
            _check_heading_gone(article, run, stones[0], ctx)
            run[0].text = stones
            article.stones.append(run[0])
            if TOMBSTONE_MARKS["article"].match(stones[0].lstrip(BLANKS + '«"“')) and not mark_kind(_bare(stones[0])):
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
        _check_article_heading_left(article, article.slots.index(run[0]), article.slots.index(run[-1]), ctx)
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
    for run in runs:
        _end_dashed_run(article, article.slots.index(run[0]), article.slots.index(run[-1]))
    _check_items_gone(article, first, ctx)


def _end_dashed_run(article: Article, first: int, last: int) -> None:
    """The last dashed items of a run deleted (« – à défaut, … électoral. » after « – du ou des … récente ; »,
    then an alinéa of no mark): a dashed item keeps no number (« (Supprimé) »), so the one left before them is
    now the run's last and ends as the run did, with the full stop of the last deleted (p132-026), as an item
    put last does (`end_item`), « ; et » too.
    The run ending « ; » (an outer item after it: « 2° … »), it is left as it is."""
    original = article.original
    was = original[last].rstrip()
    if item_kind(was) != "dash" or not was.endswith(".") or was.endswith("..") or quote_end(was):
        return
    if article.slots[first].before or article.slots[last].after or any(s.text for s in article.slots[first : last + 1]):
        return  # an alinéa put at the gap, or a number kept: not the run's end now
    lines, k = line_before(article, first)
    following = next((t for s in article.slots[last + 1 :] for t in (*s.before, *s.text, *s.after)), "")
    if k is None or item_kind(lines[k]) != "dash" or opened(lines[k]) != opened(was) or quote_end(lines[k]):
        return
    if item_kind(following) == "dash" and opened(following) == opened(was):
        return  # a dashed item follows still (one put after the run): it is not the last
    ending = re.search(rf"[{BLANKS}]*;(?:[{BLANKS}]+(?:et|ou))?$", lines[k].rstrip())  # « ; », « ; et » before the last
    if ending:
        lines[k] = lines[k].rstrip()[: ending.start()] + "."


def _bare(text: str) -> str:
    """An alinéa without its quote and the code article's heading it opens with."""
    body = text.lstrip(BLANKS + '«"“')
    heading = TOMBSTONE_MARKS["article"].match(body)
    return body[heading.end() :].lstrip(BLANKS) if heading else body


def _first_division_kept(article: Article, run: list[Slot], stones: list[str]) -> list[str]:
    """A quoted code article's first division deleted whole (« « Art. L. 4. – I. – … » and its alinéas), the
    next of its kind left right after it (« « II. – … »): the article stays, and so does the number of that
    division, after the article's heading (« « Art. L. 4. – I. – (Supprimé) »), not the article's alone."""
    original = article.original
    first, last = article.slots.index(run[0]), article.slots.index(run[-1])
    if len(stones) != 1 or last + 1 >= len(original) or quote_end(original[last]):
        return stones
    head = original[first]
    body = head[len(head) - len(head.lstrip(BLANKS + '«"“')) :]
    heading = TOMBSTONE_MARKS["article"].match(body)
    if heading is None or not opened(head) or not stones[0].rstrip().endswith("(Supprimé)"):
        return stones
    kind = mark_kind(_bare(head))
    following = original[last + 1]
    if not kind or not opened(following) or ARTICLE_HEADING.match(following.lstrip(BLANKS + '«"“')):
        return stones
    if mark_kind(following) != kind:
        return stones
    mark = TOMBSTONE_MARKS[kind].match(_bare(head))
    if mark is None or "n" not in mark.groupdict():
        return stones
    number = (mark["n"] + mark["end"]).strip()
    return [f"{stones[0][: stones[0].rfind('(Supprimé)')].rstrip()} {number} (Supprimé)"]


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
        item = item_kind(lines[k]) in ("arabic", "letter", "dash") and lines[k].rstrip().endswith(";")
        if item:  # the item before is now its enumeration's last: it ends with a full stop, as the last does
            lines[k] = lines[k].rstrip()[:-1].rstrip() + "."
        if not re.search(r"[.!?]$", lines[k].rstrip()):
            reason = "the alinéa it deletes closed a quotation, and how the one before closes it is not said"
            raise ctx.fail(reason, "ambiguous")
        lines[k] = lines[k].rstrip() + closing


def _check_items_gone(article: Article, first: int, ctx: Ctx) -> None:
    """Every item an alinéa introduces deleted (« I. – Le code est ainsi modifié : » then « 1° » to « 3° »),
    none of their kind left standing under it, that alinéa left: it now introduces nothing, and whether it
    goes with them (« I. – (Supprimé) », as naming it would say) is not said. So in a quotation (« « Peuvent
    faire l'objet … les opérations : » then « « 1° … », « « 2° … », both deleted). A number kept for items
    deleted in the bill's own list (« a et b) (Supprimé) », this sitting's or an earlier one's) is no item
    left: it only records, and is kept only while items stand in the same division."""
    original = article.original
    kind = mark_kind(original[first])
    quoted = opened(original[first])
    if kind not in ("arabic", "letter") and item_kind(original[first]) != "dash":
        return
    intro = _introducer_changed(article, first, kind or "dash")
    if intro is not None:
        reason = f"it deletes items whose introduction in alinéa {intro + 1} is gone at this sitting, and leaves others of them"  # noqa: E501
        raise ctx.fail(reason, "ambiguous")
    if kind not in ("arabic", "letter"):
        return  # dashed items: only their introduction changed is read here
    # the alinéas now, each with the slot whose own text it is (None for the head, a put alinéa)
    placed: list[tuple[str, int | None]] = [(t, None) for t in article.head]
    for n, slot in enumerate(article.slots):
        placed += [(t, None) for t in slot.before] + [(t, n) for t in slot.text] + [(t, None) for t in slot.after]
    now = [t for t, _ in placed]
    at = len(article.head) + len([t for s in article.slots[:first] for t in (*s.before, *s.text, *s.after)])

    def recorded(line: str) -> bool:  # a number kept for items of theirs deleted, no item
        # only the bill's own: its numbers are kept while items stand in the same division, so under one
        # introduction they stand for nothing else; a quotation's are kept for the code article's (p49-004)
        return not quoted and not opened(line) and _stone_kind(line) == kind and bool(DELETED_STONE.search(line))

    k = at - 1
    while k >= 0 and recorded(now[k]):
        k -= 1
    if k < 0 or opened(now[k]) != quoted or not now[k].rstrip().endswith(":"):
        return  # the items went after another item, or with the alinéa introducing them
    j = at
    while j < len(now) and recorded(now[j]):
        j += 1
    following = now[j] if j < len(now) else ""
    left = _stone_kind(following) if opened(following) == quoted else ""
    below = left in _LEVELS and _LEVELS.index(left) > _LEVELS.index(kind)
    if following and opened(following) and not quoted or left == kind or below:
        return  # an item of theirs is left, or a quotation: it introduces that
    at_slot = placed[k][1]
    if at_slot is not None and _introduction_gone(article, at_slot, now[k]):
        return
    reason = "it deletes every item that the alinéa before them introduces, and leaves that alinéa"  # one put
    if at_slot is not None:
        reason = f"it deletes every item that alinéa {at_slot + 1} introduces, and leaves that alinéa"
    raise ctx.fail(reason, "ambiguous")


def _introducer_changed(article: Article, first: int, kind: str) -> int | None:
    """The alinéa introducing the items of the list alinéa `first` is in (ending « : » as it stood), when this
    sitting changed it so that it introduces them no more (its last phrase deleted, its « : » left, or its
    end rewritten without one) while items of that list are deleted and others stand: « Supprimer la seconde
    phrase de l'alinéa 6 » (« … Ces ordonnances peuvent prévoir, en particulier : ») and « Supprimer les
    alinéas 7 et 8 », its a) and b), leave the c) under « … sanitaire : » (or « … sanitaire. »), which no
    amendment wrote (p129-042); None otherwise. So for dashed items (« b) Dans les autres communes : » rewritten
    whole ending « ; », its first « – … » deleted, the second left: p132-045), the lowest of the kinds."""
    original = article.original
    quoted = opened(original[first])
    levels = [*_LEVELS, "dash"]

    def in_list(line: str) -> bool:  # an item of the list or of a list under it
        level = item_kind(line) if opened(line) == quoted else ""
        return level in levels and levels.index(level) >= levels.index(kind)

    j = first - 1
    while j >= 0 and in_list(original[j]):
        j -= 1
    if j < 0 or opened(original[j]) != quoted or not original[j].rstrip().endswith(":"):
        return None
    slot = article.slots[j]
    if len(slot.text) != 1 or slot.before or slot.after or slot.text[0] == original[j]:
        return None
    line = slot.text[0]
    if line.rstrip().endswith(":") and _without_last_phrase(article, j, line) is None:
        return None  # it still introduces them (changed within): the items deleted as usual
    m, left = j + 1, False
    while m < len(original) and in_list(original[m]):
        own = [t for t in article.slots[m].text if t.strip(BLANKS) and not DELETED_STONE.search(t)]
        left = left or (item_kind(original[m]) == kind and bool(own))
        m += 1
    return j if left else None


# where an alinéa's last phrase begins: after the stop of the one before it, before a capital
_LAST_PHRASE = re.compile(rf"[.!?](?=[{BLANKS}]+[A-ZÀ-Ý])")


def _introduction_gone(article: Article, n: int, line: str) -> bool:
    """Whether the alinéa `n`, which introduced the items deleted, lost at this sitting the last phrase that
    introduced them (« … sanitaire. Ces ordonnances peuvent prévoir, en particulier : » its second phrase deleted
    by another amendment, the « : » left at its new end): nothing of it introduces them now, so it ends as its
    phrase before did, with its full stop (p122-067). Only the alinéa as it was less that last phrase, its « : »
    kept; anything else changed in it, refused as before."""
    kept = _without_last_phrase(article, n, line)
    if kept is None:
        return False
    article.slots[n].text[0] = kept
    return True


def _without_last_phrase(article: Article, n: int, line: str) -> str | None:
    """The alinéa `n` as it was less its last phrase, ending as the phrase before did, when `line`, its text
    now, is that with the last phrase's « : » kept (« … sanitaire : »: deleted at this sitting); else None."""
    slot = article.slots[n]
    was = article.original[n].rstrip()
    stops = list(_LAST_PHRASE.finditer(was))
    if len(slot.text) != 1 or slot.text[0] != line or not was.endswith(":") or not stops:
        return None
    kept = was[: stops[-1].end()]
    if line.rstrip().removesuffix(":").rstrip(BLANKS) + kept[-1] != kept:
        return None
    return kept


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


def _check_article_heading_left(article: Article, first: int, last: int, ctx: Ctx) -> None:
    """Alinéas deleted from before a quoted code article's heading (« « Art. L. 4. – … ») into that article,
    leaving its other alinéas after them: they would join the article before; whether they go too is not
    said. (A run opening with the heading keeps its number, checked in `Article._check_headings`.)"""
    original = article.original
    if last + 1 >= len(original) or not opened(original[last + 1]):
        return
    if HEADING.match(fold(original[last + 1]).lstrip(BLANKS + '«"“').lower()):
        return  # the next article, or a section: the deleted one went whole
    for j in range(first + 1, last + 1):
        if opened(original[j]) and ARTICLE_HEADING.match(original[j].lstrip(BLANKS + '«"“')):
            reason = f"it deletes the heading of a code article (alinéa {j + 1}) and leaves the alinéa after it"
            raise ctx.fail(reason, "ambiguous")


def _check_whole_quotation(article: Article, slots: list[Slot], ctx: Ctx) -> None:
    """Alinéas deleted or rewritten from one that introduces a quotation into that quotation, but not to
    its end (« Supprimer les alinéas 19 à 22 », the quotation of 19 running to 37): what becomes of the
    rest of it is not said. (The introducing alinéa alone is read in `delete`.)"""
    first, last = article.slots.index(slots[0]), article.slots.index(slots[-1])
    after = last + 1
    if first == last or after >= len(article.original) or not opened(article.original[after]):
        return
    i = after - 1
    while i >= 0 and opened(article.original[i]) and (not quote_end(article.original[i]) or each_own(article, i)):
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


def each_own(article: Article, i: int) -> bool:
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
