"""The options every start takes, and the window's start read without the command line.

Building the command line's parser imports every command and what it needs (analytics, the
exporters, the importers): 40 to 70 ms a leader would wait for at every start of the window,
which uses none of it. So ``journal.__main__`` first asks :func:`window_options`; only a command,
a bad option, ``--help`` or ``--version`` goes on to the command line's parser, which reads the
same options from :func:`add_journal_options` and gives the same answers and errors.
"""

from __future__ import annotations

import argparse
from typing import Any

from framework import LANGUAGES

from .paths import ENV_DATA_DIR


def add_journal_options(parser: argparse.ArgumentParser, default: Any = None) -> None:
    """``--data-dir`` and ``--lang``: which journal, in which language."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=f"the folder holding the journal (default: ${ENV_DATA_DIR}, or your user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help="language of the interface and of the framework's texts (default: da)",
    )


def add_demo_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway journal filled with a year of sample reflections (never your own)",
    )


def add_minimized_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start the window minimised, as when Ledelsesjournal starts at login",
    )


def add_framework_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--framework",
        metavar="FILE",
        help="open the window and offer FILE, a leadership framework handed out by your organisation, "
        "to be the journal's (as opening the file with the app does)",
    )


class _NotTheWindow(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str):  # never print or exit: the command line's parser will say it
        raise _NotTheWindow(message)


def window_options(argv: list[str]) -> argparse.Namespace | None:
    """The options, when ``argv`` opens the window and nothing else; otherwise None."""
    parser = _WindowParser(add_help=False)
    add_journal_options(parser)
    add_demo_option(parser)
    add_minimized_option(parser)
    add_framework_option(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotTheWindow:
        return None
    if rest:  # a command, --help, --version or something unknown
        return None
    args.command = None
    return args
