"""Contributions from an earlier consultation platform, in the export format of Cap Collectif (the
platform of République numérique, 2015), brought into a bill so that they are read, answered and
counted beside new ones.

- a citizen proposal of a new article becomes a submitted `insert` amendment after the last article
  of its section, with the vote counts it received (d'accord / mitigé / pas d'accord);
- an argument (pour / contre) goes on the government article or the proposal it was posted on,
  with the number of people who found it useful;
- what the platform had put in its bin arrives hidden, with the reason in the moderation log.

People are named by nobody: the exports carry no author names, and none are invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from drafting.domain import events
from drafting.domain.errors import InvalidInput
from drafting.domain.permissions import Actor
from drafting.domain.tree import Article, BillTree, Division, make_eid
from drafting.realtime.bus import MemoryBus
from drafting.services.amendment_proposals import normalized
from drafting.storage import amendments as amendment_rows
from drafting.storage import bills as bill_rows
from drafting.storage import contributions, eventlog
from drafting.storage import participation as p_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Argument, Tally

AUTHOR = "participant·e (consultation antérieure)"
BINNED = "mis à la corbeille par la modération de la plateforme d'origine"
STANCES = {"pour": "for", "contre": "against", "for": "for", "against": "against"}
ARTICLE_TITLE = re.compile(r"\s*Article\s+(\S+)")


@dataclass(frozen=True)
class ArchiveReport:
    proposals: int
    arguments: int
    hidden: int
    skipped: list[str]  # rows that could not be placed, with why


def import_contributions(
    db: Database,
    actor: Actor,
    bill_ref: str | int,
    proposals: Iterable[dict[str, str]],
    arguments: Iterable[dict[str, str]],
    article_votes: dict[str, dict[str, int]] | None = None,
    bus: MemoryBus | None = None,
) -> ArchiveReport:
    """One transaction: either every placeable row lands, or none does. `article_votes` maps an
    article number to the counts it received, which have no individual votes behind them. One
    `contributions.imported` event is logged, and published on `bus` after the commit."""
    skipped: list[str] = []
    hidden = 0
    with db.write(bus.publish if bus is not None else None) as session:
        bill = bill_rows.get(session, bill_ref, lock=True)
        head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
        places = _section_places(head)
        articles = {a.num: a.eid for a in head.articles()}
        taken = amendment_rows.taken_eids(session, bill.id)
        for number, counts in (article_votes or {}).items():
            if number not in articles:
                skipped.append(f"votes on article {number}: no such article")
                continue
            counted = p_rows.tally(session, bill.id, "article", articles[number])
            for key in _VOTES:  # added to what the article already has
                setattr(counted, key, getattr(counted, key) + int(counts.get(key, 0)))
        proposal_ids: dict[str, int] = {}
        for row in proposals:
            text = normalized(_column(row, "body"))
            heading = row.get("title", "").strip() or None
            place = places.get(_section_heading(row.get("section", "")))
            if place is None or not text:
                skipped.append(f"proposal {row.get('opinion_id')}: {'no text' if not text else 'unknown section'}")
                continue
            last, division = place
            num = f"additionnel après l'article {last.num}" if last else "additionnel"
            eid = make_eid("article", f"add {_column(row, 'opinion_id')}", division, taken)
            amendment = amendment_rows.new_row(bill.id, "insert", eid, bill.head_version, "", text)
            at = _when(row)
            amendment.after_eid = last.eid if last else None
            amendment.parent_eid = None if last else division
            amendment.num, amendment.heading = num, heading
            amendment.author_name, amendment.justification = AUTHOR, ""
            amendment.status, amendment.created_at, amendment.updated_at = "submitted", at, at
            tally = {key: _count(row, column) for key, column in _VOTES.items()}
            amendment.support = tally["agree"] - tally["disagree"]
            amendment_rows.add(session, amendment)
            proposal_ids[row["opinion_id"]] = amendment.id
            session.add(Tally(bill_id=bill.id, target_type="amendment", target_id=str(amendment.id), **tally))
            if _binned(row):
                hidden += 1
                amendment.hidden_reason = BINNED
                contributions.record_moderation(
                    session, bill.id, ("amendment", amendment.id), "hide", actor, BINNED, at
                )
        placed: list[Argument] = []
        for row in arguments:
            target = _argument_target(row, articles, proposal_ids)
            stance = STANCES.get(row.get("stance", "").strip().lower())
            body = _column(row, "body").strip()
            if target is None or stance is None or not body:
                why = "no stance" if stance is None else "empty" if not body else "unknown article or proposal"
                skipped.append(f"argument {row.get('argument_id')}: {why}")
                continue
            argument = Argument(
                bill_id=bill.id,
                target_type=target[0],
                target_id=target[1],
                stance=stance,
                author_id=None,
                author_name=AUTHOR,
                body=body,
                useful=_count(row, "votes_count"),
                created_at=_when(row),
                hidden_reason=BINNED if _binned(row) else None,
            )
            placed.append(argument)
        session.add_all(placed)
        session.flush()  # the ids the moderation log names
        for argument in placed:
            if argument.hidden_reason is not None:
                hidden += 1
                entry = ("argument", argument.id)
                contributions.record_moderation(session, bill.id, entry, "hide", actor, BINNED, argument.created_at)
        report = ArchiveReport(len(proposal_ids), len(placed), hidden, skipped)
        imported = events.contributions_imported(bill.id, report.proposals, report.arguments, report.hidden)
        eventlog.append(session, imported, datetime.now(UTC))
    return report


_VOTES = {"agree": "votes_ok", "mixed": "votes_mitige", "disagree": "votes_nok"}


def _section_places(tree: BillTree) -> dict[str, tuple[Article | None, str]]:
    """Division heading -> (its last article, its eid): where a proposal for it goes."""
    places: dict[str, tuple[Article | None, str]] = {}
    for node, _ in tree.walk():
        if isinstance(node, Division) and node.heading:
            inside = BillTree(node.heading, (node,)).articles()
            places.setdefault(_key(node.heading), (inside[-1] if inside else None, node.eid))
    return places


def _section_heading(section: str) -> str:
    """'Section 1 - Ouverture des données publiques' -> its heading, as a lookup key."""
    return _key(section.split(" - ", 1)[-1])


def _key(heading: str) -> str:
    return " ".join(heading.replace("\u2019", "'").lower().split())


def _argument_target(
    row: dict[str, str], articles: dict[str, str], proposals: dict[str, int]
) -> tuple[str, str] | None:
    if row.get("opinion_kind") == "citizen_proposal":
        amendment = proposals.get(row.get("opinion_id", ""))
        return None if amendment is None else ("amendment", str(amendment))
    number = ARTICLE_TITLE.match(row.get("opinion_title", ""))
    eid = articles.get(number.group(1)) if number else None
    return None if eid is None else ("article", eid)


def _column(row: dict[str, str], name: str) -> str:
    if name not in row:
        raise InvalidInput(f"the file has no {name!r} column")
    return row[name]


def _count(row: dict[str, str], name: str) -> int:
    value = (row.get(name) or "0").strip()
    if not (value.isascii() and value.isdigit()) or len(value) > 9:
        raise InvalidInput(f"{name} must be a count, got {value!r}")
    return int(value)


def _binned(row: dict[str, str]) -> bool:
    return (row.get("is_trashed") or "").strip().lower() in ("true", "1", "yes")


def _when(row: dict[str, str]) -> datetime:
    value = _column(row, "created_at")
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        raise InvalidInput(f"created_at must be a date like 2015-10-18T21:49:42+0200, got {value!r}") from None
