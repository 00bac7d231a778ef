"""Privacy: encrypt the journal (and every backup), decrypt it, change its passphrase; find what
the journal holds about a person (and export it), and forget them."""

from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING

from .. import dates, encryption, retention
from ..backup import list_backups
from ..errors import DatabaseError
from ..export import ExportOptions, formats
from ..model import now_local
from ..paths import ensure_private_dir
from .base import PASSPHRASE_ENV, Command, Context, UsageError, positive
from .files import exporter_for, target_for, write_export

if TYPE_CHECKING:
    from .. import people  # loaded by the commands about people alone

NEW_PASSPHRASE_ENV = "LEDELSESJOURNAL_NEW_PASSPHRASE"


def register(command: Command) -> dict:
    encrypt = command(
        "encrypt",
        "encrypt the journal and every backup with a passphrase; shows a recovery key once",
    )
    encrypt.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"the passphrase to encrypt with: the first line of FILE (default: ${NEW_PASSPHRASE_ENV}, "
        f"then ${PASSPHRASE_ENV}, or asked twice on the terminal)",
    )
    command("decrypt", "write the journal and every backup unencrypted again (asks for the passphrase)")
    change = command("passphrase", "change the journal's passphrase (the recovery key stays valid)")
    change.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"the new passphrase: the first line of FILE (default: ${NEW_PASSPHRASE_ENV}, or asked twice)",
    )
    person = command("person", "every reflection and framework text that mentions a person, with the count")
    person.add_argument("name", nargs="+", help="the person's name (the possessive forms are found too)")
    person.add_argument("--json", action="store_true")
    person.add_argument(
        "--export",
        metavar="FILE",
        help="write everything about the person to FILE, for an access request (.pdf, .md or .json)",
    )
    person.add_argument("--format", choices=formats("person"), help="the export's format (default: from FILE)")
    forget = command(
        "forget",
        "remove a person from the journal and every backup (shows what it would change unless --yes)",
    )
    forget.add_argument("name", nargs="+", help="the person's name")
    how = forget.add_mutually_exclusive_group()
    how.add_argument("--marker", help="the text that replaces the name (default: [name removed] in --lang)")
    how.add_argument("--delete", action="store_true", help="delete every reflection that mentions the person, instead")
    forget.add_argument("--yes", action="store_true", help="do it (without it, only say what would change)")
    keep = command(
        "retention", "list the reflections older than YEARS years (the Trash included), or delete them for good"
    )
    keep.add_argument("--years", type=positive, required=True, metavar="YEARS")
    keep.add_argument("--yes", action="store_true", help="delete them (without it, only list them)")
    return {
        "retention": cmd_retention,
        "encrypt": cmd_encrypt,
        "decrypt": cmd_decrypt,
        "passphrase": cmd_passphrase,
        "person": cmd_person,
        "forget": cmd_forget,
    }


def _new_passphrase(ctx: Context, fallback_env: str | None = None) -> str:
    if getattr(ctx.args, "new_passphrase_file", None) or os.environ.get(NEW_PASSPHRASE_ENV):
        return ctx.secret("", env=NEW_PASSPHRASE_ENV, option="new_passphrase_file")
    if fallback_env and os.environ.get(fallback_env):
        return os.environ[fallback_env]
    if not sys.stdin.isatty():
        raise UsageError(f"give the new passphrase in {NEW_PASSPHRASE_ENV} or with --new-passphrase-file FILE")
    first = ctx.secret(ctx.word("cli.passphrase.new"), env="", option="")
    if ctx.secret(ctx.word("cli.passphrase.again"), env="", option="") != first:
        raise UsageError("the two passphrases differ; nothing was changed")
    return first


def cmd_encrypt(ctx: Context, stdin: IO[str]) -> int:
    folder = ensure_private_dir(ctx.data_dir)
    if encryption.is_encrypted(folder):
        raise DatabaseError(folder, f"The journal in {folder} is already encrypted. Nothing was changed.")
    recovery = encryption.encrypt(folder, _new_passphrase(ctx, fallback_env=PASSPHRASE_ENV))
    ctx.print(ctx.word("cli.encrypt.done", folder=folder))
    ctx.print()
    ctx.print(f"    {recovery}")
    ctx.print()
    ctx.print(ctx.word("cli.encrypt.recovery"))
    return 0


def cmd_decrypt(ctx: Context, stdin: IO[str]) -> int:
    folder = ctx.data_dir
    if not encryption.is_encrypted(folder):
        raise DatabaseError(folder, f"The journal in {folder} is not encrypted. Nothing was changed.")
    encryption.decrypt(folder, ctx.secret(ctx.word("cli.passphrase.ask")))
    ctx.print(ctx.word("cli.decrypt.done", folder=folder))
    return 0


def cmd_passphrase(ctx: Context, stdin: IO[str]) -> int:
    folder = ctx.data_dir
    if not encryption.is_encrypted(folder):
        raise DatabaseError(folder, f"The journal in {folder} is not encrypted: 'encrypt' gives it a passphrase.")
    old = ctx.secret(ctx.word("cli.passphrase.ask"))
    encryption.change_passphrase(folder, old, _new_passphrase(ctx))
    ctx.print(ctx.word("cli.passphrase.changed"))
    return 0


def _name(ctx: Context) -> str:
    from .. import people

    name = " ".join(ctx.args.name).strip()
    try:
        people.name_pattern(name)
    except ValueError:
        raise UsageError("a name needs at least one letter") from None
    return name


def _print_mentions(ctx: Context, found: people.Found) -> None:
    from .. import people

    w = ctx.word
    ctx.print(w("cli.person.count", name=found.name, count=found.count))
    for m in found.mentions:
        fields = ", ".join(people.field_name(field, ctx.lang) for field in m.fields)
        if m.kind == "reflection":
            notes = "".join(
                f"  ({w(key)})"
                for key, on in (("cli.person.trash", m.in_trash), ("reflection.private", m.private))
                if on
            )
            day = dates.column(m.when, ctx.lang)
            title = m.label or w("reflection.untitled")
            ctx.print(f"  {day}  {m.key[:8]}  {title}  [{fields}] ×{m.count}{notes}")
        elif m.kind == "personal_framework":
            ctx.print(f"  {w('person.framework')}  [{fields}] ×{m.count}")
        else:
            when = dates.short_date(m.when.astimezone().date(), ctx.lang)
            ctx.print(f"  {w('person.revision', name=m.label, date=when)}  [{fields}] ×{m.count}")


def cmd_person(ctx: Context, stdin: IO[str]) -> int:
    from .. import people

    name = _name(ctx)
    a = ctx.args
    if a.export or a.format:
        exporter = exporter_for("person", a.format, a.export)
        target = target_for(exporter, a.export)
        options = ExportOptions(organisation=ctx.framework, language=ctx.lang, person=name)
        return write_export(ctx, exporter, target, options)
    found = people.find(ctx.store, name)
    if a.json:
        ctx.print_json(
            {
                "name": name,
                "count": found.count,
                "mentions": [
                    {
                        "kind": m.kind,
                        "id": m.key,
                        "label": m.label,
                        "fields": list(m.fields),
                        "count": m.count,
                        "when": m.when.isoformat() if m.when else None,
                        "in_trash": m.in_trash,
                        "private": m.private,
                    }
                    for m in found.mentions
                ],
            }
        )
        return 0
    _print_mentions(ctx, found)
    return 0


def cmd_forget(ctx: Context, stdin: IO[str]) -> int:
    from .. import people

    name = _name(ctx)
    a = ctx.args
    w = ctx.word
    marker = None if a.delete else (a.marker if a.marker is not None else w("cli.forget.marker"))
    found = people.find(ctx.store, name)
    if not found.mentions:
        ctx.print(w("cli.person.count", name=name, count=0))
        return 0
    _print_mentions(ctx, found)
    folder = ctx.journal_folder()
    backups = len(list_backups(folder))
    if a.delete:
        plan = w("cli.forget.plan_delete", reflections=len(found.reflections()), backups=backups)
    else:
        plan = w("cli.forget.plan_replace", count=found.count, marker=marker, backups=backups)
    if not a.yes:
        ctx.print(plan)
        ctx.print(w("cli.forget.dry_run"))
        return 0
    done, rewritten = people.forget_everywhere(folder, ctx.store, name, marker)
    ctx.close()  # the files are read next: not while this process holds the journal open
    ctx.print(
        w(
            "cli.forget.done",
            changed=done.reflections_changed,
            deleted=done.reflections_deleted,
            revisions=done.revisions_changed,
            backups=len(rewritten),
        )
    )
    left = people.traces(folder, name)
    if left:
        for path in left:
            ctx.print(f"  {path}")
        raise DatabaseError(folder, w("cli.forget.left", count=len(left)))
    ctx.print(w("cli.forget.clean", folder=folder))
    return 0


def cmd_retention(ctx: Context, stdin: IO[str]) -> int:
    old = retention.due(ctx.store, ctx.args.years, now_local().date())
    w = ctx.word
    for summary in old:
        title = summary.title or w("reflection.untitled")
        ctx.print(f"{dates.column(summary.entry_at, ctx.lang)}  {summary.uuid[:8]}  {title}")
    if not ctx.args.yes:
        ctx.print(w("cli.retention.found", count=len(old), years=ctx.args.years))
        if old:
            ctx.print(w("cli.forget.dry_run"))
        return 0
    ctx.print(w("cli.retention.deleted", count=retention.apply(ctx.store, old)))
    return 0
