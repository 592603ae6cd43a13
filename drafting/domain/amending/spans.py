"""Where a place lies: the slots of the alinéas it names (refused when the article has no such alinéa),
and in an alinéa's text its own words past its quote and mark, its phrases, where a sentence opens.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from drafting.domain.amending.divisions import ADVERBS, ARTICLE_HEADING, MARKS, ROMAN_ITEM, ROMAN_MARK
from drafting.domain.amending.edits import BEFORE_LAST, LAST, Place
from drafting.domain.amending.lexicon import CLOSE, MARK, OPEN, quote_depth
from drafting.domain.amending.quotes import CLOSING, opened
from drafting.domain.amending.slips import one_edit
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx, Slot


_ABBREVIATIONS = {"art", "n", "no", "cf", "etc", "mm", "m", "mme", "al", "p", "o", "lo", "l", "r", "d", "a"}
# the months abbreviated in a date (« le 1er janv. 2020 »): their stop, a year after it, ends no phrase
_MONTHS = {"janv", "févr", "fevr", "avr", "juil", "juill", "sept", "oct", "nov", "déc", "dec"}
# a month so shortened between a day and a year (« 15 fév. 2021 »): a date, not a phrase's end (« 30 jours. 2025
# est … » ends one)
_DATE = re.compile(r"(?:^|\W)(?:1er|\d{1,2}) (?:janv|f[ée]vr?|avr|juil|juill|ao[uû]t|sept|oct|nov|d[ée]c)\.$", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s*[»\"”])?\s+(?=[«\"“(]?\s*[A-ZÀÂÉÈÊÎÔÛÇ0-9])")


def slot_index(article: Article, n: int, ctx: Ctx) -> int:
    """The 0-based slot of alinéa `n` (negative: from the end), refused in so many words if the
    article has no such alinéa."""
    count = len(article.slots)
    i = n - 1 if n > 0 else count + n
    if not 0 <= i < count:
        text = "the amendment" if article.instructions else "the article"  # a sub-amendment counts its amendment's
        if n < BEFORE_LAST:  # « les trois derniers alinéas », the article having two
            reason = f"{text} has no alinéa {-n} from its end (it has {count} alinéa{'s' * (count != 1)})"
            raise ctx.fail(reason, "no_such_alinea")
        name = f"alinéa {n}" if n > 0 else ("the last alinéa" if n == -1 else "the alinéa before the last")
        has = f"it has {count} alinéa{'s' * (count != 1)}"
        raise ctx.fail(f"{text} has no {name.removeprefix('the ')} ({has})", "no_such_alinea")
    return i


def slots_named(article: Article, place: Place, ctx: Ctx) -> list[Slot]:
    if place.alineas is None:
        return article.slots
    chosen = [article.slots[slot_index(article, n, ctx)] for n in place.alineas]
    if place.division:
        first = slot_index(article, place.alineas[0], ctx)
        last = slot_index(article, place.alineas[-1], ctx)
        following = article.original[last + 1 : last + 2]
        if not ROMAN_MARK.match(article.original[first]) or following and not ROMAN_MARK.match(following[0]):
            raise ctx.fail("it names as a paragraph alinéas that are not a whole « I. – » division")
    if place.item:
        for n, slot in zip(place.alineas, chosen, strict=True):
            if not _opens_with_mark(" ".join(slot.text), place.item):
                shown = _as_written(place.item)
                raise ctx.fail(f"it says alinéa {n} is the {shown} but that alinéa opens otherwise")
    return chosen


def _opens_with_mark(text: str, item: str) -> bool:
    """Whether the alinéa opens with the mark « (4° bis) » checks: its number and its adverb (« 4° » is not
    the « 4° bis »); « (III bis) » a paragraph's, « III bis (nouveau). – » (read folded: « iii bis »)."""
    if re.fullmatch(r"([ivx]+)((?: \w+)?)", item):
        item = _as_written(item)
        want = MARKS["–"].match(item + ". – ")
        got = MARKS["–"].match(fold(text).lstrip())
        return want is not None and got is not None and got.groups() == want.groups()
    for mark in MARKS.values():
        want = mark.match(item + " ")  # its adverb is read before a space
        if want:
            got = mark.match(fold(text).lstrip())
            return got is not None and got.groups() == want.groups()
    return fold(text).lstrip(' "').startswith(item.replace(" ", ""))


def _as_written(item: str) -> str:
    """A mark as the text writes it: a paragraph's (read folded: « iii bis », « ii a ») with its number in
    capitals and its adverb as written (« III bis », « II A »); any other mark as it is (« 4° bis », « a) »)."""
    roman = re.fullmatch(r"([ivx]+)((?: \w+)?)", item)
    if not roman:
        return item
    adverb = roman.group(2)
    return roman.group(1).upper() + (adverb if adverb.strip() in ADVERBS else adverb.upper())


def frame(text: str) -> tuple[int, int]:
    """The alinéa's own words: inside the quote that opens it when it is a quotation, and before the quote
    (with its « ; » or « . ») that closes it. Those quotes belong to the quotation, not to a phrase: words
    put at the start or end, and phrases rewritten, completed or deleted, go inside them."""
    if not opened(text):
        return 0, unmatched_closing(text)
    lo = len(text) - len(text[1:].lstrip()) if text[:1] != '"' else 1
    closing = CLOSING.search(text)
    inner = text[lo : closing.start()] if closing else ""
    straight = text[0] == '"' and text.count('"') % 2 == 0
    curly = text[0] != '"' and inner.count("«") + inner.count("“") == inner.count("»") + inner.count("”")
    if closing and text[0] != '"' and not curly and inner[:1] in ("«", "“"):
        # « « Art. L. 1. – Un. Deux. » (an amendment's alinéa quoting the first of a quotation's alinéas):
        # the quote after its own opens that quotation, which goes on past it; the closing quote is its own
        rest = inner[1:].lstrip()
        if rest.count("«") + rest.count("“") == rest.count("»") + rest.count("”"):
            return closing.start() - len(rest), closing.start()
    doubled = _doubled(inner) if closing and text[0] != '"' and curly else None
    if doubled is not None:
        # « « Art. L. 1. – Un. » » (an amendment's alinéa quoting a quotation's only alinéa): the quotation's
        # quotes are the alinéa's own too, its words inside both
        return lo + doubled[0], lo + doubled[1]
    return lo, closing.start() if closing and (straight or curly) else len(text)


def _doubled(inner: str) -> tuple[int, int] | None:
    """Inside an alinéa's own quotes, a second quotation « … » opening at its start and closing at its end
    (« « Art. L. 1. – Un. » »): where its words start and end; otherwise None."""
    body = inner.rstrip()
    if inner[:1] != "«" or body[-1:] != "»":
        return None
    depth = 0
    for i, c in enumerate(body):
        depth += 1 if c == "«" else -1 if c == "»" else 0
        if depth == 0:
            if i != len(body) - 1:
                return None
            break
    start = len(inner) - len(inner[1:].lstrip())
    return start, len(body[:-1].rstrip())


def unmatched_closing(text: str) -> int:
    """Where the quote closing an alinéa that does not open with one starts, when no quote of the alinéa
    opens it: the last alinéa of a quotation (« Third alinéa." », its opening quote on the first alinéa, or
    lost in the data), whose quote is the quotation's; otherwise the alinéa's end."""
    closing = CLOSING.search(text)
    if not closing:
        return len(text)
    before = text[: closing.start()]
    straight = closing.group(0).strip()[0] == '"'
    unmatched = before.count('"') % 2 == 0 if straight else quote_depth(before) == 0
    return closing.start() if unmatched else len(text)


def place_span(text: str, place: Place, ctx: Ctx) -> tuple[int, int]:
    """The part of an alinéa the place names: all of it, or one of its phrases (inside its quotes)."""
    lo, hi = frame(text)
    if place.phrase is None:
        return lo, hi
    bounds = phrase_spans(text)
    i = place.phrase - 1 if place.phrase > 0 else len(bounds) + place.phrase
    last = i + place.phrases - 1 if place.phrases > 0 else len(bounds) - 1  # 0, THROUGH_LAST: to the last
    if not 0 <= i <= last < len(bounds):
        raise ctx.fail(f"it names phrase {place.phrase} of an alinéa that has {len(bounds)}", "no_such_phrase")
    if place.phrases == 0 and last != i + 1:  # « troisième et dernière »: two phrases in a row
        reason = f"phrase {place.phrase} and the last are not two phrases in a row (the alinéa has {len(bounds)})"
        raise ctx.fail(reason, "no_such_phrase")
    end = bounds[last][1]
    while end < hi and text[end] in '»"”':
        end += 1
    return bounds[i][0], end


# A division's own mark with its adverb or capital (« I bis. – », « VII bis A. – », « 1° bis », « 1° A » but not
# « 1° A la », which is « À la »; « a bis) »), a paragraph's « N. » (« 4. », « 4 bis. ») and the « 1. » written
# after the paragraph's mark (« V bis. – 1. »): never a phrase nor words of the alinéa
_ADVERB = rf"(?:\s+(?:{'|'.join(ADVERBS)}))?"
_DIVISION_MARK = re.compile(
    rf"^(?:[IVX]+{_ADVERB}(?:\s+[A-Z]{{1,2}})?\s*(?:\(nouveau\)\s*)?\.\s*-\s*(?:\d+{_ADVERB}\s*\.\s+(?=[A-ZÀ-Ý]))?"
    rf"|\d+{_ADVERB}\s*\.\s+(?=[A-ZÀ-Ý])"
    rf"|\d+\s*°{_ADVERB}(?:\s+[A-Z]{{1,3}}(?!\s+[a-zà-ÿ]))?(?=\s)"
    rf"|[a-z]{_ADVERB}\))\s*"
)


def own_start(text: str, lo: int) -> int:
    """Where an alinéa's words start after its own mark (« IV. – », « 2° », « 2° bis », « I bis. – », « 4. »)
    or article heading (« Art. L. 1. – »)."""
    head = fold(text[lo : lo + 120])  # « L. 134‑15‑1 » is written with no-break hyphens; marks open an alinéa
    heading = ARTICLE_HEADING.match(head)
    at = heading.end() if heading else 0
    # « Art. L. 222-2-1. – I. – Lorsque … »: its I too
    found = (MARK.match(head[at:]), ROMAN_ITEM.match(head[at:]), _DIVISION_MARK.match(head[at:]))
    marks = [m.end() for m in found if m]
    return lo + at + max(marks, default=0)


def within_quotes(line: str, lo: int, hi: int, ctx: Ctx) -> None:
    """A phrase deleted or rewritten must not run across the end of a quotation opened before it (« … par
    deux phrases ainsi rédigées : « X. Y. » ; »: its last phrase is « Y. » ; », which holds the closing
    quote of « X. »): whether the quoted phrase alone is meant, and the count said before it, is not said.
    Straight quotes open and close alike: an odd number of them is one crossed (« … : "X. Y." ; »)."""
    if _crosses_quote(line[lo:hi]):
        raise ctx.fail("the phrase it names runs across the edge of a quotation", "ambiguous")


def _crosses_quote(inner: str) -> bool:
    """Whether text holds one edge of a quotation and not the other: more « than », or an odd number of
    straight quotes, which open and close alike."""
    return quote_depth(inner) != 0 or inner.count('"') % 2 == 1


def words_within_quotes(gone: str, new: str, ctx: Ctx) -> None:
    """Words deleted or replaced must not run across the edge of a quotation (« prévisionnels,", sont » of
    « après le mot : "prévisionnels,", sont insérés »): the text left would open or close a quotation
    elsewhere, and whether the quoted words alone are meant is not said. New words that keep the edge
    (« 2025." » replaced by « 2026." ») leave it where it was."""
    if _crosses_quote(gone) and not _crosses_quote(new):
        raise ctx.fail("the words it names run across the edge of a quotation", "ambiguous")


def phrase_spans(text: str) -> list[tuple[int, int]]:
    """Where each phrase of an alinéa starts and ends (inside its quotes; the first after its mark)."""
    lo, hi = frame(text)
    lo = own_start(text, lo)
    bounds, start = [], lo
    balanced = not _crosses_quote(text[lo:hi])  # quotations opened in its own words close there too
    for m in _SENTENCE_END.finditer(text, lo, hi):
        end = m.start() + 1
        if balanced and _crosses_quote(text[lo:end]):
            # a stop inside words the alinéa quotes (« les mots : « en mars. Ils sont » sont remplacés … »)
            # ends none of its phrases; one closing the quotation with it (« … ainsi rédigée : « X ? » Y. »)
            # ends the phrase after the quote. A quotation that ends the alinéa (« … deux phrases ainsi
            # rédigées : « X. Y. » ; ») is read as before: whether its phrases are the alinéa's is not said
            closed = re.match(r'\s*[»"”]', text[end : m.end()])
            if closed and not _crosses_quote(text[lo : end + closed.end()]):
                end += closed.end()
            elif re.search(r"\w", text[_quotation_end(text, lo, end, hi) : hi]):
                continue
        word = re.findall(r"[\w°]+", text[start : m.start()] or " ")
        # « L. », « n° » abbreviate; a capital after a number ends an article's number (« L. 222-1 D. Il »)
        suffix = len(word) > 1 and len(word[-1]) == 1 and word[-1].isupper() and word[-2][-1:].isdigit()
        suffix = suffix and text[m.end() : m.end() + 1].isalpha()  # « L. 2121-17, L. 2121-20 » goes on
        # « … catégorie A. Un décret », « etc. Un arrêté », « 500 m. Cette distance »: a word follows, not a number
        # nor another initial (« L. O. 136 »)
        suffix = suffix or bool(re.match(r"[A-ZÀ-Ý][a-zà-ÿ]+(?![.\w])", text[m.end() : m.end() + 30]))
        if word and word[-1].lower() in _ABBREVIATIONS and not suffix:
            continue
        dated = word and word[-1].lower() in _MONTHS or _DATE.search(text[max(start, m.start() - 12) : m.start() + 1])
        if dated and re.match(r"\d{4}\b", text[m.end() : m.end() + 5]):
            continue
        bounds.append((start, end))
        start = m.end()
    bounds.append((start, hi))
    return bounds


def _quotation_end(text: str, lo: int, at: int, hi: int) -> int:
    """Where the quotations open at `at` (counted from `lo`) close; `hi` if they do not before it."""
    depth, straight = quote_depth(text[lo:at]), text[lo:at].count('"') % 2
    for j in range(at, hi):
        depth += (text[j] in OPEN) - (text[j] in CLOSE)
        straight ^= text[j] == '"'
        if depth <= 0 and not straight:
            return j + 1
    return hi


def phrase_named(
    article: Article, place: Place, ctx: Ctx, among: tuple[int, ...] = (), where: str = "", exact: bool = False
) -> Place:
    """« Compléter la phrase : « X » par … »: the phrase of the alinéa named whose words X are, its full stop
    and typography aside; exactly one must be (refused otherwise: which phrase is meant is not said). None
    being so, X of five words or more may be one letter off the phrase (a slip of the pen) when exactly one
    phrase of the alinéa is. With no alinéa named, `among` gives the alinéas sought (those of the division
    named, « Compléter la phrase : « X » du II », or the article's): exactly one phrase of them all must be X
    (the words then say which phrase, as words replaced with no alinéa named are sought), which fixes the
    alinéa. `exact`: the words of the phrase, no slip read."""
    if not among and (place.phrase is not None or place.alineas is None or len(place.alineas) != 1):
        raise ctx.fail("it names a phrase by its words but not the one alinéa it is in", "not_understood")
    wanted = _phrase_key(place.phrase_words)
    keys = []  # (alinéa, phrase, its words as compared)
    for alinea in among or place.alineas or ():
        text = " ".join(slots_named(article, replace(place, alineas=(alinea,)), ctx)[0].text)
        keys += [(alinea, n, _phrase_key(text[lo:hi])) for n, (lo, hi) in enumerate(phrase_spans(text), 1)]
    found = [(a, n) for a, n, key in keys if key == wanted]
    # « Dans ces hypthèses, … »: one letter off one phrase
    if not found and not exact and len(wanted.split()) >= _SLIP_WORDS:
        found = [(a, n) for a, n, key in keys if one_edit(wanted, key)]
    if len(found) != 1:
        where = where or alineas_named(place.alineas or ())
        if not found:
            raise ctx.fail(f"no phrase of {where} reads « {place.phrase_words} »", "not_found")
        raise ctx.fail(f"{len(found)} phrases of {where} read « {place.phrase_words} »", "ambiguous")
    return replace(place, alineas=(found[0][0],), phrase=found[0][1], phrase_words="")


# a phrase named by words one letter off it: long enough that the rest of its words say which it is
_SLIP_WORDS = 5


def _phrase_key(words: str) -> str:
    """A phrase's words as compared: folded, spaces as one, without its quotes and the stop that ends it, a full
    stop or an item's « ; » (the last phrase of « 2° … ; », p71-047)."""
    return " ".join(fold(words).split()).strip(' "').rstrip(". ;")


def alineas_named(numbers: tuple[int, ...]) -> str:
    """« alinéa 3, 4 », the last ones named as such (their numbers are negative in a `Place`)."""
    names = {LAST: "the last alinéa", BEFORE_LAST: "the alinéa before the last"}
    if all(n > 0 for n in numbers):
        return f"alinéa {', '.join(map(str, numbers))}"
    return ", ".join(names.get(n, f"alinéa {n}") for n in numbers)


ABBREVIATED = re.compile(r"(?:^|[\s(])(?:etc|art|al|n°|[A-Za-z])\.$")


def opens_sentence(line: str, at: int) -> bool:
    """Whether `at` opens a sentence: the alinéa's first words (after its quote and mark) or the words
    after a full stop."""
    before = MARK.sub("", line[:at].lstrip(BLANKS + '«"“'), count=1)
    own = own_start(line, frame(line)[0])
    if not before.strip() or at >= own and not line[own:at].strip(BLANKS):  # after « Art. L. 1. – »
        return True
    if at < own:  # inside the alinéa's mark or heading (« II. » of « II. – »): no sentence opens there
        return False
    if not re.search(r"[.!?]\s*[»\"”]?\s+$", before):
        return False
    # after « etc. » or « catégorie A. », a word in capitals (not another initial) opens one
    return not ABBREVIATED.search(before.rstrip(' »"”')) or bool(re.match(r"[A-ZÀ-Ý][a-zà-ÿ]+(?![.\w])", line[at:]))


def one_alinea(article: Article, place: Place, ctx: Ctx) -> list[Slot]:
    slots = slots_named(article, place, ctx)
    if place.alineas is None and len(slots) != 1:
        raise ctx.fail("it does not say in which alinéa", "not_understood")
    for slot in slots:
        if len(slot.text) != 1:
            raise ctx.fail("the alinéa it names was deleted or rewritten as several", "conflict")
    return slots
