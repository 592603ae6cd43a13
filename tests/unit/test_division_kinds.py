"""One table of division kinds (`domain/tree.py`): every kind it lists survives markdown and Akoma
Ntoso, keeping its kind, its eId prefix and its label, so no format can fall out of step with it.

Pure: no database.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

from drafting.domain.instructions import insert_article_instruction
from drafting.domain.tree import KINDS, Article, BillTree, Division, DivisionKind, make_eid
from drafting.formats import ExportMeta, akn, akn_schema, html, markdown

META = ExportMeta(
    bill_id=1,
    bill_slug="kinds",
    version=1,
    label="dépôt",
    created_at=datetime(2026, 12, 6, tzinfo=UTC),
    author="Rapporteur",
    content_hash="ab" * 32,
)


def one_division(kind: DivisionKind) -> BillTree:
    eid = make_eid(kind.name, "2", None, set())
    article = Article(eid=make_eid("article", "1", eid, set()), num="1", alineas=("Le texte.",))
    division = Division(eid=eid, kind=kind.name, num="2", heading="Dispositions", children=(article,))
    return BillTree(title="Projet de loi", children=(division,))


def division_of(tree: BillTree) -> Division:
    node = tree.children[0]
    assert isinstance(node, Division)
    return node


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_kind_round_trips_through_markdown(kind: DivisionKind) -> None:
    tree = one_division(kind)
    text = markdown.to_markdown(tree, META)
    assert f"{kind.label} 2" in text
    back = division_of(markdown.parse(text))
    assert (back.kind, back.num, back.heading) == (kind.name, "2", "Dispositions")
    assert back.eid == f"{kind.eid_prefix}_2"


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_kind_round_trips_through_akoma_ntoso(kind: DivisionKind) -> None:
    tree = one_division(kind)
    xml = akn.to_akn(tree, META)
    akn.validate(xml)
    body = etree.fromstring(xml.encode()).find(f".//{{{akn_schema.AKN_NS}}}body")
    element = body[0]
    assert element.tag == f"{{{akn_schema.AKN_NS}}}{kind.akn_tag or 'hcontainer'}"
    assert element.get("eId") == f"{kind.eid_prefix}_2"
    assert kind.label in "".join(element.find(f"{{{akn_schema.AKN_NS}}}num").itertext())
    back = division_of(akn.parse(xml))
    assert (back.kind, back.eid, back.num, back.heading) == (kind.name, f"{kind.eid_prefix}_2", "2", "Dispositions")


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_html_and_instructions_use_the_table(kind: DivisionKind) -> None:
    tree = one_division(kind)
    assert f"{kind.label} 2" in html.to_html(tree, META)
    fr = insert_article_instruction("1 A", "Un article nouveau.", division=division_of(tree)).fr
    assert fr.startswith(f"Au début {'de la' if kind.feminine else 'du'} {kind.name} 2,")
