"""Templates: placeholders filled from plain strings only, problems found before saving."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from jobdesk.domain.application import (
    Application,
    ApplicationDetails,
    ApplicationSummary,
    Contact,
    EventKind,
    StageEvent,
)
from jobdesk.domain.breaks import Break, waiting_days
from jobdesk.domain.enums import Channel, ContactRole, Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.feedback import follow_ups_after
from jobdesk.domain.templates import (
    DEFAULT_TEMPLATES,
    DEFAULTS_BY_KEY,
    MAX_TEMPLATE_CHARS,
    PLACEHOLDER_NAMES,
    PLACEHOLDERS,
    QUESTION_LINES,
    CheckIn,
    CountsFrom,
    Opening,
    Purpose,
    check_in,
    check_template,
    default_template_key,
    find_problems,
    opening_template,
    placeholder_spans,
    preferred_contact,
    quiet_since,
    render,
    values_for,
)

TODAY = date(2026, 11, 20)


def rejected_after_technical() -> Application:
    details = ApplicationDetails(
        "Ledgerline",
        "Senior Backend Engineer",
        date(2026, 10, 1),
        contacts=(
            Contact("Priya Sharma", ContactRole.INTERVIEWER, "priya@ledgerline.example"),
            Contact("Jonas Keller", ContactRole.RECRUITER, "jonas@ledgerline.example"),
        ),
    )
    events = (
        StageEvent(EventKind.STAGE, date(2026, 10, 6), stage=Stage.RESPONDED),
        StageEvent(EventKind.STAGE, date(2026, 10, 10), stage=Stage.SCREEN),
        StageEvent(EventKind.STAGE, date(2026, 10, 21), stage=Stage.TECHNICAL),
        StageEvent(
            EventKind.OUTCOME, date(2026, 11, 3), stage=Stage.TECHNICAL, outcome=Outcome.REJECTED
        ),
    )
    return Application(7, details, events)


def test_values_for_an_application_are_worked_out_from_its_history() -> None:
    values = values_for(rejected_after_technical(), my_name=" Sam Taylor ", today=TODAY)
    assert values == {
        "contact_name": "Jonas Keller",  # the recruiter comes before the interviewer
        "contact_first_name": "Jonas",
        "company": "Ledgerline",
        "role": "Senior Backend Engineer",
        "stage": "technical interview",
        "applied_date": "1 October",
        "interview_date": "21 October",  # the latest interview stage reached
        "rejection_date": "3 November",
        "days_since_applied": "50",  # 30 days of October + 20 of November
        "my_name": "Sam Taylor",
        "today": "20 November",
    }
    assert set(values) == PLACEHOLDER_NAMES


def test_a_date_in_another_year_carries_its_year() -> None:
    app = rejected_after_technical()
    values = values_for(app, my_name="", today=date(2027, 1, 5))
    assert values["applied_date"] == "1 October 2026"
    assert values["today"] == "5 January"


def test_without_contacts_the_greeting_still_reads() -> None:
    app = Application(1, ApplicationDetails("Acme", "SRE", date(2026, 11, 1)))
    values = values_for(app, my_name="", today=TODAY)
    assert values["contact_first_name"] == "there"
    assert values["interview_date"] == ""
    rendered = render("Hi", "Hi $contact_first_name, on $interview_date", values)
    assert rendered.body == "Hi there, on "
    assert rendered.missing == ("interview_date",)


def test_preferred_contact_takes_one_with_an_address_first() -> None:
    details = ApplicationDetails(
        "Acme",
        "SRE",
        date(2026, 11, 1),
        contacts=(
            Contact("No Address", ContactRole.RECRUITER, ""),
            Contact("Hiring Manager", ContactRole.HIRING_MANAGER, "hm@acme.example"),
        ),
    )
    contact = preferred_contact(Application(1, details))
    assert contact is not None and contact.name == "Hiring Manager"


def test_render_fills_both_forms_and_keeps_dollars() -> None:
    rendered = render(
        "About ${role}",
        "$company pays $$120k; ${company}ish; $5 and $ alone",
        {"company": "Acme", "role": "SRE"},
    )
    assert rendered.subject == "About SRE"
    assert rendered.body == "Acme pays $120k; Acmeish; $5 and $ alone"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${company.__class__}", "${company.__class__}"),
        ("{company.__class__}", "{company.__class__}"),
        ("$company.__class__", "Acme.__class__"),
        ("{0.__class__.__mro__}", "{0.__class__.__mro__}"),
        ("%(company)s", "%(company)s"),
        ("${company[0]}", "${company[0]}"),
        ("$__class__", "$__class__"),
        ("${__globals__}", "${__globals__}"),
        ("$values", "$values"),
    ],
)
def test_templates_cannot_reach_python_objects(text: str, expected: str) -> None:
    # Whatever is typed, the output is text from the template and the plain string values.
    assert render("s", text, {"company": "Acme"}).body == expected


@pytest.mark.parametrize(
    "text",
    ["${company.__class__}", "$__class__", "${__globals__}", "$company_name", "$Company", "${x"],
)
def test_injection_attempts_and_unknown_names_are_refused_on_save(text: str) -> None:
    with pytest.raises(UserError, match="Fix these before saving"):
        check_template("Mine", "Subject", f"Hello {text}")


def test_problems_name_the_spot_and_suggest_the_known_name() -> None:
    problems = find_problems("Hi $Company and $contact and ${bad.attr} and $$ok and $5")
    assert [(p.text, p.start) for p in problems] == [
        ("$Company", 3),
        ("$contact", 16),
        ("${bad.attr}", 29),
    ]
    assert "did you mean $company?" in problems[0].message
    assert "did you mean $contact_first_name?" in problems[1].message
    assert "write $$ for a dollar sign" in problems[2].message


def test_placeholder_spans_mark_known_and_unknown() -> None:
    assert placeholder_spans("$company x ${role} $nope") == [
        (0, 8, True),
        (11, 18, True),
        (19, 24, False),
    ]


def test_check_template_cleans_and_refuses_what_cannot_be_sent() -> None:
    assert check_template("  My   template ", " Hi $company ", "Body\n\n\n") == (
        "My template",
        "Hi $company",
        "Body\n",
    )
    with pytest.raises(UserError, match="name"):
        check_template(" ", "s", "b")
    with pytest.raises(UserError, match="one line"):
        check_template("n", "two\nlines", "b")
    with pytest.raises(UserError, match="subject line"):
        check_template("n", "  ", "b")
    with pytest.raises(UserError, match="empty"):
        check_template("n", "s", " \n ")


def test_defaults_are_short_use_only_known_placeholders_and_render_cleanly() -> None:
    keys = [t.key for t in DEFAULT_TEMPLATES]
    assert keys == [
        "feedback_no_contact",
        "feedback_after_screen",
        "feedback_request",
        "checking_in",
        "follow_up",
        "thank_you",
    ]
    app = rejected_after_technical()
    values = values_for(app, my_name="Sam Taylor", today=TODAY)
    for template in DEFAULT_TEMPLATES:
        check_template(template.name, template.subject, template.body)
        assert len(template.body.split()) < 80, "keep it short"
        rendered = render(template.subject, template.body, values)
        assert "$" not in rendered.subject + rendered.body
        assert rendered.missing == ()
        assert rendered.body.startswith("Hi Jonas,")
        assert rendered.body.rstrip().endswith("Sam Taylor")
    after_interviews = DEFAULTS_BY_KEY["feedback_request"]
    feedback = render(after_interviews.subject, after_interviews.body, values)
    assert "technical interview for the Senior Backend Engineer role" in feedback.body


@pytest.mark.parametrize(
    ("stage", "outcome", "key"),
    [
        # An automated no right after applying: nobody was spoken to.
        (Stage.RESPONDED, Outcome.REJECTED, "feedback_no_contact"),
        (Stage.APPLIED, Outcome.REJECTED, "feedback_no_contact"),
        (Stage.SCREEN, Outcome.REJECTED, "feedback_after_screen"),
        (Stage.TECHNICAL, Outcome.REJECTED, "feedback_request"),
        (Stage.FINAL, Outcome.REJECTED, "feedback_request"),
        (Stage.OFFER, Outcome.REJECTED, "feedback_request"),
        (Stage.APPLIED, Outcome.ACTIVE, "follow_up"),
        (Stage.RESPONDED, Outcome.ACTIVE, "follow_up"),
        (Stage.SCREEN, Outcome.ACTIVE, "thank_you"),
        (Stage.FINAL, Outcome.ACTIVE, "thank_you"),
        (Stage.TECHNICAL, Outcome.GHOSTED, "follow_up"),
        (Stage.APPLIED, Outcome.WITHDRAWN, "follow_up"),
    ],
)
def test_the_default_template_is_chosen_by_what_happened(
    stage: Stage, outcome: Outcome, key: str
) -> None:
    assert default_template_key(stage, outcome) == key


def test_no_feedback_request_before_an_interview_thanks_anyone_for_a_conversation() -> None:
    for key in ("feedback_no_contact", "feedback_after_screen"):
        template = DEFAULTS_BY_KEY[key]
        assert "$stage" not in template.body and "conversation" not in template.body


def test_question_lines_are_questions_and_every_placeholder_is_described() -> None:
    assert len(QUESTION_LINES) == 4
    for line in QUESTION_LINES:
        assert line.text.endswith("?") and "$" not in line.text
    for placeholder in PLACEHOLDERS:
        assert placeholder.description and placeholder.example
        assert placeholder.token == f"${placeholder.name}"


# --- hostile pastes ------------------------------------------------------------------------

HOSTILE = json.loads((Path(__file__).parents[1] / "data/hostile/templates.json").read_text())


@pytest.mark.parametrize("case", HOSTILE, ids=[f"{c['unit']!r}x{c['repeat']}" for c in HOSTILE])
def test_hostile_text_gives_a_short_answer_whatever_its_size(case: dict[str, Any]) -> None:
    text = case.get("prefix", "") + case["unit"] * case["repeat"]
    problems = find_problems(text)
    # At most twenty spots and the size, each quoting a few dozen characters at most.
    assert len(problems) <= 21
    spots = problems[:-1] if len(text) > MAX_TEMPLATE_CHARS else problems
    assert all(len(p.text) <= 32 and p.end - p.start <= 31 for p in spots)
    assert sum(len(p.message) for p in problems) <= 21 * 200
    oversized = len(text) > MAX_TEMPLATE_CHARS
    assert problems[-1].message.endswith("it can hold at most 20,000") == oversized
    if oversized or problems:
        with pytest.raises(UserError, match="Fix these before saving") as refused:
            check_template("Pasted", "Subject", text)
        assert len(refused.value.message) <= 21 * 200


def test_sixteen_kilobytes_of_bad_braces_quote_a_little_each() -> None:
    problems = find_problems("${" * 8000)
    assert [p.start for p in problems] == list(range(0, 40, 2))
    assert {p.text for p in problems} == {"${" * 15 + "$…"}
    assert problems[0].message == (
        "${${${${${${${${${${${${${${${$… is not a placeholder: use $name with a name from "
        "the list (write $$ for a dollar sign)"
    )


def test_a_template_over_the_size_cap_is_refused_with_its_size() -> None:
    body = "Thanks for your time.\n" * 999 + "Sam Taylor"  # 21,988 characters
    with pytest.raises(UserError) as refused:
        check_template("Long", "Subject", body)
    assert refused.value.message == (
        "Fix these before saving: the message is 21,988 characters long; it can hold at most "
        "20,000."
    )
    with pytest.raises(UserError, match="Keep the template's name under 100 characters"):
        check_template("n" * 101, "Subject", "Body")
    with pytest.raises(UserError, match="the subject is 301 characters long"):
        check_template("Long", "x" * 301, "Body")
    assert check_template("Fits", "x" * 300, "y" * 19_999)[2] == "y" * 19_999 + "\n"


def test_a_bad_brace_is_quoted_to_its_closing_brace_or_the_end_of_its_line() -> None:
    problems = find_problems("x ${bad.attr} ${never closed\nnext ${" + "a" * 100)
    assert [(p.start, p.end, p.text) for p in problems] == [
        (2, 13, "${bad.attr}"),
        (14, 28, "${never closed"),
        (34, 65, "${" + "a" * 29 + "…"),
    ]


def days_before(days: int) -> date:
    return TODAY - timedelta(days=days)


def until(key: str, day: date) -> Opening:
    """An opening too early until `day` (only the day is compared)."""
    return Opening(key, CheckIn(day, 0, "", day, CountsFrom.APPLICATION))


@pytest.mark.parametrize(
    ("stage", "outcome", "sent_days_ago", "opening"),
    [
        # No reply yet: nothing to ask about, and before the follow-up wait (10 days) it has
        # most likely not been read: too early, with the day a check-in makes sense.
        (Stage.APPLIED, Outcome.ACTIVE, 0, until("checking_in", date(2026, 11, 30))),
        (Stage.APPLIED, Outcome.ACTIVE, 9, until("checking_in", date(2026, 11, 21))),
        (Stage.APPLIED, Outcome.ACTIVE, 10, Opening("checking_in")),
        (Stage.APPLIED, Outcome.ACTIVE, 29, Opening("checking_in")),
        # Past the no-response period (30 days): the follow-up after silence.
        (Stage.APPLIED, Outcome.ACTIVE, 30, Opening("follow_up")),
        # A rejection is an answer, however soon it came: feedback can be asked for.
        (Stage.APPLIED, Outcome.REJECTED, 0, Opening("feedback_no_contact")),
        (Stage.SCREEN, Outcome.ACTIVE, 2, Opening("thank_you")),
        (Stage.RESPONDED, Outcome.ACTIVE, 3, Opening("follow_up")),
    ],
)
def test_a_message_needs_a_reason_and_a_fresh_application_has_none_yet(
    stage: Stage, outcome: Outcome, sent_days_ago: int, opening: Opening
) -> None:
    found = opening_template(stage, outcome, days_before(sent_days_ago), TODAY, 30, 10)
    assert (found.key, found.too_early_until) == (opening.key, opening.too_early_until)


def test_a_check_in_waits_the_follow_up_wait_as_set() -> None:
    # Set to 14 days, the check-in waits 14 days, as the follow-ups on Today do.
    sent = days_before(13)
    assert check_in(sent, sent, None, 30, 14) == CheckIn(
        date(2026, 11, 21), 14, "the follow-up wait", sent, CountsFrom.APPLICATION
    )
    assert opening_template(
        Stage.APPLIED, Outcome.ACTIVE, sent, TODAY, 30, 14
    ).too_early_until == date(2026, 11, 21)
    assert opening_template(
        Stage.APPLIED, Outcome.ACTIVE, days_before(14), TODAY, 30, 14
    ) == Opening("checking_in")


def test_a_check_in_waits_the_no_response_period_if_that_is_shorter() -> None:
    applied = days_before(2)
    assert check_in(applied, applied, None, 5, 10) == CheckIn(
        date(2026, 11, 23), 5, "the no-response period", applied, CountsFrom.APPLICATION
    )
    assert opening_template(
        Stage.APPLIED, Outcome.ACTIVE, applied, TODAY, 5, 10
    ).too_early_until == date(2026, 11, 23)
    # Days inside a recovery break are not counted towards silence: still a check-in.
    break_ = Break(days_before(30), days_before(10))
    assert opening_template(
        Stage.APPLIED, Outcome.ACTIVE, days_before(35), TODAY, 30, 10, (break_,)
    ) == Opening("checking_in")


def test_the_wait_counts_from_the_last_follow_up_or_a_later_step_as_on_today() -> None:
    # Sent 20 days ago: past the 10 days' wait from the application. But followed up 3 days
    # ago: the wait counts from that, as Today's follow-ups count it; 7 days to go.
    sent, followed = days_before(20), days_before(3)
    assert quiet_since(sent, sent, followed) == (followed, CountsFrom.FOLLOW_UP)
    opening = opening_template(
        Stage.APPLIED, Outcome.ACTIVE, sent, TODAY, 30, 10, last_follow_up=followed
    )
    assert opening.too_early == CheckIn(
        date(2026, 11, 27), 10, "the follow-up wait", followed, CountsFrom.FOLLOW_UP
    )
    assert follow_ups_after([summary(sent, sent)], {1: followed}, TODAY, 10) == []
    # Withdrawn, then reopened 2 days ago: its latest step.
    reopened = days_before(2)
    assert quiet_since(sent, reopened, None) == (reopened, CountsFrom.STEP)
    assert check_in(sent, reopened, None, 30, 10).on == date(2026, 11, 28)
    # A follow-up older than the latest news changes nothing.
    assert quiet_since(sent, reopened, days_before(5)) == (reopened, CountsFrom.STEP)
    # Followed up 26 days after sending: the no-response period (30 days from the
    # application) ends first, and then the follow-up after silence is the message.
    late = check_in(days_before(27), days_before(27), days_before(1), 30, 10)
    assert late == CheckIn(
        date(2026, 11, 23), 30, "the no-response period", days_before(27), CountsFrom.APPLICATION
    )


def summary(applied_on: date, last_activity: date) -> ApplicationSummary:
    return ApplicationSummary(
        1,
        "Lumen",
        "SRE",
        Stage.APPLIED,
        Outcome.ACTIVE,
        Channel.JOB_BOARD,
        "",
        applied_on,
        last_activity,
        "",
        None,
        "",
        False,
    )


def test_the_days_of_a_break_push_the_check_in_back() -> None:
    # Sent 3 days ago, then a break of 5 days (yesterday to 3 days ahead): the 10 days'
    # wait ends 5 days later than without it, on 2 December rather than 27 November.
    break_ = Break(days_before(1), TODAY + timedelta(days=3))
    opening = opening_template(
        Stage.APPLIED, Outcome.ACTIVE, days_before(3), TODAY, 30, 10, (break_,)
    )
    assert (opening.key, opening.too_early_until) == ("checking_in", date(2026, 12, 2))
    assert waiting_days(days_before(3), date(2026, 12, 2), (break_,)) == 10
    assert waiting_days(days_before(3), date(2026, 12, 1), (break_,)) == 9


def test_the_check_in_is_polite_and_does_not_ask_whether_the_role_is_still_open() -> None:
    template = DEFAULTS_BY_KEY["checking_in"]
    assert template.name == "Checking in"
    assert template.purpose is Purpose.FOLLOW_UP
    assert "still open" not in template.body
    assert "still very interested" in template.body
