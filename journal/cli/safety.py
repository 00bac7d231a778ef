"""Backups: make one now, list them, and restore one."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from ..backup import BackupInfo, backup, backups_folder, check_backup, list_backups, restore
from ..errors import LockedDatabaseError, NotFoundError
from ..instance import InstanceLock
from ..paths import database_path, ensure_private_dir
from .base import Command, Context, UsageError, positive

WORDS = {
    "da": {
        "reflection": "refleksion", "reflections": "refleksioner", "unreadable": "kan ikke læses",
        "before_restore": "før gendannelse", "before_upgrade": "før opgradering",
        "none": "Ingen sikkerhedskopier endnu i {folder}.",
        "restored": "Journalen er gendannet fra {file}.", "kept": "Den tidligere journal er gemt som {kept}.",
    },
    "en": {
        "reflection": "reflection", "reflections": "reflections", "unreadable": "cannot be read",
        "before_restore": "before restore", "before_upgrade": "before upgrade",
        "none": "No backups yet in {folder}.",
        "restored": "The journal was restored from {file}.", "kept": "The previous journal was kept as {kept}.",
    },
}


def register(command: Command) -> dict:
    back = command("backup", "back up the journal now, into the backups folder of the data folder")
    back.add_argument("--keep", type=positive, metavar="N",
                      help="then remove all but the newest N backups (default: remove none)")
    back.add_argument("--json", action="store_true")

    listing = command("backups", "list the backups, newest first")
    listing.add_argument("--json", action="store_true")

    back_to = command("restore", "replace the journal with a backup; the current journal is kept in the backups "
                                 "folder")
    back_to.add_argument("file", metavar="FILE|latest", help="a backup file, or latest: the newest backup")
    back_to.add_argument("--yes", action="store_true", help="restore (without it, only say what would happen)")
    return {"backup": cmd_backup, "backups": cmd_backups, "restore": cmd_restore}


def as_dict(info: BackupInfo) -> dict:
    return {"path": str(info.path), "made_at": info.made_at.isoformat(), "size": info.size,
            "reflections": info.reflections, "before_restore": info.before_restore,
            "before_upgrade": info.before_upgrade}


def describe(ctx: Context, info: BackupInfo) -> str:
    words = WORDS[ctx.lang]
    size = f"{info.size / 1_000_000:.1f} MB" if info.size >= 1_000_000 else f"{max(1, round(info.size / 1000))} kB"
    if info.reflections is None:
        count = words["unreadable"]
    else:
        count = f"{info.reflections} {words['reflection' if info.reflections == 1 else 'reflections']}"
    kind = next((f"  ({words[kind]})" for kind in ("before_restore", "before_upgrade") if getattr(info, kind)), "")
    return f"{info.made_at.astimezone():%Y-%m-%d %H:%M}  {size:>8}  {count}  {info.path}{kind}"


def cmd_backup(ctx: Context, stdin: IO[str]) -> int:
    folder = ctx.data_dir
    path = backup(ctx.store, folder, ctx.args.keep)
    if ctx.args.json:
        ctx.print_json(next(as_dict(info) for info in list_backups(folder) if info.path == path))
    else:
        ctx.print(str(path))
    return 0


def cmd_backups(ctx: Context, stdin: IO[str]) -> int:
    folder = ctx.data_dir
    backups = list_backups(folder)
    if ctx.args.json:
        ctx.print_json([as_dict(info) for info in backups])
        return 0
    if not backups:
        ctx.print(WORDS[ctx.lang]["none"].format(folder=backups_folder(folder)))
    for info in backups:
        ctx.print(describe(ctx, info))
    return 0


def cmd_restore(ctx: Context, stdin: IO[str]) -> int:
    """Checks the backup even without --yes, so that a bad one is refused before anyone agrees."""
    folder = ctx.data_dir
    if ctx.args.file == "latest":
        newest = next((info for info in list_backups(folder) if info.ordinary), None)
        if newest is None:
            raise NotFoundError(f"no backups in {backups_folder(folder)} yet; make one with 'ledelsesjournal backup'")
        file = newest.path
    else:
        file = Path(ctx.args.file)
    check_backup(file)
    if not ctx.args.yes:
        raise UsageError(f"this would replace the journal {database_path(folder)} with {file}, keeping the "
                         f"current journal in {backups_folder(folder)}; add --yes to do it")
    # Held while restoring, so that the window neither is open on the journal nor opens meanwhile.
    with InstanceLock(ensure_private_dir(folder)) as lock:
        if not lock.acquire():
            raise LockedDatabaseError(database_path(folder), "Ledelsesjournal is open on this journal. Close it "
                                      "and try again; your journal was not changed.")
        kept = restore(folder, file)
    words = WORDS[ctx.lang]
    ctx.print(words["restored"].format(file=file))
    if kept is not None:
        ctx.print(words["kept"].format(kept=kept))
    return 0
