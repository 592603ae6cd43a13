"""Rules for accounts: a password long and hard enough to guess (zxcvbn's estimate), and a display
name that does not pass for an institution or for the author of a bill.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from zxcvbn import zxcvbn

from drafting.domain.errors import InvalidInput

MIN_PASSWORD = 12
MAX_PASSWORD = 1024
# zxcvbn's scores: 3 is "safely unguessable" (about 10^10 guesses and more), what it advises for an
# online service whose hashes could leak; 0 to 2 are common words, names, keyboard runs, dates.
MIN_SCORE = 3
ESTIMATED = 72  # zxcvbn estimates at most this many characters (longer is refused by it)
# Names that speak for an institution of the law-making process; a citizen cannot take them.
INSTITUTIONS = ("Gouvernement", "Assemblée nationale", "Sénat", "Rapporteur", "Rapporteure", "Rapporteuse")
# Latin look-alikes from other scripts, so that "Sénat" with a Cyrillic "е" is still "senat".
_LOOKALIKES = str.maketrans("аеорсухіјѕԁӏνοταβκμ", "aeopcyxijsdlvotabkm")
_ARTICLES = ("le", "la", "les", "l")


def password_refusal(password: str, user_inputs: Iterable[str] = ()) -> str | None:
    """Why `password` is refused (a sentence for the person choosing it), or None. `user_inputs`
    (email, name) make a password built on them count as guessable."""
    if len(password) < MIN_PASSWORD:
        return f"the password must have at least {MIN_PASSWORD} characters; it has {len(password)}"
    if len(password) > MAX_PASSWORD:
        return f"the password must have at most {MAX_PASSWORD} characters"
    inputs = [w for value in user_inputs for w in (value, *value.replace("@", " ").replace(".", " ").split()) if w]
    estimate = zxcvbn(password[:ESTIMATED], user_inputs=inputs)
    if estimate["score"] >= MIN_SCORE:
        return None
    feedback = estimate["feedback"]
    why = feedback.get("warning") or "it is built on words, names or patterns that are tried first"
    advice = " ".join(feedback.get("suggestions") or ["Add another word or two. Uncommon words are better."])
    return f"this password is too easy to guess: {why.rstrip('.')}. {advice}"


def check_password(password: str, user_inputs: Iterable[str] = ()) -> None:
    refusal = password_refusal(password, user_inputs)
    if refusal is not None:
        raise InvalidInput(refusal)


def name_key(name: str) -> str:
    """The name as compared: without case, accents, spacing, punctuation, a leading article or
    look-alike letters of other scripts ("  LE  sénat. " and "Senat" are one name)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_LOOKALIKES))
    words = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c)).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return "".join(words)


def check_display_name(name: str, reserved: Iterable[str]) -> None:
    """InvalidInput when a citizen's `name` is an institution's or one of `reserved` (bills' authors)."""
    key = name_key(name)
    for taken in (*INSTITUTIONS, *reserved):
        if key and name_key(taken) == key:
            raise InvalidInput(
                f"the display name {name.strip()!r} is that of an institution or of a bill's author "
                f"({taken}); choose a name that speaks for you alone"
            )
