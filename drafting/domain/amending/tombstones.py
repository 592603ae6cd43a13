"""What a text writes in place of alinéas: the number kept for a division deleted (« III. – (Supprimé) »),
a comparative text's « (Non modifié) », and several deleted in a row written as one (« 1° à 3°
(Supprimé) »); which of them a restoration names (`restored_from_joined`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from drafting.domain.amending.divisions import ADVERB, division_bounds, heads_of, mark_levels, marked, named_level
from drafting.domain.amending.edits import AmendingError, Edit, Place
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx

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
        # « 1° ter A » (put before the 1° ter) whole: its « 1° ter » is another item's number
        r"(?P<n>\d+\s*°(?:\s*(?:bis|ter|quater|quinquies|sexies)(?:\s+[A-Z]{1,3}(?=\s+[A-ZÀ-Ý«\"“(]))?(?=\s)"
        r"|\s*[A-Z]{1,3}(?=\s+[A-ZÀ-Ý«\"“(]))?)(?P<end>)"
    ),
    "letter": re.compile(r"(?P<n>[a-z](?:\s+(?:bis|ter|quater))?)(?P<end>\s*\))"),
    # « 2. Dans le cas où … », a division a paragraph numbers in figures with a full stop: « 2. (Supprimé) »
    "numbered": re.compile(r"(?P<n>\d+(?:\s+(?:bis|ter|quater|quinquies|sexies))?)(?P<end>\s*\.)(?=\s+[^\d\s])"),
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
    spaced = re.sub(r"\s+", " ", fold(mark).replace("\u2011", "-")).strip()
    bare = spaced.replace(" ", "")
    # a letter or digit written right after another is of the same word, so met in the text: « 1° AA » is
    # not « 1° A Au … » (p75-002)
    glued = [c.isalnum() and b.isalnum() for b, c in zip(" " + spaced, spaced, strict=False) if c != " "]
    text = fold(following).replace("\u2011", "-")
    heading = re.match(r"(.*?\d[\w-]*?)\.?-$", bare) if TOMBSTONE_MARKS["article"].search(mark) else None
    if heading:
        bare = heading.group(1)
    at = 0  # where the mark ends in the alinéa after it, spaces aside
    for char, stuck in zip(bare, glued, strict=False):
        while at < len(text) and text[at].isspace() and not stuck:
            at += 1
        if at == len(text) or text[at] != char:
            return False
        at += 1
    if heading:  # the number ends there, its dash follows (not « L. 3131-25-1 »)
        return bool(re.match(r"\s*\.?\s*-(?![\w-])", text[at:]))
    if bare[-1:].isalnum() and text[at : at + 1].isalnum():  # « 1° A » begins « 1° AA », is not it
        return False
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


def restored_from_joined(article: Article, edit: Edit, ctx: Ctx) -> Edit:
    """« Alinéa 8 / Rétablir le c) dans la rédaction suivante : », alinéa 8 reading « b à d) (Supprimé) »: the
    c) is one of the numbers that alinéa keeps, as « À l'alinéa 8, rétablir le c) » says; read so (p72-007).
    With no alinéa named (« Au 2° du I, rétablir le c) », « Rétablir le II »), the run is sought where the mark
    alone would be (p79-015, p79-017); « Alinéa 3 / Rétablir le a) », several « a) » in the article, is the one
    alinéa 3 records deleted (p79-021)."""
    place = edit.place
    if not edit.restores or not place.path or place.alineas is not None or place.within:
        return edit
    if not place.under:
        return _restored_in_run(article, edit, ctx)
    if len(place.path) != 1 or len(place.under) != 1:
        return edit
    n = place.under[0]
    if not 0 < n <= len(article.slots) or len(article.slots[n - 1].text) != 1:
        return edit
    m = DELETED_RUN.match(fold(article.slots[n - 1].text[0]).strip())
    if m is None:
        return _restored_as_headed(article, edit, ctx)
    kept = _kept(joined_marks(m), place.path[0])
    if not kept:
        return edit
    return replace(edit, place=replace(place, alineas=(n,), item=kept, path=(), under=()))


def _kept(marks: list[str], named: str) -> str:
    """The marks of a run (« b à d) (Supprimé) ») that a restoration names, as `Place.item` holds them: « c) »
    for « le c », « b) et c) » for « les b et c » (each named one the run keeps, next to each other, in order);
    "" when the run does not keep them so."""
    names = [_bare(n) for n in re.split(r",\s*|\s+et\s+", named)]
    bare = [_bare(k) for k in marks]
    if not all(n in bare for n in names):
        return ""
    at = bare.index(names[0])
    if bare[at : at + len(names)] != names:
        return ""
    return " et ".join(marks[at : at + len(names)])


def _bare(mark: str) -> str:
    """A mark as a restoration names it, spaces and a letter's parenthesis aside: « le c » is « le c) »."""
    return re.sub(r"[\s)]", "", mark)


def _restored_in_run(article: Article, edit: Edit, ctx: Ctx) -> Edit:
    """« Au 2° du I, rétablir le c) » on « b à d) (Supprimé) » under that 2°; « Rétablir le II » on « II et III. –
    (Supprimé) »: no alinéa opening with the mark alone where it would be (the division around it named, or the
    article), and exactly one run of its kind and level there keeping its number: that run's alinéa."""
    place = edit.place
    mark, outer = place.path[0], place.path[1:]
    heads = heads_of(article)
    marks = (heads, mark_levels(heads))
    around = outer[0] if outer else ""
    try:
        lo, hi = division_bounds(article, outer, ctx) if outer else (0, len(article.original) - 1)
        standing = marked(article, marks, (mark, around), (lo, hi), ctx)
    except AmendingError:
        return edit  # refused as the place is read without the run
    level = named_level(re.split(r",\s*|\s+et\s+", mark)[0], around)
    runs, kept = [], mark
    for i in range(lo, hi + 1):
        text = article.slots[i].text
        m = DELETED_RUN.match(fold(text[0]).strip()) if marks[1][i] == level and len(text) == 1 else None
        held = _kept(joined_marks(m), mark) if m else ""
        if held:  # « le c » names the « c) » the run keeps (« les b et c » its « b) » and « c) »)
            runs.append(i + 1)
            kept = held
    if standing and runs:
        # « Rétablir le c) », a c) standing in the 1° and « b à d) (Supprimé) » in the 2°: two answer the name
        run = article.slots[runs[0] - 1].text[0].strip()
        reason = f"« {mark} » is both a division standing and a number kept in « {run} »: which is restored is not said"
        raise ctx.fail(reason, "ambiguous")
    if standing:
        return edit  # the mark alone stands there: read as any division named
    if len(runs) != 1:
        return edit  # none, or several: which is not said
    return replace(edit, place=replace(place, alineas=(runs[0],), item=kept, path=(), under=()))


def _restored_as_headed(article: Article, edit: Edit, ctx: Ctx) -> Edit:
    """« Alinéa 3 / Rétablir le a) », the article having several « a) »: the heading says which when alinéa 3 is
    one of them, whole, and records it deleted (« a) (Supprimé) »), or when it is a quoted alinéa recording that
    mark deleted (« "1° (Supprimé) », the quotation's own 1°, p81-009); otherwise read as any division named."""
    place = edit.place
    n, mark = place.under[0], place.path[0]
    stone = article.slots[n - 1].text[0]
    body = fold(stone).lstrip(BLANKS + '«"“').replace(" ", "")
    quoted = stone.lstrip(BLANKS)[:1] in ("«", '"', "“")
    if quoted and DELETED_STONE.search(stone) and body.startswith(mark.replace(" ", "") + "("):
        # « Alinéa 10 / Rétablir le 1° », alinéa 10 reading « "1° (Supprimé) » in a quotation: that 1° (p81-009)
        return replace(edit, place=replace(place, alineas=(n,), item=mark, path=(), under=()))
    heads = heads_of(article)
    try:
        spans = marked(article, (heads, mark_levels(heads)), (mark, ""), (0, len(heads) - 1), ctx)
    except AmendingError:
        return edit
    if len(spans) < 2 or (n - 1, n - 1) not in spans or not DELETED_STONE.search(article.slots[n - 1].text[0]):
        return edit
    return replace(edit, place=replace(place, alineas=(n,), item=mark, path=(), under=()))


def restored_standing(article: Article, named: Place, place: Place, ctx: Ctx) -> None:
    """« Rétablir le 1° dans la rédaction suivante », the division named (`named`, as the amendment says it)
    found standing where `place` (as read) puts it: a division restored is one the text shows deleted (« 1°
    (Supprimé) », or deleted at this sitting); one that stands, its own text there, is not what the amendment
    was filed on, and rewriting it (with what it holds: a quotation, its items) is not said: refused (p102-058,
    p102-094). Numbers kept in a run (« 1° à 3° (Supprimé) ») are read by `restored_from_joined`."""
    if not named.path or place.item or not place.alineas:
        return
    n = place.alineas[0]
    i = n - 1 if n > 0 else len(article.slots) + n
    if not 0 <= i < len(article.slots):
        return
    text = article.slots[i].text
    if not text or DELETED_STONE.search(text[0]):
        return
    division = " of the ".join(named.path)
    reason = f"it restores the {division}, which stands: the text does not show it deleted"
    raise ctx.fail(reason, "not_applicable")
