"""Schema migrations with alembic, run from code (`drafting db upgrade`, and at `serve` start)."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config

from drafting.storage.database import Database


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("drafting.storage") / "migrations"))
    return config


def upgrade(db: Database, revision: str = "head") -> None:
    with db.engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def revision(db: Database, message: str) -> None:
    """Autogenerate a migration (for developers: compares models to the database)."""
    with db.engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)
