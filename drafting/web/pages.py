"""Server-rendered pages: the list of bills and each bill's table of contents and text.

The full interface of issue [5/6] grows from these pages; they stay readable without JavaScript.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from drafting.domain.serialize import tree_json
from drafting.services.bills import bill_json, version_json
from drafting.web.requests import int_param

STATUS_LABELS = {
    "draft": "brouillon",
    "open": "consultation ouverte",
    "closed": "consultation close",
    "adopted": "adopté",
}

templates = Environment(loader=PackageLoader("drafting.web", "templates"), autoescape=select_autoescape())


def _label(node: dict[str, Any]) -> str:
    kind = node["kind"]
    prefix = "Article" if kind == "article" else kind.capitalize()
    text = f"{prefix} {node['num']}".strip()
    return f"{text} — {node['heading']}" if node.get("heading") else text


templates.globals.update(label=_label, status_labels=STATUS_LABELS)


def render(name: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(templates.get_template(name).render(**context))


async def index(request: Request) -> Response:
    page = int_param(request, "page", 1) or 1
    listing = await run_in_threadpool(request.app.state.services.bills.listing, page=page, per_page=50)
    return render("index.html", bills=listing["items"], next_page=listing["next_page"])


async def bill_page(request: Request) -> Response:
    bills = request.app.state.services.bills
    number = int_param(request, "version")
    bill, version, tree = await run_in_threadpool(bills.tree, request.path_params["bill"], number)
    versions = await run_in_threadpool(bills.versions, bill.id)
    return render(
        "bill.html",
        bill=bill_json(bill),
        version=version_json(version),
        versions=versions,
        tree=tree_json(tree),
        lang=bill.language,
    )


routes = [Route("/", index), Route("/bills/{bill}", bill_page)]
