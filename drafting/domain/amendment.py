"""An amendment's lifecycle: its status, the transitions between statuses and the rules they check.

Each transition is a method that refuses what the rules forbid (with the error the API answers),
then records the step for the history and the events it causes in `events`; the service saves the
steps and logs the events in the same write, which publishes them once it commits. What the change
does to the text (rebase, collisions, footprint) is the services' and `domain/amendments.py`'s.

    draft ──submit──> submitted ──accept──> accepted
      │                 ├──reject──> rejected
      │                 ├──fall────> fallen      (the text it changes is gone, or its parent closed)
      └──withdraw──┬────┴──withdraw─> withdrawn

Apart from its status, a moderator may hide it and restore it (domain/moderation.py, one rule for
every kind of contribution).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, get_args

from drafting.domain import events, moderation
from drafting.domain.amendments import ChangeKind
from drafting.domain.errors import Conflict, Forbidden

Status = Literal["draft", "submitted", "accepted", "rejected", "withdrawn", "fallen"]
STATUSES: tuple[Status, ...] = get_args(Status)
KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)
OPEN: tuple[Status, ...] = ("draft", "submitted")  # the author may still edit or withdraw
PENDING: tuple[Status, ...] = ("submitted",)  # waiting for a decision: rebased, voted on, may fall
# leaving the pending list this way, it no longer overlaps anything: the discussion commune forgets it
ENDS_DISCUSSION: tuple[Status, ...] = ("withdrawn", "rejected", "fallen")
SYSTEM = "drafting"  # who makes an amendment fall


@dataclass(frozen=True, slots=True)
class Step:
    """One change of status as the history keeps it; a decision's reason is public."""

    from_status: Status
    to_status: Status
    actor_id: int | None
    actor_name: str
    reason: str | None = None
    version: int | None = None

    @property
    def ends_discussion(self) -> bool:
        return self.from_status == "submitted" and self.to_status in ENDS_DISCUSSION


@dataclass(slots=True)
class Amendment:
    """What the lifecycle needs of a stored amendment; `storage/amendments.py` maps it from and to rows."""

    id: int
    bill_id: int
    article_eid: str
    author_id: int | None
    status: Status
    number: int  # n° in its bill, what readers call it (the id stays global): named in the events
    kind: ChangeKind = "modify"
    revision: int = 0
    decided_version: int | None = None
    hidden_reason: str | None = None  # hidden by a moderator: kept, masked, frozen
    steps: list[Step] = field(default_factory=list)
    events: list[events.Event] = field(default_factory=list)

    # --- the author ------------------------------------------------------------------------------

    def propose(self, actor_id: int | None, actor_name: str, *, draft: bool) -> None:
        """A new amendment starts as a draft (kept private) or is submitted at once."""
        if self.steps or self.status != "draft":
            raise Conflict(f"amendment {self.id} was already proposed")
        if draft:
            self._step("draft", actor_id, actor_name)
        else:  # a new one has a single text: its announcement names no revision
            self._step("submitted", actor_id, actor_name)
            self.events.append(events.amendment_submitted(self.bill_id, self.id, self.number, self.article_eid))

    def check_editable(self, actor_id: int | None, *, stands_in: bool = False) -> None:
        """Only its author edits an amendment (or who `stands_in` for them: an official on an amendment
        imported from Parliament), and only while it is open."""
        if not stands_in:
            self._require_author(actor_id, "edit")
        if self.status not in OPEN:
            raise Conflict(f"amendment {self.id} is {self.status}: it can no longer be edited")

    def rectify(self) -> bool:
        """A submitted amendment whose text changes is rectified (« rect. », « rect. bis »...) so the
        text voted and argued on so far stays readable; a draft is still its author's to rewrite.
        Says whether it was rectified (the caller keeps the earlier text)."""
        if self.status != "submitted":
            return False
        self.revision += 1
        return True

    def revise(self, actor_id: int | None, actor_name: str, *, submit: bool) -> None:
        """After an edit: a draft the author submits is submitted; a submitted amendment tells its
        followers it changed (announced as submitted again when the author asked to submit)."""
        if self.status == "draft" and submit:
            self._step("submitted", actor_id, actor_name)
        if self.status == "submitted":
            made = events.amendment_submitted if submit else events.amendment_edited
            self.events.append(made(self.bill_id, self.id, self.number, self.article_eid, self.revision))

    def withdraw(self, actor_id: int | None, actor_name: str, reason: str | None, *, stands_in: bool = False) -> None:
        if not stands_in:
            self._require_author(actor_id, "withdraw")
        if self.status not in OPEN:
            raise Conflict(f"amendment {self.id} is {self.status}: it can no longer be withdrawn")
        was_draft = self.status == "draft"
        self._step("withdrawn", actor_id, actor_name, reason)
        if not was_draft:  # a draft was never public: its withdrawal is no one else's news
            self.events.append(events.amendment_withdrawn(self.bill_id, self.id, self.number))

    # --- officials -------------------------------------------------------------------------------

    def check_decidable(self) -> None:
        if self.status != "submitted":
            raise Conflict(f"amendment {self.id} is {self.status}: only submitted amendments are decided")

    def accept(self, official_id: int | None, official_name: str, reason: str, version: int | None) -> None:
        """Adopted: into bill version `version`, or into its parent's text (a sub-amendment, None)."""
        self._decide("accepted", official_id, official_name, reason, version)

    def reject(self, official_id: int | None, official_name: str, reason: str) -> None:
        self._decide("rejected", official_id, official_name, reason, None)

    # --- who may know of it ---------------------------------------------------------------------

    def is_private(self, ever_submitted: Callable[[], bool]) -> bool:
        """A draft, or a draft withdrawn before it was ever submitted: its author's alone.
        `ever_submitted` reads the history, asked only of a withdrawn amendment."""
        if self.status == "draft":
            return True
        return self.status == "withdrawn" and not ever_submitted()

    # --- what may be done to it while it is pending ------------------------------------------------

    @property
    def pending(self) -> bool:
        return self.status in PENDING

    def check_sub_amendable(self) -> None:
        """A sub-amendment changes the text a pending amendment proposes: a deletion proposes none."""
        if not self.pending or self.kind == "delete":
            raise Conflict(f"amendment {self.id} is {self.status} ({self.kind}): it cannot be sub-amended")

    def check_parent_pending(self) -> None:
        """A sub-amendment is adopted into its parent's text only while the parent is pending."""
        if not self.pending:
            raise Conflict(f"amendment {self.id}, which this sub-amendment changes, is {self.status}")

    def check_takes_votes(self) -> None:
        if not self.pending:
            raise Conflict(
                f"amendment {self.id} is {self.status}: votes and arguments are taken on submitted amendments only"
            )

    # --- moderators -----------------------------------------------------------------------------

    @property
    def target_type(self) -> str:
        return "amendment"

    def hide(self, reason: str) -> None:
        """Hidden by a moderator, whatever its status: the same rule as every contribution's."""
        moderation.hide(self, reason)

    def restore(self, reason: str) -> None:
        moderation.restore(self, reason)

    # --- the system ------------------------------------------------------------------------------

    def fall(self, why: str) -> None:
        """It can no longer apply: only its author is told, and no one else, by name."""
        self._step("fallen", None, SYSTEM, why)
        fallen = events.amendment_fallen(self.bill_id, self.id, self.number, why)
        self.events.append(fallen)
        if self.author_id is not None:  # no public event names people
            self.events.append(events.notice(self.bill_id, self.author_id, fallen.type, fallen.data))

    # --- rules -----------------------------------------------------------------------------------

    def _decide(
        self, status: Status, official_id: int | None, official_name: str, reason: str, version: int | None
    ) -> None:
        self.check_decidable()
        self._step(status, official_id, official_name, reason, version)
        self.decided_version = version
        self.events.append(events.amendment_decided(self.bill_id, self.id, self.number, status, version))

    def _require_author(self, actor_id: int | None, action: str) -> None:
        if actor_id is None or self.author_id != actor_id:
            raise Forbidden(f"only the author of amendment {self.id} may {action} it")

    def _step(
        self,
        to: Status,
        actor_id: int | None,
        actor_name: str,
        reason: str | None = None,
        version: int | None = None,
    ) -> None:
        self.steps.append(Step(self.status, to, actor_id, actor_name, reason, version))
        self.status = to
