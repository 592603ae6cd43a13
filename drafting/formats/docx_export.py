"""A version of a bill as a Word document (python-docx): a title page, then the text with real
heading styles (`Title`, `Heading 1`…`Heading 8`), one paragraph per alinéa, and page numbers in the
footer. Reads back through `docx_import` to the same tree.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from drafting.domain.tree import BillTree
from drafting.formats import ExportMeta
from drafting.formats.layout import Block, TitlePage, blocks, title_page, trace_lines, words
from drafting.formats.trace import Line

# The custom paragraph style of the title page lines; the importer skips it.
META_STYLE = "Drafting Meta"
# The trace's paragraphs (who changed what, after the text): their own style, skipped by the importer
# too, and not heading styles, so the trace never reads back as divisions or alinéas.
TRACE_STYLE = "Drafting Trace"


def new_document(language: str) -> Any:
    document = Document()
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(11.5)
    normal.paragraph_format.space_after = Pt(6)
    if META_STYLE not in [s.name for s in styles]:
        meta = styles.add_style(META_STYLE, 1)  # 1: paragraph style
        meta.base_style = normal
        meta.font.size = Pt(11)
    if TRACE_STYLE not in [s.name for s in styles]:
        trace = styles.add_style(TRACE_STYLE, 1)
        trace.base_style = normal
        trace.font.size = Pt(10)
        trace.paragraph_format.space_after = Pt(4)
    # Language of the text (spelling and hyphenation tools read it); no automatic hyphenation.
    settings = document.settings.element
    hyphenation = OxmlElement("w:autoHyphenation")
    hyphenation.set(qn("w:val"), "false")
    settings.append(hyphenation)
    rpr = styles.element.find(qn("w:docDefaults"))
    if rpr is not None:
        for run_props in rpr.iter(qn("w:rPr")):
            lang = OxmlElement("w:lang")
            lang.set(qn("w:val"), "fr-FR" if language == "fr" else "en-GB")
            run_props.append(lang)
    return document


def add_page_numbers(document: Any, meta: ExportMeta) -> None:
    """`Page N sur M` centred in the footer of every page but the first (the title page)."""
    w = words(meta)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{w['page']} ")
    _field(paragraph, "PAGE")
    paragraph.add_run(f" {w['of']} ")
    _field(paragraph, "NUMPAGES")


def _field(paragraph: Any, code: str) -> None:
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def add_title_page(document: Any, page: TitlePage) -> None:
    document.core_properties.title = page.title
    document.core_properties.subject = page.version
    document.core_properties.language = page.language
    document.add_paragraph(page.title, style="Title")
    for line in (page.version, page.date, page.hash_line):
        document.add_paragraph(line, style=META_STYLE)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def add_blocks(document: Any, items: list[Block]) -> None:
    """The text's paragraphs, built as XML and linked in before the section properties.

    python-docx's `add_paragraph` looks for the section properties among all the body's children at
    each call, which made a 2,000-article code take 32 s of CPU; this is the same markup in one pass."""
    anchor = document.element.body.sectPr
    styles = {level: document.styles[f"Heading {level}"].style_id for level in range(1, 9)}
    for block in items:
        style = styles[block.level] if block.level else None
        anchor.addprevious(paragraph_xml(block.text, style, centred=block.level > 0 and not block.is_article))


def paragraph_xml(text: str, style_id: str | None, *, centred: bool = False) -> Any:
    """`<w:p>` with a style, an optional centring and one run of text, spaces kept."""
    paragraph = OxmlElement("w:p")
    if style_id or centred:
        properties = OxmlElement("w:pPr")
        if style_id:
            style = OxmlElement("w:pStyle")
            style.set(qn("w:val"), style_id)
            properties.append(style)
        if centred:
            justification = OxmlElement("w:jc")
            justification.set(qn("w:val"), "center")
            properties.append(justification)
        paragraph.append(properties)
    run = OxmlElement("w:r")
    body = OxmlElement("w:t")
    body.set(qn("xml:space"), "preserve")
    body.text = text
    run.append(body)
    paragraph.append(run)
    return paragraph


def add_trace(document: Any, items: list[Line]) -> None:
    """The trace on pages of its own: bold lines for its title, parts, versions and articles."""
    if not items:
        return
    anchor = document.element.body.sectPr
    style = document.styles[TRACE_STYLE].style_id
    for number, line in enumerate(items):
        paragraph = paragraph_xml(line.text, style)
        run = paragraph.find(qn("w:r"))
        properties = paragraph.find(qn("w:pPr"))
        if number == 0:  # a page break before the title
            before = OxmlElement("w:pageBreakBefore")
            properties.append(before)
        if line.kind in ("text", "quote"):
            indent = OxmlElement("w:ind")
            indent.set(qn("w:left"), "340")  # twentieths of a point: 0.6 cm
            properties.append(indent)
        if line.kind in ("title", "heading", "item", "article") or line.kind == "intro":
            look = OxmlElement("w:rPr")
            tag = "w:i" if line.kind == "intro" else "w:b"
            look.append(OxmlElement(tag))
            if line.kind in ("title", "heading"):
                size = OxmlElement("w:sz")
                size.set(qn("w:val"), "32" if line.kind == "title" else "24")  # half-points
                look.append(size)
            run.insert(0, look)
        anchor.addprevious(paragraph)


def save(document: Any) -> bytes:
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def to_docx(tree: BillTree, meta: ExportMeta) -> bytes:
    page = title_page(tree, meta)
    document = new_document(page.language)
    add_title_page(document, page)
    add_page_numbers(document, meta)
    add_blocks(document, blocks(tree, meta))
    add_trace(document, trace_lines(meta))
    return save(document)
