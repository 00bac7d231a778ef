"""Where the journal lives on disk.

The same rules as Qt's ``QStandardPaths.AppDataLocation`` for this app, written without Qt so that
the command line (which must start fast and never import Qt) finds the very same folder.
Precedence: ``--data-dir`` > ``$LEDELSESJOURNAL_DATA_DIR`` > a folder the leader chose in the app
(remembered in a one-line file in the user's config folder) > the platform's user data folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

ENV_DATA_DIR = "LEDELSESJOURNAL_DATA_DIR"
DB_FILENAME = "journal.sqlite3"
CHOSEN_FILE = "data-folder"
_FOLDER = "ledelsesjournal"


def platform_data_dir(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    home = Path(environ.get("HOME") or Path.home())
    if platform == "win32":
        base = environ.get("APPDATA")
        return Path(base) / "Ledelsesjournal" if base else home / "AppData" / "Roaming" / "Ledelsesjournal"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "Ledelsesjournal"
    xdg = environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / _FOLDER


def config_dir(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    home = Path(environ.get("HOME") or Path.home())
    if platform in ("win32", "darwin"):
        return platform_data_dir(environ, platform)
    xdg = environ.get("XDG_CONFIG_HOME")
    return (Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".config") / _FOLDER


def chosen_data_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The folder chosen in the app, if any (the command line follows it too)."""
    try:
        text = (config_dir(environ) / CHOSEN_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text and Path(text).is_absolute() else None


def choose_data_dir(folder: Path | None, environ: Mapping[str, str] = os.environ) -> None:
    """Remember ``folder`` as the journal's folder from now on (None: the usual one again)."""
    target = config_dir(environ) / CHOSEN_FILE
    if folder is None:
        target.unlink(missing_ok=True)
        return
    ensure_private_dir(target.parent)
    temporary = target.with_suffix(".part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(str(folder.absolute()) + "\n")
    os.replace(temporary, target)


def resolve_data_dir(option: str | os.PathLike | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    if option:
        return Path(option).expanduser().absolute()
    if environ.get(ENV_DATA_DIR):
        return Path(environ[ENV_DATA_DIR]).expanduser().absolute()
    return chosen_data_dir(environ) or platform_data_dir(environ)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the user only.

    A folder that already exists keeps its permissions: pointing ``--data-dir`` at an existing
    folder must not change who can read it. The database files themselves are always private.
    """
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a folder")
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME
