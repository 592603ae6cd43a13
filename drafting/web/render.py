"""Rendering a page: the Jinja2 environment, and the context every page gets (the language and
its strings, the signed-in reader, the language switch's link)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse

from drafting.web import formatting
from drafting.web.auth import current_actor
from drafting.web.i18n import language, strings_for, translate

templates = Environment(
    loader=PackageLoader("drafting.web", "templates"),
    autoescape=select_autoescape(default_for_string=True, default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _lang(context: Context) -> str:
    return str(context.get("lang", "fr"))


@pass_context
def _t(context: Context, key: str, **values: object) -> Markup:
    """The string, HTML-escaped, its fields filled with escaped values (or markup, such as a <time>
    a macro made, left as it is)."""
    return Markup.escape(translate(_lang(context), key)).format(**values)


@pass_context
def _plural(context: Context, count: int, key: str) -> str:
    """`{key}.one` or `{key}.many`, with `{n}` the number as the language writes it (French puts 0 and
    1 in the singular, English only 1)."""
    lang = _lang(context)
    one = count == 1 if lang == "en" else count < 2
    return translate(lang, f"{key}.{'one' if one else 'many'}", n=formatting.number(count, lang))


@pass_context
def _number(context: Context, value: int) -> str:
    return formatting.number(value, _lang(context))


@pass_context
def _signed(context: Context, value: int) -> str:
    return formatting.signed(value, _lang(context))


@pass_context
def _day(context: Context, value: str) -> str:
    return formatting.day(value, _lang(context))


@pass_context
def _day_and_time(context: Context, value: str) -> str:
    return formatting.day_and_time(value, _lang(context))


@pass_context
def _script_strings(context: Context, *prefixes: str) -> Markup:
    """The strings a page's scripts need, as a JSON data block (not executed: CSP allows it)."""
    strings: dict[str, str] = {}
    for prefix in prefixes:
        strings.update(strings_for(_lang(context), prefix))
    data = json.dumps(strings, ensure_ascii=False).replace("<", "\\u003c")
    return Markup(f'<script type="application/json" id="i18n">{data}</script>')


templates.globals.update(t=_t, plural=_plural, script_strings=_script_strings)
templates.filters.update(number=_number, signed=_signed, day=_day, day_and_time=_day_and_time)


def here(request: Request) -> str:
    """This page's path and query, for coming back after signing in or switching language."""
    query = f"?{request.url.query}" if request.url.query else ""
    return request.url.path + query


async def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    lang = language(request)
    back = quote(here(request), safe="/")
    other = "en" if lang == "fr" else "fr"
    page = templates.get_template(name).render(
        lang=lang,
        actor=await current_actor(request),
        here=here(request),
        switch_url=f"/language?to={other}&next={back}",
        switch_lang=other,
        signin_url=f"/signin?next={back}",
        **context,
    )
    return HTMLResponse(page, status_code=status_code, headers={"Vary": "Cookie, Accept-Language"})
