"""Strings the live scripts show (static/js/live.js and the pages' modules)."""

STRINGS = {
    "live.readers_one": ("{n} lecteur en ce moment", "{n} reader right now"),
    "live.readers_many": ("{n} lecteurs en ce moment", "{n} readers right now"),
    "live.notice_colliding": (
        "Votre amendement n° {n} entre en collision avec une modification acceptée : il change un "
        "passage qui a été réécrit. Revoyez-le.",
        "Your amendment no. {n} collides with an accepted change: the passage it changes was "
        "rewritten. Review it.",
    ),
    "live.notice_fallen": (
        "Votre amendement n° {n} est tombé : il ne peut plus s’appliquer au texte.",
        "Your amendment no. {n} fell: it can no longer apply to the text.",
    ),
    "live.version_published": (
        "Une nouvelle version du texte est publiée ; l’article est à jour, les passages modifiés sont signalés.",
        "A new version of the bill is published; the article is up to date and the changed passages are marked.",
    ),
    "live.bill_version": ("Version {n} du texte publiée.", "Version {n} of the bill published."),
    "live.annotation_added": ("Nouvelle annotation.", "New annotation."),
    "live.argument_added": ("Nouvel argument.", "New argument."),
    "live.comment_added": ("Nouveau commentaire.", "New comment."),
    "live.changed": ("modifié", "changed"),
    # the page of one amendment (static/js/amendment.js), followed by what its outcome now says
    "live.amendment_accepted": (
        "Décision prise : l’amendement est adopté.",
        "Decision made: the amendment is accepted.",
    ),
    "live.amendment_rejected": (
        "Décision prise : l’amendement est rejeté.",
        "Decision made: the amendment is rejected.",
    ),
    "live.amendment_withdrawn": ("L’amendement a été retiré.", "The amendment was withdrawn."),
    "live.amendment_fallen": ("L’amendement est tombé.", "The amendment fell."),
    "live.amendment_rectified": ("Texte rectifié : {title}.", "Text rectified: {title}."),
    "live.amendment_text_changed": (
        "Un sous-amendement a été accepté : le texte proposé est mis à jour.",
        "A sub-amendment was accepted: the proposed text is updated.",
    ),
    "live.amendment_hidden": (
        "L’amendement vient d’être masqué par la modération.",
        "The amendment has just been hidden by moderation.",
    ),
    "live.amendment_restored": (
        "L’amendement vient d’être rétabli par la modération.",
        "The amendment has just been restored by moderation.",
    ),
}
