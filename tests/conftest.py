"""Fixtures: the real database (SQLite and PostgreSQL, each test on both), the real app in-process.

Tables are emptied before each test rather than rolled back: the services own their transactions.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import text
from starlette.testclient import TestClient

from drafting import bootstrap
from drafting.app import create_app
from drafting.config import Settings
from drafting.domain.permissions import Actor
from drafting.storage import migrate
from drafting.storage.models import Base

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
PG_URL = os.environ.get("DRAFTING_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = [b for b in os.environ.get("DRAFTING_TEST_BACKENDS", "sqlite,postgresql").split(",") if b]
# The one password of every test account: long and hard enough for the rules (docs/security.md, "Accounts").
PASSWORD = "correct horse battery"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`@pytest.mark.backends("postgresql")` runs a test on those backends only: it is deselected,
    not skipped, on the others."""
    kept, dropped = [], []
    for item in items:
        marker = item.get_closest_marker("backends")
        callspec = getattr(item, "callspec", None)
        backend = callspec.params.get("backend_services") if callspec else None
        (dropped if marker and backend and backend not in marker.args else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def shared() -> Path:
    assert SHARED.is_dir(), f"tests need the shared data at {SHARED}"
    return SHARED


def _fresh_url(backend: str, tmp: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp / 'test.db'}"
    from sqlalchemy import create_engine

    engine = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return PG_URL


@pytest.fixture(scope="session", params=BACKENDS)
def backend_services(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[bootstrap.Services]:
    tmp = tmp_path_factory.mktemp(request.param)
    settings = Settings(data_dir=tmp, database_url=_fresh_url(request.param, tmp), load_demo=False)
    services = bootstrap.build(settings)
    migrate.upgrade(services.db)
    yield services
    services.close()


def empty_tables(services: bootstrap.Services) -> None:
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with services.db.engine.begin() as conn:
        if services.db.is_sqlite:
            for table in tables:
                conn.execute(text(f"DELETE FROM {table}"))
        else:
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))


@pytest.fixture
def services(backend_services: bootstrap.Services) -> bootstrap.Services:
    empty_tables(backend_services)
    return backend_services


@pytest.fixture
def client(services: bootstrap.Services) -> Iterator[TestClient]:
    with TestClient(create_app(services.settings, services), base_url="http://testserver") as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_url(services: bootstrap.Services) -> Iterator[str]:
    """The real app served by uvicorn in a thread, for browsers and truly concurrent clients."""
    port = free_port()
    config = uvicorn.Config(create_app(services.settings, services), port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def make_user(
    services: bootstrap.Services, email: str, role: str = "citizen", name: str | None = None
) -> Actor:
    return services.accounts.create_user(email, PASSWORD, name or email.split("@")[0].capitalize(), role)


def sign_in(client: TestClient, email: str) -> None:
    response = client.post("/api/session", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text


@pytest.fixture
def official(services: bootstrap.Services, client: TestClient) -> Actor:
    """An official, signed in on `client`."""
    actor = make_user(services, "rapporteure@example.org", "official", "Rapporteure")
    sign_in(client, "rapporteure@example.org")
    return actor
