"""Engine and transactions. SQLite runs in WAL mode and takes its write lock up front
(`BEGIN IMMEDIATE`), so concurrent writers queue instead of failing with "database is locked".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

_WRITE = "drafting_write"
# session.info key: the event payloads logged in a write, published after its commit
LOGGED = "drafting.logged"


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        self.engine = _sqlite_engine(url) if self.is_sqlite else _server_engine(url)
        self._write_engine = self.engine.execution_options(**{_WRITE: True})

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: a consistent snapshot, nothing written."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def write(self, publish: Callable[[dict[str, Any]], None] | None = None) -> Iterator[Session]:
        """One transaction for one action; committed on exit, rolled back on error.

        A unit of work: the events logged in it (`eventlog.append`) go to `publish` once the commit
        succeeded, in the order logged, so no listener hears of a change that was rolled back.
        """
        with Session(self._write_engine, expire_on_commit=False) as session:
            with session.begin():
                yield session
            logged: list[dict[str, Any]] = session.info.pop(LOGGED, [])
        if publish is not None:
            for payload in logged:
                publish(payload)

    def dispose(self) -> None:
        self.engine.dispose()


def _to_json(value: Any) -> str:
    """JSON columns as written text: French words (é, à, «, U+00A0) stored as themselves, not as
    six-byte `\\u` escapes, which made article rows a quarter larger."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _server_engine(url: str) -> Engine:
    url_obj = make_url(url)
    if url_obj.drivername == "postgresql":
        url_obj = url_obj.set(drivername="postgresql+psycopg")
    return create_engine(url_obj, pool_pre_ping=True, pool_size=10, max_overflow=20, json_serializer=_to_json)


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, json_serializer=_to_json)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=30000", "synchronous=NORMAL"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
