"""From a read table and its column mapping to the applications it proposes, with their
history, each problem on its line, and what merging into a stored application adds.

History gets honest dates: a step the file dates (a status date column) is on that
date; one it does not date is put on the applied date, marked backfilled, with a note
saying the file gave no date, so timings never count it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from jobdesk.domain.application import (
    Application,
    ApplicationDetails,
    Contact,
    EventKind,
    StageEvent,
    clean_details,
    current_outcome,
    furthest_stage,
)
from jobdesk.domain.enums import Channel, ContactRole, Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.import_dates import (
    DateOrder,
    DateProblem,
    mixed_orders,
    parse_date,
    slash_order,
)
from jobdesk.domain.import_file import Problem, Table
from jobdesk.domain.import_presets import (
    APPLIED,
    Field,
    Meaning,
    applied_flag,
    channel_of,
    meaning_of,
    normalise_status,
)

UNDATED = "imported; the file gives no date for this step"


@dataclass(frozen=True)
class Proposal:
    """One application the file proposes, from the row on `line`."""

    line: int
    details: ApplicationDetails
    events: tuple[StageEvent, ...]
    status: str = ""

    @property
    def key(self) -> tuple[str, str, date]:
        return duplicate_key(self.details.company, self.details.role_title, self.details.applied_on)

    @property
    def meaning_label(self) -> str:
        app = Application(0, self.details, self.events)
        if app.outcome is Outcome.ACTIVE:
            return app.furthest_stage.label
        return f"{app.outcome.label} ({app.furthest_stage.label.lower()})"


def duplicate_key(company: str, role: str, applied_on: date) -> tuple[str, str, date]:
    return (" ".join(company.casefold().split()), " ".join(role.casefold().split()), applied_on)


@dataclass(frozen=True)
class Plan:
    proposals: tuple[Proposal, ...]
    problems: tuple[Problem, ...]
    left_out: int  # rows whose status says they were never sent (Wishlist...)
    date_order: DateOrder  # as used (AUTO: the file's dates read both ways, and it was not said)
    # A date like 3/4/2026 stops the import until the order is said (each front end says how).
    order_needed: bool = False


def status_words(table: Table, fields: tuple[Field, ...]) -> Counter[str]:
    """Each status word of the file (normalised) and on how many rows it stands."""
    counts: Counter[str] = Counter()
    if Field.STATUS in fields or Field.OUTCOME in fields:
        for row in table.rows:
            counts[normalise_status(row_status(row.cells, fields))] += 1
    return counts


def row_status(cells: tuple[str, ...], fields: tuple[Field, ...]) -> str:
    """A row's status as the file says it: its status cell, then its outcome cell when
    the file has one (jobdesk's own export writes "Final round" and "Rejected" apart)."""
    said = []
    for wanted in (Field.STATUS, Field.OUTCOME):
        filled = (c.strip() for c, f in zip(cells, fields, strict=False) if f is wanted)
        said.append(next((c for c in filled if c), ""))
    return " ".join(s for s in said if s)


def default_meanings(words: Counter[str]) -> dict[str, Meaning | None]:
    return {word: meaning_of(word) for word in words}


def date_cells(table: Table, fields: tuple[Field, ...]) -> list[str]:
    dated = (Field.APPLIED_ON, Field.STATUS_ON, Field.ADDED_ON)
    wanted = {i for i, f in enumerate(fields) if f in dated}
    return [r.cells[i] for r in table.rows for i in wanted if i < len(r.cells) and r.cells[i]]


def file_date_order(
    table: Table, fields: tuple[Field, ...], preset_day_first: bool | None
) -> DateOrder:
    """The order the file's a/b/yyyy dates are in, from all of them (or the preset's own)."""
    found = slash_order(date_cells(table, fields))
    if found is DateOrder.AUTO and preset_day_first is not None:
        return DateOrder.DAY_FIRST if preset_day_first else DateOrder.MONTH_FIRST
    return found


def plan(
    table: Table,
    fields: tuple[Field, ...],
    meanings: dict[str, Meaning | None],
    order: DateOrder,
    today: date,
    source: str,
) -> Plan:
    """The applications the rows propose under this mapping, and every problem by line."""
    problems: list[Problem] = list(table.problems)
    has = set(fields)
    if Field.ADDED_ON in has:  # the day a row was added stands in for a missing applied date
        has.add(Field.APPLIED_ON)
    names = {
        Field.COMPANY: "the company",
        Field.ROLE: "the role",
        Field.APPLIED_ON: "the applied date",
    }
    missing = [name for field, name in names.items() if field not in has]
    if missing:
        listed = (
            missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
        )
        problems.append(
            Problem(
                0,
                f"No column holds {listed}: choose it among the columns (or the file is not "
                "a list of applications).",
            )
        )
        return Plan((), tuple(problems), 0, order)
    cells = date_cells(table, fields)
    if mixed_orders(cells):
        problems.append(
            Problem(
                0,
                "Some dates are written day first (13/4) and others month first (4/13); "
                "make them one order in the file.",
            )
        )
    unknown = sorted(w for w, m in meanings.items() if m is None and w)
    for word in unknown:
        problems.append(
            Problem(
                0,
                f"The status “{word}” is not one jobdesk knows; it is read as applied, "
                "still open. Choose what it means in the status list if that is wrong.",
                blocking=False,
            )
        )
    ambiguous_seen = False
    proposals: list[Proposal] = []
    left_out = 0
    for row in table.rows:
        values: dict[Field, str] = {}
        extras: list[str] = []
        for column, field in enumerate(fields):
            cell = row.cells[column].strip() if column < len(row.cells) else ""
            if field is Field.TO_NOTES:
                if cell:
                    extras.append(f"{table.header[column]}: {cell}")
            elif field is not Field.IGNORE and cell and field not in values:
                values[field] = cell
        try:
            status = row_status(row.cells, fields)
            proposal = _proposal(row.line, values, extras, status, meanings, order, today, source)
        except DateProblem as exc:
            text = str(exc)
            if "choose which order" in text:
                if ambiguous_seen:
                    continue
                ambiguous_seen = True
                text = (
                    f"{text}. None of the file's dates written this way has a day past 12, "
                    "so the file does not tell: say whether they are day first or month "
                    "first."
                )
                problems.append(Problem(0, text))
                continue
            problems.append(Problem(row.line, text + "."))
            continue
        except UserError as exc:
            problems.append(Problem(row.line, exc.message))
            continue
        if proposal is None:
            left_out += 1
            continue
        proposals.append(proposal)
    if left_out:
        problems.append(
            Problem(
                0,
                f"{left_out} row{'s say' if left_out != 1 else ' says'} the application was "
                "never sent (a wishlist or draft); left out.",
                blocking=False,
            )
        )
    problems.sort(key=lambda p: p.line)
    return Plan(tuple(proposals), tuple(problems), left_out, order, ambiguous_seen)


def _proposal(
    line: int,
    values: dict[Field, str],
    extras: list[str],
    status: str,
    meanings: dict[str, Meaning | None],
    order: DateOrder,
    today: date,
    source: str,
) -> Proposal | None:
    flag = values.get(Field.APPLIED_FLAG)
    if flag is not None and applied_flag(flag) is False:
        return None
    meaning = meanings.get(normalise_status(status)) or APPLIED
    if not meaning.applied:
        return None
    if Field.COMPANY not in values:
        raise UserError("the company is empty. Fill it in, or delete the line.")
    if Field.ROLE not in values:
        raise UserError("the role is empty. Fill it in, or delete the line.")
    if Field.APPLIED_ON not in values:
        if Field.ADDED_ON not in values:
            raise UserError("the applied date is empty. Fill it in, or delete the line.")
        # Sent, but the day was not noted: the day it was added is the closest the file has.
        values[Field.APPLIED_ON] = values[Field.ADDED_ON]
        extras.append(
            f"Applied: not in the file; the date it was added ({values[Field.ADDED_ON]}) is used"
        )
    applied = parse_date(values[Field.APPLIED_ON], order, today)
    status_on: date | None = None
    if Field.STATUS_ON in values:
        status_on = parse_date(values[Field.STATUS_ON], order, today).on
        if status_on < applied.on:
            extras.append(f"Status date in the file: {values[Field.STATUS_ON]} (before applying)")
            status_on = None
        elif status_on > today:
            status_on = None
    notes = values.get(Field.NOTES, "")
    if applied.year_guessed:
        extras.append(f"Applied: “{values[Field.APPLIED_ON]}” in the file (the year is a guess)")
    raw_source = values.get(Field.SOURCE, "")
    channel = channel_of(raw_source)
    if raw_source and channel is None:
        extras.append(f"Source: {raw_source}")
    if extras:
        notes = "\n".join([notes, *extras]) if notes else "\n".join(extras)
    email = values.get(Field.CONTACT_EMAIL, "")
    contact_name = values.get(Field.CONTACT_NAME, "") or email.split("@")[0]
    contacts = (Contact(contact_name, ContactRole.RECRUITER, email),) if contact_name else ()
    next_step = values.get(Field.NEXT_STEP, "")
    next_step_on: date | None = None
    if Field.FOLLOW_UP_ON in values:
        try:
            next_step_on = parse_date(values[Field.FOLLOW_UP_ON], order, today).on
        except DateProblem:
            # Not worth refusing the file for: the text is kept where the user will see it.
            extras.append(f"Follow up: {values[Field.FOLLOW_UP_ON]}")
        if next_step_on is not None and not next_step:
            next_step = "Follow up"
    details = ApplicationDetails(
        company=values[Field.COMPANY],
        role_title=values[Field.ROLE],
        applied_on=applied.on,
        location=values.get(Field.LOCATION, ""),
        channel=channel or (Channel.OTHER if raw_source else Channel.DIRECT),
        resume_variant=values.get(Field.RESUME, ""),
        job_url=values.get(Field.URL, ""),
        salary_text=values.get(Field.SALARY, ""),
        role_type=values.get(Field.ROLE_TYPE, ""),
        notes=notes,
        next_step=next_step,
        next_step_on=next_step_on,
        contacts=contacts,
    )
    try:
        details = clean_details(details, today)
    except UserError as exc:
        raise UserError(exc.message[0].lower() + exc.message[1:]) from None
    events = history(meaning, applied.on, status_on, today, source, status)
    return Proposal(line, details, events, status)


def history(
    meaning: Meaning,
    applied_on: date,
    status_on: date | None,
    today: date,
    source: str,
    status: str = "",
) -> tuple[StageEvent, ...]:
    """The events that bring a new application to `meaning`: dated by the file's status
    date when it has one, else on the applied date with a note that the date is a guess.
    The note keeps the file's own status word, which the stage and outcome only stand for."""
    on = status_on or applied_on
    said = f" (status “{' '.join(status.split())}”)" if status.strip() else ""
    note = f"From {source}{said}" if status_on else f"From {source}{said}: {UNDATED}"
    events: list[StageEvent] = []
    if meaning.stage is not Stage.APPLIED:
        events.append(
            StageEvent(EventKind.STAGE, on, stage=meaning.stage, note=note, backfilled=True)
        )
    if meaning.outcome is not Outcome.ACTIVE:
        events.append(
            StageEvent(
                EventKind.OUTCOME,
                on,
                stage=meaning.stage,
                outcome=meaning.outcome,
                note=note,
                backfilled=True,
            )
        )
    del today  # every imported step was entered after the fact: backfilled
    return tuple(events)


def merged(
    existing: Application, proposal: Proposal
) -> tuple[ApplicationDetails, tuple[StageEvent, ...]]:
    """What `existing` becomes with what the file adds: empty fields filled, notes it lacks
    appended, and the steps past where it stands (never one that contradicts its log).
    Merging the same row twice adds nothing the second time."""
    old, new = existing.details, proposal.details
    filled = {
        name: getattr(new, name)
        for name in ("location", "job_url", "salary_text", "role_type", "resume_variant")
        if not getattr(old, name) and getattr(new, name)
    }
    notes = old.notes
    if new.notes and new.notes not in notes:
        notes = f"{notes}\n{new.notes}" if notes else new.notes
    if not old.next_step and new.next_step:
        filled.update(next_step=new.next_step, next_step_on=new.next_step_on)
    details = replace(old, **filled, notes=notes, contacts=old.contacts or new.contacts)
    events = list(existing.events)
    stage = furthest_stage(events)
    outcome = current_outcome(events)
    last = existing.last_activity
    wanted_stage = furthest_stage(proposal.events)
    wanted_outcome = current_outcome(proposal.events)
    if outcome is Outcome.ACTIVE:
        for event in proposal.events:
            further = (
                event.kind is EventKind.STAGE and event.stage is not None and event.stage > stage
            )
            closes = (
                event.kind is EventKind.OUTCOME
                and wanted_outcome is not Outcome.ACTIVE
                and wanted_stage >= stage
            )
            if further or closes:
                events.append(replace(event, on=max(event.on, last)))
    return details, tuple(events)
