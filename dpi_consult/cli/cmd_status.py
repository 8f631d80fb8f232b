"""`dpi-consult status`: who answered what in a collective draft, members by sections."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from dpi_consult.french_formats import counted

if TYPE_CHECKING:
    from dpi_consult.collective.matrix import Matrix
    from dpi_consult.draft.member import MemberContribution
    from dpi_consult.draft.model import Draft

# The values of MatrixSort, spelled out so that building the parser imports no collective module.
SORTS = ("collecte", "nom", "total")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("status", help="tableau des membres par fiche d’un brouillon collectif")
    parser.add_argument("file", metavar="COLLECTIF.dpic")
    parser.add_argument("--sort", choices=SORTS, default=SORTS[0],
                        help="ordre des membres : collecte (par défaut), nom, ou total décroissant")
    parser.set_defaults(run=run)


NAME_WIDTH = 40


def run(args: argparse.Namespace) -> int:
    from dpi_consult.collective.collect import gc_paused
    from dpi_consult.collective.matrix import MatrixSort, answer_matrix
    from dpi_consult.draft.binding import open_draft

    with gc_paused():
        draft, binding = open_draft(args.file)
        members = draft.members
    form = binding.form
    lines = [f"Contribution collective : {counted(len(members), 'membre')} ; formulaire {form.id} version "
             f"{form.version}"]
    if not members:
        lines.append("Aucune contribution de membre collectée (dpi-consult collect pour en ajouter).")
        lines += missing_lines(draft, members)
        print_lines(lines)
        return 0
    matrix = answer_matrix(form, members).sorted(MatrixSort(args.sort))
    lines += matrix_lines(matrix)
    lines += ["", "Sections sans réponse, par membre :"]
    for section in matrix.sections:
        missing = matrix.without_answer(section.id)
        if missing:
            names = ", ".join(m.label for m in missing)
            lines.append(f"{section.display_title} : {len(missing)} sans réponse : {names}")
        else:
            lines.append(f"{section.display_title} : 0 sans réponse (tous les membres ont répondu)")
    lines += consolidation_lines(draft, form, members)
    lines += missing_lines(draft, members)
    print_lines(lines)
    return 0


def consolidation_lines(draft, form, members) -> list[str]:
    """How far the collective answer is: questions marked consolidated, paragraphs flagged for review."""
    from dpi_consult.collective.consolidation import current_versions, flagged_questions
    from dpi_consult.draft.consolidation import work_for
    from dpi_consult.form.model import OPINION_SECTION_KINDS

    questions = [q for s in form.sections if s.kind in OPINION_SECTION_KINDS for q in s.questions]
    done = sum(1 for q in questions if q.id in draft.consolidation and work_for(draft, q.id).consolidated)
    lines = ["", f"Consolidation : {counted(done, 'question consolidée', 'questions consolidées')} sur "
             f"{len(questions)}"]
    flagged = flagged_questions(draft, current_versions(members))
    for question_id, count in flagged.items():
        lines.append(f"À revoir : {question_id} : {counted(count, 'paragraphe')} dont un membre a envoyé une "
                     "nouvelle version")
    return lines


def missing_lines(draft: Draft, members: list[MemberContribution]) -> list[str]:
    """"N’ont rien envoyé : …" when the collective prepared kits for a list of members."""
    from dpi_consult.collective.expected import members_without_contribution

    if draft.kit is None or not draft.kit.members:
        return []
    missing = members_without_contribution(draft, members)
    expected = len(draft.kit.members)
    if not missing:
        return ["", f"Membres attendus : {expected}, tous ont envoyé une contribution."]
    names = ", ".join(m.name + (f" ({m.finess})" if m.finess else "") for m in missing)
    return ["", f"Membres attendus : {expected}, dont {len(missing)} sans contribution.",
            f"N’ont rien envoyé : {names}"]


def print_lines(lines: list[str]) -> None:
    """Print to stdout; a reader that stops early (`| head`) ends the output, not the command."""
    try:
        for line in lines:
            print(line)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would report the broken pipe again when flushing at exit: send the rest nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def matrix_lines(matrix: Matrix) -> list[str]:
    """The matrix as an aligned text table, with its totals and a legend of the column names."""
    from dpi_consult.collective.matrix import section_short_name

    heads = [section_short_name(s) for s in matrix.sections]
    widths = [max(len(h), 3) for h in heads]
    labels = [_fit(row.member.label) for row in matrix.rows]
    name_width = max([len("Membre"), len("Total"), *map(len, labels)])

    def line(name: str, cells: list[str], total: str, annex: str) -> str:
        body = " ".join(f"{c:>{w}}" for c, w in zip(cells, widths, strict=True))
        return f"{name:<{name_width}}  {body}  {total:>5}  {annex}".rstrip()

    lines = [line("Membre", heads, "Total", "Annexe")]
    for label, row in zip(labels, matrix.rows, strict=True):
        annex = "nommé" if row.member.named_in_annex else "anonyme"
        lines.append(line(label, [str(c) for c in row.counts], str(row.total), annex))
    lines.append(line("Total", [str(c) for c in matrix.column_totals], str(matrix.total), ""))
    lines.append(line("Membres", [str(c) for c in matrix.members_per_section], "", ""))
    lines.append("")
    lines.append("Colonnes : " + " ; ".join(f"{h} = {s.display_title}" for h, s in zip(heads, matrix.sections,
                                                                                          strict=True)))
    return lines


def _fit(label: str) -> str:
    return label if len(label) <= NAME_WIDTH else label[: NAME_WIDTH - 1] + "…"
