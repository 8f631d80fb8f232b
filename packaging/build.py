"""Builds the frozen app (PyInstaller, one folder, two programs), then the Linux tarball or the Windows installer.

    python packaging/build.py [--dist DIR] [--work DIR] [--no-archive] [--installer]

On Linux: dist/dpi-consult/ and dist/dpi-consult-VERSION-linux-ARCH.tar.gz, whose desktop/install.sh puts the
application in the menu. On Windows, --installer then runs Inno Setup (ISCC.exe) on packaging/windows/dpi-consult.iss.
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from windows_icon import write_ico  # noqa: E402  (beside this script, which is not a package)

NAME = "dpi-consult"
SPEC = HERE / "dpi-consult.spec"
# Where the spec and the Inno Setup script expect the generated icon.
ICO = ROOT / "build" / "icons" / "dpi-consult.ico"
SVG = ROOT / "resources" / "icons" / "dpi-consult.svg"
DESKTOP_FILES = ("install.sh", "fr.dpi_consult.DpiConsult.desktop", "fr.dpi_consult.DpiConsult.metainfo.xml",
                 "dpi-consult-mime.xml")
ISS = HERE / "windows" / "dpi-consult.iss"


def version() -> str:
    """dpi_consult.__version__, read without importing the package (the one place the version is written)."""
    tree = ast.parse((ROOT / "dpi_consult" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
            return ast.literal_eval(node.value)
    raise SystemExit("build.py : __version__ introuvable dans dpi_consult/__init__.py")


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def freeze(dist: Path, work: Path) -> Path:
    write_ico(SVG, ICO)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, cwd=ROOT)
    return dist / NAME


def tarball(bundle: Path, dist: Path, release: str) -> Path:
    """The bundle under dpi-consult-VERSION/, with desktop/ holding install.sh, its files and the SVG icon."""
    desktop = bundle / "desktop"
    desktop.mkdir(exist_ok=True)
    for name in DESKTOP_FILES:
        shutil.copy2(HERE / "linux" / name, desktop / name)
    shutil.copy2(SVG, desktop / "dpi-consult.svg")
    archive = dist / f"{NAME}-{release}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{NAME}-{release}")
    return archive


def installer(release: str, dist: Path) -> Path:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if not iscc and default.exists():
        iscc = str(default)
    if not iscc:
        raise SystemExit("build.py : Inno Setup (ISCC.exe) introuvable ; voir packaging/WINDOWS.md")
    subprocess.run([iscc, f"/DAppVersion={release}", f"/DDist={dist}", str(ISS)], check=True, cwd=ROOT)
    return dist / f"{NAME}-{release}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-archive", action="store_true", help="le dossier seul, sans l’archive")
    parser.add_argument("--installer", action="store_true", help="Windows : l’installateur Inno Setup")
    args = parser.parse_args(argv)
    release = version()
    bundle = freeze(args.dist.resolve(), args.work.resolve())
    print(f"{bundle} : {folder_size(bundle) / 1e6:.0f} Mo")
    if not args.no_archive and sys.platform.startswith("linux"):
        archive = tarball(bundle, args.dist.resolve(), release)
        print(f"{archive} : {archive.stat().st_size / 1e6:.0f} Mo")
    if args.installer:
        print(installer(release, args.dist.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
