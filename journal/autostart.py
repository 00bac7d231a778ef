"""Starting the app when the leader logs in, minimised, in each system's own way, and undoing it.

- Linux (and other XDG desktops): a desktop entry ``ledelsesjournal.desktop`` in
  ``$XDG_CONFIG_HOME/autostart`` (by default ``~/.config/autostart``), which GNOME, KDE, Xfce and
  the rest read at login. It carries the key :data:`MARK` so that the app knows the file is its
  own: :func:`disable` removes only such a file, and :func:`enable` refuses to replace another
  (the leader may have made one with the desktop's own settings), with an
  :class:`~journal.errors.AutostartError` that says so. A desktop's settings that switch our entry
  off (``Hidden=true``, ``X-GNOME-Autostart-enabled=false``) are respected by :func:`is_enabled`.
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/dk.ledelsesjournal.autostart.plist``, written with
  plistlib (``RunAtLoad``), that launchd reads at login. Its label is ours under the reverse domain
  of the app's bundle (``dk.ledelsesjournal.app``, tools/build.py), which it names in
  ``AssociatedBundleIdentifiers`` so that macOS 13's Login Items list shows it as the app's. A
  file there with another label is not ours. The agent is not loaded with launchctl now: it is
  for the next login, and the app is running already.
- Windows: the value ``Ledelsesjournal`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``,
  the command line quoted as Windows parses it. Task Manager's Startup tab switches an entry off
  in ``...\\Explorer\\StartupApproved\\Run`` (a binary value whose first byte is odd when off):
  :func:`is_enabled` reads it, and :func:`enable` removes it, so that switching on in the app means on.

Each function takes the platform (``sys.platform``'s names) and the folder the entry goes in, or
for Windows the registry (the ``winreg`` module, imported only there), so that every layout is
tested on any system: the tests give a temporary folder, and for Windows a small stand-in with
the few ``winreg`` functions used here.

What starts is :func:`default_command` with ``--minimized`` added: the frozen program itself when
the app is built (tools/build.py), else the installed ``ledelsesjournal`` script (``-gui`` on
Windows, which opens no console) beside the Python that runs the app or on the PATH, else that
Python with ``-m journal``. Files are written whole or not at all (:mod:`journal.fileio`).
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .errors import AutostartError, JournalError
from .fileio import atomic_write

MINIMIZED = "--minimized"
NAME = "Ledelsesjournal"
# As resources/ledelsesjournal.desktop has them (tests/core/test_autostart.py compares).
COMMENT = "Reflect on your leadership against the Ledelsesgrundlag"
COMMENT_DA = "Reflektér over din ledelse med ledelsesgrundlaget som ramme"
ICON = "ledelsesjournal"
DESKTOP_FILE = "ledelsesjournal.desktop"
MARK = "X-Ledelsesjournal-Autostart"  # in a desktop entry the app wrote
BUNDLE_ID = "dk.ledelsesjournal.app"  # the macOS app's, as tools/build.py gives it
LABEL = "dk.ledelsesjournal.autostart"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = NAME


def enable(
    command: Sequence[str] | None = None,
    *,
    platform: str | None = None,
    folder: Path | None = None,
    registry: Any = None,
) -> None:
    """Start the app at login, minimised: ``command`` (the program and its arguments; by
    default :func:`default_command`) with ``--minimized`` added. Writes over the app's own entry;
    raises :class:`AutostartError` if the place holds one the app did not write."""
    platform = platform or sys.platform
    argv = [*(command or default_command(platform)), MINIMIZED]
    if platform == "win32":
        _windows_enable(argv, registry if registry is not None else _winreg())
    elif platform == "darwin":
        path = plist_path(folder)
        if path.exists() and not _our_plist(path):
            raise AutostartError(str(path))
        _write(path, plistlib.dumps(_launch_agent(argv)))
    else:
        path = desktop_path(folder)
        if path.exists() and _desktop_entry(path).get(MARK) != "true":
            raise AutostartError(str(path))
        _write(path, desktop_entry(argv).encode("utf-8"))


def disable(*, platform: str | None = None, folder: Path | None = None, registry: Any = None) -> bool:
    """Start the app at login no more: remove the app's own entry. True if there was one; an
    entry the app did not write is left as it is, and a missing one is no error."""
    platform = platform or sys.platform
    if platform == "win32":
        return _windows_disable(registry if registry is not None else _winreg())
    if platform == "darwin":
        path = plist_path(folder)
        ours = _our_plist(path)
    else:
        path = desktop_path(folder)
        ours = _desktop_entry(path).get(MARK) == "true"
    if not ours:
        return False
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise JournalError(f"Cannot remove {path}: {error.strerror or error}.") from error
    return True


def is_enabled(*, platform: str | None = None, folder: Path | None = None, registry: Any = None) -> bool:
    """Whether the app's own entry is there and switched on (an entry of another's is not counted)."""
    platform = platform or sys.platform
    if platform == "win32":
        return _windows_enabled(registry if registry is not None else _winreg())
    if platform == "darwin":
        return _our_plist(plist_path(folder))
    entry = _desktop_entry(desktop_path(folder))
    return (
        entry.get(MARK) == "true"
        and entry.get("Hidden") != "true"
        and entry.get("X-GNOME-Autostart-enabled") != "false"
    )


def entry_folder(platform: str | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    """Where the platform looks for what to start at login (not used on Windows)."""
    platform = platform or sys.platform
    home = Path(environ.get("HOME") or Path.home())
    if platform == "darwin":
        return home / "Library" / "LaunchAgents"
    xdg = environ.get("XDG_CONFIG_HOME")  # the XDG rule: a relative path is to be ignored
    return (Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".config") / "autostart"


def desktop_path(folder: Path | None = None) -> Path:
    return (folder or entry_folder("linux")) / DESKTOP_FILE


def plist_path(folder: Path | None = None) -> Path:
    return (folder or entry_folder("darwin")) / f"{LABEL}.plist"


def default_command(platform: str | None = None) -> list[str]:
    """How to start this very app: see the module's notes."""
    platform = platform or sys.platform
    if getattr(sys, "frozen", False):
        return [sys.executable]
    windows = platform == "win32"
    script = "ledelsesjournal-gui.exe" if windows else "ledelsesjournal"
    beside = Path(sys.executable).parent / script
    if beside.is_file():
        return [str(beside)]
    found = shutil.which(script)
    if found:
        return [str(Path(found).absolute())]
    python = Path(sys.executable)
    if windows and (python.parent / "pythonw.exe").is_file():
        python = python.parent / "pythonw.exe"  # no console window at login
    return [str(python), "-m", "journal"]


# -- Linux: a desktop entry ------------------------------------------------------------------------

# Characters that make the Desktop Entry spec's Exec key quote an argument ("Exec key"), and
# those to be escaped with a backslash inside the quotes.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def exec_line(argv: Sequence[str]) -> str:
    """``argv`` as the value of a desktop entry's Exec key, which a desktop turns back into
    exactly ``argv``: an argument with a reserved character (a space, say) in double quotes, with
    ``"``, `````, ``$`` and ``\\`` in it escaped; every ``%`` doubled (a single one starts a field
    code); then the escapes of the spec's string values (``\\\\``, ``\\n``, ``\\t``, ``\\r``)."""

    def argument(text: str) -> str:
        if text and not _RESERVED.intersection(text):
            return text
        return '"' + "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in text) + '"'

    line = " ".join(argument(text) for text in argv).replace("%", "%%")
    return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_entry(argv: Sequence[str]) -> str:
    """The desktop entry that starts ``argv`` at login."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={NAME}",
            f"Comment={COMMENT}",
            f"Comment[da]={COMMENT_DA}",
            f"Exec={exec_line(argv)}",
            f"Icon={ICON}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            f"{MARK}=true",
            "",
        ]
    )


def _desktop_entry(path: Path) -> dict[str, str]:
    """The keys of the ``[Desktop Entry]`` group of the file at ``path`` (raw values); empty if
    there is no such file or it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    keys: dict[str, str] = {}
    group = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys.setdefault(key.strip(), value.strip())
    return keys


# -- macOS: a LaunchAgent ------------------------------------------------------------------------------


def _launch_agent(argv: Sequence[str]) -> dict[str, Any]:
    return {
        "Label": LABEL,
        "ProgramArguments": list(argv),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "AssociatedBundleIdentifiers": [BUNDLE_ID],
    }


def _our_plist(path: Path) -> bool:
    try:
        agent = plistlib.loads(path.read_bytes())
    except (OSError, plistlib.InvalidFileException, ValueError):
        return False
    return isinstance(agent, dict) and agent.get("Label") == LABEL


def _write(path: Path, content: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise JournalError(f"Cannot create the folder {path.parent}: {error.strerror or error}.") from error
    with atomic_write(path, binary=True) as handle:
        handle.write(content)


# -- Windows: the registry's Run key -----------------------------------------------------------------


def _winreg() -> Any:
    import winreg  # only Windows has it

    return winreg


def _windows_enable(argv: Sequence[str], registry: Any) -> None:
    try:
        with registry.CreateKeyEx(registry.HKEY_CURRENT_USER, RUN_KEY, 0, registry.KEY_SET_VALUE) as key:
            registry.SetValueEx(key, RUN_VALUE, 0, registry.REG_SZ, subprocess.list2cmdline(argv))
    except OSError as error:
        raise JournalError(f"Cannot write HKEY_CURRENT_USER\\{RUN_KEY}: {error.strerror or error}.") from error
    _delete_value(registry, APPROVED_KEY)  # switched off in Task Manager once: on again now


def _windows_disable(registry: Any) -> bool:
    removed = _delete_value(registry, RUN_KEY)
    _delete_value(registry, APPROVED_KEY)
    return removed


def _windows_enabled(registry: Any) -> bool:
    if _read_value(registry, RUN_KEY) is None:
        return False
    approved = _read_value(registry, APPROVED_KEY)
    return not (isinstance(approved, bytes) and approved and approved[0] & 1)


def _read_value(registry: Any, subkey: str) -> Any:
    try:
        with registry.OpenKey(registry.HKEY_CURRENT_USER, subkey, 0, registry.KEY_READ) as key:
            return registry.QueryValueEx(key, RUN_VALUE)[0]
    except FileNotFoundError:
        return None


def _delete_value(registry: Any, subkey: str) -> bool:
    try:
        with registry.OpenKey(registry.HKEY_CURRENT_USER, subkey, 0, registry.KEY_SET_VALUE) as key:
            registry.DeleteValue(key, RUN_VALUE)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise JournalError(f"Cannot change HKEY_CURRENT_USER\\{subkey}: {error.strerror or error}.") from error
    return True
