"""The article under amendment, as data: its alinéas kept in slots numbered as before the sitting
(`Slot`, `Article`), words found in a slot's line (`Hit`) and the edit at work (`Ctx`, which says how it
fails). Every module that makes or checks an edit takes these; this one imports only what composes the
article's text back (numbers, counts, the ends of items, tombstones), so that those modules can import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafting.domain.amending.announcements import announcements_recounted, phrases_miscounted, renamed
from drafting.domain.amending.divisions import placeholders_numbered
from drafting.domain.amending.edits import AmendingError
from drafting.domain.amending.items import items_end
from drafting.domain.amending.quotes import opened
from drafting.domain.amending.tombstones import DELETED_STONE, superseded
from drafting.domain.amending.typography import BLANKS, fold


@dataclass(frozen=True)
class Wipe:
    """Alinéas an edit of the sitting deleted or rewrote whole: the amendment, « delete » or « rewrite »,
    the text it put (rewritten), its place in the sitting and the alinéas it named."""

    numero: str
    kind: str
    new: str
    step: int
    named: frozenset[int]


@dataclass(eq=False)  # two slots emptied alike are still two alinéas: found by identity
class Slot:
    """An alinéa of the text before the sitting: what it has become, and what was put around it."""

    text: list[str]
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    # the words this sitting's amendments put or changed in each line of `text` (its index): (start, end,
    # amendment), a point (start == end) where words were taken out; kept in step as the line changes
    fresh: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    # the words other amendments of this sitting put words next to, or changed words after (their anchors),
    # in each line of `text`: (start, end, amendment), kept in step as `fresh` is
    anchors: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)


class Article:
    """An article's alinéas under amendment, numbered as before the sitting."""

    def __init__(self, alineas: list[str], *, instructions: bool = False) -> None:
        # an amendment's own text under a sub-amendment: its parts deleted go whole, no « I. – (Supprimé) »
        self.instructions = instructions
        self.original = list(alineas)
        self.slots = [Slot([a]) for a in alineas]
        self.head: list[str] = []  # inserted at the very start
        self.deleted = False
        self.stones: list[Slot] = []  # divisions deleted in this sitting that keep their number
        # the slots whose code article's number was kept when its first alinéa went, and who deleted it
        self.headings: dict[int, Ctx] = {}
        # the alinéas (numbered from 1, as before the sitting) deleted or rewritten whole by an amendment of
        # the sitting, and those another edit changed: each with the amendment (`apply._check_overlap`)
        # (`overlaps`: whether they are kept; not when the sitting has one amendment, or deletes or rewrites none)
        self.overlaps = True
        self.wiped: dict[int, Wipe] = {}
        # alinéa -> amendment -> the words each of its edits there named (its old words, its anchor; () for none)
        self.changed: dict[int, dict[str, list[tuple[str, ...]]]] = {}
        self.step = 0  # the place in the sitting of the edit being made (`Wipe.step`)
        # a division put beside a standing one of its mark (`insertion._twins`): the slot of that one, its mark
        # and the edit; refused when the amendment's last edit leaves it so (its other parts may renumber it)
        self.twins: list[tuple[int, str, Ctx]] = []

    def alineas(self) -> list[str]:
        out = list(self.head)
        origins: list[int | None] = [None] * len(out)  # the alinéa before the sitting each line is, if any
        stones: set[int] = set()  # the lines that are numbers kept for divisions deleted
        for n, slot in enumerate(self.slots):
            out += slot.before
            stones |= set(range(len(out), len(out) + len(slot.text))) if slot in self.stones else set()
            out += slot.text + slot.after
            origins += [None] * len(slot.before) + [n if len(slot.text) == 1 else None] * len(slot.text)
            origins += [None] * len(slot.after)
        # « « Art. L. 4. – (Supprimé) » right before an alinéa that now opens with « Art. L. 4. – » again (an
        # amendment deleting an article's first alinéa and putting its heading on the next): no number to keep
        gone = {i for i in stones if i + 1 < len(out) and superseded(out[i], out[i + 1])}
        self._check_headings(out, gone)
        out = [t for i, t in enumerate(out) if i not in gone]
        origins = [o for i, o in enumerate(origins) if i not in gone]
        out = items_end(out, origins, self.original)
        if self.deleted:
            return []
        recounted = announcements_recounted(self.original, placeholders_numbered(out), origins, self.instructions)
        self._check_phrases_named(recounted, origins)
        return renamed(self.original, recounted, origins)

    def _check_phrases_named(self, lines: list[str], origins: list[int | None]) -> None:
        """A quotation of phrases its alinéa names by rank (« La première phrase du troisième alinéa est ainsi
        rédigée : ») made to hold more or fewer phrases (`announcements.phrases_miscounted`): the alinéa would
        rewrite one phrase with two, or none, and a rank is no count to say again; refused, the amendment that
        changed that quotation named."""
        at = phrases_miscounted(self.original, lines, origins)
        if at is None:
            return
        n = origins[at]
        who = [a for spans in (self.slots[n].fresh.values() if n is not None else ()) for *_, a in spans]
        reason = "it changes how many phrases quote a phrase named by its rank (« La première phrase … est ainsi rédigée : »), which cannot be counted again"  # noqa: E501
        raise AmendingError(who[0] if who else "", "", reason, "ambiguous")

    def _check_headings(self, out: list[str], gone: set[int]) -> None:
        """A code article's first alinéa deleted, its number kept (« « Art. L. 4. – (Supprimé) »), while
        an alinéa of that article after it stays: the number would now head that alinéa, or the alinéa
        join the article before; which is meant is not said (another amendment may still have put the
        heading on it, hence checked once all are made)."""
        at = len(self.head)
        for n, slot in enumerate(self.slots):
            at += len(slot.before)
            ctx = self.headings.get(n)
            stone = slot in self.stones and at < len(out) and bool(DELETED_STONE.search(out[at]))  # not restored since
            if ctx is not None and stone and at not in gone and at + 1 < len(out):
                following = out[at + 1]
                heading = HEADING.match(fold(following).lstrip(BLANKS + '«"“').lower())
                if opened(following) and not heading and not DELETED_STONE.search(following):
                    reason = "it deletes the first alinéa of a code article and leaves the alinéa after it"
                    raise ctx.fail(reason, "ambiguous")
            at += len(slot.text) + len(slot.after)


HEADING = re.compile(
    r"^(?:art(?:icle)?\.? ?(?:[lrdoa]\.? ?)*\d|(?:livre|titre|chapitre|section|sous-section|paragraphe)\b)"
)


@dataclass
class Ctx:
    numero: str
    part: str
    anchors: list[Hit] = field(default_factory=list)  # the words the edit being made is anchored on

    def fail(self, reason: str, code: str = "not_applicable") -> AmendingError:
        return AmendingError(self.numero, self.part, reason, code)


@dataclass(frozen=True)
class Hit:
    slot: Slot
    line: int
    start: int
    end: int


def line_before(article: Article, i: int) -> tuple[list[str], int | None]:
    """The alinéa now just before slot `i`: its list and index there (None when there is none)."""
    for slot in reversed(article.slots[:i]):
        for lines in (slot.after, slot.text, slot.before):
            if lines:
                return lines, len(lines) - 1
    return article.head, (len(article.head) - 1 if article.head else None)
