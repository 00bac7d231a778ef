"""Dialogs. Those that ask the user something have an ``ask`` classmethod that tests replace."""
