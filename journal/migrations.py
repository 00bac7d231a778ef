"""The journal's schema, built by named, transactional steps (sqlite-utils ``Migrations``).

Each step also sets ``PRAGMA user_version`` to its number inside the same transaction, so the
version in the file header always tells which steps a database has. A database with a higher
version was written by a newer app: :func:`journal.store.inspect_database` refuses it before
anything writes. A database at the newest version needs nothing, and sqlite-utils (70 ms of
imports) is only loaded when a step is to run.

Never edit a step that has shipped; add a new one. A shipped step runs again on every older
journal, years later, so it holds its SQL as literal text of its own and calls nothing the app
still changes: not the store (which keeps its own copy of what it shares with a step, such as
the counts of :func:`_daily_stats`), only the database's methods and helpers marked
:func:`_frozen`. tests/core/test_migrations.py checks both, and what the shipped steps build.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database

# 'LJRN': marks the file as a Ledelsesjournal database (PRAGMA application_id).
APPLICATION_ID = 0x4C4A524E
MIGRATION_SET = "ledelsesjournal"

_Helper = TypeVar("_Helper", bound=Callable)
_STEPS: list[tuple[str, Callable[[Database], None]]] = []

FTS_COLUMNS = ("title", "body", "situation", "action", "outcome", "learning")


def _step(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    def register(build: Callable[[Database], None]) -> Callable[[Database], None]:
        version = len(_STEPS) + 1

        def run(db: Database) -> None:
            build(db)
            db.execute(f"PRAGMA user_version = {version}")

        _STEPS.append((name, run))
        return build

    return register


def schema_version() -> int:
    """The newest schema this version of the app knows."""
    return len(_STEPS)


def _frozen(helper: _Helper) -> _Helper:
    """Marks a helper the shipped steps call: only steps use it, and what it does never changes
    (a helper that must, is a new one)."""
    return helper


@_frozen
def _script(db: Database, sql: str) -> None:
    """Run several statements. Not executescript(): that COMMITs the migration half-way."""
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


@_step("0001_initial")
def _initial(db: Database) -> None:
    db.execute("PRAGMA application_id = 0x4C4A524E")  # 'LJRN': APPLICATION_ID as step 0001 wrote it
    _script(
        db,
        """
CREATE TABLE reflections (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    entry_at TEXT NOT NULL,      -- ISO 8601 local time with its offset, as the leader wrote it
    entry_utc TEXT NOT NULL,     -- the same instant in UTC: the order of the journal
    entry_date TEXT NOT NULL,    -- the local calendar date: periods and date filters
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    template INTEGER NOT NULL DEFAULT 0,
    situation TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    learning TEXT NOT NULL DEFAULT '',
    context_id TEXT,
    private INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX reflections_live_by_time ON reflections (entry_utc DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX reflections_trash ON reflections (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX reflections_by_date ON reflections (entry_date);
CREATE TABLE reflection_themes (
    reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    theme_id TEXT NOT NULL,
    PRIMARY KEY (reflection_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX reflection_themes_by_theme ON reflection_themes (theme_id, reflection_id);
CREATE TABLE reflection_criteria (
    reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    PRIMARY KEY (reflection_id, criterion_id)
) WITHOUT ROWID;
CREATE INDEX reflection_criteria_by_criterion ON reflection_criteria (criterion_id, reflection_id);
CREATE TABLE reflection_stakeholders (
    reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    stakeholder TEXT NOT NULL,
    PRIMARY KEY (reflection_id, stakeholder)
) WITHOUT ROWID;
CREATE INDEX reflection_stakeholders_by_stakeholder ON reflection_stakeholders (stakeholder, reflection_id);
CREATE TABLE reflection_tags (
    reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (reflection_id, tag)
) WITHOUT ROWID;
CREATE INDEX reflection_tags_by_tag ON reflection_tags (tag, reflection_id);
CREATE TABLE next_steps (
    id TEXT PRIMARY KEY,
    reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    due TEXT,
    done_at TEXT
);
CREATE INDEX next_steps_by_reflection ON next_steps (reflection_id, position);
CREATE INDEX next_steps_open_by_due ON next_steps (due) WHERE done_at IS NULL;
CREATE TABLE own_criteria (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    theme_id TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT
);
CREATE TABLE personal_framework (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE framework_revisions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE VIRTUAL TABLE reflections_fts USING fts5 (
    title, body, situation, action, outcome, learning,
    content = 'reflections', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER reflections_fts_insert AFTER INSERT ON reflections BEGIN
    INSERT INTO reflections_fts (rowid, title, body, situation, action, outcome, learning)
    VALUES (new.id, new.title, new.body, new.situation, new.action, new.outcome, new.learning);
END;
CREATE TRIGGER reflections_fts_delete AFTER DELETE ON reflections BEGIN
    INSERT INTO reflections_fts (reflections_fts, rowid, title, body, situation, action, outcome, learning)
    VALUES ('delete', old.id, old.title, old.body, old.situation, old.action, old.outcome, old.learning);
END;
CREATE TRIGGER reflections_fts_update AFTER UPDATE OF title, body, situation, action, outcome, learning
ON reflections BEGIN
    INSERT INTO reflections_fts (reflections_fts, rowid, title, body, situation, action, outcome, learning)
    VALUES ('delete', old.id, old.title, old.body, old.situation, old.action, old.outcome, old.learning);
    INSERT INTO reflections_fts (rowid, title, body, situation, action, outcome, learning)
    VALUES (new.id, new.title, new.body, new.situation, new.action, new.outcome, new.learning);
END;
""",
    )


@_step("0002_filter_indexes")
def _filter_indexes(db: Database) -> None:
    """Counting the matches of a privacy or context filter without reading every reflection."""
    _script(
        db,
        """
CREATE INDEX reflections_live_private ON reflections (private) WHERE deleted_at IS NULL;
CREATE INDEX reflections_live_context ON reflections (context_id) WHERE deleted_at IS NULL;
""",
    )


@_step("0003_daily_stats")
def _daily_stats(db: Database) -> None:
    """Counts per day, kept up to date by the store on every write, so that the patterns over
    a journal of 100,000 reflections are sums over a few thousand rows, not joins over all."""
    _script(
        db,
        """
CREATE TABLE daily_stats (
    kind TEXT NOT NULL,        -- all, theme, criterion, context, stakeholder, theme_pair, theme_criterion, ...
    entry_date TEXT NOT NULL,  -- the reflections' local date
    key TEXT NOT NULL,         -- the theme, criterion, ... id ('' for all)
    count INTEGER NOT NULL,
    PRIMARY KEY (kind, entry_date, key)
) WITHOUT ROWID;
""",
    )
    # What each live reflection counts towards, one row per (kind, key); tags came with 0004.
    # The store keeps its own copy of this (store.contributions), for one reflection at a time.
    db.execute(
        """
INSERT INTO daily_stats (entry_date, kind, key, count)
SELECT entry_date, kind, key, sum(n) FROM (
    SELECT r.entry_date AS entry_date, c.kind AS kind, c.key AS key, 1 AS n
    FROM reflections r JOIN (
        SELECT r2.id AS rid, 'all' AS kind, '' AS key FROM reflections r2
        UNION ALL SELECT reflection_id, 'theme', theme_id FROM reflection_themes
        UNION ALL SELECT reflection_id, 'criterion', criterion_id FROM reflection_criteria
        UNION ALL SELECT reflection_id, 'stakeholder', stakeholder FROM reflection_stakeholders
        UNION ALL SELECT r3.id, 'context', r3.context_id FROM reflections r3 WHERE r3.context_id IS NOT NULL
        UNION ALL SELECT a.reflection_id, 'theme_pair', a.theme_id || '+' || b.theme_id
            FROM reflection_themes a
            JOIN reflection_themes b ON b.reflection_id = a.reflection_id AND a.theme_id < b.theme_id
        UNION ALL SELECT t.reflection_id, 'theme_criterion', t.theme_id || '>' || c.criterion_id
            FROM reflection_themes t JOIN reflection_criteria c ON c.reflection_id = t.reflection_id
        UNION ALL SELECT t.reflection_id, 'theme_context', t.theme_id || '>' || r4.context_id
            FROM reflection_themes t JOIN reflections r4 ON r4.id = t.reflection_id
            WHERE r4.context_id IS NOT NULL
        UNION ALL SELECT t.reflection_id, 'theme_stakeholder', t.theme_id || '>' || s.stakeholder
            FROM reflection_themes t JOIN reflection_stakeholders s ON s.reflection_id = t.reflection_id
    ) c ON c.rid = r.id
    WHERE r.deleted_at IS NULL
)
GROUP BY entry_date, kind, key
"""
    )


@_step("0004_tag_stats")
def _tag_stats(db: Database) -> None:
    """Tags counted per day as well: the tags in use (for the filters and the editor's
    suggestions) are read at every start and after every save."""
    db.execute(
        "INSERT INTO daily_stats (entry_date, kind, key, count) "
        "SELECT r.entry_date, 'tag', t.tag, count(*) "
        "FROM reflection_tags t JOIN reflections r ON r.id = t.reflection_id "
        "WHERE r.deleted_at IS NULL GROUP BY r.entry_date, t.tag"
    )


@_step("0005_search_prefixes")
def _search_prefixes(db: Database) -> None:
    """Prefix indexes for words of one to three letters: search-as-you-type finds "og" in every
    reflection of a journal of 100,000 in 18 ms instead of 40 (and "m" in 17 instead of 140).
    Rebuilding the index takes about 9 s at 100,000 reflections, once."""
    _script(
        db,
        """
DROP TABLE reflections_fts;
CREATE VIRTUAL TABLE reflections_fts USING fts5 (
    title, body, situation, action, outcome, learning,
    content = 'reflections', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
INSERT INTO reflections_fts (reflections_fts) VALUES ('rebuild');
""",
    )


@_step("0006_tag_index")
def _tag_index(db: Database) -> None:
    """The tags in use, read at every start and after every save, from an index of their own:
    2 ms at 100,000 reflections instead of 13 (a scan of the day rows of every tag, sorted)."""
    _script(db, "CREATE INDEX daily_stats_tags ON daily_stats (key, count) WHERE kind = 'tag';")


@_step("0007_search_in_time_order")
def _search_in_time_order(db: Database) -> None:
    """The search index keyed by the journal's order (``time_key``) instead of the id, so that a
    search reads its matches newest first and stops after a page: a word found in nearly every
    one of 100,000 reflections shows its first page in 0.2 ms, two such words in 14, where
    reading every match first took 25 to 50. The list is ordered by the same key, so that the
    two agree. Rebuilding the index takes about half a minute at 100,000 reflections, once.

    A reflection's place in the journal's order as one integer: the second of its time in UTC,
    times 2**22, plus its id (below 2**22, four million reflections) for those written in the
    same second. The store computes the same keys (store.TIME_KEY_SHIFT)."""
    _script(
        db,
        """
ALTER TABLE reflections ADD COLUMN time_key INTEGER
    GENERATED ALWAYS AS (CAST(strftime('%s', entry_utc) AS INTEGER) * 4194304 + id) VIRTUAL;
CREATE INDEX reflections_by_time_key ON reflections (time_key);
DROP TRIGGER reflections_fts_insert;
DROP TRIGGER reflections_fts_delete;
DROP TRIGGER reflections_fts_update;
DROP TABLE reflections_fts;
CREATE VIRTUAL TABLE reflections_fts USING fts5 (
    title, body, situation, action, outcome, learning,
    content = 'reflections', content_rowid = 'time_key',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
CREATE TRIGGER reflections_fts_insert AFTER INSERT ON reflections BEGIN
    INSERT INTO reflections_fts (rowid, title, body, situation, action, outcome, learning)
    VALUES (new.time_key, new.title, new.body, new.situation, new.action, new.outcome, new.learning);
END;
CREATE TRIGGER reflections_fts_delete AFTER DELETE ON reflections BEGIN
    INSERT INTO reflections_fts (reflections_fts, rowid, title, body, situation, action, outcome, learning)
    VALUES ('delete', old.time_key, old.title, old.body, old.situation, old.action, old.outcome, old.learning);
END;
CREATE TRIGGER reflections_fts_update AFTER UPDATE OF title, body, situation, action, outcome, learning, entry_utc
ON reflections BEGIN
    INSERT INTO reflections_fts (reflections_fts, rowid, title, body, situation, action, outcome, learning)
    VALUES ('delete', old.time_key, old.title, old.body, old.situation, old.action, old.outcome, old.learning);
    INSERT INTO reflections_fts (rowid, title, body, situation, action, outcome, learning)
    VALUES (new.time_key, new.title, new.body, new.situation, new.action, new.outcome, new.learning);
END;
INSERT INTO reflections_fts (reflections_fts) VALUES ('rebuild');
""",
    )


@_step("0008_longer_search_prefixes")
def _longer_search_prefixes(db: Database) -> None:
    """Prefix indexes for words of up to twelve letters. A search finds each word as the start of
    a word ("møde" finds "møderne" and "mødeleder"); without an index of that length, SQLite
    reads and merges the matches of every such word before it can return the first, all of
    them: 15 to 45 ms for one common word in a journal of 100,000 reflections of everyday
    vocabulary, 35 to 95 ms for two, the first search after the file has left the disk cache
    the slowest. With the index, a page of matches is read newest first and the search stops:
    about 1 ms, 7 to 13 from disk. The index grows to 2.3 times its size (360 MB more at 100,000
    reflections, where up to eight letters would have been 240); saving a reflection takes no
    longer. Rebuilding it takes about a minute at 100,000 reflections, once, and under a second
    for a journal of 1,000."""
    _script(
        db,
        """
DROP TABLE reflections_fts;
CREATE VIRTUAL TABLE reflections_fts USING fts5 (
    title, body, situation, action, outcome, learning,
    content = 'reflections', content_rowid = 'time_key',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3 4 5 6 7 8 9 10 11 12'
);
INSERT INTO reflections_fts (reflections_fts) VALUES ('rebuild');
""",
    )


@_step("0009_live_time_index")
def _live_time_index(db: Database) -> None:
    """The journal's order, of the reflections not in the Trash only. A page of a filter (a tag, a
    criterion) walks the journal newest first and tests each reflection; walking the index of all
    reflections, SQLite read each one's row to see whether it was in the Trash, a thousand rows
    for a page of a filter that one reflection in ten matches. This index answers that itself:
    at 100,000 reflections a tag's first page went from 3.5 to 1.7 ms, and in an encrypted
    journal, where every page read is decrypted, from 11 to 2 ms. Building it takes under a second."""
    _script(
        db,
        """
CREATE INDEX reflections_live_by_time_key ON reflections (time_key) WHERE deleted_at IS NULL;
""",
    )


@_step("0010_filter_indexes_in_time_order")
def _filter_indexes_in_time_order(db: Database) -> None:
    """The privacy and context filters' indexes, in the journal's order within each value. A page
    of such a filter walked the journal newest first and read every reflection's row to test it:
    1,250 rows for a page of 100 private reflections in 100,000, which in an encrypted journal
    are as many pages decrypted. Walking these instead reads only the rows shown: at 100,000
    reflections the private filter's first page went from 3.7 to 2.0 ms, encrypted from 12.4 to
    3.2 ms, and the context filter's from 2.8 to 2.0 and from 7.2 to 2.9. Counts read them as
    before (the value is still their first column). Building them takes about a second."""
    _script(
        db,
        """
DROP INDEX reflections_live_private;
DROP INDEX reflections_live_context;
CREATE INDEX reflections_live_private ON reflections (private, time_key) WHERE deleted_at IS NULL;
CREATE INDEX reflections_live_context ON reflections (context_id, time_key) WHERE deleted_at IS NULL;
""",
    )


@_step("0011_organisation_frameworks")
def _organisation_frameworks(db: Database) -> None:
    """The organisation frameworks the journal has used, newest last: the one in use is the
    newest, and without any it is the bundled Næstved one. ``source`` is the file as handed out
    (Markdown), so the journal carries it (to another machine, in a backup) and the words of a
    framework no longer in use still name its themes and criteria."""
    _script(
        db,
        """
CREATE TABLE organisation_frameworks (
    id INTEGER PRIMARY KEY,
    framework_id TEXT NOT NULL,
    source TEXT NOT NULL,
    used_from TEXT NOT NULL
);
""",
    )


@_step("0012_search_vocabulary")
def _search_vocabulary(db: Database) -> None:
    """A search finds words inside compounds ("fravær" finds "sygefravær") through the journal's
    vocabulary (journal.search), and the search index loses its prefix tables. They were 74 % of
    the file: at 100,000 reflections the index goes from 650 to 111 MB, the file from 6.3 to 2.6
    times the text it holds. The vocabulary (every word the index holds, 28,000 at 100,000
    reflections) is read from the index as it is rebuilt. Rebuilding takes about 25 seconds at
    100,000 reflections (40 encrypted), once, and the file is then made smaller (see apply()).
    A search keeps its speed: journal.store tests the newest reflections directly."""
    _script(
        db,
        """
DROP TABLE reflections_fts;
CREATE VIRTUAL TABLE reflections_fts USING fts5 (
    title, body, situation, action, outcome, learning,
    content = 'reflections', content_rowid = 'time_key',
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO reflections_fts (reflections_fts) VALUES ('rebuild');
INSERT INTO reflections_fts (reflections_fts) VALUES ('optimize');
CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.reflections_fts_words USING fts5vocab(main, reflections_fts, 'row');
INSERT INTO search_words (word) SELECT term FROM temp.reflections_fts_words;
DROP TABLE temp.reflections_fts_words;
""",
    )


@_step("0013_favourites")
def _favourites(db: Database) -> None:
    """Favourites: a reflection can be starred and the list filtered to the starred. Imports
    used to mark a starred jrnl or Day One entry with the tag "stjerne"; such reflections are
    starred now and lose that tag (and its counts). The index walks the starred in the
    journal's order, so the filter's first page reads only the rows it shows."""
    _script(
        db,
        """
ALTER TABLE reflections ADD COLUMN starred INTEGER NOT NULL DEFAULT 0;
UPDATE reflections SET starred = 1 WHERE id IN (SELECT reflection_id FROM reflection_tags WHERE tag = 'stjerne');
DELETE FROM reflection_tags WHERE tag = 'stjerne';
DELETE FROM daily_stats WHERE kind = 'tag' AND key = 'stjerne';
CREATE INDEX reflections_live_starred ON reflections (time_key) WHERE deleted_at IS NULL AND starred;
""",
    )


@_step("0014_own_templates")
def _own_templates(db: Database) -> None:
    """The leader's own templates (journal.templates), kept in the journal so that they travel
    with it: its backups, the JSON export and import. ``sections`` holds the headings and guiding
    questions in their order, as JSON. A deleted one keeps its id and the moment (``deleted_at``)
    with no words, so that importing an older export does not bring it back."""
    _script(
        db,
        """
CREATE TABLE own_templates (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sections TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
""",
    )


@_step("0015_sync")
def _sync(db: Database) -> None:
    """Sync through a folder (journal.sync). ``sync_state`` holds this machine's part (its device,
    its clock, the folder, what it has read of the others); while it holds no device, the
    triggers record nothing, so a journal that is never synced pays one lookup per write.
    ``sync_dirty`` names what changed here since the last sync (a reflection by 'r:' and its
    uuid, and the personal framework's parts), ``sync_docs`` each synced thing's merge state,
    ``sync_outbox`` the changes made here not yet written to the folder, ``sync_conflicts`` the
    texts changed on two machines at once, kept whole for the leader to compare."""
    # Each trigger records only once the journal has a device: "WHEN EXISTS (... 'device')".
    _script(
        db,
        """
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_dirty (object TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE sync_docs (object TEXT PRIMARY KEY, state BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_outbox (id INTEGER PRIMARY KEY, object TEXT NOT NULL, change BLOB NOT NULL, file INTEGER);
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    object TEXT NOT NULL,
    field TEXT NOT NULL,
    mine TEXT NOT NULL,
    theirs TEXT NOT NULL,
    merged_at TEXT NOT NULL
);
CREATE TRIGGER sync_reflections_insert AFTER INSERT ON reflections
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('r:' || new.uuid);
END;
CREATE TRIGGER sync_reflection_themes_insert AFTER INSERT ON reflection_themes
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = new.reflection_id;
END;
CREATE TRIGGER sync_reflection_criteria_insert AFTER INSERT ON reflection_criteria
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = new.reflection_id;
END;
CREATE TRIGGER sync_reflection_stakeholders_insert AFTER INSERT ON reflection_stakeholders
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = new.reflection_id;
END;
CREATE TRIGGER sync_reflection_tags_insert AFTER INSERT ON reflection_tags
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = new.reflection_id;
END;
CREATE TRIGGER sync_next_steps_insert AFTER INSERT ON next_steps
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = new.reflection_id;
END;
CREATE TRIGGER sync_personal_framework_insert AFTER INSERT ON personal_framework
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('framework');
END;
CREATE TRIGGER sync_own_criteria_insert AFTER INSERT ON own_criteria
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('criterion:' || new.id);
END;
CREATE TRIGGER sync_framework_revisions_insert AFTER INSERT ON framework_revisions
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('revision:' || new.uuid);
END;
CREATE TRIGGER sync_own_templates_insert AFTER INSERT ON own_templates
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('template:' || new.id);
END;
CREATE TRIGGER sync_organisation_frameworks_insert AFTER INSERT ON organisation_frameworks
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('organisation');
END;
CREATE TRIGGER sync_reflections_update AFTER UPDATE ON reflections
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('r:' || new.uuid);
END;
CREATE TRIGGER sync_next_steps_update AFTER UPDATE ON next_steps
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = new.reflection_id;
END;
CREATE TRIGGER sync_personal_framework_update AFTER UPDATE ON personal_framework
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('framework');
END;
CREATE TRIGGER sync_own_criteria_update AFTER UPDATE ON own_criteria
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('criterion:' || new.id);
END;
CREATE TRIGGER sync_framework_revisions_update AFTER UPDATE ON framework_revisions
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('revision:' || new.uuid);
END;
CREATE TRIGGER sync_own_templates_update AFTER UPDATE ON own_templates
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('template:' || new.id);
END;
CREATE TRIGGER sync_organisation_frameworks_update AFTER UPDATE ON organisation_frameworks
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('organisation');
END;
CREATE TRIGGER sync_reflections_delete AFTER DELETE ON reflections
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('r:' || old.uuid);
END;
CREATE TRIGGER sync_reflection_themes_delete AFTER DELETE ON reflection_themes
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = old.reflection_id;
END;
CREATE TRIGGER sync_reflection_criteria_delete AFTER DELETE ON reflection_criteria
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = old.reflection_id;
END;
CREATE TRIGGER sync_reflection_stakeholders_delete AFTER DELETE ON reflection_stakeholders
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = old.reflection_id;
END;
CREATE TRIGGER sync_reflection_tags_delete AFTER DELETE ON reflection_tags
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = old.reflection_id;
END;
CREATE TRIGGER sync_next_steps_delete AFTER DELETE ON next_steps
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object)
    SELECT 'r:' || uuid FROM reflections WHERE id = old.reflection_id;
END;
CREATE TRIGGER sync_personal_framework_delete AFTER DELETE ON personal_framework
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('framework');
END;
CREATE TRIGGER sync_own_criteria_delete AFTER DELETE ON own_criteria
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('criterion:' || old.id);
END;
CREATE TRIGGER sync_framework_revisions_delete AFTER DELETE ON framework_revisions
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('revision:' || old.uuid);
END;
CREATE TRIGGER sync_own_templates_delete AFTER DELETE ON own_templates
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('template:' || old.id);
END;
CREATE TRIGGER sync_organisation_frameworks_delete AFTER DELETE ON organisation_frameworks
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (object) VALUES ('organisation');
END;
""",
    )


# What the steps above build, as store.schema_outline() reads it from SQLite: every table with
# its columns (name, declared type, constraints), every index and trigger. Store.open refuses a
# journal of this version whose schema differs (a byte flipped in its text, say), so a step that
# changes the schema changes this too; tests/core/test_damage.py says how when it is forgotten.
OUTLINE = {
    "daily_stats": "kind TEXT not null key, entry_date TEXT not null key, key TEXT not null key, "
    "count INTEGER not null",
    "daily_stats_tags": "index on daily_stats",
    "framework_revisions": "id INTEGER key, uuid TEXT not null, name TEXT not null, created_at TEXT not null, "
    "data TEXT not null",
    "next_steps": "id TEXT key, reflection_id INTEGER not null, position INTEGER not null, text TEXT not null, "
    "due TEXT, done_at TEXT",
    "next_steps_by_reflection": "index on next_steps",
    "next_steps_open_by_due": "index on next_steps",
    "own_criteria": "id TEXT key, position INTEGER not null, theme_id TEXT not null, text TEXT not null, "
    "created_at TEXT not null, retired_at TEXT",
    "own_templates": "id TEXT key, name TEXT not null, sections TEXT not null, created_at TEXT not null, "
    "updated_at TEXT not null, deleted_at TEXT",
    "organisation_frameworks": "id INTEGER key, framework_id TEXT not null, source TEXT not null, "
    "used_from TEXT not null",
    "personal_framework": "id INTEGER key, data TEXT not null, updated_at TEXT not null",
    "reflection_criteria": "reflection_id INTEGER not null key, criterion_id TEXT not null key",
    "reflection_criteria_by_criterion": "index on reflection_criteria",
    "reflection_stakeholders": "reflection_id INTEGER not null key, stakeholder TEXT not null key",
    "reflection_stakeholders_by_stakeholder": "index on reflection_stakeholders",
    "reflection_tags": "reflection_id INTEGER not null key, tag TEXT not null key",
    "reflection_tags_by_tag": "index on reflection_tags",
    "reflection_themes": "reflection_id INTEGER not null key, theme_id TEXT not null key",
    "reflection_themes_by_theme": "index on reflection_themes",
    "reflections": "id INTEGER key, uuid TEXT not null, entry_at TEXT not null, entry_utc TEXT not null, "
    "entry_date TEXT not null, created_at TEXT not null, updated_at TEXT not null, "
    "title TEXT not null default '', body TEXT not null default '', template INTEGER not null default 0, "
    "situation TEXT not null default '', action TEXT not null default '', "
    "outcome TEXT not null default '', learning TEXT not null default '', context_id TEXT, "
    "private INTEGER not null default 0, deleted_at TEXT, time_key INTEGER hidden 2, "
    "starred INTEGER not null default 0",
    "reflections_by_date": "index on reflections",
    "reflections_by_time_key": "index on reflections",
    "reflections_fts": "title, body, situation, action, outcome, learning, reflections_fts hidden 1, rank hidden 1",
    "reflections_fts_delete": "trigger on reflections",
    "reflections_fts_insert": "trigger on reflections",
    "reflections_fts_update": "trigger on reflections",
    "reflections_live_by_time": "index on reflections",
    "reflections_live_by_time_key": "index on reflections",
    "reflections_live_context": "index on reflections",
    "reflections_live_private": "index on reflections",
    "reflections_live_starred": "index on reflections",
    "reflections_trash": "index on reflections",
    "search_words": "word TEXT not null key",
    "sqlite_autoindex_framework_revisions_1": "index on framework_revisions",
    "sqlite_autoindex_next_steps_1": "index on next_steps",
    "sqlite_autoindex_own_criteria_1": "index on own_criteria",
    "sqlite_autoindex_own_templates_1": "index on own_templates",
    "sqlite_autoindex_reflections_1": "index on reflections",
    "sync_conflicts": "id INTEGER key, object TEXT not null, field TEXT not null, mine TEXT not null, "
    "theirs TEXT not null, merged_at TEXT not null",
    "sync_dirty": "object TEXT not null key",
    "sync_docs": "object TEXT not null key, state BLOB not null",
    "sync_framework_revisions_delete": "trigger on framework_revisions",
    "sync_framework_revisions_insert": "trigger on framework_revisions",
    "sync_framework_revisions_update": "trigger on framework_revisions",
    "sync_next_steps_delete": "trigger on next_steps",
    "sync_next_steps_insert": "trigger on next_steps",
    "sync_next_steps_update": "trigger on next_steps",
    "sync_organisation_frameworks_delete": "trigger on organisation_frameworks",
    "sync_organisation_frameworks_insert": "trigger on organisation_frameworks",
    "sync_organisation_frameworks_update": "trigger on organisation_frameworks",
    "sync_outbox": "id INTEGER key, object TEXT not null, change BLOB not null, file INTEGER",
    "sync_own_criteria_delete": "trigger on own_criteria",
    "sync_own_criteria_insert": "trigger on own_criteria",
    "sync_own_criteria_update": "trigger on own_criteria",
    "sync_own_templates_delete": "trigger on own_templates",
    "sync_own_templates_insert": "trigger on own_templates",
    "sync_own_templates_update": "trigger on own_templates",
    "sync_personal_framework_delete": "trigger on personal_framework",
    "sync_personal_framework_insert": "trigger on personal_framework",
    "sync_personal_framework_update": "trigger on personal_framework",
    "sync_reflection_criteria_delete": "trigger on reflection_criteria",
    "sync_reflection_criteria_insert": "trigger on reflection_criteria",
    "sync_reflection_stakeholders_delete": "trigger on reflection_stakeholders",
    "sync_reflection_stakeholders_insert": "trigger on reflection_stakeholders",
    "sync_reflection_tags_delete": "trigger on reflection_tags",
    "sync_reflection_tags_insert": "trigger on reflection_tags",
    "sync_reflection_themes_delete": "trigger on reflection_themes",
    "sync_reflection_themes_insert": "trigger on reflection_themes",
    "sync_reflections_delete": "trigger on reflections",
    "sync_reflections_insert": "trigger on reflections",
    "sync_reflections_update": "trigger on reflections",
    "sync_state": "key TEXT not null key, value TEXT not null",
}


def apply(connection: sqlite3.Connection, upto: int | None = None) -> None:
    """Bring the database up to the newest schema (nothing to do when it is there already);
    ``upto``: only as far as that version (to make a journal as an older version left it).

    Each step runs in a transaction that takes the write lock as it begins (``BEGIN
    IMMEDIATE``) and looks again, under that lock, whether the step is still to do: the window
    and a script started together on an older journal both find it so, one upgrades it while
    the other waits, then finds the step done. (A plain ``BEGIN`` read first and was refused the
    write lock at once, and both would have run the same step.) One transaction a step, not one
    for all, so that the log holds one rebuilt search index at a time, not three."""
    target = upto or schema_version()
    if connection.execute("PRAGMA user_version").fetchone()[0] == target:
        return
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    db = Database(connection, execute_plugins=False)  # plugins stay out: only this app's code runs here
    for version in range(1, target + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            if connection.execute("PRAGMA user_version").fetchone()[0] < version:
                steps = Migrations(MIGRATION_SET)
                for name, run in _STEPS[:version]:
                    steps(name=name)(run)
                steps.apply(db)  # inside this transaction: sqlite-utils makes each step a savepoint
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    # A step that rebuilt the search index leaves its old pages free, which SQLite keeps in the
    # file: 550 of 930 MB at 100,000 reflections after step 0012. Given back once (3 s there)
    # when they are more than a quarter of it.
    free, pages = (connection.execute(f"PRAGMA {name}").fetchone()[0] for name in ("freelist_count", "page_count"))
    if free * 4 > pages:
        connection.execute("VACUUM")
