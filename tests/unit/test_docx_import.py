"""Word import: a DOCX export reads back to the same tree, on every shared French bill; a draft typed
without heading styles is read from its `TITRE` / `Chapitre` / `Article` paragraphs; bad files are
refused before python-docx opens them."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from drafting.domain.errors import InvalidInput
from drafting.domain.tree import Article, BillTree, Division
from drafting.formats import ExportMeta
from drafting.formats.docx_export import to_docx
from drafting.formats.docx_import import parse, parse_bytes
from drafting.formats.markdown import parse as parse_markdown

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
STAGES = sorted((SHARED / "bills").glob("fr_*/*.md")) + [
    SHARED / "participation" / "fr_republique-numerique_2015" / "bill_v0_consultation_30_articles.md"
]
META = ExportMeta(1, "loi", 2, "Texte de la commission", datetime(2020, 3, 20, tzinfo=UTC), "x", "ab" * 32)


@pytest.mark.parametrize("path", STAGES, ids=lambda p: f"{p.parent.name[:12]}/{p.name[:20]}")
def test_a_docx_export_imports_back_to_the_same_tree_and_text(path: Path) -> None:
    tree = parse_markdown(path.read_text(encoding="utf-8"))
    assert parse_bytes(to_docx(tree, META)) == tree


def _typed(*paragraphs: str, heading_style: str | None = None) -> bytes:
    """A Word file as people type drafts: every line a Normal paragraph (or the given style for the
    lines in capitals and those starting with `Article`)."""
    document = docx.Document()
    if heading_style:
        document.styles.add_style(heading_style, 1)
    for text in paragraphs:
        style = None
        if heading_style and (text.isupper() or text.startswith(("Article", "Chapitre"))):
            style = heading_style
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


DRAFT = (
    "Projet de loi relatif aux essais cliniques",
    "TITRE IER",
    "DISPOSITIONS GÉNÉRALES",
    "Chapitre II",
    "Des essais",
    "Article 1er",
    "Le présent titre s’applique aux essais.",
    "1° Les essais de phase I ;",
    "Article 2 bis",
    "Il entre en vigueur le 1er janvier 2027.",
)


def test_a_draft_without_heading_styles_is_read_from_its_paragraphs() -> None:
    tree = parse_bytes(_typed(*DRAFT))
    assert tree.title == "Projet de loi relatif aux essais cliniques"
    (titre,) = tree.children
    assert isinstance(titre, Division) and (titre.kind, titre.num, titre.heading) == (
        "titre",
        "IER",  # numbers are kept as written; the eid is the same as for `Ier`
        "DISPOSITIONS GÉNÉRALES",
    )
    assert titre.eid == "tit_1"
    (chapitre,) = titre.children
    assert isinstance(chapitre, Division) and (chapitre.kind, chapitre.num, chapitre.heading) == (
        "chapitre",
        "II",
        "Des essais",
    )
    first, second = chapitre.children
    assert isinstance(first, Article) and first.num == "1er"
    assert first.alineas == ("Le présent titre s’applique aux essais.", "1° Les essais de phase I ;")
    assert isinstance(second, Article) and second.num == "2 bis"


def test_headings_in_french_style_names_give_the_structure() -> None:
    document = docx.Document()
    for name in ("Titre", "Titre 1", "Titre 2"):
        if name not in [s.name for s in document.styles]:
            document.styles.add_style(name, 1)
    document.add_paragraph("Loi sur les délais", style="Titre")
    document.add_paragraph("CHAPITRE Ier — Délais", style="Titre 1")
    document.add_paragraph("Article 1er", style="Titre 2")
    document.add_paragraph("Article 4 : ce paragraphe est du texte, pas un titre.")
    out = io.BytesIO()
    document.save(out)
    tree = parse_bytes(out.getvalue())
    (chapitre,) = tree.children
    assert isinstance(chapitre, Division) and chapitre.heading == "Délais"
    (article,) = chapitre.children
    assert isinstance(article, Article) and article.alineas == (
        "Article 4 : ce paragraphe est du texte, pas un titre.",
    )


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def _rewrite(data: bytes, name: str, change: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    entries = {info.filename: source.read(info.filename) for info in source.infolist()}
    entries[name] = change if name not in entries else entries[name] + change
    return _zip(entries)


def _valid() -> bytes:
    return _typed(*DRAFT)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: b"Article 1er\n\nPas un zip.", "is not one"),
        (lambda: b"PK\x03\x04 truncated", "cannot be read"),
        (lambda: _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * 20_000_000}), "inflates"),
        (lambda: _zip({f"word/{i}.xml": b"\0" * 1_000_000 for i in range(70)}), "inflate to"),
        (lambda: _zip({"[Content_Types].xml": b"<Types/>", "readme.txt": b"hello"}), "no word/document.xml"),
        (lambda: _rewrite(_valid(), "word/vbaProject.bin", b"\0" * 100), "macro"),
        (
            lambda: _rewrite(
                _valid(),
                "[Content_Types].xml",
                b"<!-- application/vnd.ms-word.document.macroEnabled.main+xml -->",
            ),
            "macro",
        ),
        (lambda: _typed("Bonjour", "Ceci n’est pas une loi."), "article"),
    ],
    ids=["not-a-zip", "broken-zip", "bomb-ratio", "bomb-total", "no-document", "vba", "docm-type", "no-article"],
)
def test_bad_files_are_refused_with_a_message(make: object, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_bytes(make())  # type: ignore[operator]
    assert message in caught.value.message


def test_the_api_source_is_base64() -> None:
    with pytest.raises(InvalidInput, match="base64"):
        parse("Article 1er — du texte, pas du base64 !")
    import base64

    assert parse(base64.b64encode(_valid()).decode()).title == DRAFT[0]
    assert isinstance(parse(base64.b64encode(_valid()).decode()), BillTree)
