"""SQLAlchemy tables. Versions share article revisions: a version stores only the nodes it changed.

`version_nodes` holds one row per (node, version that changed it); the text of version N is, for each
node of N's outline, the row with the highest version number <= N.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

MAX_INT = 2**31 - 1
"""The largest value of the integer columns (PostgreSQL `integer`): ids, version numbers, event ids
per bill. Input naming a larger one names nothing, and would overflow the database driver."""


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend; SQLite stores them naive, in UTC, so they sort."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use datetime.now(UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="citizen")  # citizen | official | admin
    created_at: Mapped[datetime]


class UserSession(Base):
    __tablename__ = "sessions"
    # sha256 of the cookie token: a stolen database does not yield live sessions.
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class Bill(Base):
    __tablename__ = "bills"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | open | closed | adopted
    language: Mapped[str] = mapped_column(String(8), default="fr")
    head_version: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # The consultation period officials set; contributions are accepted between the two.
    opens_at: Mapped[datetime | None]
    closes_at: Mapped[datetime | None]
    # Whether the last consultation.opened / .closed event said contributions are taken: the
    # clock compares it with the period to announce each end once, whichever process sees it first.
    # None on bills older than the column: their state is taken as already known, silently.
    consultation_open: Mapped[bool | None]


class BillOfficial(Base):
    __tablename__ = "bill_officials"
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)


class NodeRevision(Base):
    """The content of one node (division or article) as it stood in one or more versions."""

    __tablename__ = "node_revisions"
    __table_args__ = (UniqueConstraint("bill_id", "eid", "content_hash"),)
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"))
    eid: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    num: Mapped[str] = mapped_column(String(80))
    heading: Mapped[str | None] = mapped_column(Text)
    alineas: Mapped[list[Any]] = mapped_column(JSON, default=list)
    content_hash: Mapped[str] = mapped_column(String(64))


class Outline(Base):
    """The order and nesting of a version's nodes, by eid; shared by versions with the same shape."""

    __tablename__ = "outlines"
    __table_args__ = (UniqueConstraint("bill_id", "shape_hash"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"))
    shape_hash: Mapped[str] = mapped_column(String(64))
    shape: Mapped[list[Any]] = mapped_column(JSON)


class Version(Base):
    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("bill_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"))
    number: Mapped[int]
    parent_number: Mapped[int | None]
    label: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(index=True)
    outline_id: Mapped[int] = mapped_column(ForeignKey("outlines.id"))
    content_hash: Mapped[str] = mapped_column(String(64))
    source_format: Mapped[str | None] = mapped_column(String(16))
    # The accepted amendment that made this version, if one did.
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendments.id", ondelete="SET NULL"))
    # 1: the hash covers the text; 2: the text and the label, author, time and amendment (VersionMeta)
    hash_scheme: Mapped[int] = mapped_column(default=1, server_default="1")


class VersionNode(Base):
    __tablename__ = "version_nodes"
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), primary_key=True)
    eid: Mapped[str] = mapped_column(String(200), primary_key=True)
    version_number: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("node_revisions.id"))


class Event(Base):
    """The log of what happened to a bill, in order: the truth that live clients replay from."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("bill_id", "seq"), Index("ix_events_bill_seq", "bill_id", "seq"))
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"))
    seq: Mapped[int]
    type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime]


class Amendment(Base):
    """A proposed change to one article (modify, delete) or a new article (insert), against a
    named base version; a sub-amendment changes the proposed text of its parent."""

    __tablename__ = "amendments"
    __table_args__ = (
        Index("ix_amendments_bill_article_status", "bill_id", "article_eid", "status"),
        UniqueConstraint("bill_id", "number", name="uq_amendments_bill_number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"))
    number: Mapped[int]  # n° in the bill, from 1 as in Parliament; ids stay global
    revision: Mapped[int] = mapped_column(default=0, server_default="0")  # 0, then 1 « rect. », 2 « rect. bis »
    # who wrote each passage of proposed_text, once a sub-amendment changed it (footprint spans)
    credits: Mapped[list[Any] | None] = mapped_column(JSON)
    kind: Mapped[str] = mapped_column(String(10))  # modify | insert | delete
    article_eid: Mapped[str] = mapped_column(String(200))  # the target; for insert, the new article
    after_eid: Mapped[str | None] = mapped_column(String(200))  # insert: after this article
    parent_eid: Mapped[str | None] = mapped_column(String(200))  # insert at the start of this division
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("amendments.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    author_name: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(12), index=True)
    base_version: Mapped[int]
    base_text: Mapped[str] = mapped_column(Text)
    proposed_text: Mapped[str] = mapped_column(Text)
    proposed_hash: Mapped[str] = mapped_column(String(64))
    patch: Mapped[str] = mapped_column(Text)
    num: Mapped[str | None] = mapped_column(String(80))  # insert: number of the new article
    heading: Mapped[str | None] = mapped_column(Text)
    justification: Mapped[str] = mapped_column(Text)
    colliding: Mapped[bool] = mapped_column(default=False)
    collides_with: Mapped[list[Any]] = mapped_column(JSON, default=list)
    support: Mapped[int] = mapped_column(default=0)
    decided_version: Mapped[int | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    hidden_reason: Mapped[str | None] = mapped_column(Text)
    # its number in Parliament (« 42 », « COM-3 ») when `drafting import-amendments` brought it in
    parliament_number: Mapped[str | None] = mapped_column(String(40))


class AmendmentText(Base):
    """An earlier text of a rectified amendment: what revision `revision` read until `replaced_at`."""

    __tablename__ = "amendment_texts"
    __table_args__ = (UniqueConstraint("amendment_id", "revision"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    amendment_id: Mapped[int] = mapped_column(ForeignKey("amendments.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int]
    base_version: Mapped[int]
    base_text: Mapped[str] = mapped_column(Text)
    proposed_text: Mapped[str] = mapped_column(Text)
    heading: Mapped[str | None] = mapped_column(Text)
    justification: Mapped[str] = mapped_column(Text)
    replaced_at: Mapped[datetime]


class AmendmentTransition(Base):
    """Every change of status: who, when, why; a decision's reason is public."""

    __tablename__ = "amendment_transitions"
    id: Mapped[int] = mapped_column(primary_key=True)
    amendment_id: Mapped[int] = mapped_column(ForeignKey("amendments.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int | None]
    at: Mapped[datetime]


class AmendmentRebase(Base):
    __tablename__ = "amendment_rebases"
    id: Mapped[int] = mapped_column(primary_key=True)
    amendment_id: Mapped[int] = mapped_column(ForeignKey("amendments.id", ondelete="CASCADE"), index=True)
    from_version: Mapped[int]
    to_version: Mapped[int]
    outcome: Mapped[str] = mapped_column(String(12))  # clean | colliding | fallen
    caused_by: Mapped[int | None] = mapped_column(ForeignKey("amendments.id", ondelete="SET NULL"))
    at: Mapped[datetime]


class Comment(Base):
    """A comment in a thread on an article, an amendment or an annotation; deleting leaves a tombstone."""

    __tablename__ = "comments"
    __table_args__ = (Index("ix_comments_target", "target_type", "target_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), index=True)
    target_type: Mapped[str] = mapped_column(String(16))  # article | amendment | annotation
    target_id: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    edited_at: Mapped[datetime | None]
    deleted_at: Mapped[datetime | None]
    hidden_reason: Mapped[str | None] = mapped_column(Text)  # set while hidden by moderation


class CommentRevision(Base):
    """An earlier body of an edited comment: edits keep their history."""

    __tablename__ = "comment_revisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text)
    replaced_at: Mapped[datetime]


class Annotation(Base):
    """A comment on a passage of an article, anchored by quote, context and position (W3C Web
    Annotation selectors), re-anchored at each new version; orphans are kept."""

    __tablename__ = "annotations"
    __table_args__ = (Index("ix_annotations_bill_article", "bill_id", "article_eid"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"))
    article_eid: Mapped[str] = mapped_column(String(200))
    version: Mapped[int]  # the version the current anchor is against
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text)
    suffix: Mapped[str] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    orphaned: Mapped[bool] = mapped_column(default=False)
    anchored_by: Mapped[str] = mapped_column(String(12), default="quote")  # quote | position | diff | fuzzy | orphaned
    original_exact: Mapped[str] = mapped_column(Text)
    original_version: Mapped[int]
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    hidden_reason: Mapped[str | None] = mapped_column(Text)


class Tally(Base):
    """Vote counts of an article or amendment, kept in step with `votes` (plus counts imported
    from an earlier platform, which have no individual rows)."""

    __tablename__ = "tallies"
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), primary_key=True)
    target_type: Mapped[str] = mapped_column(String(16), primary_key=True)  # article | amendment
    target_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    agree: Mapped[int] = mapped_column(default=0)
    mixed: Mapped[int] = mapped_column(default=0)
    disagree: Mapped[int] = mapped_column(default=0)


class Vote(Base):
    __tablename__ = "votes"
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), primary_key=True)
    target_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    target_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    value: Mapped[str] = mapped_column(String(10))  # agree | mixed | disagree
    at: Mapped[datetime]
    revision: Mapped[int | None]  # on an amendment: the revision of its text the vote was cast on


class Argument(Base):
    """For or against (pour / contre) an article or an amendment; others mark it useful."""

    __tablename__ = "arguments"
    __table_args__ = (Index("ix_arguments_target", "bill_id", "target_type", "target_id", "stance"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"))
    target_type: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[str] = mapped_column(String(200))
    stance: Mapped[str] = mapped_column(String(8))  # for | against
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    useful: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    hidden_reason: Mapped[str | None] = mapped_column(Text)
    revision: Mapped[int | None]  # on an amendment: the revision of its text the argument was made on


class ArgumentUseful(Base):
    __tablename__ = "argument_useful"
    argument_id: Mapped[int] = mapped_column(ForeignKey("arguments.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)


class Report(Base):
    """Someone signed in reporting a contribution, with a reason, for moderators to review."""

    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), index=True)
    target_type: Mapped[str] = mapped_column(String(16))  # comment | argument | annotation | amendment
    target_id: Mapped[int]
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]


class ModerationAction(Base):
    """The audit log of moderation: every hide and restore, by whom and why."""

    __tablename__ = "moderation_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), index=True)
    target_type: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[int]
    action: Mapped[str] = mapped_column(String(8))  # hide | restore
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]


class ArticleFootprint(Base):
    """Which change put each span of an article's text there, stored when the article changes,
    so that a footprint is read, never recomputed from the whole history."""

    __tablename__ = "article_footprints"
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), primary_key=True)
    eid: Mapped[str] = mapped_column(String(200), primary_key=True)
    version_number: Mapped[int] = mapped_column(primary_key=True)
    spans: Mapped[list[Any]] = mapped_column(JSON)


class Presence(Base):
    """How many people one app process has reading a bill, and on which articles: each process
    rewrites its own rows every few seconds, and adds up the fresh rows of the others (presence
    across processes; no identities)."""

    __tablename__ = "presence"
    process: Mapped[str] = mapped_column(String(40), primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), primary_key=True)
    readers: Mapped[int]
    articles: Mapped[dict[str, int]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(index=True)


Contribution = Comment | Argument | Annotation | Amendment
"""What people write and moderators may hide (each has `author_name` and `hidden_reason`)."""
