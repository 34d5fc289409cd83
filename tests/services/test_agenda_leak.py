"""Today names the leaking stage on the spot only when that is cheap for the whole search."""

from __future__ import annotations

from datetime import date

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.services import agenda as agenda_module
from jobdesk.services.bundle import Services


def test_a_large_search_opening_with_its_first_screenful_is_not_read_whole_for_today(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(agenda_module, "LEAK_ON_THE_SPOT", 3)
    for n in range(5):
        services.pipeline.add(ApplicationDetails(f"Company {n}", "Engineer", date(2026, 11, n + 1)))
    first_screenful = services.pipeline.newest(2)  # what the window holds while it opens
    # Five in the file: working the leak out would read every track, so Today points to the
    # Insights instead, even though the window holds only two rows so far.
    assert not services.agenda.leak_is_cheap(len(first_screenful))
    assert services.insights.needs_full_read()

    services.insights.tracks()  # the Insights tab has read them (on its worker)
    assert services.agenda.leak_is_cheap(len(first_screenful))


def test_a_small_search_gets_its_leak_on_the_spot(services: Services) -> None:
    services.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    assert services.insights.needs_full_read()
    assert services.agenda.leak_is_cheap(1)
