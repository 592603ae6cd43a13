"""An amendment pasted whole, as the Assemblée's and the Sénat's sites show it: its instructions alone.

The page opens with a header (« ASSEMBLÉE NATIONALE » / « SÉNAT », « SESSION ORDINAIRE … », its date « 12 mars
2013 », « PROJET DE LOI … (n° 2763) » or its title « ENSEIGNEMENT SUPÉRIEUR ET RECHERCHE - (n° 835) », « Commission »,
« AMENDEMENT N° CL12 » / « N° AC 412 » / « n° COM-22 rect. bis », « présenté par » and its authors, a rule
« ---------- », « ARTICLE 4 », a status « ADOPTÉ ») and closes with the justification under its heading line
« EXPOSÉ SOMMAIRE » (Assemblée) or « Objet » (Sénat). Neither is an instruction: the header is dropped where it
is recognisable (a chamber's or an « AMENDEMENT N° » line, or the « ARTICLE N » line), every line of it of a
known shape, and the justification is cut at its heading, a paragraph that is only that heading (unless an
instruction's colon quotes it). The header ends before the first line that reads as an instruction, and nothing
after « ARTICLE N » is header but a rule, a status or « DISPOSITIF »; a second amendment's header after the
justification is refused.

A draft pasted whole as an association or a citizen writes it in Markdown opens with headings: a title
(« #Inscrire le citoyen au cœur de l'Open Data »), and the article it is on (« ##Article 4 », « ## À l'article
14 »); its justification is under « Exposé des motifs ». The headings at the top are dropped up to the
article's (titles alone only before a justification's heading); a heading saying it makes a new article
(« ##Après l'article 6 ») is refused, its text being no instruction on this one; a heading after the
justification that heads instructions or names an article is a second amendment's, refused.
"""

from __future__ import annotations

import re

from drafting.domain.amending.edits import AmendingError
from drafting.domain.amending.lexicon import ADVERB, LONE_PART, MARK, instructs
from drafting.domain.amending.markup import Heading
from drafting.domain.amending.typography import fold

_CHAMBER = re.compile(r"(?i:assembl[ée]e nationale|s[ée]nat)")
_SESSION = re.compile(r"(?i:session (?:ordinaire|extraordinaire|unique)(?: de)? \d{4}\s*-\s*\d{4})")
# the page's date (« 12 mars 2013 », « 1er avril 2019 », « mardi 12 mars 2013 »): a line no instruction is
_MONTHS = r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
_DATE = re.compile(
    rf"(?i:(?:(?:lun|mar|mercre|jeu|vendre|same)di|dimanche)\s+)?(?i:1\s?er|premier|[0-3]?\d)\s+(?i:{_MONTHS})\s+\d{{4}}"
)
# where it was filed, under the bill (« Commission », « Commission des affaires culturelles », « Séance publique »)
_FILED = re.compile(r"(?i:commission(?: (?:des?|du|mixte)\b[^:«»]*)?|s[ée]ance publique)")
# the bill, its title in capitals first (« PROJET DE LOI relatif à l'énergie et au climat (n° 2763) »)
_BILL = re.compile(r"(?:PROJET|PROPOSITION) DE LOI\b.*")
_NUMBER = r"[A-Z]{0,4}[- ]?\d+(?: ?\(?(?i:rect)\.?(?: (?:bis|ter|quater|quinquies))?\)?)?"
# « AMENDEMENT N° CL12 », « AMENDEMENT » alone (the Sénat gives its number on the next line); in capitals only:
# « Amendement n° 24 » heading a sub-amendment is the place it amends
_AMENDMENT = re.compile(rf"(?:SOUS-)?AMENDEMENT(?: N[°O] ?{_NUMBER})?")
# the amendment a sub-amendment amends, under its number (« à l'amendement n° 24 de M. Dupont »)
_AMENDS = re.compile(rf"(?i:[àa] l['’]amendement n[°o] ?{_NUMBER}(?: (?:de|du) .*)?)")
# « n° COM-22 rect. bis », the bill's « (n° 658) »
_NUMBERED = re.compile(rf"(?i:\(?n[°o] ?{_NUMBER}\)?)")
_PRESENTED = re.compile(r"(?i:pr[ée]sent[ée]e?s? par)\b.*")
_RULE = re.compile(r"[-_–—=*~ ]{3,}")
_STATUS = re.compile(
    r"(?i:adopt[ée]e?|non adopt[ée]e?|rejet[ée]e?|retir[ée]e?|non soutenue?|tomb[ée]e?|irrecevable)\.?"
)
# « ARTICLE 4 », « ARTICLE PREMIER », « ARTICLE 11 BIS A »: the bill's article the amendment amends, not a place in it
_ARTICLE = re.compile(rf"ARTICLE (?:PREMIER|1(?i:er)|\d+)(?: (?i:{ADVERB}))?(?: [A-Z])?")
# the same in mixed case (« Article 44 »), read so only inside a header already recognised
_ARTICLE_MIXED = re.compile(rf"(?i:article (?:premier|1er|\d+)(?: {ADVERB})?(?: [a-z])?)")
# the Assemblée's heading of the instructions, in capitals
_DISPOSITIF = re.compile(r"DISPOSITIF\s*:?")
# the authors as the sites write them (« Mme Battistel, M. Brottes », « Le Gouvernement »)
_AUTHORS = re.compile(r"(?:MM?\.|Mmes?|Mlles?|Le Gouvernement)(?:\s.*)?")
# a title in capitals between the bill and the amendment (« ÉNERGIE ET CLIMAT », « COMMISSION DES LOIS »)
# (« URGENCE POUR FAIRE FACE À L'ÉPIDÉMIE DE COVID-19 »: a number joined to a word by its hyphen)
# and the bill's number after it (« ENSEIGNEMENT SUPÉRIEUR ET RECHERCHE - (n° 835) »)
_TITLE = re.compile(
    r"[^\W\da-zà-ÿœæ]+(?:-\d+)?(?:[\s'’,()-]+[^\W\da-zà-ÿœæ]+(?:-\d+)?)*(?:\s*[-–]?\s*\(n[°o] ?\d+\))?"
)
# the justification's heading, alone on its line (« Exposé des motifs » as drafts pasted whole title it)
_JUSTIFICATION = re.compile(r"(?i:expos[ée] (?:sommaire|des motifs)|objet)\s*:?")
# the Assemblée's heading in capitals: never a text's alinéa, cut wherever it stands
_SUMMARY = re.compile(r"EXPOS[ÉE] (?:SOMMAIRE|DES MOTIFS)\s*:?")
# the heading with the justification's first words on its line (« Objet : cet amendement élargit … »)
_JUSTIFICATION_OPENS = re.compile(
    r"(?:Objet|Expos[ée] (?:sommaire|des motifs)|EXPOS[ÉE] (?:SOMMAIRE|DES MOTIFS))\s*:\s+\S.*"
)
# lines the chambers' current pages put between the chamber and the amendment's number, besides its date and
# where it was filed (`_DATE`, `_FILED`): the bill's short title and number (« URGENCE COVID-19 - (N° 2762) »),
# the Government's position line (« Gouvernement »), the Sénat's « (PROCÉDURE ACCÉLÉRÉE) »
_BEFORE_NUMBER = re.compile(rf"{_TITLE.pattern}\s*[-–]\s*\((?i:n[°o]) ?\d+\)|Gouvernement|\((?i:procédure accélérée)\)")
_WHICH = rf"(?:premier|1er|\d+)(?: {ADVERB})?(?: [a-z])?(?: \((?:nouveau|supprimé)\))?"
# a heading naming the bill's article the amendment is on (« ## Article 4 », « ##À l'article 14 », « Article 2 bis »)
_ON_ARTICLE = re.compile(rf"(?i:(?:[àa] l['’]|sur l['’])?article {_WHICH})\s*:?")
# a heading saying the amendment makes a new article (« ##Après l'article 6 », « Article additionnel après
# l'article 6 »): its text is that article's, no instruction on this one
_NEW_ARTICLE = re.compile(rf"(?i:(?:article additionnel )?(?:apr[èe]s|avant) l['’]article {_WHICH})\s*:?")
# an instruction's colon announcing its operand (« les mots : », « ainsi rédigé : », « la mention suivante : »):
# the paragraph after it is what it quotes, even « Objet »
_OPERAND_COLON = re.compile(
    r"(?i:\b(?:mots?|mention|phrases?|signes?|r[ée]f[ée]rences?|ainsi r[ée]dig[ée]e?s?|r[ée]dig[ée]e?s? comme suit|"
    r"suivante?s?|par|ins[ée]rer|ajouter|compl[ée]ter (?:cet|ce|la|le|l')\S* [^:]*? par)\s*:)$"
)
# a colon awaiting a text given (« Rédiger ainsi cet alinéa : »): the paragraphs after it are that text's
_AWAITS_TEXT = re.compile(
    r"(?i:\br[ée]diger (?:ainsi|comme suit)\b[^:]*|\b(?:ainsi|comme suit|r[ée]dig[ée]e?s?|suivante?s?)\s*):$"
)


def instructions(paragraphs: list[str]) -> list[str]:
    """The paragraphs of the instructions: a recognisable header dropped, a justification cut at its heading."""
    headed, titled = _headings(paragraphs)
    start, header = _header(paragraphs[headed:])
    body = paragraphs[headed + start :] if header else paragraphs[headed:]
    titled = 0 if header else titled
    header |= headed > 0
    cut = next((k for k in range(1, len(body)) if _heads_justification(body, k, header)), None)
    if cut is not None:
        _single(body[cut + 1 :])
        body = body[:cut]
        if 0 < titled < cut:  # titles alone head a draft whose justification's heading shows it a page
            body, header = body[titled:], True
    if header or cut is not None:  # a rule parting the instructions (« I. – … », « ---- », « II. – … ») or ending them
        body = [p for k, p in enumerate(body) if not (k and _RULE.fullmatch(p.strip()) and body[k - 1][-1:] != ":")]
    if header or cut is not None:  # the page's status at the end (« Adopté »), when no justification follows
        while len(body) > 1 and _STATUS.fullmatch(body[-1]) and not body[-2].endswith(":"):
            body = body[:-1]
    return body


def _heads_justification(body: list[str], k: int, header: bool) -> bool:
    """Whether paragraph `k` is the justification's heading: « EXPOSÉ SOMMAIRE » in capitals anywhere, or
    « Objet » / « Exposé sommaire » alone, unless an instruction's colon just before quotes it (« Remplacer les
    mots : » then « Objet »): a text given's own last colon (« … dans les conditions suivantes : ») is no
    instruction's, the text given being announced by the colon before it."""
    line = fold(body[k]).strip()
    if _SUMMARY.fullmatch(line):
        return True
    if not (_JUSTIFICATION.fullmatch(line) or header and _JUSTIFICATION_OPENS.fullmatch(line)):
        return False
    before = fold(body[k - 1]).strip()
    if not before.endswith(":"):
        return True
    operand = _OPERAND_COLON.search(before) and instructs(before) or _AWAITS_TEXT.search(before)
    given = k >= 2 and bool(_AWAITS_TEXT.search(fold(body[k - 2]).strip())) and not instructs(before)
    return not operand or given


# a second page's lines in capitals, whatever follows them (« AMENDEMENT N° CL73 (Rect) », « APRÈS L'ARTICLE 16 »,
# « ARTICLE 16 (nouveau) »): prose in a justification is not written so
_SECOND_PAGE = re.compile(r"(?:SOUS-)?AMENDEMENT N[°O]|(?:APR[ÈE]S|AVANT) L['’]ARTICLE\b|ARTICLE (?:PREMIER|1ER|\d+)\b")


# a heading that may name a place (« ## Au II », « ### Alinéa 7 », « ## 2° »): never taken for a title
_PLACE_START = re.compile(
    r"(?i:(?:[àa]|aux?|apr[èe]s|avant|dans|sur|en|alin[ée]as?|phrases?|articles?)\b|[ivxlc]+\b|\d)"
)


def _names_its_article(paragraph: str, line: str) -> bool:
    """Whether a heading names the article the draft is on (« ##Article 4 »); one that makes a new article
    (« ##Après l'article 6 ») is refused: its text is that article's, no instruction on this one."""
    if _NEW_ARTICLE.fullmatch(line):
        made = "it makes a new article, after or before the one named: its text is no instruction on this article"
        raise AmendingError("", paragraph, made)
    return bool(_ON_ARTICLE.fullmatch(line))


def _headings(paragraphs: list[str]) -> tuple[int, int]:
    """How many Markdown headings at the top are the page's up to the article it is on (« #Titre », « ##Article
    4 »), and how many of them are titles (no place, no instruction): these alone are dropped only once a
    justification's heading shows the page. A heading that makes a new article (« ##Après l'article 6 ») is refused."""
    for k, paragraph in enumerate(paragraphs):
        # headings at the top up to the article's are titles, whatever their words (« #Réécrire le droit des
        # données » then « ##Article 16 », p143-063: no instruction stands above the article it is on)
        line = fold(paragraph).strip()
        if not isinstance(paragraph, Heading) and not (k and _NEW_ARTICLE.fullmatch(line)):
            break
        if _names_its_article(paragraph, line):
            return k + 1, 0
    titles = 0
    for k, paragraph in enumerate(paragraphs):
        line = fold(paragraph).strip()
        if not isinstance(paragraph, Heading) and not _NEW_ARTICLE.fullmatch(line):
            break
        if _names_its_article(paragraph, line):
            return k + 1, 0
        if instructs(paragraph) or _marked(line) or _PLACE_START.match(line) or _JUSTIFICATION.fullmatch(line):
            break
        titles += 1
    return 0, titles if titles < len(paragraphs) else 0


def _single(justification: list[str]) -> None:
    """Refuse a page holding a second amendment after its justification (its header: a chamber's line,
    « AMENDEMENT N° … », « APRÈS L'ARTICLE N », « ARTICLE N », « présenté par », a second justification's
    heading): its instructions would be dropped unseen. Instructions in the
    justification's prose without a header are its own (« À défaut, on pourrait écrire : … »), never applied."""
    for k, paragraph in enumerate(justification):
        line = fold(paragraph).strip()
        header = _CHAMBER.fullmatch(line) or _AMENDMENT.fullmatch(line) or _ARTICLE.fullmatch(line)
        if header or _SECOND_PAGE.match(line) or _PRESENTED.fullmatch(line) or _JUSTIFICATION.fullmatch(line) or (
            _heads_another(justification, k)
        ):
            raise AmendingError(
                "", paragraph, "a second amendment follows the justification: paste each amendment on its own"
            )


def _heads_another(justification: list[str], k: int) -> bool:
    """Whether paragraph `k` of a justification is a second draft's Markdown heading: it names an article
    (« ##Article 6 », « ##Après l'article 6 »), or heads instructions (« #Titre » then « À l'alinéa 2, … »),
    maybe under other headings."""
    if not isinstance(justification[k], Heading):
        return False
    while k < len(justification) and isinstance(justification[k], Heading):
        line = fold(justification[k]).strip()
        if _ON_ARTICLE.fullmatch(line) or _NEW_ARTICLE.fullmatch(line):
            return True
        k += 1
    return k < len(justification) and instructs(justification[k])


def _header(paragraphs: list[str]) -> tuple[int, bool]:
    """Where the header ends, and whether it is one: a chamber's line, or the « ARTICLE N » line, or an
    « AMENDEMENT » line with its « présenté par », among lines that are all of a header's shapes."""
    i, known, authors, bill, numbered, article, titled = 0, False, False, False, False, False, False
    while i < len(paragraphs):
        line = fold(paragraphs[i]).strip()
        mixed = known and not article and _ARTICLE_MIXED.fullmatch(line)  # « Article 44 » in a header known
        if _CHAMBER.fullmatch(line) or _AMENDMENT.fullmatch(line) or _ARTICLE.fullmatch(line) or mixed:
            known |= not _AMENDMENT.fullmatch(line)
            # « PROPOSITION DE LOI » then « AMENDEMENT N° 7 »: a page's header, no place
            known |= titled and bool(re.search(r"\d", line))
            authors = False
            bill |= not _ARTICLE.fullmatch(line)
            numbered |= line.startswith(("AMENDEMENT", "SOUS-AMENDEMENT"))
            article |= bool(_ARTICLE.fullmatch(line) or mixed)
        elif _SESSION.fullmatch(line) or _BILL.fullmatch(line) or _NUMBERED.fullmatch(line) or _STATUS.fullmatch(line):
            authors, bill = False, True
            titled |= bool(_BILL.fullmatch(line))
        elif numbered and not authors and _AMENDS.fullmatch(line) or known and article and _DISPOSITIF.fullmatch(line):
            pass
        elif _PRESENTED.fullmatch(line):
            authors = True
            known |= numbered
        elif _RULE.fullmatch(line):
            authors = False
        elif authors and _AUTHORS.fullmatch(line):
            pass
        elif authors and not article and (end := _authors_end(paragraphs, i)) is not None:
            i, authors = end, False
            continue
        elif bill and not (numbered or article) and _TITLE.fullmatch(line) and not _marked(line):
            pass
        elif bill and not (numbered or article) and any(r.fullmatch(line) for r in (_DATE, _FILED, _BEFORE_NUMBER)):
            authors = False  # its date, « Commission », « Gouvernement »: before the amendment's number only
        else:
            break
        i += 1
    return i, known and i < len(paragraphs)


def _marked(line: str) -> bool:
    return bool(LONE_PART.fullmatch(line) or MARK.match(line))


def _authors_end(paragraphs: list[str], i: int) -> int | None:
    """The authors' lines after « présenté par » end at the rule or the « ARTICLE N » line after them, when
    one comes within a few lines, or before the first line that reads as an instruction (a place, a verb):
    a rule after it parts the instructions (« I. – … », « ---- », « II. – … »)."""
    for k in range(i, min(i + 8, len(paragraphs))):
        line = fold(paragraphs[k]).strip()
        if instructs(paragraphs[k]) or LONE_PART.fullmatch(line):
            return k if k > i else None
        if _RULE.fullmatch(line) or _ARTICLE.fullmatch(line):
            return k
    return None
