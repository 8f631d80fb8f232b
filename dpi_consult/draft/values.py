"""The values an answer can hold, and their checks."""

from __future__ import annotations

Value = str | int | list[str]


def is_value(value: object) -> bool:
    """A string, an integer (not a boolean), or a list of strings."""
    if isinstance(value, str):  # most answers: tested first, as a collect checks thousands
        return True
    if isinstance(value, int):
        return not isinstance(value, bool)
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def is_empty(value: Value | None) -> bool:
    """Unanswered: absent, blank text or no option ticked."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return not value
    return False
