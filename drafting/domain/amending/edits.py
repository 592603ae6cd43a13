"""What an amending instruction does, located in the article as it stood before the sitting."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from drafting.domain.errors import InvalidInput

Kind = Literal[
    "replace_words",  # old -> new, where `place` says
    "delete_words",  # old
    "insert_words",  # new after (or before) `anchor`, or at the start or end of the place
    "append_sentence",  # new sentence(s) at the end of the place
    "replace_end",  # from `anchor` to the end of the place -> new
    "rewrite_start",  # the start of the place, up to the last words `new` shares with it -> new
    "delete_end",  # from `anchor` to the end of the place
    "rewrite",  # the alinéas of the place (or the article) -> new alinéas
    "delete",  # the alinéas of the place, or the article
    "insert_alineas",  # new alinéas after alinéa `place.after` (0: at the start, -1: at the end)
]
# Alinéas as the text before the sitting numbers them, from 1; negatives count from the end
# (-1 the last); CONTEXT stands for « cet alinéa » before the sentence that names it is known.
LAST, BEFORE_LAST = -1, -2
THROUGH_LAST = -1  # Place.phrases for « de la deuxième à la dernière phrase »: from `phrase` through the last
# Place.resulting for « tel qu'il résulte du présent article » (« de l'article 3 de la présente loi »): this
# article, all of it (a division's path otherwise)
THIS_ARTICLE: tuple[str, ...] = ("présent article",)
EVERY = 0  # Edit.times for « dans l'ensemble de l'article »: every occurrence, however many (one at least)
# More alinéas than any article, amendment or text quoted holds: a run of numbers said longer than this (« alinéas
# 1 à 10000000 », « les 10000000 premiers alinéas ») is never spelled out one by one (`locations.run`), nor a run
# of deleted items kept as one number (« 1° à 10000000° (Supprimés) »), whatever a text says
MAX_RUN = 10_000
# More edits than any amendment makes (a dozen at most in the shared data): « Procéder à la même suppression aux
# alinéas 2 à 9999 » makes one a alinéa, and an amendment repeating so in each of its sentences is refused past it
MAX_EDITS = 2_000


@dataclass(frozen=True, slots=True)
class Place:
    alineas: tuple[int, ...] | None = None  # None: the whole article
    phrase: int | None = None  # 1-based, negatives from the end
    end: Literal["début", "fin"] | None = None
    after: int | None = None  # insertion point of alinéas: after this one (0: at the start)
    before: bool = False  # « avant les mots » rather than « après »
    item: str = ""  # « le troisième alinéa (2°) »: the alinéa must open with this mark
    division: bool = False  # « ce paragraphe »: the alinéas must be a whole division (« III. – … »)
    # « le premier alinéa du texte proposé pour l'article L. 423-14 »: alinéas (and `after`) counted in
    # the quoted article that opens « Art. L. 423-14. – » inside this one; the whole of it when none named
    within: str = ""
    # « l'article L. 3131-20 …, tel qu'il résulte de l'alinéa 11 » (« des alinéas 11 à 14 »): the alinéas
    # of this article said to hold that text (`within`): it must open at the first (and end at the last)
    held: tuple[int, ...] = ()
    # « l'article L. 3131-15 …, tel qu'il résulte du 3° du présent article »: the division of this article
    # (innermost mark first) said to hold that text, which must hold all of it
    resulting: tuple[str, ...] = ()
    whole: bool = False  # the alinéas named are one text: words are counted across them
    # « le a) du 2° du I de cet article »: alinéas counted in that division (innermost mark first); with
    # `within`, the division of that quoted article (« le 2° du II de l'article L. 100-1 A »)
    path: tuple[str, ...] = ()
    under: tuple[int, ...] = ()  # the division named alone must open one of these alinéas (named before)
    inside: bool = False  # alinéas inserted in a text the article quotes go inside its quotation
    anchored: bool = False  # « après le mot : X, supprimer la fin de la phrase »: the phrase X is in
    # « À la première phrase de l'alinéa 6, après le mot : X, rédiger ainsi la fin de l'alinéa »: X found in
    # the phrase named, the end the alinéa's (past that phrase)
    to_alinea_end: bool = False
    # « Alinéas 2, 3, deuxième phrase, et 4 »: each alinéa with its own phrase; edits are made for each
    each: tuple[tuple[int, int | None], ...] = ()
    # « Alinéas 1 et 2, première phrase »: the 2's phrase, or each one's? For an alinéa read whole here,
    # the phrase it may as well be read at: both readings must give the same text (otherwise refused)
    either: int | None = None
    loose: tuple[tuple[int, int], ...] = ()  # before the edits are made for each alinéa: (alinéa, phrase)
    # « les deux dernières phrases »: that many phrases from `phrase` on; 0: `phrase` and the last, which
    # must come right after it (« troisième et dernière phrases »)
    phrases: int = 1
    every: bool = False  # « dans l'ensemble de l'article »: the words wherever they are, each time
    times: int = 1  # « Alinéa 4, deux premières phrases (deux fois) : »: the words change that many times there
    elsewhere: bool = False  # « dans l'intitulé du projet de loi »: not in this article, nothing to do here
    # « Après la première phrase » with no alinéa named: alinéa 1, which must be the article's only one
    sole: bool = False
    # « au deuxième alinéa » (an ordinal in words, no article named), not « Alinéa 2 »: on an article that
    # quotes one code article whole after its introduction, counted in this article or in that one
    worded: bool = False
    # « Compléter la phrase : « X » par les mots : … »: the phrase named by its words, resolved to its number in
    # the alinéa named (`spans.phrase_named`) when the edit is made
    phrase_words: str = ""
    # « Au second alinéa du I et au premier alinéa »: the division (innermost mark first) whose alinéas a place
    # named bare after it may as well count; read only when both counts name the same alinéas
    maybe_in: tuple[str, ...] = ()
    # « Au III, … . Il est ajouté un paragraphe ainsi rédigé : « IX. – … » »: put at the article's end only if
    # numbered next after the article's own last paragraph (no quoted one), whose paragraph it is said so
    numbered_next: bool = False
    # « I. – À l'alinéa 5, … II. – Au 2° du I, … »: the alinéas were named by an earlier part, not by the
    # heading or sentence of this one; a division named with its own complement is not sought under them
    earlier: bool = False
    # « Au 2°, … . Il est ajouté un alinéa ainsi rédigé : « 3° … » »: put after the 2° named, its next mark but
    # not its adverb, only when no alinéa of the article opens with that mark (else it may be that one's)
    mark_unseen: bool = False
    # « 1° Au II, … ; 2° Au même II, … »: the place the instruction before named a division with (its path,
    # `within`, `resulting`, `held`), which « le même II » names again
    divided: Place | None = None
    # « au premier alinéa du texte proposé par le 4° pour être inséré après le troisième alinéa de l'article
    # L. 719-1 »: the alinéas are counted in the one quotation of the division `resulting` (in `within`)
    proposed: bool = False
    # the Sénat's heading « Après l'alinéa 4 » then « Compléter cet article par un alinéa … »: the article's end
    # must be the place between the heading names, after its alinéa 4 its last (checked when put, `insertion`)
    heading_after: int | None = None
    # « À la fin de cet article, ajouter les mots », « Compléter cet article par les mots »: words put at the
    # article's edge, completing its last alinéa (opening its first)
    article_edge: bool = False


@dataclass(frozen=True, slots=True)
class Edit:
    kind: Kind
    place: Place
    old: str = ""
    new: tuple[str, ...] = ()
    anchor: str = ""
    times: int = 1  # « supprimer (deux fois) les mots »: every one of exactly that many occurrences
    occurrence: int = 0  # « la seconde occurrence du mot »: that one; 0: the only one
    quoted: bool = True  # `new` was written between quotes, which were dropped
    keep_anchor: bool = True  # « après les mots » keeps them; « à partir des mots » replaces them
    part: str = ""  # the sentence it was read from, for messages
    restores: bool = False  # « Rétablir cet article … »: said of a deleted article, so after its deletion
    # « Rétablir un article 5 … »: filed on the article deleted, which must stand deleted in the text given
    by_number: bool = False
    # « Procéder à la même suppression à l'alinéa 4 »: words deleted elsewhere first, met again here
    repeated: bool = False
    # « Aux alinéas 1 et 4, les mots : A et B sont remplacés respectivement par … »: the readings of the pairs
    # (each pair in each alinéa named; pair k in alinéa k; each pair once in them all), tried in that order
    readings: tuple[tuple[Edit, ...], ...] = ()
    # the last reading must hold; the first, when it holds too, is taken (« Supprimer les mots : X. » given bare:
    # X without the sentence's stop must be found; with it too, every X found has the stop: it is theirs)
    last_holds: bool = False
    # « Avant le 2°, insérer un 1° bis A »: the order keys of the division put and of the one named, lower first
    # (`marks.sorts_between`: « 1.1.1.27-2.0.27 »), and their kind (a key of `divisions.MARKS`: « ° », « – »,
    # « ) »): a mark sorting between them, shown in the enumeration the division is put in, stands between them;
    # then the mark put, « after » or « before », and the mark named
    unseen: tuple[str, str, str, str, str] = ("", "", "", "", "")
    # alinéas given ending « » ; » (the quotation's closing quote and its item's stop, as the text writes them)
    ends_item: bool = False
    # its text one alinéa, the amendment's last, opened by « never closed and holding no other quote
    # (`Operand.open_end`): its closing quote left out, where the text around it is not quoted
    open_end: bool = False
    # alinéas given that read as instructions (« 2° Supprimer le II de l'article L. 781-1 ; ») and are items of a
    # list opening before the text given: law text only if, once put, that list's opener is an enumeration of
    # infinitives (« … visant à : », `grammar.in_enumeration_of_infinitives`), checked on the article made
    listed: tuple[str, ...] = ()
    # « remplacer « A » par « B » et « C » par « D » »: the pairs of words one sentence replaces, this one first,
    # each found in the text as it stood before the sentence (none among words another puts, nor where another
    # changes): checked when this one is made (`apply.Amending._check_joined`), the others following it
    joined: tuple[Edit, ...] = ()
    # « Après le mot : X, insérer une virgule »: a sign named by its noun, put only between X and a space, never
    # next to another sign (`signs.beside_sign`)
    sign: bool = False


@dataclass(frozen=True, slots=True)
class Amendment:
    numero: str
    edits: tuple[Edit, ...]
    parent: str | None = None  # a sub-amendment: the number of the amendment it amends
    source: str = field(default="", repr=False)


class AmendingError(InvalidInput):
    """An instruction refused: not understood, or not applicable to this text as written."""

    def __init__(self, numero: str, part: str, reason: str, code: str = "not_understood") -> None:
        where = f" « {part} »" if part else ""
        name = f"amendment {numero}" if numero else "the instructions"
        super().__init__(f"{name}{where}: {reason}", amendment=numero, part=part)
        self.code = code
        self.numero, self.part, self.reason = numero, part, reason
