"""The house keeps its shape: the core is free of Qt, and the package list is whole."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
TOP = {"journal.ui", "journal.app", "journal.__main__", "journal.resources"}


def journal_modules() -> set[str]:
    names = set()
    for path in (ROOT / "journal").iterdir():
        if path.name.startswith("_") or path.name == "__pycache__":
            continue
        if path.suffix == ".py" or (path / "__init__.py").exists():
            names.add(f"journal.{path.stem}")
    return names


def test_every_core_module_is_under_the_qt_free_contract():
    contract = next(c for c in PYPROJECT["tool"]["importlinter"]["contracts"] if "journal core" in c["name"])
    assert set(contract["source_modules"]) == journal_modules() - TOP


def test_only_the_store_and_the_migrations_may_speak_sql_anywhere_in_journal():
    """Written against the package root, so that a new module is covered without being listed."""
    contract = next(c for c in PYPROJECT["tool"]["importlinter"]["contracts"] if "speak SQL" in c["name"])
    assert contract["source_modules"] == ["journal"]
    assert set(contract["forbidden_modules"]) == {"sqlite3", "sqlite_utils", "sqlcipher3"}
    assert {line.split(" -> ")[0] for line in contract["ignore_imports"]} == {"journal.store", "journal.migrations"}


def test_import_contracts_hold():
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(linter), "--no-cache"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_is_installed():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {"journal.resources"}
    for init in list(ROOT.glob("journal/**/__init__.py")) + list(ROOT.glob("framework/**/__init__.py")):
        found.add(".".join(init.parent.relative_to(ROOT).parts))
    assert listed == found
