"""Collecting member files: every answer kept and attributed, and the right outcome for every file."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from collective_helpers import load_json, write_json

from dpi_consult.collective.collect import Outcome, collect_files
from dpi_consult.collective.share import write_share
from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.codec import FORMAT_MINOR
from dpi_consult.draft.files import draft_bytes, read_draft, save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.errors import DraftError
from dpi_consult.form.registry import bundled_form
from dpi_consult.progress import Cancelled, Progress


def new_collective() -> Draft:
    return Draft.new(bundled_form(), organisation="Fédération d’essai")


def outcomes(report) -> dict[str, Outcome]:
    return {r.path.name: r.outcome for r in report.files}


def by_name(report) -> dict:
    return {r.path.name: r for r in report.files}


def test_every_answer_of_every_member_is_stored_as_written_and_attributed(federation, tmp_path: Path):
    collective = new_collective()
    report = collect_files(collective, [federation[0].parent], form=bundled_form())
    assert [r.outcome for r in report.files] == [Outcome.IMPORTED] * len(federation)
    assert report.members == len(federation) and not report.has_refusals
    path = tmp_path / "collectif.dpic"
    save_draft(collective, path, "Coordination")

    reopened, binding = open_draft(path)
    assert binding.form.id == "cnil-dpi-2025" and reopened.is_collective
    members = reopened.members
    assert len(members) == len(federation)
    for member, source in zip(members, federation, strict=True):
        raw = source.read_bytes()
        data = json.loads(raw)
        assert member.file_name == source.name
        assert member.sha256 == hashlib.sha256(raw).hexdigest()
        assert member.draft_id == data["draft_id"] and member.saved_at == data["saved_at"]
        assert (member.form_id, member.form_version) == (data["form"]["id"], data["form"]["version"])
        assert member.identity == data["identity"] and member.answers == data["answers"]
        for key, value in data["answers"].items():
            stored = member.answers[key]
            assert type(stored) is type(value)
            if isinstance(value, str):
                assert stored.encode("utf-8") == value.encode("utf-8")
        assert member.file_kind == "draft" and member.imported_at
    # Only what a share export keeps: no notes, statuses or history of any member.
    stored = load_json(path)["sources"][0]
    assert set(stored) == {"kind", "member_id", "file_kind", "file", "sha256", "imported_at", "draft_id",
                           "saved_at", "form", "kit_id", "annex_naming", "identity", "answers"}


def test_one_batch_with_every_outcome_goes_on_past_broken_files(federation, tmp_path: Path):
    collective = new_collective()
    first = collect_files(collective, federation[:25])
    assert first.count(Outcome.IMPORTED) == 25

    batch_dir = tmp_path / "lot"
    batch_dir.mkdir()
    fresh = [shutil.copy(p, batch_dir / p.name) for p in federation[25:]]
    shutil.copy(federation[0], batch_dir / "renvoi-identique.dpic")

    updated_data = load_json(federation[1])
    changed_key = next(k for k, v in updated_data["answers"].items() if isinstance(v, str) and len(v) > 40)
    updated_data["answers"][changed_key] = "Position révisée après la réunion du bureau."
    updated_data["answers"]["fiche-14.autres-remarques"] = "Ajout."
    updated_data["saved_at"] = "2099-01-02T10:00:00Z"
    updated = write_json(batch_dir / "membre-0002-v2.dpic", updated_data)

    older_data = load_json(federation[2])
    older_data["saved_at"] = "2000-01-01T00:00:00Z"
    older_data["answers"] = {}
    older = write_json(batch_dir / "membre-0003-ancien.dpic", older_data)

    other_form = load_json(federation[3])
    other_form["form"] = {"id": "cnil-autre-consultation", "version": "1"}
    other_form["draft_id"] = "0b9e7c1a-1111-4222-8333-944455556666"
    other = write_json(batch_dir / "autre-formulaire.dpic", other_form)
    future_data = load_json(federation[4])
    future_data["format_version"] = 2
    future = write_json(batch_dir / "futur.dpic", future_data)
    truncated = batch_dir / "tronque.dpic"
    truncated.write_bytes(federation[5].read_bytes()[:500])
    not_json = batch_dir / "lettre.dpic"
    not_json.write_text("Bonjour, voici notre contribution.", encoding="utf-8")
    word = batch_dir / "questionnaire.docx"
    word.write_bytes(b"PK\x03\x04 pas encore lu")

    before = list(collective.sources)
    report = collect_files(collective, [batch_dir], form=bundled_form())
    got = by_name(report)
    assert {name: r.outcome for name, r in got.items()} == {
        **{Path(p).name: Outcome.IMPORTED for p in fresh},
        "renvoi-identique.dpic": Outcome.DUPLICATE,
        "membre-0002-v2.dpic": Outcome.UPDATED,
        "membre-0003-ancien.dpic": Outcome.REFUSED,
        "autre-formulaire.dpic": Outcome.REFUSED,
        "futur.dpic": Outcome.REFUSED,
        "tronque.dpic": Outcome.REFUSED,
        "lettre.dpic": Outcome.REFUSED,
        "questionnaire.docx": Outcome.REFUSED,
    }
    assert "plus ancien que la version déjà collectée" in got["membre-0003-ancien.dpic"].reason
    assert "formulaire « cnil-autre-consultation »" in got["autre-formulaire.dpic"].reason
    assert "format_version 2 est plus récent" in got["futur.dpic"].reason
    assert "tronqué" in got["tronque.dpic"].reason
    assert "JSON invalide" in got["lettre.dpic"].reason
    assert "questionnaire.docx" in got["questionnaire.docx"].line()  # a broken Word file is refused, not fatal
    assert got["membre-0002-v2.dpic"].notes[0] == "1 réponse modifiée, 1 ajoutée, 0 retirée"
    assert "refusé" in got["futur.dpic"].line() and str(future) in got["futur.dpic"].line()
    assert str(other) in got["autre-formulaire.dpic"].line() and older.exists() and updated.exists()

    members = collective.members
    assert len(members) == 30 and report.members == 30
    # The update replaced the member in place; the others, collected before, are untouched.
    assert members[1].answers[changed_key] == "Position révisée après la réunion du bureau."
    assert members[1].saved_at == "2099-01-02T10:00:00Z" and members[1].file_name == "membre-0002-v2.dpic"
    assert members[2].answers == load_json(federation[2])["answers"]
    assert collective.sources[0] == before[0]
    assert [m.file_name for m in members[25:]] == [Path(p).name for p in fresh]


def test_a_share_export_has_nothing_internal_and_collects_like_the_full_draft(federation, tmp_path: Path):
    source = federation[6]
    draft = read_draft(source)
    draft.notes["fiche-01"] = "Ne pas diffuser : avis du directeur."
    draft.annex_naming = True
    full = tmp_path / "complet.dpic"
    write_json(full, {**load_json(source), "notes": draft.notes, "annex_naming": True})
    shared_path = tmp_path / "partage.dpic"
    write_share(read_draft(full), shared_path)
    shared = load_json(shared_path)
    assert shared["kind"] == "share" and shared["format_minor"] == FORMAT_MINOR
    assert shared["notes"] == {} and shared["statuses"] == {} and shared["history"] == {} and shared["sources"] == []
    assert "Ne pas diffuser" not in shared_path.read_text(encoding="utf-8")
    assert shared["draft_id"] == draft.draft_id and shared["saved_at"] == draft.saved_at
    assert shared["identity"] == draft.identity and shared["answers"] == draft.answers
    assert shared["annex_naming"] is True
    # It is a draft the app opens.
    opened, binding = open_draft(shared_path)
    assert opened.is_share and binding.form.id == "cnil-dpi-2025"

    from_full, from_share = new_collective(), new_collective()
    collect_files(from_full, [full])
    collect_files(from_share, [shared_path])
    a, b = from_full.members[0], from_share.members[0]
    assert (a.identity, a.answers, a.annex_naming, a.draft_id, a.saved_at) == \
        (b.identity, b.answers, b.annex_naming, b.draft_id, b.saved_at)
    assert (a.file_kind, b.file_kind) == ("draft", "share") and b.named_in_annex
    # The share of the version already collected is the same contribution: a duplicate, not a conflict.
    report = collect_files(from_full, [shared_path])
    assert report.files[0].outcome is Outcome.DUPLICATE and "même version" in report.files[0].reason


def test_same_kit_and_finess_or_organisation_is_the_same_member(tmp_path: Path):
    form = bundled_form()

    def member_file(name: str, saved_at: str, text: str, **identity: str) -> Path:
        draft = Draft.new(form, organisation=identity.pop("organisation", None))
        draft.kit_id = "kit-fhf-2025"
        for key, value in identity.items():
            draft.identity[f"identification.{key}"] = value
        draft.answers["fiche-01.difficultes"] = text
        draft.saved_at = saved_at
        path = tmp_path / name
        path.write_bytes(draft_bytes(draft))
        return path

    first = member_file("a.dpic", "2025-05-01T10:00:00Z", "v1", organisation="CH de Vierzon", finess="180000028")
    # Restarted from the kit: new draft id, same FINESS.
    again = member_file("b.dpic", "2025-05-03T10:00:00Z", "v2", organisation="Centre hospitalier de Vierzon",
                        finess="180000028")
    # The same organisation name as the version collected (case and spaces aside), no FINESS.
    third = member_file("c.dpic", "2025-05-04T10:00:00Z", "v3", organisation="centre  hospitalier de VIERZON")
    elsewhere = member_file("d.dpic", "2025-05-02T10:00:00Z", "x", organisation="Clinique de Bourges")
    collective = new_collective()
    report = collect_files(collective, [first, elsewhere, again, third])
    assert [r.outcome for r in report.files] == [Outcome.IMPORTED, Outcome.IMPORTED, Outcome.UPDATED,
                                                 Outcome.UPDATED]
    members = collective.members
    assert [m.answers["fiche-01.difficultes"] for m in members] == ["v3", "x"]
    # Each update took another draft id; the member keeps the key of its first contribution.
    first_id = load_json(first)["draft_id"]
    assert members[0].draft_id != first_id and members[0].member_id == first_id
    assert collective.members[0].member_id == first_id
    # Without a kit id, the same name is kept as another contribution, with a note.
    plain = Draft.new(form, organisation="Clinique de Bourges")
    plain.saved_at = "2025-05-05T10:00:00Z"
    plain_path = tmp_path / "e.dpic"
    plain_path.write_bytes(draft_bytes(plain))
    report = collect_files(collective, [plain_path])
    assert report.files[0].outcome is Outcome.IMPORTED
    assert "même organisation qu’une contribution déjà collectée (d.dpic)" in report.files[0].line()


def test_another_version_of_the_form_is_carried_across_with_a_report(federation, tmp_path: Path):
    data = load_json(federation[8])
    data["form"]["version"] = "0.9"
    data["answers"]["fiche-99.retiree"] = "Question d’une ancienne version"
    path = write_json(tmp_path / "ancienne-version.dpic", data)
    collective = new_collective()
    report = collect_files(collective, [path], form=bundled_form())
    line = report.files[0]
    assert line.outcome is Outcome.IMPORTED
    assert (f"formulaire version 0.9, collecté sur la version {bundled_form().version} : réponses reportées par "
            "question") in line.notes
    assert "1 réponse à des questions absentes du formulaire, conservée" in line.notes
    member = collective.members[0]
    assert member.form_version == "0.9" and member.answers["fiche-99.retiree"] == "Question d’une ancienne version"


def test_cancel_leaves_the_collective_untouched(federation, stop_at):
    collective = new_collective()
    collect_files(collective, federation[:2])
    before = list(collective.sources)
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        collect_files(collective, federation[2:10], stop_at(3, seen))
    assert seen == [(0, 8), (1, 8), (2, 8), (3, 8)]
    assert collective.sources == before


def test_progress_sees_every_file(federation):
    seen = []
    collect_files(new_collective(), federation[:5], Progress(lambda d, t: seen.append((d, t))))
    assert seen == [(i, 5) for i in range(6)]


def test_the_collective_is_not_collected_into_itself(federation, tmp_path: Path):
    folder = tmp_path / "dossier"
    folder.mkdir()
    for source in federation[:3]:
        shutil.copy(source, folder / source.name)
    path = folder / "collectif.dpic"
    collective = new_collective()
    collect_files(collective, [folder], collective_path=path)
    save_draft(collective, path, "Coordination")
    again, _ = open_draft(path)
    # In a folder it is skipped; named explicitly it is refused.
    report = collect_files(again, [folder, path], collective_path=path)
    assert [r.outcome for r in report.files] == [Outcome.DUPLICATE] * 3 + [Outcome.REFUSED]
    assert report.files[-1].reason == "c’est la contribution collective elle-même"


def test_missing_inputs_empty_folders_and_unknown_types_are_refused(tmp_path: Path):
    (tmp_path / "vide").mkdir()
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    report = collect_files(new_collective(), [tmp_path / "absent.dpic", tmp_path / "vide", tmp_path / "notes.txt"])
    reasons = [r.reason for r in report.files]
    assert reasons == ["fichier introuvable", "aucun fichier .dpic ou .docx dans ce dossier",
                       "type de fichier non pris en charge (attendu : .docx, .dpic)"]


def test_folders_are_read_one_level_deep_unless_recursive(federation, tmp_path: Path):
    top = tmp_path / "recus"
    (top / "ancien-tour").mkdir(parents=True)
    shutil.copy(federation[0], top / "a.dpic")
    shutil.copy(federation[1], top / "ancien-tour" / "b.dpic")
    (top / ".a.dpic.x1.tmp").write_text("{", encoding="utf-8")
    (top / ".cache.dpic").write_text("{", encoding="utf-8")
    (top / ".git").mkdir()
    shutil.copy(federation[2], top / ".git" / "c.dpic")
    shutil.copy(federation[3], top / "~$lock.docx")
    assert outcomes(collect_files(new_collective(), [top])) == {"a.dpic": Outcome.IMPORTED}
    assert outcomes(collect_files(new_collective(), [top], recursive=True)) == {
        "a.dpic": Outcome.IMPORTED, "b.dpic": Outcome.IMPORTED}


@pytest.mark.parametrize(("entry", "message"), [
    ({"kind": "member", "answers": {}}, "« sources[0].form » : un objet JSON était attendu"),
    ("texte", "« sources[0] » : une contribution de membre"),
])
def test_invalid_stored_members_make_the_collective_unreadable(tmp_path: Path, entry, message: str):
    path = tmp_path / "collectif.dpic"
    save_draft(new_collective(), path, "Coordination")
    data = load_json(path)
    data["sources"] = [entry]
    write_json(path, data)
    with pytest.raises(DraftError, match=re.escape(message)):
        read_draft(path)


def test_entries_of_an_unknown_kind_are_kept(federation, tmp_path: Path):
    path = tmp_path / "collectif.dpic"
    save_draft(new_collective(), path, "Coordination")
    data = load_json(path)
    future_entry = {"kind": "link", "paragraph": "p1", "members": ["x"]}
    data["sources"] = [future_entry]
    collective = read_draft(write_json(path, data))
    report = collect_files(collective, federation[:1])
    assert report.members == 1
    save_draft(collective, path, "Coordination")
    sources = load_json(path)["sources"]
    assert sources[0] == future_entry and sources[1]["kind"] == "member"


def test_a_replaced_file_collected_again_is_refused_as_older(federation, tmp_path: Path):
    newer = load_json(federation[4])
    newer["saved_at"] = "2099-01-01T00:00:00Z"
    newer["answers"]["fiche-01.difficultes"] = "Nouvelle version."
    newer_path = write_json(tmp_path / "nouveau.dpic", newer)
    collective = new_collective()
    report = collect_files(collective, [federation[4], newer_path, federation[4]])
    assert [r.outcome for r in report.files] == [Outcome.IMPORTED, Outcome.UPDATED, Outcome.REFUSED]
    assert collect_files(collective, [federation[4]]).files[0].reason.startswith("plus ancien que la version")
    assert collect_files(collective, [newer_path]).files[0].outcome is Outcome.DUPLICATE


def test_a_member_file_over_the_size_limit_is_refused_unread(federation, monkeypatch):
    from dpi_consult.collective import reading

    monkeypatch.setattr(reading, "MEMBER_DRAFT_MAX_BYTES", 1024)
    report = collect_files(new_collective(), federation[:1])
    assert report.files[0].outcome is Outcome.REFUSED
    assert "une contribution de membre ne peut dépasser" in report.files[0].reason
