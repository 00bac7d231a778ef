"""One window per journal: the second copy sees the lock, and a crashed copy leaves none."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from journal.instance import InstanceLock


def test_a_second_copy_cannot_take_the_lock_until_the_first_lets_go(tmp_path):
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()
    assert stat.S_IMODE((tmp_path / "journal.lock").stat().st_mode) == 0o600


def test_the_lock_goes_with_a_process_that_dies(tmp_path):
    code = (
        f"import os; from pathlib import Path; from journal.instance import InstanceLock; "
        f"assert InstanceLock(Path({str(tmp_path)!r})).acquire(); os._exit(9)"
    )
    result = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert result.returncode == 9  # died holding the lock, without releasing it
    with InstanceLock(tmp_path) as lock:
        assert lock.acquire()


def test_asking_to_show_leaves_a_private_request(tmp_path):
    lock = InstanceLock(tmp_path)
    lock.ask_to_show()
    assert lock.show_request.exists()
    assert stat.S_IMODE(lock.show_request.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="a folder's permissions are POSIX here")
def test_a_folder_that_cannot_be_written_needs_no_lock_and_gets_none(tmp_path):
    """No copy of the app can write a journal there (see Store.read_only): the window opens on it
    to read, instead of dying of a PermissionError while making its lock file."""
    from tests.core.test_damage import _as_owner

    root = Path(__file__).resolve().parents[2]
    os.chmod(tmp_path, 0o500)
    try:
        taken = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from journal.instance import InstanceLock\n"
                "lock = InstanceLock(Path(sys.argv[1])); print(lock.acquire(), lock.acquire()); lock.release()",
                str(tmp_path),
            ],
            cwd=root,
            capture_output=True,
            text=True,
            preexec_fn=_as_owner,
            timeout=60,
        )
        assert taken.stdout.strip() == "True True", taken.stderr
        assert list(tmp_path.iterdir()) == []
    finally:
        os.chmod(tmp_path, 0o700)
