"""The liasse d'amendements: every public amendment of a bill, with its decision, for a document.

It reads through the same public listing as `GET /api/bills/{bill}/amendments` for a visitor (no
drafts), and leaves out the amendments moderation hid, so a printed bundle never shows more than the
site does.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from drafting.domain.errors import NotFound
from drafting.domain.tree import Article, BillTree
from drafting.formats.layout import xml_text as x  # Word files are XML: no control characters
from drafting.formats.liasse import Entry, Liasse
from drafting.services.views.amendments import AmendmentListItem, TransitionView

if TYPE_CHECKING:
    from drafting.bootstrap import Services

DECISIONS = ("accepted", "rejected", "withdrawn", "fallen")
PAGE = 200


def _article_label(item: AmendmentListItem, tree: BillTree) -> str:
    def num(eid: str | None) -> str | None:
        node = tree.find(eid) if eid else None
        return node.num if isinstance(node, Article) else None

    if item["kind"] == "insert":
        after = num(item["after"])
        new = f"Article {item['num']} (nouveau)" if item["num"] else "Article additionnel"
        return f"{new} après l’article {after}" if after else new
    found = num(item["article"])
    return f"Article {found}" if found else item["article"]


def _decision(history: list[TransitionView]) -> TransitionView | None:
    closing = [step for step in history if step["to"] in DECISIONS]
    return closing[-1] if closing else None


def _in_text_order(items: list[AmendmentListItem], tree: BillTree) -> list[AmendmentListItem]:
    """In the order of the text, as a liasse is called in a sitting: by article, a new article
    after the one it follows, then by number; amendments on articles since removed come last."""
    position = {node.eid: i for i, (node, _) in enumerate(tree.walk())}
    end = len(position)

    def key(item: AmendmentListItem) -> tuple[int, int, int]:
        insert = item["kind"] == "insert"
        # a new article opening a division has no "after": it is placed with those on removed articles
        place = position.get((item["after"] if insert else item["article"]) or "", end)
        return place, int(insert), item["number"]

    return sorted(items, key=key)


def public_items(
    services: Services, bill_ref: str | int, status: str | None, article: str | None
) -> list[AmendmentListItem]:
    """The amendments a visitor sees in the API listing, hidden ones left out."""
    items: list[AmendmentListItem] = []
    page: int | None = 1
    while page is not None:
        found = services.amendments.listing(
            None, bill_ref, article=article, status=status, sort="date", page=page, per_page=PAGE
        )
        items += [item for item in found["items"] if not item["hidden"] and item["status"] != "draft"]
        page = found["next_page"]
    return items


def _entry(item: AmendmentListItem, history: list[TransitionView], tree: BillTree, language: str) -> Entry:
    decision = _decision(history)
    instruction = item["instruction"]
    return Entry(
        number=item["number"],
        label=item["label"],
        author=x(item["author"] or ""),
        article=x(_article_label(item, tree)),
        kind=item["kind"],
        status=item["status"],
        diff=[(op, x(text)) for op, text in item["diff"] or []],
        base_text=x(item["base_text"] or ""),
        text=x(item["text"] or ""),
        instruction=x(instruction["fr" if language.startswith("fr") else "en"]) if instruction else None,
        justification=x(item["justification"] or ""),
        decision_by=x(decision["by"] or "") if decision else None,
        decision_reason=x(decision["reason"] or "") if decision else None,
        decided_at=datetime.fromisoformat(decision["at"]) if decision else None,
        support=item["support"] or 0,
    )


def liasse(services: Services, bill_ref: str | int, status: str | None, article: str | None) -> Liasse:
    tree, meta = services.bills.document(bill_ref, None)
    entries = []
    for item in _in_text_order(public_items(services, bill_ref, status, article), tree):
        history = services.amendments.get(None, item["id"])["history"]
        entries.append(_entry(item, history, tree, meta.language))
    return Liasse(x(tree.title), meta, status, _article_name(tree, article), entries)


def _article_name(tree: BillTree, eid: str | None) -> str | None:
    """The article a liasse is filtered on, as the document names it (« Article 7 »), not its id."""
    node = tree.find(eid) if eid else None
    return f"Article {node.num}" if isinstance(node, Article) else eid


def single(services: Services, amendment_id: int) -> Liasse:
    """One amendment as a visitor may see it, as a liasse of one; a draft or a hidden one is not found."""
    item = services.amendments.get(None, amendment_id)  # NotFound for someone else's draft
    if item["hidden"]:
        raise NotFound(f"no amendment {amendment_id}")
    tree, meta = services.bills.document(item["bill"], None)
    return Liasse(x(tree.title), meta, None, None, [_entry(item, item["history"], tree, meta.language)])
