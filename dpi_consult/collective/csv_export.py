"""Analyst CSV of a collective draft: one row per member and question answered, safe to open in Excel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from dpi_consult.atomic import write_atomic
from dpi_consult.draft.answer_text import answer_text
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.errors import InputError
from dpi_consult.form.identification import REGION, TYPE
from dpi_consult.form.model import Form, Question, SectionKind
from dpi_consult.progress import Progress, silent

HEADER = ("membre", "type", "région", "fiche", "question", "réponse", "identifiant de la question",
          "nom en annexe")
# Spreadsheets run a cell that starts with one of these as a formula (tab and carriage return too,
# as some of them strip those first), so a member's text could otherwise run as one.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ORPHAN_SECTION = "(question absente du formulaire)"


def neutralised(cell: str) -> str:
    """The cell as text: an apostrophe before a leading formula character, as Excel itself does."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def cell_text(question: Question | None, value: Value) -> str:
    """An answer in a spreadsheet cell: plain text, options separated as a French list is."""
    return answer_text(question, value, separator=" ; ")


def _identity_label(form: Form, member: MemberContribution, question_id: str) -> str:
    value = member.identity.get(question_id)
    if is_empty(value) or value is None:
        return ""
    return cell_text(form.question(question_id), value)


def member_rows(form: Form, member: MemberContribution) -> list[tuple[str, ...]]:
    """The rows of one member: answered questions in form order, then answers the form lacks."""
    who = (member.label, _identity_label(form, member, TYPE), _identity_label(form, member, REGION))
    annex = "oui" if member.named_in_annex else "non (anonyme)"
    rows = []
    answers = member.answers
    for section in form.sections:
        if section.kind is SectionKind.IDENTIFICATION:
            continue
        for question in section.questions:
            value = answers.get(question.id)
            if value is None or is_empty(value):
                continue
            rows.append((*who, section.display_title, question.prompt, cell_text(question, value),
                         question.id, annex))
    for question_id, value in answers.items():
        if form.question(question_id) is None and not is_empty(value):
            rows.append((*who, ORPHAN_SECTION, question_id, cell_text(None, value), question_id, annex))
    return rows


def write_answers_csv(form: Form, collective_draft: Draft, out_path: str | Path, sep: str = ";",
                      progress: Progress | None = None) -> int:
    """Write the CSV atomically and return its number of answer rows; cancelling writes nothing.

    UTF-8 with a byte order mark and ";" by default: what French Excel needs to split the columns
    and show accents right; sep="," for other spreadsheets.
    """
    if len(sep) != 1:
        raise InputError(f"séparateur « {sep} » : un seul caractère était attendu")
    progress = silent(progress)
    members = collective_draft.members
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    writer.writerow(HEADER)
    count = 0
    for done, member in enumerate(members):
        progress.report(done, len(members))
        for row in member_rows(form, member):
            writer.writerow([neutralised(cell) for cell in row])
            count += 1
    progress.report(len(members), len(members))
    try:
        write_atomic(out_path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as exc:
        raise InputError(f"écriture impossible ({exc.strerror or exc})", out_path) from None
    return count
