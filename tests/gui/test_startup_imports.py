"""Modules that the window's first frame does not need stay out of the start-up import graph."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Each one is imported where it is first used (an export, a long answer, reading or saving a draft, a
# recovery write, the consolidation window). importlib.resources
# is not listed: only a wheel install spares it, and the tests run on an editable one.
DEFERRED = (
    "dpi_consult.gui.markdown_editor",
    "dpi_consult.gui.export_dialog",
    "dpi_consult.gui.job_runner",
    "dpi_consult.draft.codec",
    "dpi_consult.draft.history",
    "dpi_consult.recovery",
    "dpi_consult.gui.consolidation_window",
    "dpi_consult.gui.kit_actions",
    "dpi_consult.gui.kit_banner",
    "dpi_consult.gui.kit_dialog",
    "dpi_consult.gui.kit_question",
    "dpi_consult.gui.send_check_dialog",
    "dpi_consult.draft.member",
    "dpi_consult.draft.consolidation",
    "dpi_consult.personal_data",
    "dpi_consult.gui.contribution_import",
    "dpi_consult.gui.import_report_dialog",
    "dpi_consult.gui.members_overview",
    "dpi_consult.gui.answers_csv_export",
    "dpi_consult.collective.collect",
    "dpi_consult.draft.layout",
    "dpi_consult.gui.file_guard",
    "dpi_consult.draft.lock",
    "dpi_consult.draft.stamp",
    "dpi_consult.gui.merge_actions",
    "dpi_consult.gui.conflicts_dialog",
    "dpi_consult.gui.versions_dialog",
    "dpi_consult.merge.drafts",
    "dpi_consult.draft.version_actions",
    # The themes: numpy alone costs about 0.1 s, paid when the consolidation window first shows a theme.
    "numpy",
    "snowballstemmer",
    "dpi_consult.themes.theme_finder",
    "dpi_consult.gui.themes_pane",
    "dpi_consult.draft.themes",
)
# Needed only by the very first start, which parses the form and renders its summaries into the cache.
DEFERRED_ONCE_CACHED = ("tomllib", "dpi_consult.form.loader", "markdown_it")


def start_and_list(home: Path, modules: tuple[str, ...]) -> str:
    """The listed modules a start imported."""
    script = (
        "import sys\n"
        "from dpi_consult.gui.app import build_window, make_application\n"
        "from dpi_consult.settings import load_settings\n"
        "app = make_application()\n"
        "window = build_window(None, load_settings())\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"print(','.join(m for m in {modules!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "DPI_CONSULT_HOME": str(home)})
    return result.stdout.strip()


def test_starting_the_window_leaves_deferred_modules_unimported(tmp_path: Path):
    assert start_and_list(tmp_path, DEFERRED) == ""
    # Every later start reads the caches the first one wrote.
    assert start_and_list(tmp_path, DEFERRED + DEFERRED_ONCE_CACHED) == ""
