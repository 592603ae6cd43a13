"""Citizens' rich text (comments, arguments, justifications): CommonMark in, safe HTML out.

Two locks: markdown-it renders with raw HTML off (a typed `<script>` is shown as text), images off
(`![x](url)` becomes a link: no tracking pixels in comments), links other than http, https and mailto
left as their text; then nh3 keeps only an explicit allowlist of tags and attributes, as if the first
lock were broken. Headings are moved down to h3-h6 so a comment never outranks the page's own titles.

Bounded work: no tables (a 6 KB table rendered 742 KB of HTML), at most MAX_NESTING levels of quotes
and lists and MAX_LINKS links, and the HTML at most RENDER_FACTOR times the source (plus a little);
`check_markdown` refuses a text beyond these before it is stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

from drafting.domain.errors import InvalidInput

MAX_MARKDOWN = 20_000  # characters (code points) of source
MAX_NESTING = 8  # quotes and lists inside one another
MAX_LINKS = 50
RENDER_FACTOR = 10  # ordinary writing renders 1 to 7 times its length; `> a` paragraphs are the most
RENDER_SLACK = 2_000

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "em", "strong", "del", "s", "code", "pre", "blockquote", "a",
        "ul", "ol", "li", "h3", "h4", "h5", "h6",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener ugc"

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_SPACES = re.compile(r"[ \t\r\n]+")  # not no-break spaces: French typography stays


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True, "typographer": False})
    # a newline typed in a comment is a line break ("breaks"), as people expect from a text box
    # no tables: their cells multiply a few pipes into much HTML, and their alignment needs inline style
    return md.enable(["strikethrough"]).disable("image")


_MD = _parser()


def check_markdown(source: str, field: str = "body") -> str:
    """`source` with its line endings normalised and ends stripped, if it is neither empty nor too long;
    a refusal names the `field` it is about in its details (a form shows it next to that field)."""
    text = source.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InvalidInput("the text is empty: write something before sending", field=field)
    if len(text) > MAX_MARKDOWN:
        raise InvalidInput(
            f"the text has {len(text)} characters, more than the {MAX_MARKDOWN} allowed: "
            "shorten it or split it into several contributions",
            length=len(text),
            limit=MAX_MARKDOWN,
            field=field,
        )
    tokens = _MD.parse(text)
    if (depth := _nesting(tokens)) > MAX_NESTING:
        raise InvalidInput(
            f"the text nests quotes or lists {depth} levels deep; at most {MAX_NESTING} are allowed",
            limit=MAX_NESTING,
            field=field,
        )
    links = sum(child.type == "link_open" for token in tokens for child in token.children or ())
    if links > MAX_LINKS:
        raise InvalidInput(f"the text has {links} links; at most {MAX_LINKS} are allowed", limit=MAX_LINKS, field=field)
    if len(_render(tokens)) > render_budget(text):
        raise InvalidInput(
            "the text would make too large a page once formatted: use less formatting, or split it",
            limit=render_budget(text),
            field=field,
        )
    return text


def _nesting(tokens: list[Token]) -> int:
    """How deep quotes and lists go inside one another (markdown-it stops reading at 20)."""
    depth = deepest = 0
    for token in tokens:
        if token.type in _CONTAINERS:
            depth += token.nesting
            deepest = max(deepest, depth)
    return deepest


_CONTAINERS = {f"{kind}_{end}" for kind in ("blockquote", "bullet_list", "ordered_list") for end in ("open", "close")}


def render_budget(source: str) -> int:
    """The most HTML characters a text of this length may render to."""
    return RENDER_FACTOR * len(source) + RENDER_SLACK


def render_markdown(source: str) -> str:
    """Safe HTML for a Markdown text; typography (« », no-break spaces, apostrophes) is left as typed.
    A text stored before the limits that renders beyond its budget is shown as plain paragraphs."""
    html = _render(_MD.parse(source))
    if len(html) > render_budget(source):
        paragraphs = (escape(block).replace("\n", "<br>\n") for block in source.split("\n\n") if block.strip())
        return "\n".join(f"<p>{block}</p>" for block in paragraphs)
    return html


def _render(tokens: list[Token]) -> str:
    for token in tokens:
        if token.type == "heading_open" or token.type == "heading_close":
            token.tag = f"h{min(6, int(token.tag[1]) + 2)}"
        if token.children:
            token.children = _without_unsafe_links(token.children)
    html = _MD.renderer.render(tokens, _MD.options, {})
    clean = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        url_relative="deny",
        link_rel=LINK_REL,
        strip_comments=True,
    )
    # nh3 writes U+00A0 as an entity; the character itself is the same text and keeps the source's form
    return clean.replace("&nbsp;", "\u00a0")


def _without_unsafe_links(children: Sequence[Token]) -> list[Token]:
    """Inline tokens with links to anything but http(s) and mailto turned into their plain text."""
    out: list[Token] = []
    dropped = 0  # link_open tokens dropped and not yet closed; links do not nest in CommonMark
    for token in children:
        if token.type == "link_open" and not _safe_url(str(token.attrGet("href") or "")):
            dropped += 1
            continue
        if token.type == "link_close" and dropped:
            dropped -= 1
            continue
        out.append(token)
    return out


def _safe_url(url: str) -> bool:
    scheme = _SCHEME.match(url.strip())
    return scheme is not None and scheme[1].lower() in URL_SCHEMES


def plain_excerpt(source: str, limit: int = 200) -> str:
    """The first `limit` characters of a Markdown text as one line of plain text, cut at a word with "…".

    Plain text, not HTML: escape it wherever it is put into HTML.
    """
    parts: list[str] = []
    for token in _MD.parse(source):
        if token.type == "inline":
            parts.extend(
                child.content if child.type in {"text", "code_inline"} else " "
                for child in token.children or ()
                if child.type in {"text", "code_inline", "softbreak", "hardbreak"}
            )
            parts.append(" ")
        elif token.type in {"fence", "code_block"}:
            parts.extend((token.content, " "))
    text = _SPACES.sub(" ", "".join(parts)).strip()
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.\u00a0") + "…"
