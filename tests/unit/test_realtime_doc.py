"""docs/realtime.md lists every event type the code logs, and none it does not."""

from __future__ import annotations

import re
from pathlib import Path

from drafting.storage.participation import MODERATED

ROOT = Path(__file__).resolve().parents[2]
KINDS = "amendment|annotations?|argument|bill|comment|consultation|contributions|tally|version"
LITERAL = re.compile(rf'"((?:{KINDS})\.[a-z_]+)"')


def logged_types() -> set[str]:
    """Event types written as literals where events are made, plus moderation's `<target>.hidden|restored`."""
    found: set[str] = set()
    for folder in ("services", "domain"):
        for path in (ROOT / "drafting" / folder).rglob("*.py"):
            found |= set(LITERAL.findall(path.read_text(encoding="utf-8")))
    return found | {f"{target}.{what}" for target in MODERATED for what in ("hidden", "restored")}


def documented_types() -> set[str]:
    table = (ROOT / "docs" / "realtime.md").read_text(encoding="utf-8").split("Every event type", 1)[1]
    rows = table.split("\n\n", 2)[1]
    return set(re.findall(r"`([a-z_]+\.[a-z_]+)`", rows))


def test_every_event_type_is_documented_and_only_those() -> None:
    logged, documented = logged_types(), documented_types()
    assert logged - documented == set(), "logged but not in docs/realtime.md"
    assert documented - logged == set(), "in docs/realtime.md but never logged"
