"""Size limits on the files the app accepts, in one place."""

MEMBER_DRAFT_MAX_BYTES = 20 * 1024 * 1024
COLLECTIVE_DRAFT_MAX_BYTES = 2 * 1024 * 1024 * 1024
FORM_MAX_BYTES = 5 * 1024 * 1024
# JSON nesting deeper than this is never produced by the app; refusing it early keeps
# a hostile file from exhausting the recursion limit.
JSON_MAX_DEPTH = 64


def describe_bytes(size: int) -> str:
    """Human-readable size in French units (Mo, Go)."""
    if size >= 1024**3:
        return f"{size / 1024**3:.0f} Go"
    return f"{size / 1024**2:.0f} Mo"
