"""The people written about: every mention found (access, GDPR article 15), and forgotten
everywhere, the Trash, the search index, free pages and every backup included (article 17)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from framework.personal import OwnCriterion
from journal import people
from journal.backup import backup, list_backups, open_journal
from journal.model import NextStep, ReflectionFilter
from tests.core.test_cli import run as cli
from tests.factories import at, reflection


def names_in(text: str, name: str) -> list[str]:
    return people.name_pattern(name).findall(text)


def test_a_name_is_found_in_the_forms_danish_gives_it():
    text = "Birthe kom. Birthes team, Birthe's idé; birthe igen. Ikke Birthesen eller Ebirthe."
    assert names_in(text, "Birthe") == ["Birthe", "Birthes", "Birthe's", "birthe"]
    assert names_in("Lars' bil og Lars's og Larss", "Lars") == ["Lars'", "Lars's"]
    assert names_in("Birthe  Hansens plan; Birthe Hansen-Berg", "Birthe Hansen") == ["Birthe  Hansens", "Birthe Hansen"]
    assert names_in("Ørsteds notat om Ørsted", "ørsted") == ["Ørsteds", "Ørsted"]
    with pytest.raises(ValueError):
        people.name_pattern(" -- ")


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    with open_journal(folder) as store:
        store.create(
            reflection(
                title="Samtale med Birthe",
                body="Birthes sygefravær fylder. Vi aftalte opfølgning.",
                outcome="Birthe var lettet.",
                tags=("birthe", "trivsel"),
                next_steps=(NextStep("Ring til Birthe"),),
                entry_at=at(2026, 3, 2),
            )
        )
        store.create(reflection(title="Budget", body="Ingen personer her.", entry_at=at(2026, 3, 3)))
        trashed = store.create(
            reflection(title="Gammel", body="Noget om Birthe.", private=True, entry_at=at(2026, 1, 5))
        )
        store.delete(trashed.uuid)
        framework = store.personal_framework()
        parts = tuple(
            replace(p, body="Jeg lærte af Birthe at lytte.") if i == 0 else p for i, p in enumerate(framework.parts)
        )
        own = OwnCriterion("own:abc12345", "borgere", "Birthes model for dialog", datetime(2026, 1, 1, tzinfo=UTC))
        store.save_personal_framework(replace(framework, parts=parts, own_criteria=(own,)))
        store.save_revision("Efter samtalen med Birthe")
        backup(store, folder, keep=None)
    return folder


def test_every_mention_is_found_with_its_count(data):
    with open_journal(data) as store:
        found = people.find(store, "birthe")
    kinds = [(m.kind, m.label, m.count, m.in_trash) for m in found.mentions]
    assert kinds == [
        ("reflection", "Samtale med Birthe", 5, False),
        ("reflection", "Gammel", 1, True),
        ("personal_framework", "", 2, False),
        ("revision", "Efter samtalen med Birthe", 3, False),
    ]
    assert found.mentions[0].fields == ("title", "body", "outcome", "tags", "next_steps")
    assert found.count == 11


def test_forget_with_a_marker_leaves_the_name_in_no_file(data):
    assert people.traces(data, "Birthe")  # the test can see the name where it is
    with open_journal(data) as store:
        done, rewritten = people.forget_everywhere(data, store, "Birthe", "[X]")
        first = store.list()[-1]
        kept = store.get(first.uuid)
        assert kept.title == "Samtale med [X]" and kept.body.startswith("[X] sygefravær")
        assert kept.tags == ("trivsel",) and kept.next_steps[0].text == "Ring til [X]"
        assert store.personal_framework().parts[0].body == "Jeg lærte af [X] at lytte."
        assert store.revisions()[0].name == "Efter samtalen med [X]"
        assert store.count(ReflectionFilter(text="birthe")) == 0
        assert store.count(ReflectionFilter()) == 2
    assert done.reflections_changed == 2 and done.framework_changed and done.revisions_changed == 1
    assert rewritten == [b.path for b in list_backups(data)] and len(rewritten) == 1
    assert people.traces(data, "Birthe") == []
    with open_journal(data) as store:
        assert people.find(store, "Birthe").mentions == ()
    assert all(b.reflections == 2 for b in list_backups(data))  # the backups still open


def test_forget_by_deleting_the_reflections(data):
    with open_journal(data) as store:
        done, _ = people.forget_everywhere(data, store, "Birthe", None)
        assert [s.title for s in store.list()] == ["Budget"]
        assert store.count(ReflectionFilter(deleted=True)) == 0  # the Trash too
    assert done.reflections_deleted == 2
    assert people.traces(data, "Birthe") == []


def test_the_command_line_lists_exports_and_forgets_a_person(capsys, data, tmp_path):
    folder = str(data)
    code, out, _ = cli(capsys, "--data-dir", folder, "--lang", "en", "person", "Birthe")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Mentions of Birthe: 11"
    assert "Samtale med Birthe  [title, text, What happened, Tags, Next steps] ×5" in lines[1]
    assert "(in the Trash)  (Private)" in lines[2]
    assert "My leadership framework  [part " in lines[3] and "Revision “Efter samtalen med Birthe”" in lines[4]

    code, out, _ = cli(capsys, "--data-dir", folder, "person", "Birthe", "--export", str(tmp_path / "birthe.json"))
    exported = json.loads((tmp_path / "birthe.json").read_text(encoding="utf-8"))
    assert code == 0 and exported["mentions"] == 11
    assert {r["title"] for r in exported["reflections"]} == {"Samtale med Birthe", "Gammel"}
    assert [r["in_trash"] for r in exported["reflections"]] == [False, True]
    code, _, _ = cli(capsys, "--data-dir", folder, "person", "Birthe", "--export", str(tmp_path / "birthe.md"))
    text = (tmp_path / "birthe.md").read_text(encoding="utf-8")
    assert "# Alt, hvad journalen rummer om Birthe" in text and "Noget om Birthe." in text

    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    code, out, _ = cli(capsys, "--data-dir", folder, "forget", "Birthe", "--marker", "[B]")
    assert code == 0 and "Nothing was changed" not in out and "Intet er ændret" in out
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before
    code, out, _ = cli(capsys, "--data-dir", folder, "--lang", "en", "forget", "Birthe", "--marker", "[B]", "--yes")
    assert code == 0 and "No file in" in out and "backups rewritten: 1" in out
    assert people.traces(data, "Birthe") == []
    code, out, _ = cli(capsys, "--data-dir", folder, "list")
    assert "Samtale med [B]" in out
    code, _, err = cli(capsys, "--data-dir", folder, "person", "--", "--")
    assert code == 2 and "at least one letter" in err


def test_an_encrypted_journal_forgets_too_and_says_its_exports_are_plain(capsys, data, tmp_path, monkeypatch, fast_kdf):
    from journal import encryption
    from journal.store import lock_folder

    encryption.encrypt(data, "korrekt hest batteri")
    lock_folder(data)
    monkeypatch.setenv("LEDELSESJOURNAL_PASSPHRASE", "korrekt hest batteri")
    folder = str(data)
    code, _, err = cli(
        capsys, "--data-dir", folder, "--lang", "en", "person", "Birthe", "--export", str(tmp_path / "b.md")
    )
    assert code == 0 and "is an ordinary file, not encrypted" in err
    code, _, _ = cli(capsys, "--data-dir", folder, "forget", "Birthe", "--delete", "--yes")
    assert code == 0
    lock_folder(data)
    encryption.unlock(data, "korrekt hest batteri")
    with open_journal(data) as store:
        assert [s.title for s in store.list()] == ["Budget"] and people.find(store, "Birthe").mentions == ()
    lock_folder(data)
