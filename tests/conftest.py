"""Shared test setup: nothing a test does may touch the user's real files, or open a socket."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]  # tests/core/test_no_network.py runs the guard below in a pytest of its own


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """Point every user folder (data, config, settings) at a temporary one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("LEDELSESJOURNAL_DATA_DIR", str(home / "journal-data"))
    return home


@pytest.fixture
def fast_kdf(monkeypatch):
    """scrypt at a test's cost for the key file (journal.keys); the real parameters are checked in
    tests/core/test_encryption.py. Written into each key file, so unlocking costs the same."""
    from journal import keys

    monkeypatch.setattr(keys, "PASSPHRASE_KDF", {"n": 2**10, "r": 8, "p": 1})
    monkeypatch.setattr(keys, "RECOVERY_KDF", {"n": 2**10, "r": 8, "p": 1})


# -- no network ----------------------------------------------------------------------------
#
# The app opens no network connection, ever. Python's socket module refuses every socket and
# name lookup during the tests, and after each test the process's open descriptors are compared
# with those before it, which also finds sockets opened outside Python (by Qt's C++, say) and
# still open when the test ends.
# Either fails the test, even when the code under test swallowed the error.


class SocketBlocked(RuntimeError):
    """What the tests' socket module raises instead of opening a socket."""


_BLOCKED = ("socketpair", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo")
_FD = Path("/proc/self/fd")
_KINDS = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "unix", "netlink", "packet")


class SocketGuard:
    def __init__(self):
        self.attempts: list[str] = []
        self.known = self.open_sockets()

    def refuse(self, name: str):
        def refused(*args, **kwargs):
            self.attempts.append(f"socket.{name}{args!r}")
            raise SocketBlocked(
                f"the app opens no network connection, and no test may open a socket: socket.{name}{args!r}"
            )

        return refused

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(socket.socket, "__init__", self.refuse("socket"))
        for name in _BLOCKED:
            monkeypatch.setattr(socket, name, self.refuse(name))

    def take(self) -> list[str]:
        """The attempts since the last call (a test that expects one takes it, and passes)."""
        attempts, self.attempts = self.attempts, []
        return attempts

    @staticmethod
    def open_sockets() -> set[int]:
        """The inodes of this process's open sockets; empty where /proc is not there to tell."""
        found = set()
        if sys.platform.startswith("linux") and _FD.is_dir():
            for fd in os.listdir(_FD):
                try:
                    target = os.readlink(_FD / fd)
                except OSError:  # closed meanwhile (listdir's own descriptor is one)
                    continue
                if target.startswith("socket:["):
                    found.add(int(target[8:-1]))
        return found

    def new_sockets(self) -> list[str]:
        """Sockets open now that were not at the last :meth:`settle`, with their kind when the
        kernel lists it (a socket not yet bound or connected is in none of its tables)."""
        new = self.open_sockets() - self.known
        if not new:
            return []
        kinds = {}
        for kind in _KINDS:
            try:
                table = Path(f"/proc/self/net/{kind}").read_text()
            except OSError:
                continue
            for line in table.splitlines()[1:]:
                for inode in new & {int(field) for field in line.split() if field.isdigit()}:
                    kinds[inode] = kind
        return [f"{kinds.get(inode, 'a')} socket (inode {inode})" for inode in sorted(new)]

    def settle(self) -> None:
        self.known = self.open_sockets()


@pytest.fixture(scope="session", autouse=True)
def socket_guard():
    guard = SocketGuard()
    with pytest.MonkeyPatch.context() as monkeypatch:
        guard.install(monkeypatch)
        yield guard


@pytest.fixture(autouse=True)
def no_sockets(socket_guard):
    """Fail the test (at its teardown) that opened a socket or tried to."""
    yield
    problems = socket_guard.take() + [f"left open: {s}" for s in socket_guard.new_sockets()]
    socket_guard.settle()  # reported once: the next test is judged by what it opens itself
    if problems:
        pytest.fail(
            "The app opens no network connection, and no test may open a socket; this one did: " + "; ".join(problems),
            pytrace=False,
        )
