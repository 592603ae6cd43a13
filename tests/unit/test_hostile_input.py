"""Each hostile shape of tests/hostile_shapes.py, at about 100 KB, goes through the importers, the
comment Markdown, the text keys and the reader of amending instructions in a subprocess that must
finish. The time limit only catches a hang (the shapes took from 10 s to hours each with backtracking
patterns); speed is in bench/bench_hostile.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import hostile_shapes

ROOT = Path(__file__).resolve().parents[2]
HANG = 300  # seconds for all shapes of one reader; each takes well under a second when linear


@pytest.mark.parametrize(
    ("target", "names"),
    [
        ("markdown", list(hostile_shapes.markdown_documents())),
        ("akn", list(hostile_shapes.akn_documents())),
        ("comment", list(hostile_shapes.COMMENTS)),
        ("words", list(hostile_shapes.LINES)),
        ("instructions", list(hostile_shapes.INSTRUCTIONS)),
    ],
)
def test_every_hostile_shape_is_read_without_hanging(target: str, names: list[str]) -> None:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.hostile_shapes", target],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=HANG,
        )
    except subprocess.TimeoutExpired as exc:
        finished = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        read = finished.splitlines()
        stuck = names[len(read)] if len(read) < len(names) else "?"
        pytest.fail(f"{target}: still reading {stuck!r} after {HANG} s ({len(read)} of {len(names)} shapes done)")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == names
