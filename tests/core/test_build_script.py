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


def run_recipe(platform_name: str) -> dict:
    """The recipe tools/build.py writes for ``platform_name``, run with stand-ins for PyInstaller's
    classes that record what it asks for (the real PyInstaller runs it in the Linux build)."""
    import sys
    import types

    build = build_module()
    made: dict = {"programs": []}

    class Recorded:
        def __init__(self, *args, **options):
            self.args, self.options = args, options
            self.pure = self.scripts = self.binaries = self.datas = []  # what an analysis gives

    class Exe(Recorded):
        def __init__(self, *args, **options):
            super().__init__(*args, **options)
            made["programs"].append(options)

    class Collect(Recorded):
        def __init__(self, *args, **options):
            super().__init__(*args, **options)
            made["folder"] = (args, options)

    class Bundle(Recorded):
        def __init__(self, *args, **options):
            super().__init__(*args, **options)
            made["bundle"] = options

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: [(f"/site/{package}/data/x", f"{package}/data")]
    names = ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks")
    saved = {name: sys.modules.get(name) for name in names}
    sys.modules.update({"PyInstaller": types.ModuleType("PyInstaller"), "PyInstaller.utils": types.ModuleType("u")})
    sys.modules["PyInstaller.utils.hooks"] = hooks
    try:
        recipe = build.spec(Path("/b/build.json"), Path("/b/launcher.py"), Path("/b/icon.png"), platform_name)
        exec(recipe, {"Analysis": Recorded, "PYZ": Recorded, "EXE": Exe, "COLLECT": Collect, "BUNDLE": Bundle})
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return made


def test_on_windows_a_program_with_a_console_is_the_command_line_beside_the_app():
    made = run_recipe("win32")
    assert [(p["name"], p["console"]) for p in made["programs"]] == [
        ("ledelsesjournal", False),  # the Start menu's: no black window behind it
        ("ledelsesjournal-cli", True),  # the command line's, which can print
    ]
    args, options = made["folder"]
    assert options["name"] == "ledelsesjournal" and len([a for a in args if hasattr(a, "options")]) == 2
    assert "bundle" not in made


def test_elsewhere_one_program_and_on_macos_an_app_bundle():
    linux = run_recipe("linux")
    assert [p["name"] for p in linux["programs"]] == ["ledelsesjournal"] and "bundle" not in linux
    mac = run_recipe("darwin")
    assert [p["name"] for p in mac["programs"]] == ["ledelsesjournal"]
    assert mac["bundle"]["name"] == "ledelsesjournal.app"
    assert mac["bundle"]["bundle_identifier"] == "dk.ledelsesjournal.app"
