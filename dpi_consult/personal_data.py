"""Spotting what looks like personal data (e-mails, phone numbers, NIR, named patients) in a draft's answers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dpi_consult.draft.model import Draft
from dpi_consult.form.model import Form

_EXCERPT_CONTEXT = 30

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# French numbers: 0X or +33/0033/(+33), an optional (0), then four pairs, separated alike by nothing, a space, a
# dot or a hyphen.
_PHONE = re.compile(r"(?<![\w+])(?:(?:\(\+33\)|\+33|0033)[ .-]?(?:\(0\)[ .-]?)?|0)[1-9](?:([ .-]?)\d{2})(?:\1\d{2}){3}"
                    r"(?!\d)")
# Overseas France called from abroad: +262 (La Réunion, Mayotte), +590, +594, +596, +269, then nine digits
# (« +262 262 12 34 56 », « +262 692 12 34 56 »).
_OVERSEAS_PHONE = re.compile(r"(?<![\w+])(?:\+|00)(?:262|590|594|596|269)[ .-]?\d{3}(?:[ .-]?\d{2}){3}(?!\d)"
                             # and written locally in fours and pairs: « 0262 12 34 56 », « 0690 12 34 56 ».
                             r"|(?<![\w+])0(?:26[239]|59[046]|639|69[0-7])[ .-]?\d{2}(?:[ .-]?\d{2}){2}(?!\d)")
# Sex (1, 2, or 3/4/7/8 for temporary numbers), year, month, department (2A/2B for Corsica), commune, order,
# then the two-digit key; groups may be separated by single spaces. The INS is the NIR; the NIA starts with 7/8.
_NIR = re.compile(r"(?<![\w])([1-478]) ?(\d{2}) ?(\d{2}) ?(\d{2}|2[AB]) ?(\d{3}) ?(\d{3}) ?(\d{2})(?![\w])")
# A hospital's patient numbers, said by their name: IPP, NDA, NIP, IEP, or « numéro de séjour / de dossier ».
_PATIENT_NUMBER = re.compile(
    r"\b(?:IPP|NDA|NIP|IEP|num[ée]ro\s+(?:IPP|NDA|de\s+s[ée]jour|de\s+dossier(?:\s+administratif)?))"
    r"(?:\s*(?:n°|no|:|#))?\s*(?:n°\s*)?\d[\d-]{4,}\d", re.IGNORECASE)
_CIVILITY = r"(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)"
_NAME = r"[A-ZÀ-Ý][\w'’-]+"
# A patient named: « la patiente Mme Durand », « le patient Jean Dupont », « Mme Dupont, patiente… ». A civility
# alone is too common in opinions (« Madame la Présidente ») to warn about.
_PATIENT = re.compile(
    rf"\bpatiente?s?\s+(?:{_CIVILITY}\s+{_NAME}|{_NAME}\s+(?:{_NAME}\b|[A-ZÀ-Ý]{{2,}}\b))"
    rf"|\b{_CIVILITY}\s+(?:{_NAME}\s+)?{_NAME},?\s+(?:\w+\s+)?patiente?s?\b")
_MONTHS = (r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
           r"|decembre)")
_DATE = rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:1er|\d{{1,2}})\s+{_MONTHS}\s+\d{{4}})"
_BIRTH = re.compile(rf"\b(?:n[ée]e?(?:\(e\))?\s+le|date\s+de\s+naissance\s*:?|DDN\s*:?)\s*{_DATE}", re.IGNORECASE)

_PATTERNS: tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None], ...] = (
    ("email", _EMAIL, ("@",)),
    ("phone", _PHONE, None),
    ("phone", _OVERSEAS_PHONE, None),
    ("birth", _BIRTH, ("né", "ne le", "naissance", "ddn")),
    ("patient", _PATIENT, ("patient",)),
    ("patient_number", _PATIENT_NUMBER, ("ipp", "nda", "nip", "iep", "numéro", "numero")),
)

KINDS = {
    "email": "adresse électronique",
    "phone": "numéro de téléphone",
    "nir": "numéro de sécurité sociale (NIR)",
    "birth": "date de naissance",
    "patient": "patient nommé",
    "patient_number": "numéro de patient ou de séjour",
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
    lowered = text.casefold()
    for kind, pattern, hint in _PATTERNS:
        # A pattern runs only where its telltale is: most answers have no « @ » and name no patient.
        if hint is None or any(word in lowered for word in hint):
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
