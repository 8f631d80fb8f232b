"""A draft of form 1.0 opened in the window: what changed is said, new questions are there, nothing moves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from dpi_consult.draft.files import read_draft
from dpi_consult.form.version_changes import version_key

FIXTURE = Path(__file__).parents[1] / "fixtures" / "form-1.0" / "draft-1.0.dpic"


def test_the_window_says_what_changed_and_keeps_the_older_answers(make_window, qtbot, tmp_path: Path):
    path = tmp_path / "clinique.dpic"
    shutil.copy(FIXTURE, path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    window = make_window(str(path))
    document = window.document
    banner = window.notices.update_banner
    assert banner is not None and banner.isVisible()
    assert banner.label.text().startswith("Formulaire passé de la version 1.0 à la version ")
    assert window.statusBar().currentMessage() == ""  # the banner says it; no half of it in the status bar

    dialog = banner.show_changes()
    qtbot.waitExposed(dialog)
    top = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert top[0] == "Your answers to look at again"
    assert any(line.startswith("Fiche 6 — Durées de conservation : ") for line in top)
    reviewed = dialog.tree.topLevelItem(0)
    retired_item = reviewed.child(0)
    dialog.tree.setCurrentItem(retired_item)
    assert dialog.go_button.isEnabled()
    dialog.go_button.click()
    assert window.current_section() == "identification"
    dialog.close()

    # Every question of the new version has its place on its page.
    form = document.form
    for section in form.sections:
        page = window.page(section.id)
        assert set(page.cards) == {q.id for q in section.questions}
    type_widget = window.page("identification").cards["identification.type"].answer
    assert type_widget.value() == "editeur-hebergeur"
    assert type_widget.retired_problem.isVisibleTo(type_widget)

    window.files.save()
    saved = read_draft(path)
    assert saved.identity == stored["identity"] and saved.answers == stored["answers"]
    assert version_key(saved.form_ref.version) > (1, 0)
