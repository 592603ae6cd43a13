"""Numbers and dates as each language writes them: `2 décembre 2026`, `2 December 2026`; `2 237`
(narrow no-break space) in French, `2,237` in English. Dates are shown in Paris time, where the
consultations take place."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def number(value: int, lang: str = "fr") -> str:
    if lang == "en":
        return f"{value:,}"
    return f"{value:,}".replace(",", "\u202f")


def signed(value: int, lang: str = "fr") -> str:
    """`+4 031`, `0`, `−12` (with the minus sign)."""
    return ("+" if value > 0 else "\u2212" if value < 0 else "") + number(abs(value), lang)


def moment(value: str | datetime) -> datetime:
    found = datetime.fromisoformat(value) if isinstance(value, str) else value
    return (found if found.tzinfo else found.replace(tzinfo=UTC)).astimezone(PARIS)


def _when(value: str | datetime | date) -> datetime | date:
    """A moment in Paris time, or the day of a value that has no time (`2026-12-01`, a `date`): that
    one is not moved to Paris time, nor given an hour it does not have."""
    if isinstance(value, datetime):
        return moment(value)
    if isinstance(value, date):
        return value
    return date.fromisoformat(value) if len(value) == 10 else moment(value)


def day(value: str | datetime | date, lang: str = "fr") -> str:
    """`1er octobre 2015`, `26 septembre 2015`; `1 October 2015`."""
    when = _when(value)
    month = MONTHS["en" if lang == "en" else "fr"][when.month - 1]
    if lang == "en":
        return f"{when.day} {month} {when.year}"
    return f"{'1er' if when.day == 1 else when.day} {month} {when.year}"


def day_and_time(value: str | datetime | date, lang: str = "fr") -> str:
    """`26 septembre 2015 à 10 h 00`; `26 September 2015 at 10:00`; a date alone (`2026-12-01`) is
    written as the date, without an hour it does not have."""
    when = _when(value)
    if not isinstance(when, datetime):
        return day(when, lang)
    if lang == "en":
        return f"{day(when, lang)} at {when.hour}:{when.minute:02d}"
    return f"{day(when, lang)} à {when.hour} h {when.minute:02d}"
