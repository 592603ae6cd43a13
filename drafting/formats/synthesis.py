"""The synthesis of a consultation as HTML and PDF, with its charts drawn as SVG on the server.

Beyond what the 2015 République numérique report gave (per-article vote counts and the government's
answers to the most supported proposals), it shows each article's balance of votes and arguments,
its strongest argument on each side, the amendments and their outcomes, the annotations, every
decision with its public reason, and participation day by day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from markupsafe import Markup

from drafting.domain.charts import Series, split_bar, stacked_columns
from drafting.formats import ExportMeta, pdf
from drafting.formats.layout import cover, long_date, words

COLOURS = {"agree": "#1d7a46", "mixed": "#c99a06", "disagree": "#b3261e"}
MAX_COLUMNS = 120


@dataclass(frozen=True, slots=True)
class Answer:
    by: str
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    eid: str
    label: str
    agree: int
    mixed: int
    disagree: int
    arguments_for: int
    arguments_against: int
    top_for: str | None
    top_against: str | None
    amendments: dict[str, int]  # by status
    annotations: int
    comments: int

    @property
    def votes(self) -> int:
        return self.agree + self.mixed + self.disagree


@dataclass(frozen=True, slots=True)
class Contribution:
    kind: str  # argument_for | argument_against | amendment
    where: str
    text: str
    support: int
    answers: list[Answer]


@dataclass(frozen=True, slots=True)
class Decision:
    amendment: str
    article: str
    status: str
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Timeline:
    days: list[date]
    votes: list[int]
    arguments: list[int]
    amendments: list[int]
    notes: list[int]  # annotations and comments


@dataclass(frozen=True, slots=True)
class Synthesis:
    title: str
    meta: ExportMeta
    period: tuple[str, datetime | None, datetime | None]
    totals: dict[str, int]
    articles: list[ArticleSummary]
    top: list[Contribution]
    decisions: list[Decision]
    timeline: Timeline


def _buckets(timeline: Timeline) -> tuple[list[date], list[list[int]]]:
    """Days, or weeks when the period is long, so that a column stays wide enough to see."""
    series = [timeline.votes, timeline.arguments, timeline.amendments, timeline.notes]
    if len(timeline.days) <= MAX_COLUMNS:
        return timeline.days, series
    step = -(-len(timeline.days) // MAX_COLUMNS)  # days per column
    starts = timeline.days[::step]
    return starts, [[sum(values[i : i + step]) for i in range(0, len(values), step)] for values in series]


def charts(s: Synthesis) -> dict[str, Markup]:
    days, (votes, arguments, amendments, notes) = _buckets(s.timeline)
    activity = stacked_columns(
        "chart-activity",
        "Contributions par jour : arguments, amendements, annotations et commentaires",
        days,
        [
            Series("arguments", "#2f5d9b", tuple(arguments)),
            Series("amendements", "#8a4fa3", tuple(amendments)),
            Series("annotations et commentaires", "#5aa7a0", tuple(notes)),
        ],
    )
    votes_chart = stacked_columns("chart-votes", "Votes par jour", days, [Series("votes", "#1d7a46", tuple(votes))])
    return {"activity": Markup(activity), "votes": Markup(votes_chart)}


def vote_bar(article: ArticleSummary) -> Markup:
    parts = [
        ("d’accord", article.agree, COLOURS["agree"]),
        ("mitigé", article.mixed, COLOURS["mixed"]),
        ("pas d’accord", article.disagree, COLOURS["disagree"]),
    ]
    return Markup(split_bar(parts))


STATUS = {
    "submitted": "en attente",
    "accepted": "adoptés",
    "rejected": "rejetés",
    "withdrawn": "retirés",
    "fallen": "tombés",
}
DECISION = {"accepted": "Adopté", "rejected": "Rejeté"}
KIND = {"argument_for": "Argument pour", "argument_against": "Argument contre", "amendment": "Amendement"}


def to_html(s: Synthesis) -> str:
    status, opens, closes = s.period
    period = " – ".join(long_date(m, "fr") for m in (opens, closes) if m is not None)
    days = s.timeline.days
    context: dict[str, Any] = {
        "lang": "fr",
        "doc_title": f"{s.title} — Synthèse de la consultation",
        "author": None,
        "words": words(s.meta),
        "page": cover(s.title, s.meta),
        "s": s,
        "period": period,
        "status": status,
        "charts": charts(s),
        "vote_bar": vote_bar,
        "STATUS": STATUS,
        "DECISION": DECISION,
        "KIND": KIND,
        "long_date": lambda m: long_date(m, "fr"),
        "span": f"{long_date(datetime.combine(days[0], datetime.min.time()), 'fr')} – "
        f"{long_date(datetime.combine(days[-1], datetime.min.time()), 'fr')}"
        if days
        else "",
        "one_day": timedelta(days=1),
    }
    return pdf.template("synthesis").render(**context)


def to_pdf(s: Synthesis) -> bytes:
    return pdf.render(to_html(s))


RENDERERS: dict[str, Callable[[Synthesis], str | bytes]] = {"html": to_html, "pdf": to_pdf}
