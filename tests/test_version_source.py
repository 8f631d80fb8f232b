"""One version: dpi_consult/__init__.py, which the package metadata reads, shown by --version."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

from dpi_consult import __version__
from dpi_consult.cli import main

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_version_is_written_once(capsys):
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "dpi_consult.__version__"}
    assert importlib.metadata.version("dpi-consult") == __version__
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert capsys.readouterr().out.strip() == f"dpi-consult {__version__}"


def test_the_appstream_release_is_the_packages_version():
    import datetime
    import xml.etree.ElementTree as ElementTree

    metainfo = PYPROJECT.parent / "packaging" / "linux" / "fr.dpi_consult.DpiConsult.metainfo.xml"
    releases = ElementTree.parse(metainfo).getroot().findall("releases/release")
    assert releases[0].get("version") == __version__, "add the new version's <release> to the metainfo"
    datetime.date.fromisoformat(releases[0].get("date"))
