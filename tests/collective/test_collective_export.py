"""A federation's whole path: members share, the coordinator collects, the Word export carries the annex."""

from __future__ import annotations

from pathlib import Path

import docx

from dpi_consult.cli import main


def test_share_collect_and_export_with_annex_names_only_consenting_members(tmp_path: Path, capsys):
    assert main(["demo", str(tmp_path / "fed"), "--members", "3", "--seed", "4"]) == 0
    members = sorted((tmp_path / "fed" / "members").glob("*.dpic"))
    shared = tmp_path / "partage.dpic"
    assert main(["share", str(members[0]), "-o", str(shared), "--nommer", "oui"]) == 0
    collective = tmp_path / "federation.dpic"
    assert main(["collect", str(collective), str(shared), str(members[1]), str(members[2])]) == 0
    out = tmp_path / "federation.docx"
    # Written, with exit code 1: the collective itself has no identification yet.
    assert main(["export", str(collective), "-o", str(out), "--annex"]) == 1
    assert "Nom de l’organisation : réponse obligatoire absente" in capsys.readouterr().err
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    from dpi_consult.draft.files import read_draft

    named = read_draft(members[0]).organisation
    anonymous = read_draft(members[1]).organisation
    assert "Annexe — Contributions des membres" in text
    assert named in text
    assert anonymous not in text and "Membre 2 (" in text
