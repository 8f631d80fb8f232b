"""What would leave incomplete or wrong, listed with its sheet and question before any export, share or kit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dpi_consult.checks import Problem, over_limit, section_findings
from dpi_consult.draft.kit import Kit
from dpi_consult.draft.model import Draft
from dpi_consult.form.model import Form
from dpi_consult.personal_data import PersonalDataFinding, scan_draft, scan_text


class Trouble(StrEnum):
    MISSING = "missing"
    OVER_LIMIT = "over_limit"
    INVALID = "invalid"
    PERSONAL_DATA = "personal_data"
    RETIRED = "retired"
    CONFLICT = "conflict"

    @property
    def label(self) -> str:
        return {"missing": "réponse obligatoire absente", "over_limit": "réponse trop longue",
                "invalid": "réponse mal formée", "personal_data": "donnée personnelle possible",
                "retired": "choix retiré du formulaire", "conflict": "conflit de fusion à résoudre"}[self.value]


_TROUBLE_OF = {Problem.MISSING: Trouble.MISSING, Problem.OVER_LIMIT: Trouble.OVER_LIMIT,
               Problem.INVALID: Trouble.INVALID, Problem.RETIRED: Trouble.RETIRED, Problem.CONFLICT: Trouble.CONFLICT}


@dataclass(frozen=True, slots=True)
class SendProblem:
    """One thing to look at before sending, where it is (sheet and question) and what it is."""

    trouble: Trouble
    question_id: str
    section_id: str
    section_title: str
    prompt: str
    detail: str

    def line(self) -> str:
        """One line for a terminal: « Fiche 3 — … — Quelles difficultés… ? : réponse trop longue, … »."""
        return f"{self.section_title} — {self.prompt} : {self.detail}"


def _problem(form: Form, trouble: Trouble, question_id: str, detail: str) -> SendProblem:
    question = form.question(question_id)
    # A section's own status or notes: the finding names the section.
    section = form.section(question.section_id) if question is not None else form.section(question_id)
    return SendProblem(trouble, question_id, section.id if section else "",
                       section.display_title if section else "",
                       question.prompt if question else "statut ou notes internes" if section else question_id,
                       detail)


def _personal(form: Form, finding: PersonalDataFinding, where: str = "") -> SendProblem:
    return _problem(form, Trouble.PERSONAL_DATA, finding.question_id,
                    f"donnée personnelle possible{where}, {finding.label} : « {finding.excerpt} »")


def _detail(problem: Problem, message: str) -> str:
    if problem is Problem.MISSING:
        return Trouble.MISSING.label
    if problem is Problem.OVER_LIMIT:
        return f"{Trouble.OVER_LIMIT.label}, {message}"
    return message


def problems_before_sending(form: Form, draft: Draft) -> list[SendProblem]:
    """Required answers missing, answers over their limit or malformed, then personal data, each in form order."""
    problems = [_problem(form, _TROUBLE_OF[finding.problem], finding.question_id,
                         _detail(finding.problem, finding.message))
                for section in form.sections
                for finding in section_findings(draft, form, section)
                if finding.problem in _TROUBLE_OF]
    order = {question.id: index for index, question in enumerate(form.questions)}
    problems += [_personal(form, finding) for finding in scan_draft(form, draft)]
    # Stable: within a question, the checks' order, then personal data.
    return sorted(problems, key=lambda problem: order.get(problem.question_id, len(order)))


def problems_in_kit(form: Form, kit: Kit) -> list[SendProblem]:
    """A kit is incomplete by design: only its guidance and proposals are looked at (limits, personal data)."""
    problems: list[SendProblem] = []
    for question in form.questions:
        guidance = kit.guidance.get(question.id)
        if guidance:
            problems += [_personal(form, finding, " dans la consigne")
                         for finding in scan_text(question.id, guidance)]
        proposal = kit.proposals.get(question.id)
        if isinstance(proposal, str):
            too_long = over_limit(question, proposal) if question.kind.is_text else None
            if too_long:
                problems.append(_problem(form, Trouble.OVER_LIMIT, question.id,
                                         f"réponse proposée trop longue, {too_long}"))
            problems += [_personal(form, finding, " dans la réponse proposée")
                         for finding in scan_text(question.id, proposal)]
    return problems


def section_problem_count(form: Form, draft: Draft, section_id: str) -> int:
    """How many things to correct in one section (personal data aside: it is a guess, checked before sending)."""
    section = form.section(section_id)
    if section is None:
        return 0
    return sum(1 for finding in section_findings(draft, form, section) if finding.problem in _TROUBLE_OF)
