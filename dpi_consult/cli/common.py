"""Helpers shared by the command-line commands."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dpi_consult.errors import InputError
from dpi_consult.settings import load_settings

if TYPE_CHECKING:
    from collections.abc import Sequence

    from dpi_consult.draft.binding import FormBinding
    from dpi_consult.draft.model import Draft
    from dpi_consult.form.model import Question
    from dpi_consult.send_checks import SendProblem


def current_author() -> str:
    """The name recorded on revisions: the user's name from the preferences, else the login name."""
    name = load_settings().user_name.strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "inconnu"


def open_collective_question(path: str, question_id: str) -> tuple[Draft, FormBinding, Question]:
    """A collective draft and one question of its form, for the commands that read the members' answers to it."""
    from dpi_consult.collective.collect import gc_paused
    from dpi_consult.draft.binding import open_draft

    with gc_paused():
        draft, binding = open_draft(path)
    question = binding.form.question(question_id)
    if question is None:
        raise InputError(f"question « {question_id} » absente du formulaire {binding.form.id}", path)
    if not draft.is_collective:
        raise InputError("ce n’est pas un brouillon collectif : aucune réponse de membre à regrouper", path)
    return draft, binding, question


def require_suffix(out: Path, suffix: str, subject: str) -> None:
    """`subject` names the file in the message: "le brouillon", "le questionnaire", "l’export"."""
    if out.suffix.lower() != suffix:
        raise InputError(f"{subject} doit avoir l’extension {suffix}", out)


def require_new_output(out: Path, force: bool) -> None:
    """The file to write must not exist (unless --force) and its folder must."""
    if out.exists() and not force:
        raise InputError("le fichier existe déjà (--force pour le remplacer)", out)
    if str(out.parent) and not out.parent.is_dir():
        raise InputError("le dossier n’existe pas", out.parent)


# A terminal line a person reads; a hostile file must not make one of megabytes.
LINE_MAX_CHARS = 400


def one_line(text: str) -> str:
    """`text` on one line, cut with « … » past LINE_MAX_CHARS."""
    text = " ".join(text.splitlines())  # not split(): it would take the no-break spaces of French typography
    return text if len(text) <= LINE_MAX_CHARS else text[:LINE_MAX_CHARS - 1] + "…"


def report_problems(problems: Sequence[SendProblem], out: Path) -> int:
    """Print on stderr what `out` was written with that should be corrected; the command's exit code.

    The file is written all the same (a script may need it, and the user decides), and the exit code 1
    says it went out with something to look at: a missing required answer, an answer over its limit
    or malformed, something that looks like personal data.
    """
    for problem in problems:
        print(one_line(f"dpi-consult : à vérifier dans {out} : {problem.line()}"), file=sys.stderr)
    return 1 if problems else 0
