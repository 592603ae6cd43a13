"""The JSON form of bill trees, shared by the API, the CLI and exports of open data.

Every node carries eid, kind, num and heading; an article also carries its alinéas and `text`.
"""

from __future__ import annotations

from typing import TypedDict

from drafting.domain.tree import Article, BillTree, Division, Node


class NodeJson(TypedDict):
    """What every node says of itself; alone, a step of an article's `path` (its divisions)."""

    eid: str
    kind: str
    num: str
    heading: str | None


class ArticleJson(NodeJson):
    alineas: list[str]
    text: str


class DivisionJson(NodeJson):
    children: list[ArticleJson | DivisionJson]


class TreeJson(TypedDict):
    title: str
    children: list[ArticleJson | DivisionJson]


class PlacedArticleJson(ArticleJson):
    """An article with the divisions it sits in, outermost first."""

    path: list[NodeJson]


def node_base(node: Node) -> NodeJson:
    return {"eid": node.eid, "kind": node.kind, "num": node.num, "heading": node.heading}


def article_node_json(article: Article) -> ArticleJson:
    return {**node_base(article), "alineas": list(article.alineas), "text": article.text}


def node_json(node: Node) -> ArticleJson | DivisionJson:
    if isinstance(node, Article):
        return article_node_json(node)
    return division_json(node)


def division_json(division: Division) -> DivisionJson:
    return {**node_base(division), "children": [node_json(c) for c in division.children]}


def tree_json(tree: BillTree) -> TreeJson:
    return {"title": tree.title, "children": [node_json(n) for n in tree.children]}


def article_json(article: Article, path: list[NodeJson] | None = None) -> PlacedArticleJson:
    return {**article_node_json(article), "path": path or []}
