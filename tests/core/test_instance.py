"""One window per journal: the second copy sees the lock, and a crashed copy leaves none."""

from __future__ import annotations

import stat
import subprocess
import sys

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
    code = (f"import os; from pathlib import Path; from journal.instance import InstanceLock; "
            f"assert InstanceLock(Path({str(tmp_path)!r})).acquire(); os._exit(9)")
    result = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert result.returncode == 9  # died holding the lock, without releasing it
    with InstanceLock(tmp_path) as lock:
        assert lock.acquire()


def test_asking_to_show_leaves_a_private_request(tmp_path):
    lock = InstanceLock(tmp_path)
    lock.ask_to_show()
    assert lock.show_request.exists()
    assert stat.S_IMODE(lock.show_request.stat().st_mode) == 0o600
