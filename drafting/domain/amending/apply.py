"""Apply located edits to an article's alinéas: `Amending`, the article a sitting amends, and the dispatch
of each edit to the function that makes its kind.

Alinéa N is the N-th alinéa of the text before the sitting, whatever was inserted or deleted before it:
each keeps a slot, with the alinéas inserted before and after it, so numbers never shift. Words are
found with typography folded (« » and ", ’ and ', no-break spaces) and must be found exactly where the
instruction says, once (or as many times as it says): otherwise the edit is refused.

The kinds of edit are made in words.py, phrases.py, alineas.py and insertion.py; `_made`, here, keeps
track of the words each amendment put, for the rules of sitting.py. This module imports them all, and
none imports it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from drafting.domain.amending.alineas import delete, rewrite
from drafting.domain.amending.article import Article, Ctx, Wipe
from drafting.domain.amending.edits import EVERY, LAST, AmendingError, Edit, Place
from drafting.domain.amending.insertion import insert_alineas
from drafting.domain.amending.lexicon import OPEN
from drafting.domain.amending.phrases import append_sentence, delete_end, replace_end, rewrite_start
from drafting.domain.amending.places import counted_both_ways, counted_either_way, counted_in
from drafting.domain.amending.search import words_pattern
from drafting.domain.amending.sitting import moved, words_put
from drafting.domain.amending.spans import phrase_named
from drafting.domain.amending.together import check_joined
from drafting.domain.amending.tombstones import UNCHANGED, restored_from_joined, restored_standing
from drafting.domain.amending.typography import BLANKS, fold, in_straight_quotes, straight_quotes
from drafting.domain.amending.words import delete_words, insert_words, replace_words


class Amending(Article):
    """An article under the edits of a sitting: each edit made by its kind (`_APPLY`), the words each
    amendment put tracked (`_made`); an edit said two ways made both ways and the readings compared."""

    @property
    def straight(self) -> bool:
        """Whether the text before the sitting writes its quotes straight ("), never as guillemets."""
        return in_straight_quotes(self.original)

    def apply(self, edit: Edit, numero: str) -> None:
        if self.deleted:
            raise AmendingError(numero, edit.part, "the article was deleted by an earlier amendment", "conflict")
        ctx = Ctx(numero, edit.part)
        if edit.joined:
            check_joined(self, edit.joined, ctx)  # the pairs of words one sentence replaces (together.py)
            edit = replace(edit, joined=())
        if edit.kind in _WORDS_IN_LINE and edit.new and self.straight:  # the words put written as the text quotes
            edit = replace(edit, new=tuple(straight_quotes(n) for n in edit.new))
        each = edit.kind in _WORDS_NAMED and edit.place.path and _EACH.fullmatch(edit.place.path[0])
        if each and self._in_each(edit, ctx):  # « Aux 1° et 2° du I »: each item's words
            return
        if edit.readings:
            self._readings(edit, ctx)
            return
        # « Seconde phrase », no alinéa named: there is one (in a division named before: its one, `counted_in`)
        if edit.place.sole and not edit.place.path and len(self.original) != 1:
            reason = f"it names a phrase but not the alinéa it is in, and the article has {len(self.original)} alinéas"
            if edit.place.phrase is None:  # « Compléter cet alinéa », no alinéa named before
                reason = f"it names no alinéa, and the article has {len(self.original)} alinéas: which one is not said"
            raise ctx.fail(reason, "not_understood")
        if edit.place.maybe_in:  # « Au second alinéa du I et au premier alinéa »: the I's first, or this article's?
            edit = replace(edit, place=counted_both_ways(self, edit, ctx))
        if edit.place.worded:  # « au deuxième alinéa »: this article's or the code article's it quotes?
            edit = replace(edit, place=counted_either_way(self, edit, ctx))
        edit = restored_from_joined(self, edit, ctx)  # « Alinéa 8 / Rétablir le c) … » on « b à d) (Supprimé) »
        if edit.place.phrase_words and edit.place.alineas is None and edit.place.after is None:
            edit = replace(edit, place=self._phrase_sought(edit, ctx))
        if edit.place.within or edit.place.path:
            counted = counted_in(self, edit, ctx)
            if edit.restores and edit.kind == "rewrite":  # « Rétablir le 1° » on a 1° that stands
                restored_standing(self, edit.place, counted, ctx)
            edit = replace(edit, place=counted)
        elif _at_article_edge(edit):
            # « À la fin de cet article, remplacer les mots : X »: words ending its last alinéa (« Au début de cet
            # article »: opening its first), not the end of any alinéa, as for a code article or a division named
            # (`counted_in`); words put there (« À la fin de cet article, ajouter les mots », « Compléter cet article
            # par les mots ») complete its last alinéa (open its first), as « Compléter l'alinéa N par les mots »
            first = edit.place.end == "début"
            if edit.kind == "insert_words" and len(self.original) > 1:
                _edge_own(self.original[0 if first else -1], first, ctx)
            edit = replace(edit, place=replace(edit.place, alineas=(1,) if first else (LAST,)))
        if edit.place.phrase_words:  # « Alinéas 3 et 7 / Compléter la phrase : « X » … »: X once in the article
            edit = replace(edit, place=self._phrase_once(edit, ctx))
        if edit.place.phrase_words:  # « Compléter la phrase : « X » … »: which phrase X is
            edit = replace(edit, place=phrase_named(self, edit.place, ctx))
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

    def _in_each(self, edit: Edit, ctx: Ctx) -> bool:
        """« Aux 1° et 2° du I, remplacer les mots : X … » names each item (as « Au 1° et au 2° du I »): the edit
        made in each, when it holds in each; else (False) the items are read as the run they make, as before
        (words found once there; made in each, they would be found in each, twice in the run: never both)."""
        state = copy.deepcopy(self)
        try:
            for mark in edit.place.path[0].split(" et "):
                state.apply(replace(edit, place=replace(edit.place, path=(mark, *edit.place.path[1:]))), ctx.numero)
        except AmendingError:
            return False
        self.__dict__.update(state.__dict__)
        return True

    def _phrase_sought(self, edit: Edit, ctx: Ctx) -> Place:
        """« Compléter la phrase : « X » du II par … », « Supprimer la phrase : « X » », no alinéa named: X
        sought in every alinéa of the division named, or of the article; exactly one phrase must be X."""
        place = edit.place
        if place.path or place.within:  # the division's alinéas, all of them (a rewrite names them whole)
            counted = counted_in(self, replace(edit, kind="rewrite", place=replace(place, end=None)), ctx)
            among = counted.alineas or ()
            where = f"the text proposed for article {place.within}"
            where = f"the {' of the '.join(place.path)}" if place.path else where
            place = replace(counted, end=place.end, whole=False)
        else:
            among, where = tuple(range(1, len(self.original) + 1)), "the article"
        return phrase_named(self, place, ctx, among, where)

    def _phrase_once(self, edit: Edit, ctx: Ctx) -> Place:
        """« Alinéas 3 et 7 / Compléter la phrase : « X » par … »: several alinéas named, no phrase number nor
        division: X, its exact words, must be one phrase of the whole article (as with no alinéa named), in one
        of the alinéas named: that one; else left as it was, refused (the alinéa it is in is not said)."""
        place = edit.place
        named = place.alineas or ()
        if len(named) < 2 or any(n <= 0 for n in named) or place.phrase is not None or place.after is not None:
            return place
        if place.path or place.within or place.each:
            return place
        every = tuple(range(1, len(self.original) + 1))
        try:
            found = phrase_named(self, replace(place, alineas=None), ctx, every, exact=True)
        except AmendingError:
            return place
        return found if found.alineas and found.alineas[0] in named else place

    def _readings(self, edit: Edit, ctx: Ctx) -> None:
        """« Aux alinéas 2 et 3, substituer respectivement aux dates : A et B les dates : C et D »: each pair
        in each alinéa named, as without « respectivement »; failing that, pair k in alinéa k, or each pair
        once in the alinéas named together: those of these that hold must give the same text."""
        first = edit.readings[0]
        if edit.last_holds:
            last = copy.deepcopy(self)
            for e in edit.readings[-1]:
                last.apply(e, ctx.numero)
            try:
                state = copy.deepcopy(self)
                for e in first:
                    state.apply(e, ctx.numero)
                last = state
            except AmendingError:
                pass
            self.__dict__.update(last.__dict__)
            return
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


# Two items of one level joined in a place (« Aux 1° et 2° du I »), and the edits of words each may be named for
_EACH = re.compile(r"\d+ ?°(?: (?:bis|ter|quater))? et \d+ ?°(?: (?:bis|ter|quater))?")
_WORDS_NAMED = frozenset(["replace_words", "delete_words", "insert_words"])


# The edits that put words inside an alinéa (not alinéas whole, whose own quotes the text's style sets)
_WORDS_IN_LINE = frozenset(["replace_words", "insert_words", "append_sentence", "replace_end", "rewrite_start"])


def _at_article_edge(edit: Edit) -> bool:
    """Whether the edit replaces or deletes words « à la fin » (« au début ») of the whole article: no alinéa,
    phrase nor division named, nor words changed wherever they are."""
    p = edit.place
    named = p.alineas is not None or p.phrase is not None or p.after is not None or p.each or p.phrase_words
    edged = edit.kind in _EDGE_WORDS or edit.kind == "insert_words" and p.article_edge
    return bool(p.end) and not named and not p.every and edit.times != EVERY and edged


# The edits naming words that « à la fin » (« au début ») of a place puts at its end (its start); words put « à la
# fin de cet article » complete its last alinéa (`Place.article_edge`)
_EDGE_WORDS = frozenset(["replace_words", "delete_words"])


# A division's mark opening an alinéa: a part (« II. – », « II (nouveau). – », « A. – »), an item (« 4° », « a) »,
# « – »)
_DIVISION_MARK = re.compile(
    r"(?:[IVXLC]+|[A-Z])(?: (?:bis|ter|quater|quinquies|[A-Z]))*\s*(?:\([^)]*\)\s*)?\.?\s*[-–—]\s"
    r"|\d+\s?°|[a-z]{1,4}(?: (?:bis|ter|quater))?\)|[-–—]\s"
)


def _edge_own(alinea: str, first: bool, ctx: Ctx) -> None:
    """Refuse words put at the end (start) of an article of several alinéas unless its last (first) alinéa is its
    own plain text, as after an enumeration (« 4° … . » / « Le projet de loi … . », p115-081): when it is a quoted
    one, the quoted text's end or the article's own after the quotation is not said (« … ainsi rédigé : » /
    « « X. » »); when it opens a division (« II. – … », « 4° … »), words « cet article » is completed by would
    complete that division alone, which the place does not name (p106-038: words written for an article of one
    alinéa)."""
    line = alinea.lstrip(BLANKS)
    if line[:1] in OPEN + '"':
        reason = "the article's edge is a quotation's: whether the words go inside it or after it is not said"
        raise ctx.fail(reason, "ambiguous")
    if _DIVISION_MARK.match(line):
        reason = "the article's edge is a division's (« II. – », « 4° »): whether the words complete it is not said"
        raise ctx.fail(reason, "ambiguous")


def _made(article: Article, edit: Edit, ctx: Ctx) -> None:
    """Make the edit, keeping track of the words each amendment of the sitting put or changed in the
    alinéas as they stood (`Slot.fresh`): another amendment's words must not be found among them."""
    was = [list(slot.text) for slot in article.slots]
    named = _numbers(article, edit) if article.overlaps else set()
    wipes = _check_overlap(article, edit, named, ctx) if article.overlaps else False
    ctx.anchors = []
    if edit.kind in _WORDS_IN_LINE and not "".join(edit.new).strip():
        raise ctx.fail("the words it puts are empty (« »): what it means is not said", "not_applicable")
    _APPLY[edit.kind](article, edit, ctx)
    if len(article.slots) != len(was):  # the article rewritten whole: the amendments of its parts fall
        return
    words = _named_words(edit)
    if wipes:
        wipe = Wipe(ctx.numero, edit.kind, "\n".join(edit.new), article.step, frozenset(named))
        article.wiped.update(dict.fromkeys(named, wipe))
    elif edit.kind != "insert_alineas":
        for n in named:
            article.changed.setdefault(n, {}).setdefault(ctx.numero, []).append(words)
    # no alinéa named (words looked for in the whole article): those it changed count as named; words changed
    # wherever they are (« dans l'ensemble de l'article ») are changed in what stays, either way
    unnamed = article.overlaps and not named and edit.kind != "insert_alineas"
    unnamed = unnamed and edit.times != EVERY and not edit.place.every
    anchored: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for hit in ctx.anchors:
        anchored.setdefault((id(hit.slot), hit.line), []).append((hit.start, hit.end, ctx.numero))
    for i, (slot, lines) in enumerate(zip(article.slots, was, strict=True)):
        if slot.text == lines:
            continue
        if unnamed:
            article.changed.setdefault(i + 1, {}).setdefault(ctx.numero, []).append(words)
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


def _numbers(article: Article, edit: Edit) -> set[int]:
    """The alinéas the edit names (its place counted), numbered from 1 as before the sitting."""
    count = len(article.original)
    return {n if n > 0 else count + 1 + n for n in edit.place.alineas or ()}


class Before(Exception):  # noqa: N818 (a move of the sitting, not an error: `order.made_in_order` makes it)
    """The edit changes alinéas another amendment's edit, made earlier in the sitting (at `step`), deleted
    whole, or rewrote in words that do not hold those the edit names: it can only have been voted before
    that edit (after it, there was nothing for it to change). The sitting is made again with it there."""

    def __init__(self, step: int) -> None:
        super().__init__(step)
        self.step = step


def _named_words(edit: Edit) -> tuple[str, ...]:
    """The words an edit names in the alinéa it changes: its old words, its anchor (none for a phrase
    added, a phrase named by its number, an alinéa rewritten)."""
    return tuple(w for w in (edit.old, edit.anchor) if w.strip(BLANKS + '«»"“”'))


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether a rewrite's text holds some of the words named (or none are named: it may hold what is meant)."""
    folded = fold(text)
    return not words or any(words_pattern(w.strip(BLANKS + '«»"“”'), re.I).search(folded) for w in words)


def _check_overlap(article: Article, edit: Edit, named: set[int], ctx: Ctx) -> bool:
    """An alinéa one amendment deletes or rewrites whole (« Supprimer l'alinéa 8 », or a division that holds
    it: « Supprimer le II », « Rédiger ainsi le 2° du II ») while another changes it. All the amendments of
    the sitting were adopted: deleted, the change can only have been voted before the deletion (after it,
    there was nothing to change), and the alinéa is deleted, in whichever order they come; rewritten in
    words that do not hold those the change names (its old words, its anchor), the change can only have
    been voted before too, and overwritten: the rewrite stands. A rewrite that holds them (or a change that
    names none: a phrase added) may have come first, the change then made on its text, or after: which is
    not said: refused (`conflict`), as are two rewrites of one alinéa, or a rewrite and a deletion of only
    some of the alinéas the other names. A change (or a rewrite) met after the deletion, or a change after
    the rewrite lacking its words, is made before it (`Before`). `named`: the alinéas the edit names;
    whether it wipes them."""
    p = edit.place
    wipes = edit.kind in ("rewrite", "delete") and bool(named) and p.phrase is None and not (p.end or p.each)
    if edit.kind == "insert_alineas" or not (article.wiped or article.changed and wipes):
        return wipes
    first = "which was voted first is not said"
    words = _named_words(edit)
    wipers = sorted({w for n in named if (w := article.wiped.get(n)) and w.numero != ctx.numero}, key=lambda w: w.step)
    for w in wipers:
        if wipes and edit.kind == "delete" and (w.kind == "delete" or w.named <= named):
            continue  # deleted twice, or the rewrite deleted: deleted, either way
        if wipes and (edit.kind == "delete" or w.kind == "rewrite" or not named <= w.named):
            if edit.kind == w.kind == "rewrite":
                raise ctx.fail(f"amendment {w.numero} rewrites the alinéa it rewrites too; {first}", "conflict")
            some = "rewrites or deletes only some of the alinéas it rewrites or deletes"
            raise ctx.fail(f"amendment {w.numero} {some}; {first}", "conflict")
        if w.kind == "delete" or not _holds(w.new, words):
            raise Before(w.step)  # made before the deletion, or the rewrite lacking its words
        if not words:
            reason = f"amendment {w.numero} rewrites the alinéa it changes, and it names no words there; {first}"
            raise ctx.fail(reason, "conflict")
        reason = f"amendment {w.numero} rewrites the alinéa it changes, in words that hold those it names; {first}"
        raise ctx.fail(reason, "conflict")
    if not wipes or edit.kind == "delete":  # a deletion after changes: made before it, they are deleted with it
        return wipes
    for n in sorted(named):
        for other, said in sorted(article.changed.get(n, {}).items()):
            if other != ctx.numero and not all(said):
                said_none = "naming no words there, and it rewrites that alinéa whole"
                reason = f"amendment {other} changes alinéa {n}, {said_none}; {first}"
                raise ctx.fail(reason, "conflict")
            if other != ctx.numero and any(_holds("\n".join(edit.new), w) for w in said):
                holds = "which it rewrites whole in words that hold those it names"
                reason = f"amendment {other} changes alinéa {n}, {holds}; {first}"
                raise ctx.fail(reason, "conflict")
    return wipes


_APPLY = {
    "replace_words": replace_words,
    "delete_words": delete_words,
    "insert_words": insert_words,
    "append_sentence": append_sentence,
    "replace_end": replace_end,
    "rewrite_start": rewrite_start,
    "delete_end": delete_end,
    "rewrite": rewrite,
    "delete": delete,
    "insert_alineas": insert_alineas,
}
