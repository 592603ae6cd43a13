"""The one module that speaks to diff-match-patch: diffs, patches and fuzzy matches, typed.

Diff_Timeout is 0 (no deadline) so that a diff never depends on how fast the machine is. Its work is
bounded instead, by the size of what changed: see `_raw`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from diff_match_patch import diff_match_patch

Op = Literal["=", "+", "-"]
_OPS: dict[int, Op] = {0: "=", 1: "+", -1: "-"}


@dataclass(frozen=True, slots=True)
class Segment:
    op: Op
    text: str

    def as_json(self) -> list[str]:
        return [self.op, self.text]


def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.0
    return dmp


_DMP = _engine()


# A character diff costs about (changed length) x (edit distance): for two unrelated 20 KB texts,
# minutes. Each diff gets a budget of such work; a changed block that would overrun it is diffed by
# lines, then by words, and replaced whole only past that: the result is always a correct diff, exact
# wherever the change is local (the usual amendment), coarser only where the texts are unrelated.
_BUDGET = 1_000_000
# diff_cleanupSemantic is quadratic in the number of segments: past this, the diff is left as is.
_MAX_SEGMENTS_TO_CLEAN = 2_000
_LINES = re.compile(r"[^\n]*\n|[^\n]+")
_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")


class _Work:
    def __init__(self) -> None:
        self.left = _BUDGET

    def take(self, cost: int) -> bool:
        if cost > self.left:
            return False
        self.left -= cost
        return True


def _raw(a: str, b: str, level: int = 0, work: _Work | None = None) -> list[tuple[int, str]]:
    """diff-match-patch diffs of a to b, in bounded work whatever the two texts are."""
    work = work or _Work()
    head = _DMP.diff_commonPrefix(a, b)
    prefix, a, b = a[:head], a[head:], b[head:]
    tail = _DMP.diff_commonSuffix(a, b)
    suffix = a[len(a) - tail :] if tail else ""
    a, b = a[: len(a) - tail], b[: len(b) - tail]
    out: list[tuple[int, str]] = [(0, prefix)] if prefix else []
    if not a or not b:
        out += _replaced(a, b)
    elif work.take(len(a) * len(b)):
        out += _DMP.diff_main(a, b, False)
    elif level < 2:
        out += _by_units(a, b, _LINES if level == 0 else _TOKENS, level, work)
    else:
        out += _replaced(a, b)
    if suffix:
        out.append((0, suffix))
    return out


def _replaced(a: str, b: str) -> list[tuple[int, str]]:
    return [(op, text) for op, text in ((-1, a), (1, b)) if text]


def _by_units(a: str, b: str, pattern: re.Pattern[str], level: int, work: _Work) -> list[tuple[int, str]]:
    units = (pattern.findall(a), pattern.findall(b))
    if not work.take(len(units[0]) * len(units[1])):
        return _replaced(a, b)
    codes: dict[str, str] = {}
    encoded = ["".join(codes.setdefault(u, chr(0x10000 + len(codes))) for u in side) for side in units]
    text_of = {code: unit for unit, code in codes.items()}
    out: list[tuple[int, str]] = []
    deleted, inserted = "", ""
    for op, chars in [*_DMP.diff_main(encoded[0], encoded[1], False), (0, "")]:
        text = "".join(text_of[ch] for ch in chars)
        if op == -1:
            deleted += text
        elif op == 1:
            inserted += text
        else:
            # refine each replaced block one level finer, while the budget lasts
            out += _raw(deleted, inserted, level + 1, work) if deleted and inserted else _replaced(deleted, inserted)
            deleted, inserted = "", ""
            if text:
                out.append((0, text))
    _DMP.diff_cleanupMerge(out)
    return out


def diff(a: str, b: str, *, semantic: bool = True) -> list[Segment]:
    """Character-level diff of a to b, cleaned up for people to read."""
    diffs = _raw(a, b)
    if semantic and len(diffs) <= _MAX_SEGMENTS_TO_CLEAN:
        _DMP.diff_cleanupSemantic(diffs)
    return [Segment(_OPS[op], text) for op, text in diffs]


def one_stretch(a: str, b: str) -> list[Segment]:
    """The diff of a to b when b was made by changing one stretch of a: the common start, the stretch taken
    out and put in, the common end. Linear, where `diff` searches for every change."""
    head = _DMP.diff_commonPrefix(a, b)
    tail = _DMP.diff_commonSuffix(a[head:], b[head:])
    parts: list[tuple[Op, str]] = [("=", a[:head]), ("-", a[head : len(a) - tail]), ("+", b[head : len(b) - tail])]
    return [Segment(op, text) for op, text in [*parts, ("=", a[len(a) - tail :])] if text]


def readable_diff(a: str, b: str) -> list[Segment]:
    """Diff of a to b for people to read: changes span whole words.

    A character diff reads "l~~es~~<ins>a</ins> loi~~s~~" as "lesa lois". Here words are compared
    whole, short equalities between changes are absorbed, and each replaced block only keeps the
    whole tokens (as `_TOKENS` cuts them) it shares at its edges, never letters of a word: "~~les lois
    et règlements en vigueur~~<ins>la loi</ins> sont", "~~tout au long de~~<ins>toute</ins> la vie".
    """
    units = [_TOKENS.findall(a), _TOKENS.findall(b)]
    codes: dict[str, str] = {}
    encoded = ["".join(codes.setdefault(u, chr(0x10000 + len(codes))) for u in side) for side in units]
    text_of = {code: unit for unit, code in codes.items()}
    raw = _raw(encoded[0], encoded[1], level=2)
    if len(raw) <= _MAX_SEGMENTS_TO_CLEAN:
        _DMP.diff_cleanupSemantic(raw)
    out: list[Segment] = []
    deleted, inserted = "", ""
    for op, chars in [*raw, (0, "")]:
        text = "".join(text_of[ch] for ch in chars)
        if op == -1:
            deleted += text
        elif op == 1:
            inserted += text
            continue
        else:
            out += _trimmed(deleted, inserted)
            deleted, inserted = "", ""
            if text:
                out.append(Segment("=", text))
    return _merged(out)


def _trimmed(deleted: str, inserted: str) -> list[Segment]:
    """A replaced block, less the whole tokens (words, numbers, spaces, signs) it shares at its edges."""
    if not (deleted and inserted):
        return [Segment("-", deleted)] if deleted else [Segment("+", inserted)] if inserted else []
    gone, put = _TOKENS.findall(deleted), _TOKENS.findall(inserted)
    head = 0
    while head < min(len(gone), len(put)) and gone[head] == put[head]:
        head += 1
    tail = 0
    while tail < min(len(gone), len(put)) - head and gone[-1 - tail] == put[-1 - tail]:
        tail += 1
    parts: tuple[tuple[Op, str], ...] = (
        ("=", "".join(gone[:head])),
        ("-", "".join(gone[head : len(gone) - tail])),
        ("+", "".join(put[head : len(put) - tail])),
        ("=", "".join(gone[len(gone) - tail :])),
    )
    return [Segment(op, text) for op, text in parts if text]


def _merged(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for seg in segments:
        if out and out[-1].op == seg.op:
            out[-1] = Segment(seg.op, out[-1].text + seg.text)
        else:
            out.append(seg)
    return out


def changed(segments: list[Segment]) -> bool:
    return any(s.op != "=" for s in segments)


# Typography that differs between stages of one text without changing its meaning.
_TYPO_TABLE = str.maketrans(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u2011": "-",
        "\u2010": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201c": '"',
        "\u201d": '"',
    }
)
_SPACES = re.compile(r"[ \t]+")
_OPENING_QUOTE = re.compile(r"«\s+")
_CLOSING_QUOTE = re.compile(r"(?<!\s)\s+»")  # from a run's start only: linear on long runs
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def typography_key(text: str) -> str:
    """Text with typography-only differences folded away: no-break spaces, non-breaking hyphens,
    curly apostrophes, French quotes (and the spaces inside them), accents on capitals."""
    folded = _CLOSING_QUOTE.sub("»", _OPENING_QUOTE.sub("«", text))
    folded = folded.translate(_TYPO_TABLE)
    # only non-ASCII characters can be accented capitals: visiting just those is ~20x faster on French
    folded = _NON_ASCII.sub(lambda m: _fold_capital(m[0]), folded)
    return _SPACES.sub(" ", folded)


def _fold_capital(ch: str) -> str:
    if ch.isupper() and not ch.isascii():
        base = unicodedata.normalize("NFD", ch)[0]
        return base if base.isascii() else ch
    return ch


def similarity(a: str, b: str) -> float:
    """1.0 for identical texts, 0.0 for texts that share nothing (by diff length)."""
    if not a and not b:
        return 1.0
    distance: int = _DMP.diff_levenshtein(_raw(a, b))
    return 1.0 - distance / max(len(a), len(b))


_WORD = re.compile(r"\S+\s*")


def words(text: str) -> list[str]:
    """The units `word_similarity` aligns: each word with the spaces after it."""
    return _WORD.findall(text)


def word_similarity(a: str, b: str) -> float:
    """`similarity` aligning whole words instead of characters, each weighted by its length.

    Tens of times faster on long articles (a character diff of two 7,000-character articles takes
    seconds); a little lower than `similarity` when words are edited inside. Never more than the
    share of `a`'s and `b`'s words they have in common, counted with repeats, which callers may
    use as a cheap bound.
    """
    if not a and not b:
        return 1.0
    codes: dict[str, str] = {}
    sizes: dict[str, int] = {}
    encoded: list[str] = []
    for text in (a, b):
        chars: list[str] = []
        for word in words(text):
            # one character per distinct word, as diff_linesToChars does for lines; the supplementary
            # planes leave room for a million words
            code = codes.setdefault(word, chr(0x10000 + len(codes)))
            sizes[code] = len(word)
            chars.append(code)
        encoded.append("".join(chars))
    distance = inserted = deleted = 0
    for op, text in _DMP.diff_main(encoded[0], encoded[1], False):
        size = sum(sizes[ch] for ch in text)
        if op == 1:
            inserted += size
        elif op == -1:
            deleted += size
        else:
            distance, inserted, deleted = distance + max(inserted, deleted), 0, 0
    distance += max(inserted, deleted)
    return 1.0 - distance / max(len(a), len(b))


def diff_units(a: Sequence[str], b: Sequence[str]) -> list[tuple[Op, tuple[str, ...]]]:
    """Diff of two sequences of units (alinéas, words) each compared whole, without cleanup.

    Consecutive segments never share an op; units are compared by exact equality.
    """
    codes: dict[str, str] = {}
    encoded: list[str] = []
    for units in (a, b):
        # one character per distinct unit, as diff_linesToChars does for lines
        encoded.append("".join(codes.setdefault(unit, chr(0x10000 + len(codes))) for unit in units))
    units_of = {code: unit for unit, code in codes.items()}
    return [
        (_OPS[op], tuple(units_of[ch] for ch in text)) for op, text in _DMP.diff_main(encoded[0], encoded[1], False)
    ]


@dataclass(frozen=True, slots=True)
class Alignment:
    """One change between sequences of units a -> b: `~` a[at] became units[0]; `-` units, from
    a[at] on, are gone; `+` units are new, inserted before a[at]."""

    op: Literal["~", "-", "+"]
    at: int
    units: tuple[str, ...]


def align(a: Sequence[str], b: Sequence[str], *, alike: float = 0.5) -> list[Alignment]:
    """The changes between two sequences of units (an article's alinéas), in a's order.

    Where as many units are replaced as come back, they pair one for one; otherwise a replaced unit
    pairs with the next new one at least `alike` similar (`word_similarity`), the rest are deleted
    or inserted, consecutive deletions as one.
    """
    out: list[Alignment] = []
    i, deleted, inserted = 0, tuple[str, ...](), tuple[str, ...]()
    for op, units in [*diff_units(a, b), ("=", ())]:
        if op == "-":
            deleted, i = deleted + units, i + len(units)
        elif op == "+":
            inserted += units
        else:
            out += _pair(i - len(deleted), deleted, inserted, alike)
            deleted, inserted, i = (), (), i + len(units)
    return out


def _pair(start: int, deleted: tuple[str, ...], inserted: tuple[str, ...], alike: float) -> list[Alignment]:
    if len(deleted) == len(inserted):
        return [Alignment("~", start + k, (unit,)) for k, unit in enumerate(inserted)]
    out: list[Alignment] = []
    j = 0
    for k, unit in enumerate(deleted):
        match = next((m for m in range(j, len(inserted)) if word_similarity(unit, inserted[m]) >= alike), None)
        if match is None:
            last = out[-1] if out else None
            if last and last.op == "-" and last.at + len(last.units) == start + k:
                out[-1] = Alignment("-", last.at, (*last.units, unit))
            else:
                out.append(Alignment("-", start + k, (unit,)))
            continue
        if match > j:
            out.append(Alignment("+", start + k, inserted[j:match]))
        out.append(Alignment("~", start + k, (inserted[match],)))
        j = match + 1
    if j < len(inserted):
        out.append(Alignment("+", start + len(deleted), inserted[j:]))
    return out


# --- patches (stored with amendments, for re-users who apply them with any diff-match-patch port) ---


def patch_text(a: str, b: str) -> str:
    """The GNU-diff-like text of the diff-match-patch patch that turns a into b."""
    diffs = _raw(a, b)
    if 2 < len(diffs) <= _MAX_SEGMENTS_TO_CLEAN:
        _DMP.diff_cleanupSemantic(diffs)
        _DMP.diff_cleanupEfficiency(diffs)
    return str(_DMP.patch_toText(_DMP.patch_make(a, diffs)))


# --- fuzzy location near an expected place (annotation anchors) ---

MATCH_MAX_BITS = 32  # the longest pattern `match` takes, as Match_MaxBits in every diff-match-patch port


def match(text: str, pattern: str, loc: int, *, threshold: float, distance: int) -> int | None:
    """Start of the best approximate occurrence of `pattern` in `text` near `loc`, or None (bitap).

    A candidate scores errors / len(pattern) + |start - loc| / distance, 0 being perfect; the best one
    scoring at most `threshold` (diff-match-patch's Match_Threshold) wins. So an exact occurrence is
    found up to threshold * distance code points from `loc`, one with errors only closer.
    """
    if not pattern or len(pattern) > MATCH_MAX_BITS:
        raise ValueError(f"a pattern of 1 to {MATCH_MAX_BITS} characters was expected, got {len(pattern)}")
    if not 0.0 <= threshold <= 1.0 or distance < 1:
        raise ValueError(f"threshold must be in [0, 1] and distance positive, got {threshold}, {distance}")
    dmp = diff_match_patch()  # settings per call: the shared engine stays untouched
    dmp.Match_Threshold = threshold
    dmp.Match_Distance = distance
    loc = max(0, min(loc, len(text)))
    # no match scores under the threshold farther than this from loc: search only there, as bitap
    # allocates a row the length of the text for each error level
    reach = int(threshold * distance) + 1
    first = max(0, loc - reach)
    found: int = dmp.match_main(text[first : loc + reach + len(pattern)], pattern, loc - first)
    return None if found < 0 else first + found
