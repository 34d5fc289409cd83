"""The detail pane's words: the time since the last activity."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jobdesk.domain.application import Application, ApplicationDetails
from jobdesk.ui.pipeline.detail_pane import detail_html

APPLIED = date(2026, 11, 2)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, "The last activity was today."),
        (1, "1 day since the last activity."),
        (9, "9 days since the last activity."),
    ],
)
def test_days_since_the_last_activity_reads_as_a_sentence(days: int, expected: str) -> None:
    app = Application(1, ApplicationDetails("Acme", "Engineer", APPLIED), ())

    html = detail_html(app, APPLIED + timedelta(days=days))

    assert f">{expected}</p>" in html
