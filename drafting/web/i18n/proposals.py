"""Strings of the pages proposing a new article (« article additionnel ») or an article's deletion."""

STRINGS = {
    # links to the forms
    "proposals.new_article": ("Proposer un article additionnel", "Propose a new article"),
    "proposals.new_article_after": (
        "Proposer un article additionnel après celui-ci",
        "Propose a new article after this one",
    ),
    "proposals.deletion": ("Proposer la suppression de l’article", "Propose deleting this article"),
    "proposals.toc_where": ("Où placer le nouvel article ?", "Where does the new article go?"),
    "proposals.toc_after": ("Après l’{article}", "After {article}"),
    "proposals.toc_first": ("Au début : {division}", "At the start of {division}"),
    "proposals.toc_bill_start": ("Au début du texte", "At the beginning of the text"),
    "proposals.toc_continue": ("Continuer", "Continue"),
    # the new article's form
    "proposals.new_title": ("Proposer un article additionnel", "Propose a new article"),
    "proposals.place_after": (
        "Le nouvel article prendrait place après l’{article}.",
        "The new article would come after {article}.",
    ),
    "proposals.place_between": (
        "Le nouvel article prendrait place entre l’{article} et l’{next}.",
        "The new article would come between {article} and {next}.",
    ),
    "proposals.place_first": (
        "Le nouvel article prendrait place au début de : {division}.",
        "The new article would come at the start of {division}.",
    ),
    "proposals.place_start": (
        "Le nouvel article prendrait place au début du texte.",
        "The new article would come at the beginning of the text.",
    ),
    "proposals.num": ("Numéro de l’article", "Article number"),
    "proposals.num_hint": (
        "Comme au Parlement : « {example} ». Vous pouvez le changer ; il doit être libre dans le texte.",
        "As Parliament does: “{example}”. You may change it; no other article of the text may have it.",
    ),
    "proposals.heading": ("Intitulé (facultatif)", "Heading (optional)"),
    "proposals.text": ("Texte de l’article", "Text of the article"),
    "proposals.text_hint": (
        "Un alinéa par paragraphe : séparez les alinéas par une ligne vide.",
        "One paragraph per alinéa: separate them with a blank line.",
    ),
    "proposals.justification": ("Exposé des motifs", "Statement of reasons"),
    "proposals.justification_hint": (
        "Pourquoi cet article ? Markdown simple accepté.",
        "Why this article? Plain Markdown is accepted.",
    ),
    "proposals.preview_button": ("Prévisualiser", "Preview"),
    "proposals.preview_title": ("L’article tel qu’il se lirait", "The article as it would read"),
    "proposals.preview_empty": (
        "Écrivez le texte de l’article : il s’affichera ici tel qu’il se lirait.",
        "Write the article’s text: it will show here as it would read.",
    ),
    "proposals.preview_failed": (
        "L’aperçu n’a pas pu être calculé ; vous pouvez tout de même proposer l’article.",
        "The preview could not be computed; you can still propose the article.",
    ),
    "proposals.preview_taken": (
        "Attention : l’{article} existe déjà dans le texte. Choisissez un autre numéro.",
        "Careful: {article} already exists in the text. Choose another number.",
    ),
    "proposals.no_number": ("(sans numéro)", "(no number)"),
    "proposals.submit_new": ("Proposer cet article", "Propose this article"),
    # the deletion's form
    "proposals.deletion_title": ("Proposer la suppression de l’{article}", "Propose deleting {article}"),
    "proposals.as_it_stands": ("L’article tel qu’il est aujourd’hui", "The article as it stands"),
    "proposals.what_happens": ("Ce qui se passera", "What will happen"),
    "proposals.what_happens_text": (
        "Votre proposition sera publiée avec son exposé des motifs. Si elle est adoptée, l’{article} "
        "sera retiré du texte.",
        "Your proposal will be published with its statement of reasons. If it is adopted, {article} "
        "will be removed from the text.",
    ),
    "proposals.already_proposed": (
        "La suppression de cet article est déjà proposée : vous pouvez soutenir cet amendement plutôt "
        "que d’en déposer un autre :",
        "Deleting this article is already proposed: you can support that amendment rather than table another:",
    ),
    "proposals.pending_fall.one": (
        "{n} amendement en attente sur cet article tomberait alors.",
        "{n} pending amendment on this article would then fall.",
    ),
    "proposals.pending_fall.many": (
        "{n} amendements en attente sur cet article tomberaient alors.",
        "{n} pending amendments on this article would then fall.",
    ),
    "proposals.deletion_justification_hint": (
        "Pourquoi supprimer cet article ? Cet exposé est obligatoire. Markdown simple accepté.",
        "Why delete this article? This statement is required. Plain Markdown is accepted.",
    ),
    "proposals.submit_deletion": ("Proposer la suppression", "Propose the deletion"),
    # errors
    "proposals.error_prefix": ("Erreur : ", "Error: "),
    "proposals.error_heading": ("Votre proposition n’a pas été déposée", "Your proposal was not tabled"),
    "proposals.error.num_missing": (
        "Indiquez le numéro du nouvel article, par exemple « {example} ».",
        "Give the new article’s number, for example “{example}”.",
    ),
    "proposals.error.num_taken": (
        "Le texte a déjà un {article} : choisissez un autre numéro, par exemple « {example} ».",
        "The text already has {article}: choose another number, for example “{example}”.",
    ),
    "proposals.error.too_long": (
        "Ce champ est trop long ({n} caractères au plus).",
        "This field is too long (at most {n} characters).",
    ),
    "proposals.error.text_missing": ("Écrivez le texte du nouvel article.", "Write the new article’s text."),
    "proposals.error.justification_missing": (
        "Expliquez pourquoi cet article devrait être supprimé.",
        "Explain why this article should be deleted.",
    ),
    "proposals.error.closed": (
        "La consultation n’accepte pas de contributions en ce moment : votre proposition n’a pas pu être "
        "déposée. Votre texte est conservé ci-dessous.",
        "The consultation does not take contributions now: your proposal could not be tabled. Your text is kept below.",
    ),
    "proposals.error.moved": (
        "Le texte a changé entre-temps et cet endroit n’existe plus. Revenez au texte et recommencez.",
        "The text has changed in the meantime and this place no longer exists. Go back to the text and start again.",
    ),
    "proposals.error.invalid": (
        "Votre proposition n’a pas pu être déposée : vérifiez les champs.",
        "Your proposal could not be tabled: check the fields.",
    ),
    "proposals.closed": (
        "La consultation n’accepte pas de contributions en ce moment.",
        "The consultation does not take contributions now.",
    ),
    # how the lists show these kinds
    "proposals.queue_start": ("Nouveaux articles en tête de division", "New articles at the start of a division"),
    "proposals.card_new": ("Article {num} (nouveau)", "Article {num} (new)"),
    "proposals.card_additional": ("Article additionnel", "Additional article"),
    "proposals.card_additional_after": (
        "Article additionnel après l’article {after}",
        "Additional article after article {after}",
    ),
    "proposals.card_deleted_text": ("Texte supprimé", "Text deleted"),
}
