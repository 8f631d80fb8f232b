"""Errors the user can act on: bad input files, bad usage, refused operations."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A file or argument the user gave cannot be used; the message is one line for a person."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = None if path is None else str(path)
        self.detail = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class FormError(InputError):
    """A form file is unreadable or invalid."""


class DraftError(InputError):
    """A draft (.dpic) file is unreadable or invalid."""
