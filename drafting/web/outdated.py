"""What the pages say when an amendment's text moved under it, from the details of the services' 409
(`amendment_proposals.outdated`, `Decisions._explain`): which passages no longer match, what the text
now reads there, the amendments accepted since, and what the reader can do next."""

from __future__ import annotations

from typing import Any

from drafting.web.i18n import translate


def _label(lang: str, label: str) -> str:
    return label.replace("n° ", "no. ", 1) if lang == "en" else label


def _since(lang: str, details: dict[str, Any]) -> str:
    labels = [_label(lang, x["label"]) for x in details.get("accepted_since") or []]
    if not labels:
        return ""
    key = "amend.outdated.since_one" if len(labels) == 1 else "amend.outdated.since_many"
    return translate(lang, key, labels=", ".join(labels))


def _passages(lang: str, details: dict[str, Any]) -> str:
    said = []
    for p in details.get("passages") or []:
        key = "amend.outdated.passage" if p["was"] else "amend.outdated.insertion"
        said.append(translate(lang, key, was=p["was"], proposed=p["proposed"], now=p["now"]))
    return " ; ".join(said) if lang != "en" else "; ".join(said)


def describe(lang: str, details: dict[str, Any], *, deciding: bool) -> str:
    """One paragraph: what happened, each passage, then the way out (filing: rework the kept text on the
    current version; deciding: accept with an edited text, or reject)."""
    base, head, since = details.get("base_version"), details.get("head_version"), _since(lang, details)
    passages = _passages(lang, details)
    if not deciding and not details.get("passages"):
        return translate(lang, "amend.outdated.already", base=base, since=since)
    what = "amend.outdated.deciding" if deciding else "amend.outdated.filing"
    nxt = "amend.outdated.deciding_next" if deciding else "amend.outdated.filing_next"
    first = translate(lang, what, base=base, head=head, since=since)
    middle = f" {passages[:1].upper()}{passages[1:]}." if passages else ""
    return f"{first}{middle} {translate(lang, nxt, head=head)}"
