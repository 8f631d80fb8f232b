"""Member kits: what a federation sends its members to draft their contributions."""

# A member's decision on a proposed answer. Here rather than in kit.model, so that the window's
# first page can use them without importing the kit model.
DECISION_ADOPTED = "adopted"
DECISION_EDITED = "edited"
DECISION_IGNORED = "ignored"
DECISIONS = (DECISION_ADOPTED, DECISION_EDITED, DECISION_IGNORED)
