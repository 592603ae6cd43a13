"""An amendment proposed as instructions in legal French (« Alinéa 2 : Remplacer les mots … »): read
and applied to the article of its base version, it becomes an ordinary modify or delete proposal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from drafting.domain import amending
from drafting.domain.errors import InvalidInput, NotFound
from drafting.domain.instructions import delete_article_instruction, modify_instruction
from drafting.domain.permissions import Actor
from drafting.domain.tree import Article, BillTree
from drafting.services import amendment_drafts, visibility
from drafting.services.amendment_proposals import check_parent, parent_names
from drafting.services.amendment_views import diff_segments
from drafting.services.commands import Proposal
from drafting.services.memo import memo
from drafting.services.views.amendments import DeletionPreview, InstructionsPreview
from drafting.storage import amendments as amendment_rows
from drafting.storage import bills as bill_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database

MAX_INSTRUCTIONS = 100_000


def as_proposal(base_number: int, base: BillTree, proposal: Proposal) -> Proposal:
    """`proposal` with the text the instructions give: kind "modify", or "delete" when they delete the
    article. Instructions that cannot be read or applied are refused (422) saying where and why."""
    eid = proposal.article
    if not eid:
        raise InvalidInput('instructions amend one article: "article": EID')
    _check(proposal)
    article = base.find(eid)
    if not isinstance(article, Article):
        raise NotFound(f"version {base_number} of this bill has no article {eid!r}")
    proposed = _applied(article.text, proposal.instructions or "")
    if proposed == article.text:
        raise InvalidInput("the instructions leave the article as it is", reason="unchanged")
    return replace(proposal, kind="modify" if proposed else "delete", text=proposed or None, instructions=None)


def as_sub_amendment(amended: str, names: Sequence[str], proposal: Proposal) -> Proposal:
    """A sub-amendment given as instructions: the amendment's text (`amended`) as they change it, kind
    "modify". They may name that amendment as a reader does, by one of its `names` (its number in the
    bill, « 3 »; its number in Parliament): « À l'alinéa 1 de l'amendement n° 3 », « Sous-amendement
    n° 3 : »; naming another one is refused. Refused when they cannot be applied, change nothing, or
    strike the whole text (a sub-amendment changes an amendment; one against it all is a vote against it)."""
    _check(proposal)
    proposed = _applied(amended, proposal.instructions or "", names)
    if proposed == amended:
        raise InvalidInput("the instructions leave the amendment's text as it is", reason="unchanged")
    if not proposed:
        raise InvalidInput(
            "the instructions strike the amendment's whole text: a sub-amendment changes it", reason="strikes_all"
        )
    return replace(proposal, kind="modify", text=proposed, instructions=None)


def _check(proposal: Proposal) -> None:
    instructions = proposal.instructions
    if not instructions or not instructions.strip():
        raise InvalidInput('"instructions" must be the amendment\'s text in legal French')
    if len(instructions) > MAX_INSTRUCTIONS:
        raise InvalidInput(f"the instructions have {len(instructions):,} characters; at most {MAX_INSTRUCTIONS:,}")
    if proposal.text:
        raise InvalidInput('an amendment given as "instructions" carries no "text": the text is computed')


def _applied(text: str, instructions: str, names: Sequence[str] = ()) -> str:
    """`text` (alinéas one a line) as the instructions leave it, in the same form; "" when deleted. With
    `names`, `text` is the amendment they name (`amending.apply_one`)."""
    out = amending.apply_one(text, instructions, names)
    return "\n".join(a for a in out.split("\n\n") if a)


def preview(
    db: Database, bill_ref: str | int, eid: str, base_version: int | None, instructions: str
) -> InstructionsPreview | DeletionPreview:
    """What the instructions would make of the article, shown as the text mode's preview is (redline,
    regenerated instruction, collisions) and the text they give; a deletion is the whole article
    struck. Refusals raise `AmendingError` (or `InvalidInput`) saying where reading stopped. Nothing is stored."""
    with db.read() as session:
        bill = bill_rows.get(session, bill_ref)
        number = bill.head_version if base_version is None else base_version
        base = version_rows.load_tree(session, version_rows.get_version(session, bill.id, number))
        proposal = as_proposal(number, base, Proposal(kind="instructions", article=eid, instructions=instructions))
        article = base.find(eid)
        assert isinstance(article, Article)  # as_proposal found it
    if proposal.kind == "modify" and proposal.text:
        return {**amendment_drafts.preview(db, bill.id, eid, number, proposal.text), "text": proposal.text}
    instruction = delete_article_instruction()
    deletion: DeletionPreview = {
        "article": eid,
        "base_version": number,
        "changed": True,
        "deleted": True,
        "text": "",
        "diff": diff_segments(article.text, ""),
        "instruction": {"fr": instruction.fr, "en": instruction.en},
        "collisions": [],
    }
    return deletion


def sub_amendment_preview(db: Database, actor: Actor | None, parent_id: int, instructions: str) -> InstructionsPreview:
    """What instructions pasted as a sub-amendment of amendment `parent_id` would make of its text: the
    redline of that text, the regenerated instruction and the text they give, refused as filing them
    would be (an amendment `actor` may not see is not found; a closed or hidden one is a Conflict).
    Nothing is stored."""
    with db.read() as session:
        parent = amendment_rows.get(session, parent_id)
        visibility.check_visible(session, actor, parent)
        visibility.refuse_hidden(f"amendment {parent.id}", parent, "sub-amended")
        check_parent(session, parent)
        amended, eid, base_version = parent.proposed_text, parent.article_eid, parent.base_version
        names = parent_names(parent)
    proposal = Proposal(kind="instructions", parent=parent_id, instructions=instructions)
    text = as_sub_amendment(amended, names, proposal).text or ""
    found = memo("instruction", amended, text, modify_instruction)
    return {
        "article": eid,
        "base_version": base_version,
        "changed": True,
        "diff": memo("readable_diff", amended, text, diff_segments),
        "instruction": {"fr": found.fr, "en": found.en},
        "collisions": [],  # a sub-amendment is discussed with its amendment, not against the article's others
        "text": text,
    }
