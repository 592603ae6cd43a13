"""What Akoma Ntoso import and export share: namespaces, a hardened XML parser, the packaged
OASIS 2018 schema (loaded once) and the mapping between element names and division kinds.
"""

from __future__ import annotations

import functools
import re
import threading
from importlib import resources
from typing import Any

from lxml import etree

from drafting.domain.errors import InvalidInput
from drafting.domain.tree import DIVISION_KINDS, KINDS

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# Drafts of the standard (`.../3.0/WD17`, `.../3.0/CSD03`...) used the final names under another URI.
DRAFT_NS = re.compile(re.escape(AKN_NS) + r"/[A-Za-z]+\d+")
# Our own attributes and `<proprietary>` elements: the schema lets any element carry attributes from
# another namespace. A UUID URN: globally unique and ours without owning a domain (RFC 4122, section 3).
DRAFTING_NS = "urn:uuid:843b10ae-c874-4dd3-8814-85fa436f035c"
LEGACY_DRAFTING_NS = "https://drafting.invalid/ns/akn"  # exports before December 2026; still read
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Element -> division kind on import: the first kind of the table in `domain/tree.py` with that
# element, French as the platform's bills are French; an element whose kind differs (an English
# `chapter`) carries `drafting:kind` in our exports.
TAG_KIND: dict[str, str] = {}
for _kind in KINDS:
    if _kind.akn_tag is not None:
        TAG_KIND.setdefault(_kind.akn_tag, _kind.name)
# Division kind -> element on export; other kinds become `<hcontainer name="{kind}">`.
KIND_TAG = {kind.name: kind.akn_tag for kind in KINDS if kind.akn_tag is not None}
# The word an export writes before a number in `<num>`; import strips any of LABEL_WORDS.
LABELS = {"article": "Article", **{kind.name: kind.label for kind in KINDS}}
LABEL_WORDS = {label.lower() for label in LABELS.values()} | {
    "art",
    "articolo",
    "artículo",
    "articulo",
    "sec",
    "chap",
    "capo",
    "capitolo",
    "capítulo",
    "title",
    "titolo",
    "título",
    "book",
    "libro",
    "parte",
    "tome",
}


def default_kind(tag: str, name: str = "") -> str:
    """The kind an element reads as when it does not say its own: `chapter` -> `chapitre`;
    `<hcontainer name="paragraphe">` -> `paragraphe`; anything else -> `division`."""
    if tag == "hcontainer":
        return name if name in DIVISION_KINDS else "division"
    return TAG_KIND.get(tag, "division")


_VALIDATING = threading.Lock()
_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")


def parse_xml(data: str | bytes) -> Any:
    """The root element of a well-formed document, parsed without entities, network or DTD."""
    if isinstance(data, str):
        # lxml refuses str input that declares an encoding; the declaration sits on line 1, so
        # removing it keeps line numbers right.
        data = _DECLARATION.sub("", data, count=1).lstrip("\ufeff")
    if not data.strip():
        raise InvalidInput("empty document: expected Akoma Ntoso XML")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        # the message ends with the line and column
        raise InvalidInput(f"not well-formed XML: {e.msg}") from None
    if root.getroottree().docinfo.internalDTD is not None:
        # Akoma Ntoso has no DTD; an internal subset is only a way to smuggle entities in.
        raise InvalidInput("not accepted: the document has a DOCTYPE declaration; Akoma Ntoso uses none")
    return root


@functools.cache
def schema() -> Any:
    """The OASIS schema, compiled once (about a second). It imports `./xml.xsd` by a relative
    path, so it is read from a real folder rather than from bytes."""
    with resources.as_file(resources.files("drafting") / "data" / "akn") as folder:
        parser = etree.XMLParser(no_network=True, resolve_entities=False)
        return etree.XMLSchema(etree.parse(str(folder / "akomantoso30.xsd"), parser))


def schema_errors(root: Any) -> list[str]:
    """Every schema error as `line N: message`, with the namespace left out of element names."""
    checker = schema()
    with _VALIDATING:  # the error log belongs to the schema object, shared between threads
        if checker.validate(root):
            return []
        return [
            f"line {e.line}: {e.message.replace('{' + AKN_NS + '}', '').rstrip('.')}"
            for e in checker.error_log
        ]


def validate(xml: str | bytes) -> list[str]:
    """Schema errors of a document against the final Akoma Ntoso 3.0 schema; empty when valid."""
    try:
        return schema_errors(parse_xml(xml))
    except InvalidInput as e:
        return [e.message]
