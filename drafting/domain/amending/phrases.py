"""Phrases and an alinéa's ends: a phrase added at the end (`append_sentence`), the end from given words
replaced or deleted (`replace_end`, `delete_end`), the start rewritten up to given words
(`rewrite_start`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import accumulate
from typing import TYPE_CHECKING

from drafting.domain.amending.announcements import (
    ANNOUNCES,
    ENDS_QUOTING,
    count_said,
    counted,
    ends_quoting_phrases,
    quotes_folded,
)
from drafting.domain.amending.article import Hit
from drafting.domain.amending.edits import Edit
from drafting.domain.amending.items import all_refs
from drafting.domain.amending.lexer import number
from drafting.domain.amending.lexicon import CLOSE, OPEN, quote_depth
from drafting.domain.amending.quotes import opened
from drafting.domain.amending.seams import joined_with_spaces, splice
from drafting.domain.amending.search import words_pattern
from drafting.domain.amending.sitting import find
from drafting.domain.amending.spans import frame, one_alinea, own_start, phrase_spans, place_span
from drafting.domain.amending.typography import BLANKS, fold, normal

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx, Slot


def append_sentence(article: Article, edit: Edit, ctx: Ctx) -> None:
    for slot in one_alinea(article, edit.place, ctx):
        line = slot.text[0]
        lo, hi = place_span(line, edit.place, ctx)
        at = lo if edit.place.end == "début" else hi  # before the phrase named, or after it (inside quotes)
        quoting = ENDS_QUOTING.search(quotes_folded(line), lo, hi) if edit.place.end != "début" and at == hi else None
        if quoting and quoting.group("semi") and ends_quoting_phrases(line, lo, hi) is None:
            quoting = None  # words quoted ending « ; » (« les mots : « X ; » »): not phrases, as before
        if quoting and re.search(r"\w", line[hi : frame(line)[1]]):
            announced = ANNOUNCES.search(fold(line[: quoting.start("quote")]).rstrip() + " ")
            if announced is None or announced.group("noun") != "phrase":
                # a phrase ending with a quotation (« La question est ainsi rédigée : « X ? » ») that phrases of
                # the alinéa's own follow: the new phrase goes between them, after the quote
                quoting = None
        head, new = line[:at].rstrip(BLANKS), _phrase_stopped(edit.new[0].rstrip(), line[:at])
        if at == hi and not quoting and head.endswith(":") and _followed(article, slot):
            # after a phrase ending « : », which introduces the items or the quotation after the alinéa
            # (« … l'organe délibérant est constitué par : » then « a) … »): a phrase there would stand between
            # the introduction and what it introduces, and before it is not what is said (p132-010)
            reason = "it puts a phrase after one ending « : », which introduces what follows; where it goes is not said"
            raise ctx.fail(reason, "ambiguous")
        if quoting:
            at = _append_to_quoted(slot, line, quoting, edit, ctx)
            line = slot.text[0]
            if quoting.group("semi"):
                # the quoted phrases end an item (« … carbone ; » »): the last now ends with a full stop, the
                # new one, last of them, with the item's « ; » (« … carbone. Cette comptabilisation … ; » »)
                if not new.endswith(".") or new.endswith(".."):
                    reason = "the alinéa ends with a quotation; whether the phrase goes inside it is not said"
                    raise ctx.fail(reason, "ambiguous")
                cut = at - len(quoting.group("semi"))
                space = line[cut : at - 1] or " "
                slot.text[0] = line[:cut] + ". " + new[:-1].rstrip() + space + ";" + line[at:]
                continue
        elif at == hi and head.endswith(";") and new.endswith(".") and not new.endswith(".."):
            # an item ending « ; » completed by a phrase: the phrase before now ends with a full stop, and the
            # new one, last of the item, with its « ; » (« … second tour. Leur mandat est prorogé ; »)
            if _ends_quoting_words(head[:-1]):
                # « … sont insérés les mots : « , y compris bénévoles, » ; »: a stop after those words would be
                # invented, and whether the phrase goes inside the quotation is not said
                raise ctx.fail("the alinéa ends with quoted words; where the phrase goes is not said", "ambiguous")
            cut = len(head[:-1].rstrip(BLANKS))
            space = line[cut : len(head) - 1] or " "
            slot.text[0] = line[:cut] + ". " + new[:-1].rstrip() + space + ";" + line[at:]
            continue
        splice(Hit(slot, 0, at, at), at, at, joined_with_spaces(line[:at], new, line[at:]))


def _followed(article: Article, slot: Slot) -> bool:
    """Whether an alinéa comes after the alinéa `slot` holds (what its ending « : » introduces)."""
    refs = all_refs(article)
    at = next((n for n, (lines, j) in enumerate(refs) if lines is slot.text and j == 0), None)
    return at is not None and any(lines[j].strip(BLANKS) for lines, j in refs[at + 1 :])


def _ends_quoting_words(text: str) -> bool:
    """Whether `text` ends with a quotation of words that end no phrase (« les mots : « , y compris
    bénévoles, » »), not with a phrase's stop inside or after its closing quote."""
    folded = quotes_folded(text).rstrip(BLANKS)
    quoted = re.search(r'"([^"]*)"$', folded)
    return quoted is not None and not re.search(r"[.!?…]\s*$", quoted.group(1))


def _phrase_stopped(new: str, before: str) -> str:
    """A phrase put after the alinéa's phrases ended by a stop, given without one of its own (« … le 13
    janvier 2012 ». , the full stop after the amendment's quote being the instruction's): a phrase is a
    sentence, it ends with a full stop as they do. After an alinéa ending otherwise (a heading, « : »), the
    phrase is put as given."""
    ended = re.search(r"[.;!?…]$", before.rstrip(BLANKS + '»"”'))
    if ended and re.search(r"[^\s.;:!?…][»\"”]?$", new) and not re.search(r"[.;:!?…]\s*[»\"”]$", new):
        return new + "."
    return new


def _append_to_quoted(slot: Slot, line: str, quoting: re.Match[str], edit: Edit, ctx: Ctx) -> int:
    """A phrase completing an alinéa that ends with the phrases it quotes (« c) L'article L. 1 est complété
    par une phrase ainsi rédigée : « X. » ; »): after « » ; » no phrase can follow. When the alinéa
    announces those phrases by their count, the new one joins them, inside the quotes, and the count is
    said again (« deux phrases ainsi rédigées »); otherwise where it goes is not said: refused."""
    announced = ANNOUNCES.search(fold(line[: quoting.start("quote")]).rstrip() + " ")
    was = len(phrase_spans(quoting.group("inner")))  # « L. 1522-5. » ends a phrase, « L. » does not
    if announced is None or announced.group("noun") != "phrase" or number(announced.group("count")) != was:
        reason = "the alinéa ends with a quotation; whether the phrase goes inside it is not said"
        raise ctx.fail(reason, "ambiguous")
    now = was + len(phrase_spans(edit.new[0].strip()))
    if count_said(now, announced.group("count")) is None:
        raise ctx.fail("the alinéa ends with a quotation; whether the phrase goes inside it is not said", "ambiguous")
    said = counted(announced, now).removesuffix(announced.group("colon"))
    slot.text[0] = line[: announced.start()] + said + line[announced.start("colon") :]
    shift = len(slot.text[0]) - len(line)
    return quoting.end("inner") + shift


def replace_end(article: Article, edit: Edit, ctx: Ctx, new: str | None = None) -> None:
    if new is None and len(edit.new) > 1:
        # a new end of several alinéas (« Après le mot : dont / rédiger ainsi la fin de cet alinéa :
        # « – trois … ; » « – un … ; » …): whether the first goes on after the anchor or opens an alinéa,
        # and what comes before the others, is not said
        raise ctx.fail("it gives several alinéas for the end of an alinéa", "ambiguous")
    text = " ".join(edit.new) if new is None else new
    if edit.anchor:
        hits = find(article, edit.place, edit.anchor, ctx, 1, edit.occurrence)
        ctx.anchors += hits if edit.keep_anchor else []
    else:
        hits = [Hit(s, 0, 0, 0) for s in one_alinea(article, edit.place, ctx)]
    for hit in hits:
        line = hit.slot.text[hit.line]
        lo, hi = place_span(line, edit.place, ctx)
        if edit.place.anchored:  # the end of the phrase the anchor is in
            hi = next(end for begin, end in phrase_spans(line) if begin <= hit.start < end)
        if edit.place.to_alinea_end:  # « À la première phrase …, après X, … la fin de l'alinéa »: the alinéa's
            hi = frame(line)[1]
        start = hit.end if edit.keep_anchor and edit.anchor else (hit.start if edit.anchor else lo)
        own = frame(line)[0]
        if not edit.anchor and own < start and normal(text[: own_start(text, 0)]) == normal(line[own:start]):
            start = own  # a first phrase rewritten with the alinéa's mark (« I. – La … »): the mark is not doubled
        closing = re.match(rf'[{BLANKS}]*[»"”]', line[start:hi])
        if closing and text[:1] not in '»"”' and _inside_quoted_words(line[:start]):
            start += closing.end()  # the words named end where quoted words end: their quote stays
        tail = line[start:hi]
        kept = _quote_kept(line[own:start], tail) if not text else None
        if kept is not None:  # deleted from inside quoted words: their closing quote and the stops stay
            splice(hit, start, start + kept, "")
            continue
        if not text and _closes_later(line[own:start], tail):
            # « … les mots : « jusqu'au 31 décembre 2019 et 150 » sont remplacés … », the end deleted after
            # « 2019 »: the alinéa's end goes past the quote closing those words; whether it goes with the words
            # after it (the quotation left open) or the quoted words end there is not said
            reason = "it deletes the end of the alinéa from inside quoted words that close before it"
            raise ctx.fail(reason, "ambiguous")
        closed = _closes_quotation(line[:start], tail, text)
        stop = tail.rstrip(BLANKS + '»"”')[-1:]
        # words deleted to the end keep its stop; new words keep it when they end with none of their own
        # (« … au dimanche 21 juin 2020 ». : the full stop after the quote is the instruction's); after the
        # quote the new end closes (« … six mois." ; »), the stop there is the alinéa's own
        ended = closed == text and bool(re.search(r"[.;:!?…]\s*[»\"”]?\s*$", text))
        if closed != text:  # the stop after the quote only (« … crise sanitaire." » has none)
            after = re.search(r'[»"”][\s\u00a0\u202f]*([.;:]?)[\s\u00a0\u202f]*$', tail)
            stop = after.group(1) if after else ""
        text = closed
        if stop == ";" and new is None and not re.search(r'[»"”]', text[-3:]) and re.search(r"[^.]\.$", text.rstrip()):
            # an item's last phrase (or its end) rewritten with a full stop (« 1° … . Le cas échéant, … prorogé ; »):
            # the item still ends with its « ; », as an item rewritten whole does
            text, ended = text.rstrip()[:-1].rstrip(BLANKS), False
        stop = stop if stop in ".;:" and (new is not None or not ended) else ""
        if stop in (";", ":") and text:  # with the space French puts before it, as the text had it
            space = re.search(rf"([{BLANKS}]*)[;:][{BLANKS}»\"”]*$", tail)
            stop = ((space.group(1) if space else "") or " ") + stop
        if not text and stop in (";", ":"):  # French puts a space before « ; » and « : »
            splice(hit, start, hi, (" " if line[:start][-1:] != " " else "") + stop)
            continue
        splice(hit, start, hi, joined_with_spaces(line[:start], text + stop, line[hi:]) if text + stop else "")


def _inside_quoted_words(before: str) -> bool:
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»")


_QUOTE_KEPT = re.compile(rf'(?:[.!?](?=[{BLANKS}]*[»"”]))?[{BLANKS}]*(?P<quote>[»"”])[{BLANKS}.;:]*$')


def _quote_kept(before: str, tail: str) -> int | None:
    """The end of an alinéa deleted from inside words it quotes (« … complétée par les mots : « jusqu'au 31
    décembre 2019 et 150 … 2020 ». », after « 2019 »): the words quoted end where the deletion ends, their
    closing quote (with the stop a quoted phrase ends with inside it) and the alinéa's stop stay. Where in
    `tail` they begin; None when `before` (the alinéa's own words) opens no quote that `tail` closes at its end."""
    m = _QUOTE_KEPT.search(tail)
    if m is None:
        return None
    gone = tail[: m.start()]
    if m["quote"] == '"':  # straight quotes do not say which opens and which closes: none may be deleted
        return m.start() if before.count('"') % 2 == 1 and '"' not in gone else None
    # the quote kept is the one closing the words opened before: none closes them amid the words deleted
    depths = accumulate(1 if c in OPEN else -1 for c in gone if c in OPEN + CLOSE)
    return m.start() if quote_depth(before) > 0 and min(depths, default=0) >= 0 and quote_depth(gone) == 0 else None


def _closes_later(before: str, tail: str) -> bool:
    """Whether `tail` closes words quoted in `before` (the alinéa's own words up to it) and goes on after them."""
    if before.count('"') % 2 == 1:
        return '"' in tail
    depths = accumulate(1 if c in OPEN else -1 for c in tail if c in OPEN + CLOSE)
    return quote_depth(before) > 0 and min(depths, default=0) < 0


def _closes_quotation(before: str, tail: str, text: str) -> str:
    """A new end put inside words the alinéa quotes (« … complété par les mots : ", par les agents …
    convention". », rewritten after « agents »): the quote the old end closed, the new one closes too."""
    opened = _inside_quoted_words(before)
    close = re.search(r'([»"”])[\s.;:]*$', tail)
    if not text or not opened or not close or re.search(r'[»"”]\s*[.;:]?\s*$', text):
        return text
    body = re.sub(r"\s*[.;:]$", "", text.rstrip())
    # quoted phrases (« … crise sanitaire." ; ») end with their stop inside the quote: the new end keeps its
    # own, or takes theirs; quoted words with none (« … convention". ») take none
    inner = re.search(r"([.!?])[\s\u00a0\u202f]*[»\"”][\s.;:]*$", tail)
    if inner:
        own = re.search(r"[.!?]$", text.rstrip())
        body = text.rstrip() if own else body + inner.group(1)
    return body + ("\u00a0»" if close.group(1) == "»" else close.group(1))


def rewrite_start(article: Article, edit: Edit, ctx: Ctx) -> None:
    """« Rédiger ainsi le début de l'alinéa 8 : « X Y Z… (le reste sans changement) » »: the new start
    ends with words the old text has; the longest run of its last words (two at least, or one word of
    five letters or more) found in the place, once, is where the rest begins. Found twice, or not at
    all, is refused: where the start ends is not said."""
    new = edit.new[0]
    if edit.anchor:
        _rewrite_upto(article, edit, ctx)
        return
    for slot in one_alinea(article, edit.place, ctx):
        line = slot.text[0]
        lo, hi = place_span(line, edit.place, ctx)
        new = _quotation_quote_dropped(edit.new[0], line, lo)
        words = new.split()[-_TAIL_WORDS:]  # a run of its last words that long, found once, is found: no more needed
        found, at = _longest_tail_found(words, fold(line), lo, hi)
        last = re.sub(r"\W+$", "", words[-1]) if words else ""
        if found < 2 and len(last) >= 5 and last.isalpha():
            # « Lorsque plusieurs référendums sont organisés… » for « … seraient organisés le même jour »:
            # one word, not a small one, found once, also marks where the rest begins
            found, at = 1, list(words_pattern(last).finditer(fold(line), lo, hi))
        if found < 1 or not at:
            reason = "the new start does not end with words the text has, so where the rest begins is not said"
            raise ctx.fail(reason, "not_found")
        if len(at) > 1:
            raise ctx.fail(f"the last words of the new start, « {' '.join(words[-found:])} », occur twice", "ambiguous")
        first = next((end for begin, end in phrase_spans(line) if begin <= lo < end or lo < begin), hi)
        if at[0].end() > first:  # a start is the start of a phrase: words found further on are not its end
            raise ctx.fail("the new start ends with words found only past the first phrase", "not_found")
        _check_earlier_end(new, line, lo, at[0], ctx)
        own = own_start(line, max(lo, frame(line)[0]))
        _check_later_opening(new, line, max(lo, own), hi, ctx)
        if lo < own < at[0].start() and not normal(new[: own_start(new, 0)]):
            lo = own  # « II. – Les fournisseurs … » given a new start without its mark: the mark stays
        splice(Hit(slot, 0, lo, at[0].end()), lo, at[0].end(), new)


def _quotation_quote_dropped(new: str, line: str, lo: int) -> str:
    """A new start given with the quote opening the quotation whose alinéa it rewrites (« Rédiger ainsi le
    début de l'alinéa 15 : « « À compter … (le reste sans changement) » », the alinéa « « À compter … »):
    that quote is the alinéa's own, which stays; kept once, as « Rédiger ainsi cet alinéa » keeps it. A quote
    the new start closes (« « Art. 1er » désigne … ») is words quoted, and stays."""
    if not opened(line) or not lo or line[:lo].strip(BLANKS + OPEN + '"') or not opened(new):
        return new
    left_open = new.count('"') % 2 == 1 if new[0] == '"' else quote_depth(new) > 0
    return new[1:].lstrip(BLANKS) if left_open else new


def _rewrite_upto(article: Article, edit: Edit, ctx: Ctx) -> None:
    """« Rédiger ainsi le début de l'alinéa 1 jusqu'aux mots : X : … »: from the start of the alinéa (after
    its own mark, unless the new start gives one) to the end of X, found once there."""
    for hit in find(article, edit.place, edit.anchor, ctx):
        line = hit.slot.text[hit.line]
        lo = place_span(line, edit.place, ctx)[0]
        new = _quotation_quote_dropped(edit.new[0], line, lo)
        own = own_start(line, max(lo, frame(line)[0]))
        if lo < own <= hit.start and not normal(new[: own_start(new, 0)]):
            lo = own  # the mark stays
        splice(hit, lo, hit.end, new)


_OPENING_WORDS = 3  # a later phrase opening with the new start's first words that many (« Dans ce cas, … »)


def _check_later_opening(new: str, line: str, start: int, hi: int, ctx: Ctx) -> None:
    """The new start opening as a later phrase of the place opens (« Dans ce cas, la fondation
    partenariale… » on « Par dérogation …, la fondation partenariale peut être créée … . Dans ce cas, elle
    est dissoute … ») and not as the place itself opens: its first words line up with that phrase, its last
    words with the first: which words it replaces is not said: refused."""
    first = re.findall(r"\w+", fold(new).casefold())[:8]
    head = re.findall(r"\w+", fold(line[start:hi]).casefold())[: len(first)]
    same = _shared(first, head)
    for begin, end in phrase_spans(line):
        if begin <= start or begin >= hi:
            continue
        run = _shared(first, re.findall(r"\w+", fold(line[begin:end]).casefold())[: len(first)])
        if run >= _OPENING_WORDS and run > same:
            opening = new[: list(re.finditer(r"\w+", new))[run - 1].end()]
            said = f"the new start opens as a later phrase does (« {opening} »), not as the text does"
            raise ctx.fail(f"{said}; which words it replaces is not said", "ambiguous")


def _shared(a: list[str], b: list[str]) -> int:
    """How many words two runs of words open with alike."""
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _changed_words(new: str, old: str) -> int:
    """How many words differ between two texts (put or taken out), as a word diff counts them."""
    a, b = re.findall(r"\w+", fold(new).casefold()), re.findall(r"\w+", fold(old).casefold())
    same = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return len(a) + len(b) - 2 * same


def _check_earlier_end(new: str, line: str, lo: int, run: re.Match[str], ctx: Ctx) -> None:
    """The new start's last word found earlier than the run of last words that marks where the rest
    begins (« Dans les mêmes conditions, le Premier ministre » on « Dans les mêmes conditions, le
    ministre chargé de la santé peut … prescrites par le Premier ministre en application … »): when
    ending there changes fewer words than ending at the run (which here deletes seventeen), the start
    may as well end there; where the rest begins is not said: refused."""
    last = re.findall(r"\w+", new)[-1:]
    if not last:
        return
    cost = _changed_words(new, line[lo : run.end()])
    for m in words_pattern(last[0]).finditer(fold(line), lo, run.start()):
        if _changed_words(new, line[lo : m.end()]) < cost:
            said = f"the new start may as well end at the earlier « {last[0]} »; where the rest begins is not said"
            raise ctx.fail(said, "ambiguous")


_TAIL_WORDS = 40


def _longest_tail_found(words: list[str], folded: str, lo: int, hi: int) -> tuple[int, list[re.Match[str]]]:
    """The most last words (two at least; 0 if not even two) found in `folded[lo:hi]`, and where.
    A longer run of last words is found at fewer places, so the longest is searched by halves."""

    def hits(k: int) -> list[re.Match[str]]:
        return list(words_pattern(" ".join(words[-k:])).finditer(folded, lo, hi))

    found, missing = 1, len(words) + 1
    while missing - found > 1:
        k = (found + missing) // 2
        found, missing = (k, missing) if k >= 2 and hits(k) else (found, k)
    return (found, hits(found)) if found >= 2 else (0, [])


def delete_end(article: Article, edit: Edit, ctx: Ctx) -> None:
    replace_end(article, edit, ctx, new="")
