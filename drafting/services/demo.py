"""The demo and the operator's identity. On an empty database, `drafting serve` loads the
République numérique bill as put to public consultation in 2015, so a newcomer sees a real text.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import secrets
from datetime import UTC, datetime
from importlib.resources import files

from drafting.bootstrap import Services
from drafting.domain.permissions import Actor
from drafting.formats.demo import demo_source
from drafting.services.archive import import_contributions
from drafting.storage import users
from drafting.storage.models import User


def system_actor(services: Services, display_name: str = "Gouvernement") -> Actor:
    """An admin account for command-line imports, named as the texts' author; nobody can sign in
    as it (no password matches "!")."""
    slug = re.sub(r"[^a-z0-9]+", "-", display_name.lower()).strip("-") or "operator"
    email = f"{slug}@system.invalid"
    with services.db.write() as session:
        user = users.by_email(session, email)
        if user is None:
            user = User(
                email=email,
                display_name=display_name,
                password_hash="!",
                role="admin",
                created_at=datetime.now(UTC),
            )
            session.add(user)
            session.flush()
        return Actor(user.id, user.display_name, user.role)


def load_demo_if_empty(services: Services) -> int | None:
    """Returns the demo bill's id when it was loaded, None when the database already had bills."""
    if services.bills.listing(page=1, per_page=1)["items"]:
        return None
    title, source = demo_source()
    bill = services.bills.create(
        system_actor(services),
        source=source,
        fmt="markdown",
        title=title,
        label="texte soumis à consultation",
        status="open",
    )
    load_participation(services, int(bill["id"]))
    return int(bill["id"])


def load_participation(services: Services, bill_id: int) -> None:
    """The 2015 consultation's real participation on the demo: the votes on its articles, the 3,994
    arguments and the 666 citizen proposals of new articles, so that a newcomer sees a consultation
    in progress. Authors are not named in the data."""
    data = files("drafting") / "data" / "demo"
    votes = json.loads((data / "votes-2015.json").read_text(encoding="utf-8"))
    proposals, arguments = data / "proposals-2015.csv.gz", data / "arguments-2015.csv.gz"
    with proposals.open("rb") as p, arguments.open("rb") as a:
        import_contributions(
            services.db,
            system_actor(services, "Plateforme république-numérique.fr"),
            bill_id,
            csv.DictReader(io.TextIOWrapper(gzip.GzipFile(fileobj=p), encoding="utf-8")),
            csv.DictReader(io.TextIOWrapper(gzip.GzipFile(fileobj=a), encoding="utf-8")),
            article_votes=votes,
            bus=services.bus,
        )


DEMO_OFFICIAL = "responsable@demo.example"


def create_demo_official(services: Services, bill_id: int) -> tuple[str, str]:
    """An official of the demo bill with a random password, so that a newcomer can try both sides
    (citizen and official) at once; returns the email and the password, to be printed once."""
    password = secrets.token_urlsafe(12)
    services.accounts.create_user(DEMO_OFFICIAL, password, "Responsable du texte", "official", bill_id)
    return DEMO_OFFICIAL, password
