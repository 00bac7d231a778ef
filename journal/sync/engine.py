"""One sync round between this journal and its folder.

1. What changed here since the last round (the store's ``sync_dirty``) becomes changes to each
   thing's document; each change is kept in the outbox in the same transaction as the document,
   so it is written to the folder exactly once whatever happens between the two.
2. The outbox is written as this device's next change files (numbered; a file whose writing was
   interrupted is written again with the same number and the same changes).
3. Every change file of the other devices not yet read is read; a damaged, incomplete or altered
   one is left out (and said), the rest are applied to the documents, and each thing the
   documents changed is written to the journal. What the leader changed here meanwhile is taken
   into its document first, in the same transaction, so nothing typed is overwritten.

Nothing here blocks writing for long: each transaction holds at most ``BATCH`` things.
"""

from __future__ import annotations

import json
import os
import platform
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import store as store_module
from ..errors import ImportFileError, SyncError, WrongSecretError
from ..model import now_utc
from . import docs, folder
from .clock import HybridClock, Stamp, wall_ms

BATCH = 500  # things per transaction
FILE_CHANGES = 1000  # changes per change file
# Names of folders that a sync service keeps in step; the live journal inside one gets corrupted
# or forked ("journal (conflicted copy).sqlite3").
CLOUD_FOLDERS = (
    "onedrive",
    "dropbox",
    "nextcloud",
    "owncloud",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "mobile documents",
    "icloudrive",
    "box",
    "box sync",
    "pcloud",
    "pcloud drive",
    "mega",
    "megasync",
    "sync",  # Syncthing's default folder
    "seafile",
    "tresorit",
)


@dataclass
class Report:
    """What a round did."""

    sent: int = 0  # things changed here, written to the folder
    received: int = 0  # things changed by others, written to the journal
    conflicts: int = 0  # texts changed on two machines at once where the changes touch
    files_written: int = 0
    files_read: int = 0
    unreadable: list[folder.Unreadable] = field(default_factory=list)
    root: Path | None = None
    finished_at: datetime | None = None


@dataclass(frozen=True)
class Status:
    folder: Path | None
    device: str | None
    last_sync: datetime | None
    waiting: int  # things changed here since the last round
    conflicts: int
    devices: dict[str, dict]  # what each device in the folder says of itself
    cloud_warning: str | None  # the data folder lies inside this sync service's folder


def cloud_folder(path: Path) -> str | None:
    """The name of a sync service's folder that ``path`` lies inside, if any."""
    for part in Path(os.path.realpath(path)).parts:
        name = part.lower()
        if name in CLOUD_FOLDERS or name.startswith(("onedrive - ", "dropbox (", "nextcloud-")):
            return part
    return None


def status(store) -> Status:
    state = store.sync_state()
    where = Path(state["folder"]) if "folder" in state else None
    root = folder.root_of(where) if where else None
    return Status(
        folder=where,
        device=state.get("device"),
        last_sync=datetime.fromisoformat(state["last_sync"]) if "last_sync" in state else None,
        waiting=store.sync_dirty_count(),
        conflicts=len(store.sync_conflicts()),
        devices=folder.devices(root) if root and root.is_dir() else {},
        cloud_warning=cloud_folder(store.path.parent) if store.path else None,
    )


def stop(store) -> None:
    """This journal syncs no more (the folder and the other devices are left as they are)."""
    store.sync_forget_all()


class _Round:
    def __init__(self, store, client: int, device: str, clock: HybridClock, key: bytes | None, journal: str):
        self.store = store
        self.client = client
        self.device = device
        self.clock = clock
        self.key = key
        self.journal = journal

    def doc(self, obj: str):
        return docs.new_doc(self.client, self.store.sync_doc(obj))

    def shape_here(self, obj: str) -> docs.Shape:
        thing = self.store.sync_object(obj)
        return docs.reflection_shape(thing) if obj.startswith("r:") else docs.value_shape(thing)

    def capture(self, obj: str, doc) -> bool:
        """Take what the journal holds of ``obj`` into its document as a change made here; inside
        a transaction. Whether there was a change."""
        shape = self.shape_here(obj)
        vector = doc.get_state()
        before = docs.read(doc)
        if not docs.write(doc, shape, self.clock.tick()):
            self.store.sync_keep(obj, docs.state_of(doc))
            return False
        texts = {name: text for name, text in shape.texts.items() if before.texts.get(name, "") != text}
        change = {
            "update": doc.get_update(vector).hex(),
            "vector": doc.get_state().hex(),
            "texts": texts,
        }
        self.store.sync_keep(obj, docs.state_of(doc), json.dumps(change, ensure_ascii=False).encode())
        return True

    def thing(self, obj: str, shape: docs.Shape) -> tuple[bool, Any]:
        """(whole, what to write) for a document's shape; not whole: its first change is still
        to come, and the journal is left as it is."""
        if obj.startswith("r:"):
            try:
                return True, docs.shape_reflection(obj[2:], shape, "sync")
            except ImportFileError:
                return False, None
        return True, shape.values.get("value")


def _vector(data: bytes) -> dict[int, int]:
    """A state vector (lib0 encoding: a count, then client and clock pairs, as variable-length
    unsigned integers): each client's next clock."""
    values, shift, current = [], 0, 0
    for byte in data:
        current |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
        else:
            values.append(current)
            current, shift = 0, 0
    pairs = values[1:]
    return {pairs[i]: pairs[i + 1] for i in range(0, len(pairs) - 1, 2)}


def _seen(state: dict[str, str]) -> dict[str, list[int]]:
    return {device: list(numbers) for device, numbers in json.loads(state.get("seen", "{}")).items()}


def _compact(numbers: set[int]) -> list[int]:
    """The numbers read from a device, as [n, extra...]: every number up to n, and each above."""
    upto = 0
    while upto + 1 in numbers:
        upto += 1
    return [upto, *sorted(n for n in numbers if n > upto)]


def _has_read(seen: list[int], number: int) -> bool:
    return bool(seen) and (number <= seen[0] or number in seen[1:])


def _folder_key(store, root: Path, manifest: folder.Manifest, passphrase: str | None, state: dict) -> bytes | None:
    encrypted = store.path is not None and store_module.is_encrypted(store.path)
    if manifest.sealed != encrypted:
        raise SyncError("sealed_plain" if manifest.sealed else "plain_sealed", folder=str(root))
    if not manifest.sealed:
        return None
    if "folder_key" in state and state.get("journal") == manifest.journal:
        return bytes.fromhex(state["folder_key"])
    if passphrase is None:
        raise SyncError("passphrase", folder=str(root))
    from ..keys import open_with_passphrase

    try:
        return open_with_passphrase(manifest.key_slot or {}, passphrase)
    except WrongSecretError as error:
        raise SyncError("wrong_passphrase", folder=str(root)) from error


def sync(
    store,
    chosen: Path | None = None,
    passphrase: str | None = None,
    now: Callable[[], int] = wall_ms,
    device_name: str | None = None,
) -> Report:
    """Sync the journal with ``chosen`` (None: the folder it syncs with already). Raises
    :class:`SyncError` when it cannot begin; files it cannot read are in the report."""
    state = store.sync_state()
    if chosen is None:
        if "folder" not in state:
            raise SyncError("no_folder")
        chosen = Path(state["folder"])
    chosen = Path(chosen).expanduser().absolute()
    if store.path is not None:
        data = store.path.parent
        if folder.is_inside(chosen, data) or folder.is_inside(data, chosen):
            raise SyncError("inside_data", folder=str(chosen))
    if not chosen.is_dir():
        raise SyncError("no_such_folder", folder=str(chosen))
    root = folder.root_of(chosen)
    manifest = folder.read_manifest(root)
    first = "device" not in state or state.get("folder") != str(chosen)
    if manifest is None:
        # A new sync folder: this journal's.
        encrypted = store.path is not None and store_module.is_encrypted(store.path)
        journal_id = state.get("journal") or secrets.token_hex(16)
        slot = None
        folder_key = None
        if encrypted:
            if passphrase is None:
                raise SyncError("passphrase", folder=str(root))
            from ..keys import seal_with_passphrase

            folder_key = folder.new_folder_key()
            slot = seal_with_passphrase(folder_key, passphrase)
        manifest = folder.Manifest(journal_id, encrypted, slot)
        try:
            folder.write_manifest(root, manifest)
        except (OSError, Exception) as error:
            if isinstance(error, SyncError):
                raise
            raise SyncError("cannot_write", folder=str(root), detail=str(error)) from error
        key = folder_key
    else:
        if state.get("journal") not in (None, manifest.journal) and not first:
            raise SyncError("other_journal", folder=str(root))
        key = _folder_key(store, root, manifest, passphrase, state)
    if first or state.get("journal") != manifest.journal:
        # This journal joins the folder: everything it holds goes out once.
        device = state.get("device") or secrets.token_hex(6)
        store.set_sync_state(
            {
                "device": device,
                "client": state.get("client") or str(secrets.randbits(32)),
                "journal": manifest.journal,
                "folder": str(chosen),
                "files": state.get("files", "0"),
                "seen": state.get("seen", "{}"),
                "folder_key": key.hex() if key else None,
            }
        )
        store.sync_mark_all()
        state = store.sync_state()
    device, client = state["device"], int(state["client"])
    written = int(state.get("files", "0"))
    own = folder.device_folder(root, device)
    if own.is_dir() and any((folder.number_in_name(p) or 0) > written for p in own.glob(f"*{folder.SUFFIX}")):
        # The folder holds more of this device's files than the journal wrote: the journal was
        # put back from a backup (or copied). Its document clocks would be used twice; it carries
        # on as a new device, and its old files are read as another's.
        device, client, written = secrets.token_hex(6), secrets.randbits(32), 0
        store.sync_forget_outbox()
        store.set_sync_state({"device": device, "client": str(client), "files": "0"})
        store.sync_mark_all()
    clock = HybridClock(device, Stamp.parse(state["clock"]) if "clock" in state else None, now)
    work = _Round(store, client, device, clock, key, manifest.journal)
    report = Report(root=root)

    # 1. What changed here.
    while True:
        dirty = store.sync_dirty(BATCH)
        if not dirty:
            break
        with store.sync_writing():
            for obj in dirty:
                report.sent += work.capture(obj, work.doc(obj))
            store.set_sync_state({"clock": clock.last.text()})

    # 2. Into this device's change files.
    try:
        for number in store.sync_unsent_files():
            _write_file(store, root, work, number)
            report.files_written += 1
        while True:
            number = written + 1
            if not store.sync_assign(number, FILE_CHANGES):
                break
            store.set_sync_state({"files": str(number)})
            written = number
            _write_file(store, root, work, number)
            report.files_written += 1
    except OSError as error:
        raise SyncError("cannot_write", folder=str(root), detail=str(error)) from error

    # 3. What the others wrote.
    seen = _seen(store.sync_state())
    arrived: dict[str, list[tuple[bytes, bytes, dict[str, str]]]] = {}
    read_now: dict[str, set[int]] = {}
    for path in folder.change_files(root):
        number = folder.number_in_name(path)
        writer = path.parent.name
        if writer == device or (number is not None and _has_read(seen.get(writer, []), number)):
            continue
        found = folder.read_change_file(path, manifest.journal, key)
        if isinstance(found, folder.Unreadable):
            report.unreadable.append(found)
            continue
        if (
            found.device == device
            or _has_read(seen.get(found.device, []), found.number)
            or found.number in read_now.get(found.device, ())
        ):
            continue  # this device's own, or a copy of one read already
        report.files_read += 1
        clock.witness(Stamp.parse(found.clock))
        read_now.setdefault(found.device, set()).add(found.number)
        for obj, update, vector, texts in found.records:
            arrived.setdefault(obj, []).append((update, vector, texts, (found.device, found.number)))
    objects = list(arrived)
    waiting: set[tuple[str, int]] = set()
    for start in range(0, len(objects), BATCH):
        with store.sync_writing():
            for obj in objects[start : start + BATCH]:
                report.received += _apply(work, obj, arrived[obj], report, waiting)
    for writer, number in waiting:
        # A change that builds on what has not arrived yet: its file is read again next time.
        read_now[writer].discard(number)
    for writer, numbers in read_now.items():
        seen[writer] = _compact(numbers | _expand(seen.get(writer, [])))
    report.finished_at = now_utc()
    store.set_sync_state(
        {
            "seen": json.dumps(seen),
            "clock": clock.last.text(),
            "last_sync": report.finished_at.isoformat(),
        }
    )
    try:
        folder.write_device(
            root,
            device,
            {
                "name": device_name or platform.node() or device,
                "last_sync": report.finished_at.isoformat(),
                "seen": {writer: numbers[0] for writer, numbers in seen.items() if numbers},
            },
        )
    except OSError as error:
        raise SyncError("cannot_write", folder=str(root), detail=str(error)) from error
    return report


def _expand(seen: list[int]) -> set[int]:
    return set(range(1, seen[0] + 1)) | set(seen[1:]) if seen else set()


def _write_file(store, root: Path, work: _Round, number: int) -> None:
    records = []
    for obj, change in store.sync_outbox(number):
        data = json.loads(change)
        records.append((obj, bytes.fromhex(data["update"]), bytes.fromhex(data["vector"]), data["texts"]))
    folder.write_change_file(root, work.journal, work.device, number, work.clock.last.text(), records, work.key)
    store.sync_sent(number)


def _apply(work: _Round, obj: str, changes: list, report: Report, waiting: set[tuple[str, int]]) -> bool:
    """Apply another device's changes to one thing, inside a transaction; whether the journal's
    copy changed. A change whose writer had seen more than this document holds (its file came
    before one it builds on) is not whole here yet: its file goes into ``waiting``."""
    store = work.store
    doc = work.doc(obj)
    if store.sync_is_dirty(obj):
        work.capture(obj, doc)  # what the leader typed meanwhile goes out next round, merged
    before = docs.read(doc)
    mine = _vector(doc.get_state()).get(work.client, 0)
    for update, _, _, _ in changes:
        doc.apply_update(update)
    after = docs.read(doc)
    have = _vector(doc.get_state())
    for _, vector, _, source in changes:
        if any(have.get(client, 0) < clock for client, clock in _vector(vector).items()):
            waiting.add(source)
    changed = after != before
    if changed:
        whole, thing = work.thing(obj, after)
        if whole:
            store.sync_put(obj, thing)
        for _, vector, texts, _ in changes:
            if mine and _vector(vector).get(work.client, 0) < mine:
                # Written there without all that was written here: the two met in this merge.
                for name, theirs in texts.items():
                    here, merged = before.texts.get(name, ""), after.texts.get(name, "")
                    if theirs != here and docs.overlaps(here, theirs, merged):
                        store.sync_conflict(obj, name, here, theirs)
                        report.conflicts += 1
    store.sync_keep(obj, docs.state_of(doc))
    return changed
