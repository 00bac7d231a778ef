"""Build Ledelsesjournal for the platform this runs on, without Python on the user's machine.

    python tools/build.py          # the standalone app and the platform's installer
    python tools/build.py --app    # the standalone folder only

Run it on each platform: it makes a virtual environment of its own (build/standalone/venv) with
this repository and PyInstaller, freezes the app into one folder with Python, Qt, the translations,
the icons and the bundled framework inside (build/standalone/dist/ledelsesjournal), leaves out the
parts of Qt the app does not use, and makes the platform's installer:

- Linux: a Debian package (apt-get install ./ledelsesjournal_VERSION+DATE_amd64.deb) that puts the
  app in /opt/ledelsesjournal, the command in /usr/bin, the desktop file and the icon where the
  desktop finds them;
- Windows and macOS: see .github/workflows/standalone.yml (not built or verified here).

The last line printed is the path of what it made. The version and the build date are in the
installer's name, in ``--version`` and in the About box (journal/data/build.json, written here).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "standalone"
PYINSTALLER = "pyinstaller==6.22.3"  # measured with this one (see the README's standalone figures)
NAME = "ledelsesjournal"

# Qt parts the app never uses. PyInstaller collects what PySide6's own imports and plugins pull
# in; these come with plugins the app does not need (a virtual keyboard, QML, PDF viewing,
# Wayland and EGLFS backends on a desktop served by X11 and XWayland).
UNUSED_QT_MODULES = (
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "PySide6.QtPdf",
    "tkinter",
)
UNUSED_QT_FILES = (
    "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "plugins/imageformats/libqpdf.so",
    "plugins/platforms/libqeglfs.so",
    "plugins/platforms/libqwayland*",
    "plugins/wayland-*",
    "plugins/egldeviceintegrations",
    "plugins/platformthemes/libqgtk3.so",
    "lib/libQt6Qml*",
    "lib/libQt6Quick*",
    "lib/libQt6VirtualKeyboard*",
    "lib/libQt6Pdf.so*",
    "lib/libQt6Wayland*",
    "lib/libQt6WlShell*",
    "lib/libQt6EglFS*",
    "qml",
    "translations/qtwebengine*",
)
# What the frozen Qt needs of a Debian 12 or Ubuntu system (the X11 libraries Qt's xcb platform
# loads, fonts, OpenGL).
DEBIAN_DEPENDS = (
    "libc6 (>= 2.34), libegl1, libgl1, libopengl0, libglib2.0-0, libfontconfig1, libfreetype6, libdbus-1-3, "
    "libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-xinerama0, "
    "libxcb-image0, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, fonts-dejavu-core"
)  # the README's list for a bare Debian or Ubuntu (Install and run)


def run(*command: str | Path, **options) -> None:
    print("+", " ".join(map(str, command)), flush=True)
    subprocess.run([str(c) for c in command], check=True, **options)


def version() -> str:
    text = (ROOT / "journal" / "__init__.py").read_text(encoding="utf-8")
    return next(line.split('"')[1] for line in text.splitlines() if line.startswith("__version__"))


def build_venv() -> Path:
    venv = WORK / "venv"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        run(sys.executable, "-m", "venv", venv)
    run(python, "-m", "pip", "install", "--quiet", str(ROOT), PYINSTALLER)
    return python


def freeze(python: Path, built: str) -> Path:
    """The standalone folder: dist/ledelsesjournal with the executable beside _internal/."""
    info = WORK / "build.json"
    info.write_text(json.dumps({"version": version(), "built": built}) + "\n", encoding="utf-8")
    launcher = WORK / "launcher.py"
    launcher.write_text("import sys\nfrom journal.__main__ import main\nsys.exit(main())\n", encoding="utf-8")
    separator = ";" if os.name == "nt" else ":"
    command = [
        python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--name", NAME, "--windowed",
        "--distpath", WORK / "dist", "--workpath", WORK / "work", "--specpath", WORK,
        "--collect-data", "journal", "--collect-data", "framework", "--hidden-import", "journal.resources",
        "--add-data", f"{info}{separator}journal/data",
    ]  # fmt: skip
    for module in UNUSED_QT_MODULES:
        command += ["--exclude-module", module]
    icon = ROOT / "resources" / "icons" / ("ledelsesjournal.ico" if os.name == "nt" else "ledelsesjournal.icns")
    if icon.exists():
        command += ["--icon", icon]
    run(*command, launcher, cwd=WORK)  # not from the repository: the installed package, resources and all
    folder = WORK / "dist" / NAME
    qt = folder / "_internal" / "PySide6" / "Qt"
    for pattern in UNUSED_QT_FILES:
        for path in qt.glob(pattern):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    return folder


def debian_package(folder: Path, built: str) -> Path:
    """A .deb that apt-get installs on Debian 12 (and Ubuntu 22.04 and newer)."""
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    full_version = f"{version()}+{built.replace('-', '')}"
    root = WORK / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(folder, root / "opt" / NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "ledelsesjournal.desktop", applications / f"{NAME}.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "ledelsesjournal.svg", icons / f"{NAME}.svg")
    size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        f"Package: {NAME}\n"
        f"Version: {full_version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Ledelsesjournal <ledelsesjournal@users.noreply.example>\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {DEBIAN_DEPENDS}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Description: Reflection journal for leaders, on the organisation's leadership framework\n"
        " Ledelsesjournal keeps a leader's reflections, tagged with the themes and success criteria\n"
        " of the organisation's leadership framework, a personal framework and patterns over time.\n"
        " Everything stays on the computer unless exported. Python and Qt are inside.\n",
        encoding="utf-8",
    )
    package = WORK / f"{NAME}_{full_version}_{arch}.deb"
    run("dpkg-deb", "--build", "--root-owner-group", "-Zxz", root, package)
    return package


def archive(folder: Path, built: str) -> Path:
    """Where no installer is made here: the folder as an archive, named as an installer is."""
    name = WORK / f"{NAME}-{version()}+{built.replace('-', '')}-{sys.platform}-{platform.machine()}.tar.gz"
    with tarfile.open(name, "w:gz") as out:
        out.add(folder, arcname=NAME)
    return name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", action="store_true", help="the standalone folder only, no installer")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    built = datetime.now(UTC).date().isoformat()
    folder = freeze(build_venv(), built)
    if args.app:
        made = folder
    elif sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
        made = debian_package(folder, built)
    else:
        made = archive(folder, built)
    print(made)


if __name__ == "__main__":
    main()
