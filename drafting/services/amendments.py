"""Use cases of amendments: propose, edit, withdraw, read, list (comments: `services/comments.py`).

Decisions (accept, reject) and the rebase that follows them live in `services/decisions.py`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from drafting.domain.amendment import STATUSES
from drafting.domain.errors import Conflict, Forbidden, InvalidInput
from drafting.domain.footprint import Origin, advance
from drafting.domain.permissions import Actor, require_signed_in
from drafting.domain.richtext import check_markdown
from drafting.domain.textdiff import patch_text
from drafting.domain.tree import Article, BillTree
from drafting.realtime.bus import MemoryBus
from drafting.services import visibility
from drafting.services.amendment_collisions import discussion_groups, record_collisions
from drafting.services.amendment_freshness import check_fresh
from drafting.services.amendment_proposals import (
    carry_to_head,
    check_parent,
    new_amendment,
    normalized,
    require_target_at_head,
)
from drafting.services.amendment_views import (
    amendment_json,
    base_tree,
    credits_of,
    label,
    numbers_for,
    rebase_json,
    text_json,
    transition_json,
)
from drafting.services.commands import AmendmentChanges, Proposal
from drafting.services.parliament_import import written_out
from drafting.services.participation import may_contribute
from drafting.services.sub_amendments import require_sub_amendments_kept
from drafting.services.views.amendments import (
    AmendmentDetail,
    AmendmentListItem,
    AmendmentPage,
    AmendmentView,
    Discussions,
    ProposedAmendment,
)
from drafting.storage import amendments as rows
from drafting.storage import bills as bill_rows
from drafting.storage import participation as p_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Amendment, Bill


class Amendments:
    def __init__(self, db: Database, bus: MemoryBus) -> None:
        self.db = db
        self.bus = bus

    # --- proposing ------------------------------------------------------------------------------

    def propose(self, actor: Actor | None, bill_ref: str | int, proposal: Proposal) -> ProposedAmendment:
        author = require_signed_in(actor)
        now = datetime.now(UTC)
        justification = proposal.justification
        if justification:
            check_markdown(justification, field="justification")
        with self.db.write(self.bus.publish) as session:
            bill = bill_rows.get(session, bill_ref, lock=True)
            may_contribute(author, bill)
            if proposal.parent is not None:  # someone else's draft is unknown; a hidden one is off limits
                parent = rows.get(session, proposal.parent)
                visibility.check_visible(session, author, parent)
                visibility.refuse_hidden(f"amendment {parent.id}", parent, "sub-amended")
            base_number = proposal.base_version or bill.head_version
            base = version_rows.load_tree(session, version_rows.get_version(session, bill.id, base_number))
            amendment = new_amendment(session, bill, base_number, base, proposal)
            carried_from = None
            if base_number != bill.head_version:
                head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
                require_target_at_head(amendment, head, bill.head_version)
                carried_from = carry_to_head(session, bill, amendment, head)
                if carried_from is not None:
                    base = head
            _refuse_twin(session, amendment, author.id)
            amendment.author_id, amendment.author_name = author.id, author.display_name
            amendment.justification = justification
            amendment.created_at = amendment.updated_at = now
            amendment.status = "draft"
            rows.add(session, amendment)
            if carried_from is not None:  # its history says it was written on an older text
                rows.record_rebase(session, amendment, carried_from, bill.head_version, "clean", None, now)
            lifecycle = rows.to_model(amendment)
            lifecycle.propose(author.id, author.display_name, draft=proposal.draft)
            rows.save(session, amendment, lifecycle, now)
            collisions = record_collisions(session, bill, amendment) if amendment.status == "submitted" else []
            shown = amendment_json(amendment, base, numbers=numbers_for(session, [amendment]))
            result: ProposedAmendment = {**shown, "collisions": collisions}
        return result

    # --- editing and withdrawing ----------------------------------------------------------------

    def check_author(self, actor: Actor | None, amendment_id: int, action: str) -> None:
        """Refuse (401, 403, 404) anyone but the author, before their changes are read: who, then what."""
        author = require_signed_in(actor)
        with self.db.read() as session:
            amendment = rows.get(session, amendment_id)
            visibility.check_visible(session, author, amendment)
            if amendment.author_id != author.id and not visibility.stands_in(author, amendment):
                raise Forbidden(f"only the author of amendment {amendment_id} may {action} it")

    def edit(self, actor: Actor | None, amendment_id: int, changes: AmendmentChanges) -> ProposedAmendment:
        author = require_signed_in(actor)
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            amendment = rows.get(session, amendment_id)
            bill = bill_rows.get(session, amendment.bill_id, lock=True)
            # read again under the lock: an official may have decided it since the first read
            amendment = rows.get(session, amendment_id, lock=True)
            visibility.check_visible(session, author, amendment)
            lifecycle = rows.to_model(amendment)
            lifecycle.check_editable(author.id, stands_in=visibility.stands_in(author, amendment))
            may_contribute(author, bill)
            visibility.refuse_hidden(f"amendment {amendment_id}", amendment, "edited")
            check_fresh(session, amendment, changes)  # the bill is locked: no edit slips in between
            if changes.submit and amendment.status == "draft" and amendment.parent_id is not None:
                check_parent(session, rows.get(session, amendment.parent_id))  # closed since: nothing to change
            if _rewrites(amendment, changes) and lifecycle.rectify():
                rows.keep_text(session, amendment, now)  # the text it had until now, as it was
                amendment.revision = lifecycle.revision
            if changes.justification is not None:
                check_markdown(changes.justification, field="justification")
                amendment.justification = changes.justification
            if changes.text is not None and amendment.kind != "delete":
                proposed = normalized(changes.text)
                if amendment.colliding:
                    self._repair(session, bill, amendment, now)
                if proposed == amendment.base_text or not proposed:
                    raise InvalidInput("the proposed text must change the article and must not be empty")
                require_sub_amendments_kept(session, amendment, proposed)
                if amendment.credits:  # sub-amendments' words stay theirs where the new text keeps them
                    own = Origin("amendment", ref=amendment.id, author=amendment.author_name)
                    spans = advance(credits_of(amendment), amendment.proposed_text, proposed, own)
                    amendment.credits = [span.as_json() for span in spans]
                amendment.proposed_text = proposed
                amendment.proposed_hash = rows.text_hash(proposed)
                amendment.patch = patch_text(amendment.base_text, proposed)
            if changes.heading is not None and amendment.kind == "insert":
                amendment.heading = changes.heading.strip() or None
            amendment.updated_at = now
            written = lifecycle.status == "draft" and changes.submit
            lifecycle.revise(author.id, author.display_name, submit=changes.submit)
            if written and amendment.parliament_number and amendment.justification:
                # an imported draft written out: « À vérifier » no longer holds (its history says why it was)
                amendment.justification = written_out(amendment.justification)
            rows.save(session, amendment, lifecycle, now)
            collisions = record_collisions(session, bill, amendment) if amendment.status == "submitted" else []
            base = version_rows.load_tree(session, version_rows.get_version(session, bill.id, amendment.base_version))
            shown = amendment_json(amendment, base, numbers=numbers_for(session, [amendment]))
            result: ProposedAmendment = {**shown, "collisions": collisions}
        return result

    @staticmethod
    def _repair(session: Session, bill: Bill, amendment: Amendment, now: datetime) -> None:
        """A colliding amendment's author sends a new text: it is written against the article as it
        now stands, so the amendment moves to the head and collides no more (until checked again)."""
        head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
        article = head.find(amendment.article_eid)
        if not isinstance(article, Article):
            raise Conflict(f"article {amendment.article_eid} is no longer in the bill")
        was = amendment.base_version
        amendment.base_text, amendment.base_version = article.text, bill.head_version
        amendment.colliding, amendment.collides_with = False, []
        rows.record_rebase(session, amendment, was, bill.head_version, "repaired", None, now)

    def withdraw(self, actor: Actor | None, amendment_id: int, reason: str | None) -> AmendmentView:
        author = require_signed_in(actor)
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            amendment = rows.get(session, amendment_id)
            bill = bill_rows.get(session, amendment.bill_id, lock=True)
            amendment = rows.get(session, amendment_id, lock=True)
            visibility.check_visible(session, author, amendment)
            lifecycle = rows.to_model(amendment)
            stands_in = visibility.stands_in(author, amendment)
            lifecycle.withdraw(author.id, author.display_name, reason, stands_in=stands_in)
            may_contribute(author, bill)  # the rule for edits: officials always, others while open
            rows.save(session, amendment, lifecycle, now)
            for child in rows.pending_children(session, amendment.id):
                fall(session, child, f"amendment {label(amendment)}, which it changes, was withdrawn", now)
            result = amendment_json(amendment, base_tree(session, amendment), numbers=numbers_for(session, [amendment]))
        return result

    def discussions(self, bill_ref: str | int) -> Discussions:
        """Pending amendments to discuss together (discussion commune): per article, the groups of
        those whose changes overlap, compared on the article's current text; a delete overlaps all."""
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            return {"version": bill.head_version, "groups": discussion_groups(session, bill)}

    # --- reading ----------------------------------------------------------------------------------

    def get(self, actor: Actor | None, amendment_id: int) -> AmendmentDetail:
        with self.db.read() as session:
            amendment = rows.get(session, amendment_id)
            visibility.check_visible(session, actor, amendment)
            base = version_rows.load_tree(
                session, version_rows.get_version(session, amendment.bill_id, amendment.base_version)
            )
            history = [
                visibility.mask_step(transition_json(t), t, amendment) for t in rows.transitions(session, amendment_id)
            ]
            texts = [text_json(amendment, t) for t in rows.earlier_texts(session, amendment_id)]
            rebases = [rebase_json(r) for r in rows.rebases(session, amendment_id)]
            tally = p_rows.tallies_for(session, amendment.bill_id, "amendment", [amendment.id])[amendment.id]
            parent_hidden = bool(rows.hidden_among(session, [amendment.parent_id] if amendment.parent_id else []))
            return {
                **amendment_json(
                    amendment, base, numbers=numbers_for(session, [amendment]), parent_hidden=parent_hidden
                ),
                "tally": tally,
                "history": history,
                "rebases": rebases,
                # earlier texts say what the amendment said, and a sub-amendment's repeat its parent's
                "texts": texts if amendment.hidden_reason is None and not parent_hidden else [],
                "votes_by_revision": p_rows.votes_by_revision(session, amendment.bill_id, amendment.id),
            }

    def pending_counts(self, bill_ref: str | int) -> dict[str, int]:
        """Pending (submitted) amendments by the article they change or, for a new article, follow;
        `""` counts new articles placed at the start of a division. Articles without any are absent;
        sub-amendments count on their parent's article, hidden amendments count (they are pending)."""
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            return rows.pending_counts(session, bill.id)

    def listing(
        self,
        actor: Actor | None,
        bill_ref: str | int,
        *,
        article: str | None = None,
        status: str | None = None,
        author: int | None = None,
        sort: str = "date",
        page: int = 1,
        per_page: int = 50,
    ) -> AmendmentPage:
        if status is not None and status not in STATUSES:
            raise InvalidInput(f"status must be one of {', '.join(STATUSES)}, got {status!r}")
        if sort not in ("date", "support"):
            raise InvalidInput(f"sort must be date or support, got {sort!r}")
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            imported = visibility.sees_imported_drafts(actor, bill.id)
            if status == "draft" and not imported and (actor is None or author != actor.id):
                raise Forbidden(
                    "drafts are private: list your own with author=YOUR_ID (the bill's officials also see "
                    "the drafts imported from Parliament, flagged for a human)"
                )
            found = rows.listing(
                session,
                bill.id,
                article=article,
                status=status,
                author=author,
                sort=sort,
                offset=(page - 1) * per_page,
                limit=per_page + 1,
                viewer=actor.id if actor else None,
                with_hidden=visibility.sees_hidden(actor, bill.id, author),
                imported_drafts=imported,
            )
            visible = found[:per_page]
            tallies = p_rows.tallies_for(session, bill.id, "amendment", [a.id for a in visible])
            hidden_parents = rows.hidden_among(session, [a.parent_id for a in visible if a.parent_id])
            trees: dict[int, BillTree] = {}
            numbers = numbers_for(session, visible)
            items: list[AmendmentListItem] = [
                {
                    **amendment_json(
                        a, base_tree(session, a, trees), numbers=numbers, parent_hidden=a.parent_id in hidden_parents
                    ),
                    "tally": tallies[a.id],
                }
                for a in visible
            ]
            return {
                "items": items,
                "page": page,
                "next_page": page + 1 if len(found) > per_page else None,
            }


def _refuse_twin(session: Session, amendment: Amendment, author_id: int) -> None:
    """The same amendment filed twice by its author (a form sent again after Back) is refused, naming
    the one already there: two identical amendments would split the votes and the discussion."""
    same = rows.twin(session, amendment, author_id)
    if same is not None:
        raise Conflict(
            f"you already filed this amendment: {label(same)} (id {same.id}) proposes the same text on the "
            f"same version; edit that one instead",
            duplicate_of={"id": same.id, "label": label(same)},
        )


def fall(session: Session, a: Amendment, why: str, now: datetime) -> None:
    """The amendment can no longer apply; its pending sub-amendments fall with it. The events are
    logged in `session`, published when its write commits."""
    lifecycle = rows.to_model(a)
    lifecycle.fall(why)
    rows.save(session, a, lifecycle, now)
    for child in rows.pending_children(session, a.id):
        fall(session, child, f"amendment {label(a)}, which it changes, fell", now)


def _rewrites(amendment: Amendment, changes: AmendmentChanges) -> bool:
    """Whether an edit changes what the amendment proposes (its text or new article's heading)."""
    text, heading = changes.text, changes.heading
    if text is not None and amendment.kind != "delete" and normalized(text) != amendment.proposed_text:
        return True
    return heading is not None and amendment.kind == "insert" and (heading.strip() or None) != amendment.heading
