"""A contribution in progress: the model, its history, and the .dpic file format."""

from dpi_consult.draft.model import Draft, SheetStatus, Value

__all__ = ["Draft", "SheetStatus", "Value"]
