"""Settings read once from the environment (DRAFTING_*); every knob is documented in the README.

The defaults run the app on an embedded SQLite file, with nothing else to install.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

_T = TypeVar("_T")
_ORIGIN = re.compile(r"[a-z][a-z0-9+.-]*://[^/?#\s]+", re.IGNORECASE)
_HOST = re.compile(r"(?:\*\.)?[a-z0-9_.:-]{1,253}")  # names, IPv4, IPv6 without brackets
_BUS_SCHEMES = ("memory", "postgresql", "postgres", "redis", "rediss", "unix")
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}
# `scheme://user:password@host`: the password is never repeated in a message
_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


class SettingsError(ValueError):
    """A DRAFTING_* variable that cannot be used; the message names each one and what it expects,
    on one line."""


def _default_data_dir() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "drafting"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=_default_data_dir)
    database_url: str = ""
    # Origins allowed to send writes and open websockets, besides the server's own.
    allowed_origins: tuple[str, ...] = ()
    # The site's address as browsers see it (https://consultation.example.org); empty: the address and
    # port each connection reached. Writes and websockets must come from it or an allowed origin.
    public_url: str = ""
    # Host names requests may name (Host header) besides the public URL's and the address reached;
    # "*" allows any. Default: localhost names only.
    allowed_hosts: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")
    max_body_bytes: int = 5 * 1024 * 1024
    session_days: int = 30
    load_demo: bool = True
    # memory://, postgresql://... or redis://...; empty: the database's LISTEN/NOTIFY on PostgreSQL.
    bus_url: str = ""
    # Rate limits (docs/security.md): addresses of proxies whose X-Forwarded-For is believed, the
    # storage the counts live in (empty: Redis when the bus is Redis, so processes share counts), and
    # each limit in the `limits` notation ("10/minute;60/hour").
    trusted_proxies: tuple[str, ...] = ()
    rate_limit_storage: str = ""
    rate_limit_sign_ups: str = "10/minute;100/hour"
    rate_limit_sign_ins: str = "120/minute;1200/hour"
    rate_limit_failed_sign_ins: str = "5/minute;30/hour"
    rate_limit_failed_sign_ins_per_address: str = "30/minute;200/hour"
    rate_limit_writes: str = "200/minute;2000/hour"
    # previews of a text being proposed by callers signed out (the page itself asks to sign in first): each
    # may parse 100,000 characters of instructions
    rate_limit_anonymous_previews: str = "30/minute;300/hour"

    @property
    def resolved_rate_limit_storage(self) -> str:
        if self.rate_limit_storage:
            return self.rate_limit_storage
        return self.bus_url if self.bus_url.startswith(("redis://", "rediss://")) else "memory://"

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'drafting.db'}"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Settings from DRAFTING_* variables; raises `SettingsError` naming every bad one."""
        env = dict(os.environ if env is None else env)
        defaults = cls()
        problems: list[str] = []

        def read(name: str, parse: Callable[[str], _T], default: _T) -> _T:
            value = env.get(name, "")
            if not value.strip():
                return default
            try:
                return parse(value.strip())
            except ValueError as exc:
                problems.append(f"{name}: {exc}")
                return default

        data_dir = read("DRAFTING_DATA_DIR", Path, defaults.data_dir)
        database_url = read("DRAFTING_DATABASE_URL", _database_url, "")
        settings = cls(
            data_dir=data_dir,
            database_url=database_url,
            allowed_origins=read("DRAFTING_ALLOWED_ORIGINS", _origins, ()),
            public_url=read("DRAFTING_PUBLIC_URL", _public_url, ""),
            allowed_hosts=read("DRAFTING_ALLOWED_HOSTS", _hosts, defaults.allowed_hosts),
            max_body_bytes=read("DRAFTING_MAX_BODY_BYTES", _count("bytes", "5242880"), defaults.max_body_bytes),
            session_days=read("DRAFTING_SESSION_DAYS", _count("days", "30", most=36500), defaults.session_days),
            load_demo=read("DRAFTING_LOAD_DEMO", _flag, defaults.load_demo),
            bus_url=read("DRAFTING_BUS_URL", _bus_url, ""),
            trusted_proxies=read("DRAFTING_TRUSTED_PROXIES", _networks, ()),
            rate_limit_storage=read("DRAFTING_RATE_LIMIT_STORAGE", _limit_storage, ""),
            rate_limit_sign_ups=read("DRAFTING_RATE_LIMIT_SIGN_UPS", _limits, defaults.rate_limit_sign_ups),
            rate_limit_sign_ins=read("DRAFTING_RATE_LIMIT_SIGN_INS", _limits, defaults.rate_limit_sign_ins),
            rate_limit_failed_sign_ins=read(
                "DRAFTING_RATE_LIMIT_FAILED_SIGN_INS", _limits, defaults.rate_limit_failed_sign_ins
            ),
            rate_limit_failed_sign_ins_per_address=read(
                "DRAFTING_RATE_LIMIT_FAILED_SIGN_INS_PER_ADDRESS",
                _limits,
                defaults.rate_limit_failed_sign_ins_per_address,
            ),
            rate_limit_writes=read("DRAFTING_RATE_LIMIT_WRITES", _limits, defaults.rate_limit_writes),
            rate_limit_anonymous_previews=read(
                "DRAFTING_RATE_LIMIT_ANONYMOUS_PREVIEWS", _limits, defaults.rate_limit_anonymous_previews
            ),
        )
        # the folders the SQLite database goes in must be folders we can write
        data_dir_used = env.get("DRAFTING_DATA_DIR", "").strip() or not env.get("DRAFTING_DATABASE_URL", "").strip()
        if data_dir_used and (why := _unusable_folder(data_dir)):
            problems.append(f"DRAFTING_DATA_DIR: {str(data_dir)!r} {why}")
        file = _sqlite_file(database_url)
        if file is not None and (why := _unusable_folder(file.parent)):
            problems.append(f"DRAFTING_DATABASE_URL: the folder of the SQLite file {str(file)!r} {why}")
        if problems:
            raise SettingsError("; ".join(problems))
        return settings


def _count(unit: str, example: str, most: int | None = None) -> Callable[[str], int]:
    def parse(value: str) -> int:
        if not value.isascii() or not value.isdigit() or int(value) == 0 or (most and int(value) > most):
            limit = f" and at most {most}" if most else ""
            raise ValueError(f"expected a whole number of {unit} above 0{limit}, such as {example}; got {value!r}")
        return int(value)

    return parse


def _flag(value: str) -> bool:
    if value.lower() in _TRUE | _FALSE:
        return value.lower() in _TRUE
    raise ValueError(f"expected 1 or 0 (or true/false, yes/no, on/off); got {value!r}")


def _public_url(value: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(f"expected the site's address such as https://consultation.example.org; got {value!r}")
    try:
        parts.port  # noqa: B018 -- raises on a port that is not a number
    except ValueError:
        raise ValueError(f"the port is not a number in {value!r}") from None
    return value.rstrip("/")


def _hosts(value: str) -> tuple[str, ...]:
    hosts = tuple(h.strip().lower() for h in value.split(",") if h.strip())
    for host in hosts:
        if host != "*" and (not _HOST.fullmatch(host) or host.startswith("*") and not host.startswith("*.")):
            raise ValueError(
                f"{host!r} is not a host name: expected comma-separated names without scheme or port, "
                "such as consultation.example.org,*.example.org"
            )
    return hosts


def _origins(value: str) -> tuple[str, ...]:
    origins = tuple(o.strip() for o in value.split(",") if o.strip())
    for origin in origins:
        if not _ORIGIN.fullmatch(origin):
            raise ValueError(
                f"{origin!r} is not an origin: expected comma-separated scheme://host[:port] "
                "without a path or final slash, such as https://example.org"
            )
    return origins


def _networks(value: str) -> tuple[str, ...]:
    import ipaddress

    networks = tuple(n.strip() for n in value.split(",") if n.strip())
    for network in networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            raise ValueError(
                f"{network!r} is not an IP address or network: expected comma-separated addresses "
                "or networks, such as 10.0.0.1,192.168.0.0/16"
            ) from None
    return networks


def _limits(value: str) -> str:
    from limits import parse_many

    try:
        parse_many(value)
    except ValueError:
        raise ValueError(f"expected limits such as 10/minute;60/hour; got {value!r}") from None
    return value


def _limit_storage(value: str) -> str:
    if not value.startswith(("memory://", "redis://", "rediss://")):
        raise ValueError(f"expected memory:// or redis://host:6379/0; got {_hide_password(value)!r}")
    return value


def _bus_url(value: str) -> str:
    scheme, separator, _ = value.partition("://")
    scheme = scheme.lower()
    if not separator or not (scheme in _BUS_SCHEMES or scheme.startswith("postgresql+")):
        raise ValueError(
            f"expected memory://, postgresql://user@host/db or redis://host:6379/0; got {_hide_password(value)!r}"
        )
    return value


def _database_url(value: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    expected = "expected postgresql://user@host/db or sqlite:///path/to/file.db"
    shown = repr(_hide_password(value))
    try:
        url = make_url(value)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise ValueError(f"not a database URL ({exc}): {expected}; got {shown}") from None
    if url.get_backend_name() == "postgres":
        raise ValueError(f"write postgresql://, not postgres://: {expected}; got {shown}")
    if url.get_backend_name() not in {"sqlite", "postgresql"}:
        raise ValueError(f"unsupported database {url.get_backend_name()!r}: {expected}; got {shown}")
    try:
        url.get_dialect()
    except NoSuchModuleError:
        raise ValueError(f"unknown database driver {url.drivername!r}: {expected}; got {shown}") from None
    return value


def _sqlite_file(url: str) -> Path | None:
    if not url.startswith("sqlite"):
        return None
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def _unusable_folder(folder: Path) -> str | None:
    """Why `folder` cannot hold the database (None when it can): it, or the nearest of its parents
    that exists when it does not yet, must be a folder we may write in."""
    current = folder.absolute()
    while True:
        try:
            mode = current.stat().st_mode
            break
        except (FileNotFoundError, NotADirectoryError):
            current = current.parent  # the root exists, so this ends
        except (OSError, ValueError) as exc:
            return f"cannot be used ({getattr(exc, 'strerror', None) or exc}: {str(current)!r}); {_WRITABLE}"
    if not stat.S_ISDIR(mode):
        where = "is a file" if current == folder.absolute() else f"is under {str(current)!r}, a file"
        return f"{where}, not a folder; expected a folder that exists or can be created"
    if not os.access(current, os.W_OK | os.X_OK):
        return f"cannot be written ({str(current)!r} is read-only for this user); {_WRITABLE}"
    return None


_WRITABLE = "expected a folder the app may write in"


def _hide_password(url: str) -> str:
    return _PASSWORD.sub(r"\1***@", url)
