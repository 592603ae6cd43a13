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


def tombstones(lines: list[str]) -> list[str]:
    """What stays of divisions deleted: « III. – (Supprimé) », « « Art. L. 6. – (Supprimé) », « a et b)
    (Supprimé) » for two in a row, « 1° à 3° (Supprimé) » for more; their texts, and alinéas without
    a mark, go; the numbers of those recorded deleted among them join the run (« b à e) » over « c et d)
    (Supprimé) »). Only the marks of the first division's kind and level (the bill's own, or quoted)
    stay: the items of a deleted division, and the quotation it introduces, go with it."""
    found: list[tuple[str, str, re.Match[str]]] = []  # (quote, kind, mark)
    # « i) », « v) » in a run of roman items (« i) » before « ii) ») are no letters: items of the b) above
    levels = mark_levels([fold(re.sub(r"^[«\"“]\s*", "", line)).strip() for line in lines])
    top: int | None = None  # the level of the first mark kept
    stone, skipped = False, False  # a number recorded deleted after it; one before a later mark kept
    for line, level in zip(lines, levels, strict=True):
        quote = re.match(r"[«\"“]\s*", line)
        body = line[quote.end() :] if quote else line
        kind, mark = next(((k, m) for k, p in TOMBSTONE_MARKS.items() if (m := p.match(body))), ("", None))
        stone = stone or bool(found) and level == top and bool(DELETED_STONE.search(line))
        if mark is None or level == 4 or re.match(rf"\s*{NOTED_DELETED}", body[mark.end() :]):
            continue
        opening = quote.group(0) if quote else ""
        if found and (kind != found[0][1] or bool(opening) != bool(found[0][0])):
            continue
        skipped, top = skipped or stone, top if found else level
        found.append((opening, kind, mark))
    if not found:
        return []
    opening, kind, first = found[0]
    if len(found) == 1 or "n" not in first.groupdict():
        return [f"{o}{(m['n'] + m['end'] if 'n' in m.groupdict() else m[0]).strip()} (Supprimé)" for o, _, m in found]
    # « et » for two next to each other; two with others recorded deleted between them (« c) (Supprimé) », gone
    # with them) are a run: « b à e) », not « b et e) »
    joined = " et " if len(found) == 2 and not skipped else " à "
    numbers = joined.join(m.group("n").strip() for _, _, m in (found[0], found[-1]))
    return [f"{opening}{numbers}{first.group('end')} (Supprimé)"]
