"""Backups as packs: each backup a small manifest, its rows in chunks that backups share.

A daily backup used to be a whole copy of the journal: ten of them, eleven journals on disk. A
pack holds what cannot be rebuilt, the rows of every table, and leaves out the search index,
which a restore builds again from the rows (it was a third of the journal). The rows are cut
into chunks at fixed places (a table's rows by ``rowid`` in runs of :data:`RUN` ids, so that
an added reflection changes only the last run and an edited one only its own run). Each chunk
is stored once, under a name made from its content, compressed, in ``backups/chunks/``; a
backup's manifest (``backups/journal-<moment>.backup``) names the chunks of each table and the
schema's version. Ten daily backups then cost one compressed copy of the rows and the runs that
changed between them.

A restore takes no SQL from a pack: it builds the schema this app's migrations make for the
pack's version, writes the rows into it as values, and builds the search index from them (the
SQL of both ways is the store's: ``store.kept_rows``, ``store.write_kept_rows``)
(18 s at 100,000 reflections, where copying a whole journal took 4; a journal of a few
thousand reflections takes a second).

Encrypted journals: every chunk is compressed, then sealed with AES-256-GCM (``cryptography``)
under a key derived from the journal's key (HKDF), its name bound to it; its name is an HMAC of
its content under a second derived key, so that names say nothing of the text. The manifest is
sealed the same way. A chunk that does not open under its name, or does not hash to it, is
damage: a restore refuses the backup and says so.

Crash safety: chunks are written under temporary names and renamed into place, the manifest
last; a chunk is never changed once written. Removing chunks no manifest names (after a
rotation, a removal or a rewrite) and writing a pack happen under one lock
(``backups/chunks/.lock``), so that a chunk one process has just counted on is not removed by
another.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import store
from .errors import (
    CorruptDatabaseError,
    DiskFullError,
    JournalError,
    LockedDatabaseError,
    NewerDatabaseError,
    WriteError,
)
from .fileio import remove_leftovers, temporary_beside
from .paths import ensure_private_dir

FORMAT = "ledelsesjournal-backup"
VERSION = 1
SUFFIX = ".backup"
CHUNKS = "chunks"
RUN = {"reflections": 64}  # rowids a chunk holds: reflections are long (1 to 2 kB), other rows short
OTHER_RUN = 4096
_PLAIN, _SEALED = b"LJZ1", b"LJS1"  # a chunk's first bytes: compressed, or compressed and sealed
_LOCK = ".lock"
_CHUNK_NAME = re.compile(r"[0-9a-f]{64}")  # a hash: never a path (a hand-made list names no other file)
_LOCK_WAIT_S = 120.0
_BATCH = 2000


@dataclass(frozen=True)
class Manifest:
    path: Path
    data: dict

    @property
    def chunk_names(self) -> set[str]:
        return {name for table in self.data["tables"].values() for name in table["chunks"]}

    @property
    def reflections(self) -> int:
        return int(self.data["reflections"])

    @property
    def size(self) -> int:
        """The bytes of the chunks it names (shared with other backups) and of itself."""
        return int(self.data["bytes"])


# -- keys and chunk files -------------------------------------------------------------------


@dataclass(frozen=True)
class _Keys:
    seal: bytes
    names: bytes


def _keys(key: bytes | None) -> _Keys | None:
    if key is None:
        return None
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    derived = HKDF(hashes.SHA256(), 64, salt=None, info=b"ledelsesjournal backups").derive(key)
    return _Keys(derived[:32], derived[32:])


def _name(raw: bytes, keys: _Keys | None) -> str:
    if keys is None:
        return hashlib.sha256(raw).hexdigest()
    return hmac.new(keys.names, raw, hashlib.sha256).hexdigest()


def _encode(raw: bytes, name: str, keys: _Keys | None) -> bytes:
    packed = zlib.compress(raw, 6)
    if keys is None:
        return _PLAIN + packed
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return _SEALED + nonce + AESGCM(keys.seal).encrypt(nonce, packed, name.encode())


def _decode(content: bytes, name: str, keys: _Keys | None) -> bytes:
    """The raw bytes a chunk file holds; ValueError if it is not what its name says."""
    head, rest = content[:4], content[4:]
    if head == _SEALED:
        if keys is None:
            raise ValueError("sealed, in a folder without a key")
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            packed = AESGCM(keys.seal).decrypt(rest[:12], rest[12:], name.encode())
        except InvalidTag:
            raise ValueError("does not open under its name") from None
    elif head == _PLAIN:
        packed = rest
    else:
        raise ValueError("not a chunk")
    try:
        raw = zlib.decompress(packed)
    except zlib.error as error:
        raise ValueError(f"does not decompress ({error})") from None
    if not hmac.compare_digest(_name(raw, keys if head == _SEALED else None), name):
        raise ValueError("its content is not what its name says")
    return raw


def _write_file(path: Path, content: bytes) -> None:
    """``content`` into ``path`` whole or not at all; a full disk or a folder that cannot be
    written is told in words (nothing is left half written)."""
    temporary = None
    try:
        descriptor, temporary = temporary_beside(path)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            if error.errno == errno.ENOSPC:
                raise DiskFullError(path) from error
            raise WriteError(
                path, f"{path} could not be written ({error.strerror or error}). Your journal was not changed."
            ) from error
        raise


def _sync(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold ``folder``'s chunk lock (waiting for another process's backup to finish)."""
    from .instance import hold

    chunks = ensure_private_dir(_chunks_folder(folder))
    with hold(chunks / _LOCK, _LOCK_WAIT_S) as held:
        if not held:
            raise LockedDatabaseError(
                folder, f"Another Ledelsesjournal is writing a backup in {folder}. Try again in a minute."
            )
        yield


def _chunks_folder(folder: Path) -> Path:
    return Path(folder) / CHUNKS


# -- manifests -----------------------------------------------------------------------------


def is_pack(path: Path) -> bool:
    return Path(path).name.endswith(SUFFIX)


def read_manifest(path: Path, key: bytes | None) -> Manifest:
    """The manifest at ``path``; CorruptDatabaseError if it cannot be read or opened."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as error:
        raise CorruptDatabaseError(path, f"{path} cannot be read ({error.strerror or error}).") from error
    keys = _keys(key)
    try:
        if content[:4] == _SEALED:
            if keys is None:
                raise CorruptDatabaseError(
                    path,
                    f"{path} is the backup of an encrypted journal, which opens only from the backups folder "
                    "of its own data folder (beside its journal.keys). Your journal was not changed.",
                )
            from cryptography.exceptions import InvalidTag
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            try:
                content = AESGCM(keys.seal).decrypt(content[4:16], content[16:], FORMAT.encode())
            except InvalidTag:
                raise ValueError("it does not open with this journal's key") from None
        data = json.loads(content)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a Ledelsesjournal backup")
        if data.get("version") == VERSION and not _well_formed(data):
            raise ValueError("its list of parts is not as this version writes it")
    except (ValueError, UnicodeDecodeError) as error:
        raise CorruptDatabaseError(
            path,
            f"{path} is damaged or is not a Ledelsesjournal backup ({error}). Your journal was not changed; "
            "choose another backup.",
        ) from None
    if data.get("version") != VERSION:
        raise NewerDatabaseError(
            path,
            f"{path} was made by a newer version of Ledelsesjournal. Your journal was not changed; install the "
            "newer version to restore it.",
        )
    return Manifest(path, data)


def _well_formed(data: dict) -> bool:
    tables = data.get("tables")
    return (
        isinstance(tables, dict)
        and isinstance(data.get("reflections"), int)
        and isinstance(data.get("bytes", 0), int)
        and all(
            isinstance(name, str)
            and isinstance(entry, dict)
            and isinstance(entry.get("rowid"), bool)
            and isinstance(entry.get("columns"), list)
            and all(isinstance(column, str) for column in entry["columns"])
            and isinstance(entry.get("chunks"), list)
            and all(isinstance(chunk, str) and _CHUNK_NAME.fullmatch(chunk) for chunk in entry["chunks"])
            for name, entry in tables.items()
        )
    )


def is_sealed(path: Path) -> bool:
    with Path(path).open("rb") as file:
        return file.read(4) == _SEALED


def _write_manifest(path: Path, data: dict, keys: _Keys | None, chunk_bytes: int) -> dict:
    """Write ``data`` as the manifest ``path``, its "bytes" the chunks' and its own; the data."""
    data = {**data, "bytes": chunk_bytes}
    for _ in range(4):  # its own size, which the number written changes
        content = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        if keys is not None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            nonce = os.urandom(12)
            content = _SEALED + nonce + AESGCM(keys.seal).encrypt(nonce, content, FORMAT.encode())
        if data["bytes"] == chunk_bytes + len(content):
            break
        data["bytes"] = chunk_bytes + len(content)
    _write_file(path, content)
    return data


def manifests(folder: Path) -> list[Path]:
    folder = Path(folder)
    return sorted(p for p in folder.iterdir() if is_pack(p) and p.is_file()) if folder.is_dir() else []


# -- writing a pack ------------------------------------------------------------------------


def _bytes_as_json(value: object) -> object:
    if isinstance(value, bytes):
        return {"x": value.hex()}
    raise TypeError(f"{type(value).__name__} in a row")


def _runs(rows: Iterable[tuple], width: int, rowid: bool) -> Iterator[list[tuple]]:
    """Rows cut where ``rowid // width`` changes. A table without rowid is kept in its key's
    order, where a new row may land anywhere: it is cut after each row whose checksum is a
    multiple of ``width`` (so about every ``width`` rows), which a row added or changed elsewhere
    does not move."""
    run: list[tuple] = []
    current = None
    for row in rows:
        if rowid:
            place = row[0] // width
            if run and place != current:
                yield run
                run = []
            current = place
            run.append(row)
        else:
            run.append(row)
            if zlib.crc32(repr(row).encode()) % width == 0:
                yield run
                run = []
    if run:
        yield run


def write_pack(connection, folder: Path, target: Path, key: bytes | None, made_at: str) -> Manifest:
    """Write the journal ``connection`` reads (as one moment: a read transaction) as the pack
    ``target`` in the backups ``folder``, with the chunks it needs that are not there yet."""
    folder = Path(folder)
    keys = _keys(key)
    chunks = _chunks_folder(folder)
    with _locked(folder):
        stored = {p.name for p in chunks.iterdir()}
        tables: dict[str, dict] = {}
        total = 0
        with store.kept_rows(connection) as (header, kept):
            for table, rows in kept:
                names = []
                for run in _runs(rows, RUN.get(table.name, OTHER_RUN), table.rowid):
                    raw = json.dumps(run, ensure_ascii=False, separators=(",", ":"), default=_bytes_as_json).encode()
                    chunk = _name(raw, keys)
                    path = chunks / chunk
                    if chunk not in stored:
                        _write_file(path, _encode(raw, chunk, keys))
                        stored.add(chunk)
                    total += path.stat().st_size
                    names.append(chunk)
                tables[table.name] = {"columns": list(table.columns), "rowid": table.rowid, "chunks": names}
        _sync(chunks)
        data = {"format": FORMAT, "version": VERSION, "made_at": made_at, **header, "tables": tables}
        data = _write_manifest(target, data, keys, total)
        _sync(folder)
    return Manifest(target, data)


# -- reading a pack back -------------------------------------------------------------------


def _chunk_rows(folder: Path, name: str, keys: _Keys | None, manifest: Path) -> list[list]:
    path = _chunks_folder(folder) / name
    try:
        raw = _decode(path.read_bytes(), name, keys)
        return json.loads(raw, object_hook=lambda value: bytes.fromhex(value["x"]))
    except FileNotFoundError:
        problem = f"the part {name[:12]} is missing from {path.parent}"
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        problem = f"the part {name[:12]} is damaged: {error}"
    raise CorruptDatabaseError(
        manifest,
        f"{manifest} cannot be restored: {problem}. Your journal was not changed; choose another backup.",
    )


def check_pack(path: Path, key: bytes | None) -> Manifest:
    """Read every chunk of the pack at ``path`` and check it is what its name says; the
    manifest, or CorruptDatabaseError naming what is missing or damaged."""
    manifest = read_manifest(path, key)
    keys = _keys(key)
    for name in sorted(manifest.chunk_names):
        _chunk_rows(Path(path).parent, name, keys, Path(path))
    return manifest


def unpack(path: Path, target: Path, key: bytes | None, target_key: bytes | None) -> Manifest:
    """Write the journal the pack at ``path`` holds (its chunks read with ``key``, None for a
    plain folder) into the new database file ``target`` (encrypted with ``target_key`` if it is
    given), its search index built anew. ``target`` is whole only if this returns; the caller
    removes it otherwise.

    No SQL is taken from the pack: the schema is the one this app's migrations build for the
    pack's version, and the pack's tables and columns must be among it (store.write_kept_rows);
    its rows are bound as values. A missing or damaged chunk, or a table this version never
    had, raises CorruptDatabaseError; a newer version's pack NewerDatabaseError."""
    from . import migrations

    manifest = read_manifest(path, key)
    keys = _keys(key)
    folder = Path(path).parent
    data = manifest.data
    version = data.get("user_version")
    if not isinstance(version, int) or version < 1 or data.get("application_id") != migrations.APPLICATION_ID:
        raise _not_a_pack(path, "no schema version of this app's")
    if version > migrations.schema_version():
        raise NewerDatabaseError(
            path,
            f"{path} was made by a newer version of Ledelsesjournal. Your journal was not changed; install the "
            "newer version to restore it.",
        )

    def batches(chunks: list[str]) -> Iterator[list]:
        for chunk in chunks:
            yield _chunk_rows(folder, chunk, keys, Path(path))

    tables = [
        (name, tuple(entry["columns"]), entry["rowid"], batches(entry["chunks"]))
        for name, entry in data["tables"].items()
    ]
    store.write_kept_rows(Path(target), target_key, version, tables, lambda what: _not_a_pack(path, what))
    return manifest


def _not_a_pack(path: Path, what: str) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        path,
        f"{path} is damaged or is not a Ledelsesjournal backup ({what}). Your journal was not changed; "
        "choose another backup.",
    )


# -- keeping the folder --------------------------------------------------------------------


def collect_garbage(folder: Path, key: bytes | None, remove: Callable[[Path], None] | None = None) -> int:
    """Remove the chunks no manifest in ``folder`` names (with ``remove``, if given: the
    encryption shreds plain ones); how many. A manifest that cannot be read keeps every chunk
    (nothing is removed), as its chunks cannot be told."""
    folder = Path(folder)
    chunks = _chunks_folder(folder)
    if not chunks.is_dir():
        return 0
    with _locked(folder):
        named: set[str] = set()
        for path in manifests(folder):
            try:
                named |= read_manifest(path, key).chunk_names
            except JournalError:
                return 0
        removed = 0
        for path in chunks.iterdir():
            if path.name != _LOCK and ".part" not in path.name and path.name not in named:
                if remove is None:
                    path.unlink(missing_ok=True)
                else:
                    remove(path)
                removed += 1
        remove_leftovers(chunks)
        _sync(chunks)
    return removed


def recode(
    folder: Path, source_key: bytes | None, target_key: bytes | None, remove: Callable[[Path], None] | None = None
) -> None:
    """Write every pack in ``folder`` anew for ``target_key`` (None: plain), read with
    ``source_key``: the chunks are sealed, or opened, and renamed; then the manifests; then the
    chunks no manifest names are removed (with ``remove``, if given). A pack already as wanted
    is left alone, so that a run killed half way is finished by the next."""
    folder = Path(folder)
    source, target = _keys(source_key), _keys(target_key)
    with _locked(folder):
        for path in manifests(folder):
            if is_sealed(path) == (target_key is not None):
                continue
            manifest = read_manifest(path, source_key)
            renamed: dict[str, str] = {}
            total = 0
            for name in sorted(manifest.chunk_names):
                raw = _decode((_chunks_folder(folder) / name).read_bytes(), name, source)
                new = _name(raw, target)
                new_path = _chunks_folder(folder) / new
                if not new_path.exists():
                    _write_file(new_path, _encode(raw, new, target))
                renamed[name] = new
                total += new_path.stat().st_size
            data = dict(manifest.data)
            data["tables"] = {
                table: {**entry, "chunks": [renamed[n] for n in entry["chunks"]]}
                for table, entry in manifest.data["tables"].items()
            }
            _sync(_chunks_folder(folder))
            _write_manifest(path, data, target, total)
    collect_garbage(folder, target_key, remove)


def as_stored(path: Path) -> bytes:
    """The bytes of the file at ``path`` as anyone reading the disk could have them: a plain
    chunk's decompressed (compression hides nothing), any other file's as they are."""
    content = Path(path).read_bytes()
    if content[:4] == _PLAIN:
        try:
            return zlib.decompress(content[4:])
        except zlib.error:
            return content
    return content


def holds_plain(folder: Path) -> bool:
    """Whether a manifest or chunk in ``folder`` is not sealed (in an encrypted folder: an
    encryption that did not finish)."""
    chunks = _chunks_folder(folder)
    found = manifests(folder) + (
        [p for p in chunks.iterdir() if p.name != _LOCK and ".part" not in p.name] if chunks.is_dir() else []
    )
    return any(not is_sealed(path) for path in found)


def pack_bytes(folder: Path) -> int:
    """What the packs in ``folder`` take on disk together: their manifests and chunks."""
    chunks = _chunks_folder(folder)
    total = sum(p.stat().st_size for p in manifests(folder))
    if chunks.is_dir():
        total += sum(p.stat().st_size for p in chunks.iterdir() if p.is_file())
    return total
