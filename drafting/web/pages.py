"""Server-rendered pages: the list of bills; each bill's text with its consultation (status and
dates, and under each article its votes, its most useful arguments and its pending amendments); the
pending amendments ranked by support.

The full interface of issue [5/6] grows from these pages; they stay readable without JavaScript.
Everything is read through the services (their listings and aggregates): pages hold no SQL.
"""

from __future__ import annotations

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
from drafting.domain.serialize import tree_json
from drafting.services.bill_views import bill_json, version_json
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
AMENDMENTS_PER_PAGE = 20

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


@dataclass(frozen=True, slots=True)
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
    """What the bill page shows of the participation."""

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


def consultation(services: Services, bill_id: int, eids: list[str]) -> Consultation:
    """The participation on these articles of the bill's current version, from the services'
    aggregates (blocking: run it in the thread pool). Arguments hidden by moderation are neither
    counted nor shown."""
    tallies = services.votes.tallies(bill_id, "article")
    pending = services.amendments.pending_counts(bill_id)
    summary = services.arguments.summary(bill_id, "article", top=TOP_ARGUMENTS)
    articles = {}
    for eid in eids:
        found = summary.get(eid, {})
        arguments = {
            stance: Side(found[stance]["count"], found[stance]["top"]) if stance in found else Side()
            for stance, _label in STANCES
        }
        articles[eid] = ArticleParticipation(_tally(tallies.get(eid)), arguments, pending.get(eid, 0))
    return Consultation(
        articles=articles,
        pending=sum(pending.values()),
        votes=sum(a.tally.total for a in articles.values()),
        arguments=sum(side.count for a in articles.values() for side in a.arguments.values()),
    )


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
            "consultation": consultation(services, bill.id, [a.eid for a in tree.articles()]) if current else None,
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
