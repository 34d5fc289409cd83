"""`jobdesk today`: the Today tab's agenda in the terminal, read-only, exact on a fixed folder."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
from jobdesk.domain.interviews import InterviewDetails, InterviewKind
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services
from jobdesk.services.instance import InstanceLock
from jobdesk.store.tables import database
from jobdesk.today_command import main


@pytest.fixture(autouse=True)
def restore_database(db: SqliteDatabase) -> Iterator[None]:
    """The command points the store at its own read-only connection; tests keep theirs."""
    yield
    database.initialize(db)


@pytest.fixture
def folder(services: Services, paths: Paths) -> Paths:
    """Four applications, worked out for Friday 20 November 2026 (week from Monday the 16th)."""
    pipeline = services.pipeline
    # Sent 34 days ago, never answered: silent.
    pipeline.add(ApplicationDetails("Acme", "Backend Engineer", date(2026, 10, 17)))
    # In a final round, its next step two days late (and 10 quiet days: a follow-up too,
    # but it is listed once, under the more pressing late step).
    globex = pipeline.add(
        ApplicationDetails(
            "Globex",
            "Staff Engineer",
            date(2026, 11, 2),
            next_step="Final interview",
            next_step_on=date(2026, 11, 18),
        )
    ).application_ids[0]
    pipeline.advance(globex, Stage.FINAL, date(2026, 11, 10))
    pipeline.add(ApplicationDetails("Initech", "Platform Engineer", date(2026, 11, 16)))
    hooli = pipeline.add(ApplicationDetails("Hooli", "SRE", date(2026, 11, 19))).application_ids[0]
    pipeline.reject(hooli, date(2026, 11, 19))
    return paths


EXPECTED_TEXT = """\
Today, Friday 20 November 2026 ({folder})

What needs doing (2):
  Next step late: Globex — Staff Engineer
    Final interview was planned for 18 Nov 2026 (2 days ago): record what happened, or give it a new date.
  No reply: Acme — Backend Engineer
    No reply for 34 days: follow up, or close it as no response.

Pipeline health:
  2 applications are still moving (your minimum is 5). A few more would keep your search going whatever happens with these.
  Globex is at a final round, and only 1 other is moving. However it goes, keep other applications moving so that no single outcome carries your whole search.
  {leak}

  This week: 2 applications sent. Steady work like this is what moves a search.
"""  # noqa: E501


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--today", "2026-11-20", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_agenda_as_text_exactly(capsys: pytest.CaptureFixture[str], folder: Paths) -> None:
    before = hashlib.sha256(folder.database.read_bytes()).hexdigest()
    with InstanceLock(folder.lock_file):  # the app is running: no lock is needed
        code, out, err = run(capsys, "--data-dir", str(folder.data_dir))
    assert code == 0, err
    # Only Acme (sent 34 days ago, timed out) is old enough for application → response: 1
    # resolved, 4 more needed. Response → screen: Globex moved on (to a final round), Hooli
    # ended there (a rejection is an answer): 2 resolved, 3 more needed, the closest.
    leak = (
        "Not enough data yet to name a leaking stage: each step needs at least 5 resolved "
        "applications. The closest, Response → screen, needs 3 more."
    )
    assert out == EXPECTED_TEXT.format(folder=folder.data_dir, leak=leak)
    assert hashlib.sha256(folder.database.read_bytes()).hexdigest() == before


def test_the_agenda_as_json(capsys: pytest.CaptureFixture[str], folder: Paths) -> None:
    code, out, err = run(capsys, "--json", "--data-dir", str(folder.data_dir))
    assert code == 0, err
    data = json.loads(out)
    assert [(i["kind"], i["application"]) for i in data["items"]] == [
        ("next_step_past", "Globex — Staff Engineer"),
        ("silent", "Acme — Backend Engineer"),
    ]
    assert data["health"]["active"] == 2 and data["health"]["below_minimum"] is True
    assert data["health"]["carrying_application_id"] == data["items"][0]["application_id"]
    assert data["pacing"] is None  # 2 sent in the last 14 days: not many
    assert data["week"] == {
        "from": "2026-11-16",
        "applications": 2,  # Initech (16th) and Hooli (19th)
        "follow_ups": 0,
        "feedback_requests": 0,
        "message": "This week: 2 applications sent. Steady work like this is what moves a search.",
    }


CARD = (
    "Vantage Mobility said no. It is fine to be disappointed: let it land, take the evening, "
    "and talk it over with someone if that helps. Nothing here nudges you until 08:00 "
    "tomorrow: follow-ups, applications with no reply and debriefs can all wait until then "
    "(interviews and offer deadlines stay listed)."
)


def test_the_sample_search_lets_its_rejection_land_as_the_today_tab_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample's Vantage Mobility rejection (yesterday) is logged as the demo loads, at
    09:00 on the day given: its card holds the 52 nudges (9 follow-ups, 34 with no reply, 9
    debriefs) until 08:00 the next morning, and no interview falls in the week of Friday 20
    November, so nothing is listed, and the terminal says why (it listed all 52)."""
    monkeypatch.setenv("TZ", "Europe/London")  # the sample's interviews fall on its days
    code, out, err = run(capsys, "--demo")
    assert code == 0, err
    assert out.split("\n\nPipeline health")[0].splitlines() == [
        "Today, Friday 20 November 2026 (the sample search)",
        "",
        CARD,
        "",
        "Nothing needs doing now: the rest waits until 08:00 tomorrow.",
    ]
    code, out, err = run(capsys, "--json", "--demo")
    data = json.loads(out)
    assert data["items"] == []
    assert [(w["application"], w["nudges_wait_until"], w["message"]) for w in data["landing"]] == [
        ("Vantage Mobility — Site Reliability Engineer", "2026-11-21T08:00:00+00:00", CARD)
    ]
    assert data["clear_text"] == "Nothing needs doing now: the rest waits until 08:00 tomorrow."


def test_interviews_and_debriefs_owed_in_the_terminal(
    capsys: pytest.CaptureFixture[str],
    folder: Paths,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At 09:00 on Friday 20 November in London (UTC+0): Initech's round at 14:00 in Berlin
    (UTC+1) is today at 13:00 London time; Globex's final on Wednesday is owed its debrief,
    which lists Globex for that rather than its late next step."""
    monkeypatch.setenv("TZ", "Europe/London")
    ids = {s.company: s.id for s in services.pipeline.summaries()}
    interviews = services.interviews
    interviews.schedule(
        ids["Initech"],
        InterviewDetails(
            InterviewKind.TECHNICAL, Stage.TECHNICAL, datetime(2026, 11, 20, 14), "Europe/Berlin"
        ),
    )
    interviews.schedule(
        ids["Globex"],
        InterviewDetails(
            InterviewKind.FINAL, Stage.FINAL, datetime(2026, 11, 18, 10), "Europe/London"
        ),
    )
    code, out, err = run(capsys, "--data-dir", str(folder.data_dir))
    assert code == 0, err
    assert out.split("\n\nPipeline health")[0].splitlines()[2:] == [
        "What needs doing (3):",
        "  Interview: Initech — Platform Engineer",
        "    Technical interview today at 14:00 Europe/Berlin (13:00 your time).",
        "  Debrief owed: Globex — Staff Engineer",
        "    You had a final / onsite interview on Wed 18 Nov: write down how it went while it "
        "is fresh.",
        "  No reply: Acme — Backend Engineer",
        "    No reply for 34 days: follow up, or close it as no response.",
    ]
    code, out, err = run(capsys, "--json", "--data-dir", str(folder.data_dir))
    items = json.loads(out)["items"]
    found = {i.id: i.application_id for i in interviews.interviews()}
    assert [(i["kind"], found.get(i["interview_id"])) for i in items] == [
        ("interview", ids["Initech"]),
        ("debrief", ids["Globex"]),
        ("silent", None),
    ]


def test_a_folder_with_no_data(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "nothing"))
    assert code == 1 and out == ""
    assert f"There is no data yet in {tmp_path / 'nothing'}" in err
    assert "`jobdesk today --demo` shows the sample search" in err
    assert not (tmp_path / "nothing").exists()


def test_the_real_command_loads_no_qt() -> None:
    env = {k: v for k, v in os.environ.items() if k != "JOBDESK_HOME"}
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, contextlib, io\n"
            "from jobdesk.app import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    code = main(['today', '--demo'])\n"
            "print(code, any(m.startswith('PySide6') for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert check.stdout.strip() == "0 False", check.stderr


def test_on_a_break_the_terminal_says_so_and_lists_no_nudges(
    capsys: pytest.CaptureFixture[str], folder: Paths, services: Services
) -> None:
    from jobdesk.domain.breaks import Break

    services.breaks.add(Break(date(2026, 11, 18), date(2026, 11, 24), "A week off"))
    code, out, err = run(capsys, "--data-dir", str(folder.data_dir))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[2].startswith("You are on a break until Tuesday 24 November. Nudges are paused:")
    assert "Nothing needs doing: rest well." in lines  # as the Today tab says it
    assert "  2 applications are still moving (your minimum is 5)." in lines  # no nudge
    code, out, err = run(capsys, "--json", "--data-dir", str(folder.data_dir))
    data = json.loads(out)
    assert (data["items"], data["on_break_until"]) == ([], "2026-11-24")
