"""Use cases of amendments: propose, edit, withdraw, read, list (comments: `services/comments.py`).

Decisions (accept, reject) and the rebase that follows them live in `services/decisions.py`.
"""

from __future__ import annotations

import hashlib
import html
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from drafting.domain import events
from drafting.domain.amendments import Change, collision_groups, edits_collide
from drafting.domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from drafting.domain.instructions import instruction_for, modify_instruction
from drafting.domain.permissions import Actor, require_signed_in
from drafting.domain.rebase import Edit, edits_of, rebase
from drafting.domain.richtext import check_markdown
from drafting.domain.textdiff import diff, patch_text
from drafting.domain.tree import Article, BillTree, Division, make_eid, split_alineas
from drafting.realtime.bus import MemoryBus
from drafting.services.memo import memo, rendered
from drafting.services.participation import consultation_refusal
from drafting.storage import amendments as rows
from drafting.storage import bills as bill_rows
from drafting.storage import eventlog
from drafting.storage import participation as p_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Amendment, AmendmentTransition, Bill

KINDS = ("modify", "insert", "delete")
STATUSES = ("draft", "submitted", "accepted", "rejected", "withdrawn", "fallen")
MAX_TEXT = 200_000


def change_of(a: Amendment) -> Change:
    if a.kind == "insert":
        return Change.insert(
            a.article_eid,
            a.num or "",
            a.proposed_text,
            after_eid=a.after_eid,
            parent_eid=a.parent_eid,
            heading=a.heading,
        )
    if a.kind == "delete":
        return Change.delete(a.article_eid)
    return Change.modify(a.article_eid, a.base_text, a.proposed_text)


def diff_segments(base: str, proposed: str) -> list[list[str]]:
    return [s.as_json() for s in diff(base, proposed)]


def amendment_json(a: Amendment, base: BillTree | None = None) -> dict[str, Any]:
    change = change_of(a)
    instruction = None
    if a.kind == "modify":  # a sub-amendment's instruction speaks of the amendment's text
        instruction = memo("instruction", a.base_text, a.proposed_text, modify_instruction)
    elif a.parent_id is None and base is not None:
        instruction = instruction_for(change, base)
    result = {
        "id": a.id,
        "bill": a.bill_id,
        "kind": a.kind,
        "article": a.article_eid,
        "after": a.after_eid,
        "division": a.parent_eid,
        "parent": a.parent_id,
        "num": a.num,
        "heading": a.heading,
        "status": a.status,
        "author": a.author_name,
        "author_id": a.author_id,
        "base_version": a.base_version,
        "base_text": a.base_text,
        "text": a.proposed_text,
        "diff": memo("diff", a.base_text, a.proposed_text, diff_segments),
        "patch": a.patch,
        "instruction": {"fr": instruction.fr, "en": instruction.en} if instruction else None,
        "justification": None if a.hidden_reason else a.justification,
        "justification_html": (
            f"<p>masqué par la modération : {html.escape(a.hidden_reason)}</p>"
            if a.hidden_reason
            else rendered(a.justification)
            if a.justification
            else ""
        ),
        "hidden": a.hidden_reason is not None,
        "colliding": a.colliding,
        "collides_with": list(a.collides_with or []),
        "support": a.support,
        "decided_version": a.decided_version,
        "created_at": a.created_at.isoformat(),
        "updated_at": a.updated_at.isoformat(),
    }
    if a.hidden_reason is not None:
        # Masked like hidden arguments and comments, and like the open data: the words and who
        # wrote them; what it is on and where it stands stay visible.
        result.update(author=None, author_id=None, heading=None, text=None, diff=None, patch=None, instruction=None)
    return result


def normalized(text: str) -> str:
    """The article `text` form: alinéas without surrounding blanks, joined by newlines."""
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"the proposed text has {len(text):,} characters; at most {MAX_TEXT:,} are allowed")
    return "\n".join(split_alineas(text))


def may_contribute(actor: Actor, bill: Bill) -> None:
    """Officials always; others while the bill is open and within its consultation period."""
    if actor.is_official_of(bill.id):
        return
    refusal = consultation_refusal(bill, datetime.now(UTC))
    if refusal is not None:
        raise Forbidden(refusal)


class Amendments:
    def __init__(self, db: Database, bus: MemoryBus) -> None:
        self.db = db
        self.bus = bus

    def _publish(self, payloads: list[dict[str, Any]]) -> None:
        for payload in payloads:
            self.bus.publish(payload)

    # --- proposing ------------------------------------------------------------------------------

    def propose(self, actor: Actor | None, bill_ref: str | int, body: dict[str, Any]) -> dict[str, Any]:
        author = require_signed_in(actor)
        now = datetime.now(UTC)
        justification = body.get("justification") or ""
        if justification:
            check_markdown(justification)
        with self.db.write() as session:
            bill = bill_rows.get(session, bill_ref, lock=True)
            may_contribute(author, bill)
            base_number = body.get("base_version") or bill.head_version
            base_tree = version_rows.load_tree(session, version_rows.get_version(session, bill.id, base_number))
            amendment = self._new(session, bill, base_number, base_tree, body)
            amendment.author_id, amendment.author_name = author.id, author.display_name
            amendment.justification = justification
            amendment.created_at = amendment.updated_at = now
            status = "draft" if body.get("draft") else "submitted"
            amendment.status = "draft"
            session.add(amendment)
            session.flush()
            rows.record_transition(
                session,
                amendment,
                status,
                actor_id=author.id,
                actor_name=author.display_name,
                reason=None,
                at=now,
            )
            collisions = self._collisions(session, bill, amendment) if status == "submitted" else []
            logged = []
            if status == "submitted":
                event = events.Event(
                    "amendment.submitted",
                    bill.id,
                    {"amendment": amendment.id, "article": amendment.article_eid},
                )
                logged.append(eventlog.append(session, event, now))
            result = {**amendment_json(amendment, base_tree), "collisions": collisions}
        self._publish(logged)
        return result

    def _new(self, session: Session, bill: Bill, base_number: int, base: BillTree, body: dict[str, Any]) -> Amendment:
        kind = body.get("kind") or "modify"
        parent_id = body.get("parent")
        if parent_id is not None:
            return self._sub_amendment(session, bill, parent_id, body)
        if kind not in KINDS:
            raise InvalidInput(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
        if kind == "insert":
            return self._insertion(session, bill, base_number, base, body)
        eid = body.get("article")
        if not eid:
            raise InvalidInput(f'a {kind} amendment names its article: "article": EID')
        article = base.find(eid)
        if not isinstance(article, Article):
            raise NotFound(f"version {base_number} of this bill has no article {eid!r}")
        proposed = "" if kind == "delete" else normalized(body.get("text") or "")
        if kind == "modify" and proposed == article.text:
            raise InvalidInput("the proposed text is the article's text: an amendment must change something")
        if kind == "modify" and not proposed:
            raise InvalidInput("the proposed text is empty; to remove the article, propose a delete amendment")
        return amendment_row(bill.id, kind, eid, base_number, article.text, proposed)

    def _insertion(
        self, session: Session, bill: Bill, base_number: int, base: BillTree, body: dict[str, Any]
    ) -> Amendment:
        after, division = body.get("after"), body.get("division")
        num = (body.get("num") or "").strip()
        if not num:
            raise InvalidInput('a new article needs its number: "num": "3 bis"')
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
        text = normalized(body.get("text") or "")
        if not text:
            raise InvalidInput("a new article needs its text")
        eid = make_eid("article", num, parent_eid, rows.taken_eids(session, bill.id))
        row = amendment_row(bill.id, "insert", eid, base_number, "", text)
        row.after_eid, row.parent_eid, row.num = after, None if after else division, num
        row.heading = (body.get("heading") or "").strip() or None
        return row

    def _sub_amendment(self, session: Session, bill: Bill, parent_id: int, body: dict[str, Any]) -> Amendment:
        parent = rows.get(session, int(parent_id))
        if parent.bill_id != bill.id:
            raise InvalidInput(f"amendment {parent_id} belongs to another bill")
        if parent.status != "submitted" or parent.kind == "delete":
            raise Conflict(f"amendment {parent_id} is {parent.status} ({parent.kind}): it cannot be sub-amended")
        proposed = normalized(body.get("text") or "")
        if proposed == parent.proposed_text:
            raise InvalidInput("the sub-amendment proposes the amendment's own text: it must change something")
        row = amendment_row(bill.id, "modify", parent.article_eid, parent.base_version, parent.proposed_text, proposed)
        row.parent_id = parent.id
        return row

    def _collisions(self, session: Session, bill: Bill, amendment: Amendment) -> list[int]:
        """Pending amendments that change an overlapping passage of the same article; the group is
        recorded on every member so officials see it (discussion commune)."""
        if amendment.kind == "insert" or amendment.parent_id is not None:
            return []
        head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
        node = head.find(amendment.article_eid)
        current = node.text if isinstance(node, Article) else None
        mine = self._edits_against(amendment, current)
        hits = []
        for other in rows.pending_on(session, bill.id, [amendment.article_eid]):
            if other.id == amendment.id or other.parent_id is not None or other.kind == "insert":
                continue
            if amendment.kind == "delete" or other.kind == "delete" or current is None or mine is None:
                hits.append(other.id)
                continue
            theirs = self._edits_against(other, current)
            if theirs is None or edits_collide(mine, theirs):
                hits.append(other.id)
        for other_id in hits:
            other = rows.get(session, other_id)
            other.collides_with = sorted(set(other.collides_with or []) | {amendment.id})
        amendment.collides_with = sorted(set(amendment.collides_with or []) | set(hits))
        return hits

    @staticmethod
    def _edits_against(a: Amendment, current: str | None) -> tuple[Edit, ...] | None:
        """The amendment's edits of the article's current text; None when it no longer applies."""
        if current is None:
            return None
        if a.base_text == current:  # the usual case: pending amendments follow the head
            return memo("edits", current, a.proposed_text, edits_of)
        moved = rebase(a.base_text, a.proposed_text, current)
        return memo("edits", current, moved.text, edits_of) if moved.text is not None else None

    # --- editing and withdrawing ----------------------------------------------------------------

    def edit(self, actor: Actor | None, amendment_id: int, body: dict[str, Any]) -> dict[str, Any]:
        author = require_signed_in(actor)
        now = datetime.now(UTC)
        with self.db.write() as session:
            amendment = rows.get(session, amendment_id)
            bill = bill_rows.get(session, amendment.bill_id, lock=True)
            amendment = rows.get(session, amendment_id)
            if amendment.author_id != author.id:
                raise Forbidden(f"only the author of amendment {amendment_id} may edit it")
            if amendment.status not in ("draft", "submitted"):
                raise Conflict(f"amendment {amendment_id} is {amendment.status}: it can no longer be edited")
            may_contribute(author, bill)
            if "justification" in body and body["justification"] is not None:
                check_markdown(body["justification"])
                amendment.justification = body["justification"]
            if body.get("text") is not None and amendment.kind != "delete":
                proposed = normalized(body["text"])
                if amendment.colliding:
                    self._repair(session, bill, amendment, now)
                if proposed == amendment.base_text or not proposed:
                    raise InvalidInput("the proposed text must change the article and must not be empty")
                amendment.proposed_text = proposed
                amendment.proposed_hash = _sha(proposed)
                amendment.patch = patch_text(amendment.base_text, proposed)
            if body.get("heading") is not None and amendment.kind == "insert":
                amendment.heading = body["heading"].strip() or None
            amendment.updated_at = now
            logged = []
            if amendment.status == "draft" and body.get("submit"):
                rows.record_transition(
                    session,
                    amendment,
                    "submitted",
                    actor_id=author.id,
                    actor_name=author.display_name,
                    reason=None,
                    at=now,
                )
            collisions = self._collisions(session, bill, amendment) if amendment.status == "submitted" else []
            if amendment.status == "submitted":
                kind = "amendment.submitted" if body.get("submit") else "amendment.edited"
                event = events.Event(kind, bill.id, {"amendment": amendment.id, "article": amendment.article_eid})
                logged.append(eventlog.append(session, event, now))
            base = version_rows.load_tree(session, version_rows.get_version(session, bill.id, amendment.base_version))
            result = {**amendment_json(amendment, base), "collisions": collisions}
        self._publish(logged)
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

    def withdraw(self, actor: Actor | None, amendment_id: int, reason: str | None) -> dict[str, Any]:
        author = require_signed_in(actor)
        now = datetime.now(UTC)
        with self.db.write() as session:
            amendment = rows.get(session, amendment_id)
            bill_rows.get(session, amendment.bill_id, lock=True)
            if amendment.author_id != author.id:
                raise Forbidden(f"only the author of amendment {amendment_id} may withdraw it")
            if amendment.status not in ("draft", "submitted"):
                raise Conflict(f"amendment {amendment_id} is {amendment.status}: it can no longer be withdrawn")
            rows.record_transition(
                session,
                amendment,
                "withdrawn",
                actor_id=author.id,
                actor_name=author.display_name,
                reason=reason,
                at=now,
            )
            event = events.Event("amendment.withdrawn", amendment.bill_id, {"amendment": amendment.id})
            logged = [eventlog.append(session, event, now)]
            for child in rows.pending_children(session, amendment.id):
                logged += fall(session, child, f"amendment {amendment.id}, which it changes, was withdrawn", now)
            result = amendment_json(amendment, _base_tree(session, amendment))
        self._publish(logged)
        return result

    def discussions(self, bill_ref: str | int) -> dict[str, Any]:
        """Pending amendments to discuss together (discussion commune): per article, the groups of
        those whose changes overlap, compared on the article's current text; a delete overlaps all."""
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
            by_article: dict[str, list[Amendment]] = {}
            for a in rows.pending_changes(session, bill.id):
                by_article.setdefault(a.article_eid, []).append(a)
            groups = []
            for eid, pending in by_article.items():
                article = head.find(eid)
                current = article.text if isinstance(article, Article) else ""
                deletes = [a.id for a in pending if a.kind == "delete"]
                # the text each would give if applied now; colliding ones stand apart until repaired
                items = [(a.id, current, a.proposed_text) for a in pending if a.kind == "modify" and not a.colliding]
                found = collision_groups(items)
                if deletes and len(pending) > 1:
                    found = [sorted(a.id for a in pending if not a.colliding or a.kind == "delete")]
                groups += [{"article": eid, "amendments": group} for group in found if len(group) > 1]
            return {"version": bill.head_version, "groups": groups}

    # --- reading ----------------------------------------------------------------------------------

    def get(self, actor: Actor | None, amendment_id: int) -> dict[str, Any]:
        with self.db.read() as session:
            amendment = rows.get(session, amendment_id)
            _hide_drafts(actor, amendment)
            base = version_rows.load_tree(
                session, version_rows.get_version(session, amendment.bill_id, amendment.base_version)
            )
            history = [transition_json(t) for t in rows.transitions(session, amendment_id)]
            rebases = [
                {
                    "from_version": r.from_version,
                    "to_version": r.to_version,
                    "outcome": r.outcome,
                    "caused_by": r.caused_by,
                    "at": r.at.isoformat(),
                }
                for r in rows.rebases(session, amendment_id)
            ]
            tally = p_rows.tallies_for(session, amendment.bill_id, "amendment", [amendment.id])[amendment.id]
            return {**amendment_json(amendment, base), "tally": tally, "history": history, "rebases": rebases}

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
    ) -> dict[str, Any]:
        if status is not None and status not in STATUSES:
            raise InvalidInput(f"status must be one of {', '.join(STATUSES)}, got {status!r}")
        if sort not in ("date", "support"):
            raise InvalidInput(f"sort must be date or support, got {sort!r}")
        if status == "draft" and (actor is None or author != actor.id):
            raise Forbidden("drafts are private: list your own with author=YOUR_ID")
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            found = rows.listing(
                session,
                bill.id,
                article=article,
                status=status,
                author=author,
                sort=sort,
                offset=(page - 1) * per_page,
                limit=per_page + 1,
            )
            visible = [a for a in found if a.status != "draft" or (actor and a.author_id == actor.id)][:per_page]
            tallies = p_rows.tallies_for(session, bill.id, "amendment", [a.id for a in visible])
            trees: dict[int, BillTree] = {}
            return {
                "items": [
                    {**amendment_json(a, _base_tree(session, a, trees)), "tally": tallies[a.id]} for a in visible
                ],
                "page": page,
                "next_page": page + 1 if len(found) > per_page else None,
            }


def fall(session: Session, a: Amendment, why: str, now: datetime) -> list[dict[str, Any]]:
    """The amendment can no longer apply; its pending sub-amendments fall with it."""
    rows.record_transition(session, a, "fallen", actor_id=None, actor_name="drafting", reason=why, at=now)
    payload = {"amendment": a.id, "author": a.author_id, "reason": why}
    logged = [eventlog.append(session, events.Event("amendment.fallen", a.bill_id, payload), now)]
    for child in rows.pending_children(session, a.id):
        logged += fall(session, child, f"amendment {a.id}, which it changes, fell", now)
    return logged


def transition_json(t: AmendmentTransition) -> dict[str, Any]:
    return {
        "from": t.from_status,
        "to": t.to_status,
        "by": t.actor_name,
        "reason": t.reason,
        "version": t.version,
        "at": t.at.isoformat(),
    }


def _base_tree(session: Session, a: Amendment, seen: dict[int, BillTree] | None = None) -> BillTree | None:
    """The version an insert or delete was written against, which its instruction names places in
    (a modify's instruction needs only its texts); `seen` keeps a listing to one read per version."""
    if a.kind == "modify" or a.parent_id is not None:
        return None
    seen = {} if seen is None else seen
    if a.base_version not in seen:
        version = version_rows.get_version(session, a.bill_id, a.base_version)
        seen[a.base_version] = version_rows.load_tree(session, version)
    return seen[a.base_version]


def _hide_drafts(actor: Actor | None, amendment: Amendment) -> None:
    if amendment.status == "draft" and (actor is None or actor.id != amendment.author_id):
        raise NotFound(f"no amendment {amendment.id}")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def amendment_row(bill_id: int, kind: str, eid: str, base_version: int, base_text: str, proposed: str) -> Amendment:
    return Amendment(
        bill_id=bill_id,
        kind=kind,
        article_eid=eid,
        base_version=base_version,
        base_text=base_text,
        proposed_text=proposed,
        proposed_hash=_sha(proposed),
        patch=patch_text(base_text, proposed),
        colliding=False,
        collides_with=[],
        support=0,
    )
