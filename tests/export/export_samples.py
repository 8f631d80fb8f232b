"""A small fixed draft that uses every Markdown construct, and member answers, shared by the export tests."""

from __future__ import annotations

from datetime import date

from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.export.content import MemberAnswers
from dpi_consult.form.model import Form
from dpi_consult.form.registry import bundled_forms

TODAY = date(2026, 11, 29)
SECRET_NOTE = "NOTE-INTERNE-JAMAIS-EXPORTEE"

RICH = (
    "Notre **fédération** estime que la fiche est *utile* mais ***perfectible***, voir la "
    "[FAQ de l’ANS](https://esante.gouv.fr/faq?x=1&y=2) et `R6113-9-2`.\n"
    "Ligne suivante après un saut simple.\n\n"
    "- premier point\n- second point\n  - sous-point a\n  - sous-point b\n- troisième point\n\n"
    "3. trois\n4. quatre\n\n"
    "> Citation du projet\u00a0: « les traces sont conservées »\n\n"
    "| Donnée | Durée |\n|:--|--:|\n| Traces | 6 mois |\n| Dossier | 20 ans |"
)
SECOND_LIST = "Deux étapes\u202f:\n\n1. inventaire\n2. purge\n\nPuis :\n\n1. contrôle"
NESTED_QUOTE = "> Premier niveau\n> - point cité\n>\n> > Second niveau"
GENERAL = "# Synthèse\n\nTexte  avec deux espaces.\n\n```\ncode   brut <b>\n  indenté\n```\n\n***\n\nFin."


def sample_form() -> Form:
    return bundled_forms()["cnil-dpi-2025"]


def sample_draft(form: Form | None = None) -> Draft:
    form = form or sample_form()
    draft = Draft.new(form, "Fédération hospitalière d’Occitanie")
    draft.draft_id = "00000000-0000-4000-8000-000000000001"
    values = {
        "identification.type": "federation",
        "identification.membres": 1234,
        "identification.roles": ["rssi", "dpo"],
        "identification.region": "occitanie",
        "identification.email": "contact@fho.example.fr",
        "fiche-01.clarte": "plutot-oui",
        "fiche-01.difficultes": RICH,
        "fiche-01.modifications": SECOND_LIST,
        "fiche-06.traces-r6113-9-2": NESTED_QUOTE,
        "general.observations-generales": GENERAL,
        "publication.consentement": "nominative",
        "publication.precisions": "Merci de **ne pas** publier l’annexe.",
    }
    for qid, value in values.items():
        draft.set_value(form, qid, value)
    draft.notes["fiche-01"] = SECRET_NOTE
    draft.notes["fiche-01.difficultes"] = SECRET_NOTE
    draft.statuses["fiche-01"] = SheetStatus.VALIDATED
    return draft


def sample_members() -> list[MemberAnswers]:
    return [
        MemberAnswers("CHU de Rivesaltes", {"fiche-01.clarte": "oui", "fiche-01.difficultes": "Réponse **A**."},
                      "Établissement public de santé", "Occitanie"),
        MemberAnswers("Membre 2 (Établissement public de santé, Occitanie)",
                      {"fiche-01.clarte": "non", "fiche-06.difficultes": "- point B1\n- point B2"},
                      "Établissement public de santé", "Occitanie", "Membre 2"),
    ]
