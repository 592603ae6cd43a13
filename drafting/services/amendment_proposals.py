"""A proposed amendment, from the `Proposal` command to a new `Amendment` row checked against the version
it is written against; also used by decisions (sub-amendments) and the archive import.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from drafting.domain.amendments import amendment_label, conflict_message
from drafting.domain.errors import Conflict, InvalidInput, NotFound
from drafting.domain.rebase import RebaseConflict, rebase
from drafting.domain.textdiff import patch_text
from drafting.domain.tree import Article, BillTree, Division, make_eid, split_alineas
from drafting.services.amendment_views import label
from drafting.services.commands import Proposal
from drafting.services.views.amendments import AcceptedSince
from drafting.storage import amendment_reads
from drafting.storage import amendments as rows
from drafting.storage.models import Amendment, Bill

KINDS = ("modify", "insert", "delete")
MAX_TEXT = 200_000


def normalized(text: str) -> str:
    """The article `text` form: alinéas without surrounding blanks, joined by newlines."""
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"the proposed text has {len(text):,} characters; at most {MAX_TEXT:,} are allowed")
    return "\n".join(split_alineas(text))


def new_amendment(session: Session, bill: Bill, base_number: int, base: BillTree, proposal: Proposal) -> Amendment:
    """The row for `proposal` against version `base_number` (whose tree is `base`); its
    author, status and dates are the caller's to set."""
    _check_fields(proposal)
    if proposal.parent is not None:
        return _sub_amendment(session, bill, proposal.parent, proposal)
    if proposal.kind == "instructions":  # written in legal French: read into the text they give
        from drafting.services.amendment_instructions import as_proposal

        proposal = as_proposal(base_number, base, proposal)
    kind = proposal.kind
    if kind not in KINDS:
        raise InvalidInput(f"kind must be one of {', '.join(KINDS)} or instructions, got {kind!r}")
    if kind == "insert":
        return _insertion(session, bill, base_number, base, proposal)
    eid = proposal.article
    if not eid:
        raise InvalidInput(f'a {kind} amendment names its article: "article": EID')
    article = base.find(eid)
    if not isinstance(article, Article):
        raise NotFound(f"version {base_number} of this bill has no article {eid!r}")
    if kind == "delete" and proposal.text:
        raise InvalidInput('a delete amendment removes the article: it carries no "text"')
    proposed = "" if kind == "delete" else normalized(proposal.text or "")
    if kind == "modify" and proposed == article.text:
        raise InvalidInput("the proposed text is the article's text: an amendment must change something")
    if kind == "modify" and not proposed:
        raise InvalidInput("the proposed text is empty; to remove the article, propose a delete amendment")
    return rows.new_row(bill.id, kind, eid, base_number, article.text, proposed)


_INSERT_ONLY = ("after", "division", "num", "heading")  # where a new article goes, its number and heading


def _check_fields(proposal: Proposal) -> None:
    """A field that does not go with the proposal's kind is refused, naming it, rather than ignored:
    the client meant something the amendment would not do."""
    kind = proposal.kind
    if proposal.instructions is not None and kind != "instructions":
        gives = "no text: it removes the article" if kind == "delete" else 'its text in "text"'
        raise InvalidInput(
            f'"instructions" go with "kind": "instructions"; a {kind} amendment gives {gives}', field="instructions"
        )
    if kind == "insert" and proposal.parent is not None:
        raise InvalidInput('a sub-amendment changes its parent\'s text: "parent" does not go with "kind": "insert"',
                           field="parent")  # fmt: skip
    if kind == "delete" and proposal.parent is not None:
        raise InvalidInput(
            'a sub-amendment changes its parent\'s text: "parent" does not go with "kind": "delete" (to oppose '
            "the amendment, vote against it)",
            field="parent",
        )
    if kind != "insert":
        for name in _INSERT_ONLY:
            if getattr(proposal, name):
                raise InvalidInput(
                    f'"{name}" goes with "kind": "insert" (a new article) only, not with a {kind} amendment',
                    field=name,
                )


def require_target_at_head(amendment: Amendment, head: BillTree, head_number: int) -> None:
    """An amendment written against an older version whose article (or the article a new one follows,
    or the division it opens) is gone at the head could never be accepted: it is refused at once."""
    target = amendment.after_eid or amendment.parent_eid if amendment.kind == "insert" else amendment.article_eid
    if amendment.parent_id is None and target and head.find(target) is None:
        raise Conflict(
            f"article {target} was deleted since version {amendment.base_version}: the current text "
            f"(version {head_number}) no longer has it; write the amendment against the current text",
            eid=target,
        )


def carry_to_head(session: Session, bill: Bill, amendment: Amendment, head: BillTree) -> int | None:
    """An amendment written on an older version is filed as pending ones are carried when a version is
    made (decisions.rebase_pending): strictly rebased onto the article as it now stands. When the words
    it changes were rewritten since, it is refused (`Conflict` naming the passages and the amendments
    accepted since), never stored: nobody could accept it as it is. Returns the version it was written
    on when it moved (for its history), else None (a sub-amendment or a new article: nothing to carry)."""
    if amendment.parent_id is not None or amendment.kind == "insert":
        return None
    article = head.find(amendment.article_eid)
    if not isinstance(article, Article) or article.text == amendment.base_text:
        return None
    was, current = amendment.base_version, article.text
    if amendment.kind == "modify":
        result = rebase(amendment.base_text, amendment.proposed_text, current)
        if result.text is None:
            raise outdated(session, bill, amendment, current, result.conflicts)
        if result.text == current:
            since = rewritten_by(session, bill.id, amendment.article_eid, was)
            by = f" by amendment {', '.join(x['label'] for x in since)}" if since else ""
            raise Conflict(
                f"the change this amendment proposes was already made since version {was}{by}: the current "
                f"text (version {bill.head_version}) already reads so; nothing was filed",
                base_version=was,
                head_version=bill.head_version,
                current_text=current,
                accepted_since=since,
                passages=[],
            )
        amendment.proposed_text, amendment.proposed_hash = result.text, rows.text_hash(result.text)
        amendment.patch = patch_text(current, result.text)
    amendment.base_text, amendment.base_version = current, bill.head_version
    return was


def outdated(
    session: Session, bill: Bill, amendment: Amendment, current: str, conflicts: Sequence[RebaseConflict]
) -> Conflict:
    """Why an amendment on an older version cannot apply to the current text: its passages (what it was
    to change, into what, and what the text now reads there) and the amendments accepted since."""
    since = rewritten_by(session, bill.id, amendment.article_eid, amendment.base_version)
    by = by_amendments(since)
    return Conflict(
        f"the amendment is written against version {amendment.base_version}; the bill is now at version "
        f"{bill.head_version} and the passage it changes was rewritten{by}: "
        f"{conflict_message(amendment.article_eid, conflicts)}. Nothing was filed: write it on the current text",
        base_version=amendment.base_version,
        head_version=bill.head_version,
        current_text=current,
        accepted_since=since,
        passages=passages(conflicts),
    )


def passages(conflicts: Sequence[RebaseConflict]) -> list[dict[str, str]]:
    """Each conflicting passage: the words `was` meant to become `proposed`, where the text now reads `now`."""
    return [{"was": c.base_text, "proposed": c.proposed_text, "now": c.current_text} for c in conflicts]


def by_amendments(since: Sequence[AcceptedSince]) -> str:
    """« by amendments n° 3, n° 5 » for a message saying what rewrote a passage, or nothing if none did."""
    return f" by amendment{'s' if len(since) > 1 else ''} {', '.join(x['label'] for x in since)}" if since else ""


def rewritten_by(session: Session, bill_id: int, eid: str, version: int) -> list[AcceptedSince]:
    """The amendments accepted on article `eid` after `version`, with the label readers know them by."""
    accepted = rows.accepted_since(session, bill_id, eid, version)
    numbers = amendment_reads.numbers_of(session, accepted)
    return [{"id": i, "label": amendment_label(*numbers[i])} for i in accepted]


def _insertion(session: Session, bill: Bill, base_number: int, base: BillTree, proposal: Proposal) -> Amendment:
    after, division = proposal.after, proposal.division
    num = (proposal.num or "").strip()
    if not num:
        raise InvalidInput('a new article needs its number: "num": "3 bis"')
    if after and division:
        raise InvalidInput('a new article goes "after" an article or first in a "division", not both')
    same = base.article_numbered(num)
    if same is not None:
        raise Conflict(
            f"version {base_number} already has an article {same.num} ({same.eid}): article numbers are unique"
        )
    parent_eid = None
    if after:
        found = next(((n, anc) for n, anc in base.walk() if n.eid == after), None)
        if found is None or not isinstance(found[0], Article):
            raise NotFound(f"version {base_number} of this bill has no article {after!r} to insert after")
        parent_eid = found[1][-1].eid if found[1] else None
    elif division:
        if not isinstance(base.find(division), Division):
            raise NotFound(f"version {base_number} of this bill has no division {division!r}")
        parent_eid = division
    text = normalized(proposal.text or "")
    if not text:
        raise InvalidInput("a new article needs its text")
    eid = make_eid("article", num, parent_eid, rows.taken_eids(session, bill.id))
    row = rows.new_row(bill.id, "insert", eid, base_number, "", text)
    row.after_eid, row.parent_eid, row.num = after, None if after else division, num
    row.heading = (proposal.heading or "").strip() or None
    return row


def parent_names(parent: Amendment) -> list[str]:
    """How instructions may name the amendment they sub-amend: its number in the bill (« n° 3 »), and
    its number in Parliament when it was imported from there."""
    return [str(parent.number), *([parent.parliament_number] if parent.parliament_number else [])]


def check_parent(session: Session, parent: Amendment) -> None:
    """A sub-amendment changes the text of a pending amendment, never another sub-amendment's: adopted,
    that one's change is written into its parent, and nothing would be left to adopt a change of it into
    (Parliament does not sub-amend sub-amendments either). Checked at filing and when a draft is submitted."""
    if parent.parent_id is not None:
        grandparent = label(rows.get(session, parent.parent_id))
        raise InvalidInput(
            f"amendment {label(parent)} is a sub-amendment (of amendment {grandparent}): a sub-amendment "
            f"cannot be sub-amended; propose the change as a sub-amendment of amendment {grandparent}",
            field="parent",
        )
    rows.to_model(parent).check_sub_amendable()


def _sub_amendment(session: Session, bill: Bill, parent_id: int, proposal: Proposal) -> Amendment:
    parent = rows.get(session, parent_id)
    if parent.bill_id != bill.id:
        raise InvalidInput(f"amendment {parent_id} belongs to another bill")
    if proposal.article is not None and proposal.article != parent.article_eid:
        raise InvalidInput(
            f'"article" {proposal.article!r} contradicts "parent": amendment {parent.id} changes article '
            f"{parent.article_eid!r} (a sub-amendment is on its parent's article; leave \"article\" out)",
            field="article",
        )
    check_parent(session, parent)
    if proposal.kind == "instructions":  # legal French on the amendment's text
        from drafting.services.amendment_instructions import as_sub_amendment

        proposal = as_sub_amendment(parent.proposed_text, parent_names(parent), proposal)
    proposed = normalized(proposal.text or "")
    if not proposed:
        raise InvalidInput('a sub-amendment gives the amendment\'s new text: "text" is empty')
    if proposed == parent.proposed_text:
        raise InvalidInput("the sub-amendment proposes the amendment's own text: it must change something")
    row = rows.new_row(bill.id, "modify", parent.article_eid, parent.base_version, parent.proposed_text, proposed)
    row.parent_id = parent.id
    return row
