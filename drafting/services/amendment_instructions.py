"""An amendment proposed as instructions in legal French (« Alinéa 2 : Remplacer les mots … »): read
and applied to the article of its base version, it becomes an ordinary modify or delete proposal."""

from __future__ import annotations

from dataclasses import replace

from drafting.domain import amending
from drafting.domain.errors import InvalidInput, NotFound
from drafting.domain.tree import Article, BillTree
from drafting.services.commands import Proposal

MAX_INSTRUCTIONS = 100_000


def as_proposal(base_number: int, base: BillTree, proposal: Proposal) -> Proposal:
    """`proposal` with the text the instructions give: kind "modify", or "delete" when they delete the
    article. Instructions that cannot be read or applied are refused (422) saying where and why."""
    eid, instructions = proposal.article, proposal.instructions
    if not eid:
        raise InvalidInput('instructions amend one article: "article": EID')
    if not instructions or not instructions.strip():
        raise InvalidInput('"instructions" must be the amendment\'s text in legal French')
    if len(instructions) > MAX_INSTRUCTIONS:
        raise InvalidInput(f"the instructions have {len(instructions):,} characters; at most {MAX_INSTRUCTIONS:,}")
    if proposal.text:
        raise InvalidInput('an amendment given as "instructions" carries no "text": the text is computed')
    article = base.find(eid)
    if not isinstance(article, Article):
        raise NotFound(f"version {base_number} of this bill has no article {eid!r}")
    number = ""
    text = amending.apply(article.text, [(number, instructions)])
    proposed = "\n".join(a for a in text.split("\n\n") if a)
    if proposed == article.text:
        raise InvalidInput("the instructions leave the article as it is")
    return replace(proposal, kind="modify" if proposed else "delete", text=proposed or None, instructions=None)
