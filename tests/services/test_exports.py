"""Taking the search out: the CSV a spreadsheet opens safely, the JSON that comes back
exactly, and the calendar of interviews and reply deadlines, each read back from real files."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from peewee import SqliteDatabase

from jobdesk.domain.application import ApplicationDetails, Contact
from jobdesk.domain.enums import Channel, ContactRole, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.interviews import InterviewDetails, InterviewKind
from jobdesk.paths import Paths, prepare
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.exports import (
    CSV_COLUMNS,
    FORMULA_STARTS,
    Exports,
    everything,
    import_everything,
    neutralise,
    pipeline_csv,
    read_export,
)
from jobdesk.store.database import open_database
from tests.disks import small_disk

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def build(db: SqliteDatabase, paths: Paths) -> Services:
    return build_services(db, paths, today=lambda: TODAY, now=lambda: NOW)


def exports_of(services: Services, db: SqliteDatabase) -> Exports:
    return Exports(db, services.pipeline, services.interviews, now=lambda: NOW)


def add(services: Services, company: str, role: str = "Engineer", **more: object) -> int:
    details = ApplicationDetails(company, role, more.pop("applied_on", date(2026, 10, 1)), **more)  # type: ignore[arg-type]
    return services.pipeline.add(details).application_ids[0]


# --- CSV ----------------------------------------------------------------------------------


def test_the_csv_lists_every_application_in_the_given_order_with_crlf_line_ends(
    db: SqliteDatabase, paths: Paths, tmp_path: Path
) -> None:
    services = build(db, paths)
    first = add(services, "Acme", "Backend Engineer", location="Austin, TX", notes="two\nlines")
    add(services, "Birch & Co", "SRE", applied_on=date(2026, 10, 5), job_url="https://b.example")
    services.pipeline.advance(first, Stage.SCREEN, date(2026, 10, 9))
    path = tmp_path / "pipeline.csv"
    message = exports_of(services, db).write("csv", path)
    assert message == f"Saved 2 applications to {path}."
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == 3  # the header and two rows end in CRLF
    assert b"two\nlines" in raw  # a multi-line cell keeps its own line end, quoted
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert rows[0] == list(CSV_COLUMNS)
    # The pipeline's default order: the newest application first.
    assert [r[0] for r in rows[1:]] == ["Birch & Co", "Acme"]
    acme = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert acme["Stage reached"] == "Screen"
    assert acme["Outcome"] == "Active"
    assert acme["Applied"] == "2026-10-01"
    assert acme["Last activity"] == "2026-10-09"
    assert acme["Location"] == "Austin, TX"
    assert acme["Notes"] == "two\nlines"
    assert dict(zip(CSV_COLUMNS, rows[1], strict=True))["Job URL"] == "https://b.example"


def test_a_company_named_like_a_formula_is_written_as_text(
    db: SqliteDatabase, paths: Paths, tmp_path: Path
) -> None:
    services = build(db, paths)
    add(services, '=HYPERLINK("http://evil.example","click")', "-1+2", notes="@SUM(A1)")
    path = tmp_path / "out.csv"
    exports_of(services, db).write("csv", path)
    row = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))[1]
    assert row[0] == '\'=HYPERLINK("http://evil.example","click")'
    assert row[1] == "'-1+2"
    assert row[13] == "'@SUM(A1)"


@given(
    st.lists(
        st.lists(st.text(max_size=12), min_size=len(CSV_COLUMNS), max_size=len(CSV_COLUMNS)),
        max_size=5,
    )
)
def test_no_cell_read_back_from_the_csv_starts_like_a_formula(rows: list[list[str]]) -> None:
    text = pipeline_csv(rows)
    back = list(csv.reader(io.StringIO(text, newline="")))
    assert back[0] == list(CSV_COLUMNS)
    assert len(back) == len(rows) + 1
    for written, read in zip(rows, back[1:], strict=True):
        for cell, got in zip(written, read, strict=True):
            assert not got.startswith(FORMULA_STARTS)
            # Nothing else is changed: the cell is the original, or the original behind a quote.
            assert got == cell or (got == "'" + cell and cell.startswith(FORMULA_STARTS))
            assert got == neutralise(cell)


# --- JSON ---------------------------------------------------------------------------------


def a_full_search(services: Services, db: SqliteDatabase) -> None:
    """Something in every part of the search: history, contacts, interviews, offers."""
    acme = add(
        services,
        "Acme",
        "Backend Engineer",
        channel=Channel.REFERRAL,
        resume_variant="A — impact first",
        contacts=(Contact("Dana Holt", ContactRole.RECRUITER, "dana@acme.example"),),
        notes='Emoji 🚀 and "quotes"',
    )
    birch = add(services, "Birch", "SRE", applied_on=date(2026, 9, 1))
    services.pipeline.advance(acme, Stage.TECHNICAL, date(2026, 10, 20))
    services.pipeline.reject(birch, date(2026, 9, 20))
    services.interviews.schedule(
        acme,
        InterviewDetails(
            InterviewKind.TECHNICAL,
            Stage.TECHNICAL,
            datetime(2026, 11, 24, 10, 0),
            "Europe/Berlin",
            60,
            ("Sam",),
            "Pairing",
        ),
    )


def test_export_then_import_into_a_new_folder_then_export_gives_the_same_file(
    db: SqliteDatabase, paths: Paths, tmp_path: Path
) -> None:
    services = build(db, paths)
    a_full_search(services, db)
    first = everything(db, NOW)
    assert first["format"] == "jobdesk-export"
    assert first["version"] == 1
    assert len(first["tables"]["application"]) == 2
    assert "application_fact" not in first["tables"]  # worked out again on import
    assert first["tables"]["contact"][0]["email"] == "dana@acme.example"
    shown = services.pipeline.summaries()
    db.close()  # one database at a time: the store's tables are bound to the newest opened

    other = prepare(Paths(tmp_path / "other"))
    db2 = open_database(other.database, other.backups)
    try:
        change = import_everything(db2, read_export(json.dumps(first)))
        assert change.everything
        assert change.description == "Import 2 applications"
        assert everything(db2, NOW) == first
        # The kept facts were worked out again: the pipeline reads the same applications.
        services2 = build(db2, other)
        assert services2.pipeline.summaries() == shown
        # Birch was rejected at applied: a rejection is a reply.
        assert [s.furthest_stage for s in shown] == [
            Stage.TECHNICAL,
            Stage.RESPONDED,
        ]  # a rejection is a reply
    finally:
        db2.close()


names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=15).filter(
    lambda s: s.strip() == s and s != ""
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    apps=st.lists(
        st.tuples(
            names,
            names,
            st.integers(0, 200),
            st.sampled_from(list(Stage)),
            st.booleans(),
            st.text(max_size=30),
        ),
        max_size=6,
    )
)
def test_any_search_survives_export_import_export_unchanged(
    tmp_path_factory: pytest.TempPathFactory,
    apps: list[tuple[str, str, int, Stage, bool, str]],
) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    source, target = prepare(Paths(folder / "a")), prepare(Paths(folder / "b"))
    # One database at a time: the store's tables are bound to the newest one opened.
    db1 = open_database(source.database, source.backups)
    try:
        services = build(db1, source)
        for company, role, age, stage, rejected, notes in apps:
            applied = TODAY - timedelta(days=age + 3)  # its later steps are in the past too
            try:
                app_id = add(services, company, role, applied_on=applied, notes=notes)
            except UserError:
                continue  # a name the app itself refuses (e.g. too long once cleaned)
            if stage is not Stage.APPLIED:
                services.pipeline.advance(app_id, stage, applied + timedelta(days=1))
            if rejected:
                services.pipeline.reject(app_id, applied + timedelta(days=2))
        first = everything(db1, NOW)
    finally:
        db1.close()
    db2 = open_database(target.database, target.backups)
    try:
        import_everything(db2, read_export(json.dumps(first, ensure_ascii=False)))
        assert everything(db2, NOW) == first
    finally:
        db2.close()


def test_a_full_export_goes_only_into_an_empty_search(db: SqliteDatabase, paths: Paths) -> None:
    services = build(db, paths)
    a_full_search(services, db)
    data = everything(db, NOW)
    with pytest.raises(UserError, match="only be imported into an empty search"):
        import_everything(db, data)
    assert len(services.pipeline.summaries()) == 2


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("not json at all", "not valid JSON"),
        ('{"format": "something-else"}', "not a jobdesk export"),
        ('{"format": "jobdesk-export", "version": 99}', "newer jobdesk"),
        ('{"format": "jobdesk-export", "version": 1, "schema": 1, "tables": {}}', "schema 1"),
    ],
)
def test_a_file_that_is_not_a_current_export_is_refused_in_words(text: str, says: str) -> None:
    with pytest.raises(UserError, match=says):
        read_export(text)


def test_a_damaged_export_imports_nothing(db: SqliteDatabase, paths: Paths, tmp_path: Path) -> None:
    services = build(db, paths)
    a_full_search(services, db)
    good = everything(db, NOW)
    other = prepare(Paths(tmp_path / "other"))
    db2 = open_database(other.database, other.backups)
    try:
        before = everything(db2, NOW)
        broken_link = json.loads(json.dumps(good))
        broken_link["tables"]["application"] = broken_link["tables"]["application"][:1]
        unknown_column = json.loads(json.dumps(good))
        unknown_column["tables"]["company"][0]["evil"] = "x"
        unknown_table = json.loads(json.dumps(good))
        unknown_table["tables"]["sqlite_master"] = []
        bad_value = json.loads(json.dumps(good))
        bad_value["tables"]["stage_event"][0]["kind"] = "nonsense"
        for data, says in (
            (broken_link, "refer to rows that are not in it"),
            (unknown_column, "fields this jobdesk does not know"),
            (unknown_table, "tables this jobdesk does not know"),
            (bad_value, "cannot be stored"),
        ):
            with pytest.raises(UserError, match=says):
                import_everything(db2, data)
            assert everything(db2, NOW) == before  # all or nothing
    finally:
        db2.close()


# --- the calendar -------------------------------------------------------------------------


def test_the_calendar_holds_the_interviews_and_the_open_offers_reply_deadlines(
    db: SqliteDatabase, paths: Paths, tmp_path: Path
) -> None:
    services = build(db, paths)
    a_full_search(services, db)
    acme = services.pipeline.summaries()[0].id
    services.pipeline.advance(acme, Stage.OFFER, date(2026, 11, 18))
    db.execute_sql(
        "INSERT INTO offer (application_id, received_on, status, deadline_on, created_at)"
        " VALUES (?, '2026-11-18', 'open', '2026-12-04', '2026-11-18 10:00:00')",
        [acme],
    )
    path = tmp_path / "search.ics"
    message = exports_of(services, db).write("ics", path)
    assert message.startswith("Saved 1 interview and 1 offer reply deadline to")
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {"Technical interview: Acme", "Reply to the offer: Acme"}
    deadline = events["Reply to the offer: Acme"]
    assert deadline.decoded("dtstart") == date(2026, 12, 4)  # an all-day event
    assert deadline.decoded("dtend") == date(2026, 12, 5)
    interview = events["Technical interview: Acme"]
    assert interview.decoded("dtstart").utcoffset() == timedelta(hours=1)  # Berlin in winter


def test_an_empty_calendar_is_not_written(db: SqliteDatabase, paths: Paths, tmp_path: Path) -> None:
    services = build(db, paths)
    add(services, "Acme")
    with pytest.raises(UserError, match="no interviews or offer reply deadlines"):
        exports_of(services, db).write("ics", tmp_path / "x.ics")
    assert not (tmp_path / "x.ics").exists()


def test_a_full_disk_gets_a_message_and_no_half_file(
    db: SqliteDatabase, paths: Paths, tmp_path: Path
) -> None:
    services = build(db, paths)
    for n in range(40):
        add(services, f"Company {n}", "Engineer " + "x" * 200, notes="y" * 400)
    with small_disk(tmp_path / "small", size_kib=16) as folder:
        with pytest.raises(UserError, match="could not be written to") as info:
            exports_of(services, db).write("json", folder / "all.json")
        assert "Nothing was written there" in info.value.message
        assert list(folder.iterdir()) == []
