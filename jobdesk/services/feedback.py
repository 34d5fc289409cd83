"""The feedback loop's use cases: templates, rendering, messages sent, feedback, patterns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from peewee import SqliteDatabase

from jobdesk.domain import feedback as rules
from jobdesk.domain.application import Application, Contact
from jobdesk.domain.breaks import Break
from jobdesk.domain.errors import UserError
from jobdesk.domain.feedback import (
    FollowUp,
    Listed,
    MessageSent,
    PatternReport,
    ReceivedFeedback,
    Via,
)
from jobdesk.domain.settings import FOLLOW_UP_DAYS, MY_NAME, NO_RESPONSE_DAYS, PATTERN_MIN
from jobdesk.domain.silence import Silence
from jobdesk.domain.templates import (
    DEFAULT_TEMPLATES,
    DEFAULTS_BY_KEY,
    CheckIn,
    Opening,
    Purpose,
    Rendered,
    check_template,
    example_values,
    opening_template,
    preferred_contact,
    render,
    values_for,
)
from jobdesk.domain.topics import Topic, canonical_name
from jobdesk.services.changes import FEEDBACK, SETTINGS, TEMPLATES, Change
from jobdesk.services.pipeline import Pipeline
from jobdesk.services.settings import Settings
from jobdesk.services.storage import saving
from jobdesk.store import feedback as store


@dataclass(frozen=True)
class MessageTemplate:
    """A template as the editor shows it: a built-in one (maybe edited) or the user's own."""

    key: str  # the built-in key, or "user:<id>"
    name: str
    purpose: Purpose
    subject: str
    body: str
    builtin: bool
    edited: bool  # a built-in whose text differs from its default

    @property
    def can_reset(self) -> bool:
        return self.builtin and self.edited


@dataclass(frozen=True)
class Composed:
    """A message rendered for one application, ready for the composer."""

    template: MessageTemplate
    rendered: Rendered
    to: tuple[Contact, ...]  # the application's contacts that have an address, best first


_USER_PREFIX = "user:"
_TEMPLATE_KINDS = frozenset({TEMPLATES})
SAMPLE_NAME = "Sam Taylor"  # who writes the sample search's messages


class Feedback:
    def __init__(
        self,
        db: SqliteDatabase,
        pipeline: Pipeline,
        settings: Settings,
        today: Callable[[], date] = date.today,
        breaks: Callable[[], tuple[Break, ...]] = tuple,
    ) -> None:
        self._db = db
        self._pipeline = pipeline
        self._settings = settings
        self._today = today
        self._breaks = breaks  # a follow-up's wait leaves out the days of recovery breaks

    # --- templates ------------------------------------------------------------------------

    def templates(self) -> list[MessageTemplate]:
        """The built-in templates first, in their order, then the user's own by name."""
        stored = store.templates()
        by_key = {t.builtin_key: t for t in stored if t.builtin_key}
        result = []
        for default in DEFAULT_TEMPLATES:
            row = by_key.get(default.key)
            if row is None:
                result.append(
                    MessageTemplate(
                        default.key,
                        default.name,
                        default.purpose,
                        default.subject,
                        default.body,
                        builtin=True,
                        edited=False,
                    )
                )
            else:
                edited = (row.name, row.subject, row.body) != (
                    default.name,
                    default.subject,
                    default.body,
                )
                result.append(
                    MessageTemplate(
                        default.key,
                        row.name,
                        default.purpose,
                        row.subject,
                        row.body,
                        builtin=True,
                        edited=edited,
                    )
                )
        own = [
            MessageTemplate(
                f"{_USER_PREFIX}{t.id}", t.name, t.purpose, t.subject, t.body, False, False
            )
            for t in stored
            if not t.builtin_key
        ]
        return result + sorted(own, key=lambda t: t.name.casefold())

    def template(self, key: str) -> MessageTemplate:
        for template in self.templates():
            if template.key == key:
                return template
        raise UserError("That template no longer exists; it may have been deleted.")

    def template_for(self, purpose: Purpose) -> MessageTemplate:
        """The built-in template for `purpose` (feedback when there is none for it)."""
        for template in self.templates():
            if template.builtin and template.purpose is purpose:
                return template
        return self.templates()[0]

    def default_template(self, app: Application) -> MessageTemplate:
        """The template a message about `app` starts from, chosen by what happened (a
        check-in for one with no reply yet, once the follow-up wait has passed)."""
        return self.template(self._opening(app).key)

    def too_early_to_write(self, app: Application) -> CheckIn | None:
        """When a message about `app` has a reason, if that is after today: an application
        with no reply yet, quiet for less than the follow-up wait (counted as Today counts
        it, `templates.check_in`)."""
        return self._opening(app).too_early

    def _opening(self, app: Application) -> Opening:
        sent = rules.last_follow_ups(store.messages_sent(app.id))
        return opening_template(
            app.furthest_stage,
            app.outcome,
            app.details.applied_on,
            self._today(),
            self._settings.get(NO_RESPONSE_DAYS),
            self._settings.get(FOLLOW_UP_DAYS),
            self._breaks(),
            last_activity=app.last_activity,
            last_follow_up=sent.get(app.id),
        )

    def add_template(
        self, name: str, subject: str, body: str, purpose: Purpose = Purpose.FEEDBACK
    ) -> Change:
        name, subject, body = check_template(name, subject, body)
        self._refuse_duplicate_name(name, None)
        return self._template_step(
            f"Add the template “{name}”",
            lambda: store.insert_template(name, purpose, subject, body),
        )

    def save_template(
        self, key: str, name: str, subject: str, body: str, purpose: Purpose | None = None
    ) -> Change:
        """Save edited text; unknown placeholders are refused with their names."""
        current = self.template(key)
        name, subject, body = check_template(name, subject, body)
        self._refuse_duplicate_name(name, key)

        def save() -> None:
            if current.builtin:
                # A built-in template keeps its purpose; its text is the user's to change.
                row = store.template_for_builtin(key)
                if row is None:
                    store.insert_template(name, current.purpose, subject, body, builtin_key=key)
                else:
                    store.update_template(row.id, name, current.purpose, subject, body)
            else:
                store.update_template(
                    _user_id(key), name, purpose or current.purpose, subject, body
                )

        return self._template_step(f"Save the template “{name}”", save)

    def reset_template(self, key: str) -> Change:
        """Put a built-in template back to the text jobdesk ships with."""
        if key not in DEFAULTS_BY_KEY:
            raise UserError("Only a built-in template can be reset; this one is your own.")

        def reset() -> None:
            row = store.template_for_builtin(key)
            if row is not None:
                store.delete_template(row.id)

        return self._template_step(f"Reset “{DEFAULTS_BY_KEY[key].name}” to its default", reset)

    def delete_template(self, key: str) -> Change:
        template = self.template(key)
        if template.builtin:
            raise UserError(
                f"“{template.name}” is built in and cannot be deleted; you can reset it instead."
            )
        return self._template_step(
            f"Delete the template “{template.name}”", lambda: store.delete_template(_user_id(key))
        )

    def _template_step(self, description: str, change: Callable[[], object]) -> Change:
        """`change` to the templates, saved in one transaction as one step of the undo
        history: the few stored rows are kept whole from before and after."""
        with saving(self._db):
            before = store.templates()
            change()
            after = store.templates()
        self._pipeline.record(
            description,
            _TEMPLATE_KINDS,
            lambda: store.put_templates(before),
            lambda: store.put_templates(after),
        )
        return Change(_TEMPLATE_KINDS, description)

    def key_of(self, name: str) -> str | None:
        """The key of the template called `name` (names are unique, in any letter case)."""
        for template in self.templates():
            if template.name.casefold() == " ".join(name.split()).casefold():
                return template.key
        return None

    def _refuse_duplicate_name(self, name: str, key: str | None) -> None:
        for template in self.templates():
            if template.key != key and template.name.casefold() == name.casefold():
                raise UserError(f"There is already a template called “{template.name}”.")

    # --- rendering ------------------------------------------------------------------------

    def my_name(self) -> str:
        return self._settings.get(MY_NAME)

    def preview(self, subject: str, body: str, app_id: int | None) -> Rendered:
        """`subject` and `body` rendered for an application, or with example values."""
        if app_id is None:
            return render(subject, body, example_values(self.my_name()))
        app = self._pipeline.application(app_id)
        return render(subject, body, values_for(app, my_name=self.my_name(), today=self._today()))

    def compose(self, app_id: int, template_key: str, contact: Contact | None = None) -> Composed:
        app = self._pipeline.application(app_id)
        template = self.template(template_key)
        values = values_for(app, my_name=self.my_name(), today=self._today(), contact=contact)
        return Composed(template, render(template.subject, template.body, values), recipients(app))

    # --- messages sent --------------------------------------------------------------------

    def record_sent(
        self, app_id: int, purpose: Purpose, via: Via, on: date | None = None
    ) -> Change:
        """Note that a message about `app_id` went out (once per day, purpose and way), as a
        step of the pipeline's undo history: it shows in the application's history and Undo
        takes it back."""
        app = self._pipeline.application(app_id)
        on = on or self._today()
        rules.check_sent_date(app, on, self._today())
        message = MessageSent(app_id, purpose, on, via)
        what = {
            Purpose.FEEDBACK: "Feedback requested from",
            Purpose.FOLLOW_UP: "Followed up with",
            Purpose.THANK_YOU: "Thanked",
            Purpose.OTHER: "Wrote to",
        }[purpose]
        description = f"{what} {app.details.company} ({via.label})"
        existing = store.messages_sent(app_id)
        if any(replace(m, id=None) == message for m in existing):
            return Change(frozenset({FEEDBACK}), description, (app_id,))

        def change(_app: Application) -> None:
            store.insert_message_sent(message)

        return self._pipeline.step([app_id], description, change, frozenset({FEEDBACK}))

    def messages_sent(
        self, app_id: int | None = None, *, since: date | None = None
    ) -> list[MessageSent]:
        return store.messages_sent(app_id, since=since)

    def delete_message_sent(self, message_id: int) -> Change:
        app_id = store.application_of_message(message_id)
        if app_id is None:
            return Change(frozenset({FEEDBACK}), "Remove a message from the record")
        return self._pipeline.step(
            [app_id],
            "Remove a message from the record",
            lambda _app: store.delete_message_sent(message_id),
            frozenset({FEEDBACK}),
        )

    # --- feedback received ----------------------------------------------------------------

    def themes(self) -> list[str]:
        return store.theme_names()

    def topics(self) -> list[Topic]:
        """The themes with their groups (outside your control, to work on, not told)."""
        return store.topics()

    def add_theme(self, name: str) -> Change:
        name = canonical_name(rules.clean_theme(name))
        for known in self.themes():
            if known.casefold() == name.casefold():
                raise UserError(f"The theme “{known}” already exists.")
        with saving(self._db):
            store.insert_theme(name)
        description = f"Add the theme “{name}”"
        self._pipeline.record(
            description,
            frozenset({FEEDBACK}),
            lambda: store.delete_theme(name),
            lambda: store.insert_theme(name),
        )
        return Change(frozenset({FEEDBACK}), description)

    def feedback(self, app_id: int) -> ReceivedFeedback | None:
        return store.feedback(app_id)

    def all_feedback(self) -> dict[int, ReceivedFeedback]:
        return store.all_feedback()

    def record_feedback(self, received: ReceivedFeedback) -> Change:
        """Save (or replace) what an application's feedback said and its themes."""
        app = self._pipeline.application(received.application_id)
        cleaned = rules.clean_feedback(received, app, self._today(), self.themes())
        return self._pipeline.step(
            [app.id],
            f"Record feedback from {app.details.company}",
            lambda _app: store.save_feedback(cleaned),
            frozenset({FEEDBACK}),
        )

    def remove_feedback(self, app_id: int) -> Change:
        app = self._pipeline.application(app_id)
        return self._pipeline.step(
            [app_id],
            f"Remove the feedback from {app.details.company}",
            lambda _app: store.delete_feedback(app_id),
            frozenset({FEEDBACK}),
        )

    # --- what it adds up to ---------------------------------------------------------------

    def pattern_threshold(self) -> int:
        return self._settings.get(PATTERN_MIN)

    def patterns(
        self,
        apps: Sequence[Listed] | None = None,
        received: dict[int, ReceivedFeedback] | None = None,
    ) -> PatternReport:
        apps = self._pipeline.summaries() if apps is None else apps
        received = self.all_feedback() if received is None else received
        return rules.patterns(apps, received, self.pattern_threshold())

    def follow_ups(self, apps: Sequence[Listed] | None = None) -> list[FollowUp]:
        apps = self._pipeline.summaries() if apps is None else apps
        today = self._today()
        breaks = self._breaks()
        silence = Silence(today, self._settings.get(NO_RESPONSE_DAYS), tuple(breaks))
        # Silent applications are never due (they are listed as silent): in a long search
        # they are most of the open ones, so they are set apart in one quick pass first.
        moving = silence.split_open(apps)[1]
        return rules.follow_ups_after(
            moving, store.last_follow_ups(), today, self._settings.get(FOLLOW_UP_DAYS), breaks
        )

    def kept_follow_ups(self, moving: Sequence[Listed]) -> rules.KeptFollowUps:
        """`follow_ups` of `moving` (open, not silent: `Silence.split_open`), to be kept
        current by the caller; a change to the messages sent, the settings or the breaks
        needs a new one."""
        return rules.KeptFollowUps(
            moving,
            store.last_follow_ups(),
            self._today(),
            self._settings.get(FOLLOW_UP_DAYS),
            self._breaks(),
        )

    def load_sample(self) -> Change:
        """Requests and answers for the sample search's rejections, and a name to sign with."""
        apps = self._pipeline.applications()
        if not self.my_name():
            self._settings.set(MY_NAME, SAMPLE_NAME)
        with saving(self._db):
            for request, answer in rules.sample_feedback(apps, self._today()):
                store.insert_message_sent(request)
                if answer is not None:
                    store.save_feedback(answer)
        return Change(frozenset({FEEDBACK, SETTINGS}), "Load the sample feedback")


def recipients(app: Application) -> tuple[Contact, ...]:
    """The application's contacts with an address, the one a message should go to first."""
    with_address = [c for c in app.details.contacts if c.email]
    first = preferred_contact(
        replace(app, details=replace(app.details, contacts=tuple(with_address)))
    )
    if first is None:
        return ()
    return (first, *(c for c in with_address if c != first))


def _user_id(key: str) -> int:
    if not key.startswith(_USER_PREFIX):
        raise UserError("That template no longer exists; it may have been deleted.")
    return int(key[len(_USER_PREFIX) :])


class FeedbackRows:
    """The pipeline dependent for feedback and messages sent (registered in build_services),
    so deleting an application and undoing it brings its feedback back too."""

    kinds = frozenset({FEEDBACK})

    def snapshot(self, app_id: int) -> store.Snapshot:
        return store.snapshot(app_id)

    def restore(self, app_id: int, snapshot: store.Snapshot) -> None:
        store.restore(app_id, snapshot)
