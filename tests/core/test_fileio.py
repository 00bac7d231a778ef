"""Writing a file whole or not at all, and clearing what writes that were killed left beside it."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from journal import fileio
from journal.errors import JournalError
from journal.fileio import atomic_write
from tests.factories import dead_pid

HOUR = 3600


def temporaries(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir() if ".part" in path.name}


def left(folder: Path, name: str, age: float = 2 * HOUR) -> Path:
    """A file as a write left it, last written ``age`` seconds ago."""
    path = folder / name
    path.write_text('{"reflections": [')
    when = time.time() - age
    os.utime(path, (when, when))
    return path


def test_a_file_is_written_whole_and_private_and_nothing_is_left_beside_it(tmp_path):
    target = tmp_path / "udtræk.json"
    with atomic_write(target) as handle:
        handle.write("æ, ø og å\n")
        assert temporaries(tmp_path) and all(f".{fileio.MARK}-{os.getpid()}-" in n for n in temporaries(tmp_path))
    assert target.read_text(encoding="utf-8") == "æ, ø og å\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert {p.name for p in tmp_path.iterdir()} == {"udtræk.json"}


def test_a_write_that_fails_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "udtræk.json"
    target.write_text("the old one")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write("half")
        raise RuntimeError("stopped")
    assert target.read_text() == "the old one" and {p.name for p in tmp_path.iterdir()} == {"udtræk.json"}
    with pytest.raises(JournalError, match="Cannot write"), atomic_write(tmp_path / "missing" / "x.json"):
        pass


def test_the_next_write_into_a_folder_removes_what_killed_writes_left_there(tmp_path):
    dead = dead_pid()
    killed = [
        left(tmp_path, f".udtræk.json.{fileio.MARK}-{dead}-k1ll3d_x.part"),
        left(tmp_path, f".noget-andet.pdf.{fileio.MARK}-{dead}-abcdefgh.part"),  # any target's
        left(tmp_path, f".kopi.sqlite3.{fileio.MARK}-{dead}-abcdefgh.part-journal"),
    ]  # and SQLite's beside it
    with atomic_write(tmp_path / "udtræk.json") as handle:
        handle.write("{}")
    assert not any(path.exists() for path in killed)
    assert {p.name for p in tmp_path.iterdir()} == {"udtræk.json"}


def test_a_living_process_s_temporary_file_is_never_removed(tmp_path):
    kept = [
        left(tmp_path, f".udtræk.json.{fileio.MARK}-{os.getppid()}-abcdefgh.part", age=48 * HOUR),
        left(tmp_path, f".udtræk.json.{fileio.MARK}-{os.getpid()}-abcdefgh.part", age=48 * HOUR),
    ]
    # A process that ended, but wrote since this one started: its id may be one this process cannot
    # see (another computer writing to a shared folder), so it may be alive.
    kept.append(left(tmp_path, f".udtræk.json.{fileio.MARK}-{dead_pid()}-abcdefgh.part", age=0))
    with atomic_write(tmp_path / "udtræk.json") as handle:
        handle.write("{}")
    assert all(path.exists() for path in kept)


def test_temporary_files_of_earlier_versions_go_once_an_hour_old_beside_the_same_target(tmp_path):
    old = left(tmp_path, ".udtræk.json.k1ll3d_x.part")
    recent = left(tmp_path, ".udtræk.json.abcdefgh.part", age=60)
    other = left(tmp_path, ".noter.json.abcdefgh.part")  # perhaps another program's: not named for this target
    unrelated = [left(tmp_path, name) for name in ("film.mkv.part", ".udtræk.json.part", "udtræk.json.abcdefgh.part")]
    with atomic_write(tmp_path / "udtræk.json") as handle:
        handle.write("{}")
    assert not old.exists()
    assert all(path.exists() for path in (recent, other, *unrelated))


def test_removing_leftovers_in_a_folder_that_is_not_there_is_nothing(tmp_path):
    fileio.remove_leftovers(tmp_path / "missing")
