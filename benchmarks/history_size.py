"""How big a .dpic file grows with its history and its named versions: `python benchmarks/history_size.py`.

Every save adds a full copy of each changed field's text to the history (what three-way merging needs), and a named
version adds one revision id per field, never a copy of a text. Three scenarios, all on the bundled form, with a
fixed random seed; a "save" is what Fichier > Enregistrer records (`Draft.record_revisions`: one revision per
changed field), and the file's size is that of the bytes `save_draft` writes (`draft_bytes`):
(a) versions: the draft with every question answered (long answers about 2,000 characters), then 50 rounds of
    "1 to 5 answers edited, saved, a version saved"; its size against the same draft with its versions removed.
    Target: at most 3 times. Also printed, not a target: 50 versions saved back to back with no edit between them.
(b) a long life: the same fully answered draft saved 1,000 times; at each save 1 to 5 fields change: mostly long
    answers that grow by a sentence (or a new paragraph), sometimes a sentence reworded in place, now and then a
    choice, a sheet's status or an internal note; an answer at its character limit gets a sentence reworded
    instead of a new one. Target: the file stays under the 20 MB member limit (`limits.MEMBER_DRAFT_MAX_BYTES`),
    written by `write_draft`, which refuses more; the time to open it is printed.
(c) the issue's reference figure: 20 long answers growing a sentence (about 130 characters) at a time, one answer
    per save in turn, 600 saves (each answer ends near 3,900 characters); the issue measured 1.39 MB, 18 times
    the text. Printed, not a target.
Exit code 1 when a target is missed.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from dpi_consult.draft.files import draft_bytes, read_draft, write_draft
from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.draft.version_actions import save_version
from dpi_consult.errors import DraftError
from dpi_consult.form.model import Form, Question, QuestionKind, SectionKind
from dpi_consult.form.registry import bundled_form
from dpi_consult.limits import MEMBER_DRAFT_MAX_BYTES

VERSIONS = 50
VERSIONS_RATIO_TARGET = 3.0
SAVES = 1000
REFERENCE_SAVES, REFERENCE_ANSWERS = 600, 20
SEED = 18
WORDS = ("le dossier patient", "l’établissement", "les journaux d’accès", "la durée de conservation",
         "le responsable de traitement", "l’éditeur du logiciel", "les professionnels de santé", "le DIM",
         "la traçabilité", "les habilitations", "le RSSI", "l’hébergeur certifié HDS", "la recommandation",
         "le délai de mise en conformité", "les patients", "l’équipe de soins", "le coût de l’investissement",
         "la base légale", "l’analyse d’impact", "les sous-traitants", "la maintenance à distance", "le GHT")
VERBS = ("suppose", "impose", "ne prévoit pas", "complique", "exige", "reste compatible avec", "précise",
         "alourdit", "ne couvre pas", "devrait mieux encadrer", "demande un arbitrage sur", "dépend de")


def sentence(rng: random.Random, size: int = 130) -> str:
    """A plausible sentence of about `size` characters, different each time."""
    parts: list[str] = []
    length = 0
    # Subject, verb, object, again: one part at a time, so that the sentence ends close to `size`.
    while length < size - 12:
        pool = VERBS if len(parts) % 3 == 1 else WORDS
        parts.append(rng.choice(pool) + ("," if len(parts) % 3 == 2 and rng.random() < .3 else ""))
        length += len(parts[-1]) + 1
    text = " ".join(parts).rstrip(",")
    return text[0].upper() + text[1:] + ". "


def long_answer(rng: random.Random, size: int) -> str:
    """About `size` characters in paragraphs of three to five sentences."""
    paragraphs, total = [], 0
    while total < size:
        paragraph = "".join(sentence(rng) for _ in range(rng.randint(3, 5))).strip()
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size].rstrip()


def answered_draft(form: Form, rng: random.Random) -> Draft:
    """Every question of the form answered, long answers about 2,000 characters (or their limit), saved once."""
    draft = Draft.new(form, "Centre hospitalier de référence")
    for question in form.questions:
        draft.set_value(form, question.id, first_value(question, rng))
    for section in form.sections:
        if section.kind is SectionKind.SHEET:
            draft.set_status(section.id, SheetStatus.READY)
            draft.set_note(section.id, sentence(rng).strip())
    draft.record_revisions("DPO", "2026-12-01T08:00:00Z")
    return draft


def first_value(question: Question, rng: random.Random) -> str | int | list[str]:
    if question.kind is QuestionKind.LONG_TEXT:
        return long_answer(rng, min(2000, question.max_chars or 2000))
    if question.kind is QuestionKind.SHORT_TEXT:
        return "123456789" if question.format else sentence(rng, 60)[:question.max_chars or 60].strip()
    if question.kind is QuestionKind.INTEGER:
        return rng.randint(question.min or 1, question.max or 5000)
    if question.kind is QuestionKind.MULTIPLE_CHOICE:
        return [o.id for o in rng.sample(question.options, 2)]
    return rng.choice(question.options).id


def edit_one(form: Form, draft: Draft, rng: random.Random) -> None:
    """One field changed as someone working on the draft changes it (see the module's description)."""
    roll = rng.random()
    if roll < .85:
        question = rng.choice([q for q in form.questions if q.kind is QuestionKind.LONG_TEXT])
        text = str(draft.value(form, question.id) or "")
        limit = question.max_chars or form.default_max_chars
        addition = sentence(rng, rng.randint(80, 200)).strip()
        if roll < .6 and len(text) + len(addition) + 2 <= limit:
            separator = "\n\n" if rng.random() < .25 else " "
            draft.set_value(form, question.id, f"{text}{separator}{addition}")
        else:
            draft.set_value(form, question.id, reworded(text, rng, limit))
    elif roll < .95:
        question = rng.choice([q for q in form.questions if q.kind is QuestionKind.SINGLE_CHOICE])
        draft.set_value(form, question.id, rng.choice(question.options).id)
    else:
        sheet = rng.choice([s for s in form.sections if s.kind is SectionKind.SHEET])
        if rng.random() < .5:
            draft.set_status(sheet.id, rng.choice(list(SheetStatus)))
        else:
            draft.set_note(sheet.id, f"{draft.note(sheet.id)} {sentence(rng, 60)}".strip())


def reworded(text: str, rng: random.Random, limit: int) -> str:
    """One sentence of the text replaced by another of about the same length."""
    sentences = text.split(". ")
    index = rng.randrange(len(sentences))
    sentences[index] = sentence(rng, max(40, len(sentences[index]))).strip().rstrip(".")
    return ". ".join(sentences)[:limit]


def edit_and_save(form: Form, draft: Draft, rng: random.Random, moment: int) -> None:
    for _ in range(rng.randint(1, 5)):
        edit_one(form, draft, rng)
    draft.record_revisions(rng.choice(("DPO", "DIM", "RSSI")), f"2026-12-{1 + moment // 1440:02d}T"
                           f"{moment // 60 % 24:02d}:{moment % 60:02d}:00Z")


def text_bytes(draft: Draft) -> int:
    """The current texts (answers, identity, notes) in UTF-8: what the history multiplies."""
    values = [*draft.identity.values(), *draft.answers.values(), *draft.notes.values()]
    return sum(len(v.encode("utf-8")) for v in values if isinstance(v, str))


def without_versions(draft: Draft) -> int:
    versions, draft.versions = draft.versions, []
    size = len(draft_bytes(draft))
    draft.versions = versions
    return size


def mb(size: int) -> str:
    return f"{size / 1024**2:.2f} MB"


def versions_scenario(form: Form) -> bool:
    rng = random.Random(SEED)
    draft = answered_draft(form, rng)
    for moment in range(VERSIONS):
        edit_and_save(form, draft, rng, moment)
        save_version(draft, f"Version {moment + 1}", "DPO")
    size, bare = len(draft_bytes(draft)), without_versions(draft)
    ratio = size / bare
    ok = ratio <= VERSIONS_RATIO_TARGET
    print(f"(a) {VERSIONS} versions, 1 to 5 answers edited between two: {mb(size)} against {mb(bare)} without "
          f"them, {ratio:.2f} times (target at most {VERSIONS_RATIO_TARGET:g}) {'ok' if ok else 'MISSED'}")
    still = answered_draft(form, random.Random(SEED))
    for moment in range(VERSIONS):
        save_version(still, f"Version {moment + 1}", "DPO")
    size, bare = len(draft_bytes(still)), without_versions(still)
    print(f"    {VERSIONS} versions back to back, no edit between them (not a target): {mb(size)} against "
          f"{mb(bare)}, {size / bare:.2f} times; one version costs {(size - bare) / VERSIONS / 1024:.1f} kB "
          f"({len(still.versions[0].heads)} fields)")
    return ok


def long_life_scenario(form: Form, folder: Path) -> bool:
    rng = random.Random(SEED)
    draft = answered_draft(form, rng)
    start_text = text_bytes(draft)
    checkpoints = {SAVES // 4, SAVES // 2, 3 * SAVES // 4}
    for moment in range(1, SAVES + 1):
        edit_and_save(form, draft, rng, moment)
        if moment in checkpoints:
            print(f"    after {moment} saves: {mb(len(draft_bytes(draft)))}")
    revisions = sum(len(h.revisions) for h in draft.history.values())
    path = folder / "long.dpic"
    try:
        write_draft(draft, path)
    except DraftError as exc:
        print(f"(b) {SAVES} saves: refused by write_draft ({exc.detail}) MISSED")
        return False
    size = path.stat().st_size
    started = time.perf_counter()
    read_draft(path)
    opened = time.perf_counter() - started
    ok = size < MEMBER_DRAFT_MAX_BYTES
    print(f"(b) every question answered, {SAVES} saves of 1 to 5 changes: {mb(size)} (limit "
          f"{mb(MEMBER_DRAFT_MAX_BYTES)}) {'ok' if ok else 'MISSED'}; {revisions} revisions, text "
          f"{mb(start_text)} at the start and {mb(text_bytes(draft))} at the end ({size / text_bytes(draft):.1f} "
          f"times); opened in {opened * 1000:.0f} ms")
    return ok


def reference_scenario(form: Form) -> None:
    rng = random.Random(SEED)
    draft = Draft.new(form, "Centre hospitalier de référence")
    questions = [q for q in form.questions if q.kind is QuestionKind.LONG_TEXT][:REFERENCE_ANSWERS]
    for moment in range(REFERENCE_SAVES):
        question = questions[moment % len(questions)]
        text = str(draft.value(form, question.id) or "")
        draft.set_value(form, question.id, f"{text} {sentence(rng, 130).strip()}".strip())
        draft.record_revisions("DPO", f"2026-12-01T{moment // 60 % 24:02d}:{moment % 60:02d}:00Z")
    size, text = len(draft_bytes(draft)), text_bytes(draft)
    print(f"(c) reference, {REFERENCE_SAVES} saves of {REFERENCE_ANSWERS} growing answers: {mb(size)}, "
          f"{size / text:.1f} times the text ({mb(text)}); the issue measured 1.39 MB, 18 times")


def main() -> int:
    form = bundled_form()
    ok = versions_scenario(form)
    with tempfile.TemporaryDirectory() as folder:
        ok = long_life_scenario(form, Path(folder)) and ok
    reference_scenario(form)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
