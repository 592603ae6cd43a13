"""Comment threads on articles, amendments and annotations: Markdown rendered safely, edits within a
window with their history kept, deletion that leaves a tombstone for the replies.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from drafting.domain import events
from drafting.domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from drafting.domain.permissions import Actor, require_signed_in
from drafting.domain.richtext import check_markdown
from drafting.domain.text_hygiene import check_text
from drafting.domain.tree import Article
from drafting.realtime.bus import MemoryBus
from drafting.services import visibility
from drafting.services.memo import rendered
from drafting.services.participation import may_contribute
from drafting.services.views.paging import Page
from drafting.services.views.participation import CommentRevisionView, CommentView
from drafting.storage import bills as bill_rows
from drafting.storage import contributions, eventlog
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Amendment, Annotation, Bill, Comment, CommentRevision

TARGETS = ("article", "amendment", "annotation")
EDIT_WINDOW = timedelta(minutes=15)
MODERATED = "masqué par la modération : {}"


def comment_json(c: Comment) -> CommentView:
    deleted, hidden = c.deleted_at is not None, c.hidden_reason is not None
    shown = not deleted and not hidden
    notice = "commentaire supprimé" if deleted else MODERATED.format(c.hidden_reason) if hidden else None
    return {
        "id": c.id,
        "target": {"type": c.target_type, "id": c.target_id},
        "parent": c.parent_id,
        "author": c.author_name if shown else None,
        "body": c.body if shown else None,
        "html": rendered(c.body) if shown else "",
        "notice": notice,
        "deleted": deleted,
        "hidden": hidden,
        "created_at": c.created_at.isoformat(),
        "edited_at": c.edited_at.isoformat() if c.edited_at else None,
    }


class Comments:
    def __init__(self, db: Database, bus: MemoryBus) -> None:
        self.db = db
        self.bus = bus

    def _bill_of(self, session: Session, bill_ref: str | int | None, target_type: str, target_id: str) -> Bill:
        """The bill a target belongs to, checking that the target exists."""
        if target_type == "amendment":
            amendment = session.get(Amendment, _int(target_id, "amendment"))
            if amendment is None or visibility.is_private(session, amendment):
                raise NotFound(f"no amendment {target_id}")
            visibility.refuse_hidden(f"amendment {target_id}", amendment, "commented on")
            return bill_rows.get(session, amendment.bill_id, lock=True)
        if target_type == "annotation":
            annotation = session.get(Annotation, _int(target_id, "annotation"))
            if annotation is None:
                raise NotFound(f"no annotation {target_id}")
            visibility.refuse_hidden(f"annotation {target_id}", annotation, "commented on")
            return bill_rows.get(session, annotation.bill_id, lock=True)
        if target_type != "article" or bill_ref is None:
            raise InvalidInput(f"comments go on {', '.join(TARGETS)}, not {target_type!r}")
        bill = bill_rows.get(session, bill_ref, lock=True)
        head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
        if not isinstance(head.find(target_id), Article):
            raise NotFound(f"the bill has no article {target_id!r}")
        return bill

    def create(
        self,
        actor: Actor | None,
        target_type: str,
        target_id: str,
        body: str,
        *,
        bill_ref: str | int | None = None,
        reply_to: int | None = None,
    ) -> CommentView:
        author = require_signed_in(actor)
        check_text("body", body)
        check_markdown(body)
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            bill = self._bill_of(session, bill_ref, target_type, target_id)
            may_contribute(author, bill)
            if reply_to is not None:
                parent = session.get(Comment, reply_to)
                if parent is None or (parent.target_type, parent.target_id) != (target_type, target_id):
                    raise InvalidInput(f"comment {reply_to} is not in this thread")
                visibility.refuse_hidden(f"comment {reply_to}", parent, "replied to")
            comment = Comment(
                bill_id=bill.id,
                target_type=target_type,
                target_id=target_id,
                parent_id=reply_to,
                author_id=author.id,
                author_name=author.display_name,
                body=body,
                created_at=now,
            )
            session.add(comment)
            session.flush()
            created = events.comment_created(bill.id, comment.id, target_type, target_id)
            eventlog.append(session, created, now)
            return comment_json(comment)

    def thread(
        self, target_type: str, target_id: str, *, bill_ref: str | int | None = None, page: int = 1, per_page: int = 100
    ) -> Page[CommentView]:
        """The comments on a target that exists: an unknown amendment, annotation or article is a 404,
        not an empty thread. An article counts if any version of the bill has it, so the thread of an
        article a later version removed can still be read (new comments need it in the head)."""
        with self.db.read() as session:
            bill_id = _existing_target(session, bill_ref, target_type, target_id)
            found = contributions.comments_on(
                session, target_type, target_id, bill_id=bill_id, offset=(page - 1) * per_page, limit=per_page + 1
            )
            return {
                "items": [comment_json(c) for c in found[:per_page]],
                "page": page,
                "next_page": page + 1 if len(found) > per_page else None,
            }

    def check_author(self, actor: Actor | None, comment_id: int) -> None:
        """Refuse (401, 403, 404) anyone but the author, before the new text is read: who, then what."""
        author = require_signed_in(actor)
        with self.db.read() as session:
            comment = session.get(Comment, comment_id)
            if comment is None or comment.deleted_at is not None:
                raise NotFound(f"no comment {comment_id}")
            if comment.author_id != author.id:
                raise Forbidden(f"only the author of comment {comment_id} may change it")

    def edit(self, actor: Actor | None, comment_id: int, body: str) -> CommentView:
        author = require_signed_in(actor)
        check_text("body", body)
        check_markdown(body)
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            comment, bill = self._own(session, author, comment_id)
            may_contribute(author, bill)  # the rule for posting: officials always, others while open
            if comment.hidden_reason is not None:
                raise Conflict(
                    f"comment {comment_id} is hidden by moderation ({comment.hidden_reason}): it cannot be "
                    "edited while hidden, or restoring it would publish text no moderator has read"
                )
            if now - comment.created_at > EDIT_WINDOW:
                minutes = int(EDIT_WINDOW.total_seconds() // 60)
                raise Conflict(f"comments can be edited for {minutes} minutes after they are posted")
            session.add(CommentRevision(comment_id=comment.id, body=comment.body, replaced_at=now))
            comment.body, comment.edited_at = body, now
            target = comment.target_type, comment.target_id
            changed = events.comment_edited(comment.bill_id, comment.id, *target)
            eventlog.append(session, changed, now)
            return comment_json(comment)

    def delete(self, actor: Actor | None, comment_id: int) -> CommentView:
        author = require_signed_in(actor)
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            comment, bill = self._own(session, author, comment_id)
            may_contribute(author, bill)
            comment.deleted_at = now  # a tombstone: replies keep their place in the thread
            target = comment.target_type, comment.target_id
            changed = events.comment_deleted(comment.bill_id, comment.id, *target)
            eventlog.append(session, changed, now)
            return comment_json(comment)

    def history(self, comment_id: int) -> list[CommentRevisionView]:
        with self.db.read() as session:
            comment = session.get(Comment, comment_id)
            if comment is None or comment.deleted_at or comment.hidden_reason:
                raise NotFound(f"no comment {comment_id}")
            revisions = contributions.comment_revisions(session, comment_id)
            return [{"body": r.body, "replaced_at": r.replaced_at.isoformat()} for r in revisions]

    @staticmethod
    def _own(session: Session, author: Actor, comment_id: int) -> tuple[Comment, Bill]:
        """The author's own comment (not deleted) and its bill, locked."""
        comment = session.get(Comment, comment_id)
        if comment is None or comment.deleted_at is not None:
            raise NotFound(f"no comment {comment_id}")
        bill = bill_rows.get(session, comment.bill_id, lock=True)
        session.refresh(comment)  # re-read under the lock: it may just have been hidden or deleted
        if comment.deleted_at is not None:
            raise NotFound(f"no comment {comment_id}")
        if comment.author_id != author.id:
            raise Forbidden(f"only the author of comment {comment_id} may change it")
        return comment, bill


def _existing_target(session: Session, bill_ref: str | int | None, target_type: str, target_id: str) -> int | None:
    """Check that a thread's target exists (NotFound otherwise); the bill id for an article, whose
    ids are unique per bill only."""
    if target_type == "amendment":
        amendment = session.get(Amendment, _int(target_id, "amendment"))
        if amendment is None or visibility.is_private(session, amendment):
            raise NotFound(f"no amendment {target_id}")
        return None
    if target_type == "annotation":
        if session.get(Annotation, _int(target_id, "annotation")) is None:
            raise NotFound(f"no annotation {target_id}")
        return None
    if target_type != "article" or bill_ref is None:
        raise InvalidInput(f"comments go on {', '.join(TARGETS)}, not {target_type!r}")
    bill = bill_rows.get(session, bill_ref)
    if not contributions.article_ever_existed(session, bill.id, target_id):
        raise NotFound(f"no version of bill {bill_ref} has an article {target_id!r}")
    return bill.id


def _int(value: str, what: str) -> int:
    if not value.isdigit():
        raise InvalidInput(f"{what} ids are whole numbers, got {value!r}")
    return int(value)
