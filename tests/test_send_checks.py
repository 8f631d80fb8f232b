"""What is listed before anything leaves: missing, too long, malformed, personal data; for kits, what they carry."""

from __future__ import annotations

from dpi_consult.checks import Problem, check_draft
from dpi_consult.draft.kit import Kit
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.send_checks import Trouble, problems_before_sending, problems_in_kit, section_problem_count

FORM = bundled_form()
LONG = "fiche-01.difficultes"


def complete_draft() -> Draft:
    draft = Draft.new(FORM, organisation="CH de Dax")
    draft.set_value(FORM, "identification.type", "etablissement-public")
    draft.set_value(FORM, "identification.region", "nouvelle-aquitaine")
    draft.set_value(FORM, "publication.consentement", "nominative")
    return draft


def test_a_complete_draft_has_nothing_to_correct():
    assert problems_before_sending(FORM, complete_draft()) == []


def test_each_kind_of_problem_is_listed_with_its_sheet_and_question_in_form_order():
    draft = complete_draft()
    draft.set_value(FORM, "identification.organisation", None)
    draft.set_value(FORM, "identification.finess", "12345")
    draft.set_value(FORM, LONG, "x" * 4351 + " Écrire à jean.dupont@chu.fr")
    draft.set_value(FORM, "publication.consentement", None)
    problems = problems_before_sending(FORM, draft)
    assert [(p.trouble, p.question_id) for p in problems] == [
        (Trouble.MISSING, "identification.organisation"),
        (Trouble.INVALID, "identification.finess"),
        (Trouble.OVER_LIMIT, LONG),
        (Trouble.PERSONAL_DATA, LONG),
        (Trouble.MISSING, "publication.consentement"),
    ]
    too_long = problems[2]
    assert too_long.section_id == "fiche-01" and too_long.section_title.startswith("Fiche 1 — ")
    assert too_long.detail == ("réponse trop longue, 4\u00a0379 caractères pour une limite de 4\u00a0000 "
                               "(379 de trop)")
    assert too_long.line().startswith("Fiche 1 — ") and "Quelles difficultés" in too_long.line()


def test_a_question_shown_only_to_federations_is_not_required_of_a_hospital():
    draft = complete_draft()
    assert all(f.question_id != "identification.membres" for f in check_draft(draft, FORM))
    draft.set_value(FORM, "identification.membres", 0)  # hidden for a hospital: not checked either
    assert [f.question_id for f in check_draft(draft, FORM) if f.problem is not Problem.ORPHAN] == []


def test_the_navigator_count_leaves_personal_data_to_the_check_before_sending():
    draft = complete_draft()
    draft.set_value(FORM, LONG, "Écrire à jean.dupont@chu.fr")
    assert section_problem_count(FORM, draft, "fiche-01") == 0
    draft.set_value(FORM, LONG, "x" * 4001)
    assert section_problem_count(FORM, draft, "fiche-01") == 1
    assert section_problem_count(FORM, draft, "inconnue") == 0


def test_a_kit_is_checked_for_what_it_carries_not_for_being_unanswered():
    kit = Kit(id="k", guidance={LONG: "Appelez le 04 67 33 93 33."},
              proposals={LONG: "y" * 4100, "fiche-02.difficultes": "Une proposition sans souci."})
    problems = problems_in_kit(FORM, kit)
    assert [(p.trouble, p.question_id) for p in problems] == [(Trouble.PERSONAL_DATA, LONG),
                                                              (Trouble.OVER_LIMIT, LONG)]
    assert "dans la consigne" in problems[0].detail and "réponse proposée trop longue" in problems[1].detail
