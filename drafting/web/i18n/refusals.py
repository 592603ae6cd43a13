"""Why the services refused what a form sent, in the reader's language: the services write their
messages in English for the API; drafting/web/refusals.py recognises the known ones and picks these.
A message not recognised is shown as the services wrote it (better the true reason than a wrong one)."""

STRINGS = {
    "refusal.with_field": ("{field} : {message}", "{field}: {message}"),
    "refusal.unknown": ("La demande a été refusée : {message}", "The request was refused: {message}"),
    # rich text: comments, arguments, statements of reasons (drafting/domain/richtext.py)
    "refusal.empty": ("Le texte est vide : écrivez quelque chose avant d’envoyer.",
                      "The text is empty: write something before sending."),
    "refusal.too_long": (
        "Le texte compte {length} caractères ; {limit} au plus sont permis. Raccourcissez-le ou "
        "répartissez-le en plusieurs contributions.",
        "The text has {length} characters; at most {limit} are allowed. Shorten it or split it into "
        "several contributions.",
    ),
    "refusal.nesting": (
        "Le texte imbrique citations ou listes sur {depth} niveaux ; {limit} au plus sont permis.",
        "The text nests quotes or lists {depth} levels deep; at most {limit} are allowed.",
    ),
    "refusal.links": (
        "Le texte contient {links} liens ; {limit} au plus sont permis.",
        "The text has {links} links; at most {limit} are allowed.",
    ),
    "refusal.render": (
        "Une fois mis en forme, le texte ferait une page trop lourde : utilisez moins de mise en forme, "
        "ou répartissez-le en plusieurs contributions.",
        "The text would make too large a page once formatted: use less formatting, or split it.",
    ),
    # amendments' texts (drafting/services/amendment_proposals.py, amendments.py)
    "refusal.text_too_long": (
        "Le texte proposé compte {length} caractères ; {limit} au plus sont permis.",
        "The proposed text has {length} characters; at most {limit} are allowed.",
    ),
    "refusal.text_unchanged": (
        "Le texte proposé est celui de l’article : un amendement doit y changer quelque chose.",
        "The proposed text is the article’s: an amendment must change something.",
    ),
    "refusal.text_empty": (
        "Le texte proposé est vide ; pour supprimer l’article, proposez un amendement de suppression.",
        "The proposed text is empty; to remove the article, propose a deletion amendment.",
    ),
    "refusal.text_unchanged_or_empty": (
        "Le texte proposé doit modifier l’article et ne pas être vide.",
        "The proposed text must change the article and must not be empty.",
    ),
    "refusal.sub_empty": (
        "Le sous-amendement donne le nouveau texte de l’amendement : ce texte est vide.",
        "A sub-amendment gives the amendment’s new text: that text is empty.",
    ),
    "refusal.sub_unchanged": (
        "Le sous-amendement propose le texte même de l’amendement : il doit y changer quelque chose.",
        "The sub-amendment proposes the amendment’s own text: it must change something.",
    ),
    "refusal.instructions_too_long": (
        "Les instructions comptent {length} caractères ; {limit} au plus sont permis.",
        "The instructions have {length} characters; at most {limit} are allowed.",
    ),
    "refusal.reason": (
        "La décision porte un motif public de 1 à {limit} caractères.",
        "A decision carries a public reason of 1 to {limit} characters.",
    ),
    "refusal.form_too_large": (
        "Le formulaire envoyé est trop volumineux ({length} octets ; {limit} au plus).",
        "The form sent is too large ({length} bytes; at most {limit}).",
    ),
    # the fields named before a message
    "refusal.field.text": ("Texte proposé", "Proposed text"),
    "refusal.field.justification": ("Exposé des motifs", "Statement of reasons"),
    "refusal.field.instructions": ("Instructions", "Instructions"),
    "refusal.field.body": ("Texte", "Text"),
}
