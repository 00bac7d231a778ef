"""Encryption: encrypt the journal (and every backup), decrypt it, change its passphrase."""

from __future__ import annotations

import os
import sys
from typing import IO

from .. import encryption
from ..errors import DatabaseError
from ..paths import ensure_private_dir
from .base import PASSPHRASE_ENV, Command, Context, UsageError

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
    return {"encrypt": cmd_encrypt, "decrypt": cmd_decrypt, "passphrase": cmd_passphrase}


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
