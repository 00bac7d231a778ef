"""Opening the window reads its options without building the command line (see journal.options)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal.options import window_options

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "argv,expected",
    [
        ([], {"data_dir": None, "lang": None, "demo": False}),
        (["--data-dir", "/tmp/j", "--lang", "en"], {"data_dir": "/tmp/j", "lang": "en", "demo": False}),
        (["--lang=da", "--demo"], {"data_dir": None, "lang": "da", "demo": True}),
        (["--data-dir", "list"], {"data_dir": "list", "lang": None, "demo": False}),  # a folder named like a command
        (["--minimized"], {"data_dir": None, "demo": False, "minimized": True}),  # as started at login
        ([], {"minimized": False}),
    ],
)
def test_the_window_options(argv, expected):
    args = window_options(argv)
    assert args is not None and args.command is None
    assert {key: getattr(args, key) for key in expected} == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["--data-dir", "/tmp/j", "search", "møde"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--lang", "de"],
        ["--data-dir"],
        ["--colour"],
        ["--demo", "stats"],
        ["--minimized", "list"],
    ],
)
def test_anything_else_goes_to_the_command_line(argv):
    assert window_options(argv) is None


def test_the_window_is_opened_without_building_the_command_line(tmp_path):
    """The start of the window imports none of the commands (a stand-in for journal.app records it)."""
    fake_app = tmp_path / "fake_app.py"
    fake_app.write_text(
        "import json, sys\n"
        "def run_app(args):\n"
        "    print(json.dumps({'data_dir': args.data_dir, 'lang': args.lang,\n"
        "                      'cli': sorted(m for m in sys.modules if m.startswith('journal.cli'))}))\n"
        "    return 0\n",
        encoding="utf-8",
    )
    code = (
        "import sys, fake_app; sys.modules['journal.app'] = fake_app; "
        "from journal.__main__ import main; print(main(['--data-dir', 'min journal', '--lang', 'en']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{tmp_path}"},
    )
    assert result.returncode == 0, result.stderr
    seen, code = result.stdout.splitlines()
    assert json.loads(seen) == {"data_dir": "min journal", "lang": "en", "cli": []}
    assert code == "0"
