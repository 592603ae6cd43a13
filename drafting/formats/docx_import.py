"""Word documents (.docx) as bills.

The structure comes from heading styles when the author used them (`Title`, `Heading 1`…, or their
French names); otherwise from the paragraphs themselves — `TITRE IER`, `Chapitre II`, `Article 1er`,
`Article 2 bis` — as most real drafts are typed. Either way the paragraphs become the Markdown or
plain text that `markdown.parse` reads, so both paths share one grammar.

The file is checked before python-docx opens it: a zip archive, with sizes that add up to no more
than `MAX_UNCOMPRESSED` once inflated (read from the archive's directory, before inflating anything),
and no macros.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile

from drafting.domain.errors import InvalidInput
from drafting.domain.tree import BillTree
from drafting.formats.markdown import parse as parse_text

MAX_UNCOMPRESSED = 64 * 1024 * 1024  # the largest shared bill is 186 KB of text
MAX_RATIO = 200  # XML compresses 5-20x; a bomb compresses 1000x and more
MAX_ENTRIES = 2_000
MACRO_MARKERS = ("macroenabled", "vbaproject", "vbadata")
# Style names Word gives headings in English and French documents (python-docx reports the built-in
# English name for built-in styles, but documents made from other templates carry their own names).
TITLE_STYLES = {"title", "titre"}
HEADING_PREFIXES = ("heading ", "titre ")
SKIPPED_STYLES = {"drafting meta", "drafting trace", "subtitle", "sous-titre"}


def check_archive(data: bytes) -> None:
    """Refuse what python-docx should never open: not a zip, a zip bomb, macros."""
    if not data.startswith(b"PK"):
        raise InvalidInput("not a Word document: a .docx file is a zip archive, and this is not one")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InvalidInput(f"not a Word document: the zip archive cannot be read ({exc})") from None
    if len(entries) > MAX_ENTRIES:
        raise InvalidInput(f"the archive holds {len(entries):,} files; a Word document has far fewer")
    total = sum(entry.file_size for entry in entries)
    if total > MAX_UNCOMPRESSED:
        raise InvalidInput(f"the archive would inflate to {total:,} bytes; at most {MAX_UNCOMPRESSED:,} are accepted")
    for entry in entries:
        if entry.file_size > MAX_RATIO * max(entry.compress_size, 1) and entry.file_size > 1024 * 1024:
            raise InvalidInput(
                f"{entry.filename} inflates {entry.file_size // max(entry.compress_size, 1)}-fold: refused"
            )
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise InvalidInput("not a Word document: the archive has no word/document.xml")
    types = archive.read("[Content_Types].xml").decode("utf-8", "replace").lower()
    if any(marker in types for marker in MACRO_MARKERS) or any("vbaproject" in n.lower() for n in names):
        raise InvalidInput("macro-enabled Word documents (.docm) are refused: save the file as .docx")


def to_source(data: bytes) -> str:
    """The document's paragraphs as Markdown (heading styles) or plain text (no heading style)."""
    import docx

    check_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds on a broken package
        raise InvalidInput(f"the Word document cannot be read: {exc}") from None
    # style id -> name, read once: python-docx's `paragraph.style` searches the styles at each call
    names = {style.style_id: (style.name or "").lower() for style in document.styles}
    lines: list[tuple[int, str]] = []  # (heading level, 0 for a paragraph; -1 for the title)
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        name = names.get(paragraph._p.style or "", "normal")
        if not text or name in SKIPPED_STYLES:
            continue
        if name in TITLE_STYLES:
            lines.append((-1, text))
        elif name.startswith(HEADING_PREFIXES) and name.rsplit(" ", 1)[-1].isdigit():
            lines.append((min(int(name.rsplit(" ", 1)[-1]), 5), text))
        else:
            lines.append((0, text))
    styled = any(level > 0 for level, _ in lines)
    blocks = []
    for level, text in lines:
        if level == -1:
            blocks.append(f"# {text}")
        elif level > 0 and styled:
            blocks.append(f"{'#' * (level + 1)} {text}")
        else:
            blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def parse(source: str) -> BillTree:
    """A bill from a .docx file sent as base64 (the API's `source`, or the file the CLI read)."""
    try:
        data = base64.b64decode(source.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("a docx source is the file's bytes in base64; this is not base64") from None
    return parse_bytes(data)


def parse_bytes(data: bytes) -> BillTree:
    return parse_text(to_source(data))
