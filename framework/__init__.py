"""Leadership frameworks as data: the organisation's (bundled) and the leader's personal one.

Pure Python: no Qt, no SQLite, nothing from the journal package.
"""

from .loader import FrameworkError, load_bundled, load_framework, parse_framework
from .model import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    NO_TEXT,
    Foundation,
    Framework,
    LocalText,
    Prompt,
    Section,
    Statement,
    SuccessCriterion,
    Theme,
    UsageContext,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "NO_TEXT",
    "Foundation",
    "Framework",
    "FrameworkError",
    "LocalText",
    "Prompt",
    "Section",
    "Statement",
    "SuccessCriterion",
    "Theme",
    "UsageContext",
    "load_bundled",
    "load_framework",
    "parse_framework",
]
