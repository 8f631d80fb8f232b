"""The .dpic file: save and reopen, atomic replacement, history, versions, forms carried along."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.codec import FORMAT_MINOR, FORMAT_VERSION, draft_to_json, migrate
from dpi_consult.draft.files import draft_bytes, read_draft, save_draft
from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.errors import DraftError
from dpi_consult.form.loader import load_form_file

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def mini_form():
    return load_form_file(FIXTURES / "mini-form.toml")


def test_format_v1_fixture_still_opens():
    draft, binding = open_draft(FIXTURES / "format-v1.dpic")
    form = binding.form
    assert form.id == "mini"
    assert draft.organisation == "Centre hospitalier d’Essai"
    assert draft.value(form, "identification.membres") == 12
    assert draft.value(form, "fiche-01.roles") == ["dpo", "rssi"]
    assert draft.status("fiche-01") is SheetStatus.READY
    assert draft.notes["fiche-01"] == "À relire avec le DIM."
    texte = draft.history["answers/fiche-01.texte"]
    assert [r.author for r in texte.revisions] == ["DPO", "RSSI"]
    assert texte.head.parents == ("a1",)
    assert texte.ancestors("a2") == {"a1", "a2"}
    assert draft.history["answers/fiche-01.ancienne"].head.deleted
    assert binding.orphan_answers == ["fiche-09.ancienne"]


def test_save_then_reopen_gives_the_same_draft(tmp_path: Path, mini_form):
    draft = Draft.new(mini_form, organisation="Clinique du Parc")
    draft.set_value(mini_form, "fiche-01.texte", "Première ligne\nseconde « ligne »\u00a0!")
    draft.set_value(mini_form, "fiche-01.roles", ["rssi"])
    draft.set_value(mini_form, "identification.membres", 40)
    draft.statuses["fiche-01"] = SheetStatus.VALIDATED
    draft.notes["fiche-01"] = "note interne"
    path = tmp_path / "brouillon.dpic"
    save_draft(draft, path, "DPO")
    again = read_draft(path)
    assert again.identity == draft.identity and again.answers == draft.answers
    assert again.statuses == draft.statuses and again.notes == draft.notes
    assert again.draft_id == draft.draft_id and again.saved_at == draft.saved_at
    assert again.form_ref.embedded_sha256 == mini_form.source_sha256
    assert draft_bytes(again) == draft_bytes(draft)
    # The form travels with the draft: it opens though "mini" is not a bundled form.
    _, binding = open_draft(path)
    assert binding.form.question("fiche-01.roles") is not None


def test_one_revision_per_save_in_which_a_field_changed(tmp_path: Path, mini_form):
    path = tmp_path / "d.dpic"
    draft = Draft.new(mini_form)
    draft.set_value(mini_form, "fiche-01.texte", "v1")
    draft.set_value(mini_form, "fiche-01.clarte", "oui")
    save_draft(draft, path, "Alice")
    draft = read_draft(path)
    draft.set_value(mini_form, "fiche-01.texte", "v2")
    save_draft(draft, path, "Bob")
    draft = read_draft(path)
    draft.set_value(mini_form, "fiche-01.texte", None)
    save_draft(draft, path, "Chloé")
    save_draft(read_draft(path), path, "Chloé")  # nothing changed: no new revision
    history = read_draft(path).history
    texte = history["answers/fiche-01.texte"].revisions
    assert [(r.author, r.text) for r in texte] == [("Alice", "v1"), ("Bob", "v2"), ("Chloé", None)]
    assert texte[1].parents == (texte[0].id,) and texte[2].parents == (texte[1].id,)
    assert [r.text for r in history["answers/fiche-01.clarte"].revisions] == ["oui"]


def test_unknown_fields_from_a_newer_minor_are_kept(tmp_path: Path):
    data = json.loads((FIXTURES / "format-v1.dpic").read_text(encoding="utf-8"))
    data["format_minor"] = FORMAT_MINOR + 1
    data["reviewers"] = [{"name": "DIM", "done": True}]
    data["form"]["origin"] = "kit"
    path = tmp_path / "newer.dpic"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    draft = read_draft(path)
    save_draft(draft, path, "DPO")
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["reviewers"] == [{"name": "DIM", "done": True}]
    assert written["form"]["origin"] == "kit"
    assert written["format_minor"] == FORMAT_MINOR + 1


def test_newer_major_version_is_refused(tmp_path: Path):
    data = json.loads((FIXTURES / "format-v1.dpic").read_text(encoding="utf-8"))
    data["format_version"] = FORMAT_VERSION + 1
    path = tmp_path / "future.dpic"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DraftError, match="plus récent .* mettez l’application à jour"):
        read_draft(path)


def test_migration_hook_runs_each_step_in_memory():
    steps = {1: lambda d: {**d, "answers": {"renamed": d["old_answers"]}}}
    data = {"format_version": 1, "old_answers": "x"}
    migrated = migrate(data, "f.dpic", steps, target=2)
    assert migrated["format_version"] == 2 and migrated["answers"] == {"renamed": "x"}
    with pytest.raises(DraftError, match="aucune migration connue vers la version 3"):
        migrate(data, "f.dpic", steps, target=3)


def test_atomic_save_keeps_the_old_file_when_writing_fails(tmp_path: Path, mini_form, monkeypatch):
    path = tmp_path / "d.dpic"
    draft = Draft.new(mini_form, organisation="Avant")
    save_draft(draft, path, "DPO")
    before = path.read_bytes()
    draft.identity["identification.organisation"] = "Après"

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(DraftError, match="enregistrement impossible"):
        save_draft(draft, path, "DPO")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.dpic"]


def test_embedded_form_must_match_its_hash(tmp_path: Path):
    data = json.loads((FIXTURES / "format-v1.dpic").read_text(encoding="utf-8"))
    data["form"]["toml"] = data["form"]["toml"].replace("Première fiche", "Fiche modifiée")
    path = tmp_path / "tampered.dpic"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DraftError, match="empreinte SHA-256"):
        open_draft(path)


def test_another_version_of_a_bundled_form_carries_answers_across(tmp_path: Path):
    from dpi_consult.form.registry import bundled_form

    form = bundled_form()
    draft = Draft.new(form)
    first = next(q for q in form.questions if q.kind.is_text and not form.is_identification_question(q.id))
    draft.set_value(form, first.id, "réponse conservée")
    draft.answers["fiche-99.disparue"] = "texte d’une question retirée"
    draft.form_ref.version = "0.9"
    path = tmp_path / "old.dpic"
    save_draft(draft, path, "DPO")
    reopened, binding = open_draft(path)
    assert binding.carried_from_version == "0.9"
    assert reopened.value(binding.form, first.id) == "réponse conservée"
    assert binding.orphan_answers == ["fiche-99.disparue"]
    assert any("version 0.9" in note for note in binding.notes)
    save_draft(reopened, path, "DPO")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["answers"]["fiche-99.disparue"] == "texte d’une question retirée"
    assert saved["form"]["version"] == form.version


def test_new_ids_are_version_4_uuids_and_unique():
    import uuid

    from dpi_consult.draft.ids import new_draft_id, new_revision_id

    ids = {new_draft_id() for _ in range(1000)}
    assert len(ids) == 1000
    for text in list(ids)[:50]:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and str(parsed) == text
    assert len(new_revision_id()) == 32 and new_revision_id() != new_revision_id()


def test_saved_files_get_ordinary_permissions_and_keep_the_existing_ones(tmp_path: Path):
    import stat

    from dpi_consult.atomic import write_atomic

    fresh = tmp_path / "nouveau.dpic"
    write_atomic(fresh, b"{}")
    old_mask = os.umask(0o022)
    os.umask(old_mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~old_mask
    shared = tmp_path / "partage.dpic"
    shared.write_bytes(b"{}")
    shared.chmod(0o664)
    write_atomic(shared, b"{ }")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664


def big_answer_draft(mini_form, size: int) -> Draft:
    """`size` characters of answers, spread over fields each within the read limit of one text."""
    from dpi_consult.limits import TEXT_MAX_CHARS

    draft = Draft.new(mini_form, organisation="Clinique du Parc")
    for index, start in enumerate(range(0, size, TEXT_MAX_CHARS)):
        draft.answers[f"fiche-01.texte{index or ''}"] = "x" * min(TEXT_MAX_CHARS, size - start)
    return draft


def test_a_plain_draft_over_20_mb_is_refused_on_reading_though_a_collective_may_be(tmp_path: Path, mini_form):
    from dpi_consult.limits import MEMBER_DRAFT_MAX_BYTES

    draft = big_answer_draft(mini_form, MEMBER_DRAFT_MAX_BYTES + 1000)
    path = tmp_path / "gros.dpic"
    path.write_bytes(json.dumps(draft_to_json(draft)).encode())
    with pytest.raises(DraftError, match="un brouillon ne peut dépasser 20 Mo"):
        read_draft(path)


def test_a_plain_draft_over_20_mb_is_not_written_and_the_file_stays_as_it_was(tmp_path: Path, mini_form):
    from dpi_consult.limits import MEMBER_DRAFT_MAX_BYTES

    path = tmp_path / "brouillon.dpic"
    save_draft(big_answer_draft(mini_form, 10), path, "DPO")
    before = path.read_bytes()
    with pytest.raises(DraftError, match="le brouillon ferait 40 Mo, au-delà de la limite de 20 Mo"):
        save_draft(big_answer_draft(mini_form, MEMBER_DRAFT_MAX_BYTES), path, "DPO")
    assert path.read_bytes() == before


def test_a_collective_over_its_limit_is_not_written(tmp_path: Path, monkeypatch):
    from dpi_consult.draft import files

    collective = read_draft(FIXTURES / "format-v1.1-collective.dpic")
    path = tmp_path / "collectif.dpic"
    save_draft(collective, path, "Coordination")
    before = path.read_bytes()
    # The real limit is 2 GB; what matters is that the size of the bytes about to be written is checked.
    monkeypatch.setattr(files, "COLLECTIVE_DRAFT_MAX_BYTES", len(before) - 1)
    collective.answers["fiche-01.texte"] = "Synthèse plus longue que la précédente."
    with pytest.raises(DraftError, match="le brouillon collectif ferait .* au-delà de la limite"):
        save_draft(collective, path, "Coordination")
    assert path.read_bytes() == before


def test_saving_a_collective_writes_its_consolidation_aligned_with_the_answer_as_edited(tmp_path: Path):
    from dpi_consult.collective.consolidation import insert_passage
    from dpi_consult.draft.consolidation import store, work_for

    collective = read_draft(FIXTURES / "format-v1.1-collective.dpic")
    first, second = collective.members
    work = work_for(collective, "fiche-01.texte")
    work.paragraphs = []
    insert_passage(work, "Premier point.", [first], "fiche-01.texte")
    insert_passage(work, "Second point.", [second], "fiche-01.texte")
    collective.answers["fiche-01.texte"] = work.text
    store(collective, "fiche-01.texte", work)
    # Edited in the main window's editor, where the consolidation is not touched.
    collective.answers["fiche-01.texte"] = "Premier point, précisé.\n\nEntre les deux.\n\nSecond point."
    path = tmp_path / "collectif.dpic"
    save_draft(collective, path, "Coordination")
    stored = json.loads(path.read_text(encoding="utf-8"))["consolidation"]["fiche-01.texte"]["paragraphs"]
    assert [p["text"] for p in stored] == ["Premier point, précisé.", "Entre les deux.", "Second point."]
    assert [set(p["sources"]) for p in stored] == [{first.member_id}, set(), {second.member_id}]


def nested(depth: int) -> object:
    value: object = "fond"
    for _ in range(depth):
        value = {"niveau": value}
    return value


def test_fields_of_a_newer_version_nested_too_deep_are_refused_and_others_kept(tmp_path: Path, mini_form):
    from dpi_consult.limits import JSON_MAX_DEPTH

    path = tmp_path / "brouillon.dpic"
    save_draft(Draft.new(mini_form), path, "DPO")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reviewers"] = nested(JSON_MAX_DEPTH)
    path.write_text(json.dumps(data), encoding="utf-8")
    save_draft(read_draft(path), path, "DPO")
    assert json.loads(path.read_text(encoding="utf-8"))["reviewers"] == nested(JSON_MAX_DEPTH)

    data["form"]["reviewers"] = nested(JSON_MAX_DEPTH + 1)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DraftError, match=f"« form.reviewers » : imbrication de plus de {JSON_MAX_DEPTH} niveaux"):
        read_draft(path)


def test_a_draft_beyond_what_the_reader_accepts_is_not_written(tmp_path):
    """What the app writes it can always open again: a field over a read limit stops the save, naming it."""
    import pytest

    from dpi_consult.draft.files import save_draft
    from dpi_consult.draft.model import Draft
    from dpi_consult.errors import DraftError
    from dpi_consult.form.registry import bundled_form

    form = bundled_form()
    draft = Draft.new(form, organisation="CH de Dax")
    draft.set_value(form, "fiche-06.difficultes", "x" * 200_001)
    path = tmp_path / "dax.dpic"
    with pytest.raises(DraftError, match=r"« answers\.fiche-06\.difficultes » : texte de 200\u00a0001 caractères"):
        save_draft(draft, path, "Dr Martin")
    assert not path.exists() and draft.saved_at is None
    draft.set_value(form, "fiche-06.difficultes", "x" * 200_000)
    save_draft(draft, path, "Dr Martin")
    assert path.exists()
