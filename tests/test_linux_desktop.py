"""packaging/linux/install.sh puts dpi-consult in the desktop, per user, and takes it out again; what it installs
passes the freedesktop validators, and .dpic files open with dpi-consult."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "linux" / "install.sh"
ID = "fr.dpi_consult.DpiConsult"
TOOLS = ("desktop-file-validate", "appstreamcli", "xdg-mime", "update-mime-database", "rsvg-convert")

pytestmark = pytest.mark.skipif(any(shutil.which(tool) is None for tool in TOOLS),
                                reason="the freedesktop tools are not installed "
                                       "(scripts/install-system-packages.sh --tests installs them)")


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CURRENT_DESKTOP": "X-Generic"}
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=120)


def test_install_validate_open_dpic_files_and_uninstall(tmp_path: Path):
    program = tmp_path / "bin dir" / "dpi-consult-gui"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    done = run("--user", "--exec", str(program), home=tmp_path)
    assert done.returncode == 0, done.stderr
    data = tmp_path / "data"
    desktop = data / "applications" / f"{ID}.desktop"
    checked = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    text = desktop.read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in text and f"Icon={ID}" in text
    metainfo = data / "metainfo" / f"{ID}.metainfo.xml"
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{ID}.svg").is_file()
    for size in (16, 48, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ID}.png").stat().st_size > 0
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CURRENT_DESKTOP": "X-Generic"}
    default = subprocess.run(["xdg-mime", "query", "default", "application/x-dpi-consult"], capture_output=True,
                             text=True, env=env)
    assert default.stdout.strip() == f"{ID}.desktop"
    assert (data / "mime" / "application" / "x-dpi-consult.xml").is_file()  # the MIME database knows .dpic

    undone = run("--uninstall", "--user", home=tmp_path)
    assert undone.returncode == 0, undone.stderr
    assert not desktop.exists() and not metainfo.exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / f"{ID}.png").exists()


def test_without_the_program_it_says_what_to_do(tmp_path: Path):
    done = run("--user", "--exec", str(tmp_path / "absent"), home=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "dpi-consult-gui introuvable" in done.stderr
    assert not (tmp_path / "data" / "applications").exists()
