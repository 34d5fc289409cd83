"""Words the same everywhere: counts ("1 application", "2 applications"), dates and what was
done."""

from __future__ import annotations

from datetime import date


def short_date(day: date) -> str:
    """A date as the window writes it everywhere, in tables, panes, lists and messages:
    "2 Dec 2026", as the date boxes show it ("d MMM yyyy")."""
    return f"{day.day} {day:%b %Y}"


def counted(count: int, noun: str, plural: str = "") -> str:
    """`count` followed by `noun`, or by its plural (`noun` + "s" unless given) when the
    count is not exactly one: "1 day", "0 days", "3 replies" (with plural="replies")."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def date_text(value: date | None) -> str:
    """A date as every table and list shows it (22 Nov 2026), or nothing."""
    return short_date(value) if value else ""


# A change is described as a command ("Add Acme — Engineer"): the Edit menu offers it so,
# "Undo Add Acme — Engineer", as menus do. What was done is said in the past tense.
_DONE = {
    "Accept": "Accepted",
    "Add": "Added",
    "Attach": "Attached",
    "Change": "Changed",
    "Correct": "Corrected",
    "Decline": "Declined",
    "Delete": "Deleted",
    "Edit": "Edited",
    "Finish": "Finished",
    "Import": "Imported",
    "Load": "Loaded",
    "Log": "Logged",
    "Mark": "Marked",
    "Move": "Moved",
    "Pause": "Paused",
    "Record": "Recorded",
    "Reload": "Reloaded",
    "Remove": "Removed",
    "Reopen": "Reopened",
    "Replace": "Replaced",
    "Reset": "Reset",
    "Restore": "Restored",
    "Resume": "Resumed",
    "Save": "Saved",
    "Schedule": "Scheduled",
    "Set": "Set",
    "Start": "Started",
    "Withdraw": "Withdrew",
    "Write": "Wrote",
}


def done_text(description: str) -> str:
    """What the status bar says once a change described as `description` is made: "Add
    Acme — Engineer" is "Added Acme — Engineer"; its undo ("Undo Add …") is "Undid: Add …"
    and its redo "Redid: Add …", naming the step as the Edit menu does. A description not
    starting with a known command ("Followed up with …") is said as it is."""
    for command, done in (("Undo ", "Undid: "), ("Redo ", "Redid: ")):
        if description.startswith(command):
            return done + description.removeprefix(command)
    first, space, rest = description.partition(" ")
    if first not in _DONE:
        return description
    if rest.startswith("and "):  # "Reopen and record the offer from …"
        second, space2, tail = rest.removeprefix("and ").partition(" ")
        if second.capitalize() in _DONE:
            rest = f"and {_DONE[second.capitalize()].lower()}{space2}{tail}"
    return f"{_DONE[first]}{space}{rest}"
