"""The trace of a version: who changed what, printed at the end of its exports.

`Trace` holds what the services read (each version since the first, the decision that made it, the
articles it changed, and who put each passage of the text there, from the stored footprints); `lines`
turns it into the same short list of headings and paragraphs for every format, so the PDF, DOCX, ODT,
HTML, Markdown and text files say the same thing in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from drafting.formats.layout import long_date, xml_text
from drafting.formats.markdown import TRACE_MARK, TRACE_TEXT_MARK

# A passage longer than this is quoted by its start and end: the trace names passages, the text is above.
MAX_QUOTE = 320
# The articles a version changed are named up to this many (an imported stage may change hundreds).
MAX_ARTICLES = 40


@dataclass(frozen=True, slots=True)
class Decision:
    """The accepted amendment that made a version: its label (« n° 3 »), who tabled it (empty while
    moderation hides them), the official who accepted it, when, and the reason they gave."""

    amendment: str
    authors: tuple[str, ...]
    official: str
    decided_at: datetime
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """One version up to the exported one: `articles` are the labels of the articles whose text it changed."""

    number: int
    created_at: datetime
    label: str
    published_by: str
    decision: Decision | None
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage of an article's text and what put it there: `kind` amendment, import (a later stage
    of the bill) or edit; `source` the amendment's label or the stage's version number."""

    text: str
    kind: str
    source: str | None
    author: str | None  # None: not known, or hidden by moderation
    version: int | None  # the version it entered the text, when known


@dataclass(frozen=True, slots=True)
class ArticleTrace:
    label: str  # `Article 2`
    passages: tuple[Passage, ...]


@dataclass(frozen=True, slots=True)
class Trace:
    """Every version up to the exported one, oldest first, and the articles of its text that hold a
    passage put there after the initial text."""

    steps: tuple[Step, ...]
    articles: tuple[ArticleTrace, ...]


LineKind = Literal["title", "intro", "heading", "item", "text", "article", "quote"]


@dataclass(frozen=True, slots=True)
class Line:
    """One paragraph of the trace: `title` (the appendix's title), `heading` (a part), `item` (a
    version), `text` (a detail of it), `article` (an article's label), `quote` (a passage and its origin)."""

    kind: LineKind
    text: str


WORDS = {
    "fr": {
        "title": "Historique des modifications",
        "intro": "Trace des versions jusqu'à la version {n} et origine des passages de son texte, "
        "lues dans l'historique enregistré du texte.",
        "versions": "Versions",
        "version": "Version {n}",
        "initial": "Texte initial publié par {who}.",
        "published": "Publiée par {who}.",
        "decision": "Décision : amendement {amendment} de {authors}, adopté par {official} le {date}.",
        "hidden": "auteur masqué par la modération",
        "reason": "Motif : {reason}",
        "changed": "Articles modifiés : {articles}.",
        "none_changed": "Aucun article modifié.",
        "more": "et {n} autres",
        "no_change": "Aucune modification depuis le texte initial.",
        "origins": "Origine des passages",
        "origins_intro": "Passages du texte de la version {n} venus d'un amendement ou d'une étape "
        "ultérieure ; le reste de chaque article est celui du texte initial. Les mots supprimés "
        "n'ont pas de passage : les articles modifiés de chaque version les situent.",
        "none_since": "Tout le texte de la version {n} est celui du texte initial.",
        "amendment": "amendement {source}",
        "import": "version {source} (nouvelle étape du texte)",
        "edit": "modification directe",
        "by": " ({author})",
        "in": ", version {n}",
        "and": " et ",
    },
    "en": {
        "title": "Change history",
        "intro": "Trace of the versions up to version {n} and origin of the passages of its text, "
        "read from the text's recorded history.",
        "versions": "Versions",
        "version": "Version {n}",
        "initial": "Initial text published by {who}.",
        "published": "Published by {who}.",
        "decision": "Decision: amendment {amendment} by {authors}, accepted by {official} on {date}.",
        "hidden": "author hidden by moderation",
        "reason": "Reason: {reason}",
        "changed": "Articles changed: {articles}.",
        "none_changed": "No article changed.",
        "more": "and {n} more",
        "no_change": "No change since the initial text.",
        "origins": "Origin of the passages",
        "origins_intro": "Passages of the text of version {n} that came from an amendment or a later "
        "stage; the rest of each article is the initial text's. Deleted words have no passage: the "
        "articles each version changed locate them.",
        "none_since": "All the text of version {n} is the initial text's.",
        "amendment": "amendment {source}",
        "import": "version {source} (new stage of the text)",
        "edit": "direct edit",
        "by": " ({author})",
        "in": ", version {n}",
        "and": " and ",
    },
}


def _language(language: str | None) -> str:
    code = (language or "fr").split("-")[0].lower()
    return code if code in WORDS else "en"


def quote(text: str) -> str:
    """The passage on one line (alinéas joined by ` / `), its middle cut when it is long."""
    flat = " / ".join(part.strip() for part in text.split("\n\n") if part.strip()) or text.strip()
    if len(flat) > MAX_QUOTE:
        flat = f"{flat[: MAX_QUOTE * 2 // 3].rstrip()} […] {flat[-MAX_QUOTE // 4 :].lstrip()}"
    return flat


def _names(names: tuple[str, ...], w: dict[str, str]) -> str:
    if not names:
        return w["hidden"]
    return ", ".join(names[:-1]) + w["and"] + names[-1] if len(names) > 1 else names[0]


def _step_lines(step: Step, language: str, w: dict[str, str]) -> list[Line]:
    head = w["version"].format(n=step.number) + f" — {long_date(step.created_at, language)}"
    out = [Line("item", head + (f" — {step.label}" if step.label else ""))]
    if step.number == 1:
        out.append(Line("text", w["initial"].format(who=step.published_by)))
        return out
    if step.decision is not None:
        d = step.decision
        date = long_date(d.decided_at, language)
        out.append(
            Line(
                "text",
                w["decision"].format(
                    amendment=d.amendment, authors=_names(d.authors, w), official=d.official, date=date
                ),
            )
        )
        if d.reason:
            out.append(Line("text", w["reason"].format(reason=quote(d.reason))))
    else:
        out.append(Line("text", w["published"].format(who=step.published_by)))
    if step.articles:
        shown = list(step.articles[:MAX_ARTICLES])
        if len(step.articles) > MAX_ARTICLES:
            shown.append(w["more"].format(n=len(step.articles) - MAX_ARTICLES))
        out.append(Line("text", w["changed"].format(articles=", ".join(shown))))
    else:
        out.append(Line("text", w["none_changed"]))
    return out


def origin_text(passage: Passage, language: str) -> str:
    """`amendement n° 3 (Alice Martin), version 4`."""
    w = WORDS[_language(language)]
    if passage.kind == "amendment":
        text = w["amendment"].format(source=passage.source or "?")
    elif passage.kind == "import":
        text = w["import"].format(source=passage.source or "?")
    else:
        text = w["edit"]
    if passage.kind == "amendment":
        text += w["by"].format(author=passage.author or w["hidden"])
    if passage.version is not None and passage.kind != "import":
        text += w["in"].format(n=passage.version)
    return text


def lines(trace: Trace, version: int, language: str | None) -> list[Line]:
    """The trace as paragraphs, in reading order, in the bill's language (French unless English)."""
    lang = _language(language)
    w = WORDS[lang]
    colon = " : " if lang == "fr" else ": "
    out = [Line("title", w["title"]), Line("intro", w["intro"].format(n=version)), Line("heading", w["versions"])]
    for step in trace.steps:
        out += _step_lines(step, lang, w)
    if len(trace.steps) <= 1:
        out.append(Line("text", w["no_change"]))
        return [Line(line.kind, xml_text(line.text)) for line in out]
    out.append(Line("heading", w["origins"]))
    if not trace.articles:
        out.append(Line("intro", w["none_since"].format(n=version)))
    else:
        out.append(Line("intro", w["origins_intro"].format(n=version)))
    for article in trace.articles:
        out.append(Line("article", article.label))
        for passage in article.passages:
            out.append(Line("quote", f"« {quote(passage.text)} »{colon}{origin_text(passage, lang)}"))
    return [Line(line.kind, xml_text(line.text)) for line in out]


def plain(trace_lines: list[Line], *, markdown: bool) -> str:
    """The trace as Markdown (headings, a list of passages) or as plain text (underlined headings)."""
    blocks: list[str] = []
    for line in trace_lines:
        if line.kind == "title":
            blocks.append(f"## {line.text}" if markdown else f"{line.text.upper()}\n{'=' * len(line.text)}")
        elif line.kind == "heading":
            blocks.append(f"### {line.text}" if markdown else f"{line.text}\n{'-' * len(line.text)}")
        elif line.kind in ("item", "article"):
            blocks.append(f"**{line.text}**" if markdown else line.text)
        elif line.kind == "quote":
            blocks.append(f"- {line.text}")
        else:
            blocks.append(line.text)
    return "\n\n".join(blocks)




def appended(body: str, trace_lines: list[Line] | None, *, markdown: bool) -> str:
    """`body` (a whole Markdown or text export) with the trace after its mark, if there is one."""
    if not trace_lines:
        return body
    return f"{body}\n{TRACE_MARK if markdown else TRACE_TEXT_MARK}\n\n{plain(trace_lines, markdown=markdown)}\n"
