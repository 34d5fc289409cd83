"""The window's shared rows (`Rows`): every application once, in id order, after each update."""

from __future__ import annotations

from jobdesk.services.bundle import Services
from jobdesk.services.changes import Change, Rows, Update, reload_all


def test_the_shared_rows_follow_every_kind_of_update(services: Services) -> None:
    pipeline = services.pipeline
    pipeline.load_sample()
    summaries = pipeline.summaries()
    rows = Rows()
    rows.apply(Update(reload_all(), tuple(reversed(summaries))))  # any order given
    assert rows.all() == summaries and len(rows) == len(summaries)

    first, middle, last = summaries[0], summaries[len(summaries) // 2], summaries[-1]
    gone = Update(Change(frozenset(), "Delete"), removed=(first.id, middle.id, 10**6))
    rows.apply(gone)
    assert rows.all() == [s for s in summaries if s.id not in {first.id, middle.id}]

    edited = last._replace(notes="Edited.")
    back = Update(Change(frozenset(), "Undo"), rows=(edited, middle, first))
    rows.apply(back)
    assert rows.all() == [*summaries[:-1], edited]
    assert rows.all() is not rows.all()  # each a list of its own, for the caller to keep
