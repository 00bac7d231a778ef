"""Where the journal lives, and that it is created private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from journal.paths import ENV_DATA_DIR, ensure_private_dir, platform_data_dir, resolve_data_dir


def test_option_beats_environment_beats_platform(tmp_path):
    env = {ENV_DATA_DIR: str(tmp_path / "env"), "HOME": str(tmp_path)}
    assert resolve_data_dir(tmp_path / "opt", env) == tmp_path / "opt"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    assert resolve_data_dir(None, {"HOME": str(tmp_path)}) == platform_data_dir({"HOME": str(tmp_path)})


def test_platform_folders(tmp_path):
    home = {"HOME": "/home/mette"}
    assert platform_data_dir(home, "linux") == Path("/home/mette/.local/share/ledelsesjournal")
    assert platform_data_dir({**home, "XDG_DATA_HOME": "/data"}, "linux") == Path("/data/ledelsesjournal")
    assert platform_data_dir({**home, "XDG_DATA_HOME": "relative"}, "linux") == Path(
        "/home/mette/.local/share/ledelsesjournal"
    )
    assert platform_data_dir(home, "darwin") == Path("/home/mette/Library/Application Support/Ledelsesjournal")
    assert platform_data_dir({"APPDATA": r"C:\Users\m\AppData\Roaming"}, "win32").name == "Ledelsesjournal"


def test_new_folders_are_private_existing_ones_keep_their_mode(tmp_path):
    os.chmod(tmp_path, 0o755)
    created = ensure_private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(created.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
    ensure_private_dir(tmp_path)
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_a_folder_chosen_in_the_app_is_remembered_for_the_cli_too(tmp_path):
    from journal.paths import choose_data_dir, chosen_data_dir

    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    assert chosen_data_dir(env) is None
    choose_data_dir(tmp_path / "elsewhere", env)
    assert resolve_data_dir(None, env) == tmp_path / "elsewhere"
    assert resolve_data_dir(tmp_path / "opt", env) == tmp_path / "opt"  # --data-dir still wins
    assert resolve_data_dir(None, {**env, ENV_DATA_DIR: str(tmp_path / "env")}) == tmp_path / "env"
    remembered = tmp_path / "config" / "ledelsesjournal" / "data-folder"
    assert stat.S_IMODE(remembered.stat().st_mode) == 0o600
    choose_data_dir(None, env)
    assert resolve_data_dir(None, env) == platform_data_dir(env)
