"""Today's rules on fixed dates: each item once, in order; pipeline health; the week; the limit."""

from __future__ import annotations

from datetime import date, timedelta

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.domain.feedback import FollowUp, MessageSent, Via
from jobdesk.domain.silence import Silence
from jobdesk.domain.templates import Purpose
from jobdesk.domain.today import (
    Agenda,
    Health,
    ItemKind,
    OfferDue,
    Pacing,
    WeekSummary,
    daily_limit_note,
    follow_up_items,
    health,
    merged,
    next_step_items,
    offer_items,
    over_daily_limit,
    pacing,
    reminders,
    silent_count,
    silent_items,
    week_start,
    week_summary,
)

MONDAY = date(2026, 11, 16)
TODAY = date(2026, 11, 20)  # a Friday
SILENCE = Silence(TODAY, 30)


def app(
    app_id: int,
    company: str,
    applied: date,
    stage: Stage = Stage.APPLIED,
    outcome: Outcome = Outcome.ACTIVE,
    next_step: str = "",
    next_step_on: date | None = None,
) -> ApplicationSummary:
    return ApplicationSummary(
        app_id, company, "Engineer", stage, outcome, Channel.DIRECT, "", applied, applied,
        next_step, next_step_on, "", False,
    )  # fmt: skip


def test_a_silent_application_is_listed_once_with_its_days() -> None:
    apps = [
        app(1, "Acme", date(2026, 10, 17)),  # 34 days: silent
        app(2, "Globex", date(2026, 10, 21)),  # 30 days: silent from today
        app(3, "Initech", date(2026, 10, 22)),  # 29 days: not yet
        app(4, "Hooli", date(2026, 10, 1), outcome=Outcome.GHOSTED),  # closed by the user
    ]
    items = merged(silent_items(apps, SILENCE))
    assert [(i.name, i.text) for i in items] == [
        ("Acme — Engineer", "No reply for 34 days: follow up, or close it as no response."),
        ("Globex — Engineer", "No reply for 30 days: follow up, or close it as no response."),
    ]


def test_each_application_once_under_its_most_pressing_kind() -> None:
    late = app(1, "Acme", date(2026, 10, 1), next_step="Send the take-home",
               next_step_on=date(2026, 11, 17))  # fmt: skip
    screen = app(2, "Globex", date(2026, 11, 2), Stage.SCREEN, next_step="Call back",
                 next_step_on=date(2026, 11, 19))  # fmt: skip
    offer = app(3, "Initech", date(2026, 10, 5), Stage.OFFER)
    follow = FollowUp(screen, date(2026, 11, 8), 12, None)
    items = merged(
        offer_items([OfferDue(3, offer.name, 2)]),
        next_step_items([late, screen, offer], SILENCE),
        follow_up_items([follow]),
        silent_items([late, screen, offer], SILENCE),
    )
    # Acme is silent (50 days) and its next step is past: listed under neither twice. Its
    # next step counts only while it is not silent, so it shows as silent.
    assert [(i.kind, i.application_id) for i in items] == [
        (ItemKind.OFFER_REPLY, 3),
        (ItemKind.NEXT_STEP_PAST, 2),
        (ItemKind.SILENT, 1),
    ]
    assert (
        items[0].text
        == "The deadline to answer the offer is in 2 days: reply, or ask for more time."
    )
    assert items[1].text == (
        "Call back was planned for 19 Nov 2026 (yesterday): record what happened, or give it a "
        "new date."
    )


def test_offer_deadlines_in_words() -> None:
    texts = [i.text.split(":")[0] for i in offer_items(
        [OfferDue(1, "A", -3), OfferDue(2, "B", -1), OfferDue(3, "C", 0), OfferDue(4, "D", 1)]
    )]  # fmt: skip
    assert texts == [
        "The deadline to answer the offer passed 3 days ago",
        "The deadline to answer the offer passed yesterday",
        "The deadline to answer the offer is today",
        "The deadline to answer the offer is tomorrow",
    ]
    # The most overdue first.
    ordered = merged(offer_items([OfferDue(4, "D", 1), OfferDue(1, "A", -3)]))
    assert [i.application_id for i in ordered] == [1, 4]


def test_health_against_the_minimum_and_the_one_carrying_the_search() -> None:
    final = app(1, "Acme", date(2026, 11, 2), Stage.FINAL)
    others = [app(i, f"Co {i}", date(2026, 11, 10), Stage.SCREEN) for i in range(2, 6)]
    silent = app(9, "Quiet", date(2026, 10, 1))  # not an active opportunity
    # Acme and 4 others: 5 active, the minimum met, 4 others < 5: Acme carries the search.
    h = health([final, *others, silent], SILENCE, 5)
    assert (h.active, h.below_minimum, h.carrying) == (5, False, final)
    assert h.message == "5 applications are still moving (your minimum is 5)."
    assert h.warning == (
        "Acme is at a final round, and only 4 others are moving. However it goes, keep other "
        "applications moving so that no single outcome carries your whole search."
    )
    # One more moving: 5 others, no warning.
    more = [*others, app(6, "Co 6", date(2026, 11, 11), Stage.RESPONDED)]
    assert health([final, *more], SILENCE, 5).carrying is None
    # Below the minimum, and no late stage: the reminder alone.
    h = health(others[:3], SILENCE, 5)
    assert (h.active, h.below_minimum, h.carrying, h.warning) == (3, True, None, "")
    assert h.message == (
        "3 applications are still moving (your minimum is 5). A few more would keep your "
        "search going whatever happens with these."
    )
    # With the minimum off (0), only an offer with nothing else moving is a warning.
    lone = app(7, "Solo", date(2026, 11, 1), Stage.OFFER)
    assert health([lone], SILENCE, 0) == Health(1, 0, lone)
    assert health([lone, others[0]], SILENCE, 0).carrying is None


def test_the_week_counts_monday_to_today() -> None:
    assert week_start(TODAY) == MONDAY
    assert week_start(MONDAY) == MONDAY
    apps = [app(1, "A", date(2026, 11, 15)), app(2, "B", MONDAY), app(3, "C", TODAY)]
    sent = [
        MessageSent(1, Purpose.FOLLOW_UP, date(2026, 11, 17), Via.CLIPBOARD),
        MessageSent(1, Purpose.FOLLOW_UP, date(2026, 11, 15), Via.CLIPBOARD),  # last week
        MessageSent(2, Purpose.FEEDBACK, TODAY, Via.CLIPBOARD),
    ]
    week = week_summary(apps, sent, TODAY)
    assert (week.applications, week.follow_ups, week.feedback_asked) == (2, 1, 1)
    assert week.message == (
        "This week: 2 applications sent, 1 follow-up, 1 feedback request. Steady work like "
        "this is what moves a search."
    )
    assert week_summary([], [], TODAY).message.startswith("Nothing logged yet this week.")


def test_the_daily_limit_counts_the_day_the_application_was_sent() -> None:
    apps = [app(i, f"Co {i}", TODAY) for i in range(1, 4)] + [app(9, "Old", MONDAY)]
    assert over_daily_limit(apps, TODAY, 4) is None  # 3 logged: the 4th is within the limit
    assert over_daily_limit(apps, TODAY, 3) == 3  # a 4th goes past 3
    assert over_daily_limit(apps, MONDAY, 3) is None
    assert over_daily_limit(apps, TODAY, 0) is None  # turned off
    assert daily_limit_note(3, 3).startswith(
        "You have already logged 3 applications sent today, and your daily limit is 3."
    )


def test_follow_up_texts_and_a_week_of_follow_ups_only() -> None:
    quiet = app(1, "Acme", date(2026, 11, 2), Stage.SCREEN)
    first = FollowUp(quiet, date(2026, 11, 8), 12, None)
    again = FollowUp(quiet, date(2026, 11, 9), 11, date(2026, 11, 9))
    assert [i.text for i in follow_up_items([first, again])] == [
        "No news for 12 days: a short, polite follow-up is due.",
        "11 days since your last follow-up: one more short, polite note is due.",
    ]
    sent = [MessageSent(1, Purpose.FOLLOW_UP, TODAY, Via.CLIPBOARD)]
    assert week_summary([], sent, TODAY).message == (
        "This week: 1 follow-up. Steady work like this is what moves a search."
    )


def test_pacing_after_many_applications_and_almost_no_replies() -> None:
    # 14 days back from Friday 20 November: from Saturday 7 November.
    sent = [app(i, f"Co {i}", date(2026, 11, 7 + i % 14)) for i in range(10)]
    older = app(20, "Older", date(2026, 11, 6))  # one day too early to count
    assert pacing([*sent, older], TODAY, 10) == Pacing(10, 0)
    assert pacing([*sent[:9], older], TODAY, 10) is None  # 9 sent: not many
    assert pacing(sent, TODAY, 0) is None  # turned off
    # One reply (a screen on the 18th) still counts as almost none; two do not.
    screen = sent[0]._replace(furthest_stage=Stage.SCREEN, last_activity=date(2026, 11, 18))
    assert pacing([screen, *sent[1:]], TODAY, 10) == Pacing(10, 1)
    rejected = sent[1]._replace(
        furthest_stage=Stage.RESPONDED, outcome=Outcome.REJECTED, last_activity=TODAY
    )
    assert pacing([screen, rejected, *sent[2:]], TODAY, 10) is None
    # Marking one ghosted is no reply, whatever stage it had reached.
    ghosted = rejected._replace(furthest_stage=Stage.SCREEN, outcome=Outcome.GHOSTED)
    assert pacing([screen, ghosted, *sent[2:]], TODAY, 10) == Pacing(10, 1)
    assert Pacing(10, 0).message == (
        "You sent 10 applications in the last 14 days and heard back from none. More of the "
        "same rarely changes that: look upstream first (your CV, the roles you target, how "
        "you present yourself) before the next batch, and pace yourself."
    )


def test_reminders_for_near_offer_deadlines_and_one_for_the_follow_ups() -> None:
    offers = [OfferDue(1, "Acme — Engineer", 3), OfferDue(2, "Globex — SRE", 2),
              OfferDue(3, "Initech — Dev", -1), OfferDue(4, "Hooli — PM", None)]  # fmt: skip
    notes = reminders(offers, 3, TODAY)
    assert [n.key for n in notes] == ["offer:2:2026-11-20", "offer:3:2026-11-20",
                                      "follow_ups:2026-11-20"]  # fmt: skip
    assert [n.title for n in notes] == ["Offer deadline", "Offer deadline", "Follow-ups due"]
    assert [n.text for n in notes] == [
        "The deadline to answer Globex — SRE is in 2 days.",
        "The deadline to answer Initech — Dev has passed.",
        "3 follow-ups are due today. They are listed on the Today tab.",
    ]
    assert reminders(offers, 3, TODAY, offers_on=False, follow_ups_on=False) == []
    assert [n.title for n in reminders(offers, 0, TODAY)] == ["Offer deadline"] * 2


def test_only_the_longest_waiting_silent_applications_are_listed() -> None:
    apps = [
        ApplicationSummary(
            i, f"Company {i}", "Engineer", Stage.APPLIED, Outcome.ACTIVE, Channel.DIRECT, "",
            TODAY - timedelta(days=30 + i), TODAY - timedelta(days=30 + i), "", None, "", False,
        )
        for i in range(1, 8)
    ]  # fmt: skip
    listed = silent_items(apps, SILENCE, limit=3)
    assert [i.application_id for i in listed] == [7, 6, 5]  # waited 37, 36 and 35 days
    assert silent_count(apps, SILENCE) == 7
    health_ = Health(0, 5, None)
    week = WeekSummary(TODAY, 0, 0, 0)
    assert Agenda(TODAY, (), health_, week, "", more_silent=4).more_silent_text == (
        "4 more applications with no reply are not listed here; the Pipeline tab shows them "
        "all (Closed)."
    )
