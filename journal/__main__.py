"""``ledelsesjournal`` and ``python -m journal``: a command runs headless; no command opens the window.

This is the top of the house, beside ``journal.app``: the only place that decides between the
Qt-free command line and the window. Qt is imported only when the window is wanted, and the
command line only when a command is (see ``journal.options``).
"""

from __future__ import annotations

import argparse
import sys

from .options import window_options


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    window = window_options(argv)
    if window is not None:
        return _open_window(window)
    from . import cli

    try:
        args = cli.parse_args(argv)
    except cli.UsageError as error:
        sys.stderr.write(f"{cli.PROG}: error: {error}\n")
        return 2
    if args.demo and args.command is not None:
        sys.stderr.write(
            f"{cli.PROG}: error: --demo opens the window with sample data; it does not go with '{args.command}'\n"
        )
        return 2
    if args.minimized and args.command is not None:
        sys.stderr.write(
            f"{cli.PROG}: error: --minimized starts the window minimised; it does not go with '{args.command}'\n"
        )
        return 2
    if args.command is None:  # what window_options left to the full parser, such as a lone "--"
        return _open_window(args)
    return cli.run(args)


def _open_window(args: argparse.Namespace) -> int:
    from .app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
