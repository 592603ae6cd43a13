"""An edit's place counted in a part of the article (« au 2° du II », the article of a code the bill
quotes): the alinéas of that division or quotation, made the article's own numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from drafting.domain.amending.article import HEADING
from drafting.domain.amending.codes import other_code
from drafting.domain.amending.divisions import article_ref, division_bounds, heads_of, mark_levels, marked, quoted_heads
from drafting.domain.amending.edits import BEFORE_LAST, LAST, THIS_ARTICLE, AmendingError, Edit, Place
from drafting.domain.amending.lexer import COUNT, number
from drafting.domain.amending.locations import ordinal
from drafting.domain.amending.quotes import opened, quotation_last
from drafting.domain.amending.search import words_pattern
from drafting.domain.amending.spans import phrase_spans
from drafting.domain.amending.typography import fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx


def counted_in(article: Article, edit: Edit, ctx: Ctx) -> Place:
    """The edit's place counted in a part of the article, made the article's own: its alinéas (and the
    alinéa it inserts after), or, when it names none, all of them (words counted across them), the
    last one for words or phrases completing it, the first for words put at its start."""
    place = edit.place
    alone = _quoted_alone(article, place, ctx) if place.within else None
    if alone is not None:
        first, last = alone
        name = f"the {' of the '.join(place.path)} of article {place.within}"
        if not place.path:  # its last alinéa, « tel qu'il résulte du II »: those the II puts
            name = f"the {'text put by the ' + ' of the '.join(place.resulting)} of article {place.within}"
            if place.alineas != (LAST,):  # its second, the one alinéa the 2° inserts after its first
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
            if place.alineas and place.alineas[0] > 0 and _puts_last(article, place, ctx):
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
        if place.held and first + 1 != place.held[0]:  # « tel qu'il résulte de l'alinéa 11 »: it opens there
            said = f"does not open at alinéa {place.held[0]} (it opens at alinéa {first + 1})"
            raise ctx.fail(f"the text proposed for article {place.within} {said}")
        if len(place.held) > 1 and last + 1 != place.held[-1]:
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
    else:
        quoted = None
        first, last = _own_or_quoted(article, place.path, ctx)
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
        inside = bool(place.within) or quoted is not None
        return replace(out, after=first if place.after == 0 else number(place.after), inside=inside)
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
    else:
        out = replace(out, alineas=tuple(range(first + 1, last + 2)), whole=True)
    kinds = mark_levels(heads_of(article)) if edit.kind == "delete" else []
    if kinds and any(kinds[n - 1] == 4 for n in out.alineas or () if n > 0):
        # what stays of them (« ii) (Supprimé) »), and of the lettered item above, is not read
        raise ctx.fail("deleting items numbered « i) », « ii) » … is not read", "not_understood")
    return out


def counted_both_ways(article: Article, edit: Edit, ctx: Ctx) -> Place:
    """« Au second alinéa du I et au premier alinéa »: the bare place this article's, or the I's? Read where both
    counts name the same alinéas (the I opening the article: its first alinéa is the article's first, p65-002);
    otherwise, or the division lacking it, refused (`ambiguous`)."""
    place = replace(edit.place, maybe_in=())
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


def _own_or_quoted(article: Article, path: tuple[str, ...], ctx: Ctx) -> tuple[int, int]:
    """The division a path names, the article's own (outside quotations); a division named bare (« Supprimer
    le b) », « À la fin du 3° », one mark, no run) that the article's own text does not hold: the one division
    with that mark in the texts it quotes (its item « « b) … », p49-023, p49-067), as the quotation's own marks
    read it; in several quotations, or twice in one, refused (`ambiguous`)."""
    try:
        return division_bounds(article, path, ctx)
    except AmendingError as exc:
        if exc.code != "no_such_division" or len(path) != 1 or re.search(r", | et | à ", path[0]):
            raise
        found: list[tuple[int, int]] = []
        for first, last in _quotations(article.original, 0, len(article.original) - 1):
            marks = quoted_heads(article, first, last)
            found += marked(article, (marks, mark_levels(marks)), (path[0], ""), (first, last), ctx)
        if not found:
            raise
        if len(found) > 1:
            said = f"the article's own text has no « {path[0]} », and the texts it quotes have {len(found)}"
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
    if _quotations(original, 1, len(original) - 1) != [(1, len(original) - 1)]:
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


def _found_in(article: Article, words: str, first: int, last: int) -> list[int] | None:
    """The alinéas `first` to `last` (0-based, as they now stand) that hold `words`; None for no words."""
    if not words.strip():
        return None
    pattern = words_pattern(words, re.I)
    return [i for i in range(first, last + 1) if any(pattern.search(fold(t)) for t in article.slots[i].text)]


def _quoted_alone(article: Article, place: Place, ctx: Ctx) -> tuple[int, int] | None:
    """A division of a code article this one does not quote whole, named with where it results from (« Au 4°
    de l'article L. 721-1, tel qu'il résulte du 4° du I du présent article », the 4° of the I inserting that
    4° alone): the only quotation of that division of this one, which opens with the division's mark (the
    path's outer marks, « du II », are the code article's, outside it), where that division or one around it
    names the code article (« 2° Le II de l'article L. 121-32 est ainsi modifié : » then « a) Le 9° est ainsi
    rédigé : »). Said to result from this article (« tel qu'il résulte du présent article »): the only
    quotation of this article that the alinéas around it say is in that code article (`_around`). None when
    the code article is quoted whole, or nothing says where the division results from."""
    ref = re.sub(r"[\s.]", "", place.within.lower())
    heads = [fold(a).lstrip(' "').lower() for a in article.original]
    whole = any(re.match(r"art(?:icle)?\.? ?", h) and article_ref(h) == ref for h in heads)
    if whole or not place.resulting:
        return None
    if not place.path:
        return _last_put(article, place, ctx)

    def names(openers: list[int]) -> bool:
        return any(_naming(article, i, ref, ctx.part) for i in openers)

    if place.resulting == THIS_ARTICLE:
        # « tel qu'il résulte du présent article »: the only quotation of this article that an alinéa of its
        # own introducing it, or opening a division around it, says is in that code article
        every = _quotations(article.original, 0, len(article.original) - 1)
        quotations = [q for q in every if names(_around(article, q[0]))]
        if len(quotations) != 1:
            held = "several quotations" if quotations else "no quotation"
            reason = f"this article holds {held} of article {place.within}: where the {place.path[0]} is is not said"
            raise ctx.fail(reason, "not_found")
        _named_alone(article, place, _around(article, quotations[0][0]), ctx)
        holder = "article"
    else:
        lo, hi = division_bounds(article, place.resulting, ctx)
        holder = " of the ".join(place.resulting)
        openers = _openers(article, place, ctx)
        if not _named_alone(article, place, openers, ctx) and not _introduced(article, place, openers, ctx):
            raise ctx.fail(f"the {holder} of this article does not amend article {place.within}", "not_found")
        quotations = _quotations(article.original, lo, hi)
        if len(quotations) != 1:
            held = "several quotations" if quotations else "no quotation"
            reason = f"the {holder} of this article holds {held}: where the {place.path[0]} is is not said"
            raise ctx.fail(reason, "not_found")
    first, last = quotations[0]
    marks = quoted_heads(article, first, last)
    kinds = mark_levels(marks)
    for j in range(len(place.path) - 1, -1, -1):  # the outermost mark the quotation opens with
        spans = marked(article, (marks, kinds), (place.path[j], ""), (first, last), ctx)
        # or one of the divisions of its kind it quotes after it (« « 10° … » then « « 11° … »)
        if len(spans) == 1 and (spans[0][0] == first or kinds[spans[0][0]] == kinds[first] is not None):
            return division_bounds(article, place.path[: j + 1], ctx, (first, last))
    mark = place.path[0]
    if holder == "article":
        reason = f"the quotation of article {place.within} in this article does not open with « {mark} »"
        raise ctx.fail(reason, "not_found")
    raise ctx.fail(f"the quotation in the {holder} of this article does not open with « {mark} »", "not_found")


# A division's own alinéa putting a code article's last alinéas: « L'article L. 141-1 … est complété par un
# alinéa ainsi rédigé : », « Sont ajoutés trois alinéas ainsi rédigés : », « Le dernier alinéa est ainsi rédigé : »
_PUTS_LAST = re.compile(
    r"(?:(?:est|sont) complétée?s? par (?:un|une|deux|trois|quatre|cinq|six) "
    r"(?:alinéas?|phrases? et (?:un|deux|trois) alinéas?)"
    r"|(?:il )?(?:est|sont) ajoutés? (?:un|deux|trois|quatre|cinq|six) alinéas?"
    r"|le dernier alinéa (?:est|sont) ainsi rédigé)[^:]*:$"
)


def _last_put(article: Article, place: Place, ctx: Ctx) -> tuple[int, int] | None:
    """« Au dernier alinéa de l'article L. 141-1 …, tel qu'il résulte du II du présent article », the code
    article not quoted whole, the II completing it by alinéas (« … est complété par un alinéa ainsi rédigé : »,
    « Sont ajoutés trois alinéas … ») or rewriting its last (« Le dernier alinéa est ainsi rédigé : »): its last
    alinéa is the last of that division's quotation, its only one right after its own alinéa, where that
    division or one around it names the code article. Other alinéas of a code article not quoted whole are not
    said (None: refused as before)."""
    if place.resulting == THIS_ARTICLE or place.after is not None:
        return None
    # « Au second alinéa …, tel qu'il résulte du 2° »: « second », not « deuxième », is written where there
    # are two; the code article's count is not given, and other items may show it has more (« Au début, sont
    # insérés deux alinéas », « Le quatrième alinéa », p70-049, p70-053): not said, whatever the 2° puts
    if place.alineas == (2,) and re.search(r"\b(?:au|le|du) second alinéa\b", fold(ctx.part).lower()):
        return None
    if place.alineas != (LAST,):
        return _rank_put(article, place, ctx)
    lo, hi = division_bounds(article, place.resulting, ctx)
    own = fold(article.original[lo]).strip().lower()
    if not _PUTS_LAST.search(own):
        return None
    if not _names_code(article, place, own, ctx):
        return None
    quotations = _quotations(article.original, lo, hi)
    if len(quotations) != 1 or quotations[0][0] != lo + 1:
        return None
    return quotations[0]


def _openers(article: Article, place: Place, ctx: Ctx) -> list[int]:
    """The alinéas opening the division `place.resulting` and those around it: each named (« du 1° du II »), then
    those the marks say it is in (« du 1° », the article's only 1°, is in its II: p70-043)."""
    openers = [division_bounds(article, place.resulting[k:], ctx)[0] for k in range(len(place.resulting))]
    kinds = mark_levels(heads_of(article))
    level = kinds[openers[-1]]
    for i in range(openers[-1] - 1, -1, -1):
        if level is not None and (kind := kinds[i]) is not None and kind < level:
            openers.append(i)
            level = kind
    return openers


def _puts_last(article: Article, place: Place, ctx: Ctx) -> bool:
    """Whether the division `place.resulting` says it puts the code article's last alinéas (« 2° Il est
    ajouté un alinéa ainsi rédigé : »)."""
    lo, _ = division_bounds(article, place.resulting, ctx)
    return bool(_PUTS_LAST.search(fold(article.original[lo]).strip().lower()))


# A division's own alinéa with no subject of its own (« 2° Il est complété par deux alinéas … : »,
# « Sont ajoutés … », « Le dernier alinéa est ainsi rédigé : »): its subject is the article's introduction's
_SUBJECTLESS = re.compile(r"^(?:[ivxlc]+\. ?[-–—]|\d+° ?(?:bis|ter|quater)?|[a-z]\))? *(?:(?:il|elle) )?(?=\w)")
# The article's introduction naming one code article it changes (« L'article L. 533-22-1 du code … est ainsi
# modifié : »)
_CHANGES_ONE = re.compile(r"^l'article ([^,:]+?) (?:du|de la|des|de l') .*(?:est|sont) ainsi modifiée?s? ?:$")


def _names_code(article: Article, place: Place, own: str, ctx: Ctx) -> bool:
    """Whether the division `place.resulting` is said to change the code article `place.within`: it or a
    division around it names it (« 1° L'article L. 141-1 est complété par … : »); or, a division of the
    article's first level (none around it) whose own alinéa has no subject (« 2° Il est complété par deux
    alinéas ainsi rédigés : »), the article's introduction names that code article alone (« L'article
    L. 533-22-1 du code monétaire et financier est ainsi modifié : »)."""
    ref = re.sub(r"[\s.]", "", place.within.lower())
    openers = _openers(article, place, ctx)
    if _named_alone(article, place, openers, ctx):
        return True
    if len(place.resulting) != 1 or not (m := _SUBJECTLESS.match(own)):
        return False
    puts = (_PUTS_LAST, _PUTS_ONE, _PUTS_RANK, _PUTS_PHRASE)
    if re.search(r"\barticles?\s", own) or not any(p.match(own[m.end() :]) for p in puts):
        return False
    intro = fold(article.original[0]).strip().lower().replace("\u2011", "-")
    if opened(article.original[0]) or mark_levels([intro])[0] is not None:
        return False
    said = _CHANGES_ONE.match(intro)
    return bool(said and re.sub(r"[\s.]", "", said.group(1)) == ref) and not other_code(intro, ctx.part, ref)


def _introduced(article: Article, place: Place, openers: list[int], ctx: Ctx) -> bool:
    """Whether the division `place.resulting` amends code article `place.within` as an item of the article's
    introduction naming that one article alone (« L'article L. 232-1 du code de l'éducation est ainsi modifié : »
    then « 5° Le 1° est ainsi rédigé : », « 4° Le IV est ainsi modifié : » above « a quater) … »): the items
    under it change that article, each naming only a division of it. Not when the division or one around it
    names an article (which one is then its own word), nor when the article's own text has divisions above
    the outermost one (the introduction would not be over it: p67-011), nor when the introduction and the
    amendment name the code article of two codes (« du code de la recherche » under « … du code de
    l'éducation est ainsi modifié : », p70-028)."""
    original = article.original
    intro = fold(original[0]).strip().lower().replace("\u2011", "-")
    if opened(original[0]) or mark_levels([intro])[0] is not None or not openers or 0 in openers:
        return False
    said = _CHANGES_ONE.match(intro)
    ref = re.sub(r"[\s.]", "", place.within.lower())
    if not said or re.sub(r"[\s.]", "", said.group(1)) != ref or other_code(intro, ctx.part, ref):
        return False
    if any(re.search(r"\barticles?\s", fold(original[i]).lower()) for i in openers):
        return False
    kinds = mark_levels(heads_of(article))
    own = [k for k in kinds[1:] if k is not None]
    return kinds[openers[-1]] is not None and min(own) == kinds[openers[-1]]


# « 2° Après le premier alinéa, il est inséré un alinéa ainsi rédigé : » (« Après le même alinéa », the one
# the division before names): the alinéa it puts is the next one; « Après le deuxième alinéa, sont insérés
# quatre alinéas ainsi rédigés : », the next four
_PUTS_ONE = re.compile(
    r"^après le (?P<rank>premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|huitième"
    rf"|neuvième|dixième|même) alinéa, (?:il )?(?:est|sont) insérés? (?P<many>{COUNT}) alinéas? ainsi rédigés? ?:$"
)
# « 1° Le premier alinéa est ainsi rédigé : »: the alinéa of that rank is the one it quotes
_PUTS_RANK = re.compile(
    r"^le (?P<rank>premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|huitième"
    r"|neuvième|dixième) alinéa(?: de l'article [^,:]+?)? est ainsi rédigé ?:$"
)
# « 1° La dernière phrase du troisième alinéa est ainsi rédigée : »: that phrase, first or last, is the one
# phrase it quotes (the alinéa's others not quoted, their count not given: another rank is not said)
_PUTS_PHRASE = re.compile(
    r"^la (?P<phrase>première|dernière) phrase du (?P<rank>premier|deuxième|second|troisième|quatrième|cinquième"
    r"|sixième|septième|huitième|neuvième|dixième) alinéa(?: de l'article [^,:]+?)? est ainsi rédigée ?:$"
)
_NAMES_ONE = re.compile(
    r"^(?:[ivxlc]+\. ?[-–—]|\d+° ?|[a-z]\))? *(?:le|au|à la (?:première|dernière|\w+ième) phrase du) "
    r"(?P<rank>premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième"
    r"|dixième) alinéa\b"
)


def _rank_put(article: Article, place: Place, ctx: Ctx) -> tuple[int, int] | None:
    """« Au deuxième alinéa de l'article L. 822-1 …, tel qu'il résulte du 2° du présent article », the code
    article not quoted whole, the 2° inserting one alinéa after its first (« Après le premier alinéa, il est
    inséré un alinéa ainsi rédigé : »; « Après le même alinéa », the division just before naming its first,
    « 1° Le premier alinéa est complété … »): that alinéa is its second, the 2°'s one quoted alinéa, where the
    2° or one around it (or the article's introduction) names the code article. So for several (« Après le
    deuxième alinéa, sont insérés quatre alinéas ainsi rédigés : »: the third to sixth are the 2°'s four quoted
    alinéas in order, p60-045, p60-046), when it quotes as many as it says. The alinéa the division rewrites by
    its rank (« 1° Le premier alinéa est ainsi rédigé : ») is its one quoted alinéa (p61-026). Any other rank is
    not said (None: refused as before)."""
    if place.alineas is None or len(place.alineas) != 1 or place.alineas[0] <= 0:
        return None
    lo, hi = division_bounds(article, place.resulting, ctx)
    own = fold(article.original[lo]).strip().lower()
    mark = _SUBJECTLESS.match(own)
    if mark and (start := _PUTS_START.match(own[mark.end() :])):
        return _start_put(article, place, (lo, hi), number(start.group("many")), ctx)
    phrase = _PUTS_PHRASE.match(own[mark.end() :]) if mark else None
    if phrase:  # « 1° La dernière phrase du troisième alinéa est ainsi rédigée : », that phrase its quoted one
        ranks = (ordinal(phrase.group("rank")), ordinal(phrase.group("phrase")), 1)
        if ranks != (place.alineas[0], place.phrase, place.phrases) or not _names_code(article, place, own, ctx):
            return None
        if _quotations(article.original, lo, hi) != [(lo + 1, lo + 1)]:
            return None
        return (lo + 1, lo + 1) if len(phrase_spans(article.original[lo + 1])) == 1 else None
    rewritten = _PUTS_RANK.match(own[mark.end() :]) if mark else None
    if rewritten:  # « 1° Le premier alinéa est ainsi rédigé : », its one quoted alinéa (p61-026)
        if ordinal(rewritten.group("rank")) != place.alineas[0] or not _names_code(article, place, own, ctx):
            return None
        return (lo + 1, lo + 1) if _quotations(article.original, lo, hi) == [(lo + 1, lo + 1)] else None
    put = _PUTS_ONE.match(own[mark.end() :]) if mark else None
    if put is None:
        return None
    rank, many = put.group("rank"), number(put.group("many"))
    if rank == "même":  # the alinéa the nearest alinéa of the article's own before names, alone
        before = [h for h in heads_of(article)[:lo] if h]
        said = _NAMES_ONE.match(before[-1].lower()) if before else None
        if said is None or len(re.findall(r"\balinéas?\b", before[-1].lower())) != 1:
            return None
        rank = said.group("rank")
    k = place.alineas[0] - ordinal(rank)  # the k-th of those it puts
    if not 1 <= k <= many or not _names_code(article, place, own, ctx):
        return None
    if _quotations(article.original, lo, hi) != [(lo + 1, lo + many)]:  # as many quoted as it says, no other
        return None
    return lo + k, lo + k


# « 1° Au début, sont insérés deux alinéas ainsi rédigés : »: the code article's first alinéas
_PUTS_START = re.compile(
    rf"^au début, (?:il )?(?:est|sont) insérés? (?P<many>{COUNT}) alinéas? ainsi rédigés? ?:$"
)
# The alinéa of the article's own naming the code article whose start that is: « L'article L. 717-1 du même
# code est ainsi modifié : » (« 2° L'article L. 717-1 est ainsi modifié : » above « a) Au début, … »)
_ARTICLE_CHANGED = re.compile(
    r"^(?:[ivxlc]+\. ?[-–—]|\d+° ?(?:bis|ter|quater)?|[a-z]\))? *l'article ([^,:]+?)"
    r"(?: (?:du|de la|des|de l') [^:]*)? (?:est|sont) ainsi modifiée?s? ?:$"
)


def _start_put(article: Article, place: Place, span: tuple[int, int], many: int, ctx: Ctx) -> tuple[int, int] | None:
    """« Au premier alinéa de l'article L. 717-1 …, tel qu'il résulte du 1° du présent article », the 1°
    inserting alinéas at the code article's start (« 1° Au début, sont insérés deux alinéas ainsi rédigés : »):
    its first alinéas are the 1°'s quoted ones, the first its first (p58-036), the second its second
    (p58-037), so many as it says and quotes, right after its own alinéa, where the alinéa of the article's own
    just above it says it changes that code article alone (« L'article L. 717-1 du même code est ainsi
    modifié : »: the start is the code article's, not one of its divisions'). Any other: None (refused as before)."""
    lo, hi = span
    k = place.alineas[0] if place.alineas else 0
    if not 1 <= k <= many or _quotations(article.original, lo, hi) != [(lo + 1, lo + many)]:
        return None
    around = _around(article, lo + 1)  # the division's own alinéa, then those above it
    if len(around) < 2 or around[0] != lo:
        return None
    said = _ARTICLE_CHANGED.match(fold(article.original[around[1]]).strip().lower().replace("\u2011", "-"))
    ref = re.sub(r"[\s.]", "", place.within.lower())
    above = [article.original[j] for j in around[2:]]
    if said is None or re.sub(r"[\s.]", "", said.group(1)) != ref or other_code(said.group(), ctx.part, ref, above):
        return None
    return lo + k, lo + k


def _around(article: Article, first: int) -> list[int]:
    """The alinéas of the article's own that a quotation opening at alinéa `first` is in: the one introducing
    it, those opening the divisions around it (« 1° L'article L. 111-7 est ainsi modifié : » above « a) Il
    est ajouté un 5° ainsi rédigé : »), and the article's opening one when it introduces what follows (« : »)."""
    heads = heads_of(article)
    kinds = mark_levels(heads)
    own = [i for i in range(first) if heads[i]]  # quoted alinéas (another quotation) are not the article's
    if not own:
        return []
    out, level = [own[-1]], kinds[own[-1]]
    for i in reversed(own[:-1]):
        if (kind := kinds[i]) is not None and (level is None or kind < level):
            out.append(i)
            level = kind
    if own[0] == 0 and 0 not in out and kinds[0] is None and fold(article.original[0]).rstrip().endswith(":"):
        out.append(0)
    return out


def _above(article: Article, i: int) -> list[str]:
    """The alinéas around alinéa `i` (those opening the divisions it is in, the article's introduction),
    nearest first: where the code of a code article it names bare is said."""
    return [article.original[j] for j in _around(article, i + 1) if j != i]


def _quotations(original: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """The quotations among alinéas `lo` to `hi`: each one's first and last alinéa (0-based)."""
    out: list[tuple[int, int]] = []
    i = lo
    while i <= hi:
        if not opened(original[i]):
            i += 1
            continue
        j = quotation_last(original, i, hi)  # bare « (Alinéa sans modification) » lines inside it too
        out.append((i, j))
        i = j + 1
    return out


# A code article named with others in one breath: « Les articles L. 716-1 et L. 718-1 sont complétés … »,
# « … de l'article L. 716-1 et de l'article L. 718-1 »: the text quoted is theirs at once
_REF = r"(?:(?:l|r|d|lo)\.? ?)?\d[\w.-]*(?: (?:bis|ter|quater|[a-z]))?"
_OTHER_AFTER = re.compile(rf"^\s*(?:,|et|ou)\s+(?:(?:à|de|aux?|des) )?(?:l'article |les articles )?{_REF}")
_OTHER_BEFORE = re.compile(rf"{_REF}\s*(?:,|et|ou)\s+(?:(?:à|de) )?l'article\s+$")


def _named_alone(article: Article, place: Place, openers: list[int], ctx: Ctx) -> bool:
    """Whether one of the alinéas `openers` of the article's own names code article `place.within`; named
    with others (« II. – Les articles L. 716-1 et L. 718-1 … sont complétés par un alinéa ainsi rédigé : »),
    refused: the text quoted is each one's at once, and an edit to one of them alone would part them, which
    this article does not show (p58-043)."""
    ref = re.sub(r"[\s.]", "", place.within.lower())
    said = [_naming(article, i, ref, ctx.part) for i in openers]
    if "shared" in said:
        holder = f"the {' of the '.join(place.resulting)} of this article"
        if place.resulting == THIS_ARTICLE:
            holder = "this article"
        reason = (
            f"{holder} puts one text in article {place.within} and in others named with it: "
            f"a change to article {place.within} alone is not written there"
        )
        raise ctx.fail(reason, "ambiguous")
    return "alone" in said


def _naming(article: Article, i: int, ref: str, part: str = "") -> str:
    """How alinéa `i` of the article's own names code article `ref` (its reference without spaces or dots,
    small letters): "alone", "shared" (« les articles L. 716-1 et L. 718-1 », one text put in each), or "";
    "" too when the amendment's words `part` name it of another code than the alinéa does (p70-028), or,
    named bare, than the nearest alinéa around it stating a code does (p74-038)."""
    text = article.original[i]
    if other_code(text, part, ref, _above(article, i)):
        return ""
    named = re.compile(r"\barticle(s?)\s+" + r"[\s.]*".join(map(re.escape, ref)) + r"\.?(?![\w-])")
    text = fold(text).lower().replace("\u2011", "-")
    out = ""
    for m in named.finditer(text):
        if m.group(1) or _OTHER_AFTER.match(text[m.end() :]) or _OTHER_BEFORE.search(text[: m.start() + 8]):
            return "shared"
        out = "alone"
    return out


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
    if first and other_code(article.original[first - 1], ctx.part, ref, _above(article, first - 1)):
        raise ctx.fail(f"the article quotes article {within} of another code than the one named", "not_found")
    end = quotation_last(article.original, first, len(heads) - 1)  # bare placeholder lines inside it too
    while last < end and not HEADING.match(heads[last + 1]):
        last += 1
    return first, last
