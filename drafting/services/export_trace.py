"""The trace printed with a version's exports: each version up to it and the decision that made it,
the articles each changed, and who put each passage of its text there.

Everything is read from stored rows: the versions, the accepted amendments and their closing
transitions, and the footprints (the spans of each article as they stand at the version), so building a
trace never replays the history (docs/amendments.md). Moderation is respected: the author of a hidden
amendment is masked, as on the footprint page.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from drafting.domain.amendments import amendment_label
from drafting.domain.footprint import Span
from drafting.domain.tree import Article, BillTree
from drafting.formats.trace import ArticleTrace, Decision, Passage, Step, Trace
from drafting.services import footprints
from drafting.storage import amendment_reads
from drafting.storage import amendments as amendment_rows
from drafting.storage import footprints as footprint_rows
from drafting.storage import versions as version_rows
from drafting.storage.models import Amendment, NodeRevision


def trace_of(session: Session, bill_id: int, number: int, tree: BillTree, word: str) -> Trace:
    """The trace of version `number` (whose text is `tree`); `word` names articles (`Article`, `Sec.`)."""
    versions = [v for v in version_rows.list_versions(session, bill_id) if v.number <= number]
    amendment_ids = [v.amendment_id for v in versions if v.amendment_id is not None]
    amendments = {a.id: a for a in session.scalars(select(Amendment).where(Amendment.id.in_(amendment_ids)))}
    hidden = amendment_rows.hidden_among(session, amendment_ids)
    closings = amendment_reads.last_closing(session, amendment_ids)
    changed = footprint_rows.changed_articles(session, bill_id, number) if number > 1 else {}
    order = {a.eid: i for i, a in enumerate(tree.articles())}
    names = _article_names(session, bill_id, tree, {eid for eids in changed.values() for eid in eids}, word)

    steps = []
    made_by: dict[int, int] = {}  # amendment id -> the version its adoption made
    for version in versions:
        decision = None
        amendment = amendments.get(version.amendment_id) if version.amendment_id is not None else None
        if amendment is not None:
            made_by[amendment.id] = version.number
            closing = closings.get(amendment.id)
            accepted = closing is not None and closing.to_status == "accepted"
            decision = Decision(
                amendment=amendment_label(amendment.number, amendment.revision),
                authors=() if amendment.id in hidden else (amendment.author_name,),
                official=closing.actor_name if closing is not None and accepted else version.author_name,
                decided_at=closing.at if closing is not None and accepted else version.created_at,
                reason=closing.reason if closing is not None and accepted else None,
            )
        eids = sorted(changed.get(version.number, []), key=lambda e: (order.get(e, len(order)), e))
        articles = tuple(names.get(eid, eid) for eid in eids) if version.number > 1 else ()
        steps.append(Step(version.number, version.created_at, version.label, version.author_name, decision, articles))
    return Trace(tuple(steps), _passages(session, bill_id, number, tree, word, made_by) if number > 1 else ())


def _article_names(session: Session, bill_id: int, tree: BillTree, eids: set[str], word: str) -> dict[str, str]:
    """`Article 2` for each of these articles; one no longer in the text is named by its last number
    and marked as deleted, as an emptied article is."""
    deleted = " (supprimé)" if word == "Article" else " (deleted)"
    names = {}
    for article in tree.articles():
        if article.eid in eids:
            names[article.eid] = f"{word} {article.num}".strip() + ("" if article.text else deleted)
    gone = sorted(eids - names.keys())
    if gone:
        query = (
            select(NodeRevision.eid, NodeRevision.num)
            .where(NodeRevision.bill_id == bill_id, NodeRevision.eid.in_(gone))
            .order_by(NodeRevision.id)
        )
        for eid, num in session.execute(query):
            names[eid] = f"{word} {num}".strip() + deleted  # the last revision's number wins
    return names


def _passages(
    session: Session, bill_id: int, number: int, tree: BillTree, word: str, made_by: dict[int, int]
) -> tuple[ArticleTrace, ...]:
    """Per article of the text, the passages put there after the initial text (version 1's import)."""
    spans = footprints.masked(session, footprint_rows.at_version(session, bill_id, number))
    later = {eid: found for eid, found in spans.items() if any(_after_initial(s) for s in found)}
    labels = footprints.labels(session, later)
    out = []
    for article in tree.articles():
        found = [s for s in later.get(article.eid, []) if _after_initial(s)]
        if found:
            passages = tuple(_passage(article, s, labels, made_by) for s in found)
            out.append(ArticleTrace(f"{word} {article.num}".strip(), passages))
    return tuple(out)


def _after_initial(span: Span) -> bool:
    return not (span.origin.kind == "import" and span.origin.ref in (1, None))


def _passage(article: Article, span: Span, labels: dict[int, str], made_by: dict[int, int]) -> Passage:
    o = span.origin
    text = article.text[span.start : span.end]
    if o.kind == "amendment" and isinstance(o.ref, int):
        return Passage(text, "amendment", labels.get(o.ref), o.author, made_by.get(o.ref))
    if o.kind == "import":
        return Passage(text, "import", str(o.ref), o.author, o.ref if isinstance(o.ref, int) else None)
    return Passage(text, o.kind, None, o.author, None)
