"""Schema 10 on a real file: an offer kept from before the step is still there, and an offer
paid by the day can be saved and read back (schema 3's table allowed only year, month, hour)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from jobdesk.domain.offers import OfferTermsRecord, Period
from jobdesk.store import offers as store
from jobdesk.store.database import open_database
from jobdesk.store.schema import v3_offers

SCHEMAS = Path(__file__).parents[1] / "data" / "schemas"


def test_an_upgraded_search_keeps_its_offer_and_takes_a_day_rate(tmp_path: Path) -> None:
    copy = tmp_path / "v9.sqlite"
    shutil.copyfile(SCHEMAS / "v9.sqlite", copy)
    db = open_database(copy, tmp_path / "backups")  # upgraded to schema 10 on the way
    try:
        kept = store.offer_of(1)
        assert kept is not None and kept.terms.base_amount == Decimal("185000.00")
        assert kept.terms.base_period is Period.YEAR and kept.terms.location == "Austin, TX"
        terms = OfferTermsRecord(
            title="Contract Platform Engineer",
            currency="GBP",
            base_amount=Decimal(650),
            base_period=Period.DAY,
        )
        store.save_offer(3, terms, date(2026, 11, 30))
        found = store.offer_of(3)
        assert found is not None
        assert (found.terms.base_amount, found.terms.base_period) == (Decimal(650), Period.DAY)
    finally:
        db.close()


def test_schema_3_s_table_refused_a_day_rate(tmp_path: Path) -> None:
    # Why the step exists: the old CHECK turns the row away.
    conn = sqlite3.connect(tmp_path / "old.sqlite")
    conn.execute("CREATE TABLE application (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE attachment (id INTEGER PRIMARY KEY)")
    conn.execute(v3_offers._SQL[4])
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute(
            "INSERT INTO offer (application_id, received_on, base_period, created_at) "
            "VALUES (1, '2026-11-30', 'day', '2026-11-30 09:00:00')"
        )
    conn.close()
