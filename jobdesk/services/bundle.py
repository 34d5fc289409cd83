"""All services of a running jobdesk, built in one place and handed to the UI.

The pipeline, the settings, the backups and the kept files exist from the start; every
other service is built, and its module imported, the first time it is used: the window
shows before mail drafting, the insights or the agenda have been loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from peewee import SqliteDatabase

from jobdesk.paths import Paths
from jobdesk.services.attachments import Attachments, OfferRows
from jobdesk.services.backups import Backups
from jobdesk.services.breaks import Breaks
from jobdesk.services.changes import FEEDBACK, INTERVIEWS
from jobdesk.services.pipeline import Pipeline
from jobdesk.services.settings import Settings

if TYPE_CHECKING:
    from jobdesk.services.agenda import DailyAgenda
    from jobdesk.services.feedback import Feedback
    from jobdesk.services.importer import Importer
    from jobdesk.services.insights import Insights
    from jobdesk.services.interviews import Interviews
    from jobdesk.services.mail_drafts import MailDrafts
    from jobdesk.services.offers import Offers
    from jobdesk.services.patterns import Patterns
    from jobdesk.services.secrets import Secrets


def utc_now() -> datetime:
    return datetime.now(UTC)


class Services:
    def __init__(
        self,
        db: SqliteDatabase,
        paths: Paths,
        today: Callable[[], date],
        now: Callable[[], datetime],
        secrets: Secrets | None,
        mail_cafile: str | None,
    ) -> None:
        self.paths = paths
        self._db = db
        self._today = today
        self._now = now
        self._secrets = secrets
        self._mail_cafile = mail_cafile
        self.pipeline = Pipeline(db, today=today)
        self.settings = Settings(db, history=self.pipeline)
        # Feedback, attachments, offers and interviews hang off applications: undo brings
        # them back with them.
        self.pipeline.add_dependent(_FirstUse(frozenset({FEEDBACK}), _feedback_rows))
        self.pipeline.add_dependent(OfferRows())
        self.pipeline.add_dependent(_FirstUse(frozenset({INTERVIEWS}), _interview_rows))
        self.attachments = Attachments(self.pipeline, paths.attachments)
        self.backups = Backups(db, paths, after_restore=self._after_restore)
        self.breaks = Breaks(db, self.pipeline, self.settings, today=today)

    def today(self) -> date:
        return self.pipeline.today()

    def now(self) -> datetime:
        """The moment on the services' clock (aware)."""
        return self._now()

    def _after_restore(self) -> None:
        self.pipeline.forget_history()  # the undo steps refer to rows the restore replaced
        self.attachments.recover_from_trash()

    @cached_property
    def insights(self) -> Insights:
        from jobdesk.services.insights import Insights

        insights = Insights(self.settings, today=self._today, breaks=self.breaks.breaks)
        self.pipeline.watch(insights.forget)
        return insights

    @cached_property
    def feedback(self) -> Feedback:
        from jobdesk.services.feedback import Feedback

        return Feedback(
            self._db, self.pipeline, self.settings, today=self._today, breaks=self.breaks.breaks
        )

    @cached_property
    def offers(self) -> Offers:
        from jobdesk.services.offers import Offers

        return Offers(self.pipeline, self.attachments, today=self._today)

    @cached_property
    def interviews(self) -> Interviews:
        from jobdesk.services.interviews import Interviews

        return Interviews(self.pipeline, now=self._now)

    @cached_property
    def mail(self) -> MailDrafts:
        from jobdesk.services.mail_drafts import MailDrafts
        from jobdesk.services.secrets import Secrets

        return MailDrafts(self.settings, self._secrets or Secrets(), cafile=self._mail_cafile)

    @cached_property
    def agenda(self) -> DailyAgenda:
        from jobdesk.services.agenda import DailyAgenda

        return DailyAgenda(
            self.settings,
            self.feedback,
            self.offers,
            self.insights,
            today=self._today,
            interviews=self.interviews,
            now=self._now,
            breaks=self.breaks,
        )

    @cached_property
    def importer(self) -> Importer:
        from jobdesk.services.importer import Importer

        return Importer(self.pipeline, today=self._today)

    @cached_property
    def patterns(self) -> Patterns:
        from jobdesk.services.patterns import Patterns

        return Patterns(self.insights, self.settings, today=self._today, history=self.pipeline)


class _FirstUse:
    """A pipeline dependent whose module is imported at the first change it has to follow."""

    def __init__(self, kinds: frozenset[str], make: Callable[[], Any]) -> None:
        self.kinds = kinds
        self._make = make
        self._made: Any = None

    def _dependent(self) -> Any:
        if self._made is None:
            self._made = self._make()
        return self._made

    def snapshot(self, app_id: int) -> Any:
        return self._dependent().snapshot(app_id)

    def restore(self, app_id: int, snapshot: Any) -> None:
        self._dependent().restore(app_id, snapshot)


def _feedback_rows() -> Any:
    from jobdesk.services.feedback import FeedbackRows

    return FeedbackRows()


def _interview_rows() -> Any:
    from jobdesk.services.interviews import InterviewRows

    return InterviewRows()


def build_services(
    db: SqliteDatabase,
    paths: Paths,
    today: Callable[[], date] = date.today,
    *,
    now: Callable[[], datetime] = utc_now,
    secrets: Secrets | None = None,
    mail_cafile: str | None = None,
) -> Services:
    services = Services(db, paths, today, now, secrets, mail_cafile)
    # Never on a new, empty or just-restored database, and never a file a backup needs.
    if services.backups.clear_to_sweep():
        services.attachments.sweep(services.backups.kept_hashes())
    return services
