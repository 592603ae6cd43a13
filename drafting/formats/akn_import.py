"""Akoma Ntoso 3.0 import: an act or bill (alone, in a document collection, or a portion of one)
becomes a `BillTree` of divisions and articles with alinéas; the 2017 draft namespace is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from drafting.domain.errors import InvalidInput
from drafting.domain.tree import (
    ARTICLE,
    DIVISION_KINDS,
    EID_PREFIX,
    Article,
    BillTree,
    Division,
    Node,
    make_eid,
)
from drafting.formats.akn_schema import (
    AKN_NS,
    DRAFT_NS,
    DRAFTING_NS,
    LABEL_WORDS,
    LEGACY_DRAFTING_NS,
    TAG_KIND,
    XML_SPACE,
    default_kind,
    parse_xml,
    schema_errors,
)

_A = "{" + AKN_NS + "}"
_KIND_ATTR = "{" + DRAFTING_NS + "}kind"
_LEGACY_KIND_ATTR = "{" + LEGACY_DRAFTING_NS + "}kind"
_BODIES = {"act": "body", "bill": "body", "portion": "portionBody"}
# Elements that hold text rather than structure. An article inside them is quoted (a provision
# citing the text it inserts elsewhere), so the search for structure never enters them.
_TEXTUAL = {
    "num", "heading", "subheading", "intro", "wrapUp", "content", "p", "toc", "mod",
    "quotedStructure", "embeddedStructure", "authorialNote", "crossHeading", "componentRef",
}  # fmt: skip
_LABEL = {"num", "heading", "subheading"}  # read by the enclosing element as its marker
_BLOCKS = {"p", "block", "listIntroduction", "listWrapUp", "tr", "crossHeading"}  # one alinéa each
_NOT_TEXT = {"authorialNote", "toc", "componentRef", "img"}  # footnotes and apparatus
_BREAKS = {"eol", "eop", "br"}
_CELLS = {"td", "th", "p", "item", "block"}  # text on either side is not one word
_SPACES = re.compile(r"[ \t\r\n]+")  # XML whitespace only: no-break spaces are text
_NUM_LABEL = re.compile(r"(\S+)\s+(\S.*)", re.DOTALL)
# `make_eid`'s ids: `tit_1__chp_2__art_3`, each step a known prefix, a number and maybe `_2`.
_STEP = "(?:" + "|".join(sorted({*EID_PREFIX.values(), "dvs"})) + r")_[a-z0-9-]+(?:_[0-9]+)?"
_OUR_EID = re.compile(rf"{_STEP}(?:__{_STEP})*")
_KIND = re.compile(r"[a-z][a-z-]{0,39}")


@dataclass
class _Raw:
    """A node as read, before ids are chosen for the whole document at once."""

    kind: str
    num: str
    heading: str | None
    source_eid: str
    alineas: tuple[str, ...] = ()
    children: list[_Raw] = field(default_factory=list)


def parse(source: str) -> BillTree:
    """Read an Akoma Ntoso act or bill; refuse, saying why, anything the schema or we do not accept."""
    root = parse_xml(source)
    draft = _to_final_namespace(root)
    if root.tag != _A + "akomaNtoso":
        q = etree.QName(root)
        raise InvalidInput(
            f"not an Akoma Ntoso 3.0 document: the root element is '{q.localname}' in namespace "
            f"'{q.namespace or ''}'; expected 'akomaNtoso' in {AKN_NS}"
        )
    _strip_foreign_metadata(root)
    errors = schema_errors(root)
    doc_type, doc, body = _main_document(root)
    problems = []
    if doc is None:
        problems.append(
            f"document type '{doc_type}' is not supported: expected act or bill "
            "(alone, in a documentCollection, or a portion of one)"
        )
    if errors:
        note = f" (its namespace is the draft {draft})" if draft else ""
        more = f" (and {len(errors) - 3} more errors)" if len(errors) > 3 else ""
        shown = "; ".join(e if len(e) <= 300 else e[:299] + "…" for e in errors[:3])
        problems.append(f"not a valid Akoma Ntoso 3.0 document{note}: {shown}{more}")
    if problems:
        raise InvalidInput("; ".join(problems))

    # a valid act or bill has a body: a missing one is among the schema errors above
    raws = _build(body, "article" if _holds(body, "article") else "section")
    if not any(raw.kind == ARTICLE for raw in _walk(raws)):
        raise InvalidInput("no article found: the body has no <article>, nor any <section> holding text")
    title = _title(_first_child(root), doc)
    if not title and len(raws) == 1 and raws[0].kind != ARTICLE:
        title = raws[0].heading or ""  # a portion, such as one chapter of a code
    keep = _own_eids(raws)
    return BillTree(title=title, children=tuple(_freeze(raws, None, set(), keep)))


# --- document -----------------------------------------------------------------------------------


def _to_final_namespace(root: Any) -> str | None:
    """Move a draft-namespace document to the final namespace; returns the draft's URI."""
    ns = etree.QName(root).namespace or ""
    if not DRAFT_NS.fullmatch(ns):
        return None
    prefix = "{" + ns + "}"
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith(prefix):
            el.tag = _A + el.tag[len(prefix) :]
    return ns


def _strip_foreign_metadata(root: Any) -> None:
    """Drop other vocabularies' elements from `<meta>`: proprietary metadata means nothing here and
    the schema only allows it in a few places."""
    for meta in root.iter(_A + "meta"):
        foreign = [e for e in meta.iter() if isinstance(e.tag, str) and not e.tag.startswith(_A)]
        for el in foreign:
            parent = el.getparent()
            if parent is not None and parent.tag.startswith(_A):
                parent.remove(el)


def _main_document(root: Any) -> tuple[str, Any, Any]:
    """The document type, the act or bill to read, and the element holding its text."""
    doc = _first_child(root)
    doc_type = _local(doc) if doc is not None else ""
    if doc_type == "documentCollection":
        # a collection (explanatory memorandum + bill...) embeds its documents as components
        doc = next(
            (e for e in root.iter(_A + "act", _A + "bill") if _local(e.getparent()) == "component"), None
        )
    if doc is None or _local(doc) not in _BODIES:
        return doc_type, None, None
    return doc_type, doc, doc.find(_A + _BODIES[_local(doc)])


def _title(outer: Any, doc: Any) -> str:
    # The cover's titles first: FRBRname often holds a type (`publicLaw`, `title`), not a name.
    for document in dict.fromkeys([outer, doc]):
        for front in ("preface", "coverPage"):
            part = document.find(_A + front)
            for tag in ("shortTitle", "docTitle", "longTitle"):
                found = part.find(f".//{_A}{tag}") if part is not None else None
                if found is not None and (text := _text(found)):
                    return text
    name = doc.find(f"{_A}meta/{_A}identification/{_A}FRBRWork/{_A}FRBRname")
    value = str(name.get("value", "")).strip() if name is not None else ""
    if re.search(r"[\s\d]", value):
        return value
    return next((text for el in doc.iter(_A + "docTitle") if (text := _text(el))), "")


# --- structure ----------------------------------------------------------------------------------


def _holds(el: Any, tag: str) -> bool:
    for child in _children(el):
        name = _local(child)
        if name == tag or (name not in _TEXTUAL and _holds(child, tag)):
            return True
    return False


def _build(el: Any, unit: str) -> list[_Raw]:
    """The divisions and articles under `el`.

    The unit of text is the `<article>`. Acts drafted in the common-law style have none: their
    `<section>` plays that part, so then a section is an article unless it holds sections itself
    (it is then a division). Any element holding units is a division, and so is an empty book,
    part, title, chapter... Other text outside units (a chapter's table of contents, an editorial
    page marker) has no place in the tree.
    """
    nodes = []
    for child in _children(el):
        name = _local(child)
        if name in _TEXTUAL or child.get("status") == "editorial":
            continue
        num, heading, eid = _num(child), _label_text(child, "heading") or None, child.get("eId", "")
        if name == unit and (unit == "article" or not _holds(child, "section")):
            nodes.append(_Raw(ARTICLE, num, heading, eid, alineas=_alineas(child)))
        elif name == unit or _holds(child, unit) or _is_division(child, name):
            nodes.append(_Raw(_kind(child), num, heading, eid, children=_build(child, unit)))
    return nodes


def _is_division(el: Any, name: str) -> bool:
    if name == "hcontainer":
        return el.get("name") in DIVISION_KINDS or _own_kind(el) is not None
    return name in TAG_KIND


def _kind(el: Any) -> str:
    own = _own_kind(el)
    if own and own != ARTICLE and _KIND.fullmatch(own):
        return str(own)
    return default_kind(_local(el), el.get("name", ""))


def _num(el: Any) -> str:
    """`Art. 1.` -> `1`, `CHAPTER 3—` -> `3`, `§ 301.` -> `301`, `Article 2 bis` -> `2 bis`."""
    text = _label_text(el, "num")
    if text.startswith("§"):
        text = text[1:].lstrip()
    elif (m := _NUM_LABEL.fullmatch(text)) and m[1].lower().rstrip(".") in LABEL_WORDS:
        text = m[2]
    return text.rstrip(" .:;—–-") or text


def _alineas(article: Any) -> tuple[str, ...]:
    out: list[str] = []
    _collect(article, "", out)
    return tuple(out)


def _collect(el: Any, marker: str, out: list[str]) -> str:
    """Append one alinéa per text block under `el`, in reading order. A paragraph's or point's
    number (and heading) prefixes its first block: `1. text`, `(a) text`. Returns the marker if no
    block took it."""
    for child in _children(el):
        name = _local(child)
        if name in _LABEL or name in _NOT_TEXT or child.get("status") == "editorial":
            continue
        if name in _BLOCKS:
            text = _join(marker, _text(child))
            marker = ""
            if text:
                out.append(text)
        else:
            own = _join(marker, _join(_label_text(child, "num"), _label_text(child, "heading")))
            marker = ""
            if left := _collect(child, own, out):
                out.append(left)
    return marker


# --- text ---------------------------------------------------------------------------------------


def _text(el: Any) -> str:
    """The element's text without footnotes; XML whitespace collapsed unless `xml:space="preserve"`."""
    parts: list[str] = []
    _gather(el, parts)
    text = "".join(parts)
    if _preserved(el):
        return text.strip(" \t\r\n")
    return _SPACES.sub(" ", text).strip(" ")


def _gather(el: Any, parts: list[str]) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        if isinstance(child.tag, str):  # not a comment, processing instruction or entity
            name = _local(child)
            if name in _BREAKS:
                parts.append(" ")
            elif name not in _NOT_TEXT:
                space = " " if name in _CELLS else ""
                parts.append(space)
                _gather(child, parts)
                parts.append(space)
        if child.tail:
            parts.append(child.tail)


def _preserved(el: Any) -> bool:
    while el is not None:
        if (space := el.get(XML_SPACE)) is not None:
            return bool(space == "preserve")
        el = el.getparent()
    return False


def _label_text(el: Any, tag: str) -> str:
    found = el.find(_A + tag)
    return _text(found) if found is not None else ""


def _join(a: str, b: str) -> str:
    return f"{a} {b}" if a and b else a or b


def _local(el: Any) -> str:
    return str(el.tag).rpartition("}")[2]


def _children(el: Any) -> Iterator[Any]:
    return (c for c in el if isinstance(c.tag, str) and c.tag.startswith(_A))


def _first_child(el: Any) -> Any:
    return next(_children(el), None)


# --- ids ----------------------------------------------------------------------------------------


def _walk(raws: list[_Raw]) -> Iterator[_Raw]:
    for raw in raws:
        yield raw
        yield from _walk(raw.children)


def _own_eids(raws: list[_Raw]) -> bool:
    """Whether the document's eIds are ours (it is one of our exports): then they are kept, so
    that ids survive a round trip. Other dialects' ids follow other rules and are replaced."""
    seen: set[str] = set()
    for raw in _walk(raws):
        ours = _OUR_EID.fullmatch(raw.source_eid)
        is_article = raw.source_eid.rpartition("__")[2].startswith("art_")
        if not ours or is_article != (raw.kind == ARTICLE) or raw.source_eid in seen:
            return False
        seen.add(raw.source_eid)
    return True


def _freeze(raws: list[_Raw], parent: str | None, taken: set[str], keep: bool) -> Iterator[Node]:
    for raw in raws:
        eid = raw.source_eid if keep else make_eid(raw.kind, raw.num, parent, taken)
        if raw.kind == ARTICLE:
            yield Article(eid=eid, num=raw.num, heading=raw.heading, alineas=raw.alineas)
        else:
            children = tuple(_freeze(raw.children, eid, taken, keep))
            yield Division(eid=eid, kind=raw.kind, num=raw.num, heading=raw.heading, children=children)


def _own_kind(el: Any) -> str | None:
    """The division kind our exports write in `drafting:kind`, under the current or the old URI."""
    own: str | None = el.get(_KIND_ATTR) or el.get(_LEGACY_KIND_ATTR)
    return own
