"""The guard in tests/conftest.py works: no test can open a socket unnoticed."""

from __future__ import annotations

import ctypes
import os
import socket
import sys
from pathlib import Path

import pytest

from tests.conftest import SocketBlocked

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open sockets are read from /proc")


def test_python_sockets_and_name_lookups_are_refused(socket_guard):
    with pytest.raises(SocketBlocked):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(SocketBlocked):
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with pytest.raises(SocketBlocked):
        socket.socketpair()
    with pytest.raises(SocketBlocked):
        socket.getaddrinfo("example.org", 443)
    assert len(socket_guard.take()) == 4  # taken, so this test passes


@linux_only
def test_sockets_opened_outside_python_are_found(socket_guard):
    """As Qt's C++ would open one: through the C library, never seeing Python's socket module."""
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.socket(socket.AF_INET, socket.SOCK_STREAM, 0)
    assert fd >= 0, os.strerror(ctypes.get_errno())
    try:
        assert len(socket_guard.new_sockets()) == 1
    finally:
        os.close(fd)
    assert socket_guard.new_sockets() == []


@linux_only
def test_a_test_that_opens_a_socket_fails_even_if_it_swallows_the_error(pytester):
    pytester.makeconftest((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(
        """
        import ctypes, socket

        def test_swallows_the_error():
            try:
                socket.create_connection(("127.0.0.1", 9))
            except Exception:
                pass

        def test_leaves_a_socket_of_the_c_library_open():
            assert ctypes.CDLL(None).socket(socket.AF_UNIX, socket.SOCK_STREAM, 0) >= 0

        def test_opens_nothing():
            pass
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_swallows_the_error*",
            "*no test may open a socket; this one did: socket.getaddrinfo(*",
            "*ERROR at teardown of test_leaves_a_socket_of_the_c_library_open*",
            "*this one did: left open: unix socket (inode *)",
        ]
    )
