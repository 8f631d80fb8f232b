"""Member lines are encoded once: read with the file, reused on save, dropped when an entry is changed."""

from __future__ import annotations

import json
from pathlib import Path

from dpi_consult.collective import storage
from dpi_consult.collective.collect import collect_files
from dpi_consult.collective.storage import StoredEntry, parse_with_source_lines, save_collective, sources_fingerprint
from dpi_consult.draft.files import read_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form


def collective(federation: list[Path], path: Path, count: int = 10) -> Path:
    draft = Draft.new(bundled_form(), organisation="Fédération d’Essai")
    collect_files(draft, federation[:count], collective_path=path)
    save_collective(draft, path, "Coordinatrice")
    return path


def test_saving_a_read_collective_reuses_every_member_line_without_encoding(federation, tmp_path: Path,
                                                                             monkeypatch):
    path = collective(federation, tmp_path / "c.dpic")
    before = path.read_bytes()
    draft = read_draft(path)
    assert all(isinstance(e, StoredEntry) and e.line for e in draft.sources)

    encoded = []
    real = storage._ENCODE
    monkeypatch.setattr(storage, "_ENCODE", lambda value: encoded.append(value) or real(value))
    draft.answers["fiche-01.commentaire"] = "Réponse de la fédération"
    save_collective(draft, path, "Coordinatrice")
    assert encoded == []
    after = path.read_bytes()
    assert json.loads(after)["sources"] == json.loads(before)["sources"]
    member_lines = [line for line in before.split(b"\n") if line.startswith(b'  {"kind"')]
    assert len(member_lines) == 10 and all(line in after for line in member_lines)


def test_a_newly_collected_member_is_encoded_once_and_the_others_keep_their_line(federation, tmp_path: Path):
    path = collective(federation, tmp_path / "c.dpic", count=3)
    draft = read_draft(path)
    lines = [e.line for e in draft.sources]
    collect_files(draft, [federation[3]], collective_path=path)
    assert [e.line for e in draft.sources[:3]] == lines
    assert json.loads(draft.sources[3].line) == draft.sources[3]


def test_changing_an_entry_drops_its_line(federation, tmp_path: Path):
    draft = read_draft(collective(federation, tmp_path / "c.dpic", count=1))
    entry = draft.sources[0]
    entry["file"] = "renommé.dpic"
    assert entry.line is None
    save_collective(draft, tmp_path / "c.dpic", "Coordinatrice")
    assert read_draft(tmp_path / "c.dpic").sources[0]["file"] == "renommé.dpic"


def test_another_layout_is_parsed_whole_with_the_same_value(federation, tmp_path: Path):
    path = collective(federation, tmp_path / "c.dpic", count=2)
    indented = json.dumps(json.loads(path.read_bytes()), indent=2, ensure_ascii=False).encode("utf-8")
    assert parse_with_source_lines(indented, "x") == json.loads(path.read_bytes())
    assert sources_fingerprint(read_draft(path).sources) == sources_fingerprint(json.loads(indented)["sources"])
