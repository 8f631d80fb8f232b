"""Member lines are encoded once: kept as read, reused on save, made afresh only for a new or changed member."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from dpi_consult.collective.collect import collect_files
from dpi_consult.draft import member as member_module
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.layout import parse_with_lines
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.recovery import sources_fingerprint


def collective(federation: list[Path], path: Path, count: int = 10) -> Path:
    draft = Draft.new(bundled_form(), organisation="Fédération d’Essai")
    collect_files(draft, federation[:count], collective_path=path)
    save_draft(draft, path, "Coordinatrice")
    return path


def test_saving_a_read_collective_reuses_every_member_line_without_encoding(federation, tmp_path: Path,
                                                                             monkeypatch):
    path = collective(federation, tmp_path / "c.dpic")
    before = path.read_bytes()
    draft = read_draft(path)
    encoded = []
    real = member_module.encode_line
    monkeypatch.setattr(member_module, "encode_line", lambda value: encoded.append(value) or real(value))
    draft.answers["fiche-01.commentaire"] = "Réponse de la fédération"
    save_draft(draft, path, "Coordinatrice")
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
    assert json.loads(draft.sources[3].line) == draft.sources[3].to_json()


def test_a_member_cannot_be_changed_in_place_and_a_changed_copy_gets_its_own_line(federation, tmp_path: Path):
    path = collective(federation, tmp_path / "c.dpic", count=1)
    draft = read_draft(path)
    member = draft.members[0]
    with pytest.raises(TypeError):
        member.answers["fiche-01.commentaire"] = "changé en place"  # type: ignore[index]
    renamed = replace(member, file_name="renommé.dpic")
    assert renamed.line != member.line and json.loads(renamed.line)["file"] == "renommé.dpic"
    draft.sources[0] = renamed
    save_draft(draft, path, "Coordinatrice")
    assert read_draft(path).members[0].file_name == "renommé.dpic"


def test_another_layout_is_parsed_whole_with_the_same_value(federation, tmp_path: Path):
    path = collective(federation, tmp_path / "c.dpic", count=2)
    indented = json.dumps(json.loads(path.read_bytes()), indent=2, ensure_ascii=False).encode("utf-8")
    data, lines = parse_with_lines(indented, "x")
    assert data == json.loads(path.read_bytes()) and lines is None
    (tmp_path / "indented.dpic").write_bytes(indented)
    # Read from another layout, members are encoded again: the same lines as the app writes them.
    assert sources_fingerprint(read_draft(tmp_path / "indented.dpic").sources) == \
        sources_fingerprint(read_draft(path).sources)
