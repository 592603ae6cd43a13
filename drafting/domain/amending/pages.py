"""An amendment pasted whole, as the Assemblée's and the Sénat's sites show it: its instructions alone.

The page opens with a header (« ASSEMBLÉE NATIONALE » / « SÉNAT », « SESSION ORDINAIRE … », « PROJET DE LOI …
(n° 2763) », « AMENDEMENT N° CL12 » / « n° COM-22 rect. bis », « présenté par » and its authors, a rule
« ---------- », « ARTICLE 4 », a status « ADOPTÉ ») and closes with the justification under its heading line
« EXPOSÉ SOMMAIRE » (Assemblée) or « Objet » (Sénat). Neither is an instruction: the header is dropped where it
is recognisable (a chamber's or an « AMENDEMENT N° » line, or the « ARTICLE N » line), every line of it of a
known shape, and the justification is cut at its heading, a paragraph that is only that heading.
"""

from __future__ import annotations

import re

from drafting.domain.amending.lexicon import ADVERB, LONE_PART, MARK
from drafting.domain.amending.typography import fold

_CHAMBER = re.compile(r"(?i:assembl[ée]e nationale|s[ée]nat)")
_SESSION = re.compile(r"(?i:session (?:ordinaire|extraordinaire|unique)(?: de)? \d{4}\s*-\s*\d{4})")
# the bill, its title in capitals first (« PROJET DE LOI relatif à l'énergie et au climat (n° 2763) »)
_BILL = re.compile(r"(?:PROJET|PROPOSITION) DE LOI\b.*")
_NUMBER = r"[A-Z]{0,4}-?\d+(?: ?\(?rect\.?(?: (?:bis|ter|quater|quinquies))?\)?)?"
# « AMENDEMENT N° CL12 », « AMENDEMENT » alone (the Sénat gives its number on the next line); in capitals only:
# « Amendement n° 24 » heading a sub-amendment is the place it amends
_AMENDMENT = re.compile(rf"AMENDEMENT(?: N[°O] ?{_NUMBER})?")
# « n° COM-22 rect. bis », the bill's « (n° 658) »
_NUMBERED = re.compile(rf"(?i:\(?n[°o] ?{_NUMBER}\)?)")
_PRESENTED = re.compile(r"(?i:pr[ée]sent[ée]e?s? par)\b.*")
_RULE = re.compile(r"[-_–—=*~ ]{3,}")
_STATUS = re.compile(
    r"(?i:adopt[ée]e?|non adopt[ée]e?|rejet[ée]e?|retir[ée]e?|non soutenue?|tomb[ée]e?|irrecevable)\.?"
)
# « ARTICLE 4 », « ARTICLE PREMIER », « ARTICLE 11 BIS A »: the bill's article the amendment amends, not a place in it
_ARTICLE = re.compile(rf"ARTICLE (?:PREMIER|1er|\d+)(?: (?i:{ADVERB}))?(?: [A-Z])?")
# the authors as the sites write them (« Mme Battistel, M. Brottes », « Le Gouvernement »)
_AUTHORS = re.compile(r"(?:MM?\.|Mmes?|Mlles?|Le Gouvernement)(?:\s.*)?")
# a title in capitals between the bill and the amendment (« ÉNERGIE ET CLIMAT », « COMMISSION DES LOIS »)
_TITLE = re.compile(r"[^\W\da-zà-ÿœæ]+(?:[\s'’,()-]+[^\W\da-zà-ÿœæ]+)*")
# the justification's heading, alone on its line
_JUSTIFICATION = re.compile(r"(?i:expos[ée] sommaire|objet)\s*:?")


def instructions(paragraphs: list[str]) -> list[str]:
    """The paragraphs of the instructions: a recognisable header dropped, a justification cut at its heading."""
    start, header = _header(paragraphs)
    body = paragraphs[start:] if header else paragraphs
    cut = next(
        (k for k in range(1, len(body)) if _JUSTIFICATION.fullmatch(fold(body[k])) and not body[k - 1].endswith(":")),
        None,
    )
    if cut is not None:
        body = body[:cut]
    if header or cut is not None:  # the page's status at the end (« Adopté »), when no justification follows
        while len(body) > 1 and _STATUS.fullmatch(body[-1]) and not body[-2].endswith(":"):
            body = body[:-1]
    return body


def _header(paragraphs: list[str]) -> tuple[int, bool]:
    """Where the header ends, and whether it is one: a chamber's line, or the « ARTICLE N » line, or an
    « AMENDEMENT » line with its « présenté par », among lines that are all of a header's shapes."""
    i, known, authors, bill, numbered = 0, False, False, False, False
    while i < len(paragraphs):
        line = fold(paragraphs[i]).strip()
        if _CHAMBER.fullmatch(line) or _AMENDMENT.fullmatch(line) or _ARTICLE.fullmatch(line):
            known |= not _AMENDMENT.fullmatch(line)
            authors = False
            bill |= not _ARTICLE.fullmatch(line)
            numbered |= line.startswith("AMENDEMENT")
        elif _SESSION.fullmatch(line) or _BILL.fullmatch(line) or _NUMBERED.fullmatch(line) or _STATUS.fullmatch(line):
            authors, bill = False, True
        elif _PRESENTED.fullmatch(line):
            authors = True
            known |= numbered
        elif _RULE.fullmatch(line):
            authors = False
        elif authors and _AUTHORS.fullmatch(line):
            pass
        elif authors and (end := _authors_end(paragraphs, i)) is not None:
            i, authors = end, False
            continue
        elif bill and not numbered and _TITLE.fullmatch(line) and not (LONE_PART.fullmatch(line) or MARK.match(line)):
            pass
        else:
            break
        i += 1
    return i, known and i < len(paragraphs)


def _authors_end(paragraphs: list[str], i: int) -> int | None:
    """The authors' lines after « présenté par » end at the rule or the « ARTICLE N » line after them, when
    one comes within a few lines."""
    for k in range(i + 1, min(i + 8, len(paragraphs))):
        line = fold(paragraphs[k]).strip()
        if _RULE.fullmatch(line) or _ARTICLE.fullmatch(line):
            return k
    return None
