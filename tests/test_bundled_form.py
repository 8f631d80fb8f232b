"""The shipped CNIL form: its structure follows the draft's 14 sheets and the consultation's needs."""

from __future__ import annotations

import re

from dpi_consult.form.model import QuestionKind, SectionKind
from dpi_consult.form.registry import bundled_form, resolve_form
from dpi_consult.markdown import parse, to_plain_text

SHEET_TITLES = [
    "Responsabilité de traitement",
    "Base légale",
    "Gouvernance, analyse d’impact et homologation",
    "Données composant le DPI",
    "Mesures de sécurité générales liées à la conservation des données",
    "Durées de conservation",
    "Sécurisation des échanges de données",
    "Information des personnes concernées",
    "Mesures de sécurité liées à l’information et l’exercice des droits",
    "Personnel de l’établissement de santé",
    "Mesures de sécurité liées aux accédants",
    "Sous-traitants, destinataires et tiers",
    "Maîtrise des relations avec les sous-traitants et les tiers",
    "Sécurisation des opérations de maintenance",
]
SCALE = ["Oui", "Plutôt oui", "Plutôt non", "Non", "Sans avis"]


def test_sections_in_order():
    form = bundled_form()
    assert [s.id for s in form.sections] == (
        ["identification"] + [f"fiche-{n:02d}" for n in range(1, 15)] + ["general", "publication"])
    sheets = [s for s in form.sections if s.kind is SectionKind.SHEET]
    assert [s.title for s in sheets] == SHEET_TITLES
    assert [s.number for s in sheets] == list(range(1, 15))
    assert resolve_form(None) is form and resolve_form("cnil-dpi-2025") is form


def test_every_sheet_has_summary_standard_and_specific_questions():
    form = bundled_form()
    for section in (s for s in form.sections if s.kind is SectionKind.SHEET):
        words = len(re.findall(r"\w+", to_plain_text(parse(section.summary))))
        assert 150 <= words <= 400, (section.id, words)
        ids = [q.id for q in section.questions]
        # Clarity, feasibility, difficulties with the orders of magnitude of cost and time, then the changes.
        slugs = ("clarte", "applicabilite", "difficultes", "cout-investissement", "cout-fonctionnement", "etp",
                 "delai-nouveaux-dpi", "delai-parc-installe", "modifications")
        standard = [f"{section.id}.{slug}" for slug in slugs]
        assert ids[:9] == standard, section.id
        assert len(ids) >= 12, section.id  # at least three questions of its own
        for question in section.questions[:2]:
            assert question.kind is QuestionKind.SINGLE_CHOICE
            assert [o.label for o in question.options] == SCALE
        for question in section.questions[3:8]:
            assert question.kind is QuestionKind.SINGLE_CHOICE and len(question.options) >= 5
        for question in (section.questions[2], section.questions[8]):
            assert question.kind is QuestionKind.LONG_TEXT and question.max_chars == 4000
        for question in section.questions:
            assert question.id.startswith(section.id + ".") and question.prompt.strip()
            if question.kind is QuestionKind.LONG_TEXT:
                assert question.max_chars is not None


def test_identification_questions():
    form = bundled_form()
    q = form.question
    assert q("identification.organisation").required
    types = [o.id for o in q("identification.type").options]
    assert types[:3] == ["etablissement-public", "espic", "prive-lucratif"] and types[-1] == "autre"
    assert {"ght", "federation", "association-patients", "editeur", "hebergeur", "medico-social",
            "hospitalisation-a-domicile", "centre-lutte-cancer", "centre-de-sante", "gcs-gip", "grades",
            "professionnel-individuel", "particulier"} <= set(types)
    assert "editeur-hebergeur" not in types  # retired in 1.1, see tests/form_versions
    assert q("identification.roles").kind is QuestionKind.MULTIPLE_CHOICE
    roles = [o.id for o in q("identification.roles").options]
    assert roles[:6] == ["dpo", "medecin-dim", "dsi", "rssi", "direction", "juriste"] and roles[-1] == "autre"
    assert {"president-cme-medecin", "qualite-risques", "identitovigilance", "archiviste",
            "conseiller-protection-donnees"} <= set(roles)
    assert q("identification.finess").format == "finess" and not q("identification.finess").required
    assert q("identification.email").format == "email" and not q("identification.email").required
    regions = q("identification.region").options
    assert len(regions) == 19 and regions[-1].id == "national"
    members = q("identification.membres")
    assert members.kind is QuestionKind.INTEGER and "federation" in members.visible_if.values


def test_publication_consent():
    consent = bundled_form().question("publication.consentement")
    assert consent.kind is QuestionKind.SINGLE_CHOICE and consent.required
    assert [o.id for o in consent.options] == ["nominative", "anonyme", "non"]


def test_header_says_the_form_is_the_projects_own_model():
    header = bundled_form().source_text.split("[form]")[0]
    assert "n’est pas publié" in header and "modèle" in header
