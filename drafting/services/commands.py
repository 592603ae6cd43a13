"""What a person asks a service to do, as typed values (commands): routes build them from their request
models, pages from their forms, so both reach the services by one path, and a misspelt field fails mypy.

Services read these, never a request body as a dict; checks that need the database stay in the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Final, Literal

from drafting.domain.text_hygiene import check_text

ProposalKind = Literal["modify", "insert", "delete", "instructions"]


class _Keep(Enum):
    KEEP = "keep"


KEEP: Final = _Keep.KEEP
"""A field a command leaves as it is (where None means "clear it")."""
Keep = Literal[_Keep.KEEP]


@dataclass(frozen=True)
class Proposal:
    """A new amendment. `modify` and `delete` name their `article`; `insert` gives `num` and goes
    `after` an article or first in a `division`; `instructions` are legal French giving the text;
    a `parent` makes it a sub-amendment of that amendment. `base_version` None: the current one."""

    kind: ProposalKind = "modify"
    article: str | None = None
    instructions: str | None = None
    base_version: int | None = None
    text: str | None = None
    after: str | None = None
    division: str | None = None
    num: str | None = None
    heading: str | None = None
    parent: int | None = None
    justification: str = ""
    draft: bool = False

    def __post_init__(self) -> None:  # every route and page builds one: the texts are checked once here
        for field in ("text", "instructions", "heading", "num", "justification"):
            check_text(field, getattr(self, field))


@dataclass(frozen=True)
class AmendmentChanges:
    """An author's edit of their amendment: None leaves a field as it is (an explicit JSON null
    always meant the same as an absent field); `submit` sends a draft to the officials.
    `expected_revision` / `expected_updated_at`: the amendment as the editor read it (its « rect. »
    count, its last change); when given and no longer true, the edit is refused (`StaleEdit`)."""

    text: str | None = None
    heading: str | None = None
    justification: str | None = None
    submit: bool = False
    expected_revision: int | None = None
    expected_updated_at: datetime | None = None

    def __post_init__(self) -> None:
        for field in ("text", "heading", "justification"):
            check_text(field, getattr(self, field))


@dataclass(frozen=True)
class Quote:
    """The words annotated, with what comes just before and after them to tell repeats apart."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class NewAnnotation:
    """A note on a passage of an article, found by `quote` in `version` (None: the current one)."""

    article: str
    quote: Quote
    body: str
    version: int | None = None

    def __post_init__(self) -> None:
        check_text("body", self.body)


@dataclass(frozen=True)
class Period:
    """The ends of a bill's consultation being set: a moment (with its time zone), None to clear
    that end, KEEP to leave it as it is."""

    opens_at: datetime | None | Keep = KEEP
    closes_at: datetime | None | Keep = KEEP

    def ends(self) -> list[tuple[str, datetime | None]]:
        """The ends being set, by name, opening first."""
        pairs = (("opens_at", self.opens_at), ("closes_at", self.closes_at))
        return [(name, moment) for name, moment in pairs if moment is not KEEP]
