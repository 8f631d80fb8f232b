"""Question and option ids never change meaning: each version only adds, rewords or retires, and says so."""

from __future__ import annotations

import re

from version_helpers import changes_since_1_0, form_1_0

from dpi_consult.form.registry import bundled_form


def test_every_difference_from_1_0_is_listed_in_the_changes_table():
    old, new = form_1_0(), bundled_form()
    changes = changes_since_1_0()
    assert changes, "the bundled form is newer than 1.0 and says what changed"
    added = {q for c in changes for q in c.added_questions}
    reworded = {q for c in changes for q in c.reworded_questions}
    retired = {r.id for c in changes for r in c.retired_questions}
    retired_options = {(q, o.id) for c in changes for q, o in c.retired_options}
    added_options = {(q, option_id) for c in changes for q, ids in c.added_options for option_id in ids}
    unlisted = []
    for question in old.questions:
        now = new.question(question.id)
        if now is None:
            if question.id not in retired:
                unlisted.append(f"{question.id} vanished without being retired")
            continue
        if now.kind is not question.kind:
            unlisted.append(f"{question.id} changed kind: an id never changes meaning")
        old_labels = {o.id: o.label for o in question.options}
        new_labels = {o.id: o.label for o in now.options}
        changed_labels = any(new_labels.get(i, label) != label for i, label in old_labels.items())
        if (now.prompt != question.prompt or changed_labels) and question.id not in reworded:
            unlisted.append(f"{question.id} reworded but not listed")
        for option_id in old_labels.keys() - new_labels.keys():
            if (question.id, option_id) not in retired_options:
                unlisted.append(f"{question.id}: option {option_id} vanished without being retired")
        for option_id in new_labels.keys() - old_labels.keys():
            if (question.id, option_id) not in added_options:
                unlisted.append(f"{question.id}: option {option_id} added but not listed")
        if question.id in added:
            unlisted.append(f"{question.id} existed in 1.0 and is listed as added")
    for question in new.questions:
        if old.question(question.id) is None and question.id not in added:
            unlisted.append(f"{question.id} is new but not listed as added")
    assert unlisted == []


def test_the_retired_type_says_what_replaces_it():
    question = bundled_form().question("identification.type")
    retired = question.retired_option("editeur-hebergeur")
    assert retired is not None and retired.version == "1.1"
    assert [question.option_label(o) for o in retired.replaced_by] == [question.option_label("editeur"),
                                                                        question.option_label("hebergeur")]


def test_the_form_cites_sheets_by_title_not_by_number():
    form = bundled_form()
    texts = [form.description] + [s.summary for s in form.sections]
    texts += [text for q in form.questions for text in (q.prompt, q.help)]
    cited = [text for text in texts if re.search(r"\bfiches? (n°\s*)?\d", text, re.IGNORECASE)]
    assert cited == []
