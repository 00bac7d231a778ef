"""Backups: make one now, list them, restore one, and remove those no longer wanted."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from .. import dates
from ..backup import (
    BackupInfo,
    backup,
    backups_folder,
    check_backup,
    check_removal,
    latest_ways_back,
    list_backups,
    remove_backups,
    restore,
)
from ..errors import LockedDatabaseError, NotFoundError
from ..instance import InstanceLock
from ..paths import database_path, ensure_private_dir
from .base import Command, Context, UsageError, positive

# The copies kept before a restore or an upgrade, by the BackupInfo flag that marks them.
KINDS = {"before_restore": "cli.backup.before_restore", "before_upgrade": "cli.backup.before_upgrade"}


def register(command: Command) -> dict:
    back = command("backup", "back up the journal now, into the backups folder of the data folder")
    back.add_argument(
        "--keep", type=positive, metavar="N", help="then remove all but the newest N backups (default: remove none)"
    )
    back.add_argument("--json", action="store_true")

    listing = command("backups", "list the backups, newest first, with their size; or remove some")
    listing.add_argument(
        "--remove",
        nargs="+",
        metavar="FILE",
        help="remove these backups for good, of any kind (the copies kept before a restore or an "
        "upgrade too); a file name alone is the one in the backups folder",
    )
    listing.add_argument(
        "--yes", action="store_true", help="with --remove: remove (without it, only say what would happen)"
    )
    listing.add_argument("--json", action="store_true")

    back_to = command("restore", "replace the journal with a backup; the current journal is kept in the backups folder")
    back_to.add_argument("file", metavar="FILE|latest", help="a backup file, or latest: the newest backup")
    back_to.add_argument("--yes", action="store_true", help="restore (without it, only say what would happen)")
    return {"backup": cmd_backup, "backups": cmd_backups, "restore": cmd_restore}


def as_dict(info: BackupInfo) -> dict:
    return {
        "path": str(info.path),
        "made_at": info.made_at.isoformat(),
        "size": info.size,
        "reflections": info.reflections,
        "before_restore": info.before_restore,
        "before_upgrade": info.before_upgrade,
    }


def describe(ctx: Context, info: BackupInfo) -> str:
    from ..readings import counted, file_size  # readings loads analytics: not for every command

    size = file_size(info.size, ctx.lang)
    if info.reflections is None:
        count = ctx.word("cli.backup.unreadable")
    else:
        count = counted(info.reflections, "reflection", ctx.lang)
    kind = next((f"  ({ctx.word(key)})" for attribute, key in KINDS.items() if getattr(info, attribute)), "")
    return f"{dates.column(info.made_at.astimezone(), ctx.lang)}  {size:>8}  {count}  {info.path}{kind}"


def cmd_backup(ctx: Context, stdin: IO[str]) -> int:
    folder = ctx.journal_folder()
    path = backup(ctx.store, folder, ctx.args.keep)
    if ctx.args.json:
        ctx.print_json(next(as_dict(info) for info in list_backups(folder) if info.path == path))
    else:
        ctx.print(str(path))
    return 0


def cmd_backups(ctx: Context, stdin: IO[str]) -> int:
    folder = ctx.journal_folder()
    if ctx.args.remove:
        return remove(ctx, folder)
    if ctx.args.yes:
        raise UsageError("--yes is only for --remove")
    backups = list_backups(folder)
    if ctx.args.json:
        ctx.print_json([as_dict(info) for info in backups])
        return 0
    if not backups:
        ctx.print(ctx.word("cli.backup.none", folder=backups_folder(folder)))
    for info in backups:
        ctx.print(describe(ctx, info))
    return 0


# Why a copy is the way back from something, for the question before removing it.
LOST = {
    "before_restore": "the journal as it was before the latest restore: that restore could not be undone",
    "before_upgrade": "the journal as it was before the latest upgrade: the journal as the previous version "
    "left it would be gone",
}


def remove(ctx: Context, folder: Path) -> int:
    """Checks every file even without --yes, so that a wrong one is refused before anyone agrees."""
    named = [Path(name) if Path(name).name != name else backups_folder(folder) / name for name in ctx.args.remove]
    chosen = check_removal(folder, named)
    if not ctx.args.yes:
        lost = [
            f"; {path} is {LOST[kind]}"
            for kind, path in latest_ways_back(list_backups(folder)).items()
            if path in chosen
        ]
        raise UsageError(f"this would remove {', '.join(map(str, chosen))} for good{''.join(lost)}; add --yes to do it")
    removed = remove_backups(folder, chosen)
    if ctx.args.json:
        ctx.print_json({"removed": [str(path) for path in removed]})
    else:
        for path in removed:
            ctx.print(ctx.word("cli.backup.removed", file=path))
    return 0


def cmd_restore(ctx: Context, stdin: IO[str]) -> int:
    """Checks the backup even without --yes, so that a bad one is refused before anyone agrees."""
    folder = ctx.journal_folder()
    if ctx.args.file == "latest":
        newest = next((info for info in list_backups(folder) if info.ordinary), None)
        if newest is None:
            raise NotFoundError(f"no backups in {backups_folder(folder)} yet; make one with 'ledelsesjournal backup'")
        file = newest.path
    else:
        file = Path(ctx.args.file)
    check_backup(file)
    if not ctx.args.yes:
        raise UsageError(
            f"this would replace the journal {database_path(folder)} with {file}, keeping the "
            f"current journal in {backups_folder(folder)}; add --yes to do it"
        )
    # Held while restoring, so that the window neither is open on the journal nor opens meanwhile.
    with InstanceLock(ensure_private_dir(folder)) as lock:
        if not lock.acquire():
            raise LockedDatabaseError(
                database_path(folder),
                "Ledelsesjournal is open on this journal. Close it and try again; your journal was not changed.",
            )
        kept = restore(folder, file)
    ctx.print(ctx.word("cli.backup.restored", file=file))
    if kept is not None:
        ctx.print(ctx.word("cli.backup.kept", kept=kept))
    return 0
