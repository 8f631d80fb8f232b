"""A member contribution as a collective draft keeps it in `sources`: who, what, where from, and its stored line."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import InitVar, dataclass, field
from types import MappingProxyType
from typing import Any

from dpi_consult.draft.validation import Check, join_path
from dpi_consult.draft.values import Value
from dpi_consult.form.identification import FINESS, ORGANISATION

SOURCE_KIND_MEMBER = "member"
# What the member sent: a full working draft, its share export, or a filled Word questionnaire.
FILE_KIND_DRAFT = "draft"
FILE_KIND_SHARE = "share"
FILE_KIND_DOCX = "docx"

_KNOWN_KEYS = (
    "kind", "file_kind", "file", "sha256", "imported_at", "draft_id", "saved_at", "form", "kit_id",
    "annex_naming", "identity", "answers", "member_id",
)
# One compact line per member: ASCII output is what the C encoder writes fastest (see draft.layout).
encode_line = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), check_circular=False).encode


@dataclass(frozen=True, slots=True)
class MemberContribution:
    """One member's identity and answers, with the file they came from; never notes, statuses or history.

    Immutable, answers included: the compact line it is saved as is encoded once (or kept as read) and
    stays true for every later save. `dataclasses.replace` makes a changed copy with a new line.
    """

    draft_id: str
    saved_at: str | None
    form_id: str
    form_version: str
    identity: Mapping[str, Value]
    answers: Mapping[str, Value]
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
    extra: Mapping[str, Any] = field(default_factory=dict)
    # The line as read from a file; a new or changed contribution is encoded afresh.
    stored_line: InitVar[bytes | None] = None
    line: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self, stored_line: bytes | None) -> None:
        set_field = object.__setattr__
        if not self.member_id:
            set_field(self, "member_id", self.draft_id)
        for name in ("identity", "answers", "extra"):
            value = getattr(self, name)
            if not isinstance(value, MappingProxyType):
                set_field(self, name, MappingProxyType(dict(value)))
        set_field(self, "line", stored_line if stored_line is not None else encode_line(self.to_json()).encode())

    def __deepcopy__(self, memo: dict[int, Any]) -> MemberContribution:
        return self  # immutable

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
            "identity": dict(self.identity),
            "answers": dict(self.answers),
        }
        data.update(self.extra)
        return data


@dataclass(frozen=True, slots=True)
class OtherSource:
    """An entry of `sources` of a kind a newer version wrote: kept where it was and written back as read."""

    data: Mapping[str, Any]
    line: bytes

    def to_json(self) -> dict[str, Any]:
        return dict(self.data)

    def __deepcopy__(self, memo: dict[int, Any]) -> OtherSource:
        return self


SourceEntry = MemberContribution | OtherSource


def member_from_json(raw: Any, check: Check, where: str, line: bytes | None = None) -> MemberContribution:
    """Validate one member entry; `where` names it in messages (e.g. "sources[3]")."""
    entry = check.obj(raw, where)
    check.choice(entry.get("kind"), f"{where}.kind", (SOURCE_KIND_MEMBER,))
    form = check.obj(entry.get("form"), f"{where}.form")
    sha = check.text(entry.get("sha256"), f"{where}.sha256")
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise check.fail(f"{where}.sha256", "une empreinte SHA-256 (64 chiffres hexadécimaux) était attendue")
    return MemberContribution(
        draft_id=check.text(entry.get("draft_id"), f"{where}.draft_id"),
        saved_at=check.optional_text(entry.get("saved_at"), f"{where}.saved_at"),
        form_id=check.text(form.get("id"), f"{where}.form.id"),
        form_version=check.text(form.get("version"), f"{where}.form.version"),
        identity=check.values(entry.get("identity"), f"{where}.identity"),
        answers=check.values(entry.get("answers"), f"{where}.answers"),
        file_name=check.text(entry.get("file"), f"{where}.file"),
        sha256=sha,
        imported_at=check.text(entry.get("imported_at"), f"{where}.imported_at"),
        file_kind=check.text(entry.get("file_kind", FILE_KIND_DRAFT), f"{where}.file_kind"),
        kit_id=check.optional_text(entry.get("kit_id"), f"{where}.kit_id"),
        annex_naming=check.optional_boolean(entry.get("annex_naming"), f"{where}.annex_naming"),
        member_id=check.optional_text(entry.get("member_id"), f"{where}.member_id") or "",
        extra=check.unknown(entry, _KNOWN_KEYS, where),
        stored_line=line,
    )


def sources_from_json(raw: Any, check: Check, lines: list[bytes] | None = None,
                      path: str = "sources") -> list[SourceEntry]:
    """Validate `sources`: member contributions in full, entries of another kind kept as they are.

    `lines` are the entries' lines as read (draft.layout), kept so that saving does not encode them again.
    """
    entries: list[SourceEntry] = []
    for index, item in enumerate(check.array(raw, path)):
        where = join_path(path, index)
        line = lines[index] if lines is not None else None
        if not isinstance(item, dict) or not isinstance(item.get("kind"), str):
            raise check.fail(where, "une contribution de membre (objet avec « kind ») était attendue")
        if item["kind"] == SOURCE_KIND_MEMBER:
            entries.append(member_from_json(item, check, where, line))
        else:
            check.unknown(item, (), where)
            entries.append(OtherSource(MappingProxyType(item), line or encode_line(item).encode()))
    return entries


_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def normalised_name(name: str) -> str:
    """Organisation names compared without case, accents or repeated spaces."""
    return " ".join(_COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", name.casefold())).split())
