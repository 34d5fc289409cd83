"""The detail pane: the selected application's facts, dated history, contacts and notes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from jobdesk.domain.application import Application, StageEvent
from jobdesk.domain.wording import counted, short_date
from jobdesk.ui.dialogs.palette_watch import on_palette_change
from jobdesk.ui.dialogs.theme import muted_text
from jobdesk.ui.pipeline.links import (
    ADD_MISSED_STEP,
    CORRECT_EVENT,
    DEBRIEF_INTERVIEW,
    EDIT_INTERVIEW,
    EXPORT_INTERVIEW,
    EXPORT_INTERVIEWS,
    REQUEST_FEEDBACK,
    SCHEDULE_INTERVIEW,
    SHOW_REJECTION,
    WRITE_DEBRIEF,
)

if TYPE_CHECKING:
    from jobdesk.domain.feedback import MessageSent  # its module loads the templates
    from jobdesk.domain.interviews import Interview
    from jobdesk.domain.silence import Silence


def detail_html(
    app: Application,
    today: date,
    interviews: Sequence[Interview] = (),
    owed: Sequence[Interview] = (),
    messages: Sequence[MessageSent] = (),
    hidden: Mapping[int, str] | None = None,
    silence: Silence | None = None,
) -> str:
    """The pane's contents; every user-typed value is escaped. `owed` are the interviews
    that are over with no debrief yet; `messages` the requests and follow-ups sent, shown in
    the history by their date; `hidden` says, by event id, which rejections have their
    reason and note kept out of sight, and until when; `silence` says whether it counts as
    no response."""
    hidden = hidden or {}
    d = app.details
    outcome = silence.outcome_label(app) if silence is not None else app.outcome.label
    facts = [
        ("Stage reached", app.furthest_stage.label),
        ("Outcome", outcome),
        ("Channel", d.channel.label),
        ("Resume", d.resume_variant or "—"),
        ("Company size", d.size_band.label),
        ("Industry", d.industry or "—"),
        ("Role type", d.role_type or "—"),
        ("Seniority", d.seniority or "—"),
        ("Location", d.location or "—"),
        ("Salary", d.salary_text or "—"),
    ]
    if d.next_step or d.next_step_on:
        when = f" on {short_date(d.next_step_on)}" if d.next_step_on else ""
        facts.append(("Next step", f"{d.next_step or 'Next step'}{when}"))
    parts = [
        f"<h2 style='margin-bottom:0'>{escape(d.company)}</h2>",
        f"<p style='margin-top:2px'>{escape(d.role_title)}</p>",
        "<table cellspacing='0' cellpadding='2'>",
        *(
            f"<tr><td class='muted' style='padding-right:12px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>"
            for k, v in facts
        ),
        "</table>",
    ]
    parts.append(f"<p><a href='{REQUEST_FEEDBACK}'>Request feedback…</a></p>")
    parts.extend(_interviews_html(interviews, owed))
    if d.job_url.startswith(("https://", "http://")):
        parts.append(f"<p><a href='{escape(d.job_url, quote=True)}'>Job posting</a></p>")
    parts.append("<h3>History</h3><table cellspacing='0' cellpadding='2'>")
    history = [(d.applied_on, _history_row(d.applied_on, "Applied", "", backfilled=False))]
    # Corrected entries stay in view where they happened, struck through: the log is whole.
    entries: list[tuple[StageEvent, str | None]] = [(e, None) for e in app.events]
    for correction in app.corrections:
        why = f": {correction.note}" if correction.note else ""
        entries.append(
            (correction.event, f"corrected on {short_date(correction.on)}{why}; not counted")
        )
    entries.sort(key=lambda entry: (entry[0].on, entry[0].id or 0))
    for event, corrected in entries:
        until = hidden.get(event.id) if event.id is not None and corrected is None else None
        if until is None:
            row = _history_row(
                event.on, event.summary, event.note, event.backfilled, corrected=corrected
            )
        else:
            link = f"{escape(until)} — <a href='{SHOW_REJECTION}{event.id}'>Show now</a>"
            row = _history_row(
                event.on, event.headline(with_reason=False), "", event.backfilled, link
            )
        history.append((event.on, row))
    for message in messages:
        history.append((message.on, _history_row(message.on, message.summary, "", False)))
    # A stable sort: on one day the stage log comes first, in its own order.
    parts.extend(row for _on, row in sorted(history, key=lambda item: item[0]))
    parts.append("</table>")
    parts.append(
        f"<p><a href='{ADD_MISSED_STEP}'>Add a missed step…</a>"
        + (f" · <a href='{CORRECT_EVENT}'>Correct the history…</a>" if app.events else "")
        + "</p>"
    )
    idle = app.days_since_activity(today)
    since = "The last activity was today." if idle == 0 else f"{counted(idle, 'day')} since "
    if idle:
        since += "the last activity."
    parts.append(f"<p class='muted'>{since}</p>")
    if d.contacts:
        parts.append("<h3>Contacts</h3><ul style='margin-left:0'>")
        for c in d.contacts:
            email = f" — <a href='mailto:{escape(c.email, quote=True)}'>{escape(c.email)}</a>"
            parts.append(
                f"<li>{escape(c.name)} ({escape(c.role.label.lower())})"
                f"{email if c.email else ''}</li>"
            )
        parts.append("</ul>")
    if d.notes:
        notes = escape(d.notes).replace("\n", "<br>")
        parts.append(f"<h3>Notes</h3><p>{notes}</p>")
    return "\n".join(parts)


def _interviews_html(interviews: Sequence[Interview], owed: Sequence[Interview]) -> list[str]:
    # Paragraphs rather than a table: the pane is narrow and a zone name is long.
    parts = ["<h3>Interviews</h3>"]
    owed_ids = {i.id for i in owed}
    for item in interviews:
        d = item.details
        links = [
            f"<a href='{EDIT_INTERVIEW}{item.id}'>Edit…</a>",
            f"<a href='{EXPORT_INTERVIEW}{item.id}'>Add to calendar…</a>",
        ]
        if item.id in owed_ids:
            links.insert(0, f"<b><a href='{DEBRIEF_INTERVIEW}{item.id}'>Write the debrief…</a></b>")
        lines = [
            f"<b>{escape(d.kind.label)}</b> ({d.duration_minutes} min)",
            escape(item.when_text()),
        ]
        if d.interviewers:
            lines.append(f"<span class='muted'>With {escape(', '.join(d.interviewers))}</span>")
        lines.append(" · ".join(links))
        parts.append(f"<p style='margin-top:2px; margin-bottom:6px'>{'<br>'.join(lines)}</p>")
    if not interviews:
        parts.append("<p class='muted'>No interviews scheduled.</p>")
    actions = [f"<a href='{SCHEDULE_INTERVIEW}'>Schedule an interview…</a>"]
    if interviews:
        actions.append(f"<a href='{EXPORT_INTERVIEWS}'>Export all to calendar…</a>")
    actions.append(f"<a href='{WRITE_DEBRIEF}'>Write a debrief…</a>")
    parts.append(f"<p>{' · '.join(actions)}</p>")
    return parts


def _history_row(
    on: date,
    summary: str,
    note: str,
    backfilled: bool,
    extra: str = "",
    *,
    corrected: str | None = None,
) -> str:
    """One dated row; `extra` is a line of markup made here (its text escaped); `corrected`
    says why a voided entry no longer counts (it is struck through)."""
    tag = " <i class='muted'>(backfilled)</i>" if backfilled else ""
    note_html = f"<br><span class='muted'>{escape(note)}</span>" if note else ""
    if extra:
        note_html += f"<br><span class='muted'>{extra}</span>"
    text = escape(summary)
    if corrected is not None:
        text = f"<s>{text}</s>"
        note_html += f"<br><i class='muted'>{escape(corrected)}</i>"
    return (
        f"<tr><td style='padding-right:12px; white-space:nowrap'>{short_date(on)}</td>"
        f"<td>{text}{tag}{note_html}</td></tr>"
    )


EMPTY_HTML = "<p class='muted'>Select an application to see its history, contacts and notes.</p>"


class DetailPane(QTextBrowser):
    action_requested = Signal(str)  # one of the jobdesk: links above

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        hidden_rejection: Callable[[StageEvent], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        # Whether a rejection's details are out of sight now: "hidden until …", or None.
        self._hidden_rejection = hidden_rejection
        self.revealed: set[int] = set()  # events shown anyway ("Show now"), this session
        self._shown: tuple[
            Application | None,
            date,
            Sequence[Interview],
            Sequence[Interview],
            Sequence[MessageSent],
            Silence | None,
        ] = (None, date.today(), (), (), (), None)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)
        self.setAccessibleName("Application details")
        self.setMinimumWidth(240)
        self._html = EMPTY_HTML
        on_palette_change(self, self._recolour)

    def _follow(self, url: QUrl) -> None:
        link = url.toString()
        if link.startswith(SHOW_REJECTION):
            self.revealed.add(int(link.removeprefix(SHOW_REJECTION)))
            self.show_application(*self._shown)
        elif url.scheme() == "jobdesk":
            self.action_requested.emit(url.toString())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def show_application(
        self,
        app: Application | None,
        today: date,
        interviews: Sequence[Interview] = (),
        owed: Sequence[Interview] = (),
        messages: Sequence[MessageSent] = (),
        silence: Silence | None = None,
    ) -> None:
        self._shown = (app, today, interviews, owed, messages, silence)
        if app is None:
            self._html = EMPTY_HTML
            self.setHtml(self._html)
            return
        hidden = {}
        if self._hidden_rejection is not None:
            for event in app.events:
                if event.id is None or event.id in self.revealed:
                    continue
                text = self._hidden_rejection(event)
                if text is not None:
                    hidden[event.id] = text
        self._html = detail_html(app, today, interviews, owed, messages, hidden, silence)
        self.setHtml(self._html)

    def _recolour(self) -> None:
        # Rich text cannot name the placeholder-text role; the colour is given by value.
        sheet = f".muted {{ color: {muted_text(self.palette()).name()}; }}"
        if sheet != self.document().defaultStyleSheet():
            self.document().setDefaultStyleSheet(sheet)
            self.setHtml(self._html)
