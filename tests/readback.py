"""Read exported documents back as a user's tools would: python-docx, odfdo, and pypdf's text."""

from __future__ import annotations

from io import BytesIO

import docx
import odfdo
import pypdf


def normalise(text: str) -> str:
    return " ".join(text.split())


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph."""
    document = docx.Document(BytesIO(data))
    return [(p.style.name if p.style is not None else "", p.text) for p in document.paragraphs]


def docx_footer(data: bytes) -> tuple[str, bool]:
    """The footer's XML, and whether the first page (the title page) has a footer of its own."""
    section = docx.Document(BytesIO(data)).sections[0]
    return str(section.footer._element.xml), bool(section.different_first_page_header_footer)


def odt_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(tag and style, text) of every body paragraph and heading, page breaks left out."""
    document = odfdo.Document(BytesIO(data))
    out = []
    for element in document.body.children:
        if element.tag in ("text:p", "text:h") and element.style != "odfdopagebreak":
            out.append((f"{element.tag}:{element.style}", element.inner_text))
    return out


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(BytesIO(data)).pages]


def pdf_body(data: bytes, page_word: str = "Page", of: str = "sur") -> str:
    """The text of every page after the title page, each page's `Page N sur M` footer checked and
    taken off, whitespace normalised."""
    pages = pdf_pages(data)
    body = []
    for number, text in enumerate(pages[1:], start=2):
        footer = f"{page_word} {number} {of} {len(pages)}"
        assert text.rstrip().endswith(footer), f"page {number} ends {text[-60:]!r}"
        body.append(text.rstrip()[: -len(footer)])
    return normalise(" ".join(body))


def text_of(body: str) -> str:
    """A version's PDF body without the trace (« Historique des modifications ») printed after its text."""
    return body.split(" Historique des modifications ")[0]
