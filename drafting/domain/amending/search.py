"""Finding quoted words: the pattern quoted words fold to (typography, capitals, a number never cut in
the middle), their matches in a place, a numbered occurrence. `occurrences` counts them for the rest
of drafting.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from drafting.domain.amending.article import Hit
from drafting.domain.amending.edits import Place
from drafting.domain.amending.spans import frame, opens_sentence, own_start, place_span, slots_named
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx


_END_PUNCT = BLANKS + '.;:»"”'

_ACCENTED = {"E": "EÉÈÊË", "A": "AÀÂ", "I": "IÎÏ", "O": "OÔ", "U": "UÙÛÜ", "C": "CÇ"}


@lru_cache(maxsize=2048)  # the same quoted words are looked for again and again (each alinéa, each check)
def words_pattern(words: str, flags: int = 0) -> re.Pattern[str]:
    """Words as a pattern over folded text: any run of spaces for a space between words, and spaces
    or none next to punctuation (« L.O. 136-1 » finds « L. O. 136-1 »); whole words at the edges."""
    text = " ".join(fold(words).split())
    # « 150000 » finds « 150 000 »: a space may part the thousands of a number of four digits or more
    thousands = {m.start() + k for m in re.finditer(r"(?<!\d)\d{4,}(?!\d)", text) for k in range(1, len(m.group()))
                 if (len(m.group()) - k) % 3 == 0}  # fmt: skip
    # « 10.000 € » finds « 10 000 € »: a dot between groups of three digits parts the thousands, as a space does
    dots = {g.start() + k for g in re.finditer(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![.,]?\d)", text)
            for k, c in enumerate(g.group()) if c == "."}  # fmt: skip
    parts = []
    for i, c in enumerate(text):
        if i in dots:
            parts.append(r"[\s.]?")
            continue
        if c == " ":  # a space next to punctuation may be there or not (« 4 ° » finds « 4° »)
            near = text[i - 1 : i] + text[i + 1 : i + 2]
            parts.append(r"\s+" if near.isalnum() or "'" in near else r"\s*")
            continue
        if i in thousands:
            parts.append(r"\s?")
        # capitals lose their accents in many texts: « Etat » finds « État »
        parts.append(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c))
        after = text[i + 1 : i + 2]
        if after and after != " " and (not c.isalnum() or not after.isalnum()) and c != "'" and after != "'":
            parts.append(r"\s*")
    # whole words at the edges, a hyphen joining words too: « préfet » is not in « sous-préfet », nor
    # « L. 3131-9 » in « L. 3131-9-1 »; a number is not the head of a larger one (« 30 » in « 30 000 »)
    left = r"(?<![\w-])" if re.match(r"\w", text) else ""
    right = r"(?![\w]|-\w)" if re.search(r"\w$", text) else ""
    edges = _number_edges(text) + _number_word_before(text), _number_end(text) + _number_word_after(text)
    return re.compile(left + edges[0] + "".join(parts) + right + edges[1], flags)


def occurrences(words: str, text: str) -> int:
    """How many times `words` are found in `text` as the parser finds them (whole words and whole numbers,
    typography set aside): an instruction we write quotes words found once."""
    return sum(1 for _ in words_pattern(words).finditer(fold(text)))


def _number_edges(text: str) -> str:
    """Nor its tail: « 500 » is not the last group of « 1 500 » or « 1.500 » (thousands parted by a
    space, folded, or a dot), and no figure is the decimals of another (« 5 » in « 2,5 »)."""
    if not text[:1].isdigit():
        return ""
    return (r"(?<!\d[\s.])" if re.match(r"\d{3}(?!\d)", text) else "") + r"(?<!\d,)"


def _number_end(text: str) -> str:
    """A number is not the head of a larger one (« 30 » in « 30 000 » or « 30.000 »), nor the units of
    a decimal (« 2 » in « 2,5 »)."""
    return r"(?![\s.]\d{3}(?!\d))(?!,\d)" if text[-1:].isdigit() else ""


# Numbers written in words (their hyphenated compounds are whole words already: « quatre-vingt-dix »).
# Parted by spaces, a number word joins another only around a multiplier: « deux cents », « cent quatre »,
# « trois mille », « mille deux », « deux millions »; and « vingt et un » … « soixante et onze »
_MULTIPLIERS = ("cent", "cents", "mille", "million", "millions", "milliard", "milliards")
_TENS = ("vingt", "trente", "quarante", "cinquante", "soixante")
_UNITS = ("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize")
_NUMBER_WORDS = [*_UNITS, *_TEENS, *_TENS, "vingts", *_MULTIPLIERS]


def _not_after(words: list[str], tail: str) -> str:
    """Lookbehinds excluding any of `words` then `tail` right before (fixed widths: one for each length)."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    return "".join(rf"(?<!\b(?i:{'|'.join(same)}){tail})" for same in by_length.values())


def _number_word_before(text: str) -> str:
    """A number in words is whole, as a figure is: « quatre-vingts jours » is not in « cent quatre-vingts
    jours », « mille euros » not in « deux mille euros », « un an » not in « vingt et un ans »."""
    first = re.split(r"[\s-]", text, maxsplit=1)[0].lower()
    if first not in _NUMBER_WORDS:
        return ""
    if first in _MULTIPLIERS:  # « deux cents », « dix mille »: any number word before it is its factor
        return _not_after(_NUMBER_WORDS, r"[\s-]")
    out = _not_after([w for w in _MULTIPLIERS if w != "cents"], r"[\s-]")
    return out + (_not_after(list(_TENS), " et ") if first in ("un", "une", "onze") else "")


def _number_word_after(text: str) -> str:
    """Nor the head of a larger one: « deux » in « deux cents », « cent » in « cent quatre », « vingt » in
    « vingt et un »."""
    last = re.split(r"[\s-]", text)[-1].lower()
    if last not in _NUMBER_WORDS:
        return ""
    following = _NUMBER_WORDS if last in _MULTIPLIERS and last != "cents" else _MULTIPLIERS
    out = rf"(?![\s-]+(?i:{'|'.join(following)})\b)"
    return out + (r"(?!\s+et\s+(?i:un|une|onze)\b)" if last in _TENS else "")


EVERY_AT_MOST = 500

_FUNCTION_WORDS = frozenset(
    {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "à", "au", "aux", "en", "par", "pour", "sur", "dans",
     "ce", "cet", "cette", "ces"}
)  # fmt: skip


def capital_opens(hit: Hit, words: str) -> bool:
    """Whether words found whatever their capitals may be the words quoted: a phrase of three words or
    more (« la commission de régulation de l'énergie » for « la Commission … »), a first word that is an
    article or a preposition (« Le Gouvernement » quoted for « le Gouvernement »), or a first word opening
    a sentence in the text (« département » quoted for « Département » there). A word of one or two whose
    capital is its own is another word: « État » is not « état », nor « Préfet » « préfet »."""
    line = hit.slot.text[hit.line]
    found = " ".join(fold(line[hit.start : hit.end]).split())
    quoted = " ".join(fold(words).split())
    if len(quoted.split()) >= 3:
        return True
    if found[1:] != quoted[1:]:
        return False
    first = re.split(r"[\s']", quoted.lower(), maxsplit=1)[0]
    return first in _FUNCTION_WORDS or found[:1].isupper() and opens_sentence(line, hit.start)


def hits_in(article: Article, place: Place, pattern: re.Pattern[str], ctx: Ctx) -> list[list[Hit]]:
    """The matches of `pattern` in the place, one list per alinéa named (one for the whole article)."""
    groups: list[list[Hit]] = []
    for slot in slots_named(article, place, ctx):
        hits = []
        for li, line in enumerate(slot.text):
            # quoted words may take in the alinéa's own quotes: the whole alinéa is searched
            lo, hi = place_span(line, place, ctx) if place.phrase is not None else (0, len(line))
            folded = fold(line)
            for m in pattern.finditer(folded, lo, hi):
                # at the start or end only when the place says so (each test reads the rest of the alinéa)
                if place.end == "début" and not _at_start(line, folded, lo, m.start()):
                    continue
                if place.end == "fin" and line[m.end() : hi].strip(_END_PUNCT):
                    continue
                hits.append(Hit(slot, li, m.start(), m.end()))
        groups.append(hits)
    if place.alineas is None or place.whole:
        groups = [[h for g in groups for h in g]]
    return groups


def _at_start(line: str, folded: str, lo: int, at: int) -> bool:
    """Whether words found at `at` open the place: after its quote and mark only, or its article heading
    (« Art. L. 3431-1. – Par dérogation … »), or inside that heading (its number: « L. 3431-5 »)."""
    before = folded[lo:at]
    if not before.strip(" \"'-–0123456789°IVX.") or at == own_start(line, max(lo, frame(line)[0])):
        return True
    return bool(re.fullmatch(r"[\s\"'«“]*art(?:icle)?\.?\s*", before, re.I))


def nth_occurrence(
    article: Article, place: Place, words: str, ctx: Ctx, n: int, exact: list[list[Hit]], where: str
) -> list[Hit]:
    readings = [exact, hits_in(article, place, words_pattern(words, re.I), ctx)]
    stop = re.search(r"\s*[,.;]\s*$", words)
    bare = words[: stop.start()] if stop else ""
    if stop and fold(bare).strip():
        readings += [hits_in(article, place, words_pattern(bare, flags), ctx) for flags in (0, re.I)]
    found: list[list[Hit]] = []
    for k, groups in enumerate(readings):
        chosen = []
        for hits in groups:
            if not -len(hits) <= n - (n > 0) < len(hits):
                break
            hit = hits[n - 1 if n > 0 else n]
            if k >= 2:  # counted without the stop: the one named must be followed by it
                line = fold(hit.slot.text[hit.line])
                after = re.match(r"\s*" + re.escape(words[stop.start() :].strip()) if stop else "", line[hit.end :])
                if not after:
                    break
                hit = Hit(hit.slot, hit.line, hit.start, hit.end + after.end())
            chosen.append(hit)
        else:
            if chosen not in found:
                found.append(chosen)
    if not found:
        raise ctx.fail(f"« {words} » does not occur {n} times in {where}", "not_found")
    if len(found) > 1:
        reason = f"the occurrence {n} of « {words} » is not the same counted with capitals or without"
        raise ctx.fail(reason, "ambiguous")
    return found[0]
