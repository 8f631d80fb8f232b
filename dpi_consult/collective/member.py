"""A member contribution as a collective draft stores it in `sources`: who, what, and where it came from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import Value, is_value
from dpi_consult.errors import DraftError

SOURCE_KIND_MEMBER = "member"
# What the member sent: a full working draft, its share export, or (later) a filled Word questionnaire.
FILE_KIND_DRAFT = "draft"
FILE_KIND_SHARE = "share"
FILE_KIND_DOCX = "docx"

ORGANISATION = "identification.organisation"
FINESS = "identification.finess"
TYPE = "identification.type"
REGION = "identification.region"

_KNOWN_KEYS = {
    "kind", "file_kind", "file", "sha256", "imported_at", "draft_id", "saved_at", "form", "kit_id",
    "annex_naming", "identity", "answers", "member_id",
}


@dataclass(slots=True)
class MemberContribution:
    """One member's identity and answers, with the file they came from; never notes, statuses or history."""

    draft_id: str
    saved_at: str | None
    form_id: str
    form_version: str
    identity: dict[str, Value]
    answers: dict[str, Value]
    file_name: str
    sha256: str
    imported_at: str
    file_kind: str = FILE_KIND_DRAFT
    kit_id: str | None = None
    annex_naming: bool | None = None
    # The member's stable key in the collective (what consolidation provenance refers to): the draft id
    # of its first contribution, kept when a newer file replaces it, even one with another draft id.
    member_id: str = ""
    # Keys written by a newer version of the app: kept and written back as they were.
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.member_id:
            self.member_id = self.draft_id

    @property
    def organisation(self) -> str:
        value = self.identity.get(ORGANISATION)
        return value.strip() if isinstance(value, str) else ""

    @property
    def finess(self) -> str:
        value = self.identity.get(FINESS)
        return value.strip().upper() if isinstance(value, str) else ""

    @property
    def named_in_annex(self) -> bool:
        """Only an explicit yes names the member; unanswered means anonymous."""
        return self.annex_naming is True

    @property
    def label(self) -> str:
        """How the coordinator sees the member (the annex, not this, decides on anonymity)."""
        return self.organisation or f"Membre sans nom ({self.draft_id[:8]})"

    def same_content(self, other: MemberContribution) -> bool:
        return (self.identity == other.identity and self.answers == other.answers
                and self.annex_naming == other.annex_naming and self.kit_id == other.kit_id)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": SOURCE_KIND_MEMBER,
            "member_id": self.member_id,
            "file_kind": self.file_kind,
            "file": self.file_name,
            "sha256": self.sha256,
            "imported_at": self.imported_at,
            "draft_id": self.draft_id,
            "saved_at": self.saved_at,
            "form": {"id": self.form_id, "version": self.form_version},
            "kit_id": self.kit_id,
            "annex_naming": self.annex_naming,
            "identity": self.identity,
            "answers": self.answers,
        }
        data.update(self.extra)
        return data

    @classmethod
    def from_json(cls, data: Any, where: str, origin: str) -> MemberContribution:
        """Validate one stored entry; `where` names it in messages (e.g. "sources[3]")."""
        check = _Check(where, origin)
        entry = check.obj(data, "")
        if entry.get("kind") != SOURCE_KIND_MEMBER:
            raise check.fail("kind", f"« {SOURCE_KIND_MEMBER} » était attendu")
        form = check.obj(entry.get("form"), "form")
        sha = check.text(entry.get("sha256"), "sha256")
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise check.fail("sha256", "une empreinte SHA-256 (64 chiffres hexadécimaux) était attendue")
        annex_naming = entry.get("annex_naming")
        if annex_naming is not None and not isinstance(annex_naming, bool):
            raise check.fail("annex_naming", "true, false ou null était attendu")
        return cls(
            draft_id=check.text(entry.get("draft_id"), "draft_id"),
            saved_at=check.optional_text(entry.get("saved_at"), "saved_at"),
            form_id=check.text(form.get("id"), "form.id"),
            form_version=check.text(form.get("version"), "form.version"),
            identity=check.values(entry.get("identity"), "identity"),
            answers=check.values(entry.get("answers"), "answers"),
            file_name=check.text(entry.get("file"), "file"),
            sha256=sha,
            imported_at=check.text(entry.get("imported_at"), "imported_at"),
            file_kind=check.text(entry.get("file_kind", FILE_KIND_DRAFT), "file_kind"),
            kit_id=check.optional_text(entry.get("kit_id"), "kit_id"),
            annex_naming=annex_naming,
            member_id=check.optional_text(entry.get("member_id"), "member_id") or "",
            extra={k: v for k, v in entry.items() if k not in _KNOWN_KEYS},
        )


def is_member_entry(entry: Any) -> bool:
    return isinstance(entry, dict) and entry.get("kind") == SOURCE_KIND_MEMBER


def members_of(draft: Draft, origin: str = "") -> list[MemberContribution]:
    """The validated member contributions of a collective draft, in collection order.

    Entries of another kind (written by a newer version) are skipped here and left in `draft.sources`.
    """
    members = []
    for index, entry in enumerate(draft.sources):
        if not isinstance(entry, dict) or "kind" not in entry:
            raise DraftError(f"champ « sources[{index}] » : une contribution de membre (objet avec « kind ») "
                             "était attendue", origin)
        if entry["kind"] == SOURCE_KIND_MEMBER:
            members.append(MemberContribution.from_json(entry, f"sources[{index}]", origin))
    return members


_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def normalised_name(name: str) -> str:
    """Organisation names compared without case, accents or repeated spaces."""
    return " ".join(_COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", name.casefold())).split())


class _Check:
    """Validation messages in the words of the draft codec, naming the entry and the field."""

    def __init__(self, where: str, origin: str) -> None:
        self.where = where
        self.origin = origin

    def fail(self, key: str, message: str) -> DraftError:
        path = f"{self.where}.{key}" if key else self.where
        return DraftError(f"champ « {path} » : {message}", self.origin)

    def obj(self, value: Any, key: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, "un objet JSON était attendu")
        return value

    def text(self, value: Any, key: str) -> str:
        if not isinstance(value, str):
            raise self.fail(key, "une chaîne était attendue")
        return value

    def optional_text(self, value: Any, key: str) -> str | None:
        return None if value is None else self.text(value, key)

    def values(self, value: Any, key: str) -> dict[str, Value]:
        table = self.obj(value, key)
        for name, item in table.items():
            if not is_value(item):
                raise self.fail(f"{key}.{name}", "une chaîne, un entier ou une liste de chaînes était attendu")
        return table
