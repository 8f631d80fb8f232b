"""A recent document described for the start page: whose it is, how far along, and the drafts a kit started."""

from __future__ import annotations

from pathlib import Path

from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.kit import Kit
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.kit.start import draft_from_kit
from dpi_consult.recent_documents import describe, is_reachable, started_from_kit
from dpi_consult.ui_state import RecentDocument, UiState


def test_a_draft_is_described_by_its_organisation_progress_and_last_save(tmp_path: Path):
    form = bundled_form()
    draft = Draft.new(form, organisation="CH de Dax")
    draft.set_value(form, "fiche-06.difficultes", "La purge est impossible.")
    path = tmp_path / "dax.dpic"
    save_draft(draft, path, "Dr Martin")
    saved = read_draft(path)
    entry = describe(path, form, saved)
    asked = sum(saved.answered_count(form, section.id)[1] for section in form.sections)
    assert (entry.organisation, entry.kind, entry.answered, entry.total) == ("CH de Dax", "draft", 2, asked)
    assert entry.saved_at == saved.saved_at and entry.saved_at.startswith("20")
    # The number of members is asked of federations only: a hospital's total leaves it out.
    assert asked == len(form.questions) - 1


def test_a_kit_is_described_by_its_federation_and_leads_to_the_drafts_started_from_it(tmp_path: Path):
    form = bundled_form()
    federation = Draft.new(form, organisation="FHF Occitanie")
    federation.kit = Kit("kit-1", federation_name="FHF Occitanie")
    federation.kind = "kit"
    member = draft_from_kit(federation, str(tmp_path / "kit.dpic"))
    kit_entry = describe(tmp_path / "kit.dpic", form, member, opened_as_kit=True)
    assert (kit_entry.kind, kit_entry.organisation, kit_entry.kit_id, kit_entry.answered) == (
        "kit", "FHF Occitanie", "kit-1", None)

    state = UiState()
    state.add_recent(RecentDocument(str(tmp_path / "autre.dpic"), kit_id="kit-2"))
    state.add_recent(describe(tmp_path / "ma-contribution.dpic", form, member))
    state.add_recent(kit_entry)
    assert [Path(e.path).name for e in started_from_kit(state.recent, kit_entry)] == ["ma-contribution.dpic"]
    assert started_from_kit(state.recent, RecentDocument("/x.dpic", kind="kit")) == []


def test_reachable_means_a_readable_file(tmp_path: Path):
    path = tmp_path / "a.dpic"
    assert not is_reachable(str(path))
    path.write_text("{}", encoding="utf-8")
    assert is_reachable(str(path)) and not is_reachable(str(tmp_path))
