"""Use cases on bills and their versions: one method per action, one transaction each,
events published after the commit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import overload

from sqlalchemy.orm import Session

from drafting import formats
from drafting.domain import events
from drafting.domain.compare import compare, summary
from drafting.domain.errors import InvalidInput, NotFound
from drafting.domain.footprint import Origin
from drafting.domain.matching import match_tree
from drafting.domain.permissions import BILL_STATUSES, Actor, require_may_create_bills, require_official
from drafting.domain.serialize import article_json, node_base
from drafting.domain.text_hygiene import check_text, clean_document, visible
from drafting.domain.tree import Article, BillTree, version_hash
from drafting.formats.trace import Trace
from drafting.realtime.bus import MemoryBus
from drafting.services import footprints
from drafting.services.annotations import reanchor_for_version
from drafting.services.bill_views import bill_json, tree_with_tallies, version_json
from drafting.services.commands import Period
from drafting.services.consultations import announce, takes_contributions
from drafting.services.decisions import rebase_pending
from drafting.services.export_trace import trace_of
from drafting.services.heavy import cached_pdf
from drafting.services.views.bills import (
    ArticleDetail,
    ArticleFootprintAt,
    BillDetail,
    BillFootprint,
    BillView,
    CreatedBill,
    StageArticle,
    StageImport,
    VersionComparison,
    VersionDetail,
    VersionView,
)
from drafting.services.views.paging import Page
from drafting.storage import bills as bill_rows
from drafting.storage import eventlog
from drafting.storage import footprints as footprint_rows
from drafting.storage import participation as p_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.document_cache import DocumentCache
from drafting.storage.models import Bill, Version

MAX_TITLE = 500


def import_origin(version: Version) -> Origin:
    return Origin("import", ref=version.number, author=version.author_name, decision=version.label)


def _check_title(title: str) -> str:
    title = title.strip()
    check_text("title", title)
    if not visible(title):
        raise InvalidInput("the bill needs a title (with at least one visible character)", field="title")
    if len(title) > MAX_TITLE:
        raise InvalidInput(f"the title has {len(title)} characters; at most {MAX_TITLE} are allowed")
    return title


class Bills:
    def __init__(self, db: Database, bus: MemoryBus, pdfs: DocumentCache | None = None) -> None:
        self.db = db
        self.bus = bus
        self.pdfs = pdfs  # the PDFs of versions already drawn (a version never changes)

    # --- writes ---------------------------------------------------------------------------------

    def create(
        self,
        actor: Actor | None,
        *,
        source: str,
        fmt: str,
        title: str | None = None,
        label: str = "texte initial",
        status: str = "draft",
    ) -> CreatedBill:
        author = require_may_create_bills(actor)
        tree = formats.importer(fmt)(clean_document(source))  # a pasted document: control characters dropped
        title = _check_title(title or tree.title or "")
        tree = BillTree(title=title, children=tree.children)
        if status not in BILL_STATUSES:
            raise InvalidInput(f"unknown status {status!r}; expected one of {', '.join(BILL_STATUSES)}")
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            bill = Bill(
                slug=bill_rows.unique_slug(session, title),
                title=title,
                status=status,
                created_by=author.id,
                created_at=now,
                updated_at=now,
            )
            bill.consultation_open = takes_contributions(bill, now)
            session.add(bill)
            session.flush()
            bill_rows.add_official(session, bill.id, author.id)
            version = self._add_version(session, bill, tree, label, author, fmt, now)
            footprints.record(session, bill.id, version.number, None, tree, import_origin(version))
            eventlog.append(session, events.bill_created(bill.id, title, version.number), now)
            published = events.version_published(bill.id, version.number, label, len(tree.articles()))
            eventlog.append(session, published, now)
            return {**bill_json(bill), "version": version.number, "articles": len(tree.articles())}

    def check_official(self, actor: Actor | None, bill_ref: str | int) -> None:
        """Refuse (401, 403, 404) a caller who is not an official of the bill, before any of their
        input is read: who, then what."""
        with self.db.read() as session:
            require_official(actor, bill_rows.get(session, bill_ref).id)

    def add_stage(self, actor: Actor | None, bill_ref: str | int, *, source: str, fmt: str, label: str) -> StageImport:
        """Import a later stage of the bill as its next version, keeping the stable ids of the
        articles it recognises (by number and text similarity)."""
        self.check_official(actor, bill_ref)  # a stranger's source is not parsed
        incoming = formats.importer(fmt)(clean_document(source))
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            bill = bill_rows.get(session, bill_ref, lock=True)
            author = require_official(actor, bill.id)
            head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
            match = match_tree(head, incoming)
            tree = BillTree(title=incoming.title or head.title, children=match.tree.children)
            version = self._add_version(session, bill, tree, label, author, fmt, now)
            footprints.record(session, bill.id, version.number, head, tree, import_origin(version))
            changes = summary(head, tree)
            changed = changes["added"] + changes["removed"] + changes["moved"]
            changed += changes["renumbered"] + changes["modified"]
            eventlog.append(session, events.version_published(bill.id, version.number, label, changed), now)
            # pending amendments and annotations follow the new stage, as after an accepted amendment
            rebase_pending(session, bill, head, tree, version.number, None, now)
            reanchor_for_version(session, bill.id, head, tree, version.number, now)
            return {
                "bill": bill.id,
                "version": version.number,
                "matched": len(match.matched),
                "unmatched_new": [self._describe(tree, eid) for eid in match.new_articles],
                "unmatched_gone": [self._describe(head, eid) for eid in match.gone],
                "summary": changes,
            }

    @staticmethod
    def _describe(tree: BillTree, eid: str) -> StageArticle:
        node = tree.find(eid)
        return {"eid": eid, "num": node.num if node else None, "heading": node.heading if node else None}

    def _add_version(
        self, session: Session, bill: Bill, tree: BillTree, label: str, author: Actor, fmt: str, now: datetime
    ) -> Version:
        label = label.strip() or "version"
        if len(label) > 200:
            raise InvalidInput("a version label has at most 200 characters")
        version = version_rows.add_version(
            session,
            bill_id=bill.id,
            tree=tree,
            label=label,
            author_id=author.id,
            author_name=author.display_name,
            created_at=now,
            source_format=fmt,
        )
        bill.head_version = version.number
        bill.updated_at = now
        return version

    def update(
        self,
        actor: Actor | None,
        bill_ref: str | int,
        *,
        title: str | None = None,
        status: str | None = None,
        period: Period | None = None,
    ) -> BillView:
        """`period`: the ends of the consultation being set, if any."""
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            bill = bill_rows.get(session, bill_ref, lock=True)
            require_official(actor, bill.id)
            if bill.consultation_open is None:  # a bill older than the announcements
                bill.consultation_open = takes_contributions(bill, now)
            changes: dict[str, str | None] = {}
            if title is not None and title.strip() != bill.title:
                bill.title = changes["title"] = _check_title(title)
            if status is not None and status != bill.status:
                if status not in BILL_STATUSES:
                    raise InvalidInput(f"unknown status {status!r}; expected one of {', '.join(BILL_STATUSES)}")
                bill.status = changes["status"] = status
            for end, moment in period.ends() if period else []:
                if moment is not None and moment.tzinfo is None:
                    raise InvalidInput(f"{end} must be an ISO date-time with a time zone")
                try:
                    moment = moment.astimezone(UTC) if moment is not None else None
                except OverflowError:
                    raise InvalidInput(f"{end} is outside the years 1 to 9999 once converted to UTC") from None
                if moment != getattr(bill, end):
                    setattr(bill, end, moment)
                    changes[end] = moment.isoformat() if moment else None
            if bill.opens_at and bill.closes_at and bill.closes_at <= bill.opens_at:
                raise InvalidInput("the consultation must close after it opens: closes_at is not after opens_at")
            if changes:
                bill.updated_at = now
                eventlog.append(session, events.bill_updated(bill.id, changes), now)
            announce(session, bill, now)
            return bill_json(bill)

    # --- reads ----------------------------------------------------------------------------------

    def listing(self, *, page: int = 1, per_page: int = 50) -> Page[BillView]:
        with self.db.read() as session:
            rows = bill_rows.list_all(session, offset=(page - 1) * per_page, limit=per_page + 1)
            return {
                "items": [bill_json(b) for b in rows[:per_page]],
                "page": page,
                "next_page": page + 1 if len(rows) > per_page else None,
            }

    def detail(self, bill_ref: str | int) -> BillDetail:
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            head = version_rows.get_version(session, bill.id, bill.head_version)
            tree = version_rows.load_tree(session, head)
            return {**bill_json(bill), "head": version_json(head), "tree": tree_with_tallies(session, bill.id, tree)}

    def versions(self, bill_ref: str | int) -> list[VersionView]:
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            return [version_json(v) for v in version_rows.list_versions(session, bill.id)]

    def tree(self, bill_ref: str | int, number: int | None = None) -> tuple[BillView, VersionView, BillTree]:
        """A version (the head when `number` is None), with its bill, and its text."""
        bill, version, tree = self._rows(bill_ref, number)
        return bill_json(bill), version_json(version), tree

    def tree_at(self, bill_ref: str | int, moment: datetime) -> tuple[BillView, VersionView, BillTree]:
        """The version in force at `moment`, with its bill, and its text."""
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            version = version_rows.version_at(session, bill.id, moment)
            return bill_json(bill), version_json(version), version_rows.load_tree(session, version)

    def _rows(self, bill_ref: str | int, number: int | None) -> tuple[Bill, Version, BillTree]:
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            version = version_rows.get_version(session, bill.id, bill.head_version if number is None else number)
            return bill, version, version_rows.load_tree(session, version)

    def version(self, bill_ref: str | int, number: int) -> VersionDetail:
        bill, version, tree = self._rows(bill_ref, number)
        with self.db.read() as session:
            return {**version_json(version), "tree": tree_with_tallies(session, bill.id, tree)}

    def export(self, bill_ref: str | int, number: int | None, fmt: str) -> tuple[str | bytes, str]:
        body, media_type, _name = self.export_file(bill_ref, number, fmt)
        return body, media_type

    def export_file(self, bill_ref: str | int, number: int | None, fmt: str) -> tuple[str | bytes, str, str]:
        """(body, media type, file name `<slug>-v<n>.<ext>`) of one version in one format."""
        render = formats.exporter(fmt)
        tree, meta = self.document(bill_ref, number)
        if fmt != "akn":  # the trace is printed after the text; AKN carries the text alone (docs/formats.md)
            meta = replace(meta, trace=self.trace(meta, tree))
        name = formats.file_name(f"{meta.bill_slug}-v{meta.version}", fmt)
        body = self._pdf(tree, meta) if fmt == "pdf" and self.pdfs is not None else render(tree, meta)
        return body, formats.MEDIA_TYPES[fmt], name

    def _pdf(self, tree: BillTree, meta: formats.ExportMeta) -> bytes:
        """The version's PDF, drawn once: the cache is keyed by the HTML it is drawn from, so a change of
        template, label or language draws a new one."""
        from drafting.formats import pdf

        assert self.pdfs is not None
        html = pdf.page_html(tree, meta)
        return self.pdfs.get_or_make(pdf.fingerprint(html), lambda: pdf.render(html))

    def trace(self, meta: formats.ExportMeta, tree: BillTree) -> Trace:
        """Who changed what up to this version, read from stored rows (`services.export_trace`)."""
        from drafting.formats.markdown import article_word

        with self.db.read() as session:
            return trace_of(session, meta.bill_id, meta.version, tree, article_word(tree, meta))

    def document(self, bill_ref: str | int, number: int | None) -> tuple[BillTree, formats.ExportMeta]:
        """A version's tree and what an export says about it."""
        bill, version, tree = self._rows(bill_ref, number)
        meta = formats.ExportMeta(
            bill_id=bill.id,
            bill_slug=bill.slug,
            version=version.number,
            label=version.label,
            created_at=version.created_at,
            author=version.author_name,
            content_hash=version.content_hash,
            language=bill.language,
            bill_date=bill.created_at,
        )
        return tree, meta

    def compare_file(self, bill_ref: str | int, old: int, new: int, fmt: str) -> tuple[str | bytes, str, str]:
        """The tableau comparatif of two versions: (body, media type, `<slug>-v<A>-v<B>.<ext>`)."""
        from drafting.formats import comparative

        if fmt not in comparative.RENDERERS:
            raise InvalidInput(f"unknown compare format {fmt!r}; expected json, {', '.join(comparative.RENDERERS)}")
        old_tree, old_meta = self.document(bill_ref, old)
        new_tree, new_meta = self.document(bill_ref, new)
        table = comparative.table(old_tree, old_meta, new_tree, new_meta)
        # a PDF is kept once drawn and only a few are drawn at once (services/heavy.py)
        body = cached_pdf(self.pdfs, comparative.to_html(table)) if fmt == "pdf" else comparative.RENDERERS[fmt](table)
        name = formats.file_name(f"{new_meta.bill_slug}-v{old}-v{new}", fmt)
        return body, formats.MEDIA_TYPES[fmt], name

    def compare(self, bill_ref: str | int, old: int, new: int, *, ignore_typography: bool = False) -> VersionComparison:
        *_, old_tree = self.tree(bill_ref, old)
        *_, new_tree = self.tree(bill_ref, new)
        result = compare(old_tree, new_tree, ignore_typography=ignore_typography).as_json()
        return {"from": old, "to": new, "ignore_typography": ignore_typography, **result}

    def article(self, bill_ref: str | int, eid: str, number: int | None = None) -> ArticleDetail:
        with self.db.read() as session:
            version = version_rows.by_bill_ref(session, bill_ref, number)
            node, ancestors = version_rows.load_tree(session, version).locate(eid) or (None, ())
            if not isinstance(node, Article):
                raise NotFound(f"version {version.number} of this bill has no article {eid!r}")
            tally = p_rows.tallies_for(session, version.bill_id, "article", [eid])[eid]
        path = [node_base(a) for a in ancestors]
        return {**article_json(node, path), "version": version.number, "tally": tally}

    @overload
    def footprint(self, bill_ref: str | int, number: int | None) -> BillFootprint: ...
    @overload
    def footprint(self, bill_ref: str | int, number: int | None, eid: str) -> ArticleFootprintAt: ...
    def footprint(
        self, bill_ref: str | int, number: int | None, eid: str | None = None
    ) -> ArticleFootprintAt | BillFootprint:
        """Which import or amendment put each span of the text there, read from stored spans."""
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            version = version_rows.get_version(session, bill.id, bill.head_version if number is None else number)
            tree = version_rows.load_tree(session, version)
            spans = footprints.masked(session, footprint_rows.at_version(session, bill.id, version.number, eid))
            names = footprints.labels(session, spans)
        articles = [a for a in tree.articles() if eid is None or a.eid == eid]
        if eid is not None and not articles:
            raise NotFound(f"version {version.number} of this bill has no article {eid!r}")
        items = [footprints.article_json(a, spans.get(a.eid, []), names) for a in articles]
        if eid is not None:
            return {"version": version.number, **items[0]}
        return {"version": version.number, "articles": items}

    def verify(self, bill_ref: str | int) -> list[str]:
        """Recompute the hash chain of every version; an empty list means the history is intact."""
        problems = []
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            parent_hash: str | None = None
            for version in version_rows.list_versions(session, bill.id):
                tree = version_rows.load_tree_uncached(session, version)
                expected = version_hash(tree, parent_hash, version_rows.meta_of(version))
                if expected != version.content_hash:
                    covered = "text, label, author, time, amendment" if version.hash_scheme >= 2 else "text"
                    problems.append(
                        f"version {version.number}: stored hash {version.content_hash[:12]}… but its "
                        f"{covered} and parent hash give {expected[:12]}…"
                    )
                parent_hash = version.content_hash
        return problems
