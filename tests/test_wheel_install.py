"""The built wheel carries the forms and resources, and loads the bundled form in a clean environment."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_and_loads_bundled_form(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True, capture_output=True, cwd=tmp_path,
    )
    wheels = list(dist.glob("dpi_consult-*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # No dependencies: form loading needs only the standard library, so this also proves that.
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheels[0])],
                   check=True, capture_output=True)
    script = (
        "from dpi_consult.form.registry import bundled_form\n"
        "from dpi_consult.resources import resource\n"
        "import dpi_consult\n"
        "form = bundled_form('cnil-dpi-2025')\n"
        "assert 'site-packages' in dpi_consult.__file__\n"
        "assert resource('icons', 'dpi-consult.svg').is_file()\n"
        "from dpi_consult.demo.phrases import bank\n"
        "assert bank('fiche-06').sentences\n"
        "print(form.id, len(form.sections))\n"
    )
    result = subprocess.run([str(python), "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "cnil-dpi-2025 17"


def test_every_subpackage_is_listed_for_the_wheel():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "dpi_consult").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
