"""Which column each card sits in, in what order, and what the cards say."""

from __future__ import annotations

import random
from datetime import date, timedelta

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.board import Board, board_columns, card_status, column_of
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.domain.silence import Silence

TODAY = date(2026, 11, 20)
SILENCE = Silence(TODAY, 30)


def summary(
    app_id: int,
    stage: Stage = Stage.APPLIED,
    outcome: Outcome = Outcome.ACTIVE,
    applied: date = date(2026, 11, 1),
    last: date | None = None,
) -> ApplicationSummary:
    return ApplicationSummary(
        app_id, f"Company {app_id}", "Engineer", stage, outcome, Channel.DIRECT, "",
        applied, last or applied, "", None, "", outcome is Outcome.REJECTED,
    )  # fmt: skip


def test_open_ones_by_stage_closed_and_silent_ones_at_the_end() -> None:
    apps = [
        summary(1),
        summary(2, Stage.SCREEN, last=date(2026, 11, 10)),
        summary(3, Stage.RESPONDED, Outcome.REJECTED),
        summary(4, applied=TODAY - timedelta(days=30)),  # no reply for 30 days: silent
        summary(5, applied=TODAY - timedelta(days=29)),  # not yet
        summary(6, Stage.OFFER, Outcome.ACCEPTED),
    ]
    columns = board_columns(apps, SILENCE, 10)
    assert [c.title for c in columns] == [
        "Applied", "Responded", "Screen", "Technical", "Final round", "Offer", "Closed",
    ]  # fmt: skip
    assert [[card.id for card in c.cards] for c in columns] == [
        [1, 5],
        [],
        [2],
        [],
        [],
        [],
        [6, 3, 4],
    ]
    assert [column_of(app, SILENCE) for app in apps] == [
        Stage.APPLIED, Stage.SCREEN, None, None, Stage.APPLIED, None,
    ]  # fmt: skip
    assert [c.title for c in board_columns(apps, SILENCE, 10, closed=False)][-1] == "Offer"


def test_the_most_recently_active_first_and_only_the_first_few() -> None:
    apps = [summary(n, last=date(2026, 11, 1) + timedelta(days=n % 5)) for n in range(1, 13)]
    (applied, *_rest) = board_columns(apps, SILENCE, 4)
    # Days 4, 4, 3, 3 after the 1st; on the same day the newer application first.
    assert [card.id for card in applied.cards] == [9, 4, 8, 3]
    assert (applied.total, applied.more) == (12, 8)


def test_what_a_card_says() -> None:
    assert card_status(summary(1, last=date(2026, 11, 19)), SILENCE) == "1 day idle"
    assert card_status(summary(1), SILENCE) == "19 days idle"
    assert card_status(summary(1, last=TODAY), SILENCE) == "Active today"
    assert card_status(summary(1, applied=date(2026, 10, 1)), SILENCE) == "No response"
    rejected = summary(1, Stage.RESPONDED, Outcome.REJECTED)
    assert card_status(rejected, SILENCE) == "Rejected before the screen"
    assert card_status(summary(1, Stage.FINAL, Outcome.WITHDRAWN), SILENCE) == (
        "Withdrawn after the final round"
    )
    assert card_status(summary(1, Stage.OFFER, Outcome.DECLINED), SILENCE) == "Offer declined"
    # Marked ghosted before any reply: no response, as the table and the Flow say it; after a
    # screen, ghosted.
    assert card_status(summary(1, Stage.APPLIED, Outcome.GHOSTED), SILENCE) == "No response"
    assert card_status(summary(1, Stage.SCREEN, Outcome.GHOSTED), SILENCE) == (
        "Ghosted after the screen"
    )


def test_a_board_kept_through_changes_equals_one_made_afresh() -> None:
    """Cards moved, added and removed at random, in any order given: each column shows what
    a board made from the resulting applications shows."""
    rng = random.Random(11)

    def random_app(app_id: int) -> ApplicationSummary:
        applied = TODAY - timedelta(days=rng.randint(0, 90))
        last = applied + timedelta(days=rng.randint(0, (TODAY - applied).days))
        return summary(app_id, rng.choice(list(Stage)), rng.choice(list(Outcome)), applied, last)

    apps = {i: random_app(i) for i in rng.sample(range(1, 400), 250)}
    kept = Board(rng.sample(list(apps.values()), len(apps)), SILENCE, 6)
    for _ in range(60):
        changed = [random_app(i) for i in rng.sample(range(1, 450), rng.randint(1, 5))]
        removed = rng.sample(sorted(apps), rng.randint(0, 3))
        for app_id in removed:
            del apps[app_id]
        apps.update((a.id, a) for a in changed)
        touched = kept.apply(changed, removed)
        fresh = Board(apps.values(), SILENCE, 6)
        assert kept.columns() == fresh.columns()
        assert {column_of(a, SILENCE) for a in changed} <= touched
    assert sum(c.total for c in kept.columns()) == len(apps)


def test_a_columns_first_cards_are_kept_until_a_change_touches_it() -> None:
    """Drawing a column again (the closed ones shown again, a switch back) picks nothing
    again; a change to a column picks its first cards anew, and only that column's."""
    apps = [summary(n, last=date(2026, 11, 1) + timedelta(days=n % 7)) for n in range(1, 30)]
    apps += [summary(100 + n, Stage.SCREEN, Outcome.REJECTED) for n in range(10)]
    board = Board(apps, SILENCE, 5)
    closed, applied = board.column(None), board.column(Stage.APPLIED)
    assert board.column(None).cards is closed.cards
    moved = summary(3, Stage.SCREEN, last=TODAY)
    assert board.apply([moved]) == {Stage.APPLIED, Stage.SCREEN}
    assert board.column(None).cards is closed.cards  # untouched
    assert board.column(Stage.APPLIED).cards is not applied.cards
    assert [c.id for c in board.column(Stage.SCREEN).cards] == [3]
    assert (
        board.column(Stage.APPLIED).cards
        == Board([a for a in apps if a.id != 3], SILENCE, 5).column(Stage.APPLIED).cards
    )


def test_a_board_of_rows_in_id_order_equals_one_of_rows_in_any_order() -> None:
    """The window's rows come in id order and are not sorted again; the cards, their order
    (same day: the newer application first) and what a change does are the same."""
    rng = random.Random(12)
    apps = [
        summary(
            i,
            rng.choice(list(Stage)),
            rng.choice(list(Outcome)),
            TODAY - timedelta(days=rng.randint(0, 60)),
            TODAY - timedelta(days=rng.randint(0, 3)),  # many on the same day
        )
        for i in range(1, 300)
    ]
    in_order = Board(apps, SILENCE, 7, in_id_order=True)
    shuffled = Board(rng.sample(apps, len(apps)), SILENCE, 7)
    assert in_order.columns() == shuffled.columns()
    changed = [summary(5, Stage.FINAL, last=TODAY), summary(400, Stage.SCREEN, last=TODAY)]
    assert in_order.apply(changed, [7]) == shuffled.apply(changed, [7])
    assert in_order.columns() == shuffled.columns()
    now = {a.id: a for a in apps} | {a.id: a for a in changed}
    del now[7]
    closed = [a for a in now.values() if column_of(a, SILENCE) is None]
    assert [(c.last_activity, c.id) for c in in_order.column(None).cards] == sorted(
        ((a.last_activity, a.id) for a in closed), reverse=True
    )[:7]
