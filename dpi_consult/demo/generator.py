"""Writing a synthetic federation: member drafts, and copies of one draft edited apart."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from dpi_consult.demo.identities import MemberIdentity, federation_identity, member_identities
from dpi_consult.demo.texts import long_answer, short_answer
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.draft.values import Value
from dpi_consult.form.model import Form, Question, QuestionKind, SectionKind
from dpi_consult.progress import Progress, silent


@dataclass(frozen=True, slots=True)
class DemoResult:
    members: list[Path]
    copies: list[Path]


def _identity_values(identity: MemberIdentity) -> dict[str, Value]:
    values: dict[str, Value] = {
        "identification.organisation": identity.organisation,
        "identification.type": identity.type,
        "identification.roles": list(identity.roles),
        "identification.region": identity.region,
    }
    if identity.finess:
        values["identification.finess"] = identity.finess
    if identity.email:
        values["identification.email"] = identity.email
    return values


def _answer(rng: random.Random, question: Question) -> Value:
    kind = question.kind
    if kind is QuestionKind.LONG_TEXT:
        return long_answer(rng, question.section_id, question.max_chars or 4000)
    if kind is QuestionKind.SHORT_TEXT:
        return short_answer(rng, question.section_id)[: question.max_chars or None]
    if kind is QuestionKind.SINGLE_CHOICE:
        return rng.choice(question.options).id
    if kind is QuestionKind.MULTIPLE_CHOICE:
        picked = rng.sample(question.options, k=rng.randint(1, min(3, len(question.options))))
        return [o.id for o in question.options if o in picked]
    low = question.min if question.min is not None else 1
    high = question.max if question.max is not None else 500
    return rng.randint(low, min(high, max(low, 300)))


def fill_member(rng: random.Random, form: Form, draft: Draft, identity: MemberIdentity) -> None:
    """Realistic answers: identification always, most sheets partly, some sheets not at all."""
    for question_id, value in _identity_values(identity).items():
        if form.question(question_id) is not None:
            draft.set_value(form, question_id, value)
    interest = rng.uniform(0.35, 0.95)
    for section in form.sections:
        if section.kind is SectionKind.IDENTIFICATION:
            continue
        if section.kind is SectionKind.PUBLICATION:
            for question in section.questions:
                if question.required:
                    draft.set_value(form, question.id, _answer(rng, question))
            continue
        if rng.random() > interest:
            continue
        for question in section.questions:
            if rng.random() < 0.75:
                draft.set_value(form, question.id, _answer(rng, question))
        if section.kind is SectionKind.SHEET:
            draft.set_status(section.id, rng.choice(list(SheetStatus)))


def _seeded_draft(rng: random.Random, form: Form) -> Draft:
    draft = Draft.new(form)
    draft.draft_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return draft


def write_demo(out_dir: str | Path, form: Form, members: int, seed: int = 1,
               progress: Progress | None = None) -> DemoResult:
    """Write OUTDIR/members/membre-NNNN.dpic and OUTDIR/copies/{base,copie-a,copie-b}.dpic."""
    out = Path(out_dir)
    members_dir, copies_dir = out / "members", out / "copies"
    members_dir.mkdir(parents=True, exist_ok=True)
    copies_dir.mkdir(parents=True, exist_ok=True)
    progress = silent(progress)
    rng = random.Random(seed)
    written: list[Path] = []
    total = members + 1
    for index, identity in enumerate(member_identities(rng, members), start=1):
        progress.report(index - 1, total)
        draft = _seeded_draft(rng, form)
        fill_member(rng, form, draft, identity)
        path = members_dir / f"membre-{index:04d}.dpic"
        save_draft(draft, path, identity.author)
        written.append(path)
    copies = _write_copies(rng, form, copies_dir)
    progress.report(total, total)
    return DemoResult(written, copies)


def _write_copies(rng: random.Random, form: Form, folder: Path) -> list[Path]:
    """A base draft and two copies edited apart: one question changed in both, one in each alone."""
    base = _seeded_draft(rng, form)
    fill_member(rng, form, base, federation_identity(rng))
    base_path = folder / "base.dpic"
    save_draft(base, base_path, "Coordination")
    long_questions = [q for q in form.questions if q.kind is QuestionKind.LONG_TEXT]
    shared, only_a, only_b = rng.sample(long_questions, 3)
    paths = [base_path]
    for name, author, own in (("copie-a", "DPO", only_a), ("copie-b", "RSSI", only_b)):
        copy = read_draft(base_path)
        copy.set_value(form, own.id, long_answer(rng, own.section_id, own.max_chars or 4000))
        previous = copy.value(form, shared.id)
        limit = shared.max_chars or 4000
        addition = long_answer(rng, shared.section_id, min(600, limit))
        # Both copies extend the same answer differently: the overlapping change a merge must show.
        if isinstance(previous, str) and len(previous) + len(addition) + 2 <= limit:
            addition = f"{previous}\n\n{addition}"
        copy.set_value(form, shared.id, addition)
        path = folder / f"{name}.dpic"
        save_draft(copy, path, author)
        paths.append(path)
    return paths
