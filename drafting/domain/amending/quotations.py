"""Quoted alinéas as runs (a code article quoted in a bill, the text an amendment gives): where a
quotation ends, its closing quote lost or forgotten, and how the quotes of alinéas put amid a quotation
or at its end are mended, or refused when where it ends would be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from drafting.domain.amending.divisions import ANNOUNCES, mark_kind
from drafting.domain.amending.lexicon import CLOSE, OPEN, quote_depth
from drafting.domain.amending.quoted import INTRODUCES
from drafting.domain.amending.quotes import CLOSING, kept_line, opened, quote_end, quotes_left
from drafting.domain.amending.tombstones import NOTED_DELETED, UNCHANGED
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx


def quoted_run(lines: list[str], start: int, nested: bool = False) -> int | None:
    """How many alinéas the quotation opening at `start` holds (its closing quote lost before the bill's own
    alinéa, `closing_lost`, it ends there); None when none opens there, when it never
    closes, or when it quotes another (« « »), unless `nested`: an amendment's quotation of alinéas that
    open with the article's own quote."""
    for j in range(start, len(lines)):
        if j > start and not opened(lines[j]) and closing_lost(lines[j - 1], lines[j:]):
            return j - start  # left open before the bill's own « III. – »: it ended there, its quote lost
        if not opened(lines[j]) or not nested and re.match(r"[«\"“]\s*[«\"“]", lines[j]):
            return None
        if quote_end(lines[j]):
            return j - start + 1 if j > start else _each_closed(lines, start)
    return None


def _each_closed(lines: list[str], start: int) -> int | None:
    """A quotation of straight quotes whose first alinéa closes its own quote: the alinéas right after it
    that open with one are the same quotation, as the Senate's data writes them, each closing its own
    (« "Chaque lycée … associés." », « "Tout élève … L. 719-4." »): no quotation follows another without
    an alinéa introducing it. None when the last of them leaves its quote open (where it ends, not said)."""
    if lines[start][:1] != '"':
        return 1
    end = start + 1
    while end < len(lines) and lines[end][:1] == '"' and not re.match(r'"\s*["«“]', lines[end]):
        end += 1
    return end - start if quote_end(lines[end - 1]) else None


def _closes_given(new: tuple[str, ...]) -> bool:
    """Whether alinéas given bare end with a quote none of them opened (« Elle … : », « 1° … ; », « 2° …
    régimes. » », the amendment's quote gone): the quotation's own closing quote, given with them."""
    text = "".join(new)
    if re.search(r'"\s*[.;,]?$', new[-1]) if new else False:
        # straight quotes cannot be told apart, only counted: an odd number, the last ending the text, is
        # that closing quote (« Le comité … motivé." ; », its opening quote dropped with the amendment's)
        return text.count('"') % 2 == 1
    unmatched = quote_depth(text) < 0
    return unmatched and bool(re.search(r"[»”]\s*[.;,]?$", new[-1]))


def requote(new: tuple[str, ...], first: str, quoted: bool, last: str | None = None) -> list[str]:
    """Alinéas replacing quoted ones (`first` … `last`) are quoted too when the amendment dropped their
    quotes; the last closes the quotation, with its « ; », when the replaced one did."""
    paragraphs = list(new)
    last = first if last is None else last
    if quoted and opened(first) and paragraphs and paragraphs[0][:1] not in OPEN + '"':
        opening = first[0]
        paragraphs = [f"{opening} {p}" if opening == "«" else opening + p for p in paragraphs]
        closing = {"«": " »", "“": "”", '"': '"'}[opening]
        closed = re.search(r"[»\"”]\s*([.;,]?)$", last)
        if closed and not _closes_given(new):
            paragraphs[-1] = paragraphs[-1] + closing + (f" {closed.group(1)}" if closed.group(1) else "")
    return paragraphs


# An alinéa of the bill's own text amends (it says what is inserted, rewritten, replaced …) or names
# « la présente loi », which a quoted code article never does
AMENDS = re.compile(
    r"\b(?:est|sont) (?:ainsi )?(?:rédigée?s?|modifiée?s?|complétée?s?|remplacée?s?|insérée?s?|ajoutée?s?|"
    r"supprimée?s?|abrogée?s?|rétablie?s?)\b|\bil est (?:inséré|ajouté|rétabli)|\bprésente loi\b|"
    # « Le présent article entre en vigueur le … »: a bill's article says when it applies, a code's does not
    r"\bprésents? (?:article|[IVX]+)\b.*\bentre(?:nt)? en vigueur|"
    r"\bentre(?:nt)? en vigueur\b.*\bprésents? (?:article|[IVX]+)\b"
)


def closes_amid(before: str, after_it: str) -> bool:
    """A quoted alinéa closing the quotation it opens with (« « Les mesures … sanitaire. » »), the alinéa after
    it going on with the same quote and not closing it (« « Art. L. 3131-23. – … »): no quotation stands
    without an alinéa introducing it, so the quotation goes on and that quote is misplaced."""
    return (
        opened(before)
        and quotes_left(before) < 0
        and after_it[:1] == before[:1]
        and quotes_left(after_it) >= 0
        and not CLOSING.search(after_it)
    )


def goes_on(new: list[str], after: bool) -> list[str]:
    """Alinéas put for alinéas of a quotation that closed none of them, each given closed (« « Art. L. 1. – … » »):
    where the quotation goes on, with the next one put or (`after`) with the alinéa after them, the quote
    closing one is the amendment's, as one quotation is closed once, at its end."""
    out = list(new)
    for j, text in enumerate(out):
        if opened(text) and (out[j + 1 :] and opened(out[j + 1]) or j == len(out) - 1 and after):
            out[j] = dropped_amendment_close([text])[0]
    return out


def stop_after(line: str) -> str:
    """The stop after the quote closing a quoted alinéa (« ; » of « … » ; »), or ""."""
    return quote_end(line).strip(BLANKS + '»"”')


def dropped_amendment_close(new: list[str]) -> list[str]:
    """Quoted alinéas put amid a quotation that goes on after them, given closed as at its end (« « … » »):
    neither the amendment's closing quote nor the quotation's stands there; a « ; » or « . » stays. A quote
    opened inside them and closed at their end (« « … les mots « actif » »), or a quote of another kind than
    the quotation's, is theirs and stays."""
    pair = {"«": "»", "“": "”"}.get(new[0][:1] if new else "")  # a straight one cannot be counted
    while pair and (closed := quote_end(new[-1])) and closed.lstrip()[:1] == pair:
        text = "".join(p[1:] if j and opened(p) else p for j, p in enumerate(new))  # each reopens it
        if quote_depth(text) > 0:
            break
        stop = closed.strip(BLANKS + '»"”')
        body = new[-1].rstrip()[: -len(closed)].rstrip()
        if re.search(r"[.;:!?…]$", body):
            stop = ""  # « « 1° … II ; ». »: ended already, the stop after the quote is the amendment's sentence's
        new = [*new[:-1], body + (f" {stop}" if stop == ";" else stop)]
    return new


def kept_number_ending(line: str, following: str) -> bool:
    """A number kept for a deleted division (« "E. – (Supprimé) ») with no quoted alinéa after it: the last
    alinéa of its quotation, which texts leave without a closing quote (`closing_lost`)."""
    deleted = re.search(rf"{NOTED_DELETED}\.?$", line.rstrip())
    return opened(line) and not CLOSING.search(line) and bool(deleted) and not (following and opened(following))


def closing_lost(before: str, after: list[str]) -> bool:
    """A quoted alinéa left open (« "Art. L. 123-4-1. – … numériques. ») right before an alinéa of the bill's
    own, a division of the bill (« III. – ») or one that amends (« … est remplacée par … »): its quotation
    ends there, its closing quote lost in the data. Not when a quoted alinéa follows that one with nothing
    introducing it (« II. – La commission … technique. » then « "III. – … »: the code article's II, its
    opening quote lost, and the quotation goes on); nor, with straight quotes, where the alinéas after the
    first of a quotation may be written bare, before one that neither amends nor opens a division; nor after
    a number kept for a division deleted (« "Art. L. 5. - (Supprimé) »), which ends its quotation with no
    closing quote, as the adopted texts write it: nothing was lost there."""
    following = after[0] if after else ""
    if not opened(before) or CLOSING.search(before) or not following or opened(following):
        return False
    if re.search(rf"{NOTED_DELETED}\.?$", before.rstrip()):
        return False
    if len(after) > 1 and opened(after[1]) and not following.rstrip().endswith(":"):
        return False
    folded = fold(following)
    return not UNCHANGED.match(folded) and (mark_kind(following) == "roman" or bool(AMENDS.search(folded)))


def closes_unopened(line: str) -> bool:
    """An alinéa that no quote opens, ending with a quote it never opened (its quotes, folded, are odd)."""
    return bool(line) and not opened(line) and bool(CLOSING.search(line)) and fold(line).count('"') % 2 == 1


def within_open_quotation(original: list[str], before: int, after: int) -> bool:
    """Whether the place between `original[before]` and `original[after]` sits surely inside a quotation of
    several alinéas whose continuing alinéas may or may not open with its quote (« « Les administrations … : »,
    « 1° … ; », « 3° … . », « « Lorsque … »): the alinéa after the place opens with a quote, and back from the
    place, bare alinéas holding no quote and amending nothing lead to a quoted alinéa that leaves its quotation
    open (no closing quote, no quote of its own left open). A quoted alinéa put there opening a quote it never
    closes is that quotation's next alinéa: its quote is the quotation's, which goes on after it."""
    if not 0 <= before < after < len(original) or not opened(original[after]):
        return False
    b = before
    while b >= 0 and not opened(original[b]):
        line = original[b]
        if any(q in line for q in OPEN + CLOSE + '"') or AMENDS.search(fold(line)) or mark_kind(line) == "roman":
            return False  # a division of the bill's (« II. – »), or its own alinéa: the quotation may have ended
        if not line.strip():
            return False
        b -= 1
    return b >= 0 and not CLOSING.search(original[b]) and quotes_left(original[b]) == 0


def check_unclosed(
    new: tuple[str, ...], like: str, ctx: Ctx, open_end: bool = False, within: bool = False
) -> tuple[str, ...]:
    """Alinéas that open a quote and leave it open continue a quotation of the text. Next to an alinéa
    that is not quoted, the closing quote was forgotten: when the first of them introduces the others
    (« « 3° L'article L. 4 est ainsi rédigé : », « « Art. L. 4. – … », …), its quote is the amendment's
    and the quotation it introduces ends with the text given, so it is closed there; so when the text is one
    alinéa, the amendment's last, whose only quote is the one opening it (`open_end`, said by the caller only
    where no quoted alinéa comes right after it): nothing else can close it. Otherwise where it ends is a
    guess, and it is refused."""
    if new and not opened(new[0]):
        return _close_introduced(new)
    if not (new and opened(new[0]) and not CLOSING.search(new[-1]) and not opened(like)) or (
        within and all(quotes_left(p) == 0 for p in new)
    ):
        return new  # `within`: inside a quotation that goes on after them (`within_open_quotation`)
    head = new[0][1:].strip()
    if open_end and len(new) == 1:
        return (head,)
    if len(new) > 1 and INTRODUCES.search(fold(head)) and all(opened(p) for p in new[1:]):
        closing = {"«": " »", "“": "”", '"': '"'}[new[1][0]]
        return (head, *new[1:-1], new[-1].rstrip() + closing)
    raise ctx.fail("its text opens a quotation that it never closes", "not_understood")


def _close_introduced(new: tuple[str, ...]) -> tuple[str, ...]:
    """Alinéas given bare, one of them introducing a text (« 6° … est complété par une phrase ainsi rédigée : »)
    that the alinéas after it give quoted and never close (« « Le conseil … consommateurs. », the amendment's
    closing quote forgotten): that quotation ends with the text given, nothing of it coming after, and is
    closed there."""
    start = len(new)
    while start > 0 and opened(new[start - 1]):
        start -= 1
    if start == 0 or start == len(new) or not INTRODUCES.search(fold(new[start - 1]).strip()):
        return new
    text = "".join(p[1:] for p in new[start:])  # each opening quote is the quotation's, said again
    if quote_depth(text) != 0 or CLOSING.search(new[-1]):
        return new  # closed, or a quote inside left open: not this case
    closing = {"«": " »", "“": "”", '"': '"'}[new[start][0]]
    return (*new[:-1], new[-1].rstrip() + closing)


def inside_quote(article: Article, i: int) -> bool:
    """Whether slot `i` sits inside a quotation (`enclosing_quote`; where that is not said, not inside)."""
    return bool(enclosing_quote(article, i))


def _lost_quote(line: str) -> bool:
    """An alinéa that may be a quotation's whose opening quote the data lost: no quote opens or closes it,
    it introduces nothing (« … : ») and does not amend (the bill's own alinéas do, `AMENDS`)."""
    return bool(line) and not opened(line) and not CLOSING.search(line) and not line.rstrip().endswith(":") and not (
        AMENDS.search(fold(line))
    )


def _quote_lost_around(original: list[str], i: int) -> str:
    """The alinéa whose quote slot `i` takes when alinéas next to it lost their opening quote in the data: bare
    alinéas (`_lost_quote`) between a quoted alinéa that leaves its quotation open and a quoted alinéa after
    them (« "3° D'évaluer … », « Lorsque ces formations … », « "4° De s'assurer … »; « "Chaque liste … »,
    « Art. L. 718-11. - … », « "Le conseil académique … ») are that quotation's, as `closing_lost` reads one
    (nothing introduces the quoted alinéa after them): the slot among them is inside it (p108-019, p108-041).
    "" otherwise."""
    b, f = _around(original, i, _lost_quote)
    if (b, f) == (i - 1, i) or b < 0 or f >= len(original):
        return ""
    before, following = original[b], original[f]
    if opened(before) and not CLOSING.search(before) and not before.rstrip().endswith(":") and opened(following):
        return before
    return ""


# A bare line of a comparative text standing for an alinéa it does not give, its words, mark and quote left
# out: « (Alinéa sans modification) », « (Alinéa supprimé) », « (Non modifié) », « (Supprimé) », « … »
_STAND_IN = re.compile(
    r"\(\s*(?:alinéa sans modification|alinéa supprimé|non modifiée?|supprimée?)\s*\)\s*\.?"
    r"|(?:\.\s*){3,}|[(\[]?\s*…\s*[)\]]?",
    re.I,
)


def _around(original: list[str], i: int, skip: Callable[[str], bool]) -> tuple[int, int]:
    """The alinéas before and after slot `i` past those `skip` holds (lines standing for others, quotes lost):
    -1 or len(original) where none is left."""
    b = i - 1
    while b >= 0 and skip(original[b]):
        b -= 1
    f = i
    while f < len(original) and skip(original[f]):
        f += 1
    return b, f


def stand_in(line: str) -> bool:
    """Whether an alinéa is a comparative text's bare line standing for one it does not give (`_STAND_IN`)."""
    return kept_line(line) or _STAND_IN.fullmatch(line.strip()) is not None  # unfolded: `fold` makes « … » one dot


def enclosing_quote(article: Article, i: int) -> str | None:
    """The alinéa whose opening quote slot `i` takes, sitting inside its quotation; "" when the slot sits in
    none; None when whether it does is not said. Next to quoted alinéas: inside when the alinéas around it
    are quoted and the one before does not close its quotation. Next to a comparative text's bare lines
    standing for alinéas it leaves out (`stand_in`), their quote too, the alinéas past them are read, as
    `quotation_last` reads a quotation: a quotation still open before the lines (its last quoted alinéa not
    closed) goes on through them to the quoted alinéa after them, so the slot is inside it (p104-082, p104-084);
    so it is right after an alinéa announcing a text (« … ainsi rédigé : ») and among the lines then standing
    for that text's first alinéas, a quoted alinéa after them (p77-054, p104-083). Otherwise, with a quoted
    alinéa on one side of the lines only (a quotation closed, then the lines, then a quoted alinéa; a
    quotation left open, then the lines and the bill's own alinéa or the article's end, as comparative texts
    leave their quotations unclosed), whether the lines are the quotation's or the bill's own, and the slot
    with them, is not said."""
    original = article.original
    b, f = _around(original, i, stand_in)
    before = original[b] if b >= 0 else ""
    following = original[f] if f < len(original) else ""
    open_before = bool(before) and opened(before) and not re.search(r"[»\"”]\s*[.;]?$", before)
    quoted_after = bool(following) and opened(following)
    if b == i - 1 and f == i:  # no such line next to the slot
        if open_before and quoted_after:
            return before
        return _quote_lost_around(original, i)
    if open_before and quoted_after:
        return before  # the lines go on with its quotation
    if before and not opened(before) and ANNOUNCES.search(fold(before).strip()) and quoted_after:
        return following  # the lines stand for the first alinéas of the text announced
    return None if open_before or quoted_after else ""
