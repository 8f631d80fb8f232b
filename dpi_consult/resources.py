"""Access to the files that ship inside the package: forms and runtime resources."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent


def _package_dir(package: str, fallback: str) -> Traversable:
    # Installed from a wheel, the data packages sit next to this file: a plain path, which spares the
    # start-up the import of importlib.resources.
    installed = _PACKAGE_DIR / package.rpartition(".")[2]
    if installed.is_dir():
        return installed
    # Editable install: forms/ and resources/ are mapped into the package by the import system.
    # Running from a source checkout without installing: read them from the repository.
    from importlib import resources

    try:
        return resources.files(package)
    except ModuleNotFoundError:
        return _REPO_ROOT / fallback


def forms_dir() -> Traversable:
    """Folder of the bundled form files."""
    return _package_dir("dpi_consult._forms", "forms")


def resources_dir() -> Traversable:
    """Folder of the runtime resources (icons, templates, translations)."""
    return _package_dir("dpi_consult._resources", "resources")


def resource(*parts: str) -> Traversable:
    """One resource file by its relative path parts."""
    node = resources_dir()
    for part in parts:
        node = node / part
    return node
