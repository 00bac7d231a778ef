"""Switching the interface language: the app's own translation and Qt's, replaced together.

Installing a translator sends every widget a LanguageChange event; widgets retranslate their
texts in ``changeEvent``, so nothing typed is lost when the language changes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from .assets import translations_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"  # the strings in the code are English


class Translator(QObject):
    """Owns the installed translators; emits ``changed(language)`` after a switch."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def uninstall(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

    def use(self, language: str) -> bool:
        """Switch to ``language``; False (and English) if its translation is missing."""
        self.uninstall()
        ok = True
        # English is the source language, but its .qm holds the plural forms ("1 reflection").
        own = QTranslator(self)
        if own.load(f"ledelsesjournal_{language}", str(translations_dir())):
            self._app.installTranslator(own)
            self._installed.append(own)
        else:
            log.warning("no translation for %s in %s", language, translations_dir())
            ok = language == SOURCE_LANGUAGE
        if language != SOURCE_LANGUAGE:
            qt = QTranslator(self)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._app.installTranslator(qt)
                self._installed.append(qt)
        self.language = language if ok else SOURCE_LANGUAGE
        QLocale.setDefault(
            QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
            if self.language == "da"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        self.changed.emit(self.language)
        return ok


class Retranslating:
    """For a widget whose texts follow the language: ``retranslate()`` on every LanguageChange
    (which Qt sends to every widget when Translator.use installs another translation). Put it
    first among the bases: ``class Panel(Retranslating, QFrame)``."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
