"""Strings of an article's page: the text, annotating, votes, arguments and comments."""

STRINGS = {
    "article.breadcrumb": ("Fil d’Ariane", "Breadcrumb"),
    "article.previous": ("Article précédent", "Previous article"),
    "article.next": ("Article suivant", "Next article"),
    "article.neighbours": ("Articles voisins", "Neighbouring articles"),
    "article.toc_link": ("Sommaire du texte", "Bill contents"),
    "article.text": ("Texte de l’article", "Text of the article"),
    "article.alinea": ("Alinéa {n}", "Paragraph {n}"),
    "article.old_version": (
        "Vous lisez la version {n}. Les annotations, les votes et les arguments portent sur",
        "You are reading version {n}. Annotations, votes and arguments are on",
    ),
    "article.current_version": ("la version en vigueur", "the current version"),
    "article.not_open": (
        "La consultation n’est pas ouverte : les contributions ne sont pas reçues.",
        "The consultation is not open: contributions are not taken.",
    ),
    # Annotating
    "annotate.button": ("Annoter", "Annotate"),
    "annotate.hint": (
        "Sélectionnez un passage du texte, puis choisissez « Annoter ». Au clavier : choisissez « Annoter » "
        "et sélectionnez le passage dans la boîte qui s’ouvre (Maj + flèches).",
        "Select a passage of the text, then choose “Annotate”. With the keyboard: choose “Annotate” and "
        "select the passage in the box that opens (Shift + arrows).",
    ),
    "annotate.dialog_title": ("Annoter un passage", "Annotate a passage"),
    "annotate.passage": ("Passage annoté", "Annotated passage"),
    "annotate.choose": (
        "Passage à annoter : sélectionnez-le dans le texte ci-dessous",
        "Passage to annotate: select it in the text below",
    ),
    "annotate.source_hint": (
        "Une copie du texte, qui ne se modifie pas : Maj + flèches pour sélectionner.",
        "A copy of the text, which cannot be edited: Shift + arrows to select.",
    ),
    "annotate.body": ("Votre annotation", "Your annotation"),
    "annotate.publish": ("Publier", "Publish"),
    "annotate.need_selection": (
        "Sélectionnez d’abord un passage du texte.",
        "First select a passage of the text.",
    ),
    "annotate.need_body": ("Écrivez votre annotation.", "Write your annotation."),
    "annotate.published": ("Annotation publiée.", "Annotation published."),
    "annotate.failed": (
        "L’annotation n’a pas été publiée : le passage n’a pas été retrouvé dans le texte.",
        "The annotation was not published: the passage was not found in the text.",
    ),
    "annotations.title": ("Annotations", "Annotations"),
    "annotations.none": ("Aucune annotation pour l’instant.", "No annotation yet."),
    "annotations.on": ("Sur « {quote} »", "On “{quote}”"),
    "annotations.orphaned": (
        "Passages disparus de cette version",
        "Passages gone from this version",
    ),
    "annotations.hidden": ("Annotation masquée par la modération.", "Annotation hidden by moderation."),
    "annotations.see": ("Voir l’annotation", "See the annotation"),
    # Votes
    "votes.title": ("Votre avis sur l’article", "Your view of the article"),
    "votes.yours": ("Votre vote : {value}", "Your vote: {value}"),
    "votes.recorded": ("Vote enregistré : {value}.", "Vote recorded: {value}."),
    "votes.withdraw": ("Retirer mon vote", "Withdraw my vote"),
    "votes.withdrawn": ("Vote retiré.", "Vote withdrawn."),
    "votes.results": ("Votes", "Votes"),
    # Arguments
    "arguments.title": ("Arguments", "Arguments"),
    "arguments.for": ("Argument pour", "Argument for"),
    "arguments.against": ("Argument contre", "Argument against"),
    "arguments.write": ("Écrire un argument", "Write an argument"),
    "arguments.body": ("Votre argument", "Your argument"),
    "arguments.stance": ("Position", "Stance"),
    "arguments.submit": ("Publier l’argument", "Publish the argument"),
    "arguments.none": ("Aucun argument.", "No argument."),
    "arguments.more": ("Arguments suivants", "More arguments"),
    "arguments.earlier": ("Arguments précédents", "Earlier arguments"),
    "arguments.pages_for": ("Pages des arguments pour", "Pages of arguments for"),
    "arguments.pages_against": ("Pages des arguments contre", "Pages of arguments against"),
    "arguments.published": ("Argument publié.", "Argument published."),
    "arguments.need_body": ("Écrivez votre argument.", "Write your argument."),
    "arguments.new_available": (
        "De nouveaux arguments ont été publiés.",
        "New arguments have been published.",
    ),
    # Comments
    "comments.title": ("Discussion", "Discussion"),
    "comments.none": ("Aucun commentaire pour l’instant.", "No comment yet."),
    "comments.body": ("Votre commentaire", "Your comment"),
    "comments.submit": ("Commenter", "Comment"),
    "comments.reply": ("Répondre", "Reply"),
    "comments.reply_to": ("Réponse à {name}", "Reply to {name}"),
    "comments.published": ("Commentaire publié.", "Comment published."),
    "comments.need_body": ("Écrivez votre commentaire.", "Write your comment."),
    "comments.edited": ("modifié", "edited"),
    "comments.deleted": ("Commentaire supprimé.", "Comment deleted."),
    "comments.hidden": ("Commentaire masqué par la modération.", "Comment hidden by moderation."),
    "comments.markdown": (
        "Markdown simple accepté : *italique*, **gras**, listes, liens.",
        "Simple Markdown accepted: *italics*, **bold**, lists, links.",
    ),
    "contribute.signin_link": ("Connectez-vous", "Sign in"),
    "contribute.signin_rest": (
        "pour annoter, voter, argumenter et commenter.",
        "to annotate, vote, argue and comment.",
    ),
    "contribute.error": ("L’envoi n’a pas abouti : {reason}", "Sending failed: {reason}"),
    "contribute.closed": (
        "La consultation n’est pas ouverte.",
        "The consultation is not open.",
    ),
}

# The vote buttons carry the names the issue gives them (straight apostrophe), which tests and
# screen-reader users look for; the tally legend keeps French typography.
STRINGS.update(
    {
        "votes.button.agree": ("D'accord", "Agree"),
        "votes.button.mixed": ("Mitigé", "Mixed"),
        "votes.button.disagree": ("Pas d'accord", "Disagree"),
        "article.of": ("article {position} sur {count}", "article {position} of {count}"),
        "annotations.by": ("{author}, {day}", "{author}, {day}"),
    }
)
