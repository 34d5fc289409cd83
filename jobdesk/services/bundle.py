"""All services of a running jobdesk, built in one place and handed to the UI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from peewee import SqliteDatabase

from jobdesk.paths import Paths
from jobdesk.services.agenda import DailyAgenda
from jobdesk.services.attachments import Attachments, OfferRows
from jobdesk.services.backups import Backups
from jobdesk.services.feedback import Feedback, FeedbackRows
from jobdesk.services.importer import Importer
from jobdesk.services.insights import Insights
from jobdesk.services.interviews import InterviewRows, Interviews, utc_now
from jobdesk.services.mail_drafts import MailDrafts
from jobdesk.services.offers import Offers
from jobdesk.services.patterns import Patterns
from jobdesk.services.pipeline import Pipeline
from jobdesk.services.secrets import Secrets
from jobdesk.services.settings import Settings


@dataclass
class Services:
    paths: Paths
    pipeline: Pipeline
    settings: Settings
    feedback: Feedback
    mail: MailDrafts
    attachments: Attachments
    offers: Offers
    insights: Insights
    backups: Backups
    interviews: Interviews
    agenda: DailyAgenda
    patterns: Patterns
    importer: Importer

    def today(self) -> date:
        return self.pipeline.today()


def build_services(
    db: SqliteDatabase,
    paths: Paths,
    today: Callable[[], date] = date.today,
    *,
    now: Callable[[], datetime] = utc_now,
    secrets: Secrets | None = None,
    mail_cafile: str | None = None,
) -> Services:
    pipeline = Pipeline(db, today=today)
    settings = Settings(db)
    # Feedback, attachments, offers and interviews hang off applications: undo brings them
    # back with them.
    pipeline.add_dependent(FeedbackRows())
    pipeline.add_dependent(OfferRows())
    pipeline.add_dependent(InterviewRows())
    attachments = Attachments(pipeline, paths.attachments)

    def after_restore() -> None:
        pipeline.forget_history()  # the undo steps refer to rows the restore replaced
        attachments.recover_from_trash()

    backups = Backups(db, paths, after_restore=after_restore)
    # Never on a new, empty or just-restored database, and never a file a backup needs.
    if backups.clear_to_sweep():
        attachments.sweep(backups.kept_hashes())
    insights = Insights(settings, today=today)
    pipeline.watch(insights.forget)
    feedback = Feedback(db, pipeline, settings, today=today)
    offers = Offers(pipeline, attachments, today=today)
    interviews = Interviews(pipeline, now=now)
    return Services(
        paths=paths,
        pipeline=pipeline,
        settings=settings,
        feedback=feedback,
        mail=MailDrafts(settings, secrets or Secrets(), cafile=mail_cafile),
        attachments=attachments,
        offers=offers,
        insights=insights,
        backups=backups,
        interviews=interviews,
        agenda=DailyAgenda(
            settings, feedback, offers, insights, today=today, interviews=interviews, now=now
        ),
        patterns=Patterns(insights, settings, today=today),
        importer=Importer(pipeline, today=today),
    )
