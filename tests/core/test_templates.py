"""Templates (journal.templates): the built-ins whole in both languages, the leader's own kept in
the journal (made, renamed, deleted), carried by the JSON export, its import (twice adds nothing)
and the backups, and a reflection written in one keeping its headings, not its empty sections,
in every export."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from framework import load_bundled
from journal import templates
from journal.__main__ import main
from journal.backup import backup, open_journal, restore
from journal.errors import ImportFileError, NotFoundError
from journal.export import ExportOptions, get_exporter
from journal.importers import import_file
from journal.model import Reflection
from journal.store import Store
from journal.templates import REFLECTION_MODEL, Section, Template
from journal.words import LANGUAGES
from tests.factories import at, reflection

ORGANISATION = load_bundled()


def export(store: Store) -> dict:
    buffer = io.StringIO()
    get_exporter("journal", "json").write(store, buffer, ExportOptions())
    return json.loads(buffer.getvalue())


def write(tmp_path: Path, data: dict, name: str = "journal.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def mus(store: Store) -> Template:
    return store.save_template(
        templates.new_own(
            "Før MUS",
            [Section("Året der gik", "Hvad er du stolt af?"), Section("Næste år", "Hvad vil du lære?")],
        )
    )


# -- the built-ins ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_built_ins_are_whole_in_each_language(language):
    built = templates.built_in(language)
    assert [t.id for t in built] == ["gibbs", "kolb", "rolfe"]
    assert [len(t.sections) for t in built] == [6, 4, 3]
    for template in built:
        assert template.name and template.short and template.source and not template.own
        for section in template.sections:
            assert section.heading and section.heading == section.heading.strip() and "\n" not in section.heading
            assert section.question.endswith(("?", ".")), section.question
        assert len({s.heading for s in template.sections}) == len(template.sections)
        assert templates.cleaned(template).sections == template.sections  # as an own copy would keep them


def test_the_built_ins_say_what_the_leader_knows_them_by():
    gibbs = templates.built_in("da")[0]
    assert [(s.heading, s.question) for s in gibbs.sections] == [
        ("Beskrivelse", "Hvad skete der?"),
        ("Følelser", "Hvad tænkte og følte du?"),
        ("Vurdering", "Hvad var godt og skidt ved det?"),
        ("Analyse", "Hvad kan du få ud af situationen?"),
        ("Konklusion", "Hvad kunne du ellers have gjort?"),
        ("Handleplan", "Hvad gør du, hvis det sker igen?"),
    ]
    assert [s.heading for s in templates.built_in("en")[1].sections] == [
        "Concrete experience",
        "Reflective observation",
        "Abstract conceptualisation",
        "Active experimentation",
    ]
    assert [s.heading for s in templates.built_in("en")[2].sections] == ["What?", "So what?", "Now what?"]
    assert templates.model_name("da") == "Refleksionsmodel (situation → handling → resultat → læring)"


# -- the structure in the text -------------------------------------------------------------------------


def test_a_template_fills_an_empty_body_with_its_headings_and_never_its_questions():
    gibbs = templates.built_in("da")[0]
    body = templates.with_template("", gibbs)
    assert templates.headings(body) == [s.heading for s in gibbs.sections]
    assert "Hvad skete der?" not in body
    assert not templates.has_writing(body)
    assert body.startswith("## Beskrivelse\n\n\n## Følelser\n")
    assert body[templates.first_empty_section(body) :].startswith("\n\n## Følelser")  # under Beskrivelse
    # Another template chosen before anything is written replaces the first one's empty headings.
    assert templates.headings(templates.with_template(body, templates.built_in("da")[2])) == [
        "Hvad?",
        "Hvad så?",
        "Hvad nu?",
    ]


def test_a_template_chosen_for_a_written_text_adds_only_the_sections_it_lacks_at_the_end():
    rolfe = templates.built_in("da")[2]
    written = "Mødet gik skævt.\n\n## Hvad så?\nJeg lyttede ikke.\n"
    body = templates.with_template(written, rolfe)
    assert body.startswith(written.rstrip("\n"))
    assert templates.headings(body) == ["Hvad så?", "Hvad?", "Hvad nu?"]
    assert templates.with_template(body, rolfe) == body  # nothing more to add
    assert templates.recognise(body, templates.built_in("da")) == rolfe


def test_empty_sections_are_left_out_and_written_ones_kept():
    gibbs = templates.built_in("da")[0]
    body = templates.with_template("", gibbs).replace("## Følelser\n\n", "## Følelser\nJeg var vred.\n")
    assert templates.drop_empty_sections(body) == "## Følelser\nJeg var vred."
    nested = "# Mødet\n\n### Tom\n\n## Skrevet\n\n```\n## ikke en overskrift\n```\n\n## Sidste\n"
    assert templates.drop_empty_sections(nested) == "# Mødet\n\n## Skrevet\n\n```\n## ikke en overskrift\n```"
    plain = "En tekst uden overskrifter.\n\n\n- et punkt\n"
    assert templates.drop_empty_sections(plain) is plain


def test_a_reflection_starts_in_a_template_or_the_reflection_model():
    known = templates.built_in("en")
    draft = Reflection(entry_at=at(2026, 3, 2))
    assert templates.start_in(draft, REFLECTION_MODEL, known) == replace(draft, template=True)
    assert templates.headings(templates.start_in(draft, "kolb", known).body)[0] == "Concrete experience"
    assert templates.start_in(draft, "Gibbs", known).body.startswith("## Description")  # its name will do
    assert templates.start_in(draft, "no such", known) == draft


# -- the leader's own ---------------------------------------------------------------------------------


def test_own_templates_are_kept_renamed_edited_and_deleted():
    with Store.memory() as store:
        made = mus(store)
        assert made.own and made.created_at and made.updated_at
        assert store.own_templates() == [made]
        renamed = store.save_template(
            replace(made, name="  Før   MUS  2027 ", sections=(*made.sections, Section("## Og så ", "")))
        )
        assert renamed.name == "Før MUS 2027" and renamed.created_at == made.created_at
        assert [s.heading for s in renamed.sections] == ["Året der gik", "Næste år", "Og så"]
        reordered = store.save_template(replace(renamed, sections=renamed.sections[::-1]))
        assert store.own_template(made.id).sections[0].heading == "Og så" == reordered.sections[0].heading
        other = store.save_template(templates.new_own("Aftale med chefen", [Section("Aftalen")]))
        assert [t.name for t in store.own_templates()] == ["Aftale med chefen", "Før MUS 2027"]
        assert [t.name for t in templates.available(store, "da")][-2:] == ["Aftale med chefen", "Før MUS 2027"]

        written = store.create(
            reflection(body=templates.with_template("", reordered).replace("## Næste år\n\n", "## Næste år\nLede\n"))
        )
        store.delete_template(made.id)
        assert store.own_templates() == [other]
        gone = store.own_templates(deleted=True)[-1]
        assert gone.id == made.id and gone.deleted_at and gone.name == "" and gone.sections == ()
        assert "Næste år" in store.get(written.uuid).body  # the reflections keep their headings
        with pytest.raises(NotFoundError):
            store.delete_template(made.id)


def test_a_journal_upgraded_to_templates_has_none_of_its_own(tmp_path):
    from journal import migrations

    path = tmp_path / "journal.sqlite3"
    import sqlite3

    connection = sqlite3.connect(path, isolation_level=None)
    migrations.apply(connection, upto=13)
    connection.close()
    with Store.open(path) as store:
        assert store.own_templates(deleted=True) == []
        assert mus(store) in store.own_templates()


# -- export, import, backups ----------------------------------------------------------------------------


def test_the_json_export_and_import_carry_the_own_templates_and_twice_adds_nothing(tmp_path):
    with Store.memory() as source, Store.memory() as target:
        kept = mus(source)
        gone = source.save_template(templates.new_own("Forkastet", [Section("Noget")]))
        source.delete_template(gone.id)
        source.create(reflection(title="Skrevet i en"))
        exported = export(source)
        assert [t["name"] for t in exported["templates"]] == ["Før MUS", ""]
        path = write(tmp_path, exported)
        first = import_file(target, path)
        assert first.templates_added == 1 and target.own_templates() == [kept]
        second = import_file(target, path)
        assert second.templates_added == 0 and target.own_templates(deleted=True) == source.own_templates(deleted=True)
        again = export(target)
        exported.pop("exported_at"), again.pop("exported_at")
        assert again == exported


def test_the_later_change_wins_and_a_deletion_is_not_undone_by_an_older_export(tmp_path):
    with Store.memory() as store:
        made = mus(store)
        older = write(tmp_path, export(store), "older.json")
        store.save_template(replace(made, name="Efter MUS"))
        assert import_file(store, older).templates_added == 0
        assert store.own_template(made.id).name == "Efter MUS"
        store.delete_template(made.id)
        import_file(store, older)
        assert store.own_templates() == []


def test_a_journal_without_own_templates_exports_as_before():
    """So that a version of the app from before templates reads its export."""
    with Store.memory() as store:
        store.create(reflection())
        assert "templates" not in export(store)


@pytest.mark.parametrize(
    "spoil, place",
    [
        (lambda t: t.pop("name"), 'templates[0]: missing field "name"'),
        (lambda t: t.update(sections=[{"question": "?"}]), 'templates[0].sections[0]: missing field "heading"'),
        (lambda t: t.update(updated_at="i går"), "templates[0].updated_at: not a date and time"),
        (lambda t: t.update(colour="red"), "templates[0].colour: unknown field"),
    ],
)
def test_a_damaged_template_in_an_export_is_refused_with_its_place(tmp_path, spoil, place):
    with Store.memory() as source, Store.memory() as target:
        mus(source)
        exported = export(source)
        spoil(exported["templates"][0])
        with pytest.raises(ImportFileError, match=place.replace("[", r"\[").replace("]", r"\]")):
            import_file(target, write(tmp_path, exported))
        assert target.own_templates(deleted=True) == []


def test_a_backup_and_its_restore_carry_the_own_templates(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    with open_journal(folder) as store:
        made = mus(store)
        store.create(reflection())
        kept = backup(store, folder, keep=None)
        store.delete_template(made.id)
    restore(folder, kept)
    with open_journal(folder) as store:
        assert store.own_templates() == [made]


# -- a reflection written in a template, exported --------------------------------------------------------


def test_exports_keep_the_headings_written_under_and_leave_out_the_empty_ones():
    gibbs = templates.built_in("da")[0]
    body = (
        templates.with_template("", gibbs)
        .replace("## Beskrivelse\n\n", "## Beskrivelse\nBorgermødet i Fensmark.\n")
        .replace("## Handleplan\n", "## Handleplan\nInvitér naboerne først.\n")
    )
    with Store.memory() as store:
        saved = store.create(reflection(title="Borgermødet", body=body))
        options = ExportOptions(organisation=ORGANISATION, reflection=saved.uuid, today=date(2026, 3, 3))
        for name, heading in (("md", "\n#### Beskrivelse\n"), ("html", "<h4>Beskrivelse</h4>")):
            out = io.StringIO()
            get_exporter("reflection", name).write(store, out, options)
            text = out.getvalue()
            assert heading in text and heading.replace("Beskrivelse", "Handleplan") in text, name
            assert "Invitér naboerne først." in text
            for empty in ("Følelser", "Vurdering", "Analyse", "Konklusion"):
                assert empty not in text, (name, empty)
            assert "Hvad skete der?" not in text


# -- the command line --------------------------------------------------------------------------------------


def run(capsys, *argv):
    import sys

    old, sys.stdin = sys.stdin, io.StringIO("")
    try:
        code = main(list(argv))
    finally:
        sys.stdin = old
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_line_lists_the_templates_and_writes_in_one(capsys, private_home):
    code, out, _ = run(capsys, "templates")
    assert code == 0
    assert out.splitlines()[:3] == [
        "model  Refleksionsmodel (situation → handling → resultat → læring)",
        "gibbs  Gibbs’ refleksive cyklus",
        "       Beskrivelse · Følelser · Vurdering · Analyse · Konklusion · Handleplan",
    ]
    code, out, _ = run(capsys, "add", "--title", "MUS med Birthe", "--template", "gibbs", "--json")
    assert code == 0
    added = json.loads(out)
    assert templates.headings(added["body"])[0] == "Beskrivelse" and not added["template"]
    code, out, _ = run(capsys, "add", "--title", "Model", "--template", "model", "--json")
    assert json.loads(out)["template"] is True
    code, out, _ = run(capsys, "add", "--body", "Skrevet først.", "--template", "rolfe", "--json")
    assert json.loads(out)["body"].startswith("Skrevet først.\n\n## Hvad?")
    code, _, err = run(capsys, "add", "--title", "x", "--template", "nej")
    assert code == 2 and "no template 'nej' (choose from: model, gibbs, kolb, rolfe)" in err
    code, _, err = run(capsys, "add", "--template", "gibbs")  # headings alone are no reflection
    assert code == 2 and "needs a title or a text" in err
    listed = json.loads(run(capsys, "--lang", "en", "templates", "--json")[1])
    assert [t["id"] for t in listed] == ["model", "gibbs", "kolb", "rolfe"]
    assert listed[0]["fields"] and listed[1]["sections"][1] == {
        "heading": "Feelings",
        "question": "What were you thinking and feeling?",
    }
