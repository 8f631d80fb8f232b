"""Members whose answers are the hand-written ones of tests/fixtures/themes/handwritten.toml, for the themes' tests."""

from __future__ import annotations

import tomllib
from pathlib import Path

from dpi_consult.collective.collect import collect_files
from dpi_consult.draft.files import save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.identification import REGION, TYPE
from dpi_consult.form.registry import bundled_form

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HANDWRITTEN = FIXTURES / "themes" / "handwritten.toml"
QUESTION = "fiche-06.traces-r6113-9-2"
TYPES = ("etablissement-public", "espic", "prive-lucratif", "ght")
REGIONS = ("bretagne", "occitanie", "grand-est")


def handwritten(question_id: str = QUESTION) -> list[tuple[str, str]]:
    """(gold theme, text) of the hand-written answers to the question."""
    data = tomllib.loads(HANDWRITTEN.read_text(encoding="utf-8"))
    question = next(q for q in data["questions"] if q["id"] == question_id)
    return [(answer["theme"], answer["text"]) for answer in question["answers"]]


def write_members(folder: Path, answers: list[tuple[str, str]], start: int = 0) -> list[Path]:
    """One member draft per answer: « Établissement n » with a type and a region in turn."""
    form = bundled_form()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, (_theme, text) in enumerate(answers, start=start + 1):
        draft = Draft.new(form, organisation=f"Établissement {number}")
        draft.identity[TYPE] = TYPES[number % len(TYPES)]
        draft.identity[REGION] = REGIONS[number % len(REGIONS)]
        draft.answers[QUESTION] = text
        path = folder / f"membre-{number:03d}.dpic"
        save_draft(draft, path, f"DPO {number}")
        paths.append(path)
    return paths


def collective_of(paths: list[Path]) -> Draft:
    form = bundled_form()
    draft = Draft.new(form, organisation="Fédération d’essai")
    collect_files(draft, paths, form=form)
    return draft
