"""Annotations: a citizen's comment on a passage of an article, anchored by quote and context, and
carried to every new version through the exact diff (or orphaned, never lost, never misplaced).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from drafting.domain import events
from drafting.domain.anchors import Anchor, anchor, reanchor_many
from drafting.domain.errors import NotFound
from drafting.domain.permissions import Actor, require_signed_in
from drafting.domain.richtext import check_markdown
from drafting.domain.tree import Article, BillTree
from drafting.realtime.bus import MemoryBus
from drafting.services.commands import NewAnnotation
from drafting.services.memo import rendered
from drafting.services.participation import hidden_html, may_contribute
from drafting.services.views.participation import (
    AnnotationPage,
    AnnotationView,
    WebAnnotation,
    WebAnnotationTarget,
)
from drafting.storage import bills as bill_rows
from drafting.storage import contributions, eventlog
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Annotation

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def annotation_json(a: Annotation) -> AnnotationView:
    hidden = a.hidden_reason is not None
    return {
        "id": a.id,
        "bill": a.bill_id,
        "article": a.article_eid,
        "version": a.version,
        "quote": {"exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
        "position": {"start": a.start, "end": a.end},
        "orphaned": a.orphaned,
        "anchored_by": a.anchored_by,
        "original": {"exact": a.original_exact, "version": a.original_version},
        "author": None if hidden else a.author_name,
        "body": None if hidden else a.body,
        "html": hidden_html(a.hidden_reason or "") if hidden else rendered(a.body),
        "hidden": hidden,
        "created_at": a.created_at.isoformat(),
    }


def web_annotation(a: Annotation, base_url: str) -> WebAnnotation:
    """The W3C Web Annotation (JSON-LD) form, for open data. A hidden annotation keeps its id and
    target but has no `creator` and no `body` (the model allows an annotation without either), and
    `hidden` (not a term of the model: JSON-LD processors ignore it) says why."""
    source = f"{base_url}/api/bills/{a.bill_id}/articles/{a.article_eid}?version={a.version}"
    hidden = a.hidden_reason is not None
    target: WebAnnotationTarget = {
        "source": source,
        "selector": Anchor(a.start, a.end, a.exact, a.prefix, a.suffix).as_selectors()
        if not a.orphaned
        else [{"type": "TextQuoteSelector", "exact": a.original_exact}],
    }
    web_id, created = f"{base_url}/api/annotations/{a.id}", a.created_at.isoformat()
    if hidden:
        return {
            "@context": CONTEXT,
            "id": web_id,
            "type": "Annotation",
            "created": created,
            "target": target,
            "hidden": True,
        }
    return {
        "@context": CONTEXT,
        "id": web_id,
        "type": "Annotation",
        "created": created,
        "creator": {"type": "Person", "name": a.author_name},
        "body": {"type": "TextualBody", "value": a.body, "format": "text/markdown"},
        "target": target,
        "hidden": False,
    }


class Annotations:
    def __init__(self, db: Database, bus: MemoryBus) -> None:
        self.db = db
        self.bus = bus

    def create(self, actor: Actor | None, bill_ref: str | int, note: NewAnnotation) -> AnnotationView:
        author = require_signed_in(actor)
        check_markdown(note.body)
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            bill = bill_rows.get(session, bill_ref, lock=True)
            may_contribute(author, bill)
            number = note.version or bill.head_version
            article = _article(session, bill.id, number, note.article)
            quote = note.quote
            found = anchor(article.text, quote.exact, quote.prefix, quote.suffix)
            row = Annotation(
                bill_id=bill.id,
                article_eid=article.eid,
                version=number,
                exact=found.exact,
                prefix=found.prefix,
                suffix=found.suffix,
                start=found.start,
                end=found.end,
                orphaned=False,
                anchored_by="quote",
                original_exact=found.exact,
                original_version=number,
                author_id=author.id,
                author_name=author.display_name,
                body=note.body,
                created_at=now,
            )
            if number != bill.head_version:  # written on an older version: carry it to the head at once
                head = _article_or_none(session, bill.id, bill.head_version, article.eid)
                _carry([row], article.text, head.text if head else None, bill.head_version)
            session.add(row)
            session.flush()
            eventlog.append(session, events.annotation_created(bill.id, row.id, row.article_eid), now)
            return annotation_json(row)

    def get(self, annotation_id: int) -> AnnotationView:
        with self.db.read() as session:
            row = session.get(Annotation, annotation_id)
            if row is None:
                raise NotFound(f"no annotation {annotation_id}")
            return annotation_json(row)

    def listing(
        self, bill_ref: str | int, *, article: str | None, version: int | None, page: int = 1, per_page: int = 100
    ) -> AnnotationPage:
        """Annotations of a bill (or one article) first written on `version` or an earlier one, each as
        anchored now: `position` and `quote` hold on the text of its `version` and of every later one
        up to the head (the article has not changed since), except an orphaned one's, which hold on
        its `version` only. An unknown article (in every version) or version is a 404."""
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            if article and not contributions.article_ever_existed(session, bill.id, article):
                raise NotFound(f"no version of bill {bill_ref} has an article {article!r}")
            if version:
                version_rows.get_version(session, bill.id, version)
            found = contributions.annotations_of(
                session, bill.id, article=article, version=version, offset=(page - 1) * per_page, limit=per_page + 1
            )
            return {
                "head_version": bill.head_version,
                "items": [annotation_json(a) for a in found[:per_page]],
                "page": page,
                "next_page": page + 1 if len(found) > per_page else None,
            }


def reanchor_for_version(
    session: Session,
    bill_id: int,
    before: BillTree,
    after: BillTree,
    number: int,
    now: datetime,
    *,
    fuzzy: bool = True,
) -> None:
    """Carry the annotations of every article that changed to version `number`; orphans are kept.
    `fuzzy=False` for a version made by an accepted amendment: quotes follow its exact diff only."""
    old = {a.eid: a for a in before.articles()}
    new = {a.eid: a for a in after.articles()}
    changed = [eid for eid, a in old.items() if eid not in new or new[eid].text != a.text]
    for eid in changed:
        rows = contributions.anchored_annotations(session, bill_id, eid)
        if not rows:
            continue
        orphans = _carry(rows, old[eid].text, new[eid].text if eid in new else None, number, fuzzy)
        reanchored = events.annotations_reanchored(bill_id, eid, number, len(rows), orphans)
        eventlog.append(session, reanchored, now)


def _carry(rows: list[Annotation], old_text: str, new_text: str | None, number: int, fuzzy: bool = True) -> list[int]:
    """Move rows from `old_text` to `new_text` (None: the article is gone); returns orphaned ids."""
    orphans = []
    anchors = [Anchor(r.start, r.end, r.exact, r.prefix, r.suffix) for r in rows]
    results = reanchor_many(anchors, old_text, new_text, fuzzy=fuzzy) if new_text is not None else [None] * len(rows)
    for row, result in zip(rows, results, strict=True):
        if result is None or not result.located:
            row.orphaned, row.anchored_by = True, "orphaned"
            orphans.append(row.id)
            continue
        moved = result.anchor
        row.start, row.end, row.exact, row.prefix, row.suffix = (
            moved.start,
            moved.end,
            moved.exact,
            moved.prefix,
            moved.suffix,
        )
        row.anchored_by, row.version = result.method or "position", number
    return orphans


def _article_or_none(session: Session, bill_id: int, number: int, eid: str) -> Article | None:
    node = version_rows.load_tree(session, version_rows.get_version(session, bill_id, number)).find(eid)
    return node if isinstance(node, Article) else None


def _article(session: Session, bill_id: int, number: int, eid: str) -> Article:
    article = _article_or_none(session, bill_id, number, eid)
    if article is None:
        raise NotFound(f"version {number} of this bill has no article {eid!r}")
    return article
