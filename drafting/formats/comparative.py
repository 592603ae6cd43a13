"""The tableau comparatif of two versions as HTML, PDF, DOCX and ODT.

Each row pairs an article (or a division heading) of the older version with the same node, found by
stable id, in the newer one. Deleted words are struck through (`<del>`), inserted ones are bold and
underlined (`<ins>`), so the marks survive printing in black and white.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from drafting.domain.comparative import Labels, Row, Side, rows
from drafting.domain.tree import BillTree
from drafting.formats import ExportMeta, docx_export, odt_export, pdf
from drafting.formats.layout import long_date, words, xml_text
from drafting.formats.markdown import article_word, label

WORDS = {
    "fr": {
        "heading": "Tableau comparatif",
        "added": "Article ajouté",
        "deleted": "Article supprimé",
        "added_division": "Division ajoutée",
        "deleted_division": "Division supprimée",
        "renumbered": "renuméroté",
        "summary": "{modified} modifiés, {added} ajoutés, {deleted} supprimés, {unchanged} inchangés",
    },
    "en": {
        "heading": "Comparison table",
        "added": "Article added",
        "deleted": "Article deleted",
        "added_division": "Division added",
        "deleted_division": "Division deleted",
        "renumbered": "renumbered",
        "summary": "{modified} changed, {added} added, {deleted} deleted, {unchanged} unchanged",
    },
}


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    old: ExportMeta
    new: ExportMeta
    rows: list[Row]

    @property
    def language(self) -> str:
        return (self.new.language or "fr").split("-")[0].lower()

    @property
    def words(self) -> dict[str, str]:
        return {**words(self.new), **WORDS.get(self.language, WORDS["en"])}

    def column(self, meta: ExportMeta) -> str:
        """`Version 2 — Texte de la commission (22 mars 2020)`."""
        text = f"{self.words['version']} {meta.version}" + (f" — {meta.label}" if meta.label else "")
        return f"{text} ({long_date(meta.created_at, self.language)})"

    def summary(self) -> str:
        counts = dict.fromkeys(("modified", "added", "deleted", "unchanged"), 0)
        for row in self.rows:
            if row.kind == "article":
                counts[row.status] += 1
        return self.words["summary"].format(**counts)

    def note(self, row: Row) -> str:
        """What the empty side of an added or deleted row says."""
        if row.status not in ("added", "deleted"):
            return ""
        suffix = "" if row.kind == "article" else "_division"
        return self.words[row.status + suffix]


def table(old: BillTree, old_meta: ExportMeta, new: BillTree, new_meta: ExportMeta) -> Table:
    def labels(tree: BillTree, meta: ExportMeta) -> dict[str, str]:
        word = article_word(tree, meta)
        return {node.eid: label(node, word) for node, _ in tree.walk()}

    found = rows(old, new, Labels(labels(old, old_meta), labels(new, new_meta)))
    return Table(new.title or old.title, old_meta, new_meta, found)


# --- HTML and PDF --------------------------------------------------------------------------------


def _context(t: Table) -> dict[str, Any]:
    return {
        "lang": t.language,
        "doc_title": f"{t.title} — {t.words['heading']}",
        "author": None,
        "words": t.words,
        "page": {"title": t.title},
        "t": t,
    }


def to_html(t: Table) -> str:
    return pdf.template("compare").render(**_context(t))


def to_pdf(t: Table) -> bytes:
    return pdf.render(to_html(t))


# --- DOCX ----------------------------------------------------------------------------------------


def _docx_runs(paragraph: Any, side: Side | None, index: int) -> None:
    runs = side.paragraphs[index] if side is not None and index < len(side.paragraphs) else ()
    for mark, text in runs:
        run = paragraph.add_run(xml_text(text))
        if mark == "-":
            run.font.strike = True
        elif mark == "+":
            run.font.bold = True
            run.font.underline = True


def _docx_cell(cell: Any, side: Side | None, note: str) -> None:
    first = cell.paragraphs[0]
    if side is None:
        first.add_run(note).italic = True
        return
    first.add_run(xml_text(side.label)).bold = True
    for index in range(len(side.paragraphs)):
        _docx_runs(cell.add_paragraph(), side, index)


def to_docx(t: Table) -> bytes:
    document = docx_export.new_document(t.language)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.8)
    document.core_properties.title = xml_text(t.title)
    document.core_properties.subject = t.words["heading"]
    document.add_paragraph(xml_text(t.title), style="Title")
    document.add_paragraph(t.words["heading"], style=docx_export.META_STYLE)
    document.add_paragraph(t.summary(), style=docx_export.META_STYLE)
    grid = document.add_table(rows=1, cols=2)
    grid.style = "Table Grid"
    header = grid.rows[0]
    _repeat_header(header)
    for cell, meta in zip(header.cells, (t.old, t.new), strict=True):
        cell.paragraphs[0].add_run(t.column(meta)).bold = True
    for row in t.rows:
        left, right = grid.add_row().cells
        _docx_cell(left, row.old, t.note(row))
        _docx_cell(right, row.new, t.note(row))
    docx_export.add_page_numbers(document, t.new)
    document.sections[0].different_first_page_header_footer = False
    return docx_export.save(document)


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)


# --- ODT -----------------------------------------------------------------------------------------

INSERTED, DELETED, STRONG = "DraftingInserted", "DraftingDeleted", "DraftingStrong"


def _odt_styles(document: Any) -> None:
    from odfdo import Style

    strong = Style("text", name=STRONG, bold=True)
    inserted = Style("text", name=INSERTED, bold=True)
    inserted.set_properties({"style:text-underline-style": "solid"}, area="text")
    deleted = Style("text", name=DELETED)
    deleted.set_properties({"style:text-line-through-style": "solid"}, area="text")
    for style in (strong, inserted, deleted):
        document.insert_style(style, automatic=False)


def _odt_cell(side: Side | None, note: str) -> Any:
    from odfdo import Cell, Paragraph, Span

    cell = Cell()
    if side is None:
        cell.append(Paragraph(note))
        return cell
    heading = Paragraph()
    heading.append(Span(xml_text(side.label), style=STRONG))
    cell.append(heading)
    for runs in side.paragraphs:
        paragraph = Paragraph()
        for mark, text in runs:
            style = {"-": DELETED, "+": INSERTED}.get(mark)
            paragraph.append(Span(xml_text(text), style=style) if style else Span(xml_text(text)))
        cell.append(paragraph)
    return cell


def to_odt(t: Table) -> bytes:
    from odfdo import Paragraph, Row
    from odfdo import Table as OdfTable

    document = odt_export.new_document()
    _odt_styles(document)
    document.meta.title = xml_text(t.title)
    document.body.append(Paragraph(xml_text(t.title), style="Title"))
    document.body.append(Paragraph(t.words["heading"], style=odt_export.META_STYLE))
    document.body.append(Paragraph(t.summary(), style=odt_export.META_STYLE))
    grid = OdfTable(t.words["heading"])
    header = Row()
    for meta in (t.old, t.new):
        header.append(_odt_cell(None, t.column(meta)))
    grid.append_row(header)
    for row in t.rows:
        line = Row()
        line.append(_odt_cell(row.old, t.note(row)))
        line.append(_odt_cell(row.new, t.note(row)))
        grid.append_row(line)
    document.body.append(grid)
    odt_export.add_page_numbers(document, t.new)
    return odt_export.save(document)


RENDERERS: dict[str, Callable[[Table], str | bytes]] = {
    "html": to_html,
    "pdf": to_pdf,
    "docx": to_docx,
    "odt": to_odt,
}
