"""Ledelsesjournal: a reflection journal for leaders, stored locally in SQLite."""

__version__ = "0.1.0"
APP_NAME = "Ledelsesjournal"
