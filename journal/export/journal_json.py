"""The whole journal as JSON: every reflection (Trash included), the personal framework and its
revisions, the leader's own templates, with every timestamp as stored. Importing it gives back an
identical journal.

``templates`` is written only when the journal has templates of the leader's own (deleted ones
included): an export without them is read by the versions of the app from before templates too,
which refuse a member they do not know.

Written a batch of reflections at a time, so memory stays flat however large the journal is: a
reflection a line, as SQLite writes it (:meth:`journal.store.Store.reflections_as_json`).
"""

from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING

from .. import __version__
from ..model import now_utc
from ..templates import template_to_dict
from .base import ExportOptions

if TYPE_CHECKING:
    from ..store import Store

FORMAT_NAME = "ledelsesjournal"
FORMAT_VERSION = 1


def _indented(value: object, depth: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * depth)


def write_journal(store: Store, out: IO[str], options: ExportOptions) -> None:
    """A backup is whole: ``options`` (what a framework export includes) do not apply."""
    framework = store.personal_framework()
    updated_at = store.personal_framework_updated_at()
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": now_utc().isoformat(),
        "personal_framework": None if updated_at is None and framework.is_empty() else framework.to_dict(),
        "personal_framework_updated_at": updated_at.isoformat() if updated_at else None,
        "own_criteria": [
            {
                "id": c.id,
                "theme_id": c.theme_id,
                "text": c.text,
                "created_at": c.created_at.isoformat(),
                "retired_at": c.retired_at.isoformat() if c.retired_at else None,
            }
            for c in store.own_criteria()
        ],
        "revisions": [
            {
                "uuid": revision.uuid,
                "name": revision.name,
                "created_at": revision.created_at.isoformat(),
                "framework": revision.framework.to_dict(),
            }
            for revision in store.revisions()
        ],
    }
    templates = store.own_templates(deleted=True)
    if templates:
        header["templates"] = [template_to_dict(template) for template in templates]
    out.write("{\n")
    for key, value in header.items():
        out.write(f"  {json.dumps(key)}: {_indented(value, 1)},\n")
    out.write('  "reflections": [')
    separator = "\n    "
    for batch in store.reflections_as_json():
        out.write(separator + ",\n    ".join(batch))
        separator = ",\n    "
    out.write("\n  ]\n}\n")
