"""Import and export formats, one module each, registered by name.

An importer turns source text into a `BillTree` with fresh stable ids; an exporter turns one
version of a bill into text or bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import import_module
from typing import TYPE_CHECKING, Any

from drafting.domain.errors import InvalidInput
from drafting.domain.tree import BillTree

if TYPE_CHECKING:
    from drafting.formats.trace import Trace


@dataclass(frozen=True, slots=True)
class ExportMeta:
    """What an export says about the version it shows."""

    bill_id: int
    bill_slug: str
    version: int
    label: str
    created_at: datetime
    author: str
    content_hash: str
    language: str = "fr"
    bill_date: datetime | None = None  # when the bill was created: its Work date when it has no official one
    # who changed what up to this version, printed after the text (`formats.trace`); None: no trace
    trace: Trace | None = None


Importer = Callable[[str], BillTree]
Exporter = Callable[[BillTree, ExportMeta], str | bytes]

MEDIA_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "akn": "application/akn+xml",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}
# The file name extension of each export format.
EXTENSIONS = {"txt": "txt", "md": "md", "html": "html", "akn": "xml", "docx": "docx", "odt": "odt", "pdf": "pdf"}
BINARY = {"docx", "odt", "pdf"}


# name -> "module:function"; modules are imported on first use (lxml is only needed for akn).
IMPORTERS = {
    "markdown": "markdown:parse",
    "md": "markdown:parse",
    "text": "markdown:parse",
    "txt": "markdown:parse",
    "akn": "akn:parse",
    "xml": "akn:parse",
    "docx": "docx_import:parse",
}
EXPORTERS = {
    "txt": "markdown:to_text",
    "md": "markdown:to_markdown",
    "html": "html:to_html",
    "akn": "akn:to_akn",
    "docx": "docx_export:to_docx",
    "odt": "odt_export:to_odt",
    "pdf": "pdf:to_pdf",
}


def _load(target: str) -> Any:
    module, function = target.split(":")
    return getattr(import_module(f"drafting.formats.{module}"), function)


def importer(name: str) -> Importer:
    if name not in IMPORTERS:
        raise InvalidInput(f"unknown import format {name!r}; expected one of markdown, text, akn, docx")
    parse: Importer = _load(IMPORTERS[name])
    return parse


def exporter(name: str) -> Exporter:
    if name not in EXPORTERS:
        raise InvalidInput(f"unknown export format {name!r}; expected one of {', '.join(EXPORTERS)}")
    render: Exporter = _load(EXPORTERS[name])
    return render


def file_name(stem: str, fmt: str) -> str:
    """`<stem>.<ext>` with the stem reduced to letters, digits, `-` and `_` (a safe header value)."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-" for ch in stem).strip("-.")
    return f"{safe or 'document'}.{EXTENSIONS.get(fmt, fmt)}"


def disposition(name: str, fmt: str) -> str:
    """A Content-Disposition value: binary files are saved, text ones may be shown inline."""
    kind = "attachment" if fmt in BINARY or fmt == "csv" else "inline"
    return f'{kind}; filename="{name}"'


def guess_format(filename: str, source: str) -> str:
    lowered = filename.lower()
    if lowered.endswith((".docx", ".docm")):
        return "docx"
    if lowered.endswith((".xml", ".akn")) or source.lstrip().startswith("<"):
        return "akn"
    return "markdown"
