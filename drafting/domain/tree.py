"""Bills as ordered trees of divisions and articles, with stable Akoma Ntoso-style ids.

A tree is immutable: a new version of a bill is a new tree that shares unchanged nodes.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class DivisionKind:
    """What every format needs to know of a kind of division; formats derive their tables from KINDS."""

    name: str
    # Nesting rank: a division closes every open division of equal or greater rank. French and
    # English ladders share ranks so that mixed texts still nest.
    rank: int
    eid_prefix: str  # Akoma Ntoso eId prefix
    akn_tag: str | None  # Akoma Ntoso element; None: `<hcontainer name="{name}">`
    label: str  # the word written before the number, in the kind's own language
    feminine: bool = False  # French grammar: « de la section », « du titre »


# French kinds first, outermost first: an Akoma Ntoso element that several kinds share (`part`,
# `chapter`, `subsection`) reads back as the first of them, the French one.
KINDS: tuple[DivisionKind, ...] = (
    DivisionKind("livre", 0, "lvr", "book", "LIVRE"),
    DivisionKind("partie", 1, "prt", "part", "PARTIE", feminine=True),
    DivisionKind("titre", 2, "tit", "title", "TITRE"),
    DivisionKind("chapitre", 3, "chp", "chapter", "CHAPITRE"),
    DivisionKind("section", 4, "sec", "section", "Section", feminine=True),
    DivisionKind("sous-section", 5, "ssec", "subsection", "Sous-section", feminine=True),
    DivisionKind("paragraphe", 6, "para", None, "Paragraphe"),
    DivisionKind("part", 1, "part", "part", "Part", feminine=True),
    DivisionKind("subtitle", 2, "subtit", "subtitle", "Subtitle"),
    DivisionKind("chapter", 3, "chp", "chapter", "Chapter"),
    DivisionKind("subchapter", 4, "subchp", "subchapter", "Subchapter"),
    DivisionKind("subsection", 5, "subsec", "subsection", "Subsection"),
    DivisionKind("division", 1, "dvs", "division", "Division", feminine=True),
)
KIND: dict[str, DivisionKind] = {k.name: k for k in KINDS}
# Division kind -> Akoma Ntoso eId prefix.
DIVISION_KINDS: dict[str, str] = {k.name: k.eid_prefix for k in KINDS}
ARTICLE = "article"
EID_PREFIX = {**DIVISION_KINDS, ARTICLE: "art"}


@dataclass(frozen=True, slots=True)
class Article:
    eid: str
    num: str
    heading: str | None = None
    alineas: tuple[str, ...] = ()
    kind: str = field(default=ARTICLE, init=False)
    # The content hash, computed once: versions share nodes, so most are hashed only at import.
    _digest: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The article's alinéas joined by newlines: the form amendments and anchors count in."""
        return "\n".join(self.alineas)

    def with_text(self, text: str) -> Article:
        return replace(self, alineas=split_alineas(text))

    def content_hash(self) -> str:
        if self._digest is None:
            content = {"kind": self.kind, "num": self.num, "heading": self.heading, "alineas": self.alineas}
            object.__setattr__(self, "_digest", _hash(content))
        assert self._digest is not None
        return self._digest


@dataclass(frozen=True, slots=True)
class Division:
    eid: str
    kind: str
    num: str
    heading: str | None = None
    children: tuple[Node, ...] = ()
    _digest: str | None = field(default=None, init=False, repr=False, compare=False)

    def content_hash(self) -> str:
        """Hash of the division's own content, not of its children."""
        if self._digest is None:
            content = {"kind": self.kind, "num": self.num, "heading": self.heading}
            object.__setattr__(self, "_digest", _hash(content))
        assert self._digest is not None
        return self._digest


Node = Article | Division


def with_known_hash(node: Node, digest: str) -> Node:
    """Attach a content hash read from trusted storage, sparing its recomputation."""
    object.__setattr__(node, "_digest", digest)
    return node


@dataclass(frozen=True, slots=True)
class BillTree:
    """The text of a bill at one version: a title and top-level nodes in order."""

    title: str
    children: tuple[Node, ...] = ()
    # eid -> (node, ancestors), built on first lookup: trees are immutable and shared between requests
    _places: dict[str, tuple[Node, tuple[Division, ...]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def walk(self) -> Iterator[tuple[Node, tuple[Division, ...]]]:
        """Every node in reading order with its ancestors."""
        yield from _walk(self.children, ())

    def locate(self, eid: str) -> tuple[Node, tuple[Division, ...]] | None:
        """A node and its ancestors, by eid, without walking the tree again."""
        if self._places is None:
            object.__setattr__(self, "_places", {node.eid: (node, ancestors) for node, ancestors in self.walk()})
        assert self._places is not None
        return self._places.get(eid)

    def articles(self) -> list[Article]:
        return [n for n, _ in self.walk() if isinstance(n, Article)]

    def find(self, eid: str) -> Node | None:
        found = self.locate(eid)
        return found[0] if found else None

    def index(self) -> dict[str, Node]:
        return {node.eid: node for node, _ in self.walk()}

    def article_numbered(self, num: str) -> Article | None:
        """The article whose number reads as `num` (« 1er » reads as « 1 »): numbers are unique in a version."""
        token = num_token(num)
        return next((a for a in self.articles() if a.num.strip() and num_token(a.num) == token), None)

    def replace_article(self, article: Article) -> BillTree:
        return replace(self, children=_replace(self.children, article))


def _walk(
    nodes: tuple[Node, ...], ancestors: tuple[Division, ...]
) -> Iterator[tuple[Node, tuple[Division, ...]]]:
    for node in nodes:
        yield node, ancestors
        if isinstance(node, Division):
            yield from _walk(node.children, (*ancestors, node))


def _replace(nodes: tuple[Node, ...], article: Article) -> tuple[Node, ...]:
    out: list[Node] = []
    for node in nodes:
        if node.eid == article.eid:
            out.append(article)
        elif isinstance(node, Division):
            out.append(replace(node, children=_replace(node.children, article)))
        else:
            out.append(node)
    return tuple(out)


def split_alineas(text: str) -> tuple[str, ...]:
    """Inverse of `Article.text`; blank lines carry no alinéa."""
    return tuple(line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip())


def _hash(content: Any) -> str:
    data = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class VersionMeta:
    """What a version says about itself, covered by its hash from scheme 2 on: a changed label, author,
    time or amendment breaks the chain as a changed word does. `created_at` is ISO 8601 in UTC."""

    label: str
    author: str
    created_at: str
    amendment: int | None = None


HASH_SCHEME = 2  # 1: text only (versions made before the metadata was covered); 2: text and VersionMeta


def version_hash(tree: BillTree, parent_hash: str | None, meta: VersionMeta | None = None) -> str:
    """A hash of the whole text chained to the parent's, so that a published history can be verified;
    with `meta` (scheme 2), of the version's label, author, time and amendment too."""
    h = hashlib.sha256()
    h.update((parent_hash or "").encode())
    h.update(b"\x00")
    h.update(tree.title.encode())
    for node, ancestors in tree.walk():
        h.update(f"\x00{len(ancestors)}\x00{node.eid}\x00{node.content_hash()}".encode())
    if meta is not None:
        fields = [meta.label, meta.author, meta.created_at, meta.amendment]
        h.update(b"\x00meta\x00" + json.dumps(fields, ensure_ascii=False).encode())
    return h.hexdigest()


# --- stable ids ---------------------------------------------------------------------------------

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_to_int(text: str) -> int | None:
    s = text.lower()
    if not s or any(ch not in _ROMAN for ch in s):
        return None
    total = 0
    for i, ch in enumerate(s):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(s) and _ROMAN[s[i + 1]] > value else value
    return total


def _without_parentheses(text: str) -> str:
    """`text` without its `(...)` notes; a scan, not a regex, so an unclosed `((((` stays linear."""
    kept, start = [], 0
    while (opening := text.find("(", start)) >= 0 and (closing := text.find(")", opening)) >= 0:
        kept.append(text[start:opening])
        start = closing + 1
    kept.append(text[start:])
    return "".join(kept)


def num_token(num: str) -> str:
    """An eId-safe token for a number as written: `1er` -> `1`, `2 bis` -> `2bis`, `IV` -> `4`,
    `L. 111-1` -> `l111-1`."""
    s = unicodedata.normalize("NFKD", num).encode("ascii", "ignore").decode().lower()
    s = _without_parentheses(s).strip()
    words = s.replace(".", " ").split()
    if len(words) == 1:
        word = words[0]
        ordinal = re.fullmatch(r"(\d+|[ivxlcdm]+)(er|re|e)?", word)
        if ordinal:
            # a lone C, D, L or M is a letter (Section C), not a Roman numeral
            roman = None if ordinal.group(1) in {"c", "d", "l", "m"} else roman_to_int(ordinal.group(1))
            words[0] = ordinal.group(1) if roman is None else str(roman)
    token = re.sub(r"[^a-z0-9-]", "", "".join(words))
    return token or "x"


def make_eid(kind: str, num: str, parent_eid: str | None, taken: set[str]) -> str:
    """A new unique eId in the Akoma Ntoso style, e.g. `tit_1__chp_2__art_3`.

    Ids are given once, at import or insertion, and never recomputed: an article that is later
    renumbered or moved keeps the id it was born with.
    """
    local = f"{EID_PREFIX.get(kind, 'dvs')}_{num_token(num)}"
    base = f"{parent_eid}__{local}" if parent_eid else local
    eid, n = base, 2
    while eid in taken:
        eid, n = f"{base}_{n}", n + 1
    taken.add(eid)
    return eid
