"""Question id markers of the blank questionnaire: Word bookmark names, hidden labels, form stamp."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from dpi_consult.form.model import Form

# Word accepts bookmark names of letters, digits and "_", starting with a letter, 40 characters at
# most; a leading "_" would make the bookmark hidden, which Word's own tools then skip or rename.
BOOKMARK_MAX = 40
_BOOKMARK_PREFIX = "q_"
_HASH_CHARS = 8
_READABLE_MAX = BOOKMARK_MAX - len(_BOOKMARK_PREFIX) - 1 - _HASH_CHARS
_WORD_LEGAL = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,39}\Z")

# The hidden label: "[fiche-06.traces-r6113-9-2]". Question ids are ASCII identifiers with dots and
# dashes, so brackets never occur inside one.
LABEL_PATTERN = re.compile(r"\[([A-Za-z0-9][A-Za-z0-9_.\-]*)\]")

# The form stamp: in the document properties and hidden in the title, so that a copy pasted into
# another document still names its form. LibreOffice turns the colons of the keywords into spaces.
STAMP_PREFIX = "dpi-consult-questionnaire"
STAMP_PATTERN = re.compile(re.escape(STAMP_PREFIX) + r"[:\s]+([A-Za-z0-9_.\-]+)[:\s]+([A-Za-z0-9_.\-]+)")


def bookmark_name(question_id: str) -> str:
    """A Word-legal bookmark name that depends on the question id alone.

    The readable part helps whoever looks at Word's bookmark list; the hash keeps names unique when
    truncation or the replaced characters make two ids look alike. Depending on the id alone (not
    on its position) keeps the name valid across form versions that add or move questions.
    """
    readable = re.sub(r"[^A-Za-z0-9]+", "_", question_id).strip("_")[:_READABLE_MAX].rstrip("_")
    digest = hashlib.sha1(question_id.encode("utf-8")).hexdigest()[:_HASH_CHARS]
    return f"{_BOOKMARK_PREFIX}{readable}_{digest}" if readable else f"{_BOOKMARK_PREFIX}{digest}"


def is_word_legal(name: str) -> bool:
    return bool(_WORD_LEGAL.match(name))


def label_text(question_id: str) -> str:
    return f"[{question_id}]"


def stamp_text(form: Form) -> str:
    return f"{STAMP_PREFIX}:{form.id}:{form.version}"


@dataclass(frozen=True, slots=True)
class FormStamp:
    form_id: str
    version: str


def find_stamp(text: str) -> FormStamp | None:
    match = STAMP_PATTERN.search(text)
    return FormStamp(match.group(1), match.group(2)) if match else None


class MarkerMap:
    """Both ways between a form's question ids and their bookmark names."""

    def __init__(self, form: Form) -> None:
        self.by_question: dict[str, str] = {}
        self.by_bookmark: dict[str, str] = {}
        # Word compares bookmark names without case, so uniqueness is checked the same way.
        self._by_lower: dict[str, str] = {}
        for question in form.questions:
            name = bookmark_name(question.id)
            if name.lower() in self._by_lower:
                # Eight hex digits make this practically impossible; refuse rather than mix answers.
                raise ValueError(f"bookmark {name} shared by {self._by_lower[name.lower()]} and {question.id}")
            self.by_question[question.id] = name
            self.by_bookmark[name] = question.id
            self._by_lower[name.lower()] = question.id
        self._ids = frozenset(self.by_question)

    def question_for_bookmark(self, name: str) -> str | None:
        return self._by_lower.get(name.lower())

    def questions_in_label(self, text: str) -> list[str]:
        """Question ids written as "[id]" in a piece of text, in order."""
        return [m.group(1) for m in LABEL_PATTERN.finditer(text) if m.group(1) in self._ids]
