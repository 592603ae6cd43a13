"""Alinéas inserted (`insert_alineas`): where they go (after an alinéa, at the start, a deleted
division restored), the quotes and stops they take, and the refusals when their place is unsure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from typing import TYPE_CHECKING

from drafting.domain.amending.alineas import each_own
from drafting.domain.amending.announcements import announces_phrases
from drafting.domain.amending.article import line_before
from drafting.domain.amending.divisions import (
    ARTICLE_HEADING,
    MARKS,
    ROMAN_MARK,
    follows,
    heads_of,
    mark_for,
    mark_kind,
    mark_levels,
)
from drafting.domain.amending.edits import LAST, Edit
from drafting.domain.amending.items import (
    all_refs,
    end_item,
    end_quotation_item,
    ended_with_stop,
    item_follows,
    item_kind,
)
from drafting.domain.amending.lexicon import OPEN, quote_depth
from drafting.domain.amending.marks import sorts_between
from drafting.domain.amending.quotations import (
    AMENDS,
    check_unclosed,
    closes_amid,
    closes_unopened,
    closing_lost,
    dropped_amendment_close,
    enclosing_quote,
    inside_quote,
    kept_number_ending,
    requote,
    stop_after,
    within_open_quotation,
)
from drafting.domain.amending.quotes import opened, quote_end
from drafting.domain.amending.spans import slot_index
from drafting.domain.amending.tombstones import DELETED_STONE, NOTED_DELETED
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx


def insert_alineas(article: Article, edit: Edit, ctx: Ctx) -> None:
    after = edit.place.after
    assert after is not None
    if any(not alinea.strip(BLANKS + '«»"“”') for alinea in edit.new):  # « « » » given as an alinéa: nothing to put
        raise ctx.fail("it puts an alinéa with no words", "not_understood")
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
    heading = edit.place.heading_after
    if after == LAST and heading is not None and heading != len(article.slots):
        # the Sénat's heading « Après l'alinéa 1 » then « Compléter cet article par un alinéa … » (p109-026): the
        # article's end is after its last alinéa, not after the 1; which place is meant is not said
        reason = "its heading names one alinéa and its instruction another: which place is meant is not said"
        raise ctx.fail(reason, "ambiguous")
    _check_unseen(article, edit, i, ctx)
    slot = article.slots[i]
    lines, k = line_before(article, i + 1)
    before = lines[k] if k is not None else ""
    if edit.quoted and not edit.place.inside and closes_unopened(before):
        # « Art. L. 612‑3‑1. – … bacheliers." » after « … ainsi rédigé : », its opening quote lost: whether it is
        # a quotation that the alinéas put continue, or the bill's own text after which they stand, is not said
        reason = "the alinéa before closes a quotation it never opens; whether the alinéas put continue it is not said"
        raise ctx.fail(reason, "ambiguous")
    _check_roman_placeholder(article, i, edit.new, ctx)
    if edit.place.numbered_next:
        _check_numbered_next(article, edit, ctx)
    if edit.place.mark_unseen:
        _check_mark_unseen(article, edit, ctx)
    lost = not edit.place.inside and closing_lost(before, _texts_after(article, i))
    # « "III. – (Supprimé) » ending its quotation with no closing quote, as adopted texts write it: the
    # quotation ends there as at a closing quote, and alinéas put after it opening with a division mark are
    # judged so, by their mark (`_extends`, p112-030); prose is the bill's own, as before
    kept = (
        not edit.place.inside
        and bool(edit.new and mark_kind(edit.new[0]))
        and kept_number_ending(before, next(iter(_texts_after(article, i)), ""))
    )
    lost = lost or kept
    extends = (
        edit.quoted
        and not edit.place.inside
        and (bool(quote_end(before)) or lost)
        and _extends(article, before, edit, ctx)
    )
    if edit.quoted and not edit.place.inside and not extends and not opened(before):
        _check_roman_after_own(article, before, edit, ctx)
    if extends and _after_phrases(article, lines, k):
        # « I. – … est complété par une phrase ainsi rédigée : » then « "Ce décret … ." », an alinéa put after that
        # quotation (p109-058): phrases are words of one alinéa, so the alinéa put does not go on with them; whether
        # it is the bill's own or another quotation is not said
        reason = "it puts alinéas right after the quotation of phrases an alinéa announces; whose they are is not said"
        raise ctx.fail(reason, "ambiguous")
    first = next((s for s in article.slots if s.text), None)
    mark_ii = bool(re.match(r"II\s*\.\s*[-–—]", edit.new[0] if edit.new else ""))
    numbered = any(ROMAN_MARK.match(t) for s in article.slots for t in (*s.before, *s.text, *s.after))
    placeholder = re.match(r"(?:\.\.\.|…)\s*\.?\s*[-–—]\s*", edit.new[0] if edit.new else "")
    if numbered and after == LAST and not extends and not edit.place.inside and _unnumbered_paragraph(edit):
        # « Compléter cet article par un paragraphe ainsi rédigé : « Au 3° … » » on an article divided in I, II:
        # a paragraph is a division of its first level, and its number is not given (COM-40 of 2013)
        reason = "it adds a paragraph to an article whose paragraphs are numbered, without its number"
        raise ctx.fail(reason, "ambiguous")
    if placeholder and not extends and not numbered and after == LAST and first:
        # « Compléter cet article par un paragraphe ainsi rédigé : … – » in a text not divided: its II
        edit = replace(edit, new=(f"II. – {edit.new[0][placeholder.end() :]}", *edit.new[1:]))
        mark_ii = True
    if mark_ii and not extends and first and not ROMAN_MARK.match(first.text[0]):
        first.text[0] = f"I. – {first.text[0]}"  # a text gaining a II becomes its I
    like = (slot.text or [article.original[i]])[-1]
    following = article.original[i + 1] if i + 1 < len(article.original) else ""
    if not edit.place.inside and announces_phrases(fold(like)) and opened(following):
        # « b) Sont ajoutées trois phrases ainsi rédigées : » (« La dernière phrase du troisième alinéa est ainsi
        # rédigée : », p109-052) then its quotation, an alinéa put between: phrases are of one alinéa, so the alinéa
        # put is not among them (the count recounted « une phrase » would be wrong), and before the quotation it
        # leaves that introduced by nothing; which is meant is not said
        raise ctx.fail(
            "it puts alinéas between an alinéa announcing phrases (« … phrases ainsi rédigées : ») and their quotation",
            "ambiguous",
        )
    # one alinéa left open last in the amendment: closed there, unless a quotation comes right after it (its
    # quote could then be that quotation's) or the alinéa before introduces one
    open_end = edit.open_end and not (following and opened(following)) and not like.rstrip().endswith(":")
    within = within_open_quotation(article.original, i, i + 1)
    edit = replace(edit, new=check_unclosed(edit.new, like, ctx, open_end, within))
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
        # inside a quotation, alinéas are the quotation's, quoted by the amendment or given bare; next to a
        # comparative text's bare « (Alinéa sans modification) » lines, read past them (`enclosing_quote`)
        enclosing = enclosing_quote(article, i + 1)
        if enclosing is None:
            reason = (
                "the alinéas put stand next to a comparative text's lines standing for alinéas it leaves out; "
                "whether they are inside the quotation beside those lines is not said"
            )
            raise ctx.fail(reason, "ambiguous")
        inside = bool(enclosing)
        if inside and not opened(like):  # next to such a line: the quotation's quote, closing nothing
            new = requote(edit.new, enclosing, True, last="")
        else:
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
    if not extends and not edit.place.inside and new and opened(new[0]) and _after_phrases(article, lines, k):
        # « 3° Le troisième alinéa est complété par une phrase ainsi rédigée : » then « "Ce titre … ." », a quoted
        # alinéa put after that quotation (« « "Ce titre est inscrit … ." » », p110-059): as prose is (above), it
        # would go on with the quotation or stand as a quotation no alinéa introduces; a phrase announced is words
        # of one alinéa, so neither is said
        reason = "it puts alinéas right after the quotation of phrases an alinéa announces; whose they are is not said"
        raise ctx.fail(reason, "ambiguous")
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
    new = ended_with_stop(new, (before, after_it), after_it)
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
    # an item that the next of its enumeration followed already (« « 1° Un avertissement » then « « 2° … ; ») is
    # not the list's last: one put after it leaves it as it stood, its end untouched; the last of a run before
    # an outer item (« c) … vote. » then « 6° ») is, and ends as items followed by another do
    kind = item_kind(before)
    followed = bool(kind) and item_kind(after_it) == kind and opened(after_it) == opened(before)
    article.slots[i].after += new
    if k is not None and not restored and not followed and not quote_end(lines[k]):
        end_item(article, lines, k)
    elif k is not None and not restored and not followed and new and not opened(new[0]):  # after a quoting item
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
    if not said and not edit.place.mark_unseen and at is not None:
        _twins(article, refs, at, mark, edit, ctx)
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


def _same_mark(new: str) -> bool:
    """Whether the mark `new` opens with is surely the one `_mark_key` reads: an adverb glued to it (« 2°bis »)
    is not read so, and « 3° A compter » (the word « à » unaccented) may be a « 3° A »."""
    folded = fold(new).strip()
    glued = re.match(r"[«\"“]?\s*\d+\s*°(?=[a-z])", folded)
    capital = re.match(r"[«\"“]?\s*\d+\s*°\s*(?:(?:bis|ter|quater)\s+)?A\s", folded)
    return not glued and not capital


def _siblings(refs: list[tuple[list[str], int]], at: int, kind: str) -> list[int]:
    """The alinéas (indexes in `refs`) of the enumeration alinéa `at` is in, for a division of `kind` (a key of
    `MARKS`) put after it: those around it quoted as it is (the bill's own, or a quotation's), up to a mark of an
    outer kind, a quoted code article's heading (« « Art. L. 3. – ») or one quoted otherwise; not those of a
    deeper level (the roman items under one of its letters)."""
    lines = [ls[j] for ls, j in refs]
    heads = [fold(t).strip().lstrip('«"“').strip() for t in lines]
    kinds = mark_levels(heads)
    level = {"–": 0, "°": 2, ")": 3}[kind]
    status = opened(lines[at])

    def bound(n: int) -> bool:
        outer = (k := kinds[n]) is not None and k < level
        return opened(lines[n]) != status or outer or bool(status and ARTICLE_HEADING.match(heads[n]))

    first = at
    while first > 0 and not bound(first):
        first -= 1
    last = at + 1
    while last < len(lines) and not bound(last):
        last += 1
    # a mark stands twice only among its siblings: the roman « i) » under a b) is no twin of a letter i) put
    # after the g) (p116-006)
    return [n for n in range(first, last) if not bound(n) and ((k := kinds[n]) is None or k <= level)]


def _twins(
    article: Article, refs: list[tuple[list[str], int]], at: int, mark: tuple[str, str], edit: Edit, ctx: Ctx
) -> None:
    """« Après l'alinéa 3, insérer un 3° » with a 3° standing in that enumeration (not noted deleted, which the
    division put takes the place of): two « 3° » are never meant, and a renumbering is not said (p102-039).
    Recorded (`Article.twins`), refused when the amendment's last edit leaves that one standing with its mark:
    its other parts may renumber it or take its mark away (p16-040, p7a-9)."""
    if not edit.new or not _same_mark(edit.new[0]):
        return
    here = refs[at][0][refs[at][1]]
    if opened(edit.new[0]) != opened(here) and (opened(edit.new[0]) or quote_end(here)):
        return  # given quoted after the bill's own alinéa, or bare after a quotation's end: whose it is is not sure
    put = mark[0].lstrip(OPEN + '"')
    for n in _siblings(refs, at, mark[1]):
        ls, j = refs[n]
        key = _mark_key(ls[j])
        if key is None or key[0].lstrip(OPEN + '"') != put or DELETED_STONE.search(ls[j]):
            continue
        slot = next((s for s, sl in enumerate(article.slots) if sl.text is ls and j == 0), None)
        if slot is None:  # put by an edit before this one: it stands with that mark
            raise ctx.fail(f"it puts a « {put} » where one stands already: which is meant is not said", "ambiguous")
        article.twins.append((slot, put, ctx))


def twins_left(article: Article) -> None:
    """After an amendment's last edit: a division it put beside a standing one of its mark that still stands
    with it (`_twins`) is refused."""
    pending, article.twins = article.twins, []
    for slot, put, ctx in pending:
        text = article.slots[slot].text
        key = _mark_key(text[0]) if text else None
        if key is not None and key[0].lstrip(OPEN + '"') == put and not DELETED_STONE.search(text[0]):
            reason = f"it puts a « {put} » where one stands already: which is meant is not said"
            raise ctx.fail(reason, "ambiguous")


def _check_unseen(article: Article, edit: Edit, i: int, ctx: Ctx) -> None:
    """« Avant le 2°, insérer un 1° bis A », « Après le IX, insérer un X bis »: a mark sorting between the division
    put and the one named as the shuttle numbers them (`Edit.unseen`: « 1° bis », « X »), shown in the
    enumeration it is put in (standing or noted deleted), stands between them: where it goes is not said."""
    spans, kind, put, where, named = edit.unseen
    if not spans:
        return
    refs = all_refs(article)
    lines, k = line_before(article, i + 1)
    at = next((n for n, (ls, j) in enumerate(refs) if ls is lines and j == k), None)
    for n in _enumeration(refs, at, kind):
        text = fold(refs[n][0][refs[n][1]]).strip()
        m = MARKS[kind].match(text)
        shown = mark_for(kind, m.group(1), m.group(2) or "").rstrip(".–) ") if m else ""
        if m and text[:1] not in OPEN + '"' and sorts_between(shown, kind, spans):
            reason = f"it puts a {put} {where} the {named}, where its mark does not go: which is meant is not said"
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
    run = each_own(article, i) or i > 0 and each_own(article, i - 1) and bool(quote_end(lines[i - 1]))
    return straight and own and run


def _unnumbered_paragraph(edit: Edit) -> bool:
    """Whether the alinéas put are said to be a paragraph (« … par un paragraphe ainsi rédigé : ») and the
    first bears no part mark (« III. – », « … – »), other than a gage's."""
    first = re.sub(r"^[«\"“]\s*", "", edit.new[0]) if edit.new else ""
    part = fold(edit.part).lower()
    said = re.search(r"\bun paragraphe (?:additionnel )?(?:ainsi rédigé|rédigé comme suit)", part)
    # a gage (« Pour compenser la perte de recettes … ») is put as written: the Government lifts it, or the
    # services number it with the text adopted (p13-007 accepts it so)
    if not said or part.startswith("pour compenser"):
        return False
    return not ROMAN_MARK.match(first) and not re.match(r"(?:\.\.\.|…|[IVX]+\b)", first)


def _after_phrases(article: Article, lines: list[str], k: int | None) -> bool:
    """Whether alinéa `k` of `lines` is a quotation of phrases: the bill's own alinéa right before it announces
    them (« … est complété par une phrase ainsi rédigée : », `announces_phrases`)."""
    refs = all_refs(article)
    at = next((n for n, (ls, j) in enumerate(refs) if ls is lines and j == k), None)
    if k is None or not at:
        return False
    announcer = refs[at - 1][0][refs[at - 1][1]]
    return opened(lines[k]) and not opened(announcer) and announces_phrases(fold(announcer))


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


_SMALL_ROMAN = re.compile(r"[ivx]+(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))?\s*\)")


def _check_orphan(article: Article, i: int, before: str, new: list[str], ctx: Ctx) -> None:
    """An alinéa with no mark put between two items of the bill's enumeration, the one before ending
    « ; » (« 5° Le sixième alinéa est supprimé ; », then « 6° … »): it is no item, and the item before
    does not introduce it; whose it is is not said (often an amendment counting another amendment's
    alinéas, a sub-amendment that does not say so)."""
    if not new or opened(new[0]) or mark_kind(new[0]) or re.match(r"\.\.\.|…", new[0]):
        return
    if _SMALL_ROMAN.match(new[0]):  # « xi) », « ix bis) »: a roman item (after the « x) » put before it)
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
        if kind == "roman" and not placeholder and re.match(r"[\s«\"“]*II\s*\.", new[0]):
            return False
        # a roman one numbered neither next in the quotation nor as the bill's first after its text (« VII. – »
        # after a quoted « Vi. – », its slip unread): whose it is is not said (p108-050)
        raise ctx.fail(reason, "ambiguous")
    # numbered like both: the one whose last mark it comes next after (« 4° quater » after a quoted « 4° ter »,
    # where the bill's own last is « 2° ter »)
    own_last = next((t for t in reversed(order[: at + 1]) if not opened(t) and mark_kind(t) == kind), "")
    continues, own_next = follows(new[0], quoted_last), follows(new[0], own_last)
    if continues != own_next and not placeholder:
        return continues
    raise ctx.fail(reason, "ambiguous")


def _check_roman_after_own(article: Article, before: str, edit: Edit, ctx: Ctx) -> None:
    """« VI. – » put after the bill's own « II. – » (a second amendment's, which made the quoted article's text
    the I): numbered neither next after the bill's own last paragraph nor first (« II. – »), but next after a
    paragraph of a quotation before (the quoted « V. – »): whose paragraph it is, and so where it goes, is not
    said (p112-024). Refused."""
    new = edit.new[0] if edit.new else ""
    if mark_kind(new) != "roman" or re.match(r"[\s«\"“]*(?:\.\.\.|…)", new):
        return
    order = [lines[j] for lines, j in all_refs(article)]
    at = max((n for n, t in enumerate(order) if t is before), default=len(order) - 1)
    own_last = next((t for t in reversed(order[: at + 1]) if not opened(t) and mark_kind(t) == "roman"), "")
    if not own_last or follows(new, own_last):
        return
    quoted = [t for t in order[: at + 1] if opened(t) and mark_kind(t) == "roman"]
    if any(follows(new, q) for q in quoted):
        reason = "it adds a paragraph after the bill's own, numbered next after a quoted one: whose it is is not said"
        raise ctx.fail(reason, "ambiguous")


def _check_numbered_next(article: Article, edit: Edit, ctx: Ctx) -> None:
    """« Au III, … . Il est ajouté un paragraphe ainsi rédigé : « IX. – … » »: the words do not say whose paragraph
    it is, the III's or the article's; its mark does when it is the next after the article's own last paragraph
    (« IX » or « VIII bis » after « VIII ») and after none quoted (a code article's « VIII »): the article's, at
    its end. Refused otherwise."""
    texts = [*article.head, *(t for s in article.slots for t in (*s.before, *s.text, *s.after))]
    own_last = next((t for t in reversed(texts) if not opened(t) and mark_kind(t) == "roman"), "")
    # a quoted code article's own paragraphs, its first after its heading (« « Art. L. 337-7. – I. – … »)
    bare = [t.lstrip(BLANKS + '«"“') for t in texts if opened(t)]
    quoted = [t[h.end() :] if (h := ARTICLE_HEADING.match(t)) else t for t in bare]
    quoted = [t for t in quoted if mark_kind(t) == "roman"]
    new = edit.new[0] if edit.new else ""
    if not (mark_kind(new) == "roman" and own_last and follows(new, own_last)) or any(follows(new, q) for q in quoted):
        reason = "it adds a paragraph after naming a division or a code article: whose paragraph it is is not said"
        raise ctx.fail(reason, "ambiguous")


def _check_mark_unseen(article: Article, edit: Edit, ctx: Ctx) -> None:
    """« Au 2°, … . Il est ajouté un alinéa ainsi rédigé : « 3° … » »: the next mark after the 2°'s, not its
    adverb, is a new division after the 2° only when no alinéa of the article (its own or quoted) opens with
    that mark: otherwise it may be that one's, and where it goes is not said (p75-034, p75-033)."""
    texts = [*article.head, *(t for s in article.slots for t in (*s.before, *s.text, *s.after))]
    new = edit.new[0].lstrip(BLANKS + '«"“') if edit.new else ""
    for pattern in MARKS.values():
        m = pattern.match(new)
        if m is None:
            continue
        said = (m.group(1), m.group(2) or "")
        if any((o := pattern.match(t.lstrip(BLANKS))) and (o.group(1), o.group(2) or "") == said for t in texts):
            reason = (
                "it adds an alinéa after naming a division, its mark that of one already there: "
                "where it goes is not said"
            )
            raise ctx.fail(reason, "ambiguous")
        return


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
