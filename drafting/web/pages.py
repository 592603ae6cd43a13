"""Server-rendered pages: the home page (what the site is for, the bills and their participation)
and a bill's page (its consultation and a table of contents linking each article, with its counts).
The article page is in `pages_article.py`, sign-in and the language switch in `pages_auth.py`, the
amendments' pages in `pages_amendments.py`.

Pages read without script; static/js enhances them. Everything is read through the services (their
listings and aggregates): pages hold no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from drafting.bootstrap import Services
from drafting.domain.serialize import tree_json
from drafting.services.views.bills import BillView
from drafting.services.views.participation import TallyCounts
from drafting.web.context import services_of
from drafting.web.i18n import translate
from drafting.web.render import render, templates
from drafting.web.requests import int_param

VOTES = ("agree", "mixed", "disagree")
STANCES = ("for", "against")
EXPORTS = (
    ("pdf", "PDF"),
    ("docx", "Word"),
    ("odt", "OpenDocument"),
    ("html", "HTML"),
    ("md", "Markdown"),
    ("txt", None),
    ("akn", "Akoma Ntoso"),
)


# --- what the consultation says ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Share:
    value: str  # agree, mixed or disagree
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
        return [Share(v, getattr(self, v), 100 * getattr(self, v) / total) for v in VOTES]


@dataclass(frozen=True, slots=True)
class ArticleCounts:
    tally: Tally
    arguments: int
    pending: int


@dataclass(frozen=True, slots=True)
class Consultation:
    """What the bill page shows of the participation."""

    articles: dict[str, ArticleCounts]
    pending: int  # every pending amendment of the bill, including those before an article
    votes: int
    arguments: int  # on the articles


def tally_of(counts: TallyCounts | None) -> Tally:
    if counts is None:
        return Tally(0, 0, 0)
    return Tally(counts["agree"], counts["mixed"], counts["disagree"])


@pass_context
def tally_summary(context: Context, tally: Tally) -> str:
    """What the bar shows, for those who cannot see it: `D’accord 91 %, Mitigé 7 %, …`."""
    lang = str(context.get("lang", "fr"))
    space = "\u202f" if lang == "fr" else ""
    return ", ".join(f"{translate(lang, 'vote.' + s.value)} {round(s.percent)}{space}%" for s in tally.shares)


def label(node: dict[str, Any], lang: str = "fr") -> str:
    kind = node["kind"]
    prefix = translate(lang, "bills.article", num="").strip() if kind == "article" else kind.capitalize()
    text = f"{prefix} {node['num']}".strip()
    return f"{text} — {node['heading']}" if node.get("heading") else text


@pass_context
def _label(context: Context, node: dict[str, Any]) -> str:
    return label(node, str(context.get("lang", "fr")))


templates.globals.update(label=_label, tally_of=tally_of, tally_summary=tally_summary, stances=STANCES)


def consultation(services: Services, bill_id: int, eids: list[str]) -> Consultation:
    """The participation on these articles of the bill's current version, from the services'
    aggregates (blocking: run it in the thread pool). Arguments hidden by moderation are not counted."""
    tallies = services.votes.tallies(bill_id, "article")
    pending = services.amendments.pending_counts(bill_id)
    summary = services.arguments.summary(bill_id, "article", top=0)
    articles = {}
    for eid in eids:
        found = summary.get(eid)
        arguments = found["for"]["count"] + found["against"]["count"] if found else 0
        articles[eid] = ArticleCounts(tally_of(tallies.get(eid)), arguments, pending.get(eid, 0))
    return Consultation(
        articles=articles,
        pending=sum(pending.values()),
        votes=sum(a.tally.total for a in articles.values()),
        arguments=sum(a.arguments for a in articles.values()),
    )


def phase(bill: BillView, now: datetime) -> str:
    """The bill's status as a reader lives it: an open bill outside its period is `upcoming` or `closed`."""
    if bill["status"] != "open":
        return bill["status"]
    if bill["opens_at"] and now < datetime.fromisoformat(bill["opens_at"]):
        return "upcoming"
    if bill["closes_at"] and now > datetime.fromisoformat(bill["closes_at"]):
        return "closed"
    return "open"


# --- pages ----------------------------------------------------------------------------------------


async def index(request: Request) -> Response:
    services = services_of(request)
    page = int_param(request, "page", 1) or 1

    def read() -> dict[str, Any]:
        listing = services.bills.listing(page=page, per_page=50)
        now = datetime.now(UTC)
        bills = []
        for bill in listing["items"]:
            tallies = services.votes.tallies(bill["id"], "article")
            summary = services.arguments.summary(bill["id"], "article", top=0)
            bills.append(
                {
                    **bill,
                    "phase": phase(bill, now),
                    "votes": sum(t["agree"] + t["mixed"] + t["disagree"] for t in tallies.values()),
                    "arguments": sum(s["for"]["count"] + s["against"]["count"] for s in summary.values()),
                    "pending": sum(services.amendments.pending_counts(bill["id"]).values()),
                }
            )
        return {"bills": bills, "next_page": listing["next_page"]}

    return await render(request, "index.html", **await run_in_threadpool(read))


async def bill_page(request: Request) -> Response:
    services = services_of(request)
    number_asked = int_param(request, "version")

    def read() -> dict[str, Any]:
        bill, version, tree = services.bills.tree(request.path_params["bill"], number_asked)
        current = version["number"] == bill["head_version"]  # participation is on the current text
        eids = [a.eid for a in tree.articles()]
        return {
            "bill": bill,
            "version": version,
            "versions": services.bills.versions(bill["id"]),
            "tree": tree_json(tree),
            "articles": len(eids),
            "consultation": consultation(services, bill["id"], eids) if current else None,
            "bill_lang": bill["language"],
        }

    context = await run_in_threadpool(read)
    return await render(
        request, "bill.html", phase=phase(context["bill"], datetime.now(UTC)), exports=EXPORTS, **context
    )


routes = [
    Route("/", index),
    Route("/bills/{bill}", bill_page),
]
