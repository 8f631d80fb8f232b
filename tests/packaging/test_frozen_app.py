"""The frozen application as a user gets it: built by packaging/build.py, then used from the tarball's folder.

Slow (the build takes about half a minute): `pytest -m "not slow"` leaves it out while working on something else;
CI runs it. DPI_CONSULT_BUNDLE=DIR tests the bundle already built in DIR (the Windows workflow builds it once, with
its installer); the tarball and the X11 window are Linux's, the rest runs on Windows too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from x_display import has_icon, press, wait_for_window, window_title, xvfb

from dpi_consult import __version__

ROOT = Path(__file__).resolve().parents[2]
EXE = ".exe" if sys.platform == "win32" else ""
pytestmark = pytest.mark.slow
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the tarball and X11 are Linux's")


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("DPI_CONSULT_BUNDLE"):
        return Path(os.environ["DPI_CONSULT_BUNDLE"])
    dist = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist),
                           "--work", str(tmp_path_factory.mktemp("work"))],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return dist


@pytest.fixture
def frozen(build: Path, tmp_path: Path):
    """Runs one of the two frozen programs in `tmp_path`, with the user's folders there too."""
    home = tmp_path / "home"

    def run(*args: str, program: str = "dpi-consult") -> subprocess.CompletedProcess[str]:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
        env["DPI_CONSULT_HOME"] = str(home)
        return subprocess.run([str(build / "dpi-consult" / f"{program}{EXE}"), *args], capture_output=True, text=True,
                              cwd=tmp_path, env=env, timeout=120)

    return run


@linux_only
def test_the_tarball_holds_both_programs_and_the_desktop_installer(build: Path):
    archive = build / f"dpi-consult-{__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    top = f"dpi-consult-{__version__}"
    for name in ("dpi-consult", "dpi-consult-gui", "desktop/install.sh", "desktop/dpi-consult.svg",
                 "desktop/fr.dpi_consult.DpiConsult.desktop", "_internal/dpi_consult/_forms/cnil-dpi-2025.toml",
                 "_internal/dpi_consult/_resources/translations/dpi_consult_fr.qm",
                 "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
                 "_internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                 "_internal/PySide6/Qt/translations/qtbase_fr.qm"):
        assert f"{top}/{name}" in names, name
    # What was left out to keep it small.
    assert not any("/plugins/platforms/libqvnc" in name or "qtbase_de.qm" in name or name.endswith(".ts")
                   for name in names)


@linux_only
def test_the_tarballs_install_sh_puts_its_own_program_in_the_menu(build: Path, tmp_path: Path):
    with tarfile.open(build / f"dpi-consult-{__version__}-linux-{os.uname().machine}.tar.gz") as tar:
        tar.extractall(tmp_path / "Mes logiciels", filter="tar")
    folder = tmp_path / "Mes logiciels" / f"dpi-consult-{__version__}"
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([str(folder / "desktop" / "install.sh"), "--user"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / "fr.dpi_consult.DpiConsult.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder / "dpi-consult-gui"}" %f' in entry.splitlines()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "fr.dpi_consult.DpiConsult.png").is_file()


def test_the_command_line_from_demo_to_word(frozen, tmp_path: Path):
    assert frozen("--version").stdout.strip() == f"dpi-consult {__version__}"
    demo = frozen("demo", "--members", "4", "fed")
    assert demo.returncode == 0, demo.stderr
    collected = frozen("collect", "collectif.dpic", "fed/members")
    assert collected.returncode == 0, collected.stderr
    assert "4 importés" in collected.stdout
    member = sorted((tmp_path / "fed" / "members").glob("*.dpic"))[0]
    checked = frozen("check", str(member))
    assert checked.returncode in (0, 1), checked.stderr  # 1: remarks on an invented member, never unreadable
    exported = frozen("export", "-o", "contribution.docx", str(member))
    assert exported.returncode in (0, 1), exported.stderr
    blank = frozen("blank", "-o", "questionnaire.docx")
    assert blank.returncode == 0, blank.stderr
    for name in ("contribution.docx", "questionnaire.docx"):
        with zipfile.ZipFile(tmp_path / name) as docx:
            body = docx.read("word/document.xml").decode("utf-8")
        assert "Fiche" in body or "fiche" in body, name
    with zipfile.ZipFile(tmp_path / "contribution.docx") as docx:
        assert "word/footer1.xml" in docx.namelist()  # python-docx's own templates travelled with it
    bad = frozen("check", "absent.dpic")
    assert bad.returncode == 2 and "absent.dpic" in bad.stderr and "Traceback" not in bad.stderr


@linux_only
def test_the_window_opens_in_french_on_a_real_x_display_with_its_icon(frozen, build: Path, tmp_path: Path):
    assert frozen("new", "--org", "CH d’Essai", "contribution.dpic").returncode == 0
    settings = tmp_path / "home" / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"user_name": "Claire Essai"}), encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
    env["DPI_CONSULT_HOME"] = str(tmp_path / "home")
    with xvfb() as display:
        env["DISPLAY"] = display
        window = subprocess.Popen([str(build / "dpi-consult" / "dpi-consult-gui"), "contribution.dpic"],
                                  cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            main = wait_for_window(display, r"contribution\.dpic")
            assert has_icon(display, main)
            press(display, main, "alt+d", "p")  # Aide > À propos de dpi-consult
            about = wait_for_window(display, "propos")
            assert window_title(display, about) == "À propos de dpi-consult"
            press(display, about, "Escape")
            press(display, main, "ctrl+q")
            _out, err = window.communicate(timeout=30)
        finally:
            if window.poll() is None:
                window.kill()
                window.communicate()
    assert window.returncode == 0, err
