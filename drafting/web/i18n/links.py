"""Strings of the bill page's links to the amendment and history pages (ui-b)."""

STRINGS = {
    "links.label": ("Amendements et historique", "Amendments and history"),
    "links.amendments": ("Tous les amendements", "All amendments"),
    "links.queue": ("File des décisions", "Decision queue"),
    "links.compare": ("Comparer deux versions", "Compare two versions"),
    "links.at": ("Le texte à une date", "The text at a date"),
    "links.exports": ("Télécharger (tous formats, toutes versions)", "Download (every format and version)"),
    "links.me": ("Mes contributions", "My contributions"),
}
