"""Every string the pages show, in French (the default) and English.

One catalog module per area (`common.py`, `auth.py`, `article.py`...), each with a `STRINGS` dict of
`key: (french, english)`; keys start with the area's name so that engineers adding strings to their
own area never touch another's file. All modules of this package are loaded together at import and a
key defined twice is an error, not a silent override.

The language: the `drafting_lang` cookie (set by the visible switch), else the first of `fr`/`en` in
`Accept-Language`, else French.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Mapping

from starlette.requests import HTTPConnection

LANGUAGES = ("fr", "en")
DEFAULT = "fr"
COOKIE = "drafting_lang"


def _load() -> dict[str, tuple[str, str]]:
    catalog: dict[str, tuple[str, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        strings: Mapping[str, tuple[str, str]] = getattr(module, "STRINGS", {})
        for key, pair in strings.items():
            if key in catalog:
                raise RuntimeError(f"i18n key {key!r} is defined twice (again in {info.name}.py)")
            if len(pair) != 2:
                raise RuntimeError(f"i18n key {key!r} in {info.name}.py needs (french, english), got {pair!r}")
            catalog[key] = pair
    return catalog


CATALOG = _load()


def translate(lang: str, key: str, **values: object) -> str:
    """The string for `key` in `lang`, its `{name}` fields filled. A missing key fails loudly."""
    try:
        pair = CATALOG[key]
    except KeyError:
        raise KeyError(f"no i18n string {key!r}; add it to drafting/web/i18n/<area>.py") from None
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**values) if values else text


def strings_for(lang: str, prefix: str) -> dict[str, str]:
    """The strings of keys starting with `prefix`, for the browser's scripts."""
    return {key: translate(lang, key) for key in CATALOG if key.startswith(prefix)}


_RANGE = re.compile(r"\s*([a-zA-Z]{1,8})(?:-[a-zA-Z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*")


def negotiate(header: str) -> str | None:
    """The best of our languages in an `Accept-Language` header, or None."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")[:32]):
        match = _RANGE.fullmatch(part)
        if not match:
            continue
        try:
            quality = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        language = match.group(1).lower()
        if language in LANGUAGES and quality > 0:
            ranked.append((-quality, index, language))
    return min(ranked)[2] if ranked else None


def language(conn: HTTPConnection) -> str:
    chosen = conn.cookies.get(COOKIE)
    if chosen in LANGUAGES:
        return chosen
    return negotiate(conn.headers.get("accept-language", "")) or DEFAULT
