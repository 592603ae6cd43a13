"""Amendments as word-aligned edits of a base text, and their strict rebase onto a text that moved.

An edit carries over to a new text only where the words it was written against are still there, unchanged:
the words it replaces or deletes, and for an insertion the word it is placed against (« après le mot … »).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from drafting.domain import textdiff
from drafting.domain.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace `base[start:end]` by `replacement` (code-point offsets); `start == end` inserts.

    `anchor`, for an insertion made by `edits_of`, is the passage of base it is written against
    (see `anchor_of`): two edits are equal whatever it is.
    """

    start: int
    end: int
    replacement: str
    anchor: tuple[int, int] | None = field(default=None, compare=False, repr=False)

    @property
    def is_insertion(self) -> bool:
        return self.start == self.end


_SPACES = " \u00a0"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def anchor_of(base: str, at: int, inserted: str) -> tuple[int, int] | None:
    """The span of `base` that an insertion of `inserted` at `at` is written against: the word (or sign
    of punctuation) right before it, the one « après le mot … » names; at the start of an alinéa, where
    there is none, the word right after it. None for whole alinéas inserted between others, which lean
    on no word.

    The words added qualify their neighbour (« six mois calendaires », « la notification écrite »):
    where that neighbour was deleted or replaced, the same words would land next to another one.
    """
    head = inserted[: len(inserted) - len(inserted.lstrip())]
    tail = inserted[len(inserted.rstrip()) :]
    if "\n" not in head:  # the added words follow what is before them in the alinéa
        before = _token_before(base, at)
        if before is not None:
            return before
    if "\n" not in tail:  # they open their alinéa: what follows them is what they lean on
        return _token_after(base, at)
    return None


def _token_before(base: str, at: int) -> tuple[int, int] | None:
    """The word or sign ending just before `at` (spaces apart) in its alinéa; None at the alinéa's start."""
    i = at
    while i > 0 and base[i - 1].isspace() and base[i - 1] != "\n":
        i -= 1
    if i == 0 or base[i - 1] == "\n":
        return None
    if not _is_word(base[i - 1]):
        return i - 1, i
    start = i
    while start > 0 and _is_word(base[start - 1]):
        start -= 1
    return start, i


def _token_after(base: str, at: int) -> tuple[int, int] | None:
    """The word or sign starting just after `at` (spaces apart) in its alinéa; None at the alinéa's end."""
    i = at
    while i < len(base) and base[i].isspace() and base[i] != "\n":
        i += 1
    if i == len(base) or base[i] == "\n":
        return None
    if not _is_word(base[i]):
        return i, i + 1
    end = i
    while end < len(base) and _is_word(base[end]):
        end += 1
    return i, end


def edits_of(base: str, proposed: str) -> tuple[Edit, ...]:
    """The changes that turn `base` into `proposed`: sorted, apart by more than spaces.

    Derived from the semantic character diff, then widened to whole words wherever a change cuts
    into a word, so that "six" -> "sept" is one edit of the word "six", never "ix" -> "ept": two
    amendments touching the same word must be seen to collide. Each insertion carries the span it
    leans on (see `anchor_of`).
    """
    raw: list[Edit] = []
    pos, start, inserted = 0, -1, ""
    for seg in textdiff.diff(base, proposed):
        if seg.op == "=":
            if start >= 0:
                raw.append(Edit(start, pos, inserted))
                start, inserted = -1, ""
            pos += len(seg.text)
            continue
        if start < 0:
            start = pos
        if seg.op == "-":
            pos += len(seg.text)
        else:
            inserted += seg.text
    if start >= 0:
        raw.append(Edit(start, pos, inserted))
    return tuple(_placed(base, e) for e in _merge(base, raw))


def _placed(base: str, edit: Edit) -> Edit:
    """An insertion or deletion of words with the space before them rather than the one after, where
    the diff chose either, and an insertion with the span it leans on.

    So that edits meet the same way whatever the diff chose: « mois à compter de la notification
    écrite » less « à compter de la notification » and less « écrite » are two deletions side by side,
    not two that both delete the space between « notification » and « écrite »; and an insertion
    before a deleted word is at the edge of the deletion, not inside it.
    """
    if not edit.is_insertion and edit.replacement:
        return edit
    # a pure insertion or deletion ending with a space is the same change one place to the left
    # when that space is also what precedes it (« mois␣|calendaires␣| » is « mois|␣calendaires|␣ »)
    start, text = edit.start, edit.replacement or base[edit.start : edit.end]
    while start > 0 and text[-1] in _SPACES and base[start - 1] == text[-1]:
        start, text = start - 1, text[-1] + text[:-1]
    if not edit.is_insertion:
        return edit if start == edit.start else Edit(start, start + edit.end - edit.start, "")
    return Edit(start, start, text, anchor_of(base, start, text))


def _widened(base: str, edit: Edit) -> tuple[int, int]:
    start, end, new = edit.start, edit.end, edit.replacement
    first = [c for c in (base[start] if start < end else "", new[:1]) if c]
    last = [c for c in (base[end - 1] if start < end else "", new[-1:]) if c]
    if start > 0 and _is_word(base[start - 1]) and any(_is_word(c) for c in first):
        while start > 0 and _is_word(base[start - 1]):
            start -= 1
    if end < len(base) and _is_word(base[end]) and any(_is_word(c) for c in last):
        while end < len(base) and _is_word(base[end]):
            end += 1
    return start, end


def _merge(base: str, raw: list[Edit]) -> tuple[Edit, ...]:
    """Widen each raw edit to words and fuse those that then overlap, touch or are one space apart, until
    none changes: once fused, a change may cut a word its parts did not (« Le président et les » ->
    « Les »: a deletion after « Le », then « s » glued to it), and is widened again."""
    edits = _fused(base, raw)
    while list(edits) != raw:
        raw = list(edits)
        edits = _fused(base, raw)
    return edits


def _fused(base: str, raw: list[Edit]) -> tuple[Edit, ...]:
    groups: list[tuple[int, int, list[Edit]]] = []
    for edit in raw:
        start, end = _widened(base, edit)
        # fused too when only spaces part them: « s’engagent à » -> « prévoient » is one change
        if groups and (start <= groups[-1][1] or base[groups[-1][1] : start].isspace()):
            gstart, gend, members = groups[-1]
            groups[-1] = (gstart, max(gend, end), [*members, edit])
        else:
            groups.append((start, end, [edit]))
    out: list[Edit] = []
    for start, end, members in groups:
        parts, pos = [], start
        for edit in members:
            parts += [base[pos : edit.start], edit.replacement]
            pos = edit.end
        parts.append(base[pos:end])
        out.append(Edit(start, end, "".join(parts)))
    return tuple(out)


def apply_edits(text: str, edits: tuple[Edit, ...] | list[Edit]) -> str:
    """`text` with each edit applied; edits must be sorted, within the text and not overlapping."""
    parts, pos = [], 0
    for edit in edits:
        if edit.start < pos or edit.end < edit.start or edit.end > len(text):
            raise InvalidInput(
                f"edit {edit.start}-{edit.end} does not fit: edits must be sorted, disjoint and within "
                f"the text's {len(text)} characters"
            )
        parts += [text[pos : edit.start], edit.replacement]
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


def collide(a: Edit, b: Edit) -> bool:
    """Whether two edits of the same text compete for the same words.

    Ranges collide when they share a character. An insertion collides with a range it falls strictly
    inside, and with a range that deletes or replaces the word it leans on (`Edit.anchor`): carried
    over, its words would stand next to other words than those it was written against. Two
    insertions collide in the same gap between words (their order is undecided). Otherwise touching
    is not colliding: replacing « six » and inserting after « mois » commute, and so do a change right
    after an insertion and the insertion, or two deletions side by side.
    """
    if a.is_insertion and b.is_insertion:
        return a.start == b.start or (a.anchor is not None and a.anchor == b.anchor)
    if b.is_insertion:
        a, b = b, a
    if a.is_insertion:
        return b.start < a.start < b.end or _replaces(b, a.anchor)
    return a.start < b.end and b.start < a.end


def _replaces(change: Edit, span: tuple[int, int] | None) -> bool:
    return span is not None and change.start < span[1] and span[0] < change.end


def reach(edit: Edit) -> tuple[int, int]:
    """The passage of base an edit depends on: its range, and for an insertion the span it leans on.
    Two edits collide (`collide`) only if their reaches meet (share a point, ends included)."""
    if edit.anchor is None:
        return edit.start, edit.end
    return min(edit.start, edit.anchor[0]), max(edit.end, edit.anchor[1])


@dataclass(frozen=True, slots=True)
class PositionMap:
    """Where each position of `base` lies in `current`, from the exact diff of the two.

    Compute it once per (base, current) and rebase every amendment written against `base` with it.
    """

    base: str
    current: str
    changes: tuple[Edit, ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _ends: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _shift: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        shift = [0]
        for change in self.changes:
            shift.append(shift[-1] + len(change.replacement) - (change.end - change.start))
        object.__setattr__(self, "_starts", tuple(c.start for c in self.changes))
        object.__setattr__(self, "_ends", tuple(c.end for c in self.changes))
        object.__setattr__(self, "_shift", tuple(shift))

    @classmethod
    def between(cls, base: str, current: str) -> PositionMap:
        return cls(base, current, edits_of(base, current))

    def left(self, pos: int) -> int:
        """`pos` in `current`, before anything inserted at `pos` or replacing text from `pos` on;
        inside a changed passage, the start of what replaced it."""
        i = bisect_left(self._ends, pos)
        if i < len(self.changes) and self._starts[i] < pos:
            if self._ends[i] == pos:
                return pos + self._shift[i + 1]
            return self._starts[i] + self._shift[i]
        return pos + self._shift[i]

    def right(self, pos: int) -> int:
        """`pos` in `current`, after anything inserted at `pos` or replacing text up to `pos`;
        inside a changed passage, the end of what replaced it."""
        i = bisect_right(self._ends, pos)
        if i < len(self.changes) and self._starts[i] < pos:
            return self._ends[i] + self._shift[i + 1]
        return pos + self._shift[i]

    def collisions(self, edit: Edit) -> tuple[Edit, ...]:
        """The changes base -> current that compete with `edit` for the same words."""
        start, end = reach(edit)
        # one more on each side: an inserting change may lean on the word just past its point
        lo = max(bisect_left(self._ends, start) - 1, 0)
        hi = bisect_right(self._starts, end) + 1
        return tuple(c for c in self.changes[lo:hi] if collide(edit, c))


@dataclass(frozen=True, slots=True)
class RebaseConflict:
    """One edit that cannot carry over: `base_text` (base[start:end]) was to become `proposed_text`,
    but the passage around it now reads `current_text`."""

    start: int
    end: int
    base_text: str
    proposed_text: str
    current_text: str


@dataclass(frozen=True, slots=True)
class RebaseResult:
    """`text` is the amendment's proposed text rebased onto current, only when `clean`.

    `new_edits` are the edits that carry over, against current: all of them when clean.
    """

    clean: bool
    text: str | None
    new_edits: tuple[Edit, ...]
    conflicts: tuple[RebaseConflict, ...]


def rebase_with(positions: PositionMap, proposed: str) -> RebaseResult:
    """Rebase an amendment (`positions.base` -> `proposed`) onto `positions.current`.

    Clean when no edit of the amendment collides (see `collide`) with a change base -> current:
    every word it deletes or replaces is unchanged, and every insertion point is unchanged
    ground or the edge of a change, never inside one nor where something else was inserted, and
    the word it leans on is unchanged (an insertion after « notification » does not carry over to
    « mois » when « à compter de la notification » was deleted).
    An edit that base -> current already made, exactly, is no conflict: it carries nothing over
    (so an amendment whose every change was made rebases to `current` itself, and falls).
    """
    moved: list[Edit] = []
    conflicts: list[RebaseConflict] = []
    for edit in edits_of(positions.base, proposed):
        hits = positions.collisions(edit)
        if hits == (edit,):
            continue
        if hits:
            if any(not hit.is_insertion and _replaces(hit, edit.anchor) for hit in hits):
                edit = _with_its_word(positions.base, edit)  # « notification » was to read « notification écrite »
            start, end = min(edit.start, hits[0].start), max(edit.end, hits[-1].end)
            was = positions.base[edit.start : edit.end]
            now = positions.current[positions.left(start) : positions.right(end)]
            conflicts.append(RebaseConflict(edit.start, edit.end, was, edit.replacement, now))
        elif edit.is_insertion:
            at = positions.left(edit.start)
            moved.append(Edit(at, at, edit.replacement))
        else:
            moved.append(Edit(positions.right(edit.start), positions.left(edit.end), edit.replacement))
    if conflicts:
        return RebaseResult(False, None, tuple(moved), tuple(conflicts))
    return RebaseResult(True, apply_edits(positions.current, moved), tuple(moved), ())


def _with_its_word(base: str, insertion: Edit) -> Edit:
    """An insertion as the replacement of the span it leans on (« mois » -> « mois calendaires »), to
    say which words it needed; spaces that both ends keep are left out."""
    start, end = reach(insertion)
    at = insertion.start
    new = base[start:at] + insertion.replacement + base[at:end]
    while start < end and new and base[end - 1].isspace() and new[-1] == base[end - 1]:
        end, new = end - 1, new[:-1]
    while start < end and new and base[start].isspace() and new[0] == base[start]:
        start, new = start + 1, new[1:]
    return Edit(start, end, new)


def rebase(base: str, proposed: str, current: str) -> RebaseResult:
    """Rebase one amendment; to rebase many against the same base, build one `PositionMap`."""
    return rebase_with(PositionMap.between(base, current), proposed)


def overlaps(base: str, proposed_a: str, proposed_b: str) -> bool:
    """Whether two amendments of the same base text compete for the same words (the rule of
    `collide`); exactly when accepting one makes the other's rebase unclean."""
    positions = PositionMap.between(base, proposed_b)
    return any(positions.collisions(edit) for edit in edits_of(base, proposed_a))
