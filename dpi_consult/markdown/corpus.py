"""Edge-case Markdown answers shared by the tests of every output (plain text, HTML, Word)."""

from __future__ import annotations

LONG_WORD = "anticonstitutionnellement" * 8  # 200 characters, no space

EDGE_CASES: list[str] = [
    "",
    "   \n\t\n  ",
    "Un seul paragraphe.",
    "Première ligne\ndeuxième ligne\n\nNouveau paragraphe.",
    "**gras**, *italique*, ***les deux***, _souligné_ et __fort__ et `code`.",
    "Lien [page d’accueil](https://exemple.fr/hôpital/été?q=évaluation) et <https://exemple.fr/é>.",
    "Courriel : <secretariat@exemple.fr>",
    "- un\n- deux\n  - deux a\n  - deux b\n    - deux b i\n- trois",
    "- a\n    - b quatre espaces\n        - c huit espaces",
    "* étoile\n* encore\n\n+ plus\n+ encore",
    "3. trois\n4. quatre\n5. cinq",
    "1. un\n2. deux\n\nTexte entre les listes.\n\n1. un encore\n2. deux encore",
    "1) parenthèse\n2) suite",
    "1. liste\n   > citation dans la liste\n2. suite",
    "> citation\n> - liste dans la citation\n> - second point\n>\n> > citation imbriquée",
    (
        "| Médicament | Dose | Remarque |\n"
        "|:-----------|-----:|:--------:|\n"
        "| Paracétamol | 1 g | **max** 4 g/j |\n"
        "| Ibuprofène | 400 mg | *avec repas* |"
    ),
    "Texte avec <b>balise</b> et <script>alert('x')</script> laissés tels quels.",
    f"Mot très long : {LONG_WORD} fin.",
    "Émojis 👩‍⚕️ 💊 et drapeaux 🇫🇷 dans le texte 🙂",
    "Typographie\u00a0: « guillemets », apostrophe ’, espace fine\u202f; et points de suspension…",
    "# Titre\n\n## Sous-titre\n\nTexte\n\n###### Niveau six",
    "Titre souligné\n==============\n\nSous-titre souligné\n-------------------",
    "```\ncode   indenté\n  <b>brut</b>\n```",
    "    bloc de code indenté\n    seconde ligne",
    "Échappements : \\* pas une puce, \\_ pas italique, \\# pas un titre, 2 \\* 3",
    "Avant\n\n***\n\nAprès",
    "- [ ] pas une case à cocher\n- 10 % des patients",
    "Saut dur avec deux espaces  \nà la fin et barre oblique\\\nici",
    "Posologie < 5 mg/kg & > 2 ans ; T° ≥ 38,5 °C",
    "- élément\n\n  second paragraphe du même élément\n\n- élément suivant",
    "Texte avec `code | barre` et une barre \\| échappée",
]
