"""The package's layers: imports only go down, and no two packages import each other, even inside a function."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import dpi_consult

PACKAGE = Path(dpi_consult.__file__).resolve().parent

# Lowest first. A unit is a subpackage or a top-level module of dpi_consult; "" is dpi_consult/__init__.py.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("base", frozenset({"", "errors", "atomic", "limits", "resources", "settings", "json_cache",
                        "french_formats", "progress", "ui_state", "zip_guard", "word_package", "crash_report",
                        "word_changes", "file_names"})),
    ("markdown", frozenset({"markdown"})),
    ("form", frozenset({"form"})),
    ("draft", frozenset({"draft"})),
    ("features", frozenset({"kit", "collective", "export", "questionnaire", "demo", "checks", "send_checks",
                            "search", "recovery", "format_checks", "personal_data", "spelling",
                            "summary_cache", "recent_documents", "recovery_changes", "merge", "themes"})),
    ("interface", frozenset({"cli", "gui", "__main__", "gui_entry"})),
)
RANK = {unit: rank for rank, (_, units) in enumerate(LAYERS) for unit in units}
LAYER_NAME = {unit: name for name, units in LAYERS for unit in units}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["dpi_consult", *parts])


def unit_of(module: str) -> str:
    """`dpi_consult.draft.codec` → `draft`; `dpi_consult` → ``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def imported_modules(source: str, module: str, is_package: bool) -> Iterator[tuple[str, int]]:
    """Every dpi_consult module `source` imports, wherever the import stands (functions, TYPE_CHECKING)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                base = package[:len(package) - node.level + 1]
                names = [".".join(base + ([node.module] if node.module else []))]
            else:
                names = [node.module or ""]
        else:
            continue
        for name in names:
            if name == "dpi_consult" or name.startswith("dpi_consult."):
                yield name, node.lineno


def unit_graph(sources: Mapping[str, tuple[str, bool]]) -> dict[tuple[str, str], list[str]]:
    """(importing unit, imported unit) → where, for every import between two different units."""
    edges: dict[tuple[str, str], list[str]] = {}
    for module, (source, is_package) in sources.items():
        for target, line in imported_modules(source, module, is_package):
            a, b = unit_of(module), unit_of(target)
            if a != b:
                edges.setdefault((a, b), []).append(f"{module}:{line} imports {target}")
    return edges


def upward_imports(edges: Mapping[tuple[str, str], list[str]]) -> list[str]:
    return [f"{where} ({LAYER_NAME[a]} → {LAYER_NAME[b]})"
            for (a, b), places in sorted(edges.items()) if RANK[b] > RANK[a] for where in places]


def cycles(edges: Mapping[tuple[str, str], list[str]]) -> list[list[str]]:
    """Groups of units that import one another, directly or through others (strongly connected components)."""
    graph: dict[str, set[str]] = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def package_sources(root: Path) -> dict[str, tuple[str, bool]]:
    return {module_name(path, root): (path.read_text(encoding="utf-8"), path.name == "__init__.py")
            for path in sorted(root.rglob("*.py"))}


@pytest.fixture(scope="module")
def edges() -> dict[tuple[str, str], list[str]]:
    return unit_graph(package_sources(PACKAGE))


def test_every_unit_of_the_package_has_a_layer():
    units = {unit_of(module_name(path, PACKAGE)) for path in PACKAGE.rglob("*.py")}
    assert sorted(units - set(RANK)) == []


def test_imports_only_go_down_the_layers(edges):
    assert upward_imports(edges) == []


def test_no_two_packages_import_each_other(edges):
    assert cycles(edges) == []


def test_the_check_catches_a_planted_upward_import_even_inside_a_function_or_for_type_checking():
    sources = package_sources(PACKAGE)
    source, is_package = sources["dpi_consult.draft.model"]
    planted = {**sources, "dpi_consult.draft.model": (
        source + "\n\ndef _late():\n    from dpi_consult.kit import files\n"
        "\nif TYPE_CHECKING:\n    from ..collective.collect import _Batch\n", is_package)}
    upward = upward_imports(unit_graph(planted))
    assert any(line.startswith("dpi_consult.draft.model") and "imports dpi_consult.kit" in line for line in upward)
    assert any(line.startswith("dpi_consult.draft.model") and "dpi_consult.collective.collect" in line
               for line in upward)


def test_the_check_catches_two_features_that_import_each_other():
    sources = package_sources(PACKAGE)
    planted = {**sources,
               "dpi_consult.kit.files": (sources["dpi_consult.kit.files"][0]
                                         + "\nfrom dpi_consult.collective import tally\n", False),
               "dpi_consult.collective.tally": (sources["dpi_consult.collective.tally"][0]
                                                + "\nimport dpi_consult.kit.start\n", False)}
    assert cycles(unit_graph(planted)) == [["collective", "kit"]]


def test_the_readme_places_every_unit_in_its_layer():
    """The README's layout is where a newcomer learns the layers: it names every unit, in the right one."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout"):]
    numbered = {int(match.group(1)): match.group(2)
                for match in re.finditer(r"^(\d)\. (.*?)(?=^\d\. |^\n)", layout, re.M | re.S)}
    entry_points = {"", "__main__", "gui_entry"}
    for rank, (name, units) in enumerate(LAYERS, start=1):
        for unit in sorted(units - entry_points):
            assert f"`{unit}`" in numbered[rank] or f"`{unit}/`" in numbered[rank], \
                f"README layout: `{unit}` is not listed under layer {rank} ({name})"
