"""The alembic migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from drafting.bootstrap import Services
from drafting.storage.models import Base


def test_migrations_leave_no_difference_with_the_models(services: Services) -> None:
    with services.db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_existing_amendments_are_numbered_per_bill_in_id_order(tmp_path: Path) -> None:
    from sqlalchemy import text

    from drafting.storage import migrate
    from drafting.storage.database import Database

    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    migrate.upgrade(db, "0005")
    now = "2026-01-01 00:00:00"
    with db.engine.begin() as conn:
        for bill in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO bills (id, slug, title, status, language, head_version, created_at, updated_at) "
                    "VALUES (:id, :slug, 'Loi', 'open', 'fr', 1, :now, :now)"
                ),
                {"id": bill, "slug": f"loi-{bill}", "now": now},
            )
        for amendment_id, bill in ((1, 1), (2, 2), (3, 1), (5, 1), (7, 2)):
            conn.execute(
                text(
                    "INSERT INTO amendments (id, bill_id, kind, article_eid, author_name, status, base_version, "
                    "base_text, proposed_text, proposed_hash, patch, justification, colliding, collides_with, "
                    "support, created_at, updated_at) VALUES (:id, :bill, 'modify', 'art_1', 'A', 'submitted', "
                    "1, 'a', 'b', 'h', 'p', '', 0, '[]', 0, :now, :now)"
                ),
                {"id": amendment_id, "bill": bill, "now": now},
            )
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        numbers = conn.execute(text("SELECT id, number FROM amendments ORDER BY id")).all()
    db.dispose()
    assert [tuple(row) for row in numbers] == [(1, 1), (2, 1), (3, 2), (5, 3), (7, 2)]
