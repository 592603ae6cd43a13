"""The standalone HTML export: one anchor per node, a table of contents, an identifying footer, and
text that is always escaped."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from lxml import html as lxml_html

from drafting.domain.tree import Article, BillTree, Division
from drafting.formats import ExportMeta
from drafting.formats.html import to_html
from drafting.formats.markdown import parse

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
COVID_00 = SHARED / "bills" / "fr_loi-2020-290_urgence-covid19" / "00_texte-du-projet-de-loi.md"
ENERGY_07 = SHARED / "bills" / "fr_loi-2019-1147_energie-climat" / "07_texte-promulgue.md"
META = ExportMeta(
    bill_id=7,
    bill_slug="urgence-covid19",
    version=3,
    label="Texte de la commission",
    created_at=datetime(2020, 3, 22, 10, 30, tzinfo=UTC),
    author="lead",
    content_hash="ab" * 32,
)
HOSTILE = BillTree(
    title="Loi <script>alert('title')</script>",
    children=(
        Division(
            eid="tit_1",
            kind="titre",
            num="Ier",
            heading="<b>Dispositions</b>",
            children=(
                Article(
                    eid="tit_1__art_1",
                    num="1er",
                    heading='"><img src=x onerror=alert(1)>',
                    alineas=("<script>alert('x')</script> & co", "Le 1° est abrogé."),
                ),
            ),
        ),
    ),
)


def _page(tree: BillTree, meta: ExportMeta = META) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(to_html(tree, meta))


def test_every_node_of_a_real_bill_has_an_anchor_and_a_contents_link() -> None:
    tree = parse(COVID_00.read_text(encoding="utf-8"))
    page = _page(tree)
    eids = [node.eid for node, _ in tree.walk()]
    assert page.xpath("//main//@id") == eids
    assert page.xpath("//nav//a/@href") == [f"#{eid}" for eid in eids]


def test_article_paragraphs_are_the_alineas_in_order() -> None:
    tree = parse(ENERGY_07.read_text(encoding="utf-8"))
    page = _page(tree)
    for article in tree.articles()[:5]:
        (section,) = page.xpath(f"//section[@id='{article.eid}']")
        assert [p.text_content() for p in section.xpath("./p")] == list(article.alineas)


def test_page_is_standalone_with_language_title_and_footer() -> None:
    tree = parse(COVID_00.read_text(encoding="utf-8"))
    source = to_html(tree, META)
    assert source.startswith("<!doctype html>")
    page = lxml_html.document_fromstring(source)
    assert page.get("lang") == "fr"
    assert page.findtext(".//title").startswith("Projet de loi d’urgence")
    assert page.xpath("//head/style")
    assert not page.xpath("//script | //link | //img")  # nothing fetched from elsewhere
    footer = page.xpath("//footer")[0].text_content()
    assert "Version 3" in footer and "Texte de la commission" in footer
    assert "2020-03-22" in footer and "ab" * 32 in footer
    assert page.xpath("//footer//time/@datetime") == ["2020-03-22T10:30:00+00:00"]


def test_language_comes_from_the_export_meta() -> None:
    page = _page(parse("Act\n\nPart I\nSec. 2. SHORT TITLE.\nText.\n"), replace(META, language="en"))
    assert page.get("lang") == "en"
    assert page.xpath("//nav/h2")[0].text == "Contents"
    assert "Sec. 2 — SHORT TITLE." in page.xpath("//section[@class='article']/h3")[0].text_content()


def test_text_is_escaped_not_interpreted() -> None:
    source = to_html(HOSTILE, META)
    assert "<script>" not in source and "<img" not in source and "<b>" not in source
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co" in source
    page = lxml_html.document_fromstring(source)
    assert not page.xpath("//script | //img | //main//b")
    assert page.xpath("//section[@id='tit_1__art_1']/p")[0].text == "<script>alert('x')</script> & co"
    assert page.findtext(".//h1") == "Loi <script>alert('title')</script>"
