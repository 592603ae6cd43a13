"""Builds the app's services once, from settings: the one place where dependencies are wired."""

from __future__ import annotations

from dataclasses import dataclass

from drafting.config import Settings
from drafting.realtime.bus import MemoryBus, make_bus
from drafting.services.accounts import Accounts
from drafting.services.amendments import Amendments
from drafting.services.annotations import Annotations
from drafting.services.arguments import Arguments
from drafting.services.bills import Bills
from drafting.services.comments import Comments
from drafting.services.consultations import Consultations
from drafting.services.decisions import Decisions
from drafting.services.moderation import Moderation
from drafting.services.opendata import OpenData
from drafting.services.votes import Votes
from drafting.storage.database import Database
from drafting.storage.document_cache import DocumentCache


@dataclass
class Services:
    settings: Settings
    db: Database
    bus: MemoryBus
    accounts: Accounts
    bills: Bills
    amendments: Amendments
    decisions: Decisions
    votes: Votes
    arguments: Arguments
    moderation: Moderation
    annotations: Annotations
    comments: Comments
    opendata: OpenData
    consultations: Consultations

    def close(self) -> None:
        self.bus.close()
        self.db.dispose()


def build(settings: Settings) -> Services:
    db = Database(settings.resolved_database_url)
    bus = make_bus(settings.bus_url, db)
    return Services(
        settings,
        db,
        bus,
        Accounts(db, settings),
        Bills(db, bus, DocumentCache(settings.data_dir / "cache" / "pdf")),
        Amendments(db, bus),
        Decisions(db, bus),
        annotations=Annotations(db, bus),
        comments=Comments(db, bus),
        opendata=OpenData(db),
        votes=Votes(db, bus),
        arguments=Arguments(db, bus),
        moderation=Moderation(db, bus),
        consultations=Consultations(db, bus),
    )
