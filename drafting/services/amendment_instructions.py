"""An amendment proposed as instructions in legal French (« Alinéa 2 : Remplacer les mots … »): read
and applied to the article of its base version, it becomes an ordinary modify or delete proposal."""

from __future__ import annotations

from typing import Any

from drafting.domain import amending
from drafting.domain.errors import InvalidInput, NotFound
from drafting.domain.tree import Article, BillTree

MAX_INSTRUCTIONS = 100_000


def as_proposal(base_number: int, base: BillTree, body: dict[str, Any]) -> dict[str, Any]:
    """`body` with the text the instructions give: kind "modify", or "delete" when they delete the
    article. Instructions that cannot be read or applied are refused (422) saying where and why."""
    eid, instructions = body.get("article"), body.get("instructions")
    if not isinstance(eid, str) or not eid:
        raise InvalidInput('instructions amend one article: "article": EID')
    if not isinstance(instructions, str) or not instructions.strip():
        raise InvalidInput('"instructions" must be the amendment\'s text in legal French')
    if len(instructions) > MAX_INSTRUCTIONS:
        raise InvalidInput(f"the instructions have {len(instructions):,} characters; at most {MAX_INSTRUCTIONS:,}")
    if body.get("text"):
        raise InvalidInput('an amendment given as "instructions" carries no "text": the text is computed')
    article = base.find(eid)
    if not isinstance(article, Article):
        raise NotFound(f"version {base_number} of this bill has no article {eid!r}")
    number = ""
    text = amending.apply(article.text, [(number, instructions)])
    proposed = "\n".join(a for a in text.split("\n\n") if a)
    if proposed == article.text:
        raise InvalidInput("the instructions leave the article as it is")
    rest = {k: v for k, v in body.items() if k != "instructions"}
    return {**rest, "kind": "modify" if proposed else "delete", "text": proposed or None}
