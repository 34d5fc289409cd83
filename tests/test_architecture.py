"""Imports point one way: the core never loads Qt, and start-up never loads the heavy modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jobdesk

PACKAGE = Path(jobdesk.__file__).parent


def _modules_loaded_by(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    return set(result.stdout.split())


def test_domain_store_and_services_never_import_qt() -> None:
    core = [
        f"jobdesk.{p.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}"
        for sub in ("domain", "store", "services")
        for p in (PACKAGE / sub).rglob("*.py")
        if p.name != "__init__.py"
    ]
    assert len(core) >= 8
    loaded = _modules_loaded_by(
        "\n".join(f"import {m}" for m in core)
        + "\nimport jobdesk.app\nimport jobdesk.backup_command"
    )
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_qt_is_only_imported_under_ui() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8") and p.relative_to(PACKAGE).parts[0] != "ui"
    ]
    assert offenders == []


def test_the_main_window_does_not_load_pyqtgraph() -> None:
    loaded = _modules_loaded_by(
        "import tempfile, pathlib\n"
        "from jobdesk.paths import Paths, prepare\n"
        "from jobdesk.store.database import open_database\n"
        "from jobdesk.services.bundle import build_services\n"
        "from jobdesk.ui.shell.gui import application\n"
        "from jobdesk.ui.shell.main_window import MainWindow\n"
        "paths = prepare(Paths(pathlib.Path(tempfile.mkdtemp())))\n"
        "app = application()\n"
        "w = MainWindow(build_services(open_database(paths.database), paths))\n"
        "w.show(); app.processEvents()\n"
    )
    assert "PySide6.QtWidgets" in loaded  # the check itself works
    assert "pyqtgraph" not in loaded and "numpy" not in loaded
    # Nor the letter readers and their parsers: they load with the first file dropped.
    assert not {"jobdesk.services.letter_text", "jobdesk.domain.offer_terms"} & loaded
    assert not [name for name in loaded if name.startswith("jobdesk.domain.letters")]
    assert not {"multiprocessing", "pypdf", "docx"} & loaded
    # Nor the calendar writer: it loads with the first export.
    assert "icalendar" not in loaded


def _imports_of(path: Path) -> set[str]:
    """Every jobdesk module `path` imports, at the top, inside functions or for type checks."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("jobdesk.")}


def _module_graph(root: Path) -> dict[str, set[str]]:
    names = {
        f"jobdesk.{p.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}": p
        for p in root.rglob("*.py")
        if p.name != "__init__.py"
    }
    return {name: _imports_of(path) & set(names) for name, path in names.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle in `graph`, as the modules along it; None when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


def test_the_window_code_has_no_import_cycle() -> None:
    # Counting imports made only for type checks too: a view that names the main window's
    # type reaches into it, and the window then cannot be built or tested without it.
    graph = _module_graph(PACKAGE / "ui")
    assert len(graph) >= 30
    assert _cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]  # the check itself finds one
    assert _cycle(graph) is None, " → ".join(_cycle(graph) or [])
