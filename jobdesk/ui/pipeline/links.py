"""The links inside the details pane that ask the window to do something, rather than open
a page: a module of their own, so that the window and its controllers know them without
loading the pane (a new search's first screen has none)."""

from __future__ import annotations

REQUEST_FEEDBACK = "jobdesk:request-feedback"
SCHEDULE_INTERVIEW = "jobdesk:schedule-interview"
EXPORT_INTERVIEWS = "jobdesk:export-interviews"
WRITE_DEBRIEF = "jobdesk:write-debrief"
# These end in an interview's id: "jobdesk:edit-interview/12".
EDIT_INTERVIEW = "jobdesk:edit-interview/"
EXPORT_INTERVIEW = "jobdesk:export-interview/"
DEBRIEF_INTERVIEW = "jobdesk:debrief-interview/"
# The pane's own link: show a rejection's details kept out of sight ("…/<event id>").
SHOW_REJECTION = "jobdesk:show-rejection/"
ADD_MISSED_STEP = "jobdesk:add-missed-step"
CORRECT_EVENT = "jobdesk:correct-event"  # with "/12", that entry is chosen already
