"""After a rejection: how long it lands, across midnight and time zones, what the card says,
and which nudges wait. Moments worked out by hand (November: London UTC+0, New York UTC-5,
Tokyo UTC+9; London leaves summer time at 01:00 UTC on 25 October 2026)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Channel, Outcome, RejectionReason, Stage
from jobdesk.domain.today import (
    AgendaItem,
    ItemKind,
    details_hidden_until,
    hidden_text,
    landing,
    landing_until,
    paused,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def test_until_the_next_morning_on_the_users_clock() -> None:
    # Friday 21:30 in London: until Saturday 08:00 there.
    assert landing_until(utc(2026, 11, 20, 21, 30), LONDON, 0) == utc(2026, 11, 21, 8, 0)
    # Logged after midnight, at 01:30 on Saturday: "tonight" was Friday's, so 08:00 the same
    # Saturday, not Sunday's.
    assert landing_until(utc(2026, 11, 21, 1, 30), LONDON, 0) == utc(2026, 11, 21, 8, 0)
    # 04:30 counts as the day begun: until Sunday morning.
    assert landing_until(utc(2026, 11, 21, 4, 30), LONDON, 0) == utc(2026, 11, 22, 8, 0)
    # 02:00 UTC on Saturday is Friday 21:00 in New York: Saturday 08:00 there, 13:00 UTC.
    assert landing_until(utc(2026, 11, 21, 2, 0), NEW_YORK, 0) == utc(2026, 11, 21, 13, 0)
    # 23:30 UTC on Friday is Saturday 08:30 in Tokyo: Sunday 08:00 there, Saturday 23:00 UTC.
    assert landing_until(utc(2026, 11, 20, 23, 30), TOKYO, 0) == utc(2026, 11, 21, 23, 0)


def test_a_number_of_hours_is_real_hours_over_a_clock_change() -> None:
    # Saturday 24 October 21:00 summer time in London (20:00 UTC), 12 hours: 08:00 UTC, which
    # is 08:00 on London's winter clock (not 09:00, as wall-clock arithmetic would give).
    until = landing_until(utc(2026, 10, 24, 20, 0), LONDON, 12)
    assert until == utc(2026, 10, 25, 8, 0)
    assert (until.hour, until.minute) == (8, 0)
    # "The next morning" across that change: Sunday 08:00 winter time, 12 hours later.
    assert landing_until(utc(2026, 10, 24, 20, 0), LONDON, 0) == utc(2026, 10, 25, 8, 0)


def summary(app_id: int, company: str, outcome: Outcome = Outcome.REJECTED) -> ApplicationSummary:
    on = date(2026, 11, 2)
    return ApplicationSummary(
        app_id, company, "Engineer", Stage.TECHNICAL, outcome, Channel.DIRECT, "", on, on,
        "", None, "", True,
    )  # fmt: skip


LOGGED = utc(2026, 11, 20, 21, 30)  # Friday evening in London
ACME = summary(1, "Acme")


def test_it_lands_until_the_morning_then_the_app_moves_on() -> None:
    rows = [(ACME, RejectionReason.FILLED_INTERNALLY, date(2026, 11, 20), LOGGED)]
    (held,) = landing(rows, utc(2026, 11, 21, 7, 59), LONDON, 0)
    assert (held.application_id, held.until) == (1, utc(2026, 11, 21, 8, 0))
    assert landing(rows, utc(2026, 11, 21, 8, 0), LONDON, 0) == ()
    assert landing(rows, utc(2026, 11, 20, 21, 29), LONDON, 0) == ()  # not logged yet
    # Reopened since: nothing to land.
    reopened = [(summary(1, "Acme", Outcome.ACTIVE), None, date(2026, 11, 20), LOGGED)]
    assert landing(reopened, utc(2026, 11, 20, 22, 0), LONDON, 0) == ()
    # Heard yesterday, logged today: news. Dated three days back: catching up, no card.
    yesterday = [(ACME, None, date(2026, 11, 19), LOGGED)]
    assert len(landing(yesterday, utc(2026, 11, 20, 22, 0), LONDON, 0)) == 1
    old = [(ACME, None, date(2026, 11, 17), LOGGED)]
    assert landing(old, utc(2026, 11, 20, 22, 0), LONDON, 0) == ()


def test_the_card_names_the_reasons_outside_ones_control() -> None:
    rows = [(ACME, RejectionReason.FILLED_INTERNALLY, date(2026, 11, 20), LOGGED)]
    now = utc(2026, 11, 20, 22, 0)
    (held,) = landing(rows, now, LONDON, 0)
    assert held.message(now.astimezone(LONDON)) == (
        "Acme said no. It is fine to be disappointed: let it land, take the evening, and talk "
        "it over with someone if that helps. Nothing here nudges you until 08:00 tomorrow: "
        "follow-ups, applications with no reply and debriefs can all wait until then "
        "(interviews and offer deadlines stay listed). “Filled internally” is one of the "
        "reasons that have "
        "nothing to do with you (filled internally, budget or headcount, a closer fit "
        "elsewhere, level mismatch): one company's decision is not a measurement of you."
    )
    # Kept out of sight for 2 days: hidden now, shown again 2 days after it was logged.
    hidden = held.message(now.astimezone(LONDON), hide_reason_days=2)
    assert hidden.endswith("(interviews and offer deadlines stay listed).")
    assert "Filled internally" in held.message(LOGGED + timedelta(days=2), hide_reason_days=2)
    assert "Filled internally" not in held.message(
        LOGGED + timedelta(days=2, seconds=-1), hide_reason_days=2
    )
    # A reason to work on is not called outside one's control.
    (skills,) = landing(
        [(ACME, RejectionReason.SKILLS_GAP, date(2026, 11, 20), LOGGED)], now, LONDON, 0
    )
    assert not skills.outside_control
    said = skills.message(now.astimezone(LONDON))
    assert said.endswith("(interviews and offer deadlines stay listed).")


def test_while_it_lands_nothing_nudges_only_what_is_fixed_with_others_stays() -> None:
    # The card says "Nothing here nudges you until …": the guide's short, bounded window
    # (an evening), after which the search moves again. Interviews and offer deadlines are
    # fixed with other people and stay, as on a recovery break.
    items = [
        AgendaItem(ItemKind.INTERVIEW, 3, "C — Engineer", "Interview tomorrow.", 0, 7),
        AgendaItem(ItemKind.DEBRIEF, 1, "Acme — Engineer", "You had an interview.", 0, 5),
        AgendaItem(ItemKind.DEBRIEF, 2, "B — Engineer", "You had an interview.", 0, 6),
        AgendaItem(ItemKind.OFFER_REPLY, 6, "F — Engineer", "Answer due in 2 days.", 2),
        AgendaItem(ItemKind.NEXT_STEP_PAST, 7, "G — Engineer", "Send the portfolio.", 3),
        AgendaItem(ItemKind.FOLLOW_UP, 4, "D — Engineer", "A follow-up is due.", 12),
        AgendaItem(ItemKind.SILENT, 5, "E — Engineer", "No reply for 40 days.", 40),
    ]
    rows = [(ACME, None, date(2026, 11, 20), LOGGED)]
    held = landing(rows, utc(2026, 11, 20, 22, 0), LONDON, 0)
    assert [(i.kind, i.application_id) for i in paused(items, held)] == [
        (ItemKind.INTERVIEW, 3),
        (ItemKind.OFFER_REPLY, 6),
    ]
    assert paused(items, ()) == items


def test_rejection_details_stay_out_of_sight_for_the_days_set_exactly() -> None:
    logged = utc(2026, 11, 20, 21, 30)  # a Friday evening in London (GMT)
    assert details_hidden_until(logged, 0) is None  # off
    until = details_hidden_until(logged, 7)
    assert until == utc(2026, 11, 27, 21, 30)
    assert hidden_text(until, LONDON) == "Rejection details hidden until Friday 27 November, 21:30"
    # On the user's clock: in Berlin that is 22:30.
    assert hidden_text(until, ZoneInfo("Europe/Berlin")).endswith("Friday 27 November, 22:30")
