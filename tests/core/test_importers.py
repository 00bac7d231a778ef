"""Imports from jrnl, Day One and a folder of Markdown files: what each brings, detection, the
preview, tags mapped onto themes and criteria, idempotence, and bad input that changes nothing.

The jrnl export in tests/data/jrnl was written by the real jrnl (its README says how); the Day One
export and the Markdown folder are hand-made after their formats (see their READMEs).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import tempfile
import time
import unicodedata
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from framework import LocalText, UsageContext, load_bundled
from journal.__main__ import main
from journal.errors import ImportFileError
from journal.export import ExportOptions, get_exporter
from journal.importers import (
    STARRED_TAG,
    ImportData,
    TagMapping,
    Target,
    apply_mapping,
    context_conflicts,
    detect_importer,
    import_data,
    import_file,
    preview,
    read_file,
    suggest,
)
from journal.model import ReflectionFilter
from journal.store import Store
from tests.factories import reflection

DATA = Path(__file__).resolve().parents[1] / "data"
JRNL = DATA / "jrnl" / "export.json"
DAY_ONE_ZIP = DATA / "dayone" / "dayone-export.zip"
DAY_ONE_JSON = DATA / "dayone" / "Journal.json"
MARKDOWN = DATA / "markdown"


def offset(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def local(*fields: int) -> datetime:
    """A wall-clock time in the machine's zone on that date, as jrnl and Markdown mean it."""
    return datetime(*fields).astimezone()


def by_title(reflections) -> dict:
    return {r.title: r for r in reflections}


def snapshot(store: Store) -> list:
    return list(store.iter_reflections()) + store.revisions()


@pytest.fixture
def store():
    with Store.memory() as journal:
        journal.create(reflection(title="Min egen refleksion"))
        yield journal


@pytest.fixture
def copenhagen():
    """The machine's zone set to Copenhagen, to see the winter and summer offsets."""
    if not hasattr(time, "tzset"):
        pytest.skip("setting the machine's time zone needs time.tzset")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Europe/Copenhagen")
        time.tzset()
        yield
    time.tzset()


def own_export(tmp_path: Path) -> Path:
    with Store.memory() as source:
        source.create(reflection(title="Egen eksport", tags=("budget",)))
        source.save_personal_framework(source.personal_framework().with_part("task", body="Jeg leder borgerservice."))
        source.save_revision("Forår")
        buffer = io.StringIO()
        get_exporter("journal", "json").write(source, buffer, ExportOptions())
    path = tmp_path / "backup.json"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def zipped(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


# -- what each format brings ---------------------------------------------------------------


def test_jrnl_export_made_by_jrnl_imports_every_entry():
    data = read_file(JRNL)
    assert data.format == "jrnl" and len(data.reflections) == 7
    entries = by_title(data.reflections)
    first = entries["Dialogmøde i Fensmark."]
    assert first.entry_at == local(2026, 1, 12, 8, 30)
    assert first.body == "Borgerne bad om mere åbenhed om budgettet. @borgerdialog @budget"
    assert first.tags == ("borgerdialog", "budget")
    assert first.created_at == first.updated_at == first.entry_at  # stable across imports
    assert not first.starred
    starred = entries["Svær samtale om sygefravær."]
    assert starred.starred and starred.tags == ("medarbejder", "trivsel")  # jrnl's star: a favourite
    assert starred.body.startswith("Jeg forberedte mig på at lytte før jeg talte.\n\nDet, jeg tager med:\n\n- spørg")
    assert entries["Medarbejderdag på Næstved Rådhus!"].entry_at == local(2026, 4, 9, 9, 0)  # jrnl's default hour
    last = entries["Styregruppemøde om økonomien."]
    assert last.tags == ("styring", "økonomi")  # "@Styring", "#økonomi"; jrnl's "##" (a heading) is no tag
    assert "## Næste gang" in last.body and "**budgettet**" in last.body
    twice = [r for r in data.reflections if r.title == "Kort note uden brødtekst."]
    assert len(twice) == 2 and twice[0].uuid != twice[1].uuid and twice[0].body == ""


def test_jrnl_times_get_the_offset_of_their_date(copenhagen):
    entries = by_title(read_file(JRNL).reflections)
    assert entries["Dialogmøde i Fensmark."].entry_at.utcoffset() == timedelta(hours=1)
    assert entries["Første dag med sommertid."].entry_at == datetime(2026, 3, 29, 10, 0, tzinfo=offset(2))
    assert entries["Styregruppemøde om økonomien."].entry_at.isoformat() == "2026-06-15T16:45:00+02:00"


def test_day_one_zip_and_its_json_import_the_same():
    with zipfile.ZipFile(DAY_ONE_ZIP) as archive:
        assert archive.read("Journal.json") == DAY_ONE_JSON.read_bytes()  # the fixture is whole
    from_zip, from_json = read_file(DAY_ONE_ZIP), read_file(DAY_ONE_JSON)
    assert from_zip.format == from_json.format == "dayone"
    assert from_zip.reflections == from_json.reflections and len(from_zip.reflections) == 4


def test_day_one_entries_keep_their_zone_title_text_and_tags():
    entries = by_title(read_file(DAY_ONE_ZIP).reflections)
    meeting = entries["Dialogmøde i Fensmark"]
    assert meeting.entry_at.isoformat() == "2026-01-19T08:45:00+01:00"
    assert meeting.body == (
        "Borgerne bad om mere åbenhed om budgettet\\. Vi aftalte et nyt møde i marts\\.\n\n"
        "Næste skridt: send referatet til lokalrådet\\."
    )  # no photo placeholder left
    assert meeting.tags == ("borgerdialog", "budget")
    assert meeting.created_at == datetime(2026, 1, 19, 7, 45, tzinfo=UTC)
    assert meeting.updated_at == datetime(2026, 1, 19, 8, 10, 32, tzinfo=UTC)
    starred = entries["1. samtale med ny medarbejder"]  # Day One's "1\." unescaped in the title
    assert starred.entry_at.isoformat() == "2026-06-10T14:30:00+02:00"  # summer time in Copenhagen
    assert starred.starred and starred.tags == ("medarbejder", "trivsel")  # Day One's star: a favourite
    assert not meeting.starred
    assert starred.body.endswith("\\- hvad jeg forventer af hende\n\n**Godt** første møde\\!")
    travel = entries[""]  # no heading, so no title: the list shows the first line
    assert travel.entry_at.isoformat() == "2026-04-22T18:15:00-04:00"
    assert travel.body.startswith("Konference i New York") and "idéer – især" in travel.body
    plain = entries["Budgetopfølgning"]
    assert plain.tags == () and plain.updated_at == plain.created_at  # no modifiedDate, no tags
    assert plain.body == "Ældreområdet ligger 2 % over budget efter februar. Tal med økonomichefen."


def test_markdown_folder_reads_front_matter_file_names_and_headings():
    data = read_file(MARKDOWN)
    assert data.format == "markdown" and len(data.reflections) == 4  # README.txt is not Markdown
    entries = by_title(data.reflections)
    named = entries["møde"]
    assert named.entry_at == local(2026, 3, 2, 12, 0) and named.tags == () and not named.private
    assert named.body == "Kort møde med afdelingslederne om sygefraværet. Vi aftalte at følge op i april."
    budget = entries["Refleksion over budgetforhandlingerne"]
    assert budget.entry_at == local(2026, 1, 15, 9, 30) and budget.private
    assert budget.tags == ("budget", "styring", "økonomi")
    assert budget.updated_at == datetime.fromtimestamp((MARKDOWN / "budget.md").stat().st_mtime, UTC)
    planning = entries["Planlægningsdag"]
    assert planning.entry_at == local(2026, 4, 2, 12, 0)  # the front matter's date, not the name's
    assert planning.body == "# Dagsorden\n\n1. Status på året\n2. Næste års mål"
    lus = entries["Forberedelse til LUS"]  # the heading became the title, in a subfolder
    assert lus.entry_at == datetime(2026, 5, 4, 10, 0, tzinfo=offset(2)) and lus.tags == ("lus", "trivsel")
    assert lus.updated_at == datetime(2026, 5, 5, 8, 0, tzinfo=offset(2))
    assert lus.body.startswith("Hvad vil jeg gerne have feedback på?")


def test_markdown_from_windows_with_a_byte_order_mark(tmp_path):
    note = "\ufeff---\r\ntitle: Fra Windows\r\ntags:\r\n- Økonomi\r\n---\r\n\r\nLinje et\r\nLinje to\r\n"
    (tmp_path / "note.md").write_bytes(note.encode("utf-8"))
    (imported,) = read_file(tmp_path).reflections
    assert (imported.title, imported.tags, imported.body) == ("Fra Windows", ("økonomi",), "Linje et\nLinje to")


def test_a_stjerne_tag_from_any_source_becomes_a_favourite(store, tmp_path):
    """Imports once marked starred entries with the tag "stjerne" (an export made then, a note
    tagged so): such an entry is starred, the tag dropped, and the star filter finds it."""
    note = "---\ntitle: Godt møde\ntags:\n- Stjerne\n- budget\n---\n\nTekst\n"
    (tmp_path / "note.md").write_text(note, encoding="utf-8")
    (tmp_path / "andet.md").write_text("---\ntitle: Almindeligt\n---\n\nTekst\n", encoding="utf-8")
    plain, favourite = sorted(read_file(tmp_path).reflections, key=lambda r: r.title)
    assert favourite.starred and favourite.tags == ("budget",)
    assert not plain.starred
    import_file(store, tmp_path)
    assert [r.title for r in store.list(ReflectionFilter(starred=True))] == ["Godt møde"]
    assert STARRED_TAG not in dict(store.tags())


def test_the_same_source_gives_the_same_ids_wherever_it_lies(tmp_path):
    copy = Path(shutil.copytree(MARKDOWN, tmp_path / "kopi"))
    for source, moved in (
        (MARKDOWN, copy),
        (JRNL, shutil.copy(JRNL, tmp_path / "jrnl.json")),
        (DAY_ONE_ZIP, shutil.copy(DAY_ONE_ZIP, tmp_path / "d1.zip")),
    ):
        assert [r.uuid for r in read_file(source).reflections] == [r.uuid for r in read_file(moved).reflections]


def test_a_file_name_spelled_the_macos_way_is_the_same_entry(tmp_path):
    for folder, name in (("linux", "rådhus.md"), ("macos", unicodedata.normalize("NFD", "rådhus.md"))):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text("Tekst", encoding="utf-8")
    assert "a\u030a" in os.listdir(tmp_path / "macos")[0]  # å as a and a combining ring
    assert read_file(tmp_path / "linux").reflections[0].uuid == read_file(tmp_path / "macos").reflections[0].uuid


# -- detection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path,name", [(JRNL, "jrnl"), (DAY_ONE_ZIP, "dayone"), (DAY_ONE_JSON, "dayone"), (MARKDOWN, "markdown")]
)
def test_detection_picks_the_importer_from_the_content(tmp_path, path, name):
    if path.is_file():  # the name of the file plays no part
        path = Path(shutil.copy(path, tmp_path / "eksport.dat"))
    assert detect_importer(path).name == name


def test_detection_of_the_apps_own_export(tmp_path):
    assert detect_importer(own_export(tmp_path)).name == "json"


def test_format_overrides_detection(tmp_path):
    data = json.loads(JRNL.read_text(encoding="utf-8"))
    reordered = tmp_path / "jrnl.json"  # entries before tags: no longer jrnl's exact signature
    reordered.write_text(json.dumps({"entries": data["entries"], "tags": data["tags"]}), encoding="utf-8")
    with pytest.raises(ImportFileError, match="not a format Ledelsesjournal can import"):
        read_file(reordered)
    assert read_file(reordered, format="jrnl").reflections == read_file(JRNL).reflections
    with pytest.raises(ImportFileError) as caught:  # and a wrong format is not second-guessed
        read_file(JRNL, format="dayone")
    assert caught.value.place == "entries[0]" and 'missing field "uuid"' in caught.value.problem


def test_a_day_one_zip_is_found_among_other_members(tmp_path):
    work = {
        "metadata": {"version": "1.0"},
        "entries": [{"uuid": "A" * 32, "creationDate": "2026-05-01T06:00:00Z", "text": "# Arbejde"}],
    }
    path = zipped(
        tmp_path / "export.zip",
        {
            "photos/0c5d.jpeg": b"\xff\xd8\xff",
            "__MACOSX/._Journal.json": b"\0\5",
            "Journal.json": DAY_ONE_JSON.read_bytes(),
            "Arbejde.json": json.dumps(work).encode(),
        },
    )
    assert detect_importer(path).name == "dayone"
    data = read_file(path)
    assert len(data.reflections) == 5 and "Arbejde" in by_title(data.reflections)  # both journals


@pytest.mark.parametrize(
    "members,message",
    [
        ({"noter.txt": b"hej"}, "not a format Ledelsesjournal can import"),
        ({}, "not a format Ledelsesjournal can import"),
    ],
)
def test_a_zip_without_a_journal_is_not_imported(tmp_path, members, message):
    with pytest.raises(ImportFileError, match=message):
        read_file(zipped(tmp_path / "x.zip", members))


def test_a_folder_without_markdown_is_not_imported(tmp_path):
    (tmp_path / "billede.png").write_bytes(b"\x89PNG")
    (tmp_path / ".skjult").mkdir()
    (tmp_path / ".skjult" / "note.md").write_text("skjult", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no Markdown files"):
        read_file(tmp_path)
    with pytest.raises(ImportFileError, match="no Markdown files"):
        read_file(tmp_path, format="markdown")


# -- preview and tag mapping -------------------------------------------------------------------


def test_preview_counts_entries_dates_and_tags():
    seen = preview(read_file(JRNL))
    assert (seen.format, seen.entries, seen.first, seen.last) == ("jrnl", 7, date(2026, 1, 12), date(2026, 6, 15))
    assert seen.tags[0] == ("trivsel", 2)
    assert dict(seen.tags) == {
        "trivsel": 2,
        "borgerdialog": 1,
        "budget": 1,
        "ledermøde": 1,
        "medarbejder": 1,
        "styring": 1,
        "økonomi": 1,
    }
    assert (seen.new, seen.updated, seen.unchanged) == (None, None, None)  # no store given
    assert not seen.framework and seen.revisions == 0


def test_preview_with_the_store_tells_new_from_present(store):
    data = read_file(DAY_ONE_ZIP)
    before = snapshot(store)
    assert (preview(data, store).new, preview(data, store).unchanged) == (4, 0)
    assert snapshot(store) == before  # a preview changes nothing
    import_data(store, ImportData(reflections=data.reflections[:1]))
    counted = preview(data, store)
    assert (counted.new, counted.updated, counted.unchanged) == (3, 0, 1)


def test_preview_of_the_apps_own_export_mentions_the_framework(tmp_path):
    seen = preview(read_file(own_export(tmp_path)))
    assert seen.format == "json" and seen.entries == 1 and seen.framework and seen.revisions == 1


def test_preview_of_nothing():
    seen = preview(ImportData())
    assert (seen.entries, seen.first, seen.last, seen.tags) == (0, None, None, ())


def test_mapping_adds_themes_and_criteria_to_the_tagged_entries(store):
    mapping = TagMapping(
        themes={"#Budget": ("styring",), "trivsel": ("samarbejde",)},
        criteria={"TRIVSEL": ("samarbejde.k1",), "budget": ("styring.k2",)},
    )
    assert mapping.tags == {"budget", "trivsel"}  # tags matched as the journal matches them
    result = import_file(store, JRNL, mapping=mapping)
    assert result.added == 7
    entries = by_title(store.iter_reflections())
    budget = entries["Dialogmøde i Fensmark."]
    assert budget.theme_ids == ("styring",) and budget.criterion_ids == ("styring.k2",)
    assert budget.tags == ("borgerdialog", "budget")  # kept by default
    assert entries["Svær samtale om sygefravær."].theme_ids == ("samarbejde",)
    assert entries["Svær samtale om sygefravær."].criterion_ids == ("samarbejde.k1",)
    assert entries["Kort note uden brødtekst."].theme_ids == ()  # untagged: untouched
    assert store.count(ReflectionFilter(theme_ids=("samarbejde",))) == 2
    assert store.count(ReflectionFilter(criterion_ids=("styring.k2",))) == 1


def test_mapping_can_drop_the_mapped_tags_and_keeps_the_others():
    data = read_file(DAY_ONE_ZIP)
    mapped = apply_mapping(data, TagMapping(themes={"budget": ("borgere",)}, keep_tags=False))
    meeting = by_title(mapped.reflections)["Dialogmøde i Fensmark"]
    assert meeting.tags == ("borgerdialog",) and meeting.theme_ids == ("borgere",)
    assert (
        meeting.updated_at == by_title(data.reflections)["Dialogmøde i Fensmark"].updated_at
    )  # so a re-import adds nothing
    assert [r for r in mapped.reflections if r.title != "Dialogmøde i Fensmark"] == [
        r for r in data.reflections if r.title != "Dialogmøde i Fensmark"
    ]


# -- suggestions: tags that are a theme's or a usage context's own name ---------------------------

FRAMEWORK = load_bundled()


@pytest.mark.parametrize(
    "tag,kind,target",
    [
        ("borgere", "theme", "borgere"),
        ("Borgere og samfund", "theme", "borgere"),
        ("BORGERE_OG_SAMFUND", "theme", "borgere"),
        ("#styring", "theme", "styring"),
        ("Governance and impact", "theme", "styring"),  # either language
        ("lus", "context", "lus"),
        ("LUS", "context", "lus"),
        ("Lederudviklingssamtale", "context", "lus"),  # the label without its abbreviation
        ("Lederudviklingssamtale (LUS)", "context", "lus"),
        ("3-i-1", "context", "forventninger"),  # the abbreviation in the label's brackets
        ("3 i 1", "context", "forventninger"),
        ("3-in-1", "context", "forventninger"),
        ("rekruttering", "context", "rekruttering"),
        ("Recruitment", "context", "rekruttering"),
        ("Dagligt samarbejde", "context", "dagligt-samarbejde"),
        ("dagligt_samarbejde", "context", "dagligt-samarbejde"),
        ("tværgående", "context", "tvaergaende"),  # the id is the name without its accents
        (unicodedata.normalize("NFD", "Tværgående samarbejde"), "context", "tvaergaende"),  # as macOS writes it
        ("styring.k3", "criterion", "styring.k3"),  # a success criterion only by its id
    ],
)
def test_a_tag_that_is_a_name_suggests_its_theme_or_context(tag, kind, target):
    assert suggest(tag, FRAMEWORK) == Target(kind, target)


@pytest.mark.parametrize(
    "tag",
    [
        "budget",
        "trivsel",
        STARRED_TAG,
        "borger",
        "samarbejd",
        "styring og",
        "3-i",
        "",
        "#",
        "økonomi",
        "Styring og effekt og mere",
        "k3",
    ],
)
def test_a_tag_that_only_resembles_a_name_suggests_nothing(tag):
    assert suggest(tag, FRAMEWORK) is None


def test_an_id_wins_over_a_name_and_two_names_suggest_nothing():
    def context(cid, name):
        return UsageContext(cid, LocalText.of({"da": name}), LocalText.of({"da": ""}))

    framework = replace(
        FRAMEWORK,
        usage_contexts=FRAMEWORK.usage_contexts
        + (context("borger-kontekst", "Borgere og samfund"), context("styring", "Styringsmøder")),
    )
    assert suggest("Borgere og samfund", framework) is None  # a theme's name and a context's label: ask
    assert suggest("borgere", framework) == Target("theme", "borgere")
    assert suggest("styring", framework) is None  # a theme's id and a context's id


def test_a_target_reads_and_writes_the_map_form():
    assert str(Target("context", "lus")) == "context:lus"
    assert Target.parse("theme:borgere") == Target("theme", "borgere")
    assert Target.parse("criterion:own:abc") == Target("criterion", "own:abc")
    assert Target.parse("styring") is None and Target.parse("own:abc") is None and Target.parse("tema:x") is None


# -- tags onto a usage context -----------------------------------------------------------------


def test_a_tag_mapped_onto_a_context_sets_it_once():
    data = ImportData(
        reflections=[
            reflection(title="LUS", tags=("LUS",)),
            reflection(title="Both", tags=("lus", "trivsel")),
            reflection(title="Has one", tags=("lus",), context_id="rekruttering"),
            reflection(title="Same", tags=("lus",), context_id="lus"),
            reflection(title="Other", tags=("budget",)),
        ]
    )
    mapping = TagMapping(contexts={"trivsel": "dagligt-samarbejde", "#Lus": "lus"})
    assert mapping.tags == {"lus", "trivsel"} and mapping.contexts == {"trivsel": "dagligt-samarbejde", "lus": "lus"}
    mapped = by_title(apply_mapping(data, mapping).reflections)
    assert mapped["LUS"].context_id == "lus"
    assert mapped["Both"].context_id == "dagligt-samarbejde"  # the first in the mapping's order
    assert mapped["Has one"].context_id == "rekruttering"  # the one it has is kept
    assert mapped["Same"].context_id == "lus" and mapped["Other"].context_id is None
    assert context_conflicts(data, mapping) == 2  # "Both" and "Has one" get not every context their tags give
    reordered = TagMapping(contexts={"lus": "lus", "trivsel": "dagligt-samarbejde"})
    assert by_title(apply_mapping(data, reordered).reflections)["Both"].context_id == "lus"
    assert context_conflicts(data, TagMapping(themes={"lus": ("styring",)})) == 0


def test_dropping_mapped_tags_keeps_a_tag_whose_context_was_not_given():
    data = ImportData(
        reflections=[
            reflection(title="Both", tags=("lus", "trivsel")),
            reflection(title="Has one", tags=("lus", "budget"), context_id="rekruttering"),
            reflection(title="Themed", tags=("lus",)),
        ]
    )
    mapping = TagMapping(
        themes={"lus": ("samarbejde",)}, contexts={"trivsel": "dagligt-samarbejde", "lus": "lus"}, keep_tags=False
    )
    mapped = by_title(apply_mapping(data, mapping).reflections)
    assert mapped["Both"].tags == ("lus",)  # lus: its context was not given, so the tag still says it
    assert mapped["Has one"].tags == ("budget", "lus") and mapped["Has one"].theme_ids == ("samarbejde",)
    assert mapped["Themed"].tags == () and mapped["Themed"].context_id == "lus"


def test_a_mapping_built_from_targets():
    mapping = TagMapping.of(
        {
            "LUS": [Target("context", "lus"), Target("theme", "samarbejde")],
            "budget": [Target("criterion", "styring.k3"), Target("theme", "styring")],
            "x": [Target("context", "lus"), Target("context", "rekruttering")],
        },
        keep_tags=False,
    )
    assert mapping.themes == {"lus": ("samarbejde",), "budget": ("styring",)}
    assert mapping.criteria == {"budget": ("styring.k3",)}
    assert mapping.contexts == {"lus": "lus", "x": "lus"}  # one context a tag: the first
    assert not mapping.keep_tags


def test_importing_with_a_context_mapping_twice_adds_nothing(store):
    mapping = TagMapping(contexts={"trivsel": "dagligt-samarbejde"}, themes={"styring": ("styring",)})
    first = import_file(store, JRNL, mapping=mapping)
    assert first.added == 7
    assert store.count(ReflectionFilter(context_ids=("dagligt-samarbejde",))) == 2
    after_first = snapshot(store)
    second = import_file(store, JRNL, mapping=mapping)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 7) and snapshot(store) == after_first


# -- idempotence and updates ---------------------------------------------------------------------


@pytest.mark.parametrize("source", [JRNL, DAY_ONE_ZIP, DAY_ONE_JSON, MARKDOWN], ids=lambda p: p.name)
def test_importing_twice_adds_nothing(store, source):
    first = import_file(store, source)
    count = len(read_file(source).reflections)
    assert (first.added, first.updated, first.unchanged) == (count, 0, 0)
    after_first = snapshot(store)
    second = import_file(store, source)
    assert (second.added, second.updated, second.unchanged) == (0, 0, count)
    assert snapshot(store) == after_first and store.count() == count + 1


def test_an_edited_markdown_file_updates_its_entry(store, tmp_path):
    folder = Path(shutil.copytree(MARKDOWN, tmp_path / "noter"))
    import_file(store, folder)
    note = folder / "2026-03-02-møde.md"
    uuid = by_title(read_file(folder).reflections)["møde"].uuid
    note.write_text("Vi fulgte op i april: fraværet er faldet.\n", encoding="utf-8")
    later = note.stat().st_mtime + 60
    os.utime(note, (later, later))
    assert preview(read_file(folder), store).updated == 1
    result = import_file(store, folder)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 3)
    assert store.get(uuid).body == "Vi fulgte op i april: fraværet er faldet."


def test_front_matter_updated_decides_over_the_files_time(store, tmp_path):
    folder = Path(shutil.copytree(MARKDOWN, tmp_path / "noter"))
    import_file(store, folder)
    note = folder / "noter" / "lus-forberedelse.md"
    note.write_text(note.read_text(encoding="utf-8").replace("tempoet", "farten"), encoding="utf-8")
    assert import_file(store, folder).updated == 0  # "updated:" unchanged: the copy is not newer
    note.write_text(note.read_text(encoding="utf-8").replace("2026-05-05T08:00", "2026-05-06T08:00"), encoding="utf-8")
    assert import_file(store, folder).updated == 1
    assert "farten" in by_title(store.iter_reflections())["Forberedelse til LUS"].body


# -- bad and cut short files: a clear error, and nothing changes -----------------------------------


def jrnl_with(mutate):
    def make(tmp_path):
        path = tmp_path / "jrnl.json"
        path.write_text(json.dumps(mutate(json.loads(JRNL.read_text(encoding="utf-8")))), encoding="utf-8")
        return path, path

    return make


def own_with(mutate):
    def make(tmp_path):
        path = own_export(tmp_path)
        path.write_text(json.dumps(mutate(json.loads(path.read_text(encoding="utf-8")))), encoding="utf-8")
        return path, path

    return make


def day_one_with(mutate, bare=False):
    def make(tmp_path):
        text = json.dumps(mutate(json.loads(DAY_ONE_JSON.read_text(encoding="utf-8"))))
        if bare:
            path = tmp_path / "Journal.json"
            path.write_text(text, encoding="utf-8")
            return path, path
        path = zipped(tmp_path / "export.zip", {"Journal.json": text.encode()})
        return path, path

    return make


def cut(source: Path, keep=0.5, member=None):
    def make(tmp_path):
        raw = source.read_bytes()
        raw = raw[: int(len(raw) * keep)]
        path = tmp_path / (source.name if member is None else "export.zip")
        if member is None:
            path.write_bytes(raw)
        else:
            zipped(path, {member: raw})
        return path, path

    return make


def markdown_with(name: str, content: str | bytes):
    def make(tmp_path):
        folder = Path(shutil.copytree(MARKDOWN, tmp_path / "noter"))  # good files beside the bad one
        bad = folder / name
        bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return folder, bad

    return make


def change(entries_key: str, index: int, **fields):
    def mutate(document):
        document[entries_key][index].update(fields)
        return document

    return mutate


BAD = [
    (
        "own export year 1",
        own_with(change("reflections", 0, entry_at="0001-01-01T00:00:00+01:00")),
        r"reflections\[0\]\.entry_at",
        "the date is out of range",
    ),
    (
        "own export surrogate",
        own_with(change("reflections", 0, tags=["\ud800"])),
        r"reflections\[0\]\.tags\[0\]",
        "not text",
    ),
    ("jrnl cut short", cut(JRNL), r"line \d+, column \d+", "the file may be cut short"),
    ("jrnl date", jrnl_with(change("entries", 6, date="2026-02-30")), r"entries\[6\]\.date", "not a date"),
    ("jrnl time", jrnl_with(change("entries", 0, time="25:00")), r"entries\[0\]\.time", "not a time (HH:MM)"),
    ("jrnl tags", jrnl_with(change("entries", 1, tags="budget")), r"entries\[1\]\.tags", "expected a list of texts"),
    (
        "jrnl year 1",
        jrnl_with(change("entries", 0, date="0001-01-01", time="00:00")),
        r"entries\[0\]\.date",
        "out of range",
    ),
    ("jrnl surrogate", jrnl_with(change("entries", 2, title="\ud800")), r"entries\[2\]\.title", "not text"),
    (
        "jrnl entry",
        jrnl_with(lambda d: dict(d, entries=[*d["entries"][:3], "tekst"])),
        r"entries\[3\]",
        "expected an object",
    ),
    ("jrnl no entries", jrnl_with(lambda d: {"tags": {}}), "", 'missing field "entries"'),
    ("day one zip cut short", cut(DAY_ONE_ZIP), "", "the zip archive is damaged or cut short"),
    (
        "day one json cut short",
        cut(DAY_ONE_JSON, member="Journal.json"),
        r"Journal\.json: line \d+, column \d+",
        "the file may be cut short",
    ),
    (
        "day one date",
        day_one_with(change("entries", 1, creationDate="i går")),
        r"Journal\.json: entries\[1\]\.creationDate",
        "not a date and time",
    ),
    (
        "day one zone",
        day_one_with(change("entries", 0, timeZone="Europe/Næstved")),
        r"Journal\.json: entries\[0\]\.timeZone",
        "unknown time zone 'Europe/Næstved'",
    ),
    (
        "day one uuid",
        day_one_with(lambda d: change("entries", 2, uuid=d["entries"][0]["uuid"])(d)),
        r"Journal\.json: entries\[2\]\.uuid",
        "the same uuid as Journal.json: entries[0]",
    ),
    (
        "day one text",
        day_one_with(change("entries", 3, text=42)),
        r"Journal\.json: entries\[3\]\.text",
        "expected text",
    ),
    ("day one entries", day_one_with(lambda d: dict(d, entries={})), r"Journal\.json: entries", "expected the list"),
    (
        "day one bare json",
        day_one_with(change("entries", 0, modifiedDate="2026-13-01T00:00:00Z"), bare=True),
        r"entries\[0\]\.modifiedDate",
        "not a date and time",
    ),
    ("markdown front matter cut short", markdown_with("zz.md", "---\ntitle: Halv\n"), "line 1", "not closed"),
    (
        "markdown date",
        markdown_with("zz.md", "---\ntitle: T\ndate: i morgen\n---\nTekst"),
        "line 3",
        "date: not a date: 'i morgen'",
    ),
    (
        "markdown private",
        markdown_with("a.md", "---\nprivate: måske\n---\n"),
        "line 2",
        "private: expected true or false",
    ),
    ("markdown list", markdown_with("a.md", "---\ntags: [a, b\n---\n"), "line 2", "tags: a list that is not closed"),
    (
        "markdown title list",
        markdown_with("a.md", "---\ntitle:\n  - a\n  - b\n---\n"),
        "line 2",
        "title: expected one value, not a list",
    ),
    ("markdown not a key", markdown_with("a.md", "---\nbare tekst\n---\n"), "line 2", "not a 'key: value' line"),
    (
        "markdown cut in a letter",
        markdown_with("a.md", b"Sidste ord: bl" + "å".encode()[:1]),
        "byte 14",
        "not UTF-8",
    ),
    ("markdown file name", markdown_with("2026-13-01-x.md", "Tekst"), "file name", "starts with 2026-13-01"),
]


@pytest.mark.parametrize("make,place,problem", [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_a_bad_file_names_the_file_and_the_place_and_changes_nothing(store, tmp_path, make, place, problem):
    path, file = make(tmp_path)
    before = snapshot(store)
    with pytest.raises(ImportFileError) as caught:
        import_file(store, path)
    error = caught.value
    assert error.file == str(file) and re.fullmatch(place, error.place), str(error)
    assert problem in error.problem and str(error).startswith(str(file))
    assert snapshot(store) == before


# -- property tests: any damage is a clear error or a correct import, never a crash or half a one --


def import_or_refuse(path: Path, format: str | None = None) -> None:
    """Import into a journal holding one reflection; check the outcome is one of the two allowed."""
    with Store.memory() as store:
        mine = store.create(reflection(title="Min egen refleksion"))
        try:
            result = import_file(store, path, format)
        except ImportFileError as error:
            assert str(error).startswith(str(path)) and error.problem  # names the file (or one in the folder)
            assert list(store.iter_reflections()) == [mine]
            event("refused")
            return
        data = read_file(path, format)
        assert result.added == len(data.reflections) and store.get(mine.uuid) == mine
        for imported in data.reflections:
            stored = store.get(imported.uuid)
            assert (stored.title, stored.body, stored.tags, stored.entry_at, stored.private) == (
                imported.title,
                imported.body,
                imported.tags,
                imported.entry_at,
                imported.private,
            )
        event("imported")


TOKENS = st.sampled_from(
    [
        b'"',
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"null",
        b"-1",
        b"1e999",
        b"\\",
        b"\\ud800",
        b"\xc3",
        b"\x00",
        b"PK\x03\x04",
        "ø".encode(),
    ]
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@pytest.mark.parametrize("source", ["own export", JRNL, DAY_ONE_JSON, DAY_ONE_ZIP], ids=str)
@given(
    where=st.floats(0, 1),
    how=st.sampled_from(["cut", "replace", "insert", "delete"]),
    chunk=st.one_of(TOKENS, st.binary(min_size=1, max_size=6)),
    format=st.sampled_from([None, "json", "jrnl", "dayone", "markdown"]),
)
def test_damaged_bytes_are_a_clear_error_or_a_correct_import(tmp_path, source, where, how, chunk, format):
    source = own_export(tmp_path) if source == "own export" else source
    raw = source.read_bytes()
    at = int(where * len(raw))
    raw = {
        "cut": raw[:at],
        "replace": raw[:at] + chunk + raw[at + len(chunk) :],
        "insert": raw[:at] + chunk + raw[at:],
        "delete": raw[:at] + raw[at + len(chunk) :],
    }[how]
    path = tmp_path / f"damaged-{source.name}"
    path.write_bytes(raw)
    import_or_refuse(path, format)


JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=10),
    st.lists(st.text(max_size=4), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sampled_from(
        [
            "",
            "0001-01-01",
            "9999-12-31",
            "00:00",
            "24:00",
            "9:5",
            "2026-02-29",
            "\ud800",
            "0001-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59Z",
            "2026-03-29T01:30:00Z",
            "Europe",
            "Europe/Næstved",
            "../../etc/passwd",
            "UTC",
            "@",
            "##",
            "# ",
            "\\.\\!",
        ]
    ),
)


@PROPERTY
@given(
    index=st.integers(0, 6),
    key=st.sampled_from(["title", "body", "date", "time", "tags", "starred", "uuid", "x"]),
    junk=JUNK,
)
def test_any_damaged_jrnl_entry_is_a_clear_error_or_a_correct_import(tmp_path, index, key, junk):
    path, _ = jrnl_with(change("entries", index, **{key: junk}))(tmp_path)
    import_or_refuse(path)


@PROPERTY
@given(
    index=st.integers(0, 3),
    key=st.sampled_from(
        ["uuid", "creationDate", "modifiedDate", "timeZone", "text", "tags", "starred", "richText", "location"]
    ),
    junk=JUNK,
)
def test_any_damaged_day_one_entry_is_a_clear_error_or_a_correct_import(tmp_path, index, key, junk):
    path, _ = day_one_with(change("entries", index, **{key: junk}))(tmp_path)
    import_or_refuse(path)


MEMBER_NAMES = st.sampled_from(
    [
        "Journal.json",
        "Arbejde.json",
        "photos/a.jpeg",
        "__MACOSX/._Journal.json",
        ".Journal.json",
        "noter.txt",
        "mappe/Journal.json",
    ]
)
MEMBER_CONTENTS = st.one_of(
    st.just(DAY_ONE_JSON.read_bytes()),
    st.binary(max_size=40),
    st.integers(1, 5000).map(lambda n: DAY_ONE_JSON.read_bytes()[:n]),
    st.sampled_from([b"{}", b"[]", b'{"entries": 3}', b'{"metadata": {}, "entries": [{}]}']),
)


@PROPERTY
@given(members=st.dictionaries(MEMBER_NAMES, MEMBER_CONTENTS, max_size=4), format=st.sampled_from([None, "dayone"]))
def test_any_zip_is_a_clear_error_or_a_correct_import(tmp_path, members, format):
    import_or_refuse(zipped(tmp_path / "export.zip", members), format)


KEYS = st.sampled_from(["title", "date", "tags", "private", "created", "updated", "aliases", "Titel", "x y", "-", ""])
VALUES = st.one_of(
    st.text(max_size=16),
    st.sampled_from(
        [
            "[a, b]",
            "[a",
            "['q', \"r\"]",
            "'q'",
            '"',
            "true",
            "Nej",
            "2026-03-02",
            "2026-03-02 09:15",
            "2026-03-02 25:00",
            "0001-01-01",
            "9999-12-31T23:59:59-05:00",
            "2026-03-02T09:15:00Z",
            "- x",
            ": :",
            "#x",
            "|",
        ]
    ),
)
LINES = st.one_of(
    st.builds("{}: {}".format, KEYS, VALUES),
    st.builds("{}:".format, KEYS),
    st.builds("  - {}".format, VALUES),
    st.builds("- {}".format, VALUES),
    VALUES,
    st.just("---"),
)
FILE_NAMES = st.sampled_from(
    [
        "note.md",
        "2026-03-02-møde.md",
        "2026-13-45-x.md",
        "2026-02-29.md",
        "0001-01-01.md",
        "9999-12-31-slut.md",
        "Æble.markdown",
        "sub/2026-01-01 nytår.md",
    ]
)


@PROPERTY
@given(lines=st.lists(LINES, max_size=8), closed=st.booleans(), body=st.text(max_size=40), name=FILE_NAMES)
def test_any_front_matter_is_a_clear_error_or_a_correct_import(tmp_path, lines, closed, body, name):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    note = folder / name
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text("\n".join(["---", *lines, *(["---"] if closed else []), body]), encoding="utf-8")
    import_or_refuse(folder)


# -- the command line ------------------------------------------------------------------------------


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def titles(capsys) -> list[str]:
    _code, out, _ = run(capsys, "list", "--json", "--limit", "100")
    return sorted(r["title"] for r in json.loads(out))


def test_cli_preview_shows_the_numbers_and_changes_nothing(capsys):
    code, out, err = run(
        capsys,
        "import",
        str(JRNL),
        "--preview",
        "--map",
        "budget=Styring og effekt",
        "--map",
        "trivsel=samarbejde.k1",
        "--drop-mapped-tags",
    )
    assert code == 0, err
    assert out.splitlines() == [
        "Format: jrnl",
        "Refleksioner: 7 (7 nye, 0 opdateres, 0 har du allerede)",
        "Periode: 2026-01-12 – 2026-06-15",
        "Tags: trivsel (2), borgerdialog (1), budget (1), ledermøde (1), medarbejder (1), styring (1), økonomi (1)",
        "Tags på refleksionerne:",
        "  budget → Styring og effekt (tagget fjernes)",
        "  trivsel → samarbejde.k1 (tagget fjernes)",
        "Forslag (vælg dem med --map):",
        "  styring → Tema: Styring og effekt (--map styring=theme:styring)",
    ]
    assert titles(capsys) == []


def test_cli_imports_with_a_mapping_and_tells_what_it_did(capsys):
    code, out, err = run(
        capsys, "import", str(DAY_ONE_ZIP), "--map", "budget=styring", "--map", "trivsel=samarbejde.k1", "--json"
    )
    assert code == 0, err
    assert json.loads(out) == {"added": 4, "updated": 0, "unchanged": 0, "revisions_added": 0, "templates_added": 0}
    code, out, _ = run(capsys, "list", "--json", "--theme", "styring")
    assert [r["title"] for r in json.loads(out)] == ["Dialogmøde i Fensmark"]
    code, out, _ = run(capsys, "list", "--json", "--criterion", "samarbejde.k1")
    assert [r["title"] for r in json.loads(out)] == ["1. samtale med ny medarbejder"]
    code, out, _ = run(capsys, "--lang", "en", "import", str(DAY_ONE_ZIP), "--preview", "--json")
    seen = json.loads(out)
    assert (seen["new"], seen["unchanged"], seen["first"], seen["last"]) == (0, 4, "2026-01-19", "2026-06-10")
    assert run(capsys, "import", str(DAY_ONE_ZIP))[1] == "0 tilføjet, 0 opdateret, 4 uændret, 0 revisioner tilføjet\n"


def test_cli_format_overrides_detection(capsys, tmp_path):
    data = json.loads(JRNL.read_text(encoding="utf-8"))
    reordered = tmp_path / "jrnl.json"
    reordered.write_text(json.dumps({"entries": data["entries"], "tags": data["tags"]}), encoding="utf-8")
    code, _, err = run(capsys, "import", str(reordered))
    assert code == 1 and "not a format Ledelsesjournal can import" in err
    code, out, err = run(capsys, "--lang", "en", "import", str(reordered), "--format", "jrnl")
    assert code == 0 and out == "7 added, 0 updated, 0 unchanged, 0 revisions added\n", err


def jrnl_tagged(tmp_path: Path, *tag_lists: list[str]) -> Path:
    """A jrnl export with one entry per list of tags."""
    entries = [
        {
            "title": f"Note {index}.",
            "body": "",
            "date": f"2026-03-{index + 1:02d}",
            "time": "09:00",
            "tags": [f"@{tag}" for tag in tags],
            "starred": False,
        }
        for index, tags in enumerate(tag_lists)
    ]
    path = tmp_path / "tagged.json"
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_cli_preview_suggests_themes_and_contexts_by_their_names(capsys, tmp_path):
    path = jrnl_tagged(tmp_path, ["lus", "budget"], ["3-i-1", "borgere"], ["rekruttering"])
    code, out, err = run(capsys, "import", str(path), "--preview")
    assert code == 0, err
    lines = out.splitlines()
    start = lines.index("Forslag (vælg dem med --map):")
    assert lines[start + 1 :] == [
        "  3-i-1 → Kontekst: Forventninger og evaluering (3-i-1) (--map 3-i-1=context:forventninger)",
        "  borgere → Tema: Borgere og samfund (--map borgere=theme:borgere)",
        "  lus → Kontekst: Lederudviklingssamtale (LUS) (--map lus=context:lus)",
        "  rekruttering → Kontekst: Rekruttering (--map rekruttering=context:rekruttering)",
        "En refleksion har højst én kontekst: har den allerede en, beholdes den; ellers vinder den første --map, "
        "der giver den en.",
    ]
    code, out, err = run(capsys, "--lang", "en", "import", str(path), "--preview", "--map", "lus=context:lus")
    lines = out.splitlines()
    assert "  lus → Context: Leader development conversation" in lines
    assert "  lus → Context: Leader development conversation (--map lus=context:lus)" not in lines  # mapped already
    assert "Suggestions (give them with --map):" in lines
    code, out, err = run(capsys, "import", str(path), "--preview", "--json", "--map", "lus=context:lus")
    seen = json.loads(out)
    assert seen["suggestions"] == {
        "3-i-1": "context:forventninger",
        "borgere": "theme:borgere",
        "rekruttering": "context:rekruttering",
    }
    assert seen["mapping"]["contexts"] == {"lus": "lus"}
    assert titles(capsys) == []


def test_cli_maps_tags_onto_contexts_and_the_first_map_wins(capsys, tmp_path):
    path = jrnl_tagged(tmp_path, ["lus", "trivsel"], ["lus"], ["3-i-1"], ["budget"])
    code, out, err = run(
        capsys,
        "--lang",
        "en",
        "import",
        str(path),
        "--preview",
        "--map",
        "trivsel=context:Dagligt samarbejde",
        "--map",
        "lus=context:LUS",
        "--map",
        "3-i-1=context:3-i-1",
    )
    assert code == 0, err
    assert out.splitlines()[-1] == (
        "A reflection has at most one context: one it already has is kept; otherwise the first --map that gives it "
        "one wins. That leaves a context out on 1 reflection(s), which keep the tag that gave it."
    )
    assert titles(capsys) == []
    code, out, err = run(
        capsys,
        "import",
        str(path),
        "--map",
        "trivsel=context:Dagligt samarbejde",
        "--map",
        "lus=context:LUS",
        "--map",
        "3-i-1=context:3-i-1",
        "--map",
        "budget=theme:styring",
        "--map",
        "budget=criterion:styring.k3",
    )
    assert code == 0, err

    def listed(*argv):
        return sorted(r["title"] for r in json.loads(run(capsys, "list", "--json", *argv)[1]))

    assert listed("--context", "dagligt-samarbejde") == ["Note 0."]  # trivsel came first
    assert listed("--context", "lus") == ["Note 1."]
    assert listed("--context", "forventninger") == ["Note 2."]
    assert listed("--theme", "styring", "--criterion", "styring.k3") == ["Note 3."]
    again = run(capsys, "import", str(path), "--map", "lus=context:lus")
    assert again[1] == "0 tilføjet, 0 opdateret, 4 uændret, 0 revisioner tilføjet\n"


@pytest.mark.parametrize(
    "argv,code,message",
    [
        (
            ["--map", "budget=økonomi"],
            2,
            "--map: 'økonomi' is neither a theme (borgere, samarbejde, styring) nor a success",
        ),
        (["--map", "ferie=styring"], 2, "--map: no entry in"),
        (["--map", "budget"], 2, "--map expects TAG=ID, not 'budget'"),
        (
            ["--map", "budget=context:ferie"],
            2,
            "--map: unknown usage context 'ferie' (known: opgaver, lederudvikling, lus",
        ),
        (["--map", "budget=context:"], 2, "--map expects TAG=ID, not 'budget=context:'"),
        (["--map", "budget=theme:styring.k3"], 2, "--map: unknown theme 'styring.k3'"),
        (["--map", "budget=criterion:styring"], 2, "--map: unknown success criterion 'styring'"),
        (["--map", "budget=lus"], 2, "nor a success criterion; for the usage context write context:lus"),
        (
            ["--map", "budget=context:lus", "--map", "#Budget=context:rekruttering"],
            2,
            "--map: 'budget' is mapped onto two usage contexts (lus, rekruttering); a reflection has one",
        ),
        (["--drop-mapped-tags"], 2, "--drop-mapped-tags needs --map"),
        (["--format", "markdown"], 1, "not a folder"),
    ],
)
def test_cli_errors_are_one_line_and_change_nothing(capsys, argv, code, message):
    run(capsys, "import", str(MARKDOWN))
    before = titles(capsys)
    status, out, err = run(capsys, "import", str(JRNL), *argv)
    assert (status, out) == (code, "") and err.count("\n") == 1 and message in err, err
    assert titles(capsys) == before and len(before) == 4


def test_cli_bad_file_names_the_file_and_the_place(capsys, tmp_path):
    path, _ = jrnl_with(change("entries", 6, date="2026-02-30"))(tmp_path)
    code, _out, err = run(capsys, "import", str(path))
    assert (
        code == 1 and err == f"ledelsesjournal: error: {path}: entries[6].date: not a date (YYYY-MM-DD): '2026-02-30'\n"
    )
    assert titles(capsys) == []
