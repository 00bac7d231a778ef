"""The version as --version and the About box say it: with the build date for a standalone build."""

from __future__ import annotations

import journal
from journal.cli import build_parser


def test_the_build_date_is_said_only_for_a_standalone_build(tmp_path, monkeypatch, capsys):
    assert journal.build_date() is None  # from the source (or a pip install): no build.json
    assert journal.version_text() == journal.__version__
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "build.json").write_text('{"version": "0.1.0", "built": "2026-12-03"}', encoding="utf-8")
    # data/ beside the package, as tools/build.py lays it out
    monkeypatch.setattr(journal, "__file__", str(tmp_path / "__init__.py"))
    assert journal.build_date() == "2026-12-03"
    assert journal.version_text() == f"{journal.__version__} (built 2026-12-03)"
    parser, _ = build_parser()
    try:
        parser.parse_args(["--version"])
    except SystemExit:
        pass
    assert capsys.readouterr().out == f"ledelsesjournal {journal.__version__} (built 2026-12-03)\n"
    (tmp_path / "data" / "build.json").write_text("not json", encoding="utf-8")
    assert journal.version_text() == journal.__version__  # a damaged file is no reason to fail
