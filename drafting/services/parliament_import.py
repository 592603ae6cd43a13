"""Bring in the amendments tabled in Parliament, as NosDéputés / NosSénateurs publish them (JSON:
{"amendements": [{"amendement": {numero, sujet, texte, expose, signataires, sort, date, ...}}]}).

Each amendment on an article of the bill's current text is read (drafting.domain.amending) and applied:
it becomes a submitted modify or delete amendment with the text it gives. One that cannot be read or
applied is kept as a draft whose text is unchanged, with its instructions and the reason, for a human to
write out (the reason in the justification as `explain` words it: the justification is French, the
parser's reasons English; the report and the history keep the parser's words). Numbers, authors, outcome
in Parliament and instructions go at the head of the justification; a whole number in Parliament
(« 42 ») is also the amendment's number in the bill when free. One already imported into the bill (by that
number) is skipped, so that a listing loaded again brings in only what was tabled since. One transaction
for the whole list.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NotRequired, TypedDict, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from drafting.domain import amending, bounded_json
from drafting.domain.amending.markup import clean
from drafting.domain.amendment import Status, Step
from drafting.domain.errors import InvalidInput
from drafting.domain.permissions import Actor
from drafting.domain.tree import Article
from drafting.services.amendment_instructions import MAX_INSTRUCTIONS
from drafting.storage import amendments as rows
from drafting.storage import bills as bill_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Amendment

TO_CHECK = "À vérifier"
MAX_NUMBER = 40  # characters of a number in Parliament: « COM-123 rect. bis »
# The most characters each field of a row may have, as the API allows in an amendment proposed by hand:
# instructions as `"instructions"` (100,000), the exposé as a justification (20,000); authors, outcome and
# subject are a line of the justification's head (the Senate's longest list of authors has 1,384). A row
# over a limit is not imported (the report says which field and how long); the other rows are.
MAX_FIELDS: dict[str, int] = {
    "texte": MAX_INSTRUCTIONS,
    "expose": 20_000,
    "signataires": 5_000,
    "sort": 200,
    "sujet": 200,
    "sous_amendement_de": MAX_NUMBER,
}
_ARTICLE = re.compile(r"^article (?P<num>\d+\w*(?: (?:[a-z]+))*)$", re.I)


@dataclass
class ParliamentReport:
    applied: list[str] = field(default_factory=list)  # numbers
    flagged: dict[str, str] = field(default_factory=dict)  # number -> why a human must write it out
    skipped: dict[str, str] = field(default_factory=dict)  # number -> why it was not imported
    # number in Parliament -> (id, number in the bill) of the amendment it became (applied or flagged)
    made: dict[str, tuple[int, int]] = field(default_factory=dict)


class ParliamentRow(TypedDict):
    """One « amendement » of an export, as `listing_rows` checked it: a number and instructions.
    The other fields are whatever the export holds (any JSON), read as text where present."""

    numero: str  # « 42 », « COM-3 » (a whole number 42 of the export is read as « 42 »)
    texte: str
    sujet: NotRequired[object]
    signataires: NotRequired[object]
    sort: NotRequired[object]
    expose: NotRequired[object]
    date: NotRequired[object]
    sous_amendement_de: NotRequired[object]


def listing_rows(listing: object) -> list[ParliamentRow]:
    """The amendments of a NosDéputés/NosSénateurs export (JSON as read, of any shape), refused with a
    clear message if it is not one: each item's number (text, or a whole number) and instructions are
    checked, and no text may hold what a database cannot store (a lone surrogate such as \\ud800, the
    NUL character). Nothing is imported from a listing refused."""
    items = listing.get("amendements") if isinstance(listing, dict) else None
    if not isinstance(items, list):
        raise InvalidInput('expected a NosDéputés/NosSénateurs export: {"amendements": [{"amendement": {...}}]}')
    out: list[ParliamentRow] = []
    for place, item in enumerate(items, 1):
        row = item.get("amendement") if isinstance(item, dict) else None
        if not isinstance(row, dict) or not row.get("numero") or not isinstance(row.get("texte"), str):
            got = str(item)[:80]
            raise InvalidInput(f"each item must be {{'amendement': {{numero, sujet, texte, ...}}}}, got {got}")
        where = f"amendment {place} of the list"
        row = {**row, "numero": _number(row["numero"], where)}
        for key, value in row.items():
            bad = unstorable(value)
            if bad:
                raise InvalidInput(f"{where} (n° {row['numero']}): {key!r} {bad}")
        out.append(cast(ParliamentRow, row))  # numero and texte checked just above
    return out


def _number(numero: object, where: str) -> str:
    """An amendment's number in Parliament as text (« 42 », « COM-3 »), or why it cannot be one: the
    justification's head gives it back (« Amendement n° 42, présenté par … (Adopté) »), so it holds no
    comma, parenthesis or line break, and is at most MAX_NUMBER characters."""
    if isinstance(numero, int) and not isinstance(numero, bool) and numero > 0:
        return str(numero)
    if not isinstance(numero, str):
        raise InvalidInput(f'{where}: "numero" must be text (« 42 », « COM-3 »), got {json.dumps(numero)[:40]}')
    number = " ".join(numero.split())
    if not number or len(number) > MAX_NUMBER or any(c in number for c in ",()"):
        raise InvalidInput(
            f'{where}: "numero" {number[:40]!r} is not an amendment number (at most {MAX_NUMBER} characters, '
            "no comma or parenthesis)"
        )
    return number


def unstorable(value: object) -> str | None:
    """Why `value` (any JSON) cannot be stored or written out as text, or None: « holds a lone surrogate
    (\\ud800), which is not a character », « holds the NUL character (\\u0000) »."""
    if any("\x00" in text for text in bounded_json.strings(value)):
        return "holds the NUL character (\\u0000)"
    surrogate = bounded_json.lone_surrogate(value)
    if surrogate:
        return f"holds a lone surrogate (\\u{ord(surrogate):04x}), which is not a character"
    return None


def _as_given(why: str) -> str:
    return why


def import_amendments(
    db: Database, actor: Actor, bill_ref: str | int, listing: object, explain: Callable[[str], str] = _as_given
) -> ParliamentReport:
    """`explain` words a reason for the justification, which is written in French (the callers pass
    drafting.web.i18n.parser_reasons.in_french)."""
    report = ParliamentReport()
    items = listing_rows(listing)
    with db.write() as session:
        bill = bill_rows.get(session, bill_ref, lock=True)
        head = version_rows.load_tree(session, version_rows.get_version(session, bill.id, bill.head_version))
        taken = set(session.scalars(select(Amendment.number).where(Amendment.bill_id == bill.id)))
        # a listing grows as amendments are tabled: loading it again brings in only the new ones
        imported = _imported(session, bill.id)
        seen: set[str] = set()  # numbers brought in by this file: a number listed twice comes in once
        # whole numbers first, so that « COM-3 » taking the next free number never takes a « 4 » to come
        for row in sorted(items, key=lambda r: not str(r["numero"]).isdigit()):
            number = str(row["numero"])
            if number in imported:
                report.skipped[number] = "already imported from an earlier file"
                continue
            if number in seen:
                report.skipped[number] = "listed more than once in this file"
                continue
            seen.add(number)
            refused = _refused(row)
            if refused:
                report.skipped[number] = refused
                continue
            found = _ARTICLE.match(str(row.get("sujet") or "").strip())
            article = head.article_numbered(found.group("num")) if found else None
            if not isinstance(article, Article):
                report.skipped[number] = f"« {row.get('sujet')} » is not an article of the current text"
                continue
            proposed, why = _proposed(row, article.text)
            kind = "delete" if proposed == "" else "modify"
            amendment = rows.new_row(bill.id, kind, article.eid, bill.head_version, article.text,
                                     article.text if why else proposed)  # fmt: skip
            amendment.author_name = (str(row.get("signataires") or "") or actor.display_name)[:80]
            amendment.justification = _justification(row, explain(why) if why else None)
            status: Status = "draft" if why else "submitted"
            amendment.status = status
            amendment.created_at = amendment.updated_at = _when(row)
            amendment.author_id = actor.id
            amendment.parliament_number = number
            _add(session, amendment, number, taken)
            step = Step(status, status, actor.id, actor.display_name, why)  # as imported
            rows.record_transition(session, amendment, step, amendment.created_at)
            report.made[number] = (amendment.id, amendment.number)
            if why:
                report.flagged[number] = why
            else:
                report.applied.append(number)
    return report


def _refused(row: ParliamentRow) -> str | None:
    """Why a row is not imported as it stands, or None; its text fields read as text on the way (a list
    of authors « ["M. A", "Mme B"] » is « M. A, Mme B »)."""
    fields = cast(dict[str, object], row)
    for key, most in MAX_FIELDS.items():
        value = fields.get(key)
        if value is None:
            continue
        if isinstance(value, list) and all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in value):
            value = fields[key] = ", ".join(str(v) for v in value)
        elif not isinstance(value, str | int | float) or isinstance(value, bool):
            shape = "an object" if isinstance(value, dict) else "a list of lists or objects" if isinstance(
                value, list) else "true or false"  # fmt: skip
            return f"its {key!r} is {shape}: expected text"
        if len(str(value)) > most:
            return f"its {key!r} has {len(str(value)):,} characters; at most {most:,}"
    return None


def _imported(session: Session, bill_id: int) -> set[str]:
    """The numbers in Parliament of the bill's amendments an import already brought in: kept in their
    own column, which no edit changes; for those imported before it was, read in their justification's
    head (as long as it is the one the import wrote)."""
    kept = session.scalars(
        select(Amendment.parliament_number).where(
            Amendment.bill_id == bill_id, Amendment.parliament_number.is_not(None)
        )
    )
    heads = session.scalars(
        select(Amendment.justification).where(
            Amendment.bill_id == bill_id,
            Amendment.parliament_number.is_(None),
            Amendment.justification.like("Amendement n° %"),
        )
    )
    found = (parliament_head(j) for j in heads)
    return {n for n in kept if n} | {h.removeprefix("Amendement n° ").split(",")[0].split(" (")[0] for h in found if h}


def _add(session: Session, amendment: Amendment, number: str, taken: set[int]) -> None:
    """Stored under its number in Parliament when that is a free whole number (« 42 »), else under the
    bill's next one (« COM-3 », « A-1 » keep theirs in the justification)."""
    if number.isdigit() and 0 < int(number) < 2**31 and int(number) not in taken:
        amendment.number = int(number)
        session.add(amendment)
        session.flush()
    else:
        rows.add(session, amendment)
    taken.add(amendment.number)


def _proposed(row: ParliamentRow, text: str) -> tuple[str, str | None]:
    """The article as the amendment gives it, or why it could not be computed."""
    if str(row.get("sous_amendement_de") or "None") not in ("None", "", "0"):
        return text, f"a sub-amendment of amendment {row['sous_amendement_de']}"
    try:
        out = amending.apply(text, [(str(row["numero"]), row["texte"])])
    except amending.AmendingError as exc:
        return text, without_operands(exc.message)
    proposed = "\n".join(a for a in out.split("\n\n") if a)
    if proposed == text:
        return text, "its instructions leave the article as it is"
    return proposed, None


def _justification(row: ParliamentRow, why: str | None) -> str:
    head = f"Amendement n° {row['numero']}"
    if row.get("signataires"):
        head += f", présenté par {row['signataires']}"
    if row.get("sort"):
        head += f" ({row['sort']})"
    parts = [head]
    if why:
        parts.append(f"{TO_CHECK} : {why}")
    parts.append("Instructions :\n\n" + "\n\n".join(clean(row["texte"])))
    expose = "\n\n".join(clean(str(row.get("expose") or "")))
    if expose:
        parts.append("Objet :\n\n" + expose)
    return "\n\n".join(parts)


def without_operands(message: str) -> str:
    """A parser's message for people: the quoted operands it sets apart as ¤n¤ shown as « … »."""
    return re.sub(r"¤\d+¤", "« … »", message)


def parliament_head(justification: str | None) -> str | None:
    """« Amendement n° 42, présenté par … (Adopté) » when the justification is one this import wrote
    (its number, authors and outcome in Parliament), else None."""
    head, _, rest = (justification or "").partition("\n\n")
    return head if head.startswith("Amendement n° ") and "Instructions :\n\n" in rest else None


# Parliament's outcome (« sort ») as NosSénateurs / NosDéputés write it -> the key of a readable label
# (drafting.web.i18n.parliament « parliament.sort.<key> »); one not listed is shown as written.
SORTS = {
    "adopte": "adopted",
    "rejete": "rejected",
    "tombe": "fallen",
    "retire": "withdrawn",
    "retire avant seance": "withdrawn",
    "non soutenu": "not_moved",
    "irrecevable": "inadmissible",
    "irrecevable 40": "inadmissible",
    "indefini": "undefined",
    "non renseigne": "undefined",
    "satisfait ou sans objet": "moot",
    "sans objet": "moot",
    "satisfait": "moot",
}


def sort_key(sort: str) -> str | None:
    """The key of Parliament's outcome « Tombe », « Adopté », « Non soutenu » in SORTS, or None."""
    folded = unicodedata.normalize("NFKD", sort.strip().lower())
    plain = " ".join("".join(c for c in folded if not unicodedata.combining(c)).replace("-", " ").split())
    return SORTS.get(plain.rstrip(". "))


@dataclass(frozen=True)
class Imported:
    """The parts of the justification an import wrote: Parliament's number, authors and outcome, why it
    was kept for a human (None when applied), the instructions as tabled and the exposé (« Objet »)."""

    number: str
    authors: str
    sort: str
    reason: str | None
    instructions: list[str]
    expose: str


def imported_parts(justification: str | None) -> Imported | None:
    """The justification of an imported amendment read back into its parts, or None if it is not one the
    import wrote (or an edit changed its shape)."""
    head = parliament_head(justification)
    if head is None or justification is None:
        return None
    rest = justification[len(head) :].lstrip("\n")
    reason = None
    if rest.startswith(f"{TO_CHECK} : "):
        first, _, rest = rest.partition("\n\n")
        reason = first.removeprefix(f"{TO_CHECK} : ")
    if not rest.startswith("Instructions :\n\n"):
        return None
    body, _, expose = rest.removeprefix("Instructions :\n\n").partition("\n\nObjet :\n\n")
    number, sort = head.removeprefix("Amendement n° "), ""
    if number.endswith(")") and " (" in number:
        number, _, sort = number[:-1].rpartition(" (")
    number, _, authors = number.partition(", présenté par ")
    return Imported(number, authors, sort, reason, [p for p in body.split("\n\n") if p.strip()], expose)


def _when(row: ParliamentRow) -> datetime:
    try:
        return datetime.strptime(str(row.get("date")), "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return datetime.now(UTC)
