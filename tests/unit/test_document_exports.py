"""DOCX, ODT and PDF of a version, read back with python-docx, odfdo and pypdf: the title page says
which version it is, headings carry the tree's depth, and the body text is the version's text."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
import pytest

from drafting.domain.tree import BillTree
from drafting.formats import ExportMeta, exporter
from drafting.formats.layout import blocks, version_text
from drafting.formats.markdown import parse
from tests.readback import docx_footer, docx_paragraphs, normalise, odt_paragraphs, pdf_body, pdf_pages

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
BILLS = {
    "covid-00": SHARED / "bills" / "fr_loi-2020-290_urgence-covid19" / "00_texte-du-projet-de-loi.md",
    "covid-06": SHARED / "bills" / "fr_loi-2020-290_urgence-covid19" / "06_texte-promulgue.md",
    "republique-numerique": SHARED
    / "participation"
    / "fr_republique-numerique_2015"
    / "bill_v0_consultation_30_articles.md",
}
META = ExportMeta(
    bill_id=7,
    bill_slug="urgence-covid19",
    version=3,
    label="Texte de la commission",
    created_at=datetime(2020, 3, 1, 10, 30, tzinfo=UTC),
    author="lead",
    content_hash="3f" * 32,
)


def _tree(name: str) -> BillTree:
    return parse(BILLS[name].read_text(encoding="utf-8"))


def _depths(tree: BillTree) -> list[int]:
    out = []
    for node, ancestors in tree.walk():
        out.append(len(ancestors) + 1)
        out.extend(0 for _ in getattr(node, "alineas", ()))
    return out


@pytest.mark.parametrize("name", sorted(BILLS))
def test_docx_reads_back_as_the_version_with_heading_styles_and_a_title_page(name: str) -> None:
    tree = _tree(name)
    paragraphs = docx_paragraphs(exporter("docx")(tree, META))  # type: ignore[arg-type]
    title, *meta_lines = [p for p in paragraphs if p[0] in ("Title", "Drafting Meta")]
    assert title == ("Title", tree.title)
    assert [text for _s, text in meta_lines] == [
        "Version 3 — Texte de la commission",
        "1er mars 2020",
        f"Empreinte SHA-256 : {'3f' * 32}",
    ]
    body = [p for p in paragraphs if p[0] not in ("Title", "Drafting Meta")]
    assert [text for _s, text in body] == version_text(tree, META)
    levels = [int(style.split()[-1]) if style.startswith("Heading") else 0 for style, _t in body]
    assert levels == _depths(tree)


def test_docx_numbers_its_pages_except_the_title_page() -> None:
    data = exporter("docx")(_tree("covid-00"), META)
    footer, first_page_differs = docx_footer(data)  # type: ignore[arg-type]
    assert 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer
    assert footer.count("Page ") == 1 and " sur " in footer
    assert first_page_differs


@pytest.mark.parametrize("name", sorted(BILLS))
def test_odt_reads_back_as_the_version_with_outline_levels(name: str) -> None:
    tree = _tree(name)
    paragraphs = odt_paragraphs(exporter("odt")(tree, META))  # type: ignore[arg-type]
    assert paragraphs[0] == ("text:p:Title", tree.title)
    assert [t for s, t in paragraphs[1:4]] == [
        "Version 3 — Texte de la commission",
        "1er mars 2020",
        f"Empreinte SHA-256 : {'3f' * 32}",
    ]
    body = paragraphs[4:]
    assert [text for _s, text in body] == version_text(tree, META)
    levels = [int(s.rsplit("_", 1)[-1]) if s.startswith("text:h") else 0 for s, _t in body]
    assert levels == _depths(tree)


@pytest.mark.parametrize("name", ["covid-00", "republique-numerique"])
def test_pdf_text_is_the_version_text_after_a_title_page(name: str) -> None:
    tree = _tree(name)
    data = exporter("pdf")(tree, META)
    assert isinstance(data, bytes) and data.startswith(b"%PDF-")
    first = normalise(pdf_pages(data)[0])
    assert first.startswith(normalise(tree.title))
    for line in ("Version 3 — Texte de la commission", "1er mars 2020", "3f" * 32):
        assert line in first
    # every word is text, in order, none split by a hyphen the bill did not write
    assert pdf_body(data) == normalise(" ".join(version_text(tree, META)))


def test_an_english_bill_says_page_n_of_m() -> None:
    tree = _tree("covid-00")
    english = ExportMeta(**{**{f: getattr(META, f) for f in META.__slots__}, "language": "en"})
    data = exporter("pdf")(tree, english)
    assert "March 1, 2020" in pdf_pages(data)[0]  # type: ignore[arg-type]
    assert pdf_body(data, "Page", "of") == normalise(" ".join(version_text(tree, english)))  # type: ignore[arg-type]


def test_a_pdf_page_renders_to_a_png_with_text_on_it(tmp_path: Path) -> None:
    """pdftoppm draws page 2 (the test artifact; docs/formats.md shows one such page)."""
    import shutil
    import subprocess

    from PIL import Image

    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm (poppler-utils) is needed to draw PDF pages"
    pdf = tmp_path / "bill.pdf"
    pdf.write_bytes(exporter("pdf")(_tree("covid-06"), META))  # type: ignore[arg-type]
    subprocess.run([pdftoppm, "-png", "-r", "60", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    with Image.open(png) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        assert grey.size[0] > 400 and 0.005 < dark / (grey.size[0] * grey.size[1]) < 0.5  # text, not blank


def test_the_formats_doc_shows_pages_that_exist() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs"
    text = (docs / "formats.md").read_text(encoding="utf-8")
    images = re.findall(r"\]\((images/[^)]+\.png)\)", text)
    assert len(images) >= 2 and all((docs / image).is_file() for image in images)


def test_control_characters_pasted_into_a_text_are_dropped_not_fatal() -> None:
    from drafting.domain.tree import Article

    tree = BillTree("Loi\x01 test", (Article("art_1", "1er", None, ("Premier\x0b alinéa.", "Second\x1f alinéa.")),))
    expected = ["Article 1er", "Premier alinéa.", "Second alinéa."]
    docx_body = [t for s, t in docx_paragraphs(exporter("docx")(tree, META)) if s not in ("Title", "Drafting Meta")]  # type: ignore[arg-type]
    assert docx_body == expected
    assert [t for _s, t in odt_paragraphs(exporter("odt")(tree, META))[4:]] == expected  # type: ignore[arg-type]
    assert pdf_body(exporter("pdf")(tree, META)) == normalise(" ".join(expected))  # type: ignore[arg-type]


def _outline(items: list[Any], depth: int = 1) -> list[tuple[int, str]]:
    """(depth, title) of each bookmark of a PDF's outline, in order."""
    out: list[tuple[int, str]] = []
    for item in items:
        out += _outline(item, depth + 1) if isinstance(item, list) else [(depth, item.title)]
    return out


@pytest.mark.parametrize("name", sorted(BILLS))
def test_a_printed_bill_has_every_heading_in_its_outline_and_many_numbered_pages(name: str) -> None:
    """What a reader of a long printed bill relies on: a page per screen of text, each numbered (pdf_body
    checks the `Page N sur M` footers), and the PDF's outline listing every division and article at
    its depth, so a reader jumps to `Article 12` without paging."""
    tree = _tree(name)
    data = exporter("pdf")(tree, META)
    reader = pypdf.PdfReader(BytesIO(data))
    assert len(reader.pages) > 5
    headings = [(block.level, block.text) for block in blocks(tree, META) if block.level]
    assert len(headings) == len(list(tree.walk())) > 10
    assert _outline(reader.outline) == headings
    assert pdf_body(data) == normalise(" ".join(version_text(tree, META)))


def test_hyphenated_headings_are_bookmarked_as_written_and_their_words_kept_whole() -> None:
    """`Article L. 3131-1` is a bookmark a reader can search for, with no invisible character in it;
    words such as `covid-19` and `et/ou` are never split at a line's end, in headings or in text."""
    sentence = "sous-préfet et/ou vice-président, c’est-à-dire arrière-grand-mère."
    alinea = " ".join(f"{'Le ' * (n % 7)}{sentence}" for n in range(40))  # line ends fall on hyphens
    heading = "Mesures d’urgence sanitaire prises sur le fondement des articles L. 3131-1 à L. 3131-20-1/a"
    tree = parse(f"# Loi\n\n## TITRE Ier\n\n## {heading}\n\n### Article L. 3131-1\n\n{alinea}\n\n{alinea}\n")
    data = exporter("pdf")(tree, META)
    headings = [(block.level, block.text) for block in blocks(tree, META) if block.level]
    assert [text for _l, text in headings] == [f"TITRE Ier — {heading}", "Article L. 3131-1"]
    assert _outline(pypdf.PdfReader(BytesIO(data)).outline) == headings
    assert pdf_body(data) == normalise(" ".join(version_text(tree, META)))
