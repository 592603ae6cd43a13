"""Printed documents: HTML written for paper (print/*.html templates) drawn as PDF by WeasyPrint.

Text stays text (no images), with no automatic hyphenation and no ligatures, so a reader's copy and
paste, a screen reader and a text extraction find the words as written.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from importlib import metadata
from typing import Any

from jinja2 import Environment, PackageLoader, Template
from markupsafe import Markup, escape

from drafting.domain.errors import Unavailable
from drafting.domain.tree import BillTree
from drafting.formats import ExportMeta
from drafting.formats.layout import blocks, title_page, trace_lines, words

# A line may break after a hyphen, a dash or a slash inside a word (`covid-19`, `L. 3131-1`,
# `2015–2016`, `et/ou`); the extracted text would then read `covid- 19`. In running text a WORD JOINER
# (U+2060) after each such character forbids that break: it draws nothing and maps to no character, so
# copy and paste and text extraction read the word as written. It used to be a `white-space: nowrap`
# span around each such word, one more box to style and lay out each time: 10 % of a code's CPU time.
# Headings keep the span: WeasyPrint names the PDF's bookmarks after their text, joiner included.
_BREAK_AFTER = re.compile("([-‐–/])(?=\\S)")
_WORD_JOINER = "\u2060"
_SPACES = re.compile(r"(\s+)")
_BREAKERS = frozenset("-‐–/")


def keep_words(text: str | None) -> Markup:
    """Escaped text in which no word holding a hyphen, a dash or a slash can be split at a line's end."""
    if not text:
        return Markup("")
    return Markup(_BREAK_AFTER.sub(r"\1" + _WORD_JOINER, str(escape(text))))


def keep_heading(text: str | None) -> Markup:
    """The same for a heading, whose text is also its bookmark's: each such word in a nowrap span."""
    if not text:
        return Markup("")
    parts = []
    for part in _SPACES.split(text):
        if _BREAKERS.isdisjoint(part):
            parts.append(escape(part))
        else:
            parts.append(Markup('<span class="word">{}</span>').format(part))
    return Markup("").join(parts)


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("drafting", "web/templates"), autoescape=True)
    env.filters["keep"] = keep_words
    env.filters["keep_heading"] = keep_heading
    return env


def template(name: str) -> Template:
    return _environment().get_template(f"print/{name}.html")


def render(html: str) -> bytes:
    """The PDF of a print page; WeasyPrint is imported on first use (it loads pango)."""
    try:
        from weasyprint import HTML
    except OSError as exc:  # pango is a system library: `pip install` cannot bring it
        raise Unavailable(
            "PDF needs the pango library, which this machine lacks "
            f"(Debian: apt install libpango-1.0-0 libpangoft2-1.0-0): {exc}"
        ) from exc
    pdf: bytes = HTML(string=html).write_pdf()
    return pdf


def fingerprint(html: str) -> str:
    """What the PDF of `html` is made from, as a SHA-256: the HTML and the WeasyPrint drawing it."""
    return hashlib.sha256(f"weasyprint {metadata.version('weasyprint')}\n{html}".encode()).hexdigest()


def page_html(tree: BillTree, meta: ExportMeta) -> str:
    page = title_page(tree, meta)
    context: dict[str, Any] = {
        "lang": page.language,
        "doc_title": f"{page.title} — {page.version}",
        "author": meta.author,
        "words": words(meta),
        "page": page,
        "blocks": blocks(tree, meta),
        "trace": trace_lines(meta),
    }
    return template("bill").render(**context)


def to_pdf(tree: BillTree, meta: ExportMeta) -> bytes:
    return render(page_html(tree, meta))
