"""A form's [[changes]] table: read and checked, and what a draft of an older version is told."""

from __future__ import annotations

import pytest

from dpi_consult.checks import Problem, Severity, check_draft
from dpi_consult.draft.form_update import form_update
from dpi_consult.draft.model import Draft
from dpi_consult.errors import FormError
from dpi_consult.form.loader import load_form_text
from dpi_consult.form.version_changes import changes_between, version_key

BASE = """
[form]
id = "essai"
version = "{version}"
title = "Essai"

[[sections]]
id = "identification"
kind = "identification"
title = "Identification"

  [[sections.questions]]
  id = "identification.type"
  kind = "single_choice"
  prompt = "Type"
  options = [{options}]

  [[sections.questions]]
  id = "identification.roles"
  kind = "multiple_choice"
  prompt = "Rôles"
  options = [{{ id = "dpo", label = "DPO" }}, {{ id = "rssi", label = "RSSI" }}]

[[sections]]
id = "fiche-01"
kind = "sheet"
number = 1
title = "Première fiche"

  [[sections.questions]]
  id = "fiche-01.avis"
  kind = "long_text"
  prompt = "{prompt}"
{extra}
"""
V10_OPTIONS = '{ id = "editeur-hebergeur", label = "Éditeur ou hébergeur" }, { id = "autre", label = "Autre" }'
V11_OPTIONS = ('{ id = "editeur", label = "Éditeur" }, { id = "hebergeur", label = "Hébergeur" }, '
               '{ id = "autre", label = "Autre" }')
NEW_QUESTION = """
  [[sections.questions]]
  id = "fiche-01.cout"
  kind = "single_choice"
  prompt = "Coût ?"
  options = [{ id = "faible", label = "Faible" }, { id = "eleve", label = "Élevé" }]
"""
CHANGES_11 = """
[[changes]]
version = "1.1"
summary = "Types d’organisation séparés, une question de coût."
added_questions = ["fiche-01.cout"]
reworded_questions = ["fiche-01.avis"]
added_options = [{ question = "identification.type", ids = ["editeur", "hebergeur"] }]
retired_options = [{ question = "identification.type", id = "editeur-hebergeur", label = "Éditeur ou hébergeur", \
replaced_by = ["editeur", "hebergeur"] }]
revised_summaries = ["fiche-01"]
"""  # the backslash joins the two lines: TOML inline tables are one line


def form_11(changes: str = CHANGES_11, version: str = "1.1"):
    text = BASE.format(version=version, options=V11_OPTIONS, prompt="Votre avis sur la fiche ?",
                       extra=NEW_QUESTION + changes)
    return load_form_text(text, "essai-1.1.toml")


def form_10():
    return load_form_text(BASE.format(version="1.0", options=V10_OPTIONS, prompt="Votre avis ?", extra=""),
                          "essai-1.0.toml")


def draft_of_10() -> Draft:
    old = form_10()
    draft = Draft.new(old)
    draft.set_value(old, "identification.type", "editeur-hebergeur")
    draft.set_value(old, "fiche-01.avis", "Plutôt favorable.")
    return draft


def test_versions_order_as_numbers():
    assert version_key("1.10") > version_key("1.9") > version_key("1")
    assert version_key("1.0-beta") is None


def test_changes_are_read_and_retired_options_kept_by_their_question():
    form = form_11()
    [change] = form.changes
    assert change.added_questions == ("fiche-01.cout",)
    question = form.question("identification.type")
    assert question.option("editeur-hebergeur") is None
    assert question.retired_option("editeur-hebergeur").replaced_by == ("editeur", "hebergeur")
    assert question.option_label("editeur-hebergeur") == "Éditeur ou hébergeur"
    assert changes_between(form, "1.0") == [change]
    assert changes_between(form, "1.1") == []
    assert changes_between(form, "2.0") == []


@pytest.mark.parametrize(("changes", "expected"), [
    (CHANGES_11.replace('["fiche-01.cout"]', '["fiche-01.absente"]'),
     "changes[0].added_questions : question inconnue « fiche-01.absente »"),
    (CHANGES_11.replace('id = "editeur-hebergeur"', 'id = "autre"'),
     "l’option « autre » est retirée mais figure encore dans « identification.type »"),
    (CHANGES_11.replace('replaced_by = ["editeur", "hebergeur"]', 'replaced_by = ["editeurs"]'),
     "option de remplacement « editeurs » absente de « identification.type »"),
    (CHANGES_11.replace('ids = ["editeur", "hebergeur"]', 'ids = ["editeur", "cloud"]'),
     "option « cloud » absente de « identification.type »"),
    (CHANGES_11 + CHANGES_11, "changes[1].version : les versions doivent se suivre en croissant"),
    (CHANGES_11.replace('version = "1.1"', 'version = "1.2"'),
     "version « 1.2 » postérieure à celle du formulaire (1.1)"),
    (CHANGES_11.replace('revised_summaries = ["fiche-01"]', 'revised_summaries = ["fiche-99"]'),
     "section inconnue « fiche-99 »"),
    (CHANGES_11.replace('summary = "Types d’organisation séparés, une question de coût."\n', ''),
     "changes[0].summary : clé obligatoire absente"),
    (CHANGES_11 + 'surprise = 1\n', "changes[0].surprise : clé inconnue"),
    ('[[changes]]\nversion = "1.1"\nsummary = "x"\nretired_questions = [{ id = "fiche-01.avis", prompt = "p", '
     'section = "fiche-01" }]\n', "« fiche-01.avis » est retirée mais figure encore dans le formulaire"),
])
def test_a_wrong_changes_table_is_refused_with_its_place(changes: str, expected: str):
    with pytest.raises(FormError) as error:
        form_11(changes)
    assert "essai-1.1.toml" in str(error.value)
    assert expected in str(error.value)


def test_a_form_with_changes_has_a_numbered_version():
    with pytest.raises(FormError, match="a une version en nombres"):
        form_11(version="1.1-rc")


def test_a_draft_of_the_older_version_is_told_what_changed_and_keeps_its_answers():
    form = form_11()
    draft = draft_of_10()
    update = form_update(form, draft, "1.0")
    assert update is not None
    assert update.headline() == ("Formulaire passé de la version 1.0 à la version 1.1 : 1 nouvelle question, "
                                 "2 réponses à revoir")
    lines = update.lines(form, draft)
    assert "Fiche 1 — Première fiche : 1 nouvelle question, 1 question reformulée, résumé revu" in lines
    assert ("Type : choix « Éditeur ou hébergeur » retiré du formulaire en version 1.1 : choisissez « Éditeur » "
            "ou « Hébergeur »") in lines
    assert "Votre avis sur la fiche ? : question reformulée en version 1.1, relisez votre réponse" in lines
    # Nothing moved: the retired choice stays the answer until someone chooses again.
    assert draft.value(form, "identification.type") == "editeur-hebergeur"
    assert form_update(form, draft, "1.1") is None


def test_a_retired_choice_is_a_warning_that_says_what_to_choose():
    form = form_11()
    draft = draft_of_10()
    draft.set_value(form, "identification.roles", ["dpo", "inconnu"])
    findings = {f.question_id: f for f in check_draft(draft, form)}
    retired = findings["identification.type"]
    assert (retired.severity, retired.problem) == (Severity.WARNING, Problem.RETIRED)
    assert "choisissez « Éditeur » ou « Hébergeur »" in retired.message
    assert findings["identification.roles"].problem is Problem.INVALID  # an unknown choice stays an error
    draft.set_value(form, "identification.type", "editeur")
    assert "identification.type" not in {f.question_id for f in check_draft(draft, form)}


def test_a_question_new_in_these_changes_is_not_also_called_reworded():
    form = form_11(CHANGES_11.replace('reworded_questions = ["fiche-01.avis"]',
                                      'reworded_questions = ["fiche-01.avis", "fiche-01.cout"]'))
    update = form_update(form, draft_of_10(), "1.0")
    [entry] = [e for e in update.sections if e.section.id == "fiche-01"]
    assert (entry.added, entry.reworded) == (["fiche-01.cout"], ["fiche-01.avis"])
