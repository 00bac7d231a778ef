"""Ledelsesjournal: a reflection journal for leaders, stored locally in SQLite."""

__version__ = "0.1.0"
APP_NAME = "Ledelsesjournal"


def build_date() -> str | None:
    """The day a standalone build was made (tools/build.py writes journal/data/build.json into
    it), as YYYY-MM-DD; None when running from the source or a pip install."""
    import json
    from pathlib import Path

    try:  # beside this file, as the bundled words are: importlib.resources costs every command 3 ms
        info = json.loads((Path(__file__).with_name("data") / "build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return str(info.get("built")) if isinstance(info, dict) and info.get("built") else None


def version_text() -> str:
    """The version as ``--version`` says it: with the build date for a standalone build."""
    built = build_date()
    return f"{__version__} (built {built})" if built else __version__
