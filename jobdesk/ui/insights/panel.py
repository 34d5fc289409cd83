"""The Insights tab's contents: the date range, and one page per view of the figures.

Each page is built the first time it is shown. The funnel and the flow need only the
funnel's counts, which the window's own rows give at once; the other pages need every
application's dates (its track), read the first time one of them is shown (a large search
on a worker thread, by the tab)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.errors import UserError
from jobdesk.domain.experiments import Dimension, Metric
from jobdesk.domain.funnel import DateRange, KeptTally
from jobdesk.domain.silence import Silence
from jobdesk.domain.wording import counted
from jobdesk.services.insights import Experiment, Insights, View
from jobdesk.ui.dialogs.common import add_centered_text, make_date_edit
from jobdesk.ui.dialogs.palette_watch import on_palette_change
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.scheme import is_dark
from jobdesk.ui.insights.activity_view import ActivityView
from jobdesk.ui.insights.experiments_view import ExperimentsView
from jobdesk.ui.insights.flow_view import FlowView
from jobdesk.ui.insights.funnel_view import FunnelView
from jobdesk.ui.insights.rejections_view import RejectionsView
from jobdesk.ui.insights.times_view import TimesView

RANGES = ("All dates", "Last 30 days", "Last 90 days", "Custom range")
ALL, LAST_30, LAST_90, CUSTOM = range(4)
# The pages, by name and title, in order.
PAGES = (
    ("funnel", "F&unnel"),
    ("experiments", "E&xperiments"),
    ("flow", "Flo&w"),
    ("activity", "Activit&y"),
    ("rejections", "Re&jections"),
    ("times", "Time in sta&ge"),
)
# Drawn from the funnel's counts alone: these need no application's dates.
FROM_COUNTS = frozenset({"funnel", "flow"})
COUNTING = "Counting the figures of every application…"


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class EmptyInsights(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(
            "<h2>Nothing to measure yet</h2>"
            "<p>Once you add applications on the Pipeline tab and record what happens to them, "
            "this tab shows where your search leaks, whether what you changed is working, and "
            "how applications flow from applying to an offer.</p>"
            "<p>To look around first, load the sample search from the File menu.</p>"
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch()
        add_centered_text(layout, text, 560)
        layout.addStretch(2)


class InsightsPanel(QWidget):
    """Asks the Insights service for one date range and hands the figures to each view.

    `applications` gives the window's rows (every application's summary), for the funnel's
    counts, and `tally` those counts as the window keeps them; `read_tracks` is asked before
    every track would be read here, and answers True when it reads them itself (on a worker
    thread), calling `refresh` again when done."""

    def __init__(
        self,
        insights: Insights,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        applications: Callable[[], Sequence[ApplicationSummary]] | None = None,
        tally: Callable[[Silence], KeptTally] | None = None,
        read_tracks: Callable[[], bool] | None = None,
    ):
        super().__init__(parent)
        self.insights = insights
        self.prompts = prompts
        self.applications = applications
        self.tally = tally
        self.read_tracks = read_tracks
        self.view: View | None = None

        self.range_box = QComboBox()
        self.range_box.addItems(RANGES)
        self.range_box.setAccessibleName("Date range")
        self.range_box.setToolTip("Which applications to count, by the day they were sent")
        # The custom range's dates are made when that range is first chosen (`_dates`):
        # hidden until then, they would only cost the first visit their making.
        self._custom: tuple[QLabel, QDateEdit, QLabel, QDateEdit] | None = None
        # Wrapped beside the date range, on as many lines as it takes (two at 900 px): ended
        # with "…" it lost the rule it states, and a line of its own would take the
        # chart's room. Plain text: an error message can quote what the user typed.
        self.scope_label = QLabel()
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_label.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.scope_label.setSizePolicy(policy)
        self.scope_label.setAccessibleName("What is counted")
        range_label = QLabel("Applications &sent:")
        range_label.setBuddy(self.range_box)
        self.range_box.currentIndexChanged.connect(self._range_changed)

        self.bar = bar = QHBoxLayout()
        bar.addWidget(range_label)
        bar.addWidget(self.range_box)
        bar.addSpacing(12)
        bar.addWidget(self.scope_label, 1)
        self.rules_button = QPushButton("How it cou&nts…")
        self.rules_button.setAccessibleName("How it counts")
        self.rules_button.setToolTip("The rules behind every figure on this tab")
        self.rules_button.clicked.connect(lambda _checked=False: self.show_rules())
        bar.addWidget(self.rules_button)

        self.pages = QTabWidget()
        self.pages.setAccessibleName("Insights views")
        self.pages.setDocumentMode(True)
        # Each page holds a note until its view is built (`_page`), which then takes its place.
        self._views: dict[str, QWidget] = {}
        for _name, title in PAGES:
            waiting = QLabel(COUNTING)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            waiting.setEnabled(False)  # a note, drawn muted
            self.pages.addTab(waiting, title)
        self._drawn: set[str] = set()
        self.pages.currentChanged.connect(self._draw_page)
        self._empty: EmptyInsights | None = None  # made when a search has nothing to count
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pages)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._dark = is_dark()
        on_palette_change(self, self._palette_changed)

    # --- the pages, each built when first wanted -------------------------------------------

    @property
    def funnel_view(self) -> FunnelView:
        return cast(FunnelView, self._page("funnel"))

    @property
    def experiments_view(self) -> ExperimentsView:
        return cast(ExperimentsView, self._page("experiments"))

    @property
    def flow_view(self) -> FlowView:
        return cast(FlowView, self._page("flow"))

    @property
    def activity_view(self) -> ActivityView:
        return cast(ActivityView, self._page("activity"))

    @property
    def rejections_view(self) -> RejectionsView:
        return cast(RejectionsView, self._page("rejections"))

    @property
    def times_view(self) -> TimesView:
        return cast(TimesView, self._page("times"))

    def _page(self, name: str) -> QWidget:
        view = self._views.get(name)
        if view is None:
            view = self._views[name] = self._build_view(name)
            pages = self.pages
            index = [n for n, _title in PAGES].index(name)
            note, title, current = pages.widget(index), pages.tabText(index), pages.currentIndex()
            # Swapped without telling: to whoever listens, the current page did not change.
            if note is not None:  # laid out at the page's size, not first at a window's
                view.setGeometry(note.geometry())
            blocked = pages.blockSignals(True)
            try:
                pages.removeTab(index)
                pages.insertTab(index, view, title)
                pages.setCurrentIndex(current)
            finally:
                pages.blockSignals(blocked)
            if note is not None:
                note.deleteLater()
        return view

    def _build_view(self, name: str) -> QWidget:
        prompts = self.prompts
        if name == "funnel":
            return FunnelView(prompts)
        if name == "experiments":
            experiments = ExperimentsView(prompts)
            experiments.load = self._experiment
            return experiments
        if name == "flow":
            return FlowView(prompts)
        if name == "activity":
            return ActivityView(prompts)
        if name == "rejections":
            return RejectionsView(prompts)
        return TimesView(prompts)

    def _current_name(self) -> str:
        return PAGES[max(0, self.pages.currentIndex())][0]

    @property
    def empty(self) -> EmptyInsights:
        """The page shown instead of the figures while there is nothing to count."""
        if self._empty is None:
            self._empty = EmptyInsights()
            self.stack.addWidget(self._empty)
        return self._empty

    # --- the date range -------------------------------------------------------------------

    @property
    def from_label(self) -> QLabel:
        return self._dates()[0]

    @property
    def from_edit(self) -> QDateEdit:
        return self._dates()[1]

    @property
    def to_label(self) -> QLabel:
        return self._dates()[2]

    @property
    def to_edit(self) -> QDateEdit:
        return self._dates()[3]

    def _dates(self) -> tuple[QLabel, QDateEdit, QLabel, QDateEdit]:
        """The custom range's labels and dates (the last 90 days at first), beside the range
        box and after it in the Tab order; made hidden, the first time they are wanted."""
        if self._custom is None:
            today = self.insights.today()
            from_edit = make_date_edit("Range from", today - timedelta(days=89))
            to_edit = make_date_edit("Range to", today)
            for edit in (from_edit, to_edit):
                edit.dateChanged.connect(lambda _d: self.refresh())
            from_label = QLabel("fro&m")
            from_label.setBuddy(from_edit)
            to_label = QLabel("&to")
            to_label.setBuddy(to_edit)
            self._custom = (from_label, from_edit, to_label, to_edit)
            at = self.bar.indexOf(self.range_box) + 1
            for offset, widget in enumerate(self._custom):
                widget.hide()
                self.bar.insertWidget(at + offset, widget)
            QWidget.setTabOrder(self.range_box, from_edit)
            QWidget.setTabOrder(from_edit, to_edit)
        return self._custom

    def _show_custom(self, shown: bool) -> None:
        if self._custom is None and not shown:
            return
        for widget in self._dates():
            widget.setVisible(shown)

    def _range_changed(self, index: int) -> None:
        self._show_custom(index == CUSTOM)
        self.refresh()

    def date_range(self) -> DateRange:
        today = self.insights.today()
        index = self.range_box.currentIndex()
        if index == LAST_30:
            return DateRange.last_days(today, 30)
        if index == LAST_90:
            return DateRange.last_days(today, 90)
        if index == CUSTOM:
            return DateRange.between(_day(self.from_edit.date()), _day(self.to_edit.date()))
        return DateRange.everything()

    def show_rules(self) -> None:
        self.prompts.info(self, self.insights.how_it_counts(self.view))

    def select_page(self, title: str) -> bool:
        for index in range(self.pages.count()):
            if self.pages.tabText(index).replace("&", "").casefold() == title.casefold():
                self.pages.setCurrentIndex(index)
                return True
        return False

    # --- figures --------------------------------------------------------------------------

    def _experiment(self, dimension: Dimension, metric: Metric) -> Experiment:
        try:
            date_range = self.date_range()
        except UserError:
            date_range = DateRange.everything()
        return self.insights.experiment(dimension, metric, date_range)

    def show_counting(self) -> None:
        """While a large search is read: say so, and keep the last figures (if any) in view."""
        self.scope_label.setText(COUNTING)
        self.stack.setEnabled(False)
        self.range_box.setEnabled(False)

    def refresh(self) -> None:
        try:
            date_range = self.date_range()
        except UserError as error:
            self.scope_label.setText(error.message)
            return
        view = None
        if self.insights.needs_full_read():
            if (
                date_range.is_everything
                and self._current_name() in FROM_COUNTS
                and self.applications is not None
            ):
                view = self.insights.tally_view(self.applications(), self.tally)
            if view is None and self.read_tracks is not None and self.read_tracks():
                return  # read on a worker thread: `refresh` follows
        if view is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                view = self.insights.view(date_range)
            finally:
                QGuiApplication.restoreOverrideCursor()
        self.stack.setEnabled(True)
        self.range_box.setEnabled(True)
        self.view = view
        total = view.overall.applications if view.overall else view.applications
        if total == 0:
            self.stack.setCurrentWidget(self.empty)
            self.scope_label.setText("")
            return
        self.stack.setCurrentWidget(self.pages)
        self.scope_label.setText(self._scope_text(view))
        # Only the page in view is drawn now; the others when they are opened.
        self._drawn = set()
        self._draw_page()

    def _palette_changed(self) -> None:
        # The charts' items carry their colours: draw the shown page again, the rest when
        # they are opened, once the scheme really changed.
        if is_dark() != self._dark:
            self._dark = is_dark()
            self._drawn.clear()
            self._draw_page()

    def _draw_page(self, *_index: int) -> None:
        view, name = self.view, self._current_name()
        if view is None or name in self._drawn:
            return
        if not view.has_tracks and name not in FROM_COUNTS:
            self.refresh()  # this page needs every application's dates: read them first
            return
        self._drawn.add(name)
        if name == "funnel":
            self.funnel_view.show_view(view)
        elif name == "experiments":
            self.experiments_view.reload()
        elif name == "flow":
            self.flow_view.show_flow(view.flow, view.date_range.label)
        elif name == "activity":
            self.activity_view.show_view(view)
        elif name == "rejections":
            self.rejections_view.show_view(view)
        elif name == "times":
            self.times_view.show_view(view)

    @staticmethod
    def _scope_text(view: View) -> str:
        c = view.counting
        outside = " (not counting your breaks)" if c.breaks else ""
        rule = (
            f"No reply within {counted(c.no_response_days, 'day')}{outside} counts as no "
            "response, and younger applications are too early for the response rate; a rate "
            f"needs {counted(c.min_sample, 'resolved application')}."
        )
        if view.overall is None:
            return f"{counted(view.applications, 'application')}. {rule}"
        if not view.applications:
            return (
                f"No applications sent in this range (of {view.overall.applications} in all). "
                + rule
            )
        return (
            f"{view.applications} of {counted(view.overall.applications, 'application')}, next "
            f"to the figures for all dates. {rule}"
        )
