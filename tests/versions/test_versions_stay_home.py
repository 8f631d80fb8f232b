"""Versions are the working file's own: the share export and the member kits never carry them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from dpi_consult.cli import main
from dpi_consult.collective.share import write_share
from dpi_consult.draft.files import read_draft, write_draft
from dpi_consult.kit.files import write_kits
from dpi_consult.kit.start import draft_from_kit

FIXTURE = Path(__file__).parents[1] / "fixtures" / "format-v1.4-versions.dpic"


def keys_of(path: Path) -> set[str]:
    return set(json.loads(path.read_text(encoding="utf-8")))


def test_the_share_export_carries_no_versions(tmp_path: Path):
    draft = read_draft(FIXTURE)
    assert draft.versions
    shared = write_share(draft, tmp_path / "partage.dpic")
    assert shared.versions == [] and "versions" not in keys_of(tmp_path / "partage.dpic")
    # 1: written, with required answers missing (the fixture is a small draft).
    assert main(["share", str(FIXTURE), "-o", str(tmp_path / "cli.dpic")]) == 1
    assert "versions" not in keys_of(tmp_path / "cli.dpic")


def test_kits_carry_no_versions_and_a_draft_started_from_one_has_none(tmp_path: Path):
    collective = tmp_path / "collectif.dpic"
    shutil.copy(FIXTURE, collective)
    assert main(["kit", str(collective), "-o", str(tmp_path / "kits")]) == 0
    kits = sorted((tmp_path / "kits").glob("*.dpic"))
    assert kits and all("versions" not in keys_of(kit) for kit in kits)
    assert read_draft(collective).versions  # the collective keeps its own
    draft = read_draft(FIXTURE)
    files = write_kits(draft, tmp_path / "encore")
    assert all(read_draft(item.path).versions == [] for item in files)


def test_a_kit_file_that_carries_versions_starts_a_draft_without_them(tmp_path: Path):
    draft = read_draft(FIXTURE)
    kit_path = write_kits(draft, tmp_path / "kits")[0].path
    kit = read_draft(kit_path)
    # A kit made by hand, or by a careless tool, with the versions (and the history they refer to) of a draft.
    kit.history, kit.versions = draft.history, draft.versions
    write_draft(kit, kit_path)
    assert read_draft(kit_path).versions
    assert draft_from_kit(read_draft(kit_path)).versions == []
