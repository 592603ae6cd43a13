"""A version of a bill as an OpenDocument text (odfdo): a title page, then the text with outline
headings (levels 1…8), one paragraph per alinéa, and page numbers in the footer.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from odfdo import Document, Header, PageBreak, Paragraph, Span, Style, VarPageCount, VarPageNumber

from drafting.domain.tree import BillTree
from drafting.formats import ExportMeta
from drafting.formats.layout import Block, TitlePage, blocks, title_page, trace_lines, words
from drafting.formats.trace import Line

META_STYLE = "DraftingMeta"


def new_document() -> Any:
    document = Document("text")
    document.body.clear()
    document.add_page_break_style()
    document.insert_style(
        Style("paragraph", name=META_STYLE, display_name="Drafting Meta", parent_style="Standard"),
        automatic=False,
    )
    return document


def add_page_numbers(document: Any, meta: ExportMeta) -> None:
    w = words(meta)
    footer = Paragraph(f"{w['page']} ")
    footer.append(VarPageNumber())
    footer.append(Span(f" {w['of']} "))
    footer.append(VarPageCount())
    master = document.get_style("master-page", "Standard")
    master.set_page_footer(footer)


def add_title_page(document: Any, page: TitlePage) -> None:
    document.meta.title = page.title
    document.meta.subject = page.version
    document.meta.language = page.language
    document.body.append(Paragraph(page.title, style="Title"))
    for line in (page.version, page.date, page.hash_line):
        document.body.append(Paragraph(line, style=META_STYLE))
    document.body.append(PageBreak())


def add_blocks(document: Any, items: list[Block]) -> None:
    body = document.body
    for block in items:
        if block.level == 0:
            body.append(Paragraph(block.text, style="Text_20_body"))
        else:
            heading = Header(block.level, block.text)
            heading.style = f"Heading_20_{block.level}"
            body.append(heading)


# The trace's paragraphs (who changed what), styled by kind; plain paragraphs, never outline headings.
TRACE_STYLES: dict[str, tuple[str, dict[str, Any]]] = {
    "title": ("DraftingTraceTitle", {"font_size": "16pt", "bold": True}),
    "heading": ("DraftingTraceHeading", {"font_size": "12pt", "bold": True}),
    "item": ("DraftingTraceItem", {"bold": True}),
    "article": ("DraftingTraceArticle", {"bold": True}),
    "intro": ("DraftingTraceIntro", {"italic": True}),
    "text": ("DraftingTraceText", {}),
    "quote": ("DraftingTraceText", {}),
}


def add_trace(document: Any, items: list[Line]) -> None:
    if not items:
        return
    for name, look in {name: look for name, look in TRACE_STYLES.values()}.items():
        style = Style("paragraph", name=name, parent_style="Standard", area="text", **look)
        if name == "DraftingTraceText":
            style.set_properties({"fo:margin-left": "0.6cm"}, area="paragraph")
        document.insert_style(style, automatic=False)
    document.body.append(PageBreak())
    for line in items:
        document.body.append(Paragraph(line.text, style=TRACE_STYLES[line.kind][0]))


def save(document: Any) -> bytes:
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def to_odt(tree: BillTree, meta: ExportMeta) -> bytes:
    page = title_page(tree, meta)
    document = new_document()
    add_title_page(document, page)
    add_page_numbers(document, meta)
    add_blocks(document, blocks(tree, meta))
    add_trace(document, trace_lines(meta))
    return save(document)
