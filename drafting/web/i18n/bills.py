"""Strings of the home page and of a bill's page (its consultation and table of contents)."""

STRINGS = {
    "bills.home_title": ("Textes en consultation", "Bills under consultation"),
    "bills.home_h1": ("Écrire la loi ensemble", "Writing the law together"),
    "bills.home_intro": (
        "Les projets de loi sont soumis ici à la consultation de tous : lisez chaque article, "
        "annotez un passage, votez, argumentez pour ou contre, et proposez des amendements. "
        "Les responsables du texte les examinent et publient les nouvelles versions, que chacun "
        "peut comparer.",
        "Bills are put here to everyone's consultation: read each article, annotate a passage, "
        "vote, argue for or against, and propose amendments. The officials in charge of the bill "
        "consider them and publish new versions, which anyone can compare.",
    ),
    "bills.home_signin": (
        "Pour participer, {signin} ou {signup}.",
        "To take part, {signin} or {signup}.",
    ),
    "bills.home_signin_link": ("connectez-vous", "sign in"),
    "bills.home_signup_link": ("créez un compte", "create an account"),
    "bills.home_welcome": (
        "Bienvenue, {name}. Choisissez un texte pour participer.",
        "Welcome, {name}. Choose a bill to take part.",
    ),
    "bills.list_heading": ("Les textes", "The bills"),
    "bills.none": (
        "Aucun texte pour l’instant. Un responsable peut en importer un avec drafting import.",
        "No bill yet. An official can import one with drafting import.",
    ),
    "bills.more": ("Textes suivants", "More bills"),
    "bills.version_updated": (
        "version {n} · mise à jour le {day}",
        "version {n} · updated on {day}",
    ),
    "bills.period_from_to": ("du {start} au {end}", "from {start} to {end}"),
    "bills.period_from": ("à partir du {start}", "from {start}"),
    "bills.period_since": ("depuis le {start}", "since {start}"),
    "bills.period_until": ("jusqu’au {end}", "until {end}"),
    "bills.period_ended": ("depuis le {end}", "since {end}"),
    "bills.period_open_ended": ("sans date de clôture", "with no closing date"),
    "bills.participation": ("Participation", "Participation"),
    "status.draft": ("brouillon", "draft"),
    "status.open": ("consultation ouverte", "consultation open"),
    "status.closed": ("consultation close", "consultation closed"),
    "status.adopted": ("adopté", "adopted"),
    "status.upcoming": ("consultation à venir", "consultation upcoming"),
    "bills.votes.one": ("{n} vote", "{n} vote"),
    "bills.votes.many": ("{n} votes", "{n} votes"),
    "bills.arguments.one": ("{n} argument", "{n} argument"),
    "bills.arguments.many": ("{n} arguments", "{n} arguments"),
    "bills.pending.one": ("{n} amendement en attente", "{n} pending amendment"),
    "bills.pending.many": ("{n} amendements en attente", "{n} pending amendments"),
    "bills.annotations.one": ("{n} annotation", "{n} annotation"),
    "bills.annotations.many": ("{n} annotations", "{n} annotations"),
    "bills.people.one": ("{n} personne", "{n} person"),
    "bills.people.many": ("{n} personnes", "{n} people"),
    "bills.version_line": ("Version {n} — {label} ({day})", "Version {n} — {label} ({day})"),
    "bills.other_versions": ("Autres versions :", "Other versions:"),
    "bills.export": ("Télécharger :", "Download:"),
    "bills.export_txt": ("texte", "plain text"),
    "bills.consultation": ("Consultation", "Consultation"),
    "bills.fig_articles": ("Articles", "Articles"),
    "bills.fig_votes": ("Votes sur les articles", "Votes on the articles"),
    "bills.fig_arguments": ("Arguments sur les articles", "Arguments on the articles"),
    "bills.fig_pending": ("Amendements en attente", "Pending amendments"),
    "bills.see_pending": (
        "Voir les amendements en attente, classés par soutien",
        "See the pending amendments, ranked by support",
    ),
    "bills.old_version": (
        "Vous lisez la version {n}. Les votes, les arguments et les amendements portent sur",
        "You are reading version {n}. Votes, arguments and amendments are on",
    ),
    "bills.current_version": ("la version en vigueur", "the current version"),
    "bills.toc": ("Sommaire", "Contents"),
    "bills.toc_hint": (
        "Chaque article s’ouvre sur sa page, avec ses annotations, ses votes et ses arguments.",
        "Each article opens on its own page, with its annotations, votes and arguments.",
    ),
    "bills.article": ("Article {num}", "Article {num}"),
    "bills.readers.one": ("{n} lecteur en ce moment", "{n} reader right now"),
    "bills.readers.many": ("{n} lecteurs en ce moment", "{n} readers right now"),
    # Votes (shared by the bill, article and amendment pages)
    "vote.agree": ("D’accord", "Agree"),
    "vote.mixed": ("Mitigé", "Mixed"),
    "vote.disagree": ("Pas d’accord", "Disagree"),
    "vote.none": ("Aucun vote pour l’instant.", "No vote yet."),
    "vote.bar": ("Votes sur {subject} : {summary}", "Votes on {subject}: {summary}"),
    "vote.subject_article": ("l’article {num}", "article {num}"),
    "vote.subject_amendment": ("l’amendement n° {n}", "amendment no. {n}"),
    "stance.for": ("Arguments pour", "Arguments for"),
    "stance.against": ("Arguments contre", "Arguments against"),
    "argument.useful_for": ("utile pour {people}", "useful to {people}"),
    "argument.top_of": (
        "Les {top} jugés les plus utiles, sur {total}.",
        "The {top} found most useful, of {total}.",
    ),
}
