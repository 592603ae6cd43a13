"""Account rules: passwords long and hard to guess, display names that speak for no institution."""

from __future__ import annotations

import pytest

from drafting.domain.account_rules import check_display_name, name_key, password_refusal
from drafting.domain.errors import InvalidInput
from tests.conftest import PASSWORD


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("password12", "at least 12 characters; it has 10"),
        ("password1234", "too easy to guess: This is a very common password"),
        ("Password123!", "too easy to guess"),
        ("azertyuiop12", "too easy to guess"),
        ("123456789012", "too easy to guess"),
        ("motdepasse123", "too easy to guess"),
        ("dupontcamille", "too easy to guess"),  # built on the account's own name
        ("Xk9#mQ2!vL", "at least 12 characters; it has 10"),
        ("a" * 1025, "at most 1024"),
    ],
)
def test_short_common_or_guessable_passwords_are_refused_with_a_reason(password: str, reason: str) -> None:
    refusal = password_refusal(password, ["camille.dupont@example.org", "Camille Dupont"])
    assert refusal is not None and reason in refusal


def test_a_long_uncommon_password_passes() -> None:
    assert password_refusal(PASSWORD, ["camille@example.org", "Camille"]) is None
    assert password_refusal("un cheval de bataille vert", []) is None


@pytest.mark.parametrize(
    "name",
    ["Gouvernement", "  le  GOUVERNEMENT. ", "assemblee-nationale", "Assemblée   Nationale", "SÉNAT", "Le Sénat",
     "rapporteur", "La Rapporteure", "G\u043euvernement", "S\u00e9nat\u200b"],
)  # fmt: skip
def test_institutions_cannot_be_taken_whatever_the_case_accents_spacing_or_script(name: str) -> None:
    with pytest.raises(InvalidInput, match="institution"):
        check_display_name(name, [])


def test_a_bill_authors_name_cannot_be_taken_and_other_names_can() -> None:
    with pytest.raises(InvalidInput, match="Marie Légiste"):
        check_display_name("marie  LEGISTE", ["Marie Légiste"])
    check_display_name("Marie", ["Marie Légiste"])
    check_display_name("Sénateur du dimanche", ["Marie Légiste"])
    assert name_key("L’Assemblée nationale") == name_key("assemblee nationale")
