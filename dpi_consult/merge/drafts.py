"""Merging two copies of one draft: every versioned field three ways, and a stated rule for what has no history."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from dpi_consult.draft.consolidation import Handled, QuestionWork
from dpi_consult.draft.history import FieldHistory
from dpi_consult.draft.kit import Kit, KitMember
from dpi_consult.draft.member import MemberContribution, SourceEntry
from dpi_consult.draft.model import Draft, DraftKind, ProposalDecision, now_iso
from dpi_consult.draft.paragraphs import Paragraph, align, split_paragraphs
from dpi_consult.draft.themes import QuestionThemes
from dpi_consult.draft.values import Value
from dpi_consult.draft.versions import united_versions
from dpi_consult.errors import InputError
from dpi_consult.form.model import Form, QuestionKind
from dpi_consult.merge.fields import FieldResult, FieldSide, Outcome, merge_field
from dpi_consult.progress import Progress, silent


@dataclass(slots=True)
class MergeResult:
    draft: Draft
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    members_added: int = 0
    members_updated: int = 0

    @property
    def conflicts(self) -> list[str]:
        return sorted(self.draft.conflicts)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes.values() if o is outcome)


def related(mine: Draft, theirs: Draft) -> bool:
    """Copies of one draft share revisions (or, never saved since they were copied, their draft id)."""
    ours = {r.id for h in mine.history.values() for r in h.revisions}
    if any(r.id in ours for h in theirs.history.values() for r in h.revisions):
        return True
    return mine.draft_id == theirs.draft_id and not (ours and theirs.history)


def check_mergeable(mine: Draft, theirs: Draft, mine_name: str, theirs_name: str) -> None:
    """Refuse what is not two copies of one draft, with what to do instead."""
    for draft, name in ((mine, mine_name), (theirs, theirs_name)):
        if draft.kind == DraftKind.KIT:
            raise InputError("c’est un kit de fédération, pas une copie de brouillon : ouvrez-le pour commencer "
                             "une contribution", name)
        if draft.kind == DraftKind.SHARE:
            raise InputError("c’est l’export envoyé à une fédération (sans historique) : il se collecte dans le "
                             "brouillon collectif (« dpi-consult collect »), il ne se fusionne pas", name)
    if mine.form_ref.id != theirs.form_ref.id:
        raise InputError(f"formulaire « {theirs.form_ref.id} », différent de celui de {mine_name} "
                         f"(« {mine.form_ref.id} ») : ce ne sont pas deux copies d’un même brouillon", theirs_name)
    if not related(mine, theirs):
        raise InputError(f"aucun historique commun avec {mine_name} : ce ne sont pas deux copies d’un même "
                         "brouillon ; pour rassembler les contributions de membres, utilisez « dpi-consult collect »",
                         theirs_name)


def _paragraph_field(form: Form, key: str, values: tuple[Value | None, Value | None]) -> bool:
    store, _, name = key.partition("/")
    if store == "notes":
        return True
    if store == "answers":
        question = form.question(name)
        if question is not None:
            return question.kind is QuestionKind.LONG_TEXT
        # An answer the form no longer has: text merges by paragraph, anything else as one piece.
        return all(isinstance(v, str | None) for v in values)
    return False


def merge_drafts(form: Form, mine: Draft, theirs: Draft, author: str, time: str | None = None,
                 progress: Progress | None = None) -> MergeResult:
    """Merge `theirs` into a copy of `mine`; neither is changed. Check `check_mergeable` first.

    Unsaved changes of either copy are recorded first, under `author`, so that every value is a revision.
    `progress` hears of each field merged and may cancel (`Cancelled`) before anything is returned.
    """
    progress = silent(progress)
    time = time or now_iso()
    mine, theirs = copy.deepcopy(mine), copy.deepcopy(theirs)
    mine.record_revisions(author, time)
    theirs.record_revisions(author, time)
    merged = copy.deepcopy(mine)
    result = MergeResult(merged)
    keys = sorted(set(mine.history) | set(theirs.history))
    for done, key in enumerate(keys):
        progress.report(done, len(keys))
        sides = [FieldSide(d.field_value(key), d.history.get(key, FieldHistory()), d.conflicts.get(key))
                 for d in (mine, theirs)]
        field_result: FieldResult = merge_field(
            sides[0], sides[1], paragraphs=_paragraph_field(form, key, (sides[0].value, sides[1].value)),
            author=author, time=time)
        result.outcomes[key] = field_result.outcome
        merged.set_field(key, field_result.value)
        merged.history[key] = field_result.history
        if field_result.conflict is not None:
            merged.conflicts[key] = field_result.conflict
        else:
            merged.conflicts.pop(key, None)
    merged.created_at = min(mine.created_at, theirs.created_at)
    merged.sources, result.members_added, result.members_updated = merge_sources(mine.sources, theirs.sources)
    merged.consolidation = merge_consolidation(merged, mine, theirs)
    merged.kit = merge_kit(mine, theirs)
    merged.proposal_decisions = merge_decisions(merged, mine, theirs, result.outcomes)
    merged.annex_naming = merge_naming(mine.annex_naming, theirs.annex_naming)
    # Versions point at revisions, and the merge keeps every revision of both: each version stays true.
    merged.versions = united_versions(mine.versions, theirs.versions)
    merged.themes = merge_themes(mine, theirs)
    merged.extra = {**theirs.extra, **mine.extra}
    progress.report(len(keys), len(keys))
    return result


def _saved(draft_or_member: Draft | MemberContribution) -> datetime:
    text = draft_or_member.saved_at or ""
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def merge_sources(mine: list[SourceEntry], theirs: list[SourceEntry]) -> tuple[list[SourceEntry], int, int]:
    """Members united by member id: the more recently saved file of a member wins, as collection decides (equal
    times: the larger SHA-256, so that the order of merging does not matter). Entries of kinds this version does
    not know are kept from both, each once."""
    merged = list(mine)
    position = {e.member_id: i for i, e in enumerate(merged) if isinstance(e, MemberContribution)}
    lines = {e.line for e in merged}
    added = updated = 0
    for entry in theirs:
        if not isinstance(entry, MemberContribution):
            if entry.line not in lines:
                merged.append(entry)
                lines.add(entry.line)
            continue
        index = position.get(entry.member_id)
        if index is None:
            position[entry.member_id] = len(merged)
            merged.append(entry)
            added += 1
            continue
        held = merged[index]
        assert isinstance(held, MemberContribution)
        if (_saved(entry), entry.sha256) > (_saved(held), held.sha256):
            merged[index] = entry
            updated += 1
    return merged, added, updated


def merge_consolidation(merged: Draft, mine: Draft, theirs: Draft) -> dict[str, QuestionWork]:
    """The coordinator's work per question: paragraphs of the merged answer take the sources of the same
    paragraph on either side (united); « consolidée » stays while either side has it; a member's answer stays
    handled while either side has it handled (the record matching the member's current file first)."""
    current = {e.member_id: e.sha256 for e in merged.sources if isinstance(e, MemberContribution)}
    result: dict[str, QuestionWork] = {}
    for question_id in sorted(set(mine.consolidation) | set(theirs.consolidation)):
        works = [w for w in (mine.consolidation.get(question_id), theirs.consolidation.get(question_id)) if w]
        answer = merged.answers.get(question_id)
        texts = split_paragraphs(answer) if isinstance(answer, str) else []
        by_text: dict[str, Paragraph] = {}
        for work in works:
            for paragraph in work.paragraphs:
                held = by_text.setdefault(paragraph.text, Paragraph(paragraph.id, paragraph.text, {}))
                held.sources.update(paragraph.sources)
        known = [by_text[t] for t in texts if t in by_text]
        paragraphs = align(known, texts) if len(known) != len(texts) else known
        handled: dict[str, Handled] = {}
        for work in works:
            for member_id, record in work.handled.items():
                held_record = handled.get(member_id)
                if held_record is None or (record.sha256 == current.get(member_id)
                                           and held_record.sha256 != current.get(member_id)):
                    handled[member_id] = record
        work = QuestionWork(paragraphs, any(w.consolidated for w in works), handled)
        if not work.is_empty():
            result[question_id] = work
    return result


def merge_themes(mine: Draft, theirs: Draft) -> dict[str, QuestionThemes]:
    """Per question, the themes as last changed on either side (then mine): a theme's members, name and pin are
    the coordinator's decisions taken together, which a mix of two sides would no longer be. Members only the
    other side had placed join the themes when the window or `themes` next shows them."""
    result: dict[str, QuestionThemes] = {}
    for question_id in sorted(set(mine.themes) | set(theirs.themes)):
        sides = [t for t in (mine.themes.get(question_id), theirs.themes.get(question_id)) if t is not None]
        result[question_id] = max(sides, key=lambda themes: themes.updated_at).copy()  # max keeps the first on ties
    return result


def merge_kit(mine: Draft, theirs: Draft) -> Kit | None:
    """The kit settings of the more recently saved copy, with the expected members of both united."""
    kits = [(d, d.kit) for d in (mine, theirs) if d.kit is not None]
    if not kits:
        return None
    newest = max(kits, key=lambda pair: (_saved(pair[0]), json.dumps(pair[1].to_json(), sort_keys=True)))[1]
    assert newest is not None
    kit = copy.deepcopy(newest)
    seen = {(m.name, m.finess) for m in kit.members}
    for _draft, other in kits:
        assert other is not None
        for member in other.members:
            if (member.name, member.finess) not in seen:
                kit.members.append(KitMember(member.name, member.finess, member.email))
                seen.add((member.name, member.finess))
    return kit


# When the answers agree but the decisions do not, the one that says the answer is the member's own work.
_DECISION_WEIGHT = {ProposalDecision.EDITED: 2, ProposalDecision.ADOPTED: 1, ProposalDecision.IGNORED: 0}


def merge_decisions(merged: Draft, mine: Draft, theirs: Draft,
                    outcomes: dict[str, Outcome]) -> dict[str, ProposalDecision]:
    """A decision on a proposed answer goes with the answer: the side whose answer stands keeps its decision; an
    answer combined from both sides is no longer the proposal as it was (« modifiée »)."""
    result: dict[str, ProposalDecision] = {}
    for question_id in sorted(set(mine.proposal_decisions) | set(theirs.proposal_decisions)):
        first, second = mine.proposal_decisions.get(question_id), theirs.proposal_decisions.get(question_id)
        if first == second or second is None:
            decision = first
        elif first is None:
            decision = second
        else:
            outcome = outcomes.get(f"answers/{question_id}", Outcome.SAME)
            answer = merged.answers.get(question_id)
            if answer != theirs.answers.get(question_id) and answer == mine.answers.get(question_id):
                decision = first
            elif answer != mine.answers.get(question_id) and answer == theirs.answers.get(question_id):
                decision = second
            elif outcome in (Outcome.SAME, Outcome.TAKEN):
                decision = max(first, second, key=lambda d: _DECISION_WEIGHT[d])
            else:
                decision = ProposalDecision.EDITED
        if decision is not None:
            result[question_id] = decision
    return result


def merge_naming(first: bool | None, second: bool | None) -> bool | None:
    """May the federation name the member in its annex: only if no copy says no (anonymity wins)."""
    if first is False or second is False:
        return False
    return first if first is not None else second
