"""Corrections of the history in the window: the two actions and the details pane's links.

It takes only what it needs (the pipeline service, `perform`, the prompts, the selected
application), never the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from jobdesk.domain.application import Application, missed_stages
from jobdesk.services.changes import Change
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.until_saved import ask_until_saved
from jobdesk.ui.pipeline.links import ADD_MISSED_STEP, CORRECT_EVENT

if TYPE_CHECKING:
    from jobdesk.services.pipeline import Pipeline

Perform = Callable[[Callable[[], Change]], Change | None]


class HistoryActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        pipeline: Pipeline,
        perform: Perform,
        prompts: Prompts,
        current_application: Callable[[], Application | None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pipeline = pipeline
        self._perform = perform
        self._prompts = prompts
        self._current = current_application
        self.missed_step_action = QAction("Add a mi&ssed step…", parent)
        self.missed_step_action.setStatusTip(
            "A stage it went through that you never logged, on its true date"
        )
        self.missed_step_action.triggered.connect(lambda _checked=False: self.add_missed_step())
        self.correct_action = QAction("Correct the &history…", parent)
        self.correct_action.setStatusTip("Take a wrong entry out of the counting (undoable)")
        self.correct_action.triggered.connect(lambda _checked=False: self.correct())
        self.actions = [self.missed_step_action, self.correct_action]

    def set_selection(self, one: bool) -> None:
        for action in self.actions:
            action.setEnabled(one)

    def follow_link(self, link: str) -> bool:
        """Handle a details-pane link of ours; False when it is someone else's."""
        if link == ADD_MISSED_STEP:
            self.add_missed_step()
        elif link.startswith(CORRECT_EVENT):
            tail = link.removeprefix(CORRECT_EVENT).lstrip("/")
            self.correct(int(tail) if tail.isdigit() else None)
        else:
            return False
        return True

    def add_missed_step(self) -> None:
        app = self._current()
        if app is None:
            return
        if not missed_stages(app):
            self._prompts.info(
                self._parent,
                f"{app.name} has no skipped stage to add: every stage before "
                f"{app.furthest_stage.label.lower()} is in its history. To record the next "
                "stage, use Move forward.",
            )
            return
        from jobdesk.ui.pipeline.history_dialogs import MissedStepDialog  # after the first paint

        ask_until_saved(
            lambda entered: MissedStepDialog.ask(
                self._parent, app, self._pipeline.today(), entered
            ),
            lambda answer: (
                self._perform(lambda: self._pipeline.add_missed_step(app.id, *answer)) is not None
            ),
        )

    def correct(self, event_id: int | None = None) -> None:
        app = self._current()
        if app is None:
            return
        if not app.events:
            self._prompts.info(
                self._parent,
                f"{app.name} has nothing in its history but the day it was sent. To change "
                "that date, use Edit.",
            )
            return
        from jobdesk.ui.pipeline.history_dialogs import CorrectEventDialog

        ask_until_saved(
            lambda entered: CorrectEventDialog.ask(
                self._parent, app, self._pipeline.today(), event_id, entered
            ),
            lambda answer: (
                self._perform(lambda: self._pipeline.correct(app.id, *answer)) is not None
            ),
        )
