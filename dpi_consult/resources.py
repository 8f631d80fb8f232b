"""Access to the files that ship inside the package: forms and runtime resources."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def _package_dir(package: str, fallback: str) -> Traversable:
    # Installed (wheel or editable): forms/ and resources/ are mapped into the package.
    # Running from a source checkout without installing: read them from the repository.
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
