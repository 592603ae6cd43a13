"""Officials' decisions on amendments. Accepting makes a new version, then every pending amendment
on the changed articles is rebased strictly: clean ones move to the new text, the others are
flagged as colliding (their authors are told), those whose article is gone fall.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import cast

from sqlalchemy.orm import Session

from drafting.domain import events
from drafting.domain.amendments import Change, apply_change, apply_sub_amendment
from drafting.domain.errors import Conflict, InvalidInput
from drafting.domain.footprint import Origin, Span, advance
from drafting.domain.permissions import Actor, require_official, require_signed_in
from drafting.domain.rebase import PositionMap, rebase, rebase_with
from drafting.domain.textdiff import patch_text, readable_diff
from drafting.domain.tree import Article, BillTree
from drafting.realtime.bus import MemoryBus
from drafting.services import footprints, visibility
from drafting.services.amendment_proposals import by_amendments, normalized, passages, rewritten_by
from drafting.services.amendment_views import change_of, credits_of
from drafting.services.amendment_views import label as amendment_label
from drafting.services.amendments import fall
from drafting.services.annotations import reanchor_for_version
from drafting.services.memo import edits
from drafting.services.views.amendments import (
    AcceptancePreview,
    DecisionResult,
    Obstacle,
    PreviewArticle,
    PreviewCollision,
    RemovedArticle,
)
from drafting.storage import amendments as rows
from drafting.storage import bills as bill_rows
from drafting.storage import eventlog
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Amendment, Bill

MAX_REASON = 10_000


class Decisions:
    def __init__(self, db: Database, bus: MemoryBus) -> None:
        self.db = db
        self.bus = bus

    def check_official(self, actor: Actor | None, amendment_id: int) -> None:
        """Refuse (401, 403, 404) a caller who may not decide this amendment, before reading the decision."""
        user = require_signed_in(actor)  # anonymous: 401 whether the amendment exists or not
        with self.db.read() as session:
            amendment = rows.get(session, amendment_id)
            visibility.check_visible(session, user, amendment)  # others' drafts: 404, as unknown ids
            require_official(user, amendment.bill_id)

    def decide(
        self,
        actor: Actor | None,
        amendment_id: int,
        *,
        decision: str,
        reason: str,
        text: str | None = None,
        label: str | None = None,
    ) -> DecisionResult:
        if decision not in ("accept", "reject"):
            raise InvalidInput(f"decision must be accept or reject, got {decision!r}")
        reason = reason.strip()
        if not reason or len(reason) > MAX_REASON:
            raise InvalidInput(f"a decision carries a public reason of 1 to {MAX_REASON:,} characters")
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            bill = bill_rows.get(session, rows.bill_of(session, amendment_id), lock=True)
            amendment = rows.get(session, amendment_id, lock=True)
            visibility.check_visible(session, require_signed_in(actor), amendment)  # others' drafts: 404
            official = require_official(actor, bill.id)
            lifecycle = rows.to_model(amendment)
            lifecycle.check_decidable()
            version = None
            if decision == "reject":
                lifecycle.reject(official.id, official.display_name, reason)
                rows.save(session, amendment, lifecycle, now)
                self._fall_children(session, amendment, f"amendment {amendment_label(amendment)} was rejected", now)
            elif amendment.parent_id is not None:
                self._accept_sub_amendment(session, amendment, text, reason)
                lifecycle.accept(official.id, official.display_name, reason, None)
                rows.save(session, amendment, lifecycle, now)
                # sub-amendments of it (filed before they were refused) have no text left to change
                adopted = f"amendment {amendment_label(amendment)} was adopted before it"
                self._fall_children(session, amendment, adopted, now)
            else:
                version = self._accept(session, bill, amendment, official, reason, text, label, now)
            result: DecisionResult = {
                "id": amendment.id,
                "status": amendment.status,
                "version": version,
                "reason": reason,
            }
        return result

    def _accept_sub_amendment(self, session: Session, sub: Amendment, text: str | None, reason: str) -> None:
        parent = rows.get(session, sub.parent_id or 0, lock=True)
        rows.to_model(parent).check_parent_pending()
        new_text = (
            normalized(text)
            if text is not None
            else apply_sub_amendment(parent.proposed_text, sub.base_text, sub.proposed_text)
        )
        if new_text == parent.proposed_text:
            raise InvalidInput(
                f"accepting it would change nothing: amendment {amendment_label(parent)} already reads so; "
                "reject it, or accept it with a text that changes the amendment"
            )
        # the words the sub-amendment puts in are credited to it, and to its author, in the footprint
        spans = credits_of(parent)
        sub_origin = Origin("amendment", ref=sub.id, author=sub.author_name, decision=reason)
        spans = advance(spans, parent.proposed_text, new_text, sub_origin)
        parent.credits = [span.as_json() for span in spans]
        parent.proposed_text, parent.proposed_hash = new_text, rows.text_hash(new_text)
        parent.patch = patch_text(parent.base_text, new_text)

    def _accept(
        self,
        session: Session,
        bill: Bill,
        a: Amendment,
        official: Actor,
        reason: str,
        text: str | None,
        label: str | None,
        now: datetime,
    ) -> int:
        if text is not None and a.kind == "delete":
            raise InvalidInput(
                'a deletion is accepted as it is, or rejected: an edited "text" goes with modify and insert '
                "amendments only",
                field="text",
            )
        head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
        change = change_of(a)
        if text is not None and a.kind != "delete":
            # The official's edited text replaces the article as it now stands.
            current = head.find(a.article_eid)
            base = current.text if isinstance(current, Article) else ""
            edited = normalized(text)
            if not edited:
                raise InvalidInput("the edited text is empty; to remove the article, accept a delete amendment")
            change = (
                Change.modify(a.article_eid, base, edited)
                if a.kind == "modify"
                else Change.insert(
                    a.article_eid,
                    a.num or "",
                    edited,
                    after_eid=a.after_eid,
                    parent_eid=a.parent_eid,
                    heading=a.heading,
                )
            )
        try:
            tree = apply_change(head, change)
        except Conflict as exc:
            raise self._explain(session, bill, a, head, exc) from None
        was, made = head.find(a.article_eid), tree.find(a.article_eid)
        if a.kind == "modify" and isinstance(was, Article) and isinstance(made, Article) and made.text == was.text:
            raise InvalidInput(  # a version changing nothing would still be announced as the amendment adopted
                f"accepting it would change nothing: article {a.article_eid} already reads as "
                f"{'the edited text' if text is not None else 'the amendment'} would make it; reject it, "
                "or accept it with a text that changes the article"
            )
        version = version_rows.add_version(
            session,
            bill_id=bill.id,
            tree=tree,
            label=(label or f"amendement {amendment_label(a)} adopté").strip()[:200],
            author_id=official.id,
            author_name=official.display_name,
            created_at=now,
            source_format="amendment",
            amendment_id=a.id,
        )
        bill.head_version, bill.updated_at = version.number, now
        origin = Origin("amendment", ref=a.id, author=a.author_name, decision=reason)
        credits = {}
        if a.credits and a.kind != "delete":
            made = tree.find(a.article_eid)
            if isinstance(made, Article):  # what sub-amendments wrote, carried to the text as adopted
                spans = [_decided_by(span, a.id, origin) for span in credits_of(a)]
                credits[a.article_eid] = advance(spans, a.proposed_text, made.text, origin)
        footprints.record(session, bill.id, version.number, head, tree, origin, credits=credits)
        # the decision first, then what it caused: followers read them in id order
        lifecycle = rows.to_model(a)
        lifecycle.accept(official.id, official.display_name, reason, version.number)
        rows.save(session, a, lifecycle, now)
        self._fall_children(session, a, f"amendment {amendment_label(a)} was adopted before it", now)
        eventlog.append(session, events.version_published(bill.id, version.number, version.label, 1), now)
        rebase_pending(session, bill, head, tree, version.number, a.id, now)
        reanchor_for_version(session, bill.id, head, tree, version.number, now, fuzzy=False)
        return version.number

    def obstacle(self, actor: Actor | None, amendment_id: int) -> Obstacle | None:
        """Why accepting this pending amendment as it is would now be refused because the text moved
        under it (the details of that 409: passages, amendments accepted since), for the pages to say
        after a refused decision; None when nothing stands in the way or the caller may not decide it."""
        with self.db.read() as session:
            a = rows.get(session, amendment_id)
            user = require_signed_in(actor)
            visibility.check_visible(session, user, a)
            if not user.is_official_of(a.bill_id) or not rows.to_model(a).pending or a.parent_id is not None:
                return None
            bill = bill_rows.get(session, a.bill_id)
            head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
            try:
                apply_change(head, change_of(a))
            except Conflict as exc:
                return cast(Obstacle, {"message": exc.message, **self._explain(session, bill, a, head, exc).details})
            return None

    def _explain(self, session: Session, bill: Bill, a: Amendment, head: BillTree, exc: Conflict) -> Conflict:
        node = head.find(a.article_eid)
        current = node.text if isinstance(node, Article) else None
        # shown to the official beside the amendment: amendments named by their number in the bill
        since = rewritten_by(session, bill.id, a.article_eid, a.base_version)
        collided = [x["id"] for x in since]
        by = by_amendments(since)
        moved = rebase(a.base_text, a.proposed_text, current) if a.kind == "modify" and current is not None else None
        return Conflict(
            f"amendment {amendment_label(a)} (id {a.id}) was written against version {a.base_version}; "
            f"the bill is now at version {bill.head_version} and the passage it changes was rewritten{by}: "
            f'{exc.message}. Accept it with an edited text ("text") or reject it.',
            base_version=a.base_version,
            head_version=bill.head_version,
            current_text=current,
            collided_with=collided,
            accepted_since=since,
            passages=passages(moved.conflicts) if moved else [],
            **{k: v for k, v in exc.details.items() if k == "conflicts"},
        )

    def _fall_children(self, session: Session, a: Amendment, why: str, now: datetime) -> None:
        for child in rows.pending_children(session, a.id):
            fall(session, child, why, now)

    # --- preview ----------------------------------------------------------------------------------

    def preview(self, actor: Actor | None, bill_ref: str | int, amendment_ids: list[int]) -> AcceptancePreview:
        """The text that accepting these amendments in this order would give, without committing.
        Someone else's draft is unknown; a hidden amendment is previewed only by those who may read it."""
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
            tree = head
            collisions: list[PreviewCollision] = []
            for amendment_id in amendment_ids:
                a = rows.get(session, amendment_id)
                visibility.check_visible(session, actor, a)
                if not visibility.sees_hidden(actor, a.bill_id, a.author_id):
                    visibility.refuse_hidden(f"amendment {a.id}", a, "previewed")
                if a.bill_id != bill.id or not rows.to_model(a).pending or a.parent_id is not None:
                    raise InvalidInput(f"amendment {amendment_id} is not a pending amendment of this bill")
                try:
                    tree = apply_change(tree, change_of(a))
                except Conflict as exc:
                    collisions.append({"amendment": a.id, "message": exc.message})
            before = {x.eid: x for x in head.articles()}
            changed: list[PreviewArticle] = []
            for article in tree.articles():
                old = before.pop(article.eid, None)
                if old is None or old.text != article.text:
                    old_text = old.text if old else ""
                    segments = [s.as_json() for s in readable_diff(old_text, article.text)]
                    changed.append({"eid": article.eid, "num": article.num, "text": article.text, "diff": segments})
            removed: list[RemovedArticle] = [{"eid": eid, "num": x.num} for eid, x in before.items()]
            return {
                "base_version": bill.head_version,
                "articles": changed,
                "removed": removed,
                "collisions": collisions,
            }


def _decided_by(span: Span, amendment_id: int, origin: Origin) -> Span:
    """The amendment's own passages carry its decision once it is adopted."""
    return replace(span, origin=origin) if span.origin.ref == amendment_id else span


def rebase_pending(
    session: Session,
    bill: Bill,
    before: BillTree,
    after: BillTree,
    number: int,
    caused_by: int | None,
    now: datetime,
) -> None:
    """Carry every pending amendment on the articles that changed from `before` to `after` over to
    version `number`, strictly; its events are logged in `session`, published on commit."""
    old = {x.eid: x for x in before.articles()}
    new = {x.eid: x for x in after.articles()}
    changed = [eid for eid, x in old.items() if eid not in new or new[eid].text != x.text]
    # why one falls is read by people: the amendment is named by its number in the bill
    cause = f"amendment {amendment_label(rows.get(session, caused_by))}" if caused_by else f"version {number}"
    maps: dict[tuple[str, str], PositionMap] = {}
    for p in rows.pending_on(session, bill.id, changed):
        if p.parent_id is not None or p.id == caused_by:
            continue
        was = p.base_version
        gone = p.after_eid if p.kind == "insert" else p.article_eid
        if gone not in new:
            fall(session, p, f"article {gone} was deleted by {cause}", now)
            rows.record_rebase(session, p, was, number, "fallen", caused_by, now)
            continue
        if p.kind == "insert":
            continue
        current = new[p.article_eid].text
        if p.kind == "delete":
            p.base_text, p.base_version = current, number
            rows.record_rebase(session, p, was, number, "clean", caused_by, now)
            continue
        key = (p.base_text, current)
        positions = maps.get(key) or maps.setdefault(key, PositionMap(*key, edits(*key)))
        result = rebase_with(positions, p.proposed_text)
        if result.text is not None and result.text == current:
            fall(session, p, f"the change it proposes was already made by {cause}", now)
            rows.record_rebase(session, p, was, number, "fallen", caused_by, now)
        elif result.text is not None:
            p.base_text, p.base_version, p.proposed_text = current, number, result.text
            p.proposed_hash, p.patch = rows.text_hash(result.text), patch_text(current, result.text)
            p.collides_with = [i for i in (p.collides_with or []) if i != caused_by]
            rows.record_rebase(session, p, was, number, "clean", caused_by, now)
            eventlog.append(session, events.amendment_rebased(bill.id, p.id, number), now)
        else:
            p.colliding = True
            p.collides_with = sorted(set(p.collides_with or []) | ({caused_by} if caused_by else set()))
            rows.record_rebase(session, p, was, number, "colliding", caused_by, now)
            colliding = events.amendment_colliding(bill.id, p.id, p.number, p.collides_with, number)
            eventlog.append(session, colliding, now)
            if p.author_id is not None:  # told to its author alone: no public event names people
                eventlog.append(session, events.notice(bill.id, p.author_id, colliding.type, colliding.data), now)
