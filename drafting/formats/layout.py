"""What a printed document of one version holds, in reading order, whatever the file format: a title
page (title, version, date, hash) then one heading per node and one paragraph per alinéa.

DOCX, ODT and PDF are drawn from the same blocks, so they say the same thing and a test can compare
any of them with `version_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from drafting.domain.tree import Article, BillTree
from drafting.formats import ExportMeta
from drafting.formats.markdown import article_word, label

if TYPE_CHECKING:
    from drafting.formats.trace import Line

_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_EN = "January February March April May June July August September October November December"
MONTHS = {"fr": _FR.split(" "), "en": _EN.split(" ")}
WORDS = {
    "fr": {"version": "Version", "hash": "Empreinte SHA-256", "page": "Page", "of": "sur"},
    "en": {"version": "Version", "hash": "SHA-256 content hash", "page": "Page", "of": "of"},
}


# Characters XML 1.0 cannot carry (control characters a pasted text may hold): Word and ODT files
# are XML, and lxml refuses the whole document for one of them. They are invisible: dropped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


@dataclass(frozen=True, slots=True)
class Block:
    """A heading (`level` 1 for top divisions, deeper for nested nodes) or an alinéa (`level` 0)."""

    text: str
    level: int
    eid: str
    is_article: bool = False


@dataclass(frozen=True, slots=True)
class TitlePage:
    title: str
    version: str  # `Version 3 — Texte de la commission`
    date: str  # `22 mars 2020`
    hash_line: str  # `Empreinte SHA-256 : ab…`
    language: str


def words(meta: ExportMeta) -> dict[str, str]:
    return WORDS.get(_lang(meta), WORDS["en"])


def _lang(meta: ExportMeta) -> str:
    return (meta.language or "fr").split("-")[0].lower()


def long_date(moment: datetime, language: str) -> str:
    """`22 mars 2020` in French (`1er mars`), `March 22, 2020` in English."""
    if language == "en":
        return f"{MONTHS['en'][moment.month - 1]} {moment.day}, {moment.year}"
    day = "1er" if moment.day == 1 else str(moment.day)
    return f"{day} {MONTHS['fr'][moment.month - 1]} {moment.year}"


def title_page(tree: BillTree, meta: ExportMeta) -> TitlePage:
    return cover(tree.title, meta)


def cover(title: str, meta: ExportMeta) -> TitlePage:
    """The title page of any document about one version of a bill."""
    w = words(meta)
    version = f"{w['version']} {meta.version}" + (f" — {meta.label}" if meta.label else "")
    language = _lang(meta)
    separator = " : " if language == "fr" else ": "
    return TitlePage(
        title=xml_text(title or meta.bill_slug),
        version=xml_text(version),
        date=long_date(meta.created_at, language),
        hash_line=f"{w['hash']}{separator}{meta.content_hash}",
        language=language,
    )


def blocks(tree: BillTree, meta: ExportMeta) -> list[Block]:
    word = article_word(tree, meta)
    out: list[Block] = []
    for node, ancestors in tree.walk():
        is_article = isinstance(node, Article)
        out.append(Block(xml_text(label(node, word)), min(len(ancestors) + 1, 8), node.eid, is_article))
        if isinstance(node, Article):
            out.extend(Block(xml_text(alinea), 0, node.eid) for alinea in node.alineas)
    return out


def version_text(tree: BillTree, meta: ExportMeta) -> list[str]:
    """The body of every document, as lines: what a reader of the export must find, in order."""
    return [block.text for block in blocks(tree, meta)]


def trace_lines(meta: ExportMeta) -> list[Line]:
    """The trace's paragraphs (`formats.trace`), none when the export carries no trace."""
    if meta.trace is None:
        return []
    from drafting.formats.trace import lines

    return lines(meta.trace, meta.version, meta.language)


def file_stem(meta: ExportMeta) -> str:
    return f"{meta.bill_slug}-v{meta.version}"
