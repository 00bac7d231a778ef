"""A released migration step builds forever what it built when it shipped.

Journals of every older version are upgraded by the same steps, years later: a step that changed
after its release upgrades some journals one way and others another. So what the released steps
build, from an empty file and from a journal with reflections in it, is recorded in
``tests/data/migrations/`` and compared here. Record again (``python -m tests.core.test_migrations``)
only when a new step ships and ``RELEASED`` grows with it, never to make a changed step pass.
"""

from __future__ import annotations

import ast
import builtins
import json
import re
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from journal import migrations, store
from journal.store import Store
from tests.factories import at, reflection

ROOT = Path(__file__).resolve().parents[2]
RELEASED = 15  # steps 0001 to 0015 have shipped
MIGRATIONS = ROOT / "journal" / "migrations.py"
RECORD = ROOT / "tests" / "data" / "migrations" / f"steps-0001-{RELEASED:04d}.json"
# Not the steps' text: sqlite-utils's record of the steps, and the tables SQLite's full-text
# search keeps its data in (their definitions are SQLite's, and may differ between its versions).
NOT_WRITTEN_BY_STEPS = re.compile(
    r"_sqlite_migrations|idx__sqlite_migrations_\w*"
    r"|reflections_fts_(?:data|idx|content|docsize|config)"
)

# A journal as version 2 left it (before daily_stats): what each later step carries over.
REFLECTIONS = [
    # id, entry_at, entry_utc, title, body, context_id, private, deleted_at
    (1, "2026-01-05T09:00:00+01:00", "2026-01-05T08:00:00.000000", "Møde med borgerne", "Om åbenhed", None, 0, None),
    (2, "2026-01-05T23:30:00-02:00", "2026-01-06T01:30:00.000000", "Budget", "Møderne om økonomi", "lus", 1, None),
    (3, "2026-01-07T08:15:00+00:00", "2026-01-07T08:15:00.000000", "Trivsel", "Sygefravær i teamet", "lus", 0, None),
    (
        4,
        "2026-01-07T10:00:00+00:00",
        "2026-01-07T10:00:00.000000",
        "Slettet",
        "I papirkurven",
        "rekruttering",
        0,
        "2026-01-08T00:00:00+00:00",
    ),
    (5, "2026-02-01T12:00:00+01:00", "2026-02-01T11:00:00.000000", "Mødeleder", "", "rekruttering", 0, None),
]
LINKS = {
    "reflection_themes (reflection_id, theme_id)": [
        (1, "borgere"),
        (1, "samarbejde"),
        (2, "styring"),
        (3, "samarbejde"),
        (3, "styring"),
        (3, "borgere"),
        (4, "borgere"),
        (5, "samarbejde"),
    ],
    "reflection_criteria (reflection_id, criterion_id)": [
        (1, "borgere.k1"),
        (1, "own:abc"),
        (2, "styring.k3"),
        (4, "borgere.k1"),
        (5, "samarbejde.k2"),
    ],
    "reflection_stakeholders (reflection_id, stakeholder)": [
        (1, "citizens"),
        (2, "staff"),
        (3, "staff"),
        (3, "citizens"),
        (4, "staff"),
    ],
    "reflection_tags (reflection_id, tag)": [
        (1, "stjerne"),  # a starred jrnl or Day One entry, as imports marked it before 0013
        (1, "trivsel"),
        (2, "budget"),
        (2, "trivsel"),
        (4, "budget"),
        (5, "sygefravær"),
    ],
}


def built_from_empty(path: Path) -> dict:
    """What the released steps build in an empty file: the schema's text as SQLite keeps it."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        migrations.apply(connection, upto=RELEASED)
        return {
            "user_version": connection.execute("PRAGMA user_version").fetchone()[0],
            "application_id": connection.execute("PRAGMA application_id").fetchone()[0],
            "steps": [name for (name,) in connection.execute("SELECT name FROM _sqlite_migrations ORDER BY id")],
            "schema": [
                list(row)
                for row in connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
                if not NOT_WRITTEN_BY_STEPS.fullmatch(row[1])
            ],
        }
    finally:
        connection.close()


def upgraded_from_version_2(path: Path) -> dict:
    """What the released steps after 0002 make of a journal with reflections in it."""
    connection = upgrade_from_version_2(path)
    try:
        return {
            "daily_stats": [
                list(row)
                for row in connection.execute(
                    "SELECT kind, entry_date, key, count FROM daily_stats ORDER BY kind, entry_date, key"
                )
            ],
            "found": {
                word: [
                    row[0]
                    for row in connection.execute(
                        "SELECT r.id FROM reflections_fts JOIN reflections r ON r.time_key = reflections_fts.rowid "
                        "WHERE reflections_fts MATCH ? ORDER BY reflections_fts.rowid",
                        (word,),
                    )
                ]
                for word in ("møde*", "m*", "trivsel", "økonomi")
            },
            "time_keys": [row[0] for row in connection.execute("SELECT time_key FROM reflections ORDER BY id")],
            "starred": [row[0] for row in connection.execute("SELECT id FROM reflections WHERE starred ORDER BY id")],
            "tags": [
                list(row) for row in connection.execute("SELECT reflection_id, tag FROM reflection_tags ORDER BY 1, 2")
            ],
        }
    finally:
        connection.close()


def upgrade_from_version_2(path: Path) -> sqlite3.Connection:
    """A journal as version 2 left it, with the reflections above, upgraded by the released steps."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        migrations.apply(connection, upto=2)
        connection.execute("BEGIN")
        for number, entry_at, entry_utc, title, body, context_id, private, deleted_at in REFLECTIONS:
            connection.execute(
                "INSERT INTO reflections (id, uuid, entry_at, entry_utc, entry_date, created_at, updated_at, title, "
                "body, context_id, private, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    number,
                    f"uuid-{number}",
                    entry_at,
                    entry_utc,
                    entry_at[:10],
                    entry_utc,
                    entry_utc,
                    title,
                    body,
                    context_id,
                    private,
                    deleted_at,
                ),
            )
        for table, rows in LINKS.items():
            connection.executemany(f"INSERT INTO {table} VALUES (?, ?)", rows)
        connection.execute("COMMIT")
        migrations.apply(connection, upto=RELEASED)
    except BaseException:
        connection.close()
        raise
    return connection


def record(folder: Path) -> dict:
    return {
        "built_from_empty": built_from_empty(folder / "empty.sqlite3"),
        "upgraded_from_version_2": upgraded_from_version_2(folder / "older.sqlite3"),
        "outline": migrations.OUTLINE,
    }


def recorded() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def test_the_released_steps_build_from_an_empty_file_what_they_built_when_they_shipped(tmp_path):
    assert built_from_empty(tmp_path / "journal.sqlite3") == recorded()["built_from_empty"]


def test_the_released_steps_upgrade_a_journal_with_reflections_as_they_did_when_they_shipped(tmp_path):
    assert upgraded_from_version_2(tmp_path / "journal.sqlite3") == recorded()["upgraded_from_version_2"]


def test_the_outline_a_journal_is_checked_against_is_the_recorded_one():
    if migrations.schema_version() == RELEASED:  # a newer step changes it; the record stays that of 0008
        assert recorded()["outline"] == migrations.OUTLINE


# -- a released step calls nothing the app still changes ------------------------------------
#
# A step's body may call the database's own methods (sqlite-utils' Database, sqlite3) and the
# helpers marked @_frozen in migrations.py, with literal text (or its own parameters) as the
# arguments: no f-string, no constant or function of the module that the store reads too. A
# frozen helper may call its parameters' and its variables' methods, sqlite3's functions and
# other frozen helpers; and no module but migrations.py uses one.

ALWAYS_THERE = set(dir(builtins)) | {"sqlite3"}


def _decorated(tree: ast.Module, decorator: str) -> list[ast.FunctionDef]:
    def names(function: ast.FunctionDef) -> set[str]:
        return {
            (d.func if isinstance(d, ast.Call) else d).id
            for d in function.decorator_list
            if isinstance(d.func if isinstance(d, ast.Call) else d, ast.Name)
        }

    return [node for node in tree.body if isinstance(node, ast.FunctionDef) and decorator in names(node)]


def _root(node: ast.expr) -> ast.expr:
    """``db`` of ``db.execute(...).fetchone``: what a chain of attributes and calls starts from."""
    while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node


def shared_with_live_code(source: str) -> list[str]:
    """What the released steps and their frozen helpers in ``source`` (migrations.py's text) use
    that is not theirs alone: one line each, empty when every step stands on its own."""
    tree = ast.parse(source)
    frozen = {function.name for function in _decorated(tree, "_frozen")}
    problems = []
    for function, is_step in [(f, True) for f in _decorated(tree, "_step")] + [
        (f, False) for f in _decorated(tree, "_frozen")
    ]:
        arguments = function.args
        parameters = {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
        variables = {
            node.id for node in ast.walk(function) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
        }
        own = parameters | variables
        where = f"{'step' if is_step else 'frozen helper'} {function.name}"
        for statement in function.body:
            for node in ast.walk(statement):
                if isinstance(node, ast.JoinedStr):
                    problems.append(f"{where}, line {node.lineno}: SQL made by an f-string, not literal text")
                elif (
                    isinstance(node, ast.Name)
                    and isinstance(node.ctx, ast.Load)
                    and node.id not in own | frozen | ALWAYS_THERE
                ):
                    problems.append(f"{where}, line {node.lineno}: uses {node.id}, which is not the step's own")
                elif isinstance(node, ast.Call):
                    root = _root(node.func)
                    if not isinstance(root, ast.Name):
                        problems.append(f"{where}, line {node.lineno}: calls what an expression gives")
                    elif root is node.func and root.id not in frozen | set(dir(builtins)):
                        problems.append(f"{where}, line {node.lineno}: calls {root.id}, not a frozen helper")
                    if is_step:
                        for value in node.args + [keyword.value for keyword in node.keywords]:
                            if not (
                                isinstance(value, ast.Constant)
                                or (isinstance(value, ast.Name) and value.id in parameters)
                            ):
                                problems.append(
                                    f"{where}, line {node.lineno}: passes {ast.unparse(value)[:60]}, not literal text"
                                )
    return problems


def test_a_released_step_holds_its_own_sql_and_calls_only_the_database_and_frozen_helpers():
    assert shared_with_live_code(MIGRATIONS.read_text(encoding="utf-8")) == []
    assert len(_decorated(ast.parse(MIGRATIONS.read_text(encoding="utf-8")), "_step")) == migrations.schema_version()


def test_the_check_finds_a_step_that_shares_the_stores_sql():
    """As step 0003 was: its counts came from a function the store called on every save."""
    step = """
@_frozen
def _script(db, sql):
    db.execute(sql.strip())

@_step("0003_daily_stats")
def _daily_stats(db):
    _script(db, "CREATE TABLE daily_stats (kind TEXT)")
    db.execute(f"INSERT INTO daily_stats SELECT * FROM ({contributions(1, one=False)})")
    db.execute("PRAGMA application_id = " + str(APPLICATION_ID))
    store.recount(db)
"""
    found = shared_with_live_code(step)
    assert any("f-string" in problem for problem in found)
    assert any("uses contributions" in problem for problem in found)
    assert any("calls contributions" in problem for problem in found)
    assert any("uses APPLICATION_ID" in problem for problem in found)
    assert any("uses store" in problem for problem in found)
    assert not any("_script" in problem for problem in found)


def test_no_module_but_migrations_uses_a_frozen_helper():
    frozen = {function.name for function in _decorated(ast.parse(MIGRATIONS.read_text(encoding="utf-8")), "_frozen")}
    assert frozen, "migrations.py marks its helpers @_frozen"
    users = []
    for path in sorted((ROOT / "journal").rglob("*.py")):
        if path == MIGRATIONS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            used = {node.attr} if isinstance(node, ast.Attribute) else set()
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("migrations"):
                used = {alias.name for alias in node.names}
            users += [f"{path.relative_to(ROOT)}: {name}" for name in used & frozen]
    assert users == []


def test_the_stores_copy_of_the_counts_agrees_with_what_the_steps_counted(tmp_path):
    """The store counts each save with its own copy of step 0003's SQL (with 0004's tags): a
    journal the steps upgraded holds what a count by the store's copy gives."""
    connection = upgrade_from_version_2(tmp_path / "journal.sqlite3")
    try:
        counted = set(connection.execute("SELECT kind, entry_date, key, count FROM daily_stats"))
        recounted = set(
            connection.execute(
                f"SELECT kind, entry_date, key, sum(n) FROM ({store.contributions(1, one=False)}) "
                "GROUP BY kind, entry_date, key"
            )
        )
    finally:
        connection.close()
    assert counted == recounted and len(counted) > 40


def test_the_stores_time_keys_agree_with_the_column_step_0007_made():
    with Store.memory() as journal:
        made = journal.create(reflection(entry_at=at(2026, 3, 2, 0, tz=UTC)))
        row_id, time_key = journal.conn.execute(
            "SELECT id, time_key FROM reflections WHERE uuid = ?", (made.uuid,)
        ).fetchone()
    midnight = int(datetime(2026, 3, 2, tzinfo=UTC).timestamp())
    assert time_key == (midnight << store.TIME_KEY_SHIFT) + row_id


if __name__ == "__main__":  # python -m tests.core.test_migrations: record what the released steps build
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        made = record(Path(folder))
    RECORD.parent.mkdir(parents=True, exist_ok=True)
    RECORD.write_text(json.dumps(made, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"recorded {RECORD}\n")
