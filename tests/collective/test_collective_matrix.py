"""The members-by-sections matrix, counted by hand on a small form."""

from __future__ import annotations

from dpi_consult.collective.matrix import MatrixSort, answer_matrix, section_short_name
from dpi_consult.draft.member import MemberContribution
from dpi_consult.form.loader import load_form_text

FORM = """
[form]
id = "petit"
version = "1"
title = "Petit formulaire"
default_max_chars = 100

[[sections]]
id = "identification"
kind = "identification"
title = "Identification"
  [[sections.questions]]
  id = "identification.organisation"
  kind = "short_text"
  prompt = "Organisation"

[[sections]]
id = "s1"
kind = "sheet"
number = 1
title = "Première"
  [[sections.questions]]
  id = "s1.a"
  kind = "long_text"
  prompt = "A"
  [[sections.questions]]
  id = "s1.b"
  kind = "multiple_choice"
  prompt = "B"
  options = [{ id = "x", label = "X" }]

[[sections]]
id = "s2"
kind = "sheet"
number = 2
title = "Deuxième"
  [[sections.questions]]
  id = "s2.a"
  kind = "long_text"
  prompt = "A"
  [[sections.questions]]
  id = "s2.b"
  kind = "short_text"
  prompt = "B"
  [[sections.questions]]
  id = "s2.c"
  kind = "integer"
  prompt = "C"

[[sections]]
id = "general"
kind = "general"
title = "Remarques générales"
  [[sections.questions]]
  id = "general.texte"
  kind = "long_text"
  prompt = "Remarques"

[[sections]]
id = "publication"
kind = "publication"
title = "Publication"
  [[sections.questions]]
  id = "publication.ok"
  kind = "single_choice"
  prompt = "Publier ?"
  options = [{ id = "oui", label = "Oui" }]
"""


def member(name: str, answers: dict) -> MemberContribution:
    return MemberContribution(draft_id=f"id-{name}", saved_at=None, form_id="petit", form_version="1",
                              identity={"identification.organisation": name}, answers=answers,
                              file_name=f"{name}.dpic", sha256="0" * 64, imported_at="t")


def test_counts_totals_and_members_without_answer():
    form = load_form_text(FORM, "petit.toml")
    anne = member("Anne", {"s1.a": "oui", "s1.b": ["x"], "s2.c": 0, "publication.ok": "oui"})
    bruno = member("Bruno", {"s2.a": "t", "s2.b": "u", "s2.c": 3, "general.texte": "fin", "s1.a": "   ",
                             "s1.b": []})
    chloe = member("Chloé", {"s9.old": "question retirée"})
    matrix = answer_matrix(form, [anne, bruno, chloe])
    assert [s.id for s in matrix.sections] == ["s1", "s2", "general"]
    assert [row.counts for row in matrix.rows] == [(2, 1, 0), (0, 3, 1), (0, 0, 0)]
    assert [row.total for row in matrix.rows] == [3, 4, 0]
    assert matrix.column_totals == (2, 4, 1) and matrix.total == 7
    assert matrix.members_per_section == (1, 2, 1)
    assert [m.label for m in matrix.without_answer("s1")] == ["Bruno", "Chloé"]
    assert [m.label for m in matrix.without_answer("general")] == ["Anne", "Chloé"]
    assert [r.member.label for r in matrix.sorted(MatrixSort.TOTAL).rows] == ["Bruno", "Anne", "Chloé"]
    assert [r.member.label for r in matrix.sorted(MatrixSort.NAME).rows] == ["Anne", "Bruno", "Chloé"]
    assert [section_short_name(s) for s in matrix.sections] == ["F1", "F2", "Rem."]


def test_no_members_gives_an_empty_matrix():
    matrix = answer_matrix(load_form_text(FORM, "petit.toml"), [])
    assert matrix.rows == () and matrix.column_totals == (0, 0, 0) and matrix.total == 0


def test_the_status_command_offers_every_sort():
    from dpi_consult.cli.cmd_status import SORTS

    assert SORTS == tuple(s.value for s in MatrixSort)
