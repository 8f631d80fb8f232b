"""Contributions menu as a coordinator uses it: import, report, drop, overview, CSV, save and reopen."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dpi_consult.collective.matrix import answer_matrix
from dpi_consult.demo.generator import write_demo
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui import contribution_import
from dpi_consult.gui.contribution_import import IMPORT, ContributionImport
from dpi_consult.gui.import_report_dialog import ImportReportDialog

MEMBERS = 12


@pytest.fixture(scope="module")
def federation(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPI_CONSULT_HOME", str(tmp_path_factory.mktemp("home")))
        return write_demo(tmp_path_factory.mktemp("federation"), bundled_form(), MEMBERS, seed=11).members


@pytest.fixture
def answers(monkeypatch):
    """Answers the import's questions and records them and the report dialogs instead of showing them."""
    record = {"asked": 0, "reports": [], "become": True, "drop": IMPORT}

    def become(self):
        record["asked"] += 1
        return record["become"]

    monkeypatch.setattr(ContributionImport, "ask_become_collective", become)
    monkeypatch.setattr(ContributionImport, "ask_open_or_import", lambda self, path: record["drop"])
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: record["reports"].append(self) or 0)
    return record


def pick_files(monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(contribution_import.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))


def drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))


def report_rows(dialog: ImportReportDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}


def test_import_files_from_the_menu_reports_each_file_and_stores_the_members(qtbot, make_window, federation,
                                                                           answers, monkeypatch, tmp_path: Path):
    broken = tmp_path / "casse.dpic"
    broken.write_text("{", encoding="utf-8")
    window = make_window()
    pick_files(monkeypatch, [*federation[:5], broken])
    window.collective.import_action.trigger()

    assert answers["asked"] == 1
    assert window.isWindowModified()
    members = window.document.draft.members
    assert [m.file_name for m in members] == [p.name for p in federation[:5]]
    for member, path in zip(members, federation[:5], strict=True):
        assert member.answers == json.loads(path.read_text(encoding="utf-8"))["answers"]
    (dialog,) = answers["reports"]
    rows = report_rows(dialog)
    assert {name: outcome for name, (outcome, _) in rows.items()} == {
        **{p.name: "imported" for p in federation[:5]}, "casse.dpic": "refused"}
    assert "tronqué" in rows["casse.dpic"][1]
    # In the order the files were read, until the user sorts.
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == \
        [p.name for p in federation[:5]] + ["casse.dpic"]
    assert dialog.summary.text() == ("6 file(s): 5 imported, 0 updated, 0 duplicate(s), 1 refused. The collective "
                                     "contribution now holds 5 member(s).")
    dialog.copy_all()
    copied = QApplication.clipboard().text()
    assert str(broken) in copied and copied.count("\n") >= 8

    # The same files again are duplicates, one newer member file is added; nothing is asked any more.
    pick_files(monkeypatch, federation[:6])
    window.collective.import_action.trigger()
    assert answers["asked"] == 1
    rows = report_rows(answers["reports"][1])
    assert [rows[p.name][0] for p in federation[:6]] == ["duplicate"] * 5 + ["imported"]
    assert len(window.document.draft.members) == 6
    # Sorting by the result column puts the rows in that order, the table stays whole.
    answers["reports"][1].table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert answers["reports"][1].table.item(0, 1).text() == "duplicate"


def test_importing_into_a_plain_draft_asks_first_and_no_leaves_it_untouched(qtbot, make_window, federation,
                                                                           answers, monkeypatch):
    answers["become"] = False
    window = make_window()
    pick_files(monkeypatch, federation[:2])
    window.collective.import_action.trigger()
    assert answers["asked"] == 1 and answers["reports"] == []
    assert window.document.draft.sources == [] and not window.isWindowModified()
    assert not window.collective.overview_action.isEnabled()


def test_dropped_files_are_imported_and_a_single_draft_opens_or_imports(qtbot, make_window, federation, answers,
                                                                       tmp_path: Path):
    window = make_window()
    plain = window.document
    drop(window, [federation[6]])  # one .dpic onto a plain draft: opened, as before
    assert window.document is not plain and window.document.path == federation[6]

    window.files.new()
    drop(window, federation[:3])
    assert len(window.document.draft.members) == 3 and answers["asked"] == 1
    drop(window, [federation[3]])  # onto a collective draft: the user chose to import it
    assert len(window.document.draft.members) == 4
    answers["drop"] = None  # ... or cancelled
    drop(window, [federation[4]])
    assert len(window.document.draft.members) == 4


def test_the_overview_counts_sorts_filters_and_lists_members_without_answer(qtbot, make_window, federation,
                                                                            answers, monkeypatch):
    window = make_window()
    pick_files(monkeypatch, federation[:8])
    window.collective.import_action.trigger()
    window.collective.overview_action.trigger()
    overview = window.collective.overview
    assert overview.isVisible() and overview.proxy.rowCount() == 8 + 1
    pick_files(monkeypatch, federation)  # the open overview follows the import
    window.collective.import_action.trigger()
    members = window.document.draft.members
    matrix = answer_matrix(window.document.form, members)
    proxy = overview.proxy
    columns = proxy.columnCount()
    assert proxy.rowCount() == MEMBERS + 1
    for row, matrix_row in enumerate(matrix.rows):
        shown = [proxy.index(row, c).data() for c in range(3, columns)]
        assert proxy.index(row, 0).data() == matrix_row.member.label
        assert shown == [*matrix_row.counts, matrix_row.total]
    assert [proxy.index(MEMBERS, c).data() for c in range(3, columns)] == [*matrix.column_totals, matrix.total]

    # A click on the header of sheet 4: numbers in descending order, totals still last.
    header = overview.table.horizontalHeader()
    column = next(c for c in range(columns) if proxy.headerData(c, Qt.Orientation.Horizontal) == "F4")
    for _ in range(2):
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(
            header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2))
    values = [proxy.index(r, column).data() for r in range(MEMBERS)]
    assert proxy.sortColumn() == column
    assert values == sorted(values, reverse=proxy.sortOrder() == Qt.SortOrder.DescendingOrder)
    assert len(set(values)) > 1
    assert proxy.index(MEMBERS, 0).data() == "Total"

    region = proxy.index(0, 2).data()
    overview.filter_edit.setText(region.upper())
    shown = [proxy.index(r, 2).data() for r in range(proxy.rowCount() - 1)]
    assert shown and set(shown) == {region}
    assert proxy.index(proxy.rowCount() - 1, 0).data() == "Total"
    assert overview.shown_label.text().startswith(f"{len(shown)} ")

    overview.filter_edit.clear()
    sheet = overview.sheet_combo.findData("fiche-04")
    overview.sheet_combo.setCurrentIndex(sheet)
    expected = [m.label for m in matrix.without_answer("fiche-04")]
    assert [overview.missing_list.item(i).text() for i in range(overview.missing_list.count())] == expected


def test_the_overview_keeps_the_member_in_view_and_opens_its_answers(qtbot, make_window, federation, answers,
                                                                     monkeypatch):
    window = make_window()
    pick_files(monkeypatch, federation[:6])
    window.collective.import_action.trigger()
    window.collective.overview_action.trigger()
    overview = window.collective.overview
    overview.resize(520, 400)
    table = overview.table
    qtbot.waitUntil(lambda: table.frozen.isVisible())
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert table.horizontalScrollBar().value() > 0
    # Scrolled sideways, the names are still there, over the counts.
    name = overview.proxy.index(2, 0)
    assert table.frozen.visualRect(name).left() >= 0 and table.frozen.isVisible()
    assert table.frozen.geometry().left() <= table.viewport().geometry().left()
    member = overview.member_at(2)
    from dpi_consult.gui import member_answers_dialog

    shown = []
    monkeypatch.setattr(member_answers_dialog.MemberAnswersDialog, "show", lambda dialog: shown.append(dialog))
    table.doubleClicked.emit(name)
    (dialog,) = shown
    assert member.label in dialog.windowTitle()
    text = dialog.text.toPlainText()
    first = next(q for s in window.document.form.sections for q in s.questions if member.answers.get(q.id)
                 and s.kind.value == "sheet")
    assert first.prompt.replace("\xa0", " ") in text.replace("\xa0", " ")


def test_the_csv_menu_writes_a_file_that_reads_back(qtbot, make_window, federation, answers, monkeypatch,
                                                    tmp_path: Path):
    from dpi_consult.collective.csv_export import member_rows
    from dpi_consult.gui import answers_csv_export

    window = make_window()
    pick_files(monkeypatch, federation[:4])
    window.collective.import_action.trigger()
    out = tmp_path / "reponses"
    chosen = {}

    def save_name(parent, title, suggested, filters):
        chosen["filters"] = filters.split(";;")
        return str(out), chosen["filters"][1]  # the comma

    monkeypatch.setattr(answers_csv_export.QFileDialog, "getSaveFileName", save_name)
    window.collective.csv_action.trigger()
    written = out.with_suffix(".csv")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=","))
    form = window.document.form
    expected = [row for m in window.document.draft.members for row in member_rows(form, m)]
    assert len(rows) == 1 + len(expected) and rows[0][0] == "membre"
    assert rows[1][:3] == list(expected[0][:3])


def member_lines(path: Path) -> list[bytes]:
    return [line.rstrip(b",") for line in path.read_bytes().split(b"\n") if line.startswith(b'  {"kind"')]


def test_save_and_reopen_a_collective_keeps_every_member_byte_for_byte(qtbot, make_window, federation, answers,
                                                                      monkeypatch, tmp_path: Path):
    window = make_window()
    pick_files(monkeypatch, federation[:5])
    window.collective.import_action.trigger()
    path = tmp_path / "federation.dpic"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    assert window.files.save_as()
    first = member_lines(path)
    assert len(first) == 5

    assert window.files.open_path(str(path))
    assert window.collective.overview_action.isEnabled()
    window.document.set_value("fiche-02.commentaire", "Position de la fédération")
    assert window.files.save()
    assert member_lines(path) == first
    reopened = window.document.draft.members
    for member, source in zip(reopened, federation[:5], strict=True):
        data = json.loads(source.read_text(encoding="utf-8"))
        assert (member.identity, member.answers) == (data["identity"], data["answers"])


def test_a_dropped_word_file_is_imported_and_a_bad_one_reported(qtbot, make_window, answers, tmp_path: Path):
    questionnaire = tmp_path / "questionnaire-rempli.docx"
    questionnaire.write_bytes(b"pas un document Word")
    window = make_window()
    drop(window, [questionnaire])
    assert answers["asked"] == 1
    (dialog,) = answers["reports"]
    assert report_rows(dialog)["questionnaire-rempli.docx"][0] == "refused"
    assert window.document.draft.sources == []


def test_import_a_folder_with_or_without_its_subfolders(qtbot, make_window, federation, answers, monkeypatch,
                                                        tmp_path: Path):
    import shutil

    folder = tmp_path / "recus"
    (folder / "relances").mkdir(parents=True)
    for path in federation[:2]:
        shutil.copy(path, folder)
    shutil.copy(federation[2], folder / "relances")
    monkeypatch.setattr(contribution_import.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    subfolders = []
    monkeypatch.setattr(ContributionImport, "ask_subfolders", lambda self, f: subfolders.append(f) or False)
    window = make_window()
    window.collective.import_folder_action.trigger()
    assert subfolders == [str(folder)]
    assert [m.file_name for m in window.document.draft.members] == [p.name for p in federation[:2]]

    monkeypatch.setattr(ContributionImport, "ask_subfolders", lambda self, f: subfolders.append(f) or True)
    drop(window, [folder])  # a dropped folder: the same question
    assert subfolders == [str(folder)] * 2
    assert [m.file_name for m in window.document.draft.members] == [p.name for p in federation[:3]]


def test_a_cancelled_import_changes_nothing(qtbot, make_window, federation, answers, monkeypatch, stop_at):
    from dpi_consult.gui import job_runner

    def cancel(parent, title, label, job):
        job(stop_at(1))  # Cancel pressed after the first file: the job raises Cancelled
        raise AssertionError("the job went on after Cancel")

    monkeypatch.setattr(job_runner, "run_with_progress", cancel)
    window = make_window()
    pick_files(monkeypatch, federation[:3])
    window.collective.import_action.trigger()
    assert window.document.draft.sources == [] and not window.isWindowModified() and answers["reports"] == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_importing_with_no_draft_open_starts_a_collective_one(qtbot, make_window, federation, answers):
    window = make_window()
    window.files.close_document()
    assert window.document is None
    drop(window, federation[:2])
    assert answers["asked"] == 1 and window.document is not None and window.document.path is None
    assert len(window.document.draft.members) == 2 and window.isWindowModified()


def test_the_overview_lists_the_expected_members_who_sent_nothing(make_window, federation, answers, monkeypatch):
    from dpi_consult.draft.kit import KitMember
    from dpi_consult.kit.files import ensure_kit

    window = make_window()
    pick_files(monkeypatch, federation[:3])
    window.collective.import_action.trigger()
    collected = window.document.draft.members
    kit = ensure_kit(window.document.draft)
    kit.members = [KitMember(m.organisation, m.finess) for m in collected[:2]]
    kit.members.append(KitMember("Clinique silencieuse", "180000028"))
    window.collective.overview_action.trigger()
    overview = window.collective.overview
    assert overview.silent_label.isVisible()
    assert "1" in overview.silent_label.text() and "3" in overview.silent_label.text()
    assert [overview.silent_list.item(i).text() for i in range(overview.silent_list.count())] == \
        ["Clinique silencieuse (180000028)"]


def test_without_a_kit_the_overview_shows_no_expected_members(make_window, federation, answers, monkeypatch):
    window = make_window()
    pick_files(monkeypatch, federation[:2])
    window.collective.import_action.trigger()
    window.collective.overview_action.trigger()
    assert not window.collective.overview.silent_list.isVisible()


def test_a_collective_is_not_exported_for_a_federation_and_says_why(make_window, federation, answers, monkeypatch,
                                                                     tmp_path: Path):
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    pick_files(monkeypatch, federation[:2])
    window.collective.import_action.trigger()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    asked: list[Path] = []
    monkeypatch.setattr(type(window.kit_actions), "ask_share_path", lambda self, suggested: asked.append(suggested))
    assert window.share_action.isEnabled()
    window.share_action.trigger()
    assert told and told[0].startswith("C’est une contribution collective") and "Word" in told[0]
    assert asked == [] and list(tmp_path.iterdir()) == []
