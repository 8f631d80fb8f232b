"""`dpi-consult show`: organisation and progress of a draft, section by section."""

from __future__ import annotations

import argparse

from dpi_consult.draft.binding import open_draft
from dpi_consult.form.model import SectionKind
from dpi_consult.french_formats import counted, french_moment


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("show", help="résume un brouillon")
    parser.add_argument("file", metavar="FICHIER.dpic")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    draft, binding = open_draft(args.file)
    form = binding.form
    print(f"Organisation : {draft.organisation or '(non renseignée)'}")
    print(f"Formulaire : {form.id} version {form.version}")
    if draft.is_collective:
        print(f"Contribution collective : {counted(len(draft.sources), 'contribution')} de membres")
    width = max(len(s.display_title) for s in form.sections)
    for section in form.sections:
        answered, total = draft.answered_count(form, section.id)
        status = "" if section.kind is SectionKind.IDENTIFICATION else draft.status(section.id).label
        print(f"{section.display_title:<{width}}  {answered:>2}/{total:<2}  {status}".rstrip())
    for note in binding.notes:
        print(f"Note : {note}")
    for version in draft.versions:
        print(f"Version : « {version.name} », {version.author or 'auteur inconnu'}, {french_moment(version.time)}")
    if draft.conflicts:
        from dpi_consult.merge.report import conflict_lines

        for line in conflict_lines(form, draft):
            print(f"À résoudre : {line.line()}")
    return 0
