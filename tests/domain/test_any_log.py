"""Any event log at all (an import writes what it finds): the figures never raise and add up.

Logs in any order, with duplicates, dates after today, an offer accepted with no offer
event, a reopen after accepting: the funnel, the flow, the experiments, the rejections and
the time in stage are all worked out, and every application is counted exactly once.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from jobdesk.domain.activity import rejections, time_in_stage
from jobdesk.domain.application import Application, ApplicationDetails, EventKind, StageEvent
from jobdesk.domain.enums import Channel, Outcome, RejectionReason, SizeBand, Stage
from jobdesk.domain.experiments import METRICS, Dimension, breakdown
from jobdesk.domain.flow import flow
from jobdesk.domain.funnel import ENDS, STAGES, STEP_STARTS, End, funnel, tracks_of

TODAY = date(2026, 11, 20)
NO_RESPONSE_DAYS = 30

event = st.one_of(
    st.builds(
        StageEvent,
        kind=st.just(EventKind.STAGE),
        on=st.dates(date(2026, 5, 1), date(2027, 2, 1)),  # some after today
        stage=st.sampled_from(Stage),
        backfilled=st.booleans(),
    ),
    st.builds(
        StageEvent,
        kind=st.just(EventKind.OUTCOME),
        on=st.dates(date(2026, 5, 1), date(2027, 2, 1)),
        stage=st.none() | st.sampled_from(Stage),
        outcome=st.sampled_from(Outcome),
        reason=st.none() | st.sampled_from(RejectionReason),
        backfilled=st.booleans(),
    ),
)
# Duplicates come from drawing one event twice: the list is sampled with replacement.
log = st.lists(event, max_size=5).flatmap(
    lambda pool: st.lists(st.sampled_from(pool), max_size=9) if pool else st.just([])
)
application = st.builds(
    lambda events, applied, channel, size: (events, applied, channel, size),
    log,
    st.dates(date(2026, 5, 1), TODAY),
    st.sampled_from(Channel),
    st.sampled_from(SizeBand),
)


def _apps(drawn: list[tuple[list[StageEvent], date, Channel, SizeBand]]) -> list[Application]:
    return [
        Application(
            number,
            ApplicationDetails(f"C{number}", "Engineer", applied, channel=channel, size_band=size),
            tuple(events),
        )
        for number, (events, applied, channel, size) in enumerate(drawn, start=1)
    ]


@settings(max_examples=300, deadline=None)
@given(drawn=st.lists(application, max_size=12))
def test_every_figure_is_worked_out_and_adds_up(
    drawn: list[tuple[list[StageEvent], date, Channel, SizeBand]],
) -> None:
    apps = _apps(drawn)
    tracks = tracks_of(apps)
    f = funnel(tracks, TODAY, NO_RESPONSE_DAYS, 5)
    tally = f.tally
    assert f.total == len(apps)
    for stage in STAGES:
        # Those that reached a stage moved on, or ended there, or are still open there.
        following = stage.next()
        moved_on = tally.reached(following) if following is not None else 0
        assert tally.reached(stage) == moved_on + tally.stopped_at(stage)
        if stage is not Stage.OFFER:
            # An accepted or declined offer was an offer, with an offer event or not.
            assert tally.at(stage, End.ACCEPTED) == tally.at(stage, End.DECLINED) == 0
    for start in STEP_STARTS:
        rate = f.step(start).rate
        # Too young to judge (a step from applied) is counted apart, never dropped.
        counted_here = rate.successes + rate.failures + rate.pending + rate.withdrawn
        assert counted_here + rate.too_early == tally.reached(start)
    accepted = [a for a in apps if a.outcome in (Outcome.ACCEPTED, Outcome.DECLINED)]
    assert all(a.furthest_stage is Stage.OFFER for a in accepted)

    chart = flow(tracks, TODAY, NO_RESPONSE_DAYS)
    for node in chart.nodes:
        if node.stage is Stage.APPLIED:
            assert (chart.inflow(node.label), chart.outflow(node.label)) == (0, node.count)
        elif node.stage is not None:
            assert chart.inflow(node.label) == node.count == chart.outflow(node.label)
        else:
            assert chart.inflow(node.label) == node.count and chart.outflow(node.label) == 0
    assert sum(n.count for n in chart.nodes if n.end is not None) == len(apps)
    assert {n.end for n in chart.nodes if n.end is not None} <= set(ENDS)

    for dimension in Dimension:
        for metric in METRICS:
            split = breakdown(tracks, dimension, metric, TODAY, NO_RESPONSE_DAYS, 5)
            assert sum(g.applications for g in split.groups) == len(apps)
            counted = sum(
                g.rate.successes
                + g.rate.failures
                + g.rate.pending
                + g.rate.withdrawn
                + g.rate.too_early
                for g in split.groups
            )
            assert counted == tally.reached(metric.start)

    for timing in time_in_stage(tracks, TODAY, NO_RESPONSE_DAYS):
        assert timing.moved_on + timing.left_out <= tally.reached(timing.end)
        assert timing.moved_on + timing.still_waiting + timing.left_out <= tally.reached(
            timing.start
        )
        assert timing.median_days is None or timing.moved_on > 0

    rejected = rejections(tracks)
    assert rejected.total == sum(1 for a in apps if a.outcome is Outcome.REJECTED)
    assert sum(n for _, n in rejected.by_reason) == rejected.total


def test_an_offer_accepted_with_no_offer_event_reached_the_offer() -> None:
    # Stored by an import as: reached technical, then accepted. It counts as an offer.
    events = (
        StageEvent(EventKind.STAGE, date(2026, 10, 1), stage=Stage.TECHNICAL),
        StageEvent(
            EventKind.OUTCOME, date(2026, 10, 9), stage=Stage.TECHNICAL, outcome=Outcome.ACCEPTED
        ),
    )
    app = Application(1, ApplicationDetails("Acme", "Engineer", date(2026, 9, 20)), events)
    f = funnel([app], TODAY, NO_RESPONSE_DAYS, 1)
    assert [f.reached(s) for s in STAGES] == [1, 1, 1, 1, 1, 1]
    assert f.tally.at(Stage.OFFER, End.ACCEPTED) == 1
    chart = flow([app], TODAY, NO_RESPONSE_DAYS)
    assert chart.node("Offer accepted").count == 1
    assert chart.inflow("Offer") == 1
