"""Recovery breaks on fixed dates worked out by hand: the days a wait counts, the no-response
timeout and follow-ups with a break inside, overlapping and future breaks, Today on a break."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jobdesk.domain.application import Application, ApplicationDetails, ApplicationSummary
from jobdesk.domain.breaks import (
    Break,
    break_days,
    clean_break,
    current_break,
    no_response_cutoff,
    on_break_until,
    waiting_days,
)
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.feedback import follow_ups
from jobdesk.domain.funnel import End, Tally, end_of, funnel, track
from jobdesk.domain.silence import Silence, is_silent
from jobdesk.domain.today import AgendaItem, ItemKind, health, resting

TODAY = date(2026, 12, 1)
APPLIED = TODAY - timedelta(days=40)  # 2026-10-22
# Fourteen days inside those forty: 2026-11-01 to 2026-11-14, both included.
FORTNIGHT = Break(date(2026, 11, 1), date(2026, 11, 14), "Two weeks off")


def summary(app_id: int, applied: date, last: date | None = None) -> ApplicationSummary:
    return ApplicationSummary(
        app_id, f"Company {app_id}", "Engineer", Stage.APPLIED, Outcome.ACTIVE, Channel.DIRECT,
        "", applied, last or applied, "", None, "", False,
    )  # fmt: skip


def test_forty_days_with_a_fortnight_off_inside_count_twenty_six() -> None:
    assert FORTNIGHT.days == 14
    assert (TODAY - APPLIED).days == 40
    assert break_days(APPLIED, TODAY, [FORTNIGHT]) == 14
    assert waiting_days(APPLIED, TODAY, [FORTNIGHT]) == 26
    assert waiting_days(APPLIED, TODAY) == 40


def test_the_timeout_does_not_count_the_break_against_anyone() -> None:
    # 26 counted days: not silent at a 30-day period, silent at 20 (and at exactly 26).
    args = (Stage.APPLIED, Outcome.ACTIVE, APPLIED, TODAY)
    assert not is_silent(*args, 30, (FORTNIGHT,))
    assert is_silent(*args, 20, (FORTNIGHT,))
    assert is_silent(*args, 26, (FORTNIGHT,))
    assert not is_silent(*args, 27, (FORTNIGHT,))
    assert is_silent(*args, 30)  # without the break: 40 days
    app = summary(1, APPLIED)
    assert not Silence(TODAY, 30, (FORTNIGHT,)).covers(app)
    assert Silence(TODAY, 20, (FORTNIGHT,)).covers(app)
    assert Silence(TODAY, 30).covers(app)


def test_the_funnel_counts_it_pending_until_the_counted_days_are_up() -> None:
    t = track(Application(1, ApplicationDetails("Acme", "Engineer", APPLIED), ()))
    assert end_of(t, TODAY, 30, (FORTNIGHT,)) is End.PENDING
    assert end_of(t, TODAY, 20, (FORTNIGHT,)) is End.TIMED_OUT
    assert end_of(t, TODAY, 30) is End.TIMED_OUT
    tally = Tally.of([t], TODAY, 30, (FORTNIGHT,))
    assert (tally.at(Stage.APPLIED, End.PENDING), tally.at(Stage.APPLIED, End.TIMED_OUT)) == (1, 0)
    assert funnel([t], TODAY, 20, 1, (FORTNIGHT,)).tally.at(Stage.APPLIED, End.TIMED_OUT) == 1


def test_a_break_in_the_future_changes_nothing() -> None:
    ahead = Break(TODAY, TODAY + timedelta(days=13))  # starts today: no day of it has passed
    later = Break(TODAY + timedelta(days=3), TODAY + timedelta(days=20))
    assert waiting_days(APPLIED, TODAY, [ahead, later]) == 40
    assert no_response_cutoff(TODAY, 30, [ahead, later]) == TODAY - timedelta(days=30)
    assert Silence(TODAY, 30, (ahead, later)).covers(summary(1, APPLIED))


def test_a_break_before_the_application_was_sent_changes_nothing() -> None:
    before = Break(date(2026, 9, 1), date(2026, 10, 21))  # ends the day before APPLIED
    assert waiting_days(APPLIED, TODAY, [before]) == 40


def test_overlapping_breaks_are_not_counted_twice() -> None:
    # 1–10 Nov (10 days) and 6–14 Nov (9 days) hold 14 days between them, not 19.
    first = Break(date(2026, 11, 1), date(2026, 11, 10))
    second = Break(date(2026, 11, 6), date(2026, 11, 14))
    inside = Break(date(2026, 11, 3), date(2026, 11, 4))  # wholly inside the first
    assert waiting_days(APPLIED, TODAY, [first, second, inside]) == 26
    assert waiting_days(APPLIED, TODAY, [second, first, first]) == 26
    # Touching breaks: 1–7 and 8–14 Nov, 14 days.
    touching = [
        Break(date(2026, 11, 1), date(2026, 11, 7)),
        Break(date(2026, 11, 8), FORTNIGHT.ends_on),
    ]
    assert waiting_days(APPLIED, TODAY, touching) == 26
    assert on_break_until(touching, date(2026, 11, 3)) == date(2026, 11, 14)


def test_a_break_going_on_now_stops_the_clock_from_its_first_day() -> None:
    # From 26 Nov to 10 Dec: 26–30 Nov have passed (5 days), today and later not yet.
    now = Break(date(2026, 11, 26), date(2026, 12, 10))
    assert waiting_days(APPLIED, TODAY, [now]) == 35
    assert current_break([FORTNIGHT, now], TODAY) == now
    assert current_break([FORTNIGHT], TODAY) is None
    assert on_break_until([now], TODAY) == date(2026, 12, 10)
    assert on_break_until([FORTNIGHT], TODAY) is None


CASES = [
    (),
    (FORTNIGHT,),
    (Break(date(2026, 11, 1), date(2026, 11, 10)), Break(date(2026, 11, 6), date(2026, 11, 14))),
    (Break(date(2026, 11, 30), date(2026, 12, 30)),),  # yesterday on
    (Break(date(2026, 6, 1), date(2026, 6, 1)), Break(date(2026, 8, 1), date(2026, 9, 30)),
     Break(date(2026, 11, 20), date(2026, 11, 22)), Break(date(2026, 12, 5), date(2026, 12, 9))),
]  # fmt: skip


@pytest.mark.parametrize("breaks", CASES)
@pytest.mark.parametrize("days", [1, 7, 20, 30, 90])
def test_the_cutoff_splits_the_days_exactly_as_waiting_days_does(
    breaks: tuple[Break, ...], days: int
) -> None:
    cutoff = no_response_cutoff(TODAY, days, breaks)
    for back in range(-3, 400):
        sent = TODAY - timedelta(days=back)
        assert (waiting_days(sent, TODAY, breaks) >= days) == (sent <= cutoff), (sent, cutoff)


def test_follow_ups_fall_due_later_by_the_break_s_overlap() -> None:
    # Quiet since 19 Nov, follow-up after 10 days: due on 29 Nov without a break. A break of
    # 25–27 Nov (3 days) pushes it to 2 Dec: not due today (9 counted days), due then.
    quiet = date(2026, 11, 19)
    brk = (Break(date(2026, 11, 25), date(2026, 11, 27)),)
    apps = [summary(1, quiet, quiet)]
    assert [f.days for f in follow_ups(apps, [], TODAY, 10, 30)] == [12]
    assert follow_ups(apps, [], TODAY, 10, 30, brk) == []
    later = TODAY + timedelta(days=1)
    assert [f.days for f in follow_ups(apps, [], later, 10, 30, brk)] == [10]


def test_on_a_break_today_keeps_interviews_and_offer_deadlines_only() -> None:
    items = [AgendaItem(kind, n, f"Company {n}", "", 0) for n, kind in enumerate(ItemKind, start=1)]
    assert [i.kind for i in resting(items)] == [ItemKind.INTERVIEW, ItemKind.OFFER_REPLY]
    # The counts stay; the suggestions to send more do not.
    thin = health([summary(1, TODAY)], Silence(TODAY, 30), 5, resting=True)
    assert (thin.active, thin.below_minimum) == (1, False)
    assert thin.message == "1 application is still moving (your minimum is 5)."
    assert health([summary(1, TODAY)], Silence(TODAY, 30), 5).below_minimum


def test_a_break_must_end_after_it_starts_and_last_at_most_a_year() -> None:
    assert clean_break(Break(TODAY, TODAY, "  rest  ")).note == "rest"
    with pytest.raises(UserError) as refused:
        clean_break(Break(TODAY, TODAY - timedelta(days=1)))
    assert refused.value.message == (
        "The break ends (30 Nov 2026) before it starts (1 Dec 2026). Swap the two dates."
    )
    with pytest.raises(UserError, match="longer than a year"):
        clean_break(Break(TODAY, TODAY + timedelta(days=366)))
    assert FORTNIGHT.text() == "Sun 1 Nov – Sat 14 Nov 2026 (14 days)"
