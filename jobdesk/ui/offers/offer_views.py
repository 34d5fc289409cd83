"""Wires the offers feature into the main window: the Offers tab, the files under the
detail pane, file drops, and a status-bar note when a reply is due soon."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from jobdesk.domain.enums import Outcome
from jobdesk.domain.errors import UserError
from jobdesk.domain.offers import OfferStatus, OfferSummary
from jobdesk.services.changes import ATTACHMENTS, OFFERS, Update
from jobdesk.ui.dialogs.when_shown import WhenShown
from jobdesk.ui.offers.drops import FileDrops
from jobdesk.ui.offers.tab import TAB_TITLE, OffersTab, due_text
from jobdesk.ui.pipeline.stage_dialogs import OutcomeDialog

if TYPE_CHECKING:
    from jobdesk.ui.shell.main_window import MainWindow

OPEN_FILTERS = (
    "Offer letters and documents (*.pdf *.docx *.eml *.html *.htm *.txt *.md);;All files (*)"
)


class OfferViews(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tab = OffersTab()
        window.tabs.addTab(self.tab, TAB_TITLE)
        self.attachments = window.pipeline_tab.attachments
        self._offer_apps: set[int] = set()  # applications with an offer: their changes show here
        self._summaries: list[OfferSummary] = []
        self._table = WhenShown(self.tab, lambda: self.tab.set_offers(self._summaries))
        self.drops = FileDrops(window, (self.tab.table,))
        self.due_label = QLabel()
        self.due_label.setTextFormat(Qt.TextFormat.PlainText)  # it names companies
        self.due_label.setAccessibleName("Offer replies due")
        window.statusBar().addPermanentWidget(self.due_label)
        self.attach_action = QAction("&Attach files…", window)
        self.attach_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.attach_action.setStatusTip(
            "Read offer letters or keep other files for an application (or drop them on the window)"
        )
        self.attach_action.triggered.connect(lambda _checked=False: self.choose_files())
        window.addAction(self.attach_action)

        self.tab.accept_requested.connect(lambda i: self._decide(i, Outcome.ACCEPTED))
        self.tab.decline_requested.connect(lambda i: self._decide(i, Outcome.DECLINED))
        self.tab.negotiate_requested.connect(self._set_status)
        self.tab.edit_requested.connect(self._edit)
        self.tab.open_letter_requested.connect(self._open_letter)
        self.tab.attach_requested.connect(self.choose_files)
        self.attachments.open_requested.connect(self._open_attachment)
        self.attachments.remove_requested.connect(self._remove_attachment)
        window.pipeline_tab.selection_changed.connect(self.show_attachments)

    # --- refreshing -----------------------------------------------------------------------

    def refresh(self, update: Update) -> None:
        touched = not self._offer_apps.isdisjoint(update.application_ids)
        if update.kinds & {OFFERS, ATTACHMENTS} or update.everything or touched:
            self._refresh_offers()
        if ATTACHMENTS in update.kinds:
            self.show_attachments()  # a change of rows shows them through the selection

    def _refresh_offers(self) -> None:
        summaries = self.window.services.offers.summaries()
        self._offer_apps = {s.offer.application_id for s in summaries}
        self._summaries = summaries
        self._table.request()  # the status bar's note now, the table when it is shown
        due = [s for s in summaries if s.needs_reply_soon]
        due.sort(key=lambda s: s.days_left if s.days_left is not None else 0)
        self.due_label.setText(due_text(due))
        self.due_label.setVisible(bool(due))

    def show_attachments(self) -> None:
        app = self.window.pipeline_tab.current_application()
        items = self.window.services.attachments.for_application(app.id) if app else []
        self.attachments.set_attachments(items)
        self.attachments.setEnabled(app is not None)

    # --- files ----------------------------------------------------------------------------

    def open_files(self, paths: list[Path] | list[str], app_id: int | None = None) -> None:
        self.drops.open_files(paths, app_id)

    def choose_files(self) -> None:
        chosen = self.window.prompts.open_files(
            self.window, "Attach offer letters or other files", OPEN_FILTERS
        )
        if not chosen:
            return
        app_id = None
        if self.window.tabs.currentWidget() is self.window.pipeline_tab:
            app = self.window.pipeline_tab.current_application()
            app_id = app.id if app else None
        self.open_files(chosen, app_id)

    def _open_attachment(self, attachment_id: int) -> None:
        try:
            path = self.window.services.attachments.viewer_path(attachment_id)
        except UserError as error:
            self.window.prompts.error(self.window, error.message)
            return
        if not self.window.prompts.show_file(str(path)):
            self.window.prompts.error(
                self.window, f"No program on this computer would open {path.name}. It is at {path}."
            )

    def _remove_attachment(self, attachment_id: int) -> None:
        self.window.perform(lambda: self.window.services.attachments.remove(attachment_id))

    # --- offers ---------------------------------------------------------------------------

    def _decide(self, offer_id: int, outcome: Outcome) -> None:
        offers = self.window.services.offers
        try:
            app = self.window.pipeline.application(offers.offer(offer_id).application_id)
        except UserError as error:
            self.window.prompts.error(self.window, error.message)
            return
        answer = OutcomeDialog.ask(self.window, app, outcome, self.window.pipeline.today())
        if answer is None:
            return
        on, _note = answer
        decide = offers.accept if outcome is Outcome.ACCEPTED else offers.decline
        if self.window.perform(lambda: decide(offer_id, on)):
            self.tab.select_id(offer_id)

    def _set_status(self, offer_id: int, status: OfferStatus) -> None:
        if self.window.perform(lambda: self.window.services.offers.set_status(offer_id, status)):
            self.tab.select_id(offer_id)

    def _edit(self, offer_id: int) -> None:
        offers = self.window.services.offers
        try:
            offer = offers.offer(offer_id)
            app = self.window.pipeline.application(offer.application_id)
        except UserError as error:
            self.window.prompts.error(self.window, error.message)
            return
        from jobdesk.ui.offers.letter_dialogs import OfferDialog  # loads the letter reader

        terms = OfferDialog.ask(
            self.window,
            f"Offer from {app.details.company}",
            offer.terms,
            self.window.pipeline.today(),
        )
        if (
            terms is not None
            and terms != offer.terms
            and self.window.perform(lambda: offers.edit(offer_id, terms))
        ):
            self.tab.select_id(offer_id)

    def _open_letter(self, offer_id: int) -> None:
        letter = self.window.services.offers.letter(offer_id)
        if letter is None:
            self.window.prompts.error(self.window, "This offer has no letter attached.")
            return
        self._open_attachment(letter.id)
