"""The ASGI application: routes, error mapping, the Origin check, and a lifespan that owns the
services (database engine, event bus).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from drafting import bootstrap
from drafting.config import Settings
from drafting.domain.errors import DraftingError
from drafting.realtime.hub import Hub
from drafting.realtime.log import LogReader
from drafting.services.consultations import Consultations
from drafting.web import api_accounts, api_amendments, api_bills, api_comments, api_participation, live, pages
from drafting.web.api_documents import routes as document_routes
from drafting.web.auth import OriginCheck
from drafting.web.errors import on_domain_error, on_http_error
from drafting.web.headers import SecurityHeaders
from drafting.web.hosts import HostCheck
from drafting.web.last_resort import LastResort
from drafting.web.openapi import openapi
from drafting.web.pages_amendment import routes as one_amendment_page_routes
from drafting.web.pages_amendments import routes as amendment_page_routes
from drafting.web.pages_article import routes as article_page_routes
from drafting.web.pages_article_proposals import routes as article_proposal_routes
from drafting.web.pages_auth import routes as auth_page_routes
from drafting.web.pages_history import routes as history_page_routes
from drafting.web.pages_official import routes as official_page_routes
from drafting.web.pages_parliament import routes as parliament_page_routes
from drafting.web.pages_subamend import routes as sub_amendment_page_routes
from drafting.web.ratelimit import RateLimits, WriteThrottle, forwarded_middleware
from drafting.web.requests import RefuseNul
from drafting.web.who_first import SignedInWrites

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
CLOCK_SECONDS = 5.0  # the longest a consultation's opening or closing waits to be announced
log = logging.getLogger(__name__)


async def consultation_clock(consultations: Consultations) -> None:
    """Announce consultations opening and closing at their dates. Every process runs one: each
    bill's lock makes the first that sees an end announce it, once."""
    while True:
        try:
            wait = await asyncio.to_thread(consultations.tick)
        except Exception:  # a database hiccup must not stop the clock for the life of the process
            log.exception("the consultation clock failed; it tries again")
            wait = None
        await asyncio.sleep(min(wait.total_seconds(), CLOCK_SECONDS) if wait is not None else CLOCK_SECONDS)


def create_app(settings: Settings | None = None, services: bootstrap.Services | None = None) -> Starlette:
    settings = settings or Settings.from_env()
    owned = services is None
    services = services or bootstrap.build(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Listen to the other processes (idempotent: services may be shared); blocks until subscribed.
        await asyncio.to_thread(services.bus.start)
        await hub.start()
        clock = asyncio.create_task(consultation_clock(services.consultations))
        yield
        clock.cancel()
        await hub.stop()
        if owned:
            services.close()

    hub = Hub(services.bus, LogReader(services.db))
    routes: list[BaseRoute] = [
        Route("/api/openapi.json", openapi),
        *live.routes,
        *api_bills.routes,
        *document_routes,  # before the amendment routes: /amendments/export is a document
        *api_amendments.routes,
        *api_comments.routes,
        *api_participation.routes,
        *api_accounts.routes,
        *amendment_page_routes,  # before pages.routes: it serves /bills/{bill}/amendments
        *one_amendment_page_routes,  # /amendments/{id}: one amendment, its votes, arguments, history
        *sub_amendment_page_routes,  # its « Sous-amender » form, in two modes
        *parliament_page_routes,
        *official_page_routes,
        *history_page_routes,
        *pages.routes,
        *auth_page_routes,  # sign-in, sign-up, language switch, favicon
        *article_page_routes,  # an article: text, annotations, votes, arguments, comments
        *article_proposal_routes,  # a new article, an article's deletion
        Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(LastResort),
            Middleware(GZipMiddleware, minimum_size=1024),  # pages: a 2,000-article contents 540 -> 30 KB
            *forwarded_middleware(settings),
            Middleware(HostCheck, settings=settings),
            Middleware(OriginCheck),
            Middleware(RefuseNul),
            Middleware(SignedInWrites),
            Middleware(WriteThrottle),
        ],
        # no handler for Exception: Starlette's would close the connection; LastResort answers instead
        exception_handlers={DraftingError: on_domain_error, HTTPException: on_http_error},
        lifespan=lifespan,
    )
    app.state.services = services
    app.state.hub = hub
    app.state.rate_limits = RateLimits(settings)
    return app


def create_app_from_env() -> Starlette:
    """For `uvicorn --factory drafting.app:create_app_from_env` with several workers."""
    return create_app(Settings.from_env())
