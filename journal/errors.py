"""Errors a user can cause or meet. Each says what happened and what to do.

Every kind has its title and its explanation in the core's word catalogue (``error.<kind>.title``
and ``error.<kind>.text`` in journal/data/words), in Danish and English: :meth:`explained` gives
them in a language, the window shows them in its own, and an error made without a message of its
own takes the English one (what the command line prints). So the sentence that says a journal is
in use is written once, not once in the store and again in the window.
"""

from __future__ import annotations

from .words import word


class JournalError(Exception):
    """Base of every error the app reports to the user instead of crashing."""

    kind = "general"

    def explained(self, language: str) -> tuple[str, str]:
        """A title and a sentence or two, in ``language``; the message itself is the detail."""
        return word(language, f"error.{self.kind}.title"), str(self)


class DatabaseError(JournalError):
    """The journal database cannot be used; ``path`` is the file concerned."""

    kind = "database"

    def __init__(self, path, message: str | None = None, detail: str = ""):
        """``message``: what to print instead of the kind's own text; ``detail``: what SQLite (or
        the system) said, added in brackets to the kind's own text."""
        self.path = path
        if message is None:
            message = self._text("en") + (f" ({detail})" if detail else "")
        super().__init__(message)

    def _text(self, language: str) -> str:
        where = str(self.path) if self.path else word(language, "error.the_journal")
        return word(language, f"error.{self.kind}.text", where=where)

    def explained(self, language: str) -> tuple[str, str]:
        return word(language, f"error.{self.kind}.title"), self._text(language)


class NewerDatabaseError(DatabaseError):
    """Written by a newer version of the app; it is left untouched."""

    kind = "newer"


class NotAJournalError(DatabaseError):
    """The file is an SQLite database, but not one of ours."""

    kind = "not_a_journal"


class CorruptDatabaseError(DatabaseError):
    """The file is not a readable SQLite database."""

    kind = "corrupt"


class DamagedJournalError(CorruptDatabaseError):
    """Damage inside a journal that can still be read: it is read, exported and backed up as far
    as it can be, and never written to, so that the damage does not spread."""

    kind = "damaged"


class LockedDatabaseError(DatabaseError):
    """Another program holds the database and did not let go in time."""

    kind = "locked"


class WriteError(DatabaseError):
    """Saving failed (disk full, read-only folder, ...); nothing already saved was lost."""

    kind = "write"


class DiskFullError(WriteError):
    """The disk holding the journal is full."""

    kind = "disk_full"


class ReadOnlyError(WriteError):
    """The journal's file or folder cannot be written."""

    kind = "read_only"


class ConflictError(WriteError):
    """A change the journal's own rules refuse (a second reflection with the same id, say):
    nothing was changed. Not "the journal cannot be used", which is what it used to say."""

    kind = "conflict"


class PassphraseNeededError(DatabaseError):
    """The journal is encrypted and was not unlocked: its passphrase (or recovery key) is needed."""

    kind = "passphrase_needed"


class EncryptionUnavailableError(DatabaseError):
    """This installation has no SQLCipher (no wheel of sqlcipher3 for this system)."""

    kind = "encryption_unavailable"


class WrongSecretError(JournalError):
    """Neither the passphrase nor the recovery key given opens the journal. Nothing changed."""

    kind = "wrong_passphrase"


class KeyFileError(JournalError):
    """The key file beside an encrypted journal is missing or cannot be read."""

    kind = "key_file"


class WeakPassphraseError(JournalError):
    """A passphrase too short to protect the journal."""

    kind = "weak_passphrase"


class NotFoundError(JournalError):
    """No reflection (or other item) with the given id."""

    kind = "not_found"

    def explained(self, language: str) -> tuple[str, str]:
        return word(language, "error.not_found.title"), word(language, "error.not_found.text")


class ImportFileError(JournalError):
    """A file to import cannot be used; the message names the file and the place."""

    kind = "import"

    def __init__(self, file: str, place: str, problem: str):
        self.file = file
        self.place = place
        self.problem = problem
        where = f"{file}: {place}" if place else file
        super().__init__(f"{where}: {problem}")

    def explained(self, language: str) -> tuple[str, str]:
        return word(language, "error.import.title"), word(
            language, "error.import.text", file=self.file, problem=self.problem, place=self.place or "—"
        )


class AutostartError(JournalError):
    """Start at login cannot be switched on: ``place`` (a file, or a registry value) holds an
    entry the app did not write, and the app does not replace or remove what is not its own."""

    kind = "autostart"

    def __init__(self, place: str):
        self.place = str(place)
        super().__init__(word("en", "error.autostart.text", place=self.place))

    def explained(self, language: str) -> tuple[str, str]:
        return word(language, "error.autostart.title"), word(language, "error.autostart.text", place=self.place)


class SyncError(JournalError):
    """Syncing through a folder cannot go on: ``reason`` says why (a word of its own in the
    catalogue, ``error.sync.<reason>``), with what the words need (the folder, say)."""

    kind = "sync"

    def __init__(self, reason: str, detail: str = "", **params: str):
        self.reason = reason
        self.params = params
        self.detail = detail
        text = word("en", f"error.sync.{reason}", **params)
        super().__init__(f"{text} ({detail})" if detail else text)

    def explained(self, language: str) -> tuple[str, str]:
        return word(language, "error.sync.title"), word(language, f"error.sync.{self.reason}", **self.params)
