"""Citizens' Markdown rendered to safe HTML, plain excerpts and the size limit."""

from __future__ import annotations

import re

import pytest

from drafting.domain.errors import InvalidInput
from drafting.domain.richtext import MAX_MARKDOWN, check_markdown, plain_excerpt, render_budget, render_markdown

ATTACKS = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "<IMG SRC=x ONERROR=alert(1)>",
    '<svg onload="alert(1)"></svg>',
    '<a href="javascript:alert(1)">clic</a>',
    "<iframe src='https://evil.example'></iframe>",
    "<style>body{display:none}</style>",
    "<!-- <script>alert(1)</script> -->",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_raw_html_is_shown_as_text_never_run(attack: str) -> None:
    html = render_markdown(f"Avant {attack} après\n\n{attack}")
    assert not re.search(r"<(script|img|svg|iframe|style)\b", html, re.IGNORECASE)
    assert not re.search(r"\son\w+\s*=", html.replace("&lt;", "").split(">", 1)[0])  # no live handler
    assert "&lt;" in html  # the markup is there, escaped, for the reader to see
    assert "<a " not in html or "javascript" not in html.split("<a ", 1)[1].split(">", 1)[0]


def test_images_become_links_and_links_are_marked_user_generated() -> None:
    html = render_markdown("![affiche](https://example.org/a.png) et [le texte](https://example.org/loi)")
    assert "<img" not in html
    assert '<a href="https://example.org/loi" rel="nofollow noopener ugc">le texte</a>' in html
    assert 'href="https://example.org/a.png"' in html


@pytest.mark.parametrize(
    "link",
    [
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](vbscript:msgbox(1))",
        "[clic](data:text/html;base64,PHNjcmlwdD4=)",
        "[clic](/admin/delete)",
        "[clic](//evil.example/x)",
        "[clic](ftp://example.org/f)",
        "<javascript:alert(1)>",
    ],
)
def test_only_http_https_and_mailto_links_survive(link: str) -> None:
    html = render_markdown(f"Voir {link} ici")
    assert "href" not in html
    assert "clic" in html or "alert" in html  # the text stays


def test_mailto_links_survive() -> None:
    html = render_markdown("Écrire à <mailto:rapporteur@assemblee.example>")
    assert 'href="mailto:rapporteur@assemblee.example"' in html


def test_markdown_renders() -> None:
    html = render_markdown(
        "# Titre\n\nUn *accent* et du **gras**, ~~barré~~, `code`.\n\n"
        "- premier\n- second\n\n3. trois\n4. quatre\n\n> cité\n\n```\nbloc\n```\n\n"
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n"
    )
    for fragment in [
        "<h3>Titre</h3>",
        "<em>accent</em>",
        "<strong>gras</strong>",
        "<s>barré</s>",
        "<code>code</code>",
        "<ul>\n<li>premier</li>",
        '<ol start="3">',
        "<blockquote>",
        "<pre><code>bloc\n</code></pre>",
    ]:
        assert fragment in html


def test_tables_are_text_not_markup() -> None:
    # a 6 KB table rendered 742 KB of cells; and its alignment needs inline style, which the CSP forbids
    table = "| a | b |\n|:--|--:|\n" + "| 1 | 2 |\n" * 600
    html = render_markdown(table)
    assert "<table" not in html and "<td" not in html and "style=" not in html
    assert len(html) < 2 * len(table)
    assert check_markdown(table) == table.strip()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("> " * 9 + "cité", "9 levels deep"),
        ("- " * 9 + "liste", "9 levels deep"),
        ("1. > - " * 3 + "mêlé", "9 levels deep"),
        ("> " * 5_000 + "cité", "levels deep"),
        ("[lien](https://a.example) " * 51, "51 links"),
    ],
)
def test_markdown_beyond_the_limits_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidInput, match=reason):
        check_markdown(text)


def test_markdown_within_the_limits_is_accepted() -> None:
    for text in ["> " * 8 + "cité", "- " * 8 + "liste", "[lien](https://a.example) " * 50, "> a\n\n" * 3000]:
        assert check_markdown(text)


def test_a_text_rendering_beyond_its_budget_is_refused_and_shown_plain() -> None:
    # quotes 19 deep: 2 characters of source, 27 of HTML each; stored before the limits, such a text
    # is shown as plain paragraphs, within the budget
    text = ("> " * 19 + "a\n\n") * 300
    with pytest.raises(InvalidInput):
        check_markdown(text)
    html = render_markdown(text)
    assert len(html) <= render_budget(text) and "<blockquote>" not in html
    assert html.startswith("<p>&gt; &gt; ")


def test_a_typed_newline_is_a_line_break() -> None:
    assert render_markdown("ligne un\nligne deux") == "<p>ligne un<br>\nligne deux</p>\n"


def test_french_typography_survives_unchanged() -> None:
    text = "L\u2019article\u00a02 dispose\u00a0: «\u00a0le représentant de l\u2019État\u00a0» — c\u2019est dit\u202f!"
    assert render_markdown(text) == f"<p>{text}</p>\n"
    assert plain_excerpt(text) == text
    # a typed entity stays the text it stands for; an escaped one stays escaped
    assert render_markdown("a&nbsp;b &amp;nbsp;") == "<p>a\u00a0b &amp;nbsp;</p>\n"


def test_plain_excerpt_is_one_line_of_text() -> None:
    source = "## Objet\n\nCet amendement **supprime** le [délai](https://x.example) de\ndeux mois.\n\n- un\n- deux"
    assert plain_excerpt(source) == "Objet Cet amendement supprime le délai de deux mois. un deux"
    long = "mot " * 100
    excerpt = plain_excerpt(long, limit=30)
    assert len(excerpt) <= 30 and excerpt.endswith("mot…")
    assert plain_excerpt("<script>x</script>") == "<script>x</script>"  # plain text: escape where used
    assert plain_excerpt("") == ""


def test_check_markdown_limits() -> None:
    assert check_markdown("  Bonjour\r\n") == "Bonjour"
    assert check_markdown("é" * MAX_MARKDOWN) == "é" * MAX_MARKDOWN
    with pytest.raises(InvalidInput, match="empty"):
        check_markdown(" \n\t ")
    with pytest.raises(InvalidInput, match=f"{MAX_MARKDOWN + 1} characters, more than the {MAX_MARKDOWN}"):
        check_markdown("é" * (MAX_MARKDOWN + 1))
