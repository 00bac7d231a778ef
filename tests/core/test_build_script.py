"""tools/build.py's installers, as far as they can be checked without building: the Windows setup
program's script (built on a hosted Windows machine only)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build_module():
    spec = importlib.util.spec_from_file_location("build", ROOT / "tools" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_windows_setup_installs_for_the_user_alone_with_a_start_menu_entry_and_an_uninstaller():
    build = build_module()
    script = build.inno_script(Path("C:/b/dist/ledelsesjournal"), "2026-12-03", Path("C:/b/ledelsesjournal.png"))
    lines = script.splitlines()
    assert "PrivilegesRequired=lowest" in lines  # no administrator rights
    assert r"DefaultDirName={localappdata}\Programs\Ledelsesjournal" in lines
    assert f"AppVersion={build.version()}+20261203" in lines
    assert f"OutputBaseFilename=ledelsesjournal-{build.version()}+20261203-windows-setup" in lines
    assert r'Name: "{userprograms}\Ledelsesjournal"; Filename: "{app}\ledelsesjournal.exe"' in lines
    assert r"UninstallDisplayIcon={app}\ledelsesjournal.exe" in lines  # the uninstaller Inno Setup makes
    assert "AppId={{6F1C1E2A-3B7D-4E0B-9B51-6C2D8E4F7A10}" in lines  # the same app across versions
    assert any(line.startswith("SetupIconFile=") and line.endswith("ledelsesjournal.ico") for line in lines)
