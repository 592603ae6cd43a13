"""The `drafting` command, run as a real process against the test database."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from drafting import bootstrap
from drafting.bootstrap import Services
from drafting.config import Settings
from drafting.services.commands import Proposal
from tests.conftest import PASSWORD

COVID = "bills/fr_loi-2020-290_urgence-covid19"


def drafting(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`drafting ...` in a process of its own, as a user runs it."""
    command = [sys.executable, "-m", "drafting", *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, timeout=120)


def run(services: Services, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DRAFTING_DATABASE_URL": services.db.url,
        "DRAFTING_DATA_DIR": str(services.settings.data_dir),
    }
    return drafting(env, *args, stdin=stdin)


def test_import_export_and_verify_a_bill_from_the_command_line(shared: Path, services: Services) -> None:
    first = run(services, "import", str(next((shared / COVID).glob("00_*.md"))), "--label", "projet de loi")
    assert first.returncode == 0, first.stderr
    created = json.loads(first.stdout)  # standard output carries only the JSON result
    assert created["version"] == 1 and created["articles"] == 11
    later = run(
        services,
        "import",
        str(next((shared / COVID).glob("06_*.md"))),
        "--bill",
        str(created["bill"]),
        "--label",
        "loi",
    )
    assert later.returncode == 0, later.stderr
    assert json.loads(later.stdout)["version"] == 2
    exported = run(services, "export", str(created["bill"]), "--format", "md", "--version", "1")
    assert exported.returncode == 0 and exported.stdout.startswith("# ")
    assert "Article 1er" in exported.stdout
    verified = run(services, "verify", str(created["bill"]))
    assert verified.returncode == 0 and "2 versions" in verified.stdout


def test_import_of_a_broken_file_fails_with_a_message_and_no_output(tmp_path: Path, services: Services) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text("no articles here\n", encoding="utf-8")
    result = run(services, "import", str(broken))
    assert result.returncode != 0 and result.stdout == ""
    assert "article" in result.stderr.lower()


def test_user_create_reads_the_password_from_standard_input(services: Services) -> None:
    result = run(services, "user", "create", "Rapporteur@Example.org", "--role", "official", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["role"] == "official"
    token, actor = services.accounts.sign_in("rapporteur@example.org", PASSWORD)
    assert token and actor.role == "official"


def test_user_create_refuses_a_password_given_as_an_argument(services: Services) -> None:
    result = run(services, "user", "create", "x@example.org", "--password", "hunter2hunter2")
    assert result.returncode != 0


def test_user_create_makes_an_official_of_one_bill(shared: Path, services: Services) -> None:
    created = json.loads(run(services, "import", str(next((shared / COVID).glob("00_*.md")))).stdout)
    result = run(
        services,
        "user",
        "create",
        "o@example.org",
        "--role",
        "official",
        "--bill",
        str(created["bill"]),
        stdin=PASSWORD,
    )
    assert json.loads(result.stdout)["official_of"] == [created["bill"]]


def test_serve_on_an_empty_database_loads_the_demo_bill(tmp_path: Path) -> None:
    import socket
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "DRAFTING_DATA_DIR": str(tmp_path)}
    env.pop("DRAFTING_DATABASE_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "drafting", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/bills", timeout=2) as response:
                    bills = json.loads(response.read())["items"]
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "drafting serve did not answer within 60 s"
                time.sleep(0.3)
        assert len(bills) == 1 and "République numérique" in bills[0]["title"]
        assert bills[0]["status"] == "open"
        bill_url = f"http://127.0.0.1:{port}/api/bills/{bills[0]['id']}"
        with urllib.request.urlopen(bill_url, timeout=5) as response:
            tree = json.loads(response.read())["tree"]
        assert sum(len(section["children"]) for section in tree["children"]) == 30
        assert (tmp_path / "drafting.db").exists()
    finally:
        server.terminate()
        _out, err = server.communicate(timeout=20)
    # It printed, once, how to sign in as an official of the demo bill; those credentials work.
    printed = re.findall(r"official of the demo bill at /signin: (\S+) / (\S+)", err.decode())
    assert len(printed) == 1, err.decode()
    services = bootstrap.build(Settings(data_dir=tmp_path, load_demo=False))
    try:
        _token, official = services.accounts.sign_in(*printed[0])
        assert official.role == "official" and official.bills == {bills[0]["id"]}
    finally:
        services.close()


def test_amendments_lists_a_bills_amendments_as_json_lines(shared: Path, services: Services) -> None:
    from tests.conftest import make_user

    created = json.loads(run(services, "import", str(next((shared / COVID).glob("00_*.md")))).stdout)
    services.bills.update(services.accounts.actor_for(None) or _admin(services), created["bill"], status="open")
    citizen = make_user(services, "c@example.org")
    article = services.bills.detail(created["bill"])["tree"]["children"][0]["children"][0]
    proposed = services.amendments.propose(
        citizen, created["bill"], Proposal(article=article["eid"], text="Nouveau texte.")
    )
    result = run(services, "amendments", str(created["bill"]), "--status", "submitted")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(x["id"], x["status"], x["article"]) for x in lines] == [(proposed["id"], "submitted", article["eid"])]
    assert (lines[0]["number"], lines[0]["label"]) == (proposed["number"], "n° 1")  # numbered in its bill
    assert run(services, "amendments", str(created["bill"]), "--status", "lost").returncode != 0


def _admin(services: Services):  # type: ignore[no-untyped-def]
    from tests.conftest import make_user

    return make_user(services, "admin@example.org", "admin")


# --- bad settings -------------------------------------------------------------------------------


def _drafting(tmp_path: Path, *args: str, stdin: str = "", **settings: str) -> subprocess.CompletedProcess[str]:
    """`drafting ...` with the given DRAFTING_* settings only, its data folder under `tmp_path`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DRAFTING_")}
    env["DRAFTING_DATA_DIR"] = str(tmp_path / "data")
    env.update(settings)
    return drafting(env, *args, stdin=stdin)


def _commands() -> list[list[str]]:
    """Every command of `drafting` (subcommands included), with a value for each required argument."""
    import typer.main

    from drafting.cli import app

    found = []

    def walk(command: Any, words: list[str]) -> None:
        if hasattr(command, "commands"):
            for name, sub in sorted(command.commands.items()):
                walk(sub, [*words, name])
            return
        arguments = [p for p in command.params if p.param_type_name == "argument" and p.required]
        found.append([*words, *("{file}" if p.name == "path" else "1" for p in arguments)])

    walk(typer.main.get_command(app), [])
    return found


# Each a bad setting, with what the one-line message must say.
BAD_SETTINGS: list[tuple[dict[str, str], str]] = [
    ({"DRAFTING_MAX_BODY_BYTES": "5MB"}, "DRAFTING_MAX_BODY_BYTES: expected a whole number of bytes"),
    ({"DRAFTING_BUS_URL": "amqp://x"}, "DRAFTING_BUS_URL: expected memory://, postgresql://"),
    ({"DRAFTING_DATA_DIR": "{file}/data"}, "DRAFTING_DATA_DIR: '{file}/data' is under '{file}', a file, not a folder"),
    ({"DRAFTING_DATABASE_URL": "postgresql://u:secret@h:port/db"}, "DRAFTING_DATABASE_URL: not a database URL"),
    ({"DRAFTING_DATABASE_URL": "localhost/drafting"}, "expected postgresql://user@host/db or sqlite:///"),
    ({"DRAFTING_LOAD_DEMO": "maybe"}, "DRAFTING_LOAD_DEMO: expected 1 or 0"),
]
# `watch` follows a server over the network, `apply` works on its input alone: they read no setting.
COMMANDS = [command for command in _commands() if command[0] not in ("watch", "apply")]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_reports_a_bad_setting_in_one_line_with_exit_code_2(tmp_path: Path, command: list[str]) -> None:
    # each command meets another bad setting: together they see them all
    settings, expected = BAD_SETTINGS[COMMANDS.index(command) % len(BAD_SETTINGS)]
    file = tmp_path / "bill.md"
    file.write_text("# Loi\n\n## Article 1er\n\nTexte.\n", encoding="utf-8")

    def fill(text: str) -> str:
        return text.replace("{file}", str(file))

    settings = {name: fill(value) for name, value in settings.items()}
    result = _drafting(tmp_path, *map(fill, command), stdin=PASSWORD + "\n", **settings)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("drafting: ") and result.stderr.count("\n") == 1, result.stderr
    assert fill(expected) in result.stderr
    assert "secret" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()  # nothing was created


def test_the_commands_checked_include_serve_import_export_and_db_upgrade() -> None:
    assert {"serve", "import", "export", "verify", "amendments", "user", "db"} <= {c[0] for c in COMMANDS}
    assert len(COMMANDS) >= len(BAD_SETTINGS)


def test_several_bad_settings_are_named_together(tmp_path: Path) -> None:
    result = _drafting(tmp_path, "export", "1", DRAFTING_SESSION_DAYS="30d", DRAFTING_BUS_URL="kafka://k")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "DRAFTING_SESSION_DAYS: expected a whole number of days" in result.stderr
    assert "DRAFTING_BUS_URL" in result.stderr


def test_a_database_that_cannot_be_opened_is_one_line_too(tmp_path: Path) -> None:
    (tmp_path / "data" / "drafting.db").mkdir(parents=True)  # a folder where the file should be
    result = _drafting(tmp_path, "db", "upgrade")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("drafting: cannot open the database sqlite:///")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
