"""Arguments for or against (pour / contre) an article or an amendment, and "useful" marks on them."""

from __future__ import annotations

from datetime import UTC, datetime

from drafting.domain import events
from drafting.domain.errors import Conflict, Forbidden, InvalidInput
from drafting.domain.permissions import Actor, require_signed_in
from drafting.domain.richtext import check_markdown
from drafting.realtime.bus import MemoryBus
from drafting.services.memo import rendered
from drafting.services.participation import Target, hidden_html, may_contribute, resolve
from drafting.services.views.paging import Page
from drafting.services.views.participation import ArgumentSides, ArgumentView, UsefulMark
from drafting.storage import bills as bill_rows
from drafting.storage import contributions, eventlog
from drafting.storage import participation as rows
from drafting.storage.database import Database
from drafting.storage.models import Argument, ArgumentUseful

STANCES = ("for", "against")
SORTS = ("useful", "date")
TARGET_TYPES = ("article", "amendment")
MAX_TOP = 200  # as many as a listing's page


def argument_json(a: Argument, marked: bool | None = None) -> ArgumentView:
    hidden = a.hidden_reason is not None
    result: ArgumentView = {
        "id": a.id,
        "bill": a.bill_id,
        "target_type": a.target_type,
        "target_id": int(a.target_id) if a.target_type == "amendment" else a.target_id,
        "stance": a.stance,
        "author": None if hidden else a.author_name,  # as for hidden comments and annotations
        "author_id": None if hidden else a.author_id,
        "body": None if hidden else a.body,
        "html": hidden_html(a.hidden_reason or "") if hidden else rendered(a.body),
        "hidden": hidden,
        "useful": a.useful,
        "created_at": a.created_at.isoformat(),
        "revision": a.revision,
    }
    if marked is not None:
        result["marked_useful"] = marked
    return result


class Arguments:
    def __init__(self, db: Database, bus: MemoryBus) -> None:
        self.db = db
        self.bus = bus

    def post(self, actor: Actor | None, target: Target, stance: str, body: str) -> ArgumentView:
        author = require_signed_in(actor)
        if stance not in STANCES:
            raise InvalidInput(f"stance must be for or against, got {stance!r}")
        text = check_markdown(body)
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            bill, amendment = resolve(session, author, target, writing=True)
            may_contribute(author, bill)
            row = Argument(
                bill_id=bill.id,
                target_type=target.type,
                target_id=target.stored_id,
                stance=stance,
                author_id=author.id,
                author_name=author.display_name,
                body=text,
                useful=0,
                created_at=now,
                revision=amendment.revision if amendment is not None else None,  # the text it argues on
            )
            session.add(row)
            session.flush()
            eventlog.append(session, events.argument_created(bill.id, row.id, stance, target.as_json()), now)
            return argument_json(row, marked=False)

    def listing(
        self,
        actor: Actor | None,
        target: Target,
        *,
        stance: str | None = None,
        sort: str = "date",
        page: int = 1,
        per_page: int = 50,
    ) -> Page[ArgumentView]:
        if stance is not None and stance not in STANCES:
            raise InvalidInput(f"stance must be for or against, got {stance!r}")
        if sort not in SORTS:
            raise InvalidInput(f"sort must be useful or date, got {sort!r}")
        if page < 1 or not 1 <= per_page <= 200:
            raise InvalidInput("page starts at 1 and per_page is between 1 and 200")
        with self.db.read() as session:
            bill, _amendment = resolve(session, actor, target, writing=False)
            found = rows.arguments(
                session,
                bill.id,
                target.type,
                target.stored_id,
                stance=stance,
                sort=sort,
                offset=(page - 1) * per_page,
                limit=per_page + 1,
            )
            shown = found[:per_page]
            marked = rows.marked_useful(session, actor.id, [a.id for a in shown]) if actor else None
            return {
                "items": [argument_json(a, None if marked is None else a.id in marked) for a in shown],
                "page": page,
                "next_page": page + 1 if len(found) > per_page else None,
            }

    def counts(self, actor: Actor | None, target: Target) -> dict[str, int]:
        """How many visible arguments the target has for and against (`{"for": 3, "against": 1}`):
        what a page of one target needs, without the summary of every target of the bill."""
        with self.db.read() as session:
            bill, _amendment = resolve(session, actor, target, writing=False)
            return rows.argument_counts(session, bill.id, target.type, target.stored_id)

    def summary(
        self, bill_ref: str | int, target_type: str = "article", top: int = 3
    ) -> dict[str | int, ArgumentSides]:
        """Per article (by eid) or amendment (by id) of the bill that has visible arguments: for each
        stance, how many and the `top` most useful (as in the listing, most useful then oldest first).

        `{eid: {"for": {"count": 50, "top": [argument, ...]}, "against": {...}}}`; arguments hidden by
        moderation are neither counted nor shown, and targets without visible ones are absent. Articles
        are keyed as stored: those no longer in the current text are there too."""
        if target_type not in TARGET_TYPES:
            raise InvalidInput(f"target_type must be article or amendment, got {target_type!r}")
        if not 0 <= top <= MAX_TOP:
            raise InvalidInput(f"top is between 0 and {MAX_TOP}, got {top}")
        with self.db.read() as session:
            bill = bill_rows.get(session, bill_ref)
            result: dict[str | int, ArgumentSides] = {}
            for argument, rank, total in contributions.top_arguments(session, bill.id, target_type, top):
                key = int(argument.target_id) if target_type == "amendment" else argument.target_id
                sides = result.setdefault(key, {"for": {"count": 0, "top": []}, "against": {"count": 0, "top": []}})
                side = sides["for"] if argument.stance == "for" else sides["against"]
                side["count"] = total
                if rank <= top:
                    side["top"].append(argument_json(argument))
            return result

    def mark_useful(self, actor: Actor | None, argument_id: int, useful: bool) -> UsefulMark:
        """Mark an argument useful (once per person), or take the mark back."""
        reader = require_signed_in(actor)
        now = datetime.now(UTC)
        with self.db.write(self.bus.publish) as session:
            argument = rows.argument(session, argument_id)
            bill = bill_rows.get(session, argument.bill_id, lock=True)
            session.refresh(argument)  # re-read under the lock: its count may just have moved
            may_contribute(reader, bill)
            if useful and argument.author_id == reader.id:
                raise Forbidden(f"argument {argument_id} is yours: others judge whether it is useful")
            if useful and argument.hidden_reason is not None:
                raise Conflict(f"argument {argument_id} is hidden by moderation: it cannot be marked useful")
            mark = session.get(ArgumentUseful, (argument_id, reader.id))
            if useful and mark is None:
                session.add(ArgumentUseful(argument_id=argument_id, user_id=reader.id))
                argument.useful += 1
            elif not useful and mark is not None:
                session.delete(mark)
                argument.useful = max(0, argument.useful - 1)
            if useful != (mark is not None):
                eventlog.append(session, events.argument_useful(bill.id, argument_id, argument.useful), now)
            return {"argument": argument_id, "useful": argument.useful, "marked_useful": useful}
