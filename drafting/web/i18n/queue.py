"""Strings of the official's queue (ui-b)."""

STRINGS = {
    "queue.title": ("File des amendements à décider", "Amendments to decide"),
    "queue.consultation": ("Consultation", "Consultation"),
    "queue.status_now": ("État :", "Status:"),
    "queue.version_now": ("version {n} ({label})", "version {n} ({label})"),
    "queue.open": ("Ouvrir la consultation", "Open the consultation"),
    "queue.close": ("Clore la consultation", "Close the consultation"),
    "queue.pending.one": ("{n} amendement en attente", "{n} pending amendment"),
    "queue.pending.many": ("{n} amendements en attente", "{n} pending amendments"),
    "queue.how": (
        "Par article, dans l’ordre du texte, les plus soutenus d’abord. Accepter crée une nouvelle version ; "
        "le libellé est facultatif.",
        "By article, in the text’s order, the most supported first. Accepting makes a new version; the "
        "label is optional.",
    ),
    "queue.discussion": ("Discussion commune ({n} amendements)", "Joint discussion ({n} amendments)"),
    "queue.discussion_hint": (
        "ils modifient le même passage : en accepter un fait tomber ou réécrire les autres.",
        "they change the same passage: accepting one makes the others fall or need revising.",
    ),
    "queue.to_check.one": ("{n} amendement importé à vérifier", "{n} imported amendment to check"),
    "queue.to_check.many": ("{n} amendements importés à vérifier", "{n} imported amendments to check"),
    "queue.to_check_how": (
        "Déposés au Parlement, leurs instructions n’ont pas pu être appliquées : écrivez le texte qu’ils "
        "proposent puis déposez-les, ou retirez-les.",
        "Tabled in Parliament, their instructions could not be applied: write out the text they propose, "
        "then submit them, or withdraw them.",
    ),
    "queue.skip": ("Aller aux amendements à décider", "Skip to the amendments to decide"),
    "queue.decided.accepted": ("Amendement {label} accepté.", "Amendment {label} accepted."),
    "queue.decided.rejected": ("Amendement {label} rejeté.", "Amendment {label} rejected."),
    "queue.decided_version": ("La version {n} du texte est publiée.", "Version {n} of the text is published."),
    "queue.next": ("Amendement suivant : {label}", "Next amendment: {label}"),
    "queue.next_article": ("Amendements suivants : {article}", "Next amendments: {article}"),
    "queue.none_left": ("Plus aucun amendement en attente.", "No pending amendment left."),
    "queue.empty": ("Aucun amendement en attente.", "No pending amendment."),
    "queue.by_article": ("Articles ayant des amendements en attente", "Articles with pending amendments"),
    "queue.truncated": (
        "Seuls les 1 000 premiers sont affichés : filtrez par article.",
        "Only the first 1,000 are shown: filter by article.",
    ),
}
