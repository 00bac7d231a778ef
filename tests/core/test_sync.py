"""Sync through a folder: what travels, what merges, what is refused, on real journals and files."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from journal import encryption
from journal.backup import open_journal
from journal.errors import SyncError
from journal.model import NextStep, ReflectionFilter
from journal.serialize import reflection_to_dict
from journal.store import lock_folder
from journal.sync import engine, folder
from journal.sync.clock import HybridClock, Stamp
from tests.factories import reflection

PASSPHRASE = "korrekt hest batteri hæfteklamme"


class Device:
    """A journal in a data folder of its own, and the clock of its machine."""

    def __init__(self, base: Path, name: str, offset_ms: int = 0):
        self.data = base / name
        self.data.mkdir(mode=0o700)
        self.name = name
        self.offset_ms = offset_ms
        self.store = open_journal(self.data)

    def now(self) -> int:
        return int(datetime.now(UTC).timestamp() * 1000) + self.offset_ms

    def sync(self, where: Path, **options) -> engine.Report:
        return engine.sync(self.store, where, now=self.now, device_name=self.name, **options)

    def journal(self) -> list[dict]:
        """Everything that travels, as the export writes it: to compare devices."""
        store = self.store
        return [
            sorted((reflection_to_dict(r) for r in store.iter_reflections()), key=lambda d: d["uuid"]),
            store.personal_framework().to_dict(),
            [(c.id, c.text, c.retired_at) for c in store.own_criteria()],
            sorted((r.uuid, r.name) for r in store.revisions()),
            sorted((t.id, t.name, t.deleted_at) for t in store.own_templates(deleted=True)),
        ]


@pytest.fixture
def place(tmp_path):
    shared = tmp_path / "OneFolder"
    shared.mkdir()
    devices: list[Device] = []

    def device(name: str, offset_ms: int = 0) -> Device:
        made = Device(tmp_path, name, offset_ms)
        devices.append(made)
        return made

    yield shared, device
    for made in devices:
        made.store.close()
        lock_folder(made.data)


def everyone_syncs(shared: Path, *devices: Device) -> None:
    for _ in range(2):
        for device in devices:
            device.sync(shared)


def test_a_second_machine_gets_the_whole_journal_and_both_stay_the_same(place):
    shared, device = place
    work, home = device("work"), device("home")
    made = [
        work.store.create(
            reflection(
                title=f"Møde {n} med Birthe",
                body=f"Tekst {n}\n\nmed æ, ø og å.",
                theme_ids=("tillid",),
                tags=("lus", f"t{n}"),
                next_steps=(NextStep("Ring til Birthe", due=datetime(2026, 3, 9).date()),),
            )
        )
        for n in range(30)
    ]
    work.store.add_own_criterion("tillid", "Jeg lytter først")
    work.store.save_revision("Forår")
    work.store.delete(made[0].uuid)  # the Trash travels too
    report = work.sync(shared)
    assert report.sent >= 33 and report.files_written == 1
    home.sync(shared)
    assert home.journal() == work.journal()
    assert home.store.count(ReflectionFilter(text="Birthe")) == 29  # the search index follows
    assert dict(home.store.tags())["lus"] == 29
    assert home.store.count(ReflectionFilter(tags=("t5",))) == 1  # and the tags' counts


def test_edits_in_different_places_of_one_text_on_two_machines_both_survive(place):
    shared, device = place
    work, home = device("work"), device("home")
    first = work.store.create(reflection(title="Budget", body="Første afsnit.\n\nAndet afsnit.\n", tags=("a",)))
    everyone_syncs(shared, work, home)
    at_work = work.store.get(first.uuid)
    work.store.update(replace(at_work, body="Første afsnit, rettet på arbejdet.\n\nAndet afsnit.\n", tags=("a", "x")))
    at_home = home.store.get(first.uuid)
    home.store.update(replace(at_home, body="Første afsnit.\n\nAndet afsnit, skrevet hjemme.\n", tags=("a", "y")))
    everyone_syncs(shared, work, home)
    for side in (work, home):
        got = side.store.get(first.uuid)
        assert got.body == "Første afsnit, rettet på arbejdet.\n\nAndet afsnit, skrevet hjemme.\n"
        assert set(got.tags) == {"a", "x", "y"}
        assert side.store.sync_conflicts() == []
    assert work.journal() == home.journal()


def test_rival_edits_of_the_same_words_keep_both_and_are_shown_as_a_conflict(place):
    shared, device = place
    work, home = device("work"), device("home")
    first = work.store.create(reflection(title="Møde med Birthe", body="Vi mødes kl. 10."))
    everyone_syncs(shared, work, home)
    work.store.update(replace(work.store.get(first.uuid), body="Vi mødes kl. 11 i kantinen."))
    home.store.update(replace(home.store.get(first.uuid), body="Vi mødes kl. 12 på kontoret."))
    everyone_syncs(shared, work, home)
    merged = work.store.get(first.uuid).body
    assert merged == home.store.get(first.uuid).body
    assert "11 i kantinen" in merged and "12 på kontoret" in merged  # neither text is lost
    for side, mine, theirs in ((work, "kl. 11", "kl. 12"), (home, "kl. 12", "kl. 11")):
        (conflict,) = side.store.sync_conflicts()
        _, obj, field, kept_mine, kept_theirs, _ = conflict
        assert (obj, field) == (f"r:{first.uuid}", "body")
        assert mine in kept_mine and theirs in kept_theirs


def test_deletions_travel_the_trash_and_for_good(place):
    shared, device = place
    a, b, c = device("a"), device("b"), device("c")
    kept, gone = a.store.create(reflection(title="Bliver")), a.store.create(reflection(title="Går"))
    everyone_syncs(shared, a, b, c)
    b.store.delete(kept.uuid)
    c.store.purge(gone.uuid)
    everyone_syncs(shared, a, b, c)
    for side in (a, b, c):
        assert side.store.get(kept.uuid).deleted_at is not None
        assert not side.store.exists(gone.uuid)
    a.store.restore(kept.uuid)
    everyone_syncs(shared, a, b, c)
    assert all(side.store.get(kept.uuid).deleted_at is None for side in (a, b, c))


def test_a_later_change_wins_even_from_a_machine_whose_clock_is_hours_behind(place):
    shared, device = place
    work = device("work")
    home = device("home", offset_ms=-3 * 3600 * 1000)  # three hours behind
    first = work.store.create(reflection(title="Stjerne"))
    work.store.update(replace(work.store.get(first.uuid), starred=True))
    everyone_syncs(shared, work, home)
    assert home.store.get(first.uuid).starred
    home.store.update(replace(home.store.get(first.uuid), starred=False))  # after seeing work's
    everyone_syncs(shared, work, home)
    assert not work.store.get(first.uuid).starred and not home.store.get(first.uuid).starred


def test_the_hybrid_clock_runs_on_after_a_stamp_from_a_clock_ahead():
    clock = HybridClock("b", now=lambda: 1_000)
    clock.witness(Stamp(5_000, 3, "a"))
    later = clock.tick()
    assert later > Stamp(5_000, 3, "a") and later.device == "b"
    assert Stamp.parse(later.text()) == later
    assert clock.tick() > later


def test_a_file_still_being_written_or_damaged_is_left_out_and_read_once_whole(place):
    shared, device = place
    work, home = device("work"), device("home")
    made = work.store.create(reflection(title="Halvt skrevet"))
    work.sync(shared)
    (path,) = folder.change_files(folder.root_of(shared))
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # the service has brought half of it
    report = home.sync(shared)
    assert [u.reason for u in report.unreadable] == ["damaged"] and report.received == 0
    assert not home.store.exists(made.uuid)
    flipped = bytearray(whole)
    flipped[-5] ^= 0x01
    path.write_bytes(bytes(flipped))
    assert [u.reason for u in home.sync(shared).unreadable] == ["damaged"]
    path.write_bytes(whole)
    assert home.sync(shared).received == 1
    assert home.store.get(made.uuid).title == "Halvt skrevet"


def test_a_copied_or_renamed_file_is_read_once(place):
    shared, device = place
    work, home = device("work"), device("home")
    made = work.store.create(reflection(title="Én gang", body="Linje"))
    work.sync(shared)
    (path,) = folder.change_files(folder.root_of(shared))
    shutil.copy(path, path.with_name("00000001 (conflicted copy 2026-12-03).ljsync"))
    renamed = path.with_name("00000001.sync-conflict-20261203-120000-ABCDEFG.ljsync")
    path.rename(renamed)
    assert home.sync(shared).files_read == 1
    assert home.store.get(made.uuid).body == "Linje"
    home.sync(shared)
    assert home.store.get(made.uuid).body == "Linje"


def test_files_arriving_out_of_order_give_the_same_journal(place):
    shared, device = place
    work, home = device("work"), device("home")
    made = work.store.create(reflection(title="Først", body="En"))
    work.sync(shared)
    work.store.update(replace(work.store.get(made.uuid), title="Så", body="En\nTo"))
    work.sync(shared)
    root = folder.root_of(shared)
    first, _ = sorted(folder.change_files(root))
    aside = shared.parent / "aside.ljsync"
    first.rename(aside)
    home.sync(shared)  # only the edit has come: the reflection is not whole yet
    assert not home.store.exists(made.uuid)
    aside.rename(first)
    home.sync(shared)
    assert home.store.get(made.uuid).title == "Så" and home.store.get(made.uuid).body == "En\nTo"


def test_three_machines_and_one_away_for_a_month(place):
    shared, device = place
    a, b, c = device("a"), device("b"), device("c")
    everyone_syncs(shared, a, b, c)
    for day in range(30):  # c is away; a and b write and sync every day
        a.store.create(reflection(title=f"Dag {day} på arbejdet"))
        b.store.create(reflection(title=f"Dag {day} hjemme"))
        a.sync(shared)
        b.sync(shared)
    c.store.create(reflection(title="Skrevet mens c var væk"))
    everyone_syncs(shared, a, b, c)
    assert a.journal() == b.journal() == c.journal()
    assert c.store.count(ReflectionFilter()) == 61


def test_an_encrypted_journal_writes_sealed_files_and_a_file_changed_by_others_is_refused(place):
    shared, device = place
    work, home = device("work"), device("home")
    work.store.create(reflection(title="Hemmeligt", body="Samtale med Rasmussen om sygefravær"))
    for side in (work, home):
        side.store.close()
        encryption.encrypt(side.data, PASSPHRASE)
        side.store = open_journal(side.data)
    with pytest.raises(SyncError, match="passphrase"):
        work.sync(shared)
    work.sync(shared, passphrase=PASSPHRASE)
    root = folder.root_of(shared)
    for path in root.rglob("*"):
        if path.is_file():
            assert b"Rasmussen" not in path.read_bytes()
    with pytest.raises(SyncError, match="does not open"):
        home.sync(shared, passphrase="et andet udtryk her")
    (path,) = folder.change_files(root)
    sealed = bytearray(path.read_bytes())
    sealed[-1] ^= 0x01
    path.write_bytes(bytes(sealed))
    report = home.sync(shared, passphrase=PASSPHRASE)
    assert [u.reason for u in report.unreadable] == ["altered"] and home.store.count(ReflectionFilter()) == 0
    sealed[-1] ^= 0x01
    path.write_bytes(bytes(sealed))
    home.sync(shared)  # the folder's key is kept in the (encrypted) journal: no passphrase again
    assert home.store.count(ReflectionFilter(text="Rasmussen")) == 1


def test_a_plain_journal_cannot_join_an_encrypted_ones_folder_nor_the_reverse(place):
    shared, device = place
    sealed_one, plain_one = device("sealed"), device("plain")
    sealed_one.store.close()
    encryption.encrypt(sealed_one.data, PASSPHRASE)
    sealed_one.store = open_journal(sealed_one.data)
    sealed_one.sync(shared, passphrase=PASSPHRASE)
    with pytest.raises(SyncError, match="is encrypted, but this one is not"):
        plain_one.sync(shared)
    other = shared.parent / "Other"
    other.mkdir()
    plain_one.sync(other)
    with pytest.raises(SyncError, match="is not, so its files can be read"):
        sealed_one.sync(other, passphrase=PASSPHRASE)


def test_the_live_journal_never_goes_into_the_sync_folder(place, tmp_path):
    _, device = place
    work = device("work")
    with pytest.raises(SyncError, match="data folder"):
        work.sync(work.data / "inside")
    with pytest.raises(SyncError, match="does not exist"):
        work.sync(tmp_path / "nowhere")
    assert engine.cloud_folder(Path("/home/leder/OneDrive - Næstved Kommune/journal")) == "OneDrive - Næstved Kommune"
    assert engine.cloud_folder(Path("/home/leder/Dropbox/x")) == "Dropbox"
    assert engine.cloud_folder(work.data) is None


def test_a_change_file_interrupted_before_it_was_written_is_written_again_the_same(place, monkeypatch):
    shared, device = place
    work, home = device("work"), device("home")
    made = work.store.create(reflection(title="Afbrudt", body="Linje"))

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(folder, "write_change_file", full_disk)
        with pytest.raises(SyncError, match="could not be written"):
            work.sync(shared)
    assert list(folder.change_files(folder.root_of(shared))) == []
    work.sync(shared)
    home.sync(shared)
    assert home.store.get(made.uuid).body == "Linje"  # once, not twice


def test_a_journal_put_back_from_a_backup_carries_on_as_a_new_device_and_loses_nothing(place):
    shared, device = place
    work, home = device("work"), device("home")
    first = work.store.create(reflection(title="Før kopien"))
    work.sync(shared)
    copy = work.data.parent / "copy.sqlite3"
    work.store.copy_to(copy)
    work.store.create(reflection(title="Efter kopien"))
    work.sync(shared)
    old_device = work.store.sync_state()["device"]
    work.store.close()
    shutil.copy(copy, work.data / "journal.sqlite3")
    for extra in ("journal.sqlite3-wal", "journal.sqlite3-shm"):
        (work.data / extra).unlink(missing_ok=True)
    work.store = open_journal(work.data)
    work.store.update(replace(work.store.get(first.uuid), body="Rettet efter tilbagelægningen"))
    everyone_syncs(shared, work, home)
    assert work.store.sync_state()["device"] != old_device
    assert work.journal() == home.journal()
    assert sorted(r.title for r in home.store.iter_reflections()) == ["Efter kopien", "Før kopien"]
    assert home.store.get(first.uuid).body == "Rettet efter tilbagelægningen"


def test_what_the_leader_saves_during_a_round_is_not_overwritten(place, monkeypatch):
    shared, device = place
    work, home = device("work"), device("home")
    made = work.store.create(reflection(title="Samtidig", body="En\n"))
    everyone_syncs(shared, work, home)
    work.store.update(replace(work.store.get(made.uuid), body="En\nTo fra arbejdet\n"))
    work.sync(shared)
    real = folder.read_change_file

    def save_meanwhile(*args, **kwargs):  # the window autosaves while the round reads the folder
        if not home.store.conn.in_transaction:
            home.store.update(replace(home.store.get(made.uuid), title="Samtidig, rettet hjemme"))
        return real(*args, **kwargs)

    monkeypatch.setattr(folder, "read_change_file", save_meanwhile)
    home.sync(shared)
    monkeypatch.undo()
    got = home.store.get(made.uuid)
    assert got.title == "Samtidig, rettet hjemme" and got.body == "En\nTo fra arbejdet\n"
    everyone_syncs(shared, work, home)
    assert work.store.get(made.uuid).title == "Samtidig, rettet hjemme"


def test_status_says_where_when_and_who(place):
    shared, device = place
    work, home = device("work"), device("home")
    assert engine.status(work.store).folder is None
    with pytest.raises(SyncError, match="does not sync with a folder yet"):
        engine.sync(work.store)
    work.store.create(reflection())
    everyone_syncs(shared, work, home)
    found = engine.status(work.store)
    assert found.folder == shared and found.waiting == 0 and found.last_sync is not None
    assert sorted(info["name"] for info in found.devices.values()) == ["home", "work"]
    work.store.create(reflection())
    assert engine.status(work.store).waiting == 1
    engine.stop(work.store)
    assert engine.status(work.store).folder is None
    assert json.loads((folder.root_of(shared) / folder.MANIFEST).read_text())["sealed"] is False


# -- three machines, at random -------------------------------------------------------------

WORDS = st.sampled_from(["møde", "Birthe", "trivsel", "budget", "åbenhed", "kl. 10", "økonomi"])


class ThreeMachines(RuleBasedStateMachine):
    """Random edits, deletions and syncs on three machines, in random order: after a last round
    every machine holds the same journal, and no line any of them saved is lost (unless its
    reflection was deleted for good)."""

    @initialize()
    def start(self):
        import tempfile

        self.base = Path(tempfile.mkdtemp(prefix="three-machines-"))
        self.shared = self.base / "shared"
        self.shared.mkdir()
        self.devices = [
            Device(self.base, name, offset_ms=offset)
            for name, offset in (("a", 0), ("b", -7_200_000), ("c", 3_600_000))
        ]
        self.uuids: list[str] = []
        self.lines: dict[str, set[str]] = {}
        self.purged: set[str] = set()
        self.count = 0

    def teardown(self):
        if hasattr(self, "devices"):
            for device in self.devices:
                device.store.close()
            shutil.rmtree(self.base, ignore_errors=True)

    def _here(self, device: Device, index: int):
        uuids = [u for u in self.uuids if device.store.exists(u)]
        return device.store.get(uuids[index % len(uuids)]) if uuids else None

    @rule(who=st.integers(0, 2), word=WORDS)
    def write(self, who, word):
        made = self.devices[who].store.create(reflection(title=word, body=f"{word}\n"))
        self.uuids.append(made.uuid)
        self.lines[made.uuid] = set()

    @rule(who=st.integers(0, 2), index=st.integers(0, 50), word=WORDS)
    def add_a_line(self, who, index, word):
        found = self._here(self.devices[who], index)
        if found is not None:
            self.count += 1
            line = f"linje {self.count} om {word}"
            self.devices[who].store.update(replace(found, body=found.body + line + "\n"))
            self.lines[found.uuid].add(line)

    @rule(who=st.integers(0, 2), index=st.integers(0, 50), word=WORDS, tag=st.sampled_from(["lus", "3i1", "mus"]))
    def retitle_and_tag(self, who, index, word, tag):
        found = self._here(self.devices[who], index)
        if found is not None:
            self.devices[who].store.update(
                replace(found, title=word, tags=(*found.tags, tag) if tag not in found.tags else found.tags)
            )

    @rule(who=st.integers(0, 2), index=st.integers(0, 50))
    def trash_or_restore(self, who, index):
        found = self._here(self.devices[who], index)
        if found is not None:
            store = self.devices[who].store
            (store.restore if found.deleted_at else store.delete)(found.uuid)

    @precondition(lambda self: len(self.uuids) > 2)
    @rule(who=st.integers(0, 2), index=st.integers(0, 50))
    def delete_for_good(self, who, index):
        found = self._here(self.devices[who], index)
        if found is not None:
            self.devices[who].store.purge(found.uuid)
            self.purged.add(found.uuid)

    @rule(who=st.integers(0, 2))
    def sync(self, who):
        self.devices[who].sync(self.shared)

    def teardown_check(self):
        everyone_syncs(self.shared, *self.devices)
        first = self.devices[0].journal()
        for device in self.devices[1:]:
            assert device.journal() == first
        for device in self.devices:
            for uuid, lines in self.lines.items():
                if uuid in self.purged:
                    assert not device.store.exists(uuid)
                else:
                    body = device.store.get(uuid).body
                    assert all(line in body for line in lines)


class ThreeMachinesChecked(ThreeMachines):
    def teardown(self):
        try:
            if hasattr(self, "devices"):
                self.teardown_check()
        finally:
            super().teardown()


ThreeMachinesChecked.TestCase.settings = settings(max_examples=25, stateful_step_count=30, deadline=None)
test_three_machines_at_random_end_with_the_same_journal = ThreeMachinesChecked.TestCase


def test_the_command_line_syncs_says_how_it_stands_and_stops(capsys, tmp_path, monkeypatch):
    from tests.core.test_cli import run

    shared = tmp_path / "USB"
    shared.mkdir()
    work, home = str(tmp_path / "work"), str(tmp_path / "home")
    assert run(capsys, "--data-dir", work, "add", "--title", "Skrevet på arbejdet")[0] == 0
    code, out, err = run(capsys, "--data-dir", work, "--lang", "en", "sync", str(shared))
    assert code == 0, err
    assert "1 sent, 0 received" in out
    code, out, _ = run(capsys, "--data-dir", home, "sync", str(shared))
    assert "0 sendt, 1 modtaget" in out
    code, out, _ = run(capsys, "--data-dir", home, "list")
    assert "Skrevet på arbejdet" in out
    code, out, _ = run(capsys, "--data-dir", home, "sync", "--status", "--json")
    status = json.loads(out)
    assert status["folder"] == str(shared) and status["waiting"] == 0 and len(status["devices"]) == 2
    code, out, _ = run(capsys, "--data-dir", home, "sync", "--status")
    assert f"Synkroniseres med {shared}" in out
    code, out, err = run(capsys, "--data-dir", home, "sync", str(tmp_path / "nowhere"))
    assert code == 1 and "does not exist" in err
    code, out, _ = run(capsys, "--data-dir", home, "sync", "--stop")
    assert code == 0 and "ikke længere" in out
    code, out, err = run(capsys, "--data-dir", home, "sync")
    assert code == 1 and "does not sync with a folder yet" in err
