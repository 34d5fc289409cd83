"""Importing a spreadsheet or another tracker's export: a preview first, then all or nothing.

The preview reads the file, guesses the preset, maps the columns and the status words,
and lists every problem by line and every duplicate (same company, role and applied
date, in the file or already in jobdesk). The import itself is one transaction and one
undoable step; a file imported twice adds nothing the second time.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from pathlib import Path

from jobdesk.domain.application import Application, ApplicationDetails, StageEvent
from jobdesk.domain.errors import UserError
from jobdesk.domain.import_dates import DateOrder
from jobdesk.domain.import_file import (
    MAX_FILE_BYTES,
    Encoding,
    FileRefused,
    Problem,
    Table,
    looks_like_table,
    read_table,
)
from jobdesk.domain.import_plan import (
    Plan,
    Proposal,
    default_meanings,
    duplicate_key,
    file_date_order,
    merged,
    plan,
    status_words,
)
from jobdesk.domain.import_presets import (
    Field,
    Meaning,
    Preset,
    guess_preset,
    map_columns,
    preset_named,
)
from jobdesk.services.changes import Change
from jobdesk.services.pipeline import Pipeline
from jobdesk.store.imports import application_keys
from jobdesk.store.tables import database

TABLE_SUFFIXES = (".csv", ".tsv", ".tab")


class Duplicates(Enum):
    """What to do with a row that is already in jobdesk (or earlier in the file)."""

    SKIP = "skip"
    MERGE = "merge"

    @property
    def label(self) -> str:
        return {
            Duplicates.SKIP: "Skip them (keep what jobdesk has)",
            Duplicates.MERGE: "Merge: add what the file knows that jobdesk does not",
        }[self]


class Cancelled(UserError):
    """The user stopped the import; the transaction rolled back, nothing was imported."""


@dataclass(frozen=True)
class Choices:
    """How to read the file; each left at its default is decided from the file."""

    encoding: Encoding = Encoding.AUTO
    preset: str | None = None
    date_order: DateOrder = DateOrder.AUTO
    fields: tuple[Field, ...] | None = None
    meanings: dict[str, Meaning] = field(default_factory=dict)  # status word → meaning
    # Leave out the rows with a problem of their own and import the rest; a problem of
    # the whole file still stops it.
    skip_bad_lines: bool = False


@dataclass(frozen=True)
class Duplicate:
    line: int
    existing_id: int | None = None  # already in jobdesk
    earlier_line: int | None = None  # earlier in the file

    def __str__(self) -> str:
        if self.existing_id is not None:
            return f"Line {self.line}: already in jobdesk (same company, role and applied date)."
        return f"Line {self.line}: the same application as line {self.earlier_line}."


@dataclass(frozen=True)
class Preview:
    name: str
    table: Table
    preset: Preset
    fields: tuple[Field, ...]
    words: Counter[str]  # status words and how many rows each
    meanings: dict[str, Meaning | None]  # as used: None for a word jobdesk does not know
    plan: Plan
    duplicates: tuple[Duplicate, ...]
    choices: Choices

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.plan.problems

    @property
    def bad_lines(self) -> tuple[int, ...]:
        """The lines whose own problems leaving them out would settle."""
        return tuple(sorted({p.line for p in self.plan.problems if p.of_one_line}))

    @property
    def left_out_lines(self) -> tuple[int, ...]:
        return self.bad_lines if self.choices.skip_bad_lines else ()

    @property
    def left_out_problems(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.plan.problems if p.of_one_line) if self.left_out_lines else ()

    @property
    def blocking(self) -> tuple[Problem, ...]:
        skipping = self.choices.skip_bad_lines
        return tuple(
            p for p in self.plan.problems if p.blocking and not (skipping and p.of_one_line)
        )

    @property
    def could_skip(self) -> bool:
        """Whether leaving out the lines with problems would let the rest be imported."""
        return bool(self.bad_lines) and all(p.of_one_line for p in self.plan.problems if p.blocking)

    @property
    def can_import(self) -> bool:
        return not self.blocking and bool(self.plan.proposals)

    @property
    def new_count(self) -> int:
        return len(self.plan.proposals) - len(self.duplicates)

    def _why_not_skip(self) -> str:
        """Why leaving out the lines with problems would not help, when some have them."""
        spoiling = [p for p in self.plan.problems if p.blocking and not p.of_one_line]
        if not self.bad_lines or not spoiling:
            return ""
        where = lines_text(tuple(sorted({p.line for p in spoiling if p.line})))
        what = f"the problem on {where}" if all(p.line for p in spoiling) else "a problem"
        return (
            f" Leaving out the lines with problems would not be enough: {what} spoils the "
            "whole file."
        )

    def summary(self) -> str:
        rows = self.table.row_count
        if self.blocking:
            count = len(self.blocking)
            text = (
                f"{count} problem{'s' if count != 1 else ''} to fix before anything can be "
                f"imported (of {rows} rows). Nothing is imported until every line reads"
            )
            if self.could_skip:
                return text + ", or until you choose to leave out the lines with problems."
            return text + "." + self._why_not_skip()
        parts = [f"{self.new_count} new application{'s' if self.new_count != 1 else ''}"]
        stored = sum(d.existing_id is not None for d in self.duplicates)
        twice = len(self.duplicates) - stored
        if stored:
            parts.append(f"{stored} already in jobdesk")
        if twice:
            parts.append(f"{twice} repeating an earlier line")
        if self.plan.left_out:
            parts.append(f"{self.plan.left_out} never sent, left out")
        if self.left_out_lines:
            parts.append(f"{lines_text(self.left_out_lines)} left out for their problems")
        return f"{rows} rows: " + ", ".join(parts) + "."


def lines_text(lines: tuple[int, ...], most: int = 10) -> str:
    """`line 7`, `lines 7 and 16`, `lines 3, 4 and 8`; past `most`, how many more."""
    words = [str(n) for n in lines[:most]]
    if len(lines) > most:
        words.append(f"{len(lines) - most} more")
    if len(words) == 1:
        return f"line {words[0]}"
    return "lines " + ", ".join(words[:-1]) + " and " + words[-1]


@dataclass(frozen=True)
class ImportResult:
    change: Change | None  # None when there was nothing new to import
    added: int
    merged: int
    skipped: int
    left_out: tuple[Problem, ...] = ()  # the problems of the lines left out, by line

    def text(self) -> str:
        if self.change is None:
            return (
                f"Nothing new to import: all {self.skipped} rows are already in jobdesk. "
                f"{self._left_out_text()}Nothing was changed."
            )
        parts = [f"Imported {self.added} application{'s' if self.added != 1 else ''}"]
        if self.merged:
            parts.append(f"added to {self.merged} already there")
        if self.skipped:
            parts.append(f"skipped {self.skipped} already there")
        return ", ".join(parts) + f". {self._left_out_text()}Undo takes the whole import back."

    def _left_out_text(self, most: int = 10) -> str:
        if not self.left_out:
            return ""
        lines = tuple(sorted({p.line for p in self.left_out}))
        said = [str(p) for p in self.left_out[:most]]
        if len(self.left_out) > most:
            said.append(f"… and {len(self.left_out) - most} more.")
        return (
            f"Left out {lines_text(lines)}, which {'have' if len(lines) != 1 else 'has'} "
            "problems:\n" + "\n".join(said) + "\nFix "
            f"{'those lines' if len(lines) != 1 else 'that line'} and import the file again "
            "to add them; what is already in is not doubled.\n"
        )


class Importer:
    def __init__(self, pipeline: Pipeline, today: Callable[[], date] = date.today) -> None:
        self._pipeline = pipeline
        self._today = today

    def read_file(self, path: Path) -> bytes:
        """The file's bytes, refused before reading when it is too large."""
        try:
            if not path.is_file():
                raise FileRefused(f"{path.name} is not a file jobdesk can read.")
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise FileRefused(
                    f"{path.name} is {size / 1024 / 1024:.1f} MB; jobdesk imports files of up "
                    f"to {MAX_FILE_BYTES // 1024 // 1024} MB. Split it and import each part."
                )
            return path.read_bytes()
        except OSError as exc:
            raise FileRefused(f"{path.name} could not be read ({exc.strerror or exc}).") from exc

    def is_table_file(self, path: Path) -> bool:
        """Whether a dropped file is for the import: a .csv or .tsv, or a .txt whose first
        lines read as a table (a .txt may as well be an offer letter)."""
        suffix = path.suffix.lower()
        if suffix in TABLE_SUFFIXES:
            return True
        if suffix != ".txt":
            return False
        try:
            with path.open("rb") as file:
                head = file.read(20_000)
        except OSError:
            return False
        return looks_like_table(head)

    def preview(self, data: bytes, name: str, choices: Choices | None = None) -> Preview:
        """What importing `data` would do; FileRefused when it is no table at all."""
        choices = choices or Choices()
        table = read_table(data, choices.encoding)
        try:
            preset = preset_named(choices.preset) if choices.preset else guess_preset(table.header)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        fields = choices.fields
        if fields is None or len(fields) != len(table.header):
            fields = map_columns(table.header, preset)
        words = status_words(table, fields)
        meanings = default_meanings(words)
        meanings.update({w: m for w, m in choices.meanings.items() if w in meanings})
        order = choices.date_order
        if order is DateOrder.AUTO:
            order = file_date_order(table, fields, preset.day_first)
        today = self._today()
        the_plan = plan(table, fields, meanings, order, today, name)
        if choices.skip_bad_lines:
            bad = {p.line for p in the_plan.problems if p.of_one_line}
            # A row can propose an application and still have a problem of its own (too
            # many cells): left out as well, so what is imported is only what read.
            kept = tuple(p for p in the_plan.proposals if p.line not in bad)
            the_plan = replace(the_plan, proposals=kept)
        duplicates = self._duplicates(the_plan.proposals)
        return Preview(name, table, preset, fields, words, meanings, the_plan, duplicates, choices)

    def _duplicates(self, proposals: tuple[Proposal, ...]) -> tuple[Duplicate, ...]:
        stored = {duplicate_key(c, r, on): i for i, c, r, on in application_keys()}
        seen: dict[tuple[str, str, date], int] = {}
        found: list[Duplicate] = []
        for proposal in proposals:
            key = proposal.key
            if key in stored:
                found.append(Duplicate(proposal.line, existing_id=stored[key]))
            elif key in seen:
                found.append(Duplicate(proposal.line, earlier_line=seen[key]))
            else:
                seen[key] = proposal.line
        return tuple(found)

    def run(
        self,
        preview: Preview,
        duplicates: Duplicates = Duplicates.SKIP,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportResult:
        """Import what `preview` proposes, all or nothing, as one undoable step.

        `progress(done, total)` is told as rows are written (from the thread this runs on);
        setting `cancel` stops it and rolls everything back (Cancelled)."""
        if preview.blocking:
            raise UserError(
                f"{preview.name} has {len(preview.blocking)} problem(s) to fix first; "
                f"nothing was imported. The first: {preview.blocking[0]}"
            )
        # Read again now: the preview may be older than another change.
        preview = replace(preview, duplicates=self._duplicates(preview.plan.proposals))
        by_line = {d.line: d for d in preview.duplicates}
        new: dict[int, Proposal] = {}  # by line
        merges: dict[int, tuple[ApplicationDetails, tuple[StageEvent, ...]]] = {}
        skipped = 0
        line_of_key: dict[tuple[str, str, date], int] = {}
        for proposal in preview.plan.proposals:
            duplicate = by_line.get(proposal.line)
            if duplicate is None:
                new[proposal.line] = proposal
                line_of_key[proposal.key] = proposal.line
                continue
            if duplicates is Duplicates.SKIP:
                skipped += 1
                continue
            if duplicate.existing_id is not None:
                app_id = duplicate.existing_id
                current = merges.get(app_id)
                app = self._pipeline.application(app_id)
                if current is not None:
                    app = Application(app_id, current[0], current[1])
                result = merged(app, proposal)
                if result == (app.details, app.events):
                    skipped += 1  # it adds nothing
                else:
                    merges[app_id] = result
            else:
                first_line = line_of_key[proposal.key]
                first = new[first_line]
                details, events = merged(Application(0, first.details, first.events), proposal)
                new[first_line] = replace(first, details=details, events=events)
                skipped += 1
        left_out = preview.left_out_problems
        if not new and not merges:
            return ImportResult(None, 0, 0, skipped, left_out)
        total = len(new) + len(merges)

        def step(done: int) -> None:
            if cancel is not None and cancel.is_set():
                raise Cancelled("The import was stopped. Nothing was imported.")
            if progress is not None:
                progress(done, total)

        count = len(new)
        description = f"Import {count} application{'s' if count != 1 else ''} from {preview.name}"
        if merges:
            description += f" (and add to {len(merges)})"
        change = self._pipeline.add_many(
            [(p.details, p.events) for p in new.values()],
            [(i, d, e) for i, (d, e) in merges.items()],
            description,
            step,
        )
        return ImportResult(change, len(new), len(merges), skipped, left_out)

    def preview_on_worker(self, data: bytes, name: str, choices: Choices) -> Preview:
        """`preview` for a worker thread: on that thread's own connection, closed after."""
        try:
            return self.preview(data, name, choices)
        finally:
            database.close()

    def run_on_worker(
        self,
        preview: Preview,
        duplicates: Duplicates,
        progress: Callable[[int, int], None],
        cancel: threading.Event,
    ) -> ImportResult:
        """`run` for a worker thread: on that thread's own connection, closed after."""
        try:
            return self.run(preview, duplicates, progress, cancel)
        finally:
            database.close()
