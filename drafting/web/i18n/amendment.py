"""Strings of the page of one amendment (`/amendments/{id}`, pages_amendment.py)."""

STRINGS = {
    "amendment.title": ("Amendement {label}", "Amendment {label}"),
    "amendment.sub_title": ("Sous-amendement {label}", "Sub-amendment {label}"),
    "amendment.on_modify": ("Modifie l’{article}", "Changes {article}"),
    "amendment.on_delete": ("Supprime l’{article}", "Deletes {article}"),
    "amendment.on_insert": ("Insère un article {num}", "Inserts an article {num}"),
    "amendment.on_insert_after": (
        "Insère un article {num} après l’{article}",
        "Inserts an article {num} after {article}",
    ),
    "amendment.on_insert_additional": ("Insère un article additionnel", "Inserts an additional article"),
    "amendment.on_insert_additional_after": (
        "Insère un article additionnel après l’{article}",
        "Inserts an additional article after {article}",
    ),
    "amendment.on_parent": ("Modifie le texte de l’{parent}", "Changes the text of {parent}"),
    "amendment.parent_name": ("amendement {label}", "amendment {label}"),
    "amendment.article_gone": ("(article disparu du texte en vigueur)", "(no longer in the current text)"),
    "amendment.by": ("Déposé par {who} le {day}", "Tabled by {who} on {day}"),
    "amendment.draft_by": ("Brouillon de {who}, commencé le {day}", "Draft by {who}, started on {day}"),
    "amendment.updated": ("modifié le {day}", "changed on {day}"),
    "amendment.base": ("écrit sur la version {n}", "written on version {n}"),
    "amendment.support": ("Soutien : {n}", "Support: {n}"),
    "amendment.draft_notice": (
        "Ce brouillon n’est visible que par vous. Déposez-le pour que les autres le lisent et votent.",
        "Only you can see this draft. Table it for others to read it and vote.",
    ),
    "amendment.hidden_notice": (
        "Cet amendement est masqué par la modération : son texte et son auteur ne sont pas affichés.",
        "This amendment is hidden by moderation: its text and author are not shown.",
    ),
    "amendment.parent_hidden": (
        "L’amendement qu’il modifie est masqué par la modération, et son texte avec lui.",
        "The amendment it changes is hidden by moderation, and its text with it.",
    ),
    # Outcome
    "amendment.outcome": ("Sort de l’amendement", "Outcome"),
    "amendment.outcome.accepted": ("Adopté le {day} par {who}", "Accepted on {day} by {who}"),
    "amendment.outcome.rejected": ("Rejeté le {day} par {who}", "Rejected on {day} by {who}"),
    "amendment.outcome.withdrawn": ("Retiré par son auteur le {day}", "Withdrawn by its author on {day}"),
    "amendment.outcome.fallen": ("Tombé le {day}", "Fell on {day}"),
    "amendment.outcome.reason": ("Motif :", "Reason:"),
    "amendment.outcome.version": ("Il a produit la", "It made"),
    "amendment.outcome.version_link": ("version {n} du texte", "version {n} of the text"),
    "amendment.outcome.pending": (
        "En attente de la décision du rapporteur.",
        "Waiting for the rapporteur’s decision.",
    ),
    "amendment.fallen_reason_lang": ("(motif généré, en anglais)", "(generated reason)"),
    # What it changes
    "amendment.changes": ("Ce que propose l’amendement", "What the amendment proposes"),
    "amendment.instruction": ("Instruction d’amendement", "Amending instruction"),
    "amendment.instruction_en": ("Traduction de l’instruction :", "The instruction in English:"),
    "amendment.redline": ("Modification du texte", "Change to the text"),
    "amendment.redline_sub": ("Modification du texte de l’amendement", "Change to the amendment’s text"),
    "amendment.result": ("Texte proposé", "Proposed text"),
    "amendment.result_deleted": ("L’article serait supprimé.", "The article would be deleted."),
    "amendment.colliding": (
        "Le passage qu’il modifie a été réécrit depuis : son auteur doit le reprendre avant toute décision.",
        "The passage it changes was rewritten since: its author must revise it before any decision.",
    ),
    "amendment.collides_with": ("En discussion commune avec", "Discussed jointly with"),
    "amendment.justification": ("Exposé des motifs", "Statement of reasons"),
    "amendment.no_justification": ("L’auteur n’a pas donné de motifs.", "The author gave no reasons."),
    # Votes
    "amendment.votes": ("Votes", "Votes"),
    "amendment.vote.agree": ("Pour", "For"),
    "amendment.vote.mixed": ("Abstention", "Abstain"),
    "amendment.vote.disagree": ("Contre", "Against"),
    "amendment.vote.none": ("Aucun vote pour l’instant.", "No vote yet."),
    "amendment.vote.total.one": ("{n} vote", "{n} vote"),
    "amendment.vote.total.many": ("{n} votes", "{n} votes"),
    "amendment.vote.bar": ("Votes sur l’amendement : {summary}", "Votes on the amendment: {summary}"),
    "amendment.vote.legend": ("Votre vote sur le texte {label}", "Your vote on the text {label}"),
    "amendment.vote.retract": ("Retirer mon vote", "Withdraw my vote"),
    "amendment.vote.yours": ("Vous avez voté : {value}.", "You voted: {value}."),
    "amendment.vote.recast": (
        "Voter à nouveau, ou changer de vote, porte sur le texte actuel ({label}).",
        "Voting again, or changing your vote, counts on the current text ({label}).",
    ),
    "amendment.vote.by_text": ("Votes selon le texte sur lequel ils portent", "Votes by the text they were cast on"),
    "amendment.vote.text": ("Texte", "Text"),
    "amendment.closed_votes": (
        "Les votes et les arguments ne sont reçus que tant que l’amendement est en attente.",
        "Votes and arguments are taken only while the amendment is pending.",
    ),
    "amendment.signin": ("Connectez-vous", "Sign in"),
    "amendment.signin_rest": (
        "pour voter, argumenter ou sous-amender.",
        "to vote, argue or propose a sub-amendment.",
    ),
    "amendment.not_open": (
        "La consultation n’est pas ouverte : les contributions ne sont pas reçues.",
        "The consultation is not open: contributions are not taken.",
    ),
    # Arguments
    "amendment.arguments": ("Arguments", "Arguments"),
    "amendment.argument_on": ("sur le texte {label}", "on the text {label}"),
    "amendment.argument_body": ("Votre argument", "Your argument"),
    "amendment.argue_for": ("Publier un argument pour", "Publish an argument for"),
    "amendment.argue_against": ("Publier un argument contre", "Publish an argument against"),
    # Discussion
    "amendment.discussion": ("Discussion", "Discussion"),
    "amendment.discussion_none": ("Aucun commentaire pour l’instant.", "No comment yet."),
    # Sub-amendments
    "amendment.subs": ("Sous-amendements", "Sub-amendments"),
    "amendment.subs_none": ("Aucun sous-amendement.", "No sub-amendment."),
    "amendment.subamend": ("Sous-amender", "Propose a sub-amendment"),
    "amendment.subamend_text": ("Texte de l’amendement, modifié", "The amendment’s text, edited"),
    "amendment.subamend_hint": (
        "Voici le texte que propose l’amendement : modifiez-le. Un alinéa par ligne.",
        "This is the text the amendment proposes: edit it. One paragraph per line.",
    ),
    "amendment.subamend_submit": ("Déposer le sous-amendement", "Table the sub-amendment"),
    # Sub-amending by pasting instructions (pages_subamend.py), as the propose page's second mode
    "amendment.subamend_modes": ("Façon de sous-amender", "How to sub-amend"),
    "amendment.sub_instructions": ("Instructions du sous-amendement", "Sub-amending instructions"),
    "amendment.sub_instructions_hint": (
        "Collez le sous-amendement tel que le Parlement le rédige, par exemple : « Alinéa 1 de l’amendement "
        "n° {number} : remplacer les mots : « un an » par les mots : « deux ans » », ou simplement « Alinéa 1 : "
        "… ». Les alinéas se comptent dans le texte que propose l’amendement (ci-dessus).",
        "Paste the sub-amendment as Parliament writes it, in French, for example: « Alinéa 1 de l’amendement "
        "n° {number} : remplacer les mots : « un an » par les mots : « deux ans » », or just « Alinéa 1 : … ». "
        "Alinéas are counted in the text the amendment proposes (above).",
    ),
    "amendment.sub_text_now.one": (
        "Texte que propose l’amendement, son alinéa numéroté",
        "The text the amendment proposes, its alinéa numbered",
    ),
    "amendment.sub_text_now.many": (
        "Texte que propose l’amendement, ses {n} alinéas numérotés",
        "The text the amendment proposes, its {n} alinéas numbered",
    ),
    "amendment.sub_preview": ("Ce que change votre sous-amendement", "What your sub-amendment changes"),
    "amendment.sub_preview_refused": (
        "Rien à montrer tant que les instructions ne s’appliquent pas : corrigez-les (voir ci-dessus).",
        "Nothing to show until the instructions apply: correct them (see above).",
    ),
    # why pasted instructions were refused, where the propose page's words (parliament.why.*) speak of
    # the article: a sub-amendment's are read on the amendment's text
    "amendment.sub_why.not_understood": (
        "Cette phrase n’est pas d’une forme connue, ou un de ses mots ne désigne pas un endroit du texte de "
        "l’amendement. Reformulez-la sur le modèle de l’exemple.",
        "This sentence is not of a known form, or one of its words names no place in the amendment’s text. "
        "Rewrite it after the example.",
    ),
    "amendment.sub_why.no_such_alinea": (
        "Le texte de l’amendement n’a pas cet alinéa. Les alinéas se comptent dans le texte qu’il propose, le "
        "premier est l’alinéa 1.",
        "The amendment’s text has no such alinéa. Alinéas are counted in the text it proposes; the first is "
        "alinéa 1.",
    ),
    "amendment.sub_why.no_such_division": (  # no-break spaces inside the quotes, as parliament.why's
        "Le texte de l’amendement n’a pas cette division (« II », « 2° », « a) ») : vérifiez sa numérotation.",
        "The amendment’s text has no such division (« II », « 2° », « a) »): check its numbering.",
    ),
    "amendment.sub_why.names_another": (
        "Ces instructions désignent un autre amendement que celui-ci : sous-amendez-le depuis sa propre page, "
        "ou retirez son numéro.",
        "These instructions name another amendment than this one: sub-amend it from its own page, or take "
        "its number out.",
    ),
    "amendment.sub_why.unchanged": (
        "Ces instructions laissent le texte de l’amendement tel qu’il est.",
        "These instructions leave the amendment’s text as it is.",
    ),
    "amendment.sub_why.strikes_all": (
        "Ces instructions suppriment tout le texte de l’amendement : un sous-amendement le modifie. Pour "
        "vous y opposer, votez contre.",
        "These instructions strike the amendment’s whole text: a sub-amendment changes it. To oppose it, "
        "vote against it.",
    ),
    "amendment.sub_why.other": (
        "Ces instructions ne peuvent pas s’appliquer au texte de l’amendement tel qu’il est rédigé.",
        "These instructions cannot be applied to the amendment’s text as it is written.",
    ),
    # The author
    "amendment.yours": ("Votre amendement", "Your amendment"),
    "amendment.imported_tools": (
        "Amendement importé du Parlement, à la main des responsables du texte",
        "Amendment imported from Parliament, in the hands of the bill’s officials",
    ),
    "amendment.edit": ("Modifier l’amendement", "Edit the amendment"),
    "amendment.edit_text": ("Texte proposé", "Proposed text"),
    "amendment.edit_heading": ("Intitulé du nouvel article", "Heading of the new article"),
    "amendment.edit_rectifies": (
        "Il est déposé : changer son texte le rectifie. Il deviendra l’amendement {next}, et les votes "
        "et arguments déjà reçus resteront attachés au texte {now}, qui reste lisible dans l’historique.",
        "It is tabled: changing its text rectifies it. It becomes amendment {next}; the votes and "
        "arguments already cast stay with the text {now}, which stays readable in the history.",
    ),
    "amendment.edit_draft": (
        "C’est un brouillon : vous pouvez le modifier librement avant de le déposer.",
        "It is a draft: change it freely before tabling it.",
    ),
    "amendment.save": ("Enregistrer", "Save"),
    "amendment.save_rectify": ("Rectifier l’amendement", "Rectify the amendment"),
    "amendment.submit_draft": ("Enregistrer et déposer", "Save and table"),
    "amendment.withdraw": ("Retirer l’amendement", "Withdraw the amendment"),
    "amendment.withdraw_reason": ("Pourquoi le retirez-vous ? (facultatif, public)", "Why? (optional, public)"),
    "amendment.withdraw_confirm": (
        "Je retire cet amendement : cela ne peut pas être annulé.",
        "I withdraw this amendment: this cannot be undone.",
    ),
    # Officials
    "amendment.decide": ("Décider", "Decide"),
    "amendment.decide_hint": (
        "Le motif est public. Accepter crée une nouvelle version du texte.",
        "The reason is public. Accepting makes a new version of the text.",
    ),
    "amendment.decide_hint_sub": (
        "Le motif est public. Accepter reporte ce texte dans l’amendement {parent}, qui reste en attente.",
        "The reason is public. Accepting puts this text into amendment {parent}, which stays pending.",
    ),
    # History
    "amendment.history": ("Historique", "History"),
    "amendment.texts": ("Textes successifs", "Successive texts"),
    "amendment.text_current": ("texte actuel", "current text"),
    "amendment.text_until": ("jusqu’au {day}", "until {day}"),
    "amendment.text_votes": ("Votes sur ce texte :", "Votes on this text:"),
    "amendment.steps": ("Étapes", "Steps"),
    "amendment.step.draft": ("Brouillon commencé par {who}", "Draft started by {who}"),
    "amendment.step.submitted": ("Déposé par {who}", "Tabled by {who}"),
    "amendment.step.accepted": ("Adopté par {who}", "Accepted by {who}"),
    "amendment.step.rejected": ("Rejeté par {who}", "Rejected by {who}"),
    "amendment.step.withdrawn": ("Retiré par {who}", "Withdrawn by {who}"),
    "amendment.step.fallen": ("Tombé", "Fell"),
    "amendment.rectified": (
        "Rectifié par son auteur : le texte {old} devient {new}",
        "Rectified by its author: the text {old} becomes {new}",
    ),
    "amendment.someone": ("son auteur", "its author"),
    "amendment.rebase.clean": (
        "Reporté sur la version {to} du texte (depuis la version {from_})",
        "Carried over to version {to} of the text (from version {from_})",
    ),
    "amendment.rebase.colliding": (
        "En conflit avec la version {to} du texte",
        "In conflict with version {to} of the text",
    ),
    "amendment.rebase.fallen": (
        "Tombé avec la version {to} du texte",
        "Fell with version {to} of the text",
    ),
    "amendment.rebase.repaired": (
        "Repris par son auteur sur la version {to} du texte",
        "Revised by its author on version {to} of the text",
    ),
    # Problems
    "amendment.problem": ("Votre envoi n’a pas abouti", "What you sent was not taken"),
    "amendment.error.invalid": ("La demande est incomplète.", "The request is incomplete."),
    "amendment.error.closed": (
        "Cet amendement ne reçoit plus de votes, d’arguments ni de sous-amendements : il n’est plus en "
        "attente, ou il est masqué par la modération.",
        "This amendment takes no more votes, arguments or sub-amendments: it is no longer pending, or "
        "it is hidden by moderation.",
    ),
    "amendment.error.forbidden": (
        "Ce n’est pas possible : la consultation ne reçoit pas de contributions en ce moment.",
        "This is not possible: the consultation does not take contributions now.",
    ),
    "amendment.error.argument": (
        "Écrivez votre argument, puis choisissez « pour » ou « contre ».",
        "Write your argument, then choose “for” or “against”.",
    ),
    "amendment.error.text": (
        "Le texte proposé doit changer l’article et ne pas être vide.",
        "The proposed text must change the article and must not be empty.",
    ),
    "amendment.error.sub_text": (
        "Le sous-amendement doit changer le texte de l’amendement et ne pas être vide.",
        "The sub-amendment must change the amendment’s text and must not be empty.",
    ),
    "amendment.error.not_editable": (
        "Cet amendement ne peut plus être modifié ni retiré : il a été décidé, retiré, ou masqué par la "
        "modération entre-temps.",
        "This amendment can no longer be edited or withdrawn: it was decided, withdrawn, or hidden by "
        "moderation in the meantime.",
    ),
    "amendment.error.stale": (
        "Rien n’a été enregistré : l’amendement a été modifié entre-temps (dans un autre onglet ou sur un "
        "autre appareil). Votre saisie est conservée ci-dessous ; comparez-la au texte actuel, reprenez ce "
        "qui doit l’être, puis enregistrez à nouveau : votre texte remplacera alors le texte actuel.",
        "Nothing was saved: the amendment was changed in the meantime (in another tab or on another "
        "device). What you typed is kept below; compare it with the current text, take up what you need, "
        "then save again: your text will then replace the current one.",
    ),
    "amendment.stale_current": ("Le texte actuel, {label} :", "The current text, {label}:"),
    "amendment.stale_current_justification": ("Son exposé des motifs actuel :", "Its current statement of reasons:"),
    "amendment.error.confirm": (
        "Cochez la case pour confirmer le retrait.",
        "Tick the box to confirm the withdrawal.",
    ),
    "amendment.error.comment": ("Écrivez votre commentaire.", "Write your comment."),
    "amendment.error.comment_hidden": (
        "Ce commentaire ou cet amendement est masqué par la modération : on ne peut pas y répondre.",
        "This comment or amendment is hidden by moderation: it cannot be answered.",
    ),
    "amendment.see": ("Voir l’amendement", "See the amendment"),
}
