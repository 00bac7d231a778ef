"""Importing from a hostile folder: a zip bomb, a file of gigabytes, a named pipe, a device, links
out of the folder. Each is refused in one line before it is read, or skipped and reported, and
the journal is unchanged; nothing hangs and nothing is read whole that should not be."""

from __future__ import annotations

import json
import os
import struct
import threading
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.__main__ import main
from journal.errors import ImportFileError
from journal.importers import common, import_file, preview, read_file
from journal.store import Store
from tests.factories import reflection

DAY_ONE_HEAD = b'{"metadata": {"version": "1.0"}, "entries": []'
NOTE = "---\ntitle: {title}\n---\nTekst.\n"
DEADLINE = 20  # seconds; the imports here take well under one

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and /dev are POSIX")


@pytest.fixture
def unpacked(monkeypatch) -> list[int]:
    """How many bytes are taken out of zip members, read by read."""
    counts: list[int] = []
    original = zipfile.ZipExtFile.read

    def read(self, n=-1):
        data = original(self, n)
        counts.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", read)
    return counts


def refused_and_unchanged(path: Path, format: str | None = None) -> ImportFileError:
    """Import into a journal holding one reflection: refused, the journal as it was."""
    with Store.memory() as store:
        mine = store.create(reflection(title="Min egen refleksion"))
        with pytest.raises(ImportFileError) as caught:
            import_file(store, path, format)
        assert list(store.iter_reflections()) == [mine]
    assert "\n" not in str(caught.value)
    return caught.value


def within_deadline(function, *args):
    """``function(*args)`` in a thread; a hang fails the test instead of hanging it (a named pipe
    waited on is then opened for writing and closed, which lets the reader go)."""
    outcome: dict = {}

    def call():
        try:
            outcome["value"] = function(*args)
        except BaseException as error:
            outcome["error"] = error

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(DEADLINE)
    if thread.is_alive():
        for pipe in PIPES:
            try:
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass
        thread.join(5)
        pytest.fail(f"{function.__name__}{args} still waiting after {DEADLINE} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


PIPES: list[Path] = []


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    PIPES.append(path)
    return path


# -- 4. sizes: a zip bomb, a file of gigabytes --------------------------------------------------


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, unpacked):
    """40 MB of a valid (empty) Day One journal in a zip of about 40 kB: refused by its ratio,
    with no more unpacked than detection's first look."""
    path = tmp_path / "Day One.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("Journal.json", "w") as member:
        member.write(DAY_ONE_HEAD)
        for _ in range(40):
            member.write(b" " * 2**20)
        member.write(b"}")
    assert path.stat().st_size < 200_000
    started = time.monotonic()
    error = refused_and_unchanged(path)
    assert time.monotonic() - started < 2
    assert str(error).startswith(f"{path}: Journal.json: unpacks to ") and "times its packed size" in str(error)
    assert sum(unpacked) <= 2 * 64 * 1024


def forge_size(path: Path, member: str, size: int) -> None:
    """Write ``size`` as the member's unpacked size in its local header and the central directory."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(member).header_offset
    assert raw[local : local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", raw, local + 22, size)
    central = raw.index(b"PK\x01\x02")
    while raw[central + 46 : central + 46 + len(member)] != member.encode():
        central = raw.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", raw, central + 24, size)
    path.write_bytes(bytes(raw))


def test_a_zip_that_says_it_unpacks_to_gigabytes_is_refused_unread(tmp_path, unpacked):
    path = tmp_path / "dayone.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", DAY_ONE_HEAD + b"}")
    forge_size(path, "Journal.json", 1_500_000_000)
    error = refused_and_unchanged(path)
    assert "Journal.json: unpacks to 1.4 GB" in str(error) and "512 MB" in str(error)
    assert sum(unpacked) <= 64 * 1024  # detection's look at the start, no more


def test_a_zip_member_that_says_less_than_it_holds_is_read_no_further(tmp_path, unpacked):
    """The header can lie the other way too: what is unpacked stops at what it says."""
    path = tmp_path / "dayone.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", DAY_ONE_HEAD + b" " * 30 * 2**20 + b"}")
    forge_size(path, "Journal.json", 4096)
    refused_and_unchanged(path)
    assert sum(unpacked) <= 64 * 1024 + 4096 + 1


def test_zip_members_together_are_capped_as_one_file_is(tmp_path, monkeypatch, unpacked):
    monkeypatch.setattr(common, "MAX_TEXT_BYTES", 2**20)
    path = tmp_path / "dayone.zip"
    entries = [
        {"uuid": f"{n:032X}", "creationDate": "2026-01-02T10:00:00Z", "text": os.urandom(200).hex()}
        for n in range(1000)
    ]  # about 500 kB each, not compressible much
    journal = json.dumps({"metadata": {}, "entries": entries}).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("A.json", journal)
        archive.writestr("B.json", journal.replace(b'"uuid": "0', b'"uuid": "1'))
        archive.writestr("C.json", journal.replace(b'"uuid": "0', b'"uuid": "2'))
    error = refused_and_unchanged(path)
    assert "together" in str(error) and "1 MB" in str(error)
    assert sum(unpacked) <= 64 * 1024


@pytest.mark.parametrize("format", [None, "json", "jrnl", "dayone"])
def test_a_json_file_of_gigabytes_is_refused_unread(tmp_path, format):
    path = tmp_path / "export.json"
    with path.open("wb") as handle:
        handle.write(DAY_ONE_HEAD)
        handle.truncate(2 * 2**30)  # 2 GB on paper: a sparse file, written in no time
    started = time.monotonic()
    error = refused_and_unchanged(path, format)
    assert time.monotonic() - started < 2
    assert (
        str(error) == f"{path}: the file is 2 GB, more than an import reads (512 MB): no journal export is that large"
    )


def test_a_markdown_note_of_many_megabytes_is_refused_unread(tmp_path):
    folder = tmp_path / "noter"
    folder.mkdir()
    (folder / "2026-01-02-a.md").write_text(NOTE.format(title="a"), encoding="utf-8")
    with (folder / "2026-01-03-stor.md").open("wb") as handle:
        handle.write(b"# Stor\n")
        handle.truncate(9 * 2**20)
    error = refused_and_unchanged(folder)
    assert str(error).startswith(
        f"{folder / '2026-01-03-stor.md'}: the file is 9 MB, more than an import reads of one Markdown file (8 MB)"
    )


def test_markdown_notes_together_are_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(common, "MAX_TEXT_BYTES", 2**20)
    folder = tmp_path / "noter"
    folder.mkdir()
    for n in range(3):
        (folder / f"2026-01-0{n + 1}.md").write_text("x" * 400_000, encoding="utf-8")
    error = refused_and_unchanged(folder)
    assert str(error).startswith(f"{folder}: together, the Markdown files come to 1.1 MB, more than an import reads")


# -- 5. named pipes and devices -----------------------------------------------------------------


@posix_only
def test_a_named_pipe_in_the_folder_is_skipped_not_waited_for(tmp_path):
    folder = tmp_path / "noter"
    folder.mkdir()
    (folder / "2026-01-02-a.md").write_text(NOTE.format(title="a"), encoding="utf-8")
    fifo(folder / "2026-01-03-x.md")
    data = within_deadline(read_file, folder)
    assert [r.title for r in data.reflections] == ["a"]
    assert data.skipped == (("2026-01-03-x.md", "special"),)
    assert preview(data).skipped == (("special", ("2026-01-03-x.md",)),)


@posix_only
@pytest.mark.parametrize("format", [None, "json", "jrnl", "dayone", "markdown"])
def test_a_named_pipe_given_as_the_file_is_refused_unopened(tmp_path, format):
    path = fifo(tmp_path / "export.json")
    with pytest.raises(ImportFileError) as caught:
        within_deadline(read_file, path, format)
    expected = "not a folder" if format == "markdown" else "not a regular file (a named pipe)"
    assert str(caught.value).startswith(f"{path}: {expected}")


@posix_only
@pytest.mark.parametrize("format", [None, "json", "jrnl", "dayone"])
def test_a_device_given_as_the_file_is_refused_unopened(format):
    with pytest.raises(ImportFileError) as caught:
        within_deadline(read_file, Path(os.devnull), format)
    assert str(caught.value).startswith(f"{os.devnull}: not a regular file (a device)")


# -- 6. links ----------------------------------------------------------------------------------


@pytest.fixture
def linked(tmp_path) -> Path:
    """A folder of one note, and links: to a file outside, to its own note, to itself, to a folder outside."""
    folder, outside = tmp_path / "noter", tmp_path / "andet"
    folder.mkdir()
    outside.mkdir()
    (folder / "2026-01-02-a.md").write_text(NOTE.format(title="a"), encoding="utf-8")
    (outside / "hemmelig.md").write_text(NOTE.format(title="hemmelig"), encoding="utf-8")
    try:
        (folder / "passwd.md").symlink_to(outside / "hemmelig.md")
        (folder / "igen.md").symlink_to("2026-01-02-a.md")
        (folder / "ring").symlink_to(folder, target_is_directory=True)
        (folder / "arkiv").symlink_to(outside, target_is_directory=True)
        (folder / "billede.png").symlink_to(outside / "hemmelig.md")  # no note: never read, so not reported
    except OSError:  # Windows without the right to make links
        pytest.skip("cannot make symbolic links here")
    return folder


def test_links_are_not_followed_and_are_reported(linked):
    data = within_deadline(read_file, linked)
    assert [r.title for r in data.reflections] == ["a"]
    assert sorted(data.skipped) == [("arkiv/", "link"), ("igen.md", "link"), ("passwd.md", "link"), ("ring/", "link")]
    assert preview(data).skipped == (("link", ("arkiv/", "igen.md", "passwd.md", "ring/")),)


def test_a_folder_of_only_links_says_so(tmp_path, linked):
    (linked / "2026-01-02-a.md").unlink()
    with pytest.raises(ImportFileError) as caught:
        read_file(linked)
    assert str(caught.value) == (
        f"{linked}: no Markdown files (.md) in the folder (links and files that are not regular files are skipped)"
    )


# -- the command line ---------------------------------------------------------------------------


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def count(capsys) -> int:
    _code, out, _ = run(capsys, "list", "--json", "--limit", "100")
    return len(json.loads(out))


def test_cli_preview_and_import_report_what_was_skipped(capsys, linked):
    code, out, err = run(capsys, "import", str(linked), "--preview")
    assert code == 0, err
    assert "Sprang 4 link(s) over, som ikke følges: arkiv/, igen.md, passwd.md, ring/" in out.splitlines()
    code, out, err = run(capsys, "--lang", "en", "import", str(linked))
    assert code == 0, err
    assert out.splitlines() == [
        "1 added, 0 updated, 0 unchanged, 0 revisions added",
        "Skipped 4 link(s), which are not followed: arkiv/, igen.md, passwd.md, ring/",
    ]
    code, out, err = run(capsys, "import", str(linked), "--json")
    assert json.loads(out)["skipped"] == {"link": ["arkiv/", "igen.md", "passwd.md", "ring/"]}
    assert count(capsys) == 1


def test_cli_refuses_a_bomb_in_one_line_and_changes_nothing(capsys, tmp_path):
    path = tmp_path / "export.json"
    with path.open("wb") as handle:
        handle.write(DAY_ONE_HEAD)
        handle.truncate(2 * 2**30)
    code, out, err = run(capsys, "import", str(path))
    assert (code, out) == (1, "") and err.count("\n") == 1 and "more than an import reads (512 MB)" in err
    assert count(capsys) == 0


@posix_only
def test_cli_refuses_a_named_pipe_in_one_line(capsys, tmp_path):
    path = fifo(tmp_path / "2026-01-03-x.md")
    code, out, err = within_deadline(run, capsys, "import", str(path))
    assert (code, out) == (
        1,
        "",
    ) and err == f"ledelsesjournal: error: {path}: not a regular file (a named pipe), so it is not read\n"


# -- jrnl's export, read a piece at a time (common.JsonStream) ---------------------------------

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)
JRNL_LIKE = st.fixed_dictionaries(
    {
        "tags": st.dictionaries(st.text(max_size=4), st.integers(0, 9), max_size=3),
        "entries": st.lists(VALUES, max_size=5),
    }
)


def _whole(path: Path) -> tuple:
    try:
        return ("read", common.parse_json(path.read_bytes(), str(path)))
    except ImportFileError as error:
        return ("refused", str(error))


def _streamed(path: Path) -> tuple:
    stream = common.JsonStream(path, "entries")
    try:
        items = list(stream.items())
    except ImportFileError as error:
        return ("refused", str(error))
    others = stream.others
    if isinstance(others, dict) and others.get("entries") == []:
        others = {**others, "entries": items}
    return ("read", others)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    document=JRNL_LIKE | VALUES,
    indent=st.sampled_from([None, 2]),
    damage=st.sampled_from(["none", "cut", "insert", "replace"]),
    at=st.integers(0, 300),
    junk=st.binary(max_size=3),
    piece=st.integers(1, 9),
)
def test_a_file_read_in_pieces_is_read_or_refused_as_the_whole_file_is(
    tmp_path_factory, document, indent, damage, at, junk, piece
):
    """The same values, or the same refusal at the same line and column, however the pieces fall;
    only a file that is not UTF-8 may be refused for what the reading meets first."""
    raw = json.dumps(document, indent=indent, ensure_ascii=False).encode()
    at = min(at, len(raw))
    raw = {
        "none": raw,
        "cut": raw[:at],
        "insert": raw[:at] + junk + raw[at:],
        "replace": raw[:at] + junk + raw[at + len(junk) :],
    }[damage]
    path = tmp_path_factory.mktemp("stream") / "export.json"
    path.write_bytes(raw)
    chunk = common.JsonStream.CHUNK
    common.JsonStream.CHUNK = piece  # windows of a few characters: every value falls across some
    try:
        whole, streamed = _whole(path), _streamed(path)
    finally:
        common.JsonStream.CHUNK = chunk
    assert whole[0] == streamed[0], (raw, whole, streamed)
    if whole[0] == "refused" and "not UTF-8" in whole[1]:
        return
    assert whole == streamed, raw


def test_a_large_jrnl_export_is_never_in_memory_whole(tmp_path):
    """A jrnl export is read a piece at a time: going through 20 MB of entries holds a window of
    it, not the file (the whole file parsed took three times its size)."""
    import tracemalloc

    entry = {"date": "2026-03-02", "time": "09:15", "title": "Møde", "body": "Tekst " * 300, "tags": ["@lus"]}
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"tags": {"@lus": 10000}, "entries": [entry] * 10_000}), encoding="utf-8")
    assert path.stat().st_size > 18_000_000
    data = read_file(path, check=False)
    tracemalloc.start()
    try:
        assert sum(1 for _ in data.reflections) == 10_000
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, f"{peak:,} bytes at most while reading"


def test_a_damaged_entry_late_in_a_jrnl_export_undoes_the_whole_import(tmp_path):
    """Read once, by the merge: damage found half way undoes everything merged before it."""
    entries = [{"date": "2026-03-02", "time": f"09:{m:02}", "title": f"Nr {m}", "body": "x"} for m in range(50)]
    entries[40]["time"] = "kvart over"
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    with Store.memory() as store:
        with pytest.raises(ImportFileError) as caught:
            import_file(store, path, check=False)
        assert caught.value.place == "entries[40].time" and store.count() == 0
