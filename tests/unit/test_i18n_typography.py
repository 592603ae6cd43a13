"""English strings follow English typography: no space before « : », « ; », « ? » or « ! » (the French
rule), save inside a quoted French example."""

from __future__ import annotations

import re

from drafting.web.i18n import CATALOG, translate

_FRENCH_QUOTE = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»")


def test_no_english_string_puts_a_space_before_a_colon() -> None:
    spaced = {
        key: en for key, (_, en) in CATALOG.items() if re.search(r"\s[:;?!]", _FRENCH_QUOTE.sub("", en))
    }
    assert spaced == {}


def test_labels_ending_in_a_colon_carry_it_in_each_language() -> None:
    # read by screen readers before the English instruction and each side of a comparison
    assert translate("en", "amendment.instruction_en") == "The instruction in English:"
    assert translate("fr", "amendment.instruction_en") == "Traduction de l’instruction :"
    assert translate("en", "history.version_colon", n=2) == "Version 2:"
    assert translate("fr", "history.version_colon", n=2) == "Version 2 :"
