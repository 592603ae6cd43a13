"""What a refused form or API call says to a person: the services' English message recognised and
given in the reader's language (drafting/web/i18n/refusals.py), with the numbers it holds written as
that language writes them; a message not recognised is kept as the services wrote it.

One table, read by the pages (forms posted without script) and by the API's error answers (whose
`text` the pages' scripts show), so both say the same thing.
"""

from __future__ import annotations

import re

from drafting.domain import errors
from drafting.web import formatting
from drafting.web.i18n import translate

_N = r"(?P<{}>\d[\d,]*)"
# (the English as the services write it, with `{name}` for a number; the i18n key)
KNOWN: tuple[tuple[str, str], ...] = (
    ("the text is empty: write something before sending", "refusal.empty"),
    ("the text has {length} characters, more than the {limit} allowed: *", "refusal.too_long"),
    ("the text nests quotes or lists {depth} levels deep; at most {limit} are allowed", "refusal.nesting"),
    ("the text has {links} links; at most {limit} are allowed", "refusal.links"),
    ("the text would make too large a page once formatted: *", "refusal.render"),
    ("the proposed text has {length} characters; at most {limit} are allowed", "refusal.text_too_long"),
    ("the proposed text is the article's text: an amendment must change something", "refusal.text_unchanged"),
    ("the proposed text is empty; to remove the article, propose a delete amendment", "refusal.text_empty"),
    ("the proposed text must change the article and must not be empty", "refusal.text_unchanged_or_empty"),
    ('a sub-amendment gives the amendment\'s new text: "text" is empty', "refusal.sub_empty"),
    ("the sub-amendment proposes the amendment's own text: it must change something", "refusal.sub_unchanged"),
    ("the instructions have {length} characters; at most {limit}", "refusal.instructions_too_long"),
    ("a decision carries a public reason of 1 to {limit} characters", "refusal.reason"),
    ("a form of at most {limit} bytes, got {length}", "refusal.form_too_large"),
)


def _pattern(english: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\}|\*)", english)
    regex = "".join(
        _N.format(p[1:-1]) if p.startswith("{") else ".*" if p == "*" else re.escape(p) for p in parts
    )
    return re.compile(regex, re.S)


_TABLE = [(_pattern(english), key) for english, key in KNOWN]


def explain(lang: str, message: str) -> str | None:
    """`message` in `lang` if it is a known one, else None."""
    for pattern, key in _TABLE:
        found = pattern.fullmatch(message)
        if found:
            numbers = {name: formatting.number(int(v.replace(",", "")), lang) for name, v in found.groupdict().items()}
            return translate(lang, key, **numbers)
    return None


def refusal_text(lang: str, exc: errors.DraftingError, field: str | None = None) -> str:
    """What to tell the reader of a refusal: the known message in their language, else the services'
    own words; with the `field` it is about (text, justification, instructions, body) named first
    (« Exposé des motifs : … »), for a summary above the form."""
    text = explain(lang, exc.message) or translate(lang, "refusal.unknown", message=exc.message)
    if field is None:
        return text
    message = text[:1].lower() + text[1:]  # after a colon, in both languages
    return translate(lang, "refusal.with_field", field=translate(lang, f"refusal.field.{field}"), message=message)
