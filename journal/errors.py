"""Errors a user can cause or meet. Each message says what happened and what to do."""


class JournalError(Exception):
    """Base of every error the app reports to the user instead of crashing."""


class DatabaseError(JournalError):
    """The journal database cannot be used; ``path`` is the file concerned."""

    def __init__(self, path, message: str):
        self.path = path
        super().__init__(message)


class NewerDatabaseError(DatabaseError):
    """Written by a newer version of the app; it is left untouched."""


class NotAJournalError(DatabaseError):
    """The file is an SQLite database, but not one of ours."""


class CorruptDatabaseError(DatabaseError):
    """The file is not a readable SQLite database."""


class DamagedJournalError(CorruptDatabaseError):
    """Damage inside a journal that can still be read: it is read, exported and backed up as far
    as it can be, and never written to, so that the damage does not spread."""


class LockedDatabaseError(DatabaseError):
    """Another program holds the database and did not let go in time."""


class WriteError(DatabaseError):
    """Saving failed (disk full, read-only folder, ...); nothing already saved was lost."""


class NotFoundError(JournalError):
    """No reflection (or other item) with the given id."""


class ImportFileError(JournalError):
    """A file to import cannot be used; the message names the file and the place."""

    def __init__(self, file: str, place: str, problem: str):
        self.file = file
        self.place = place
        self.problem = problem
        where = f"{file}: {place}" if place else file
        super().__init__(f"{where}: {problem}")
