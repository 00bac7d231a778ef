"""The command line: the same journal without a window.

Never imports Qt (commands must start fast and work without a screen). Human-readable output by
default, ``--json`` for scripts. A bad argument or file ends in one line on stderr and a non-zero
exit (2 for usage, 1 for anything else), and nothing is changed.

Each module here registers its own commands (``register``); this one builds the parser from
them and runs a command. Building the parser imports every module here, so what only some
commands use (analytics, the readings of figures, the exporters' formats, zoneinfo) is
imported inside those commands, or named and imported when used (:data:`journal.export.EXPORTERS`):
a command pays at start only for what it runs (kept so by
tests/core/test_cli.py::test_everyday_commands_load_only_what_they_run).
"""

from __future__ import annotations

import argparse
import sys
from typing import IO

from .. import version_text
from ..errors import JournalError, NotFoundError
from ..options import add_demo_option, add_journal_options, add_minimized_option
from . import entries, figures, files, privacy, safety, syncing
from .base import PROG, Context, Parser, UsageError

__all__ = ["PROG", "UsageError", "build_parser", "main", "parse_args", "run"]
MODULES = (entries, figures, files, privacy, safety, syncing)


def build_parser() -> tuple[Parser, dict]:
    """The parser, and the function that runs each command. A parsed command carries its
    function (``handler``), so that running it needs no second parser (a build takes 15 ms)."""
    # Global options work before and after the command: SUPPRESS keeps a subcommand's
    # absent option from overwriting the value given before it.
    common = argparse.ArgumentParser(add_help=False)
    add_journal_options(common, default=argparse.SUPPRESS)
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="an encrypted journal's passphrase (or recovery key): the first line of FILE "
        "(default: $LEDELSESJOURNAL_PASSPHRASE, or asked on the terminal)",
    )

    parser = Parser(
        prog=PROG,
        parents=[common],
        description="Ledelsesjournal: a reflection journal for leaders. Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {version_text()}")
    add_demo_option(parser)
    add_minimized_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, help: str) -> Parser:
        return subparsers.add_parser(name, parents=[common], help=help, description=help)

    handlers: dict = {}
    for module in MODULES:
        handlers.update(module.register(command))
    for name, handler in handlers.items():
        subparsers.choices[name].set_defaults(handler=handler)
    return parser, handlers


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse ``argv``; raises :class:`UsageError` for a bad option."""
    return build_parser()[0].parse_args(argv)


def run(
    args: argparse.Namespace, out: IO[str] | None = None, err: IO[str] | None = None, stdin: IO[str] | None = None
) -> int:
    """Run a parsed command and return the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    ctx = Context(args, out)
    try:
        return args.handler(ctx, stdin or sys.stdin)
    except UsageError as error:
        err.write(f"{PROG} {args.command}: error: {error}\n")
        return 2
    except NotFoundError as error:
        err.write(f"{PROG} {args.command}: error: {error}\n")
        return 1
    except JournalError as error:
        err.write(f"{PROG}: error: {error}\n")
        return 1
    except BrokenPipeError:
        return 0  # e.g. `ledelsesjournal list | head`
    finally:
        ctx.close()


def main(argv: list[str] | None = None) -> int:
    """Command-line entry for the subcommands (see ``journal.__main__`` for the window)."""
    try:
        args = parse_args(argv)
    except UsageError as error:
        sys.stderr.write(f"{PROG}: error: {error}\n")
        return 2
    return run(args)
