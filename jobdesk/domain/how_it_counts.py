"""The counting rules in plain words: the one "How it counts" text, for the window and the docs."""

from __future__ import annotations

from jobdesk.domain.wording import counted


def how_it_counts(no_response_days: int, min_sample: int) -> str:
    """The rules behind every figure, with the user's own settings filled in (plain text)."""
    days = counted(no_response_days, "day")
    return "\n\n".join(
        [
            "How it counts",
            "How far an application got comes from its dated history, never from its "
            "current status: a rejection after a final round still counts as a final round.",
            "A rejection is a reply: one straight after applying counts as a response, and "
            "ends the application at the response step.",
            f"No reply {days} after applying (a setting) counts as no response, whether or "
            "not you marked it ghosted. Withdrawn applications leave the rate of the step "
            "where they stopped; applications still open sit beside the rate and never count "
            "as failures.",
            f"Too early. Replies come within days, but silence only counts after {days}. So "
            "the application → response rate (and any rate that starts from applying) counts "
            f"only applications sent at least {days} ago, replied or not. Younger ones are "
            "shown apart as “too early: 8 of 26 have replied so far” and never as a rate: in "
            "every date range including All dates, in the weekly chart (the latest weeks are "
            "shaded as too early; a week only partly old enough has its own n), in "
            "experiments and in improvements' before and after.",
            "Early. The later steps have no time-out, so while more of the applications that "
            "reached a step are still open than resolved, its rate is shown pale and marked "
            "early, and it is never named as the leaking stage.",
            f"Every rate carries its sample size and a 95% Wilson interval. Below "
            f"{counted(min_sample, 'resolved application')} (a setting) it says “not enough "
            "data yet” and how many more it needs.",
            "Time in stage is the day by which half have moved on (a Kaplan–Meier estimate): "
            "applications still waiting count for as long as they have waited so far, rather "
            "than being left out, so the slow ones are not forgotten. Where fewer than half "
            "have moved on, the median is “not reached yet”. Dates entered after the fact "
            "count for the rates but not for the timings.",
        ]
    )
