"""The Insights tab, driven as a user would: real window, real database, offscreen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPen
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Channel
from jobdesk.domain.settings import MIN_SAMPLE
from jobdesk.services.bundle import Services
from jobdesk.services.changes import SETTINGS, Change
from jobdesk.store.insights import load_tracks
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.insights.chart_slot import ChartSlot
from jobdesk.ui.insights.common import FigureTable, table_text
from jobdesk.ui.insights.funnel_view import (
    COL_OVERALL,
    COL_RATE,
    COL_RESOLVED,
    COL_TOO_EARLY,
    COL_WITHDRAWN,
)
from jobdesk.ui.insights.panel import CUSTOM, LAST_30, InsightsPanel
from jobdesk.ui.shell.main_window import MainWindow
from tests.ui.insights.charts_drawn import drawn


class RecordingPrompts(Prompts):
    def __init__(self, save_to: Path | None = None) -> None:
        self.errors: list[str] = []
        self.save_to = save_to
        self.asked: list[str] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        pass

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> str | None:
        self.asked.append(suggested)
        return str(self.save_to) if self.save_to else None


@pytest.fixture
def prompts(tmp_path: Path) -> RecordingPrompts:
    return RecordingPrompts(tmp_path / "chart")


@pytest.fixture
def window(qtbot: QtBot, services: Services, prompts: RecordingPrompts) -> Iterator[MainWindow]:
    services.pipeline.load_sample()
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def open_insights(qtbot: QtBot, window: MainWindow) -> InsightsPanel:
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    panel = window.insights_tab.panel
    assert panel is not None
    return panel


def cell(model: FigureTable, row: int, column: int) -> str:
    return str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))


def test_the_tab_shows_the_sample_searchs_funnel_and_leak(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.insights_tab.loaded  # nothing built while the tab is hidden
    panel = open_insights(qtbot, window)
    model = panel.funnel_view.model
    assert model.rowCount() == 5
    # The sample: 26 of its 82 applications were sent under 30 days ago, 8 of which have
    # replied; they stay out of the rate, which counts the 55 old enough (14 replied).
    assert [cell(model, 0, c) for c in range(9)] == [
        "Application → response",
        "25%",
        "14",
        "55",
        "0",
        "16–38%",
        "8 of 26",
        "1",
        "20%",
    ]
    assert cell(model, 4, 1) == "—" and cell(model, 4, 5) == "needs 2 more"
    too_early = panel.funnel_view.too_early_label
    assert not too_early.isHidden()
    assert "Application → response: too early: 8 of 26 have replied so far." in too_early.text()
    assert "Leaking stage: Technical → final round" in panel.funnel_view.leak_label.text()
    causes = panel.funnel_view.leak_panel.causes_label
    assert "Likely causes" in causes.text() and "debriefs" in causes.text()
    assert panel.flow_view.chart.flow is None  # a page is drawn once it is opened
    panel.pages.setCurrentWidget(panel.flow_view)
    assert panel.flow_view.chart.flow is not None and panel.flow_view.chart.flow.total == 82
    assert "82 applications" in panel.scope_label.text()


def test_every_table_model_is_sound(qtbot: QtBot, window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    panel = open_insights(qtbot, window)
    for index in range(panel.pages.count()):  # each page is drawn once opened, as a user would
        panel.pages.setCurrentIndex(index)
    for model in (
        panel.funnel_view.model,
        panel.experiments_view.model,
        panel.flow_view.model,
        panel.activity_view.model,
        panel.rejections_view.reason_model,
        panel.rejections_view.stage_model,
        panel.times_view.model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_referrals_against_direct_applications(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_insights(qtbot, window)
    view = panel.experiments_view
    panel.pages.setCurrentWidget(view)
    assert view.dimension.label == "Channel" and view.metric.key == "response"
    view.first_box.setCurrentIndex(view.first_box.findData(Channel.REFERRAL.value))
    view.second_box.setCurrentIndex(view.second_box.findData(Channel.DIRECT.value))
    assert (
        "Referrals got a response 57% of the time (4 of 7) against 14% for direct "
        "applications (3 of 21); that difference is unlikely to be chance, p = 0.04."
    ) in view.verdict_text()
    # Another dimension and metric: the table and the choices follow.
    view.set_choice(view.dimension.RESUME, view.metric.parse("offer"))
    assert view.model.headers()[0] == "Resume variant"
    assert view.first_box.count() == 2
    assert "offer" in view.verdict_text() or "Not enough data" in view.verdict_text()


def test_a_date_range_adds_the_all_dates_column(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_insights(qtbot, window)
    panel.range_box.setCurrentIndex(LAST_30)
    model = panel.funnel_view.model
    assert model.headers()[-1] == "All dates"
    assert cell(model, 0, COL_OVERALL) == "25% of 55"
    # Every application of the last 30 days is too young to judge: no rate at all.
    assert [cell(model, 0, c) for c in (COL_RATE, COL_RESOLVED, COL_TOO_EARLY)] == [
        "too early",
        "0",
        "8 of 26",
    ]
    assert "of 82 applications" in panel.scope_label.text()
    assert panel.from_edit.isHidden() is not False  # custom dates stay hidden
    panel.range_box.setCurrentIndex(CUSTOM)
    assert not panel.from_edit.isHidden()
    panel.from_edit.setDate(panel.to_edit.date().addDays(5))
    assert "Swap the two dates" in panel.scope_label.text()


def test_recomputes_on_changes_only_while_shown(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    panel = open_insights(qtbot, window)
    model = panel.funnel_view.model
    assert cell(model, 0, COL_WITHDRAWN) == "1"  # withdrawn before a reply
    waiting = next(
        a for a in services.pipeline.applications() if not a.events and not a.outcome.is_closed
    )
    window.perform(lambda: services.pipeline.withdraw(waiting.id))
    assert cell(model, 0, COL_WITHDRAWN) == "2"
    window.select_tab("Pipeline")
    window.perform(lambda: services.pipeline.undo())
    assert (
        window.insights_tab.stale and cell(model, 0, COL_WITHDRAWN) == "2"
    )  # not recomputed while hidden
    window.select_tab("Insights")
    assert not window.insights_tab.stale and cell(model, 0, COL_WITHDRAWN) == "1"
    services.settings.set(MIN_SAMPLE, 100)
    window.announce(Change(frozenset({SETTINGS}), ""))
    assert cell(model, 0, 1) == "—"


def test_charts_save_as_png_and_tables_copy(
    qtbot: QtBot, window: MainWindow, prompts: RecordingPrompts, tmp_path: Path
) -> None:
    panel = open_insights(qtbot, window)
    saved = tmp_path / "chart.png"  # the suffix is added when missing
    if not panel.funnel_view.chart.drawn:  # still its note: nothing is saved yet
        qtbot.mouseClick(panel.funnel_view.save_button, Qt.MouseButton.LeftButton)
        assert not saved.exists() and prompts.asked == []
    drawn(qtbot, panel.funnel_view.chart)
    qtbot.mouseClick(panel.funnel_view.save_button, Qt.MouseButton.LeftButton)
    image = QImage(str(saved))
    assert not image.isNull() and image.width() > 200
    assert prompts.asked == ["jobdesk-funnel.png"]
    qtbot.mouseClick(panel.funnel_view.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:3] == ["Step", "Rate", "Moved on"]
    assert copied[1].startswith("Application → response\t25%\t14\t55")
    panel.pages.setCurrentWidget(panel.flow_view)
    qtbot.mouseClick(panel.flow_view.copy_sankey_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("// Job search flow: 82 applications")
    assert "Applied [22] Responded" in text
    prompts.save_to = None  # cancelled: nothing happens, nothing is said
    qtbot.mouseClick(panel.flow_view.save_button, Qt.MouseButton.LeftButton)
    assert prompts.errors == []


def test_every_view_renders(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_insights(qtbot, window)
    for index in range(panel.pages.count()):
        panel.pages.setCurrentIndex(index)
        page = panel.pages.currentWidget()
        image = page.grab().toImage()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 9)
            for y in range(0, image.height(), 9)
        }
        assert len(colours) > 8, panel.pages.tabText(index)


def test_an_empty_search_says_what_to_do(qtbot: QtBot, services: Services) -> None:
    w = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(w)
    w.show()
    panel = open_insights(qtbot, w)
    assert panel.stack.currentWidget() is panel.empty
    w.perform(services.pipeline.load_sample)
    assert panel.stack.currentWidget() is panel.pages


def test_table_text_is_tab_separated() -> None:
    assert table_text(["A", "B"], [["1", "x\ty"], ["2", "two\nlines"]]) == (
        "A\tB\n1\tx y\n2\ttwo lines\n"
    )


def _run(code: str) -> list[str]:
    """What `code` prints, run in a new process (its own imports) on a sample search."""
    setup = (
        "import sys, tempfile, pathlib, time\n"
        "from jobdesk.paths import Paths, prepare\n"
        "from jobdesk.store.database import open_database\n"
        "from jobdesk.services.bundle import build_services\n"
        "from jobdesk.ui.shell.gui import application\n"
        "from jobdesk.ui.shell.main_window import MainWindow\n"
        "from jobdesk.ui.insights.chart_library import chart_library\n"
        "paths = prepare(Paths(pathlib.Path(tempfile.mkdtemp())))\n"
        "app = application()\n"
        "services = build_services(open_database(paths.database), paths)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", setup + code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    return result.stdout.split() or [result.stderr]


def test_the_figures_show_at_once_and_the_chart_when_its_library_has_loaded() -> None:
    """The first visit does not wait for pyqtgraph: the funnel's figures are in the table
    when the tab shows; pyqtgraph loads on a worker thread and the chart follows."""
    printed = _run(
        "services.pipeline.load_sample()\n"
        "w = MainWindow(services)\n"
        "w.show(); app.processEvents()\n"
        "before = 'pyqtgraph' in sys.modules\n"
        "w.select_tab('Insights')\n"
        "funnel = w.insights_tab.panel.funnel_view\n"
        "figures = funnel.model.index(0, 1).data()\n"
        "note = funnel.chart.waiting.text() if not funnel.chart.drawn else 'drawn'\n"
        "loaded = chart_library().wait(60)\n"
        "bars = [i for i in funnel.chart.plot.getPlotItem().items if hasattr(i, 'setText')]\n"
        "print(before, figures, repr(note).replace(' ', '_'), loaded, funnel.chart.drawn)\n"
        "print('|'.join(b.toPlainText() for b in bars).replace(' ', '_'))\n"
        "print('|'.join(funnel.model.index(r, 1).data() for r in range(5)))\n"
    )
    # The sample's funnel is drawn once loaded: a bar per step, written as in the table
    # (the last step has 3 resolved, too few for a rate: "—" in the table, "n = 3" above it).
    assert printed == [
        "False",
        "25%",
        "'Drawing_the_chart…'",
        "True",
        "True",
        "25%|90%|80%|50%|n_=_3",
        "25%|90%|80%|50%|—",
    ]


def test_the_window_loads_the_charts_library_soon_after_it_shows_a_search() -> None:
    """With data, the library is loaded a moment after the window shows, without the
    Insights being opened; an empty search never loads it."""

    def wait(seconds: float) -> str:
        """Show the window and run it until the library is in, or for `seconds`."""
        return (
            "w = MainWindow(services)\n"
            "w.show()\n"
            f"end = time.monotonic() + {seconds}\n"
            "while time.monotonic() < end and not chart_library().loaded:\n"
            "    app.processEvents(); time.sleep(0.01)\n"
            "library = chart_library()\n"
            "print('pyqtgraph' in sys.modules, library.loaded or library.loading,"
            " w.lazy_tabs.is_built('insights'))\n"
        )

    assert _run("services.pipeline.load_sample()\n" + wait(60)) == ["True", "True", "False"]
    # Empty: well past the moment the import would have started, nothing is loading.
    assert _run(wait(3)) == ["False", "False", "False"]


def test_a_large_search_is_counted_without_holding_up_the_window(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size limit the funnel is counted from the window's rows, and every track
    is read on a worker thread only for a page that needs them; a change made while that
    read runs is still counted once it is done."""
    from jobdesk.ui.insights import tab as insights_tab

    monkeypatch.setattr(insights_tab, "READ_IN_BACKGROUND_ABOVE", 0)
    waiting = next(
        a for a in services.pipeline.applications() if not a.events and not a.outcome.is_closed
    )
    window.select_tab("Insights")
    tab = window.insights_tab
    assert tab.panel is not None
    model = tab.panel.funnel_view.model
    # At once, with no track read: the same figures as from the tracks (see the first test).
    assert [cell(model, 0, c) for c in (1, 2, 3, 7)] == ["25%", "14", "55", "1"]
    assert services.insights.needs_full_read() and tab.reading is None
    tab.panel.pages.setCurrentWidget(tab.panel.activity_view)  # needs every track
    assert tab.reading is not None
    assert "Counting" in tab.panel.scope_label.text()
    assert not tab.panel.range_box.isEnabled()
    window.perform(lambda: services.pipeline.withdraw(waiting.id))  # while the read runs
    qtbot.waitUntil(lambda: tab.reading is None and tab.panel.range_box.isEnabled(), timeout=10_000)
    assert tab.panel.activity_view.model.rowCount() > 0
    tab.panel.pages.setCurrentWidget(tab.panel.funnel_view)
    assert cell(model, 0, COL_WITHDRAWN) == "2"  # the sample's one, and the one withdrawn meanwhile
    assert "82 applications" in tab.panel.scope_label.text()
    assert services.insights.tracks() == load_tracks()


def test_one_application_is_counted_in_the_singular(qtbot: QtBot, services: Services) -> None:
    details = ApplicationDetails("Acme", "Engineer", services.pipeline.today())
    services.pipeline.add(details)
    window = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(window)
    window.show()
    panel = open_insights(qtbot, window)

    assert panel.scope_label.text().startswith("1 application. No reply within ")


def test_every_chart_line_has_one_width(qtbot: QtBot, window: MainWindow) -> None:
    import pyqtgraph as pg

    from jobdesk.ui.insights.charts import LINE_WIDTH

    panel = open_insights(qtbot, window)
    widths: dict[str, set[float]] = {}
    for index in range(panel.pages.count()):
        panel.pages.setCurrentIndex(index)
        for slot in panel.pages.widget(index).findChildren(ChartSlot):
            drawn(qtbot, slot)
        for plot in panel.pages.widget(index).findChildren(pg.PlotWidget):
            found = widths.setdefault(plot.accessibleName(), set())
            for side in ("left", "bottom"):
                found.add(plot.getAxis(side).pen().widthF())
            for item in plot.getPlotItem().items:
                pen = item.opts.get("pen") if hasattr(item, "opts") else None
                if isinstance(pen, QPen) and pen.style() != Qt.PenStyle.NoPen:
                    found.add(pen.widthF())
    assert len(widths) == 6, sorted(widths)  # every pyqtgraph chart (the flow is drawn by hand)
    assert {name: w for name, w in widths.items() if w != {LINE_WIDTH}} == {}


def test_charts_follow_the_palette_to_dark_and_back(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from jobdesk.ui.dialogs.theme import build_palette

    panel = open_insights(qtbot, window)
    chart = drawn(qtbot, panel.funnel_view.chart)
    before = QApplication.palette()
    try:
        QApplication.setPalette(build_palette(True))
        qtbot.waitUntil(lambda: chart.backgroundBrush().color().name() == "#18191c")
        assert chart.getAxis("left").textPen().color().name() == "#e8eaed"
        QApplication.setPalette(build_palette(False))
        qtbot.waitUntil(lambda: chart.backgroundBrush().color().name() == "#ffffff")
    finally:
        QApplication.setPalette(before)
