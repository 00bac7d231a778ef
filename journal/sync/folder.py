"""The sync folder: what lies in it and how each file is written and read.

::

    FOLDER/Ledelsesjournal/                 (or FOLDER itself, when it holds the manifest)
        ledelsesjournal-sync.json           which journal, sealed or not (and the sealed key)
        devices/<device>/<number>.ljsync    each device's change files, numbered 1, 2, 3, ...
        devices/<device>/device.json        the device's name, its last sync, what it has read

Each device writes only into its own folder, so two devices never write the same file; a file is
written beside its name and moved into place whole. A change file says inside which device wrote
it and its number, so one the sync service renamed ("00000003 (conflicted copy).ljsync") or copied
twice is read as what it is, and only once. Its bytes: ``LJSYNC1``, then ``P`` and the SHA-256 of
the rest (a plain journal: damage is found, not tampering) or ``S``, a nonce and AES-256-GCM
(an encrypted journal: the content is unreadable without the journal's passphrase, and a file
changed by anyone else is refused), around zlib-compressed JSON.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import SyncError
from ..fileio import atomic_write

MANIFEST = "ledelsesjournal-sync.json"
FORMAT = "ledelsesjournal-sync"
VERSION = 1
SUBFOLDER = "Ledelsesjournal"
MAGIC = b"LJSYNC1"
SUFFIX = ".ljsync"
_NUMBER = re.compile(r"^(\d+)")
_NONCE = 12


def root_of(folder: Path) -> Path:
    """Where the sync files live for the folder the leader chose: the folder itself when it holds a
    manifest already, else a ``Ledelsesjournal`` folder inside it (so a folder with other things
    in it stays tidy, and two machines pointed at the same folder meet)."""
    folder = Path(folder).expanduser()
    return folder if (folder / MANIFEST).exists() else folder / SUBFOLDER


@dataclass(frozen=True)
class Manifest:
    journal: str
    sealed: bool
    key_slot: dict | None = None  # sealed: the folder key, sealed with the passphrase (journal.keys)


def read_manifest(root: Path) -> Manifest | None:
    path = root / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise SyncError("manifest", folder=str(root), detail=str(error)) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SyncError("manifest", folder=str(root), detail="not a Ledelsesjournal sync folder")
    if data.get("version", 0) > VERSION:
        raise SyncError("newer", folder=str(root))
    journal, sealed = data.get("journal"), data.get("sealed")
    if not isinstance(journal, str) or not isinstance(sealed, bool):
        raise SyncError("manifest", folder=str(root), detail="journal or sealed missing")
    return Manifest(journal, sealed, data.get("key"))


def write_manifest(root: Path, manifest: Manifest) -> None:
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "journal": manifest.journal,
        "sealed": manifest.sealed,
    }
    if manifest.key_slot is not None:
        data["key"] = manifest.key_slot
    root.mkdir(parents=True, exist_ok=True)
    with atomic_write(root / MANIFEST) as out:
        json.dump(data, out, indent=1)


def device_folder(root: Path, device: str) -> Path:
    return root / "devices" / device


@dataclass(frozen=True)
class ChangeFile:
    device: str
    number: int
    clock: str  # the writer's clock when it wrote the file
    records: list[tuple[str, bytes, bytes, dict[str, str]]]  # object, update, writer's state vector, texts
    path: Path


@dataclass(frozen=True)
class Unreadable:
    path: Path
    reason: str  # "damaged", "incomplete", "sealed" (no key), "foreign" (another journal), "altered"


def _aad(journal: str) -> bytes:
    return MAGIC + b"S" + journal.encode()


def encode(journal: str, device: str, number: int, clock: str, records, key: bytes | None) -> bytes:
    payload = {
        "journal": journal,
        "device": device,
        "number": number,
        "clock": clock,
        "records": [
            [obj, base64.b64encode(update).decode(), base64.b64encode(vector).decode(), texts]
            for obj, update, vector, texts in records
        ],
    }
    packed = zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(), 6)
    if key is None:
        return MAGIC + b"P" + hashlib.sha256(packed).digest() + packed
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(_NONCE)
    return MAGIC + b"S" + nonce + AESGCM(key).encrypt(nonce, packed, _aad(journal))


def decode(data: bytes, journal: str, key: bytes | None, path: Path) -> ChangeFile | Unreadable:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 1:
        return Unreadable(path, "incomplete" if MAGIC.startswith(data[: len(MAGIC)]) else "damaged")
    kind, rest = data[len(MAGIC) : len(MAGIC) + 1], data[len(MAGIC) + 1 :]
    if kind == b"P":
        if key is not None:
            return Unreadable(path, "altered")  # a sealed folder holds no plain file
        digest, packed = rest[:32], rest[32:]
        if hashlib.sha256(packed).digest() != digest:
            return Unreadable(path, "damaged")
    elif kind == b"S":
        if key is None:
            return Unreadable(path, "sealed")
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            packed = AESGCM(key).decrypt(rest[:_NONCE], rest[_NONCE:], _aad(journal))
        except (InvalidTag, ValueError):
            return Unreadable(path, "altered")
    else:
        return Unreadable(path, "damaged")
    try:
        payload = json.loads(zlib.decompress(packed))
        if payload["journal"] != journal:
            return Unreadable(path, "foreign")
        records = [
            (str(obj), base64.b64decode(update), base64.b64decode(vector), dict(texts))
            for obj, update, vector, texts in payload["records"]
        ]
        return ChangeFile(str(payload["device"]), int(payload["number"]), str(payload["clock"]), records, path)
    except (ValueError, KeyError, TypeError, zlib.error):
        return Unreadable(path, "damaged")


def write_change_file(root: Path, journal: str, device: str, number: int, clock: str, records, key) -> Path:
    folder = device_folder(root, device)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{number:08d}{SUFFIX}"
    with atomic_write(path, binary=True) as out:
        out.write(encode(journal, device, number, clock, records, key))
    return path


def change_files(root: Path) -> Iterator[Path]:
    """Every change file in the folder, whatever the sync service named it (its copies too)."""
    devices = root / "devices"
    if devices.is_dir():
        for path in sorted(devices.rglob(f"*{SUFFIX}")):
            if not path.name.startswith("."):
                yield path


def number_in_name(path: Path) -> int | None:
    found = _NUMBER.match(path.name)
    return int(found.group(1)) if found else None


def read_change_file(path: Path, journal: str, key: bytes | None) -> ChangeFile | Unreadable:
    try:
        data = path.read_bytes()
    except OSError as error:
        return Unreadable(path, f"unreadable: {error.strerror or error}")
    return decode(data, journal, key, path)


def write_device(root: Path, device: str, info: dict) -> None:
    folder = device_folder(root, device)
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_write(folder / "device.json") as out:
        json.dump(info, out, indent=1, ensure_ascii=False)


def devices(root: Path) -> dict[str, dict]:
    """What each device says of itself (name, last sync, what it has read)."""
    found = {}
    base = root / "devices"
    if base.is_dir():
        for folder in sorted(base.iterdir()):
            try:
                found[folder.name] = json.loads((folder / "device.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                found[folder.name] = {}
    return found


def folder_size(root: Path) -> int:
    return sum(path.stat().st_size for path in root.rglob("*") if path.is_file())


def new_folder_key() -> bytes:
    return secrets.token_bytes(32)


def is_inside(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
        return True
    except ValueError:
        return False
