"""Translated labels for core values (statuses), kept in one place for the whole interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dpi_consult.draft.model import SheetStatus


def status_label(status: SheetStatus) -> str:
    labels = {
        SheetStatus.DRAFT: QCoreApplication.translate("Status", "draft"),
        SheetStatus.READY: QCoreApplication.translate("Status", "ready"),
        SheetStatus.VALIDATED: QCoreApplication.translate("Status", "validated"),
    }
    return labels[status]
