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
- Windows: a per-user setup program (no administrator rights) made with Inno Setup, with a
  Start-menu entry and an uninstaller;
- macOS: a disk image (DMG) holding Ledelsesjournal.app.

The Windows and macOS builds run in .github/workflows/standalone.yml on hosted machines; they
were not built or run here (see the README).

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
PILLOW = "pillow"  # for PyInstaller to make the .ico and .icns from a PNG
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
    run(python, "-m", "pip", "install", "--quiet", str(ROOT), PYINSTALLER, PILLOW)
    return python


def icon_png(python: Path) -> Path:
    """The app's icon as a 512-pixel PNG, drawn from its SVG by Qt, and as an .ico beside it
    (PyInstaller turns the PNG into the .ico or .icns a platform wants, with Pillow)."""
    png = WORK / "ledelsesjournal.png"
    svg = ROOT / "resources" / "icons" / "ledelsesjournal.svg"
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter, QColor\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication([])\n"
        "image = QImage(512, 512, QImage.Format.Format_ARGB32)\n"
        "image.fill(QColor(0, 0, 0, 0))\n"
        "painter = QPainter(image)\n"
        "QSvgRenderer(sys.argv[1]).render(painter)\n"
        "painter.end()\n"
        "assert image.save(sys.argv[2])\n"
        "from PIL import Image\n"  # the Windows setup program's icon (Inno Setup takes .ico only)
        "Image.open(sys.argv[2]).save(sys.argv[2][:-4] + '.ico', sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])\n"
    )
    run(python, "-c", script, svg, png, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return png


# PyInstaller's recipe for the app: one analysis of the launcher, frozen as the app's program and,
# on Windows, a second program beside it for the command line. A Windows program either has a
# console or it has none; the app's has none (no black window behind it), and so cannot print, so
# ledelsesjournal-cli.exe (with a console) is the command line there. Both share the folder's
# Python and Qt, so the second adds only itself (a few MB). On macOS the folder becomes an .app.
SPEC = """\
# Written by tools/build.py; run with PyInstaller. See SPEC there.
from PyInstaller.utils.hooks import collect_data_files

datas = [({info!r}, "journal/data")] + collect_data_files("journal") + collect_data_files("framework")
a = Analysis([{launcher!r}], datas=datas, hiddenimports=["journal.resources"], excludes={excludes!r})
pyz = PYZ(a.pure)
programs = [EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r}, console=False, icon=[{icon!r}])]
if {command_line!r}:
    programs.append(
        EXE(pyz, a.scripts, [], exclude_binaries=True, name={command_line!r}, console=True, icon=[{icon!r}])
    )
folder = COLLECT(*programs, a.binaries, a.datas, name={name!r})
if {bundle!r}:
    app = BUNDLE(folder, name={bundle!r}, icon={icon!r}, bundle_identifier="dk.ledelsesjournal.app")
"""
COMMAND_LINE = f"{NAME}-cli"  # Windows only: the program with a console


def spec(info: Path, launcher: Path, icon: Path, platform_name: str) -> str:
    """The recipe (SPEC) for this platform (``sys.platform``)."""
    return SPEC.format(
        info=str(info),
        launcher=str(launcher),
        excludes=list(UNUSED_QT_MODULES),
        name=NAME,
        icon=str(icon),
        command_line=COMMAND_LINE if platform_name == "win32" else "",
        bundle=f"{NAME}.app" if platform_name == "darwin" else "",
    )


def freeze(python: Path, built: str, icon: Path) -> Path:
    """The standalone folder: dist/ledelsesjournal with the executable beside _internal/."""
    info = WORK / "build.json"
    info.write_text(json.dumps({"version": version(), "built": built}) + "\n", encoding="utf-8")
    launcher = WORK / "launcher.py"
    launcher.write_text("import sys\nfrom journal.__main__ import main\nsys.exit(main())\n", encoding="utf-8")
    recipe = WORK / f"{NAME}.spec"
    recipe.write_text(spec(info, launcher, icon, sys.platform), encoding="utf-8")
    run(
        python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", WORK / "dist", "--workpath", WORK / "work", recipe,
        cwd=WORK,  # not from the repository: the installed package, resources and all
    )  # fmt: skip
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


def inno_script(folder: Path, built: str, icon: Path) -> str:
    """The Inno Setup script of the Windows setup program: installed for the user alone (no
    administrator), in the Start menu, with an uninstaller that removes the app and leaves the
    leader's journal (in her own data folder) alone."""
    launch = (
        f'Filename: "{{app}}\\{NAME}.exe"; Description: "{{cm:LaunchProgram,Ledelsesjournal}}"; '
        "Flags: nowait postinstall skipifsilent"
    )
    return f"""\
[Setup]
AppId={{{{6F1C1E2A-3B7D-4E0B-9B51-6C2D8E4F7A10}}
AppName=Ledelsesjournal
AppVersion={version()}+{built.replace("-", "")}
AppPublisher=Ledelsesjournal
DefaultDirName={{localappdata}}\\Programs\\Ledelsesjournal
DefaultGroupName=Ledelsesjournal
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir={WORK}
OutputBaseFilename={NAME}-{version()}+{built.replace("-", "")}-windows-setup
Compression=lzma2
SolidCompression=yes
SetupIconFile={icon.with_suffix(".ico")}
UninstallDisplayIcon={{app}}\\{NAME}.exe
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{folder}\\*"; DestDir: "{{app}}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{{userprograms}}\\Ledelsesjournal"; Filename: "{{app}}\\{NAME}.exe"
Name: "{{userdesktop}}\\Ledelsesjournal"; Filename: "{{app}}\\{NAME}.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{{cm:CreateDesktopIcon}}"; Flags: unchecked

[Run]
{launch}
"""


def windows_setup(folder: Path, built: str, icon: Path) -> Path:
    compiler = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(compiler).exists() and not shutil.which("iscc"):
        raise SystemExit("Inno Setup's compiler (iscc) was not found: install Inno Setup 6 (choco install innosetup)")
    script = WORK / f"{NAME}.iss"
    script.write_text(inno_script(folder, built, icon), encoding="utf-8-sig")
    run(compiler, script)
    return WORK / f"{NAME}-{version()}+{built.replace('-', '')}-windows-setup.exe"


def mac_disk_image(built: str) -> Path:
    app = WORK / "dist" / f"{NAME}.app"
    image = WORK / f"{NAME}-{version()}+{built.replace('-', '')}-macos-{platform.machine()}.dmg"
    run("hdiutil", "create", "-volname", "Ledelsesjournal", "-srcfolder", app, "-ov", "-format", "UDZO", image)
    return image


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
    python = build_venv()
    icon = icon_png(python)
    folder = freeze(python, built, icon)
    if args.app:
        made = folder
    elif sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
        made = debian_package(folder, built)
    elif sys.platform == "win32":
        made = windows_setup(folder, built, icon)
    elif sys.platform == "darwin":
        made = mac_disk_image(built)
    else:
        made = archive(folder, built)
    print(made)


if __name__ == "__main__":
    main()
