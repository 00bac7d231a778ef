"""The key of an encrypted journal, and the two secrets that open it: the leader's passphrase and a
recovery key shown once.

An encrypted journal (and each of its backups) is encrypted by SQLCipher with one random 256-bit
key, which is never written anywhere in the clear. The key file beside the journal
(``journal.keys``, JSON, readable by the leader only) holds that key twice, each time sealed
(AES-256-GCM, from the ``cryptography`` package) with a key derived from one of the secrets by
scrypt (Python's hashlib). Nothing here is a cipher of our own: scrypt derives, AES-GCM seals and
tells a wrong secret from a right one, SQLCipher encrypts the pages.

Why a key of its own rather than the passphrase itself: so that both secrets open the journal,
and so that changing the passphrase rewrites this small file, not the journal and every backup.
The cost: without the key file, neither secret opens the journal. It lives in the data folder
with the journal; a backup of the whole folder (or a synchronised copy) carries it along.

A wrong secret costs one derivation (about half a second for the passphrase): there is no limit
on tries that could lock the leader out, and guessing stays slow.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from .errors import KeyFileError, WeakPassphraseError, WrongSecretError
from .fileio import atomic_write

FORMAT = "ledelsesjournal-keys"
VERSION = 1
KEY_BYTES = 32
# scrypt's cost: n=2**17, r=8 needs 128 MB and about 0.45 s on the benchmark's machine for the
# passphrase (OWASP's recommendation); the recovery key holds 150 random bits, which need no
# slowing down beyond a cheaper derivation.
PASSPHRASE_KDF = {"n": 2**17, "r": 8, "p": 1}
RECOVERY_KDF = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class PageFormat:
    """How SQLCipher lays out and checks the pages of an encrypted journal: AES-256 encrypts each
    page either way; ``hmac`` checks it, ``size`` is its size in bytes."""

    hmac: str
    size: int

    def pragmas(self, schema: str = "") -> tuple[str, ...]:
        """The statements that set it on a connection (for ``schema``: an attached database),
        after its key and before its first read."""
        return (f"PRAGMA {schema}cipher_hmac_algorithm = {self.hmac}", f"PRAGMA {schema}cipher_page_size = {self.size}")


# The page formats by the name the key file gives them ("cipher"). Every page read from the file
# is decrypted and checked, each with a fixed cost besides its bytes' (measured at 100,000
# reflections, a fresh connection reading every text: plain 289 ms, 4 kB pages 573, 16 kB pages
# 334), so new journals have 16 kB pages: an encrypted journal then costs a sixth more to read
# than a plain one, not twice. HMAC-SHA256 checks a page in about 60 % of HMAC-SHA512's time (a
# processor's SHA extensions speed SHA-256 up, not SHA-512). Journals encrypted before each
# change keep the format their key file names: SQLCipher 4's default, then 4 kB with SHA-256.
CIPHERS = {
    "sqlcipher4": PageFormat("HMAC_SHA512", 4096),
    "sqlcipher4-hmac-sha256": PageFormat("HMAC_SHA256", 4096),
    "sqlcipher4-hmac-sha256-16k": PageFormat("HMAC_SHA256", 16384),
}
CIPHER = "sqlcipher4-hmac-sha256-16k"  # new journals
# Recovery keys: 30 characters of an alphabet without look-alikes (no 0/O, 1/I/L), in six groups.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_GROUPS, _GROUP = 6, 5


@dataclass(frozen=True)
class NewKey:
    """What encrypting a journal makes: the key, the file that keeps it, and the recovery key to
    show the leader once."""

    key: bytes
    keyfile: dict
    recovery_key: str


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise WeakPassphraseError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")


def new_key(passphrase: str) -> NewKey:
    """A new random key, sealed with ``passphrase`` and with a new recovery key."""
    check_passphrase(passphrase)
    key = secrets.token_bytes(KEY_BYTES)
    recovery = "-".join("".join(secrets.choice(_ALPHABET) for _ in range(_GROUP)) for _ in range(_GROUPS))
    keyfile = {
        "format": FORMAT,
        "version": VERSION,
        "cipher": CIPHER,
        "slots": {
            "passphrase": _seal(key, passphrase, PASSPHRASE_KDF),
            "recovery": _seal(key, _norm(recovery), RECOVERY_KDF),
        },
    }
    return NewKey(key, keyfile, recovery)


def with_new_passphrase(keyfile: dict, key: bytes, passphrase: str) -> dict:
    """``keyfile`` with its passphrase slot sealed anew; the recovery key stays valid."""
    check_passphrase(passphrase)
    slots = dict(keyfile["slots"], passphrase=_seal(key, passphrase, PASSPHRASE_KDF))
    return dict(keyfile, slots=slots)


def looks_like_recovery_key(secret: str) -> bool:
    plain = _norm(secret)
    return len(plain) == _GROUPS * _GROUP and all(ch in _ALPHABET for ch in plain)


def unlock(keyfile: dict, secret: str) -> bytes:
    """The journal's key, opened with the passphrase or the recovery key (told apart by their form).
    Raises WrongSecretError if it does not open it."""
    slots = _slots(keyfile)
    slot, given = ("recovery", _norm(secret)) if looks_like_recovery_key(secret) else ("passphrase", secret)
    try:
        return _open(slots[slot], given)
    except (KeyError, ValueError, TypeError) as error:
        raise KeyFileError(f"the key file is damaged ({error})") from error


def page_format(keyfile: dict) -> PageFormat:
    """How the pages of the journal ``keyfile`` belongs to are laid out and checked."""
    cipher = keyfile.get("cipher", "sqlcipher4")
    if cipher not in CIPHERS:
        raise KeyFileError(f"a journal encrypted as {cipher!r}, by a newer Ledelsesjournal")
    return CIPHERS[cipher]


def read_keyfile(path: Path) -> dict:
    try:
        content = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyFileError(
            f"{path} is missing: the journal beside it is encrypted, and its key is kept in that file. "
            "Put the file back (from the copy of the data folder it was in) to open the journal."
        ) from None
    except (OSError, ValueError) as error:
        raise KeyFileError(f"{path} cannot be read ({error}). Put back a copy of it to open the journal.") from error
    _slots(content)
    page_format(content)
    return content


def write_keyfile(path: Path, keyfile: dict) -> None:
    with atomic_write(path) as out:
        json.dump(keyfile, out, indent=2)
        out.write("\n")


def seal_with_passphrase(key: bytes, passphrase: str) -> dict:
    """``key`` sealed so that ``passphrase`` opens it (a sync folder's key, journal.sync)."""
    return _seal(key, passphrase, PASSPHRASE_KDF)


def open_with_passphrase(slot: dict, passphrase: str) -> bytes:
    """What :func:`seal_with_passphrase` sealed. Raises WrongSecretError, or KeyFileError if
    the slot is damaged."""
    try:
        return _open(slot, passphrase)
    except (KeyError, ValueError, TypeError) as error:
        raise KeyFileError(f"the sealed key is damaged ({error})") from error


# -- sealing ------------------------------------------------------------------------------


def _slots(keyfile: dict) -> dict:
    if not isinstance(keyfile, dict) or keyfile.get("format") != FORMAT or not isinstance(keyfile.get("slots"), dict):
        raise KeyFileError("not a Ledelsesjournal key file")
    if keyfile.get("version") != VERSION:
        raise KeyFileError(f"a key file of version {keyfile.get('version')}, written by a newer Ledelsesjournal")
    return keyfile["slots"]


def _norm(recovery: str) -> str:
    return "".join(ch for ch in recovery.upper() if ch.isalnum())


def _derive(secret: str, salt: bytes, kdf: dict) -> bytes:
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * n * r + (1 << 20), dklen=32
    )


def _seal(key: bytes, secret: str, kdf: dict) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, key, FORMAT.encode())
    return {"kdf": "scrypt", **kdf, "salt": _b64(salt), "nonce": _b64(nonce), "sealed": _b64(sealed)}


def _open(slot: dict, secret: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if slot.get("kdf") != "scrypt":
        raise ValueError(f"unknown key derivation {slot.get('kdf')!r}")
    derived = _derive(secret, base64.b64decode(slot["salt"]), slot)
    try:
        key = AESGCM(derived).decrypt(
            base64.b64decode(slot["nonce"]), base64.b64decode(slot["sealed"]), FORMAT.encode()
        )
    except InvalidTag:
        raise WrongSecretError(
            "wrong passphrase or recovery key: the journal was not opened and nothing changed"
        ) from None
    if len(key) != KEY_BYTES:
        raise ValueError("a key of the wrong length")
    return key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
