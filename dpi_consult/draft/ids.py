"""Random identifiers: version 4 UUIDs for drafts, 128 random bits in hex for revisions and versions."""

from __future__ import annotations

import os


def new_draft_id() -> str:
    """A random (version 4) UUID in its canonical text form."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def new_revision_id() -> str:
    return os.urandom(16).hex()


def new_version_id() -> str:
    return os.urandom(16).hex()
