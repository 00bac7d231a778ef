"""Every error the user can meet says what happened in both languages, from one catalogue."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from journal import errors
from journal.errors import ConflictError, DatabaseError, ImportFileError, JournalError, SyncError
from journal.store import explain_sqlite_error

JOURNAL = Path("/home/lene/.local/share/ledelsesjournal/journal.sqlite3")


def kinds() -> list[type[JournalError]]:
    found, todo = [], [JournalError]
    while todo:
        kind = todo.pop()
        found.append(kind)
        todo.extend(kind.__subclasses__())
    return found


def make(kind: type[JournalError]) -> JournalError:
    if issubclass(kind, DatabaseError):
        return kind(JOURNAL)
    if kind is ImportFileError:
        return kind("noter.json", "entries[3].date", "not a date")
    if kind is SyncError:
        return kind("no_such_folder", folder="/media/usb/journal")
    return kind("no reflection with id abc")


@pytest.mark.parametrize("kind", kinds(), ids=lambda kind: kind.__name__)
@pytest.mark.parametrize("language", ["da", "en"])
def test_every_kind_of_error_has_a_title_and_an_explanation_in_each_language(kind, language):
    title, text = make(kind).explained(language)
    assert title.strip() and text.strip()
    if issubclass(kind, DatabaseError):
        assert str(JOURNAL) in text


def test_a_database_error_made_without_a_message_says_the_english_of_its_kind():
    """The command line prints the same sentence the window shows in English: written once."""
    for kind in kinds():
        if issubclass(kind, DatabaseError):
            assert str(kind(JOURNAL)) == kind(JOURNAL).explained("en")[1]


def test_a_duplicate_key_is_a_conflict_not_a_journal_that_cannot_be_used():
    error = explain_sqlite_error(sqlite3.IntegrityError("UNIQUE constraint failed: reflections.uuid"), JOURNAL)
    assert isinstance(error, ConflictError)
    title, text = error.explained("da")
    assert title == "Ændringen passer ikke" and "Intet blev ændret" in text
    assert "UNIQUE constraint failed" in str(error)  # what SQLite said, for the details
    assert "cannot be used" not in str(error)


def test_errors_module_names_each_kind_once():
    assert len({kind.kind for kind in kinds()}) == len(kinds()), [k.kind for k in kinds()]
    assert errors.JournalError.kind == "general"
