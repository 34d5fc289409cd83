"""A large read pauses Python's cycle collector and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from jobdesk.collector import collector_paused, worker_reported, worker_started


def test_the_collector_is_paused_for_a_read_and_back_as_it_was() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # another read at the same time (another thread's)
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer read is still going
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), collector_paused():
        _ = 1 / 0
    assert gc.isenabled()


def test_the_collector_waits_until_the_last_of_the_windows_workers_has_reported() -> None:
    assert gc.isenabled()
    worker_started()
    worker_started()  # two at once: an import and a dropped file
    assert not gc.isenabled()
    worker_reported()
    assert not gc.isenabled()  # one still runs
    worker_reported()
    assert gc.isenabled()
    worker_reported()  # a report too many changes nothing
    assert gc.isenabled()
