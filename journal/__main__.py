"""``ledelsesjournal`` and ``python -m journal``: a command runs headless; no command opens the window.

This is the top of the house, beside ``journal.app``: the only place that decides between the
Qt-free command line and the window. Qt is imported only when the window is wanted.
"""

from __future__ import annotations

import sys

from . import cli


def main(argv: list[str] | None = None) -> int:
    try:
        args = cli.parse_args(argv)
    except cli.UsageError as error:
        sys.stderr.write(f"{cli.PROG}: error: {error}\n")
        return 2
    if args.demo and args.command is not None:
        sys.stderr.write(f"{cli.PROG}: error: --demo opens the window with sample data; it does not go with "
                         f"'{args.command}'\n")
        return 2
    if args.command is None:
        from .app import run_app

        return run_app(args)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
