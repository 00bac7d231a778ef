"""Icons, stylesheets, translations and the desktop file, installed as ``journal.resources``.

Read them with ``importlib.resources.files("journal.resources")`` (see journal/ui/assets.py), which
works from an editable install and from a wheel alike.
"""
