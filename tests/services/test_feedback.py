"""The feedback service on a real database file: templates, messages sent, feedback, patterns."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from peewee import SqliteDatabase

from jobdesk.domain.application import ApplicationDetails, Contact
from jobdesk.domain.enums import ContactRole, RejectionReason, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.feedback import ReceivedFeedback, Via
from jobdesk.domain.settings import FOLLOW_UP_DAYS, MY_NAME, PATTERN_MIN
from jobdesk.domain.templates import DEFAULTS_BY_KEY, Purpose
from jobdesk.services.bundle import Services
from jobdesk.services.changes import APPLICATIONS, FEEDBACK, TEMPLATES
from jobdesk.store.migrations import schema_version

TODAY = date(2026, 11, 20)


def add(services: Services, company: str, days_ago: int = 30, *, contacts=()) -> int:
    details = ApplicationDetails(
        company, "Backend Engineer", TODAY - timedelta(days=days_ago), contacts=tuple(contacts)
    )
    return services.pipeline.add(details).application_ids[0]


def rejected(services: Services, company: str) -> int:
    app_id = add(services, company)
    services.pipeline.advance(app_id, Stage.SCREEN, TODAY - timedelta(days=20))
    services.pipeline.reject(
        app_id, TODAY - timedelta(days=10), reason=RejectionReason.COMMUNICATION
    )
    return app_id


def test_a_new_database_s_themes_are_the_one_vocabulary_of_topics(
    db: SqliteDatabase, services: Services
) -> None:
    assert schema_version(db) >= 6
    names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"message_template", "message_sent", "feedback", "feedback_theme"} <= names
    # Schema 2's four themes, "Technical skills gap" now "Skills gap", then the rest of the
    # built-in topics, offered in the vocabulary's order.
    assert services.feedback.themes() == [
        "Filled internally",
        "Budget or headcount",
        "A closer fit elsewhere",
        "Level mismatch",
        "Not told",
        "Technical round",
        "Algorithms",
        "System design",
        "Behavioural answer",
        "Communication",
        "Skills gap",
        "A specific technology",
        "Nerves",
        "Experience mismatch",
        "Culture fit",
    ]


def test_builtin_templates_are_listed_edited_and_reset(services: Services) -> None:
    feedback = services.feedback
    keys = [t.key for t in feedback.templates()]
    assert keys == [
        "feedback_no_contact",
        "feedback_after_screen",
        "feedback_request",
        "checking_in",
        "follow_up",
        "thank_you",
    ]

    change = feedback.save_template(
        "feedback_request", "Feedback after a rejection", "Thanks — $role", "Hi $contact_name\n"
    )
    assert change.kinds == {TEMPLATES}
    edited = feedback.template("feedback_request")
    assert (edited.subject, edited.body, edited.edited, edited.can_reset) == (
        "Thanks — $role",
        "Hi $contact_name\n",
        True,
        True,
    )
    feedback.reset_template("feedback_request")
    default = DEFAULTS_BY_KEY["feedback_request"]
    back = feedback.template("feedback_request")
    assert (back.subject, back.body, back.edited) == (default.subject, default.body, False)

    with pytest.raises(UserError, match="built in and cannot be deleted"):
        feedback.delete_template("follow_up")


def test_own_templates_are_added_saved_and_deleted(services: Services) -> None:
    feedback = services.feedback
    feedback.add_template(
        "Coffee chat", "Coffee? — $company", "Hi $contact_first_name\n", Purpose.OTHER
    )
    key = feedback.key_of("coffee  chat")
    assert key is not None and key.startswith("user:")
    assert [t.name for t in feedback.templates()][-1] == "Coffee chat"
    with pytest.raises(UserError, match="already a template"):
        feedback.add_template("COFFEE CHAT", "s", "b")
    with pytest.raises(UserError, match="already a template"):
        feedback.save_template(key, "Follow-up after silence", "s", "b")
    with pytest.raises(UserError, match=r"\$compnay is not a known placeholder"):
        feedback.save_template(key, "Coffee chat", "Coffee at $compnay", "b")
    assert feedback.template(key).subject == "Coffee? — $company", "a refused save changes nothing"
    with pytest.raises(UserError, match="Only a built-in template"):
        feedback.reset_template(key)
    feedback.delete_template(key)
    with pytest.raises(UserError, match="no longer exists"):
        feedback.template(key)


def test_compose_renders_for_the_application_and_picks_the_recipient(services: Services) -> None:
    services.settings.set(MY_NAME, "Sam Taylor")
    app_id = add(
        services,
        "Ledgerline",
        contacts=[
            Contact("Referrer Person", ContactRole.REFERRER, "ref@friend.example"),
            Contact("No Address", ContactRole.RECRUITER, ""),
            Contact("Anna Keller", ContactRole.HIRING_MANAGER, "anna@ledgerline.example"),
        ],
    )
    composed = services.feedback.compose(app_id, "follow_up")
    assert [c.email for c in composed.to] == ["anna@ledgerline.example", "ref@friend.example"]
    assert composed.rendered.subject == "Checking in on my application — Backend Engineer"
    assert composed.rendered.body.startswith("Hi Anna,\n")
    assert "at Ledgerline on 21 October" in composed.rendered.body
    assert composed.rendered.body.rstrip().endswith("Sam Taylor")
    thank_you = services.feedback.compose(app_id, "thank_you")
    assert thank_you.rendered.missing == ("interview_date",)


def test_preview_without_an_application_uses_examples(services: Services) -> None:
    rendered = services.feedback.preview("$company", "$role by $my_name", None)
    assert (rendered.subject, rendered.body) == (
        "Ledgerline",
        "Senior Backend Engineer by Sam Taylor",
    )


def test_messages_sent_are_recorded_once_per_day_and_way(services: Services) -> None:
    app_id = rejected(services, "Acme")
    change = services.feedback.record_sent(app_id, Purpose.FEEDBACK, Via.CLIPBOARD)
    assert change.kinds == {APPLICATIONS, FEEDBACK}
    assert change.application_ids == (app_id,)
    assert change.description == "Feedback requested from Acme (copied to the clipboard)"
    services.feedback.record_sent(app_id, Purpose.FEEDBACK, Via.CLIPBOARD)
    services.feedback.record_sent(app_id, Purpose.FEEDBACK, Via.DRAFT)
    sent = services.feedback.messages_sent(app_id)
    assert [(m.purpose, m.on, m.via) for m in sent] == [
        (Purpose.FEEDBACK, TODAY, Via.CLIPBOARD),
        (Purpose.FEEDBACK, TODAY, Via.DRAFT),
    ]
    with pytest.raises(UserError, match="future"):
        services.feedback.record_sent(app_id, Purpose.FEEDBACK, Via.BY_HAND, TODAY + timedelta(1))
    with pytest.raises(UserError, match="before you applied"):
        services.feedback.record_sent(app_id, Purpose.FEEDBACK, Via.BY_HAND, date(2026, 1, 1))


def test_a_request_sent_is_one_step_of_the_undo_history(services: Services) -> None:
    app_id = rejected(services, "Acme")
    services.feedback.record_sent(app_id, Purpose.FEEDBACK, Via.DRAFT)
    assert services.pipeline.undo_text() == "Feedback requested from Acme (saved as a draft)"
    undone = services.pipeline.undo()
    assert undone.description == "Undo Feedback requested from Acme (saved as a draft)"
    assert FEEDBACK in undone.kinds
    assert services.feedback.messages_sent(app_id) == []
    services.pipeline.redo()
    sent = services.feedback.messages_sent(app_id)
    assert [(m.purpose, m.on, m.via) for m in sent] == [(Purpose.FEEDBACK, TODAY, Via.DRAFT)]
    assert sent[0].summary == "Feedback requested (mail draft)"
    # The rejection before it is still one undo further back.
    services.pipeline.undo()
    assert services.pipeline.undo_text() == "Log rejection for Acme — Backend Engineer"


def test_the_default_template_follows_the_application(services: Services) -> None:
    after_screen = rejected(services, "Acme")
    automated = add(services, "Brisk")
    services.pipeline.reject(automated, TODAY - timedelta(days=29))
    pending = add(services, "Calm")
    feedback, pipeline = services.feedback, services.pipeline
    assert feedback.default_template(pipeline.application(after_screen)).name == (
        "Feedback after a screen"
    )
    assert feedback.default_template(pipeline.application(automated)).name == (
        "Feedback, no interview yet"
    )
    assert feedback.default_template(pipeline.application(pending)).key == "follow_up"


def test_feedback_is_recorded_replaced_and_themes_added(services: Services) -> None:
    app_id = rejected(services, "Acme")
    feedback = services.feedback
    feedback.add_theme("  Event   sourcing ")
    with pytest.raises(UserError, match="already exists"):
        feedback.add_theme("event sourcing")
    # Another word for a built-in topic is that topic, not a new one.
    with pytest.raises(UserError, match="“Skills gap” already exists"):
        feedback.add_theme("Technical skills gap")
    assert feedback.themes()[-1] == "Event sourcing"
    feedback.record_feedback(
        ReceivedFeedback(
            app_id,
            TODAY - timedelta(days=3),
            " Rambling answers. ",
            ("communication", "Event sourcing", "technical skills gap"),
        )
    )
    stored = feedback.feedback(app_id)
    assert stored == ReceivedFeedback(
        app_id,
        TODAY - timedelta(days=3),
        "Rambling answers.",
        ("Skills gap", "Communication", "Event sourcing"),
    )
    feedback.record_feedback(ReceivedFeedback(app_id, TODAY, "", ("Culture fit",)))
    assert feedback.feedback(app_id) == ReceivedFeedback(app_id, TODAY, "", ("Culture fit",))
    feedback.remove_feedback(app_id)
    assert feedback.feedback(app_id) is None


def test_undoing_a_pipeline_change_keeps_the_feedback(services: Services) -> None:
    app_id = rejected(services, "Acme")
    services.feedback.record_sent(app_id, Purpose.FEEDBACK, Via.MAIL_APP)
    services.feedback.record_feedback(
        ReceivedFeedback(app_id, TODAY, "Too quiet.", ("Communication",))
    )
    services.pipeline.reopen(app_id)
    services.pipeline.undo()  # restores the application from its snapshot
    services.pipeline.redo()
    services.pipeline.undo()
    assert services.feedback.feedback(app_id) is not None
    assert len(services.feedback.messages_sent(app_id)) == 1


def test_deleting_an_application_removes_its_feedback(
    services: Services, db: SqliteDatabase
) -> None:
    app_id = rejected(services, "Acme")
    services.feedback.record_sent(app_id, Purpose.FEEDBACK, Via.MAIL_APP)
    services.feedback.record_feedback(ReceivedFeedback(app_id, TODAY, "x", ("Communication",)))
    services.pipeline.delete([app_id])
    for table in ("feedback", "feedback_theme_link", "message_sent"):
        assert db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_patterns_follow_the_setting(services: Services) -> None:
    ids = [rejected(services, name) for name in ("Acme", "Globex", "Initech")]
    for app_id in ids[:2]:
        services.feedback.record_feedback(ReceivedFeedback(app_id, TODAY, "", ("Communication",)))
    services.feedback.record_feedback(ReceivedFeedback(ids[2], TODAY, "", ("Culture fit",)))
    report = services.feedback.patterns()
    assert [(t.theme, t.companies) for t in report.patterns] == [("Communication", 2)]
    services.settings.set(PATTERN_MIN, 3)
    assert services.feedback.patterns().patterns == ()


def test_follow_ups_use_the_setting_and_a_sent_follow_up_resets_the_wait(
    services: Services,
) -> None:
    quiet = add(services, "Quiet", days_ago=12)
    add(services, "Recent", days_ago=5)
    assert [f.app.id for f in services.feedback.follow_ups()] == [quiet]
    services.settings.set(FOLLOW_UP_DAYS, 13)
    assert services.feedback.follow_ups() == []
    services.settings.set(FOLLOW_UP_DAYS, 10)
    services.feedback.record_sent(quiet, Purpose.FOLLOW_UP, Via.CLIPBOARD)
    assert services.feedback.follow_ups() == []


def test_sample_feedback_loads_for_the_sample_search(services: Services) -> None:
    services.pipeline.load_sample()
    change = services.feedback.load_sample()
    assert FEEDBACK in change.kinds
    assert services.settings.get(MY_NAME) == "Sam Taylor"
    assert len(services.feedback.messages_sent()) == 8
    assert services.feedback.patterns().patterns


def test_deleting_an_application_and_undoing_brings_its_feedback_back(services: Services) -> None:
    app_id = rejected(services, "Acme")
    feedback = services.feedback
    feedback.record_sent(app_id, Purpose.FEEDBACK, Via.CLIPBOARD)
    feedback.add_theme("Kubernetes depth")
    received = ReceivedFeedback(
        app_id, TODAY, "Wanted more Kubernetes", ("Kubernetes depth", "Communication")
    )
    feedback.record_feedback(received)
    shown = feedback.feedback(app_id)
    assert shown is not None and set(shown.themes) == set(received.themes)
    sent = feedback.messages_sent(app_id)

    services.pipeline.delete([app_id])
    assert feedback.feedback(app_id) is None and feedback.messages_sent(app_id) == []

    undo = services.pipeline.undo()
    assert FEEDBACK in undo.kinds  # the Feedback tab refreshes too
    assert feedback.feedback(app_id) == shown
    assert feedback.messages_sent(app_id) == sent

    services.pipeline.redo()
    assert feedback.feedback(app_id) is None
