"""Start at login: each system's entry written, read back as that system would run it, and
removed again, never someone else's."""

from __future__ import annotations

import configparser
import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from journal import autostart
from journal.autostart import (
    APPROVED_KEY,
    LABEL,
    MINIMIZED,
    RUN_KEY,
    default_command,
    desktop_path,
    disable,
    enable,
    entry_folder,
    exec_line,
    is_enabled,
    plist_path,
)
from journal.errors import AutostartError

ROOT = Path(__file__).resolve().parents[2]
SPACED = "/home/lene/Mine programmer/Ledelses journal/bin/ledelsesjournal"


# -- reading an entry back as a desktop would --------------------------------------------------------


def desktop_keys(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def unescape_string(value: str) -> str:
    """The Desktop Entry spec's escapes of a string value: \\s \\n \\t \\r \\\\."""
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[next(chars)])
        else:
            out.append(char)
    return "".join(out)


def exec_argv(value: str) -> list[str]:
    """What a desktop runs for an Exec value with no field codes: the string's escapes undone,
    "%%" read as "%", then the spec's quoting: arguments apart by spaces, one with a reserved
    character in double quotes, inside which a backslash escapes ``"``, `````, ``$`` and ``\\``."""
    line = unescape_string(value)
    assert "%" not in line.replace("%%", ""), "a field code where none was meant"
    line = line.replace("%%", "%")
    argv, current, chars = [], None, iter(line)
    for char in chars:
        if char == " ":
            if current is not None:
                argv.append(current)
            current = None
        elif char == '"':
            current = current or ""
            for inner in chars:
                if inner == '"':
                    break
                if inner == "\\":
                    inner = next(chars)
                    assert inner in '"`$\\', f"{inner!r} may not be escaped"
                current += inner
            else:
                raise AssertionError(f"an unclosed quote in {line!r}")
        else:
            assert char not in "\t\n\"'\\><~|&;$*?#()`", f"{char!r} outside quotes in {line!r}"
            current = (current or "") + char
    if current is not None:
        argv.append(current)
    return argv


# -- Linux -----------------------------------------------------------------------------------------


def test_linux_entry_runs_the_command_minimised_from_a_path_with_spaces(tmp_path):
    assert not is_enabled(platform="linux", folder=tmp_path)
    enable([SPACED], platform="linux", folder=tmp_path)
    path = tmp_path / "ledelsesjournal.desktop"
    keys = desktop_keys(path)
    assert exec_argv(keys["Exec"]) == [SPACED, "--minimized"]
    assert keys["Type"] == "Application" and keys["X-GNOME-Autostart-enabled"] == "true"
    assert is_enabled(platform="linux", folder=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["ledelsesjournal.desktop"]  # no temporary file left


@pytest.mark.parametrize(
    "argv",
    [
        ["/opt/100% mine/ledelsesjournal"],
        ['/home/lene/"citat" og $HOME/`x`/back\\slash/ledelsesjournal'],
        ["/usr/bin/python3", "-m", "journal"],
        ["/tmp/tab\there/ædø 'enkelt' ~ & ; | < > * ? # ( )/ledelsesjournal", "--lang", "da"],
        ["/plain/100%/path"],
        ["/odd/line\nbreak", ""],
    ],
)
def test_exec_line_is_read_back_as_the_same_arguments(argv):
    assert exec_argv(exec_line(argv)) == argv


def test_the_exec_line_quotes_only_what_needs_it():
    assert exec_line(["/usr/bin/ledelsesjournal", MINIMIZED]) == "/usr/bin/ledelsesjournal --minimized"
    assert exec_line(["/a b/c"]) == '"/a b/c"'
    assert exec_line(["/100%"]) == "/100%%"
    assert exec_line(['/a"b']) == '"/a\\\\"b"'  # \" in the quotes, its backslash escaped for the string value


def test_the_entry_names_the_app_as_its_desktop_file_does(tmp_path):
    enable(["/usr/bin/ledelsesjournal"], platform="linux", folder=tmp_path)
    ours = desktop_keys(tmp_path / "ledelsesjournal.desktop")
    app = desktop_keys(ROOT / "resources" / "ledelsesjournal.desktop")
    for key in ("Name", "Comment", "Comment[da]", "Icon"):
        assert ours[key] == app[key], key


def test_disable_removes_the_entry_and_a_second_time_is_no_error(tmp_path):
    enable(["/usr/bin/ledelsesjournal"], platform="linux", folder=tmp_path)
    assert disable(platform="linux", folder=tmp_path) is True
    assert not desktop_path(tmp_path).exists() and not is_enabled(platform="linux", folder=tmp_path)
    assert disable(platform="linux", folder=tmp_path) is False
    assert disable(platform="linux", folder=tmp_path / "no such folder") is False


FOREIGN_DESKTOP = "[Desktop Entry]\nType=Application\nName=Ledelsesjournal\nExec=ledelsesjournal\n"


def test_a_foreign_desktop_entry_is_left_alone(tmp_path):
    """One the leader made with the desktop's own settings (which copy the app's desktop file)."""
    path = tmp_path / "ledelsesjournal.desktop"
    path.write_text(FOREIGN_DESKTOP, encoding="utf-8")
    assert not is_enabled(platform="linux", folder=tmp_path)
    assert disable(platform="linux", folder=tmp_path) is False
    with pytest.raises(AutostartError, match="was not made by Ledelsesjournal") as raised:
        enable(["/usr/bin/ledelsesjournal"], platform="linux", folder=tmp_path)
    assert str(path) in raised.value.explained("da")[1]
    assert path.read_text(encoding="utf-8") == FOREIGN_DESKTOP


def test_an_entry_switched_off_in_the_desktops_settings_is_off_until_enabled_again(tmp_path):
    enable(["/usr/bin/ledelsesjournal"], platform="linux", folder=tmp_path)
    path = desktop_path(tmp_path)
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"))
    assert not is_enabled(platform="linux", folder=tmp_path)
    enable(["/usr/bin/ledelsesjournal"], platform="linux", folder=tmp_path)
    assert is_enabled(platform="linux", folder=tmp_path)


def test_the_default_folder_follows_xdg_config_home(private_home, monkeypatch):
    """private_home (tests/conftest.py) points XDG_CONFIG_HOME into a temporary home."""
    enable(["/usr/bin/ledelsesjournal"], platform="linux")
    assert (private_home / ".config" / "autostart" / "ledelsesjournal.desktop").is_file()
    assert is_enabled(platform="linux") and disable(platform="linux")
    assert entry_folder("linux", {"HOME": "/home/lene", "XDG_CONFIG_HOME": "relative"}) == Path(
        "/home/lene/.config/autostart"
    )
    assert entry_folder("linux", {"HOME": "/home/lene", "XDG_CONFIG_HOME": "/cfg"}) == Path("/cfg/autostart")
    assert entry_folder("darwin", {"HOME": "/Users/lene"}) == Path("/Users/lene/Library/LaunchAgents")


def test_what_the_default_entry_starts_runs(tmp_path):
    """The command written for this very installation starts (asked for its version, not the window)."""
    enable(platform="linux", folder=tmp_path)
    argv = exec_argv(desktop_keys(desktop_path(tmp_path))["Exec"])
    assert argv[-1] == MINIMIZED
    result = subprocess.run([*argv[:-1], "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("ledelsesjournal ")


# -- macOS -----------------------------------------------------------------------------------------


def test_macos_launch_agent_runs_the_command_minimised_at_login(tmp_path):
    assert not is_enabled(platform="darwin", folder=tmp_path)
    app = "/Applications/Ledelses journal.app/Contents/MacOS/Ledelsesjournal"
    enable([app], platform="darwin", folder=tmp_path)
    path = tmp_path / "dk.ledelsesjournal.autostart.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == LABEL and path.name == f"{LABEL}.plist"
    assert agent["ProgramArguments"] == [app, "--minimized"]
    assert agent["RunAtLoad"] is True
    assert is_enabled(platform="darwin", folder=tmp_path)
    assert disable(platform="darwin", folder=tmp_path) is True
    assert not path.exists() and not is_enabled(platform="darwin", folder=tmp_path)
    assert disable(platform="darwin", folder=tmp_path) is False


@pytest.mark.parametrize(
    "content",
    [plistlib.dumps({"Label": "dk.someone.else", "ProgramArguments": ["/bin/true"]}), b"not a plist"],
)
def test_a_foreign_launch_agent_is_left_alone(tmp_path, content):
    path = plist_path(tmp_path)
    path.write_bytes(content)
    assert not is_enabled(platform="darwin", folder=tmp_path)
    assert disable(platform="darwin", folder=tmp_path) is False
    with pytest.raises(AutostartError):
        enable(["/usr/bin/true"], platform="darwin", folder=tmp_path)
    assert path.read_bytes() == content


def test_the_agent_names_the_apps_bundle_as_the_build_gives_it(tmp_path):
    enable(["/x"], platform="darwin", folder=tmp_path)
    agent = plistlib.loads(plist_path(tmp_path).read_bytes())
    assert agent["AssociatedBundleIdentifiers"] == [autostart.BUNDLE_ID]
    assert f'bundle_identifier="{autostart.BUNDLE_ID}"' in (ROOT / "tools" / "build.py").read_text(encoding="utf-8")


# -- Windows, with a stand-in for winreg ------------------------------------------------------------


class FakeRegistry:
    """The few names of the winreg module that journal.autostart uses, over a dict. As winreg
    does, a missing key or value raises FileNotFoundError, and a key opened without the right
    access refuses to be changed (PermissionError)."""

    HKEY_CURRENT_USER = "HKEY_CURRENT_USER"
    KEY_QUERY_VALUE, KEY_SET_VALUE, KEY_READ = 0x0001, 0x0002, 0x20019
    REG_SZ, REG_BINARY = 1, 3

    class Key:
        def __init__(self, path: str, access: int):
            self.path, self.access = path, access

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def __init__(self):
        self.keys: dict[str, dict[str, tuple[object, int]]] = {}

    def OpenKey(self, root, sub_key, reserved=0, access=KEY_READ):
        path = f"{root}\\{sub_key}"
        if path not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self.Key(path, access)

    def CreateKeyEx(self, root, sub_key, reserved=0, access=KEY_SET_VALUE):
        path = f"{root}\\{sub_key}"
        self.keys.setdefault(path, {})
        return self.Key(path, access)

    def QueryValueEx(self, key, name):
        self._allowed(key, self.KEY_QUERY_VALUE)
        try:
            return self.keys[key.path][name]
        except KeyError:
            raise FileNotFoundError(2, "The system cannot find the file specified") from None

    def SetValueEx(self, key, name, reserved, kind, value):
        self._allowed(key, self.KEY_SET_VALUE)
        self.keys[key.path][name] = (value, kind)

    def DeleteValue(self, key, name):
        self._allowed(key, self.KEY_SET_VALUE)
        if self.keys[key.path].pop(name, None) is None:
            raise FileNotFoundError(2, "The system cannot find the file specified")

    def _allowed(self, key, access):
        if not key.access & access:
            raise PermissionError(5, "Access is denied")

    def value(self, sub_key: str):
        return self.keys.get(f"HKEY_CURRENT_USER\\{sub_key}", {}).get("Ledelsesjournal")


EXE = r"C:\Program Files\Ledelsesjournal\Ledelsesjournal.exe"


def test_windows_run_value_starts_the_program_minimised():
    registry = FakeRegistry()
    assert not is_enabled(platform="win32", registry=registry)
    assert disable(platform="win32", registry=registry) is False  # no key at all: no error
    enable([EXE], platform="win32", registry=registry)
    assert registry.value(RUN_KEY) == (f'"{EXE}" --minimized', FakeRegistry.REG_SZ)
    assert is_enabled(platform="win32", registry=registry)
    assert disable(platform="win32", registry=registry) is True
    assert registry.value(RUN_KEY) is None and not is_enabled(platform="win32", registry=registry)
    assert disable(platform="win32", registry=registry) is False


def test_windows_entry_switched_off_in_task_manager_is_off_until_enabled_again():
    registry = FakeRegistry()
    enable([EXE], platform="win32", registry=registry)
    with registry.CreateKeyEx(registry.HKEY_CURRENT_USER, APPROVED_KEY) as key:
        registry.SetValueEx(key, "Ledelsesjournal", 0, registry.REG_BINARY, b"\x03" + bytes(11))  # Task Manager: off
    assert not is_enabled(platform="win32", registry=registry)
    enable([EXE], platform="win32", registry=registry)
    assert registry.value(APPROVED_KEY) is None and is_enabled(platform="win32", registry=registry)
    with registry.CreateKeyEx(registry.HKEY_CURRENT_USER, APPROVED_KEY) as key:
        registry.SetValueEx(key, "Ledelsesjournal", 0, registry.REG_BINARY, b"\x02" + bytes(11))  # on
    assert is_enabled(platform="win32", registry=registry)


# -- which command ----------------------------------------------------------------------------------


def test_the_frozen_program_starts_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/ledelsesjournal/ledelsesjournal")
    assert default_command("linux") == ["/opt/ledelsesjournal/ledelsesjournal"]


def test_the_installed_script_beside_python_comes_first(tmp_path, monkeypatch):
    (tmp_path / "python3").touch()
    (tmp_path / "ledelsesjournal").touch()
    (tmp_path / "ledelsesjournal-gui.exe").touch()
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    monkeypatch.setattr(autostart.shutil, "which", lambda name: pytest.fail("looked on the PATH"))
    assert default_command("linux") == [str(tmp_path / "ledelsesjournal")]
    assert default_command("win32") == [str(tmp_path / "ledelsesjournal-gui.exe")]  # no console window


def test_then_the_script_on_the_path_then_python_dash_m(tmp_path, monkeypatch):
    (tmp_path / "python3").touch()
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    monkeypatch.setattr(autostart.shutil, "which", lambda name: f"/usr/local/bin/{name}")
    assert default_command("linux") == ["/usr/local/bin/ledelsesjournal"]
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    assert default_command("linux") == [str(tmp_path / "python3"), "-m", "journal"]
