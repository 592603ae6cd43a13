"""The `drafting` command: serve, import, export, user, db, verify.

Standard output carries only the result (JSON or the exported text); progress goes to standard
error, and only when it is a terminal.
"""

from __future__ import annotations

import base64
import getpass
import json
import sys
from pathlib import Path
from typing import Annotated, Any, BinaryIO, NoReturn

import typer
from sqlalchemy.exc import OperationalError

from drafting import bootstrap, formats
from drafting.config import Settings, SettingsError
from drafting.domain import bounded_json
from drafting.domain.errors import DraftingError
from drafting.storage import migrate

app = typer.Typer(help="drafting: write laws together.", no_args_is_help=True, add_completion=False)
user_app = typer.Typer(help="Manage accounts.", no_args_is_help=True)
db_app = typer.Typer(help="Manage the database schema.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(db_app, name="db")


def _progress(message: str) -> None:
    if sys.stderr.isatty():
        print(message, file=sys.stderr, flush=True)


def _fail(message: str, code: int = 1) -> NoReturn:
    print(f"drafting: {message}", file=sys.stderr)
    raise typer.Exit(code)


def _services() -> bootstrap.Services:
    """The services on the database the settings name, its schema brought up to date. A bad
    setting ends the command with one line on standard error and exit code 2; a database that
    cannot be opened, with one line and exit code 1."""
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        _fail(str(exc), 2)
    services = bootstrap.build(settings)
    try:
        migrate.upgrade(services.db)
    except (OSError, OperationalError) as exc:
        services.close()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__]
        where = services.db.engine.url.render_as_string(hide_password=True)
        _fail(f"cannot open the database {where}: {reason[0]}")
    return services


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Run the web app (on an empty database, load the demo bill first)."""
    import uvicorn

    from drafting.app import create_app
    from drafting.services.demo import create_demo_official, load_demo_if_empty

    services = _services()
    settings = services.settings
    if settings.load_demo and (bill := load_demo_if_empty(services)) is not None:
        print(f"drafting: loaded the demo bill (id {bill})", file=sys.stderr)
        email, password = create_demo_official(services, bill)  # printed this once only
        print(f"drafting: sign in as an official of the demo bill at /signin: {email} / {password}", file=sys.stderr)
    print(f"drafting: database {services.db.engine.url.render_as_string(hide_password=True)}", file=sys.stderr)
    # forwarded headers are believed only from DRAFTING_TRUSTED_PROXIES, by the app itself
    uvicorn.run(create_app(settings, services), host=host, port=port, proxy_headers=False)


@app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="File to import; - reads standard input.")],
    bill: Annotated[str | None, typer.Option(help="Add as the next version of this bill (id or slug).")] = None,
    label: Annotated[str | None, typer.Option(help="Label of the version.")] = None,
    format: Annotated[str | None, typer.Option(help="markdown, text, akn or docx (guessed from the file).")] = None,
    title: Annotated[str | None, typer.Option(help="Title of a new bill (default: from the text).")] = None,
    author: Annotated[str, typer.Option(help="Name shown as the version's author.")] = "Gouvernement",
) -> None:
    """Import a bill, or a later stage of one; prints {"bill": ..., "version": ...}."""
    from drafting.services.demo import system_actor

    try:
        if (format or formats.guess_format(str(path), "")) == "docx":  # a zip: its bytes, as the API takes them
            raw = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
            source = base64.b64encode(raw).decode("ascii")
        else:
            source = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {path}: {exc}")
    fmt = format or formats.guess_format(str(path), source)
    services = _services()
    try:
        actor = system_actor(services, author)
        _progress(f"importing {path} ({fmt}, {len(source):,} characters)…")
        if bill is None:
            created = services.bills.create(actor, source=source, fmt=fmt, title=title, label=label or "texte initial")
            _print_json(
                {
                    "bill": created["id"],
                    "slug": created["slug"],
                    "version": created["version"],
                    "articles": created["articles"],
                }
            )
        else:
            stage = services.bills.add_stage(actor, bill, source=source, fmt=fmt, label=label or path.stem)
            _print_json(stage)
    except DraftingError as exc:
        _fail(exc.message)
    finally:
        services.close()


@app.command()
def export(
    bill: Annotated[str, typer.Argument(help="Bill id or slug.")],
    format: Annotated[str, typer.Option(help="txt, md, html, akn, docx, odt or pdf.")] = "txt",
    version: Annotated[int | None, typer.Option(help="Version number (default: the latest).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Write a version of a bill to standard output, or to a file with -o."""
    services = _services()
    try:
        body, _media = services.bills.export(bill, version, format)
    except DraftingError as exc:
        _fail(exc.message)
    finally:
        services.close()
    _write(body, output)


def _write(body: str | bytes, output: Path | None) -> None:
    """Text or a binary document to a file, or to standard output unless that is a terminal."""
    data = body if isinstance(body, bytes) else (body if body.endswith("\n") else body + "\n").encode()
    if output is not None:
        try:
            output.write_bytes(data)
        except OSError as exc:
            _fail(f"cannot write {output}: {exc}")
        _progress(f"wrote {output} ({len(data):,} bytes)")
    elif isinstance(body, bytes) and sys.stdout.isatty():
        _fail("a binary document cannot be shown in a terminal; give -o FILE or redirect the output")
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


@app.command()
def compare(
    bill: Annotated[str, typer.Argument(help="Bill id or slug.")],
    old: Annotated[int, typer.Argument(help="The older version's number.")],
    new: Annotated[int, typer.Argument(help="The newer version's number.")],
    format: Annotated[str, typer.Option(help="json, html, docx, odt or pdf.")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """The changes between two versions: JSON, or the tableau comparatif as a document."""
    services = _services()
    try:
        if format == "json":
            body: str | bytes = json.dumps(services.bills.compare(bill, old, new), ensure_ascii=False, indent=2)
        else:
            body, _media, _name = services.bills.compare_file(bill, old, new, format)
    except DraftingError as exc:
        _fail(exc.message)
    finally:
        services.close()
    _write(body, output)


@app.command()
def verify(bill: Annotated[str, typer.Argument(help="Bill id or slug.")]) -> None:
    """Check the hash chain of a bill's versions; exits 1 if the history was rewritten."""
    services = _services()
    try:
        problems = services.bills.verify(bill)
        count = len(services.bills.versions(bill))
    except DraftingError as exc:
        _fail(exc.message)
    finally:
        services.close()
    for problem in problems:
        print(problem)
    if problems:
        raise typer.Exit(1)
    print(f"ok: {count} versions, hash chain intact")


@app.command("import-contributions")
def import_contributions(
    bill: Annotated[str, typer.Argument(help="Bill id or slug.")],
    proposals: Annotated[Path | None, typer.Option(help="CSV of citizen proposals of new articles.")] = None,
    arguments: Annotated[Path | None, typer.Option(help="CSV of arguments (pour / contre).")] = None,
) -> None:
    """Bring in the proposals and arguments of an earlier consultation (Cap Collectif's export, as
    République numérique published it): proposals become submitted insert amendments."""
    import csv

    from drafting.services.archive import import_contributions as load
    from drafting.services.demo import system_actor

    services = _services()
    try:
        with _rows(proposals) as proposal_rows, _rows(arguments) as argument_rows:
            actor = system_actor(services, "Import")
            rows = csv.DictReader(proposal_rows), csv.DictReader(argument_rows)
            report = load(services.db, actor, bill, *rows, bus=services.bus)
    except DraftingError as exc:
        _fail(exc.message)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        _fail(f"cannot read the file: {exc}")
    finally:
        services.close()
    for line in report.skipped:
        print(f"skipped {line}", file=sys.stderr)
    _print_json({"proposals": report.proposals, "arguments": report.arguments, "hidden": report.hidden})


def _rows(path: Path | None) -> Any:
    """The file opened as CSV text, or no rows when it is not given."""
    import contextlib
    import io

    if path is None:
        return contextlib.nullcontext(io.StringIO(""))
    return path.open(encoding="utf-8-sig", newline="")


@app.command()
def amendments(
    bill: Annotated[str, typer.Argument(help="Bill id or slug.")],
    status: Annotated[str | None, typer.Option(help="submitted, accepted, rejected, withdrawn, fallen.")] = None,
    article: Annotated[str | None, typer.Option(help="Only those on this article (eid).")] = None,
    sort: Annotated[str, typer.Option(help="date or support.")] = "date",
) -> None:
    """List a bill's amendments as JSON lines: id (global, as URLs take it), number and label in the
    bill (« n° 3 rect. », as people name it), status, article, author, colliding."""
    services = _services()
    try:
        page: int | None = 1
        while page:
            listing = services.amendments.listing(
                None, bill, status=status, article=article, sort=sort, page=page, per_page=200
            )
            for a in listing["items"]:
                line = {
                    "id": a["id"],
                    "number": a["number"],
                    "label": a["label"],
                    "status": a["status"],
                    "kind": a["kind"],
                    "article": a["article"],
                    "author": a["author"],
                    "base_version": a["base_version"],
                    "colliding": a["colliding"],
                    "collides_with": a["collides_with"],
                    "collides_with_labels": [other["label"] for other in a["collides_with_refs"]],
                }
                print(json.dumps(line, ensure_ascii=False))
            page = listing["next_page"]
    except DraftingError as exc:
        _fail(exc.message)
    finally:
        services.close()


@app.command("apply")
def apply_(
    file: Annotated[Path | None, typer.Argument(help="JSON lines; standard input when not given.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Read and write JSON lines (the only format).")] = True,
) -> None:
    """Apply amendments written in legal French to articles: each line {"id", "article_avant",
    "amendements": [{"numero", "texte"}]} gives {"id", "text"} or {"id", "error"}. Exit 3 if any is
    refused (a line that cannot be read is refused too), 1 if FILE cannot be opened."""
    from drafting.cli_apply import answers, write

    if file is None:
        if sys.stdin.isatty():
            print("drafting: reading JSON lines from standard input (Ctrl-D to end)", file=sys.stderr)
        lines: BinaryIO = sys.stdin.buffer
    else:
        try:
            lines = file.open("rb")
        except OSError as exc:
            _fail(f"cannot read {file}: {exc.strerror or exc}")
    refused = False
    with lines:
        try:
            for line, applied in answers(lines):
                refused |= not applied
                write(sys.stdout.buffer, line)
        except OSError as exc:  # a directory, a read error midway
            _fail(f"cannot read {file or 'standard input'}: {exc.strerror or exc}")
    if refused:
        raise typer.Exit(3)


def _read_json(file: Path) -> Any:
    """The JSON of `file`, or exit 1 with one line saying why it cannot be read (missing, not UTF-8,
    empty, not JSON, nested too deep)."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail(f"{file} is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}): expected JSON")
    except OSError as exc:
        _fail(f"cannot read {file}: {exc.strerror or exc}")
    if not text.strip():
        _fail(f"{file} is empty: expected JSON")
    try:
        return bounded_json.loads(text)
    except ValueError as exc:
        _fail(f"{file} is not JSON that can be read: {exc}")


@app.command("import-amendments")
def import_amendments(
    bill: Annotated[str, typer.Argument(help="Bill id or slug.")],
    file: Annotated[Path, typer.Argument(help="NosDéputés / NosSénateurs amendments JSON.")],
) -> None:
    """Load the amendments tabled in Parliament: each one on an article (or a new article, or a sub-amendment
    of one imported) is read and applied (submitted), or kept as a draft with its instructions, flagged for a
    human; one Parliament rejected, that fell or was withdrawn comes in closed with that outcome."""
    from drafting.services.demo import system_actor
    from drafting.services.parliament_import import import_amendments as load
    from drafting.web.i18n.parser_reasons import in_french

    services = _services()  # settings checked first, as every command does
    try:
        listing = _read_json(file)
        report = load(services.db, system_actor(services, "Import"), bill, listing, in_french)
    except DraftingError as exc:
        _fail(exc.message)
    finally:
        services.close()
    for number, why in report.skipped.items():
        print(f"skipped {number}: {why}", file=sys.stderr)
    _print_json({"applied": len(report.applied), "flagged": report.flagged, "ended": len(report.ended),
                 "skipped": len(report.skipped)})  # fmt: skip


@user_app.command("create")
def user_create(
    email: Annotated[str, typer.Argument()],
    role: Annotated[str, typer.Option(help="citizen, moderator, official or admin.")] = "citizen",
    bill: Annotated[str | None, typer.Option(help="Make the user an official of this bill.")] = None,
    name: Annotated[str | None, typer.Option(help="Display name (default: from the email).")] = None,
) -> None:
    """Create an account. The password is read from standard input, or asked for on a terminal."""
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            _fail("the passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    services = _services()
    try:
        bill_id = services.bills.detail(bill)["id"] if bill else None
        actor = services.accounts.create_user(email, password, name or email.split("@")[0], role, bill_id)
    except DraftingError as exc:
        _fail(exc.message)
    finally:
        services.close()
    _print_json(
        {
            "id": actor.id,
            "email": email.strip().lower(),
            "role": actor.role,
            "official_of": sorted(actor.bills),
        }
    )


@app.command()
def watch(
    bill: Annotated[str, typer.Argument(help="Bill id or slug.")],
    url: Annotated[str, typer.Option(help="Base URL of the server.")] = "http://127.0.0.1:8000",
    after: Annotated[int | None, typer.Option(help="Replay the events after this id first.")] = None,
) -> None:
    """Print a bill's live events as JSON lines until interrupted (protocol: docs/realtime.md)."""
    from websockets.exceptions import ConnectionClosed, WebSocketException
    from websockets.sync.client import connect

    base = url.rstrip("/").replace("http", "ws", 1)
    target = f"{base}/api/bills/{bill}/live" + ("" if after is None else f"?after={after}")
    try:
        with connect(target) as ws:
            for message in ws:
                print(message, flush=True)
    except ConnectionClosed as exc:
        _fail(f"connection closed ({exc.rcvd.code if exc.rcvd else 'no close frame'})")
    except (OSError, WebSocketException) as exc:
        _fail(f"cannot follow {target}: {exc}")
    except KeyboardInterrupt:
        pass


events_app = typer.Typer(help="Manage the live event log.", no_args_is_help=True)
app.add_typer(events_app, name="events")


@events_app.command("trim")
def events_trim(
    keep_days: Annotated[int, typer.Option(min=0, help="Keep every event of the last N days.")] = 30,
    keep: Annotated[int, typer.Option(min=1, help="Keep each bill's last N events, however old.")] = 1000,
) -> None:
    """Delete old events from the log, bill by bill; prints what went. Each bill keeps at least its
    last event, so event ids never start again; a client asking to replay from before the oldest
    kept event is told to resync (docs/realtime.md)."""
    from datetime import UTC, datetime, timedelta

    from drafting.storage import eventlog

    services = _services()
    report = []
    try:
        before = datetime.now(UTC) - timedelta(days=keep_days)
        with services.db.read() as session:
            points = eventlog.trim_points(session, before=before, keep=keep)
        for bill, (first, through) in sorted(points.items()):
            deleted = 0
            # In slices, each its own transaction: writers (SQLite has one at a time) never wait long.
            for upto in range(min(first + 4999, through), through + 5000, 5000):
                with services.db.write() as session:
                    deleted += eventlog.delete_through(session, bill, min(upto, through))
            _progress(f"bill {bill}: {deleted:,} events deleted, kept from id {through + 1}")
            report.append({"bill": bill, "deleted": deleted, "first_kept": through + 1})
    finally:
        services.close()
    _print_json({"deleted": sum(r["deleted"] for r in report), "bills": report})


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Bring the database schema up to date."""
    services = _services()
    print(f"database at the latest schema: {services.db.engine.url.render_as_string(hide_password=True)}")
    services.close()


def main() -> None:
    app()
