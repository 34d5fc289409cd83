"""The Today tab: what needs doing now, each item opening its application; pipeline health,
the leaking stage and the week's work. Computed only while the tab is shown."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.today import Agenda, AgendaItem, ItemKind
from jobdesk.services.agenda import DailyAgenda
from jobdesk.services.changes import (
    APPLICATIONS,
    BREAKS,
    FEEDBACK,
    INTERVIEWS,
    OFFERS,
    SETTINGS,
)
from jobdesk.ui.dialogs.empty_state import NoApplicationsYet
from jobdesk.ui.dialogs.fitted_columns import FittedColumns, widest_cell
from jobdesk.ui.dialogs.shared_counts import SharedCounts
from jobdesk.ui.dialogs.table_support import setup_table
from jobdesk.ui.dialogs.when_shown import WhenShown
from jobdesk.ui.today.models import COL_APPLICATION, COL_TODO, AgendaModel

_REFRESH_KINDS = frozenset({APPLICATIONS, BREAKS, FEEDBACK, INTERVIEWS, OFFERS, SETTINGS})
INSIGHTS_LINK = "insights"
EMPTY_TEXT = (
    "Today will list what needs doing in your search, most pressing first: interviews, "
    "debriefs owed, offer replies, follow-ups due and applications with no reply, with how "
    "many are still moving."
)
SHOW_LINK = "show-rejection:"  # + the application's id


class TodayTab(QWidget):
    """Shows the agenda; emits what the user wants done, the window does it."""

    open_requested = Signal(int)  # show this application on the Pipeline tab
    close_requested = Signal(int)  # close this silent application as no response
    debrief_requested = Signal(int, int)  # write the debrief: application id, interview id
    insights_requested = Signal()
    break_requested = Signal()  # take a break, or change the one that is on

    def __init__(
        self,
        agenda: DailyAgenda,
        applications: Callable[[], list[ApplicationSummary]],
        counts: SharedCounts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._agenda_service = agenda
        self._applications = applications
        # The open applications split, the follow-ups due and the funnel's counts, kept
        # current by the window change by change: the leaking stage then needs no count of
        # 100,000 applications after each change.
        self._counts = counts
        self.agenda: Agenda | None = None
        self.model = AgendaModel(self)

        self.title = QLabel()
        self.title.setAccessibleName("Today")
        self.break_button = QPushButton("Take a &break…")
        self.break_button.setAccessibleName("Take a recovery break")
        self.break_button.setToolTip(
            "Nudges pause during a break, and its days do not count towards the no-response "
            "period or follow-ups."
        )
        self.break_button.clicked.connect(self.break_requested)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.break_button, 0, Qt.AlignmentFlag.AlignVCenter)
        content = QWidget()
        layout = QVBoxLayout(content)
        # The list is laid in first so that it comes first in the Tab order: a start on
        # Today, or a switch to it, puts the keyboard in the list (Enter opens the selected
        # item) rather than on "Take a break…" above it.
        layout.addWidget(self._build_items(), 1)
        layout.insertLayout(0, heading)
        layout.insertWidget(1, self._build_break())
        layout.insertWidget(2, self._build_landing())
        layout.addLayout(self._build_summaries())
        self.empty_state = NoApplicationsYet("Nothing to do yet", EMPTY_TEXT)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.empty_state)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._when_shown = WhenShown(self, self._refresh_now)

    def _build_items(self) -> QGroupBox:
        group = QGroupBox("What needs doing")
        self.table = QTableView()
        self.table.setAccessibleName("What needs doing")
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        # Each column as wide as its texts (a name is read whole at 1920 px), what to do
        # taking the room left; in a narrow window the two texts give way together, cut
        # short (whole under the list and in the tooltip).
        self.columns = FittedColumns(
            self.table,
            shrink={COL_APPLICATION: 240, COL_TODO: 240},
            widest={COL_APPLICATION: 560},
            stretch=(COL_TODO,),
            cells=lambda column: widest_cell(self.table, column, self.model.texts(column)),
        )
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel("Nothing needs doing today. Well done.")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        # The selected item whole, wrapped: the list cuts long texts off (their tooltips
        # hold them whole, but a tooltip needs a mouse and a pause to be found).
        self.whole_label = QLabel()
        self.whole_label.setTextFormat(Qt.TextFormat.PlainText)  # next steps are the user's
        self.whole_label.setWordWrap(True)
        self.whole_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.whole_label.setAccessibleName("The selected item, whole")
        self.more_label = QLabel()
        self.more_label.setAccessibleName("Applications with no reply not listed")
        self.more_label.setWordWrap(True)
        self.more_label.hide()

        self.open_button = QPushButton("&Open in Pipeline")
        self.open_button.setAccessibleName("Open the application in the Pipeline tab")
        self.open_button.clicked.connect(self._open_selected)
        self.close_button = QPushButton("&Close as no response")
        self.close_button.setAccessibleName("Close the application as no response")
        self.close_button.setToolTip("Marks it ghosted, as of today. Undo with Ctrl+Z.")
        self.close_button.clicked.connect(self._close_selected)
        self.debrief_button = QPushButton("Write the &debrief…")
        self.debrief_button.setAccessibleName("Write the debrief for this interview")
        self.debrief_button.clicked.connect(self._debrief_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.debrief_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch()
        box = QVBoxLayout(group)
        box.addWidget(self.table, 1)
        box.addWidget(self.whole_label)
        box.addWidget(self.empty_label)
        box.addWidget(self.more_label)
        box.addLayout(buttons)
        self._update_buttons()
        return group

    def _build_break(self) -> QGroupBox:
        """What Today says while a recovery break is on: shown only then."""
        self.break_box = QGroupBox("On a break")
        self.break_label = QLabel()
        self.break_label.setWordWrap(True)
        self.break_label.setTextFormat(Qt.TextFormat.PlainText)
        self.break_label.setAccessibleName("On a break")
        box = QVBoxLayout(self.break_box)
        box.addWidget(self.break_label)
        self.break_box.hide()
        return self.break_box

    def _build_landing(self) -> QGroupBox:
        """The short card after a rejection: shown only while it lands."""
        self.landing_box = QGroupBox("Let it land")
        self.landing_label = QLabel()
        self.landing_label.setWordWrap(True)
        self.landing_label.setTextFormat(Qt.TextFormat.PlainText)  # names the user typed
        self.landing_label.setAccessibleName("After a rejection")
        # "Rejection details hidden until … — Show now": markup made here, names escaped.
        self.hidden_label = QLabel()
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setTextFormat(Qt.TextFormat.RichText)
        self.hidden_label.setAccessibleName("Rejection details hidden")
        self.hidden_label.linkActivated.connect(self._reveal)
        self.hidden_label.hide()
        self.revealed: set[int] = set()  # applications whose card shows its reason anyway
        box = QVBoxLayout(self.landing_box)
        box.addWidget(self.landing_label)
        box.addWidget(self.hidden_label)
        self.landing_box.hide()
        return self.landing_box

    def _build_summaries(self) -> QHBoxLayout:
        self.health_label = QLabel()
        self.health_label.setWordWrap(True)
        self.health_label.setAccessibleName("Pipeline health")
        self.carrying_label = QLabel()
        self.carrying_label.setWordWrap(True)
        self.carrying_label.setAccessibleName("One application carries the search")
        self.leak_label = QLabel()
        self.leak_label.setWordWrap(True)
        self.leak_label.setAccessibleName("The leaking stage")
        self.leak_label.setTextFormat(Qt.TextFormat.RichText)
        self.leak_label.linkActivated.connect(self._link)
        health = QGroupBox("Pipeline health")
        health_box = QVBoxLayout(health)
        self.pacing_label = QLabel()
        self.pacing_label.setWordWrap(True)
        self.pacing_label.setAccessibleName("Pacing")
        for label in (self.health_label, self.carrying_label, self.pacing_label, self.leak_label):
            health_box.addWidget(label)
        health_box.addStretch()
        self.week_label = QLabel()
        self.week_label.setWordWrap(True)
        self.week_label.setAccessibleName("This week")
        week = QGroupBox("This week")
        week_box = QVBoxLayout(week)
        week_box.addWidget(self.week_label)
        week_box.addStretch()
        row = QHBoxLayout()
        row.addWidget(health, 3)
        row.addWidget(week, 2)
        return row

    # --- refreshing -----------------------------------------------------------------------

    def refresh(self, kinds: frozenset[str]) -> None:
        """Something changed: the agenda is worked out again now if shown, else when shown."""
        if kinds & _REFRESH_KINDS:
            self._when_shown.request()

    def _refresh_now(self) -> None:
        apps = self._applications()
        selected = self.selected_item()
        service = self._agenda_service
        silence = service.silence()  # a new day, setting or break: counted again
        counts = self._counts
        agenda = service.agenda(
            apps,
            with_leak=service.leak_is_cheap(len(apps)),
            kept=counts.open_applications(silence),
            # Worked out only when they are listed.
            follow_ups=lambda: counts.kept_follow_ups(silence),
            tally=counts.tally(silence),
        )
        self.agenda = agenda
        # With no application at all there is nothing to list or count: say how to start.
        self.pages.setCurrentIndex(1 if not apps else 0)
        day = agenda.today
        self.title.setText(f"<h2>Today, {day:%A} {day.day} {day:%B}</h2>")
        self.model.set_items(agenda.items)
        self.table.setVisible(not agenda.is_clear)
        self.empty_label.setVisible(agenda.is_clear)
        self.more_label.setText(agenda.more_silent_text)
        self.more_label.setVisible(bool(agenda.more_silent))
        # Keep the selection on the same application; else start on the first item, so
        # Enter opens it.
        kept = selected is not None and self._select(selected.application_id, selected.interview_id)
        if not kept and self.model.rowCount():
            self.table.selectRow(0)
        self._show_break(agenda)
        self._show_landing(agenda)
        self.health_label.setText(agenda.health.message)
        self.carrying_label.setText(agenda.health.warning)
        self.carrying_label.setVisible(bool(agenda.health.warning))
        self.pacing_label.setText(agenda.pacing.message if agenda.pacing else "")
        self.pacing_label.setVisible(agenda.pacing is not None)
        leak = agenda.leak or "Where your search leaks is worked out on the Insights tab."
        self.leak_label.setText(f"{escape(leak)} <a href='{INSIGHTS_LINK}'>See the Insights</a>")
        self.week_label.setText(agenda.week.message)
        self._update_buttons()

    def _show_break(self, agenda: Agenda) -> None:
        on_break = agenda.on_break is not None
        self.break_label.setText(agenda.break_text)
        self.break_box.setVisible(on_break)
        self.break_button.setText("Change the &break…" if on_break else "Take a &break…")
        self.break_button.setAccessibleName(
            "Change the recovery break" if on_break else "Take a recovery break"
        )

    def _show_landing(self, agenda: Agenda) -> None:
        service = self._agenda_service
        now = service.now()
        days = service.hide_reasons_for()
        texts, hidden = [], []
        for w in agenda.landing:
            shown_anyway = w.application_id in self.revealed
            texts.append(w.message(now, hide_reason_days=0 if shown_anyway else days))
            until = w.hidden_until(days)
            # The card names a reason only when it is outside the person's control.
            if not shown_anyway and w.outside_control and until is not None and now < until:
                hidden.append(
                    f"{escape(w.company)}: {escape(service.hidden_text(until))} — "
                    f"<a href='{SHOW_LINK}{w.application_id}'>Show now</a>"
                )
        self.empty_label.setText(agenda.clear_text(now))  # as `jobdesk today` says it
        self.landing_label.setText("\n\n".join(texts))
        self.hidden_label.setText("<br>".join(hidden))
        self.hidden_label.setVisible(bool(hidden))
        self.landing_box.setVisible(bool(texts))

    def _reveal(self, link: str) -> None:
        if link.startswith(SHOW_LINK):
            self.revealed.add(int(link.removeprefix(SHOW_LINK)))
            if self.agenda is not None:
                self._show_landing(self.agenda)

    # --- acting on the items --------------------------------------------------------------

    def selected_item(self) -> AgendaItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _select(self, app_id: int, interview_id: int | None = None) -> bool:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.application_id == app_id and item.interview_id == interview_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        item = self.selected_item()
        self.whole_label.setText(f"{item.name}: {item.text}" if item is not None else "")
        self.whole_label.setVisible(item is not None)
        self.open_button.setEnabled(item is not None)
        self.close_button.setEnabled(item is not None and item.kind is ItemKind.SILENT)
        self.debrief_button.setEnabled(item is not None and item.kind is ItemKind.DEBRIEF)

    def _activated(self, index: QModelIndex) -> None:
        self._open(self.model.item(index.row()))

    def _open(self, item: AgendaItem) -> None:
        """A debrief owed opens its form; anything else, its application."""
        if item.kind is ItemKind.DEBRIEF and item.interview_id is not None:
            self.debrief_requested.emit(item.application_id, item.interview_id)
        else:
            self.open_requested.emit(item.application_id)

    def _open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_requested.emit(item.application_id)

    def _debrief_selected(self) -> None:
        item = self.selected_item()
        if item is not None and item.kind is ItemKind.DEBRIEF:
            self._open(item)

    def _close_selected(self) -> None:
        item = self.selected_item()
        if item is not None and item.kind is ItemKind.SILENT:
            self.close_requested.emit(item.application_id)

    def _link(self, link: str) -> None:
        if link == INSIGHTS_LINK:
            self.insights_requested.emit()
