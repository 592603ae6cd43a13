"""Amendments in Akoma Ntoso 3.0: each an `<amendment>` (heading, instruction and redline in
`amendmentContent`, justification, the decision in `<proprietary>`), and a bill's liasse as one
`<documentCollection>` whose components embed them, as AT4AM and LEOS exchange amendments.
Valid against the OASIS 2018 schema.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from lxml import etree

from drafting.formats.akn_export import _clean, _sub, _text, official_identity
from drafting.formats.akn_schema import AKN_NS, DRAFTING_NS
from drafting.formats.liasse import Entry, Liasse, decision_line, status_label

_D = "{" + DRAFTING_NS + "}"
_LANGUAGES = {"fr": "fra", "en": "eng"}


def _language(liasse: Liasse) -> str:
    return _LANGUAGES.get((liasse.meta.language or "fr").split("-")[0].lower(), "fra")


def _identification(parent: Any, work: str, language: str, date: str, number: str, title: str) -> None:
    expression = f"{work}/{language}@{date}"
    identification = _sub(parent, "identification", source="#drafting")
    frbr = _sub(identification, "FRBRWork")
    _sub(frbr, "FRBRthis", value=f"{work}/!main")
    _sub(frbr, "FRBRuri", value=work)
    _sub(frbr, "FRBRalias", value=_clean(title), name="title")
    _sub(frbr, "FRBRdate", date=date, name="Generation")
    _sub(frbr, "FRBRauthor", href="#drafting")
    _sub(frbr, "FRBRcountry", value="fr")
    _sub(frbr, "FRBRnumber", value=number)
    frbr = _sub(identification, "FRBRExpression")
    _sub(frbr, "FRBRthis", value=f"{expression}/!main")
    _sub(frbr, "FRBRuri", value=expression)
    _sub(frbr, "FRBRdate", date=date, name="Generation")
    _sub(frbr, "FRBRauthor", href="#drafting")
    _sub(frbr, "FRBRlanguage", language=language)
    frbr = _sub(identification, "FRBRManifestation")
    _sub(frbr, "FRBRthis", value=f"{expression}/!main.akn")
    _sub(frbr, "FRBRuri", value=f"{expression}.akn")
    _sub(frbr, "FRBRdate", date=date, name="Generation")
    _sub(frbr, "FRBRauthor", href="#drafting")
    _sub(frbr, "FRBRformat", value="application/akn+xml")


def _references(parent: Any, people: dict[str, str], prefix: str = "") -> None:
    references = _sub(parent, "references", source="#drafting")
    organisation = f"{prefix}drafting"  # inside a collection, `#drafting` is the collection's own
    _sub(references, "TLCOrganization", eId=organisation, href="/ontology/organization/drafting", showAs="drafting")
    for eid, name in people.items():
        _sub(references, "TLCPerson", eId=eid, href=f"/ontology/person/drafting/{eid}", showAs=_clean(name))


def _blocks(parent: Any, tag: str, eid: str, lines: list[str]) -> Any:
    el = _sub(parent, tag, eId=eid)
    for line in lines or [""]:
        _text(_sub(el, "p"), line)
    return el


def _redline(parent: Any, entry: Entry) -> None:
    """The changed text with `<del>` and `<ins>`, one `<p>` per alinéa."""
    paragraph = _sub(parent, "p")
    last: Any = None
    for op, text in entry.diff:
        for i, piece in enumerate(text.split("\n")):
            if i:
                paragraph, last = _sub(parent, "p"), None
            if not piece:
                continue
            if op == "=":
                if last is None:
                    paragraph.text = (paragraph.text or "") + _clean(piece)
                else:
                    last.tail = (last.tail or "") + _clean(piece)
            else:
                last = _sub(paragraph, "del" if op == "-" else "ins")
                last.text = _clean(piece)


def amendment(liasse: Liasse, entry: Entry, prefix: str = "") -> Any:
    """One `<amendment>`; `prefix` keeps eIds unique inside a collection."""
    date, bill_number = official_identity(liasse.title, liasse.meta)
    when = date  # the bill's date: amendments are numbered within the bill
    number = f"{bill_number}-{entry.number}"
    work = f"/akn/fr/amendment/{when}/{quote(number, safe='-')}"
    title = f"Amendement {entry.label} — {entry.article}"
    el = etree.Element(_tag("amendment"), name="amendment")
    meta = _sub(el, "meta")
    _identification(meta, work, _language(liasse), when, number, title)
    people = {f"{prefix}author": entry.author} if entry.author else {}
    if entry.decision_by:
        people[f"{prefix}decider"] = entry.decision_by
    _references(meta, people, prefix)
    proprietary = _sub(meta, "proprietary", source="#drafting")
    decision = etree.SubElement(proprietary, _D + "decision")
    decision.set("status", entry.status)
    decision.set("label", status_label(liasse, entry))
    if entry.decision_reason:
        decision.set("reason", _clean(entry.decision_reason))
    if entry.decided_at:
        decision.set("date", entry.decided_at.isoformat())
    decision.set("support", str(entry.support))
    preface = _sub(el, "preface")
    _text(_sub(_sub(preface, "longTitle"), "p"), title)
    body = _sub(el, "amendmentBody")
    heading = _sub(body, "amendmentHeading", eId=f"{prefix}heading")
    _text(_sub(heading, "p"), title)
    if entry.author:
        _text(_sub(heading, "p"), f"présenté par {entry.author}")
    content = _sub(body, "amendmentContent", eId=f"{prefix}content")
    for line in (entry.instruction or "").split("\n"):
        if line.strip():
            _text(_sub(content, "p"), line)
    if entry.diff:
        _redline(content, entry)
    if not len(content):
        _sub(content, "p")
    justification = [line for line in entry.justification.split("\n") if line.strip()]
    _blocks(body, "amendmentJustification", f"{prefix}justification", justification)
    conclusion = _sub(el, "conclusions")
    _text(_sub(conclusion, "p"), decision_line(liasse, entry))
    return el


def _tag(name: str) -> str:
    return "{" + AKN_NS + "}" + name


def _document(root_child: Any) -> str:
    root = etree.Element(_tag("akomaNtoso"), nsmap={None: AKN_NS, "drafting": DRAFTING_NS})
    root.append(root_child)
    xml = etree.tostring(root, encoding="unicode", pretty_print=True)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{xml}'


def to_amendment_akn(liasse: Liasse, entry: Entry) -> str:
    return _document(amendment(liasse, entry))


def to_collection_akn(liasse: Liasse) -> str:
    """The liasse as one `<documentCollection>`, an `<amendment>` per component."""
    date, bill_number = official_identity(liasse.title, liasse.meta)
    title = f"Liasse d’amendements — {liasse.title}"
    collection = etree.Element(_tag("documentCollection"), name="amendments")
    meta = _sub(collection, "meta")
    work = f"/akn/fr/documentCollection/{date}/{quote(bill_number, safe='-')}-amendements"
    _identification(meta, work, _language(liasse), date, f"{bill_number}-amendements", title)
    _references(meta, {})
    _text(_sub(_sub(_sub(collection, "preface"), "longTitle"), "p"), title)
    body = _sub(collection, "collectionBody")
    for entry in liasse.entries:
        component = _sub(body, "component", eId=f"cmp_{entry.number}")
        component.append(amendment(liasse, entry, prefix=f"cmp_{entry.number}__"))
    if not liasse.entries:
        _sub(_sub(body, "component", eId="cmp_none"), "interstitial", eId="none")
    return _document(collection)
