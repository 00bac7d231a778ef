"""What every command shares: the argument types, the options, and the Context that resolves
what the user typed, gives the words in the chosen language (from :mod:`journal.words`; error
messages are in English, like argparse's own) and opens the store only when a command needs it."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from framework import Framework

from .. import encryption, words
from ..backup import open_journal
from ..model import STAKEHOLDERS, ReflectionFilter, now_local
from ..paths import DB_FILENAME, ensure_private_dir, resolve_data_dir
from ..store import Store

if TYPE_CHECKING:
    from ..analytics import Period

PROG = "ledelsesjournal"
PASSPHRASE_ENV = "LEDELSESJOURNAL_PASSPHRASE"


class UsageError(Exception):
    """A wrong option or value: reported in one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(f"{message} (see '{self.prog} --help')")


# -- argument types ---------------------------------------------------------------------


def parse_when(text: str) -> datetime:
    """'2026-11-27', '2026-11-27 14:30', ISO with an offset, 'today' or 'yesterday'."""
    value = text.strip().lower()
    today = now_local()
    if value in ("today", "i dag", "idag"):
        return today
    if value in ("yesterday", "i går", "igår"):
        return today - timedelta(days=1)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        pass
    else:
        if day == today.date():
            return today
        return datetime.combine(day, time(12, 0)).astimezone()
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (use YYYY-MM-DD, 'YYYY-MM-DD HH:MM' or today)"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


# Named periods, all ending today: how many days back (None: since the first reflection).
PERIODS = {"30d": 30, "quarter": 91, "year": 365, "all": None}


# -- options several commands share ------------------------------------------------------

Command = Callable[[str, str], "Parser"]  # adds a subcommand: (name, help) -> its parser


def add_filters(sub: argparse.ArgumentParser) -> None:
    """The filters of `list` and `search`."""
    sub.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="THEME",
        help="only reflections on this theme (id or name; repeat for any of several)",
    )
    sub.add_argument("--criterion", action="append", default=[], metavar="ID", help="only with this success criterion")
    sub.add_argument("--context", action="append", default=[], metavar="CONTEXT", help="only in this usage context")
    sub.add_argument("--stakeholder", action="append", default=[], choices=STAKEHOLDERS)
    sub.add_argument("--tag", action="append", default=[], help="only with this tag")
    sub.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE", help="from this date (YYYY-MM-DD)")
    sub.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE", help="up to and including this date")
    privacy = sub.add_mutually_exclusive_group()
    privacy.add_argument("--private", dest="private", action="store_const", const=True, help="only private ones")
    privacy.add_argument(
        "--not-private", dest="private", action="store_const", const=False, help="leave private ones out"
    )
    sub.add_argument("--starred", action="store_true", help="only the starred (your favourites)")
    sub.add_argument("--limit", type=positive, default=20, metavar="N", help="show at most N (default 20)")
    sub.add_argument("--trash", action="store_true", help="look in the Trash instead")
    sub.add_argument("--json", action="store_true", help="print JSON")


def add_period(sub: argparse.ArgumentParser) -> None:
    """The period of `stats` and `report`."""
    sub.add_argument(
        "--period",
        choices=PERIODS,
        help="the last 30 days, 91 days (quarter) or 365 days (year), or all since the first "
        "reflection; ends today (not with --from/--to)",
    )
    sub.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE", help="from this date (YYYY-MM-DD)")
    sub.add_argument(
        "--to", dest="date_to", type=parse_day, metavar="DATE", help="up to and including this date (default: today)"
    )


# -- running ------------------------------------------------------------------------------


class Context:
    """What a command needs: the parsed options, the framework, and the store when opened."""

    def __init__(self, args: argparse.Namespace, out: IO[str]):
        self.args = args
        self.out = out
        self.lang: str = getattr(args, "lang", None) or "da"
        self._framework: Framework | None = None
        self._earlier: dict | None = None  # earlier frameworks' words, read when first needed
        self._store: Store | None = None
        self._unlocked = False

    @property
    def framework(self) -> Framework:
        """The organisation framework the journal uses: read from it, once there is one (a
        command that only reads the framework makes no journal; until one is written, it is the
        bundled one)."""
        if self._framework is None:
            from ..organisation import bundled, framework_of

            exists = self._store is not None or (self.data_dir / DB_FILENAME).exists()
            self._framework = framework_of(self.store) if exists else bundled()
        return self._framework

    @property
    def data_dir(self) -> Path:
        """The journal's folder (--data-dir, the environment, the app's choice, or the default)."""
        return resolve_data_dir(getattr(self.args, "data_dir", None))

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_journal(ensure_private_dir(self.journal_folder()))
        return self._store

    def journal_folder(self) -> Path:
        """The data folder, unlocked first if its journal is encrypted (asking for the secret)."""
        folder = self.data_dir
        if not self._unlocked and encryption.is_encrypted(folder):
            encryption.unlock(folder, self.secret(self.word("cli.passphrase.ask")))
        self._unlocked = True
        return folder

    def secret(self, prompt: str, env: str = PASSPHRASE_ENV, option: str = "passphrase_file") -> str:
        """A passphrase (or recovery key): from the file named by --passphrase-file, else from the
        environment, else asked on the terminal without echo. A script without either is told how."""
        named = getattr(self.args, option, None)
        if named:
            try:
                lines = Path(named).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as error:
                raise UsageError(f"cannot read the passphrase file {named}: {error}") from None
            return lines[0] if lines else ""
        if os.environ.get(env):
            return os.environ[env]
        if not sys.stdin.isatty():
            raise UsageError(
                f"the journal is encrypted: give its passphrase in {env} or with --{option.replace('_', '-')} FILE"
            )
        return getpass.getpass(prompt + " ")

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def word(self, key: str, **values: object) -> str:
        """The text of ``key`` in the core's catalogue, in the language of --lang."""
        return words.word(self.lang, key, **values)

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def print_json(self, value: Any) -> None:
        self.out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")

    # -- resolving what the user typed to framework ids ---------------------------------

    @staticmethod
    def _match(text: str, kind: str, candidates: list[tuple[str, list[str]]]) -> str:
        """The id of the candidate whose id or name is ``text``, or the one it starts uniquely."""
        wanted = text.strip().lower()
        for cid, names in candidates:
            if wanted == cid or wanted in (name.lower() for name in names):
                return cid
        starts = [
            cid
            for cid, names in candidates
            if cid.startswith(wanted) or any(name.lower().startswith(wanted) for name in names)
        ]
        if len(starts) == 1 and wanted:
            return starts[0]
        raise UsageError(f"unknown {kind} {text!r} (known: {', '.join(cid for cid, _ in candidates)})")

    def theme_id(self, text: str) -> str:
        return self._match(text, "theme", [(t.id, [n for _, n in t.name.values]) for t in self.framework.themes])

    def context_id(self, text: str) -> str:
        return self._match(
            text, "usage context", [(c.id, [n for _, n in c.label.values]) for c in self.framework.usage_contexts]
        )

    def criterion_id(self, text: str) -> str:
        wanted = text.strip()
        if self.framework.has_criterion(wanted) or any(c.id == wanted for c in self.store.own_criteria()):
            return wanted
        known = ", ".join(c.id for c in self.framework.criteria())
        raise UsageError(f"unknown success criterion {text!r} (known: {known}, or an own criterion 'own:…')")

    def selection(self, text: str = "") -> ReflectionFilter:
        a = self.args
        if a.date_from and a.date_to and a.date_from > a.date_to:
            raise UsageError("--from is after --to")
        return ReflectionFilter(
            text=text,
            theme_ids=tuple(self.theme_id(t) for t in a.theme),
            criterion_ids=tuple(self.criterion_id(c) for c in a.criterion),
            context_ids=tuple(self.context_id(c) for c in a.context),
            stakeholders=tuple(a.stakeholder),
            tags=tuple(a.tag),
            private=a.private,
            starred=a.starred,
            date_from=a.date_from,
            date_to=a.date_to,
            deleted=a.trash,
        )

    def period(self, today: date) -> Period | None:
        """The period of --period, or of --from/--to (up to today without --to); None if neither."""
        from ..analytics import Period

        a = self.args
        if a.period and (a.date_from or a.date_to):
            raise UsageError("--period cannot be combined with --from or --to")
        if a.period:
            days = PERIODS[a.period]
            return Period.all_time(today) if days is None else Period.last_days(days, today)
        if not (a.date_from or a.date_to):
            return None
        end = a.date_to or today
        if a.date_from and a.date_from > end:
            raise UsageError("--from is after --to" if a.date_to else "--from is after today (give --to)")
        return Period(a.date_from, end)

    # -- names for ids -----------------------------------------------------------------------

    def theme_name(self, theme_id: str) -> str:
        if self.framework.has_theme(theme_id):
            return self.framework.theme(theme_id).name.get(self.lang)
        return self._earlier_word(theme_id)

    def criterion_text(self, criterion_id: str) -> str:
        if self.framework.has_criterion(criterion_id):
            return self.framework.criterion(criterion_id).text.get(self.lang)
        own = {c.id: c.text for c in self.store.own_criteria()}
        return own[criterion_id] if criterion_id in own else self._earlier_word(criterion_id)

    def _earlier_word(self, item_id: str) -> str:
        """The words of a theme or criterion of a framework the journal used before (a reflection
        keeps its tags through a switch), or the id where none has it."""
        from ..organisation import earlier_words

        if self._earlier is None:  # once a command: a list names many rows
            self._earlier = earlier_words(self.store)
        return self._earlier[item_id].get(self.lang) if item_id in self._earlier else item_id

    def context_label(self, context_id: str) -> str:
        if self.framework.has_context(context_id):
            return self.framework.context(context_id).label.get(self.lang)
        return self._earlier_word(context_id)
