"""A standalone HTML5 page for one version of a bill: a table of contents, the text with an `id` per
node for links, and a footer that identifies the version (number, label, date, content hash).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, Template

from drafting.domain.tree import Article, BillTree, Node
from drafting.formats import ExportMeta
from drafting.formats.layout import trace_lines
from drafting.formats.markdown import LABELS, article_word

WORDS = {
    "fr": {"contents": "Sommaire", "version": "Version", "hash": "Empreinte SHA-256"},
    "en": {"contents": "Contents", "version": "Version", "hash": "SHA-256 content hash"},
}


@dataclass(frozen=True, slots=True)
class NodeView:
    """What the template needs of a node, so that it holds no logic about node kinds."""

    eid: str
    kind: str
    label: str
    heading: str | None
    level: int
    alineas: tuple[str, ...]
    children: tuple[NodeView, ...]


def _view(node: Node, depth: int, word: str) -> NodeView:
    if isinstance(node, Article):
        return NodeView(
            node.eid, node.kind, f"{word} {node.num}", node.heading, min(depth + 2, 6), node.alineas, ()
        )
    children = tuple(_view(child, depth + 1, word) for child in node.children)
    label = f"{LABELS.get(node.kind, node.kind.capitalize())} {node.num}"
    return NodeView(node.eid, node.kind, label, node.heading, min(depth + 2, 6), (), children)


@cache
def _template() -> Template:
    # Its own environment: the export is a standalone page, not one of the site's pages.
    env = Environment(loader=PackageLoader("drafting", "web/templates"), autoescape=True)
    return env.get_template("export.html")


def to_html(tree: BillTree, meta: ExportMeta) -> str:
    word = article_word(tree, meta)
    language = meta.language or "fr"
    return _template().render(
        tree=tree,
        meta=meta,
        lang=language,
        words=WORDS.get(language.split("-")[0].lower(), WORDS["en"]),
        nodes=[_view(node, 0, word) for node in tree.children],
        date=meta.created_at.strftime("%Y-%m-%d %H:%M"),
        trace=trace_lines(meta),
    )
