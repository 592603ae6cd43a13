"""Strings of the pending amendments page (ui-b extends its own area files for the rest)."""

STRINGS = {
    "amendments.pending_title": ("Amendements en attente", "Pending amendments"),
    "amendments.ranked": (
        "Classés par soutien : les votes d’accord moins les votes pas d’accord.",
        "Ranked by support: agree votes minus disagree votes.",
    ),
    "amendments.sub_of": ("Sous-amendement à l’amendement {label}", "Sub-amendment to amendment {label}"),
    "amendments.delete_of": ("Suppression de l’{article}", "Deletion of {article}"),
    "amendments.modify_of": ("Modification de l’{article}", "Change to {article}"),
    "amendments.kind.insert": ("nouvel article", "new article"),
    "amendments.kind.modify": ("modification", "change"),
    "amendments.kind.delete": ("suppression", "deletion"),
    "amendments.author_hidden": ("auteur masqué", "author hidden"),
    "amendments.support": ("Soutien :", "Support:"),
    "amendments.deleted": ("L’article est supprimé.", "The article is deleted."),
    "amendments.parent_hidden": (
        "L’amendement qu’il modifie est masqué par la modération, et son texte avec lui.",
        "The amendment it changes is hidden by moderation, and its text with it.",
    ),
    "amendments.justification": ("Exposé des motifs", "Statement of reasons"),
    "amendments.none": ("Aucun amendement en attente.", "No pending amendment."),
    "amendments.none_page": ("Aucun amendement en attente sur cette page.", "No pending amendment on this page."),
    "amendments.pages": ("Pages des amendements", "Pages of amendments"),
}
