"""The liasse d'amendements as HTML, PDF, DOCX and CSV (one row per amendment).

Each amendment shows its number, author, article, redline (struck / bold underlined words), the
amending instruction in legislative style, its justification, and the decision with its reason.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from drafting.formats import ExportMeta, docx_export, pdf
from drafting.formats.layout import cover, long_date, words


@dataclass(frozen=True, slots=True)
class Entry:
    number: int  # n° in the bill, as Parliament numbers amendments
    label: str  # `n° 3`, `n° 3 rect.`
    author: str
    article: str  # `Article 3`, `Article additionnel après l'article 3`
    kind: str
    status: str
    diff: list[tuple[str, str]]
    base_text: str
    text: str
    instruction: str | None
    justification: str
    decision_by: str | None
    decision_reason: str | None
    decided_at: datetime | None
    support: int


@dataclass(frozen=True, slots=True)
class Liasse:
    title: str
    meta: ExportMeta
    status: str | None
    article: str | None
    entries: list[Entry]


STATUS = {
    "fr": {
        "submitted": "En attente de décision",
        "accepted": "Adopté",
        "rejected": "Rejeté",
        "withdrawn": "Retiré",
        "fallen": "Tombé",
    },
    "en": {
        "submitted": "Awaiting a decision",
        "accepted": "Accepted",
        "rejected": "Rejected",
        "withdrawn": "Withdrawn",
        "fallen": "Fell",
    },
}
WORDS = {
    "fr": {
        "heading": "Liasse d’amendements",
        "number": "Amendement",
        "by": "présenté par",
        "instruction": "Dispositif",
        "redline": "Texte modifié",
        "justification": "Exposé des motifs",
        "decision": "Décision",
        "on": "le",
        "count": "{n} amendements",
        "count_one": "{n} amendement",
        "filtered": "Filtre :",
        "none": "Aucun amendement ne répond à ces critères.",
    },
    "en": {
        "heading": "Amendments",
        "number": "Amendment",
        "by": "by",
        "instruction": "Instruction",
        "redline": "Text as changed",
        "justification": "Justification",
        "decision": "Decision",
        "on": "on",
        "count": "{n} amendments",
        "count_one": "{n} amendment",
        "filtered": "Filter:",
        "none": "No amendment matches.",
    },
}
CSV_COLUMNS = (
    "numero",
    "libelle",
    "auteur",
    "article",
    "type",
    "statut",
    "dispositif",
    "texte_avant",
    "texte_propose",
    "expose_des_motifs",
    "decision_par",
    "decision_motif",
    "decision_le",
    "soutiens",
)


def _language(liasse: Liasse) -> str:
    return "fr" if (liasse.meta.language or "fr").startswith("fr") else "en"


def _words(liasse: Liasse) -> dict[str, str]:
    return {**words(liasse.meta), **WORDS[_language(liasse)]}


def status_label(liasse: Liasse, entry: Entry) -> str:
    return STATUS[_language(liasse)].get(entry.status, entry.status)


def decision_line(liasse: Liasse, entry: Entry) -> str:
    """`Rejeté le 3 décembre 2026 (Rapporteure) : motif`, or the status alone while pending."""
    line = status_label(liasse, entry)
    if entry.decided_at is not None:
        line += f" {_words(liasse)['on']} {long_date(entry.decided_at, _language(liasse))}"
    if entry.decision_by:
        line += f" ({entry.decision_by})"
    if entry.decision_reason:
        line += f"{' :' if _language(liasse) == 'fr' else ':'} {entry.decision_reason}"
    return line


def count_line(liasse: Liasse) -> str:
    """« 1 amendement », « 0 amendement » (French puts 0 and 1 in the singular), « 12 amendements »."""
    n = len(liasse.entries)
    one = n == 1 if _language(liasse) == "en" else n < 2
    return _words(liasse)["count_one" if one else "count"].format(n=n)


# a liasse filtered on a status says so in words: « Filtre : adoptés, article 7 »
FILTERED = {
    "fr": {"submitted": "en attente", "accepted": "adoptés", "rejected": "rejetés", "withdrawn": "retirés",
           "fallen": "tombés"},
    "en": {"submitted": "pending", "accepted": "accepted", "rejected": "rejected", "withdrawn": "withdrawn",
           "fallen": "fell"},
}  # fmt: skip


def filters(liasse: Liasse) -> str:
    """The filters the liasse was made with, in its language (the article as named: « Article 7 »)."""
    lang = _language(liasse)
    parts = [FILTERED[lang].get(liasse.status, liasse.status)] if liasse.status else []
    if liasse.article:
        parts.append(liasse.article[:1].lower() + liasse.article[1:] if lang == "fr" else liasse.article)
    return ", ".join(parts)


def to_html(liasse: Liasse) -> str:
    page = cover(liasse.title, liasse.meta)
    context: dict[str, Any] = {
        "lang": _language(liasse),
        "doc_title": f"{liasse.title} — {_words(liasse)['heading']}",
        "author": None,
        "words": _words(liasse),
        "page": page,
        "l": liasse,
        "status_label": status_label,
        "decision_line": decision_line,
        "filters": filters(liasse),
        "count_line": count_line(liasse),
    }
    return pdf.template("liasse").render(**context)


def to_pdf(liasse: Liasse) -> bytes:
    return pdf.render(to_html(liasse))


def to_docx(liasse: Liasse) -> bytes:
    w = _words(liasse)
    document = docx_export.new_document(_language(liasse))
    document.core_properties.title = liasse.title
    document.core_properties.subject = w["heading"]
    document.add_paragraph(liasse.title, style="Title")
    page = cover(liasse.title, liasse.meta)
    for line in (w["heading"], page.version, count_line(liasse)):
        document.add_paragraph(line, style=docx_export.META_STYLE)
    if filters(liasse):
        document.add_paragraph(f"{w['filtered']} {filters(liasse)}", style=docx_export.META_STYLE)
    for entry in liasse.entries:
        document.add_heading(f"{w['number']} {entry.label} — {entry.article}", level=1)
        document.add_paragraph(f"{w['by']} {entry.author}" if entry.author else "", style=docx_export.META_STYLE)
        if entry.instruction:
            document.add_heading(w["instruction"], level=2)
            for line in entry.instruction.split("\n"):
                document.add_paragraph(line)
        if entry.diff:
            document.add_heading(w["redline"], level=2)
            _redline(document, entry)
        if entry.justification:
            document.add_heading(w["justification"], level=2)
            for line in entry.justification.split("\n"):
                if line.strip():
                    document.add_paragraph(line)
        document.add_heading(w["decision"], level=2)
        document.add_paragraph(decision_line(liasse, entry))
    docx_export.add_page_numbers(document, liasse.meta)
    document.sections[0].different_first_page_header_footer = False
    return docx_export.save(document)


def _redline(document: Any, entry: Entry) -> None:
    paragraph = document.add_paragraph()
    for op, text in entry.diff:
        for i, piece in enumerate(text.split("\n")):
            if i:
                paragraph = document.add_paragraph()
            if not piece:
                continue
            run = paragraph.add_run(piece)
            run.font.strike = op == "-"
            run.font.bold = run.font.underline = op == "+"


def to_csv(liasse: Liasse) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in liasse.entries:
        writer.writerow(
            [
                e.number,
                e.label,
                e.author,
                e.article,
                e.kind,
                status_label(liasse, e),
                e.instruction or "",
                e.base_text,
                e.text,
                e.justification,
                e.decision_by or "",
                e.decision_reason or "",
                e.decided_at.isoformat() if e.decided_at else "",
                e.support,
            ]
        )
    return out.getvalue()


def to_akn(liasse: Liasse) -> str:
    from drafting.formats.akn_amendments import to_collection_akn

    return to_collection_akn(liasse)


RENDERERS: dict[str, Callable[[Liasse], str | bytes]] = {
    "html": to_html,
    "pdf": to_pdf,
    "docx": to_docx,
    "csv": to_csv,
    "akn": to_akn,
}
