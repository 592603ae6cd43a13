"""Settings read once from the environment (DRAFTING_*); every knob is documented in the README.

The defaults run the app on an embedded SQLite file, with nothing else to install.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _default_data_dir() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "drafting"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=_default_data_dir)
    database_url: str = ""
    # Origins allowed to send writes and open websockets, besides the server's own.
    allowed_origins: tuple[str, ...] = ()
    max_body_bytes: int = 5 * 1024 * 1024
    session_days: int = 30
    load_demo: bool = True
    # Sign-in failures allowed per account and per address within the window before a 429.
    login_max_failures: int = 5
    login_window_seconds: int = 900
    # memory://, postgresql://... or redis://...; empty: the database's LISTEN/NOTIFY on PostgreSQL.
    bus_url: str = ""

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'drafting.db'}"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        defaults = cls()
        origins = tuple(o.strip() for o in env.get("DRAFTING_ALLOWED_ORIGINS", "").split(",") if o.strip())
        return cls(
            data_dir=Path(env["DRAFTING_DATA_DIR"]) if env.get("DRAFTING_DATA_DIR") else defaults.data_dir,
            database_url=env.get("DRAFTING_DATABASE_URL", ""),
            allowed_origins=origins,
            max_body_bytes=int(env.get("DRAFTING_MAX_BODY_BYTES", defaults.max_body_bytes)),
            session_days=int(env.get("DRAFTING_SESSION_DAYS", defaults.session_days)),
            load_demo=env.get("DRAFTING_LOAD_DEMO", "1") not in {"0", "false", "no"},
            bus_url=env.get("DRAFTING_BUS_URL", ""),
        )
