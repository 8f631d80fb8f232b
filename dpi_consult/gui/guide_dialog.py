"""Aide > Guide: how to answer, how a federation works with the app, and where the files are kept."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from dpi_consult.gui.screen_fit import fit_to_screen
from dpi_consult.settings import config_dir, documents_dir, recovery_dir, state_dir


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("dpi-consult guide"))
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        fit_to_screen(self)

    def guide_html(self) -> str:
        answering = self.tr(
            "<h2>Answering</h2><p>The left-hand list holds the identification, the form’s 14 sheets, the general "
            "remarks and the publication consent. Answer only the sheets that concern you: nobody has to answer "
            "everything. Each sheet starts with what is known of it from public analyses of the draft (the draft "
            "itself was not available to the form’s authors); write your answers as in Word (Ctrl+B, Ctrl+I, "
            "lists, links, pasting from Word). The counter under each answer shows the characters left. Mark each "
            "sheet <i>ready</i> or <i>validated</i> as your team reviews it; internal notes are never exported.</p>"
            "<p>File &gt; Export to Word writes the document to send. Before it is written, the app lists what is "
            "missing, too long or looks like "
            "personal data, with a button to go to each answer.</p>")
        federation = self.tr(
            "<h2>Working with a federation</h2><p>A federation prepares one kit per member (File &gt; Prepare the "
            "members’ kit): its guidance, its proposed answers and the deadline. A member opens the kit, "
            "which starts a new contribution, answers, then sends back the file written by File &gt; Export "
            "for the federation (without internal notes or history). The federation brings the members' files "
            "together with Contributions &gt; Import contributions, reads them side by side, consolidates "
            "them into one answer and exports it to Word, with an annex of the members' answers if it wishes.</p>")
        rows = [(self.tr("Your drafts and exports (suggested folder)"), documents_dir()),
                (self.tr("Preferences"), config_dir()),
                (self.tr("Recovery copies after a crash"), recovery_dir()),
                (self.tr("Recent documents and window layout"), state_dir())]
        table = "".join(f"<tr><td>{escape(label)}</td><td><code>{escape(str(path))}</code></td></tr>"
                        for label, path in rows)
        files = self.tr("<h2>Where the files are kept</h2><p>Everything stays on this computer: the app opens no "
                        "network connection. A draft is a <code>.dpic</code> file saved where you choose, on a "
                        "shared drive too (the app says when someone else has it open).</p>")
        return answering + federation + files + f"<table cellspacing='6'>{table}</table>"
