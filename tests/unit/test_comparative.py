"""The tableau comparatif of two real stages: rows paired by stable id, added and deleted articles on
rows of their own, whole-word marks; and its HTML, DOCX, ODT and PDF read back to the same texts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import docx
import odfdo
import pytest
from lxml import html as lxml_html

from drafting.domain import comparative as rows_of
from drafting.domain.comparative import Row, Side
from drafting.domain.matching import match_tree
from drafting.domain.tree import Article, BillTree
from drafting.formats import ExportMeta, comparative
from drafting.formats.markdown import parse
from tests.readback import pdf_pages

COVID = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "bills" / "fr_loi-2020-290_urgence-covid19"
OLD_META = ExportMeta(7, "urgence-covid19", 1, "Projet de loi", datetime(2020, 3, 18, tzinfo=UTC), "x", "ab" * 32)
NEW_META = replace(OLD_META, version=7, label="Loi", created_at=datetime(2020, 3, 23, tzinfo=UTC))


@pytest.fixture(scope="module")
def trees() -> tuple[BillTree, BillTree]:
    old = parse(next(COVID.glob("00_*.md")).read_text(encoding="utf-8"))
    new = match_tree(old, parse(next(COVID.glob("06_*.md")).read_text(encoding="utf-8"))).tree
    return old, new


@pytest.fixture(scope="module")
def table(trees: tuple[BillTree, BillTree]) -> comparative.Table:
    return comparative.table(trees[0], OLD_META, trees[1], NEW_META)


def _lines(side: Side | None, note: str) -> list[str]:
    """What a cell shows: the side's heading line then its alinéas, or the note of an empty side."""
    if side is None:
        return [note]
    return [side.label, *("".join(text for _m, text in runs) for runs in side.paragraphs)]


def _article_text(tree: BillTree, eid: str) -> str:
    node = tree.find(eid)
    assert isinstance(node, Article)
    return node.text


def test_every_article_of_both_versions_has_one_row_paired_by_stable_id(
    trees: tuple[BillTree, BillTree], table: comparative.Table
) -> None:
    old, new = trees
    articles = [row for row in table.rows if row.kind == "article"]
    assert [r.eid for r in articles if r.new] == [a.eid for a in new.articles()]  # the new order
    assert sorted(r.eid for r in articles if r.old) == sorted(a.eid for a in old.articles())
    for row in articles:
        if row.old is not None:
            assert row.old.text == _article_text(old, row.eid)
        if row.new is not None:
            assert row.new.text == _article_text(new, row.eid)
    # the promulgated law renumbers: bill article 7 is law article 11, on one row
    renumbered = [(r.old.label, r.new.label) for r in articles if r.renumbered and r.old and r.new]
    assert ("Article 7", "Article 11") in renumbered
    assert {r.status for r in articles} == {"added", "deleted", "modified", "unchanged"}
    assert all((r.old is None) == (r.status == "added") for r in articles)
    assert all((r.new is None) == (r.status == "deleted") for r in articles)


def _row(table: comparative.Table, old_label: str) -> Row:
    return next(r for r in table.rows if r.old is not None and r.old.label == old_label)


def test_a_reworded_phrase_is_marked_by_whole_words_on_each_side() -> None:
    old = BillTree("Loi", (Article("art_1", "1er", None, ("Le délai est de trois mois à compter du dépôt.",)),))
    new = BillTree("Loi", (Article("art_1", "2", None, ("Le délai est de quatre semaines à compter du dépôt.",)),))
    labels = rows_of.Labels({"art_1": "Article 1er"}, {"art_1": "Article 2"})
    (row,) = rows_of.rows(old, new, labels)
    assert (row.status, row.renumbered) == ("modified", True)
    assert row.old and row.new
    assert [t for m, t in row.old.paragraphs[0] if m == "-"] == ["trois mois"]
    assert [t for m, t in row.new.paragraphs[0] if m == "+"] == ["quatre semaines"]
    assert row.old.text == old.articles()[0].text and row.new.text == new.articles()[0].text


def test_html_shows_each_row_with_del_and_ins(table: comparative.Table) -> None:
    page = lxml_html.document_fromstring(comparative.to_html(table))
    rows = page.xpath("//tbody/tr")
    assert [r.get("id") for r in rows] == [r.eid for r in table.rows]
    row = next(r for r, t in zip(rows, table.rows, strict=True) if t.old and t.old.label == "Article 7")
    left, right = row.xpath("./td")
    assert left.xpath(".//del") and not left.xpath(".//ins") and right.xpath(".//ins") and not right.xpath(".//del")
    old_row = _row(table, "Article 7")
    assert old_row.old and old_row.new
    assert [p.text_content() for p in left.xpath("./p")[1:]] == old_row.old.text.split("\n")
    assert [p.text_content() for p in right.xpath("./p")[1:]] == old_row.new.text.split("\n")
    deleted = next(r for r, t in zip(rows, table.rows, strict=True) if t.status == "deleted")
    assert deleted.xpath("./td")[1].text_content() == "Article supprimé"


def test_docx_table_cells_hold_each_side_with_struck_and_underlined_runs(table: comparative.Table) -> None:
    grid = docx.Document(BytesIO(comparative.to_docx(table))).tables[0]
    assert len(grid.rows) == len(table.rows) + 1
    assert grid.rows[0].cells[1].text == "Version 7 — Loi (23 mars 2020)"
    for cells, row in zip(list(grid.rows)[1:], table.rows, strict=True):
        for cell, side in zip(cells.cells, (row.old, row.new), strict=True):
            assert [p.text for p in cell.paragraphs] == _lines(side, table.note(row))
        if row.status == "modified" and row.kind == "article":
            left, right = cells.cells
            assert any(run.font.strike for p in left.paragraphs for run in p.runs)
            assert any(run.font.underline for p in right.paragraphs for run in p.runs)


def test_odt_table_cells_hold_each_side(table: comparative.Table) -> None:
    document = odfdo.Document(BytesIO(comparative.to_odt(table)))
    grid = document.body.get_table(0)
    lines = grid.get_rows()
    assert len(lines) == len(table.rows) + 1
    for line, row in zip(lines[1:], table.rows, strict=True):
        for cell, side in zip(line.get_cells(), (row.old, row.new), strict=True):
            texts = [p.inner_text for p in cell.get_paragraphs()]
            assert texts == _lines(side, table.note(row))


def _after(words: list[str], wanted: list[str], start: int) -> int:
    """The index after `wanted` found in order (other words between) in `words` from `start`."""
    at = start
    for word in wanted:
        at = words.index(word, at) + 1  # ValueError: a word is missing, split or out of order
    return at


def test_pdf_holds_every_cell_word_for_word_in_reading_order(table: comparative.Table) -> None:
    pages = pdf_pages(comparative.to_pdf(table))
    assert "Tableau comparatif" in pages[0] and "Version 1 — Projet de loi (18 mars 2020)" in pages[0]
    words = " ".join(pages[1:]).split()
    position = 0
    for row in table.rows:  # a cell cut by a page break goes on, after the other cell, on the next page
        ends = [_after(words, " ".join(_lines(side, table.note(row))).split(), position) for side in (row.old, row.new)]
        position = min(ends)
