"""What a text writes in place of alinéas: the number kept for a division deleted (« III. – (Supprimé) »),
a comparative text's « (Non modifié) », and several deleted in a row written as one (« 1° à 3°
(Supprimé) »).
"""

from __future__ import annotations

import re

from drafting.domain.amending.divisions import ADVERB, mark_levels
from drafting.domain.amending.typography import fold

# What records a division or an alinéa as deleted: « (Supprimé) », « (Supprimés) », « (Alinéa supprimé) »
NOTED_DELETED = r"(?i:\(\s*(?:alinéa |article )?supprimée?s?\s*\))"

# « (Alinéa sans modification) », « 1° A (Non modifié) », « « 2° (Supprimé) »: a line of a comparative text
UNCHANGED = re.compile(
    r'^["\s]*(?:Art(?:icle)?\.?\s+(?:[A-Z]+\.\s*)*\d[\w-]*\s*\.?\s*-\s*)?'
    r"(?:[IVX]+(?:\s+[A-Za-z]+)?\s*\.\s*-\s*|\d+\s*°(?:\s*[A-Za-z]+)?\s*|[a-z]\)\s*)?"
    r"\(\s*(?:alinéa sans modification|non modifiée?|alinéa supprimé|supprimée?s?)\s*\)\s*\.?\s*$",
    re.IGNORECASE,
)
DELETED_STONE = re.compile(rf"{NOTED_DELETED}\s*[»\"”]?\s*[.;]?\s*$")

# The marks of divisions that a deletion leaves in the text, « (Supprimé) », so that the numbers of the
# others stand: each kind, as (how it reads, what is joined when several are deleted in a row, its end)
TOMBSTONE_MARKS = {
    "article": re.compile(
        # « L. 3131‑27 » with its non-breaking hyphens; « Art. L. 3131-27 – » without its full stop too
        r"Art(?:icle)?\.?\s+(?:[A-Z]{1,2}\.\s*)*\d[\w\-\u2010\u2011]*(?:\s+(?:bis|ter|quater|[A-Z]))?\s*\.?\s*[-–—]"
    ),
    # « VII bis A (nouveau). – »: the « (nouveau) » a shuttle text marks new divisions with is not kept
    "roman": re.compile(
        r"(?P<n>[IVX]+(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|[A-Z]{1,3})){0,2})(?:\s*\(nouveau\))?"
        r"(?P<end>\s*\.\s*[-–—])"
    ),
    "capital": re.compile(r"[A-Z]\s*\.\s*[-–—]"),
    "arabic": re.compile(
        r"(?P<n>\d+\s*°(?:\s*(?:bis|ter|quater|quinquies|sexies)(?=\s)|\s*[A-Z]{1,3}(?=\s+[A-ZÀ-Ý«\"“(]))?)(?P<end>)"
    ),
    "letter": re.compile(r"(?P<n>[a-z](?:\s+(?:bis|ter|quater))?)(?P<end>\s*\))"),
}


# « 1° et 2° (Supprimé) », « a à c) (Supprimé) », « II et III. – (Supprimé) »: one alinéa keeping several numbers
DELETED_RUN = re.compile(
    r"^(?P<quote>[«\"“]?\s*)(?:(?P<a>\d+)\s*°\s*(?P<sep>et|à)\s*(?P<b>\d+)\s*°|"
    rf"(?P<la>[a-z](?: (?:bis|ter|quater))?)\s*(?P<lsep>et|à)\s*(?P<lb>[a-z](?: (?:bis|ter|quater))?)\s*\)|"
    rf"(?P<ra>[IVX]+)\s+(?P<rsep>et|à)\s+(?P<rb>[IVX]+)\s*\.\s*-)\s*{NOTED_DELETED}\s*\.?$"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    """The value of a paragraph's numeral (« IV » is 4)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _numeral(value: int) -> str:
    """A paragraph's numeral for `value` (up to 39, as paragraphs go)."""
    tens, units = divmod(value, 10)
    return "X" * tens + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][units]


def joined_marks(m: re.Match[str]) -> list[str]:
    """The marks a number kept for several deleted in a row joins (« b à d) »: b), c), d)), as places name them."""
    if m["a"]:
        a, b = int(m["a"]), int(m["b"])
        return [f"{n}°" for n in (range(a, b + 1) if m["sep"] == "à" else (a, b))]
    if m["ra"]:  # « II et III. – (Supprimé) »: the paragraphs' numerals, « le III » named as « iii »
        a, b = _roman_value(m["ra"]), _roman_value(m["rb"])
        return [_numeral(n).lower() for n in (range(a, b + 1) if m["rsep"] == "à" else (a, b))]
    if m["lsep"] == "et":  # « b et b bis) »: the two it names
        return [f"{m['la']})", f"{m['lb']})"]
    if len(m["la"]) > 1 or len(m["lb"]) > 1:
        return []  # « b à c bis) »: whether a « b bis) » stood among them is not said
    return [f"{chr(n)})" for n in range(ord(m["la"]), ord(m["lb"]) + 1)]


def superseded(stone: str, following: str) -> bool:
    """Whether the number kept for a deleted division (« « Art. L. 4. – (Supprimé) ») opens the alinéa after
    it: that number itself, not a larger one it begins (« 1° » before « 1° bis », « 1° A »). An article's
    heading is the same with or without its full stop (« Art. L. 3131-25 – », « Art. L. 3131-25. – »)."""
    mark = re.sub(rf"\s*{NOTED_DELETED}\s*$", "", stone.rstrip())
    bare = re.sub(r"\s+", "", fold(mark).replace("\u2011", "-"))
    text = fold(following).replace("\u2011", "-")
    heading = re.match(r"(.*?\d[\w-]*?)\.?-$", bare) if TOMBSTONE_MARKS["article"].search(mark) else None
    if heading:
        bare = heading.group(1)
    at = 0  # where the mark ends in the alinéa after it, spaces aside
    for char in bare:
        while at < len(text) and text[at].isspace():
            at += 1
        if at == len(text) or text[at] != char:
            return False
        at += 1
    if heading:  # the number ends there, its dash follows (not « L. 3131-25-1 »)
        return bool(re.match(r"\s*\.?\s*-(?![\w-])", text[at:]))
    adverb = re.match(ADVERB, text[at:])
    return bool(bare) and not (adverb and adverb.group(1))


# A number kept for several divisions deleted in a row (« c et d) (Supprimé) », « 1° à 3° (Supprimé) »)
_SUFFIX = r"(?:\s+(?:bis|ter|quater|quinquies|sexies|septies))?"
_JOINED_STONES = {
    "roman": re.compile(
        rf"(?P<n>[IVX]+{_SUFFIX})\s+(?P<sep>et|à)\s+(?P<last>[IVX]+{_SUFFIX})\s*\.\s*[-–—]\s*{NOTED_DELETED}"
    ),
    "arabic": re.compile(rf"(?P<n>\d+\s*°{_SUFFIX})\s+(?P<sep>et|à)\s+(?P<last>\d+\s*°{_SUFFIX})\s*{NOTED_DELETED}"),
    "letter": re.compile(rf"(?P<n>[a-z]{_SUFFIX})\s+(?P<sep>et|à)\s+(?P<last>[a-z]{_SUFFIX})\s*\)\s*{NOTED_DELETED}"),
}


def _recorded(body: str) -> tuple[str, str, str, int] | None:
    """A line recording divisions deleted already (« c) (Supprimé) », « c et d) (Supprimé) »): their kind,
    first and last numbers, and how many at least (« c à e) » is three)."""
    for kind, pattern in _JOINED_STONES.items():
        if joined := pattern.match(body):
            return kind, joined.group("n").strip(), joined.group("last").strip(), 2 if joined["sep"] == "et" else 3
    for kind, pattern in TOMBSTONE_MARKS.items():
        mark = pattern.match(body)
        if mark and "n" in mark.groupdict() and re.match(rf"\s*{NOTED_DELETED}", body[mark.end() :]):
            return kind, mark.group("n").strip(), mark.group("n").strip(), 1
    return None


def tombstones(lines: list[str]) -> list[str]:
    """What stays of divisions deleted: « III. – (Supprimé) », « « Art. L. 6. – (Supprimé) », « a et b)
    (Supprimé) » for two in a row, « 1° à 3° (Supprimé) » for more; their texts, and alinéas without
    a mark, go; the numbers of those recorded deleted among them, or next to them in the run deleted, join
    the run (« b à e) » over « c et d) (Supprimé) », « b à d) » for b) and the « c et d) (Supprimé) » after
    it: their record is not lost). Only the marks of the first division's kind and level (the bill's own,
    or quoted) stay: the items of a deleted division, and the quotation it introduces, go with it."""
    found: list[tuple[str, str, re.Match[str]]] = []  # (quote, kind, mark)
    # the numbers of the run in order, as (first, last, how many, at which level, quoted, kind): marks and records
    numbers: list[tuple[str, str, int, int | None, bool, str]] = []
    # « i) », « v) » in a run of roman items (« i) » before « ii) ») are no letters: items of the b) above
    levels = mark_levels([fold(re.sub(r"^[«\"“]\s*", "", line)).strip() for line in lines])
    top: int | None = None  # the level of the first mark kept
    stone, skipped = False, False  # a number recorded deleted after it; one before a later mark kept
    for line, level in zip(lines, levels, strict=True):
        quote = re.match(r"[«\"“]\s*", line)
        body = line[quote.end() :] if quote else line
        if recorded := _recorded(body):
            numbers.append((recorded[1], recorded[2], recorded[3], level, bool(quote), recorded[0]))
        kind, mark = next(((k, m) for k, p in TOMBSTONE_MARKS.items() if (m := p.match(body))), ("", None))
        stone = stone or bool(found) and level == top and bool(DELETED_STONE.search(line))
        if mark is None or level == 4 or re.match(rf"\s*{NOTED_DELETED}", body[mark.end() :]):
            continue
        opening = quote.group(0) if quote else ""
        if found and (kind != found[0][1] or bool(opening) != bool(found[0][0])):
            continue
        skipped, top = skipped or stone, top if found else level
        found.append((opening, kind, mark))
        if "n" in mark.groupdict():
            numbers.append((mark.group("n").strip(), mark.group("n").strip(), 1, top, bool(quote), kind))
    if not found:
        return []
    opening, kind, first = found[0]
    run = [n for n in numbers if n[3] == top and n[4] == bool(opening) and n[5] == kind]
    if len(run) == 1 or "n" not in first.groupdict():
        return [f"{o}{(m['n'] + m['end'] if 'n' in m.groupdict() else m[0]).strip()} (Supprimé)" for o, _, m in found]
    # « et » for two next to each other; two with others recorded deleted between them (« c) (Supprimé) », gone
    # with them) are a run: « b à e) », not « b et e) »
    joined = " et " if sum(n[2] for n in run) == 2 and not skipped else " à "
    return [f"{opening}{run[0][0]}{joined}{run[-1][1]}{first.group('end')} (Supprimé)"]
