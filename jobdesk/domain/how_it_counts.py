"""How jobdesk counts, in plain words: the one text of the rules `funnel.py` follows.

Help ▸ How jobdesk counts and the Insights tab's "How it counts" show it, with the user's
own settings filled in; the README's summary points here. When a counting rule changes, its
sentence here changes with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobdesk.domain.wording import counted


@dataclass(frozen=True)
class Rule:
    title: str
    text: str


def counting_rules(
    no_response_days: int, min_sample: int, follow_up_days: int | None = None
) -> tuple[Rule, ...]:
    """The rules, with the no-response period, the minimum sample and the follow-up period
    as set."""
    days = counted(no_response_days, "day")
    quiet = (
        f", nor towards the follow-up wait: the {counted(follow_up_days, 'quiet day')} after "
        "which a follow-up is suggested"
        if follow_up_days
        else ""
    )
    return (
        Rule(
            "How far an application got",
            "Comes from its dated history, never from where it stands now. An application "
            "rejected after a final round still counts as having reached the final round.",
        ),
        Rule(
            "A rejection is a reply",
            "A rejection, even one straight after applying, counts as a response from the "
            "company. Being ghosted does not.",
        ),
        Rule(
            "Silence is an answer too",
            f"An application with no reply {days} after you sent it counts as no response, "
            "whether or not you marked it ghosted (the period is a setting). Withdrawing "
            "wins over that: an application you withdrew counts as withdrawn.",
        ),
        Rule(
            "Breaks are not counted against anyone",
            f"The days inside your recovery breaks do not count towards those {days}{quiet}. "
            "A break of 14 days inside an application's first 40 days leaves 26 counted "
            "days. Breaks that overlap count each day once; a break still ahead changes "
            "nothing.",
        ),
        Rule(
            "Each step counts only what is decided",
            "A step's rate is how many moved on, out of those that moved on or ended at that "
            "step (rejected, ghosted or with no response). Applications still waiting are "
            "shown beside the rate as pending and never count as failures. Withdrawn ones "
            "were your choice, so they leave the count.",
        ),
        Rule(
            "Too early to tell",
            f"Replies come within days, but silence only counts after {days}. So the "
            "application → response rate (and any rate that starts from applying) counts "
            f"only applications sent at least {days} ago, replied or not. Younger ones are "
            "shown apart, as “too early: 8 of 26 have replied so far”, and never as a rate: "
            "in every date range including All dates, in the weekly chart (the latest weeks "
            "are shaded as too early; a week only partly old enough has its own count), in "
            "experiments and in improvements' before and after.",
        ),
        Rule(
            "Early rates",
            "The later steps have no time-out, so while more of the applications that "
            "reached a step are still open than decided, its rate is shown pale and marked "
            "early, and it is never named as the leaking stage.",
        ),
        Rule(
            "Reopened applications",
            "A reopened application counts by where it stands now; a rejection before the "
            "reopen still counts as a reply.",
        ),
        Rule(
            "Small numbers",
            "Every rate shows how many applications it rests on and a 95% range (a Wilson "
            f"interval). With fewer than {counted(min_sample, 'decided application')} jobdesk "
            "says “not enough data yet” and how many more it needs, and makes no claim.",
        ),
        Rule(
            "Comparing two versions",
            "Two resume variants, channels or other groups are compared with Fisher's exact "
            "test, which says plainly when there is no evidence of a difference yet.",
        ),
        Rule(
            "Time in stage",
            "The day by which half have moved on (a Kaplan–Meier estimate): applications "
            "still waiting count for as long as they have waited so far, rather than being "
            "left out, so the slow ones are not forgotten. Where fewer than half have moved "
            "on, the median is “not reached yet”.",
        ),
        Rule(
            "Dates entered later",
            "A step recorded with an earlier date (backfilled) counts in the rates but not in "
            "the times between stages, which it would distort.",
        ),
    )


def how_it_counts(no_response_days: int, min_sample: int, follow_up_days: int | None = None) -> str:
    """The rules as one plain text, titled (for a message box and the terminal)."""
    rules = counting_rules(no_response_days, min_sample, follow_up_days)
    return "\n\n".join(["How it counts", *(f"{r.title}. {r.text}" for r in rules)])
