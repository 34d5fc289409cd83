"""Interviews and debriefs in the window: the actions, the details pane's links, .ics export.

It takes only what it needs (the services, `perform`, the prompts, the selected
application), never the main window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from jobdesk.domain.application import Application, ApplicationSummary
from jobdesk.domain.errors import UserError
from jobdesk.services.changes import Change
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.until_saved import ask_until_saved
from jobdesk.ui.pipeline.links import (
    DEBRIEF_INTERVIEW,
    EDIT_INTERVIEW,
    EXPORT_INTERVIEW,
    EXPORT_INTERVIEWS,
    SCHEDULE_INTERVIEW,
    WRITE_DEBRIEF,
)

# The dialogs and the interviews' domain (time zones: 10 ms) are imported when first used,
# after the window shows: the actions alone are needed for their menus and shortcuts.
if TYPE_CHECKING:
    from jobdesk.domain.interviews import DebriefDetails, Interview, InterviewDetails
    from jobdesk.services.bundle import Services
    from jobdesk.services.interviews import Interviews

Perform = Callable[[Callable[[], Change]], Change | None]
GO_AHEAD = "Schedule it anyway"
OTHER_DAY = "Pick another day…"
ICS_FILTER = "Calendar files (*.ics)"


def calendar_file_name(text: str) -> str:
    """A file name from a company's name: letters, digits and dashes only."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return f"interviews-{stem or 'jobdesk'}.ics"


class InterviewActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        services: Services,
        perform: Perform,
        prompts: Prompts,
        current_application: Callable[[], Application | None],
        rows: Callable[[], Sequence[ApplicationSummary]] = list,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._services = services
        self._perform = perform
        self._prompts = prompts
        self._current = current_application
        self._rows = rows  # every application's summary: names for the weekly cap's list
        self.schedule_action = self._action(
            "Schedule an &interview…", self.schedule, "Ctrl+I", "Add an interview to the selected"
        )
        self.debrief_action = self._action(
            "Write a de&brief…", self.write_debrief, None, "What went well, where you stumbled"
        )
        self.export_action = self._action(
            "Export interviews to &calendar…",
            self.export_all,
            None,
            "Save every interview as an .ics file your calendar app can import",
        )

    @property
    def _interviews(self) -> Interviews:
        return self._services.interviews  # built on first use, after the window shows

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None, tip: str
    ) -> QAction:
        action = QAction(text, self._parent)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self._parent.addAction(action)
        return action

    def set_selection(self, one_selected: bool) -> None:
        self.schedule_action.setEnabled(one_selected)
        self.debrief_action.setEnabled(one_selected)

    def interviews_of(self, app_id: int) -> tuple[Sequence[Interview], Sequence[Interview]]:
        """What the details pane lists: the interviews, and those owed a debrief."""
        return self._interviews.of_application(app_id)

    # --- the details pane's links ---------------------------------------------------------

    def follow_link(self, link: str) -> bool:
        """Do what a link in the details pane asks; False when it is not one of ours."""
        simple: dict[str, Callable[[], object]] = {
            SCHEDULE_INTERVIEW: self.schedule,
            EXPORT_INTERVIEWS: self.export_application,
            WRITE_DEBRIEF: self.write_debrief,
        }
        if link in simple:
            simple[link]()
            return True
        with_id: dict[str, Callable[[int], object]] = {
            EDIT_INTERVIEW: self.edit_interview,
            EXPORT_INTERVIEW: self.export_one,
            DEBRIEF_INTERVIEW: lambda i: self.write_debrief(interview_id=i),
        }
        for prefix, run in with_id.items():
            if link.startswith(prefix) and link[len(prefix) :].isdigit():
                run(int(link[len(prefix) :]))
                return True
        return False

    # --- interviews -----------------------------------------------------------------------

    def schedule(self) -> None:
        from jobdesk.domain.interviews import InterviewDetails
        from jobdesk.ui.interviews.interview_dialog import InterviewDialog

        app = self._current()
        if app is None:
            return

        def ask(entered: InterviewDetails | None) -> InterviewDetails | None:
            draft = entered
            while True:
                details = InterviewDialog.ask(
                    self._parent,
                    app,
                    self._services.today(),
                    draft=draft,
                    now=self._interviews.now(),
                )
                if not isinstance(details, InterviewDetails):
                    return None
                answer = self._past_the_cap(details, None)
                if answer == GO_AHEAD:
                    return details
                if answer is None:
                    return None
                draft = details  # another day: the form again, as typed

        ask_until_saved(
            ask,
            lambda details: (
                self._perform(lambda: self._interviews.schedule(app.id, details)) is not None
            ),
        )

    def _past_the_cap(self, details: InterviewDetails, editing: int | None) -> str | None:
        """Past the weekly interview cap, ask: go ahead (GO_AHEAD), pick another day
        (OTHER_DAY) or neither (None). Within it: GO_AHEAD. It never refuses."""
        note = self._services.agenda.interview_cap_note(self._rows(), details, editing)
        if note is None:
            return GO_AHEAD
        choices = [GO_AHEAD, OTHER_DAY]
        picked = self._prompts.choose(self._parent, note, choices)
        return None if picked is None else choices[picked]

    def edit_interview(self, interview_id: int) -> None:
        from jobdesk.domain.interviews import InterviewDetails
        from jobdesk.ui.interviews.interview_dialog import DELETE, InterviewDialog

        try:
            current = self._interviews.interview(interview_id)
            app = self._services.pipeline.application(current.application_id)
        except UserError as error:
            self._prompts.error(self._parent, error.message)
            return

        def save(answer: InterviewDetails | Literal["delete"]) -> bool:
            if answer == DELETE:
                return self._perform(lambda: self._interviews.delete(interview_id)) is not None
            if not isinstance(answer, InterviewDetails) or answer == current.details:
                return True
            details = answer
            # Moved to another day: the cap counts the week it moves into (without itself).
            moved = details.starts_at.date() != current.details.starts_at.date()
            if moved and self._past_the_cap(details, interview_id) != GO_AHEAD:
                return True  # not saved, by the user's choice
            return self._perform(lambda: self._interviews.edit(interview_id, details)) is not None

        def ask(
            entered: InterviewDetails | Literal["delete"] | None,
        ) -> InterviewDetails | Literal["delete"] | None:
            draft = entered if isinstance(entered, InterviewDetails) else None
            return InterviewDialog.ask(
                self._parent, app, self._services.today(), current=current.details, draft=draft
            )

        saved: InterviewDetails | Literal["delete"] | None = ask_until_saved(ask, save)
        del saved  # (named only so that mypy knows the answer's type)

    # --- calendar -------------------------------------------------------------------------

    def export_all(self) -> None:
        self._export("interviews.ics", None)

    def export_application(self) -> None:
        app = self._current()
        if app is not None:
            self._export(calendar_file_name(app.details.company), app.id)

    def export_one(self, interview_id: int) -> None:
        path = self._prompts.save_file(
            self._parent, "Export the interview to a calendar file", "interview.ics", ICS_FILTER
        )
        if not path:
            return
        try:
            self._interviews.export_one(_with_suffix(path), interview_id)
        except UserError as error:
            self._prompts.error(self._parent, error.message)
            return
        self._prompts.info(
            self._parent,
            f"Saved the interview to {_with_suffix(path)}. Open it with your calendar app "
            "to add it.",
        )

    def _export(self, suggested: str, app_id: int | None) -> None:
        try:
            if not self._interviews.interviews(app_id):
                raise UserError("There are no interviews to export yet. Schedule one first.")
            path = self._prompts.save_file(
                self._parent, "Export interviews to a calendar file", suggested, ICS_FILTER
            )
            if not path:
                return
            count = self._interviews.export_calendar(_with_suffix(path), app_id)
        except UserError as error:
            self._prompts.error(self._parent, error.message)
            return
        noun = "interview" if count == 1 else "interviews"
        self._prompts.info(
            self._parent,
            f"Saved {count} {noun} to {_with_suffix(path)}. Open it with your calendar app "
            "to add them; exporting again later updates the same events.",
        )

    # --- debriefs -------------------------------------------------------------------------

    def write_debrief(
        self, app: Application | None = None, interview_id: int | None = None
    ) -> None:
        app = app or self._current()
        if app is None:
            return
        if interview_id is None:
            # The latest interview still owed its debrief is most likely the one meant.
            owed = self._interviews.owed(app.id)
            interview_id = owed[-1].id if owed else None
        ask_until_saved(
            self._debrief_form(app, interview_id=interview_id),
            lambda answer: (
                self._perform(lambda: self._interviews.write_debrief(app.id, answer)) is not None
            ),
        )

    def _debrief_form(
        self,
        app: Application,
        *,
        interview_id: int | None = None,
        current: DebriefDetails | None = None,
    ) -> Callable[[DebriefDetails | None], DebriefDetails | None]:
        """The debrief form, new or editing `current`, given what was written before."""
        from jobdesk.ui.debriefs.debrief_dialog import DebriefDialog

        def ask(entered: DebriefDetails | None) -> DebriefDetails | None:
            return DebriefDialog.ask(
                self._parent,
                app,
                self._services.today(),
                self._interviews.interviews(app.id),
                self._interviews.tag_names(),
                interview_id=interview_id,
                current=current,
                entered=entered,
            )

        return ask

    def debrief_interview(self, app_id: int, interview_id: int) -> None:
        """The debrief form for one interview of an application (from Today's list)."""
        try:
            app = self._services.pipeline.application(app_id)
        except UserError as error:
            self._prompts.error(self._parent, error.message)
            return
        self.write_debrief(app, interview_id=interview_id)

    def edit_debrief(self, debrief_id: int) -> None:
        try:
            current = self._interviews.debrief(debrief_id)
            app = self._services.pipeline.application(current.application_id)
        except UserError as error:
            self._prompts.error(self._parent, error.message)
            return
        ask_until_saved(
            self._debrief_form(app, current=current.details),
            lambda answer: (
                answer == current.details
                or self._perform(lambda: self._interviews.edit_debrief(debrief_id, answer))
                is not None
            ),
        )

    def delete_debrief(self, debrief_id: int) -> None:
        self._perform(lambda: self._interviews.delete_debrief(debrief_id))


def _with_suffix(path: str) -> Path:
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".ics" else chosen.with_name(chosen.name + ".ics")
