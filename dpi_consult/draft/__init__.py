"""A contribution in progress: the model, its history, and the .dpic file format."""

from dpi_consult.draft.model import Draft, SheetStatus, Value

# Here rather than in draft.files, so that the window can recognise draft files without importing the codec.
DRAFT_SUFFIX = ".dpic"

__all__ = ["DRAFT_SUFFIX", "Draft", "SheetStatus", "Value"]
