"""Annotation anchors: a quoted passage of an article revision, and how it follows the text as it moves.

An anchor is stored as the two W3C Web Annotation selectors Hypothesis also uses: a TextQuoteSelector
(the quote with about 32 characters of context either side) and a TextPositionSelector. Offsets count
code points of `Article.text` (alinéas joined by "\\n"): an emoji, a 𝔸 or a no-break space is one. The
browser never sends offsets (it counts UTF-16 units); it sends the quote and its context, and `anchor`
finds them in the text. `utf16_offsets` converts back for a client that wants to highlight.

When a new revision of the article is accepted, `reanchor_many` carries every anchor over:
1. "position": the quote's bounds are mapped through the exact character diff old -> new; if the quoted
   text is still there, unchanged, at the mapped place, that is the new anchor.
2. The quote itself was edited. When every one of its words was replaced, it is orphaned (3.). Otherwise
   - "diff" (a version made by an accepted amendment, `fuzzy=False`): the quote becomes what its
     characters became by the exact diff, widened to whole words;
   - "fuzzy" (a stage imported without a diff chain): its new bounds are sought near the mapped place
     (what the quoted characters became, and `textdiff.match` of the first and last characters of the
     quote and of its context), widened to whole words;
   and either is accepted only if that whole-word span is at least `FUZZY_THRESHOLD` similar to the quote
   (never a partial span: « un an » is not « ux an » of « deux ans »).
3. "orphaned" otherwise: the annotation keeps its original quote, shown apart from the text.
An anchor never moves to another occurrence of a repeated phrase: every candidate must overlap what the
quoted characters became in the new text, never text that was elsewhere before. A passage cut and
pasted elsewhere is therefore orphaned, not followed.

Cost: one raw character diff of the article (about what `textdiff.diff` costs), then some 10 µs per
anchor the change leaves alone and a few milliseconds per anchor whose quote it edits (bitap searches).
The diff has no deadline, so an article rewritten from end to end costs what its diff costs: run this
off the request path.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from drafting.domain import textdiff
from drafting.domain.errors import InvalidInput

CONTEXT = 32  # code points of prefix and suffix kept with a quote
MAX_QUOTE = 5_000  # code points; a longer selection is not an annotation of a passage
_SCORED_CONTEXT = 256  # at most this much of a client's prefix/suffix counts when choosing an occurrence

# Accept a fuzzy candidate only if `textdiff.similarity(old exact, candidate) >= FUZZY_THRESHOLD`: at most
# a quarter of the quote's characters changed. A typo or a word changed in a sentence passes; a quote
# rewritten to say something else does not, and a comment written against it would mislead next to the
# new words. Orphans lose nothing: they are kept and shown with their original quote.
FUZZY_THRESHOLD = 0.75
# `textdiff.match` settings: a candidate's score is errors / length + drift / _MATCH_DISTANCE and must stay
# under _MATCH_THRESHOLD, so an intact 32-character pattern is found up to 80 code points from where the
# diff puts it, one with 3 errors up to 61. The diff already gives the place; this only adjusts bounds.
_MATCH_THRESHOLD = 0.4
_MATCH_DISTANCE = 200
# No fuzzy search for a quote the diff kept less than 60 % of; none either when what its characters
# became is already _CLEARLY similar to it.
_MIN_KEPT = 0.6
_CLEARLY = 0.9
_SPARE = 0.25  # how much moving the bounds by the fuzzy searches may gain on what the quote became
_SLID_CANDIDATES = 8  # occurrences of an unchanged quote weighed near an edit slid across it
_SLID_MAX = 2_000  # characters changed around a quote beyond which no slide is looked for

# Spaces a browser's selection may turn into plain spaces; folded only when the quote is not found as is.
_SPACE_FOLD = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " "})


@dataclass(frozen=True, slots=True)
class Anchor:
    """`exact` is text[start:end]; prefix and suffix are the CONTEXT code points around it."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end or self.end - self.start != len(self.exact):
            raise InvalidInput(
                f"an anchor needs 0 <= start < end and end - start = the quote's length, "
                f"got start {self.start}, end {self.end} and a quote of {len(self.exact)} characters"
            )

    def as_selectors(self) -> list[dict[str, str | int]]:
        """The W3C Web Annotation selectors (offsets in code points)."""
        return [
            {"type": "TextQuoteSelector", "exact": self.exact, "prefix": self.prefix, "suffix": self.suffix},
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]

    @classmethod
    def from_selectors(cls, selectors: Sequence[dict[str, Any]]) -> Anchor:
        """Inverse of `as_selectors`; both selectors are required."""
        by_type = {s.get("type"): s for s in selectors if isinstance(s, dict)}
        quote, position = by_type.get("TextQuoteSelector"), by_type.get("TextPositionSelector")
        if quote is None or position is None:
            raise InvalidInput("an anchor needs a TextQuoteSelector and a TextPositionSelector")
        exact, prefix, suffix = quote.get("exact"), quote.get("prefix", ""), quote.get("suffix", "")
        start, end = position.get("start"), position.get("end")
        if not (isinstance(exact, str) and isinstance(prefix, str) and isinstance(suffix, str)):
            raise InvalidInput("TextQuoteSelector exact, prefix and suffix must be strings")
        if not (type(start) is int and type(end) is int):
            raise InvalidInput("TextPositionSelector start and end must be integers")
        return cls(start, end, exact, prefix, suffix)


@dataclass(frozen=True, slots=True)
class Reanchored:
    """Where an anchor lands in a new revision.

    `anchor` is the new anchor when located, the original one (with its quote) when orphaned.
    `similarity` is 1.0 for "position", the accepted score for "diff" and "fuzzy", 0.0 for an orphan.
    """

    status: Literal["located", "orphaned"]
    anchor: Anchor
    method: Literal["position", "diff", "fuzzy"] | None = None
    similarity: float = 1.0

    @property
    def located(self) -> bool:
        return self.status == "located"


def utf16_offsets(text: str, start: int, end: int) -> tuple[int, int]:
    """Code-point offsets into `text` as UTF-16 code units, as a browser's DOM Range counts them.

    The API speaks code points everywhere; this is for templates and clients that highlight.
    """
    if not 0 <= start <= end <= len(text):
        raise InvalidInput(f"offsets {start}-{end} are outside a text of {len(text)} characters")
    before = start + sum(1 for ch in text[:start] if ord(ch) > 0xFFFF)
    return before, before + (end - start) + sum(1 for ch in text[start:end] if ord(ch) > 0xFFFF)


def anchor(text: str, exact: str, prefix: str = "", suffix: str = "") -> Anchor:
    """Find a quote sent by a browser in `text`: the occurrence of `exact` whose surroundings best match
    `prefix` (text just before) and `suffix` (text just after); the first one on a tie.

    Only exact occurrences count, except that no-break and thin spaces in the text match plain spaces
    in the quote (browsers' selections lose them) and "\\r\\n" in the quote is "\\n".
    """
    exact, prefix, suffix = (s.replace("\r\n", "\n") for s in (exact, prefix, suffix))
    if not exact:
        raise InvalidInput("the quoted passage is empty: select some text of the article")
    if len(exact) > MAX_QUOTE:
        raise InvalidInput(
            f"the quoted passage has {len(exact)} characters; at most {MAX_QUOTE} can be annotated at once"
        )
    prefix, suffix = prefix[-_SCORED_CONTEXT:], suffix[:_SCORED_CONTEXT]
    found = _best_occurrence(text, exact, prefix, suffix)
    if found is None:
        folded = text.translate(_SPACE_FOLD)
        found = _best_occurrence(
            folded, exact.translate(_SPACE_FOLD), prefix.translate(_SPACE_FOLD), suffix.translate(_SPACE_FOLD)
        )
    if found is None:
        shown = exact if len(exact) <= 60 else exact[:57] + "…"
        raise InvalidInput(f"the quoted passage is not in the article: « {shown} »", exact=exact)
    return _at(text, found, found + len(exact))


def _best_occurrence(text: str, exact: str, prefix: str, suffix: str) -> int | None:
    best, best_score = None, -1
    at = text.find(exact)
    while at >= 0:
        end = at + len(exact)
        score = _common_suffix(text[max(0, at - len(prefix)) : at], prefix) + _common_prefix(
            text[end : end + len(suffix)], suffix
        )
        if score > best_score:
            best, best_score = at, score
        at = text.find(exact, at + 1)
    return best


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


def _common_suffix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    for i in range(1, n + 1):
        if a[-i] != b[-i]:
            return i - 1
    return n


def _at(text: str, start: int, end: int) -> Anchor:
    return Anchor(start, end, text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT])


class _Positions:
    """Positions of an old text in a new one, through their exact (uncleaned) character diff.

    The diff is left raw: semantic cleanup would fold short unchanged stretches between two edits into
    one bigger edit, and an untouched short quote ("de la") in such a stretch would seem edited. The raw
    diff keeps every character it can, which is what "still there, unchanged" means.
    """

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        # maximal runs of changes: old[start:end] became new[new_start:new_end]; runs never touch
        starts: list[int] = []
        ends: list[int] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        i = j = 0
        for seg in textdiff.diff(old, new, semantic=False):
            size = len(seg.text)
            if seg.op == "=":
                i, j = i + size, j + size
                continue
            if not ends or ends[-1] != i or new_ends[-1] != j:
                starts.append(i)
                ends.append(i)
                new_starts.append(j)
                new_ends.append(j)
            if seg.op == "-":
                i += size
                ends[-1] = i
            else:
                j += size
                new_ends[-1] = j
        self.starts, self.ends, self.new_starts, self.new_ends = starts, ends, new_starts, new_ends

    def around(self, start: int, end: int) -> tuple[int, int, int, int, int] | None:
        """The stretch old[r0:r1] ~ new[n0:n1] made of the changed runs overlapping or touching
        old[start:end] and the unchanged text up to the next runs, as (r0, r1, n0, n1, cost) where cost
        counts the characters those runs delete and insert; None when no run comes near."""
        first = bisect_left(self.ends, start)
        last = first
        while last < len(self.starts) and self.starts[last] <= end:
            last += 1
        if last == first:
            return None
        cost = sum(self.ends[first:last]) - sum(self.starts[first:last])
        cost += sum(self.new_ends[first:last]) - sum(self.new_starts[first:last])
        r0, n0 = (self.ends[first - 1], self.new_ends[first - 1]) if first else (0, 0)
        r1, n1 = (
            (self.starts[last], self.new_starts[last]) if last < len(self.starts) else (len(self.old), len(self.new))
        )
        return r0, r1, n0, n1, cost

    def left(self, pos: int) -> int:
        """`pos` in the new text, before anything inserted at `pos`; inside a changed run, the start of
        what replaced it; at the end of one, the end of what replaced it."""
        i = bisect_left(self.ends, pos)
        if i < len(self.ends) and self.starts[i] < pos:
            return self.new_ends[i] if self.ends[i] == pos else self.new_starts[i]
        return pos + (self.new_ends[i - 1] - self.ends[i - 1] if i else 0)

    def kept(self, start: int, end: int) -> int:
        """How many characters of old[start:end] the diff keeps unchanged."""
        lost = 0
        i = bisect_right(self.ends, start)
        while i < len(self.starts) and self.starts[i] < end:
            lost += min(end, self.ends[i]) - max(start, self.starts[i])
            i += 1
        return end - start - lost

    def right(self, pos: int) -> int:
        """`pos` in the new text, after anything inserted at `pos`; inside a changed run, the end of
        what replaced it."""
        i = bisect_right(self.ends, pos)
        if i < len(self.ends) and self.starts[i] < pos:
            return self.new_ends[i]
        return pos + (self.new_ends[i - 1] - self.ends[i - 1] if i else 0)


def reanchor(
    anchor: Anchor, old_text: str, new_text: str, *, fuzzy_threshold: float = FUZZY_THRESHOLD, fuzzy: bool = True
) -> Reanchored:
    """Carry one anchor from `old_text` to `new_text`; see the module docstring. To carry many anchors of
    one article, `reanchor_many` computes the diff once."""
    return reanchor_many([anchor], old_text, new_text, fuzzy_threshold=fuzzy_threshold, fuzzy=fuzzy)[0]


def reanchor_many(
    anchors: Sequence[Anchor],
    old_text: str,
    new_text: str,
    *,
    fuzzy_threshold: float = FUZZY_THRESHOLD,
    fuzzy: bool = True,
) -> list[Reanchored]:
    """Carry every anchor of one article revision to the next, in order.

    `fuzzy=False` when `new_text` was made from `old_text` by an accepted amendment: an edited quote then
    follows the exact diff only; fuzzy searches serve stages imported without a diff chain.

    An anchor whose quote is not at its offsets in `old_text` (stored against another revision) is first
    found there again by its quote and context, as `anchor` does; if the quote is not there, it is orphaned.
    """
    positions = _Positions(old_text, new_text) if anchors and old_text != new_text else None
    out: list[Reanchored] = []
    for a in anchors:
        current = _in_old(a, old_text)
        if current is None:
            out.append(Reanchored("orphaned", a, None, 0.0))
        elif positions is None:
            out.append(Reanchored("located", current, "position"))
        else:
            out.append(_carry(current, a, positions, fuzzy_threshold, fuzzy))
    return out


def _in_old(a: Anchor, old_text: str) -> Anchor | None:
    if old_text[a.start : a.end] == a.exact:
        return a
    try:
        return anchor(old_text, a.exact, a.prefix, a.suffix)
    except InvalidInput:
        return None


def _carry(a: Anchor, original: Anchor, positions: _Positions, threshold: float, fuzzy: bool) -> Reanchored:
    new, size = positions.new, len(a.exact)
    # 1. the quote unchanged at its mapped place. Where an edit next to the quote repeats its first or
    # last characters, the diff may slide that edit into it: checking from either mapped end covers that.
    for start in (positions.right(a.start), positions.left(a.start)):
        if new[start : start + size] == a.exact:
            return Reanchored("located", _at(new, start, start + size), "position")
    for end in (positions.left(a.end), positions.right(a.end)):
        if end - size >= 0 and new[end - size : end] == a.exact:
            return Reanchored("located", _at(new, end - size, end), "position")
    # or within what its characters became, when the diff interleaved edits on both sides with it
    lo, hi = positions.left(a.start), positions.right(a.end)
    start = new.find(a.exact, lo, hi)
    if start >= 0:
        return Reanchored("located", _at(new, start, start + size), "position")
    slid = _slid(a, positions, lo, hi)
    if slid is not None:
        return Reanchored("located", _at(new, slid, slid + size), "position")
    # 2. the quote was edited: orphaned when none of its words is left
    if lo == hi or not _any_word_kept(a, positions):
        return Reanchored("orphaned", original, None, 0.0)
    if not fuzzy:  # the exact diff says what its characters became
        start, end = _whole_words(a, positions.old, new, lo, hi)
        score = textdiff.similarity(a.exact, new[start:end])
        if score < threshold:
            return Reanchored("orphaned", original, None, 0.0)
        return Reanchored("located", _at(new, start, end), "diff", score)
    # bounds adjusted by fuzzy matches; not when the diff kept less than 60 % of it: rewritten, it would
    # hardly reach the threshold, and the bitap search is the costly part when an article is rewritten
    # under many annotations
    if positions.kept(a.start, a.end) < _MIN_KEPT * size:
        return Reanchored("orphaned", original, None, 0.0)
    found = _fuzzy(a, new, lo, hi, positions.right(a.start), positions.left(a.end), threshold)
    if found is None:
        return Reanchored("orphaned", original, None, 0.0)
    (start, end), score = found
    widened = _whole_words(a, positions.old, new, start, end)
    if widened != (start, end):  # the threshold holds for the words shown, not a partial span
        start, end = widened
        score = textdiff.similarity(a.exact, new[start:end])
        if score < threshold:
            return Reanchored("orphaned", original, None, 0.0)
    return Reanchored("located", _at(new, start, end), "fuzzy", score)


_WORD_RE = re.compile(r"\w+")


def _any_word_kept(a: Anchor, positions: _Positions) -> bool:
    """Whether a word of the quote is still there, whole and unchanged, where the diff maps it."""
    new = positions.new
    for word in _WORD_RE.finditer(a.exact):
        start, end = a.start + word.start(), a.start + word.end()
        if positions.kept(start, end) != end - start:
            continue
        at, to = positions.right(start), positions.left(end)
        whole = (at == 0 or not new[at - 1].isalnum()) and (to == len(new) or not new[to].isalnum())
        if new[at:to] == word.group() and whole:
            return True
    return False


def _whole_words(a: Anchor, old: str, new: str, start: int, end: int) -> tuple[int, int]:
    """A quote that began (or ended) on a word boundary still does: "six mois" rewritten "deux mois"
    is found as "eux mois", the most similar span, and shown as the words the reader chose."""
    if a.start == 0 or not old[a.start - 1].isalnum():
        while 0 < start < end and new[start - 1].isalnum() and new[start].isalnum():
            start -= 1
    if a.end == len(old) or not old[a.end].isalnum():
        while start < end < len(new) and new[end - 1].isalnum() and new[end].isalnum():
            end += 1
    return start, end


def _slid(a: Anchor, positions: _Positions, lo: int, hi: int) -> int | None:
    """Where the unchanged quote is when the diff slid an edit of repeated characters across it.

    An occurrence of the quote near the changed runs around it counts only if keeping the quote there
    costs no more than the diff did locally (as many characters inserted and deleted): the same change
    seen differently, never another passage the quote would jump to.
    """
    stretch = positions.around(a.start, a.end)
    if stretch is None:
        return None
    r0, r1, n0, n1, cost = stretch
    if cost > _SLID_MAX:
        return None  # a rewrite, not a slide: and weighing it would take diffs of long texts
    old, new, size = positions.old, positions.new, len(a.exact)
    reach = size + cost
    first, last = max(n0, lo - reach), min(n1, hi + reach)
    near: list[int] = []
    at = new.find(a.exact, first, last)
    while at >= 0 and len(near) < _SLID_CANDIDATES:
        near.append(at)
        at = new.find(a.exact, at + 1, last)
    for at in sorted(near, key=lambda p: abs(p - lo)):
        if _cost(old[r0 : a.start], new[n0:at]) + _cost(old[a.end : r1], new[at + size : n1]) <= cost:
            return at
    return None


def _bound(a: str, b: str) -> float:
    """An upper bound of `textdiff.similarity(a, b)`, from the characters they do not share (with repeats),
    each of which costs at least one edit."""
    missing = Counter(a)
    missing.subtract(b)
    deleted = sum(n for n in missing.values() if n > 0)
    inserted = -sum(n for n in missing.values() if n < 0)
    return 1.0 - max(deleted, inserted) / max(len(a), len(b), 1)


def _cost(a: str, b: str) -> int:
    return sum(len(seg.text) for seg in textdiff.diff(a, b, semantic=False) if seg.op != "=")


def _fuzzy(
    a: Anchor, new: str, lo: int, hi: int, inner_lo: int, inner_hi: int, threshold: float
) -> tuple[tuple[int, int], float] | None:
    """The most similar candidate span overlapping new[lo:hi] (what the quote became), if similar enough."""
    cap = textdiff.MATCH_MAX_BITS
    starts = {lo, inner_lo}
    ends = {hi, inner_hi}
    best = _best(a.exact, new, lo, hi, starts, ends)
    if best is None or best[0] < threshold and _bound(a.exact, new[lo:hi]) < threshold - _SPARE:
        return None  # what the quote became is far from it: bounds adjusted by a few words will not do
    if best[0] >= max(_CLEARLY, threshold):
        return best[2], best[0]  # what the quote's characters became is clearly it: bounds need no search
    head = textdiff.match(new, a.exact[:cap], lo, threshold=_MATCH_THRESHOLD, distance=_MATCH_DISTANCE)
    if head is not None:
        starts.add(head)
    if a.prefix:
        before = a.prefix[-cap:]
        at = textdiff.match(new, before, lo - len(before), threshold=_MATCH_THRESHOLD, distance=_MATCH_DISTANCE)
        if at is not None:
            starts.add(at + len(before))
    tail = a.exact[-cap:]
    at = textdiff.match(new, tail, hi - len(tail), threshold=_MATCH_THRESHOLD, distance=_MATCH_DISTANCE)
    if at is not None:
        ends.add(at + len(tail))
    if a.suffix:
        at = textdiff.match(new, a.suffix[:cap], hi, threshold=_MATCH_THRESHOLD, distance=_MATCH_DISTANCE)
        if at is not None:
            ends.add(at)
    best = _best(a.exact, new, lo, hi, starts, ends)
    if best is None or best[0] < threshold:
        return None
    return best[2], best[0]


def _best(
    exact: str, new: str, lo: int, hi: int, starts: set[int], ends: set[int]
) -> tuple[float, int, tuple[int, int]] | None:
    """(similarity, drift, bounds) of the candidate most similar to `exact`, the least drifted on a tie."""
    cap = textdiff.MATCH_MAX_BITS
    longest = 2 * len(exact) + cap
    best: tuple[float, int, tuple[int, int]] | None = None
    for start in sorted(starts):
        for end in sorted(ends):
            # mostly what the quote became, never text that was elsewhere: that is another passage
            inside = min(end, hi) - max(start, lo)
            outside = end - start - max(0, inside)
            if not (start < end <= start + longest and inside > 0 and outside <= min(inside, cap)):
                continue
            candidate = new[start:end]
            if best is not None and _bound(exact, candidate) < best[0]:
                continue  # cannot beat the best one: spare the character diff
            score = textdiff.similarity(exact, candidate)
            drift = abs(start - lo) + abs(end - hi)
            if best is None or (score, -drift) > (best[0], -best[1]):
                best = (score, drift, (start, end))
    return best
