"""The JSON form of bill trees, shared by the API, the CLI and exports of open data.

Every node carries eid, kind, num and heading; an article also carries its alinéas and `text`.
"""

from __future__ import annotations

from typing import Any

from drafting.domain.tree import Article, BillTree, Node


def node_json(node: Node) -> dict[str, Any]:
    base: dict[str, Any] = {"eid": node.eid, "kind": node.kind, "num": node.num, "heading": node.heading}
    if isinstance(node, Article):
        return {**base, "alineas": list(node.alineas), "text": node.text}
    return {**base, "children": [node_json(c) for c in node.children]}


def tree_json(tree: BillTree) -> dict[str, Any]:
    return {"title": tree.title, "children": [node_json(n) for n in tree.children]}


def article_json(article: Article, path: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {**node_json(article), "path": path or []}
