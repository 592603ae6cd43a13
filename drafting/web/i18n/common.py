"""Strings every page shares: the frame (header, footer, switch), dates, numbers, errors."""

STRINGS = {
    "common.skip": ("Aller au contenu", "Skip to content"),
    "common.tagline": ("écrire la loi ensemble", "writing the law together"),
    "common.site_nav": ("Navigation du site", "Site navigation"),
    "common.home": ("Accueil", "Home"),
    "common.switch_label": ("Langue", "Language"),
    "common.switch_to": ("English", "Français"),
    "common.switch_title": ("Read this site in English", "Lire ce site en français"),
    "common.signin": ("Se connecter", "Sign in"),
    "common.signup": ("Créer un compte", "Create an account"),
    "common.signout": ("Se déconnecter", "Sign out"),
    "common.signed_in_as": ("Connecté·e : {name}", "Signed in: {name}"),
    "common.footer_api": ("API", "API"),
    "common.footer_source": ("Logiciel libre", "Free software"),
    "common.notices": ("Avis personnels", "Personal notices"),
    "common.dismiss": ("Fermer", "Dismiss"),
    "common.close": ("Fermer", "Close"),
    "common.cancel": ("Annuler", "Cancel"),
    "common.previous_page": ("← Page précédente", "← Previous page"),
    "common.next_page": ("Page suivante →", "Next page →"),
    "common.page": ("Page {n}", "Page {n}"),
    "common.at": ("{day} à {hour} h {minute}", "{day} at {hour}:{minute}"),
    "common.paris_time": ("heure de Paris", "Paris time"),
    "common.live_connected": ("Mises à jour en direct", "Live updates"),
    "common.live_lost": (
        "Connexion perdue, nouvelle tentative…",
        "Connection lost, trying again…",
    ),
    "common.error_generic": (
        "Une erreur est survenue. Réessayez dans un instant.",
        "Something went wrong. Try again in a moment.",
    ),
    "common.refused": ("La demande a été refusée : {message}", "The request was refused: {message}"),
    "common.sign_in_to_take_part": (
        "Connectez-vous pour participer",
        "Sign in to take part",
    ),
    # Error pages
    "error.title.400": ("Demande incorrecte", "Bad request"),
    "error.title.401": ("Connexion requise", "Sign-in required"),
    "error.title.403": ("Accès refusé", "Access denied"),
    "error.title.404": ("Page introuvable", "Page not found"),
    "error.title.405": ("Méthode non permise", "Method not allowed"),
    "error.title.409": ("Conflit", "Conflict"),
    "error.title.413": ("Envoi trop volumineux", "Upload too large"),
    "error.title.422": ("Données incorrectes", "Invalid data"),
    "error.title.429": ("Trop de demandes", "Too many requests"),
    "error.title.500": ("Erreur du serveur", "Server error"),
    "error.title.503": ("Base de données occupée", "Database busy"),
    "error.title.other": ("Erreur", "Error"),
    "error.message.400": ("Cette adresse n’est pas bien formée.", "This address is not well formed."),
    "error.message.401": (
        "Connectez-vous pour voir cette page.",
        "Sign in to see this page.",
    ),
    "error.message.403": (
        "Votre compte ne permet pas d’accéder à cette page.",
        "Your account may not see this page.",
    ),
    "error.message.404": (
        "Il n’y a rien à cette adresse. Le texte ou l’article a peut-être été retiré.",
        "There is nothing at this address. The bill or article may have been removed.",
    ),
    "error.message.405": (
        "Cette adresse ne répond pas à cette méthode.",
        "This address does not answer this method.",
    ),
    "error.message.409": (
        "Cette action entre en conflit avec l’état actuel du texte.",
        "This action conflicts with the current state of the text.",
    ),
    "error.message.413": ("L’envoi est trop volumineux.", "What you sent is too large."),
    "error.message.422": ("Les données envoyées sont incorrectes.", "What you sent is not valid."),
    "error.message.429": (
        "Trop de demandes en peu de temps. Patientez un peu.",
        "Too many requests in a short time. Wait a little.",
    ),
    "error.message.500": (
        "Une erreur inattendue est survenue ; elle a été consignée.",
        "An unexpected error occurred; it has been logged.",
    ),
    "error.message.503": (
        "La base de données est occupée par une autre écriture (un import, par exemple). Rien n’a été "
        "enregistré : réessayez dans une minute.",
        "The database is busy with another write (an import, for instance). Nothing was saved: try again "
        "in a minute.",
    ),
    "error.message.other": ("La demande n’a pas abouti.", "The request did not succeed."),
    "error.back": ("Retour à la liste des textes", "Back to the list of bills"),
    "error.code": ("Code {status}", "Code {status}"),
}
