"""Interviews and debriefs: schedule, edit, delete, export to a calendar; each change undoable.

Every change is one step of the pipeline's shared undo history (`Pipeline.step`),
and `InterviewRows` is registered as the pipeline's dependent, so undoing the
delete of an application brings its interviews and debriefs back with it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jobdesk.domain.application import Application, EventKind
from jobdesk.domain.errors import UserError
from jobdesk.domain.interviews import (
    Debrief,
    DebriefDetails,
    Interview,
    InterviewDetails,
    clean_debrief,
    clean_interview,
    debriefs_owed,
    sample_interviews,
)
from jobdesk.services.changes import INTERVIEWS, Change
from jobdesk.services.pipeline import Pipeline
from jobdesk.services.storage import saving, write_whole
from jobdesk.store import feedback as feedback_store
from jobdesk.store import interviews as store
from jobdesk.store.tables import database

CALENDAR_PRODUCT = "-//jobdesk//Interviews//EN"


def utc_now() -> datetime:
    return datetime.now(UTC)


class Interviews:
    kinds = frozenset({INTERVIEWS})

    def __init__(self, pipeline: Pipeline, now: Callable[[], datetime] = utc_now) -> None:
        self._pipeline = pipeline
        self._now = now

    # --- reading --------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._now()

    def interviews(self, app_id: int | None = None) -> list[Interview]:
        return store.interviews(app_id)

    def interview(self, interview_id: int) -> Interview:
        found = store.interview(interview_id)
        if found is None:
            raise UserError("That interview is no longer there; it may have been deleted.")
        return found

    def debriefs(self, app_id: int | None = None) -> list[Debrief]:
        return store.debriefs(app_id)

    def debrief(self, debrief_id: int) -> Debrief:
        found = store.debrief(debrief_id)
        if found is None:
            raise UserError("That debrief is no longer there; it may have been deleted.")
        return found

    def owed(self, app_id: int) -> list[Interview]:
        """The application's interviews that are over and have no debrief yet."""
        return self.of_application(app_id)[1]

    def owed_anywhere(self) -> list[Interview]:
        """Every interview of the search that is over with no debrief yet, oldest first
        (for a view of what needs doing now)."""
        return debriefs_owed(store.interviews(), store.debriefs(), self._now())

    def of_application(self, app_id: int) -> tuple[list[Interview], list[Interview]]:
        """The application's interviews, and those of them owed a debrief (one read each)."""
        interviews = store.interviews(app_id)
        if not interviews:
            return [], []
        return interviews, debriefs_owed(interviews, store.debriefs(app_id), self._now())

    def tag_names(self) -> list[str]:
        """The tags offered for a debrief: the one vocabulary of topics (built-in ones, then
        the user's own, which include every tag written before)."""
        return feedback_store.theme_names()

    # --- interviews -----------------------------------------------------------------------

    def schedule(self, app_id: int, details: InterviewDetails) -> Change:
        details = clean_interview(details)
        app = self._pipeline.application(app_id)
        uid = f"{uuid.uuid4()}@jobdesk"

        def change(_app: Application) -> None:
            store.insert_interview(app_id, details, uid)

        what = f"{details.kind.label.lower()} interview with {app.details.company}"
        return self._pipeline.step([app_id], f"Schedule a {what}", change, self.kinds)

    def edit(self, interview_id: int, details: InterviewDetails) -> Change:
        current = self.interview(interview_id)
        details = clean_interview(details)
        if details == current.details:
            raise UserError("Nothing was changed.")
        app = self._pipeline.application(current.application_id)

        def change(_app: Application) -> None:
            store.update_interview(interview_id, details)

        return self._pipeline.step(
            [app.id], f"Edit the interview with {app.details.company}", change, self.kinds
        )

    def delete(self, interview_id: int) -> Change:
        current = self.interview(interview_id)
        app = self._pipeline.application(current.application_id)

        def change(_app: Application) -> None:
            store.delete_interview(interview_id)

        return self._pipeline.step(
            [app.id], f"Delete the interview with {app.details.company}", change, self.kinds
        )

    # --- debriefs -------------------------------------------------------------------------

    def write_debrief(self, app_id: int, details: DebriefDetails) -> Change:
        details = clean_debrief(details, self._pipeline.today())
        app = self._pipeline.application(app_id)
        self._check_interview(app_id, details, None)

        def change(_app: Application) -> None:
            store.insert_debrief(app_id, details)
            feedback_store.insert_missing_topics(details.tags)

        return self._pipeline.step(
            [app_id], f"Write a debrief for {app.details.company}", change, self.kinds
        )

    def edit_debrief(self, debrief_id: int, details: DebriefDetails) -> Change:
        current = self.debrief(debrief_id)
        details = clean_debrief(details, self._pipeline.today())
        if details == current.details:
            raise UserError("Nothing was changed.")
        app = self._pipeline.application(current.application_id)
        self._check_interview(app.id, details, debrief_id)

        def change(_app: Application) -> None:
            store.update_debrief(debrief_id, details)
            feedback_store.insert_missing_topics(details.tags)

        return self._pipeline.step(
            [app.id], f"Edit the debrief for {app.details.company}", change, self.kinds
        )

    def delete_debrief(self, debrief_id: int) -> Change:
        current = self.debrief(debrief_id)
        app = self._pipeline.application(current.application_id)

        def change(_app: Application) -> None:
            store.delete_debrief(debrief_id)

        return self._pipeline.step(
            [app.id], f"Delete the debrief for {app.details.company}", change, self.kinds
        )

    def _check_interview(
        self, app_id: int, details: DebriefDetails, debrief_id: int | None
    ) -> None:
        if details.interview_id is None:
            return
        found = store.interview(details.interview_id)
        if found is None or found.application_id != app_id:
            raise UserError("That interview is no longer there; it may have been deleted.")
        for other in store.debriefs(app_id):
            if other.details.interview_id == details.interview_id and other.id != debrief_id:
                raise UserError(
                    "That interview already has a debrief. Open it from the Debriefs tab "
                    "to add to it."
                )

    def load_sample(self) -> Change:
        """Interviews and debriefs for the sample search (for the demo; not undoable)."""
        today = self._pipeline.today()
        apps = []
        for summary in self._pipeline.summaries():
            app = self._pipeline.application(summary.id)
            reached = tuple(
                (e.stage, e.on)
                for e in app.events
                if e.kind is EventKind.STAGE and e.stage is not None
            )
            apps.append((app.id, app.furthest_stage, reached, not app.outcome.is_closed))
        with saving(database):
            for item in sample_interviews(apps, today):
                interview_id = store.insert_interview(
                    item.application_id, item.details, f"{uuid.uuid4()}@jobdesk"
                )
                if item.debrief is not None:
                    store.insert_debrief(
                        item.application_id, replace(item.debrief, interview_id=interview_id)
                    )
        return Change(self.kinds, "Load the sample interviews")

    # --- calendar -------------------------------------------------------------------------

    def calendar(self, interviews: Iterable[Interview], also: Iterable[Any] = ()) -> bytes:
        """An .ics file holding one event per interview, in its own time zone, and the
        calendar events in `also` (offer reply deadlines, from services/exports.py)."""
        from icalendar import Calendar, Event  # loaded only when exporting

        cal = Calendar()
        cal.add("prodid", CALENDAR_PRODUCT)
        cal.add("version", "2.0")
        stamp = self._now().astimezone(UTC)
        companies: dict[int, Application] = {}
        for item in interviews:
            app = companies.get(item.application_id)
            if app is None:
                app = companies[item.application_id] = self._pipeline.application(
                    item.application_id
                )
            d = item.details
            event = Event()
            event.add("uid", item.uid)
            event.add("dtstamp", stamp)
            event.add("dtstart", item.starts)
            event.add("dtend", item.ends)
            event.add("summary", f"{d.kind.label} interview: {app.details.company}")
            lines = [app.details.role_title]
            if d.interviewers:
                lines.append("With " + ", ".join(d.interviewers))
            if d.notes:
                lines.append(d.notes)
            event.add("description", "\n".join(lines))
            cal.add_component(event)
        for extra in also:
            cal.add_component(extra)
        cal.add_missing_timezones()
        return bytes(cal.to_ical())

    def export_calendar(self, path: Path, app_id: int | None = None) -> int:
        """Write the interviews (an application's, or all) to `path`; how many were written."""
        found = store.interviews(app_id)
        if not found:
            raise UserError("There are no interviews to export yet. Schedule one first.")
        write_whole(path, self.calendar(found), "calendar file")
        return len(found)

    def export_one(self, path: Path, interview_id: int) -> None:
        write_whole(path, self.calendar([self.interview(interview_id)]), "calendar file")


class InterviewRows:
    """The pipeline dependent for interviews and debriefs (registered in build_services)."""

    kinds = frozenset({INTERVIEWS})

    def snapshot(self, app_id: int) -> store.Snapshot:
        return store.snapshot(app_id)

    def restore(self, app_id: int, snapshot: store.Snapshot) -> None:
        store.restore(app_id, snapshot)
