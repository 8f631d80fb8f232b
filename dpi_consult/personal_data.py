"""Spotting what looks like personal data (e-mails, phone numbers, NIR, named patients) in a draft's answers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dpi_consult.draft.model import Draft
from dpi_consult.form.model import Form

_EXCERPT_CONTEXT = 30

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# French numbers only: 0X or +33/0033 then four pairs, pairs separated alike by nothing, a space, a dot or a hyphen.
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)33[ .-]?(?:\(0\))?|0)[1-9](?:([ .-]?)\d{2})(?:\1\d{2}){3}(?!\d)")
# Sex (1, 2, or 3/4/7/8 for temporary numbers), year, month, department (2A/2B for Corsica), commune, order,
# then the two-digit key; groups may be separated by single spaces.
_NIR = re.compile(r"(?<![\w])([1-478]) ?(\d{2}) ?(\d{2}) ?(\d{2}|2[AB]) ?(\d{3}) ?(\d{3}) ?(\d{2})(?![\w])")
# A patient named with a civility: « la patiente Mme Durand », « patient M. MARTIN ». A civility followed by
# a capitalised word alone is too common in opinions (« M. le directeur » is lower case, but « Madame la
# Présidente » is not) to warn about.
_PATIENT = re.compile(r"\b(?:patient|patiente|patients|patientes)\s+(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)"
                      r"\s+[A-ZÀ-Ý][\w'-]+")
_BIRTH = re.compile(r"\b(?:née?\s+le|date\s+de\s+naissance\s*:?)\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}",
                    re.IGNORECASE)

KINDS = {
    "email": "adresse électronique",
    "phone": "numéro de téléphone",
    "nir": "numéro de sécurité sociale (NIR)",
    "birth": "date de naissance",
    "patient": "patient nommé",
}


@dataclass(frozen=True, slots=True)
class PersonalDataFinding:
    question_id: str
    kind: str  # a key of KINDS
    excerpt: str

    @property
    def label(self) -> str:
        return KINDS[self.kind]

    def line(self) -> str:
        return f"{self.question_id} : {self.label} : « {self.excerpt} »"


def nir_key_ok(match: re.Match[str]) -> bool:
    """The key of a NIR is 97 minus the 13-digit number modulo 97 (2A counts as 19, 2B as 18)."""
    sex, year, month, department, commune, order, key = match.groups()
    department = {"2A": "19", "2B": "18"}.get(department, department)
    number = int(sex + year + month + department + commune + order)
    return 97 - number % 97 == int(key)


def _excerpt(text: str, start: int, end: int) -> str:
    left = max(0, start - _EXCERPT_CONTEXT)
    right = min(len(text), end + _EXCERPT_CONTEXT)
    body = " ".join(text[left:right].split())
    return ("…" if left else "") + body + ("…" if right < len(text) else "")


def scan_text(question_id: str, text: str) -> list[PersonalDataFinding]:
    found: list[tuple[int, str, int]] = []
    for kind, pattern in (("email", _EMAIL), ("phone", _PHONE), ("birth", _BIRTH), ("patient", _PATIENT)):
        found += [(m.start(), kind, m.end()) for m in pattern.finditer(text)]
    found += [(m.start(), "nir", m.end()) for m in _NIR.finditer(text) if nir_key_ok(m)]
    return [PersonalDataFinding(question_id, kind, _excerpt(text, start, end)) for start, kind, end in sorted(found)]


def scan_draft(form: Form, draft: Draft) -> list[PersonalDataFinding]:
    """Findings in the answers, in form order; the identification section (a contact address) is not scanned."""
    order = {q.id: i for i, q in enumerate(form.questions)}
    findings: list[PersonalDataFinding] = []
    for question_id in sorted(draft.answers, key=lambda q: (order.get(q, len(order)), q)):
        if form.is_identification_question(question_id):
            continue
        value = draft.answers[question_id]
        texts = [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)] \
            if isinstance(value, list) else []
        for text in texts:
            findings += scan_text(question_id, text)
    return findings
