"""Random identifiers for drafts and revisions."""

from __future__ import annotations

import secrets
import uuid


def new_draft_id() -> str:
    """A random (version 4) UUID in its canonical text form."""
    return str(uuid.uuid4())


def new_revision_id() -> str:
    return secrets.token_hex(16)
