"""The `drafting` command, run as a real process against the test database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from drafting.bootstrap import Services
from tests.conftest import PASSWORD

COVID = "bills/fr_loi-2020-290_urgence-covid19"


def run(services: Services, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DRAFTING_DATABASE_URL": services.db.url,
        "DRAFTING_DATA_DIR": str(services.settings.data_dir),
    }
    return subprocess.run(
        [sys.executable, "-m", "drafting", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


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
    token, actor = services.accounts.sign_in("rapporteur@example.org", PASSWORD, "127.0.0.1")
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
        server.communicate(timeout=20)


def test_amendments_lists_a_bills_amendments_as_json_lines(shared: Path, services: Services) -> None:
    from tests.conftest import make_user

    created = json.loads(run(services, "import", str(next((shared / COVID).glob("00_*.md")))).stdout)
    services.bills.update(services.accounts.actor_for(None) or _admin(services), created["bill"], status="open")
    citizen = make_user(services, "c@example.org")
    article = services.bills.detail(created["bill"])["tree"]["children"][0]["children"][0]
    proposed = services.amendments.propose(
        citizen, created["bill"], {"article": article["eid"], "text": "Nouveau texte."}
    )
    result = run(services, "amendments", str(created["bill"]), "--status", "submitted")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(x["id"], x["status"], x["article"]) for x in lines] == [(proposed["id"], "submitted", article["eid"])]
    assert run(services, "amendments", str(created["bill"]), "--status", "lost").returncode != 0


def _admin(services: Services):  # type: ignore[no-untyped-def]
    from tests.conftest import make_user

    return make_user(services, "admin@example.org", "admin")
