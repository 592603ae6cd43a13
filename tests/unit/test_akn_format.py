"""Akoma Ntoso import and export: real bills out and back, the OASIS examples in, bad input refused.

Pure: no database. The schema is compiled once per session (`akn_schema.schema` is cached).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from drafting.domain.errors import InvalidInput
from drafting.domain.tree import Article, BillTree, Division
from drafting.formats import ExportMeta, akn, akn_schema, markdown

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
EXAMPLES = DATA / "akn" / "examples" / "oasis-csprd02-WD17"
AMENDMENT = DATA / "akn" / "examples" / "it_senato_amendment_CSD03" / "00189156-em.akn.xml"
AKN = akn_schema.AKN_NS
META = ExportMeta(
    bill_id=1,
    bill_slug="covid",
    version=2,
    label="texte de la commission",
    created_at=datetime(2020, 3, 20, tzinfo=UTC),
    author="Rapporteur",
    content_hash="ab" * 32,
)
SHARED_BILLS = [
    *sorted((DATA / "bills" / "fr_loi-2020-290_urgence-covid19").glob("*.md")),
    *sorted((DATA / "bills" / "fr_loi-2019-1147_energie-climat").glob("*.md")),
    DATA / "participation" / "fr_republique-numerique_2015" / "bill_v0_consultation_30_articles.md",
]


def shape(tree: BillTree) -> list[tuple[object, ...]]:
    """Everything a round trip must keep, node by node, with its depth."""
    return [
        (len(ancestors), node.kind, node.eid, node.num, node.heading, getattr(node, "alineas", None))
        for node, ancestors in tree.walk()
    ]


def eids(xml: str) -> list[str]:
    return [str(v) for v in etree.fromstring(xml.encode()).xpath("//@eId")]


def example(name: str) -> BillTree:
    return akn.parse((EXAMPLES / name).read_text(encoding="utf-8"))


def document(body: str) -> str:
    """A minimal valid bill around `body`: our own export's metadata."""
    xml = akn.to_akn(BillTree(title="", children=(Article(eid="art_1", num="1"),)), META)
    start, end = xml.index("<body>"), xml.index("</body>") + len("</body>")
    return xml[:start] + f"<body>{body}</body>" + xml[end:]


# --- export -------------------------------------------------------------------------------------


def test_shared_bills_are_all_present() -> None:
    assert len(SHARED_BILLS) == 16
    assert all(path.is_file() for path in SHARED_BILLS)


@pytest.mark.parametrize("path", SHARED_BILLS, ids=lambda p: f"{p.parent.name[:14]}/{p.name[:30]}")
def test_every_shared_bill_exports_valid_unique_and_round_trips(path: Path) -> None:
    tree = markdown.parse(path.read_text(encoding="utf-8"))
    xml = akn.to_akn(tree, META)

    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso')
    assert akn.validate(xml) == []
    ids = eids(xml)
    assert len(ids) == len(set(ids))
    back = akn.parse(xml)
    assert back.title == tree.title
    assert shape(back) == shape(tree)


def test_export_metadata() -> None:
    tree = markdown.parse("# Loi test\n\n## Article 1er\n\nPremier alinéa.\n\nSecond alinéa.\n")
    root = etree.fromstring(akn.to_akn(tree, META).encode())
    ns = {"a": AKN}

    def value(path: str, attribute: str = "value") -> str:
        return str(root.xpath(f"{path}/@{attribute}", namespaces=ns)[0])

    assert value("//a:FRBRWork/a:FRBRthis") == "/akn/fr/bill/2020-03-20/covid/!main"
    assert value("//a:FRBRExpression/a:FRBRuri") == "/akn/fr/bill/2020-03-20/covid/fra@2"
    assert value("//a:FRBRExpression/a:FRBRlanguage", "language") == "fra"
    assert value("//a:FRBRManifestation/a:FRBRthis").endswith(".akn")
    assert value("//a:TLCPerson", "showAs") == "Rapporteur"
    assert value("//a:proprietary/*", "contentHash") == "ab" * 32
    assert value("//a:proprietary/*", "label") == "texte de la commission"
    assert root.xpath("string(//a:preface//a:docTitle)", namespaces=ns) == "Loi test"
    article = root.xpath("//a:body/a:article", namespaces=ns)[0]
    assert article.get("eId") == "art_1"
    assert article.xpath("string(a:num)", namespaces=ns) == "Article 1er"
    assert article.xpath("a:paragraph/@eId", namespaces=ns) == ["art_1__para_1", "art_1__para_2"]

    english = akn.to_akn(tree, replace(META, language="en", version=1))
    assert 'language="eng"' in english and 'type="generation"' in english


def test_hand_built_tree_round_trips_every_kind_and_awkward_text() -> None:
    NBSP = "a\u00a0b"
    tree = BillTree(
        title="Title  with two spaces",
        children=(
            Division(
                eid="chp_1",
                kind="chapter",
                num="1",
                heading="An English chapter",
                children=(
                    Article(eid="chp_1__art_1", num="1"),  # no alinéa at all
                    Article(eid="chp_1__art_2", num="2 bis", heading="H", alineas=(NBSP, "c  d", "x\x0by")),
                ),
            ),
            Division(eid="dvs_a", kind="annexe", num="A", heading="An unknown kind"),
            Division(eid="para_1", kind="paragraphe", num="1", heading="An empty paragraphe"),
            Division(eid="lvr_1", kind="livre", num="Ier", children=(Article(eid="lvr_1__art_3", num="3"),)),
        ),
    )
    xml = akn.to_akn(tree, META)
    assert akn.validate(xml) == []
    back = akn.parse(xml)
    expected = shape(tree)
    expected[2] = (*expected[2][:5], (NBSP, "c  d", "xy"))  # the one character XML cannot carry
    assert shape(back) == expected
    assert back.title == tree.title


def test_an_empty_bill_still_validates_and_is_refused_on_import() -> None:
    xml = akn.to_akn(BillTree(title="Vide"), META)
    assert akn.validate(xml) == []
    with pytest.raises(InvalidInput, match="no article"):
        akn.parse(xml)


# --- import of the OASIS examples ---------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.xml")), ids=lambda p: p.stem)
def test_every_oasis_example_imports(path: Path) -> None:
    tree = akn.parse(path.read_text(encoding="utf-8"))
    assert tree.title
    assert tree.articles()
    assert all(article.num and article.alineas for article in tree.articles())
    ids = [node.eid for node, _ in tree.walk()]
    assert len(ids) == len(set(ids))


def test_there_are_six_oasis_examples() -> None:
    assert len(list(EXAMPLES.glob("*.xml"))) == 6


def test_italian_bill_keeps_its_article_ids_and_ignores_quoted_articles() -> None:
    tree = example("it_senato_ddl_2013.xml")
    assert tree.title.startswith("Modifiche al testo unico")
    articles = tree.articles()
    assert [a.eid for a in articles] == [f"art_{i}" for i in range(1, 7)]  # 8 <article>, 2 are quoted
    assert articles[0].num == "1"  # `Art. 1.`
    assert articles[0].heading == "(Modifiche al sistema elettorale della Camera dei deputati)"
    assert articles[0].alineas[0].startswith("1. Al testo unico delle leggi")
    quoting = articles[0].alineas[1]
    assert quoting.startswith("a) l'articolo 1 è sostituito dal seguente: «Art. 1. -- 1. La Camera")


def test_eu_regulation_in_a_document_collection() -> None:
    tree = example("eu_COM-2013-0619_EN-8.xml")
    assert tree.title == (
        "Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL"
        " on new psychoactive substances"
    )
    chapters = [node for node in tree.children if isinstance(node, Division)]
    assert len(chapters) == 9 and {c.kind for c in chapters} == {"chapitre"}
    assert (chapters[0].num, chapters[0].heading) == ("I", "Subject matter - Scope - Definitions")
    articles = tree.articles()
    assert len(articles) == 24
    definitions = articles[1]
    assert (definitions.num, definitions.heading) == ("2", "Definitions")
    assert definitions.alineas[0] == "For the purpose of this Regulation, the following definitions apply:"
    assert definitions.alineas[1].startswith("(a) ‘new psychoactive substance’ means a natural")
    assert not any("OJ L 194" in a for a in definitions.alineas)  # footnotes are left out


def test_us_act_sections_are_articles() -> None:
    tree = example("us_Act_2011-11-29.xml")
    articles = tree.articles()
    assert [a.num for a in articles] == ["1", "2", "3", "4", "5", "6"]  # the page marker is editorial
    assert articles[0].heading == "SHORT TITLE."
    assert articles[0].alineas == ("This Act may be cited as the ``America's Cup Act of 2011 ''.",)
    definitions = "\n".join(articles[1].alineas)
    assert "\n(A) means the sailing competitions, commencing in 2011, to be held" in definitions


def test_uk_act_cross_headings_become_divisions() -> None:
    tree = example("uk_pga-2014-27-enacted-data.xml")
    assert tree.title == "Data Retention and Investigatory Powers Act 2014"
    assert [(n.kind, n.heading) for n in tree.children] == [
        ("division", "Retention of relevant communications data"),
        ("division", "Investigatory powers"),
        ("division", "Final provisions"),
    ]
    assert len(tree.articles()) == 8


def test_us_code_portion_and_uruguay_collection() -> None:
    code = example("us_Title9-Chap3-eng.xml")
    assert [(n.kind, n.num) for n in code.children] == [("chapitre", "3")]
    assert [a.num for a in code.articles()] == [str(n) for n in range(301, 308)]
    assert code.title == "INTER-AMERICAN CONVENTION ON INTERNATIONAL COMMERCIAL ARBITRATION"

    uruguay = example("uy_bill_2010-09-27.xml")
    assert uruguay.title.startswith("ARTÍCULOS 1º, 3º Y 4º DE LA LEY")
    assert [a.num for a in uruguay.articles()] == ["1º", "2º", "3º"]
    assert uruguay.articles()[2].alineas[1].startswith("A) Toda intervención judicial")


# --- import rules -------------------------------------------------------------------------------


def test_numbers_headings_and_alineas_of_a_foreign_bill() -> None:
    body = """
      <chapter eId="c"><num>CAPO II</num><heading>Dispositions</heading>
        <article eId="x"><num>Art. 3 bis.</num>
          <paragraph eId="x1"><num>1.</num><content><p>Un   texte
             sur deux lignes,\u00a0insécable.</p></content></paragraph>
          <paragraph eId="x2"><num>2°</num><list eId="l"><intro><p>Intro :</p></intro>
            <point eId="pa"><num>a)</num><content><p>point a ;</p></content></point>
            <point eId="pb"><num>b)</num><content><p xml:space="preserve">deux  espaces</p></content></point>
          </list></paragraph>
        </article>
      </chapter>"""
    tree = akn.parse(document(body))
    chapter = tree.children[0]
    assert isinstance(chapter, Division)
    assert (chapter.kind, chapter.num, chapter.eid) == ("chapitre", "II", "chp_2")
    article = tree.articles()[0]
    assert (article.num, article.eid) == ("3 bis", "chp_2__art_3bis")  # fresh ids: `x` is not ours
    assert article.alineas == (
        "1. Un texte sur deux lignes,\u00a0insécable.",
        "2° Intro :",
        "a) point a ;",
        "b) deux  espaces",
    )


def test_nested_sections_without_articles() -> None:
    body = """
      <section eId="s1"><num>Sec. 1</num><heading>Outer</heading>
        <section eId="s2"><num>SEC. 2.</num><content><p>Inner text.</p></content></section>
      </section>"""
    tree = akn.parse(document(body))
    outer = tree.children[0]
    assert isinstance(outer, Division) and (outer.kind, outer.num) == ("section", "1")
    assert [(a.num, a.alineas) for a in tree.articles()] == [("2", ("Inner text.",))]


def test_draft_namespace_and_foreign_metadata_are_accepted() -> None:
    xml = document('<article eId="art_9"><num>Article 9</num><content><p>T.</p></content></article>')
    xml = xml.replace(AKN, AKN + "/WD17").replace('xmlns:drafting="', 'xmlns:x="urn:x" xmlns:drafting="')
    xml = xml.replace("</meta>", "<x:custom><x:field>private</x:field></x:custom></meta>")
    assert akn.validate(xml)  # as written: not the final namespace, and foreign metadata
    tree = akn.parse(xml)
    assert [(a.eid, a.num, a.alineas) for a in tree.articles()] == [("art_9", "9", ("T.",))]


def test_string_with_a_foreign_encoding_declaration() -> None:
    xml = akn.to_akn(markdown.parse("## Article 1er\n\nTexte.\n"), META)
    xml = "\ufeff" + xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    assert akn.parse(xml).articles()[0].alineas == ("Texte.",)


# --- refusals -----------------------------------------------------------------------------------


def test_older_draft_amendment_is_refused_saying_why() -> None:
    with pytest.raises(InvalidInput) as caught:
        akn.parse(AMENDMENT.read_text(encoding="utf-8"))
    message = caught.value.message
    assert "document type 'amendment' is not supported" in message
    assert "not a valid Akoma Ntoso 3.0 document" in message
    assert "CSD03" in message
    assert "The attribute 'id' is not allowed" in message
    assert "line 12" in message


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("<akomaNtoso><bill>", "not well-formed XML: .*line 1"),
        ("", "empty document"),
        ("<html><body/></html>", "root element is 'html'"),
        (f'<akomaNtoso xmlns="{AKN}"><judgment name="x"/></akomaNtoso>', "type 'judgment' is not supported"),
        (f'<akomaNtoso xmlns="{AKN}"><act/></akomaNtoso>', "not a valid Akoma Ntoso 3.0 document: line 1"),
    ],
)
def test_bad_documents_are_refused(source: str, expected: str) -> None:
    with pytest.raises(InvalidInput, match=expected) as caught:
        akn.parse(source)
    assert "'act' is not supported" not in caught.value.message


def test_entity_expansion_and_external_entities_are_refused() -> None:
    laughs = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [{laughs}]>\n<akomaNtoso>&l9;</akomaNtoso>'
    external = '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><akomaNtoso>&x;</akomaNtoso>'
    for source in (bomb, external):  # how long refusing the bomb takes: bench/bench_timed_checks.py
        # libxml2 may stop the bomb itself (amplification limit); otherwise the DOCTYPE is refused
        with pytest.raises(InvalidInput, match="DOCTYPE|entity amplification"):
            akn.parse(source)


def test_validate_reports_schema_errors() -> None:
    xml = akn.to_akn(markdown.parse("## Article 1er\n\nTexte.\n"), META)
    assert akn.validate(xml.encode()) == []
    errors = akn.validate(xml.replace('<bill name="bill">', "<bill>"))
    assert errors and "line 3" in errors[0] and "'name' is required" in errors[0]
    assert akn.validate("<unclosed>")[0].startswith("not well-formed XML")


def test_schema_comes_from_the_package_and_loads_once() -> None:
    assert akn_schema.schema() is akn_schema.schema()
    folder = Path(akn_schema.__file__).resolve().parents[1] / "data" / "akn"
    assert (folder / "akomantoso30.xsd").is_file() and (folder / "xml.xsd").is_file()
    assert "CC-BY 4.0" in (folder / "SOURCE.md").read_text(encoding="utf-8")
