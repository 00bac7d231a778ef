"""The retention rule: reflections older than the chosen years, listed and deleted for good."""

from __future__ import annotations

from datetime import date

from journal import retention
from journal.model import ReflectionFilter
from journal.store import Store
from tests.factories import at, reflection


def test_the_cutoff_and_when_to_ask():
    assert retention.cutoff(date(2026, 12, 2), 3) == date(2023, 12, 2)
    assert retention.cutoff(date(2028, 2, 29), 1) == date(2027, 2, 28)
    assert not retention.time_to_ask(0, None, date(2026, 12, 2))  # off by default
    assert retention.time_to_ask(3, None, date(2026, 12, 2))
    assert not retention.time_to_ask(3, date(2026, 1, 5), date(2026, 12, 2))
    assert retention.time_to_ask(3, date(2025, 12, 1), date(2026, 12, 2))
    assert retention.time_to_ask(3, date(2027, 1, 1), date(2026, 12, 2))  # a date in the future: the clock moved


def test_old_reflections_are_listed_with_the_trash_and_erased():
    with Store.memory() as store:
        store.create(reflection(title="Ny", body="qzxnew", entry_at=at(2026, 6, 1)))
        store.create(reflection(title="Gammel", body="qzxold", entry_at=at(2022, 6, 1)))
        trashed = store.create(reflection(title="Gammel i papirkurven", entry_at=at(2021, 1, 1)))
        store.delete(trashed.uuid)
        old = retention.due(store, 3, date(2026, 12, 2))
        assert [r.title for r in old] == ["Gammel i papirkurven", "Gammel"]
        assert retention.due(store, 0, date(2026, 12, 2)) == []
        assert retention.apply(store, old) == 2
        assert [r.title for r in store.list()] == ["Ny"]
        assert store.count(ReflectionFilter(deleted=True)) == 0
        assert store.count(ReflectionFilter(text="qzxold")) == 0


def test_the_command_line_lists_then_deletes(capsys, tmp_path):
    from tests.core.test_cli import run as cli

    folder = str(tmp_path / "data")
    assert cli(capsys, "--data-dir", folder, "add", "-t", "Gammel", "--date", "2020-05-01")[0] == 0
    assert cli(capsys, "--data-dir", folder, "add", "-t", "Ny")[0] == 0
    code, out, _ = cli(capsys, "--data-dir", folder, "--lang", "en", "retention", "--years", "2")
    assert code == 0 and "Gammel" in out and "Reflections older than 2 years: 1." in out and "Ny" not in out
    code, out, _ = cli(capsys, "--data-dir", folder, "--lang", "en", "retention", "--years", "2", "--yes")
    assert code == 0 and "Deleted for good: 1." in out
    code, out, _ = cli(capsys, "--data-dir", folder, "list")
    assert "Gammel" not in out and "Ny" in out
