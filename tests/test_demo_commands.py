"""`jobdesk stats --demo` and `jobdesk today --demo` show the window's demo: the same sample
search, with the same dates up to the same today, so the terminal and the window agree."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jobdesk.app import load_demo
from jobdesk.domain.funnel import percent
from jobdesk.domain.today import ItemKind
from jobdesk.export_command import export_main
from jobdesk.paths import Paths
from jobdesk.services.agenda import local_zone
from jobdesk.services.bundle import build_services
from jobdesk.stats_command import main as stats_main
from jobdesk.store.tables import database
from jobdesk.today_command import main as today_main
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.insights.funnel_view import (
    COL_MOVED_ON,
    COL_PENDING,
    COL_RATE,
    COL_RESOLVED,
    COL_STEP,
    COL_TOO_EARLY,
    COL_WITHDRAWN,
)
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.today.models import COL_APPLICATION, COL_KIND, COL_TODO
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def restore_database(db: SqliteDatabase) -> Iterator[None]:
    """The commands point the store at their own demo file; the tests keep theirs."""
    yield
    database.initialize(db)


def rate_text(step: dict[str, Any]) -> str:
    """A step's rate as the window writes it, by the status the JSON gives."""
    return {
        "rate": percent(step["rate"]),
        "early": f"{percent(step['rate'])} (early)",
        "too_early": "too early",
        "not_enough_data": "—",
    }[step["status"]]


def test_stats_demo_counts_what_the_demo_window_s_insights_show(
    qtbot: QtBot, db: SqliteDatabase, paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    services = build_services(db, paths, today=lambda: TODAY)
    load_demo(services)  # what `jobdesk --demo` loads before its window shows
    window = MainWindow(services, prompts=Prompts(), demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    panel = window.insights_tab.panel
    assert panel is not None
    model = panel.funnel_view.model
    columns = (COL_STEP, COL_RATE, COL_MOVED_ON, COL_RESOLVED, COL_PENDING, COL_TOO_EARLY)
    shown = [
        [str(model.index(row, c).data(Qt.ItemDataRole.DisplayRole)) for c in columns]
        + [str(model.index(row, COL_WITHDRAWN).data(Qt.ItemDataRole.DisplayRole))]
        for row in range(model.rowCount())
    ]
    scope = panel.scope_label.text()

    assert stats_main(["--demo", "--json", "--today", TODAY.isoformat()]) == 0
    counted = json.loads(capsys.readouterr().out)

    assert scope.startswith(f"{counted['applications']} applications. ")
    assert counted["applications"] == 82
    said = [
        [
            step["label"],
            rate_text(step),
            str(step["moved_on"]),
            str(step["resolved"]),
            str(step["pending"]),
            f"{step['too_early_moved_on']} of {step['too_early']}" if step["too_early"] else "—",
            str(step["withdrawn"]),
        ]
        for step in counted["funnel"]
    ]
    assert said == shown
    assert shown[0] == ["Application → response", "25%", "14", "55", "0", "8 of 26", "1"]


def test_today_demo_shows_what_the_demo_window_s_today_tab_shows(
    qtbot: QtBot,
    db: SqliteDatabase,
    paths: Paths,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At 09:00 on Monday 16 November the window's demo and `jobdesk today --demo` for that
    day agree: the same card (Vantage Mobility's rejection of yesterday lands until 08:00
    tomorrow), and only the week's two interviews listed while it does. The terminal
    listed 52 more nudges, as the demo's rejection was logged after the moment it counted
    from."""
    monkeypatch.setenv("TZ", "Europe/London")  # the sample's interviews fall on its days
    day = date(2026, 11, 16)
    now = datetime.combine(day, time(9, 0), local_zone())
    services = build_services(db, paths, today=lambda: day, now=lambda: now)
    load_demo(services)  # what `jobdesk --demo` loads before its window shows
    window = MainWindow(services, prompts=Prompts(), demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.select_tab("Today")
    tab = window.today_tab
    qtbot.waitUntil(lambda: tab.agenda is not None)
    # The window's counts made at idle are done before the command below opens (and
    # closes) its own demo search in this same process.
    qtbot.waitUntil(lambda: window.count_ahead is not None and not window.count_ahead.pending)
    model = tab.model
    shown = [
        tuple(model.index(row, c).data() for c in (COL_KIND, COL_APPLICATION, COL_TODO))
        for row in range(model.rowCount())
    ]

    assert today_main(["--demo", "--json", "--today", day.isoformat()]) == 0
    listed = json.loads(capsys.readouterr().out)

    assert [(ItemKind(i["kind"]).label, i["application"], i["text"]) for i in listed["items"]] == (
        shown
    )
    assert [kind for kind, _name, _text in shown] == ["Interview", "Interview"]
    assert tab.landing_box.isVisible()
    assert [w["message"] for w in listed["landing"]] == [tab.landing_label.text()]
    assert tab.landing_label.text().startswith("Vantage Mobility said no.")
    assert "until 08:00 tomorrow:" in tab.landing_label.text()

    assert today_main(["--demo", "--today", day.isoformat()]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2] == tab.landing_label.text()
    assert lines[4] == "What needs doing (2):"


@pytest.mark.parametrize("command", [stats_main, today_main], ids=["stats", "today"])
def test_the_demo_commands_read_as_the_window_s_demo_folder_does(
    db: SqliteDatabase,
    paths: Paths,
    capsys: pytest.CaptureFixture[str],
    command: Callable[[list[str]], int],
) -> None:
    """Every figure of `--demo --json` equals the same command's over a data folder the
    window's demo was loaded into, on the same day."""
    now = datetime.combine(TODAY, time(9, 0), local_zone())
    load_demo(build_services(db, paths, today=lambda: TODAY, now=lambda: now))
    db.close()
    day = ["--json", "--today", TODAY.isoformat()]
    assert command(["--data-dir", str(paths.data_dir), *day]) == 0
    from_folder = json.loads(capsys.readouterr().out)
    assert command(["--demo", *day]) == 0
    from_demo = json.loads(capsys.readouterr().out)
    assert from_folder.pop("data") == str(paths.data_dir)
    assert from_demo.pop("data") == "the sample search"
    assert from_demo == from_folder
    if command is today_main:  # the card, in both: the rejection was logged at 09:00
        assert [w["application"] for w in from_demo["landing"]] == [
            "Vantage Mobility — Site Reliability Engineer"
        ]


def test_export_demo_holds_what_the_window_s_demo_holds(
    db: SqliteDatabase, paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Row for row, table for table (the demo's two improvements were missing)."""
    load_demo(build_services(db, paths))
    db.close()
    assert export_main(["--data-dir", str(paths.data_dir), "-o", str(tmp_path / "a.json")]) == 0
    assert export_main(["--demo", "-o", str(tmp_path / "b.json")]) == 0
    capsys.readouterr()

    def rows(name: str) -> dict[str, int]:
        tables = json.loads((tmp_path / name).read_text(encoding="utf-8"))["tables"]
        return {table: len(found) for table, found in tables.items() if found}

    assert rows("b.json") == rows("a.json")
    assert rows("b.json")["improvement"] == 2
    assert rows("b.json")["application"] == 82
