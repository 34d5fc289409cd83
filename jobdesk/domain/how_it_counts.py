"""How jobdesk counts, in plain words: the one text of the rules `funnel.py` follows.

Help ▸ How jobdesk counts shows it, with the user's own settings filled in; the README's
summary points here. When a counting rule changes, its sentence here changes with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobdesk.domain.wording import counted


@dataclass(frozen=True)
class Rule:
    title: str
    text: str


def counting_rules(no_response_days: int, min_sample: int) -> tuple[Rule, ...]:
    """The rules, with the no-response period and the minimum sample as set."""
    days = counted(no_response_days, "day")
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
            "Each step counts only what is decided",
            "A step's rate is how many moved on, out of those that moved on or ended at that "
            "step (rejected, ghosted or with no response). Applications still waiting are "
            "shown beside the rate as pending and never count as failures. Withdrawn ones "
            "were your choice, so they leave the count.",
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
            "Dates entered later",
            "A step recorded with an earlier date (backfilled) counts in the rates but not in "
            "the times between stages, which it would distort.",
        ),
    )
