"""The main window: tabs, menus, shortcuts; every change goes through a service and one signal."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from jobdesk.domain.application import Application, plan_advance
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.settings import NO_RESPONSE_DAYS, OPEN_ON_TODAY
from jobdesk.domain.wording import done_text
from jobdesk.services.changes import (
    APPLICATIONS,
    BREAKS,
    EVERYTHING,
    SETTINGS,
    Change,
    Rows,
    Update,
    reload_all,
)
from jobdesk.services.late import Later, LateServices
from jobdesk.ui.dialogs import icons
from jobdesk.ui.dialogs.common import action_text, plain_tooltip
from jobdesk.ui.dialogs.icons import set_action_icons
from jobdesk.ui.dialogs.keyboard import FocusRing, SubmitKeys
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.room import RoomTabs
from jobdesk.ui.dialogs.shared_counts import SharedCounts
from jobdesk.ui.dialogs.status_parts import COUNT, FitOnResize, StatusPart
from jobdesk.ui.dialogs.until_saved import ask_until_saved
from jobdesk.ui.import_wizard.controller import ImportActions
from jobdesk.ui.interviews.controller import InterviewActions
from jobdesk.ui.offers.controller import OffersController
from jobdesk.ui.pipeline.history_actions import HistoryActions
from jobdesk.ui.pipeline.links import REQUEST_FEEDBACK
from jobdesk.ui.pipeline.model import QuickFilter
from jobdesk.ui.pipeline.tab import PipelineTab
from jobdesk.ui.shell.backups import BackupsController
from jobdesk.ui.shell.exports import ExportActions
from jobdesk.ui.shell.first_paint import AfterFirstPaint
from jobdesk.ui.shell.lazy_tabs import LazyTabs, first_content, forget_module_sources
from jobdesk.ui.shell.midnight import Midnight
from jobdesk.ui.today.break_actions import BreakActions
from jobdesk.ui.today.landing_line import LandingLine
from jobdesk.ui.today.reminders import DesktopReminders

if TYPE_CHECKING:
    from datetime import date

    from jobdesk.domain.application import ApplicationDetails
    from jobdesk.domain.breaks import Break
    from jobdesk.services.backups import Backups
    from jobdesk.services.breaks import Breaks
    from jobdesk.services.bundle import Services
    from jobdesk.services.pipeline import Pipeline
    from jobdesk.ui.board.tab import BoardTab
    from jobdesk.ui.debriefs.tab import DebriefsTab
    from jobdesk.ui.dialogs.background import BackgroundJob
    from jobdesk.ui.dialogs.count_ahead import CountAhead
    from jobdesk.ui.feedback.tab import FeedbackTab
    from jobdesk.ui.insights.tab import InsightsTab
    from jobdesk.ui.offers.tab import OffersTab
    from jobdesk.ui.pipeline.company_question import CompanyQuestion
    from jobdesk.ui.pipeline.list_page import ListPage
    from jobdesk.ui.today.tab import TodayTab

LOG_ANYWAY = "Log it anyway"

# A search this large opens with its newest applications, the rest read on a worker thread.
OPEN_IN_BACKGROUND_ABOVE = 20_000
FIRST_SCREENFUL = 200


class MainWindow(QMainWindow):
    data_changed = Signal(object)  # an Update: what changed, with the changed rows read once

    def __init__(
        self,
        services: Services | LateServices,
        *,
        prompts: Prompts | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Late ones (a new search) open after the first paint: nothing built here may use
        # them, only keep them (`Later`) for when it does.
        self.services = cast("Services", services)
        self.paths = services.paths
        self.prompts = prompts or Prompts()
        self.demo = demo
        self.settings = QSettings(str(self.paths.ui_settings), QSettings.Format.IniFormat)
        self.rows = Rows()  # every application's summary, shared by the views
        # What Today, Feedback and the Insights count over the rows, shared too.
        self.counts = SharedCounts(self.rows.all, lambda: services.agenda)
        self.count_ahead: CountAhead | None = None  # made once every row is in
        self.focus_ring = FocusRing(self)
        self.submit_keys = SubmitKeys(self)

        title = "jobdesk"
        if demo:
            title += " — sample search (a throw-away copy; your own data is not touched)"
        self.setWindowTitle(title)
        self.setAccessibleName("jobdesk")

        # Interviews: actions, the details pane's list and links, calendar export.
        self.interview_actions = InterviewActions(
            self,
            self.services,
            self.perform,
            self.prompts,
            self._current_application,
            self.rows.all,
        )
        # Corrections of the history: a missed step, a wrong entry voided.
        self.history_actions = HistoryActions(
            self,
            cast("Pipeline", self._later("pipeline")),
            self.perform,
            self.prompts,
            self._current_application,
        )
        self.pipeline_tab = PipelineTab(
            lambda app_id: self.pipeline.find(app_id),
            load_interviews=self.interview_actions.interviews_of,
            # Through lambdas: the feedback and agenda services load when first needed.
            load_messages=lambda app_id: services.feedback.messages_sent(app_id),
            hidden_rejection=lambda event: services.agenda.rejection_hidden_text(event),
        )
        self.tabs = RoomTabs()  # each tab laid out in a room of its own (see Room)
        self.tabs.setAccessibleName("Views")
        self.tabs.setDocumentMode(True)
        # Only the Pipeline is built now; the other tabs when first shown (`_build_*`).
        self.break_actions = BreakActions(
            self, cast("Breaks", self._later("breaks")), self.perform, services.today
        )
        self.lazy_tabs = LazyTabs(self.tabs)
        self.lazy_tabs.add("today", "&Today", self._build_today_tab)
        self.tabs.addTab(self.pipeline_tab, "&Pipeline")
        self.lazy_tabs.add("board", "B&oard", self._build_board_tab)
        self.lazy_tabs.add("insights", "&Insights", self._build_insights_tab)
        self.lazy_tabs.add("feedback", "Feed&back", self._build_feedback_tab)
        self.lazy_tabs.add("debriefs", "&Debriefs", self._build_debriefs_tab)
        self.setCentralWidget(self.tabs)
        self.tabs.setCurrentWidget(self.pipeline_tab)  # until `open_start_tab`

        self.count_label = StatusPart(COUNT)
        self.count_label.setAccessibleName("Applications shown")
        self.statusBar().addPermanentWidget(self.count_label)
        FitOnResize(self.statusBar())  # its parts give way in a narrow window
        self.landing_line = LandingLine(lambda: services.agenda, self.rows.all, self.statusBar())
        # Offers: their tab, the files under the details pane, files dropped on the window.
        self.offers = OffersController(
            self.services,
            self.perform,
            self.prompts,
            window=self,
            current_application=self.pipeline_tab.current_application,
            current_changed=self.pipeline_tab.selection_changed,
            attach_target=self._attach_target,
            data_changed=self.data_changed,
            attachments=self.pipeline_tab.attachments,
            drop_tables=(),  # the Pipeline's table joins when built (`_list_built`)
        )
        self.lazy_tabs.add("offers", "O&ffers", lambda: self.offers.tab)
        # Import: File ▸ Import…, and spreadsheets dropped on the window.
        self.import_actions = ImportActions(self, self.services, self.perform, self.prompts)
        self.offers.take_table = self.import_actions.take_file

        self.backups = BackupsController(
            cast("Backups", self._later("backups")),
            self.prompts,
            self._restored,
            self,
            automatic=not demo,
        )
        self.export_actions = ExportActions(self.services, self.perform, self.prompts, self)
        self._build_actions()
        self._build_menus()
        self._connect()
        self.resize(1200, 760)
        self._restore_state()
        # The Pipeline's page of rows: built at once when there are rows, else (a new
        # search, whose first screen is the empty state) right after the first paint.
        self.pipeline_tab.when_listed(self._list_built)
        self._opening: BackgroundJob | None = None  # the rest of a large search, being read
        self._missed: set[int] | None = None  # changed while it was read: read them again
        self._open_rows()
        self.pipeline_tab.select_first_row()
        # Days idle and silence move on at midnight even when nothing else happens.
        self.midnight = Midnight(self)
        self.midnight.passed.connect(self.notice_new_day)
        self.midnight.start()
        # Files can be dropped on the window from its first paint on.
        AfterFirstPaint(
            self,
            [
                self.offers.accept_drops,
                self.pipeline_tab.build_list,
                self._preload_charts,
                self._count_ahead,
            ],
        )
        forget_module_sources()  # what the window needed is imported now

    @property
    def pipeline(self) -> Pipeline:
        return self.services.pipeline

    def _late(self) -> LateServices | None:
        """The services of a new search while they are not open yet, else None."""
        services = cast("Services | LateServices", self.services)
        if isinstance(services, LateServices) and not services.loaded:
            return services
        return None

    def _later(self, name: str) -> object:
        """The service `name`, for a part that keeps it: opened when that part first uses it."""
        if self._late() is None:
            return getattr(self.services, name)
        return Later(cast("LateServices", self.services), name)

    def _preload_charts(self) -> None:
        """The Insights' charting library loads on a worker thread a moment after the window
        shows a search with data, so that the Insights find it ready."""
        from jobdesk.ui.insights.chart_library import preload_when_idle

        preload_when_idle(lambda: len(self.rows) > 0, self)

    def _count_ahead(self) -> None:
        """Once every row is in (a large search is read after the first paint), the counts
        Today, Feedback and the Insights share are made at idle, ahead of the first visit."""
        if self._opening is not None or self._late() is not None:
            return
        if self.count_ahead is None:
            from jobdesk.ui.dialogs.count_ahead import CountAhead

            self.count_ahead = CountAhead(self.counts.ahead, self)
        self.count_ahead.start()

    def services_opened(self) -> None:
        """The services of a new search are open (after the first paint): what the window
        shows from them is worked out now."""
        self._update_actions()

    # --- actions --------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "&New application…", self.add_application, "Ctrl+N", "Add an application you sent"
        )
        self.sample_action = self._action(
            "Load a &sample search", self.load_sample, None, "Fill an empty pipeline with a sample"
        )
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self._action("&Undo", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action("&Redo", self.redo, "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find_action = self._action(
            "&Find…", self.pipeline_tab.focus_search, QKeySequence.StandardKey.Find
        )
        self.edit_action = self._action(
            "&Edit…", self.edit_selected, "Ctrl+E", "Edit the selected application (Enter)"
        )
        self.advance_action = self._action(
            "&Move forward…", self.advance_selected, "Ctrl+M", "Record the next stage reached"
        )
        self.reject_action = self._action(
            "Log &rejection…", self.reject_selected, "Ctrl+Shift+R", "Record a rejection"
        )
        self.withdraw_action = self._action(
            "&Withdraw…", lambda: self.close_selected(Outcome.WITHDRAWN), "Ctrl+Shift+W"
        )
        self.ghost_action = self._action(
            "Mark &ghosted…", lambda: self.close_selected(Outcome.GHOSTED), "Ctrl+Shift+G"
        )
        self.reopen_action = self._action(
            "Re&open…", lambda: self.close_selected(Outcome.ACTIVE), "Ctrl+Shift+O"
        )
        self.accept_action = self._action(
            "&Accept offer…", lambda: self.close_selected(Outcome.ACCEPTED)
        )
        self.decline_action = self._action(
            "De&cline offer…", lambda: self.close_selected(Outcome.DECLINED)
        )
        self.delete_action = self._action(
            "&Delete", self.delete_selected, QKeySequence.StandardKey.Delete, "Undo brings it back"
        )
        # Delete only where the table has focus, so it never eats the key in the search box.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.delete_action)  # the table takes it (`_list_built`)
        self.quick_actions: dict[QuickFilter, QAction] = {}
        for number, quick in enumerate(QuickFilter, start=1):
            self.quick_actions[quick] = self._action(
                f"Show {quick.value.lower()}",
                partial(self.pipeline_tab.set_quick_filter, quick),
                f"Ctrl+{number}",
            )
        self.about_action = self._action("&About jobdesk", self.show_about)
        self.shortcuts_action = self._action(
            "&Keyboard shortcuts", self.show_shortcuts, "Ctrl+/", "Every shortcut, by menu"
        )
        self.counting_action = self._action(
            "How jobdesk &counts", self.show_counting, None, "The counting rules in plain words"
        )
        # Ctrl+PgDown/PgUp change the tab wherever the focus is (a combo box or a text box
        # would otherwise take the keys for itself).
        self.next_tab_action = self._action("&Next tab", lambda: self._step_tab(1), "Ctrl+PgDown")
        self.previous_tab_action = self._action(
            "Pre&vious tab", lambda: self._step_tab(-1), QKeySequence("Ctrl+PgUp")
        )
        self.request_feedback_action = self._action(
            "Request &feedback…",
            self.request_feedback,
            "Ctrl+Shift+F",
            "Write to the company: copy, open in your mail app, or save as a draft",
        )
        self.record_feedback_action = self._action(
            "Record feedback recei&ved…",
            self.record_feedback,
            None,
            "What the company said, and its themes",
        )
        self.mail_account_action = self._action(
            "&Mail account…", self.edit_mail_account, None, "Where drafts are saved"
        )
        self.preferences_action = self._action(
            "&Preferences…",
            self.edit_preferences,
            "Ctrl+,",
            "How the funnel is counted, reference rates, follow-ups",
        )
        self.selection_actions = [
            self.edit_action,
            self.advance_action,
            self.reject_action,
            self.withdraw_action,
            self.ghost_action,
            self.reopen_action,
            self.accept_action,
            self.decline_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.sample_action])
        file_menu.addAction(self.import_actions.action)
        file_menu.addAction(self.offers.attach_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_actions.export_action)
        file_menu.addAction(self.interview_actions.export_action)
        file_menu.addAction(self.export_actions.open_export_action)
        file_menu.addSeparator()
        file_menu.addActions(self.backups.actions)
        file_menu.addSeparator()
        file_menu.addAction(self.mail_account_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        edit_menu.addAction(self.break_actions.manage_action)
        self.application_menu = bar.addMenu("&Application")
        self._fill_application_menu(self.application_menu)
        view_menu = bar.addMenu("&View")
        view_menu.addActions(list(self.quick_actions.values()))
        view_menu.addSeparator()
        view_menu.addActions([self.next_tab_action, self.previous_tab_action])
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.shortcuts_action, self.counting_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_action, self.advance_action, self.reject_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        set_action_icons(
            toolbar,
            [
                (self.new_action, icons.NEW),
                (self.advance_action, icons.FORWARD),
                (self.reject_action, icons.REJECT),
                (self.undo_action, icons.UNDO),
                (self.redo_action, icons.REDO),
            ],
        )

    def _fill_application_menu(self, menu: QMenu) -> None:
        menu.addAction(self.edit_action)
        menu.addSeparator()
        menu.addActions([self.advance_action, self.reject_action])
        menu.addActions([self.withdraw_action, self.ghost_action, self.reopen_action])
        menu.addActions([self.accept_action, self.decline_action])
        menu.addActions(self.history_actions.actions)
        menu.addSeparator()
        menu.addActions([self.request_feedback_action, self.record_feedback_action])
        menu.addSeparator()
        menu.addActions(
            [self.interview_actions.schedule_action, self.interview_actions.debrief_action]
        )
        menu.addSeparator()
        menu.addAction(self.delete_action)

    def _connect(self) -> None:
        self.data_changed.connect(self._show_update)
        tab = self.pipeline_tab
        tab.selection_changed.connect(self._update_actions)
        tab.edit_requested.connect(lambda _id: self.edit_selected())
        tab.context_menu_requested.connect(self._show_context_menu)
        tab.empty_state.add_button.clicked.connect(self.add_application)
        tab.empty_state.sample_button.clicked.connect(self.load_sample)
        self.reminders = DesktopReminders(
            lambda: self.services.agenda.reminders(self.rows.all()), self
        )
        self.reminders.clicked.connect(self.show_today)
        self.tabs.currentChanged.connect(lambda _index: self._update_actions())

    # --- the tabs built when first shown ----------------------------------------------------

    @property
    def offers_tab(self) -> OffersTab:
        return cast("OffersTab", self.lazy_tabs.get("offers"))

    @property
    def board_tab(self) -> BoardTab:
        return cast("BoardTab", self.lazy_tabs.get("board"))

    @property
    def today_tab(self) -> TodayTab:
        return cast("TodayTab", self.lazy_tabs.get("today"))

    @property
    def insights_tab(self) -> InsightsTab:
        return cast("InsightsTab", self.lazy_tabs.get("insights"))

    @property
    def feedback_tab(self) -> FeedbackTab:
        return cast("FeedbackTab", self.lazy_tabs.get("feedback"))

    @property
    def debriefs_tab(self) -> DebriefsTab:
        return cast("DebriefsTab", self.lazy_tabs.get("debriefs"))

    def _build_today_tab(self) -> TodayTab:
        from jobdesk.ui.today.tab import TodayTab

        tab = TodayTab(self.services.agenda, self.rows.all, self.counts)
        tab.open_requested.connect(self.show_application)
        tab.close_requested.connect(self.close_as_no_response)
        tab.debrief_requested.connect(self.interview_actions.debrief_interview)
        tab.insights_requested.connect(lambda: self.tabs.setCurrentWidget(self.insights_tab))
        tab.break_requested.connect(self.break_actions.take_or_change)
        tab.empty_state.add_button.clicked.connect(self.add_application)
        tab.empty_state.sample_button.clicked.connect(self.load_sample)
        tab.refresh(EVERYTHING)  # worked out when shown, as after any change
        return tab

    def _build_board_tab(self) -> BoardTab:
        from jobdesk.ui.board.tab import BoardTab

        board = BoardTab(
            self.rows.all,
            self.pipeline.find,
            self.services.breaks.silence,
        )
        board.move_requested.connect(self.move_card)
        board.open_requested.connect(lambda _id: self.edit_selected())
        board.refused.connect(lambda text: self.prompts.error(self, text))
        board.selection_changed.connect(self._update_actions)
        board.context_menu_requested.connect(self._show_context_menu)
        board.empty_state.add_button.clicked.connect(self.add_application)
        board.empty_state.sample_button.clicked.connect(self.load_sample)
        return board  # it reads the rows when shown

    def _build_insights_tab(self) -> InsightsTab:
        from jobdesk.ui.insights.tab import InsightsTab

        tab = InsightsTab(
            self.services.insights,
            self.prompts,
            applications=self.rows.all,
            tally=self.counts.tally,
        )
        tab.improve_requested.connect(self._improve_stage)
        tab.refresh(EVERYTHING)
        return tab

    def _build_feedback_tab(self) -> FeedbackTab:
        from jobdesk.ui.feedback.tab import FeedbackTab

        tab = FeedbackTab(
            self.services,
            self.perform,
            self.prompts,
            self.rows.all,
            follow_ups=self.counts.follow_ups,
        )
        tab.compose_requested.connect(self.request_feedback)
        tab.record_requested.connect(self.record_feedback)
        tab.mail_account_requested.connect(self.edit_mail_account)
        tab.refresh(EVERYTHING)
        return tab

    def _build_debriefs_tab(self) -> DebriefsTab:
        from jobdesk.ui.debriefs.patterns_view import PatternsView
        from jobdesk.ui.debriefs.tab import DebriefsTab

        patterns = PatternsView(self.services.patterns, self.perform, self.prompts)
        tab = DebriefsTab(
            self.services.interviews, self.rows.all, patterns=patterns, state=self.settings
        )
        tab.open_requested.connect(self.interview_actions.edit_debrief)
        tab.delete_requested.connect(self.interview_actions.delete_debrief)
        tab.refresh(EVERYTHING)
        return tab

    def select_tab(self, name: str) -> bool:
        """Show the tab whose title (without its & mnemonic) is `name`, in any letter case."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index).replace("&", "").casefold() == name.casefold():
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def focus_tab_content(self) -> None:
        """Put the keyboard focus in the shown tab's content, not on the row of tabs: there,
        the focus frame runs round the whole row and reads like a stray box, and the arrow
        keys switch tabs instead of moving in a list. Focus the tab already set stays; else
        its first list or table, else its first control that takes focus."""
        page = self.tabs.currentWidget()
        if page is None:
            return
        chosen = self.focusWidget()
        if chosen is not None and page.isAncestorOf(chosen) and not isinstance(chosen, QTabBar):
            return
        widget = first_content(page)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_start_tab(self) -> None:
        """Start on Today once there is data (unless turned off in the preferences)."""
        if len(self.rows) and self.services.settings.get(OPEN_ON_TODAY):
            self.tabs.setCurrentWidget(self.today_tab)

    def show_today(self) -> None:
        """Bring the window forward on Today (a desktop reminder was clicked)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentWidget(self.today_tab)

    def show_application(self, app_id: int) -> None:
        """Select `app_id` on the Pipeline tab, clearing filters that would hide it."""
        tab = self.pipeline_tab
        if tab.model.row_of(app_id) is None:
            tab.search_edit.clear()
            tab.stage_combo.setCurrentIndex(0)
            tab.set_quick_filter(QuickFilter.ALL)
        self.tabs.setCurrentWidget(tab)
        tab.select_ids([app_id])
        tab.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _attach_target(self) -> int | None:
        """Where File ▸ Attach files… puts files: the selected application while the
        pipeline is showing, else the user chooses (None)."""
        if self.tabs.currentWidget() is not self.pipeline_tab:
            return None
        app = self.pipeline_tab.current_application()
        return app.id if app else None

    def open_files(self, paths: list[Path] | list[str], app_id: int | None = None) -> None:
        """Take files in as if dropped: onto `app_id`'s row, or (None) anywhere on the window."""
        self.offers.open_files(paths, app_id)

    # --- refreshing -----------------------------------------------------------------------

    def announce(self, change: Change) -> None:
        """Tell every view what `change` did, with the applications it touched read once."""
        if self._missed is not None:
            self._missed.update(change.application_ids)
        self.data_changed.emit(self.pipeline.update_for(change))

    def reload(self) -> None:
        """Read everything again (after a change made outside `perform`, or a restore)."""
        if self._opening is not None:
            self._opening.cancel()
            self._opening = self._missed = None
        self.announce(reload_all())

    def _open_rows(self) -> None:
        """Show the newest screenful at once; a large search's other rows are read on a
        worker thread and follow, so the window is up before they are all read."""
        if self._late() is not None:
            # A new search holds nothing yet. Shown by the window alone: the offers
            # controller would open the services to look for offers.
            self._show_update(Update(reload_all("Open a new search"), ()))
            return
        if self.pipeline.count() <= OPEN_IN_BACKGROUND_ABOVE:
            self.reload()
            return
        first = self.pipeline.newest(FIRST_SCREENFUL)
        self.data_changed.emit(Update(reload_all("Open the newest applications"), tuple(first)))
        self._missed = set()
        from jobdesk.ui.dialogs.background import BackgroundJob

        # Started once the window has painted: a worker holding Python's lock meanwhile would
        # slow the first paint down.
        self._opening = BackgroundJob(
            self.pipeline.read_all_on_worker,
            self._opened,
            self._open_failed,
            time_limit=600,
            parent=self,
            start=False,
        )
        AfterFirstPaint(self, [self._opening.start])
        self._update_actions()

    def _opened(self, rows: object) -> None:
        missed, self._missed, self._opening = self._missed or set(), None, None
        # What start-up made and the rows just read live as long as the window: set apart
        # from Python's cycle collector, whose full collection (due as they come in) would
        # otherwise pass over them all, 0.2-0.7 s at 100,000 applications, and again later.
        gc.freeze()
        rest = reload_all(rows_only=True)  # what else the first rows came with is read
        self.data_changed.emit(Update(rest, tuple(rows)))  # type: ignore[arg-type]
        if missed:  # changed after the read began: read those again
            self.announce(Change(frozenset({APPLICATIONS}), "", tuple(missed)))
        self._count_ahead()

    def _open_failed(self, error: UserError) -> None:
        self._opening = self._missed = None
        self.prompts.error(self, f"Not every application could be read: {error.message}")

    def _show_update(self, update: Update) -> None:
        self.rows.apply(update)
        kinds = update.kinds
        today = self.services.today()
        breaks: tuple[Break, ...]
        if self._late() is not None:  # a new search: nothing stored yet, no setting, no break
            no_response_days, breaks = NO_RESPONSE_DAYS.default, ()
        else:
            no_response_days = self.services.settings.get(NO_RESPONSE_DAYS)
            breaks = self.services.breaks.breaks()  # their days do not count towards silence
        if APPLICATIONS in kinds or update.everything:
            self.pipeline_tab.apply(update, today, no_response_days, breaks=breaks)
        elif kinds & {SETTINGS, BREAKS}:
            self.pipeline_tab.recount_silence(today, no_response_days, breaks)
        self.counts.take_update(update)  # before the tabs, which count from it
        if update.everything and self.count_ahead is not None:
            self._count_ahead()  # all read again (an import, a restore): counted again at idle
        for name, tab in self.lazy_tabs.built():  # one not built yet reads all when it is
            if name == "board":  # it follows the changed rows themselves
                tab.refresh(update)  # type: ignore[attr-defined]
            elif name != "offers":  # the offers controller tells its tab
                tab.refresh(kinds)  # type: ignore[attr-defined]
        self.landing_line.refresh(update)
        self._update_actions()

    def _in_view(self) -> PipelineTab | BoardTab:
        """Where the selected application is chosen: the Board's card while the Board is
        shown, else the Pipeline's row, so the menus and shortcuts act on what is in view."""
        if self.lazy_tabs.is_built("board") and self.tabs.currentWidget() is self.board_tab:
            return self.board_tab
        return self.pipeline_tab

    def _update_actions(self) -> None:
        apps = self._in_view().selected_summaries()
        one = apps[0] if len(apps) == 1 else None
        active = one is not None and not one.outcome.is_closed
        stage = one.furthest_stage if one is not None else None
        self.edit_action.setEnabled(one is not None)
        self.advance_action.setEnabled(active and stage is not Stage.OFFER)
        self.reject_action.setEnabled(active)
        self.withdraw_action.setEnabled(active)
        self.ghost_action.setEnabled(active)
        self.reopen_action.setEnabled(one is not None and one.outcome.is_closed)
        at_offer = active and stage is Stage.OFFER
        self.accept_action.setEnabled(at_offer)
        self.decline_action.setEnabled(at_offer)
        self.delete_action.setEnabled(bool(apps))
        self.request_feedback_action.setEnabled(one is not None)
        self.record_feedback_action.setEnabled(one is not None)
        self.interview_actions.set_selection(one is not None)
        self.history_actions.set_selection(one is not None)
        # Every application, not the rows shown: a search matching nothing is not empty.
        self.sample_action.setEnabled(self.pipeline_tab.model.total() == 0)
        # Nothing is done before the services open, so nothing to undo.
        late = self._late() is not None
        undo = None if late else self.pipeline.undo_text()
        redo = None if late else self.pipeline.redo_text()
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(f"&Undo {action_text(undo)}" if undo else "&Undo")
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(f"&Redo {action_text(redo)}" if redo else "&Redo")
        # The toolbar's buttons stay short (a name would push the others off); the
        # tooltip and the Edit menu say what they would undo.
        self.undo_action.setIconText("Undo")
        self.redo_action.setIconText("Redo")
        # The descriptions name applications: their tooltips must not be read as markup.
        self.undo_action.setToolTip(plain_tooltip(f"Undo {undo}" if undo else "Undo"))
        self.redo_action.setToolTip(plain_tooltip(f"Redo {redo}" if redo else "Redo"))
        if self._opening is not None:
            self.count_label.setText("Reading every application…")
            return
        shown, total = self.pipeline_tab.shown_count()
        noun = "application" if total == 1 else "applications"
        text = f"{total} {noun}" if shown == total else f"Showing {shown} of {total} {noun}"
        silent = self.pipeline_tab.model.silent_count()
        if silent:
            self.count_label.set_forms(
                f"{text} · {silent} with no response", f"{text} · {silent} no response", text
            )
        else:
            self.count_label.set_forms(text)

    # --- doing things ---------------------------------------------------------------------
    # Each dialog's module is imported when the dialog is first wanted, not before the window
    # shows: their menus and shortcuts are the window's own actions, which need none of them.

    def _improve_stage(self, stage: Stage) -> None:
        """From the leaking stage on the Insights: an improvement aimed at it."""
        self.tabs.setCurrentWidget(self.debriefs_tab)
        self.debriefs_tab.show_patterns()
        if self.debriefs_tab.patterns_view is not None:
            self.debriefs_tab.patterns_view.start_for("", stage)

    def perform(self, call: Callable[[], Change]) -> Change | None:
        """Run one service call; show its error, or announce what changed."""
        try:
            change = call()
        except UserError as error:
            self.prompts.error(self, error.message)
            return None
        self.announce(change)
        if change.application_ids:
            self.pipeline_tab.select_ids(change.application_ids[:1])
            view = self._in_view()
            if view is not self.pipeline_tab:  # on the Board the keyboard follows the card
                view.select_card(change.application_ids[0])  # type: ignore[union-attr]
        self.say_done(change)
        return change

    def saved(self, call: Callable[[], Change]) -> bool:
        """`perform` for a form: whether it saved (when not, the form opens again)."""
        return self.perform(call) is not None

    def say_done(self, change: Change) -> None:
        """The status bar's word on `change`: what it did, and Ctrl+Z when that undoes it."""
        # Only pipeline and break changes are undoable; after another, Ctrl+Z undoes something else.
        undoable = (
            bool(change.kinds & {APPLICATIONS, BREAKS}) and self.pipeline.undo_text() is not None
        )
        undo_hint = " Undo with Ctrl+Z." if undoable else ""
        self.statusBar().showMessage(f"{done_text(change.description)}.{undo_hint}", 6000)

    def _restored(self, change: Change) -> None:
        """A backup replaced the search: every view reads again, and the status bar says so
        (the hint of an earlier step would offer an Undo that has gone with the history)."""
        self.reload()
        self.say_done(change)

    def _application_form(
        self, company: CompanyQuestion, app: Application | None = None
    ) -> Callable[[ApplicationDetails | None], ApplicationDetails | None]:
        """The application form, new or editing `app`, given what was typed before."""
        from jobdesk.ui.pipeline.application_dialog import ApplicationDialog

        def ask(entered: ApplicationDetails | None) -> ApplicationDetails | None:
            return ApplicationDialog.ask(
                self,
                today=self.pipeline.today(),
                companies=self.pipeline.companies(),
                resume_variants=self.pipeline.resume_variants(),
                current=app.details if app else None,
                first_event_on=min((e.on for e in app.events), default=None) if app else None,
                confirm=company,
                entered=entered,
            )

        return ask

    def add_application(self) -> None:
        from jobdesk.ui.pipeline.company_question import CompanyQuestion

        # The daily limit is asked about before the dialog, so a "not now" loses nothing
        # typed. It counts the applications sent today: logging older ones is catching up.
        note = self.services.agenda.daily_limit_note(self.rows.all(), self.pipeline.today())
        if note is not None and self.prompts.choose(self, note, [LOG_ANYWAY]) is None:
            return
        company = CompanyQuestion(self.pipeline, self.prompts)
        ask_until_saved(
            self._application_form(company),
            lambda details: self.saved(
                lambda: self.pipeline.add(details, company_wide=company.company_wide)
            ),
        )

    def edit_selected(self) -> None:
        from jobdesk.ui.pipeline.company_question import CompanyQuestion

        app = self._in_view().current_application()
        if app is None:
            return
        company = CompanyQuestion(self.pipeline, self.prompts, app.id)
        ask_until_saved(
            self._application_form(company, app),
            lambda details: (
                details == app.details
                or self.saved(
                    lambda: self.pipeline.edit(app.id, details, company_wide=company.company_wide)
                )
            ),
        )

    def advance_selected(self) -> None:
        app = self._in_view().current_application()
        if app is not None:
            self.advance(app)

    def move_card(self, app_id: int, stage: Stage) -> None:
        """A card dropped on (or moved by the keyboard to) the column of `stage`."""
        app = self.pipeline.find(app_id)
        if app is not None:
            self.advance(app, stage)

    def advance(self, app: Application, stage: Stage | None = None) -> None:
        """Move `app` forward (to `stage`, preselected, if given), as the user confirms."""
        from jobdesk.ui.pipeline.stage_dialogs import AdvanceDialog

        if app.outcome.is_closed or app.furthest_stage is Stage.OFFER:
            self.prompts.error(
                self,
                f"{app.details.company} — {app.details.role_title} cannot move forward: "
                + (
                    f"it is {app.outcome.label.lower()}. Reopen it first."
                    if app.outcome.is_closed
                    else "it already reached an offer."
                ),
            )
            return
        today = self.pipeline.today()
        if stage is not None:
            try:  # backwards, or to where it is: the rule says why, before any dialog
                plan_advance(app, stage, today, today)
            except UserError as error:
                self.prompts.error(self, error.message)
                return
        ask_until_saved(
            lambda entered: AdvanceDialog.ask(self, app, today, stage, entered),
            lambda answer: self.saved(lambda: self.pipeline.advance(app.id, *answer)),
        )

    def reject_selected(self) -> None:
        from jobdesk.ui.pipeline.stage_dialogs import RejectDialog

        app = self._in_view().current_application()
        if app is None:
            return
        ask_until_saved(
            lambda entered: RejectDialog.ask(self, app, self.pipeline.today(), entered),
            lambda rejection: self.saved(
                lambda: self.pipeline.reject(
                    app.id,
                    rejection.on,
                    stage=rejection.stage,
                    reason=rejection.reason,
                    note=rejection.note,
                )
            ),
        )

    def close_selected(self, outcome: Outcome) -> None:
        from jobdesk.ui.pipeline.stage_dialogs import OutcomeDialog

        app = self._in_view().current_application()
        if app is None:
            return
        now = self.pipeline_tab.model.silence.outcome_label(app)  # as the table says it

        def save(answer: tuple[date, str]) -> bool:
            on, note = answer
            calls: dict[Outcome, Callable[[], Change]] = {
                Outcome.WITHDRAWN: lambda: self.pipeline.withdraw(app.id, on, note),
                Outcome.GHOSTED: lambda: self.pipeline.mark_ghosted(app.id, on),
                Outcome.ACTIVE: lambda: self.pipeline.reopen(app.id, on, note),
                Outcome.ACCEPTED: lambda: self.pipeline.accept_offer(app.id, on, note),
                Outcome.DECLINED: lambda: self.pipeline.decline_offer(app.id, on, note),
            }
            return self.saved(calls[outcome])

        ask_until_saved(
            lambda entered: OutcomeDialog.ask(
                self, app, outcome, self.pipeline.today(), now, entered=entered
            ),
            save,
        )

    def close_as_no_response(self, app_id: int) -> None:
        """One click from Today: a silent application closed as ghosted today (undoable)."""
        self.perform(lambda: self.pipeline.mark_ghosted(app_id))

    def delete_selected(self) -> None:
        ids = self._in_view().selected_ids()
        if ids:
            self.perform(lambda: self.pipeline.delete(ids))

    def load_sample(self) -> None:
        """The whole sample, as `--demo` holds it, in one undoable step."""
        from jobdesk.services.demo import load_sample

        self.perform(lambda: load_sample(self.services))

    def undo(self) -> None:
        change = self.perform(self.pipeline.undo)
        if change is not None:
            # What was just undone can be redone; "Undo with Ctrl+Z" would undo one more.
            done = done_text(change.description)
            self.statusBar().showMessage(f"{done}. Redo with Ctrl+Shift+Z.", 6000)

    def redo(self) -> None:
        self.perform(self.pipeline.redo)

    def show_about(self) -> None:
        from jobdesk.ui.shell.about_dialog import AboutDialog

        AboutDialog.ask(self, self.paths.data_dir)

    def show_shortcuts(self) -> None:
        from jobdesk.ui.shell.help_dialogs import ShortcutsDialog, shortcut_groups

        # The views' own shortcuts (the Board's Ctrl+Right) are listed too: build them.
        self.lazy_tabs.build_all()
        ShortcutsDialog.ask(self, shortcut_groups(self))

    def show_counting(self) -> None:
        from jobdesk.domain.how_it_counts import figures_note
        from jobdesk.ui.shell.help_dialogs import CountingDialog

        insights = self.services.insights
        # The funnel from the window's rows, as the Insights count it first; read afresh
        # only while a large search is still opening.
        figures = insights.counting_figures(insights.tally_view(self.rows.all(), self.counts.tally))
        CountingDialog.ask(self, insights.counting_rules(figures), figures_note(figures))

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _show_context_menu(self, global_pos: QPoint) -> None:
        menu = QMenu(self)
        if self._in_view().selected_ids():
            self._fill_application_menu(menu)
        else:
            menu.addAction(self.new_action)
        menu.exec(global_pos)

    # --- feedback -------------------------------------------------------------------------

    def _detail_link(self, link: str) -> None:
        if link == REQUEST_FEEDBACK:
            self.request_feedback()
        elif not self.history_actions.follow_link(link):
            self.interview_actions.follow_link(link)

    def request_feedback(self, app_id: int | None = None, template_key: str = "") -> None:
        """Open the composer for an application (the selected one unless given)."""
        from jobdesk.ui.feedback.composer_dialog import ComposerDialog, reason_to_write

        app = self._feedback_target(app_id)
        if app is None or not (
            template_key or reason_to_write(self, self.services, app, self.prompts)
        ):
            return
        template_key = template_key or self.services.feedback.default_template(app).key
        ComposerDialog.ask(self, self.services, app, template_key, self.perform, self.prompts)

    def record_feedback(self, app_id: int | None = None) -> None:
        from jobdesk.ui.feedback.feedback_dialog import FeedbackDialog, FeedbackEntry

        app = self._feedback_target(app_id)
        if app is None:
            return
        feedback = self.services.feedback

        def save(entry: FeedbackEntry) -> bool:
            if entry.remove:
                return self.saved(lambda: feedback.remove_feedback(app.id))
            for theme in entry.new_themes:
                if not self.saved(partial(feedback.add_theme, theme)):
                    return False
            return self.saved(lambda: feedback.record_feedback(entry.feedback))

        ask_until_saved(
            lambda entered: FeedbackDialog.ask(
                self,
                app,
                self.pipeline.today(),
                feedback.topics(),
                feedback.feedback(app.id),
                feedback.messages_sent(app.id),
                entered=entered,
            ),
            save,
        )

    def edit_preferences(self) -> None:
        from jobdesk.ui.shell.settings_dialog import SettingsDialog

        ask_until_saved(
            lambda entered: SettingsDialog.ask(self, self.services.settings, entered),
            lambda changes: (
                not changes or self.saved(lambda: self.services.settings.set_many(changes))
            ),
        )

    def edit_mail_account(self) -> None:
        from jobdesk.ui.feedback.mail_account_dialog import MailAccountDialog

        MailAccountDialog.ask(self, self.services, self.perform, self.prompts)

    def _current_application(self) -> Application | None:
        # Read when asked: the interview actions exist before the pipeline tab does.
        return self._in_view().current_application()

    def _feedback_target(self, app_id: int | None) -> Application | None:
        if app_id is None:
            return self._in_view().current_application()
        try:
            return self.pipeline.application(app_id)
        except UserError as error:
            self.prompts.error(self, error.message)
            return None

    # --- window state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def _list_built(self, page: ListPage) -> None:
        """The Pipeline's page of rows is there: its table takes Delete and drops, its
        details pane's links answer, and its layout is as the user left it."""
        from jobdesk.ui.pipeline.columns import parse_choices  # loaded with the page

        page.table.addAction(self.delete_action)
        self.offers.add_drop_table(page.table)
        page.detail.action_requested.connect(self._detail_link)
        splitter = self.settings.value("pipeline/splitter")
        if isinstance(splitter, QByteArray):
            page.splitter.restoreState(splitter)
        header = self.settings.value("pipeline/header")
        if isinstance(header, QByteArray):
            user_sized = self.settings.value("pipeline/columns_user_sized", False, type=bool)
            choices = self.settings.value("pipeline/column_choices")
            page.columns.restore(
                header, bool(user_sized), parse_choices(choices) if choices else None
            )

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if not self.pipeline_tab.list_built:  # closed before it was: as it was left last time
            self.settings.sync()
            return
        from jobdesk.ui.pipeline.columns import choices_text  # loaded with the page

        self.settings.setValue("pipeline/splitter", self.pipeline_tab.splitter.saveState())
        self.settings.setValue(
            "pipeline/header", self.pipeline_tab.table.horizontalHeader().saveState()
        )
        self.settings.setValue("pipeline/columns_user_sized", self.pipeline_tab.columns.user_sized)
        self.settings.setValue(
            "pipeline/column_choices", choices_text(self.pipeline_tab.columns.choices())
        )
        self.settings.sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.notice_new_day()
        super().changeEvent(event)

    def notice_new_day(self) -> None:
        """Past midnight, applications may have fallen silent and every day count has moved:
        count again (a date compare when nothing changed, so cheap on every activation). The
        tabs on screen work it out now, the others when shown."""
        today = self.services.today()  # (a new search's services are not opened for it)
        if today == self.pipeline_tab.model.today:
            return
        self.pipeline_tab.recount_silence(
            today, self.services.settings.get(NO_RESPONSE_DAYS), self.services.breaks.breaks()
        )
        for name, tab in self.lazy_tabs.built():
            if name == "board":
                tab.refresh_day()  # type: ignore[attr-defined]
            elif name != "offers":  # its controller refreshes it
                tab.refresh(frozenset({APPLICATIONS}))  # type: ignore[attr-defined]
        self._update_actions()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
