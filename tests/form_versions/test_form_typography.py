"""The bundled form is written as French legal texts are: citations, units, ranges and headings."""

from __future__ import annotations

import re

import pytest

from dpi_consult.form.registry import bundled_form


def texts() -> list[tuple[str, str]]:
    form = bundled_form()
    found = [("description", form.description)] + [(s.id, s.summary) for s in form.sections]
    for q in form.questions:
        found += [(q.id, q.prompt), (q.id, q.help)] + [(q.id, o.label) for o in q.options]
    return found


@pytest.mark.parametrize(("rule", "pattern"), [
    ("article numbers take a space after L., R. or D.", r"\b[LRD]\d{3,4}-\d"),
    ("a non-breaking space after « art. »", r"\bart\. "),
    ("a non-breaking space after « n° »", r"n° "),
    ("a non-breaking space between a number and its unit", r"\d (mois|ans?|jours?|heures?|h|%|€|M€|ETP)\b"),
    ("an en dash in a range of years", r"\b(19|20)\d\d-(19|20)\d\d\b"),
    ("sheets cited by title, not number", r"\b[Ff]iches? \d"),
    ("block headings on their own line, not a bold lead-in", r"(?m)^\*\*[^*\n]+\*\*\s*:"),
    ("« relative à » after recommandation", r"recommandation relatif\b"),
])
def test_typography(rule: str, pattern: str):
    wrong = [(where, text[max(0, m.start() - 20):m.end() + 20])
             for where, text in texts() for m in re.finditer(pattern, text)]
    assert wrong == [], rule


def test_the_code_is_named_in_full_before_its_abbreviation():
    for where, text in [(s.id, s.summary) for s in bundled_form().sections]:
        first = text.find("CSP")
        if first >= 0:
            assert text[:first].endswith("code de la santé publique ("), where
