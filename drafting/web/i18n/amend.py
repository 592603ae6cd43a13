"""Strings of the amendment pages of ui-b: proposing, the filtered list, decisions, the article's slot."""

STRINGS = {
    "amend.propose": ("Proposer un amendement", "Propose an amendment"),
    "amend.propose_on": ("Proposer un amendement à l’{article}", "Propose an amendment to {article}"),
    "amend.proposed_text": ("Texte proposé", "Proposed text"),
    "amend.proposed_hint": (
        "Modifiez le texte de l’article ; un alinéa par ligne. La modification et l’instruction "
        "d’amendement s’affichent ci-dessous.",
        "Edit the article’s text, one paragraph per line. The change and the amending instruction appear below.",
    ),
    "amend.justification": ("Exposé des motifs", "Statement of reasons"),
    "amend.justification_hint": (
        "Pourquoi cette modification ? Markdown simple accepté.",
        "Why this change? Plain Markdown is accepted.",
    ),
    "amend.submit": ("Déposer l’amendement", "Table the amendment"),
    "amend.preview_button": ("Prévisualiser", "Preview"),
    "amend.preview_title": ("Ce que change votre amendement", "What your amendment changes"),
    "amend.preview_unchanged": (
        "Le texte proposé est celui de l’article : modifiez-le pour voir le changement.",
        "The proposed text is the article’s: edit it to see the change.",
    ),
    "amend.preview_failed": (
        "L’aperçu n’a pas pu être calculé ; vous pouvez tout de même déposer l’amendement.",
        "The preview could not be computed; you can still table the amendment.",
    ),
    "amend.preview_updated": ("Aperçu mis à jour.", "Preview updated."),
    "amend.instruction": ("Instruction d’amendement", "Amending instruction"),
    "amend.redline": ("Modification", "Change"),
    "amend.collision_warning.one": (
        "{n} amendement en attente modifie le même passage",
        "{n} pending amendment changes the same passage",
    ),
    "amend.collision_warning.many": (
        "{n} amendements en attente modifient le même passage",
        "{n} pending amendments change the same passage",
    ),
    "amend.error_heading": ("L’amendement n’a pas été déposé", "The amendment was not tabled"),
    "amend.error.invalid": (
        "Le texte proposé doit modifier l’article et ne pas être vide.",
        "The proposed text must change the article and must not be empty.",
    ),
    "amend.error.forbidden": (
        "Cette action n’est pas possible : la consultation n’accepte pas de contributions en ce moment, "
        "ou votre compte ne le permet pas.",
        "This is not possible: the consultation does not take contributions now, or your account may not.",
    ),
    "amend.error.conflict": (
        "Le texte a changé entre-temps. Rechargez la page et recommencez.",
        "The text has changed in the meantime. Reload the page and try again.",
    ),
    "amend.error.article_gone": (
        "Cet article a été supprimé du texte depuis la version {n}, sur laquelle vous écriviez : l’amendement "
        "ne peut plus être déposé. Ce que vous avez écrit est conservé ci-dessous.",
        "This article was deleted from the text since version {n}, which you were writing on: the amendment "
        "can no longer be tabled. What you wrote is kept below.",
    ),
    "amend.error.not_found": (
        "Cet article ou cet amendement n’existe plus.",
        "This article or amendment no longer exists.",
    ),
    # the text moved under an amendment: drafting/web/outdated.py builds the sentence from the API's 409
    "amend.error.text_moved": (
        "Cet amendement ne s’applique plus au texte actuel.",
        "This amendment no longer applies to the current text.",
    ),
    "amend.outdated.filing": (
        "Rien n’a été déposé : vous écriviez sur la version {base} du texte, qui est maintenant à la "
        "version {head}, et le passage que vous modifiez a été réécrit entre-temps{since}.",
        "Nothing was tabled: you were writing on version {base} of the text, which is now at version "
        "{head}, and the passage you change was rewritten in the meantime{since}.",
    ),
    "amend.outdated.filing_next": (
        "Votre texte est conservé ci-dessous, maintenant comparé au texte actuel : reprenez-le sur la "
        "version {head} avant de le déposer.",
        "Your text is kept below, now compared with the current text: rework it on version {head} "
        "before tabling it.",
    ),
    "amend.outdated.deciding": (
        "L’amendement ne peut pas être adopté tel quel : il est écrit sur la version {base} du texte, "
        "qui est maintenant à la version {head}, et le passage qu’il modifie a été réécrit{since}.",
        "The amendment cannot be adopted as it is: it is written on version {base} of the text, which "
        "is now at version {head}, and the passage it changes was rewritten{since}.",
    ),
    "amend.outdated.deciding_next": (
        "Pour l’adopter, utilisez « Accepter avec un texte modifié » sur la page de l’amendement et "
        "écrivez le texte voulu à partir du texte actuel ; sinon, rejetez-le.",
        "To adopt it, use “Accept with an edited text” on the amendment’s page and write the text wanted "
        "from the current one; otherwise, reject it.",
    ),
    "amend.outdated.since_one": (" par l’amendement {labels}, adopté depuis", " by amendment {labels}, adopted since"),
    "amend.outdated.since_many": (
        " par les amendements {labels}, adoptés depuis",
        " by amendments {labels}, adopted since",
    ),
    "amend.outdated.passage": (
        "« {was} » devait devenir « {proposed} », mais le texte dit maintenant « {now} »",
        "“{was}” was to become “{proposed}”, but the text now reads “{now}”",
    ),
    "amend.outdated.insertion": (
        "« {proposed} » devait être inséré là où le texte dit maintenant « {now} »",
        "“{proposed}” was to be inserted where the text now reads “{now}”",
    ),
    "amend.outdated.already": (
        "Rien n’a été déposé : le changement que vous proposez a déjà été fait depuis la version {base}{since}.",
        "Nothing was tabled: the change you propose was already made since version {base}{since}.",
    ),
    "amend.error.duplicate": (
        "Rien n’a été déposé : vous avez déjà déposé cet amendement, avec le même texte sur la même "
        "version (le formulaire a sans doute été envoyé une seconde fois). Pour le changer, modifiez celui-là.",
        "Nothing was tabled: you already tabled this amendment, with the same text on the same version (the "
        "form was probably sent a second time). To change it, edit that one.",
    ),
    "amend.duplicate_link": ("Voir votre amendement {label}", "See your amendment {label}"),
    "amend.error.reason": ("Indiquez le motif de la décision.", "Give the reason for the decision."),
    "amend.list_title": ("Amendements", "Amendments"),
    "amend.filter_article": ("Article", "Article"),
    "amend.all_articles": ("Tous les articles", "All articles"),
    "amend.filter_status": ("Sort", "Status"),
    "amend.all_statuses": ("Tous", "All"),
    "amend.sort": ("Ordre", "Order"),
    "amend.sort_date": ("Les plus récents d’abord", "Newest first"),
    "amend.sort_support": ("Les plus soutenus d’abord", "Most supported first"),
    "amend.mine": ("Mes amendements", "My amendments"),
    "amend.filter": ("Filtrer", "Filter"),
    "amend.none": ("Aucun amendement ne correspond.", "No amendment matches."),
    "amend.queue_link": ("File des décisions (rapporteur)", "Decision queue (officials)"),
    "amend.status.draft": ("brouillon", "draft"),
    "amend.status.submitted": ("en attente", "pending"),
    "amend.status.accepted": ("adopté", "accepted"),
    "amend.status.rejected": ("rejeté", "rejected"),
    "amend.status.withdrawn": ("retiré", "withdrawn"),
    "amend.status.fallen": ("tombé", "fallen"),
    "amend.colliding": (
        "Le passage qu’il modifie a été réécrit : son auteur doit le reprendre.",
        "The passage it changes was rewritten: its author must revise it.",
    ),
    "amend.collides_with": ("En discussion commune avec", "Discussed jointly with"),
    "amend.closed_by": ("Décision de {who}, le {day} :", "Decided by {who} on {day}:"),
    "amend.reason": ("Motif", "Reason"),
    "amend.accept": ("Accepter", "Accept"),
    "amend.reject": ("Rejeter", "Reject"),
    "amend.accept_edited": ("Accepter avec un texte modifié", "Accept with an edited text"),
    "amend.kept_text": ("Texte retenu", "Text adopted"),
    "amend.kept_hint": (
        "Modifiez le texte puis choisissez « Accepter » : c’est ce texte qui entrera dans la version.",
        "Edit the text, then choose “Accept”: this text goes into the version.",
    ),
    "amend.version_label": ("Libellé de la nouvelle version (facultatif)", "Label of the new version (optional)"),
    "amend.version_label_example": ("texte après consultation", "text after consultation"),
    "amend.slot_title": ("Amendements", "Amendments"),
    "amend.pending_heading": ("En attente", "Pending"),
    "amend.decided_heading": ("Décidés", "Decided"),
    "amend.none_pending": ("Aucun amendement en attente sur cet article.", "No pending amendment on this article."),
    "amend.pending_count.one": ("{n} amendement en attente", "{n} pending amendment"),
    "amend.pending_count.many": ("{n} amendements en attente", "{n} pending amendments"),
    "amend.footprint_heading": ("Ce que les amendements ont changé ici", "What amendments changed here"),
    "amend.accepted_because": ("accepté :", "accepted:"),
    "amend.footprint_link": ("Voir l’empreinte de chaque passage", "See the footprint of each passage"),
    "amend.elided.one": ("[… {n} alinéa inchangé …]", "[… {n} unchanged paragraph …]"),
    "amend.elided.many": ("[… {n} alinéas inchangés …]", "[… {n} unchanged paragraphs …]"),
    "amend.all_pending": (
        "Tous les amendements en attente sur cet article, les plus soutenus d’abord",
        "Every pending amendment on this article, the most supported first",
    ),
    "amend.all_of_article": ("Tous les amendements de cet article", "Every amendment of this article"),
    "amend.live_new": ("Nouvel amendement n° {n}", "New amendment no. {n}"),
    "amend.live_decided": ("Amendement n° {n} : décision prise", "Amendment no. {n}: decided"),
    "amend.live_refresh": ("Afficher les nouveautés", "Show what is new"),
}
