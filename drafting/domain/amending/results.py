"""A code article's alinéas « tel qu'il résulte du … » this article, the code article not quoted whole
(`quoted_alone`): a division of it quoted alone by the division named, or its last alinéas, its first ones, or
the one of a rank that division puts (« Après le premier alinéa, il est inséré un alinéa ainsi rédigé : »), where
that division, one around it or the article's introduction names the code article, alone (`puts_last`, `above`:
the alinéas around one, where a code is stated).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from drafting.domain.amending.codes import other_code
from drafting.domain.amending.divisions import article_ref, division_bounds, heads_of, mark_levels, marked, quoted_heads
from drafting.domain.amending.edits import LAST, THIS_ARTICLE, Place
from drafting.domain.amending.lexer import COUNT, number
from drafting.domain.amending.locations import ordinal
from drafting.domain.amending.quotes import opened, quotation_spans
from drafting.domain.amending.spans import phrase_spans
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx


def quoted_alone(article: Article, place: Place, ctx: Ctx) -> tuple[int, int] | None:
    """A division of a code article this one does not quote whole, named with where it results from (« Au 4°
    de l'article L. 721-1, tel qu'il résulte du 4° du I du présent article », the 4° of the I inserting that
    4° alone): the only quotation of that division of this one, which opens with the division's mark (the
    path's outer marks, « du II », are the code article's, outside it), where that division or one around it
    names the code article (« 2° Le II de l'article L. 121-32 est ainsi modifié : » then « a) Le 9° est ainsi
    rédigé : »). Said to result from this article (« tel qu'il résulte du présent article »): the only
    quotation of this article that the alinéas around it say is in that code article (`_around`). None when
    the code article is quoted whole, or nothing says where the division results from and no division is named; a
    division named and nothing said of where it results from: read as resulting from this article."""
    if place.proposed:  # « du texte proposé par le 4° pour être inséré … »: the one text the 4° puts
        put = _text_put(article, place, ctx, named=True)
        return division_bounds(article, place.path, ctx, put) if place.path and put else put
    ref = re.sub(r"[\s.]", "", place.within.lower())
    heads = [fold(a).lstrip(' "').lower() for a in article.original]
    whole = any(re.match(r"art(?:icle)?\.? ?", h) and article_ref(h) == ref for h in heads)
    if whole or not place.resulting and not place.path:
        return None
    if not place.resulting:
        # « Au 4° du III de l'article L. 135 D du livre des procédures fiscales », not said where it results from
        # and not quoted whole: an amendment changes this article's text, so the division is read where this
        # article quotes it, as « tel qu'il résulte du présent article » says (its only quotation of that code
        # article, opening with the division's mark or one around it)
        place, bare = replace(place, resulting=THIS_ARTICLE), True
    else:
        bare = False
    if not place.path and place.alineas is None and place.phrase is None and place.end is None and place.after is None:
        return _text_put(article, place, ctx)
    if not place.path:
        return _last_put(article, place, ctx)

    def names(openers: list[int]) -> bool:
        return any(_naming(article, i, ref, ctx.part) for i in openers)

    if place.resulting == THIS_ARTICLE:
        # « tel qu'il résulte du présent article »: the only quotation of this article that an alinéa of its
        # own introducing it, or opening a division around it, says is in that code article
        every = quotation_spans(article.original, 0, len(article.original) - 1)
        quotations = [q for q in every if names(_around(article, q[0]))]
        if bare and not quotations:  # nothing of it quoted, whole or in part
            raise ctx.fail(f"the article quotes no text proposed for article {place.within}", "not_found")
        if bare and len(quotations) > 1:
            # several quotations of it (« 2° … un III ainsi rédigé : » then « 3° … un IV … »): the one opening
            # with the outermost mark named (« Au IV »), where exactly one does; none or several, refused below
            opening = [q for q in quotations if _opens(article, place, q, len(place.path) - 1, ctx) is not None]
            quotations = opening if len(opening) == 1 else quotations
        if len(quotations) != 1:
            held = "several quotations" if quotations else "no quotation"
            reason = f"this article holds {held} of article {place.within}: where the {place.path[0]} is is not said"
            raise ctx.fail(reason, "not_found")
        _named_alone(article, place, _around(article, quotations[0][0]), ctx)
        holder = "article"
    else:
        holder = " of the ".join(place.resulting)
        quotations = _division_quotations(article, place, ctx)
        if len(quotations) != 1:
            held = "several quotations" if quotations else "no quotation"
            reason = f"the {holder} of this article holds {held}: where the {place.path[0]} is is not said"
            raise ctx.fail(reason, "not_found")
    first, last = quotations[0]
    # said of nowhere (`bare`), the quotation holds the whole path: its outer marks (« du II ») are not checked
    # against the alinéas around it, so none is left outside it
    stop = len(place.path) - 2 if bare else -1
    for j in range(len(place.path) - 1, stop, -1):  # the outermost mark the quotation opens with
        if (bounds := _opens(article, place, (first, last), j, ctx)) is not None:
            return bounds
    mark = place.path[-1] if bare else place.path[0]
    if holder == "article":
        reason = f"the quotation of article {place.within} in this article does not open with « {mark} »"
        raise ctx.fail(reason, "not_found")
    raise ctx.fail(f"the quotation in the {holder} of this article does not open with « {mark} »", "not_found")


def _opens(article: Article, place: Place, quotation: tuple[int, int], j: int, ctx: Ctx) -> tuple[int, int] | None:
    """The division `place.path[: j + 1]` in `quotation`, where it opens with the mark `place.path[j]`, or with
    one of the divisions of its kind quoted before it (« « 10° … » then « « 11° … »), or with the items its
    opening alinéa introduces (« « Cette gestion comprend : » then « « 1° … », p77-023); None otherwise."""
    first, last = quotation
    marks = quoted_heads(article, first, last)
    kinds = mark_levels(marks)
    items = _listed(marks, kinds, first, last)
    spans = marked(article, (marks, kinds), (place.path[j], ""), (first, last), ctx)
    level = kinds[spans[0][0]] if len(spans) == 1 else None
    if len(spans) == 1 and (spans[0][0] == first or level == kinds[first] is not None or level == items):
        return division_bounds(article, place.path[: j + 1], ctx, (first, last))
    return None


def _listed(marks: list[str], kinds: list[int | None], first: int, last: int) -> int | None:
    """The level of the items a quotation's opening alinéa introduces (« « Cette gestion comprend : » then
    « « 1° … », « « 2° … »): it has no mark and ends « : », the next opens an item, and no alinéa of the
    quotation opens a division above those items (« « II. – … » after them: whose items they are is not
    said). None otherwise."""
    level = kinds[first + 1] if first + 1 <= last else None
    if kinds[first] is not None or level is None or not marks[first].rstrip(BLANKS + "»\"").endswith(":"):
        return None
    return level if all(k is None or k >= level for k in kinds[first + 1 : last + 1]) else None


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
    quotations = quotation_spans(article.original, lo, hi)
    if len(quotations) != 1 or quotations[0][0] != lo + 1:
        return None
    return quotations[0]


def _text_put(article: Article, place: Place, ctx: Ctx, named: bool = False) -> tuple[int, int] | None:
    """« À l'article L. 715-2 du code …, tel qu'il résulte du 1° du II, remplacer les mots : … », the code
    article not quoted whole, no alinéa, phrase nor division of it named: the words are those of the text that
    division puts in it (an amendment changes the bill's words, not the code's others), its only quotation,
    where that division, one around it or the article's introduction names the code article (p88-062). None
    when said to result from this whole article (which of its texts is not said); refused when the division
    holds several quotations or none (which one is not said). So for the text the amendment names as that
    division's (`named`: « au premier alinéa du texte proposé par le 4° pour être inséré après le troisième
    alinéa de l'article L. 719-1 », p88-080), its alinéas counted in it."""
    if place.resulting == THIS_ARTICLE and not named:
        return None
    quotations = _division_quotations(article, place, ctx)
    if len(quotations) != 1:
        held = "several quotations" if quotations else "no quotation"
        holder = " of the ".join(place.resulting)
        reason = f"the {holder} of this article holds {held}: which text of article {place.within} is not said"
        raise ctx.fail(reason, "not_found")
    return quotations[0]


def _division_quotations(article: Article, place: Place, ctx: Ctx) -> list[tuple[int, int]]:
    """The quotations of the division `place.resulting` (« du 1° du II »), where that division, one around it
    or the article's introduction names the code article `place.within`; refused otherwise."""
    lo, hi = division_bounds(article, place.resulting, ctx)
    openers = _openers(article, place, ctx)
    if not _named_alone(article, place, openers, ctx) and not _introduced(article, place, openers, ctx):
        holder = " of the ".join(place.resulting)
        raise ctx.fail(f"the {holder} of this article does not amend article {place.within}", "not_found")
    return quotation_spans(article.original, lo, hi)


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


def puts_last(article: Article, place: Place, ctx: Ctx) -> bool:
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
    puts = (_PUTS_LAST, _PUTS_ONE, _PUTS_RANK, _PUTS_PHRASE, _CHANGES_RANK)  # the last: the a)'s around it
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
    if mark and phrase is None and (split := _split_phrase(article, place, own[mark.end() :], ctx)):
        return split
    if phrase:  # « 1° La dernière phrase du troisième alinéa est ainsi rédigée : », that phrase its quoted one
        ranks = (ordinal(phrase.group("rank")), ordinal(phrase.group("phrase")), 1)
        if ranks != (place.alineas[0], place.phrase, place.phrases) or not _names_code(article, place, own, ctx):
            return None
        return _one_quoted_phrase(article, lo, hi)
    rewritten = _PUTS_RANK.match(own[mark.end() :]) if mark else None
    if rewritten:  # « 1° Le premier alinéa est ainsi rédigé : », its one quoted alinéa (p61-026)
        if ordinal(rewritten.group("rank")) != place.alineas[0] or not _names_code(article, place, own, ctx):
            return None
        return (lo + 1, lo + 1) if quotation_spans(article.original, lo, hi) == [(lo + 1, lo + 1)] else None
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
    if quotation_spans(article.original, lo, hi) != [(lo + 1, lo + many)]:  # as many quoted as it says, no other
        return None
    return lo + k, lo + k


# « a) La première phrase est ainsi rédigée : » under « 2° Le deuxième alinéa est ainsi modifié : »: the rank
# split across two levels
_PUTS_OWN_PHRASE = re.compile(r"^la (?P<phrase>première|dernière) phrase est ainsi rédigée ?:$")
_CHANGES_RANK = re.compile(
    r"^le (?P<rank>premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|huitième"
    r"|neuvième|dixième) alinéa(?: de l'article [^,:]+?)? est ainsi modifié ?:$"
)


def _split_phrase(article: Article, place: Place, own: str, ctx: Ctx) -> tuple[int, int] | None:
    """« À la première phrase du deuxième alinéa de l'article L. 123-5 …, tel qu'il résulte du a du 2° », the
    a) rewriting a phrase (« a) La première phrase est ainsi rédigée : ») of the alinéa the division right
    around it names by its rank (« 2° Le deuxième alinéa est ainsi modifié : »): that phrase is the a)'s one
    quoted alinéa, one phrase, as when one division names both (p70-045), under the same conditions (the 2°,
    one around it or the article's introduction naming the code article). None otherwise."""
    said = _PUTS_OWN_PHRASE.match(own)
    if said is None or len(place.resulting) != 2 or place.alineas is None:
        return None
    lo, hi = division_bounds(article, place.resulting, ctx)
    outer = replace(place, resulting=place.resulting[1:])
    top = fold(article.original[division_bounds(article, outer.resulting, ctx)[0]]).strip().lower()
    mark = _SUBJECTLESS.match(top)
    rank = _CHANGES_RANK.match(top[mark.end() :]) if mark else None
    if rank is None:
        return None
    ranks = (ordinal(rank.group("rank")), ordinal(said.group("phrase")), 1)
    if ranks != (place.alineas[0], place.phrase, place.phrases) or not _names_code(article, outer, top, ctx):
        return None
    return _one_quoted_phrase(article, lo, hi)


def _one_quoted_phrase(article: Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The division `lo`..`hi`'s one quoted alinéa, right after its own, when it is one phrase (the phrase a
    division rewrites); None otherwise."""
    if quotation_spans(article.original, lo, hi) != [(lo + 1, lo + 1)]:
        return None
    return (lo + 1, lo + 1) if len(phrase_spans(article.original[lo + 1])) == 1 else None


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
    if not 1 <= k <= many or quotation_spans(article.original, lo, hi) != [(lo + 1, lo + many)]:
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


def above(article: Article, i: int) -> list[str]:
    """The alinéas around alinéa `i` (those opening the divisions it is in, the article's introduction),
    nearest first: where the code of a code article it names bare is said."""
    return [article.original[j] for j in _around(article, i + 1) if j != i]


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
    if other_code(text, part, ref, above(article, i)):
        return ""
    named = re.compile(r"\barticle(s?)\s+" + r"[\s.]*".join(map(re.escape, ref)) + r"\.?(?![\w-])")
    text = fold(text).lower().replace("\u2011", "-")
    out = ""
    for m in named.finditer(text):
        if m.group(1) or _OTHER_AFTER.match(text[m.end() :]) or _OTHER_BEFORE.search(text[: m.start() + 8]):
            return "shared"
        out = "alone"
    return out
