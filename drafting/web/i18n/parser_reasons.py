"""The reasons the instructions parser gives for a refusal (drafting.domain.amending), in French for
the French pages; in English they are shown as the parser wrote them, and so is a reason not in the table.

`REASONS` holds one line per reason: the English as the parser writes it, `{name}` standing for what
varies, then the French. What a name stands for is in `_KINDS` (an alinéa number, a count, a place
such as « alinéa 3, 4 » or « phrase 2 of the article »); any other name stands for words copied as they
are (quoted words, a division mark). In the French, `{place:à}` and `{place:de}` put the preposition
before the place (« à l’alinéa 3 », « aux alinéas 3 et 4 », « du dernier alinéa »), `{words:mots}`
writes « le mot « X » » or « les mots « X » », `{words:figure|figurent}` agrees with them, `{n:ième}`
is an ordinal (« deuxième », « dernière ») and `{count:en}` « il en a 2 ». A test reads the parser's
source and fails on a reason the table cannot translate (tests/unit/test_parser_reasons.py).
"""

# ruff: noqa: E501  (the table keeps one reason a line, the English then the French, to read and extend)
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

REASONS: tuple[tuple[str, str], ...] = (
    # grammar.py (with parts.py, repeats.py, pairs.py, clauses.py, marks.py), joins.py, forms.py, locations.py:
    # reading the sentences of the instructions
    ("the words it puts (« {new} ») are only the stop the text has there", "les mots qu’elle introduit (« {new} ») ne sont que le point que le texte porte déjà à cet endroit"),
    ("the words it puts are empty (« »): what it means is not said", "les mots qu’elle introduit sont vides (« ») : ce qu’elle veut dire n’est pas dit"),
    ("the text it gives is empty: what it means is not said", "le texte qu’elle donne est vide : ce qu’elle veut dire n’est pas dit"),
    ("the text it gives has no words (« {given} »): what it means is not said", "le texte qu’elle donne ne compte aucun mot (« {given} ») : ce qu’elle veut dire n’est pas dit"),
    ("the quoted words run over several alinéas", "les mots cités s’étendent sur plusieurs alinéas"),
    ("it says which words to insert but not where", "l’instruction dit quels mots insérer, mais pas où"),
    ("it inserts a phrase without saying after (or before) which one", "l’instruction insère une phrase sans dire après (ou avant) laquelle"),
    ("rewriting the start of a passage is read only up to « (le reste sans changement) »", "la nouvelle rédaction du début d’un passage n’est lue que jusqu’à « (le reste sans changement) »"),
    ("it gives phrases for a passage that is not a phrase", "l’instruction donne des phrases pour un passage qui n’est pas une phrase"),
    ("it announces {announced} alinéa(s) and quotes {n}", "l’instruction annonce {announced:alinéa} mais en cite {n}"),
    ("it states no instruction: it says how a loss of revenue is made up, not what the article becomes", "la phrase ne donne aucune instruction : elle dit comment une perte de recettes est compensée, non ce que devient l’article"),
    ("it says what alinéas to insert but not after which one", "l’instruction dit quels alinéas insérer, mais pas après lequel"),
    ("it deletes part of a passage without saying which words", "l’instruction supprime une partie d’un passage sans dire quels mots"),
    ("a quotation opened in it is never closed", "des guillemets ouverts dans l’instruction ne sont jamais fermés"),
    ("its text's guillemets do not pair: which words it quotes is not said", "les guillemets du texte donné ne vont pas par paires : les mots qu’il cite ne sont pas sûrs"),
    ("a quote closes after the words it quotes that none opens", "des guillemets se ferment après les mots cités sans avoir été ouverts"),
    ("its text is cut in the middle of a sentence: where its alinéas end is a guess", "son texte est coupé au milieu d’une phrase : où finissent ses alinéas n’est pas sûr"),
    ("it amends two amendments", "le sous-amendement porte sur deux amendements différents"),
    ("it repeats a change that no earlier part makes", "l’instruction renvoie à une modification qu’aucune instruction précédente ne fait"),
    ("its words are given bare on its own line, and where they end is not sure", "les mots sont donnés sans guillemets sur la ligne même de l’instruction, et où ils finissent n’est pas sûr"),
    ("this form of instruction is not known", "cette forme d’instruction n’est pas reconnue"),
    ("no instruction found in it", "l’amendement ne contient aucune instruction reconnue"),
    ("it names other words for a change that is not an insertion", "l’instruction désigne d’autres mots pour une modification qui n’est pas une insertion"),
    ("it adds an alinéa after naming a division, its mark not the next after that one's: where it goes is not said", "l’instruction ajoute un alinéa après avoir désigné une division, sans que sa marque soit la suivante de celle-ci : où il s’insère n’est pas dit"),
    ("it adds an alinéa after naming a division, its mark that of one already there: where it goes is not said", "l’instruction ajoute un alinéa après avoir désigné une division, avec la marque d’une division déjà présente : où il s’insère n’est pas dit"),
    ("it adds a paragraph after naming a division or a code article: whose paragraph it is is not said", "l’instruction ajoute un paragraphe après avoir désigné une division ou un article de code : à quoi appartient ce paragraphe n’est pas dit"),
    ("it quotes words that no instruction in it uses", "des mots cités dans l’instruction ne servent à aucune modification"),
    ("it repeats a change without saying in which alinéa", "l’instruction renvoie à une modification sans dire à quel alinéa"),
    ("of the places it joins, one is not alinéas", "l’un des endroits que l’instruction réunit n’est pas un alinéa"),
    ("it joins alinéas each given a complement of its own", "l’instruction réunit des alinéas dont chacun a son propre complément"),
    ("whether the alinéa named bare is the division's named before it or this article's is not said", "l’instruction ne dit pas si l’alinéa désigné sans complément est celui de la division nommée avant lui ou celui du présent article"),
    ("whether the alinéa named bare is the division's named after it or this article's is not said", "l’instruction ne dit pas si l’alinéa désigné sans complément est celui de la division nommée après lui ou celui du présent article"),
    ("it names two divisions in one place", "l’instruction nomme deux divisions en un seul lieu"),
    ("whether the place named with no article is in the code article named with it or this article's own is not said", "l’instruction ne dit pas si le lieu désigné sans article est dans l’article de code nommé avec lui ou celui du présent article"),
    ("whether the division named bare is in the place named with it or this article's own is not said", "l’instruction ne dit pas si la division désignée sans complément est dans le lieu nommé avec elle ou celle du présent article"),
    ("the « {mark} » it names is not a division « {mark}. » of the {shown}, numbered in a row from 1", "le « {mark} » désigné n’est pas une division « {mark}. » du {shown}, numérotée à la suite depuis 1"),
    ("it puts an alinéa with no words", "il insère un alinéa sans aucun mot"),
    ("whether the alinéa after the items of the « {mark}. » of the {shown} is its own is not said", "il ne dit pas si l’alinéa qui suit les éléments du « {mark}. » du {shown} en fait partie"),
    ("the « 1. » of the {shown} opens inside the alinéa of its mark: the division's bounds are not said", "le « 1. » du {shown} commence dans l’alinéa de sa marque : les limites de la division ne sont pas dites"),
    ("it says « {said} » but no phrase was named before", "l’instruction dit « {said} » alors qu’aucune phrase n’a été désignée auparavant"),
    ("« {new} » already follows every « {anchor} »", "« {new} » suit déjà chaque occurrence de « {anchor} »"),
    ("the words it names end with a sign: where the sign named stands is not said", "les mots qu’elle désigne finissent par un signe de ponctuation : où se trouve le signe nommé n’est pas dit"),
    ("it puts « {sign} » after « {anchor} », which stands next to another sign or no word: where it goes is not said", "l’instruction insère « {sign} » après « {anchor} », qui touche un autre signe ou n’est suivi d’aucun mot : où il va n’est pas dit"),
    ("it puts « {sign} » before « {anchor} », which stands next to another sign or no word: where it goes is not said", "l’instruction insère « {sign} » avant « {anchor} », qui touche un autre signe ou n’est précédé d’aucun mot : où il va n’est pas dit"),
    ("it repeats a {noun} that the part before does not make", "l’instruction répète une {noun} que la partie précédente ne fait pas"),
    ("it deletes the first alinéa of an article it quotes and leaves the alinéa after it (alinéa {n})", "l’instruction supprime le premier alinéa d’un article cité et laisse l’alinéa qui le suit (alinéa {n})"),
    ("its text says « (le reste sans changement) » of a passage it rewrites whole", "son texte dit « (le reste sans changement) » d’un passage qu’elle récrit en entier"),
    ("its text holds « (…) », words left out that it does not give", "son texte contient « (…) » : des mots y sont omis, que l’instruction ne donne pas"),
    ("its text holds an instruction of its own (« insérer … »): what it puts is not said", "son texte contient lui-même une instruction (« insérer … ») : ce qu’il insère n’est pas dit"),
    ("its text is an instruction of its own (« supprimer les mots : … »), not words of the law: what it puts is not said", "son texte est lui-même une instruction (« supprimer les mots : … »), non des mots de la loi : ce qu’il insère n’est pas dit"),
    ("its text ends with « … », cut short: the rest is not given", "son texte finit par « … » : il est tronqué, la suite n’est pas donnée"),
    ("it rewrites as one text alinéas that are apart", "l’instruction récrit en un seul texte des alinéas qui ne se suivent pas"),
    ("it says « {said} » but no alinéa was named before", "l’instruction dit « {said} » alors qu’aucun alinéa n’a été désigné auparavant"),
    ("it says {count} alinéas and names {n} alinéa(s)", "l’instruction dit {count} alinéas et en désigne {n}"),
    ("it says « {said} » but no text proposed was named before", "l’instruction dit « {said} » alors qu’aucun texte proposé n’a été désigné auparavant"),
    ("it says « le même {mark} » but no {mark} was named before", "l’instruction dit « le même {mark} » alors qu’aucun {mark} n’a été désigné auparavant"),
    ("it says « le même {mark} » and two places named before name one", "l’instruction dit « le même {mark} » alors que deux endroits désignés auparavant en nomment un : lequel n’est pas dit"),
    ("it announces a {mark} and the text it gives opens with « {given} »: which one is put is not said", "l’instruction annonce un {mark} mais le texte qu’elle donne commence par « {given} » : lequel est inséré n’est pas dit"),
    ("it restores the {mark} and the text it gives opens with « {given} »: which one is restored is not said", "l’instruction rétablit le {mark} mais le texte qu’elle donne commence par « {given} » : lequel est rétabli n’est pas dit"),
    ("it restores the {mark} and the text it gives opens with no mark: which text is whose is not said", "l’instruction rétablit les {mark} mais le texte qu’elle donne ne commence par aucun numéro : quel texte est celui de chacun n’est pas dit"),
    ("it puts the {mark} and the text it gives opens with no mark: which text is whose is not said", "l’instruction insère les {mark} mais le texte qu’elle donne ne commence par aucun numéro : quel texte est celui de chacun n’est pas dit"),
    ("it puts the {mark}, not named in the order of their marks: where each goes is not said", "l’instruction insère les {mark}, qu’elle ne nomme pas dans l’ordre de leurs numéros : où va chacun n’est pas dit"),
    ("it puts a {mark} {side} the {named}, where its mark does not go: which is meant is not said", "l’instruction insère un {mark} {side} le {named}, où son numéro ne va pas : lequel est voulu n’est pas dit"),
    ("it says « {said} » but no code article was named before", "l’instruction dit « {said} » alors qu’aucun article de code n’a été désigné auparavant"),
    ("it says « {said} » but no run of phrases was named before", "l’instruction dit « {said} » alors qu’aucune suite de phrases n’a été désignée auparavant"),
    ("it joins another place to the code article (« {joined} »), which is not read", "l’instruction joint un autre endroit à l’article de code (« {joined} »), ce qui n’est pas lu"),
    ("its heading names one alinéa and its instruction another: which place is meant is not said", "l’en-tête désigne un alinéa et l’instruction qui le suit un autre : l’endroit visé n’est pas dit"),
    ("it puts alinéas right after the quotation of phrases an alinéa announces; whose they are is not said", "l’instruction insère des alinéas juste après la citation des phrases qu’annonce un alinéa : à qui ils appartiennent n’est pas dit"),
    ("it changes how many phrases quote a phrase named by its rank (« La première phrase … est ainsi rédigée : »), which cannot be counted again", "l’instruction change le nombre de phrases citées pour une phrase désignée par son rang (« La première phrase … est ainsi rédigée : »), qui ne peut être recomptée"),
    ("it puts alinéas between an alinéa announcing phrases (« … phrases ainsi rédigées : ») and their quotation", "l’instruction insère des alinéas entre un alinéa qui annonce des phrases (« … phrases ainsi rédigées : ») et leur citation"),
    ("it replaces « {old} » and « {other} » in one sentence, and one pair's words overlap the other's or are put by it", "l’instruction remplace « {old} » et « {other} » dans une même phrase, et les mots de l’une des paires empiètent sur ceux de l’autre ou sont introduits par elle"),
    ("it says « l'article » with no number where another article is named: which one is not said", "l’instruction dit « l’article » sans numéro alors qu’un autre article est désigné : lequel est visé n’est pas dit"),
    ("the words « {gap} » do not name a place in this article", "{gap:mots} ne {gap:désigne|désignent} aucun endroit de cet article"),
    ("a range of alinéas counted from the end is not read", "une suite d’alinéas comptés à partir de la fin n’est pas reconnue"),
    ("two phrases named at once are not read", "deux phrases désignées à la fois ne sont pas reconnues"),
    ("there is no alinéa 0: the first is alinéa 1", "il n’y a pas d’alinéa 0 : le premier est l’alinéa 1"),
    ("there is no phrase 0: the first is phrase 1", "il n’y a pas de phrase 0 : la première est la phrase 1"),
    ("there is no occurrence 0: the first is occurrence 1", "il n’y a pas d’occurrence 0 : la première est l’occurrence 1"),
    ("a run of phrases is read from the first or the last one", "une suite de phrases n’est reconnue qu’à partir de la première ou de la dernière"),
    ("a run of phrases is read from a phrase to a later one or the last", "une suite de phrases va d’une phrase à une phrase suivante ou à la dernière"),
    ("it names a phrase but not one alinéa it is in", "l’instruction désigne une phrase sans désigner l’alinéa, unique, qui la contient"),
    ("« {said} » must name one alinéa", "« {said} » doit désigner un seul alinéa"),
    ("it names a part of a paragraph", "l’instruction désigne une partie d’un paragraphe"),
    ("it says every occurrence of the words and names one of them", "l’instruction vise toutes les occurrences des mots et en désigne une seule"),
    ("« dans l'ensemble » is read for words of the whole article", "« dans l’ensemble » ne s’applique qu’à des mots, dans tout l’article"),
    ("it says « chaque occurrence » and a number of times", "l’instruction dit « chaque occurrence » et un nombre de fois"),
    ("« (deux fois) » is read for words changed where they occur", "« (deux fois) » ne s’applique qu’à des mots modifiés là où ils figurent"),
    ("it says how many times twice", "l’instruction dit deux fois combien de fois"),
    # apply.py and the modules it sends each kind of edit to (words.py, phrases.py, alineas.py, insertion.py,
    # with places.py, results.py, sitting.py, seams.py …): applying them to the article
    ("it rewrites an alinéa of the bill's own as a code article, in no quotation", "l’instruction récrit un alinéa propre au projet en article de code, hors de toute citation"),
    ("it gives several alinéas for the end of an alinéa", "l’instruction donne plusieurs alinéas pour la fin d’un alinéa"),
    ("it deletes the end of the alinéa from inside quoted words that close before it", "l’instruction supprime la fin de l’alinéa à partir de mots cités dont les guillemets se ferment avant cette fin"),
    ("it gives several alinéas for the start of an alinéa", "l’instruction donne plusieurs alinéas pour le début d’un alinéa"),
    ("it replaces respectively {n} words by {count}", "l’instruction remplace respectivement {n} mots ou nombres par {count}"),
    ("it replaces respectively one text by {count} but does not name as many alinéas", "l’instruction remplace respectivement un texte par {count} autres sans désigner autant d’alinéas"),
    ("the article was deleted by an earlier amendment", "l’article a été supprimé par un amendement précédent"),
    ("deleting items numbered « i) », « ii) » … is not read", "la suppression d’éléments numérotés « i) », « ii) »… n’est pas reconnue"),
    ("it names a phrase but not the alinéa it is in, and the article has {count} alinéas", "l’instruction désigne une phrase sans désigner l’alinéa qui la contient, alors que l’article en compte {count}"),
    ("it names no alinéa, and the article has {count} alinéas: which one is not said", "l’instruction ne désigne pas d’alinéa, alors que l’article en compte {count} : lequel n’est pas dit"),
    ("the article's edge is a quotation's: whether the words go inside it or after it is not said", "le bord de l’article est celui d’une citation : si les mots vont dans la citation ou après elle n’est pas dit"),
    ("the article's edge is a division's (« II. – », « 4° »): whether the words complete it is not said", "le bord de l’article est celui d’une division (« II. – », « 4° ») : si les mots la complètent n’est pas dit"),
    ("it names no alinéa, and the division named before has {count} alinéas: which one is not said", "l’instruction ne désigne pas d’alinéa, alors que la division nommée avant elle en compte {count} : lequel n’est pas dit"),
    ("it names a phrase of {part}, which has {count} alinéas, but not the alinéa it is in", "l’instruction désigne une phrase {part:de}, qui compte {count} alinéas, sans désigner l’alinéa qui la contient"),
    ("« {mark} » is both a division standing and a number kept in « {run} »: which is restored is not said", "« {mark} » désigne à la fois une division en vigueur et un numéro conservé dans « {run} » : laquelle est rétablie n’est pas dit"),
    ("the divisions « {mark} » it names are not a run of divisions in order", "les divisions « {mark} » désignées ne se suivent pas dans l’ordre"),
    ("whether the comma before the words deleted, closing others too, stays is not said", "la virgule qui précède les mots supprimés peut fermer les mots mis en apposition avant eux : l’amendement ne dit pas si elle reste"),
    ("whether the words deleted are a list's last item, the comma after them staying, is not said", "l’amendement ne dit pas si les mots supprimés sont le dernier élément d’une énumération, la virgule qui les suit restant alors"),
    ("whether the words deleted are a list's last item, the comma before them staying, is not said", "l’amendement ne dit pas si les mots supprimés sont le dernier élément d’une énumération, la virgule qui les précède restant alors"),
    ("it leaves two words' commas in doubt: whether one stays (a list) is not said", "l’instruction laisse en doute les deux virgules qui encadraient les mots : l’amendement ne dit pas si l’une reste (une énumération)"),
    ("the alinéa ends with quoted words; where the phrase goes is not said", "l’alinéa se termine par des mots entre guillemets ; l’amendement ne dit pas où va la phrase"),
    ("the text proposed for article {article} is not in the alinéa named before it (alinéa {n})", "le texte proposé pour l’article {article} ne se trouve pas dans l’alinéa désigné avant lui (alinéa {n})"),
    ("the text proposed for article {article} does not hold alinéa {n} (it runs from alinéa {at} to {end})", "le texte proposé pour l’article {article} ne comprend pas l’alinéa {n} (il va de l’alinéa {at} à l’alinéa {end})"),
    ("the place named in article {article} opens at alinéa {at}, not where « tel qu'il résulte » says (alinéa {n})", "le lieu désigné dans l’article {article} commence à l’alinéa {at}, et non là où le dit « tel qu’il résulte » (alinéa {n})"),
    ("the place named in article {article} opens at alinéa {at}, not where « tel qu'il résulte » says (alinéas {n} to {end})", "le lieu désigné dans l’article {article} commence à l’alinéa {at}, et non là où le dit « tel qu’il résulte » (alinéas {n} à {end})"),
    ("the text proposed for article {article} does not open at alinéa {n} (it opens at alinéa {at})", "le texte proposé pour l’article {article} ne commence pas à l’alinéa {n} (il commence à l’alinéa {at})"),
    ("the text proposed for article {article} does not end at alinéa {n} (it ends at alinéa {at})", "le texte proposé pour l’article {article} ne finit pas à l’alinéa {n} (il finit à l’alinéa {at})"),
    ("the alinéas {n} and {m} it says the code article results from are not a run", "les alinéas {n} et {m} dont l’amendement dit que l’article de code résulte ne se suivent pas"),
    ("the {path} of article {article} runs from alinéa {at} to {end}, not from alinéa {n} to {m} as « tel qu'il résulte » says", "{path} de l’article {article} va de l’alinéa {at} à l’alinéa {end}, et non de l’alinéa {n} à l’alinéa {m} comme le dit « tel qu’il résulte »"),
    ("the text proposed for article {article} has no alinéa {n} (it has {count})", "le texte proposé pour l’article {article} n’a pas d’alinéa {n} (il en a {count})"),
    ("the {path} is not in the alinéa named before it (alinéa {n})", "{path} ne se trouve pas dans l’alinéa désigné avant lui (alinéa {n})"),
    ("the {path} has no alinéa {n} (it has {count})", "{path} n’a pas d’alinéa {n} (il en a {count})"),
    ("the {path} has no alinéa {n} from its end (it has {count})", "{path} n’a pas de {n}e alinéa en partant de la fin (il en a {count})"),
    ("the {path} of article {article} has no alinéa {n} from its end (it has {count})", "{path} de l’article {article} n’a pas de {n}e alinéa en partant de la fin (il en a {count})"),
    ("the text proposed for article {article} has no alinéa {n} from its end (it has {count})", "le texte proposé pour l’article {article} n’a pas de {n}e alinéa en partant de la fin (il en a {count})"),
    ("the article has no alinéa {n} from its end (it has {count} alinéa{s})", "l’article n’a pas de {n}e alinéa en partant de la fin ({count:en})"),
    ("the amendment has no alinéa {n} from its end (it has {count} alinéa{s})", "l’amendement n’a pas de {n}e alinéa en partant de la fin ({count:en})"),
    ("the text proposed for article {article} is not in the {path} of this article (alinéas {n} to {at})", "le texte proposé pour l’article {article} ne se trouve pas dans {path} de cet article (alinéas {n} à {at})"),
    ("the {path} of this article does not amend article {article}", "{path} de cet article ne modifie pas l’article {article}"),
    ("the {path} of this article holds no quotation: where the {mark} is is not said", "{path} de cet article ne cite aucun texte : où se trouve le {mark} n’est pas dit"),
    ("the {path} of this article holds several quotations: which text of article {article} is not said", "{path} de cet article cite plusieurs textes : lequel, de l’article {article}, n’est pas dit"),
    ("the {path} of this article holds no quotation: which text of article {article} is not said", "{path} de cet article ne cite aucun texte : lequel, de l’article {article}, n’est pas dit"),
    ("it names article {article}, which this article does not quote whole, and no alinéa of it", "l’instruction désigne l’article {article}, que cet article ne cite pas en entier, sans en désigner d’alinéa"),
    ("it rewrites or deletes whole the text a division of this article puts and announces", "l’instruction réécrit ou supprime en entier le texte qu’une division de cet article insère et annonce"),
    ("the {path} of this article holds several quotations: where the {mark} is is not said", "{path} de cet article cite plusieurs textes : où se trouve le {mark} n’est pas dit"),
    ("the quotation in the {path} of this article does not open with « {mark} »", "le texte cité dans {path} de cet article ne commence pas par « {mark} »"),
    ("this article holds no quotation of article {article}: where the {mark} is is not said", "cet article ne cite aucun texte de l’article {article} : où se trouve le {mark} n’est pas dit"),
    ("this article holds several quotations of article {article}: where the {mark} is is not said", "cet article cite plusieurs textes de l’article {article} : où se trouve le {mark} n’est pas dit"),
    ("the quotation of article {article} in this article does not open with « {mark} »", "le texte de l’article {article} cité dans cet article ne commence pas par « {mark} »"),
    ("the {path} of article {article} is not in the alinéa named before it (alinéa {n})", "{path} de l’article {article} ne se trouve pas dans l’alinéa désigné avant lui (alinéa {n})"),
    ("the {path} of article {article} has no alinéa {n} (it has {count})", "{path} de l’article {article} n’a pas d’alinéa {n} (il en a {count})"),
    ("the {path} of this article puts one text in article {article} and in others named with it: a change to article {at} alone is not written there", "{path} de cet article rédige un même texte dans l’article {article} et dans d’autres nommés avec lui : une modification de l’article {at} seul n’y est pas écrite"),
    ("this article puts one text in article {article} and in others named with it: a change to article {at} alone is not written there", "cet article rédige un même texte dans l’article {article} et dans d’autres nommés avec lui : une modification de l’article {at} seul n’y est pas écrite"),
    ("the {path} of this article puts the last alinéas of article {article}, whose count of alinéas this article does not give: whether the one named is among them is not said", "{path} de cet article rédige les derniers alinéas de l’article {article}, dont cet article ne donne pas le nombre d’alinéas : si l’alinéa désigné en fait partie n’est pas dit"),
    ("the {path} of this article does not put the alinéa named of article {article}, which this article does not quote whole", "{path} de cet article ne rédige pas l’alinéa désigné de l’article {article}, que cet article ne cite pas en entier"),
    ("the article quotes no text proposed for article {article}", "l’article ne cite aucun texte proposé pour l’article {article}"),
    ("the article quotes several text proposed for article {article}", "l’article cite plusieurs textes proposés pour l’article {article}"),
    ("no alinéa of the article opens with the mark « {mark} »", "aucun alinéa de l’article ne commence par « {mark} »"),
    ("several alinéa of the article opens with the mark « {mark} »", "plusieurs alinéas de l’article commencent par « {mark} »"),
    ("the article's own text has no « {mark} », and the texts it quotes have {count}: which one is meant is not said", "l’article n’a pas de « {mark} » dans son propre texte, et les textes qu’il cite en ont {count} : lequel est visé n’est pas dit"),
    ("its words are in amendment {numero}'s rewrite of the article, not in the article; whether it amends that text or fell is not said", "ses mots figurent dans la nouvelle rédaction de l’article donnée par l’amendement {numero}, non dans l’article ; s’il modifie ce texte ou est tombé n’est pas dit"),
    ("amendment {numero} rewrites the alinéa it changes, in words that hold those it names; which was voted first is not said", "l’amendement {numero} réécrit l’alinéa que celui-ci modifie, en des termes qui contiennent les mots qu’il désigne ; lequel a été voté le premier n’est pas dit"),
    ("amendment {numero} rewrites the alinéa it changes, and it names no words there; which was voted first is not said", "l’amendement {numero} réécrit l’alinéa que celui-ci modifie sans y désigner de mots ; lequel a été voté le premier n’est pas dit"),
    ("amendment {numero} changes alinéa {n}, which it rewrites whole in words that hold those it names; which was voted first is not said", "l’amendement {numero} modifie l’alinéa {n}, que celui-ci réécrit en entier en des termes qui contiennent les mots qu’il désigne ; lequel a été voté le premier n’est pas dit"),
    ("amendment {numero} changes alinéa {n}, naming no words there, and it rewrites that alinéa whole; which was voted first is not said", "l’amendement {numero} modifie l’alinéa {n} sans y désigner de mots, et celui-ci réécrit cet alinéa en entier ; lequel a été voté le premier n’est pas dit"),
    ("amendment {numero} rewrites the alinéa it rewrites too; which was voted first is not said", "l’amendement {numero} réécrit lui aussi l’alinéa que celui-ci réécrit ; lequel a été voté le premier n’est pas dit"),
    ("amendment {numero} rewrites or deletes only some of the alinéas it rewrites or deletes; which was voted first is not said", "l’amendement {numero} ne réécrit ou ne supprime qu’une partie des alinéas que celui-ci réécrit ou supprime ; lequel a été voté le premier n’est pas dit"),
    ("amendment {numero} and it each change what the other deletes or rewrites", "l’amendement {numero} et celui-ci modifient chacun ce que l’autre supprime ou réécrit"),
    ("it adds a paragraph to an article whose paragraphs are numbered, without its number", "l’instruction ajoute un paragraphe à un article dont les paragraphes sont numérotés, sans en donner le numéro"),
    ("it puts « …) » next to a roman item; whether it is a letter or a roman numeral is not said", "l’instruction insère « …) » à côté d’un item numéroté en chiffres romains ; elle ne dit pas s’il prend une lettre ou un chiffre romain"),
    ("whether its alinéa counts those of this article or those of article {article} it quotes is not said", "l’instruction ne dit pas si son alinéa se compte dans cet article ou dans l’article {article} qu’il cite"),
    ("whether its alinéa counts those of this article or those of article {article} it quotes is not said, and both hold its words", "l’instruction ne dit pas si son alinéa se compte dans cet article ou dans l’article {article} qu’il cite, et les deux alinéas contiennent ses mots"),
    ("whether alinéa {n} belongs to the division « {mark} » is not said", "l’instruction ne dit pas si l’alinéa {n} fait partie de la division « {mark} »"),
    ("whether alinéa {n}, a comparative text's « (Alinéa sans modification) », belongs to the division « {mark} » is not said", "l’instruction ne dit pas si l’alinéa {n}, un « (Alinéa sans modification) » du texte comparatif, fait partie de la division « {mark} »"),
    ("the I it names is the only paragraph given of the code article, and whether the comparative text's « (Alinéa sans modification) » lines after it are the I's is not said", "le I visé est le seul paragraphe donné de l’article de code, et l’instruction ne dit pas si les lignes « (Alinéa sans modification) » du texte comparatif qui le suivent appartiennent à ce I"),
    ("the article has no {alinea} (it has {count} alinéa{s})", "l’article n’a pas {alinea:de} ({count:en})"),
    ("the amendment has no {alinea} (it has {count} alinéa{s})", "l’amendement n’a pas {alinea:de} ({count:en})"),
    ("it names as a paragraph alinéas that are not a whole « I. – » division", "l’instruction désigne comme un paragraphe des alinéas qui ne forment pas une division « I. – » entière"),
    ("it says alinéa {n} is the {item} but that alinéa opens otherwise", "l’instruction présente l’alinéa {n} comme le {item}, mais cet alinéa commence autrement"),
    ("it names phrase {n} of an alinéa that has {count}", "l’instruction vise la {n:ième} phrase d’un alinéa qui en compte {count}"),
    ("phrase {n} and the last are not two phrases in a row (the alinéa has {count})", "la {n:ième} phrase et la dernière ne se suivent pas (l’alinéa en compte {count})"),
    ("the quoted words are empty", "les guillemets ne contiennent aucun mot"),
    ("no phrase of {place} reads « {words} »", "aucune phrase {place:de} ne se lit « {words} »"),
    ("{n} phrases of {place} read « {words} »", "{n} phrases {place:de} se lisent « {words} »"),
    ("no phrase of {part} reads « {words} »", "aucune phrase {part:de} ne se lit « {words} »"),
    ("{n} phrases of {part} read « {words} »", "{n} phrases {part:de} se lisent « {words} »"),
    ("it names a phrase by its words but not the one alinéa it is in", "l’instruction désigne une phrase par ses mots sans désigner le seul alinéa qui la contient"),
    ("« {words} » is not found in {place}", "{words:mots} ne {words:figure|figurent} pas {place:à}"),
    ("« {words} » is not found at the end of {place}", "{words:mots} ne {words:figure|figurent} pas à la fin {place:de}"),
    ("« {words} » is not found at the start of {place}", "{words:mots} ne {words:figure|figurent} pas au début {place:de}"),
    ("« {words} » is not found in {place} (expected {times})", "{words:mots} ne {words:figure|figurent} pas {place:à} (l’instruction dit {times} fois)"),
    ("« {words} » occurs {n} times in the « {mark} » it names: which one is not said", "{words:mots} {words:figure|figurent} {n} fois dans le « {mark} » qu’elle désigne : laquelle de ces occurrences est visée n’est pas dit"),
    ("« {words} » occurs {n} times in {place}", "{words:mots} {words:figure|figurent} {n} fois {place:à}"),
    ("« {words} » occurs {n} times in {place} (expected {times})", "{words:mots} {words:figure|figurent} {n} fois {place:à} (l’instruction dit {times} fois)"),
    ("« {words} » occurs {n} times in {place}; at most {max} are changed", "{words:mots} {words:figure|figurent} {n} fois {place:à} ; {max} au plus sont changés"),
    ("it has {n} sentences of instructions; at most {max} are read", "il compte {n} phrases d’instructions ; {max} au plus sont lues"),
    ("a second amendment follows the justification: paste each amendment on its own", "un second amendement suit l’exposé des motifs : collez chaque amendement à part"),
    ("it makes a new article, after or before the one named: its text is no instruction on this article", "l’amendement crée un nouvel article, après ou avant celui qu’il nomme : son texte n’est pas une instruction sur cet article"),
    ("a sentence of {n} characters is not an instruction (at most {max})", "une phrase de {n} caractères n’est pas une instruction ({max} au plus)"),
    ("it makes {n} changes; at most {max} are read", "l’amendement fait {n} modifications ; {max} au plus sont lues"),
    ("it repeats a change in {n} alinéas; at most {max} changes are read", "l’instruction répète une modification dans {n} alinéas ; {max} modifications au plus sont lues"),
    ("« {words} » does not occur {n} times in {place}", "il n’y a pas de {n:ième} occurrence {words:de} {place:à}"),
    ("the occurrence {n} of « {words} » is not the same counted with capitals or without", "la {n:ième} occurrence {words:de} n’est pas la même selon qu’on tient compte des majuscules ou non"),
    ("it leaves « {word} {word} » in the text", "l’instruction laisse « {word} {word} » dans le texte"),
    ("it leaves an empty quotation in the text", "l’instruction laisse dans le texte des guillemets qui n’encadrent plus rien"),
    ("whether its phrase is alinéa {n}'s too is not said, and the two readings differ", "l’instruction ne dit pas si la phrase désignée est aussi celle de l’alinéa {n}, et les deux lectures diffèrent"),
    ("which alinéa each pair of words is in is not said, and the readings give different texts", "l’instruction ne dit pas dans quel alinéa se trouve chaque couple de mots, et les lectures possibles donnent des textes différents"),
    ("it puts a phrase after one ending « : », which introduces what follows; where it goes is not said", "l’instruction insère une phrase après une phrase se terminant par « : », qui introduit ce qui suit ; elle ne dit pas où cette phrase prend place"),
    ("the alinéa ends with a quotation; whether the phrase goes inside it is not said", "l’alinéa se termine par une citation ; l’instruction ne dit pas si la phrase y prend place"),
    ("the new start may as well end at the earlier « {word} »; where the rest begins is not said", "la nouvelle rédaction du début pourrait aussi bien s’arrêter au « {word} » précédent ; l’instruction ne dit pas où commence la suite"),
    ("it leaves « , {word} » in the text: whether the comma goes too is not said", "l’instruction laisse « , {word} » dans le texte : elle ne dit pas si la virgule est supprimée aussi"),
    ("it puts words ending with a comma before a list's comma: whether they are an item after it is not said", "l’instruction insère des mots finissant par une virgule devant la virgule d’une énumération : elle ne dit pas s’ils en sont un terme placé après elle"),
    ("it puts words ending with a comma before another comma: whether they are an item after it is not said", "l’instruction insère un mot finissant par une virgule devant une autre virgule : elle ne dit pas s’il est un terme placé après elle"),
    ("it puts words ending with a comma before « {joining} »: whether they are an item and where its comma goes is not said", "l’instruction insère des mots finissant par une virgule devant « {joining} » : elle ne dit pas s’ils sont un terme d’une énumération ni où va sa virgule"),
    ("it deletes an alinéa whose quotation a comparative text's line stands for, and leaves that line", "l’instruction supprime un alinéa dont la citation est représentée par une ligne de texte comparatif, et laisse cette ligne"),
    ("it deletes the last items of a list with their « {joining} »: what joins the items left is not said", "l’instruction supprime les derniers termes d’une énumération avec leur « {joining} » : elle ne dit pas ce qui relie les termes restants"),
    ("it deletes a term of « {pair} » and leaves « {word} » alone: what becomes of it is not said", "l’instruction supprime l’un des termes de « {pair} » et laisse « {word} » seul : elle ne dit pas ce qu’il devient"),
    ("it deletes the comma that closed an incise (« notamment … »): whether one stays to close it is not said", "l’instruction supprime la virgule qui fermait une incise (« notamment … ») : elle ne dit pas si une virgule reste pour la fermer"),
    ("it deletes the comma that closed an incise around its words: whether one stays is not said", "l’instruction supprime la virgule qui fermait une incise autour de ses mots : elle ne dit pas si une virgule reste"),
    ("it deletes the words of a list's last item and leaves their complement: what is meant is not said", "l’instruction supprime les mots du dernier terme d’une énumération et laisse leur complément : elle ne dit pas ce qui est voulu"),
    ("it deletes the last items of a list: whether the words before their comma are an item is not said", "l’instruction supprime les derniers termes d’une énumération : elle ne dit pas si les mots avant leur virgule en sont un terme"),
    ("its words end with « {end} », which needs a word after it", "les mots de l’instruction se terminent par « {end} », qui doit être suivi d’un mot"),
    ("its words end with a full stop where the text goes on (« {after} »)", "les mots de l’instruction se terminent par un point alors que le texte continue (« {after} »)"),
    ("« {words} » is not found {side} « {anchor} »", "{words:mots} ne {words:figure|figurent} pas {side} {anchor:mots}"),
    ("« {words} » is found {n} times {side} « {anchor} »", "{words:mots} {words:figure|figurent} {n} fois {side} {anchor:mots}"),
    ("it does not say in which alinéa", "l’instruction ne dit pas dans quel alinéa"),
    ("the alinéa it names was deleted or rewritten as several", "l’alinéa visé a été supprimé, ou réécrit en plusieurs alinéas"),
    ("the new start opens as a later phrase does (« {words} »), not as the text does; which words it replaces is not said", "le nouveau début commence comme une phrase suivante (« {words} »), non comme le texte : les mots qu’il remplace ne sont pas dits"),
    ("the new start does not end with words the text has, so where the rest begins is not said", "le nouveau début ne se termine pas par des mots du texte : l’endroit où reprend la suite n’est pas dit"),
    ("the last words of the new start, « {words} », occur twice", "les derniers mots du nouveau début, « {words} », figurent deux fois dans le texte"),
    ("it deletes the alinéa that introduces the quotation after it, and leaves the quotation", "l’instruction supprime l’alinéa qui introduit la citation suivante, mais laisse la citation"),
    ("it takes alinéa {n}, which introduces a quotation, and only part of that quotation", "l’instruction prend l’alinéa {n}, qui introduit une citation, et une partie seulement de cette citation"),
    ("alinéa {n} reads « {words} » here: its words are not in this text", "l’alinéa {n} se lit ici « {words} » : ses mots ne figurent pas dans ce texte"),
    ("it deletes the quotation that alinéa {n} introduces, and leaves that alinéa", "l’instruction supprime la citation qu’introduit l’alinéa {n}, et laisse cet alinéa"),
    ("it deletes every item that alinéa {n} introduces, and leaves that alinéa", "l’instruction supprime tous les éléments qu’introduit l’alinéa {n}, et laisse cet alinéa"),
    ("it deletes every item that the alinéa before them introduces, and leaves that alinéa", "l’instruction supprime tous les éléments qu’introduit l’alinéa qui les précède, et laisse cet alinéa"),
    ("it deletes items whose introduction in alinéa {n} is gone at this sitting, and leaves others of them", "l’instruction supprime des éléments dont l’introduction, à l’alinéa {n}, disparaît à cette séance, et en laisse d’autres"),
    ("« {words} » cannot be written: the word before « {word} » is elided", "« {words} » ne peut s’écrire : le mot qui précède « {word} » est élidé"),
    ("whether the word before « {word} » is elided is not sure", "l’élision du mot qui précède « {word} » n’est pas sûre"),
    ("whether « {words} » is elided before « {word} » is not sure, or how", "l’élision de « {words} » devant « {word} » n’est pas sûre, ou sa forme"),
    ("the article quotes article {article} of another code than the one named", "l’article cite l’article {article} d’un autre code que celui désigné"),
    ("it deletes alinéa {n}, which introduces the items after it, and leaves them", "l’instruction supprime l’alinéa {n}, qui introduit les éléments qui le suivent, et laisse ceux-ci"),
    ("it deletes the first alinéa of a division and leaves the alinéa after it (alinéa {n})", "l’instruction supprime le premier alinéa d’une division et laisse l’alinéa qui le suit (alinéa {n})"),
    ("it deletes the first alinéa of a code article and leaves the alinéa after it", "l’instruction supprime le premier alinéa d’un article de code et laisse l’alinéa qui le suit"),
    ("it deletes the heading of a code article (alinéa {n}) and leaves the alinéa after it", "l’instruction supprime l’en-tête d’un article de code (alinéa {n}) et laisse l’alinéa qui le suit"),
    ("it takes alinéa {n}, which introduces the items after it, and leaves some of them", "l’instruction prend l’alinéa {n}, qui introduit les éléments qui le suivent, et en laisse certains"),
    ("it puts an alinéa with no mark between two items, and which one it belongs to is not said", "l’instruction insère un alinéa sans numéro entre deux éléments, sans dire auquel il appartient"),
    ("it puts alinéas at the same place as other amendments, their marks in no order a vote gives", "l’instruction insère des alinéas au même endroit que d’autres amendements, leurs numéros dans un ordre qu’aucun vote ne donne"),
    ("amendment {numero} puts other words at the same place; in which order is not said", "l’amendement {numero} insère d’autres mots au même endroit ; dans quel ordre n’est pas dit"),
    ("the new start ends with words found only past the first phrase", "le nouveau début se termine par des mots qui ne figurent qu’au-delà de la première phrase"),
    ("amendment {numero} changes these words throughout the article; which was voted first is not said", "l’amendement {numero} modifie ces mots dans l’ensemble de l’article ; lequel a été voté le premier n’est pas dit"),
    ("« {words} » stood in the alinéa, and amendment {numero} changed those words; which was voted first is not said", "{words:mots} {words:figurait|figuraient} dans l’alinéa, et l’amendement {numero} {words:l’a modifié|les a modifiés} ; lequel a été voté le premier n’est pas dit"),
    ("« {words} » runs across words amendment {numero} changed; which was voted first is not said", "{words:mots} {words:chevauche|chevauchent} des mots que l’amendement {numero} a modifiés ; lequel a été voté le premier n’est pas dit"),
    ("« {words} » holds the words amendment {numero} is anchored on; which was voted first is not said", "{words:mots} {words:contient|contiennent} les mots auxquels se rattache l’amendement {numero} ; lequel a été voté le premier n’est pas dit"),
    ("« {words} » occurs {n} times in {place} as it stood, before amendment {numero} changed it", "{words:mots} {words:figurait|figuraient} {n} fois {place:à} dans le texte d’avant la séance, que l’amendement {numero} a modifié depuis"),
    ("« {words} » is found {n} times {side} « {anchor} » as the alinéa stood, before amendment {numero} changed it", "{words:mots} {words:figurait|figuraient} {n} fois {side} {anchor:mots} dans le texte d’avant la séance, que l’amendement {numero} a modifié depuis"),
    ("« {words} » next to its anchor as the alinéa stood is among the words amendment {numero} changed; which was voted first is not said", "{words:mots} {words:figurait|figuraient} à côté de son repère dans le texte d’avant la séance, parmi les mots que l’amendement {numero} a modifiés ; lequel a été voté le premier n’est pas dit"),
    ("it counts the occurrences across words amendment {numero} changed; which was voted first is not said", "l’instruction compte les occurrences par-delà des mots que l’amendement {numero} a modifiés ; lequel a été voté le premier n’est pas dit"),
    ("it deletes a division's heading and what it holds, whose number would stand under the heading before", "l’instruction supprime l’intitulé d’une division et ce qu’elle contient, dont le numéro conservé se retrouverait sous l’intitulé précédent"),
    ("the phrase it names runs across the edge of a quotation", "la phrase désignée déborde d’une citation"),
    ("the words it names run across the edge of a quotation", "les mots désignés débordent d’une citation"),
    ("the alinéa ends with words it quotes; whether the words go inside the quotation is not said", "l’alinéa se termine par des mots qu’il cite ; l’instruction ne dit pas si les mots vont à l’intérieur de la citation"),
    ("the alinéa opens with the mark « {said} »: whether « {mark} » goes before or after it is not said", "l’alinéa commence par la marque « {said} » : l’instruction ne dit pas si « {mark} » va avant ou après elle"),
    ("it puts alinéas at the start of a code article, before its heading: whether the heading moves to them is not said", "l’instruction insère des alinéas au début d’un article de code, avant son intitulé : elle ne dit pas si l’intitulé passe sur eux"),
    ("the alinéa ends with a quoted sentence; whether the words go inside it is not said", "l’alinéa se termine par une phrase citée ; l’instruction ne dit pas si les mots vont à l’intérieur de la citation"),
    ("the alinéa it deletes closed a quotation, and how the one before closes it is not said", "l’alinéa supprimé fermait une citation, et la façon dont l’alinéa précédent la ferme n’est pas dite"),
    ("it adds a division after a quotation, and whether it belongs to the quotation is not said", "l’instruction ajoute une division après une citation sans dire si elle en fait partie"),
    ("it adds a paragraph after the bill's own, numbered next after a quoted one: whose it is is not said", "l’instruction ajoute un paragraphe après un paragraphe propre au texte, numéroté à la suite d’un paragraphe cité : à qui il appartient n’est pas dit"),
    ("the words it puts close a quote they never open, which the words replaced do not", "les mots insérés ferment des guillemets qu’ils n’ouvrent pas, ce que ne font pas les mots remplacés"),
    ("it gives several alinéas for a phrase", "l’instruction donne plusieurs alinéas pour une phrase"),
    ("its text opens a quotation that it never closes", "le texte de l’instruction ouvre des guillemets qu’il ne ferme jamais"),
    ("the alinéa before closes a quotation it never opens; whether the alinéas put continue it is not said", "l’alinéa qui précède ferme une citation qu’il n’ouvre pas ; si les alinéas insérés la continuent n’est pas dit"),
    ("the alinéas put stand next to a comparative text's lines standing for alinéas it leaves out; whether they are inside the quotation beside those lines is not said", "les alinéas insérés jouxtent des lignes du texte comparatif tenant lieu d’alinéas qu’il ne reproduit pas ; s’ils sont dans la citation voisine de ces lignes n’est pas dit"),
    ("the alinéas put end an item's quotation after one that ends none; where they go is not said", "les alinéas insérés terminent la citation d’un élément après un alinéa qui n’en termine aucune ; où ils vont n’est pas dit"),
    # __init__.py, conflicts.py: several amendments on one article
    ("it names amendment {numero}, but this sub-amendment is filed on amendment {parent}", "l’instruction désigne l’amendement {numero}, alors que ce sous-amendement porte sur l’amendement {parent}"),
    ("it names amendment {numero}: to change that amendment's text, file it as a sub-amendment of that amendment (an amendment's own heading is left out)", "l’instruction désigne l’amendement {numero} : pour modifier le texte de cet amendement, déposez-la comme sous-amendement de celui-ci (l’en-tête d’un amendement lui-même n’est pas repris)"),
    ("two amendments are numbered {numero}: each has its own number", "deux amendements portent le numéro {numero} : chacun a le sien"),
    ("it amends amendment {numero}, which is not among them", "le sous-amendement porte sur l’amendement {numero}, qui ne figure pas parmi les amendements donnés"),
    ("amendments {numeros} both delete and rewrite the article", "parmi les amendements {numeros}, l’un supprime l’article et un autre le réécrit"),
    ("it names alinéa {n} of an article of {count}: it may amend the amendment rewriting it", "l’instruction désigne l’alinéa {n} d’un article qui en compte {count} : elle modifie peut-être l’amendement qui le réécrit"),
    ("it restores the article; whether amendments {numeros} apply to that text is not said", "il rétablit l’article ; rien ne dit si les amendements {numeros} portent sur le texte rétabli"),
    ("it restores an article by its number, and this article is not deleted", "l’instruction rétablit un article désigné par son numéro, alors que cet article n’est pas supprimé"),
    ("it restores a « {division} » that the article shows elsewhere", "l’instruction rétablit un « {division} » que l’article montre à un autre endroit"),
    ("it restores the {division}, which stands: the text does not show it deleted", "l’instruction rétablit le {division}, qui figure dans le texte : celui-ci ne le montre pas supprimé"),
    ("it puts a « {put} » where one stands already: which is meant is not said", "l’instruction insère un « {put} » là où il en figure déjà un : lequel est voulu n’est pas dit"),
    # services/amendment_instructions.py: instructions proposed on the propose page
    ("the instructions leave the article as it is", "les instructions laissent l’article tel qu’il est"),
    ("the instructions leave the amendment's text as it is", "les instructions laissent le texte de l’amendement tel qu’il est"),
    ("the instructions strike the amendment's whole text: a sub-amendment changes it", "les instructions suppriment tout le texte de l’amendement : un sous-amendement le modifie"),
    ("the instructions have {n} characters; at most {max}", "les instructions comptent {n} caractères ; {max} au plus"),
    ('"instructions" must be the amendment\'s text in legal French', "« instructions » doit être le texte de l’amendement, en français juridique"),
    ('instructions amend one article: "article": EID', "des instructions modifient un seul article, que donne « article » : EID"),
    ('an amendment given as "instructions" carries no "text": the text is computed', "un amendement donné par des « instructions » ne porte pas de « text » : le texte en est déduit"),
    # services/parliament_import.py: why an amendment is to check, or was not imported
    ("a sub-amendment of amendment {numero}", "sous-amendement de l’amendement {numero}"),
    ("its instructions leave the article as it is", "ses instructions laissent l’article tel qu’il est"),
    ("already imported from an earlier file", "déjà importé d’un fichier précédent"),
    ("listed more than once in this file", "figure plusieurs fois dans ce fichier"),
    ("« {subject} » is not an article of the current text", "« {subject} » n’est pas un article du texte actuel"),
    ("« {subject} » is a title or a division, not an article: not imported", "« {subject} » est un intitulé ou une division, pas un article : non importé"),
    ("not the usual form « Après l'article N, insérer un article additionnel ainsi rédigé : »", "pas la forme habituelle « Après l’article N, insérer un article additionnel ainsi rédigé : »"),
    ("« {subject} »: article {num} is not in the current text, or has no place before it", "« {subject} » : l’article {num} n’est pas dans le texte actuel, ou rien ne le précède où placer un article"),
    ("its {field} has {n} characters; at most {max}", "son champ {field} compte {n} caractères ; {max} au plus"),
    ("its {field} is {shape}: expected text", "son champ {field} n’est pas du texte"),
)  # fmt: skip

# An AmendingError's whole message (the import report shows it): who, the sentence, then the reason
_MESSAGE = re.compile(r"(?:amendment (?P<numero>\S+?)|the instructions)(?: « (?P<part>.*) »)?: (?P<reason>.+)", re.S)


def french(reason: str) -> str | None:
    """The French of a reason the parser (or the instructions' services) gives, or None when the table
    has no line for it."""
    for pattern, template, kinds in _compiled():
        m = pattern.fullmatch(reason)
        if m is None:
            continue
        values = {name: kinds[name](text) for name, text in m.groupdict().items()}
        if all(v is not None for v in values.values()):
            return template.format_map(values)
    return None


def french_message(message: str) -> str | None:
    """The French of a whole refusal message (« amendment 12 « Supprimer cet alinéa. »: the article has
    no alinéa 9 (it has 2 alinéas) »), or of a reason alone; None when the reason is not in the table.
    The amendment's number is left out: where it is shown (the report's row, the justification's head)
    it is already said."""
    alone = french(message)
    if alone is not None:
        return alone
    m = _MESSAGE.fullmatch(message)
    reason = french(m["reason"]) if m else None
    if m is None or reason is None:
        return None
    return f"instruction « {m['part']} » : {reason}" if m["part"] else reason


def in_french(reason: str) -> str:
    """A reason in French when the table has it, else as given: for the import's justifications, which
    are written in French whatever the reader's language."""
    return french_message(reason) or reason


def shown(lang: str, reason: str) -> tuple[str, str]:
    """A reason as a page in `lang` shows it, and the language it is then in: French on French pages
    when the table translates it, else the parser's English."""
    translated = french_message(reason) if lang == "fr" else None
    return (translated, "fr") if translated is not None else (reason, "en")


# --- what the names stand for ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    """Quoted words: `{x:mots}` « le mot « X » » or « les mots « X » », `{x:de}` « du mot « X » », and
    `{x:singular|plural}` the form that agrees with them."""

    text: str

    def __format__(self, spec: str) -> str:
        one = len(self.text.split()) <= 1
        if spec == "mots":
            return f"{'le mot' if one else 'les mots'} « {self.text} »"
        if spec == "de":
            return f"{'du mot' if one else 'des mots'} « {self.text} »"
        if "|" in spec:
            singular, plural = spec.split("|", 1)
            return singular if one else plural
        return self.text


_ONE = {"1", "un", "une"}
_ORDINALS = ("première", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
             "neuvième", "dixième")  # fmt: skip


@dataclass(frozen=True)
class _Number:
    """A count or a number as the parser writes it (« 2 », « -1 » for the last, « deux »): `{n:ième}` the
    feminine ordinal, `{n:en}` « il en a 2 », `{n:alinéa}` « 2 alinéas »."""

    text: str

    def __format__(self, spec: str) -> str:
        if spec == "ième":
            n = int(self.text.replace(",", ""))
            if n < 0:  # counted from the end
                return {-1: "dernière", -2: "avant-dernière", -3: "antépénultième"}.get(n, f"{-n}e dernière")
            return _ORDINALS[n - 1] if 0 < n <= len(_ORDINALS) else f"{n}e"
        if spec == "en":
            return "il n’en a aucun" if self.text == "0" else f"il en a {self.text}"
        if spec:
            return f"{self.text} {spec}{'' if self.text in _ONE else 's'}"
        return self.text.replace(",", "\u202f")  # « 100,000 »: « 100 000 »


_VOWEL = re.compile(r"[aeiouyàâéèêîôûh]", re.I)


def _with(preposition: str, noun: str) -> str:
    """« à » or « de » before a noun with its article: « au », « aux », « du », « des », « d’ »."""
    if preposition == "à" and noun == "l’article":
        return "dans l’article"  # the words are not « à l’article » but in it
    contracted = {"le ": {"à": "au ", "de": "du "}, "les ": {"à": "aux ", "de": "des "}}
    for article, forms in contracted.items():
        if noun.startswith(article):
            return forms[preposition] + noun[len(article) :]
    if preposition == "de" and _VOWEL.match(noun):
        return "d’" + noun
    return f"{preposition} {noun}"


@dataclass(frozen=True)
class _Noun:
    """One or more places, each with its article (« l’alinéa 3 », « le dernier alinéa »): `{p:à}` and
    `{p:de}` put the preposition before each."""

    items: tuple[str, ...]

    def __format__(self, spec: str) -> str:
        return " et ".join(_with(spec, i) if spec else i for i in self.items)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " et " + items[-1]


def _place(text: str) -> _Noun | None:
    """« the article », « alinéa 3, 4 », « alinéa 3, the last alinéa », « phrase 2 of alinéa 3 »."""
    phrase = re.fullmatch(r"phrase (-?\d+) of (.+)", text)
    if phrase:
        inner = _place(phrase[2])
        return _Noun((f"la {_Number(phrase[1]):ième} phrase {inner:de}",)) if inner else None
    if text == "the article":
        return _Noun(("l’article",))
    numbers = re.fullmatch(r"alinéa (\d+(?:, \d+)+)", text)
    if numbers:
        return _Noun((f"les alinéas {_and(numbers[1].split(', '))}",))
    named = {"the last alinéa": "le dernier alinéa", "the alinéa before the last": "l’avant-dernier alinéa"}
    items = []
    for item in text.split(", "):
        one = re.fullmatch(r"alinéa (-?\d+)", item)
        if one is None and item not in named:
            return None
        items.append(f"l’alinéa {one[1]}" if one else named[item])
    return _Noun(tuple(items))


def _alinea(text: str) -> _Noun | None:
    """The alinéa an article lacks, without its article: « alinéa 4 », « last alinéa »."""
    one = re.fullmatch(r"alinéa (-?\d+)", text)
    named = {"last alinéa": "dernier alinéa", "alinéa before the last": "avant-dernier alinéa"}
    if one is None and text not in named:
        return None
    return _Noun((f"alinéa {one[1]}" if one else named[text],))


def _path(text: str) -> _Noun | None:
    """« a) of the 2° of the i » (innermost first): « le a) du 2° du I »."""
    marks = text.split(" of the ")
    if not all(re.fullmatch(r"[ivx]+|[a-z]\)?|\d+\s*°\s*\w*", m) for m in marks):
        return None
    marks = [_mark(m) for m in marks]
    return _Noun(("le " + " ".join([marks[0], *(_with("de", f"le {m}") for m in marks[1:])]),))


def _part(text: str) -> _Noun | None:
    """A part of the article a place is counted in: « the 2° of the ii », « the text proposed for article L. 1 »,
    « the 2° of the ii of article L. 1 »."""
    proposed = re.fullmatch(r"the text proposed for article (.+)", text)
    if proposed:
        return _Noun((f"le texte proposé pour l’article {proposed[1]}",))
    m = re.fullmatch(r"the (.+?)(?: of article (.+))?", text)
    path = _path(m[1]) if m else None
    if m is None or path is None:
        return None
    return _Noun((f"{path}" + (f" de l’article {m[2]}" if m[2] else ""),))


def _mark(text: str) -> str:
    """A division mark as the parser reads it (« ii », « a », « 2° », « a) »), as the text writes it."""
    return text.upper() if re.fullmatch(r"[ivx]+|[a-z]", text) else text


def _side(text: str) -> str:
    return {"before": "avant", "after": "après"}[text]


_NUMBER = (r"-?\d[\d,]*", _Number)
_KINDS: dict[str, tuple[str, Callable[[str], object | None]]] = {
    "n": _NUMBER,
    "count": _NUMBER,
    "times": _NUMBER,
    "max": _NUMBER,
    "announced": (r"\w+", _Number),
    "s": ("s?", lambda _: ""),
    "place": (r".+?", _place),
    "alinea": (r".+?", _alinea),
    "path": (r".+?", _path),
    "part": (r".+?", _part),
    "side": ("before|after", _side),
    "mark": (r".+?", _mark),
}
_WORDS: tuple[str, Callable[[str], object | None]] = (r".+?", _Words)


def covers(shape: str) -> bool:
    """Whether a line of the table reads every reason of this shape, `{}` standing for what varies (the
    parser's f-strings as its source writes them): for the test that reads that source."""
    for english, _ in REASONS:
        m = _regex(english, hole=r"|\{\}").fullmatch(shape)
        kinds = {name: _KINDS.get(name, _WORDS)[1] for name in re.findall(r"\{(\w+)\}", english)}
        # what the source writes out where a name stands must read (« in the preamble » is no place)
        if m and all(t == "{}" or kinds[name](t.replace("{}", "1")) is not None for name, t in m.groupdict().items()):
            return True
    return False


def _regex(english: str, hole: str = "") -> re.Pattern[str]:
    """The English line as a pattern, each name a group; `hole` is also accepted where a name stands."""
    regex: list[str] = []
    seen: set[str] = set()
    for i, piece in enumerate(re.split(r"\{(\w+)\}", english)):
        if i % 2 == 0:
            regex.append(re.escape(piece))
        elif piece in seen:
            regex.append(f"(?P={piece})")  # « {word} {word} »: the same words twice
        else:
            seen.add(piece)
            regex.append(f"(?P<{piece}>{_KINDS.get(piece, _WORDS)[0]}{hole})")
    return re.compile("".join(regex), re.S)


@cache
def _compiled() -> list[tuple[re.Pattern[str], str, dict[str, Callable[[str], object | None]]]]:
    out = []
    for english, template in REASONS:
        names = re.findall(r"\{(\w+)\}", english)
        out.append((_regex(english), template, {name: _KINDS.get(name, _WORDS)[1] for name in names}))
    return out
