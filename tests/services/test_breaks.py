"""Recovery breaks through the services: stored, changed, removed and each undone and redone;
and every figure that counts days (Insights, follow-ups, Today, silence) leaves them out."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.breaks import Break
from jobdesk.domain.enums import Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.funnel import ENDS, End
from jobdesk.domain.settings import DAILY_LIMIT, NO_RESPONSE_DAYS
from jobdesk.domain.today import ItemKind
from jobdesk.services.bundle import Services
from jobdesk.services.changes import BREAKS

TODAY = date(2026, 11, 20)  # the conftest's fixed day
APPLIED = TODAY - timedelta(days=40)  # 2026-10-11
FORTNIGHT = Break(date(2026, 10, 20), date(2026, 11, 2), "Two weeks off")  # 14 days inside


def test_a_break_is_stored_changed_and_removed_each_undoable(services: Services) -> None:
    breaks, pipeline = services.breaks, services.pipeline
    change = breaks.add(Break(FORTNIGHT.starts_on, FORTNIGHT.ends_on, "  Two weeks off "))
    assert change.kinds == frozenset({BREAKS})
    assert change.description == "Add the break Tue 20 Oct – Mon 2 Nov 2026 (14 days)"
    (stored,) = breaks.breaks()
    assert (stored.starts_on, stored.ends_on, stored.note) == (
        FORTNIGHT.starts_on,
        FORTNIGHT.ends_on,
        "Two weeks off",
    )
    assert pipeline.undo_text() == change.description

    longer = Break(stored.starts_on, date(2026, 11, 8), "Three weeks", stored.id)
    assert breaks.edit(longer).description == (
        "Change the break Tue 20 Oct – Mon 2 Nov 2026 (14 days)"
    )
    assert breaks.breaks() == (longer,)
    removed = breaks.remove(stored.id)
    assert removed.description == "Remove the break Tue 20 Oct – Sun 8 Nov 2026 (20 days)"
    assert breaks.breaks() == ()

    assert pipeline.undo().kinds == frozenset({BREAKS})  # the removal
    assert breaks.breaks() == (longer,)
    assert pipeline.undo().description == (
        "Undo Change the break Tue 20 Oct – Mon 2 Nov 2026 (14 days)"
    )
    assert breaks.breaks() == (stored,)
    pipeline.undo()
    assert breaks.breaks() == ()
    pipeline.redo()
    assert breaks.breaks() == (stored,)  # under its own id again
    pipeline.redo()
    pipeline.redo()
    assert breaks.breaks() == ()


def test_undo_keeps_breaks_and_applications_in_one_history(services: Services) -> None:
    pipeline = services.pipeline
    pipeline.add(ApplicationDetails("Acme", "Engineer", APPLIED))
    services.breaks.add(FORTNIGHT)
    pipeline.add(ApplicationDetails("Globex", "SRE", TODAY))
    pipeline.undo()  # Globex
    assert [s.company for s in pipeline.summaries()] == ["Acme"]
    assert len(services.breaks.breaks()) == 1
    pipeline.undo()  # the break
    assert services.breaks.breaks() == ()
    assert [s.company for s in pipeline.summaries()] == ["Acme"]


def test_a_break_that_ends_before_it_starts_is_refused_and_nothing_stored(
    services: Services,
) -> None:
    with pytest.raises(UserError):
        services.breaks.add(Break(TODAY, TODAY - timedelta(days=1)))
    assert services.breaks.breaks() == ()
    assert services.pipeline.undo_text() is None
    with pytest.raises(UserError, match="no longer there"):
        services.breaks.remove(99)


def test_every_count_leaves_the_break_s_days_out(services: Services) -> None:
    pipeline = services.pipeline
    (acme,) = pipeline.add(ApplicationDetails("Acme", "Engineer", APPLIED)).application_ids
    apps = pipeline.summaries()
    silence = services.agenda.silence()
    assert silence.covers(apps[0])  # 40 days, no break: silent
    view = services.insights.view()
    assert view.funnel.tally.at(Stage.APPLIED, End.TIMED_OUT) == 1

    services.breaks.add(FORTNIGHT)  # 26 counted days now
    assert not services.agenda.silence().covers(apps[0])
    assert not services.breaks.silence().covers(apps[0])
    view = services.insights.view()
    assert view.funnel.tally.at(Stage.APPLIED, End.TIMED_OUT) == 0
    assert view.funnel.tally.at(Stage.APPLIED, End.PENDING) == 1
    agenda = services.agenda.agenda(apps)
    # No longer "no reply: close it"; a follow-up instead (26 counted days since the last
    # news, against 10), as for any application still within its period.
    assert [(i.kind, i.application_id) for i in agenda.items] == [(ItemKind.FOLLOW_UP, acme)]
    assert [f.days for f in services.feedback.follow_ups(apps)] == [26]
    assert agenda.items[0].text == (
        "No news for 26 days (not counting 14 days of breaks): a short, polite follow-up is due."
    )

    services.settings.set(NO_RESPONSE_DAYS, 20)
    assert services.agenda.silence().covers(apps[0])
    assert services.insights.view().funnel.tally.at(Stage.APPLIED, End.TIMED_OUT) == 1


def test_on_a_break_nudges_and_the_daily_limit_stay_quiet(services: Services) -> None:
    pipeline = services.pipeline
    pipeline.add(ApplicationDetails("Acme", "Engineer", TODAY - timedelta(days=12)))
    pipeline.add(ApplicationDetails("Globex", "SRE", TODAY - timedelta(days=45)))
    services.settings.set(DAILY_LIMIT, 1)
    pipeline.add(ApplicationDetails("Initech", "Engineer", TODAY))
    apps = pipeline.summaries()
    before = services.agenda.agenda(apps)
    assert [i.kind for i in before.items] == [ItemKind.FOLLOW_UP, ItemKind.SILENT]
    assert services.agenda.daily_limit_note(apps, TODAY) is not None
    assert [r.title for r in services.agenda.reminders(apps)] == ["Follow-ups due"]

    services.breaks.add(Break(TODAY - timedelta(days=1), TODAY + timedelta(days=6)))
    agenda = services.agenda.agenda(apps)
    assert agenda.items == ()
    assert agenda.break_until == date(2026, 11, 26)
    assert agenda.break_text.startswith(
        "You are on a break until Thursday 26 November. Nudges are paused:"
    )
    assert agenda.pacing is None and agenda.landing == ()
    assert services.agenda.daily_limit_note(apps, TODAY) is None
    assert services.agenda.reminders(apps) == []
    assert services.agenda.on_break()


def test_a_break_in_the_future_changes_no_figure(services: Services) -> None:
    services.pipeline.add(ApplicationDetails("Acme", "Engineer", APPLIED))
    apps = services.pipeline.summaries()
    before = services.agenda.agenda(apps, with_leak=False)
    counts_before = services.insights.view().funnel.tally.counts
    services.breaks.add(Break(TODAY + timedelta(days=1), TODAY + timedelta(days=14)))
    assert services.agenda.agenda(apps, with_leak=False) == before
    counts = services.insights.view().funnel.tally.counts
    assert counts == counts_before
    assert counts[0][ENDS.index(End.TIMED_OUT)] == 1
