"""The synthesis of a consultation, built from the public record: what citizens said on each article
(votes, arguments, amendments, annotations), the most supported contributions with the officials'
answers, the decisions, and participation day by day. Hidden and deleted contributions are left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from drafting.domain.amendments import amendment_label
from drafting.formats.synthesis import (
    Answer,
    ArticleSummary,
    Contribution,
    Decision,
    Synthesis,
    Timeline,
)
from drafting.services.bills import Bills
from drafting.storage import bills as bill_rows
from drafting.storage import contributions
from drafting.storage import synthesis as synthesis_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Argument

TOP = 10
DECIDED = ("accepted", "rejected")


def synthesis(db: Database, bills: Bills, bill_ref: str | int) -> Synthesis:
    tree, meta = bills.document(bill_ref, None)
    with db.read() as session:
        bill = bill_rows.get(session, bill_ref)
        records = contributions.public_records(session, bill.id)
        officials = synthesis_rows.official_ids(session, bill.id)
        vote_days = synthesis_rows.votes_per_day(session, bill.id)
        voters = synthesis_rows.voters(session, bill.id)
        versions = len(version_rows.list_versions(session, bill.id))
        period = (bill.status, bill.opens_at, bill.closes_at)
    amendments = [a for a in records.amendments if a.hidden_reason is None]
    arguments = [a for a in records.arguments if a.hidden_reason is None]
    annotations = [a for a in records.annotations if a.hidden_reason is None]
    comments = [c for c in records.comments if c.hidden_reason is None and c.deleted_at is None]
    by_id = {a.id: a for a in amendments}
    labels = {node.eid: f"Article {node.num}" for node in tree.articles()}

    def article_of(target: str) -> str:
        return labels.get(target, target)

    # official answers: the public reasons of decisions, and officials' comments in a thread
    answers: dict[tuple[str, str], list[Answer]] = defaultdict(list)
    for step in records.transitions:
        if step.to_status in (*DECIDED, "fallen") and step.reason and step.amendment_id in by_id:
            answers[("amendment", str(step.amendment_id))].append(Answer(step.actor_name, step.reason, step.at))
    for comment in comments:
        if comment.author_id in officials:
            answers[(comment.target_type, comment.target_id)].append(
                Answer(comment.author_name, comment.body, comment.created_at)
            )

    tallies = {(t.target_type, t.target_id): t for t in records.tallies}
    stance: dict[str, Counter[str]] = defaultdict(Counter)
    best: dict[tuple[str, str], Argument] = {}
    for argument in arguments:
        if argument.target_type != "article":
            continue
        stance[argument.target_id][argument.stance] += 1
        key = (argument.target_id, argument.stance)
        if key not in best or argument.useful > best[key].useful:
            best[key] = argument
    amendment_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for a in amendments:
        amendment_counts[a.after_eid if a.kind == "insert" and a.after_eid else a.article_eid][a.status] += 1
    annotation_counts = Counter(a.article_eid for a in annotations)
    comment_counts = Counter(c.target_id for c in comments if c.target_type == "article")

    articles = []
    for node in tree.articles():
        tally = tallies.get(("article", node.eid))
        articles.append(
            ArticleSummary(
                eid=node.eid,
                label=labels[node.eid] + (f" — {node.heading}" if node.heading else ""),
                agree=tally.agree if tally else 0,
                mixed=tally.mixed if tally else 0,
                disagree=tally.disagree if tally else 0,
                arguments_for=stance[node.eid]["for"],
                arguments_against=stance[node.eid]["against"],
                top_for=_excerpt(best[(node.eid, "for")].body) if (node.eid, "for") in best else None,
                top_against=_excerpt(best[(node.eid, "against")].body) if (node.eid, "against") in best else None,
                amendments=dict(amendment_counts[node.eid]),
                annotations=annotation_counts[node.eid],
                comments=comment_counts[node.eid],
            )
        )

    top: list[Contribution] = []
    for argument in sorted(arguments, key=lambda a: (-a.useful, a.id))[:TOP]:
        where = article_of(argument.target_id) if argument.target_type == "article" else "amendement"
        top.append(
            Contribution(
                "argument_" + argument.stance,
                where,
                _excerpt(argument.body),
                argument.useful,
                answers.get(("article", argument.target_id), [])[:3] if argument.target_type == "article" else [],
            )
        )
    for a in sorted(amendments, key=lambda a: (-a.support, a.number))[:TOP]:
        top.append(
            Contribution(
                "amendment",
                f"{amendment_label(a.number, a.revision)} — {article_of(a.after_eid or a.article_eid)}",
                _excerpt(a.justification or a.proposed_text),
                a.support,
                answers.get(("amendment", str(a.id)), []),
            )
        )

    decisions = [
        Decision(
            amendment_label(by_id[s.amendment_id].number, by_id[s.amendment_id].revision),
            article_of(by_id[s.amendment_id].after_eid or by_id[s.amendment_id].article_eid),
            s.to_status,
            s.reason or "",
            s.actor_name,
            s.at,
        )
        for s in records.transitions
        if s.to_status in DECIDED and s.amendment_id in by_id
    ]

    timeline = _timeline(
        vote_days,
        [a.created_at.date() for a in arguments],
        [a.created_at.date() for a in amendments],
        [n.created_at.date() for n in annotations] + [c.created_at.date() for c in comments],
    )
    authors: list[int | None] = [x.author_id for x in arguments] + [x.author_id for x in amendments]
    authors += [x.author_id for x in annotations] + [x.author_id for x in comments]
    people = voters | {author for author in authors if author is not None}
    totals = {
        "participants": len(people - officials),
        "votes": sum(t.agree + t.mixed + t.disagree for t in records.tallies if t.target_type == "article"),
        "amendment_votes": sum(t.agree + t.mixed + t.disagree for t in records.tallies if t.target_type == "amendment"),
        "arguments": len(arguments),
        "amendments": len(amendments),
        "annotations": len(annotations),
        "comments": len(comments),
        "versions": versions,
    }
    return Synthesis(tree.title, meta, period, totals, articles, top, decisions, timeline)


def _excerpt(text: str, limit: int = 600) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " […]"


def _timeline(votes: dict[date, int], *others: list[date]) -> Timeline:
    counts = [dict(votes), *(Counter(days) for days in others)]
    every = sorted(set().union(*counts))
    if not every:
        return Timeline([], [], [], [], [])
    days = [every[0].fromordinal(n) for n in range(every[0].toordinal(), every[-1].toordinal() + 1)]
    series = [[counter.get(day, 0) for day in days] for counter in counts]
    return Timeline(days, *series)
