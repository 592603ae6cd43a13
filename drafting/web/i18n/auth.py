"""Strings of the sign-in and sign-up pages."""

STRINGS = {
    "auth.signin_title": ("Se connecter", "Sign in"),
    "auth.signup_title": ("Créer un compte", "Create an account"),
    "auth.email": ("Adresse électronique", "Email address"),
    "auth.password": ("Mot de passe", "Password"),
    "auth.display_name": ("Nom affiché", "Display name"),
    "auth.display_name_hint": (
        "Montré à côté de vos contributions, 80 caractères au plus.",
        "Shown beside your contributions, at most 80 characters.",
    ),
    "auth.password_hint": (
        "Au moins {n} caractères. Une phrase de plusieurs mots se retient mieux.",
        "At least {n} characters. A phrase of several words is easier to remember.",
    ),
    "auth.submit_signin": ("Se connecter", "Sign in"),
    "auth.submit_signup": ("Créer un compte", "Create an account"),
    "auth.no_account": ("Pas encore de compte ?", "No account yet?"),
    "auth.have_account": ("Déjà un compte ?", "Already have an account?"),
    "auth.error_heading": ("Le formulaire n’a pas abouti", "The form did not go through"),
    "auth.wrong_credentials": (
        "Adresse électronique ou mot de passe incorrect.",
        "Wrong email address or password.",
    ),
    "auth.too_many": (
        "Trop de tentatives de connexion. Réessayez dans quelques minutes.",
        "Too many sign-in attempts. Try again in a few minutes.",
    ),
    "auth.too_many_signups": (
        "Trop de comptes créés depuis cette adresse. Réessayez plus tard.",
        "Too many accounts created from this address. Try again later.",
    ),
    "auth.bad_email": (
        "Indiquez une adresse électronique valide, par exemple nom@exemple.fr.",
        "Give a valid email address, for example name@example.org.",
    ),
    "auth.short_password": (
        "Le mot de passe doit comporter au moins {n} caractères.",
        "The password must have at least {n} characters.",
    ),
    "auth.long_password": (
        "Le mot de passe doit comporter au plus 1 024 caractères.",
        "The password must have at most 1,024 characters.",
    ),
    "auth.bad_name": (
        "Le nom affiché doit comporter de 1 à 80 caractères.",
        "The display name must have 1 to 80 characters.",
    ),
    "auth.taken": (
        "Un compte existe déjà pour cette adresse. Connectez-vous.",
        "An account already exists for this address. Sign in instead.",
    ),
    "auth.weak_password": (
        "Ce mot de passe est trop facile à deviner. Choisissez-en un autre.",
        "This password is too easy to guess. Choose another one.",
    ),
    "auth.reserved_name": (
        "Ce nom est celui d’une institution ou de l’auteur d’un texte. Choisissez un nom qui ne parle que pour vous.",
        "This name is an institution's or a bill author's. Choose a name that speaks for you alone.",
    ),
    "auth.signed_out": ("Vous êtes déconnecté·e.", "You are signed out."),
}
