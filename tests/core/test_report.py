"""The period report and `stats`: figures counted by hand for a small journal, the readings in
plain words, the charts as coloured tables, and what may go out (only chosen reflections; a private
one only when chosen; never the framework's private part; never the leader's typed markup)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from framework import load_bundled
from framework.personal import OwnCriterion, Part, PersonalFramework, TargetBalance
from journal.__main__ import main
from journal.analytics import Period, breakdown
from journal.cli import figures as cli_figures
from journal.errors import NotFoundError
from journal.export import ExportOptions, get_exporter
from journal.export.report_doc import build_report, excerpt_markdown
from journal.export.report_html import report_body_html
from journal.model import NextStep
from journal.paths import database_path, ensure_private_dir
from journal.readings import contexts_reading, stakeholders_reading
from journal.store import Store
from tests.factories import CPH, at, reflection

ORGANISATION = load_bundled()
TODAY = date(2026, 3, 31)
Q1 = Period(date(2026, 1, 1), TODAY)
ROOT = Path(__file__).resolve().parents[2]

DIALOGUE = "11111111-0000-4000-8000-000000000001"
BUDGET = "22222222-0000-4000-8000-000000000002"
JOBCENTER = "33333333-0000-4000-8000-000000000003"
DOUBT = "44444444-0000-4000-8000-000000000004"  # private
MEETING = "55555555-0000-4000-8000-000000000005"
OLD = "66666666-0000-4000-8000-000000000006"  # before the period
TRASHED = "77777777-0000-4000-8000-000000000007"  # in the Trash

SCRIPT = "<script>alert('hej')</script>"
DIALOGUE_BODY = (
    f"Borgerne i Fensmark bad om mere åbenhed om budgettet. {SCRIPT} "
    + "Vi talte længe om, hvordan beslutningerne bliver truffet, og hvem der bliver hørt. " * 6
    + "SIDSTE SÆTNING KOMMER ALDRIG MED."
)
BUDGET_BODY = "Tallene for januar viser et merforbrug på overtid."
DOUBT_BODY = "Jeg tvivler på, om jeg er den rette til at lede omstillingen."
MEETING_BODY = "Medarbejderne vil selv lægge vagtplanen."
TASK = "Jeg leder Borgerservice i Næstved med syv medarbejdere."
PRIVATE_PART = "Kun til mig selv: jeg er træt."
OWN = "Borgerne kender mit ansigt fra møder i lokalområdet"


def fill(store: Store) -> None:
    """Five reflections in the first quarter of 2026 (one private), one before it, one in the Trash."""
    store.save_personal_framework(
        PersonalFramework(
            name="Mette Højgaard",
            unit="Borgerservice",
            parts=(Part("task", TASK), Part("values", ""), Part("private", PRIVATE_PART, private=True)),
            own_criteria=(OwnCriterion("own:aktiv", "borgere", OWN, at(2025, 12, 1)),),
            target=TargetBalance.of({"borgere": 40, "samarbejde": 30, "styring": 30}),
        )
    )
    for item in (
        reflection(
            uuid=DIALOGUE,
            entry_at=at(2026, 1, 5),
            title="Dialogmøde i Fensmark",
            body=DIALOGUE_BODY,
            theme_ids=("borgere",),
            criterion_ids=("borgere.k1",),
            stakeholders=("citizens",),
        ),
        reflection(
            uuid=BUDGET,
            entry_at=at(2026, 1, 12),
            title="Budgetopfølgning",
            body=BUDGET_BODY,
            theme_ids=("styring",),
            criterion_ids=("styring.k3",),
            stakeholders=("staff",),
            context_id="dagligt-samarbejde",
            next_steps=(NextStep("Sende tallene til teamet", due=date(2026, 3, 20)),),
        ),
        reflection(
            uuid=JOBCENTER,
            entry_at=at(2026, 2, 2),
            title="Samarbejde med Jobcentret",
            theme_ids=("samarbejde", "borgere"),
            criterion_ids=("samarbejde.k3", "borgere.k1"),
            template=True,
            situation="Jobcentret ringede om en fælles borger.",
            learning="Ring før.",
            body="",
            next_steps=(NextStep("Aftale et fast møde", due=date(2026, 4, 3)),),
        ),
        reflection(
            uuid=DOUBT,
            entry_at=at(2026, 2, 16),
            title="Min egen tvivl",
            body=DOUBT_BODY,
            private=True,
            theme_ids=("samarbejde",),
            criterion_ids=("own:aktiv",),
            next_steps=(NextStep("Tale med min chef om tvivlen"),),
        ),
        reflection(
            uuid=MEETING,
            entry_at=at(2026, 3, 9),
            title="Medarbejdermøde",
            body=MEETING_BODY,
            theme_ids=("samarbejde",),
            criterion_ids=("samarbejde.k1",),
            stakeholders=("staff",),
            context_id="lus",
            next_steps=(NextStep("Prøve selvplanlægning i april"),),
        ),
        reflection(
            uuid=OLD,
            entry_at=at(2025, 12, 10),
            title="Gammel refleksion",
            theme_ids=("styring",),
            criterion_ids=("styring.k1",),
        ),
        reflection(
            uuid=TRASHED,
            entry_at=at(2026, 3, 2),
            title="Slettet",
            theme_ids=("styring",),
            criterion_ids=("styring.k2",),
        ),
    ):
        store.create(item)
    store.delete(TRASHED)


@pytest.fixture
def store():
    with Store.memory() as store:
        fill(store)
        yield store


def options(**changes) -> ExportOptions:
    return replace(ExportOptions(organisation=ORGANISATION, today=TODAY, period=Q1), **changes)


def html(store: Store, **changes) -> str:
    out = io.StringIO()
    get_exporter("report", "html").write(store, out, options(**changes))
    return out.getvalue()


def flat(text: str) -> str:
    return " ".join(text.split())


class Structure(HTMLParser):
    """Every element closed, in order: what a browser would otherwise have to guess."""

    VOID = frozenset({"br", "meta", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.seen: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.seen.append(tag)
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()


# -- the figures and their readings ---------------------------------------------------------------


def test_the_readings_in_plain_danish(store):
    report = build_report(store, options())
    assert report.reflections == 5  # the Trash and December do not count
    assert report.readings == (
        "Styring og effekt: 17 % af dine refleksioner – dit mål er 30 %",
        "Samarbejde og relationer: fra 25 % i første halvdel af perioden til 100 % i anden",
        (
            "5 succeskriterier uden refleksioner i perioden: At vi som kommune opleves som en god …; "
            "At borgere og lokalsamfund oplever en kommune, som …; At vi og vores medarbejdere indgår i fælles …; "
            "At vi er en del af et fællesskab …; At vi har kendskab til hinandens arbejdsområder …"
        ),
        "0,4 refleksioner om ugen; længste pause 22 dage",
        "3 åbne næste skridt, heraf 1 overskredet og 1 med frist inden for en uge",
    )
    assert report.period_words == "1. januar – 31. marts 2026"
    assert [(t.theme_id, t.count, t.share, t.target) for t in report.themes] == [
        ("borgere", 2, 33, 40),
        ("samarbejde", 3, 50, 30),
        ("styring", 1, 17, 30),
    ]


def test_the_readings_in_english(store):
    text = flat(html(store, language="en"))
    for words in (
        "Period report",
        "1 January – 31 March 2026",
        "5 reflections in the period",
        "Governance and impact: 17% of your reflections, your target is 30%",
        "Collaboration and relations: from 25% in the first half of the period to 100% in the second",
        "5 success criteria without reflections in the period",
        "0.4 reflections a week; longest pause 22 days",
        "3 open next steps, of which 1 overdue and 1 due within a week",
        "The balance between the themes",
        "Reflections per week and theme",
        "none in the period",
        "My leadership framework in brief",
        "Exported from Ledelsesjournal 31 March 2026",
    ):
        assert words in text, words
    for danish in ("Periodeoverblik", "refleksioner", "Kort fortalt", "ingen i perioden"):
        assert danish not in text, danish


def test_where_and_with_whom_in_words(store):
    """The Patterns view shows these beside its charts; the report leaves them out."""
    spread = breakdown(store, Q1)
    assert contexts_reading(spread, ORGANISATION, "da") == (
        "Flest refleksioner i forbindelse med Dagligt samarbejde: 1 og Lederudviklingssamtale (LUS): 1"
    )
    assert stakeholders_reading(spread, "da") == (
        "Oftest om medarbejdere: 2 og borgere: 1; ingen om kolleger, chef, politikere og partnere"
    )
    english = stakeholders_reading(spread, "en")
    assert english.startswith("Most often about staff: 2 and citizens: 1; none about peers")
    with Store.memory() as empty:
        assert contexts_reading(breakdown(empty, Q1), ORGANISATION, "en") == (
            "No reflections with a use of the framework in the period"
        )


def test_next_steps_overdue_first_and_none_from_an_unchosen_private_reflection(store):
    report = build_report(store, options())
    assert [(s.text, s.status) for s in report.next_steps] == [
        ("Sende tallene til teamet", "overdue"),
        ("Aftale et fast møde", "due"),
        ("Prøve selvplanlægning i april", "open"),
    ]
    chosen = build_report(store, options(reflections=(DOUBT,)))
    assert "Tale med min chef om tvivlen" in [s.text for s in chosen.next_steps]


def test_longer_periods_go_by_quarter_then_year(store):
    assert build_report(store, options()).coverage_columns == ("jan.", "feb.", "mar.")
    assert build_report(store, options()).coverage_years == (("2026", 3),)
    two_years = build_report(store, options(period=Period(date(2024, 5, 1), TODAY)))
    assert two_years.coverage_columns[:3] == ("2. kvt.", "3. kvt.", "4. kvt.")
    assert two_years.coverage_years == (("2024", 3), ("2025", 4), ("2026", 1))
    years = build_report(store, options(period=Period(date(2020, 1, 1), TODAY), language="en"))
    assert years.coverage_columns == ("2020", "2021", "2022", "2023", "2024", "2025", "2026")
    assert years.coverage_years == ()


def test_all_time_starts_at_the_first_reflection(store):
    report = build_report(store, options(period=None))
    assert report.period == Period(date(2025, 12, 10), TODAY) and report.reflections == 6


def test_an_excerpt_is_the_first_words_marked_as_cut():
    text = "ord " * 150
    cut = excerpt_markdown(text)
    assert len(cut) <= 402 and cut.endswith("ord …")
    assert excerpt_markdown("Kort.") == "Kort."


# -- the HTML page ---------------------------------------------------------------------------------


def test_a_standalone_page_with_charts_in_theme_colours(store):
    page = html(store)
    assert page.startswith("<!DOCTYPE html>") and "<html lang='da'>" in page and "<meta charset='utf-8'>" in page
    assert "<link" not in page and "src=" not in page and "<svg" not in page
    parser = Structure()
    parser.feed(page)
    assert parser.open == [] and parser.seen.count("h2") == 6  # no reflections chosen, no excerpts
    for colour in ("#1f8a70", "#2f6db5", "#c0571c"):
        assert f"bgcolor='{colour}'" in page, colour  # bars, stacks and the coverage bands
    # The balance bar is a cell as wide as the share; the target is a lighter bar beneath it.
    assert "<td width='17%' bgcolor='#c0571c'" in page and "<td width='30%' bgcolor='#e9c4b0'" in page
    assert "Styring og effekt</b><br><span style='color:#5f6b73'>1 refleksion</span>" in page
    for words in (
        "Periodeoverblik",
        "Mette Højgaard",
        "Borgerservice",
        "1. januar – 31. marts 2026",
        "5 refleksioner i perioden",
        "Bygger på Ledelsesgrundlag, Næstved Kommune",
        "Refleksioner pr. uge og tema",
        "uge 1",
        "uge 14",
        "Eksporteret fra Ledelsesjournal 31. marts 2026",
    ):
        assert words in page, words


def test_the_coverage_table_marks_what_was_never_reflected_on(store):
    body = report_body_html(build_report(store, options()))
    coverage = body[body.index("Succeskriterier i perioden") : body.index("Åbne næste skridt")]
    assert coverage.count("ingen i perioden") == 5
    row = coverage[coverage.index("At vi er en del af et fællesskab") :]
    row = row[: row.index("</tr>")]
    assert "ingen i perioden" in row and "10. dec. 2025" in row  # reflected on, but before the period
    own = coverage[coverage.index(OWN) :]
    own = own[: own.index("</tr>")]
    assert "(eget)" in own and ">1</td>" in own and "16. feb. 2026" in own
    first = coverage[coverage.index("At borgere og samarbejdspartnere") :]
    assert "<b>2</b>" in first[: first.index("</tr>")]  # January and February, one each


def test_only_chosen_reflections_are_quoted(store):
    page = html(store)
    assert "Udvalgte refleksioner" not in page
    for body in (DIALOGUE_BODY[:40], BUDGET_BODY, DOUBT_BODY, MEETING_BODY):
        assert body not in page
    chosen = html(store, reflections=(JOBCENTER, DIALOGUE))
    assert "Udvalgte refleksioner" in chosen and BUDGET_BODY not in chosen and DOUBT_BODY not in chosen
    assert chosen.index("Dialogmøde i Fensmark</h3>") < chosen.index("Samarbejde med Jobcentret</h3>")  # by date
    assert "5. januar 2026 · Borgere og samfund" in chosen
    assert "<strong>Situation:</strong> Jobcentret ringede om en fælles borger." in chosen
    assert "Borgerne i Fensmark bad om mere åbenhed" in chosen and "SIDSTE SÆTNING" not in chosen


def test_a_private_reflection_only_when_chosen(store):
    for page in (html(store), html(store, reflections=(MEETING,))):
        assert DOUBT_BODY not in page and "Min egen tvivl" not in page and "Tale med min chef" not in page
    chosen = html(store, reflections=(DOUBT,))
    assert DOUBT_BODY in chosen and "16. februar 2026 · Samarbejde og relationer · privat" in chosen


def test_the_framework_in_brief_never_its_private_part(store):
    page = html(store)
    summary = page[page.index("Mit ledelsesgrundlag kort") :]
    assert f"<b>Min opgave og kontekst:</b> {TASK}" in summary
    assert "Borgere og samfund 40 % · Samarbejde og relationer 30 % · Styring og effekt 30 %" in summary
    assert OWN in summary
    assert PRIVATE_PART not in page and "Privat del" not in page and "Værdier" not in page  # private, empty


def test_markup_typed_by_the_leader_stays_text(store):
    with Store.memory() as other:
        fill(other)
        other.save_personal_framework(
            replace(other.personal_framework(), name="Mette <script>x</script>", parts=(Part("task", SCRIPT),))
        )
        page = html(other, reflections=(DIALOGUE,))
        body = report_body_html(build_report(other, options(reflections=(DIALOGUE,))))
    assert "<script" not in page.lower() and "<script" not in body.lower()
    assert "&lt;script&gt;alert('hej')&lt;/script&gt;" in page and "Mette &lt;script&gt;" in page
    for unsupported in ("<style", "display:", "class=", "var("):  # the PDF's fragment: Qt's subset
        assert unsupported not in body


def test_a_chosen_reflection_in_the_trash_is_refused(store):
    with pytest.raises(NotFoundError, match="in the Trash"):
        build_report(store, options(reflections=(TRASHED,)))


def test_an_empty_journal_reports_nothing_to_read():
    with Store.memory() as empty:
        report = build_report(empty, options(period=None))
    assert report.reflections == 0 and report.period == Period(TODAY, TODAY)
    assert report.readings[0] == "Ingen refleksioner med temaer i perioden"
    assert report.readings[3] == "Ingen refleksioner i perioden" and report.readings[4] == "Ingen åbne næste skridt"


# -- the command line -------------------------------------------------------------------------------


@pytest.fixture
def data_dir(private_home, monkeypatch) -> Path:
    folder = ensure_private_dir(Path(os.environ["LEDELSESJOURNAL_DATA_DIR"]))
    with Store.open(database_path(folder)) as store:
        fill(store)
    monkeypatch.setattr(cli_figures, "now_local", lambda: datetime(2026, 3, 31, 15, 0, tzinfo=CPH))
    return folder


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_report_html_is_written_whole(capsys, data_dir, tmp_path):
    target = tmp_path / "lus.html"
    assert run(capsys, "report", "--from", "2026-01-01", "--reflection", DOUBT[:6], "-o", str(target)) == (0, "", "")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "1. januar – 31. marts 2026" in page and DOUBT_BODY in page
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind
    code, out, _ = run(capsys, "--lang", "en", "report", "--period", "30d")
    assert code == 0 and out.startswith("<!DOCTYPE html>") and "2 March – 31 March 2026" in out


@pytest.mark.parametrize(
    "argv,status,message",
    [
        (["report", "--format", "pdf"], 2, "the pdf export is a binary file: give one with -o FILE"),
        (["report", "--period", "year", "--from", "2026-01-01"], 2, "--period cannot be combined with --from or --to"),
        (["report", "--from", "2026-03-01", "--to", "2026-02-01"], 2, "--from is after --to"),
        (["report", "--from", "2026-04-01"], 2, "--from is after today"),
        (["report", "--period", "week"], 2, "invalid choice: 'week'"),
        (["report", "--format", "odt"], 2, "invalid choice: 'odt'"),
        (["report", "--reflection", "9999"], 1, "no reflection with id 9999"),
        (["report", "--reflection", TRASHED[:8]], 1, "reflection 77777777 is in the Trash"),
        (["export", "report"], 2, "invalid choice: 'report'"),
        (["stats", "--period", "30d", "--to", "2026-03-01"], 2, "--period cannot be combined with --from or --to"),
    ],
)
def test_cli_errors_are_one_line(capsys, data_dir, argv, status, message):
    code, out, err = run(capsys, *argv)
    assert (code, out) == (status, "")
    assert err.count("\n") == 1 and message in err, err


def test_cli_stats_json_has_the_figures(capsys, data_dir):
    code, out, err = run(capsys, "stats", "--period", "quarter", "--json")
    assert code == 0, err
    stats = json.loads(out)
    assert (stats["from"], stats["to"], stats["total"]) == ("2025-12-31", "2026-03-31", 5)
    assert stats["themes"] == {"borgere": 2, "samarbejde": 3, "styring": 1}
    assert stats["criteria"]["borgere.k1"] == 2 and stats["criteria"]["own:aktiv"] == 1
    assert stats["period"] == {"start": "2025-12-31", "end": "2026-03-31", "days": 91}
    assert stats["balance"]["styring"] == {"count": 1, "share": 0.1667, "target": 0.3}
    assert stats["cadence"] == {
        "reflections": 5,
        "per_week": 0.38,
        "active_days": 5,
        "current_streak_weeks": 0,
        "longest_streak_weeks": 2,
        "longest_gap_days": 22,
    }
    assert stats["never_reflected"] == ["borgere.k2", "borgere.k3", "samarbejde.k2", "styring.k1", "styring.k2"]
    assert stats["next_steps"] == {"open": 4, "due": 1, "overdue": 1}  # counts: private ones too


def test_cli_stats_keeps_open_ends_without_a_period(capsys, data_dir):
    stats = json.loads(run(capsys, "stats", "--json")[1])
    assert (stats["from"], stats["to"], stats["total"]) == (None, None, 6)
    assert stats["period"] == {"start": "2025-12-10", "end": "2026-03-31", "days": 112}


def test_cli_stats_in_words(capsys, data_dir):
    code, out, _ = run(capsys, "stats", "--from", "2026-01-01", "--to", "2026-03-31")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Periode: 2026-01-01 – 2026-03-31    Refleksioner: 5"
    assert "Tema" in lines[2] and "Mål" in lines[2]
    assert any(line.startswith("Styring og effekt") and line.endswith("17 %    30 %") for line in lines)
    for line in (
        "Styring og effekt: 17 % af dine refleksioner – dit mål er 30 %",
        "Rytme: 0,4 refleksioner om ugen; længste pause 22 dage",
        "Flest uger i træk i perioden: 2",
        "4 åbne næste skridt, heraf 1 overskredet og 1 med frist inden for en uge",
        "Ingen refleksioner i perioden: borgere.k2, borgere.k3, samarbejde.k2, styring.k1, styring.k2",
    ):
        assert line in lines, line
    out = run(capsys, "--lang", "en", "stats", "--period", "all")[1]
    assert "Rhythm: " in out and "Most weeks in a row in the period: 2" in out and "Target" in out


def test_report_and_stats_load_no_qt(data_dir):
    code = (
        "import sys, json; from journal.__main__ import main; main(['stats', '--period', 'year']); "
        "main(['report', '-o', 'r.html']); "
        "print(json.dumps(sorted(m for m in sys.modules if 'PySide' in m or m.startswith('journal.ui'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        cwd=data_dir.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []
    assert (data_dir.parent / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
