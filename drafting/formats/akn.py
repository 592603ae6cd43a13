"""Akoma Ntoso 3.0 (OASIS LegalDocML, 2018): `parse` imports an act or bill, `to_akn` exports one
version of a bill, `validate` checks a document against the packaged schema.
"""

from __future__ import annotations

from drafting.formats.akn_export import to_akn
from drafting.formats.akn_import import parse
from drafting.formats.akn_schema import validate

__all__ = ["parse", "to_akn", "validate"]
