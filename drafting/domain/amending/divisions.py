"""Numbered divisions and their marks (« I. – », « A. – », « 1° », « a) », « Art. L. 1. – »): the level of
each mark, the alinéas a division spans, the mark a division placed between others takes, and the
numbers drafters leave as « … – » given. Apart because places, deletions, insertions and the article's
final text all read marks the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from drafting.domain.amending.edits import AmendingError
from drafting.domain.amending.quotes import kept_line, kept_run, opened, quote_end
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx


# The end of a paragraph's mark as some bills write it (the République numérique consultation text): « II. Le
# premier alinéa … », a full stop and a capitalised word, no dash; « I- Le chapitre … », a dash glued to the
# numeral. Read as a mark where the article's paragraphs number in order up to it (`_loose_in_order`): « V. Hugo »
# alone is no paragraph
LOOSE_ROMAN_END = r"(?:\.[ \u00a0\u202f]+|-[ \u00a0\u202f]*)(?=[A-ZÀ-Ý](?![.\w]*\.))"
_LOOSE_ROMAN = re.compile(r"^([IVX]+)" + LOOSE_ROMAN_END)

# The marks of the article's own divisions, outermost first: « II. – », « A. – », « 2° », « a) », and the
# items numbered in small roman numerals under a lettered one (« b) … : » then « i) », « ii) »)
# Several divisions deleted in a row keep one mark, « c et d) (Supprimé) », « II à IV. – (Supprimé) », « 3° à
# 5° (Supprimé) »: of their kind and level (the first number read, the others after « et », « à »)
DIVISION_MARKS = (
    re.compile(
        r"^([IVX]+)(?:\s+(bis|ter|quater|quinquies|sexies|[A-Z]{1,2}))?"
        + r"(?:\s+(?:et|à)\s+[IVX]+(?:\s+(?:bis|ter|quater|quinquies|sexies|[A-Z]{1,2}))?)?"
        + r"(?:\s*(?:\(nouveau\)\s*)?\.\s*[-(]|"
        + LOOSE_ROMAN_END
        + ")"
    ),
    re.compile(r"^([A-Z])\s*\.\s*-"),
    # « 1° AA », « 1° A », « 1° ter A »: items a shuttle put before the 1°, the 1° ter, their capitals part of
    # the mark (before a capital: « 1° A la … » is « À la » unaccented)
    re.compile(
        r"^(\d+)\s*°\s*((?:bis|ter|quater|quinquies|sexies)\b(?: [A-Z]{1,2}(?= +[A-ZÀ-Ý«\"“(]))?"
        r"|[A-Z]{1,2}(?= +[A-ZÀ-Ý«\"“(]))?"
        r"(?:\s*(?:et|à)\s+\d+\s*°(?:\s*(?:bis|ter|quater|quinquies|sexies)\b)?)?"
    ),
    # « b bis) (nouveau) » too; « c et d) » only before a note in brackets (« (Supprimé) »): a tombstone
    re.compile(r"^([a-z])(?:\s+(bis|ter|quater|quinquies|sexies))?(?:\s+(?:et|à)\s+[a-z](?:\s+(?:bis|ter))?(?=\s*\)\s*\())?\s*\)"),
    re.compile(r"^([ivx]+)\s*\)"),
)
_RANGED = re.compile(r"\s(?:et|à)\s")  # a mark that names several divisions (« c et d) »)
_ITEM = re.compile(r"^([a-z]+)\s*\)")
ROMAN_ITEM = re.compile(r"^[ivx]+\)\s*")
_ROMAN_RUN = re.compile(r"^[«\"“]?\s*[ivx]{2,}\s*\)")  # « ii) »: a roman item, never a letter


def _level(mark: str, outer: str = "") -> int:
    """Which kind of division a mark as the grammar gives it names (« iv », « a », « 2° », « 2°bis », « a) »,
    « ii) »); `outer` is the mark named around it: « i) » under a lettered item is a roman one."""
    if re.fullmatch(r"[ivx]+\)", mark) and (len(mark) > 2 or outer and _level(outer) == 3):
        return 4
    if mark.endswith(")") or re.fullmatch(r"[a-z]", mark) and mark not in "ivx":  # « le b du 1° », « le b) du 1° »
        return 3
    # « le b bis du 1° »; « i bis » with no « ) » is the paragraph « I bis » (the grammar gives small-letter
    # items their « ) » before lowering the case)
    if re.fullmatch(r"[a-hj-uwyz] (?:bis|ter|quater|quinquies|sexies)", mark):
        return 3
    if mark in ("i", "v", "x") and outer and _level(outer) == 2:
        return 3  # « le i du 2° »: no paragraph sits in an item, it is a letter (after « h) »)
    if "°" in mark:
        return 2
    return 0 if re.fullmatch(r"[ivx]+(?: \w+)?", mark) else 1


def named_level(mark: str, outer: str = "") -> int:
    """The index in `DIVISION_MARKS` of the kind of division a mark named gives (`_level`)."""
    return _level(mark, outer)


def division_bounds(
    article: Article, path: tuple[str, ...], ctx: Ctx, quoted: tuple[int, int] | None = None
) -> tuple[int, int]:
    """The alinéas of the division « le a) du 2° du I » names (`path` innermost first): the alinéa that
    opens with its mark, outside quotations (or, given `quoted`, among those alinéas: a quoted code
    article's), and those after it up to the next mark of its kind or of an outer one (0-based, both
    included). Refused when its mark opens no alinéa, or several. The innermost may be a run of divisions
    of one kind (« les 3° et 4° du I », « les a à c du 2° »): from the first's first alinéa to the last's
    last, those named with « et » next to each other."""
    lo, hi = quoted or (0, len(article.original) - 1)
    heads = quoted_heads(article, lo, hi) if quoted else heads_of(article)
    kinds = mark_levels(heads)
    span = _within(article, (heads, kinds), path, ("", (lo, hi)), ctx)
    if quoted and len(path) == 1 and kinds[span[0]] == 0 and heads[span[0]].startswith("I."):
        # « « Art. L. 443-9-2. – I. – (Non modifié) » then bare « (Alinéa sans modification) » lines, no « II »
        # given: a lone I is never written, the article's other paragraphs are left out of the comparative
        # text, and whether those lines are the I's or theirs (or headings after the article) is not said
        alone = not any(kinds[k] == 0 for k in range(lo, hi + 1) if k != span[0])
        if alone and any(kept_line(article.original[k]) for k in range(span[0] + 1, span[1] + 1)):
            reason = (
                "the I it names is the only paragraph given of the code article, and whether the comparative "
                "text's « (Alinéa sans modification) » lines after it are the I's is not said"
            )
            raise ctx.fail(reason, "ambiguous")
    return span


def _within(
    article: Article,
    marks: tuple[list[str], list[int | None]],
    path: tuple[str, ...],
    around: tuple[str, tuple[int, int]],
    ctx: Ctx,
) -> tuple[int, int]:
    """`path` (innermost first) between the alinéas `around` gives, with the mark named around it. A mark
    that opens several alinéas there names the one the rest of the path is found in, when it is in one only
    (« le b du 2° », two 2° and only one with a b): a path is read where it exists once."""
    heads, kinds = marks
    outer, bounds = around
    mark, inner = path[-1], path[:-1]
    members = re.split(r", | et | à ", mark)
    if len(members) > 1 or not inner:
        spans = [_one_division(article, marks, (m, outer), bounds, ctx) for m in members]
        if " à " in mark and spans[-1][0] < spans[0][0] or " à " not in mark and any(
            b[0] != a[1] + 1 for a, b in pairwise(spans)
        ):
            raise ctx.fail(f"the divisions « {mark} » it names are not a run of divisions in order", "not_understood")
        span = (spans[0][0], spans[-1][1])
        return _within(article, marks, inner, (members[-1], span), ctx) if inner else span
    candidates = marked(article, marks, (mark, outer), bounds, ctx)
    if len(candidates) <= 1:
        return _within(article, marks, inner, (mark, _one_division(article, marks, (mark, outer), bounds, ctx)), ctx)
    found: list[tuple[int, int]] = []
    unsaid = False  # the rest of the path refused in one of them for another reason than not being there
    for span in candidates:
        try:
            found.append(_within(article, marks, inner, (mark, span), ctx))
        except AmendingError as exc:
            unsaid = unsaid or exc.code != "no_such_division"
    if len(found) == 1 and not unsaid:
        return found[0]
    return _one_division(article, marks, (mark, outer), bounds, ctx)  # refused: several


def _one_division(
    article: Article,
    marks: tuple[list[str], list[int | None]],
    named: tuple[str, str],
    bounds: tuple[int, int],
    ctx: Ctx,
) -> tuple[int, int]:
    """The alinéas (0-based, both included) of the division whose mark `named` gives (with the mark named
    around it), between `bounds`; refused when that mark opens no alinéa there, or several."""
    spans = marked(article, marks, named, bounds, ctx)
    if len(spans) != 1:
        mark = named[0]
        said = "no" if not spans else "several"
        code = "no_such_division" if not spans else "ambiguous"
        shown = mark.upper() if re.fullmatch(r"[ivx]+", mark) else mark  # read folded: « ii » is « II »
        raise ctx.fail(f"{said} alinéa of the article opens with the mark « {shown} »", code)
    return spans[0]


def marked(
    article: Article,
    marks: tuple[list[str], list[int | None]],
    named: tuple[str, str],
    bounds: tuple[int, int],
    ctx: Ctx,
) -> list[tuple[int, int]]:
    """Each division between `bounds` whose mark `named` gives (with the mark named around it): its alinéas
    (0-based, both included)."""
    heads, kinds = marks
    mark, outer = named
    lo, hi = bounds
    if mark.isdigit():  # « le b du 2 du V bis »: the paragraph's divisions « 1. », « 2. »
        return _numbered(article, marks, named, bounds, ctx)
    level = _level(mark, outer)
    pattern = DIVISION_MARKS[level]
    wanted = re.sub(r"[\s)°]", "", mark)
    starts = []
    for i in range(lo, hi + 1):
        m = pattern.match(heads[i])
        says = m is not None and re.sub(r"\s", "", "".join(g or "" for g in m.groups())).lower() == wanted
        if m and says and kinds[i] == level and not _RANGED.search(m[0]):  # « c et d) » names neither alone
            starts.append(i)
    if level == 3 and len(wanted) == 1 and outer and _level(outer) == 0:
        # « le 4° du A du II »: a letter named under a paragraph is its lettered item (one not inside its 1°,
        # 2° …) or its capital division (« A. – Le III est ainsi modifié : »); both there, not said
        starts = [i for i in starts if not any(k in (1, 2) for k in kinds[lo + 1 : i])]
        capital = DIVISION_MARKS[1]
        capitals = [i for i in range(lo, hi + 1) if kinds[i] == 1 and _capital_is(capital.match(heads[i]), wanted)]
        if capitals and not starts:
            level, starts = 1, capitals
        elif capitals:
            starts += capitals
    if not starts and level == 3 and wanted in "ivx" and 3 not in kinds[lo : hi + 1]:
        # « le i) du 1° », the 1° having items i), ii) and no lettered one: that roman i)
        level, pattern = 4, DIVISION_MARKS[4]
        starts = [
            i for i in range(lo, hi + 1) if kinds[i] == 4 and pattern.match(heads[i]) and heads[i][:2] == f"{wanted})"
        ]
    return [(first, _extent(article, marks, (first, level), hi, ctx)) for first in starts]


# « 2. Dans le cas où … »: a division numbered in figures with a full stop, as the covid law's V bis numbers its
# own (« V bis. – 1. Dans les autres … », then « 2. », « 3. »); not a decimal (« 1.5 ») nor a date
_NUMBERED = re.compile(r"^(\d+)(?:\s+(?:bis|ter|quater|quinquies|sexies))?\s*\.\s+(?=[^\d\s])")
# the « 1. » written on the paragraph's own alinéa, after its mark: « V bis. – 1. Dans … »
_NUMBERED_INLINE = re.compile(
    r"^[IVX]+(?:\s+(?:bis|ter|quater|quinquies|sexies|[A-Z]{1,2}))?\s*\.\s*-\s*1\s*\.\s+(?=[^\d\s])"
)


def _numbered(
    article: Article,
    marks: tuple[list[str], list[int | None]],
    named: tuple[str, str],
    bounds: tuple[int, int],
    ctx: Ctx,
) -> list[tuple[int, int]]:
    """The division « 2. » of the paragraph named around it (« le b du 2 du V bis »), between `bounds`: the
    alinéa opening with « 2. » and those after it up to the next division so numbered, or a paragraph's mark
    (« A. – », « VI. – »), or the paragraph's end. Read only in a paragraph whose divisions are so numbered
    from 1 in a row (its « 1. » on its own alinéa or after its mark, « V bis. – 1. »): a bare number named
    elsewhere is not read as one. The « 1. » written after the paragraph's mark shares its alinéa: its bounds
    are not said, refused."""
    heads, kinds = marks
    mark, outer = named
    lo, hi = bounds
    inline = bool(_NUMBERED_INLINE.match(heads[lo]))
    opening = [(i, m) for i in range(lo + 1 if inline else lo, hi + 1) if (m := _NUMBERED.match(heads[i]))]
    plain = [int(m.group(1)) for _, m in opening if m.group(0).split(".")[0].strip().isdigit()]
    numeral, _, adverb = outer.partition(" ")
    shown = f"{numeral.upper()} {adverb}".strip()  # « V bis »
    if not outer or _level(outer) != 0 or [*([1] if inline else []), *plain] != list(range(1, len(plain) + inline + 1)):
        reason = f"the « {mark} » it names is not a division « {mark}. » of the {shown}, numbered in a row from 1"
        raise ctx.fail(reason, "no_such_division")
    if inline and mark == "1":
        reason = f"the « 1. » of the {shown} opens inside the alinéa of its mark: the division's bounds are not said"
        raise ctx.fail(reason, "ambiguous")
    starts = [i for i, m in opening if m.group(0).split(".")[0].strip() == mark]
    spans = []
    for first in starts:
        last = first
        while last + 1 <= hi and not _NUMBERED.match(heads[last + 1]) and kinds[last + 1] not in (0, 1):
            after_item = (kinds[last] is not None or last == first) and not heads[last].endswith(":")
            if kinds[last + 1] is None and heads[last + 1] and after_item and first == starts[-1] == opening[-1][0]:
                # an alinéa of no mark after the last division's last item (« Le présent V bis s'applique … » after
                # the 2.'s « b) … . »): the division's or the paragraph's, not said; before a next « 3. », the
                # division's (« Le cas échéant, … au présent 3 », the covid law's V bis)
                reason = f"whether the alinéa after the items of the « {mark}. » of the {shown} is its own is not said"
                raise ctx.fail(reason, "ambiguous")
            last += 1
        spans.append((first, last))
    return spans


def _capital_is(m: re.Match[str] | None, wanted: str) -> bool:
    return m is not None and m.group(1) == wanted.upper()


def _extent(
    article: Article, marks: tuple[list[str], list[int | None]], opening: tuple[int, int], hi: int, ctx: Ctx
) -> int:
    """The last alinéa of the division that alinéa `opening[0]` opens at level `opening[1]`: up to the next
    mark of its kind or of an outer one, not after `hi`."""
    heads, kinds = marks
    last, level = opening
    while last + 1 <= hi and not ((kind := kinds[last + 1]) is not None and kind <= level):
        if level >= 2 and heads[last + 1] and kind is None:
            # an alinéa with no mark after an item: the item's when it introduces it (« … : »); after a
            # full stop, the division above's (« Dans les établissements publics … » after the last 2°)
            kept = _kept_in(article, (opening[0], last), hi, level, marks)
            if kept:  # « (Alinéa sans modification) » lines standing for alinéas of the division's: up to them
                last = kept
                continue
            ending = fold(article.original[last]).rstrip(BLANKS + '»"')[-1:]
            if ending == "." and kept_line(article.original[last + 1]):
                # a bare « (Alinéa sans modification) » after a full stop, before a mark above (« V ter. – ») or
                # the end: the item's second alinéa or the division above's last, its words not given
                mark = heads[opening[0]].split()[0]
                reason = (
                    f"whether alinéa {last + 2}, a comparative text's « (Alinéa sans modification) », belongs to "
                    f"the division « {mark} » is not said"
                )
                raise ctx.fail(reason, "ambiguous")
            if ending == ".":
                break
            # « – » items after one ending « : » (« b) … ayant pour objet : » then « – de limiter … ; »): its own
            dashed = _DASH_ITEM.match(heads[last + 1]) and (ending == ":" or _DASH_ITEM.match(heads[last]))
            # the next alinéa with a mark is one below it (« c) » in the 1° after « b) (Non modifié) » and
            # dashes): the division's list goes on after them, so they are in it, whoever's they are inside it
            later = next((k for k in kinds[last + 2 : hi + 1] if k is not None), None)
            if ending != ":" and not dashed and not (later is not None and later > level):
                mark = heads[opening[0]].split()[0]  # as it opens the division (« 2° »)
                reason = f"whether alinéa {last + 2} belongs to the division « {mark} » is not said"
                raise ctx.fail(reason, "ambiguous")
        last += 1
    return last


def _kept_in(
    article: Article, span: tuple[int, int], hi: int, level: int, marks: tuple[list[str], list[int | None]]
) -> int:
    """Whether the bare « (Alinéa sans modification) » lines after alinéa `span[1]` of the division opening at
    `span[0]` are in it, as a Senate comparative text writes an alinéa kept (its mark-less words, and quote,
    left out): inside a quotation still open (its last quoted alinéa not closed: « « II. – … » then the lines,
    then « II. – » of the article, or « « Art. L. 446-18. – … »), which they go on, as `quotation_last` reads a
    quotation; or when the next mark after them is another of its kind (« 4° » after the 3°'s lines, « e) »
    after the d)'s): nothing of the division above sits between two of its items. The last of them (0-based)
    when they are, else 0 (whose they are is then read from the alinéa before them, or refused)."""
    heads, kinds = marks
    last = span[1]
    original = article.original
    run = kept_run(original, last, hi)
    if run == last:
        return 0
    if not heads[last] and opened(original[last]) and not quote_end(original[last]):
        return run  # a quotation the division holds, still open (not one of a quoted article's own alinéas)
    if heads[last] and ANNOUNCES.search(heads[last]) and run + 1 <= hi and opened(original[run + 1]):
        # « 2° … est ajoutée une section 1 A ainsi rédigée : », the lines, then « « Art. L. 446-1 A. – … »: the
        # text it announces starts right after it, so the lines stand for its first alinéas (p77-054)
        return run
    later = next((k for k in kinds[run + 1 : hi + 1] if k is not None), None)
    return run if later == level else 0


_DASH_ITEM = re.compile(r"[-–—]\s")  # « – de limiter … ; »: an item of a list a « : » introduces, unnumbered
# An alinéa announcing the text that follows it: « … ainsi rédigée : », « … rédigés comme suit : »
ANNOUNCES = re.compile(r"\b(?:ainsi\s+rédigée?s?|rédigée?s?\s+comme\s+suit)\s*:$", re.I)


def quoted_heads(article: Article, first: int, last: int) -> list[str]:
    """The alinéas `first` to `last` (a quoted code article) as its own divisions read: each folded, without
    its opening quote, the first without its heading (« « Art. L. 100-1 A. – I. – … » opens the I); ""
    for the others, and for those quoted inside it."""
    heads = [""] * len(article.original)
    for i in range(first, last + 1):
        head = fold(article.original[i]).strip()
        if i == first:
            head = head.lstrip(' "')
            heading = ARTICLE_HEADING.match(head)
            head = head[heading.end() :] if heading else head
        elif head.startswith('"'):
            head = head[1:].lstrip()
        heads[i] = "" if head.startswith('"') else head
    return heads


def heads_of(article: Article) -> list[str]:
    """Each alinéa folded, "" for those inside a quotation (whose marks are not the article's)."""
    return [("" if opened(a) else fold(a).strip()) for a in article.original]


def one_division(alineas: list[str], first: int, last: int) -> bool:
    """Whether alinéas `first` to `last` (from 0) are one division of the bill's own and what it holds:
    the first opens with a mark, each after it is one of its kind (« 1° », « 2° »), a division below it
    (« b) » then « i) », « ii) ») or quoted (the text it introduces). A run reaching a division above it
    (« 3° » then « II. – ») or the bill's prose is not: deleted by several amendments, each is read alone."""
    heads = [("" if opened(a) else fold(a).strip()) for a in alineas]
    kinds = mark_levels(heads)
    top = kinds[first]
    if top is None:
        return False
    return all(not heads[i] or (kind := kinds[i]) is not None and kind >= top for i in range(first + 1, last + 1))


def mark_levels(heads: list[str]) -> list[int | None]:
    """The level of the mark each alinéa opens with (an index of `DIVISION_MARKS`), None for none. « i) »,
    « v) », « x) » are letters, unless they are in a run of roman ones: « i) » before « ii) », « v) »
    after « iv) » or before « vi) », « x) » after « ix) » or before « xi) » (the item next to
    it, in the same division above): the covid law's « b) … ayant pour objet de : » then « i) » to « ix) »,
    and « x) » put after them (p110-001). « i) » after « h) », « x) » after « w) »: letters."""

    def next_item(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < len(heads) and not any(p.match(heads[j]) for p in DIVISION_MARKS[:3]):
            item = _ITEM.match(heads[j])
            if item:
                return item.group(1)
            j += step
        return ""

    kinds: list[int | None] = []
    for i, head in enumerate(heads):
        level = next((k for k, p in enumerate(DIVISION_MARKS) if p.match(head)), None)
        roman = DIVISION_MARKS[4].match(head)
        if roman and level == 3:
            numeral = roman.group(1)
            runs = {"i": ((1, "ii"),), "v": ((-1, "iv"), (1, "vi")), "x": ((-1, "ix"), (1, "xi"))}[numeral]
            level = 4 if any(next_item(i, step) == near for step, near in runs) else 3
        kinds.append(level)
    return _loose_in_order(heads, kinds)


def _loose_in_order(heads: list[str], kinds: list[int | None]) -> list[int | None]:
    """The paragraphs written « II. Le … » or « I- Le … » (`LOOSE_ROMAN_END`) kept as such where each is the I
    or the one after the paragraph before it (« III. » after « II. – » or « II. »); otherwise no mark."""
    previous = 0
    for i, head in enumerate(heads):
        if kinds[i] != 0:
            continue
        numeral = re.match(r"[IVX]+", head)
        value = _ROMAN.index(numeral.group(0)) + 1 if numeral and numeral.group(0) in _ROMAN else 0
        if _LOOSE_ROMAN.match(head) and not ROMAN_MARK.match(head) and value != previous + 1:
            kinds[i] = None
            continue
        previous = value or previous
    return kinds


def item_levels(alineas: Sequence[str]) -> list[int | None]:
    """The level of the item each alinéa opens with, its quote left aside (the bill's « b) » and a quotation's
    « « b) » alike), as `mark_levels` decides it from the items around (« x) » after « ix) » a roman item under
    a lettered one, after « w) » a letter), a dash item (« – ») below them all; None for no item. For the
    opener of the list an item is in (`grammar._opener_at`): the alinéa before it of no item or a level above."""
    heads = [fold(t).lstrip(BLANKS + '«"“').strip() for t in alineas]
    levels = mark_levels(heads)
    out: list[int | None] = []
    for head, level in zip(heads, levels, strict=True):
        if level is None and _ROMAN_ADVERB.match(head):
            level = 4
        elif level is None and _DASH_ITEM.match(head):
            level = len(DIVISION_MARKS)
        out.append(level)
    return out


# « ix bis) », put after « ix) »: of two numerals or more, a roman item (« i bis) » is the letter's, as « i) » alone)
_ROMAN_ADVERB = re.compile(r"^[ivx]{2,}\s+(?:bis|ter|quater|quinquies|sexies)\s*\)")


def article_ref(head: str) -> str:
    """« art. l. 423-14. – … » → « l423-14 »: an article's number as quoted, spaces and dots dropped."""
    # « Art. L. 100-1 A. – »: a capital after the number is its own when the heading's dash follows it
    m = re.match(
        r"art(?:icle)?\.? ?((?:[a-z]\.? ?){0,3}\d[\w-]*(?: (?:bis|ter|quater|quinquies|sexies|[a-z](?=\.? ?-)))?)", head
    )
    return re.sub(r"[\s.]", "", m.group(1)) if m else ""


# « … – », « …° », « …) »: a division numbered by the clerks; « … » alone before a capital (« … Après la
# deuxième phrase ») is numbered like the alinéas of its level around it
_PLACEHOLDER = re.compile(r"^([«\"“]?\s*)(?:\.\.\.|…)\s*(°|\)|\.?\s*[-–—]|(?=[A-ZÀ-Ý]))")
ROMAN_MARK = re.compile(r"^[IVX]+\s*\.\s*[-–—]")
_ROMAN = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
]


ADVERBS = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies"]
# « 2° bis », « 1° A », « b bis) », « 1° ter A » (put before the « 1° ter »); « 1° A la … » is « À la » written
# without its accent, no « 1° A »
_CAPITALS = r"[A-Z]{1,3}(?![\s]+[a-zà-ÿ])"
ADVERB = rf"(?:\s+((?:{'|'.join(ADVERBS)})(?: {_CAPITALS})?|{_CAPITALS})(?=[\s.)–—-]))?"
# Each kind of mark: how it reads (its number, then its adverb or capital), and how it is written
# A run deleted kept as one mark (« c et d) (Supprimé) », « 3° à 5° »): its last number and adverb are
# groups 3 and 4, the number the next division follows
MARKS = {
    "°": re.compile(rf"^[«\"“]?\s*(\d+)\s*°{ADVERB}(?:\s*(?:et|à)\s+(\d+)\s*°{ADVERB})?"),
    ")": re.compile(rf"^[«\"“]?\s*([a-z]){ADVERB}(?:\s+(?:et|à)\s+([a-z]){ADVERB})?\s*\)"),
    # « II bis (nouveau). – »: the note a shuttle text marks new divisions with is no part of the number
    "–": re.compile(
        rf"^[«\"“]?\s*([IVX]+){ADVERB}(?:\s+(?:et|à)\s+([IVX]+){ADVERB})?(?:\s*\(nouveau\))?\s*\.?\s*[-–—]"
    ),
}


def _last(m: re.Match[str]) -> tuple[str, str]:
    """The number and adverb a mark ends with: « d » of « c et d) », « 2 » of « 2° »."""
    return (m.group(3), m.group(4) or "") if m.group(3) else (m.group(1), m.group(2) or "")


def mark_for(kind: str, number: str, adverb: str = "") -> str:
    """« 2° bis », « b bis) », « II bis. – »."""
    if kind == "°":
        return f"{number}° {adverb}" if adverb else f"{number}°"
    spaced = f"{number} {adverb}" if adverb else number
    return f"{spaced})" if kind == ")" else f"{spaced}. –"


def _next_number(kind: str, base: str) -> str:
    if kind == "°":
        return str(int(base) + 1)
    if kind == ")":
        return chr(ord(base) + 1) if base < "z" else ""
    return dict(zip(_ROMAN, _ROMAN[1:], strict=False)).get(base, "")


def _placed(kind: str, previous: re.Match[str] | None, following: re.Match[str] | None) -> str:
    """The mark of a division put after `previous` and before `following` (marks of its kind), or ""."""
    if previous is None:  # before the first one: its « A », « AA » before « A »
        capital = following.group(2) or "" if following else "?"
        if following is None or capital in ADVERBS or capital != "A" * len(capital):
            return ""
        return mark_for(kind, following.group(1), capital + "A")
    base, suffix = _last(previous)
    after = _next_number(kind, base)
    later = following.group(2) or "" if following else ""
    capitals = _CAPITALED.fullmatch(suffix)
    if following and following.group(1) == base and capitals:
        # between « 1° A » and « 1° », put before the 1°: the next capital (« 1° B »), between « 1° ter A » and
        # « 1° ter » the « 1° ter B »; between « 1° A » and « 1° B », not said
        stem = capitals.group(1)
        if later != stem.strip() or suffix[-1] == "Z":
            return ""
        return mark_for(kind, base, suffix[:-1] + chr(ord(suffix[-1]) + 1))
    if following and following.group(1) == base and later in ADVERBS and suffix in ("", *ADVERBS[:-1]):
        # between « 1° bis » and « 1° ter »: « 1° ter » is taken, so it is the « A » before it (« 1° ter A »);
        # between « 1° bis » and « 1° quater », « 1° ter »
        adverb = ADVERBS[ADVERBS.index(suffix) + 1] if suffix else "bis"
        return mark_for(kind, base, f"{later} A" if later == adverb else adverb)
    if following and following.group(1) == after:  # the next number is taken: the next adverb
        if suffix and suffix not in ADVERBS[:-1]:
            return ""
        return mark_for(kind, base, ADVERBS[ADVERBS.index(suffix) + 1] if suffix else "bis")
    if following and following.group(1) == base:  # « 1° bis » then « 1° ter A »: what goes between is not said
        return ""
    return mark_for(kind, after) if after else ""


# an adverb's capitals: « A », « AA », « ter A » (its adverb, with its space, then its capitals)
_CAPITALED = re.compile(r"((?:\w+ )?)([A-Z]{1,3})")


def follows(text: str, previous: str) -> bool:
    """Whether the mark opening `text` is the next after the one opening `previous`: « 4° quater » or « 5° »
    after « 4° ter », « 2° bis » or « 3° » after « 2° », « c) » after « b) »; the items a shuttle puts before
    one take capitals: « 1° A » after « 1° AA », « 1° » after « 1° A », « 1° ter A » then « 1° ter » after
    « 1° bis »."""
    for kind, pattern in MARKS.items():
        new, old = pattern.match(text), pattern.match(previous)
        if new and old:
            base, suffix = _last(old)
            following = {(_next_number(kind, base), "")}
            if suffix in ("", *ADVERBS[:-1]):
                adverb = ADVERBS[ADVERBS.index(suffix) + 1] if suffix else "bis"
                following |= {(base, adverb), (base, f"{adverb} A")}  # « 1° ter A », put before the 1° ter
            capitals = _CAPITALED.fullmatch(suffix)
            if capitals:  # after « 1° AA » the « 1° A » or « 1° AB »; after « 1° ter A » the « 1° ter » or « 1° ter B »
                stem, last = capitals.group(1), capitals.group(2)
                following.add((base, (stem + last[:-1]).strip()))
                if last[-1] != "Z":
                    following.add((base, stem + last[:-1] + chr(ord(last[-1]) + 1)))
            return (new.group(1), new.group(2) or "") in following
    return False


def placeholders_numbered(alineas: list[str]) -> list[str]:
    """Drafters write « … – », « …° » or « …) » for the next number of a division: give it, from the
    last one above at the same level (the bill's own, or the same quotation): « V. – » makes « VI. – ».
    Between two divisions numbered in a row the next number is taken: the new one is the one above's
    « bis » (« II bis. – » between « II. – » and « III. – »), then « ter ». Before the first one it is
    its « A » (« 1° A » before « 1° », « 1° AA » before « 1° A »). « … » alone takes the kind of the
    marks around it. With no mark of its kind at its level, the dots stay: the number is not said."""
    out: list[str] = []
    for n, text in enumerate(alineas):
        m = _PLACEHOLDER.match(text)
        if m:
            if m.group(1).strip():  # in a quotation: its own alinéas only, those quoted in a row around it
                level = list(takewhile(opened, reversed(out)))[::-1]
                later = list(takewhile(opened, alineas[n + 1 :]))
            else:
                level = [t for t in out if not opened(t)]
                later = [t for t in alineas[n + 1 :] if not opened(t)]
            said = m.group(2)[-1:] if m.group(2) else ""
            for kind in [{"-": "–", "—": "–"}.get(said, said)] if said else list(MARKS):
                previous = next((mm for t in _in_division(reversed(level), kind) if (mm := _kind_mark(t, kind))), None)
                following = next((mm for t in _in_division(later, kind) if (mm := _kind_mark(t, kind))), None)
                if previous is None and following is None:
                    continue
                if _splits_run(kind, level, later):  # « … – » between « 3° » and « 4° »: no number fits
                    break
                near = [_ROMAN_RUN.match(t) for t in (*level[-1:], *later[:1])]
                roman = _roman_before(level) if kind == ")" and later and _roman_before(later[:1]) else ""
                if kind == ")" and any(near) and not roman:  # next to one roman item only: letter or roman, not said
                    break
                new = _roman_placed(roman, later) if roman else _placed(kind, previous, following)
                if new:
                    rest = text[m.end() :] if said else " " + text[m.end() :].lstrip()
                    text = f"{m.group(1)}{new}{rest}"
                break
        out.append(text)
    return out


def _in_division(texts: Iterable[str], kind: str) -> list[str]:
    """`texts` up to the first mark of a division above `kind` (the « VI. – » above a « …° »): a division
    is numbered within its own, not from the items of another."""
    ranks = ["–", "°", ")"]  # « ° » under « – », « ) » under both
    above = ranks[: ranks.index(kind)]
    out = []
    for t in texts:
        if any(_kind_mark(t, k) for k in above):
            break
        out.append(t)
    return out


def _bare(text: str) -> str:
    """An alinéa without its quote and the article heading it may open with (« « Art. L. 1. – I. – … »)."""
    rest = re.sub(r"^[«\"“]?\s*", "", text)
    heading = ARTICLE_HEADING.match(rest)
    return rest[heading.end() :] if heading else rest


def _kind_mark(text: str, kind: str) -> re.Match[str] | None:
    """The mark of `kind` opening an alinéa, after the article heading it may follow (the « I » of
    « « Art. L. 1. – I. – … »)."""
    return MARKS[kind].match(_bare(text))


def _splits_run(kind: str, level: list[str], later: list[str]) -> bool:
    """Whether a division of `kind` goes between two divisions of another kind numbered in a row (a
    paragraph « … – » between the items « 3° » and « 4° »): numbered from marks of its kind further
    away, it would number what does not fit there; the number is not said."""
    def nearest(texts: list[str]) -> tuple[str, str] | None:
        return next(((k, t) for t in texts for k in MARKS if _kind_mark(t, k)), None)

    above, below = nearest(level[::-1]), nearest(later)
    if above is None or below is None or kind in (above[0], below[0]) or above[0] != below[0]:
        return False
    return follows(_bare(below[1]), _bare(above[1]))


def _roman_before(level: list[str]) -> str:
    """The small roman numeral of the last item of `level` (« ix » of « ix) », in a run of roman items), or ""."""
    heads = [fold(re.sub(r"^[«\"“]\s*", "", t)).strip() for t in level[-3:]]
    m = DIVISION_MARKS[4].match(heads[-1]) if heads else None
    return m.group(1) if m and (len(m.group(1)) > 1 or mark_levels(heads)[-1] == 4) else ""


def _roman_placed(numeral: str, later: list[str]) -> str:
    """« …) » between the roman items « ii) » and « iii) »: « ii bis) »; between « ii) » and « iv) », « iii) »."""
    upper = [r.lower() for r in _ROMAN]
    if numeral not in upper[:-1]:
        return ""
    after = upper[upper.index(numeral) + 1]
    taken = bool(later) and bool(re.match(rf"[«\"“]?\s*{after}\s*\)", fold(later[0])))
    return f"{numeral} bis)" if taken else f"{after})"


# « Art. L. 3131-25. – », and as some bills write it, without the full stop: « Art. L. 3131-25 – »
ARTICLE_HEADING = re.compile(
    r"Art(?:icle)?\.?\s+(?:[A-Z]+\.\s*)*\d[\w\-\u2011]*(?:\s+(?:bis|ter|quater|[A-Z]))?\s*\.?\s*[-–—]\s*"
)

# The kinds of division marks, by the way they are numbered (« … – » and « …° » number the next one)
_MARK_KINDS = {
    # « V bis (nouveau). – » too: the adverb and the shuttle's note are part of the mark
    "roman": re.compile(
        rf"(?:[IVX]+{ADVERB}(?:\s+(?:et|à)\s+[IVX]+{ADVERB})?(?:\s*\(nouveau\))?|\.\.\.|…)\s*\.?\s*[-–—]"
        rf"|[IVX]+{LOOSE_ROMAN_END.replace('-', '[-–—]', 1)}"
    ),
    "arabic": re.compile(r"(?:\d+|\.\.\.|…)\s*°"),
    # « b bis) » too, and « c et d) », several deleted in a row
    "letter": re.compile(r"(?:[a-z](?:\s+(?:bis|ter|quater))?(?:\s+(?:et|à)\s+[a-z])?|\.\.\.|…)\s*\)"),
    "capital": re.compile(r"[A-Z]\s*\.\s*[-–—]"),
}


def mark_kind(text: str) -> str:
    body = text.lstrip(BLANKS + '«"“')
    return next((kind for kind, mark in _MARK_KINDS.items() if mark.match(body)), "")


def item_in_lower_case(article: Article, slot: int, line: str, at: int) -> bool:
    """Whether `at` opens, right after its mark, an item (« « 2° », « b) ») of a list whose other items begin in
    lower case (« « 1° que ce mode … ; », the République numérique consultation text): the word now there keeps
    its case, as theirs (p139-048). The items of its kind next to it before the sitting, those under them aside."""
    kind = mark_kind(line)
    mark = _MARK_KINDS.get(kind) if kind in ("arabic", "letter") else None
    if mark is None or not mark.fullmatch(line[:at].strip(BLANKS + '«"“')):
        return False
    deeper = {"arabic": ("arabic", "letter"), "letter": ("letter",)}[kind]
    starts: list[str] = []
    for step in (-1, 1):
        k = slot + step
        while 0 <= k < len(article.original) and mark_kind(article.original[k]) in deeper:
            body = article.original[k].lstrip(BLANKS + '«"“')
            if mark_kind(body) == kind and (m := mark.match(body)):
                starts.append(body[m.end() :].lstrip(BLANKS)[:1])
            k += step
    return bool(starts) and all(s.isalpha() and s.islower() for s in starts)
