"""The process tests/core/test_crash_safety.py kills: it saves for as long as it lives.

``python -m tests.crash_child MODE JOURNAL UUID ROUND`` opens the journal, prints ``ready``, then
saves in a loop and prints what it saved (flushed) only once the store's call has returned:

- ``create``: a new reflection each time; prints its uuid.
- ``update``: the reflection UUID again and again, as autosave does; prints the version number.
- ``merge``: imports of MERGED reflections at a time, tagged ``merge-ROUND-N``; prints the tag.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace

from journal.store import Store
from tests.factories import reflection

MERGED = 1000


def content(uuid: str) -> dict:
    """What a created reflection holds, so that the test can tell it is whole."""
    return {"title": f"Titel {uuid}", "body": f"Tekst om {uuid}, med æ, ø og å. " * 8, "tags": (uuid[:8],)}


def main(mode: str, journal: str, uuid: str, round_: str) -> None:
    with Store.open(journal) as store:
        print("ready", flush=True)
        if mode == "create":
            while True:
                saved = reflection()
                store.create(replace(saved, **content(saved.uuid), theme_ids=("borgere",)))
                print(saved.uuid, flush=True)
        elif mode == "update":
            current = store.get(uuid)
            start = int(current.title.removeprefix("v")) + 1
            for version in itertools.count(start):
                store.update(replace(current, title=f"v{version}", body=f"version {version}"))
                print(version, flush=True)
        elif mode == "merge":
            for n in itertools.count():
                tag = f"merge-{round_}-{n}"
                store.merge([reflection(title=f"{tag} {i}", tags=(tag,)) for i in range(MERGED)])
                print(tag, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
