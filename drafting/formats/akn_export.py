"""Akoma Ntoso 3.0 export: one version of a bill as a `<bill>` valid against the OASIS 2018 schema,
with its FRBR identity, its divisions and articles under their stable eIds, alinéas as paragraphs.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from lxml import etree

from drafting.domain.tree import Article, BillTree, Node
from drafting.formats import ExportMeta
from drafting.formats.akn_schema import AKN_NS, DRAFTING_NS, KIND_TAG, LABELS, XML_SPACE, default_kind

_A = "{" + AKN_NS + "}"
_D = "{" + DRAFTING_NS + "}"
_LANGUAGES = {"fr": "fra", "en": "eng", "de": "deu", "es": "spa", "it": "ita", "nl": "nld", "pt": "por"}
# Characters XML 1.0 cannot carry at all; lxml would refuse the whole document for one of them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Whitespace a reader may collapse; kept with `xml:space="preserve"` so that the text reads back as is.
_LOOSE_SPACE = re.compile(r"[\t\r\n]|  |^\s|\s$")


_MONTHS = [
    *("janvier", "février", "mars", "avril", "mai", "juin"),
    *("juillet", "août", "septembre", "octobre", "novembre", "décembre"),
]
# `Loi n° 2020-290 du 23 mars 2020`, `LOI organique n° 2019-1269 du 2 décembre 2019`: the number and
# date a promulgated French text is known by (one pass, no nested repetition).
_OFFICIAL = re.compile(
    r"n[°º]\s?(\d{4}[-‑]\d{1,6})\s+du\s+(1er|\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})", re.IGNORECASE
)


def official_identity(title: str, meta: ExportMeta) -> tuple[str, str]:
    """(Work date, number) of the bill: from its title when it is a numbered law, else the bill's
    creation date and its slug, which stay the same across its versions."""
    found = _OFFICIAL.search(title or "")
    if found:
        number, day, month, year = found.groups()
        day_number = 1 if day.lower() == "1er" else int(day)
        return f"{year}-{_MONTHS.index(month.lower()) + 1:02d}-{day_number:02d}", number.replace("‑", "-")
    moment = meta.bill_date or meta.created_at
    return moment.date().isoformat(), meta.bill_slug


def to_akn(tree: BillTree, meta: ExportMeta) -> str:
    """The version as pretty-printed Akoma Ntoso XML, with its XML declaration."""
    root = etree.Element(_A + "akomaNtoso", nsmap={None: AKN_NS, "drafting": DRAFTING_NS})
    bill = _sub(root, "bill", name="bill")
    _meta(_sub(bill, "meta"), meta, tree.title)
    if tree.title:
        _text(_sub(_sub(_sub(_sub(bill, "preface"), "longTitle"), "p"), "docTitle"), tree.title)
    body = _sub(bill, "body")
    for node in tree.children:
        _node(body, node)
    if not tree.children:
        # the schema wants at least one element in a body
        _sub(_sub(_sub(body, "hcontainer", eId="empty", name="empty"), "content"), "p")
    xml = etree.tostring(root, encoding="unicode", pretty_print=True)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{xml}'


def _meta(parent: Any, meta: ExportMeta, title: str) -> None:
    date = meta.created_at.date().isoformat()
    work_date, number = official_identity(title, meta)
    language = _LANGUAGES.get(meta.language.lower(), meta.language.lower())
    work = f"/akn/fr/bill/{work_date}/{quote(number, safe='-')}"
    expression = f"{work}/{language}@{meta.version}"
    author = "#author" if meta.author else "#drafting"

    identification = _sub(parent, "identification", source="#drafting")
    frbr = _sub(identification, "FRBRWork")
    _sub(frbr, "FRBRthis", value=f"{work}/!main")
    _sub(frbr, "FRBRuri", value=work)
    if title:
        _sub(frbr, "FRBRalias", value=_clean(title), name="title")  # where readers (cobalt) find the title
    _sub(frbr, "FRBRdate", date=work_date, name="Generation" if number == meta.bill_slug else "Promulgation")
    _sub(frbr, "FRBRauthor", href="#drafting")
    _sub(frbr, "FRBRcountry", value="fr")
    _sub(frbr, "FRBRnumber", value=number)
    frbr = _sub(identification, "FRBRExpression")
    _sub(frbr, "FRBRthis", value=f"{expression}/!main")
    _sub(frbr, "FRBRuri", value=expression)
    _sub(frbr, "FRBRdate", date=date, name="version")
    _sub(frbr, "FRBRauthor", href=author)
    _sub(frbr, "FRBRversionNumber", value=str(meta.version))
    _sub(frbr, "FRBRlanguage", language=language)
    frbr = _sub(identification, "FRBRManifestation")
    _sub(frbr, "FRBRthis", value=f"{expression}/!main.akn")
    _sub(frbr, "FRBRuri", value=f"{expression}.akn")
    # the version's date, not the export's: exporting the same version twice gives the same bytes
    _sub(frbr, "FRBRdate", date=date, name="version")
    _sub(frbr, "FRBRauthor", href="#drafting")
    _sub(frbr, "FRBRformat", value="application/akn+xml")

    lifecycle = _sub(parent, "lifecycle", source="#drafting")
    kind = "generation" if meta.version <= 1 else "amendment"
    _sub(lifecycle, "eventRef", eId=f"evt_{meta.version}", date=date, source="#drafting", type=kind)

    references = _sub(parent, "references", source="#drafting")
    _sub(
        references,
        "TLCOrganization",
        eId="drafting",
        href="/ontology/organization/drafting",
        showAs="drafting",
    )
    if meta.author:
        person = re.sub(r"[^a-z0-9]+", "-", meta.author.lower()).strip("-") or "author"
        href = f"/ontology/person/drafting/{person}"
        _sub(references, "TLCPerson", eId="author", href=href, showAs=_clean(meta.author))

    # What Akoma Ntoso has no element for; the schema lets `<proprietary>` hold other vocabularies.
    proprietary = _sub(parent, "proprietary", source="#drafting")
    version = etree.SubElement(proprietary, _D + "version")
    version.set("bill", str(meta.bill_id))
    version.set("number", str(meta.version))
    version.set("label", _clean(meta.label))
    version.set("contentHash", meta.content_hash)


def _node(parent: Any, node: Node) -> None:
    if isinstance(node, Article):
        el = _sub(parent, "article", eId=node.eid)
        _num_heading(el, node)
        for i, alinea in enumerate(node.alineas, 1):
            paragraph = _sub(el, "paragraph", eId=f"{node.eid}__para_{i}")
            _text(_sub(_sub(paragraph, "content"), "p"), alinea)
        return
    tag = KIND_TAG.get(node.kind, "hcontainer")
    el = _sub(parent, tag, eId=node.eid)
    if tag == "hcontainer":
        el.set("name", node.kind)
    if default_kind(tag, node.kind) != node.kind:
        # `chapter` reads back as `chapitre`; an English bill's chapter says what it is
        el.set(_D + "kind", node.kind)
    _num_heading(el, node)
    for child in node.children:
        _node(el, child)


def _num_heading(el: Any, node: Node) -> None:
    if node.num:
        label = LABELS.get(node.kind)
        _text(_sub(el, "num"), f"{label} {node.num}" if label else node.num)
    if node.heading:
        _text(_sub(el, "heading"), node.heading)


def _sub(parent: Any, tag: str, **attributes: str) -> Any:
    return etree.SubElement(parent, _A + tag, attributes)


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _text(el: Any, text: str) -> None:
    el.text = _clean(text)
    if _LOOSE_SPACE.search(el.text):
        el.set(XML_SPACE, "preserve")
