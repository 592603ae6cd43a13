"""The demo bill shipped with the package: the République numérique bill of the 2015 consultation.

Read through importlib.resources so that it works from a wheel as well as from a checkout.
"""

from __future__ import annotations

from importlib.resources import files

DEMO_FILE = "republique-numerique-2015.md"
DEMO_TITLE = "Projet de loi pour une République numérique"


def demo_source() -> tuple[str, str]:
    """(title, markdown) of the demo bill; the title is the file's `# ` line, or a fixed one."""
    markdown = (files("drafting") / "data" / "demo" / DEMO_FILE).read_text(encoding="utf-8")
    first = markdown.lstrip().split("\n", 1)[0]
    title = first[2:].strip() if first.startswith("# ") else DEMO_TITLE
    return title, markdown
