"""The follow-up wait counts from the same day on Today (Follow-ups due) and in the composer's
"too early" warning: the application's last news, or the user's own last follow-up if later
(the setting: "with no news for this many days"). Worked on fixed dates: sent on 31 October,
followed up by hand on 17 November, the default 10-day wait and 30-day no-response period."""

from __future__ import annotations

from datetime import date

from peewee import SqliteDatabase

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.feedback import Via
from jobdesk.domain.templates import CountsFrom, Purpose
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services

SENT = date(2026, 10, 31)  # 20 days before the tests' today, 20 November
FOLLOWED_UP = date(2026, 11, 17)  # 3 days before


def on(db: SqliteDatabase, paths: Paths, day: date) -> Services:
    return build_services(db, paths, today=lambda: day)


def test_a_follow_up_sent_three_days_ago_makes_both_wait(
    services: Services, db: SqliteDatabase, paths: Paths
) -> None:
    app_id = services.pipeline.add(ApplicationDetails("Lumen", "SRE", SENT)).application_ids[0]
    services.feedback.record_sent(app_id, Purpose.FOLLOW_UP, Via.BY_HAND, FOLLOWED_UP)
    app = services.pipeline.application(app_id)
    # Today: 3 quiet days since the follow-up, not due.
    assert services.feedback.follow_ups() == []
    # The composer used to count 20 days from the application and found nothing too early.
    check_in = services.feedback.too_early_to_write(app)
    assert check_in is not None
    assert (check_in.on, check_in.since, check_in.counts_from) == (
        date(2026, 11, 27),
        FOLLOWED_UP,
        CountsFrom.FOLLOW_UP,
    )
    assert (check_in.days, check_in.setting) == (10, "the follow-up wait")
    # The day before, both still wait; on that day, both say it is time.
    before = on(db, paths, date(2026, 11, 26))
    assert before.feedback.follow_ups() == []
    assert before.feedback.too_early_to_write(app) is not None
    due = on(db, paths, date(2026, 11, 27))
    assert [(f.app.id, f.quiet_since, f.days) for f in due.feedback.follow_ups()] == [
        (app_id, FOLLOWED_UP, 10)
    ]
    assert due.feedback.too_early_to_write(app) is None


def test_with_no_follow_up_both_count_from_the_application(services: Services) -> None:
    sent = date(2026, 11, 16)
    app_id = services.pipeline.add(ApplicationDetails("Quay", "SRE", sent)).application_ids[0]
    check_in = services.feedback.too_early_to_write(services.pipeline.application(app_id))
    assert check_in is not None
    assert (check_in.on, check_in.since, check_in.counts_from) == (
        date(2026, 11, 26),
        sent,
        CountsFrom.APPLICATION,
    )
