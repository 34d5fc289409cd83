"""How jobdesk counts, in plain words: the one text of the rules `funnel.py` follows.

Help ▸ How jobdesk counts and the Insights tab's "How it counts" show it, with the user's
own settings filled in and, after the rules that count something, the user's own figures
(their funnel as counted today), or an example's, said to be one, while there is no search
yet; the README's summary points here. When a counting rule changes, its sentence here
changes with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobdesk.domain.enums import Stage
from jobdesk.domain.funnel import End, Funnel, Rate, Step, too_early_text
from jobdesk.domain.wording import counted


@dataclass(frozen=True)
class Rule:
    title: str
    text: str
    figures: str = ""  # the rule at work on the user's own figures (or the example's)


@dataclass(frozen=True)
class Figures:
    """What the rules are shown at work on: the user's funnel as counted today, or an example."""

    applications: int
    no_response: int  # never answered: marked ghosted, or silent past the no-response period
    ghosted: int  # of those, the ones marked ghosted
    first_step: Rate  # application → response
    decided_step: Step  # response → screen: the first step with no time-out, so pending ones
    steps_with_enough: int  # of the five steps, those resting on the minimum sample
    example: bool = False


def figures_of(funnel: Funnel) -> Figures:
    """The figures of the user's own funnel (all dates, as counted today)."""
    tally = funnel.tally
    ghosted = tally.at(Stage.APPLIED, End.GHOSTED)
    return Figures(
        tally.total,
        ghosted + tally.at(Stage.APPLIED, End.TIMED_OUT),
        ghosted,
        funnel.step(Stage.APPLIED).rate,
        funnel.step(Stage.RESPONDED),
        sum(step.rate.enough for step in funnel.steps),
    )


# Shown, and said to be an example, while there are no applications to count: 82 sent, 26
# of them too young to judge (8 replied so far); of the 56 old enough, 4 withdrawn, 17
# replied and 35 never did (6 marked ghosted). Of the 25 that replied, 2 withdrew, 9 had a
# screen, 7 were turned down and 7 are waiting.
EXAMPLE = Figures(
    82,
    35,
    6,
    Rate.of(17, 52, 0, 4, 5, too_early=26, too_early_moved_on=8),
    Step(Stage.RESPONDED, Stage.SCREEN, Rate.of(9, 16, 7, 2, 5)),
    3,
    example=True,
)


def figures_note(figures: Figures) -> str:
    """What the figures after the rules are: the user's own, or an example."""
    if figures.example:
        return (
            "You have no applications yet, so the figures after the rules are an example: "
            "once you add some, they are your own."
        )
    return (
        "The figures after the rules are your own, as counted today over your "
        f"{counted(figures.applications, 'application')}."
    )


def _figures_texts(figures: Figures) -> dict[str, str]:
    """Each counting rule at work on `figures`, by the rule's title."""
    lead = "For example:" if figures.example else "Yours today:"
    your = "" if figures.example else "your "
    rate, step = figures.first_step, figures.decided_step
    quiet = figures.no_response
    young = (
        f"“{too_early_text(rate)}”."
        if rate.too_early
        else f"none of {your or 'the '}applications is that young."
    )
    return {
        "Silence is an answer too": (
            f"{lead} {quiet} of {your}{counted(figures.applications, 'application')} "
            f"{'counts' if quiet == 1 else 'count'} as no response, {figures.ghosted} of "
            "them marked ghosted."
        ),
        "Each step counts only what is decided": (
            f"{lead} {step.label.lower()} counts {step.rate.successes} of "
            f"{step.rate.resolved} decided as moved on, with {step.rate.pending} pending "
            f"beside it and {step.rate.withdrawn} withdrawn left out."
        ),
        "Too early to tell": f"{lead} {young}",
        "Small numbers": (
            f"{lead} {figures.steps_with_enough} of the 5 steps "
            f"{'rests' if figures.steps_with_enough == 1 else 'rest'} on enough decided "
            "applications for a rate."
        ),
    }


def counting_rules(
    no_response_days: int,
    min_sample: int,
    follow_up_days: int | None = None,
    figures: Figures = EXAMPLE,
) -> tuple[Rule, ...]:
    """The rules, with the no-response period, the minimum sample and the follow-up period
    as set, and those that count something at work on `figures`."""
    days = counted(no_response_days, "day")
    quiet = (
        f", nor towards the follow-up wait: the {counted(follow_up_days, 'quiet day')} after "
        "which a follow-up is suggested"
        if follow_up_days
        else ""
    )
    rules = (
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
            "For example, a break of 14 days inside an application's first 40 days leaves 26 "
            "counted days. Breaks that overlap count each day once; a break still ahead changes "
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
            "shown apart, as “too early” with how many have replied so far, and never as a "
            "rate: in every date range including All dates, in the weekly chart (the latest weeks "
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
    texts = _figures_texts(figures)
    return tuple(Rule(r.title, r.text, texts.get(r.title, "")) for r in rules)


def rule_text(rule: Rule) -> str:
    """A rule in one plain paragraph: its title, its text, its figures."""
    return " ".join(part for part in (f"{rule.title}.", rule.text, rule.figures) if part)


def how_it_counts(
    no_response_days: int,
    min_sample: int,
    follow_up_days: int | None = None,
    figures: Figures = EXAMPLE,
) -> str:
    """The rules as one plain text, titled (for a message box and the terminal)."""
    rules = counting_rules(no_response_days, min_sample, follow_up_days, figures)
    return "\n\n".join(["How it counts", figures_note(figures), *map(rule_text, rules)])
