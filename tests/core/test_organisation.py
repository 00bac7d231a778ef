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
    assert code == 1 and f"{bad}:6: to temaer hedder 'A'" in out
    with open_journal(data_dir) as store:
        assert organisation.framework_of(store).id == "eksempel-region-vaerdier-og"

    code, out, _ = run(capsys, "framework", "use", "naestved-2019")
    assert code == 0
    code, out, _ = run(capsys, "list")
    assert "Om borgerne  (Borgere og samfund)" in out and "Ny  (Tillid)" in out


def revised_naestved() -> str:
    """Næstved's framework as a 2025 revision might write it: one theme and one criterion under
    new ids (the criterion reworded a little), everything else as before."""
    from framework.markdown_form import to_markdown

    text = to_markdown(load_bundled())
    text = text.replace("id: naestved-2019\n", "id: naestved-2025\nreplaces: naestved-2019\n", 1)
    text = text.replace("{#samarbejde colour", "{#samarbejde-2025 colour").replace(
        "{#borgere.k1}", "{#borgere.partnere}"
    )
    return text.replace("aktive partnere i opgaveløsningen.", "aktive partnere i løsningen af opgaverne.", 1)


def test_a_revision_suggests_where_old_tags_go_and_re_tags_only_what_is_accepted(tmp_path):
    revision = tmp_path / "naestved-2025.md"
    revision.write_text(revised_naestved(), encoding="utf-8")
    with Store.open(tmp_path / "journal.sqlite3") as store:
        both = store.create(
            reflection(title="Begge", theme_ids=("borgere", "samarbejde"), criterion_ids=("borgere.k1",))
        )
        one = store.create(reflection(title="Én", theme_ids=("samarbejde",), criterion_ids=("samarbejde.k2",)))
        store.delete(store.create(reflection(title="Slettet", theme_ids=("styring",))).uuid)
        before = store.stats_totals("theme")
        choice = organisation.read_choice(revision)
        assert organisation.replaced_by(store, choice.framework) == load_bundled()
        moves = organisation.moves(store, load_bundled(), choice.framework)
        assert [(m.kind, m.old_id, m.reflections, m.suggested) for m in moves] == [
            ("theme", "samarbejde", 2, "samarbejde-2025"),
            ("criterion", "borgere.k1", 1, "borgere.partnere"),  # reworded, and still found by its text
        ]
        organisation.use(store, choice)
        assert organisation.retag(store, [moves[0]]) == 2  # the theme accepted, the criterion not
        assert store.get(both.uuid).theme_ids == ("borgere", "samarbejde-2025")
        assert store.get(both.uuid).criterion_ids == ("borgere.k1",)
        assert store.get(one.uuid).theme_ids == ("samarbejde-2025",)
        after = store.stats_totals("theme")
        assert after == {"borgere": before["borgere"], "samarbejde-2025": before["samarbejde"]}
        assert store.stats_totals("criterion")["borgere.k1"] == 1
        # The patterns count what the reflections say, neither more nor less.
        assert store.count(ReflectionFilter(theme_ids=("samarbejde-2025",))) == 2
        assert store.get(both.uuid).updated_at > both.updated_at


def test_a_reflection_with_both_the_old_and_the_new_tag_keeps_one(tmp_path):
    with Store.open(tmp_path / "journal.sqlite3") as store:
        r = store.create(reflection(theme_ids=("borgere", "samarbejde")))
        assert store.retag(themes={"samarbejde": "borgere"}) == 1
        assert store.get(r.uuid).theme_ids == ("borgere",)
        assert store.stats_totals("theme") == {"borgere": 1}


def test_the_command_line_re_tags_as_told(capsys, data_dir, tmp_path):  # noqa: F811
    revision = tmp_path / "naestved-2025.md"
    revision.write_text(revised_naestved(), encoding="utf-8")
    run(capsys, "add", "-t", "Om samarbejde", "--theme", "samarbejde", "--criterion", "borgere.k1")
    code, out, _ = run(capsys, "framework", "use", str(revision))
    assert code == 0 and "--retag suggested" in out and "samarbejde → samarbejde-2025" in out
    code, _, err = run(capsys, "framework", "use", str(revision), "--retag", "samarbejde=nope")
    assert code == 2 and "has no theme 'nope'" in err
    code, out, _ = run(capsys, "framework", "use", str(revision), "--retag", "samarbejde=samarbejde-2025")
    assert code == 0 and "Refleksioner omtagget: 1." in out
    code, out, _ = run(capsys, "list", "--json")
    assert json.loads(out)[0]["theme_ids"] == ["samarbejde-2025"]
    with open_journal(data_dir) as store:
        assert len(store.organisation_frameworks()) == 1  # used once, re-tagged twice


def test_the_patterns_count_an_earlier_frameworks_tags_apart_and_ignore_its_target(tmp_path, values_file):
    from datetime import date

    from framework.personal import TargetBalance
    from journal import analytics
    from journal.analytics import Period
    from journal.prompts import neglect_order
    from journal.readings import balance_reading

    with Store.open(tmp_path / "journal.sqlite3") as store:
        store.create(reflection(theme_ids=("borgere", "samarbejde")))
        store.create(reflection(theme_ids=("styring",)))
        values = organisation.use(store, organisation.read_choice(values_file))
        store.create(reflection(theme_ids=("tillid",)))
        old_target = TargetBalance.of({"borgere": 50, "samarbejde": 30, "styring": 20})
        balance = analytics.balance(store, values, Period(date(2000, 1, 1), date(2100, 1, 1)), old_target)
        assert balance.earlier_tags == 3 and balance.tagged == 1
        assert [(s.theme_id, s.count, s.share, s.target) for s in balance.shares][:2] == [
            ("tillid", 1, 1.0, None),  # the old target is for other themes: none here
            ("aabenhed", 0, 0.0, None),
        ]
        assert balance_reading(balance, values, "da").endswith(
            "(desuden 3 temamærker fra et tidligere ledelsesgrundlag, talt for sig)"
        )
        assert neglect_order(values, {"tillid": 1}, old_target)[0] == "aabenhed"
