"""The floor of a command-line command: Python, SQLite, and the SQL the command ran, nothing else.

    python tests/benchmarks/sql_floor.py JOURNAL STATEMENTS.json

Replays, on one connection to JOURNAL, the statements a command was seen to run (recorded by
:func:`statements_of`, values in place), reading every row, and prints how many rows it read.
What a command takes beyond this is the program's own: its imports, its Python, its output.
Run as a script, not with ``-m``, so that it imports nothing of the benchmark or the app; the
one exception is the search rule behind ``search_holds`` (journal.search, standard library only),
registered only when a statement calls it, as the store registers it.
"""

from __future__ import annotations

import json
import sqlite3
import sys


def statements_of(argv: list[str], data_dir: str) -> list[str]:
    """The SQL ``ledelsesjournal --data-dir DATA_DIR ARGV`` runs, in order, with its values in
    place: the command run once in this process, with every new connection traced. SQLite's own
    statements inside a virtual table (``-- ...``) are left out: the replayed query runs them."""
    import contextlib
    import io

    from journal.__main__ import main

    seen: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(seen.append)
        return connection

    sqlite3.connect = traced
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            main(["--data-dir", data_dir, *argv])
    finally:
        sqlite3.connect = connect
    return [statement for statement in seen if not statement.startswith("--")]


def replay(path: str, statements: list[str]) -> int:
    connection = sqlite3.connect(path)
    if any("search_holds(" in statement for statement in statements):
        sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
        from journal.search import holds

        connection.create_function("search_holds", -1, holds, deterministic=True)
    rows = 0
    for statement in statements:
        rows += len(connection.execute(statement).fetchall())
    connection.close()
    return rows


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as file:
        print(replay(sys.argv[1], json.load(file)))
