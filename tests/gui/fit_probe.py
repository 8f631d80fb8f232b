"""Run in a child process on an offscreen screen of a given size: opens every top-level window and dialog of the app
in French and prints, as JSON, for each one what does not fit (frame, minimum size, controls outside).

    python tests/gui/fit_probe.py COLLECTIVE.dpic MEMBERS_FOLDER
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from dpi_consult.collective.collect import collect_files
from dpi_consult.draft.files import read_draft
from dpi_consult.draft.kit import Kit
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui.app import build_window, make_application
from dpi_consult.gui.i18n import install_translations
from dpi_consult.gui.screen_fit import TITLE_BAR
from dpi_consult.recovery import read_recovery, write_recovery
from dpi_consult.search import search_answers
from dpi_consult.send_checks import problems_before_sending
from dpi_consult.settings import Settings

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QPlainTextEdit, QTextEdit, QLabel)


def in_scrolled_area(widget: QWidget, view: QWidget) -> bool:
    """Inside a scroll area the user reaches a control by scrolling: the area itself is what must fit."""
    parent = widget.parentWidget()
    while parent is not None and parent is not view:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def problems_of(view: QWidget) -> list[str]:
    """What a user of this screen could not reach: a frame taller or wider than the screen, a minimum size that
    forbids shrinking it, a control outside the window or squeezed to nothing."""
    QApplication.processEvents()
    available = view.screen().availableGeometry()
    found = []
    # A maximised window holds its title bar; any other is drawn below one.
    title_bar = 0 if view.isMaximized() else TITLE_BAR
    if view.width() > available.width() or view.height() + title_bar > available.height():
        found.append(f"window {view.width()}x{view.height()} (+{title_bar} title bar) on "
                     f"{available.width()}x{available.height()}")
    minimum = view.minimumSizeHint().expandedTo(view.minimumSize())
    if minimum.width() > available.width() or minimum.height() + TITLE_BAR > available.height():
        found.append(f"minimum size {minimum.width()}x{minimum.height()} on {available.width()}x{available.height()}")
    for kind in CONTROLS:
        for widget in view.findChildren(kind):
            if not widget.isVisibleTo(view) or widget.window() is not view:
                continue
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
            if isinstance(widget, QLabel):
                # Cut wherever it is, scrolled or not: a wrapped label lower than its text needs.
                needed = widget.heightForWidth(widget.width()) if widget.wordWrap() and widget.text() else -1
                if widget.height() < needed:
                    found.append(f"{name[:60]!r} cut: {widget.height()} of {needed} px")
                continue
            if in_scrolled_area(widget, view):
                continue
            top_left = widget.mapTo(view, widget.rect().topLeft())
            bottom_right = widget.mapTo(view, widget.rect().bottomRight())
            if not view.rect().contains(top_left) or not view.rect().contains(bottom_right):
                found.append(f"{name[:60]!r} outside the window")
    return found


def main() -> None:
    collective_path, members_folder = Path(sys.argv[1]), Path(sys.argv[2])
    app = make_application()
    install_translations(app, "fr")
    settings = Settings(user_name="Coordinatrice")
    form = bundled_form()
    results: dict[str, list[str]] = {}

    def measure(name: str, view: QWidget) -> None:
        view.show()
        results[name] = problems_of(view)
        view.close()

    start = build_window(None, settings, start_page=True)
    start.show()
    results["main window, start page"] = problems_of(start)
    window = build_window(str(collective_path), settings)
    window.show()
    results["main window, collective draft"] = problems_of(window)
    window.navigator.select_section("fiche-05")
    results["main window, largest sheet"] = problems_of(window)
    # A size remembered from a larger screen: the window opens maximised rather than beyond the screen.
    big = build_window(None, settings)
    big.resize(2400, 1500)
    big._save_window_state()
    big.document.set_modified(False)
    big.close()
    remembered = build_window(None, settings)
    remembered.show()
    QApplication.processEvents()
    results["main window, remembered on a larger screen"] = (
        [] if remembered.isMaximized() else ["not maximised"]) + problems_of(remembered)
    remembered.document.set_modified(False)
    remembered.close()

    document = window.document
    draft: Draft = document.draft
    members = draft.members
    from dpi_consult.gui.send_check_dialog import SendCheckDialog

    measure("before sending", SendCheckDialog(problems_before_sending(form, draft), "Exporter en Word", window))
    from dpi_consult.gui.recovery_dialog import RecoveryDialog

    recovery = read_recovery(write_recovery(draft, collective_path))
    measure("recovery", RecoveryDialog([recovery, recovery], lambda _draft: form, window))
    from dpi_consult.gui.guide_dialog import GuideDialog

    measure("guide", GuideDialog(window))
    from dpi_consult.gui.about_dialog import AboutDialog

    measure("about", AboutDialog(form, window))
    # A draft of form 1.0: the banner over the pages, and the list of what changed.
    # Copies: a window locks the file it opens, and the fixtures stay as they are.
    fixtures = Path(tempfile.mkdtemp())
    for name in ("form-1.0/draft-1.0.dpic", "format-v1.4-conflicts.dpic", "format-v1.4-versions.dpic"):
        shutil.copy(Path(__file__).parents[1] / "fixtures" / name, fixtures / Path(name).name)
    older = build_window(str(fixtures / "draft-1.0.dpic"), settings)
    older.show()
    results["main window, draft of an older form"] = problems_of(older)
    assert older.notices.update_banner is not None
    measure("form changes", older.notices.update_banner.show_changes())
    older.close()
    from dpi_consult.gui.conflicts_dialog import CombinedTextDialog, ConflictsDialog

    merged = build_window(str(fixtures / "format-v1.4-conflicts.dpic"), settings)
    merged.show()
    results["main window, open conflicts"] = problems_of(merged)
    measure("merge conflicts", ConflictsDialog(merged.document, merged))
    measure("combined text", CombinedTextDialog("Premier paragraphe.\n\nSecond. " * 30, merged))
    merged.close()
    from dpi_consult.gui.versions_dialog import VersionsDialog

    versioned = build_window(str(fixtures / "format-v1.4-versions.dpic"), settings)
    measure("versions", VersionsDialog(versioned.document, versioned.version_actions, versioned))
    versioned.close()
    from dpi_consult.gui.export_dialog import ExportDialog

    measure("export to Word", ExportDialog(True, "", window))
    from dpi_consult.gui.preferences_dialog import PreferencesDialog

    measure("preferences", PreferencesDialog(settings, window))
    from dpi_consult.gui.kit_dialog import PrepareKitDialog

    measure("members' kits", PrepareKitDialog(form, draft, Kit("kit-essai", "Fédération d’essai"),
                                              collective_path.parent, window))
    from dpi_consult.gui.search_dialog import SearchDialog

    search = SearchDialog(lambda query: search_answers(form, draft, query), window)
    search.show()
    search.query_edit.setText("dossier")
    measure("search", search)
    from dpi_consult.gui.import_report_dialog import ImportReportDialog

    again = read_draft(collective_path)
    report = collect_files(again, sorted(members_folder.glob("*.dpic")) + [members_folder / "absent.dpic"], form=form)
    measure("import report", ImportReportDialog(report, window))
    from dpi_consult.gui.answer_changes_dialog import AnswerChangesDialog

    measure("answer changes", AnswerChangesDialog("CHU de Nîmes", "Ancienne réponse. " * 40,
                                                  "Nouvelle réponse. " * 40, window))
    from dpi_consult.gui.member_answers_dialog import MemberAnswersDialog

    measure("member's answers", MemberAnswersDialog(form, members[0], window))
    from dpi_consult.gui.sources_dialog import SourcesDialog

    measure("paragraph's members", SourcesDialog(members, set(), window))
    from dpi_consult.gui.user_name_dialog import UserNameDialog

    measure("user name", UserNameDialog(window))
    window.collective.show_overview()
    overview = window.collective.overview
    results["members overview"] = problems_of(overview)
    overview.close()
    for question in ("fiche-01.difficultes", "fiche-01.clarte"):
        view = window.consolidation.open(question)
        results[f"consolidation of {question}"] = problems_of(view)
        window.consolidation.close()
    print(json.dumps(results, ensure_ascii=False))
    window.document.set_modified(False)
    window.close()
    start.close()


if __name__ == "__main__":
    main()
