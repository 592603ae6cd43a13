"""Markdown and plain-text bills: `parse` reads legal headings (French and English) into a `BillTree`,
`to_markdown` and `to_text` write a tree back in a form that `parse` reads to the same tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from drafting.domain.errors import InvalidInput
from drafting.domain.tree import ARTICLE, KINDS, Article, BillTree, Division, Node, make_eid
from drafting.formats import ExportMeta

# Nesting rank of each division kind: a division closes every open division of equal or lower rank
# (higher number). From the one table of kinds in `domain/tree.py`.
RANK = {kind.name: kind.rank for kind in KINDS}
KEYWORD_KIND = {**{kind: kind for kind in RANK}, "article": ARTICLE, "art.": ARTICLE, "sec.": ARTICLE}
LABELS = {kind.name: kind.label for kind in KINDS}

# Longest first, so that `partie` is not read as `part`.
_KEYWORD = "|".join(re.escape(word) for word in sorted(KEYWORD_KIND, key=len, reverse=True))
# Every pattern below reads what anyone may post, so each runs in time linear in its line: no
# quantifier can give back what it took to another that could take the same characters (runs of
# digits, letters, roman numerals and spaces are possessive `++`, or bounded by what must follow).
#
# A number as written: `1er`, `Ier`, `L. 111-1`, `A`, `préliminaire`, the ordinals of Spanish,
# Portuguese and Italian texts (`1º`, `2.ª`, `3°`), letters and slashes that insert articles (`10a`,
# `2/1`), then Latin adverbs (`bis`, `quinquies`, `1-bis`) and capital letters (`14 A`, `6 bis BA`,
# `1º-A`) that insert articles between others.
_ORDINAL = r"(?:er|re|\.?[ºª°]|[a-z](?![a-z]))"
_NUM_CORE = (
    rf"(?:(?:LO|[LRDA])\.?\*?\s*+)?\d++{_ORDINAL}?(?:[-‑./]\d++{_ORDINAL}?)*+"
    r"|[IVXLCDM]++(?:er|re)?|[A-Z]|pr[ée]liminaire|liminaire|unique|[úu]nic[ao]|premier|premi[èe]re"
)
_BEFORE_SUFFIX = r"(?:\s++|[-‑])"
# a whole word of letters, read at once, that is an adverb: `bis`, `ter`, `quater`, `...ies`
_ADVERB = r"[a-z]++(?:(?<=bis)|(?<=ter)|(?<=quater)|(?<=ies))"
_NUM_TAIL = rf"(?:{_BEFORE_SUFFIX}?{_ADVERB})*+(?:{_BEFORE_SUFFIX}(?-i:[A-Z]{{1,3}}))?"
_NUM = rf"(?:additionnel\s++(?:après|avant)\s++l['’]article\s++)?(?:{_NUM_CORE}){_NUM_TAIL}"
STRUCTURE = re.compile(
    rf"(?P<kw>{_KEYWORD})(?:\s++(?P<num>{_NUM})(?P<marks>(?:\s*+\([^()]*+\))*+)"
    # the heading may follow on the same line: `Section 1 - Titre`, `Chapter 2: Title`, `Sec. 2. TITLE.`,
    # `Subchapter A—Definitions` (a bare hyphen needs a space before it: `L. 111-1` is a number)
    r"(?:(?:\s*+[.:]\s*+[-–—]?|\s++-++|\s*+[–—]++)\s*+(?P<heading>.*))?"
    # a division without a number (a cross-heading of a UK act) has a dash and a heading instead:
    # `Division — Final provisions`; a bare keyword is one only as a Markdown heading (`## Division`)
    r"|\s*+[–—]++\s*+(?P<unnumbered>\S.*))",
    re.IGNORECASE,
)
_BARE = re.compile(_KEYWORD, re.IGNORECASE)
_NEWLINE = re.compile(r"\r\n|\r|\n")
_EMPHASIS = re.compile(r"(?P<mark>\*\*|__|\*|_)(?P<inner>.+)(?P=mark)")
_MARK = re.compile(r"\(([^()]*)\)")
_ELLIPSIS = ".…"
# Markers that only say an article is new at this stage: dropped from the number so that the same
# article keeps the same number across stages (the next stage no longer says `(nouveau)`).
_NEW_MARKS = {"nouveau", "nouvelle", "new"}
# The line that opens the trace (who changed what) after the text of a Markdown or text export: the
# importer stops reading there, so an exported file imported again does not take the trace for alinéas.
TRACE_MARK = "<!-- trace -->"
TRACE_TEXT_MARK = "=" * 72


@dataclass
class _Open:
    """A division or article while it is being read; frozen into the tree at the end."""

    kind: str
    num: str
    eid: str
    heading: str | None
    children: list[_Open] = field(default_factory=list)
    alineas: list[str] = field(default_factory=list)

    def freeze(self) -> Node:
        if self.kind == ARTICLE:
            return Article(eid=self.eid, num=self.num, heading=self.heading, alineas=tuple(self.alineas))
        children = tuple(child.freeze() for child in self.children)
        return Division(eid=self.eid, kind=self.kind, num=self.num, heading=self.heading, children=children)


def _clean(text: str | None) -> str | None:
    text = _without_trailing_elision(text or "").strip()
    return text or None


def _is_elision(text: str) -> bool:
    """A row of `. . . . .` (or `…`), which stands for text left out."""
    return any(c in _ELLIPSIS for c in text) and all(c in _ELLIPSIS or c.isspace() for c in text)


def _without_trailing_elision(text: str) -> str:
    """`text` without a final row of three or more spaced dots: `Titre . . . .` is `Titre`."""
    start, dots = len(text.rstrip()), 0
    while start > 0 and text[start - 1] == ".":
        before = start - 1
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before == start - 1:  # a dot without a space before it ends the row
            break
        start, dots = before, dots + 1
    return text[:start] if dots >= 3 else text


def _atx(line: str) -> str | None:
    """The text of an ATX heading line (`## Article 2 ##` -> `Article 2`; `#` -> ``), None for
    any other line."""
    hashes = len(line) - len(line.lstrip("#"))
    rest = line[hashes:]
    if not 1 <= hashes <= 6 or (rest and not rest[0].isspace()):
        return None
    text = rest.strip()
    unclosed = text.rstrip("#")  # a closing row of `#` needs a space before it
    return unclosed.rstrip() if unclosed != text and unclosed and unclosed[-1].isspace() else text


class _Heading(NamedTuple):
    """A structural heading line, read: `Article 3 bis (nouveau) — Titre`."""

    kind: str
    keyword: str
    num: str  # empty when unnumbered: `Division — Final provisions`, `## Division`
    marks: list[str]  # `(Supprimé)`, `(Non modifié)`...; `(nouveau)` is dropped
    heading: str | None


def _match(text: str | None, bare: bool = False) -> _Heading | None:
    """The heading `text` is, if it is structural; `bare` lets a lone keyword be one (Markdown
    headings only: in plain text a line `Section` is more likely a word of the text)."""
    if not text:
        return None
    # `**Article 1er**`: word processors export headings as bold paragraphs
    emphasis = _EMPHASIS.fullmatch(text)
    inner = emphasis["inner"] if emphasis else text
    m = STRUCTURE.fullmatch(inner)
    marks: list[str] = []
    if m is None:
        if not (bare and _BARE.fullmatch(inner)):
            return None
        keyword, num, heading = inner, "", None
    elif m["num"] is None:
        keyword, num, heading = m["kw"], "", _clean(m["unnumbered"])
    else:
        keyword, num, heading = m["kw"], m["num"], _clean(m["heading"])
        marks = [mark for mark in _MARK.findall(m["marks"]) if mark.strip().lower() not in _NEW_MARKS]
    keyword = keyword.lower()
    return _Heading(KEYWORD_KIND[keyword], keyword, num, marks, heading)


def _structure(text: str, english: bool, bare: bool) -> _Heading | None:
    found = _match(text, bare)
    # In English texts the section is the article; in French ones it is a division.
    if found is not None and english and found.keyword == "section":
        return found._replace(kind=ARTICLE)
    return found


def _child(
    kind: str, num: str, heading: str | None, stack: list[_Open], root: list[_Open], taken: set[str]
) -> _Open:
    """A new node in the innermost open division, its eid nested under that division's."""
    parent = stack[-1] if stack else None
    node = _Open(kind, num, make_eid(kind, num, parent.eid if parent else None, taken), heading)
    (parent.children if parent else root).append(node)
    return node


def parse(source: str) -> BillTree:
    """Read a bill in Markdown or plain text with legal headings; ids are fresh and unique."""
    # not str.splitlines(): it would also split on U+2028 and other characters kept inside alinéas
    lines = [line.strip() for line in _NEWLINE.split(source.lstrip("\ufeff"))]
    for mark in (TRACE_MARK, TRACE_TEXT_MARK):
        if mark in lines:
            lines = lines[: lines.index(mark)]
    if not any(lines):
        raise InvalidInput("empty text: expected a bill with headings such as 'Article 1er'")
    atx = [_atx(line) for line in lines]
    # Markdown when some `#` heading is structural; then only `#` lines are headings. Otherwise
    # every line may be a heading, and every other line is an alinéa.
    markdown = any(text is not None and _match(text, bare=True) for text in atx)
    candidates = atx if markdown else lines
    english = not any((s := _match(c, markdown)) and s.keyword in {"article", "art."} for c in candidates)

    title: str | None = None
    root: list[_Open] = []
    stack: list[_Open] = []  # open divisions, outermost first
    article: _Open | None = None
    awaiting: _Open | None = None  # a node whose heading may come on the next line
    paragraph: list[str] = []
    taken: set[str] = set()
    started = False

    def flush() -> None:
        if paragraph and article is not None:
            article.alineas.append(" ".join(paragraph))
        paragraph.clear()

    for line, heading_text in zip(lines, candidates, strict=True):
        if not line:
            flush()
            continue
        text = heading_text if heading_text is not None else line
        if _is_elision(text or "."):
            continue
        found = _structure(heading_text, english, markdown) if heading_text is not None else None
        if found is not None:
            flush()
            started = True
            kind, num, marks, heading = found.kind, found.num, found.marks, found.heading
            if kind == ARTICLE:
                # `Article 1er septies (nouveau)(Supprimé)`: `(Supprimé)` is the article's text
                article = _child(kind, num, heading, stack, root, taken)
                article.alineas.extend(f"({mark})" for mark in marks)
                awaiting = article if heading is None and not marks else None
            else:
                while stack and RANK[stack[-1].kind] >= RANK[kind]:
                    stack.pop()
                heading = _clean(" ".join([*(f"({mark})" for mark in marks), heading or ""]))
                stack.append(_child(kind, num, heading, stack, root, taken))
                article = None
                awaiting = stack[-1] if heading is None else None
            continue
        if not started:
            # The first heading (first line in plain text) is the title; the rest is a preamble.
            if title is None and (heading_text is not None or not markdown):
                title = _clean(text.lstrip("#").strip()) or ""
            continue
        if awaiting is not None:
            node, awaiting = awaiting, None
            # A division's title often sits on the line after `TITRE Ier`. An article's may too in
            # Markdown, but `## (Supprimé)` after an article is its text, and so is any plain line.
            is_heading = markdown and heading_text is not None and not text.startswith("(")
            if node.kind != ARTICLE or is_heading:
                node.heading = _clean(text)
                continue
        if markdown and heading_text is None:
            paragraph.append(line)  # lines of one Markdown paragraph make one alinéa
        elif article is not None:
            flush()
            article.alineas.append(text)
        # Text between a division heading and its first article has no place in the tree: dropped.
    flush()
    tree = BillTree(title=title or "", children=tuple(node.freeze() for node in root))
    if not tree.articles():
        expected = "'Article 1er', '## Article 2 bis', 'Art. 3' or 'Sec. 2.'"
        raise InvalidInput(f"no article found: expected headings such as {expected}")
    return tree


# --- export ------------------------------------------------------------------------------------


def label(node: Node, word: str = "Article") -> str:
    """The heading line of a node: `TITRE Ier — Dispositions électorales`, `Article 2 bis`; `word`
    names articles."""
    name = word if isinstance(node, Article) else LABELS.get(node.kind, node.kind.capitalize())
    text = f"{name} {node.num}" if node.num else name  # unnumbered: `Division — Final provisions`
    return f"{text} — {node.heading}" if node.heading else text


def article_word(tree: BillTree, meta: ExportMeta) -> str:
    # English readers expect `Sec. 2`; `Sec.` always reads back as an article, and so does `Section`
    # in a text without `Article`, so only a tree with French-style section divisions keeps `Article`.
    english = meta.language.lower().startswith("en")
    has_sections = any(node.kind == "section" for node, _ in tree.walk())
    return "Sec." if english and not has_sections else "Article"


def to_markdown(tree: BillTree, meta: ExportMeta) -> str:
    """`# Title`, then one ATX heading per node, deeper levels for deeper nodes, alinéas as paragraphs."""
    word = article_word(tree, meta)
    blocks = [f"# {tree.title}"] if tree.title else []
    for node, ancestors in tree.walk():
        blocks.append(f"{'#' * min(len(ancestors) + 2, 6)} {label(node, word)}")
        if isinstance(node, Article):
            blocks.extend(node.alineas)
    return _with_trace("\n\n".join(blocks) + "\n", meta, markdown=True)


def to_text(tree: BillTree, meta: ExportMeta) -> str:
    """Plain text: title, `TITRE Ier` with its heading on the next line, `Article 1er`, alinéas."""
    word = article_word(tree, meta)
    blocks = [tree.title] if tree.title else []
    for node, _ in tree.walk():
        if isinstance(node, Article):
            blocks.append(label(node, word))
            blocks.extend(node.alineas)
        elif node.num and node.heading:
            blocks.append(f"{LABELS.get(node.kind, node.kind.capitalize())} {node.num}\n{node.heading}")
        else:
            blocks.append(label(node, word))
    return _with_trace("\n\n".join(blocks) + "\n", meta, markdown=False)


def _with_trace(body: str, meta: ExportMeta, *, markdown: bool) -> str:
    if meta.trace is None:
        return body
    from drafting.formats.trace import appended, lines

    return appended(body, lines(meta.trace, meta.version, meta.language), markdown=markdown)
