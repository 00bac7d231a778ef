"""Export and import of the whole journal as JSON: full fidelity, idempotent, all or nothing."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framework.personal import TargetBalance
from journal.errors import ImportFileError
from journal.export import ExportOptions, get_exporter
from journal.importers import import_file, read_file
from journal.model import NextStep
from journal.serialize import reflection_to_dict
from journal.store import Store
from tests.factories import CPH, at, reflection

ZONE_WEST = timezone(timedelta(hours=-5, minutes=-30))


def export(store: Store) -> dict:
    buffer = io.StringIO()
    get_exporter("journal", "json").write(store, buffer, ExportOptions())
    return json.loads(buffer.getvalue())


def fill(store: Store) -> None:
    store.create(
        reflection(
            title="Første",
            entry_at=at(2025, 12, 31, 23, 59),
            theme_ids=("borgere",),
            criterion_ids=("borgere.k2",),
            tags=("nytår",),
            stakeholders=("citizens",),
            next_steps=(NextStep("Følg op", due=date(2026, 1, 7)),),
        )
    )
    done = NextStep("Færdig", done_at=datetime(2026, 1, 3, 9, 0, tzinfo=UTC))
    store.create(
        reflection(
            title="Privat",
            private=True,
            template=True,
            situation="s",
            action="a",
            outcome="o",
            learning="l",
            context_id="lus",
            next_steps=(done,),
        )
    )
    trashed = store.create(reflection(title="Slettet"))
    store.delete(trashed.uuid)
    criterion = store.add_own_criterion("styring", "Jeg kender mine tal")
    store.create(reflection(title="Eget kriterium", criterion_ids=(criterion.id,)))
    framework = store.personal_framework().with_part("task", body="Jeg leder **skoleområdet**.")
    store.save_personal_framework(
        replace(framework, name="Mette", target=TargetBalance.of({"borgere": 40, "samarbejde": 30, "styring": 30}))
    )
    store.save_revision("Forår 2026")


def write(tmp_path, data, name="journal.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_export_then_import_gives_an_identical_journal(tmp_path):
    with Store.memory() as source, Store.memory() as target:
        fill(source)
        exported = export(source)
        result = import_file(target, write(tmp_path, exported))
        assert (result.added, result.updated, result.unchanged, result.revisions_added) == (4, 0, 0, 1)
        again = export(target)
        exported.pop("exported_at"), again.pop("exported_at")
        assert again == exported
        assert (
            target.count() == 3
            and target.get(next(r["uuid"] for r in exported["reflections"] if r["title"] == "Slettet")).deleted
        )


def test_export_is_readable_json_with_danish_letters_as_themselves(tmp_path):
    with Store.memory() as store:
        fill(store)
        buffer = io.StringIO()
        get_exporter("journal", "json").write(store, buffer, ExportOptions())
    text = buffer.getvalue()
    assert "nytår" in text and "\\u" not in text
    assert text.startswith('{\n  "format": "ledelsesjournal"')


def test_importing_twice_adds_nothing(tmp_path):
    with Store.memory() as source, Store.memory() as target:
        fill(source)
        path = write(tmp_path, export(source))
        import_file(target, path)
        before = export(target)
        second = import_file(target, path)
        assert (second.added, second.updated, second.revisions_added) == (0, 0, 0) and second.unchanged == 4
        after = export(target)
        before.pop("exported_at"), after.pop("exported_at")
        assert after == before


def test_a_newer_copy_replaces_an_older_one(tmp_path):
    with Store.memory() as store:
        saved = store.create(reflection(title="Gammel"))
        data = export(store)
        entry = data["reflections"][0]
        entry["title"], entry["updated_at"] = "Ny", "2099-01-01T00:00:00+00:00"
        assert import_file(store, write(tmp_path, data)).updated == 1
        assert store.get(saved.uuid).title == "Ny"
        entry["title"], entry["updated_at"] = "Ældre", "2000-01-01T00:00:00+00:00"
        assert import_file(store, write(tmp_path, data)).unchanged == 1
        assert store.get(saved.uuid).title == "Ny"


@pytest.mark.parametrize(
    "mutate,place,problem",
    [
        (lambda d: d.update(format="jrnl"), "format", 'expected "ledelsesjournal"'),
        (lambda d: d.update(version=99), "version", "not supported"),
        (lambda d: d["reflections"][1].update(entry_at="i går"), "reflections[1].entry_at", "not a date and time"),
        (
            lambda d: d["reflections"][1].update(entry_at="2026-01-01T10:00"),
            "reflections[1].entry_at",
            "without a time zone",
        ),
        (lambda d: d["reflections"][0].update(tags="a,b"), "reflections[0].tags", "expected a list of texts"),
        (lambda d: d["reflections"][0].update(mood=3), "reflections[0].mood", "unknown field"),
        (lambda d: d["reflections"][2].pop("uuid"), "reflections[2]", 'missing field "uuid"'),
        (
            lambda d: d["reflections"][2].update(uuid=d["reflections"][0]["uuid"]),
            "reflections[2].uuid",
            "the same uuid",
        ),
        (
            lambda d: d["reflections"][0]["next_steps"][0].update(due="snart"),
            "reflections[0].next_steps[0].due",
            "not a date",
        ),
        (lambda d: d["revisions"][0].update(framework=[]), "revisions[0].framework", "expected an object"),
    ],
)
def test_a_bad_file_names_the_place_and_changes_nothing(tmp_path, mutate, place, problem):
    with Store.memory() as source, Store.memory() as target:
        fill(source)
        data = export(source)
        mutate(data)
        target.create(reflection(title="Min egen"))
        before = export(target)
        with pytest.raises(ImportFileError) as caught:
            import_file(target, write(tmp_path, data), format="json")
        assert caught.value.place == place and problem in caught.value.problem
        assert str(caught.value).startswith(str(tmp_path / "journal.json"))
        after = export(target)
        before.pop("exported_at"), after.pop("exported_at")
        assert after == before


def test_truncated_file_gives_line_and_column(tmp_path):
    with Store.memory() as source:
        fill(source)
        buffer = io.StringIO()
        get_exporter("journal", "json").write(source, buffer, ExportOptions())
    path = write(tmp_path, buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with pytest.raises(ImportFileError) as caught:
        read_file(path)
    assert caught.value.place.startswith("line ") and "cut short" in caught.value.problem


def test_unknown_and_empty_files(tmp_path):
    with pytest.raises(ImportFileError, match="not a format Ledelsesjournal can import"):
        read_file(write(tmp_path, "dear diary"))
    with pytest.raises(ImportFileError, match="the file is empty"):
        read_file(write(tmp_path, ""), format="json")
    with pytest.raises(ImportFileError, match="cannot read the file"):
        read_file(tmp_path / "absent.json")


GOOD_ENTRY = {"uuid": "11111111-2222-4333-8444-555555555555", "entry_at": "2026-05-01T08:00:00+02:00", "title": "T"}
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=8),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    key=st.sampled_from(
        [
            "uuid",
            "entry_at",
            "title",
            "body",
            "template",
            "private",
            "theme_ids",
            "tags",
            "next_steps",
            "created_at",
            "updated_at",
            "deleted_at",
            "context_id",
            "other",
        ]
    ),
    junk=JUNK,
)
def test_any_damaged_entry_is_a_clear_error_or_a_correct_import(tmp_path, key, junk):
    entry = dict(GOOD_ENTRY, **{key: junk})
    data = {"format": "ledelsesjournal", "version": 1, "reflections": [entry]}
    with Store.memory() as store:
        try:
            result = import_file(store, write(tmp_path, data))
        except ImportFileError as error:
            assert error.place.startswith("reflections[0]")
            assert store.count() == 0
        else:
            assert result.added == 1 and store.get(entry["uuid"]) is not None


def test_a_lone_surrogate_anywhere_is_refused_with_its_place(tmp_path):
    with Store.memory() as source, Store.memory() as target:
        fill(source)
        data = export(source)
        data["personal_framework"]["parts"][0]["body"] = "før \ud800 efter"
        path = tmp_path / "surrogate.json"
        path.write_text(json.dumps(data), encoding="utf-8")  # ASCII escapes: the file itself is valid
        with pytest.raises(ImportFileError) as caught:
            import_file(target, path)
        assert caught.value.place == "personal_framework.parts[0].body"
        assert "surrogate" in caught.value.problem and target.count() == 0


# Text as leaders and imports give it: Danish letters, quotes, backslashes, control characters,
# letters beyond the first plane (SQLite and Python must both write them as themselves).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
MOMENTS = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.sampled_from([UTC, CPH, ZONE_WEST])
)


@st.composite
def any_reflection(draw):
    steps = draw(
        st.lists(
            st.builds(
                NextStep, TEXT.filter(str.strip), st.none() | st.dates(), st.none() | MOMENTS, st.uuids().map(str)
            ),
            max_size=3,
            unique_by=lambda step: step.id,
        )
    )
    return reflection(
        uuid=str(draw(st.uuids())),
        entry_at=draw(MOMENTS),
        title=draw(TEXT),
        body=draw(TEXT),
        template=draw(st.booleans()),
        situation=draw(TEXT),
        learning=draw(TEXT),
        context_id=draw(st.sampled_from([None, "", "lus", "rekruttering"])),
        private=draw(st.booleans()),
        theme_ids=tuple(draw(st.lists(st.sampled_from(["borgere", "samarbejde", "styring"]), max_size=3))),
        criterion_ids=tuple(draw(st.lists(st.sampled_from(["borgere.k1", "styring.k2", "Å.1"]), max_size=3))),
        stakeholders=tuple(draw(st.lists(st.sampled_from(["citizens", "employees"]), max_size=2))),
        tags=tuple(draw(st.lists(TEXT, max_size=4))),
        next_steps=tuple(steps),
        created_at=draw(st.none() | MOMENTS),
        updated_at=draw(st.none() | MOMENTS),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reflections=st.lists(any_reflection(), max_size=6, unique_by=lambda r: r.uuid), trashed=st.integers(0, 6))
def test_the_export_writes_each_reflection_as_reflection_to_dict_has_it(reflections, trashed):
    """The export's reflections are written by SQLite (Store.reflections_as_json); every other
    JSON of a reflection by serialize.reflection_to_dict. They are one form, value for value."""
    with Store.memory() as store:
        store.merge(reflections)
        for chosen in reflections[:trashed]:
            store.delete(chosen.uuid)
        exported = export(store)["reflections"]
        assert exported == [reflection_to_dict(r) for r in store.iter_reflections(include_deleted=True)]
        assert len(exported) == len(reflections)
