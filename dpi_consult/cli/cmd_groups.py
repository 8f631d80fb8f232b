"""`dpi-consult groups`: one question's answers in a collective draft, alike ones grouped, each with its state."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import TYPE_CHECKING

from dpi_consult.french_formats import counted

if TYPE_CHECKING:
    from dpi_consult.collective.question_answers import GroupRow
    from dpi_consult.form.model import Question

STATE_WORDS = {"to_handle": "à traiter", "handled": "traité", "new_version": "nouvelle version"}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "groups", help="réponses des membres à une question, regroupées quand elles sont identiques ou presque",
        description="Affiche les groupes de réponses identiques ou presque à la question (nombre, membres, texte) "
        "et l’état de chaque réponse dans la consolidation : à traiter, traité, nouvelle version.")
    parser.add_argument("file", metavar="COLLECTIF.dpic")
    parser.add_argument("question", metavar="QUESTION", help="identifiant de la question (ex. fiche-04.difficultes)")
    parser.add_argument("--format", choices=("texte", "csv"), default="texte",
                        help="texte (par défaut) ou csv : une ligne par réponse, séparateur « ; »")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dpi_consult.cli.cmd_status import print_lines
    from dpi_consult.cli.common import open_collective_question
    from dpi_consult.collective.consolidation import current_versions
    from dpi_consult.collective.question_answers import QuestionAnswers, handled_one_by_one
    from dpi_consult.collective.tally import MemberFilter
    from dpi_consult.draft.answer_text import answer_text
    from dpi_consult.draft.consolidation import work_for

    draft, _binding, question = open_collective_question(args.file, args.question)
    members = draft.members
    answers = QuestionAnswers(question, members)
    work = work_for(draft, question.id)
    current = current_versions(members)
    rows = answers.rows(MemberFilter(), work, current)
    tracked = handled_one_by_one(question)
    if args.format == "csv":
        return _print_csv(rows, question, tracked)
    lines = [f"{question.id} — {question.prompt}",
             f"{counted(len(answers.answers), 'réponse')} de {counted(len(members), 'membre')}, en "
             f"{counted(len(rows), 'groupe')}"
             + (f" ; {answers.left(work, current)} à traiter ou en nouvelle version." if tracked else ".")]
    for number, row in enumerate(rows, start=1):
        alike = "identiques" if row.group.identical else "identiques ou presque"
        lines.append("")
        lines.append(f"Groupe {number} : {counted(len(row.members), 'réponse')}"
                     + (f" {alike}" if len(row.members) > 1 else ""))
        lines.extend(f"  {line}" for line in answer_text(question, row.answers[0]).splitlines() if line.strip())
        for member, state in zip(row.members, row.states, strict=True):
            lines.append(f"  - {member.label}" + (f" : {STATE_WORDS[state.value]}" if tracked else ""))
    print_lines(lines)
    return 0


def _print_csv(rows: list[GroupRow], question: Question, tracked: bool) -> int:
    from dpi_consult.collective.csv_export import cell_text, neutralised

    writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    writer.writerow(["groupe", "réponses dans le groupe", "membre", "finess", "état", "réponse"])
    for number, row in enumerate(rows, start=1):
        for member, value, state in zip(row.members, row.answers, row.states, strict=True):
            writer.writerow([str(number), str(len(row.members)), neutralised(member.label), member.finess,
                             STATE_WORDS[state.value] if tracked else "", neutralised(cell_text(question, value))])
    return 0
