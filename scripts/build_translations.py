#!/usr/bin/env python3
"""Build the interface translations: optionally refresh the .ts from the sources, then compile the .qm.

    python scripts/build_translations.py            # .ts -> .qm (after translating in the .ts)
    python scripts/build_translations.py --update   # first collect new tr() strings into the .ts

The .qm files are committed so that a plain `pip install .` shows the French interface; a test fails when
one is missing, stale against its .ts, or when the .ts has unfinished entries. `qt_overrides_<lang>.ts`
holds Qt's own strings that Qt's catalogue lacks; it is edited by hand and only compiled here.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    """A PySide6 tool, next to this interpreter first (a virtual environment), else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"build_translations: {name} not found (install PySide6-Essentials)")
    return found


def gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "dpi_consult" / "gui").glob("*.py"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"dpi_consult_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"dpi_consult_{language}.qm"


def qt_overrides_ts(language: str) -> Path:
    """Qt's own strings that Qt's catalogue lacks or words otherwise: kept by hand, never collected."""
    return TRANSLATIONS / f"qt_overrides_{language}.ts"


def qt_overrides_qm(language: str) -> Path:
    return TRANSLATIONS / f"qt_overrides_{language}.qm"


def update(language: str, ts: Path | None = None) -> None:
    target = ts or ts_path(language)
    subprocess.run([tool("pyside6-lupdate"), *gui_sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", language, "-ts", str(target)],
                   check=True, cwd=ROOT, capture_output=True)


def release(language: str, ts: Path | None = None, qm: Path | None = None) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts or ts_path(language)), "-qm",
                    str(qm or qm_path(language))], check=True, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="collect new strings from the sources first")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if args.update:
            update(language)
        release(language)
        release(language, qt_overrides_ts(language), qt_overrides_qm(language))
        for ts, qm in ((ts_path(language), qm_path(language)),
                       (qt_overrides_ts(language), qt_overrides_qm(language))):
            print(f"{qm.relative_to(ROOT)} built from {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
