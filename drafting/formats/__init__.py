"""Import and export formats, one module each, registered by name.

An importer turns source text into a `BillTree` with fresh stable ids; an exporter turns one
version of a bill into text or bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from drafting.domain.errors import InvalidInput
from drafting.domain.tree import BillTree


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


Importer = Callable[[str], BillTree]
Exporter = Callable[[BillTree, ExportMeta], str]

MEDIA_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "akn": "application/akn+xml",
}


def importer(name: str) -> Importer:
    from drafting.formats import akn, markdown

    table: dict[str, Importer] = {
        "markdown": markdown.parse,
        "md": markdown.parse,
        "text": markdown.parse,
        "txt": markdown.parse,
        "akn": akn.parse,
        "xml": akn.parse,
    }
    try:
        return table[name]
    except KeyError:
        raise InvalidInput(f"unknown import format {name!r}; expected one of markdown, text, akn") from None


def exporter(name: str) -> Exporter:
    from drafting.formats import akn, html, markdown

    table: dict[str, Exporter] = {
        "txt": markdown.to_text,
        "md": markdown.to_markdown,
        "html": html.to_html,
        "akn": akn.to_akn,
    }
    try:
        return table[name]
    except KeyError:
        raise InvalidInput(f"unknown export format {name!r}; expected one of txt, md, html, akn") from None


def guess_format(filename: str, source: str) -> str:
    lowered = filename.lower()
    if lowered.endswith((".xml", ".akn")) or source.lstrip().startswith("<"):
        return "akn"
    return "markdown"
