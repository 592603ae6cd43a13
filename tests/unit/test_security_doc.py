"""docs/security.md cannot rot: every test it names exists, each point of the hardening issue has a
row in its summary, and every security setting is explained."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")


def test_every_test_the_security_page_names_exists() -> None:
    sources = {path: path.read_text(encoding="utf-8") for path in (ROOT / "tests").rglob("test_*.py")}
    named = re.findall(r"`(tests/[\w/]+\.py)(?:::(\w+))?`", DOC)
    assert len(named) >= 10
    for file, name in named:
        path = ROOT / file
        assert path.is_file(), f"{file} does not exist"
        if name:
            assert f"def {name}(" in sources[path], f"{file}::{name} does not exist"
    for name in set(re.findall(r"`(test_\w+)`", DOC)):
        assert any(f"def {name}(" in text for text in sources.values()), f"{name} does not exist"


def test_the_summary_has_one_row_per_point_of_the_issue() -> None:
    rows = re.findall(r"^\| (\d+) \|", DOC, re.M)
    assert rows == [str(n) for n in range(1, 13)]


def test_every_security_setting_is_explained() -> None:
    config = (ROOT / "drafting" / "config.py").read_text(encoding="utf-8")
    names = set(re.findall(r'"(DRAFTING_(?:RATE_LIMIT_\w+|TRUSTED_PROXIES))"', config))
    assert "DRAFTING_TRUSTED_PROXIES" in names and len(names) >= 6
    for name in names | {"DRAFTING_PUBLIC_URL", "DRAFTING_ALLOWED_ORIGINS", "DRAFTING_ALLOWED_HOSTS"}:
        assert name in DOC, f"{name} is not explained in docs/security.md"
