"""Strings of the pages that speak Parliament's language: proposing an amendment by pasting its
instructions in legal French, and an official's import of the amendments tabled in Parliament."""

STRINGS = {
    "parliament.modes": ("Façon de proposer", "How to propose"),
    "parliament.mode_text": ("Modifier le texte", "Edit the text"),
    "parliament.mode_instructions": ("Coller des instructions", "Paste instructions"),
    "parliament.instructions": ("Instructions d’amendement", "Amending instructions"),
    "parliament.instructions_hint": (
        "Collez l’amendement tel que le Parlement le rédige, par exemple : « Alinéa 1 : remplacer les mots : "
        "« six mois » par les mots : « un an » ». L’alinéa 1 est le premier paragraphe de l’article (texte "
        "ci-dessus).",
        "Paste the amendment as Parliament writes it, in French, for example: « Alinéa 1 : remplacer les "
        "mots : « six mois » par les mots : « un an » ». Alinéa 1 is the first paragraph of the article "
        "(text above).",
    ),
    "parliament.article_now.one": (
        "Texte actuel de l’article, son alinéa numéroté",
        "The article’s current text, its alinéa numbered",
    ),
    "parliament.article_now.many": (
        "Texte actuel de l’article, ses {n} alinéas numérotés",
        "The article’s current text, its {n} alinéas numbered",
    ),
    "parliament.preview_empty": (
        "Collez des instructions pour voir ce qu’elles changent.",
        "Paste instructions to see what they change.",
    ),
    "parliament.result": ("Texte qui en résulte, alinéa par alinéa", "The resulting text, alinéa by alinéa"),
    "parliament.deleted": ("Ces instructions suppriment l’article.", "These instructions delete the article."),
    "parliament.refused": ("Ces instructions n’ont pas pu être appliquées", "These instructions could not be applied"),
    "parliament.stopped_at": ("La lecture s’est arrêtée à :", "Reading stopped at:"),
    "parliament.detail": ("Détail :", "Detail:"),
    "parliament.why.not_understood": (
        "Cette phrase n’est pas d’une forme connue, ou un de ses mots ne désigne pas un endroit de l’article. "
        "Reformulez-la sur le modèle de l’exemple.",
        "This sentence is not of a known form, or one of its words names no place in the article. Rewrite it "
        "after the example.",
    ),
    "parliament.why.not_found": (
        "Les mots cités ne se trouvent pas à l’endroit indiqué. Vérifiez-les, accents et apostrophes compris.",
        "The quoted words are not at the place given. Check them, accents and apostrophes included.",
    ),
    "parliament.why.ambiguous": (
        "Les mots cités apparaissent plusieurs fois à cet endroit : dites lequel (« la deuxième occurrence "
        "du mot ») ou ajoutez « (deux fois) ».",
        "The quoted words occur several times there: say which (« la deuxième occurrence du mot ») or add "
        "« (deux fois) ».",
    ),
    "parliament.why.no_such_alinea": (
        "L’article n’a pas cet alinéa. Les alinéas se comptent dans l’article affiché, le premier est l’alinéa 1.",
        "The article has no such alinéa. Alinéas are counted in the article shown; the first is alinéa 1.",
    ),
    "parliament.why.no_such_division": (
        # no-break spaces inside the quotes: « II » is never cut at a line's end
        "L’article n’a pas cette division (« II », « 2° », « a) ») : vérifiez sa numérotation dans l’article affiché.",
        "The article has no such division (« II », « 2° », « a) »): check its numbering in the article shown.",
    ),
    "parliament.why.no_such_phrase": ("L’alinéa n’a pas cette phrase.", "The alinéa has no such sentence."),
    "parliament.why.doubled_word": (
        "Le résultat laisserait un mot en double : vérifiez les mots remplacés ou insérés.",
        "The result would leave a word doubled: check the words replaced or inserted.",
    ),
    "parliament.why.conflict": (
        "Ces instructions se contredisent : l’une vise un passage qu’une autre a déjà supprimé ou réécrit.",
        "These instructions contradict each other: one targets a passage another already deleted or rewrote.",
    ),
    "parliament.why.unchanged": (
        "Ces instructions laissent l’article tel qu’il est.",
        "These instructions leave the article as it is.",
    ),
    "parliament.why.empty": ("Collez le texte des instructions.", "Paste the text of the instructions."),
    "parliament.why.other": (
        "Ces instructions ne peuvent pas s’appliquer à l’article tel qu’il est rédigé.",
        "These instructions cannot be applied to the article as it is written.",
    ),
    "parliament.to_check": ("À vérifier", "To check"),
    "parliament.import_title": ("Importer des amendements", "Import amendments"),
    "parliament.import_link": ("Importer des amendements du Parlement", "Import amendments from Parliament"),
    "parliament.import_intro": (
        "Chargez la liste des amendements déposés au Parlement, telle que NosDéputés.fr ou NosSénateurs.fr "
        "la publient en JSON. Chacun est lu et appliqué à son article dans le texte actuel : ceux qui se "
        "lisent deviennent des amendements en attente ; les autres restent vos brouillons, marqués "
        "« À vérifier », avec leurs instructions, pour que vous les rédigiez.",
        "Upload the list of amendments tabled in Parliament, as NosDéputés.fr or NosSénateurs.fr publish it "
        "in JSON. Each one is read and applied to its article in the current text: those that read become "
        "pending amendments; the others stay your drafts, marked « À vérifier » (to check), with their "
        "instructions, for you to write out.",
    ),
    "parliament.file": ("Fichier JSON des amendements", "Amendments JSON file"),
    "parliament.file_hint": (
        'Au plus {mb} Mo. Forme attendue : {{"amendements": [{{"amendement": {{"numero", "sujet", "texte", …}}}}]}}.',
        'At most {mb} MB. Expected shape: {{"amendements": [{{"amendement": {{"numero", "sujet", "texte", …}}}}]}}.',
    ),
    "parliament.import_button": ("Importer", "Import"),
    "parliament.import_error": ("Le fichier n’a pas été importé", "The file was not imported"),
    "parliament.error.no_file": ("Choisissez un fichier JSON à importer.", "Choose a JSON file to import."),
    "parliament.error.too_large": (
        "Le fichier dépasse {mb} Mo : découpez la liste en plusieurs fichiers.",
        "The file is over {mb} MB: split the list into several files.",
    ),
    "parliament.error.not_json": (
        "Ce fichier n’est pas du JSON lisible. Téléchargez l’export JSON des amendements sur NosDéputés.fr "
        "ou NosSénateurs.fr.",
        "This file is not readable JSON. Download the amendments’ JSON export from NosDéputés.fr or NosSénateurs.fr.",
    ),
    "parliament.error.not_listing": (
        "Ce fichier est du JSON, mais pas une liste d’amendements NosDéputés/NosSénateurs.",
        "This file is JSON, but not a NosDéputés/NosSénateurs list of amendments.",
    ),
    "parliament.report_title": ("Résultat de l’import", "What the import did"),
    "parliament.report_file": ("Fichier : {name}", "File: {name}"),
    "parliament.applied.one": ("{n} amendement lu et appliqué", "{n} amendment read and applied"),
    "parliament.applied.many": ("{n} amendements lus et appliqués", "{n} amendments read and applied"),
    "parliament.applied_hint": (
        "Les amendements appliqués sont en attente, avec leur modification et leur exposé ; les numéros du "
        "Parlement sont repris quand ils sont libres.",
        "Applied amendments are pending, with their change and statement; Parliament’s numbers are kept "
        "when free.",
    ),
    "parliament.flagged.one": ("{n} amendement à vérifier", "{n} amendment to check"),
    "parliament.flagged.many": ("{n} amendements à vérifier", "{n} amendments to check"),
    "parliament.flagged_hint": (
        "Gardés en brouillon, le texte de l’article inchangé : la page de chacun dit pourquoi et donne ses "
        "instructions telles que déposées. Rédigez-les, puis déposez-les.",
        "Kept as drafts with the article’s text unchanged: each one’s page says why and gives its "
        "instructions as tabled. Write them out, then table them.",
    ),
    "parliament.ended.one": ("{n} amendement clos au Parlement", "{n} amendment closed in Parliament"),
    "parliament.ended.many": ("{n} amendements clos au Parlement", "{n} amendments closed in Parliament"),
    "parliament.ended_hint": (
        "Rejetés, retirés, tombés, non soutenus, irrecevables ou sans objet au Parlement : importés clos, hors de "
        "la file des responsables, lisibles dans la liste et leur historique avec leur modification.",
        "Rejected, withdrawn, fallen, not moved, inadmissible or moot in Parliament: imported closed, out of the "
        "officials’ queue, readable in the list and their history with their change.",
    ),
    "parliament.status_here": ("Statut ici", "Status here"),
    # the reason the import gives an amendment Parliament closed (parliament_import.ENDINGS), by its key
    "parliament.ending.rejected": ("Rejeté au Parlement", "Rejected in Parliament"),
    "parliament.ending.inadmissible": ("Déclaré irrecevable au Parlement", "Declared inadmissible in Parliament"),
    "parliament.ending.withdrawn": ("Retiré au Parlement", "Withdrawn in Parliament"),
    "parliament.ending.not_moved": ("Non soutenu au Parlement", "Not moved in Parliament"),
    "parliament.ending.fallen": ("Tombé au Parlement", "Fell in Parliament"),
    "parliament.ending.moot": ("Satisfait ou sans objet au Parlement", "Satisfied or moot in Parliament"),
    "parliament.ending.parent": (
        "Tombé : l’amendement qu’il modifie n’est plus en discussion",
        "Fell: the amendment it changes is no longer under discussion",
    ),
    "parliament.outcome_closed": (
        "{outcome} ; importé clos le {day} par {who}",
        "{outcome}; imported closed on {day} by {who}",
    ),
    "parliament.no_change_closed": (
        "L’import n’a pas pu lire ses instructions ; clos au Parlement, il n’est pas à rédiger.",
        "The import could not read its instructions; closed in Parliament, it need not be written out.",
    ),
    "parliament.skipped.one": ("{n} amendement non importé", "{n} amendment not imported"),
    "parliament.skipped.many": ("{n} amendements non importés", "{n} amendments not imported"),
    "parliament.skipped_hint": (
        "Ils ne visent pas un article du texte actuel (intitulé, division…), ou ont déjà été "
        "importés d’un fichier précédent.",
        "They do not target an article of the current text (title, division…), or were already "
        "imported from an earlier file.",
    ),
    "parliament.number": ("N°", "No."),
    "parliament.reason": ("Raison", "Reason"),
    "parliament.see_applied": ("Voir les amendements en attente", "See the pending amendments"),
    "parliament.see_flagged": ("Voir vos brouillons à vérifier", "See your drafts to check"),
    "parliament.import_again": ("Importer un autre fichier", "Import another file"),
    "parliament.see_flagged_queue": (
        "Voir les amendements importés à vérifier",
        "See the imported amendments to check",
    ),
    "parliament.number_there": ("N° au Parlement", "No. in Parliament"),
    "parliament.number_here": ("N° ici", "No. here"),
    # an amendment imported from Parliament, on its page and in lists
    "parliament.banner": ("À vérifier : {why}", "To check: {why}"),
    "parliament.banner_how": (
        "L’import n’a pas pu appliquer ses instructions : rédigez le texte de l’article qu’elles "
        "demandent, puis déposez l’amendement.",
        "The import could not apply its instructions: write out the article’s text they ask for, then "
        "table the amendment.",
    ),
    "parliament.no_change": (
        "Aucune modification n’a pu être calculée à partir des instructions du Parlement : le texte "
        "proposé est encore celui de l’article, inchangé.",
        "No change could be computed from Parliament’s instructions: the proposed text is still the "
        "article’s, unchanged.",
    ),
    "parliament.write_it": ("Rédiger le texte proposé", "Write the proposed text"),
    "parliament.tabled_instructions": ("Instructions déposées au Parlement", "Instructions as tabled in Parliament"),
    "parliament.source": ("Amendement n° {number} au Parlement", "Amendment no. {number} in Parliament"),
    "parliament.source_by": (
        "Amendement n° {number} au Parlement, présenté par {who}",
        "Amendment no. {number} in Parliament, moved by {who}",
    ),
    "parliament.outcome": ("Sort au Parlement : {sort}", "Outcome in Parliament: {sort}"),
    "parliament.sort.adopted": ("Adopté", "Adopted"),
    "parliament.sort.rejected": ("Rejeté", "Rejected"),
    "parliament.sort.fallen": ("Tombé", "Fell"),
    "parliament.sort.withdrawn": ("Retiré", "Withdrawn"),
    "parliament.sort.not_moved": ("Non soutenu", "Not moved"),
    "parliament.sort.inadmissible": ("Irrecevable", "Inadmissible"),
    "parliament.sort.undefined": ("Non renseigné", "Not recorded"),
    "parliament.sort.moot": ("Satisfait ou sans objet", "Satisfied or moot"),
    "parliament.imported_by": (
        "Importé du Parlement (n° {number}, déposé le {day}) par {who}",
        "Imported from Parliament (no. {number}, tabled on {day}) by {who}",
    ),
    "parliament.step_imported": (
        "Déposé au Parlement (n° {number}) ; importé par {who}",
        "Tabled in Parliament (no. {number}); imported by {who}",
    ),
    "parliament.draft_notice": (
        "Ce brouillon importé n’est visible que par les responsables du texte. Déposez-le pour que les "
        "autres le lisent et votent.",
        "Only the bill’s officials can see this imported draft. Table it for others to read it and vote.",
    ),
}
