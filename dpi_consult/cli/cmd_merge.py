"""`dpi-consult merge`: two copies of one draft brought back together, conflicts kept for later."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.cli.common import current_author, one_line, require_new_output, require_suffix
from dpi_consult.french_formats import counted


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "merge", help="fusionne deux copies d’un même brouillon (0 : sans conflit, 1 : conflits à résoudre, "
                      "2 : illisible ou sans historique commun)",
        description="Fusionne deux copies d’un même brouillon modifiées séparément. Ce qui n’a changé que d’un "
                    "côté est repris ; deux modifications de paragraphes différents se combinent ; deux "
                    "modifications du même paragraphe, ou d’un même choix, deviennent un conflit qui garde les "
                    "deux versions, à résoudre dans l’application. Aucune des deux copies n’est modifiée.")
    parser.add_argument("mine", metavar="MIEN.dpic")
    parser.add_argument("theirs", metavar="AUTRE.dpic")
    parser.add_argument("-o", "--output", required=True, metavar="FUSION.dpic", help="fichier à créer")
    parser.add_argument("--force", action="store_true", help="remplace un fichier existant")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dpi_consult.draft.binding import open_draft
    from dpi_consult.draft.files import DRAFT_SUFFIX, save_draft
    from dpi_consult.merge.drafts import check_mergeable, merge_drafts
    from dpi_consult.merge.fields import Outcome
    from dpi_consult.merge.report import conflict_lines

    mine_path, theirs_path, out = Path(args.mine), Path(args.theirs), Path(args.output)
    require_suffix(out, DRAFT_SUFFIX, "la fusion")
    require_new_output(out, args.force)
    mine, binding = open_draft(mine_path)
    theirs, _ = open_draft(theirs_path)
    check_mergeable(mine, theirs, mine_path.name, theirs_path)
    result = merge_drafts(binding.form, mine, theirs, current_author())
    save_draft(result.draft, out, current_author())
    parts = [f"{counted(result.count(Outcome.TAKEN), 'champ repris', 'champs repris')} de {theirs_path.name}",
             f"{counted(result.count(Outcome.COMBINED), 'champ combiné', 'champs combinés')} des deux copies",
             counted(len(result.conflicts), "conflit à résoudre", "conflits à résoudre")]
    if result.members_added or result.members_updated:
        parts.append(f"{counted(result.members_added, 'membre ajouté', 'membres ajoutés')}, "
                     f"{counted(result.members_updated, 'membre mis à jour', 'membres mis à jour')}")
    print(f"{out} : fusion écrite ({' ; '.join(parts)})")
    for line in conflict_lines(binding.form, result.draft):
        print(one_line(f"{out} : {line.line()}"))
    return 1 if result.conflicts else 0
