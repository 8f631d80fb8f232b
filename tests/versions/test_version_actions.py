"""Saving a named version, comparing it with the current text word by word, and going back to it."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

from dpi_consult.cli import main
from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.conflicts import Conflict
from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.draft.version_actions import (
    DifferenceKind,
    VersionNameError,
    restore_version,
    save_version,
    version_differences,
    version_values,
)
from dpi_consult.errors import InputError
from dpi_consult.form.model import Form
from dpi_consult.form.registry import bundled_form
from dpi_consult.merge.drafts import merge_drafts
from dpi_consult.word_changes import Change

FIXTURE = Path(__file__).parents[1] / "fixtures" / "format-v1.4-versions.dpic"
LONG = "fiche-06.difficultes"
CHOICE = "fiche-06.clarte"
TEXT = ("Les journaux de sécurité sont gardés un an.\n\n"
        "Le coût du stockage reste à chiffrer.")


@pytest.fixture
def form() -> Form:
    return bundled_form()


@pytest.fixture
def draft(form: Form) -> Draft:
    draft = Draft.new(form, "Centre hospitalier de Lorient")
    draft.set_value(form, LONG, TEXT)
    draft.set_value(form, CHOICE, "oui")
    draft.set_value(form, "identification.lits-places", 850)
    draft.set_note("fiche-06", "À relire.")
    draft.record_revisions("DPO", "2026-12-01T09:00:00Z")
    return draft


def revision_text(draft: Draft, key: str, revision_id: str) -> str | None:
    return draft.history[key].by_id()[revision_id].text


def test_saving_a_version_records_unsaved_edits_first_and_keeps_only_references(form: Form, draft: Draft):
    draft.set_value(form, LONG, TEXT + "\n\nAjouté avant la version.")
    version = save_version(draft, "  Relue \n par le DPO ", "DPO", "2026-12-02T10:00:00Z")
    assert (version.name, version.author, version.time) == ("Relue par le DPO", "DPO", "2026-12-02T10:00:00Z")
    assert draft.versions == [version]
    head = draft.history[f"answers/{LONG}"].head
    assert head is not None and (head.author, head.time) == ("DPO", "2026-12-02T10:00:00Z")
    assert version.heads[f"answers/{LONG}"] == head.id
    assert set(version.heads) == set(draft.fields())
    for key, value in draft.fields().items():
        assert revision_text(draft, key, version.heads[key]) == (value if isinstance(value, str) else str(value))


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_a_version_needs_a_name_and_nothing_is_recorded_without_one(form: Form, draft: Draft, name: str):
    draft.set_value(form, LONG, "Changé.")
    before = copy.deepcopy(draft.history)
    with pytest.raises(VersionNameError, match="donnez un nom à la version"):
        save_version(draft, name, "DPO")
    assert draft.versions == [] and draft.history == before


def test_a_name_too_long_is_refused_as_a_message_the_window_can_show(draft: Draft):
    with pytest.raises(InputError, match="nom de version trop long \\(201 caractères, au plus 200\\)"):
        save_version(draft, "x" * 201, "DPO")


def test_versions_are_listed_oldest_first_and_by_show(form: Form, draft: Draft, capsys):
    save_version(draft, "Un", "DPO")
    draft.set_value(form, CHOICE, "non")
    save_version(draft, "Deux", "DIM")
    assert [v.name for v in draft.versions] == ["Un", "Deux"]
    assert main(["show", str(FIXTURE)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Version : ")]
    assert len(lines) == 2
    assert lines[0].startswith("Version : « Première relecture », DPO, 1er décembre 2026 à ")
    assert lines[1].startswith("Version : « Envoyée au directeur », DIM, 2 décembre 2026 à ")


def test_differences_are_per_question_in_form_order_and_word_by_word_for_texts(form: Form, draft: Draft):
    version = save_version(draft, "Avant relecture", "DPO")
    draft.set_value(form, LONG, TEXT.replace("un an", "six mois"))
    draft.set_value(form, CHOICE, None)
    draft.set_value(form, "identification.lits-places", 870)
    draft.set_value(form, "fiche-01.difficultes", "Une réponse nouvelle.")
    draft.set_status("fiche-06", SheetStatus.READY)
    draft.set_note("fiche-06", "")
    draft.answers["question-retiree"] = "Gardée d’une ancienne version du formulaire."
    differences = version_differences(form, draft, version)
    assert [(d.kind, d.key) for d in differences] == [
        (DifferenceKind.ANSWER, "identity/identification.lits-places"),
        (DifferenceKind.ANSWER, "answers/fiche-01.difficultes"),
        (DifferenceKind.ANSWER, f"answers/{CHOICE}"),
        (DifferenceKind.ANSWER, f"answers/{LONG}"),
        (DifferenceKind.STATUS, "statuses/fiche-06"),
        (DifferenceKind.NOTE, "notes/fiche-06"),
        (DifferenceKind.ANSWER, "answers/question-retiree"),
    ]
    by_key = {d.key: d for d in differences}
    text = by_key[f"answers/{LONG}"]
    assert (text.section_id, text.question_id) == ("fiche-06", LONG)
    assert [s.text.strip() for s in text.then_words if s.change is Change.REMOVED] == ["un an."]
    assert [s.text.strip() for s in text.now_words if s.change is Change.ADDED] == ["six mois."]
    assert "".join(s.text for s in text.then_words) == TEXT
    assert "".join(s.text for s in text.now_words) == TEXT.replace("un an", "six mois")
    new = by_key["answers/fiche-01.difficultes"]
    assert (new.then, new.then_words) == (None, ())
    assert [(s.change, s.text) for s in new.now_words] == [(Change.ADDED, "Une réponse nouvelle.")]
    choice, number = by_key[f"answers/{CHOICE}"], by_key["identity/identification.lits-places"]
    assert (choice.then, choice.now, choice.then_words, choice.now_words) == ("oui", None, (), ())
    assert (number.then, number.now, number.section_id) == (850, 870, "identification")
    status, note = by_key["statuses/fiche-06"], by_key["notes/fiche-06"]
    assert (status.then, status.now, status.question_id, status.section_id) == (None, "ready", None, "fiche-06")
    assert [(s.change, s.text) for s in note.then_words] == [(Change.REMOVED, "À relire.")]
    assert by_key["answers/question-retiree"].section_id is None


def test_no_difference_when_nothing_changed(form: Form, draft: Draft):
    version = save_version(draft, "Maintenant", "DPO")
    assert version_differences(form, draft, version) == []


def test_restore_keeps_the_current_state_first_then_brings_the_version_back(form: Form, draft: Draft):
    old = save_version(draft, "Relue", "DPO", "2026-12-02T10:00:00Z")
    draft.set_value(form, LONG, "Tout réécrit.")
    draft.set_value(form, CHOICE, None)
    draft.set_value(form, "fiche-01.difficultes", "Ajoutée après.")
    draft.set_status("fiche-06", SheetStatus.VALIDATED)
    draft.record_revisions("DIM", "2026-12-03T10:00:00Z")
    heads_before = {key: history.head.id for key, history in draft.history.items() if history.head}
    state_before = draft.fields()
    old_ids = {r.id for history in draft.history.values() for r in history.revisions}

    kept = restore_version(form, draft, old, "RSSI", "2026-12-04T10:00:00Z")

    assert kept.name == "Avant le retour à « Relue »" and draft.versions == [old, kept]
    assert (kept.author, kept.time) == ("RSSI", "2026-12-04T10:00:00Z")
    assert {k: v for k, v in version_values(form, draft, kept).items() if v is not None} == state_before
    assert draft.fields() == {k: v for k, v in version_values(form, draft, old).items() if v is not None}
    assert draft.value(form, "fiche-01.difficultes") is None and draft.value(form, CHOICE) == "oui"
    assert draft.status("fiche-06") is SheetStatus.DRAFT
    changed = [f"answers/{LONG}", f"answers/{CHOICE}", "answers/fiche-01.difficultes", "statuses/fiche-06"]
    for key in changed:
        head = draft.history[key].head
        # A change made now, on top of the current heads: never an old revision brought back as it was.
        assert head.parents == (heads_before[key],) and head.id not in old_ids
        assert (head.author, head.time) == ("RSSI", "2026-12-04T10:00:00Z")
    assert draft.history["notes/fiche-06"].head.id == heads_before["notes/fiche-06"]
    assert version_differences(form, draft, old) == []


def test_restore_leaves_open_conflicts_to_be_resolved_as_any_edit_does(form: Form, draft: Draft):
    old = save_version(draft, "Relue", "DPO")
    draft.set_value(form, LONG, "Autre texte.")
    draft.record_revisions("DIM")
    for key in (f"answers/{LONG}", "notes/fiche-06"):
        revisions = draft.history[key].revisions
        draft.conflicts[key] = Conflict(None, (revisions[0].id, revisions[-1].id))
    conflicts = dict(draft.conflicts)
    restore_version(form, draft, old, "RSSI")
    assert draft.conflicts == conflicts and draft.value(form, LONG) == TEXT


def test_the_automatic_version_name_stays_within_the_limit(form: Form, draft: Draft):
    long_name = save_version(draft, "n" * 200, "DPO")
    kept = restore_version(form, draft, long_name, "DPO")
    assert len(kept.name) == 200 and kept.name.startswith("Avant le retour à « nnn") and kept.name.endswith("n… »")


def test_a_merge_sees_a_restore_as_a_change_made_now(tmp_path: Path, form: Form, draft: Draft):
    old = save_version(draft, "Relue", "DPO")
    draft.set_value(form, LONG, "Réécrit par la DIM.")
    draft.record_revisions("DIM")
    colleague = copy.deepcopy(draft)
    colleague.set_value(form, "fiche-01.difficultes", "Le RSSI ajoute ceci.")
    colleague.record_revisions("RSSI")
    restore_version(form, draft, old, "DPO")
    for mine, theirs in ((draft, colleague), (colleague, draft)):
        merged = merge_drafts(form, mine, theirs, "DPO").draft
        assert merged.value(form, LONG) == TEXT
        assert merged.value(form, "fiche-01.difficultes") == "Le RSSI ajoute ceci."
        assert merged.conflicts == {}


def test_restoring_from_a_reopened_file_gives_back_its_choices_and_numbers(tmp_path: Path):
    path = tmp_path / "brouillon.dpic"
    shutil.copy(FIXTURE, path)
    draft, binding = open_draft(path)
    restore_version(binding.form, draft, draft.versions[0], "DPO")
    assert draft.value(binding.form, "identification.lits-places") == 850
    assert draft.value(binding.form, "identification.roles") == ["dpo"]
    assert draft.value(binding.form, CHOICE) == "oui"
    assert draft.note("fiche-06") == "Demander l’avis du RSSI."
    assert draft.status("fiche-06") is SheetStatus.DRAFT


def test_answers_to_questions_the_form_lost_come_back_with_the_type_they_have_or_a_careful_guess(form: Form,
                                                                                                draft: Draft):
    orphans = {"ancien.texte": "12", "ancien.nombre": 12, "ancien.liste": ["a", "b"], "ancien.zero": "007",
               "ancien.espace": " 3 ", "ancien.seul-nombre": 40, "ancien.seule-liste": ["x"]}
    draft.answers.update(orphans)
    version = save_version(draft, "Avec les anciennes réponses", "DPO")
    # Kept now: each read back as the type its current value has.
    assert {k: version_values(form, draft, version)[f"answers/{k}"] for k in orphans} == orphans
    # Gone since: a canonical JSON number or list of texts is read as one, anything else stays a text.
    for key in ("ancien.zero", "ancien.espace", "ancien.seul-nombre", "ancien.seule-liste"):
        del draft.answers[key]
    values = version_values(form, draft, version)
    assert [values[f"answers/{k}"] for k in ("ancien.zero", "ancien.espace", "ancien.seul-nombre",
                                             "ancien.seule-liste")] == ["007", " 3 ", 40, ["x"]]
