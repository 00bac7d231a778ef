"""Shared test setup: nothing a test does may touch the user's real files."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """Point every user folder (data, config, settings) at a temporary one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("LEDELSESJOURNAL_DATA_DIR", str(home / "journal-data"))
    return home
