"""A member opens the federation's kit, uses its guidance and proposals, and sends its answers back; the
federation prepares the kits from its collective draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.kit import KitMember
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.kit.files import ensure_kit, write_kits

PROPOSED = "La fiche est **claire** pour notre fédération."


@pytest.fixture
def kits(tmp_path: Path) -> Path:
    """The kits of a federation with guidance on two questions and two proposed answers."""
    collective = Draft.new(bundled_form(), organisation="FHF Occitanie")
    kit = ensure_kit(collective)
    kit.deadline = "2026-06-15"
    kit.federation_email = "contact@fhf-occitanie.fr"
    kit.guidance = {"fiche-01.difficultes": "Citez **un exemple** vécu.", "fiche-01.clarte": "Soyez francs."}
    kit.proposals = {"fiche-01.difficultes": PROPOSED, "fiche-01.clarte": "plutot-non"}
    kit.members = [KitMember("CHU de Montpellier", "340780477", "dpo@chu-montpellier.fr")]
    collective.notes["fiche-01"] = "Note interne de la fédération"
    out = tmp_path / "kits"
    write_kits(collective, out)
    return out


def open_kit(make_window, kits: Path, name: str = "kit-chu-de-montpellier.dpic"):
    window = make_window(str(kits / name))
    window.navigator.select_section("fiche-01")
    return window, window.page("fiche-01")


def test_opening_a_kit_starts_a_new_untitled_draft_each_time(make_window, kits: Path):
    kit_file = read_draft(kits / "kit-chu-de-montpellier.dpic")
    first, _ = open_kit(make_window, kits)
    second, _ = open_kit(make_window, kits)
    a, b = first.document.draft, second.document.draft
    assert len({a.draft_id, b.draft_id, kit_file.draft_id}) == 3
    assert a.kit_id == b.kit_id == kit_file.kit.id and not a.is_kit
    assert first.document.path is None and first.document.modified
    assert a.identity == {"identification.organisation": "CHU de Montpellier",
                          "identification.finess": "340780477", "identification.email": "dpo@chu-montpellier.fr"}
    assert first.notices.kit_banner is not None
    assert first.notices.kit_banner.heading.text() == "Kit envoyé par FHF Occitanie — à renvoyer avant le 15 juin 2026"
    # Saving asks for a name: the kit itself is never the target.
    asked = []
    first.files.save_as = lambda: asked.append(True) or False
    assert first.files.save() is False and asked == [True]


def test_a_kit_dropped_on_the_window_starts_a_new_draft_too(make_window, kits: Path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(kits / "kit-fhf-occitanie.dpic"))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    draft = window.document.draft
    assert window.document.path is None and draft.kit_id == read_draft(kits / "kit-fhf-occitanie.dpic").kit_id
    assert draft.identity == {} and window.notices.kit_banner is not None
    assert not window.prepare_kit_action.isEnabled() and window.share_action.isEnabled()


def test_guidance_shows_above_the_editor_from_the_projects_markdown(make_window, kits: Path):
    window, page = open_kit(make_window, kits)
    panel = page.kit_panels["fiche-01.difficultes"]
    assert panel.guidance is not None and "Citez <b>un exemple</b> vécu." in panel.guidance.text()
    assert "<b>claire</b>" in panel.proposal_text.text()
    assert "fiche-01.modifications" not in page.kit_panels
    layout = page.cards["fiche-01.difficultes"].layout()
    assert layout.indexOf(panel) < layout.indexOf(page.cards["fiche-01.difficultes"].answer)
    # The federation's own draft (no kit id) shows none of this.
    plain = make_window()
    plain.navigator.select_section("fiche-01")
    assert plain.page("fiche-01").kit_panels == {} and plain.notices.kit_banner is None


def test_adopt_edit_ignore_and_undo_then_save_and_share(make_window, kits: Path, tmp_path: Path, qtbot):
    window, page = open_kit(make_window, kits)
    document = window.document
    text_panel, choice_panel = page.kit_panels["fiche-01.difficultes"], page.kit_panels["fiche-01.clarte"]
    # Not the answer until the member decides.
    assert document.value("fiche-01.difficultes") is None and not text_panel.undo_button.isVisibleTo(page)

    choice_panel.adopt_button.click()
    assert document.value("fiche-01.clarte") == "plutot-non"
    assert document.proposal_decision("fiche-01.clarte") == "adopted"
    assert choice_panel.undo_button.isVisibleTo(page) and not choice_panel.adopt_button.isVisibleTo(page)
    choice_panel.undo_button.click()
    assert document.value("fiche-01.clarte") is None and document.proposal_decision("fiche-01.clarte") is None
    choice_panel.ignore_button.click()
    assert document.value("fiche-01.clarte") is None and document.proposal_decision("fiche-01.clarte") == "ignored"

    text_panel.edit_button.click()
    editor = page.cards["fiche-01.difficultes"].answer
    assert editor.value() == PROPOSED and document.proposal_decision("fiche-01.difficultes") == "edited"
    editor.set_value(PROPOSED + " Sauf pour les GHT.")
    editor.edited.emit()
    assert document.value("fiche-01.difficultes") == PROPOSED + " Sauf pour les GHT."

    window.notices.kit_banner.naming.setCurrentIndex(1)
    assert document.draft.annex_naming is True

    saved = tmp_path / "ma-contribution.dpic"
    assert window.files._save_to(saved)
    again = read_draft(saved)
    assert again.proposal_decisions == {"fiche-01.clarte": "ignored", "fiche-01.difficultes": "edited"}
    assert again.answers == {"fiche-01.difficultes": PROPOSED + " Sauf pour les GHT."}
    assert again.annex_naming is True and again.kit.guidance["fiche-01.clarte"] == "Soyez francs."

    out = tmp_path / "envoi.dpic"
    window.kit_actions.ask_share_path = lambda suggested: out
    window.kit_actions.report_share = lambda path: None
    checked: list[str] = []
    window.kit_actions.confirm_sending = lambda problems, action: checked.extend(x.question_id for x in problems) or 1
    window.share_action.trigger()
    # The kit filled the name, FINESS and e-mail; the member is told what the identification still lacks.
    assert checked == ["identification.type", "identification.region", "publication.consentement"]
    shared = json.loads(out.read_text(encoding="utf-8"))
    assert shared["kind"] == "share" and shared["kit_id"] == again.kit_id and shared["annex_naming"] is True
    assert shared["answers"] == again.answers and "kit" not in shared and "proposal_decisions" not in shared
    assert "Citez" not in out.read_text(encoding="utf-8") and "Soyez francs" not in out.read_text(encoding="utf-8")


def test_rewording_an_adopted_proposal_makes_it_an_edited_one(make_window, kits: Path, tmp_path: Path):
    window, page = open_kit(make_window, kits)
    page.kit_panels["fiche-01.difficultes"].adopt_button.click()
    assert window.document.proposal_decision("fiche-01.difficultes") == "adopted"
    editor = page.cards["fiche-01.difficultes"].answer
    editor.set_value(PROPOSED + " Avec une réserve.")
    editor.edited.emit()
    assert window.document.proposal_decision("fiche-01.difficultes") == "edited"
    saved = tmp_path / "contribution.dpic"
    assert window.files._save_to(saved)
    assert read_draft(saved).proposal_decisions == {"fiche-01.difficultes": "edited"}


def test_adopting_over_an_answer_of_ones_own_asks_first(make_window, kits: Path):
    window, page = open_kit(make_window, kits)
    window.document.set_value("fiche-01.difficultes", "Mon propre avis.")
    page.refresh()
    page.confirm_replace = lambda question_id: False
    page.kit_panels["fiche-01.difficultes"].adopt_button.click()
    assert window.document.value("fiche-01.difficultes") == "Mon propre avis."
    assert window.document.proposal_decision("fiche-01.difficultes") is None
    page.confirm_replace = lambda question_id: True
    page.kit_panels["fiche-01.difficultes"].adopt_button.click()
    assert window.document.value("fiche-01.difficultes") == PROPOSED


def test_the_check_before_sharing_and_the_word_export_names_the_personal_data(make_window, kits: Path,
                                                                             tmp_path: Path):
    window, _page = open_kit(make_window, kits)
    window.document.set_value("fiche-01.modifications", "Joindre Mme X au 06 12 34 56 78.")
    seen = []
    actions = window.kit_actions
    actions.confirm_sending = lambda problems, action: seen.append(problems) or False
    out = tmp_path / "envoi.dpic"
    actions.ask_share_path = lambda suggested: out
    actions.report_share = lambda path: None
    window.share_action.trigger()
    assert not out.exists()
    personal = [p for p in seen[0] if p.trouble.value == "personal_data"]
    assert [p.question_id for p in personal] == ["fiche-01.modifications"]
    assert personal[0].section_title.startswith("Fiche 1 — ") and "06 12 34 56 78" in personal[0].detail
    actions.confirm_sending = lambda problems, action: True
    window.share_action.trigger()
    assert out.exists()

    asked = []
    window.exports.confirm_sending = lambda problems, action: asked.append(len(problems)) or False
    window.exports.ask_options = lambda dialog: pytest.fail("the export went on after Corriger")
    assert window.exports.export_word() is None and asked == [len(seen[0])]


def test_prepare_the_kits_from_the_collective_window(make_window, tmp_path: Path):
    collective_path = tmp_path / "federation.dpic"
    collective = Draft.new(bundled_form(), organisation="FHF Occitanie")
    collective.answers["fiche-01.difficultes"] = PROPOSED
    collective.notes["fiche-01"] = "Note interne de la fédération"
    save_draft(collective, collective_path, "Coordinatrice")
    csv_path = tmp_path / "membres.csv"
    csv_path.write_text("nom;finess\nClinique du Parc;340000017\n", encoding="utf-8")
    window = make_window(str(collective_path))
    assert window.prepare_kit_action.isEnabled()
    out = tmp_path / "kits"

    def fill(dialog) -> bool:
        dialog.federation_email.setText("contact@fhf-occitanie.fr")
        dialog.has_deadline.setChecked(True)
        dialog.deadline.setDate(dialog.deadline.date().fromString("2026-06-15", "yyyy-MM-dd"))
        dialog.select_question("fiche-01.clarte")
        dialog.guidance_edit.setPlainText("Répondez **franchement**.")
        dialog.with_proposals.setChecked(True)
        assert dialog.load_csv(csv_path)
        from dpi_consult.draft.kit import KitMember

        dialog.add_member(KitMember("CHU de Nîmes", "300000015", ""))
        dialog.folder.setText(str(out))
        assert dialog.problem() is None
        return True

    window.kit_actions.ask_kit_options = fill
    window.kit_actions.offer_folder = lambda folder, count: None
    window.prepare_kit_action.trigger()
    assert sorted(p.name for p in out.iterdir()) == ["kit-chu-de-nimes.dpic", "kit-clinique-du-parc.dpic",
                                                     "kit-fhf-occitanie.dpic"]
    kit_file = read_draft(out / "kit-clinique-du-parc.dpic")
    assert kit_file.kit.guidance == {"fiche-01.clarte": "Répondez **franchement**."}
    assert kit_file.kit.proposals == {"fiche-01.difficultes": PROPOSED} and kit_file.kit.deadline == "2026-06-15"
    assert kit_file.identity["identification.finess"] == "340000017" and kit_file.notes == {}
    kit = window.document.draft.kit
    assert window.document.modified and [m.name for m in kit.members] == ["Clinique du Parc", "CHU de Nîmes"]

    def bad_member(dialog) -> bool:
        dialog.add_member(KitMember("", "340000017", ""))
        assert "ligne 3 : nom du membre manquant" in dialog.problem()
        return False

    window.kit_actions.ask_kit_options = bad_member
    window.prepare_kit_action.trigger()
