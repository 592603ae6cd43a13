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

Parliament's outcome (« sort ») ends an amendment it ended there (`ENDINGS`): rejected, declared
inadmissible (« rejected »), withdrawn, not moved (« withdrawn »: no one defended it), fallen, satisfied or
moot (« fallen »: there was nothing left for it to change). It comes in closed in one step from
« submitted », recorded as the import with Parliament's outcome in French as the reason (« Rejeté au
Parlement »): out of the officials' queue, in the lists and the history with its redline. One the parser
could not read comes in closed too, its text unchanged and the parser's reason kept in its justification:
no one need write out an amendment Parliament did not adopt. Adopted, or an outcome not known (« Indéfini
», none), it stays submitted (or a draft to check), for an official to decide on the platform.

A sub-amendment (« sous_amendement_de »: N) whose amendment N is in the bill (imported now or before; a
listing's parents come in before their sub-amendments) and was applied is read on N's text and stored as a
sub-amendment of it, as the API makes one; one that cannot be read is kept as a draft sub-amendment with
the parser's reason. When N is not in the bill, or could not be applied (a draft to check, a deletion), it
is kept for a human on the article, as before. An « Article additionnel après / avant l'article N » tabled
in the usual form (drafting.domain.amending.additional) is a new article (« insert ») after article N, or
where article N's predecessor stands; otherwise a draft new article, for a human. Titles and divisions
(« Intitulé du projet de loi », « Division additionnelle ») are not imported.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NotRequired, TypedDict, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from drafting.domain import amending, bounded_json
from drafting.domain.amending.additional import REWRITE, additional_article, tabled_order
from drafting.domain.amending.markup import clean
from drafting.domain.amendment import Status, Step
from drafting.domain.errors import InvalidInput
from drafting.domain.permissions import Actor
from drafting.domain.tree import Article, BillTree, make_eid
from drafting.services.amendment_instructions import MAX_INSTRUCTIONS
from drafting.storage import amendments as rows
from drafting.storage import bills as bill_rows
from drafting.storage import versions as version_rows
from drafting.storage.database import Database
from drafting.storage.models import Amendment, Bill

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
# « Article additionnel après l'article 3 », « … avant article 2 bis (nouveau) » (the commission's listings)
_ADDITIONAL = re.compile(
    r"^article additionnel (?P<where>après|avant) (?:l['’]\s*)?article (?P<num>\d+\w*(?: [a-z]+)*?)(?: \(nouveau\))?$",
    re.I,
)


@dataclass
class ParliamentReport:
    applied: list[str] = field(default_factory=list)  # numbers
    flagged: dict[str, str] = field(default_factory=dict)  # number -> why a human must write it out
    skipped: dict[str, str] = field(default_factory=dict)  # number -> why it was not imported
    # number in Parliament -> (id, number in the bill) of the amendment it became (applied, flagged or ended)
    made: dict[str, tuple[int, int]] = field(default_factory=dict)
    # number -> the status it came in with, closed by Parliament's outcome (« rejected », « withdrawn »,
    # « fallen »): neither applied (pending) nor flagged (a draft to check), whether it was read or not
    ended: dict[str, str] = field(default_factory=dict)


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
        for row in _in_order(items):
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
            made = _made(session, bill, head, row)
            if isinstance(made, str):
                report.skipped[number] = made
                continue
            amendment, why = made
            amendment.author_name = (str(row.get("signataires") or "") or actor.display_name)[:80]
            amendment.justification = _justification(row, explain(why) if why else None)
            amendment.created_at = amendment.updated_at = _when(row)
            amendment.author_id = actor.id
            amendment.parliament_number = number
            ended = ending(row.get("sort")) or _parent_closed(session, amendment)
            status: Status = ended[0] if ended else "draft" if why else "submitted"
            amendment.status = status
            _add(session, amendment, number, taken)
            if ended:  # closed there: one step from « submitted », the import, Parliament's outcome as reason
                step = Step("submitted", status, actor.id, actor.display_name, ended[1])
            else:
                step = Step(status, status, actor.id, actor.display_name, why)  # as imported
            rows.record_transition(session, amendment, step, amendment.created_at)
            report.made[number] = (amendment.id, amendment.number)
            if ended:
                report.ended[number] = status
            elif why:
                report.flagged[number] = why
            else:
                report.applied.append(number)
    return report


# Parliament's outcomes that end an amendment there (keys of SORTS) -> the closest status here, and the
# reason its closing step gives, in French as the justification is
ENDINGS: dict[str, tuple[Status, str]] = {
    "rejected": ("rejected", "Rejeté au Parlement"),
    "inadmissible": ("rejected", "Déclaré irrecevable au Parlement"),
    "withdrawn": ("withdrawn", "Retiré au Parlement"),
    "not_moved": ("withdrawn", "Non soutenu au Parlement"),
    "fallen": ("fallen", "Tombé au Parlement"),
    "moot": ("fallen", "Satisfait ou sans objet au Parlement"),
}
PARENT_CLOSED = "Tombé : l’amendement qu’il modifie n’est plus en discussion"


def ending_key(reason: str | None) -> str | None:
    """The key of the reason an import closed an amendment with (« Rejeté au Parlement » -> « rejected »,
    PARENT_CLOSED -> « parent »), for pages to say it in their language; None for any other reason."""
    if reason == PARENT_CLOSED:
        return "parent"
    return next((key for key, (_, said) in ENDINGS.items() if said == reason), None)


def ending(sort: object) -> tuple[Status, str] | None:
    """The status and reason Parliament's outcome closes an amendment with, or None (adopted, not known)."""
    key = sort_key(str(sort)) if isinstance(sort, str | int | float) and not isinstance(sort, bool) else None
    return ENDINGS.get(key) if key else None


def _parent_closed(session: Session, amendment: Amendment) -> tuple[Status, str] | None:
    """A sub-amendment whose amendment is closed falls with it (domain/amendment.py: « its parent closed »)."""
    if amendment.parent_id is None:
        return None
    parent = rows.get(session, amendment.parent_id)
    return None if parent.status in ("submitted", "draft") else ("fallen", PARENT_CLOSED)


def _sub_of(row: ParliamentRow) -> str | None:
    """The number of the amendment a sub-amendment changes (« sous_amendement_de »), or None."""
    parent = " ".join(str(row.get("sous_amendement_de") or "").split())
    return None if parent in ("", "None", "0") else parent


def _in_order(items: list[ParliamentRow]) -> Iterator[ParliamentRow]:
    """Whole numbers first, so that « COM-3 » taking the next free number never takes a « 4 » to come; a
    sub-amendment after the amendment it changes, when the listing has it, wherever it is listed."""
    listed = {str(r["numero"]) for r in items}
    waiting: defaultdict[str, list[ParliamentRow]] = defaultdict(list)
    done: set[str] = set()

    def put(row: ParliamentRow) -> Iterator[ParliamentRow]:
        number = str(row["numero"])
        done.add(number)
        yield row
        for child in waiting.pop(number, []):
            yield from put(child)

    for row in sorted(items, key=lambda r: not str(r["numero"]).isdigit()):
        parent = _sub_of(row)
        if parent and parent in listed and parent not in done and parent != str(row["numero"]):
            waiting[parent].append(row)
        else:
            yield from put(row)
    for children in list(waiting.values()):  # a loop of sub-amendments: each still comes in, flagged
        yield from children


def _made(session: Session, bill: Bill, head: BillTree, row: ParliamentRow) -> tuple[Amendment, str | None] | str:
    """The amendment row a listing's row becomes (not stored yet) and why a human must write it out (None
    when read and applied); or why it is not imported."""
    subject = str(row.get("sujet") or "").strip()
    parent_number = _sub_of(row)
    if parent_number:
        parent = rows.by_parliament_number(session, bill.id, parent_number)
        if parent is not None and parent.kind == "modify" and parent.proposed_text != parent.base_text:
            return _sub_amendment(bill, parent, row)
    additional = _ADDITIONAL.match(subject)
    if additional and not parent_number:
        return _additional(session, bill, head, row, additional)
    found = _ARTICLE.match(subject)
    article = head.article_numbered(found.group("num")) if found else None
    if not isinstance(article, Article):
        if re.match(r"(?:intitulé|division|titre|chapitre|section)\b", subject, re.I):
            return f"« {row.get('sujet')} » is a title or a division, not an article: not imported"
        return f"« {row.get('sujet')} » is not an article of the current text"
    proposed, why = _proposed(row, article.text)
    kind = "delete" if proposed == "" else "modify"
    made = rows.new_row(bill.id, kind, article.eid, bill.head_version, article.text, article.text if why else proposed)
    return made, why


def _sub_amendment(bill: Bill, parent: Amendment, row: ParliamentRow) -> tuple[Amendment, str | None]:
    """A sub-amendment on its parent's text, as the API makes one (amendment_proposals._sub_amendment): read
    as `apply_one` reads instructions naming the amendment they change (by its number here or there)."""
    names = [str(parent.number), *([parent.parliament_number] if parent.parliament_number else [])]
    amended = parent.proposed_text
    why: str | None = None
    try:
        out = amending.apply_one(amended, row["texte"], names)
        proposed = "\n".join(a for a in out.split("\n\n") if a)
    except amending.AmendingError as exc:
        proposed, why = amended, without_operands(exc.message)
    if why is None and proposed == amended:
        why = "the instructions leave the amendment's text as it is"
    elif why is None and not proposed:
        proposed, why = amended, "the instructions strike the amendment's whole text: a sub-amendment changes it"
    text = amended if why else proposed
    made = rows.new_row(bill.id, "modify", parent.article_eid, parent.base_version, amended, text)
    made.parent_id = parent.id
    return made, why


def _additional(
    session: Session, bill: Bill, head: BillTree, row: ParliamentRow, subject: re.Match[str]
) -> tuple[Amendment, str | None] | str:
    """A new article (« insert ») where the instructions put it, with the text they give; when they are not
    the usual form (drafting.domain.amending.additional) or cannot be read, a draft new article where the
    subject puts it, its text empty, for a human to write out."""
    number = str(row["numero"])
    why: str | None = None
    try:
        read = additional_article(row["texte"], number)
    except amending.AmendingError as exc:
        read, why = None, without_operands(_as_tabled(exc, row["texte"]))
    if read is None and why is None:
        why = "not the usual form « Après l'article N, insérer un article additionnel ainsi rédigé : »"
    before, num = (read.before, read.article) if read else (subject["where"].lower() == "avant", subject["num"])
    place = _place(head, num, before=before)
    if place is None:
        return f"« {row.get('sujet')} »: article {num} is not in the current text, or has no place before it"
    after, division, named = place
    text = "\n".join(a for a in read.text.split("\n\n") if a) if read else ""
    parent = division if division else _division_of(head, after)
    eid = make_eid("article", f"add {number}", parent, rows.taken_eids(session, bill.id))
    made = rows.new_row(bill.id, "insert", eid, bill.head_version, "", text)
    made.after_eid = after.eid if after else None
    made.parent_eid = None if after else division
    made.num = f"additionnel après l'article {named}" if named else "additionnel"
    return made, why


def _as_tabled(exc: amending.AmendingError, instructions: str) -> str:
    """A refusal of a new article's text said of the words tabled (« Après l'article 5, insérer un article
    additionnel ainsi rédigé : « … » »), not of the rewrite they were read as."""
    order = tabled_order(instructions)
    if order is None or not exc.part.startswith(REWRITE):
        return exc.message
    return f"amendment {exc.numero} « {order}{exc.part[len(REWRITE) :]} »: {exc.reason}"


def _division_of(head: BillTree, article: Article | None) -> str | None:
    found = head.locate(article.eid) if article else None
    return found[1][-1].eid if found and found[1] else None


def _place(head: BillTree, num: str, *, before: bool) -> tuple[Article | None, str | None, str | None] | None:
    """Where a new article goes, after article `num` or before it: (the article it follows, or None and the
    division it opens), and the number of the article it follows; None when there is no such place (no
    article `num`, or nothing before the bill's first article)."""
    article = head.article_numbered(num)
    if article is None:
        return None
    if not before:
        return article, None, article.num
    found = head.locate(article.eid)
    ancestors = found[1] if found else ()
    siblings = ancestors[-1].children if ancestors else head.children
    index = siblings.index(article)
    previous = siblings[index - 1] if index else None
    if isinstance(previous, Article):  # « avant l'article 3 »: after article 2
        return previous, None, previous.num
    if index == 0 and ancestors:  # the first of its division: the new article opens it
        return None, ancestors[-1].eid, None
    return None


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
