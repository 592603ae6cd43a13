"""Keeping footprints up to date as versions are made: each changed article's spans advance
through the exact diff of that change, so reading a footprint never replays the history."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from drafting.domain.footprint import Origin, Span, advance
from drafting.domain.tree import Article, BillTree
from drafting.services.memo import edits
from drafting.services.views.footprints import FootprintArticle, FootprintSpan, OriginView
from drafting.storage import amendments as amendment_rows
from drafting.storage import footprints as footprint_rows


def record(
    session: Session,
    bill_id: int,
    number: int,
    before: BillTree | None,
    after: BillTree,
    origin: Origin,
    *,
    credits: dict[str, list[Span]] | None = None,
) -> None:
    """Store the footprint of every article whose text differs between `before` and `after`;
    `credits` gives, per article, who wrote passages of its new text other than `origin`."""
    old = {a.eid: a for a in before.articles()} if before else {}
    changed = [a for a in after.articles() if a.eid not in old or old[a.eid].text != a.text]
    if not changed:
        return
    previous: dict[str, list[Span]] = {}
    if before is not None and len(changed) <= 20:  # an accepted amendment: read just its articles
        for article in changed:
            previous.update(footprint_rows.at_version(session, bill_id, number - 1, article.eid))
    elif before is not None:
        previous = footprint_rows.at_version(session, bill_id, number - 1)
    result: dict[str, list[Span]] = {}
    for article in changed:
        was = old.get(article.eid)
        spans = previous.get(article.eid) if was is not None else None
        if was is None or spans is None:
            whole = [Span(0, len(article.text), origin)] if article.text else []
            result[article.eid] = list((credits or {}).get(article.eid, whole))
        else:
            result[article.eid] = advance(
                spans,
                was.text,
                article.text,
                origin,
                edits(was.text, article.text),
                credits=(credits or {}).get(article.eid, ()),
            )
    footprint_rows.store(session, bill_id, number, result)


def masked(session: Session, spans: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """The spans with the author of an amendment hidden by moderation masked (the text it put
    there is the bill's, public)."""
    refs = {s.origin.ref for found in spans.values() for s in found if s.origin.kind == "amendment"}
    hidden = amendment_rows.hidden_among(session, [r for r in refs if isinstance(r, int)])
    if not hidden:
        return spans
    return {
        eid: [
            replace(s, origin=replace(s.origin, author=None))
            if s.origin.kind == "amendment" and s.origin.ref in hidden
            else s
            for s in found
        ]
        for eid, found in spans.items()
    }


def article_json(article: Article, spans: list[Span]) -> FootprintArticle:
    return {"eid": article.eid, "num": article.num, "text": article.text, "spans": [_span(article, s) for s in spans]}


def _span(article: Article, s: Span) -> FootprintSpan:
    """`Span.as_json` with the passage it covers."""
    o = s.origin
    origin: OriginView = {"kind": o.kind, "ref": o.ref, "author": o.author, "decision": o.decision}
    return {"start": s.start, "end": s.end, "origin": origin, "text": article.text[s.start : s.end]}
