"""The amending instructions from the command line: `drafting apply --jsonl` on the shared cases, and
`drafting import-amendments` of the 2013 law's Senate floor amendments into that law's Senate text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from drafting.bootstrap import Services
from drafting.domain import amending
from drafting.services.parliament_import import PARENT_CLOSED, ending
from drafting.storage.models import Amendment, AmendmentTransition
from drafting.web.i18n.parser_reasons import french_message
from tests.integration.test_cli import run

ESR = "bills/fr_loi-2013-660_esr_lawfactory"
CASES = "amendments/fr_lafabrique_application/cases.jsonl"


def test_apply_jsonl_answers_each_line_and_exits_3_when_some_are_refused(shared: Path, services: Services) -> None:
    lines = (shared / CASES).read_text(encoding="utf-8").splitlines()[:12]
    done = run(services, "apply", "--jsonl", stdin="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["id"] for a in answers] == [json.loads(line)["id"] for line in lines]
    refused = [a for a in answers if "error" in a]
    assert done.returncode == (3 if refused else 0)
    for answer in refused:
        assert answer["error"]["amendement"] and answer["error"]["message"].startswith("amendment ")
    deleted = [a for a in answers if a.get("text") == ""]  # « Supprimer cet article. »
    assert deleted and all(json.loads(line)["article_apres"] == "" for line in lines if json.loads(line)["id"] in
                           {a["id"] for a in deleted})  # fmt: skip
    one = json.loads(lines[1])  # « Dans le premier alinéa de cet article, remplacer les mots … »
    text = next(a["text"] for a in answers if a["id"] == one["id"])
    assert "600 millions d'euros de prêts" in text.split("\n\n")[0]


def test_apply_jsonl_names_the_words_quoted_in_a_refusal(services: Services) -> None:
    line = {"id": "x", "article_avant": "Le délai est de six mois.\n\nIl court.\n\nFin.", "amendements": [
        {"numero": "7", "texte": "Alinéa 3, supprimer le mot : « licorne »."}]}  # fmt: skip
    done = run(services, "apply", "--jsonl", stdin=json.dumps(line) + "\n")
    error = json.loads(done.stdout)["error"]
    assert done.returncode == 3
    assert error["message"].startswith("amendment 7 « Alinéa 3, supprimer le mot : « licorne »")
    assert "¤" not in done.stdout


def test_apply_jsonl_with_only_good_lines_exits_0(services: Services) -> None:
    line = {"id": "x", "article_avant": "Le délai est de six mois.", "amendements": [
        {"numero": "1", "texte": "Remplacer les mots : « six mois » par les mots : « un an »"}]}  # fmt: skip
    done = run(services, "apply", "--jsonl", stdin=json.dumps(line) + "\n")
    assert done.returncode == 0 and json.loads(done.stdout) == {"id": "x", "text": "Le délai est de un an."}


def _senate_bill(shared: Path, tmp_path: Path) -> Path:
    """The articles of the Senate committee text (step 03) as a Markdown bill."""
    articles = json.loads((shared / ESR / "articles_by_step.json").read_text(encoding="utf-8"))["articles"]
    parts = ["# Projet de loi relatif à l'enseignement supérieur et à la recherche", ""]
    for key, article in articles.items():
        step = next((s for s in article["steps"] if s["id_step"].startswith("03")), None)
        if step and step.get("text") and step.get("status") != "sup":
            parts += [f"## Article {key.replace('_', ' ')}", "", *[f"{line}\n" for line in step["text"]]]
    path = tmp_path / "esr.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def test_import_amendments_applies_what_it_reads_and_flags_the_rest(
    shared: Path, services: Services, tmp_path: Path
) -> None:
    created = run(services, "import", str(_senate_bill(shared, tmp_path)), "--label", "texte de la commission")
    assert created.returncode == 0, created.stderr
    bill = json.loads(created.stdout)["bill"]
    listing = shared / ESR / "amendements_senat_seance_texte-20122013-660.json"
    done = run(services, "import-amendments", str(bill), str(listing))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["applied"] > 50 and report["flagged"] and report["ended"] > 200 and report["skipped"] > 0
    rows = json.loads(listing.read_text(encoding="utf-8"))["amendements"]
    by_number = {r["amendement"]["numero"]: r["amendement"] for r in rows}
    with services.db.read() as session:
        stored = session.query(Amendment).filter_by(bill_id=bill).all()
        steps = {t.amendment_id: t for t in session.query(AmendmentTransition).all()}
    assert len(stored) == report["applied"] + len(report["flagged"]) + report["ended"]
    for amendment in stored:
        number = amendment.justification.split("\n")[0].split("n° ")[1].split(",")[0].split(" ")[0]
        source = by_number[number]
        assert amendment.parliament_number == number
        assert source["signataires"][:80] == amendment.author_name
        assert "Instructions :" in amendment.justification
        if number.isdigit():  # Parliament's number is the bill's number (each is used once here)
            assert amendment.number == int(number)
        closed = ending(source["sort"])
        parent = next((p for p in stored if p.id == amendment.parent_id), None)
        if not closed and parent is not None and parent.status != "submitted":  # it falls with its parent
            closed = ("fallen", PARENT_CLOSED)
        if closed:  # closed by Parliament's outcome, in one step recorded as the import, read or not
            assert amendment.status == closed[0], (number, source["sort"])
            step = steps[amendment.id]
            assert (step.from_status, step.to_status, step.reason) == ("submitted", closed[0], closed[1])
            assert step.actor_name == "Import" and step.at == amendment.created_at
        elif number in report["flagged"]:  # kept for a human: text unchanged, the reason given
            assert amendment.status == "draft" and amendment.proposed_text == amendment.base_text
            # in French, as the justification is: the report's reason is the parser's English
            why = french_message(report["flagged"][number])
            assert why and f"À vérifier : {why}" in amendment.justification
        else:
            assert amendment.status == "submitted"
        if amendment.parent_id is not None or amendment.kind == "insert" or "À vérifier" in amendment.justification:
            continue
        # the text is what the parser gives on the article as it stood
        expected = amending.apply(amendment.base_text, [(number, source["texte"])])
        assert amendment.proposed_text == "\n".join(a for a in expected.split("\n\n") if a)
    # every closed one is out of the officials' queue; Parliament's sub-amendment of an amendment it
    # adopted is a sub-amendment of that amendment here
    subs = [a for a in stored if a.parent_id is not None]
    assert subs and all(by_number[a.parliament_number]["sous_amendement_de"] for a in subs)
    inserts = [a for a in stored if a.kind == "insert"]
    assert len(inserts) > 40 and all(a.num.startswith("additionnel") for a in inserts)


def test_import_amendments_refuses_a_file_of_another_shape(services: Services, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"items": []}', encoding="utf-8")
    done = run(services, "import-amendments", "1", str(wrong))
    assert done.returncode == 1 and done.stdout == ""
    assert "NosDéputés/NosSénateurs" in done.stderr or "no bill" in done.stderr


def test_import_amendments_says_in_one_line_why_a_file_cannot_be_read(services: Services, tmp_path: Path) -> None:
    files = {
        "empty.json": (b"", "empty.json is empty: expected JSON"),
        "deep.json": (b"[" * 100_000, "deep.json is not JSON that can be read: the JSON is nested more than 64"),
        "scan.json": (b"\x89PNG\r\n\x1a\n", "scan.json is not UTF-8 text (byte 0x89 at offset 0): expected JSON"),
        "odd.json": (b'{"amendements": [{"amendement": {"numero": "3", "sujet": "Article 1er", "texte": "\\ud800"}}]}',
                     "amendment 1 of the list (n° 3): 'texte' holds a lone surrogate (\\ud800)"),
    }  # fmt: skip
    for name, (content, says) in files.items():
        (tmp_path / name).write_bytes(content)
        done = run(services, "import-amendments", "1", str(tmp_path / name))
        assert done.returncode == 1 and done.stdout == "", (name, done.stderr)
        assert done.stderr.count("\n") == 1 and says in done.stderr, (name, done.stderr)


def _apply(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """`drafting apply --jsonl` fed bytes, as a pipe from a careless script would."""
    command = [sys.executable, "-m", "drafting", "apply", "--jsonl", *args]
    return subprocess.run(command, input=stdin, capture_output=True, timeout=120)


def test_apply_jsonl_answers_each_line_it_cannot_read_with_what_is_wrong_and_reads_on() -> None:
    good = {"id": "ok", "article_avant": "Le délai est de six mois.", "amendements": [
        {"numero": 1, "texte": "Remplacer les mots : « six mois » par les mots : « un an »"}]}  # fmt: skip
    lines = [
        b'{"id": "a", "article_avant": "x", "amendements": "Supprimer cet article."}',
        b'{"id": "b", "article_avant": "x"}',
        b'{"id": "c", "article_avant": "x", "amendements": [{"numero": null, "texte": null}]}',
        b'{"id": "d\\ud800", "article_avant": "x", "amendements": []}',
        '{"id": "é", "article_avant": "x", "amendements": []}'.encode("latin-1"),
        b"[" * 100_000,
        b"",
        json.dumps(good).encode(),
    ]
    done = _apply(stdin=b"\n".join(lines) + b"\n")
    assert done.returncode == 3, done.stderr
    answers = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [a["id"] for a in answers] == ["a", "b", "c", "d\ud800", None, None, "ok"]
    said = [a["error"]["message"] for a in answers[:-1]]
    assert all(a["error"]["code"] == "bad_line" for a in answers[:-1])
    assert said == [
        'line 1: "amendements" must be a list of {"numero", "texte"}, got text',
        'line 2: "amendements" is missing: a list of {"numero", "texte"}',
        'line 3: amendement 1 of 1: "numero" must be text or a whole number, got null',
        'line 4: "id" holds a lone surrogate (\\ud800), which is not a character',
        "line 5 is not UTF-8 (byte 0xe9 at offset 8)",
        "line 6 is not JSON: the JSON is nested more than 64 levels deep",
    ]
    assert answers[-1] == {"id": "ok", "text": "Le délai est de un an."}
    assert done.stderr == b""


def test_apply_jsonl_names_a_file_it_cannot_open_in_one_line(tmp_path: Path) -> None:
    missing = _apply(str(tmp_path / "cas.jsonl"))
    assert missing.returncode == 1 and missing.stdout == b""
    assert missing.stderr.decode() == f"drafting: cannot read {tmp_path / 'cas.jsonl'}: No such file or directory\n"
    folder = _apply(str(tmp_path))
    assert folder.returncode == 1 and folder.stderr.decode() == f"drafting: cannot read {tmp_path}: Is a directory\n"
