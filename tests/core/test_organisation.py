"""A journal's organisation framework: the bundled one until another is chosen, kept in the
journal, and switched without losing a reflection's tags."""

from __future__ import annotations

import json

import pytest

from framework import load_bundled
from framework.markdown_form import FrameworkProblems
from journal import organisation
from journal.backup import open_journal
from journal.model import ReflectionFilter
from journal.store import Store
from tests.core.test_cli import data_dir, run  # noqa: F401  (data_dir is a fixture)
from tests.core.test_framework_markdown import VALUES
from tests.factories import reflection


@pytest.fixture
def values_file(tmp_path):
    path = tmp_path / "vaerdier.md"
    path.write_text(VALUES, encoding="utf-8")
    return path


def test_a_journal_uses_the_bundled_framework_until_another_is_chosen(tmp_path, values_file):
    path = tmp_path / "journal.sqlite3"
    with Store.open(path) as store:
        assert organisation.framework_of(store) == load_bundled()
        chosen = organisation.use(store, organisation.read_choice(values_file))
        assert organisation.framework_of(store) == chosen
        assert chosen.organisation.get() == "Eksempel Region"
    with Store.open(path) as store:  # kept in the journal, not beside it
        assert organisation.framework_of(store).id == chosen.id
        assert [f for f, _, _ in store.organisation_frameworks()] == [chosen.id]
        organisation.use(store, organisation.read_choice("naestved-2019"))
        assert organisation.framework_of(store) == load_bundled()
        assert [f.id for f in organisation.history(store)] == ["naestved-2019", chosen.id, "naestved-2019"]
    values_file.unlink()  # the journal needs the handed-out file no more
    with Store.open(path) as store:
        organisation.use(store, organisation.Choice(chosen, store.organisation_frameworks()[0][1]))
        assert organisation.framework_of(store) == chosen


def test_a_file_with_problems_changes_nothing(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\norganisation: X\nname: Y\n---\nIngen temaer.\n", encoding="utf-8")
    with Store.open(tmp_path / "journal.sqlite3") as store:
        with pytest.raises(FrameworkProblems):
            organisation.read_choice(bad)
        assert store.organisation_frameworks() == []


def test_reflections_keep_their_tags_and_words_through_a_switch(tmp_path, values_file):
    with Store.open(tmp_path / "journal.sqlite3") as store:
        kept = store.create(
            reflection(title="Før skiftet", theme_ids=("borgere",), criterion_ids=("borgere.k1",), context_id="lus")
        )
        organisation.use(store, organisation.read_choice(values_file))
        assert store.get(kept.uuid).theme_ids == ("borgere",)
        assert [s.title for s in store.list(ReflectionFilter(theme_ids=("borgere",)))] == ["Før skiftet"]
        earlier = organisation.earlier_words(store)
        assert earlier["borgere"].get("da") == "Borgere og samfund"
        assert earlier["borgere.k1"].get("en").startswith("That citizens and partners")
        assert earlier["lus"].get("da") == "Lederudviklingssamtale (LUS)"
        assert "tillid" not in earlier  # the framework in use is no earlier one


def test_the_command_line_uses_a_framework_and_names_earlier_tags(capsys, data_dir, values_file):  # noqa: F811
    code, _, _ = run(capsys, "add", "-t", "Om borgerne", "--theme", "borgere", "--criterion", "borgere.k1")
    assert code == 0
    code, out, _ = run(capsys, "framework", "use", str(values_file))
    assert code == 0 and "bruger nu dette ledelsesgrundlag" in out
    code, out, _ = run(capsys, "framework", "--json")
    assert [t["name"] for t in json.loads(out)["themes"]] == ["Tillid", "Åbenhed", "Mod", "Respekt", "Ansvar"]
    code, out, _ = run(capsys, "list")
    assert "Om borgerne  (Borgere og samfund)" in out  # the earlier framework's words, not an id
    code, _, err = run(capsys, "add", "-t", "Ny", "--theme", "borgere")
    assert code == 2 and "unknown theme 'borgere' (known: tillid, aabenhed, mod, respekt, ansvar)" in err
    code, _, _ = run(capsys, "add", "-t", "Ny", "--theme", "Tillid")
    assert code == 0

    bad = values_file.with_name("bad.md")
    bad.write_text("---\norganisation: X\nname: Y\n---\n## A\n## A\n", encoding="utf-8")
    code, out, _ = run(capsys, "framework", "use", str(bad))
    assert code == 1 and f"{bad}:6: two themes named 'A'" in out
    with open_journal(data_dir) as store:
        assert organisation.framework_of(store).id == "eksempel-region-vaerdier-og"

    code, out, _ = run(capsys, "framework", "use", "naestved-2019")
    assert code == 0
    code, out, _ = run(capsys, "list")
    assert "Om borgerne  (Borgere og samfund)" in out and "Ny  (Tillid)" in out
