"""An edit's place counted in a part of the article (« au 2° du II », the article of a code the bill
quotes): the alinéas of that division or quotation, made the article's own numbers. A code article's alinéas
« tel qu'il résulte du … » this article, when it does not quote it whole, are found by results.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from drafting.domain.amending.article import HEADING
from drafting.domain.amending.codes import other_code
from drafting.domain.amending.divisions import (
    ARTICLE_HEADING,
    article_ref,
    division_bounds,
    heads_of,
    mark_levels,
    marked,
    quoted_heads,
)
from drafting.domain.amending.edits import BEFORE_LAST, LAST, THIS_ARTICLE, AmendingError, Edit, Place
from drafting.domain.amending.quotes import opened, quotation_last, quotation_spans
from drafting.domain.amending.results import above, puts_last, quoted_alone
from drafting.domain.amending.search import words_pattern
from drafting.domain.amending.spans import phrase_spans
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx


def counted_in(article: Article, edit: Edit, ctx: Ctx) -> Place:
    """The edit's place counted in a part of the article, made the article's own: its alinéas (and the
    alinéa it inserts after), or, when it names none, all of them (words counted across them), the
    last one for words or phrases completing it, the first for words put at its start."""
    place = edit.place
    held_place: tuple[int, ...] = ()  # the alinéas « tel qu'il résulte de l'alinéa 7 » names, the place's own
    alone = quoted_alone(article, place, ctx) if place.within else None
    if alone is not None:
        first, last = alone
        name = f"the {' of the '.join(place.path)} of article {place.within}"
        if place.proposed and not place.path:  # « le texte proposé par le 4° pour être inséré … »: counted in it
            name = f"the {'text put by the ' + ' of the '.join(place.resulting)} of article {place.within}"
            if place.alineas is None and place.after is None and edit.kind in ("rewrite", "delete", "insert_alineas"):
                # the division's own alinéa announces as many alinéas as it quotes: rewritten or deleted whole,
                # that text is the division's, not read here
                reason = "it rewrites or deletes whole the text a division of this article puts and announces"
                raise ctx.fail(reason, "not_understood")
        elif not place.path:  # its last alinéa, « tel qu'il résulte du II »: those the II puts
            name = f"the {'text put by the ' + ' of the '.join(place.resulting)} of article {place.within}"
            sought = edit.kind in ("replace_words", "delete_words", "insert_words") and bool(edit.old or edit.anchor)
            if place.alineas is None and not sought:
                # « À l'article L. 715-2, tel qu'il résulte du 1° », no alinéa named: words sought in the text the
                # 1° puts; its end, or the article rewritten, deleted, are not that text's (p88-062)
                reason = (
                    f"it names article {place.within}, which this article does not quote whole, and no alinéa of it"
                )
                raise ctx.fail(reason, "not_understood")
            # its second, the one alinéa the 2° inserts after its first
            if place.alineas is not None and place.alineas != (LAST,):
                place = replace(place, alineas=(1,))
    elif place.within:
        try:
            first, last = _proposed(article, place.within, ctx)
        except AmendingError as exc:
            if exc.code != "not_found" or not place.resulting or place.resulting == THIS_ARTICLE or place.path:
                raise
            if not exc.message.endswith(f"quotes no text proposed for article {place.within}"):
                raise
            # « Au dernier alinéa de l'article L. 822-1, tel qu'il résulte du 2° », the 2° inserting an alinéa
            # after its first: the code article is not quoted whole, and the 2° is not said to put that alinéa
            holder, code = " of the ".join(place.resulting), place.within
            if place.alineas and place.alineas[0] > 0 and puts_last(article, place, ctx):
                # « Au second alinéa …, tel qu'il résulte du 2° », the 2° adding the last: the count of the code
                # article's alinéas is not given, so whether its second is the 2°'s is not said (p58-032)
                raise ctx.fail(
                    f"the {holder} of this article puts the last alinéas of article {code}, whose count of "
                    "alinéas this article does not give: whether the one named is among them is not said",
                    "not_found",
                ) from exc
            raise ctx.fail(
                f"the {holder} of this article does not put the alinéa named of article {code}, "
                "which this article does not quote whole",
                "not_found",
            ) from exc
        name = f"the text proposed for article {place.within}"
        if place.held and first + 1 != place.held[0] and not (place.path or place.alineas or place.phrase):
            # « tel qu'il résulte de l'alinéa 11 »: it opens there
            said = f"does not open at alinéa {place.held[0]} (it opens at alinéa {first + 1})"
            raise ctx.fail(f"the text proposed for article {place.within} {said}")
        # « Au II (au premier alinéa du II) de l'article L. 1, tel qu'il résulte des alinéas 8 à 13 »: the run names the
        # division named, which must span it exactly (checked once found), not the whole quoted text (p136-055/057)
        run = len(place.held) > 1 and bool(place.path)
        if place.held and first + 1 != place.held[0] and not run:
            # « le second alinéa du IV de l'article L. 111-18-1, tel qu'il résulte de l'alinéa 7 » (p131-027): the
            # alinéa that writes the place named, which must open there (checked once found, `_held_opens`)
            if not first < place.held[0] <= last + 1:
                said = f"does not hold alinéa {place.held[0]} (it runs from alinéa {first + 1} to {last + 1})"
                raise ctx.fail(f"the text proposed for article {place.within} {said}")
            held_place = place.held
        if len(place.held) > 1 and not run and last + 1 != place.held[-1]:
            said = f"does not end at alinéa {place.held[-1]} (it ends at alinéa {last + 1})"
            raise ctx.fail(f"the text proposed for article {place.within} {said}")
        if place.resulting and place.resulting != THIS_ARTICLE:  # « … du 3° du présent article »: it holds it
            lo, hi = division_bounds(article, place.resulting, ctx)
            if not lo <= first <= last <= hi:
                holder = " of the ".join(place.resulting)
                where = f"the {holder} of this article (alinéas {lo + 1} to {hi + 1})"
                raise ctx.fail(f"the text proposed for article {place.within} is not in {where}")
        quoted: tuple[int, int] | None = (first, last)
        if place.path:  # « le 2° du II de l'article L. 100-1 A »: that division of the quoted article
            first, last = division_bounds(article, place.path, ctx, (first, last))
            name = f"the {' of the '.join(place.path)} of article {place.within}"
            if run and (first + 1, last + 1) != (place.held[0], place.held[-1]):
                at, end, n, m = first + 1, last + 1, place.held[0], place.held[-1]
                path, code = " of the ".join(place.path), place.within
                reason = f"the {path} of article {code} runs from alinéa {at} to {end}, not from alinéa {n} to {m} as « tel qu'il résulte » says"  # noqa: E501
                raise ctx.fail(reason, "not_found")
        elif first < last and _heading_alone(article.original[first]) and (
            (place.alineas, place.phrase) != (None, None) or bool(place.after)
        ):
            # « « Art. L. 121-121.- » alone on its alinéa, the text on the next ones: that heading is no alinéa of
            # the article's text, its first alinéa is the next (p139-080)
            first += 1
    else:
        quoted = None
        try:
            first, last = _own_or_quoted(article, place.path, ctx)
        except AmendingError as exc:
            if (apart := _each_apart(article, edit, ctx, exc)) is None:
                raise
            return replace(place, within="", held=(), resulting=(), path=(), under=(), alineas=apart)
        name = f"the {' of the '.join(place.path)}"
        if opened(article.original[first]):
            quoted = (first, last)  # alinéas inserted after it go inside its quotation
        if place.under and first + 1 not in [n if n > 0 else len(article.original) + 1 + n for n in place.under]:
            raise ctx.fail(f"{name} is not in the alinéa named before it (alinéa {first + 1})", "not_understood")
    count = last - first + 1
    if place.sole and count != 1:  # « Au III, … » then « Compléter cet alinéa »: the III must have one
        reason = f"it names no alinéa, and the division named before has {count} alinéas: which one is not said"
        raise ctx.fail(reason, "not_understood")

    def number(n: int) -> int:
        if n < BEFORE_LAST and n < -count:  # « les trois derniers alinéas du II », the II having two
            raise ctx.fail(f"{name} has no alinéa {-n} from its end (it has {count})", "no_such_alinea")
        if not (1 <= n <= count or -count <= n <= -1):
            raise ctx.fail(f"{name} has no alinéa {n} (it has {count})", "no_such_alinea")
        return first + (n if n > 0 else count + 1 + n)

    out = replace(place, within="", held=(), resulting=(), path=(), under=())
    if place.after is not None:
        if place.after == 0 and edit.kind == "insert_alineas" and _opens_with_heading(article.original[first]):
            # « Au début du texte proposé pour l'article L. 447-1, insérer un alinéa » (p131-040): the code
            # article's text starts after its heading (« « Art. L. 447-1. – Il est … »); put before the heading, the
            # alinéa would not be the article's; whether the heading moves to it is not said
            reason = "it puts alinéas at the start of a code article, before its heading: whether the heading moves to them is not said"  # noqa: E501
            raise ctx.fail(reason, "ambiguous")
        inside = bool(place.within) or quoted is not None
        _held_opens(out, first, held_place, place.within, ctx)
        out = replace(out, after=first if place.after == 0 else number(place.after), inside=inside)
        return out
    if place.alineas is not None:
        out = replace(out, alineas=tuple(number(n) for n in place.alineas))
    elif edit.kind in ("insert_words", "append_sentence") and not edit.anchor:
        out = replace(out, alineas=(first + 1,) if place.end == "début" else (last + 1,))
    elif place.phrase is not None:
        words = (edit.old or edit.anchor) if edit.kind in ("replace_words", "delete_words", "insert_words") else ""
        found = _found_in(article, words, first, last)
        alinea = _phrase_alinea(place, article.original, (first, last), name, ctx, found)
        out = replace(out, alineas=(alinea,))
    elif (each := _each_of_run(article, edit, ctx, quoted if alone is None and place.within else None)) is not None:
        out = replace(out, alineas=each)
    elif place.end and edit.kind in ("replace_words", "delete_words"):
        # « À la fin de l'article L. 122-3, remplacer les mots : X »: words ending its last alinéa (« Au début du
        # II »: opening its first), not any alinéa of it (p101-078)
        out = replace(out, alineas=(first + 1,) if place.end == "début" else (last + 1,))
    else:
        out = replace(out, alineas=tuple(range(first + 1, last + 2)), whole=True)
    kinds = mark_levels(heads_of(article)) if edit.kind == "delete" else []
    if kinds and any(kinds[n - 1] == 4 for n in out.alineas or () if n > 0):
        # what stays of them (« ii) (Supprimé) »), and of the lettered item above, is not read
        raise ctx.fail("deleting items numbered « i) », « ii) » … is not read", "not_understood")
    _held_opens(out, first, held_place, place.within, ctx)
    return out


def _held_opens(out: Place, first: int, held: tuple[int, ...], within: str, ctx: Ctx) -> None:
    """The place « tel qu'il résulte de l'alinéa N (à M) » names inside a code article, the alinéas N to M being
    not where the article's text opens: they are the ones that write the place, which opens at N (and, a run
    named, ends by M); the place is the alinéas named in it, else the division named, opening at `first`."""
    if not held:
        return
    lo, hi = (min(out.alineas), max(out.alineas)) if out.alineas else (first + 1, first + 1)
    if lo != held[0] or len(held) > 1 and hi > held[-1]:
        named = f"alinéa {held[0]}" if len(held) == 1 else f"alinéas {held[0]} to {held[-1]}"
        reason = f"the place named in article {within} opens at alinéa {lo}, not where « tel qu'il résulte » says ({named})"  # noqa: E501
        raise ctx.fail(reason, "not_found")


def _heading_alone(text: str) -> bool:
    """Whether an alinéa is a code article's heading and nothing else (« « Art. L. 121-121.- »)."""
    return ARTICLE_HEADING.fullmatch(fold(text).strip(BLANKS + '«"“')) is not None


def _opens_with_heading(text: str) -> bool:
    """Whether an alinéa opens with a code article's heading (« « Art. L. 447-1. – … »)."""
    return ARTICLE_HEADING.match(fold(text).lstrip(BLANKS + '«"“')) is not None


def counted_both_ways(article: Article, edit: Edit, ctx: Ctx) -> Place:
    """« Au second alinéa du I et au premier alinéa »: the bare place this article's, or the I's? Read where both
    counts name the same alinéas (the I opening the article: its first alinéa is the article's first, p65-002);
    otherwise, or the division lacking it, refused (`ambiguous`)."""
    place = replace(edit.place, maybe_in=())
    if place.path:  # « Au 1° du IV et au 2° »: a division named bare
        return sibling_or_sole(article, edit, ctx)
    n = len(article.original)
    mine = tuple(a if a > 0 else n + 1 + a for a in place.alineas or ())
    try:
        theirs = counted_in(article, replace(edit, place=replace(place, path=edit.place.maybe_in)), ctx).alineas
    except AmendingError:
        theirs = None
    if not mine or theirs != mine:
        reason = "whether the alinéa named bare is the division's named before it or this article's is not said"
        raise ctx.fail(reason, "ambiguous")
    return place


def sibling_or_sole(article: Article, edit: Edit, ctx: Ctx) -> Place:
    """« Au 1° du IV et au 2°, les mots : X sont remplacés … »: the 2° named bare is the IV's (its sibling's
    division) or another's (the I's 2°)? Read as the sibling's only where it is the one division of the article
    with that mark holding the words the edit names (or its anchor), the edit naming words; otherwise refused
    (`ambiguous`)."""
    place = replace(edit.place, maybe_in=())
    sibling = (place.path[0], *edit.place.maybe_in)
    reason = "whether the division named bare is in the place named with it or this article's own is not said"
    words = (edit.old or edit.anchor) if edit.kind in _WORDS_NAMED else ""
    if not words.strip():
        raise ctx.fail(reason, "ambiguous")
    try:
        first, last = division_bounds(article, sibling, ctx)
    except AmendingError as exc:
        raise ctx.fail(reason, "ambiguous") from exc
    heads = heads_of(article)
    every = marked(article, (heads, mark_levels(heads)), (place.path[0], ""), (0, len(article.original) - 1), ctx)
    holding = [span for span in every if _found_in(article, words, *span)]
    if holding != [(first, last)]:
        raise ctx.fail(reason, "ambiguous")
    return replace(place, path=sibling)


def _own_or_quoted(article: Article, path: tuple[str, ...], ctx: Ctx) -> tuple[int, int]:
    """The division a path names, the article's own (outside quotations); a division named bare (« Supprimer
    le b) », « À la fin du 3° », one mark, no run) that the article's own text does not hold: the one division
    with that mark in the texts it quotes (its item « « b) … », p49-023, p49-067), as the quotation's own marks
    read it; in several quotations, or twice in one, refused (`ambiguous`). So a path (« le 4° du II ») whose
    outermost mark the article's own text holds nowhere: read in the one quotation holding it whole."""
    try:
        return division_bounds(article, path, ctx)
    except AmendingError as exc:
        if exc.code != "no_such_division" or re.search(r", | et | à ", path[-1]):
            raise
        found: list[tuple[int, int]] = []
        if len(path) > 1:
            # « Le 4° du II », the article's own text holding no II at all: the one II its quotations hold
            # (« 6° Le II est remplacé par les dispositions suivantes : « II. – … », p104-017), its 4° read there
            try:
                division_bounds(article, path[-1:], ctx)
            except AmendingError as outer:
                if outer.code != "no_such_division":
                    raise exc from outer
            else:
                raise
            for span in quotation_spans(article.original, 0, len(article.original) - 1):
                try:
                    found.append(division_bounds(article, path, ctx, span))
                except AmendingError as missing:
                    if missing.code != "no_such_division":
                        raise exc from missing
        else:
            for first, last in quotation_spans(article.original, 0, len(article.original) - 1):
                marks = quoted_heads(article, first, last)
                found += marked(article, (marks, mark_levels(marks)), (path[0], ""), (first, last), ctx)
        if not found:
            raise
        if len(found) > 1:
            shown = path[-1].upper() if re.fullmatch(r"[ivx]+", path[-1]) else path[-1]  # read folded: « ii »
            said = f"the article's own text has no « {shown} », and the texts it quotes have {len(found)}"
            raise ctx.fail(f"{said}: which one is meant is not said", "ambiguous") from exc
        return found[0]
def counted_either_way(article: Article, edit: Edit, ctx: Ctx) -> Place:
    """« Au deuxième alinéa » (an ordinal in words, no article named) on an article that is only its
    introduction (« L'article L. 114-3-3 du code … est ainsi rédigé : ») and the quotation of one code article
    (« « Art. L. 114-3-3. – … » to its end): this article's second alinéa (the code article's first), or the
    code article's own second (this article's third)? The Assemblée's numerals (« Alinéa 2 ») count this
    article's. When the two counts name other alinéas, the one holding the words the edit names (or its
    anchor) is meant; both holding them, or an edit naming none, is refused. The last alinéas are the same
    either way; a count past the code article's end is this article's."""
    place = edit.place
    original = article.original
    if len(original) < 3 or opened(original[0]) or not fold(original[0]).rstrip().endswith(":"):
        return place
    head = fold(original[1]).lstrip(' "').lower()
    if not (re.match(r"art(?:icle)?\.? ?", head) and article_ref(head)):
        return place
    if quotation_spans(original, 1, len(original) - 1) != [(1, len(original) - 1)]:
        return place
    at = place.alineas if place.after is None else (place.after,)
    if at is None or all(n <= 0 or n + 1 > len(original) for n in at):
        return place
    mine = place.alineas or ()
    theirs = tuple(n + 1 if n > 0 else n for n in mine)
    code = article_ref(head).upper()
    said = f"whether its alinéa counts those of this article or those of article {code} it quotes is not said"
    words = (edit.old or edit.anchor) if edit.kind in _WORDS_NAMED else ""
    past = any(n > 0 and n + 1 > len(original) for n in mine)  # a run reaching past the code article's end
    if place.after is not None or not words or past:
        raise ctx.fail(said, "ambiguous")
    here = bool(_found_in(article, words, *_bounds(mine, original)))
    there = bool(_found_in(article, words, *_bounds(theirs, original)))
    if len(mine) > 1 and not place.whole:
        # « Aux deuxième et troisième alinéas »: the words in each alinéa named; the count in which each
        # holds them is meant, when only one does (this article's second lacks them, the code article's
        # second and third hold them)
        each_here, each_there = _each_holds(article, words, mine), _each_holds(article, words, theirs)
        if each_here != each_there:
            here, there = each_here, each_there
    if here and there:
        raise ctx.fail(f"{said}, and both hold its words", "ambiguous")
    return replace(place, alineas=theirs, worded=False) if there else replace(place, worded=False)


def _each_holds(article: Article, words: str, alineas: tuple[int, ...]) -> bool:
    """Each alinéa named (from 1; negatives from the end) holds the words."""
    n = len(article.original)
    return all(_found_in(article, words, *_bounds((a,), article.original)) for a in alineas if -n <= a <= n and a)


_WORDS_NAMED = ("replace_words", "delete_words", "insert_words", "replace_end", "delete_end")


def _bounds(alineas: tuple[int, ...], original: list[str]) -> tuple[int, int]:
    """The first and last (0-based) of alinéas named (from 1; negatives from the end)."""
    index = [n - 1 if n > 0 else len(original) + n for n in alineas]
    return min(index), max(index)


def _each_of_run(article: Article, edit: Edit, ctx: Ctx, quoted: tuple[int, int] | None) -> tuple[int, ...] | None:
    """« Aux 5° et 6° de l'article L. 3131-15, les mots … sont remplacés »: divisions named one by one as the
    place of words mean the words in each, as « Aux alinéas 23 et 24 » does; read so when each is one
    alinéa holding them (1-based numbers), else None (words counted across the run)."""
    path = edit.place.path
    if edit.kind not in ("replace_words", "delete_words", "insert_words") or not path or " à " in path[0]:
        return None
    members = re.split(r", | et ", path[0])
    if len(members) < 2 or edit.kind == "insert_words" and not edit.anchor:
        return None
    spans = [division_bounds(article, (m, *path[1:]), ctx, quoted) for m in members]
    words = edit.old or edit.anchor
    # each holding the words: in each; words in some only are counted across the run, as they were
    if any(a != b or not _found_in(article, words, a, b) for a, b in spans):
        return None
    return tuple(a + 1 for a, b in spans)


def _each_apart(article: Article, edit: Edit, ctx: Ctx, refused: AmendingError) -> tuple[int, ...] | None:
    """« Aux a) et c) du 2°, remplacer le mot : X … »: divisions named with « et » that are not next to each
    other (the b) between them) as the place of words mean the words in each named (p83-028), as « Aux 1° et
    2° du I » does for a run: read so when each holds the words exactly once (the alinéa holding them, 1-based
    numbers), no alinéa, phrase or end of them named; else None (the refusal `refused` stands: « Supprimer
    les 6° et 8° » deletes divisions, not words, and whether the drafter meant the run is not said there)."""
    place, path = edit.place, edit.place.path
    if not refused.message.endswith("are not a run of divisions in order") or " à " in path[0]:
        return None
    if edit.kind not in ("replace_words", "delete_words", "insert_words"):
        return None
    if edit.kind == "insert_words" and not edit.anchor:
        return None
    if place.alineas is not None or place.phrase is not None or place.end or place.after is not None:
        return None
    pattern = words_pattern(edit.old or edit.anchor, re.I) if (edit.old or edit.anchor).strip() else None
    if pattern is None:
        return None
    out: list[int] = []
    for member in re.split(r", | et ", path[0]):
        first, last = division_bounds(article, (member, *path[1:]), ctx)
        counts = [sum(len(pattern.findall(fold(t))) for t in article.slots[i].text) for i in range(first, last + 1)]
        if sum(counts) > 1:  # the real trouble, not the run (p149-065): which of them is not said
            words = (edit.old or edit.anchor).strip()
            reason = f"« {words} » occurs {sum(counts)} times in the « {member} » it names: which one is not said"
            raise ctx.fail(reason, "ambiguous")
        if sum(counts) != 1:
            return None
        out.append(first + counts.index(1) + 1)
    return tuple(out)


def _found_in(article: Article, words: str, first: int, last: int) -> list[int] | None:
    """The alinéas `first` to `last` (0-based, as they now stand) that hold `words`; None for no words."""
    if not words.strip():
        return None
    pattern = words_pattern(words, re.I)
    return [i for i in range(first, last + 1) if any(pattern.search(fold(t)) for t in article.slots[i].text)]


def _phrase_alinea(
    place: Place, original: list[str], span: tuple[int, int], name: str, ctx: Ctx, found: list[int] | None = None
) -> int:
    """The alinéa (from 1) of a phrase named in a division or a text proposed, no alinéa named: its only
    one; over several, its last phrase is its last alinéa's (« Au 2°, supprimer la dernière phrase », the 2°
    and the alinéa it quotes), its first its first alinéa's when that one does not run on into the next, or
    ends inside it (« b) Un. Deux : »). Where a first alinéa running on (« 2° … ainsi rédigé : » then « « … » »)
    ends its first phrase is not said; but that alinéa is all in it, whatever its end: words an edit names
    (`found`: the alinéas of the span holding them) there and nowhere else in the span are in that phrase.
    Another is not said: counted in which alinéa, or across them."""
    first, last = span
    if first == last:
        return first + 1
    if place.phrase == 1 and place.phrases == 1:
        runs_on = original[first].rstrip().endswith(":")
        if not runs_on or len(phrase_spans(original[first])) > 1 or found == [first] and place.end is None:
            return first + 1
    if place.phrase == LAST and place.phrases == 1:
        return last + 1
    reason = f"it names a phrase of {name}, which has {last - first + 1} alinéas, but not the alinéa it is in"
    raise ctx.fail(reason, "ambiguous")


def _proposed(article: Article, within: str, ctx: Ctx) -> tuple[int, int]:
    """The text proposed for an article: its « Art. L. 423-14. – … » alinéa and those after it up to the
    next article or heading of the quotation, or its end (0-based, both included)."""
    ref = re.sub(r"[\s.]", "", within.lower())
    heads = [fold(a).lstrip(' "').lower() for a in article.original]
    starts = [i for i, h in enumerate(heads) if re.match(r"art(?:icle)?\.? ?", h) and article_ref(h) == ref]
    if len(starts) != 1:
        said = "no" if not starts else "several"
        raise ctx.fail(f"the article quotes {said} text proposed for article {within}", "not_found")
    first = last = starts[0]
    # « L'article L. 232-1 du code de l'éducation est ainsi rédigé : » does not quote that of another code
    if first and other_code(article.original[first - 1], ctx.part, ref, above(article, first - 1)):
        raise ctx.fail(f"the article quotes article {within} of another code than the one named", "not_found")
    end = quotation_last(article.original, first, len(heads) - 1)  # bare placeholder lines inside it too
    while last < end and not HEADING.match(heads[last + 1]):
        last += 1
    return first, last
