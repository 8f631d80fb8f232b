"""CI runs exactly the test command the README gives, so the README's command stays true."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:30]
    return [line.strip() for line in lines if line.strip().startswith("./scripts/install-system-packages.sh")]


def test_readme_starts_with_install_and_test_commands():
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith(".venv/bin/dpi-consult")
    assert commands[1].endswith(".venv/bin/pytest -q")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()
