"""The offers feature in one controller: the Offers tab, the files under the detail pane,
file drops, and a status-bar note when a reply is due soon.

It is handed what it works with (the services, `perform`, the prompts, the window's
current application and its `data_changed` signal) instead of reaching into the main
window, so nothing here imports the window and the window only builds and places it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTableView

from jobdesk.domain.application import Application
from jobdesk.domain.enums import Outcome
from jobdesk.domain.errors import UserError
from jobdesk.services.changes import ATTACHMENTS, OFFERS, Change, Update
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.status_parts import OFFERS_DUE, StatusPart
from jobdesk.ui.dialogs.until_saved import ask_until_saved
from jobdesk.ui.dialogs.when_shown import WhenShown
from jobdesk.ui.pipeline.attachments_list import AttachmentsList

# The tab is built when first shown, and the drop handling right after the window's first
# paint: neither is needed to show the window.
if TYPE_CHECKING:
    from jobdesk.domain.offers import OfferStatus, OfferSummary
    from jobdesk.services.bundle import Services
    from jobdesk.ui.offers.drops import FileDrops
    from jobdesk.ui.offers.tab import OffersTab

Perform = Callable[[Callable[[], Change]], Change | None]

OPEN_FILTERS = (
    "Offer letters and documents (*.pdf *.docx *.eml *.html *.htm *.txt *.md);;All files (*)"
)


class OffersController(QObject):
    def __init__(
        self,
        services: Services,
        perform: Perform,
        prompts: Prompts,
        *,
        window: QMainWindow,
        current_application: Callable[[], Application | None],
        current_changed: SignalInstance,
        attach_target: Callable[[], int | None],
        data_changed: SignalInstance,
        attachments: AttachmentsList,
        drop_tables: tuple[QTableView, ...],
    ) -> None:
        """`window` is where dialogs, drops and the status bar's note go;
        `current_application` is the application in the details pane (`current_changed`
        says when it changes); `attach_target` is where Attach files… puts files (None:
        the user chooses); `drop_tables` have rows that are drop targets."""
        super().__init__(window)
        self._services = services
        self._perform = perform
        self._prompts = prompts
        self._window = window
        self._current = current_application
        self._attach_target = attach_target
        self._tab: OffersTab | None = None
        self._table: WhenShown | None = None  # the tab's table, filled when shown
        self._drop_tables = drop_tables
        self._drops: FileDrops | None = None
        # Set by the window: takes a dropped spreadsheet to the import (True when it did).
        self.take_table: Callable[[Path], bool] | None = None
        self.attachments = attachments
        self._offer_apps: set[int] = set()  # applications with an offer: their changes show here
        self._read = False  # the offers have been read once
        self._summaries: list[OfferSummary] = []
        self._due: list[OfferSummary] = []
        self.due_label = StatusPart(OFFERS_DUE)  # plain text: it names companies
        self.due_label.setAccessibleName("Offer replies due")
        self.due_label.hide()  # until an offer's reply is due
        window.statusBar().addPermanentWidget(self.due_label)
        self.attach_action = QAction("&Attach files…", window)
        self.attach_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.attach_action.setStatusTip(
            "Read offer letters or keep other files for an application (or drop them on the window)"
        )
        self.attach_action.triggered.connect(lambda _checked=False: self.choose_files())
        window.addAction(self.attach_action)

        self.attachments.open_requested.connect(self._open_attachment)
        self.attachments.remove_requested.connect(self._remove_attachment)
        current_changed.connect(self.show_attachments)
        data_changed.connect(self.refresh)

    @property
    def tab(self) -> OffersTab:
        """The Offers tab, built the first time it is wanted."""
        if self._tab is None:
            from jobdesk.ui.offers.tab import OffersTab

            tab = self._tab = OffersTab()
            tab.accept_requested.connect(lambda i: self._decide(i, Outcome.ACCEPTED))
            tab.decline_requested.connect(lambda i: self._decide(i, Outcome.DECLINED))
            tab.negotiate_requested.connect(self._set_status)
            tab.edit_requested.connect(self._edit)
            tab.remove_requested.connect(self._remove)
            tab.open_letter_requested.connect(self._open_letter)
            tab.attach_requested.connect(self.choose_files)
            self._table = WhenShown(tab, lambda: tab.set_offers(self._summaries, self._due))
            self._table.request()
            if self._drops is not None:
                self._drops.add_table(tab.table)
        return self._tab

    @property
    def drops(self) -> FileDrops:
        """Files dropped on the window: set up once the window has painted (the window calls
        `accept_drops`), or when first wanted."""
        if self._drops is None:
            from jobdesk.ui.offers.drops import FileDrops

            tables = (*self._drop_tables, *((self._tab.table,) if self._tab else ()))
            self._drops = FileDrops(
                self._window, self._services, self._perform, self._prompts, tables
            )
            self._drops.take_table = self.take_table
        return self._drops

    def accept_drops(self) -> None:
        """Take file drops from now on."""
        self.drops  # noqa: B018 - built for its effect: the window accepts drops

    def add_drop_table(self, table: QTableView) -> None:
        """Rows of `table` take drops too (a table built after this controller)."""
        if self._drops is not None:
            self._drops.add_table(table)
        else:
            self._drop_tables = (*self._drop_tables, table)

    # --- refreshing -----------------------------------------------------------------------

    def refresh(self, update: Update) -> None:
        if update.change.rows_only and self._read:
            # The rest of a large search's rows, read after its newest: the offers (and the
            # applications they belong to) were read with those, and every change since was
            # told here. Read again, they cost as much as the first time (60 ms at 100,000).
            return
        touched = not self._offer_apps.isdisjoint(update.application_ids)
        if update.kinds & {OFFERS, ATTACHMENTS} or update.everything or touched:
            self._refresh_offers()
        if ATTACHMENTS in update.kinds:
            self.show_attachments()  # a change of rows shows them through the selection

    def _refresh_offers(self) -> None:
        from jobdesk.domain.offers import due_forms

        offers = self._services.offers
        summaries = offers.summaries()
        self._read = True
        self._offer_apps = {s.offer.application_id for s in summaries}
        self._summaries = summaries
        self._due = offers.replies_due(summaries)
        if self._table is not None:  # the status bar's note now, the table when it is shown
            self._table.request()
        self.due_label.set_forms(*due_forms(self._due))
        self.due_label.setVisible(bool(self._due))

    def show_attachments(self) -> None:
        app = self._current()
        items = self._services.attachments.for_application(app.id) if app else []
        self.attachments.set_attachments(items)
        self.attachments.setEnabled(app is not None)

    # --- files ----------------------------------------------------------------------------

    def open_files(self, paths: list[Path] | list[str], app_id: int | None = None) -> None:
        self.drops.open_files(paths, app_id)

    def choose_files(self) -> None:
        chosen = self._prompts.open_files(
            self._window, "Attach offer letters or other files", OPEN_FILTERS
        )
        if not chosen:
            return
        self.open_files(chosen, self._attach_target())

    def _open_attachment(self, attachment_id: int) -> None:
        try:
            path = self._services.attachments.viewer_path(attachment_id)
        except UserError as error:
            self._prompts.error(self._window, error.message)
            return
        if not self._prompts.show_file(str(path)):
            self._prompts.error(
                self._window,
                f"No program on this computer would open {path.name}. It is at {path}.",
            )

    def _remove_attachment(self, attachment_id: int) -> None:
        self._perform(lambda: self._services.attachments.remove(attachment_id))

    # --- offers ---------------------------------------------------------------------------

    def _decide(self, offer_id: int, outcome: Outcome) -> None:
        offers = self._services.offers
        try:
            app = self._services.pipeline.application(offers.offer(offer_id).application_id)
        except UserError as error:
            self._prompts.error(self._window, error.message)
            return
        from jobdesk.ui.pipeline.stage_dialogs import OutcomeDialog

        decide = offers.accept if outcome is Outcome.ACCEPTED else offers.decline
        answer = ask_until_saved(
            lambda entered: OutcomeDialog.ask(
                self._window, app, outcome, self._services.pipeline.today(), entered=entered
            ),
            lambda answer: self._perform(lambda: decide(offer_id, *answer)) is not None,
        )
        if answer is not None:
            self.tab.select_id(offer_id)

    def _remove(self, offer_id: int) -> None:
        """Forget the offer; its letter and the application's history stay (Ctrl+Z brings
        it back)."""
        self._perform(lambda: self._services.offers.remove(offer_id))

    def _set_status(self, offer_id: int, status: OfferStatus) -> None:
        if self._perform(lambda: self._services.offers.set_status(offer_id, status)):
            self.tab.select_id(offer_id)

    def _edit(self, offer_id: int) -> None:
        offers = self._services.offers
        try:
            offer = offers.offer(offer_id)
            app = self._services.pipeline.application(offer.application_id)
        except UserError as error:
            self._prompts.error(self._window, error.message)
            return
        from jobdesk.ui.offers.letter_dialogs import OfferDialog  # loads the letter reader

        # A refused save opens the terms again as typed (entered), as every form does.
        terms = ask_until_saved(
            lambda entered: OfferDialog.ask(
                self._window,
                f"Offer from {app.details.company}",
                offer.terms,
                self._services.pipeline.today(),
                entered,
            ),
            lambda terms: (
                terms == offer.terms
                or self._perform(lambda: offers.edit(offer_id, terms)) is not None
            ),
        )
        if terms is not None and terms != offer.terms:
            self.tab.select_id(offer_id)

    def _open_letter(self, offer_id: int) -> None:
        letter = self._services.offers.letter(offer_id)
        if letter is None:
            self._prompts.error(self._window, "This offer has no letter attached.")
            return
        self._open_attachment(letter.id)
