"""Size limits on the files the app accepts, in one place."""

MEMBER_DRAFT_MAX_BYTES = 20 * 1024 * 1024
COLLECTIVE_DRAFT_MAX_BYTES = 2 * 1024 * 1024 * 1024
FORM_MAX_BYTES = 5 * 1024 * 1024
# JSON nesting deeper than this is never produced by the app; refusing it early keeps
# a hostile file from exhausting the recursion limit.
JSON_MAX_DEPTH = 64
# Answers, identity, notes, statuses, guidance, proposals: each an object keyed by question or section. The form
# has some 125 questions; older forms' answers are kept too. Far more is a hostile file, whose copies (kits,
# shares) would multiply it.
FIELDS_MAX = 10_000
# One text (an answer, a note, a piece of guidance): fifty times the longest answer the form allows.
TEXT_MAX_CHARS = 200_000
# The choices of one multiple-choice answer.
CHOICES_MAX = 1_000
# Expected members of a federation's kit (one kit file each), and the length of a member's name: a national
# federation has some thousands of members; the form allows organisation names of 200 characters.
KIT_MEMBERS_MAX = 5_000
MEMBER_NAME_MAX_CHARS = 200
# The name of a saved version of a draft: a line in a list, like a member's name.
VERSION_NAME_MAX_CHARS = 200
# A theme's name, which the coordinator types: a heading over its answers.
THEME_NAME_MAX_CHARS = 200


def describe_bytes(size: int) -> str:
    """Human-readable size in French units (Mo, Go)."""
    if size >= 1024**3:
        return f"{size / 1024**3:.0f} Go"
    return f"{size / 1024**2:.0f} Mo"
