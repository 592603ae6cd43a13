"""Server-rendered pages: the list of bills; each bill's text with its consultation (status and
dates, and under each article its votes, its most useful arguments and its pending amendments); the
pending amendments ranked by support.

The full interface of issue [5/6] grows from these pages; they stay readable without JavaScript.
Everything is read through the services' own listings: pages hold no SQL.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from drafting.bootstrap import Services
from drafting.domain.errors import NotFound
from drafting.domain.serialize import tree_json
from drafting.realtime.log import LogReader
from drafting.services.bills import bill_json, version_json
from drafting.services.participation import Target
from drafting.storage.models import Bill, Version
from drafting.web.requests import int_param

STATUS_LABELS = {
    "draft": "brouillon",
    "open": "consultation ouverte",
    "closed": "consultation close",
    "adopted": "adopté",
}
PHASE_LABELS = {**STATUS_LABELS, "upcoming": "consultation à venir"}
VOTES = (("agree", "d’accord"), ("mixed", "mitigé"), ("disagree", "pas d’accord"))
STANCES = (("for", "Arguments pour"), ("against", "Arguments contre"))
KIND_LABELS = {"insert": "nouvel article", "modify": "modification", "delete": "suppression"}
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
PARIS = ZoneInfo("Europe/Paris")
TOP_ARGUMENTS = 3  # the most useful arguments shown for and against each article
LISTING_PAGE = 200  # the largest page the services' listings give
AMENDMENTS_PER_PAGE = 20
RECENT_CONSULTATIONS = 16  # bills whose last consultation is kept (a few hundred KB each at most)

templates = Environment(
    loader=PackageLoader("drafting.web", "templates"),
    autoescape=select_autoescape(),
    trim_blocks=True,
    lstrip_blocks=True,
)


# --- formatting -----------------------------------------------------------------------------------


def _label(node: dict[str, Any]) -> str:
    kind = node["kind"]
    prefix = "Article" if kind == "article" else kind.capitalize()
    text = f"{prefix} {node['num']}".strip()
    return f"{text} — {node['heading']}" if node.get("heading") else text


def number(value: int) -> str:
    """`2 237`: thousands apart by a narrow no-break space, as French typography writes them."""
    return f"{value:,}".replace(",", "\u202f")


def plural(count: int, one: str, many: str) -> str:
    """`1 argument`, `0 argument`, `3 arguments` (in French, 0 takes the singular)."""
    return f"{number(count)} {one if count < 2 else many}"


def signed(value: int) -> str:
    """`+4 031`, `0`, `−12` (with the minus sign)."""
    return ("+" if value > 0 else "\u2212" if value < 0 else "") + number(abs(value))


def _moment(value: str | datetime) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(PARIS)


def day(value: str | datetime) -> str:
    """`26 septembre 2015` (in Paris)."""
    moment = _moment(value)
    return f"{'1er' if moment.day == 1 else moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def day_and_time(value: str | datetime) -> str:
    """`26 septembre 2015 à 10 h 00` (in Paris)."""
    moment = _moment(value)
    return f"{day(moment)} à {moment.hour} h {moment.minute:02d}"


# --- what the consultation says ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Share:
    value: str  # agree, mixed or disagree
    label: str
    count: int
    percent: float  # of the votes cast, for the bar's widths


@dataclass(frozen=True, slots=True)
class Tally:
    agree: int
    mixed: int
    disagree: int

    @property
    def total(self) -> int:
        return self.agree + self.mixed + self.disagree

    @property
    def shares(self) -> list[Share]:
        total = self.total or 1
        return [Share(v, label, getattr(self, v), 100 * getattr(self, v) / total) for v, label in VOTES]

    @property
    def summary(self) -> str:
        """What the bar shows, for those who cannot see it: `d’accord 91 %, mitigé 7 %, …`."""
        return ", ".join(f"{s.label} {round(s.percent)}\u202f%" for s in self.shares)


@dataclass(slots=True)
class Side:
    """The arguments for, or against, one article: how many, and the most useful ones."""

    count: int = 0
    top: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ArticleParticipation:
    tally: Tally
    arguments: dict[str, Side]
    pending: int


@dataclass(frozen=True, slots=True)
class Consultation:
    """What the bill page shows of the participation; shared between requests, never changed."""

    articles: dict[str, ArticleParticipation]
    pending: int  # every pending amendment of the bill, including those before an article
    votes: int
    arguments: int  # on the articles


def _tally(counts: dict[str, int] | None) -> Tally:
    counts = counts or {}
    return Tally(counts.get("agree", 0), counts.get("mixed", 0), counts.get("disagree", 0))


templates.globals.update(
    label=_label,
    status_labels=STATUS_LABELS,
    phase_labels=PHASE_LABELS,
    kind_labels=KIND_LABELS,
    stances=STANCES,
    plural=plural,
    tally_of=_tally,
)
templates.filters.update(number=number, signed=signed, day=day, day_and_time=day_and_time)


def render(name: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(templates.get_template(name).render(**context))


def _arguments(services: Services, bill_id: int, eid: str) -> dict[str, Side]:
    """Every argument on the article, most useful first, page by page: counted by stance, the first
    few of each kept. Arguments hidden by moderation are neither counted nor shown."""
    sides = {stance: Side() for stance, _label in STANCES}
    page: int | None = 1
    while page is not None:
        found = services.arguments.listing(
            None, Target.article(bill_id, eid), sort="useful", page=page, per_page=LISTING_PAGE
        )
        for argument in found["items"]:
            side = sides[argument["stance"]]
            if argument["hidden"]:
                continue
            side.count += 1
            if len(side.top) < TOP_ARGUMENTS:
                side.top.append(argument)
        page = found["next_page"]
    return sides


def _pending_amendments(services: Services, bill_id: int) -> Counter[str]:
    """Pending amendments by the article they change or, for a new article, follow; `""` counts
    new articles placed at the start of a division."""
    counts: Counter[str] = Counter()
    page: int | None = 1
    while page is not None:
        found = services.amendments.listing(None, bill_id, status="submitted", page=page, per_page=LISTING_PAGE)
        for amendment in found["items"]:
            counts[(amendment["after"] or "") if amendment["kind"] == "insert" else amendment["article"]] += 1
        page = found["next_page"]
    return counts


def consultation(services: Services, bill_id: int, eids: list[str]) -> Consultation:
    """The participation on these articles of the bill's current version (blocking: run it in the
    thread pool)."""
    tallies = services.votes.tallies(bill_id, "article")
    pending = _pending_amendments(services, bill_id)
    articles = {}
    for eid in eids:
        try:
            arguments = _arguments(services, bill_id, eid)
        except NotFound:  # a version published since the page read its text no longer has it
            continue
        articles[eid] = ArticleParticipation(_tally(tallies.get(eid)), arguments, pending[eid])
    return Consultation(
        articles=articles,
        pending=sum(pending.values()),
        votes=sum(a.tally.total for a in articles.values()),
        arguments=sum(side.count for a in articles.values() for side in a.arguments.values()),
    )


_recent: OrderedDict[tuple[Any, ...], Consultation] = OrderedDict()
_recent_lock = threading.Lock()


def current_consultation(services: Services, bill: Bill, version: Version, eids: list[str]) -> Consultation:
    """`consultation()`, reused while the bill's event log has not moved (any process).

    Every vote, argument, useful mark, amendment step and moderation act appends an event to the
    bill's log in its own transaction, so the last event's number says whether anything shown here
    may have changed. The key is read before the consultation: a change made meanwhile moves it.
    Contributions imported from an archive append no event: they show after the bill's next one.
    """
    last_event = LogReader(services.db).head(bill.id)
    key = (id(services.db), bill.id, bill.created_at, version.content_hash, last_event)
    with _recent_lock:
        found = _recent.get(key)
        if found is not None:
            _recent.move_to_end(key)
            return found
    fresh = consultation(services, bill.id, eids)
    with _recent_lock:
        _recent[key] = fresh
        while len(_recent) > RECENT_CONSULTATIONS:
            _recent.popitem(last=False)
    return fresh


def phase(bill: dict[str, Any], now: datetime) -> str:
    """The bill's status as a reader lives it: an open bill outside its period is `upcoming` or `closed`."""
    if bill["status"] != "open":
        return str(bill["status"])
    if bill["opens_at"] and now < datetime.fromisoformat(bill["opens_at"]):
        return "upcoming"
    if bill["closes_at"] and now > datetime.fromisoformat(bill["closes_at"]):
        return "closed"
    return "open"


# --- pages ----------------------------------------------------------------------------------------


async def index(request: Request) -> Response:
    page = int_param(request, "page", 1) or 1
    listing = await run_in_threadpool(request.app.state.services.bills.listing, page=page, per_page=50)
    return render("index.html", bills=listing["items"], next_page=listing["next_page"])


async def bill_page(request: Request) -> Response:
    services: Services = request.app.state.services
    number_asked = int_param(request, "version")

    def read() -> dict[str, Any]:
        bill, version, tree = services.bills.tree(request.path_params["bill"], number_asked)
        current = version.number == bill.head_version  # participation is on the current text
        return {
            "bill": bill_json(bill),
            "version": version_json(version),
            "versions": services.bills.versions(bill.id),
            "tree": tree_json(tree),
            "articles": len(tree.articles()),
            "consultation": current_consultation(services, bill, version, [a.eid for a in tree.articles()])
            if current
            else None,
            "lang": bill.language,
        }

    context = await run_in_threadpool(read)
    return render("bill.html", phase=phase(context["bill"], datetime.now(UTC)), **context)


async def amendments_page(request: Request) -> Response:
    """Pending amendments, the most supported (d'accord minus pas d'accord) first."""
    services: Services = request.app.state.services
    page = int_param(request, "page", 1) or 1

    def read() -> dict[str, Any]:
        bill, _version, tree = services.bills.tree(request.path_params["bill"])
        listing = services.amendments.listing(
            None, bill.id, status="submitted", sort="support", page=page, per_page=AMENDMENTS_PER_PAGE
        )
        articles = {a.eid: _label({"kind": "article", "num": a.num}) for a in tree.articles()}
        return {"bill": bill_json(bill), "listing": listing, "articles": articles, "lang": bill.language}

    context = await run_in_threadpool(read)
    return render(
        "amendments.html",
        page=page,
        per_page=AMENDMENTS_PER_PAGE,
        phase=phase(context["bill"], datetime.now(UTC)),
        **context,
    )


routes = [
    Route("/", index),
    Route("/bills/{bill}", bill_page),
    Route("/bills/{bill}/amendments", amendments_page),
]
