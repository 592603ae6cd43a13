"""How well a Parliament listing fits a bill, measured before anything is imported, so that a listing of
another law (NosSénateurs' file of the wrong text, uploaded by mistake) is not applied to the articles that
happen to share its numbers: « Rédiger ainsi cet article » fits any article, and « Article 3 » exists in
every bill.

What is measured is what a reader checks first: the words an amendment says it changes. Each row tabled on
an article (« Article 3 »; not a sub-amendment, an additional article or a title) is one of three:
- it fits: its article is in the bill and every word it quotes as found there (« les mots : « six mois » »,
  « après le mot : « public » », or the words on the next alinéa, as the Senate writes them) is in that
  article; the words it brings (after « par », « insérer », « ainsi rédigé ») are not looked for;
- it does not fit: its article is not in the bill, or some words it quotes as found there are not;
- it says nothing either way: a rewrite, a deletion, « Alinéa 3, supprimer cet alinéa » (no words to find).
The listing fits poorly when at least MIN_MEASURED rows say something and fewer than MIN_FIT of them fit.
The right listing on its own text fits well above that (the 2013 Senate floor listing on the committee text:
109 of 113); another law's listing well below (the same listing on the République numérique bill: 2 of
225). A few rows not fitting (the text has moved since they were tabled) only flag those rows,
as before.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from drafting.domain.amending.markup import clean
from drafting.domain.tree import BillTree

MIN_MEASURED = 5  # rows that say something: fewer is too little to judge a listing by
MIN_FIT = 0.5  # the share of those that must fit
EXAMPLES = 5  # rows not fitting that the report quotes

# words quoted as found in the article: « [verb] le(s) mot(s) / la phrase / la référence … : « X » »; the
# verb before says whether they are found (remplacer, supprimer, après, avant) or new (par, insérer …)
_QUOTED = re.compile(
    r"(?P<before>\b[\wéèêàâîôûç’']+\s+)?(?:les?|la|l['’])\s*"
    r"(?:mots?|phrases?|références?|chiffres?|nombres?|taux|dates?|années?|montants?|sommes?|signes?)"
    r"\s*:?\s*(?:«\s*(?P<words>[^«»\n]+?)\s*»|:\s*\n(?P<line>[^\n]+))",  # quoted, or the next alinéa (Senate)
    re.I,
)
_NEW = {"par", "insérer", "inserer", "ajouter", "introduire", "rétablir", "compléter", "completer", "rédigés",
        "rédigé", "rédigée", "rédigées", "suivants", "suivante", "suivant"}  # fmt: skip
# where the words an amendment brings begin: quotes after this are new text, not words to find
_NEW_TEXT = re.compile(r"ainsi rédigé|rédiger ainsi|rédaction suivante|ainsi libellé|suivants? :|suivantes? :", re.I)
_ARTICLE = re.compile(r"^article (?P<num>\d+\w*(?: (?:[a-z]+))*)$", re.I)


@dataclass
class ListingFit:
    """What was measured: rows that fit, rows that do not (number -> why), the listing's text id(s)."""

    fitting: list[str] = field(default_factory=list)
    misfits: dict[str, str] = field(default_factory=dict)
    # number -> (the article's number, the words not found there, or None when the article is not in the bill)
    missing: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    text_ids: list[str] = field(default_factory=list)  # « texteloi_id »: « 20122013-660 »

    @property
    def measured(self) -> int:
        return len(self.fitting) + len(self.misfits)

    @property
    def share(self) -> float:
        return len(self.fitting) / self.measured if self.measured else 1.0

    @property
    def poor(self) -> bool:
        return self.measured >= MIN_MEASURED and self.share < MIN_FIT

    def examples(self) -> list[tuple[str, str]]:
        return list(self.misfits.items())[:EXAMPLES]

    def summary(self) -> str:
        """The refusal in English (the API's and the command line's words; pages say it in French)."""
        ids = f" (Parliament's text {', '.join(self.text_ids)})" if self.text_ids else ""
        said = "; ".join(f"n° {n}: {why}" for n, why in self.examples())
        return (
            f"this listing{ids} does not seem to be for this bill: of {self.measured} amendments whose article "
            f"and words can be checked, {len(self.fitting)} fit the bill's text and {len(self.misfits)} do not "
            f"({said}). Nothing was imported; import it anyway only if you are sure (--force, or the page's "
            "confirmation)"
        )


def _plain(text: str) -> str:
    """Text compared as a reader does: apostrophes and spaces as one, case aside, accents kept."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    text = text.replace('"', "").replace("«", "").replace("»", "")  # the article's quotes, straight or not
    return " ".join(text.lower().split())


def words_to_find(instructions: str) -> list[str]:
    """The words an amendment's instructions quote as found in the article (not the words they bring)."""
    text = "\n".join(" ".join(p.split()) for p in clean(instructions))
    text = _NEW_TEXT.split(text, maxsplit=1)[0]
    found = []
    for match in _QUOTED.finditer(text):
        before = (match.group("before") or "").strip().lower()
        words = (match.group("words") or match.group("line")).strip().strip("«»\"").strip().rstrip(".,;")
        if before not in _NEW and words:
            found.append(words)
    return found


def measure(rows: list[dict[str, object]], head: BillTree) -> ListingFit:
    """How well the rows (as `listing_rows` checked them) fit the bill whose current text is `head`."""
    fit = ListingFit()
    for row in rows:
        text_id = row.get("texteloi_id")
        if isinstance(text_id, str | int) and str(text_id).strip() and str(text_id).strip() not in fit.text_ids:
            fit.text_ids.append(str(text_id).strip()[:40])
        sub = " ".join(str(row.get("sous_amendement_de") or "").split())
        found = _ARTICLE.match(str(row.get("sujet") or "").strip())
        if found is None or sub not in ("", "None", "0"):
            continue
        number = str(row["numero"])
        article = head.article_numbered(found.group("num"))
        if article is None:
            fit.misfits[number] = f"no article {found.group('num')} in the bill"
            fit.missing[number] = (found.group("num"), None)
            continue
        words = words_to_find(str(row.get("texte") or ""))
        if not words:
            continue
        here = _plain(article.text)
        missing = [w for w in words if _plain(w) not in here]
        if missing:
            fit.misfits[number] = f"« {missing[0][:80]} » is not in article {found.group('num')}"
            fit.missing[number] = (found.group("num"), missing[0][:80])
        else:
            fit.fitting.append(number)
    return fit
