"""Sync: the same journal on several machines, through a folder (journal.sync)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import IO

from .. import dates
from ..errors import SyncError
from .base import Command, Context


def register(command: Command) -> dict:
    sync = command(
        "sync",
        "sync the journal with a folder your sync service or a USB stick carries between machines "
        "(FOLDER the first time; then without it)",
    )
    sync.add_argument("folder", nargs="?", metavar="FOLDER", help="the folder to sync with (remembered)")
    what = sync.add_mutually_exclusive_group()
    what.add_argument("--status", action="store_true", help="say how syncing stands, and change nothing")
    what.add_argument("--stop", action="store_true", help="stop syncing this journal (the folder is left as it is)")
    sync.add_argument("--json", action="store_true", help="with --status: as JSON")
    return {"sync": cmd_sync}


def _when(ctx: Context, moment) -> str:
    return dates.date_and_time(moment.astimezone(), ctx.lang) if moment else "—"


def cmd_sync(ctx: Context, stdin: IO[str]) -> int:
    from ..sync import engine

    store = ctx.store
    if ctx.args.status:
        found = engine.status(store)
        if ctx.args.json:
            ctx.print_json(
                {
                    "folder": str(found.folder) if found.folder else None,
                    "device": found.device,
                    "last_sync": found.last_sync.isoformat() if found.last_sync else None,
                    "waiting": found.waiting,
                    "conflicts": found.conflicts,
                    "devices": found.devices,
                    "cloud_warning": found.cloud_warning,
                }
            )
            return 0
        if found.folder is None:
            ctx.print(ctx.word("cli.sync.not_set"))
        else:
            ctx.print(ctx.word("cli.sync.status", folder=found.folder, when=_when(ctx, found.last_sync)))
            ctx.print(ctx.word("cli.sync.waiting", count=found.waiting))
            for device, info in found.devices.items():
                mark = " *" if device == found.device else ""
                last = info.get("last_sync")
                when = _when(ctx, datetime.fromisoformat(last)) if isinstance(last, str) else "—"
                ctx.print(f"  {info.get('name', device)} ({device}){mark}: {when}")
            if found.conflicts:
                ctx.print(ctx.word("cli.sync.conflicts", count=found.conflicts))
        if found.cloud_warning:
            ctx.print(ctx.word("cli.sync.cloud", service=found.cloud_warning, folder=ctx.data_dir))
        return 0
    if ctx.args.stop:
        engine.stop(store)
        ctx.print(ctx.word("cli.sync.stopped"))
        return 0
    chosen = Path(ctx.args.folder) if ctx.args.folder else None
    try:
        report = engine.sync(store, chosen)
    except SyncError as error:
        if error.reason != "passphrase":
            raise
        report = engine.sync(store, chosen, passphrase=ctx.secret(ctx.word("cli.sync.passphrase")))
    ctx.print(
        ctx.word(
            "cli.sync.done",
            folder=report.root,
            sent=report.sent,
            received=report.received,
        )
    )
    if report.conflicts:
        ctx.print(ctx.word("cli.sync.conflicts", count=report.conflicts))
    for unreadable in report.unreadable:
        ctx.print(ctx.word(f"cli.sync.unreadable.{unreadable.reason.split(':')[0]}", file=unreadable.path))
    return 0
